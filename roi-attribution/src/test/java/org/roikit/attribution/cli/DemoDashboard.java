package org.roikit.attribution.cli;

/** Test access to the demo's dashboard for the browser test of the report package. */
public final class DemoDashboard {

    private DemoDashboard() {
    }

    /** Returns the page {@code demo} writes, built from the bundled data by the demo's code. */
    public static String html() {
        return DemoCommand.dashboard();
    }
}
