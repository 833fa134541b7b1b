import java.time.Instant;
import java.util.List;
import org.roikit.core.*;
import org.roikit.attribution.*;

// Three customers: the channels that touched them, in time order, and what they bought.
Instant at(String day) { return Instant.parse("2026-03-" + day + "T12:00:00Z"); }
var ada = Journey.builder("ada").touch(at("01"), "linkedin").touch(at("03"), "email").touch(at("05"), "google-ads");
ada.conversion(at("06"), Money.of("300.00", "EUR"));
var ben = Journey.builder("ben").touch(at("02"), "instagram").touch(at("04"), "email");
ben.conversion(at("09"), Money.of("120.00", "EUR"));
var cleo = Journey.builder("cleo").touch(at("05"), "google-ads");
cleo.conversion(at("07"), Money.of("80.00", "EUR"));
var journeys = List.of(ada.build(), ben.build(), cleo.build());

// Position-based (40/20/40): first and last touch earn most, the middle shares the rest.
var positionBased = Attribution.of(AttributionModel.positionBased()).attribute(journeys);
System.out.println(positionBased);

// Side by side with linear, which gives every touch the same share.
var models = ModelComparison.of(AttributionModel.positionBased(), AttributionModel.linear());
System.out.println(models.attribute(journeys));
/exit
