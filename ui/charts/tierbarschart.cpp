#include "tierbarschart.h"

#include "charts/tierpalette.h"
#include "common/format.h"

#include <QFontMetrics>
#include <QLocale>

#include <algorithm>

namespace tierlab::ui {

namespace {
constexpr double kBarWidth = 0.38;
constexpr double kOffset = 0.2;
} // namespace

TierBarsChart::TierBarsChart(QWidget *parent) : QCustomPlot(parent), m_comparisonLabel(tr("baseline"))
{
    setObjectName(QStringLiteral("tierBarsChart"));
    setMinimumSize(260, 180);
    setToolTip(tr("Accounts and ARR in each tier with the current model (filled) and the saved baseline "
                  "model (dashed outline), plus the accounts that could not be scored"));
    plotLayout()->clear();
    m_title = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->addElement(0, 0, m_title);
    // Two panels side by side under one title: accounts (left) and ARR (right).
    auto *panels = new QCPLayoutGrid;
    plotLayout()->addElement(1, 0, panels);
    plotLayout()->setRowStretchFactor(0, 0.001);
    m_accounts.rect = new QCPAxisRect(this);
    m_arr.rect = new QCPAxisRect(this);
    panels->addElement(0, 0, m_accounts.rect);
    panels->addElement(0, 1, m_arr.rect);
    m_accounts.rect->axis(QCPAxis::atLeft)->setLabel(tr("Accounts"));
    m_arr.rect->axis(QCPAxis::atLeft)->setLabel(tr("ARR"));
    buildPanel(m_accounts, tr("Accounts"));
    buildPanel(m_arr, tr("ARR"));
    // Ranges set after the layout step do not move the layout: the panels' widths are final here.
    connect(this, &QCustomPlot::afterLayout, this, &TierBarsChart::fitKeyRanges);
}

// The value labels sit centred over their slot: on a narrow panel the outer ones ran over the value axis
// ("11.7M" across its line) and neighbours ran together ("11.7M52.7M"). The key range leaves each outer
// label room, and labels wider than a slot get a smaller font (down to 60 %), measured at the panel's
// width as laid out.
void TierBarsChart::fitKeyRanges()
{
    const QFont base = m_labelFont ? *m_labelFont : font();
    for (Panel *panel : {&m_accounts, &m_arr}) {
        const int slots = int(panel->labels.size());
        const double width = panel->rect->width();
        if (slots == 0 || width <= 0)
            continue;
        const auto textWidth = [](const QCPItemText *label) {
            return QFontMetrics(label->font()).boundingRect(QRect(), Qt::AlignCenter, label->text()).width()
                   + label->padding().left() + label->padding().right();
        };
        double lower = kDefaultLowerMargin, upper = kDefaultUpperMargin;
        for (int pass = 0; pass < 2; ++pass) {
            const double left = textWidth(panel->labels.front()) / 2.0 + 3;
            const double right = textWidth(panel->labels.back()) / 2.0 + 3;
            // Slot centres 0 … slots-1; with margins a and b (in slots) the range is slots-1+a+b wide and
            // a label of half-width h fits when a ≥ h·range/width: range = (slots-1) / (1 - (hl+hr)/width).
            const double spare = 1.0 - (left + right) / width;
            lower = kDefaultLowerMargin;
            upper = kDefaultUpperMargin;
            if (spare > 0.2 && slots > 1) {
                const double range = double(slots - 1) / spare;
                lower = std::max(lower, left * range / width);
                upper = std::max(upper, right * range / width);
            }
            if (pass == 1)
                break;
            const double slot = width / (slots - 1 + lower + upper);
            double widest = 0;
            for (QCPItemText *label : panel->labels) {
                label->setFont(base);
                widest = std::max(widest, double(textWidth(label)));
            }
            if (widest + 4 <= slot)
                break;
            QFont smaller = base;
            smaller.setPointSizeF(base.pointSizeF() * std::max(0.6, (slot - 4) / widest));
            for (QCPItemText *label : panel->labels)
                label->setFont(smaller);
        }
        panel->rect->axis(QCPAxis::atBottom)->setRange(-lower, slots - 1 + upper);
    }
}

void TierBarsChart::buildPanel(Panel &panel, const QString &title)
{
    Q_UNUSED(title)
    QCPAxis *key = panel.rect->axis(QCPAxis::atBottom);
    QCPAxis *value = panel.rect->axis(QCPAxis::atLeft);
    key->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    key->grid()->setVisible(false);
    key->setTickLabelRotation(-30);
    value->setRangeLower(0);
    // Whole steps only: a panel of small counts, or of no ARR at all (0 to 1.3), would otherwise tick
    // at 0.2 and print "0 0 0 1 1 1" at precision 0.
    auto whole = QSharedPointer<QCPAxisTickerFixed>::create();
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    value->setTicker(whole);
    value->setNumberFormat(QStringLiteral("f"));
    value->setNumberPrecision(0);
    panel.rect->axis(QCPAxis::atTop)->setVisible(false);
    panel.rect->axis(QCPAxis::atRight)->setVisible(false);
}

void TierBarsChart::setTiers(const std::vector<Tier> &tiers)
{
    m_tiers = tiers;
    for (Panel *panel : {&m_accounts, &m_arr}) {
        for (QCPBars *bars : panel->bars)
            removePlottable(bars);
        if (panel->ghost)
            removePlottable(panel->ghost);
        for (QCPItemText *label : panel->labels)
            removeItem(label);
        panel->bars.clear();
        panel->labels.clear();
        QCPAxis *key = panel->rect->axis(QCPAxis::atBottom);
        QCPAxis *value = panel->rect->axis(QCPAxis::atLeft);
        auto ticker = qSharedPointerCast<QCPAxisTickerText>(key->ticker());
        ticker->clear();
        const int slots = int(tiers.size()) + 1;
        for (int t = 0; t < slots; ++t) {
            const int tier = t < int(tiers.size()) ? t : -1;
            ticker->addTick(t, TierPalette::label(tiers, tier));
            auto *bars = new QCPBars(key, value);
            bars->setWidth(kBarWidth);
            bars->setBrush(TierPalette::color(tiers, tier));
            bars->setPen(QPen(TierPalette::color(tiers, tier).darker(130), 1));
            panel->bars.push_back(bars);
            auto *label = new QCPItemText(this);
            label->setClipAxisRect(panel->rect);
            label->position->setAxes(key, value);
            label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
            label->setPadding(QMargins(1, 1, 1, 2));
            if (m_labelFont)
                label->setFont(*m_labelFont);
            panel->labels.push_back(label);
        }
        panel->ghost = new QCPBars(key, value);
        panel->ghost->setName(m_comparisonLabel);
        panel->ghost->setWidth(kBarWidth);
        panel->ghost->setBrush(Qt::NoBrush);
        panel->ghost->setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5, Qt::DashLine));
        key->setRange(-kDefaultLowerMargin, slots - 1 + kDefaultUpperMargin);
    }
    replot(rpQueuedReplot);
}

void TierBarsChart::fillPanel(Panel &panel, const std::vector<double> &now, const std::vector<double> *before, bool money)
{
    if (!panel.ghost)
        return;   // no tiers yet
    double top = 1;
    const QLocale locale;
    // Money axes in k or M so the tick labels stay short.
    double largest = 0;
    for (double v : now)
        largest = std::max(largest, v);
    const double unit = !money ? 1 : (largest >= 1e6 ? 1e6 : (largest >= 1e3 ? 1e3 : 1));
    // No ARR anywhere (data without it, such as IBM Telco): a row of "0" labels over an empty axis would
    // read as accounts worth nothing; the axis says there is none instead.
    bool noArr = money && largest == 0;
    if (noArr && before)
        noArr = std::all_of(before->begin(), before->end(), [](double v) { return v == 0; });
    QCPAxis *valueAxis = panel.rect->axis(QCPAxis::atLeft);
    valueAxis->setTickLabels(!noArr);
    valueAxis->setTicks(!noArr);
    valueAxis->grid()->setVisible(!noArr);
    if (money)
        valueAxis->setLabel(noArr ? tr("No ARR in this data")
                                  : (unit == 1e6 ? tr("ARR (millions)") : (unit == 1e3 ? tr("ARR (thousands)") : tr("ARR"))));
    for (std::size_t t = 0; t < panel.bars.size() && t < now.size(); ++t) {
        const double key = before ? double(t) - kOffset : double(t);
        panel.bars[t]->setData(QVector<double>{key}, QVector<double>{now[t] / unit}, true);
        top = std::max(top, now[t] / unit);
        QString text = money ? format::compactMoney(now[t]) : locale.toString(qlonglong(now[t]));
        if (before && t < before->size()) {
            const double delta = now[t] - (*before)[t];
            if (delta != 0)
                text += QStringLiteral("\n") + (delta > 0 ? QStringLiteral("+") : QString())
                        + (money ? format::compactMoney(delta) : locale.toString(qlonglong(delta)));
        }
        panel.labels[t]->setText(noArr ? QString() : text);
        panel.bars[t]->setVisible(!noArr);   // not even the pen's stub of a zero-height bar
        // Above the taller of the bar and its ghost: the label sits between the two.
        const double under = before && t < before->size() ? std::max(now[t], (*before)[t]) : now[t];
        panel.labels[t]->position->setCoords(double(t), under / unit);
    }
    QVector<double> keys, values;
    if (before) {
        for (std::size_t t = 0; t < before->size(); ++t) {
            keys << double(t) + kOffset;
            values << (*before)[t] / unit;
            top = std::max(top, (*before)[t] / unit);
        }
    }
    panel.ghost->setData(keys, values, true);
    panel.ghost->setVisible(!noArr);
    // Headroom for the two-line value labels above the bars.
    panel.rect->axis(QCPAxis::atLeft)->setRange(0, top * (before ? 1.55 : 1.3));
}

void TierBarsChart::setSummaries(const ScoreSummary &current, const ScoreSummary *baseline)
{
    const std::size_t tiers = m_tiers.size();
    std::vector<double> counts(tiers + 1, 0.0), arr(tiers + 1, 0.0);
    for (std::size_t t = 0; t < tiers && t < current.tierCounts.size(); ++t) {
        counts[t] = double(current.tierCounts[t]);
        arr[t] = current.tierArr[t];
    }
    counts[tiers] = double(current.unscored);
    arr[tiers] = current.unscoredArr;
    std::vector<double> baseCounts, baseArr;
    if (baseline) {
        baseCounts.assign(tiers + 1, 0.0);
        baseArr.assign(tiers + 1, 0.0);
        for (std::size_t t = 0; t < tiers && t < baseline->tierCounts.size(); ++t) {
            baseCounts[t] = double(baseline->tierCounts[t]);
            baseArr[t] = baseline->tierArr[t];
        }
        baseCounts[tiers] = double(baseline->unscored);
        baseArr[tiers] = baseline->unscoredArr;
    }
    m_hasComparison = baseline != nullptr;
    fillPanel(m_accounts, counts, baseline ? &baseCounts : nullptr, false);
    fillPanel(m_arr, arr, baseline ? &baseArr : nullptr, true);
    m_unscoredText = tr("%n account(s) unscored", nullptr, int(current.unscored));
    m_title->setText(titleText());
    replot(rpQueuedReplot);
}

void TierBarsChart::setComparisonLabel(const QString &label)
{
    m_comparisonLabel = label;
    for (Panel *panel : {&m_accounts, &m_arr}) {
        if (panel->ghost)
            panel->ghost->setName(label);
    }
    // Only once there is something to title: an empty chart stays untitled.
    if (!m_title->text().isEmpty()) {
        m_title->setText(titleText());
        replot(rpQueuedReplot);
    }
}

void TierBarsChart::setSubject(const QString &subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    if (!m_title->text().isEmpty()) {
        m_title->setText(titleText());
        replot(rpQueuedReplot);
    }
}

void TierBarsChart::setTextFont(const QFont &font)
{
    QFont title = font;
    title.setBold(true);
    m_title->setFont(title);
    QFont label = font;
    label.setPointSizeF(font.pointSizeF() * 0.85);
    m_labelFont = label;
    for (Panel *panel : {&m_accounts, &m_arr}) {
        for (QCPItemText *item : panel->labels)
            item->setFont(label);
    }
    replot(rpQueuedReplot);
}

QString TierBarsChart::titleText() const
{
    // No dashed outlines drawn (the first week of a review): the title promises none.
    if (!m_hasComparison)
        return m_subject.isEmpty() ? tr("Per tier") : tr("Per tier · %1").arg(m_subject);
    if (!m_subject.isEmpty())
        //: %1 is a segment ("Enterprise"), %2 what the dashed outlines show, e.g. "baseline"
        return tr("Per tier · %1 (dashed: %2)").arg(m_subject, m_comparisonLabel);
    //: %1 is what the dashed outlines show, e.g. "baseline" or "last week"
    return tr("Per tier (dashed: %1)").arg(m_comparisonLabel);
}

} // namespace tierlab::ui
