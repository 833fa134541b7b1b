/**
 * roikit core: exact money, ratios, investment, funnels, ROI, KPIs, goals, metric series and
 * campaign tracking.
 *
 * <p>The module has no dependencies beyond {@code java.base}. It exports:
 * <ul>
 *   <li>{@link org.roikit.core}: the vocabulary ({@link org.roikit.core.Money},
 *       {@link org.roikit.core.Ratio}, {@link org.roikit.core.Investment},
 *       {@link org.roikit.core.Funnel}, {@link org.roikit.core.Roi});</li>
 *   <li>{@link org.roikit.core.kpi}: KPIs over additive base measures;</li>
 *   <li>{@link org.roikit.core.goal}: SMART goals and progress along their path;</li>
 *   <li>{@link org.roikit.core.series}: metric series by day, week, month and quarter, and
 *       leading-versus-lagging analysis;</li>
 *   <li>{@link org.roikit.core.tracking}: UTM parameters, click ids, tagged URLs and channel
 *       grouping.</li>
 * </ul>
 * Its helpers live in a package that is not exported.
 */
module org.roikit.core {
    exports org.roikit.core;
    exports org.roikit.core.goal;
    exports org.roikit.core.kpi;
    exports org.roikit.core.series;
    exports org.roikit.core.tracking;
}
