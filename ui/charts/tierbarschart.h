#pragma once

#include "charts/plotheader.h"

#include "engine/scoringengine.h"

#include <optional>
#include <vector>

namespace tierlab::ui {

// Accounts and ARR per tier as bars, the baseline drawn as a dashed ghost outline beside each bar,
// plus the unscored accounts as a grey bar. Reusable by any page that compares two scorings.
class TierBarsChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit TierBarsChart(QWidget *parent = nullptr);

    void setTiers(const std::vector<Tier> &tiers);
    // `baseline` may be null (no ghost).
    void setSummaries(const ScoreSummary &current, const ScoreSummary *baseline);
    QString unscoredText() const { return m_unscoredText; }
    // What the dashed outlines are, in the title and the ghost's name: "baseline" by default (the
    // designer); the review page and the weekly report say "last week". Already translated.
    void setComparisonLabel(const QString &label);
    QString comparisonLabel() const { return m_comparisonLabel; }
    // Whose accounts the bars count, in the title ("Enterprise"); empty: every account. Translated.
    void setSubject(const QString &subject);
    QString titleText() const;
    // The title (bold) and the value labels above the bars (a little smaller) in `font`: large
    // type in the review's presentation mode. Axes take their fonts from the caller.
    void setTextFont(const QFont &font);

private:
    struct Panel
    {
        QCPAxisRect *rect = nullptr;
        std::vector<QCPBars *> bars;   // per tier + unscored
        QCPBars *ghost = nullptr;
        std::vector<QCPItemText *> labels;
    };
    void buildPanel(Panel &panel, const QString &title);
    void fitKeyRanges();
    // Room left and right of the outer slots, in slots, when the value labels need no more.
    static constexpr double kDefaultLowerMargin = 0.6;
    static constexpr double kDefaultUpperMargin = 0.6;
    void fillPanel(Panel &panel, const std::vector<double> &now, const std::vector<double> *before, bool money);

    std::vector<Tier> m_tiers;
    Panel m_accounts;
    Panel m_arr;
    QCPTextElement *m_title = nullptr;
    QString m_unscoredText;
    QString m_comparisonLabel;
    bool m_hasComparison = false;   // the last summaries came with a baseline (dashed outlines)
    QString m_subject;
    std::optional<QFont> m_labelFont;
};

} // namespace tierlab::ui
