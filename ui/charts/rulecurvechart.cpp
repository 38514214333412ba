#include "rulecurvechart.h"

#include "analysis/signaldiagnostics.h"
#include "common/format.h"
#include "engine/rulescore.h"
#include "signals/signalpreviewpanel.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace tierlab::ui {

namespace {

// Okabe–Ito: blue for the accounts that stayed, vermillion for those that churned; the curve black.
const QColor kRetained(0x00, 0x72, 0xb2);
const QColor kChurned(0xd5, 0x5e, 0x00);
constexpr int kCurveSamples = 400;
constexpr std::size_t kMaxCategories = 40;   // the commonest values; the rest would be unreadable

// The points a rule's score can jump at: a band edge, the ends of a linear ramp, a flag's 0.
std::vector<double> breakpoints(const SignalRule &rule)
{
    switch (rule.kind) {
    case RuleKind::Linear:
        return {rule.worst, rule.best};
    case RuleKind::Bands:
        return rule.edges;
    case RuleKind::Flag:
        return {0.0};
    case RuleKind::Map:
    case RuleKind::Percentile:
        break;
    }
    return {};
}

} // namespace

RuleCurveChart::RuleCurveChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("ruleCurveChart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("ruleCurvePlot"));
    m_plot->setMinimumSize(360, 220);
    m_plot->setToolTip(tr("Bars: how many accounts have each value in this week's snapshot, split into those "
                          "that churned later and the others. Line or dots: the score the rule gives each value "
                          "(right axis)."));
    m_plot->yAxis->setLabel(tr("Accounts"));
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setLabel(tr("Score"));
    m_plot->yAxis2->setRange(0, 105);
    m_retained = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_retained->setPen(QPen(kRetained.darker(120), 0.5));
    m_retained->setBrush(kRetained.lighter(140));
    m_retained->setWidthType(QCPBars::wtPlotCoords);
    m_churned = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_churned->setPen(QPen(kChurned.darker(120), 0.5));
    m_churned->setBrush(kChurned);
    m_churned->setWidthType(QCPBars::wtPlotCoords);
    m_churned->moveAbove(m_retained);
    m_curve = new QCPGraph(m_plot->xAxis, m_plot->yAxis2);
    m_curve->setName(tr("Score by the rule"));
    m_curve->setPen(QPen(QColor(0x20, 0x20, 0x20), 2));
    m_markers = new QCPGraph(m_plot->xAxis, m_plot->yAxis2);
    m_markers->setName(tr("Score by the rule"));
    m_markers->setLineStyle(QCPGraph::lsNone);
    m_markers->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(Qt::black, 1.5), QColor(0x20, 0x20, 0x20), 11));
    m_plot->legend->setVisible(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_plot->legend->setFont(small);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    // Top left: the legend stays clear of the score axis on the right.
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_plot, 1);

    m_auc = new QLabel(this);
    m_auc->setObjectName(QStringLiteral("ruleCurveAuc"));
    m_auc->setTextFormat(Qt::PlainText);
    m_auc->setWordWrap(true);   // a reason why there is no AUC can be longer than the chart is wide
    m_auc->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_auc->setToolTip(tr("How well this signal alone orders the accounts that churned later above the others, "
                         "in this week's snapshot: 0.5 is chance, 1 a perfect ordering. The direction says which "
                         "end of the values is the risky one."));
    layout->addWidget(m_auc);
    setDiagnostics(nullptr);
}

void RuleCurveChart::setValues(const Column &column, std::span<const std::uint8_t> churned)
{
    m_column = column;
    m_churnedRows.assign(churned.begin(), churned.end());
    m_plot->xAxis->setLabel(column.info.label.isEmpty() ? column.info.id : column.info.label);
    rebuildBars();
    rebuildCurve();
}

void RuleCurveChart::setDiagnostics(const SignalDiagnostics *d, const QString &why)
{
    if (!d) {
        m_auc->setText(why.isEmpty() ? tr("AUC: no outcomes yet.") : why);
        return;
    }
    const QString accounts = tr("%1 of %2 accounts have a value, %3 of them churned later.")
                                 .arg(QLocale().toString(qlonglong(d->present)), QLocale().toString(qlonglong(d->n)),
                                      QLocale().toString(qlonglong(d->positives)));
    // Two lines, not a wrapped one: a wrapped label in a layout under a plot is given one line's height.
    if (std::isnan(d->auc)) {
        m_auc->setText(tr("No AUC: %1").arg(d->aucReason) + u'\n' + accounts);
        return;
    }
    const QString direction = d->direction == RiskDirection::HigherIsRiskier  ? tr("higher values are riskier")
                              : d->direction == RiskDirection::LowerIsRiskier ? tr("lower values are riskier")
                                                                              : tr("no direction");
    m_auc->setText(tr("AUC %1 (%2)").arg(format::number(d->auc, 3), direction) + u'\n' + accounts);
}

void RuleCurveChart::setRule(const std::optional<SignalRule> &rule, MissingPolicy missing)
{
    m_rule = rule;
    m_missing = missing;
    rebuildCurve();
}

void RuleCurveChart::rebuildBars()
{
    const bool split = m_churnedRows.size() == (m_column.info.type == SignalType::Category ? m_column.codes.size()
                                                                                           : m_column.numbers.size());
    const auto churnedRow = [&](std::size_t r) { return split && m_churnedRows[r] != 0; };
    QVector<double> keys, retained, churned;
    m_categories.clear();
    if (m_column.info.type == SignalType::Category) {
        // Bars per value, the commonest first (ties by text), at keys 1…k under a text ticker.
        std::vector<std::pair<std::int64_t, std::int64_t>> counts(m_column.dictionary.size());   // (retained, churned)
        for (std::size_t r = 0; r < m_column.codes.size(); ++r) {
            const std::int32_t code = m_column.codes[r];
            if (code < 0 || std::size_t(code) >= counts.size())
                continue;
            (churnedRow(r) ? counts[std::size_t(code)].second : counts[std::size_t(code)].first) += 1;
        }
        std::vector<std::size_t> order;
        for (std::size_t c = 0; c < counts.size(); ++c) {
            if (counts[c].first + counts[c].second > 0)
                order.push_back(c);
        }
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const std::int64_t na = counts[a].first + counts[a].second, nb = counts[b].first + counts[b].second;
            return na != nb ? na > nb : m_column.dictionary[a] < m_column.dictionary[b];
        });
        if (order.size() > kMaxCategories)
            order.resize(kMaxCategories);
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (std::size_t i = 0; i < order.size(); ++i) {
            const double key = double(i + 1);
            keys << key;
            retained << double(counts[order[i]].first);
            churned << double(counts[order[i]].second);
            m_categories.push_back(m_column.dictionary[order[i]]);
            ticker->addTick(key, m_column.dictionary[order[i]]);
        }
        m_plot->xAxis->setTicker(ticker);
        m_plot->xAxis->setTickLabelRotation(order.size() > 6 ? 30 : 0);
        m_retained->setWidth(0.7);
        m_churned->setWidth(0.7);
        m_dataLow = 0.4;
        m_dataHigh = double(order.size()) + 0.6;
    } else {
        std::vector<double> present;
        present.reserve(m_column.numbers.size());
        for (double v : m_column.numbers) {
            if (!std::isnan(v))
                present.push_back(v);
        }
        // The signals page's binning, so one signal's histogram looks the same on both pages.
        const SignalPreviewPanel::Bins bins = SignalPreviewPanel::binsOf(present);
        const int count = int(bins.counts.size());
        std::vector<double> ret(bins.counts.size(), 0.0), chu(bins.counts.size(), 0.0);
        for (std::size_t r = 0; r < m_column.numbers.size() && count > 0; ++r) {
            const double v = m_column.numbers[r];
            if (std::isnan(v))
                continue;
            const int i = std::clamp(int(std::floor((v - bins.start) / bins.width)), 0, count - 1);
            (churnedRow(r) ? chu : ret)[std::size_t(i)] += 1;
        }
        for (int i = 0; i < count; ++i) {
            keys << bins.start + (double(i) + 0.5) * bins.width;
            retained << ret[std::size_t(i)];
            churned << chu[std::size_t(i)];
        }
        if (bins.width == 1 && count > 1) {
            auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
            ticker->setTickStep(1);
            ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
            m_plot->xAxis->setTicker(ticker);
        } else {
            m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        }
        m_plot->xAxis->setTickLabelRotation(0);
        m_retained->setWidth(bins.width * 0.9);
        m_churned->setWidth(bins.width * 0.9);
        m_dataLow = count > 0 ? bins.start : 0;
        m_dataHigh = count > 0 ? bins.start + bins.width * count : 1;
    }
    const auto total = [](const QVector<double> &v) { return qlonglong(std::llround(std::accumulate(v.begin(), v.end(), 0.0))); };
    m_retained->setData(keys, retained, true);
    m_retained->setName(split ? tr("Others (%1)").arg(QLocale().toString(total(retained))) : tr("Accounts"));
    if (split) {
        m_churned->setData(keys, churned, true);
        m_churned->setName(tr("Churned later (%1)").arg(QLocale().toString(total(churned))));
        m_churned->addToLegend();
    } else {
        m_churned->data()->clear();
        m_churned->removeFromLegend();
    }
    double top = 0;
    for (qsizetype i = 0; i < keys.size(); ++i)
        top = std::max(top, retained[i] + churned[i]);
    // Headroom for the legend over the tallest bar.
    m_plot->yAxis->setRange(0, std::max(1.0, top * 1.35));
}

void RuleCurveChart::rebuildCurve()
{
    m_curve->data()->clear();
    m_markers->data()->clear();
    m_curve->removeFromLegend();
    m_markers->removeFromLegend();
    if (m_rule && m_column.info.type == SignalType::Category) {
        QVector<double> keys, scores;
        for (std::size_t i = 0; i < m_categories.size(); ++i) {
            const double s = rulescore::scoreText(*m_rule, m_missing, m_categories[i]);
            if (std::isnan(s))
                continue;
            keys << double(i + 1);
            scores << s;
        }
        m_markers->setData(keys, scores, true);
        if (!keys.isEmpty())
            m_markers->addToLegend();
    } else if (m_rule && m_rule->kind == RuleKind::Percentile) {
        // The rank of each value among this snapshot's values: the curve is the values' own ranks.
        const std::vector<double> scores = rulescore::scoreColumn(*m_rule, m_missing, m_column.numbers);
        std::map<double, double> byValue;
        for (std::size_t r = 0; r < scores.size(); ++r) {
            if (!std::isnan(m_column.numbers[r]))
                byValue.emplace(m_column.numbers[r], scores[r]);
        }
        QVector<double> keys, values;
        for (const auto &[v, s] : byValue) {
            keys << v;
            values << s;
        }
        m_curve->setData(keys, values, true);
        if (!keys.isEmpty())
            m_curve->addToLegend();
    } else if (m_rule && m_rule->kind != RuleKind::Map) {
        // Sampled across the data and the rule's own breakpoints; at each breakpoint the value just
        // below it too, so that a band's step is drawn upright instead of as a slope.
        std::vector<double> points = breakpoints(*m_rule);
        double lo = m_dataLow, hi = m_dataHigh;
        for (double p : points) {
            lo = std::min(lo, p);
            hi = std::max(hi, p);
        }
        if (hi <= lo)
            hi = lo + 1;
        const double margin = (hi - lo) * 0.02;
        lo -= margin;
        hi += margin;
        const std::size_t breaks = points.size();
        for (std::size_t i = 0; i < breaks; ++i)
            points.push_back(std::nextafter(points[i], -std::numeric_limits<double>::infinity()));
        for (int i = 0; i <= kCurveSamples; ++i)
            points.push_back(lo + (hi - lo) * double(i) / kCurveSamples);
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());
        QVector<double> keys, scores;
        for (double x : points) {
            const double s = rulescore::scoreNumber(*m_rule, m_missing, x);
            if (!std::isnan(s)) {
                keys << x;
                scores << s;
            }
        }
        m_curve->setData(keys, scores, true);
        if (!keys.isEmpty())
            m_curve->addToLegend();
    }
    fitRanges();
    m_plot->replot();
}

void RuleCurveChart::fitRanges()
{
    double lo = m_dataLow, hi = m_dataHigh;
    if (m_column.info.type != SignalType::Category && !m_curve->data()->isEmpty()) {
        lo = std::min(lo, m_curve->data()->constBegin()->key);
        hi = std::max(hi, (m_curve->data()->constEnd() - 1)->key);
    }
    m_plot->xAxis->setRange(lo, hi > lo ? hi : lo + 1);
}

int RuleCurveChart::barSeriesCount() const
{
    return int(!m_retained->data()->isEmpty()) + int(!m_churned->data()->isEmpty());
}

int RuleCurveChart::barCount() const
{
    return m_retained->dataCount();
}

int RuleCurveChart::curvePointCount() const
{
    return m_curve->dataCount();
}

int RuleCurveChart::markerCount() const
{
    return m_markers->dataCount();
}

double RuleCurveChart::scoreDrawnAt(double value) const
{
    for (const QCPGraph *g : {m_curve, m_markers}) {
        const auto it = g->data()->findBegin(value, false);
        if (it != g->data()->constEnd() && it->key == value)
            return it->value;
    }
    return std::numeric_limits<double>::quiet_NaN();
}

double RuleCurveChart::markerScore(const QString &category) const
{
    const auto it = std::find(m_categories.begin(), m_categories.end(), category);
    return it == m_categories.end() ? std::numeric_limits<double>::quiet_NaN()
                                    : scoreDrawnAt(double(it - m_categories.begin() + 1));
}

QString RuleCurveChart::aucText() const
{
    return m_auc->text();
}

} // namespace tierlab::ui
