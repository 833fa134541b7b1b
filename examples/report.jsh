import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.roikit.core.*;
import org.roikit.attribution.*;
import org.roikit.attribution.report.*;

// Two months of a small shop: who was touched by what, what they bought, what it cost.
Instant at(String day) { return Instant.parse("2026-" + day + "T12:00:00Z"); }
var ada = Journey.builder("ada").touch(at("01-05"), "linkedin").touch(at("01-20"), "google-ads");
ada.conversion(at("01-21"), Money.of("400.00", "EUR"));
var ben = Journey.builder("ben").touch(at("02-02"), "instagram").touch(at("02-10"), "email");
ben.conversion(at("02-11"), Money.of("150.00", "EUR"));
var cleo = Journey.builder("cleo").touch(at("02-14"), "google-ads");
cleo.conversion(at("02-15"), Money.of("50.00", "EUR"));
var journeys = List.of(ada.build(), ben.build(), cleo.build());
Cost spend(String amount, String channel, String month) {
    return Cost.of(CostCategory.AD_SPEND, Money.of(amount, "EUR")).withChannel(channel).withDate(LocalDate.parse(month + "-01"));
}
var costs = Investment.of(spend("100.00", "linkedin", "2026-01"), spend("60.00", "google-ads", "2026-01"),
        spend("40.00", "instagram", "2026-02"), spend("60.00", "google-ads", "2026-02"));

// Linear credit, monthly trend; the executive summary as text (ReportFormat renders HTML and more).
var report = MarketingReport.builder().journeys(journeys).costs(costs).
        model(AttributionModel.linear()).title("Shop, first two months").build();
System.out.println(report.executive());
/exit
