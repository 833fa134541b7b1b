package org.roikit.core.tracking;

/**
 * The kinds of site that channel rules look sources up in, as in Google Analytics 4's source
 * categories. A {@link ChannelGrouping} holds one list of sources per category.
 */
public enum SourceCategory {
    /** Shopping sites, such as {@code amazon.com} or {@code etsy}. */
    SHOPPING,
    /** Search engines, such as {@code google} or {@code bing}. */
    SEARCH,
    /** Social networks, such as {@code facebook.com} or {@code linkedin}. */
    SOCIAL,
    /** Video sites, such as {@code youtube} or {@code vimeo.com}. */
    VIDEO
}
