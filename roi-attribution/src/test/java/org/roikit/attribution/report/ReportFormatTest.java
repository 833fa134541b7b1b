package org.roikit.attribution.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roikit.attribution.AttributionModel;
import org.roikit.attribution.cli.Json;

/**
 * The Markdown, CSV and JSON forms of the hand-made report of {@link MarketingReportTest}, in
 * full. Every figure in them is one of that test's hand-computed figures (revenue 180.00,
 * investment 120.00, ROI 0.5, email 50.00 at cost 20.00 and so on); the model comparison's
 * time-decay column is the engine's, as in the text form.
 */
class ReportFormatTest {

    private static final MarketingReport REPORT = MarketingReportTest.builder().build();

    @Test
    void markdown_executive() {
        assertThat(ReportFormat.MARKDOWN.render(REPORT, Audience.EXECUTIVE)).isEqualTo("""
                # Q1 review: executive summary

                2026-01-01..2026-02-28, amounts in EUR

                ## Scorecard

                | figure | value |
                | :--- | ---: |
                | investment | 120.00 |
                | revenue | 180.00 |
                | profit | 60.00 |
                | ROI | 50.00% |
                | net return per unit invested | 0.50 |
                | ROAS | 1.50x |
                | conversions | 3 |
                | CAC from social | EUR 120.00 |
                | CPA from social | EUR 120.00 |
                | attributed revenue | 130.00 |
                | unattributed revenue | 50.00 |
                | pipeline value | 30.00 |

                ## Investment by category

                | category | amount | share |
                | :--- | ---: | ---: |
                | ad spend | 100.00 | 83.33% |
                | tools | 20.00 | 16.67% |

                ## Trend by month

                | period | investment | revenue | conversions | ROI |
                | :--- | ---: | ---: | ---: | ---: |
                | 2026-01 | 60.00 | 100.00 | 1 | 66.67% |
                | 2026-02 | 60.00 | 80.00 | 2 | 33.33% |

                ## Change 2026-01 -> 2026-02

                | metric | previous | current | change | direction |
                | :--- | ---: | ---: | ---: | ---: |
                | investment | 60.00 | 60.00 | 0.00% | ◆ flat |
                | revenue | 100.00 | 80.00 | -20.00% | ▼ down |
                | conversions | 1 | 2 | 100.00% | ▲ up |
                | roas | 1.67x | 1.33x | -20.00% | ▼ down |
                """);
    }

    @Test
    void markdown_team() {
        assertThat(ReportFormat.MARKDOWN.render(REPORT, Audience.TEAM)).isEqualTo("""
                # Q1 review: team detail

                2026-01-01..2026-02-28, amounts in EUR

                ## By channel (linear)

                | channel | conversions | revenue | cost | ROI | ROAS | CPA |
                | :--- | ---: | ---: | ---: | ---: | ---: | ---: |
                | email | 0.500000 | 50.00 | 20.00 | 150.00% | 2.50x | EUR 40.00 |
                | linkedin | 0.500000 | 50.00 | 60.00 | -16.67% | 0.83x | EUR 120.00 |
                | google | 1.000000 | 30.00 | 40.00 | -25.00% | 0.75x | EUR 40.00 |

                ## By campaign (linear)

                | campaign | conversions | revenue | cost | ROI | ROAS | CPA |
                | :--- | ---: | ---: | ---: | ---: | ---: | ---: |
                | spring | 1.000000 | 100.00 | 0.00 | - | - | EUR 0.00 |
                | summer | 1.000000 | 30.00 | 0.00 | - | - | EUR 0.00 |
                | (unassigned) | 0.000000 | 0.00 | 120.00 | -100.00% | 0.00x | - |

                ## Model comparison

                Revenue by channel under each model

                | channel | last-touch | first-touch | linear | time-decay | position-based | last-non-direct |
                | :--- | ---: | ---: | ---: | ---: | ---: | ---: |
                | email | 100.00 | 0.00 | 50.00 | 62.13 | 50.00 | 100.00 |
                | google | 30.00 | 30.00 | 30.00 | 30.00 | 30.00 | 30.00 |
                | linkedin | 0.00 | 100.00 | 50.00 | 37.87 | 50.00 | 0.00 |
                | (unattributed) | 50.00 | 50.00 | 50.00 | 50.00 | 50.00 | 50.00 |
                | total | 180.00 | 180.00 | 180.00 | 180.00 | 180.00 | 180.00 |

                ROAS by channel under each model

                | channel | last-touch | first-touch | linear | time-decay | position-based | last-non-direct |
                | :--- | ---: | ---: | ---: | ---: | ---: | ---: |
                | email | 5.00x | 0.00x | 2.50x | 3.11x | 2.50x | 5.00x |
                | google | 0.75x | 0.75x | 0.75x | 0.75x | 0.75x | 0.75x |
                | linkedin | 0.00x | 1.67x | 0.83x | 0.63x | 0.83x | 0.00x |

                ## By content\\_type

                | content\\_type | journeys | converted | rate | conversions | revenue |
                | :--- | ---: | ---: | ---: | ---: | ---: |
                | video | 2 | 2 | 100.00% | 1.500000 | 80.00 |
                | newsletter | 1 | 1 | 100.00% | 0.500000 | 50.00 |

                ## By segment

                | segment | journeys | converted | rate | conversions | revenue |
                | :--- | ---: | ---: | ---: | ---: | ---: |
                | smb | 1 | 1 | 100.00% | 1.000000 | 100.00 |
                | enterprise | 2 | 1 | 50.00% | 1.000000 | 30.00 |

                ## By type

                | type | journeys | converted | rate | conversions | revenue |
                | :--- | ---: | ---: | ---: | ---: | ---: |
                | click | 3 | 2 | 66.67% | 2.000000 | 130.00 |

                ## Best content by content\\_type

                | content\\_type | touches | conversions | revenue |
                | :--- | ---: | ---: | ---: |
                | video | 2 | 1.500000 | 80.00 |
                | newsletter | 1 | 0.500000 | 50.00 |

                ## Worst content by content\\_type

                | content\\_type | touches | conversions | revenue |
                | :--- | ---: | ---: | ---: |
                | newsletter | 1 | 0.500000 | 50.00 |
                | video | 2 | 1.500000 | 80.00 |
                """);
    }

    @Test
    void markdown_all_isBothParts() {
        assertThat(ReportFormat.MARKDOWN.render(REPORT, Audience.ALL)).isEqualTo(
                ReportFormat.MARKDOWN.render(REPORT, Audience.EXECUTIVE) + "\n"
                        + ReportFormat.MARKDOWN.render(REPORT, Audience.TEAM));
    }

    @Test
    void markdown_escapesDataSoItStaysText() {
        assertThat(MarkdownRenderer.escape("a|b *new* <b> [x](y) #1 & _z_ `c` \\ ~s~ !\nnext"))
                .isEqualTo("a\\|b \\*new\\* \\<b> \\[x\\](y) \\#1 \\& \\_z\\_ \\`c\\` \\\\ \\~s\\~ \\! next");
    }

    @Test
    void csv_executive() {
        assertThat(ReportFormat.CSV.render(REPORT, Audience.EXECUTIVE)).isEqualTo("""
                section,group,item,metric,value,currency,reason
                report,,,title,Q1 review,,
                report,,,from,2026-01-01,,
                report,,,to,2026-02-28,,
                report,,,currency,EUR,,
                scorecard,,,investment,120.00,EUR,
                scorecard,,,revenue,180.00,EUR,
                scorecard,,,profit,60.00,EUR,
                scorecard,,,roi,0.5,,
                scorecard,,,return_per_unit,0.5,,
                scorecard,,,roas,1.5,,
                scorecard,,,conversions,3,,
                scorecard,,,social_cac,120,EUR,
                scorecard,,,social_cpa,120,EUR,
                scorecard,,,attributed_revenue,130.00,EUR,
                scorecard,,,unattributed_revenue,50.00,EUR,
                scorecard,,,pipeline_value,30.00,EUR,
                investment_by_category,,ad spend,amount,100.00,EUR,
                investment_by_category,,ad spend,share,0.8333333333333333333333333333333333,,
                investment_by_category,,tools,amount,20.00,EUR,
                investment_by_category,,tools,share,0.1666666666666666666666666666666667,,
                trend,month,2026-01,investment,60.00,EUR,
                trend,month,2026-01,revenue,100.00,EUR,
                trend,month,2026-01,conversions,1,,
                trend,month,2026-01,roi,0.6666666666666666666666666666666667,,
                trend,month,2026-02,investment,60.00,EUR,
                trend,month,2026-02,revenue,80.00,EUR,
                trend,month,2026-02,conversions,2,,
                trend,month,2026-02,roi,0.3333333333333333333333333333333333,,
                movements,2026-01..2026-02,investment,previous,60.00,EUR,
                movements,2026-01..2026-02,investment,current,60.00,EUR,
                movements,2026-01..2026-02,investment,difference,0.00,EUR,
                movements,2026-01..2026-02,investment,change,0,,
                movements,2026-01..2026-02,investment,direction,flat,,
                movements,2026-01..2026-02,revenue,previous,100.00,EUR,
                movements,2026-01..2026-02,revenue,current,80.00,EUR,
                movements,2026-01..2026-02,revenue,difference,-20.00,EUR,
                movements,2026-01..2026-02,revenue,change,-0.2,,
                movements,2026-01..2026-02,revenue,direction,down,,
                movements,2026-01..2026-02,conversions,previous,1,,
                movements,2026-01..2026-02,conversions,current,2,,
                movements,2026-01..2026-02,conversions,difference,1,,
                movements,2026-01..2026-02,conversions,change,1,,
                movements,2026-01..2026-02,conversions,direction,up,,
                movements,2026-01..2026-02,roas,previous,1.666666666666666666666666666666667,,
                movements,2026-01..2026-02,roas,current,1.333333333333333333333333333333333,,
                movements,2026-01..2026-02,roas,difference,-0.3333333333333333333333333333333333,,
                movements,2026-01..2026-02,roas,change,-0.2,,
                movements,2026-01..2026-02,roas,direction,down,,
                """);
    }

    @Test
    void csv_team() {
        assertThat(ReportFormat.CSV.render(REPORT, Audience.TEAM)).isEqualTo("""
                section,group,item,metric,value,currency,reason
                report,,,title,Q1 review,,
                report,,,from,2026-01-01,,
                report,,,to,2026-02-28,,
                report,,,currency,EUR,,
                channels,linear,email,conversions,0.500000,,
                channels,linear,email,revenue,50.00,EUR,
                channels,linear,email,cost,20.00,EUR,
                channels,linear,email,roi,1.5,,
                channels,linear,email,roas,2.5,,
                channels,linear,email,cpa,40,EUR,
                channels,linear,linkedin,conversions,0.500000,,
                channels,linear,linkedin,revenue,50.00,EUR,
                channels,linear,linkedin,cost,60.00,EUR,
                channels,linear,linkedin,roi,-0.1666666666666666666666666666666667,,
                channels,linear,linkedin,roas,0.8333333333333333333333333333333333,,
                channels,linear,linkedin,cpa,120,EUR,
                channels,linear,google,conversions,1.000000,,
                channels,linear,google,revenue,30.00,EUR,
                channels,linear,google,cost,40.00,EUR,
                channels,linear,google,roi,-0.25,,
                channels,linear,google,roas,0.75,,
                channels,linear,google,cpa,40,EUR,
                campaigns,linear,spring,conversions,1.000000,,
                campaigns,linear,spring,revenue,100.00,EUR,
                campaigns,linear,spring,cost,0.00,EUR,
                campaigns,linear,spring,roi,,,zero investment
                campaigns,linear,spring,roas,,,zero investment
                campaigns,linear,spring,cpa,0,EUR,
                campaigns,linear,summer,conversions,1.000000,,
                campaigns,linear,summer,revenue,30.00,EUR,
                campaigns,linear,summer,cost,0.00,EUR,
                campaigns,linear,summer,roi,,,zero investment
                campaigns,linear,summer,roas,,,zero investment
                campaigns,linear,summer,cpa,0,EUR,
                campaigns,linear,(unassigned),conversions,0.000000,,
                campaigns,linear,(unassigned),revenue,0.00,EUR,
                campaigns,linear,(unassigned),cost,120.00,EUR,
                campaigns,linear,(unassigned),roi,-1,,
                campaigns,linear,(unassigned),roas,0,,
                campaigns,linear,(unassigned),cpa,,EUR,0 attributed conversions
                model_comparison,last-touch,email,revenue,100.00,EUR,
                model_comparison,last-touch,email,roas,5,,
                model_comparison,last-touch,google,revenue,30.00,EUR,
                model_comparison,last-touch,google,roas,0.75,,
                model_comparison,last-touch,linkedin,revenue,0.00,EUR,
                model_comparison,last-touch,linkedin,roas,0,,
                model_comparison,last-touch,(unattributed),revenue,50.00,EUR,
                model_comparison,last-touch,total,revenue,180.00,EUR,
                model_comparison,first-touch,email,revenue,0.00,EUR,
                model_comparison,first-touch,email,roas,0,,
                model_comparison,first-touch,google,revenue,30.00,EUR,
                model_comparison,first-touch,google,roas,0.75,,
                model_comparison,first-touch,linkedin,revenue,100.00,EUR,
                model_comparison,first-touch,linkedin,roas,1.666666666666666666666666666666667,,
                model_comparison,first-touch,(unattributed),revenue,50.00,EUR,
                model_comparison,first-touch,total,revenue,180.00,EUR,
                model_comparison,linear,email,revenue,50.00,EUR,
                model_comparison,linear,email,roas,2.5,,
                model_comparison,linear,google,revenue,30.00,EUR,
                model_comparison,linear,google,roas,0.75,,
                model_comparison,linear,linkedin,revenue,50.00,EUR,
                model_comparison,linear,linkedin,roas,0.8333333333333333333333333333333333,,
                model_comparison,linear,(unattributed),revenue,50.00,EUR,
                model_comparison,linear,total,revenue,180.00,EUR,
                model_comparison,time-decay(P7D),email,revenue,62.13,EUR,
                model_comparison,time-decay(P7D),email,roas,3.1065,,
                model_comparison,time-decay(P7D),google,revenue,30.00,EUR,
                model_comparison,time-decay(P7D),google,roas,0.75,,
                model_comparison,time-decay(P7D),linkedin,revenue,37.87,EUR,
                model_comparison,time-decay(P7D),linkedin,roas,0.6311666666666666666666666666666667,,
                model_comparison,time-decay(P7D),(unattributed),revenue,50.00,EUR,
                model_comparison,time-decay(P7D),total,revenue,180.00,EUR,
                model_comparison,"position-based(0.4, 0.2, 0.4)",email,revenue,50.00,EUR,
                model_comparison,"position-based(0.4, 0.2, 0.4)",email,roas,2.5,,
                model_comparison,"position-based(0.4, 0.2, 0.4)",google,revenue,30.00,EUR,
                model_comparison,"position-based(0.4, 0.2, 0.4)",google,roas,0.75,,
                model_comparison,"position-based(0.4, 0.2, 0.4)",linkedin,revenue,50.00,EUR,
                model_comparison,"position-based(0.4, 0.2, 0.4)",linkedin,roas,0.8333333333333333333333333333333333,,
                model_comparison,"position-based(0.4, 0.2, 0.4)",(unattributed),revenue,50.00,EUR,
                model_comparison,"position-based(0.4, 0.2, 0.4)",total,revenue,180.00,EUR,
                model_comparison,"last-non-direct((direct), direct)",email,revenue,100.00,EUR,
                model_comparison,"last-non-direct((direct), direct)",email,roas,5,,
                model_comparison,"last-non-direct((direct), direct)",google,revenue,30.00,EUR,
                model_comparison,"last-non-direct((direct), direct)",google,roas,0.75,,
                model_comparison,"last-non-direct((direct), direct)",linkedin,revenue,0.00,EUR,
                model_comparison,"last-non-direct((direct), direct)",linkedin,roas,0,,
                model_comparison,"last-non-direct((direct), direct)",(unattributed),revenue,50.00,EUR,
                model_comparison,"last-non-direct((direct), direct)",total,revenue,180.00,EUR,
                segments,content_type,video,journeys,2,,
                segments,content_type,video,converted_journeys,2,,
                segments,content_type,video,conversion_rate,1,,
                segments,content_type,video,conversions,1.500000,,
                segments,content_type,video,revenue,80.00,EUR,
                segments,content_type,newsletter,journeys,1,,
                segments,content_type,newsletter,converted_journeys,1,,
                segments,content_type,newsletter,conversion_rate,1,,
                segments,content_type,newsletter,conversions,0.500000,,
                segments,content_type,newsletter,revenue,50.00,EUR,
                segments,segment,smb,journeys,1,,
                segments,segment,smb,converted_journeys,1,,
                segments,segment,smb,conversion_rate,1,,
                segments,segment,smb,conversions,1.000000,,
                segments,segment,smb,revenue,100.00,EUR,
                segments,segment,enterprise,journeys,2,,
                segments,segment,enterprise,converted_journeys,1,,
                segments,segment,enterprise,conversion_rate,0.5,,
                segments,segment,enterprise,conversions,1.000000,,
                segments,segment,enterprise,revenue,30.00,EUR,
                segments,type,click,journeys,3,,
                segments,type,click,converted_journeys,2,,
                segments,type,click,conversion_rate,0.6666666666666666666666666666666667,,
                segments,type,click,conversions,2.000000,,
                segments,type,click,revenue,130.00,EUR,
                best_content,content_type,video,touches,2,,
                best_content,content_type,video,conversions,1.500000,,
                best_content,content_type,video,revenue,80.00,EUR,
                best_content,content_type,newsletter,touches,1,,
                best_content,content_type,newsletter,conversions,0.500000,,
                best_content,content_type,newsletter,revenue,50.00,EUR,
                worst_content,content_type,newsletter,touches,1,,
                worst_content,content_type,newsletter,conversions,0.500000,,
                worst_content,content_type,newsletter,revenue,50.00,EUR,
                worst_content,content_type,video,touches,2,,
                worst_content,content_type,video,conversions,1.500000,,
                worst_content,content_type,video,revenue,80.00,EUR,
                """);
    }

    @Test
    void csv_all_hasOneHeaderAndBothParts() {
        String all = ReportFormat.CSV.render(REPORT, Audience.ALL);
        String team = ReportFormat.CSV.render(REPORT, Audience.TEAM);
        String reportRows = String.join("\n", team.lines().limit(5).toList()) + "\n";
        assertThat(all).isEqualTo(ReportFormat.CSV.render(REPORT, Audience.EXECUTIVE)
                + team.substring(reportRows.length()));
        assertThat(all.lines().filter(l -> l.startsWith("section,")).count()).isEqualTo(1);
    }

    @Test
    void csv_guardsTextThatASpreadsheetWouldRunAsAFormula_butNotNumbers() {
        MarketingReport formula = MarketingReportTest.builder().title("=HYPERLINK(\"http://x\",\"y\")").build();
        String csv = ReportFormat.CSV.render(formula, Audience.ALL);

        assertThat(csv).contains("\nreport,,,title,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",,\n");
        assertThat(csv).contains("\ncampaigns,linear,(unassigned),roi,-1,,\n");
        assertThat(CsvRenderer.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRenderer.field("+33 1 23")).isEqualTo("'+33 1 23");
        assertThat(CsvRenderer.field("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvRenderer.field("-")).isEqualTo("'-");
        assertThat(CsvRenderer.field("\tx")).isEqualTo("'\tx");
        assertThat(CsvRenderer.field("-1.12")).isEqualTo("-1.12");
        assertThat(CsvRenderer.field("+5")).isEqualTo("+5");
        assertThat(CsvRenderer.field("spring=1")).isEqualTo("spring=1");
        assertThat(CsvRenderer.field("-1E+3")).isEqualTo("'-1E+3");
    }

    @Test
    void csv_keyOfAModelIsItsFullTextFormInEverySection() {
        AttributionModel model = AttributionModel.positionBased(0.3, 0.4, 0.3);
        String csv = ReportFormat.CSV.render(
                MarketingReportTest.builder().model(model).compare(List.of(AttributionModel.linear(), model)).build(),
                Audience.TEAM);
        String key = model.toString();

        assertThat(key).isNotEqualTo(model.name());
        assertThat(csv).contains("\nchannels," + CsvRenderer.field(key) + ",email,");
        assertThat(csv).contains("\nmodel_comparison," + CsvRenderer.field(key) + ",email,");
        assertThat(csv).doesNotContain("\nmodel_comparison," + model.name() + ",");
    }

    @Test
    void csv_quotesFieldsAsRfc4180AndEveryRowHasSevenFields() {
        MarketingReport quoted = MarketingReportTest.builder().title("Q1, \"final\"").build();
        String csv = ReportFormat.CSV.render(quoted, Audience.ALL);

        assertThat(csv).contains("\nreport,,,title,\"Q1, \"\"final\"\"\",,\n");
        // a quoted field, such as the title or a model key like "position-based(0.4, 0.2, 0.4)", counts as one
        for (String line : csv.replaceAll("\"(?:[^\"]|\"\")*\"", "t").split("\n")) {
            assertThat(line.split(",", -1)).as(line).hasSize(7);
        }
    }

    @Test
    void json_executive() {
        assertThat(ReportFormat.JSON.render(REPORT, Audience.EXECUTIVE)).isEqualTo("""
                {
                  "title": "Q1 review",
                  "from": "2026-01-01",
                  "to": "2026-02-28",
                  "currency": "EUR",
                  "executive": {
                    "scorecard": {
                      "investment": {"amount": "120.00", "currency": "EUR"},
                      "revenue": {"amount": "180.00", "currency": "EUR"},
                      "profit": {"amount": "60.00", "currency": "EUR"},
                      "roi": {"value": "0.5", "text": "50.00%"},
                      "returnPerUnit": {"value": "0.5", "text": "0.50"},
                      "roas": {"value": "1.5", "text": "1.50x"},
                      "conversions": 3
                    },
                    "socialCac": {"value": "120", "text": "EUR 120.00"},
                    "socialCpa": {"value": "120", "text": "EUR 120.00"},
                    "attributedRevenue": {"amount": "130.00", "currency": "EUR"},
                    "unattributedRevenue": {"amount": "50.00", "currency": "EUR"},
                    "pipelineValue": {"amount": "30.00", "currency": "EUR"},
                    "investmentByCategory": [
                      {
                        "category": "ad spend",
                        "amount": {"amount": "100.00", "currency": "EUR"},
                        "share": {"value": "0.8333333333333333333333333333333333", "text": "83.33%"}
                      },
                      {
                        "category": "tools",
                        "amount": {"amount": "20.00", "currency": "EUR"},
                        "share": {"value": "0.1666666666666666666666666666666667", "text": "16.67%"}
                      }
                    ],
                    "granularity": "month",
                    "trend": [
                      {
                        "period": "2026-01",
                        "from": "2026-01-01",
                        "to": "2026-01-31",
                        "complete": true,
                        "investment": {"amount": "60.00", "currency": "EUR"},
                        "revenue": {"amount": "100.00", "currency": "EUR"},
                        "conversions": 1,
                        "roi": {"value": "0.6666666666666666666666666666666667", "text": "66.67%"}
                      },
                      {
                        "period": "2026-02",
                        "from": "2026-02-01",
                        "to": "2026-02-28",
                        "complete": true,
                        "investment": {"amount": "60.00", "currency": "EUR"},
                        "revenue": {"amount": "80.00", "currency": "EUR"},
                        "conversions": 2,
                        "roi": {"value": "0.3333333333333333333333333333333333", "text": "33.33%"}
                      }
                    ],
                    "movements": [
                      {
                        "metric": "investment",
                        "from": "2026-01",
                        "to": "2026-02",
                        "previous": "60.00",
                        "current": "60.00",
                        "difference": "0.00",
                        "change": {"value": "0", "text": "0.00%"},
                        "direction": "flat"
                      },
                      {
                        "metric": "revenue",
                        "from": "2026-01",
                        "to": "2026-02",
                        "previous": "100.00",
                        "current": "80.00",
                        "difference": "-20.00",
                        "change": {"value": "-0.2", "text": "-20.00%"},
                        "direction": "down"
                      },
                      {
                        "metric": "conversions",
                        "from": "2026-01",
                        "to": "2026-02",
                        "previous": "1",
                        "current": "2",
                        "difference": "1",
                        "change": {"value": "1", "text": "100.00%"},
                        "direction": "up"
                      },
                      {
                        "metric": "roas",
                        "from": "2026-01",
                        "to": "2026-02",
                        "previous": "1.666666666666666666666666666666667",
                        "current": "1.333333333333333333333333333333333",
                        "difference": "-0.3333333333333333333333333333333333",
                        "change": {"value": "-0.2", "text": "-20.00%"},
                        "direction": "down"
                      }
                    ],
                    "goals": [],
                    "notes": []
                  }
                }
                """);
    }

    @Test
    void json_team() {
        assertThat(ReportFormat.JSON.render(REPORT, Audience.TEAM)).isEqualTo("""
                {
                  "title": "Q1 review",
                  "from": "2026-01-01",
                  "to": "2026-02-28",
                  "currency": "EUR",
                  "team": {
                    "model": "linear",
                    "channels": [
                      {
                        "name": "email",
                        "conversions": "0.500000",
                        "revenue": {"amount": "50.00", "currency": "EUR"},
                        "cost": {"amount": "20.00", "currency": "EUR"},
                        "roi": {"value": "1.5", "text": "150.00%"},
                        "roas": {"value": "2.5", "text": "2.50x"},
                        "cpa": {"value": "40", "text": "EUR 40.00"}
                      },
                      {
                        "name": "linkedin",
                        "conversions": "0.500000",
                        "revenue": {"amount": "50.00", "currency": "EUR"},
                        "cost": {"amount": "60.00", "currency": "EUR"},
                        "roi": {"value": "-0.1666666666666666666666666666666667", "text": "-16.67%"},
                        "roas": {"value": "0.8333333333333333333333333333333333", "text": "0.83x"},
                        "cpa": {"value": "120", "text": "EUR 120.00"}
                      },
                      {
                        "name": "google",
                        "conversions": "1.000000",
                        "revenue": {"amount": "30.00", "currency": "EUR"},
                        "cost": {"amount": "40.00", "currency": "EUR"},
                        "roi": {"value": "-0.25", "text": "-25.00%"},
                        "roas": {"value": "0.75", "text": "0.75x"},
                        "cpa": {"value": "40", "text": "EUR 40.00"}
                      }
                    ],
                    "campaigns": [
                      {
                        "name": "spring",
                        "conversions": "1.000000",
                        "revenue": {"amount": "100.00", "currency": "EUR"},
                        "cost": {"amount": "0.00", "currency": "EUR"},
                        "roi": {"value": null, "reason": "zero investment"},
                        "roas": {"value": null, "reason": "zero investment"},
                        "cpa": {"value": "0", "text": "EUR 0.00"}
                      },
                      {
                        "name": "summer",
                        "conversions": "1.000000",
                        "revenue": {"amount": "30.00", "currency": "EUR"},
                        "cost": {"amount": "0.00", "currency": "EUR"},
                        "roi": {"value": null, "reason": "zero investment"},
                        "roas": {"value": null, "reason": "zero investment"},
                        "cpa": {"value": "0", "text": "EUR 0.00"}
                      },
                      {
                        "name": "(unassigned)",
                        "conversions": "0.000000",
                        "revenue": {"amount": "0.00", "currency": "EUR"},
                        "cost": {"amount": "120.00", "currency": "EUR"},
                        "roi": {"value": "-1", "text": "-100.00%"},
                        "roas": {"value": "0", "text": "0.00x"},
                        "cpa": {"value": null, "reason": "0 attributed conversions"}
                      }
                    ],
                    "comparison": {
                      "models": [
                        "last-touch",
                        "first-touch",
                        "linear",
                        "time-decay",
                        "position-based",
                        "last-non-direct"
                      ],
                      "channels": [
                        {
                          "channel": "email",
                          "revenue": [
                            {"amount": "100.00", "currency": "EUR"},
                            {"amount": "0.00", "currency": "EUR"},
                            {"amount": "50.00", "currency": "EUR"},
                            {"amount": "62.13", "currency": "EUR"},
                            {"amount": "50.00", "currency": "EUR"},
                            {"amount": "100.00", "currency": "EUR"}
                          ],
                          "roas": [
                            {"value": "5", "text": "5.00x"},
                            {"value": "0", "text": "0.00x"},
                            {"value": "2.5", "text": "2.50x"},
                            {"value": "3.1065", "text": "3.11x"},
                            {"value": "2.5", "text": "2.50x"},
                            {"value": "5", "text": "5.00x"}
                          ]
                        },
                        {
                          "channel": "google",
                          "revenue": [
                            {"amount": "30.00", "currency": "EUR"},
                            {"amount": "30.00", "currency": "EUR"},
                            {"amount": "30.00", "currency": "EUR"},
                            {"amount": "30.00", "currency": "EUR"},
                            {"amount": "30.00", "currency": "EUR"},
                            {"amount": "30.00", "currency": "EUR"}
                          ],
                          "roas": [
                            {"value": "0.75", "text": "0.75x"},
                            {"value": "0.75", "text": "0.75x"},
                            {"value": "0.75", "text": "0.75x"},
                            {"value": "0.75", "text": "0.75x"},
                            {"value": "0.75", "text": "0.75x"},
                            {"value": "0.75", "text": "0.75x"}
                          ]
                        },
                        {
                          "channel": "linkedin",
                          "revenue": [
                            {"amount": "0.00", "currency": "EUR"},
                            {"amount": "100.00", "currency": "EUR"},
                            {"amount": "50.00", "currency": "EUR"},
                            {"amount": "37.87", "currency": "EUR"},
                            {"amount": "50.00", "currency": "EUR"},
                            {"amount": "0.00", "currency": "EUR"}
                          ],
                          "roas": [
                            {"value": "0", "text": "0.00x"},
                            {"value": "1.666666666666666666666666666666667", "text": "1.67x"},
                            {"value": "0.8333333333333333333333333333333333", "text": "0.83x"},
                            {"value": "0.6311666666666666666666666666666667", "text": "0.63x"},
                            {"value": "0.8333333333333333333333333333333333", "text": "0.83x"},
                            {"value": "0", "text": "0.00x"}
                          ]
                        }
                      ],
                      "unattributedRevenue": {"amount": "50.00", "currency": "EUR"},
                      "totalRevenue": {"amount": "180.00", "currency": "EUR"}
                    },
                    "segments": [
                      {
                        "attribute": "content_type",
                        "rows": [
                          {
                            "value": "video",
                            "journeys": 2,
                            "convertedJourneys": 2,
                            "conversionRate": {"value": "1", "text": "100.00%"},
                            "conversions": "1.500000",
                            "revenue": {"amount": "80.00", "currency": "EUR"}
                          },
                          {
                            "value": "newsletter",
                            "journeys": 1,
                            "convertedJourneys": 1,
                            "conversionRate": {"value": "1", "text": "100.00%"},
                            "conversions": "0.500000",
                            "revenue": {"amount": "50.00", "currency": "EUR"}
                          }
                        ]
                      },
                      {
                        "attribute": "segment",
                        "rows": [
                          {
                            "value": "smb",
                            "journeys": 1,
                            "convertedJourneys": 1,
                            "conversionRate": {"value": "1", "text": "100.00%"},
                            "conversions": "1.000000",
                            "revenue": {"amount": "100.00", "currency": "EUR"}
                          },
                          {
                            "value": "enterprise",
                            "journeys": 2,
                            "convertedJourneys": 1,
                            "conversionRate": {"value": "0.5", "text": "50.00%"},
                            "conversions": "1.000000",
                            "revenue": {"amount": "30.00", "currency": "EUR"}
                          }
                        ]
                      },
                      {
                        "attribute": "type",
                        "rows": [
                          {
                            "value": "click",
                            "journeys": 3,
                            "convertedJourneys": 2,
                            "conversionRate": {"value": "0.6666666666666666666666666666666667", "text": "66.67%"},
                            "conversions": "2.000000",
                            "revenue": {"amount": "130.00", "currency": "EUR"}
                          }
                        ]
                      }
                    ],
                    "contentAttribute": "content_type",
                    "bestContent": [
                      {
                        "content": "video",
                        "touches": 2,
                        "conversions": "1.500000",
                        "revenue": {"amount": "80.00", "currency": "EUR"}
                      },
                      {
                        "content": "newsletter",
                        "touches": 1,
                        "conversions": "0.500000",
                        "revenue": {"amount": "50.00", "currency": "EUR"}
                      }
                    ],
                    "worstContent": [
                      {
                        "content": "newsletter",
                        "touches": 1,
                        "conversions": "0.500000",
                        "revenue": {"amount": "50.00", "currency": "EUR"}
                      },
                      {
                        "content": "video",
                        "touches": 2,
                        "conversions": "1.500000",
                        "revenue": {"amount": "80.00", "currency": "EUR"}
                      }
                    ],
                    "notes": []
                  }
                }
                """);
    }

    @Test
    @SuppressWarnings("unchecked")
    void json_isValidJson_andAllHoldsBothParts() {
        Map<String, Object> all = (Map<String, Object>) Json.parse(ReportFormat.JSON.render(REPORT, Audience.ALL));

        assertThat(all.keySet()).containsExactly("title", "from", "to", "currency", "executive", "team");
        Map<String, Object> executive = (Map<String, Object>) all.get("executive");
        Map<String, Object> scorecard = (Map<String, Object>) executive.get("scorecard");
        assertThat(scorecard.get("profit")).isEqualTo(Map.of("amount", "60.00", "currency", "EUR"));
        assertThat(scorecard.get("roi")).isEqualTo(Map.of("value", "0.5", "text", "50.00%"));
        assertThat(Json.parse(ReportFormat.JSON.render(REPORT, Audience.EXECUTIVE)))
                .isEqualTo(Map.of("title", "Q1 review", "from", "2026-01-01", "to", "2026-02-28", "currency", "EUR",
                        "executive", executive));
        Map<String, Object> team = (Map<String, Object>) all.get("team");
        assertThat(((List<Object>) team.get("channels"))).hasSize(3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void json_undefinedRatiosAreNullWithTheReason_andStringsAreEscaped() {
        MarketingReport noCosts = MarketingReport.builder().journeys(MarketingReportTest.journeys())
                .model(org.roikit.attribution.AttributionModel.linear()).title("say \"hi\"\n\\ \u0001").build();
        String text = ReportFormat.JSON.render(noCosts, Audience.ALL);
        Map<String, Object> json = (Map<String, Object>) Json.parse(text);

        assertThat(json.get("title")).isEqualTo("say \"hi\"\n\\ \u0001");
        assertThat(text).contains("\"title\": \"say \\\"hi\\\"\\n\\\\ \\u0001\"");
        Map<String, Object> scorecard = (Map<String, Object>) ((Map<String, Object>) json.get("executive")).get("scorecard");
        java.util.Map<String, Object> undefined = new java.util.LinkedHashMap<>();
        undefined.put("value", null);
        undefined.put("reason", "no costs");
        assertThat(scorecard.get("roi")).isEqualTo(undefined);
        Map<String, Object> email = (Map<String, Object>) ((List<Object>) ((Map<String, Object>) json.get("team"))
                .get("channels")).get(0);
        assertThat(email).containsEntry("cost", null);
        assertThat(((Map<String, Object>) email.get("roi")).get("reason")).isEqualTo("no costs");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutCosts_investmentAndProfitAreNotReportedInAnyFormat() {
        MarketingReport noCosts = MarketingReport.builder().journeys(MarketingReportTest.journeys())
                .model(org.roikit.attribution.AttributionModel.linear()).build();

        String text = ReportFormat.TEXT.render(noCosts, Audience.EXECUTIVE);
        assertThat(text).containsPattern("\n +investment +-\n").containsPattern("\n +profit +-\n")
                .containsPattern("\n +revenue +180\\.00\n");
        String md = ReportFormat.MARKDOWN.render(noCosts, Audience.EXECUTIVE);
        assertThat(md).contains("| investment | - |\n").contains("| profit | - |\n");
        String csv = ReportFormat.CSV.render(noCosts, Audience.EXECUTIVE);
        assertThat(csv).contains("scorecard,,,investment,,EUR,no costs\n", "scorecard,,,profit,,EUR,no costs\n");
        Map<String, Object> json = (Map<String, Object>) Json.parse(ReportFormat.JSON.render(noCosts, Audience.EXECUTIVE));
        Map<String, Object> scorecard = (Map<String, Object>) ((Map<String, Object>) json.get("executive"))
                .get("scorecard");
        Map<String, Object> none = new java.util.LinkedHashMap<>();
        none.put("amount", null);
        none.put("reason", "no costs");
        assertThat(scorecard.get("investment")).isEqualTo(none);
        assertThat(scorecard.get("profit")).isEqualTo(none);
    }

}
