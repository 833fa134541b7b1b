/**
 * roikit attribution: multi-touch attribution over customer journeys, exact to the minor unit.
 *
 * <p>Depends on {@code org.roikit.core} only, and passes it on to users (its {@code Money},
 * {@code Conversion} and {@code Investment} appear in this module's API).
 */
module org.roikit.attribution {
    requires transitive org.roikit.core;

    exports org.roikit.attribution;
    exports org.roikit.attribution.io;
    exports org.roikit.attribution.report;
}
