// SegmentMetricsTable: the back-test per segment variant, from a hand-made result (exact texts),
// and on the back-test page, from a real back-test of a model with segments on a demo workspace.
#include "backtest/segmentmetricstable.h"
#include "demo/demogenerator.h"
#include "model/modelfile.h"
#include "model/modelsegments.h"
#include "pages/backtestpage.h"

#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;
using namespace tierlab::ui;
using namespace Qt::StringLiterals;

namespace {

BacktestMetrics metrics(double auc, double low, double high, std::int64_t tp, std::int64_t fp, std::int64_t fn)
{
    BacktestMetrics m;
    m.auc.auc = auc;
    m.auc.positives = tp + fn;
    m.auc.negatives = 10;
    m.aucCi.low = low;
    m.aucCi.high = high;
    m.worstTier.truePositives = tp;
    m.worstTier.falsePositives = fp;
    m.worstTier.falseNegatives = fn;
    m.worstTier.recall = double(tp) / double(tp + fn);
    m.worstTier.precision = double(tp) / double(tp + fp);
    return m;
}

LeadTimeResult lead(std::int64_t churned, std::vector<int> days)
{
    LeadTimeResult l;
    l.churned = churned;
    l.flagged = std::int64_t(days.size());
    l.days = days;
    if (!days.empty())
        l.medianDays = days.size() % 2 ? days[days.size() / 2] : (days[days.size() / 2 - 1] + days[days.size() / 2]) / 2.0;
    return l;
}

} // namespace

class TestSegmentMetricsTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rows_data();
    void rows();
    void noSegmentsNoRows();
    void backtestPageShowsSegments();

private:
    QTemporaryDir m_dir;
};

void TestSegmentMetricsTable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestSegmentMetricsTable::rows_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells");
    QTest::newRow("all") << 0
                         << QStringList{u"All accounts"_s, QString(), u"120"_s, u"30"_s, u"0.800 [0.710–0.870]"_s,
                                        u"50.0 % (15 of 30 churned)"_s, u"60.0 % (15 of 25 flagged)"_s,
                                        u"45 days (3 of 4 churned flagged)"_s};
    QTest::newRow("variant") << 1
                             << QStringList{u"Enterprise"_s, u"segment = Enterprise, Strategic"_s, u"70"_s, u"20"_s,
                                            u"0.850 [0.760–0.920]"_s, u"50.0 % (10 of 20 churned)"_s,
                                            u"66.7 % (10 of 15 flagged)"_s, u"30 days (2 of 3 churned flagged)"_s};
    QTest::newRow("variant without label") << 2
                                           << QStringList{u"smb"_s, u"segment = SMB"_s, u"30"_s, u"6"_s,
                                                          u"0.700 [0.550–0.830]"_s, u"50.0 % (3 of 6 churned)"_s,
                                                          u"50.0 % (3 of 6 flagged)"_s, u"– (none flagged before the churn)"_s};
    QTest::newRow("base") << 3
                          << QStringList{u"Base"_s, u"in no variant"_s, u"20"_s, u"4"_s, u"0.600 [0.400–0.780]"_s,
                                         u"50.0 % (2 of 4 churned)"_s, u"50.0 % (2 of 4 flagged)"_s,
                                         u"– (no churn before its snapshot)"_s};
}

void TestSegmentMetricsTable::rows()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    Model model;
    model.segments.by = u"segment"_s;
    SegmentVariant ent;
    ent.id = u"ent"_s;
    ent.label = u"Enterprise"_s;
    ent.when = {u"Enterprise"_s, u"Strategic"_s};
    SegmentVariant smb;
    smb.id = u"smb"_s;
    smb.when = {u"SMB"_s};
    model.segments.variants = {ent, smb};
    BacktestResult r;
    r.n = 120;
    r.positives = 30;
    r.metrics = metrics(0.8, 0.71, 0.87, 15, 10, 15);
    r.leadTime = lead(4, {30, 45, 60});
    r.segments = {BacktestSegment{u"ent"_s, u"Enterprise"_s, 70, 20, metrics(0.85, 0.76, 0.92, 10, 5, 10), lead(3, {20, 40})},
                  BacktestSegment{u"smb"_s, QString(), 30, 6, metrics(0.7, 0.55, 0.83, 3, 3, 3), lead(1, {})},
                  BacktestSegment{QString(), QString(), 20, 4, metrics(0.6, 0.4, 0.78, 2, 2, 2), lead(0, {})}};
    SegmentMetricsTable table;
    table.setResult(r, model);
    QCOMPARE(table.rowCount(), 4);
    QStringList got;
    for (int c = 0; c < SegmentMetricsTable::ColumnCount; ++c)
        got << (table.item(row, c) ? table.item(row, c)->text() : u"<none>"_s);
    QCOMPARE(got, cells);
}

void TestSegmentMetricsTable::noSegmentsNoRows()
{
    SegmentMetricsTable table;
    BacktestResult r;
    r.n = 5;
    table.setResult(r, Model());
    QCOMPARE(table.rowCount(), 0);
}

void TestSegmentMetricsTable::backtestPageShowsSegments()
{
    const QString path = m_dir.filePath(u"segments.tierlab"_s);
    QVERIFY(DemoGenerator::generateFile(path, DemoOptions{300, 30, 7, QDate(2026, 11, 2)}));
    Result<Model> seed = ModelFile::load(u":/models/seed-default.json"_s);
    QVERIFY(seed);
    SegmentVariant ent;
    ent.id = u"ent"_s;
    ent.label = u"Enterprise"_s;
    ent.when = {u"Enterprise"_s};
    ent.categoryWeights = {{seed->categories[0].id, 60}};
    const Model model = ModelSegments::withVariant(*seed, u"segment"_s, ent);

    BacktestPage page;
    page.resize(1366, 768);
    page.show();
    page.setWorkspace(path);
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading(), 60000);
    auto *tabs = page.findChild<QTabWidget *>();
    QVERIFY(tabs);
    const int tab = tabs->indexOf(page.segmentTable());
    QVERIFY(!tabs->isTabVisible(tab));   // the seed has no segments
    page.setModel(model, u"segmented"_s);
    QTRY_VERIFY_WITH_TIMEOUT(page.result() && !page.isLoading() && !page.result()->segments.empty(), 60000);
    QVERIFY(tabs->isTabVisible(tab));
    const BacktestResult &r = *page.result();
    QCOMPARE(r.segments.size(), std::size_t(2));
    SegmentMetricsTable *table = page.segmentTable();
    QCOMPARE(table->rowCount(), 3);
    std::int64_t n = 0, churned = 0;
    for (std::size_t s = 0; s < r.segments.size(); ++s) {
        const BacktestSegment &segment = r.segments[s];
        n += segment.n;
        churned += segment.leadTime.churned;
        const int row = int(s) + 1;
        QCOMPARE(table->item(row, SegmentMetricsTable::Outcomes)->text(), QLocale().toString(qlonglong(segment.n)));
        QCOMPARE(table->item(row, SegmentMetricsTable::Auc)->text(), SegmentMetricsTable::aucText(segment.metrics));
        QCOMPARE(table->item(row, SegmentMetricsTable::Recall)->text(), SegmentMetricsTable::recallText(segment.metrics.worstTier));
        QCOMPARE(table->item(row, SegmentMetricsTable::LeadTime)->text(), SegmentMetricsTable::leadTimeText(segment.leadTime));
    }
    // Every evaluated outcome and every followed churn is in exactly one segment.
    QCOMPARE(n, r.n);
    QCOMPARE(churned, r.leadTime.churned);
    QCOMPARE(table->item(0, SegmentMetricsTable::Auc)->text(), BacktestPage::formatAuc(r));
    QCOMPARE(table->item(1, SegmentMetricsTable::Segment)->text(), u"Enterprise"_s);
    QCOMPARE(table->item(2, SegmentMetricsTable::Segment)->text(), u"Base"_s);
}

QTEST_MAIN(TestSegmentMetricsTable)
#include "tst_segmentmetricstable.moc"
