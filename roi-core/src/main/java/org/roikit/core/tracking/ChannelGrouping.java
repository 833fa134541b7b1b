package org.roikit.core.tracking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.roikit.core.internal.Checks;

/**
 * A versioned, ordered set of channel rules that classifies traffic into {@link ChannelGroup}s.
 *
 * <pre>{@code
 * ChannelGrouping rules = ChannelGrouping.defaultRules();
 * rules.classify("facebook", "cpm", "");          // Paid Social
 * rules.classify("facebook.com", "referral", ""); // Organic Social
 * rules.classify(UtmParameters.fromUrl(url));      // from a tagged URL
 * }</pre>
 *
 * <p><b>Matching.</b> The rules are tried in order and the first that matches decides; traffic no
 * rule matches is {@link ChannelGroup#UNASSIGNED}. Matching ignores case (see {@link Condition}).
 * Rules look sources up in four lists of sites, one per {@link SourceCategory}; a source is in a
 * list when it equals an entry, or is an entry preceded by {@code "www."}.
 *
 * <p><b>The default rules</b> ({@link #defaultRules()}, version {@value #DEFAULT_VERSION}) follow
 * the Google Analytics 4 default channel group for manually tagged traffic as documented in 2024,
 * in GA4's order; {@link #toString()} prints them all. Where "paid medium" stands for a medium that
 * contains {@code cp}, is {@code ppc} or {@code retargeting}, or starts with {@code paid}:
 * <ol>
 *   <li>Direct: source {@code (direct)} and medium {@code (not set)} or {@code (none)}.</li>
 *   <li>Cross-network: campaign contains {@code cross-network}.</li>
 *   <li>Paid Shopping: (a shopping site, or a campaign with {@code shopping} or with {@code shop}
 *       at its start or after a character other than a letter from a to d and f to z) and a paid
 *       medium.</li>
 *   <li>Paid Search, Paid Social, Paid Video: a search, social or video site and a paid medium.</li>
 *   <li>Display: medium {@code display}, {@code banner}, {@code expandable}, {@code interstitial}
 *       or {@code cpm}.</li>
 *   <li>Paid Other: a paid medium.</li>
 *   <li>Organic Shopping: a shopping site or a shopping campaign (as above).</li>
 *   <li>Organic Social: a social site, or medium {@code social}, {@code social-network},
 *       {@code social-media}, {@code sm}, {@code social network} or {@code social media}.</li>
 *   <li>Organic Video: a video site, or a medium that contains {@code video}.</li>
 *   <li>Organic Search: a search site, or medium {@code organic}.</li>
 *   <li>Referral: medium {@code referral}, {@code app} or {@code link}.</li>
 *   <li>Email: source or medium {@code email}, {@code e-mail}, {@code e_mail} or {@code e mail},
 *       or medium {@code newsletter}.</li>
 *   <li>Affiliates: medium {@code affiliate}.</li>
 *   <li>Audio: medium {@code audio}.</li>
 *   <li>SMS: source or medium {@code sms}.</li>
 *   <li>Mobile Push Notifications: a medium that ends with {@code push} or contains {@code mobile}
 *       or {@code notification}, or source {@code firebase}.</li>
 * </ol>
 * Consequences worth knowing: {@code facebook / cpm} is Paid Social, since a social site with a
 * paid medium is caught before Display; YouTube is a video site, not a social one, so
 * {@code youtube / cpc} is Paid Video and {@code youtube / referral} is Organic Video; but a
 * medium of {@code social} is Organic Social on any site except shopping sites and in shopping
 * campaigns (Organic Shopping comes first), so {@code youtube / social} is Organic Social.
 * A shopping campaign wins over the site: {@code google / cpc} with campaign
 * {@code spring-shop} is Paid Shopping.
 *
 * <p>Differences from GA4: medium {@code newsletter} counts as Email (GA4 leaves it Unassigned;
 * it is a common hand-made tag for email). GA4 also classifies Google Ads, Display &amp; Video 360
 * and Search Ads 360 traffic from its integrations (ad network type, creative format), which a
 * URL does not carry; roikit classifies the source and medium that {@link TrafficSource#from}
 * derives, so a {@code gclid} alone is Paid Search (or Cross-network or Paid Shopping when the
 * campaign says so). The source lists are roikit's own selection of well-known sites in GA4's
 * four source categories, not GA4's full lists; {@link #sources(SourceCategory)} shows them and
 * {@link #withSources(String, SourceCategory, String...)} extends them.
 *
 * <p><b>Changing the rules.</b> Every change returns a new grouping with a version label that
 * the caller gives, so results can say which rules produced them: add sources
 * ({@link #withSources}), remove them ({@link #withoutSources}), insert a rule first, last or
 * before a group's first rule, replace all rules ({@link #withRules}) or build a grouping from
 * scratch ({@link #of}). Custom groups are {@link ChannelGroup#of(String)} in custom rules.
 *
 * <p>Two groupings are equal when their versions, rules and source lists are equal.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ChannelGrouping {

    /** The version label of {@link #defaultRules()}: {@value}. */
    public static final String DEFAULT_VERSION = "ga4-2024";

    private final String version;
    private final List<ChannelRule> rules;
    private final Map<SourceCategory, Set<String>> sources;

    private ChannelGrouping(String version, List<ChannelRule> rules, Map<SourceCategory, Set<String>> sources) {
        this.version = version;
        this.rules = rules;
        this.sources = sources;
    }

    // ---------------------------------------------------------------- factories

    /**
     * Returns the GA4-style default rules described in the class documentation, version
     * {@value #DEFAULT_VERSION}.
     *
     * @return the default grouping
     */
    public static ChannelGrouping defaultRules() {
        return DefaultChannelRules.GROUPING;
    }

    /**
     * Returns a grouping with the given rules and source lists, replacing everything.
     *
     * @param version the version label, such as {@code "acme-2025-01"}
     * @param rules the rules, in the order they are tried
     * @param sources the sites of each category; a missing category has no sites. Entries are
     *     stripped and lower-cased
     * @return the grouping
     * @throws NullPointerException if an argument, rule, category, list or entry is null
     * @throws IllegalArgumentException if {@code version} is blank, {@code rules} is empty or an
     *     entry is blank
     */
    public static ChannelGrouping of(String version, List<ChannelRule> rules,
            Map<SourceCategory, ? extends Collection<String>> sources) {
        Objects.requireNonNull(sources, "sources");
        Map<SourceCategory, Set<String>> lists = new EnumMap<>(SourceCategory.class);
        for (SourceCategory category : SourceCategory.values()) {
            lists.put(category, Set.of());
        }
        sources.forEach((category, entries) -> lists.put(Objects.requireNonNull(category, "category"),
                normalisedSources(entries)));
        return create(version, rules, lists);
    }

    static ChannelGrouping create(String version, List<ChannelRule> rules, Map<SourceCategory, Set<String>> lists) {
        Checks.nonBlank(version, "version");
        Objects.requireNonNull(rules, "rules");
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("rules must not be empty");
        }
        return new ChannelGrouping(version, List.copyOf(rules), Collections.unmodifiableMap(new EnumMap<>(lists)));
    }

    private static Set<String> normalisedSources(Collection<String> entries) {
        Objects.requireNonNull(entries, "sources");
        Set<String> normalised = new TreeSet<>();
        for (String entry : entries) {
            normalised.add(UtmParameters.normalise(Checks.nonBlank(entry, "source")));
        }
        return Collections.unmodifiableSet(normalised);
    }

    // ---------------------------------------------------------------- accessors

    /**
     * Returns the version label, such as {@value #DEFAULT_VERSION}.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * Returns the rules in the order they are tried.
     *
     * @return the rules
     */
    public List<ChannelRule> rules() {
        return rules;
    }

    /**
     * Returns the sites listed for {@code category}, in lower case and sorted.
     *
     * @param category the source category
     * @return the sites, such as {@code facebook.com} and {@code linkedin} for
     *     {@link SourceCategory#SOCIAL}
     * @throws NullPointerException if {@code category} is null
     */
    public Set<String> sources(SourceCategory category) {
        return sources.get(Objects.requireNonNull(category, "category"));
    }

    /**
     * Returns the groups this grouping can assign: those of its rules, in rule order without
     * repeats, then {@link ChannelGroup#UNASSIGNED} unless a rule already assigns it.
     *
     * @return the groups
     */
    public List<ChannelGroup> groups() {
        Set<ChannelGroup> groups = new LinkedHashSet<>();
        for (ChannelRule rule : rules) {
            groups.add(rule.group());
        }
        groups.add(ChannelGroup.UNASSIGNED);
        return List.copyOf(groups);
    }

    // ---------------------------------------------------------------- classification

    /**
     * Returns the channel group of a source, medium and campaign; blank values count as
     * {@code (not set)}.
     *
     * @param source such as {@code "google"}
     * @param medium such as {@code "cpc"}
     * @param campaign the campaign name, or blank
     * @return the group of the first matching rule, or {@link ChannelGroup#UNASSIGNED}
     * @throws NullPointerException if an argument is null
     */
    public ChannelGroup classify(String source, String medium, String campaign) {
        return classify(TrafficSource.of(source, medium, campaign));
    }

    /**
     * Returns the channel group of a source and medium without a campaign.
     *
     * @param source such as {@code "facebook.com"}
     * @param medium such as {@code "referral"}
     * @return the group of the first matching rule, or {@link ChannelGroup#UNASSIGNED}
     * @throws NullPointerException if an argument is null
     */
    public ChannelGroup classify(String source, String medium) {
        return classify(TrafficSource.of(source, medium));
    }

    /**
     * Returns the channel group of a tagged URL's parameters, classifying the traffic source that
     * {@link TrafficSource#from(UtmParameters)} derives: UTM source and medium if given, otherwise
     * the source and medium a click id implies, otherwise {@code (direct) / (none)}.
     *
     * @param parameters the parameters of a URL
     * @return the group of the first matching rule, or {@link ChannelGroup#UNASSIGNED}
     * @throws NullPointerException if {@code parameters} is null
     */
    public ChannelGroup classify(UtmParameters parameters) {
        return classify(TrafficSource.from(parameters));
    }

    /**
     * Returns the channel group of a traffic source.
     *
     * @param traffic the traffic source
     * @return the group of the first matching rule, or {@link ChannelGroup#UNASSIGNED}
     * @throws NullPointerException if {@code traffic} is null
     */
    public ChannelGroup classify(TrafficSource traffic) {
        return matchingRule(traffic).map(ChannelRule::group).orElse(ChannelGroup.UNASSIGNED);
    }

    /**
     * Returns the first rule that matches {@code traffic}, to explain a classification.
     *
     * @param traffic the traffic source
     * @return the deciding rule, or empty if none matches
     * @throws NullPointerException if {@code traffic} is null
     */
    public Optional<ChannelRule> matchingRule(TrafficSource traffic) {
        Objects.requireNonNull(traffic, "traffic");
        for (ChannelRule rule : rules) {
            if (holds(rule.condition(), traffic)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    private boolean holds(Condition condition, TrafficSource traffic) {
        if (condition instanceof Condition.OneOf c) {
            return c.values().contains(c.field().valueIn(traffic));
        }
        if (condition instanceof Condition.Contains c) {
            return c.field().valueIn(traffic).contains(c.text());
        }
        if (condition instanceof Condition.StartsWith c) {
            return c.field().valueIn(traffic).startsWith(c.prefix());
        }
        if (condition instanceof Condition.EndsWith c) {
            return c.field().valueIn(traffic).endsWith(c.suffix());
        }
        if (condition instanceof Condition.Matches c) {
            return c.pattern().matcher(c.field().valueIn(traffic)).matches();
        }
        if (condition instanceof Condition.SourceIn c) {
            Set<String> listed = sources.get(c.category());
            String source = traffic.source();
            return listed.contains(source) || (source.startsWith("www.") && listed.contains(source.substring(4)));
        }
        if (condition instanceof Condition.AllOf c) {
            for (Condition part : c.conditions()) {
                if (!holds(part, traffic)) {
                    return false;
                }
            }
            return true;
        }
        if (condition instanceof Condition.AnyOf c) {
            for (Condition part : c.conditions()) {
                if (holds(part, traffic)) {
                    return true;
                }
            }
            return false;
        }
        return !holds(((Condition.Not) condition).condition(), traffic);
    }

    // ---------------------------------------------------------------- changes

    /**
     * Returns a copy with {@code newSources} added to the list for {@code category}; sources
     * already listed are kept once.
     *
     * @param newVersion the version label of the result
     * @param category the source category
     * @param newSources the sites to add, such as {@code "mastodon.example"}; stripped and lower-cased
     * @return the changed grouping
     * @throws NullPointerException if an argument or source is null
     * @throws IllegalArgumentException if {@code newVersion} or a source is blank
     */
    public ChannelGrouping withSources(String newVersion, SourceCategory category, String... newSources) {
        Objects.requireNonNull(category, "category");
        Set<String> changed = new TreeSet<>(sources.get(category));
        changed.addAll(normalisedSources(List.of(Objects.requireNonNull(newSources, "newSources"))));
        return withList(newVersion, category, changed);
    }

    /**
     * Returns a copy with {@code oldSources} removed from the list for {@code category}, such as
     * moving {@code tiktok} from {@link SourceCategory#SOCIAL} to {@link SourceCategory#VIDEO}
     * together with {@link #withSources(String, SourceCategory, String...)}.
     *
     * @param newVersion the version label of the result
     * @param category the source category
     * @param oldSources the sites to remove; stripped and lower-cased
     * @return the changed grouping
     * @throws NullPointerException if an argument or source is null
     * @throws IllegalArgumentException if {@code newVersion} or a source is blank, or a source is not
     *     in the list
     */
    public ChannelGrouping withoutSources(String newVersion, SourceCategory category, String... oldSources) {
        Objects.requireNonNull(category, "category");
        Set<String> changed = new TreeSet<>(sources.get(category));
        for (String source : normalisedSources(List.of(Objects.requireNonNull(oldSources, "oldSources")))) {
            if (!changed.remove(source)) {
                throw new IllegalArgumentException("source (\"" + source + "\") is not in the " + category
                        + " list of " + version);
            }
        }
        return withList(newVersion, category, changed);
    }

    private ChannelGrouping withList(String newVersion, SourceCategory category, Set<String> list) {
        Map<SourceCategory, Set<String>> lists = new EnumMap<>(sources);
        lists.put(category, Collections.unmodifiableSet(list));
        return create(newVersion, rules, lists);
    }

    /**
     * Returns a copy with {@code rule} tried before all others.
     *
     * @param newVersion the version label of the result
     * @param rule the rule to add
     * @return the changed grouping
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code newVersion} is blank
     */
    public ChannelGrouping withRuleFirst(String newVersion, ChannelRule rule) {
        return withRuleAt(newVersion, 0, rule);
    }

    /**
     * Returns a copy with {@code rule} tried after all others, just before traffic falls to
     * {@link ChannelGroup#UNASSIGNED}.
     *
     * @param newVersion the version label of the result
     * @param rule the rule to add
     * @return the changed grouping
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code newVersion} is blank
     */
    public ChannelGrouping withRuleLast(String newVersion, ChannelRule rule) {
        return withRuleAt(newVersion, rules.size(), rule);
    }

    /**
     * Returns a copy with {@code rule} tried just before the first rule that assigns {@code group}:
     * {@code withRuleBefore("v2", ChannelGroup.REFERRAL, partners)} catches partner links before
     * they count as referrals.
     *
     * @param newVersion the version label of the result
     * @param group the group whose first rule the new rule goes before
     * @param rule the rule to add
     * @return the changed grouping
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code newVersion} is blank or no rule assigns {@code group}
     */
    public ChannelGrouping withRuleBefore(String newVersion, ChannelGroup group, ChannelRule rule) {
        Objects.requireNonNull(group, "group");
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).group().equals(group)) {
                return withRuleAt(newVersion, i, rule);
            }
        }
        throw new IllegalArgumentException("group (" + group + ") has no rule in " + version);
    }

    private ChannelGrouping withRuleAt(String newVersion, int index, ChannelRule rule) {
        Objects.requireNonNull(rule, "rule");
        List<ChannelRule> changed = new ArrayList<>(rules);
        changed.add(index, rule);
        return create(newVersion, changed, sources);
    }

    /**
     * Returns a copy with all rules replaced and the source lists kept.
     *
     * @param newVersion the version label of the result
     * @param newRules the rules, in the order they are tried
     * @return the changed grouping
     * @throws NullPointerException if an argument or rule is null
     * @throws IllegalArgumentException if {@code newVersion} is blank or {@code newRules} is empty
     */
    public ChannelGrouping withRules(String newVersion, List<ChannelRule> newRules) {
        return create(newVersion, newRules, sources);
    }

    // ---------------------------------------------------------------- object methods

    /**
     * Returns whether {@code obj} is a grouping with the same version, rules and source lists.
     *
     * @param obj the object to compare with
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ChannelGrouping other && version.equals(other.version)
                && rules.equals(other.rules) && sources.equals(other.sources);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(version, rules, sources);
    }

    /**
     * Returns the grouping as a table: the version, each rule numbered in order, and the size of
     * each source list.
     *
     * <pre>
     * ChannelGrouping ga4-2024: first match wins, otherwise Unassigned
     *    1  Direct         source = "(direct)" and medium in ("(not set)", "(none)")
     *    2  Cross-network  campaign contains "cross-network"
     *   ...
     *   sources: SHOPPING 46, SEARCH 49, SOCIAL 67, VIDEO 19
     * </pre>
     *
     * @return the text form
     */
    @Override
    public String toString() {
        int width = 0;
        for (ChannelRule rule : rules) {
            width = Math.max(width, rule.group().name().length());
        }
        int numberWidth = String.valueOf(rules.size()).length() + 2;
        StringBuilder text = new StringBuilder("ChannelGrouping ").append(version)
                .append(": first match wins, otherwise Unassigned\n");
        for (int i = 0; i < rules.size(); i++) {
            String number = String.valueOf(i + 1);
            String group = rules.get(i).group().name();
            text.append(" ".repeat(numberWidth - number.length())).append(number).append("  ")
                    .append(group).append(" ".repeat(width - group.length())).append("  ")
                    .append(rules.get(i).condition()).append('\n');
        }
        StringJoiner counts = new StringJoiner(", ", "  sources: ", "");
        sources.forEach((category, list) -> counts.add(category + " " + list.size()));
        return text.append(counts).toString();
    }
}
