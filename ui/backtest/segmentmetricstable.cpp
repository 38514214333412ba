#include "segmentmetricstable.h"

#include "common/format.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>

namespace tierlab::ui {

SegmentMetricsTable::SegmentMetricsTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("segmentMetricsTable"));
    setHorizontalHeaderLabels({tr("Segment"), tr("Values"), tr("Outcomes"), tr("Churned"), tr("AUC [95 % CI]"),
                               tr("Recall (worst tier)"), tr("Precision (worst tier)"), tr("Median lead time")});
    setToolTip(tr("The back-test of each segment variant on the outcomes it scored (the variant of the account's "
                  "snapshot), and of the accounts no variant lists; the first row is every outcome"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    setAlternatingRowColors(true);
}

QString SegmentMetricsTable::aucText(const BacktestMetrics &metrics)
{
    const Metrics::AucResult &auc = metrics.auc;
    if (!auc.isDefined())
        return format::noValue(auc.reason);
    const Metrics::BootstrapCi &ci = metrics.aucCi;
    if (std::isnan(ci.low) || std::isnan(ci.high))
        return format::number(auc.auc, 3);
    return tr("%1 [%2–%3]").arg(format::number(auc.auc, 3), format::number(ci.low, 3), format::number(ci.high, 3));
}

QString SegmentMetricsTable::recallText(const Metrics::Confusion &c)
{
    return tr("%1 (%2 of %3 churned)").arg(format::percent(c.recall)).arg(c.truePositives).arg(c.truePositives + c.falseNegatives);
}

QString SegmentMetricsTable::precisionText(const Metrics::Confusion &c)
{
    return tr("%1 (%2 of %3 flagged)").arg(format::percent(c.precision)).arg(c.truePositives).arg(c.truePositives + c.falsePositives);
}

QString SegmentMetricsTable::leadTimeText(const LeadTimeResult &lead)
{
    if (std::isnan(lead.medianDays))
        return format::noValue(lead.churned == 0 ? tr("no churn before its snapshot") : tr("none flagged before the churn"));
    return tr("%1 days (%2 of %3 churned flagged)").arg(lead.medianDays, 0, 'f', 0).arg(lead.flagged).arg(lead.churned);
}

void SegmentMetricsTable::setResult(const BacktestResult &result, const Model &model)
{
    setRowCount(0);
    if (result.segments.empty())
        return;
    setRowCount(int(result.segments.size()) + 1);
    fillRow(0, tr("All accounts"), QString(), result.n, result.positives, result.metrics, result.leadTime);
    int row = 1;
    for (const BacktestSegment &segment : result.segments) {
        QString values;
        if (segment.id.isEmpty()) {
            values = tr("in no variant");
        } else {
            for (const SegmentVariant &v : model.segments.variants) {
                if (v.id == segment.id)
                    values = tr("%1 = %2").arg(model.segments.by, QStringList(v.when.begin(), v.when.end()).join(QStringLiteral(", ")));
            }
        }
        const QString name = segment.id.isEmpty() ? tr("Base") : (segment.label.isEmpty() ? segment.id : segment.label);
        fillRow(row++, name, values, segment.n, segment.positives, segment.metrics, segment.leadTime);
    }
    resizeColumnsToContents();
}

void SegmentMetricsTable::fillRow(int row, const QString &name, const QString &values, std::int64_t n,
                                  std::int64_t positives, const BacktestMetrics &metrics, const LeadTimeResult &leadTime)
{
    const QLocale locale;
    const QString texts[ColumnCount] = {name,
                                        values,
                                        locale.toString(qlonglong(n)),
                                        locale.toString(qlonglong(positives)),
                                        aucText(metrics),
                                        recallText(metrics.worstTier),
                                        precisionText(metrics.worstTier),
                                        leadTimeText(leadTime)};
    for (int c = 0; c < ColumnCount; ++c) {
        auto *item = new QTableWidgetItem(texts[c]);
        if (c >= Outcomes)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, c, item);
    }
}

} // namespace tierlab::ui
