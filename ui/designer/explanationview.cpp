#include "explanationview.h"

#include "charts/tierpalette.h"
#include "common/format.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>


#include <cmath>

namespace tierlab::ui {

namespace {

} // namespace

ExplanationView::ExplanationView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("explanationView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("explanationHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_override = new QLabel(this);
    m_override->setObjectName(QStringLiteral("explanationOverride"));
    m_override->setWordWrap(true);
    m_override->setTextFormat(Qt::PlainText);
    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("waterfallChart"));
    m_plot->setMinimumHeight(140);
    m_plot->setToolTip(tr("How the score is built: each category adds its weighted points, penalties take points "
                          "off, an override may cap the result"));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->yAxis->setRangeReversed(true);
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->xAxis->setRange(0, 100);
    m_plot->xAxis->setLabel(tr("Score points"));
    m_signals = new QTreeWidget(this);
    m_signals->setObjectName(QStringLiteral("explanationSignals"));
    m_signals->setHeaderLabels({tr("Signal"), tr("Value"), tr("Score"), tr("Weight")});
    m_signals->setRootIsDecorated(true);
    m_signals->setUniformRowHeights(true);
    m_signals->header()->setStretchLastSection(false);
    m_signals->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_signals->setToolTip(tr("Each signal's value for this account and the 0–100 score its rule gives it; "
                             "a dash means missing (skipped)"));
    layout->addWidget(m_headline);
    layout->addWidget(m_override);
    layout->addWidget(m_plot, 3);
    layout->addWidget(m_signals, 4);
    clear();
}

void ExplanationView::clear()
{
    m_headline->setText(tr("Select an account to see why it scores what it does."));
    m_override->clear();
    m_override->hide();
    m_plot->clearPlottables();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_signals->clear();
}

void ExplanationView::showExplanation(const Explanation &e, const Model &model, const QString &accountName)
{
    const QString who = accountName.isEmpty() ? e.accountId : QStringLiteral("%1 (%2)").arg(accountName, e.accountId);
    if (!e.scored) {
        m_headline->setText(tr("<b>%1</b>: not scored — too few of its signals have a value (coverage %2%).")
                                .arg(who.toHtmlEscaped())
                                .arg(std::round(e.coverage * 100)));
    } else {
        m_headline->setText(tr("<b>%1</b>: score <b>%2</b>, tier <b>%3</b> · base %4, after penalties %5 · coverage %6%")
                                .arg(who.toHtmlEscaped(), format::score(e.score), TierPalette::label(model.tiers, e.tier).toHtmlEscaped(),
                                     format::score(e.baseScore), format::score(e.afterPenalties))
                                .arg(std::round(e.coverage * 100)));
    }
    QStringList capped;
    for (const OverrideHit &o : e.overrides) {
        // A tier cap names its tier; a numeric cap its score (an override may have both).
        QStringList caps;
        if (!std::isnan(o.cap))
            caps << format::score(o.cap);
        if (!o.capTier.isEmpty())
            caps << TierPalette::label(model.tiers, model.tierIndex(o.capTier));
        capped << (o.lowered ? tr("Capped at %1 by %2: %3") : tr("Override %2 (cap %1) matched but did not lower the score: %3"))
                      .arg(caps.join(tr(" and ")), o.id, o.reason);
    }
    m_override->setText(capped.join(u'\n'));
    m_override->setVisible(!capped.isEmpty());

    // Waterfall: invisible offset bars carry each step to where the previous one ended.
    m_plot->clearPlottables();
    auto ticker = qSharedPointerCast<QCPAxisTickerText>(m_plot->yAxis->ticker());
    ticker->clear();
    auto *offset = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    offset->setPen(Qt::NoPen);
    offset->setBrush(Qt::NoBrush);
    auto *steps = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    steps->moveAbove(offset);
    steps->setPen(QPen(QColor(0x00, 0x72, 0xB2).darker(120)));
    steps->setBrush(QColor(0x00, 0x72, 0xB2, 170));
    auto *minus = new QCPBars(m_plot->yAxis, m_plot->xAxis);
    minus->moveAbove(offset);
    minus->setPen(QPen(QColor(0xD5, 0x5E, 0x00).darker(120)));
    minus->setBrush(QColor(0xD5, 0x5E, 0x00, 170));
    double running = 0;
    int key = 0;
    for (const CategoryExplanation &c : e.categories) {
        ticker->addTick(key, QStringLiteral("%1 (%2)").arg(c.label.isEmpty() ? c.id : c.label, format::score(c.score)));
        offset->addData(key, running);
        steps->addData(key, c.contribution);
        running += c.contribution;
        ++key;
    }
    for (const PenaltyHit &p : e.penalties) {
        const double taken = std::min(p.points, running);
        ticker->addTick(key, tr("penalty: %1").arg(p.label.isEmpty() ? p.id : p.label));
        offset->addData(key, running - taken);
        minus->addData(key, taken);
        running -= taken;
        ++key;
    }
    for (const OverrideHit &o : e.overrides) {
        if (!o.lowered || !(o.cap < running))   // a tier cap does not move the score
            continue;
        ticker->addTick(key, tr("cap: %1").arg(o.id));
        offset->addData(key, o.cap);
        minus->addData(key, running - o.cap);
        running = o.cap;
        ++key;
    }
    if (e.scored) {
        auto *total = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        total->setPen(QPen(TierPalette::color(model.tiers, e.tier).darker(130)));
        total->setBrush(TierPalette::color(model.tiers, e.tier));
        ticker->addTick(key, tr("score"));
        total->addData(key, e.score);
        ++key;
    }
    m_plot->yAxis->setRange(-0.6, std::max(1, key) - 0.4);
    m_plot->replot(QCustomPlot::rpQueuedReplot);

    m_signals->clear();
    const QLocale locale;
    for (const CategoryExplanation &c : e.categories) {
        auto *top = new QTreeWidgetItem(m_signals, {c.label.isEmpty() ? c.id : c.label, QString(), format::score(c.score),
                                                     format::percent(c.weightShare, 0)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const SignalExplanation &s : e.signals) {
            if (s.category != c.id)
                continue;
            const QString value = !s.present ? format::noValue() : (!s.text.isEmpty() ? s.text : locale.toString(s.value, 'g', 6));
            auto *item = new QTreeWidgetItem(top, {s.label.isEmpty() ? s.id : s.label, value, format::score(s.score),
                                                   locale.toString(s.weight, 'g', 4)});
            if (!s.counted)
                item->setForeground(2, palette().brush(QPalette::PlaceholderText));
        }
        top->setExpanded(true);
    }
    for (int col = 1; col < 4; ++col)
        m_signals->resizeColumnToContents(col);
}

QString ExplanationView::headline() const
{
    return m_headline->text();
}

QString ExplanationView::overrideText() const
{
    return m_override->text();
}

int ExplanationView::signalRows() const
{
    int n = 0;
    for (int i = 0; i < m_signals->topLevelItemCount(); ++i)
        n += m_signals->topLevelItem(i)->childCount();
    return n;
}

} // namespace tierlab::ui
