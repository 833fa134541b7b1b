/**
 * roikit core: exact money, ratios, investment, funnels, ROI and KPIs.
 *
 * <p>The module has no dependencies beyond {@code java.base}. It exports {@link org.roikit.core}
 * (the vocabulary: {@link org.roikit.core.Money}, {@link org.roikit.core.Ratio},
 * investment, funnels, ROI); its helpers live in a package that is not exported.
 */
module org.roikit.core {
    exports org.roikit.core;
    exports org.roikit.core.tracking;
}
