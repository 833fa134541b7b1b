import java.math.BigDecimal;
import java.time.LocalDate;
import org.roikit.core.goal.*;
import org.roikit.core.tracking.*;

// Tag the link of a LinkedIn campaign, read it back as analytics would, and classify it.
var link = TaggedUrl.builder("https://example.com/whitepaper").source("linkedin").medium("paid_social").campaign("Q1 launch / EU").build();
System.out.println(link.url());
var utm = UtmParameters.fromUrl(link.url());
System.out.println(utm.campaign().orElseThrow() + " -> " + ChannelGrouping.defaultRules().classify(utm));

// Engagement rate from 2% to 4% within six months, reviewed at three dates.
var goal = Goal.reach("engagement rate", new BigDecimal("0.02"), new BigDecimal("0.04"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
System.out.println(goal.progress(LocalDate.of(2026, 2, 1), new BigDecimal("0.024")));
System.out.println(goal.progress(LocalDate.of(2026, 4, 1), new BigDecimal("0.028")));
System.out.println(goal.progress(LocalDate.of(2026, 7, 1), new BigDecimal("0.041")));
/exit
