/**
 * SVG charts and the XHTML page shell of the HTML report: an escaping markup writer, linear scales
 * with nice ticks, scorecard tiles, bar, grouped bar and line charts, an accessible data table and
 * a self-contained page.
 *
 * <p>Not exported. Nothing here knows the report model: charts take labels, decimals and formats,
 * so they can be tested against hand-computed geometry. Output is well-formed XML (XHTML5 with
 * inline SVG), has no script and refers to nothing outside itself; the only {@code http} text in it
 * is the two namespace names {@link org.roikit.attribution.internal.chart.Xml#XHTML_NS} and
 * {@link org.roikit.attribution.internal.chart.Xml#SVG_NS}, which are identifiers, never fetched.
 */
package org.roikit.attribution.internal.chart;
