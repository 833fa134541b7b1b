import java.math.BigDecimal;
import org.roikit.core.*;

// Invested: 10 hours of a specialist at EUR 150 an hour, plus EUR 100 of tools.
var investment = Investment.of(
        Cost.ofTime(new BigDecimal("10"), Money.of("150.00", "EUR")),
        Cost.of(CostCategory.TOOLS, Money.of("100.00", "EUR")));
System.out.println("Invested:  " + investment.total());

// Returned: 10 whitepaper downloads, 20% become MQLs, 1 in 4 MQLs becomes a customer.
var leads = Funnel.start("download", new BigDecimal("10")).then("mql", new BigDecimal("0.20"));
var funnel = leads.then("customer", new BigDecimal("0.25"));
System.out.println("Customers: " + funnel.expected("customer"));

// Each customer is worth EUR 10,000 over their lifetime.
var returned = funnel.valueOf(Money.of("10000.00", "EUR"));
System.out.println("Returned:  " + returned);

var roi = Roi.of(returned, investment.total());
System.out.println("ROI:       " + roi.percent() + "%");
System.out.println("Profit:    " + roi.profit());
System.out.println("Per euro:  " + roi.returnPerUnitInvested().value() + " net return per euro invested");
/exit
