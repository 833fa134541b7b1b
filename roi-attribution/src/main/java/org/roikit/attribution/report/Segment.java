package org.roikit.attribution.report;

import java.util.List;

/**
 * The figures of one touchpoint attribute, value by value: conversion rate and attributed
 * revenue by {@code content_type}, {@code segment} or the touch {@code type}.
 *
 * <p>Rows are ordered by attributed revenue descending, then value. A journey touched with
 * several values of the attribute counts under each of them, so the journeys of the rows can
 * sum to more than the journeys of the report; the revenue of the rows sums exactly to the
 * revenue credited to touches that carry the attribute. Two segments are equal when both
 * components are equal.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param attribute the attribute name, such as {@code segment}, or {@code type}
 * @param rows one row per value
 */
public record Segment(String attribute, List<SegmentRow> rows) {

    /**
     * Checks the components and copies the rows.
     *
     * @param attribute the attribute name, not blank
     * @param rows the rows
     * @throws NullPointerException if a component or row is null
     * @throws IllegalArgumentException if {@code attribute} is blank
     */
    public Segment {
        Values.nonBlank(attribute, "attribute");
        rows = List.copyOf(rows);
    }
}
