#include "signalpreviewpanel.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

QString shortNumber(double v)
{
    return QString::number(v, 'g', 6);
}

} // namespace

SignalPreviewPanel::SignalPreviewPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signalPreview"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("previewTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    layout->addWidget(m_title);

    m_plot = new QCustomPlot(this);
    m_plot->setObjectName(QStringLiteral("previewHistogram"));
    m_plot->setMinimumSize(220, 160);
    m_plot->setToolTip(tr("How many accounts have each value on the grid's latest date"));
    m_plot->yAxis->setLabel(tr("Accounts"));
    m_plot->xAxis->setLabel(tr("Value"));
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setPen(QPen(QColor(0x00, 0x72, 0xb2).darker(120), 0.5));
    m_bars->setBrush(QColor(0x00, 0x72, 0xb2));
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    layout->addWidget(m_plot, 1);

    const auto addLabel = [&](const QString &name, const QString &tip) {
        auto *l = new QLabel(this);
        l->setObjectName(name);
        l->setToolTip(tip);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(l);
        return l;
    };
    m_coverage = addLabel(QStringLiteral("previewCoverage"),
                          tr("Accounts with a snapshot on the grid's latest date, and how many of them have a value"));
    m_range = addLabel(QStringLiteral("previewRange"), tr("The smallest, middle and largest value on that date"));
    m_auc = addLabel(QStringLiteral("previewAuc"),
                     tr("How well the signal alone ranks the churned outcomes: each outcome is matched with the "
                        "account's value at least 90 days before it (as the back-test does); 0.5 is chance"));
    QFont big = m_auc->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_auc->setFont(big);
    m_message = addLabel(QStringLiteral("previewMessage"), QString());
    m_message->setForegroundRole(QPalette::PlaceholderText);
    layout->addStretch();   // takes the room of a hidden histogram
    showMessage(tr("Preview"), tr("Select a recipe to see its values."));
}

int SignalPreviewPanel::barCount() const
{
    return m_bars->dataCount();
}

SignalPreviewPanel::Bins SignalPreviewPanel::binsOf(const std::vector<double> &values)
{
    Bins b;
    if (values.empty())
        return b;
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    const double min = *lo;
    const double max = *hi;
    const bool whole = std::all_of(values.begin(), values.end(), [](double v) { return v == std::floor(v); });
    int bins = 0;
    if (whole && max - min <= 40) {
        b.start = min - 0.5;
        b.width = 1;
        bins = int(max - min) + 1;
    } else if (max == min) {
        b.start = min - 0.5;
        b.width = 1;
        bins = 1;
    } else {
        bins = std::clamp(int(std::ceil(std::sqrt(double(values.size())))), 5, 30);
        b.start = min;
        b.width = (max - min) / bins;
    }
    b.counts.assign(std::size_t(bins), 0.0);
    for (double v : values) {
        const int i = std::clamp(int(std::floor((v - b.start) / b.width)), 0, bins - 1);
        b.counts[std::size_t(i)] += 1;
    }
    return b;
}

QString SignalPreviewPanel::formatCoverage(const SignalPreviewResult &r)
{
    return tr("Coverage %1 %: %2 of %3 accounts have a value on %4")
        .arg(100.0 * r.coverage, 0, 'f', 1)
        .arg(std::llround(r.coverage * double(r.accountsAtLatest)))
        .arg(r.accountsAtLatest)
        .arg(r.latest.toString(Qt::ISODate));
}

QString SignalPreviewPanel::formatRange(const SignalPreviewResult &r)
{
    if (r.values.empty())
        return {};
    std::vector<double> sorted = r.values;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size();
    const double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    return tr("min %1 · median %2 · max %3").arg(shortNumber(sorted.front()), shortNumber(median), shortNumber(sorted.back()));
}

QString SignalPreviewPanel::formatAuc(const SignalPreviewResult &r)
{
    if (std::isnan(r.aucOriented))
        return tr("AUC n/a: %1").arg(r.aucReason);
    return tr("AUC %1 (%2), %3 outcomes, %4 churned")
        .arg(r.aucOriented, 0, 'f', 2)
        .arg(r.higherIsRiskier ? tr("higher = riskier") : tr("lower = riskier"))
        .arg(r.outcomes)
        .arg(r.positives);
}

void SignalPreviewPanel::showBusy(const QString &id)
{
    m_message->setText(tr("Computing %1…").arg(id));
    m_message->show();
}

void SignalPreviewPanel::showMessage(const QString &title, const QString &message)
{
    m_title->setText(title);
    m_coverage->clear();
    m_range->clear();
    m_auc->clear();
    m_coverage->hide();
    m_range->hide();
    m_auc->hide();
    m_message->setText(message);
    m_message->show();
    m_bars->data()->clear();
    m_plot->hide();
    m_plot->replot();
}

void SignalPreviewPanel::showResult(const SignalPreviewResult &r)
{
    m_title->setText(tr("%1 on %2").arg(r.id, r.latest.toString(Qt::ISODate)));
    m_coverage->setText(formatCoverage(r));
    m_range->setText(formatRange(r));
    m_auc->setText(formatAuc(r));
    m_auc->setToolTip(tr("Outcomes matched with a value at least %1 days before them: %2 (%3 churned); %4 left out "
                         "(no snapshot that early, or no value). %5")
                          .arg(r.horizonDays)
                          .arg(r.outcomes)
                          .arg(r.positives)
                          .arg(r.excluded)
                          .arg(std::isnan(r.auc) ? QString() : tr("AUC reading higher values as riskier: %1").arg(r.auc, 0, 'f', 3)));
    m_plot->show();
    m_coverage->show();
    m_range->setVisible(!r.values.empty());
    m_auc->show();
    m_message->setVisible(r.values.empty());
    // A text signal has coverage but no values to draw (SignalPreview leaves them out).
    const bool text = r.values.empty() && r.coverage > 0;
    m_message->setText(!r.values.empty() ? QString()
                       : text            ? tr("A text signal: no histogram.")
                                         : tr("No account has a value on that date."));

    const Bins b = binsOf(r.values);
    QVector<double> keys;
    QVector<double> counts;
    double top = 0;
    for (std::size_t i = 0; i < b.counts.size(); ++i) {
        keys << b.start + (double(i) + 0.5) * b.width;
        counts << b.counts[i];
        top = std::max(top, b.counts[i]);
    }
    m_bars->setWidth(b.width * 0.9);
    m_bars->setData(keys, counts, true);
    m_plot->xAxis->setLabel(r.id);
    // Whole numbers (counts, days) get whole ticks.
    if (b.width == 1 && b.counts.size() > 1) {
        auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
        ticker->setTickStep(1);
        ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        m_plot->xAxis->setTicker(ticker);
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
    }
    if (!keys.isEmpty())
        m_plot->xAxis->setRange(b.start, b.start + b.width * double(b.counts.size()));
    m_plot->yAxis->setRange(0, std::max(1.0, top * 1.12));
    m_plot->replot();
}

} // namespace tierlab::ui
