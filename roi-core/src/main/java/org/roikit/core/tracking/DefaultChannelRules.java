package org.roikit.core.tracking;

import static org.roikit.core.tracking.Condition.Field.CAMPAIGN;
import static org.roikit.core.tracking.Condition.Field.MEDIUM;
import static org.roikit.core.tracking.Condition.Field.SOURCE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The GA4-style default rules and source lists behind {@link ChannelGrouping#defaultRules()}. */
final class DefaultChannelRules {

    private static final List<String> SHOPPING_SITES = List.of(
            "amazon", "amazon.com", "amazon.co.uk", "amazon.de", "amazon.fr", "amazon.it", "amazon.es",
            "amazon.nl", "amazon.ca", "amazon.com.au", "amazon.co.jp", "amazon.in",
            "ebay", "ebay.com", "ebay.co.uk", "ebay.de", "ebay.fr", "ebay.it",
            "etsy", "etsy.com", "walmart", "walmart.com", "target.com", "bestbuy.com",
            "aliexpress", "aliexpress.com", "alibaba", "alibaba.com", "temu", "temu.com",
            "shopify", "shopify.com", "shop.app", "shopping.google.com",
            "idealo", "idealo.de", "rakuten", "rakuten.com", "zalando", "zalando.de",
            "mercadolibre", "mercadolibre.com", "allegro", "allegro.pl", "bol.com", "otto.de");

    private static final List<String> SEARCH_SITES = List.of(
            "google", "google.com", "google.co.uk", "google.de", "google.fr", "google.es", "google.it",
            "google.nl", "google.ca", "google.com.au", "google.co.in", "google.co.jp", "google.com.br",
            "bing", "bing.com", "cn.bing.com", "yahoo", "yahoo.com", "search.yahoo.com", "yahoo.co.jp",
            "duckduckgo", "duckduckgo.com", "baidu", "baidu.com", "m.baidu.com", "yandex", "yandex.ru",
            "yandex.com", "ecosia", "ecosia.org", "ask", "ask.com", "aol", "search.aol.com",
            "naver", "naver.com", "search.naver.com", "daum", "daum.net", "seznam", "seznam.cz",
            "qwant", "qwant.com", "startpage", "startpage.com", "search.brave.com", "so.com",
            "sogou", "sogou.com");

    private static final List<String> SOCIAL_SITES = List.of(
            "facebook", "facebook.com", "m.facebook.com", "l.facebook.com", "lm.facebook.com",
            "business.facebook.com", "fb", "fb.com", "fb.me", "instagram", "instagram.com",
            "l.instagram.com", "ig", "linkedin", "linkedin.com", "lnkd.in", "twitter", "twitter.com",
            "t.co", "x", "x.com", "pinterest", "pinterest.com", "pin.it", "reddit", "reddit.com",
            "old.reddit.com", "out.reddit.com", "tiktok", "tiktok.com", "snapchat", "snapchat.com",
            "threads", "threads.net", "tumblr", "tumblr.com", "quora", "quora.com", "discord",
            "discord.com", "whatsapp", "whatsapp.com", "web.whatsapp.com", "messenger",
            "messenger.com", "telegram", "t.me", "web.telegram.org", "vk", "vk.com", "weibo",
            "weibo.com", "xing", "xing.com", "mastodon", "mastodon.social", "bluesky", "bsky.app",
            "line", "line.me", "meetup", "meetup.com", "nextdoor", "nextdoor.com", "medium.com",
            "slack", "slack.com");

    private static final List<String> VIDEO_SITES = List.of(
            "youtube", "youtube.com", "m.youtube.com", "music.youtube.com", "youtu.be", "vimeo",
            "vimeo.com", "twitch", "twitch.tv", "m.twitch.tv", "dailymotion", "dailymotion.com",
            "wistia", "wistia.com", "ted.com", "rumble", "rumble.com", "bilibili", "bilibili.com");

    private static final Condition PAID_MEDIUM = Condition.anyOf(Condition.contains(MEDIUM, "cp"),
            Condition.oneOf(MEDIUM, "ppc", "retargeting"), Condition.startsWith(MEDIUM, "paid"));

    // "shop" must not follow a letter other than "e" (so "eshop" and "summer-shop" count and
    // "workshop" does not); "shopping" counts anywhere.
    private static final Condition SHOPPING_CAMPAIGN =
            Condition.matches(CAMPAIGN, ".*(^|[^a-df-z])shop.*|.*shopping.*");

    private static final List<String> EMAIL_WORDS = List.of("email", "e-mail", "e_mail", "e mail");

    static final ChannelGrouping GROUPING = ChannelGrouping.create(ChannelGrouping.DEFAULT_VERSION, List.of(
            rule(ChannelGroup.DIRECT, Condition.oneOf(SOURCE, "(direct)")
                    .and(Condition.oneOf(MEDIUM, "(not set)", "(none)"))),
            rule(ChannelGroup.CROSS_NETWORK, Condition.contains(CAMPAIGN, "cross-network")),
            rule(ChannelGroup.PAID_SHOPPING, Condition.sourceIn(SourceCategory.SHOPPING).or(SHOPPING_CAMPAIGN)
                    .and(PAID_MEDIUM)),
            rule(ChannelGroup.PAID_SEARCH, Condition.sourceIn(SourceCategory.SEARCH).and(PAID_MEDIUM)),
            rule(ChannelGroup.PAID_SOCIAL, Condition.sourceIn(SourceCategory.SOCIAL).and(PAID_MEDIUM)),
            rule(ChannelGroup.PAID_VIDEO, Condition.sourceIn(SourceCategory.VIDEO).and(PAID_MEDIUM)),
            rule(ChannelGroup.DISPLAY, Condition.oneOf(MEDIUM, "display", "banner", "expandable", "interstitial", "cpm")),
            rule(ChannelGroup.PAID_OTHER, PAID_MEDIUM),
            rule(ChannelGroup.ORGANIC_SHOPPING, Condition.sourceIn(SourceCategory.SHOPPING).or(SHOPPING_CAMPAIGN)),
            rule(ChannelGroup.ORGANIC_SOCIAL, Condition.sourceIn(SourceCategory.SOCIAL).or(Condition.oneOf(MEDIUM,
                    "social", "social-network", "social-media", "sm", "social network", "social media"))),
            rule(ChannelGroup.ORGANIC_VIDEO, Condition.sourceIn(SourceCategory.VIDEO)
                    .or(Condition.contains(MEDIUM, "video"))),
            rule(ChannelGroup.ORGANIC_SEARCH, Condition.sourceIn(SourceCategory.SEARCH)
                    .or(Condition.oneOf(MEDIUM, "organic"))),
            rule(ChannelGroup.REFERRAL, Condition.oneOf(MEDIUM, "referral", "app", "link")),
            rule(ChannelGroup.EMAIL, Condition.oneOf(SOURCE, EMAIL_WORDS.toArray(String[]::new))
                    .or(Condition.oneOf(MEDIUM, "email", "e-mail", "e_mail", "e mail", "newsletter"))),
            rule(ChannelGroup.AFFILIATES, Condition.oneOf(MEDIUM, "affiliate")),
            rule(ChannelGroup.AUDIO, Condition.oneOf(MEDIUM, "audio")),
            rule(ChannelGroup.SMS, Condition.oneOf(SOURCE, "sms").or(Condition.oneOf(MEDIUM, "sms"))),
            rule(ChannelGroup.MOBILE_PUSH, Condition.anyOf(Condition.endsWith(MEDIUM, "push"),
                    Condition.contains(MEDIUM, "mobile"), Condition.contains(MEDIUM, "notification"),
                    Condition.oneOf(SOURCE, "firebase")))),
            lists());

    private DefaultChannelRules() {
    }

    private static ChannelRule rule(ChannelGroup group, Condition condition) {
        return ChannelRule.of(group, condition);
    }

    private static Map<SourceCategory, Set<String>> lists() {
        Map<SourceCategory, Set<String>> lists = new EnumMap<>(SourceCategory.class);
        lists.put(SourceCategory.SHOPPING, sorted(SHOPPING_SITES));
        lists.put(SourceCategory.SEARCH, sorted(SEARCH_SITES));
        lists.put(SourceCategory.SOCIAL, sorted(SOCIAL_SITES));
        lists.put(SourceCategory.VIDEO, sorted(VIDEO_SITES));
        return lists;
    }

    private static Set<String> sorted(List<String> sites) {
        return Collections.unmodifiableSet(new TreeSet<>(sites));
    }
}
