/**
 * roikit core: exact money, ratios, investment, funnels, ROI and KPIs.
 *
 * <p>The module has no dependencies beyond {@code java.base}. It exports {@link org.roikit.core}
 * (the vocabulary: {@link org.roikit.core.Money}, {@link org.roikit.core.Ratio},
 * {@link org.roikit.core.Investment}, {@link org.roikit.core.Funnel}, {@link org.roikit.core.Roi}) and {@link org.roikit.core.kpi} (KPIs over additive base measures);
 * its helpers live in a package that is not exported.
 */
module org.roikit.core {
    exports org.roikit.core;
    exports org.roikit.core.kpi;
}
