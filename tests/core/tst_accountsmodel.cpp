// AccountsModel, AccountFilterProxy and the DesignerSession they read, on a four-account snapshot
// whose scores are computed by hand:
//   usage (0–100, linear) in "product" (weight 3), nps (0–10, linear) in "sentiment" (weight 1)
//   A1 usage 80 nps 10 → (3·80 + 1·100) / 4 = 85  green
//   A2 usage 50 nps 5  → (3·50 + 1·50) / 4 = 50   yellow
//   A3 usage 20 nps –  → product only: 20          red
//   A4 nothing         → unscored
// The baseline has product weight 1: A1 → (80 + 100) / 2 = 90, the others unchanged.
#include "engine/designersession.h"
#include "itemmodels/accountfilterproxy.h"
#include "itemmodels/accountsmodel.h"
#include "store/workspace.h"

#include "manualoverride.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace tierlab;

namespace {

Column numberColumn(const QString &id, std::vector<double> values)
{
    Column c;
    c.info = SignalInfo{-1, id, id, SignalType::Number, {}, id};
    c.numbers = std::move(values);
    return c;
}

std::shared_ptr<const Dataset> makeDataset()
{
    auto d = std::make_shared<Dataset>();
    d->asOf = QDate(2026, 5, 4);
    d->accountIds = {QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4")};
    d->names = {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"), QStringLiteral("Delta")};
    d->csmNames = {QStringLiteral("Ann"), QStringLiteral("Bob")};
    d->csm = {0, 0, 1, 1};
    d->segmentNames = {QStringLiteral("SMB"), QStringLiteral("Enterprise")};
    d->segment = {0, 1, 0, kMissingCode};
    d->arr = {100, 200, 300, kMissing};
    d->renewalDay.assign(4, Dataset::kNoDate);
    d->columns.push_back(numberColumn(QStringLiteral("usage"), {80, 50, 20, kMissing}));
    d->columns.push_back(numberColumn(QStringLiteral("nps"), {10, 5, kMissing, kMissing}));
    return d;
}

Model makeModel(double productWeight)
{
    Model m;
    m.name = QStringLiteral("test");
    m.categories = {Category{QStringLiteral("product"), QStringLiteral("Product"), {}, productWeight, Aggregate::Mean, {}},
                    Category{QStringLiteral("sentiment"), QStringLiteral("Sentiment"), {}, 1, Aggregate::Mean, {}}};
    Signal usage;
    usage.id = QStringLiteral("usage");
    usage.category = QStringLiteral("product");
    usage.rule.kind = RuleKind::Linear;
    usage.rule.worst = 0;
    usage.rule.best = 100;
    Signal nps;
    nps.id = QStringLiteral("nps");
    nps.category = QStringLiteral("sentiment");
    nps.rule.kind = RuleKind::Linear;
    nps.rule.worst = 0;
    nps.rule.best = 10;
    m.signals = {usage, nps};
    m.tiers = {Tier{QStringLiteral("red"), QStringLiteral("At risk"), {}, 0, {}},
               Tier{QStringLiteral("yellow"), QStringLiteral("Watch"), {}, 40, {}},
               Tier{QStringLiteral("green"), QStringLiteral("Healthy"), {}, 70, {}}};
    return m;
}

// 600 accounts with many ties (scores in steps of 10, repeated names differing in case, missing
// values): a stable sort must keep the source order among equal keys.
std::shared_ptr<const Dataset> makeTiedDataset()
{
    auto d = std::make_shared<Dataset>();
    d->asOf = QDate(2026, 5, 4);
    d->csmNames = {QStringLiteral("Ann"), QStringLiteral("bob"), QStringLiteral("Bob")};
    d->segmentNames = {QStringLiteral("SMB"), QStringLiteral("Enterprise")};
    std::vector<double> usage, nps;
    for (int i = 0; i < 600; ++i) {
        d->accountIds.push_back(QStringLiteral("A%1").arg((i * 7919) % 600));
        d->names.push_back(i % 3 == 0 ? QStringLiteral("beta") : i % 3 == 1 ? QStringLiteral("Beta") : QStringLiteral("alpha %1").arg(i % 5));
        d->csm.push_back(i % 4 == 3 ? kMissingCode : i % 3);
        d->segment.push_back(i % 2);
        d->arr.push_back(i % 9 == 0 ? kMissing : double((i * 37) % 50) * 100);
        usage.push_back(i % 11 == 0 ? kMissing : double((i * 13) % 11) * 10);
        nps.push_back(i % 7 == 0 ? kMissing : double(i % 3) * 5);
    }
    d->renewalDay.assign(600, Dataset::kNoDate);
    d->columns.push_back(numberColumn(QStringLiteral("usage"), usage));
    d->columns.push_back(numberColumn(QStringLiteral("nps"), nps));
    return d;
}

// What QSortFilterProxyModel with the former lessThan gave: a stable sort of the source rows, the
// descending order by comparing the other way round.
std::vector<int> referenceOrder(const AccountsModel &m, int column, Qt::SortOrder order)
{
    const auto less = [&](int a, int b) {
        if (column == AccountsModel::TierColumn)
            return m.tier(a) < m.tier(b);
        if (column == AccountsModel::BaselineTierColumn)
            return m.baselineTier(a) < m.baselineTier(b);
        if (m.isNumericColumn(column)) {
            const double x = m.number(a, column), y = m.number(b, column);
            if (std::isnan(x) || std::isnan(y))
                return std::isnan(x) && !std::isnan(y);
            return x < y;
        }
        return QString::compare(m.text(a, column), m.text(b, column), Qt::CaseInsensitive) < 0;
    };
    std::vector<int> rows(std::size_t(m.rowCount()));
    std::iota(rows.begin(), rows.end(), 0);
    if (order == Qt::AscendingOrder)
        std::stable_sort(rows.begin(), rows.end(), less);
    else
        std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) { return less(b, a); });
    return rows;
}

QStringList proxyIds(const QAbstractItemModel &proxy)
{
    QStringList ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids << proxy.index(r, AccountsModel::AccountColumn).data().toString();
    return ids;
}

} // namespace

class TestAccountsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void display_data();
    void display();
    void rawValues();
    void rescoreNotifiesOnce();
    void manualOverrideMarker();
    void filters_data();
    void filters();
    void changedOnly();
    void variantFilter();
    void sorting_data();
    void sorting();
    void sortingMatchesReference();
    void selectionFollowsSortAndFilter();
    void datasetReset();
    void preparedEnginesAdopted();
    void histogram();
    void transitions();
    void dirtyState();
    void applyModelMatchesScratch();
    void tierMinErrors();
    void normalised_data();
    void normalised();
    void rebalanced_data();
    void rebalanced();

private:
    std::unique_ptr<DesignerSession> m_session;
    std::unique_ptr<AccountsModel> m_model;
};

void TestAccountsModel::init()
{
    m_session = std::make_unique<DesignerSession>();
    QVERIFY(m_session->setBaseline(makeModel(1), QStringLiteral("v1")));
    QVERIFY(m_session->applyModel(makeModel(3)));
    m_model = std::make_unique<AccountsModel>(m_session.get());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    QVERIFY(m_session->setDataset(makeDataset()));
}

void TestAccountsModel::cleanup()
{
    m_model.reset();
    m_session.reset();
}

void TestAccountsModel::display_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::newRow("id") << 0 << int(AccountsModel::AccountColumn) << QStringLiteral("A1");
    QTest::newRow("name") << 1 << int(AccountsModel::NameColumn) << QStringLiteral("Beta");
    QTest::newRow("csm") << 2 << int(AccountsModel::CsmColumn) << QStringLiteral("Bob");
    QTest::newRow("no segment") << 3 << int(AccountsModel::SegmentColumn) << QString();
    QTest::newRow("arr") << 1 << int(AccountsModel::ArrColumn) << QStringLiteral("200");
    QTest::newRow("arr unknown") << 3 << int(AccountsModel::ArrColumn) << QStringLiteral("–");
    QTest::newRow("score A1") << 0 << int(AccountsModel::ScoreColumn) << QStringLiteral("85.0");
    QTest::newRow("score A3") << 2 << int(AccountsModel::ScoreColumn) << QStringLiteral("20.0");
    QTest::newRow("score unscored") << 3 << int(AccountsModel::ScoreColumn) << QStringLiteral("–");
    QTest::newRow("tier A1") << 0 << int(AccountsModel::TierColumn) << QStringLiteral("Healthy");
    QTest::newRow("tier A2") << 1 << int(AccountsModel::TierColumn) << QStringLiteral("Watch");
    QTest::newRow("tier A4") << 3 << int(AccountsModel::TierColumn) << QStringLiteral("unscored");
    QTest::newRow("baseline A1") << 0 << int(AccountsModel::BaselineScoreColumn) << QStringLiteral("90.0");
    QTest::newRow("baseline tier A3") << 2 << int(AccountsModel::BaselineTierColumn) << QStringLiteral("At risk");
    QTest::newRow("change A1") << 0 << int(AccountsModel::ChangeColumn) << QStringLiteral("-5.0");
    QTest::newRow("change A2") << 1 << int(AccountsModel::ChangeColumn) << QStringLiteral("0.0");
    QTest::newRow("coverage A1") << 0 << int(AccountsModel::CoverageColumn) << QStringLiteral("100%");
    QTest::newRow("coverage A3") << 2 << int(AccountsModel::CoverageColumn) << QStringLiteral("50%");
    QTest::newRow("coverage A4") << 3 << int(AccountsModel::CoverageColumn) << QStringLiteral("0%");
}

void TestAccountsModel::display()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(AccountsModel::ColumnCount));
    QCOMPARE(m_model->index(row, column).data().toString(), text);
}

void TestAccountsModel::rawValues()
{
    QCOMPARE(m_model->index(0, AccountsModel::ScoreColumn).data(AccountsModel::SortRole).toDouble(), 85.0);
    QCOMPARE(m_model->index(0, AccountsModel::TierColumn).data(AccountsModel::TierRole).toInt(), 2);
    QCOMPARE(m_model->index(3, AccountsModel::TierColumn).data(AccountsModel::TierRole).toInt(), -1);
    QCOMPARE(m_model->index(2, AccountsModel::BaselineTierColumn).data(AccountsModel::TierRole).toInt(), 0);
    QVERIFY(std::isnan(m_model->number(3, AccountsModel::ScoreColumn)));
    QCOMPARE(m_model->number(2, AccountsModel::CoverageColumn), 0.5);
    QCOMPARE(m_model->rowOf(QStringLiteral("A3")), 2);
    QCOMPARE(m_model->rowOf(QStringLiteral("nope")), -1);
    QCOMPARE(m_model->headerData(AccountsModel::ChangeColumn, Qt::Horizontal).toString(), QStringLiteral("Change"));
}

// The snapshot is as of 2026-05-04. A1: a tier override in force; A2: one created the day after (not
// yet); A3: two in force (made by hand), the newer shows; A4: one that expired that very day.
void TestAccountsModel::manualOverrideMarker()
{
    auto make = [](std::int64_t id, const char *account, const char *tier, double score, QDate created, QDate expires = {}) {
        ManualOverrideRecord r = test::manualOverride(QString::fromLatin1(account), QString::fromLatin1(tier), score,
                                                      test::utc(created, 8), expires);
        r.id = id;
        return r;
    };
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setManualOverrides({make(1, "A1", "red", kMissing, QDate(2026, 5, 1)),
                                 make(2, "A2", "red", kMissing, QDate(2026, 5, 5)),
                                 make(3, "A3", "", 90, QDate(2026, 4, 1)),
                                 make(4, "A3", "yellow", kMissing, QDate(2026, 4, 20)),
                                 make(5, "A4", "green", kMissing, QDate(2026, 4, 1), QDate(2026, 5, 4))});
    QCOMPARE(changed.size(), 1);
    const QString a1 = QStringLiteral("tier red: reason of A1 (ann, 2026-05-01)");
    QCOMPARE(m_model->manualOverride(0), a1);
    QCOMPARE(m_model->index(0, AccountsModel::AccountColumn).data().toString(), QStringLiteral("A1 ✎"));
    QCOMPARE(m_model->index(0, AccountsModel::AccountColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("Manual override, ") + a1);
    QCOMPARE(m_model->index(0, AccountsModel::TierColumn).data(AccountsModel::ManualOverrideRole).toString(), a1);
    QCOMPARE(m_model->text(0, AccountsModel::AccountColumn), QStringLiteral("A1"));   // filters and sorting see the id
    QCOMPARE(m_model->index(0, AccountsModel::AccountColumn).data(AccountsModel::SortRole).toString(), QStringLiteral("A1"));
    QVERIFY(m_model->manualOverride(1).isEmpty());
    QVERIFY(!m_model->index(1, AccountsModel::AccountColumn).data(AccountsModel::ManualOverrideRole).isValid());
    QCOMPARE(m_model->index(1, AccountsModel::AccountColumn).data().toString(), QStringLiteral("A2"));
    QCOMPARE(m_model->manualOverride(2), QStringLiteral("tier yellow: reason of A3 (ann, 2026-04-20)"));
    QVERIFY(m_model->manualOverride(3).isEmpty());
    QCOMPARE(m_model->manualOverride(-1), QString());

    // Another snapshot, a day later: A2's now applies.
    auto later = std::make_shared<Dataset>(*makeDataset());
    later->asOf = QDate(2026, 5, 5);
    QVERIFY(m_session->setDataset(later));
    QCOMPARE(m_model->manualOverride(1), QStringLiteral("tier red: reason of A2 (ann, 2026-05-05)"));
    m_model->setManualOverrides({});
    QVERIFY(m_model->manualOverride(0).isEmpty());
    QCOMPARE(m_model->index(0, AccountsModel::AccountColumn).data().toString(), QStringLiteral("A1"));
}

void TestAccountsModel::rescoreNotifiesOnce()
{
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_session->setCategoryWeight(0, 1));
    // The model reads the engine live; the views are told once, when the caller says so.
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_model->index(0, AccountsModel::ScoreColumn).data().toString(), QStringLiteral("90.0"));
    m_model->notifyScoresChanged();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed[0][0].toModelIndex(), m_model->index(0, AccountsModel::ScoreColumn));
    QCOMPARE(changed[0][1].toModelIndex(), m_model->index(3, AccountsModel::CoverageColumn));
}

void TestAccountsModel::filters_data()
{
    QTest::addColumn<int>("tier");
    QTest::addColumn<QString>("csm");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");
    const QStringList all{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4")};
    QTest::newRow("none") << int(AccountFilterProxy::kAnyTier) << QString() << QString() << QString() << all;
    QTest::newRow("green") << 2 << QString() << QString() << QString() << QStringList{QStringLiteral("A1")};
    QTest::newRow("unscored") << -1 << QString() << QString() << QString() << QStringList{QStringLiteral("A4")};
    QTest::newRow("csm Bob") << int(AccountFilterProxy::kAnyTier) << QStringLiteral("Bob") << QString() << QString()
                             << QStringList{QStringLiteral("A3"), QStringLiteral("A4")};
    QTest::newRow("segment SMB") << int(AccountFilterProxy::kAnyTier) << QString() << QStringLiteral("SMB") << QString()
                                 << QStringList{QStringLiteral("A1"), QStringLiteral("A3")};
    QTest::newRow("unknown csm") << int(AccountFilterProxy::kAnyTier) << QStringLiteral("Zed") << QString() << QString()
                                 << QStringList();
    QTest::newRow("search id") << int(AccountFilterProxy::kAnyTier) << QString() << QString() << QStringLiteral(" a2 ")
                               << QStringList{QStringLiteral("A2")};
    QTest::newRow("search name") << int(AccountFilterProxy::kAnyTier) << QString() << QString() << QStringLiteral("ta")
                                 << QStringList{QStringLiteral("A2"), QStringLiteral("A4")};
    QTest::newRow("combined") << 0 << QStringLiteral("Bob") << QStringLiteral("SMB") << QStringLiteral("gam")
                              << QStringList{QStringLiteral("A3")};
}

void TestAccountsModel::filters()
{
    QFETCH(int, tier);
    QFETCH(QString, csm);
    QFETCH(QString, segment);
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    AccountFilterProxy proxy;
    proxy.setAccounts(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setTierFilter(tier);
    proxy.setCsmFilter(csm);
    proxy.setSegmentFilter(segment);
    proxy.setSearchText(search);
    QCOMPARE(proxyIds(proxy), expected);
}

void TestAccountsModel::changedOnly()
{
    AccountFilterProxy proxy;
    proxy.setAccounts(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setChangedOnly(true);
    QCOMPARE(proxyIds(proxy), QStringList());
    // Green from 86: A1 (85) drops to yellow while the baseline (90) keeps it green.
    QVERIFY(m_session->setTierMin(2, 86));
    proxy.refresh();
    QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("A1")});
}

// The designer's segment selector: only the accounts one variant scores, following the model's `when`.
void TestAccountsModel::variantFilter()
{
    Model m = makeModel(3);
    m.version = 2;
    m.segments.by = QStringLiteral("segment");
    SegmentVariant ent;
    ent.id = QStringLiteral("ent");
    ent.when = {QStringLiteral("Enterprise")};
    ent.categoryWeights = {{QStringLiteral("product"), 1}};
    m.segments.variants = {ent};
    QVERIFY(m_session->applyModel(m));
    AccountFilterProxy proxy;
    proxy.setAccounts(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(m_model->variant(1), 1);
    QCOMPARE(m_model->variant(3), 0);   // no segment: the base model
    proxy.setVariantFilter(1);
    QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("A2")});
    proxy.setVariantFilter(0);
    QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("A1"), QStringLiteral("A3"), QStringLiteral("A4")}));
    // With another filter: both apply.
    proxy.setCsmFilter(QStringLiteral("Ann"));
    QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("A1")});
    proxy.setCsmFilter(QString());
    // The variant now lists SMB: a refresh after the re-score follows it.
    m.segments.variants[0].when = {QStringLiteral("SMB")};
    QVERIFY(m_session->applyModel(m));
    proxy.setVariantFilter(1);
    QCOMPARE(proxyIds(proxy), (QStringList{QStringLiteral("A1"), QStringLiteral("A3")}));
    proxy.setVariantFilter(AccountFilterProxy::kAnyVariant);
    QCOMPARE(proxyIds(proxy).size(), 4);
    // Without segments every account is the base's.
    QVERIFY(m_session->applyModel(makeModel(3)));
    proxy.setVariantFilter(0);
    QCOMPARE(proxyIds(proxy).size(), 4);
    proxy.setVariantFilter(1);
    QCOMPARE(proxyIds(proxy), QStringList());
}

void TestAccountsModel::sorting_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("score up") << int(AccountsModel::ScoreColumn) << int(Qt::AscendingOrder)
                              << QStringList{QStringLiteral("A4"), QStringLiteral("A3"), QStringLiteral("A2"), QStringLiteral("A1")};
    QTest::newRow("score down") << int(AccountsModel::ScoreColumn) << int(Qt::DescendingOrder)
                                << QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4")};
    QTest::newRow("name") << int(AccountsModel::NameColumn) << int(Qt::AscendingOrder)
                          << QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A4"), QStringLiteral("A3")};
    QTest::newRow("arr down") << int(AccountsModel::ArrColumn) << int(Qt::DescendingOrder)
                              << QStringList{QStringLiteral("A3"), QStringLiteral("A2"), QStringLiteral("A1"), QStringLiteral("A4")};
    QTest::newRow("change up") << int(AccountsModel::ChangeColumn) << int(Qt::AscendingOrder)
                               << QStringList{QStringLiteral("A4"), QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3")};
    QTest::newRow("tier down") << int(AccountsModel::TierColumn) << int(Qt::DescendingOrder)
                               << QStringList{QStringLiteral("A1"), QStringLiteral("A2"), QStringLiteral("A3"), QStringLiteral("A4")};
}

void TestAccountsModel::sorting()
{
    QFETCH(int, column);
    QFETCH(int, order);
    QFETCH(QStringList, expected);
    AccountFilterProxy proxy;
    proxy.setAccounts(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(column, Qt::SortOrder(order));
    QCOMPARE(proxyIds(proxy), expected);
}

void TestAccountsModel::sortingMatchesReference()
{
    QVERIFY(m_session->setDataset(makeTiedDataset()));
    AccountFilterProxy proxy;
    proxy.setAccounts(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int column = 0; column < AccountsModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            const std::vector<int> want = referenceOrder(*m_model, column, order);
            QCOMPARE(proxy.rowCount(), int(want.size()));
            for (int r = 0; r < proxy.rowCount(); ++r)
                QVERIFY2(proxy.mapToSource(proxy.index(r, 0)).row() == want[std::size_t(r)],
                         qPrintable(QStringLiteral("column %1 order %2 row %3").arg(column).arg(int(order)).arg(r)));
        }
    }
    // A re-score re-sorts on refresh() only (no dynamic sort), with the filter applied to the new tiers.
    proxy.sort(AccountsModel::ScoreColumn, Qt::AscendingOrder);
    proxy.setTierFilter(0);
    QVERIFY(m_session->setCategoryWeight(1, 0.01));
    proxy.refresh();
    std::vector<int> want;
    for (int row : referenceOrder(*m_model, AccountsModel::ScoreColumn, Qt::AscendingOrder))
        if (m_model->tier(row) == 0)
            want.push_back(row);
    QCOMPARE(proxy.rowCount(), int(want.size()));
    for (int r = 0; r < proxy.rowCount(); ++r)
        QCOMPARE(proxy.mapToSource(proxy.index(r, 0)).row(), want[std::size_t(r)]);
}

void TestAccountsModel::selectionFollowsSortAndFilter()
{
    AccountFilterProxy proxy;
    proxy.setAccounts(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&proxy);
    proxy.sort(AccountsModel::ScoreColumn, Qt::AscendingOrder);   // A4, A3, A2, A1
    selection.setCurrentIndex(proxy.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("A2"));
    proxy.sort(AccountsModel::ArrColumn, Qt::DescendingOrder);    // A3, A2, A1, A4
    QCOMPARE(selection.currentIndex().row(), 1);
    QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("A2"));
    QVERIFY(selection.isRowSelected(1));
    proxy.setTierFilter(1);                                        // A2 only (yellow)
    QCOMPARE(selection.currentIndex().row(), 0);
    proxy.setTierFilter(2);                                        // A1 only: A2 filtered out
    QVERIFY(!selection.currentIndex().isValid());
    QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("A1")});
    // Rows and headers: the source's columns, no children.
    QCOMPARE(proxy.headerData(AccountsModel::ScoreColumn, Qt::Horizontal).toString(), QStringLiteral("Score"));
    QVERIFY(!proxy.hasChildren(proxy.index(0, 0)));
    QVERIFY(!proxy.index(1, 0).isValid());
}

// Engines scored by prepare() (on a worker in the designer) are adopted when they were scored with
// the models the session shows; otherwise the session scores again. Either way the same figures.
void TestAccountsModel::preparedEnginesAdopted()
{
    const auto data = makeDataset();
    DesignerSession direct;
    QVERIFY(direct.load(data, makeModel(1), QStringLiteral("v1"), makeModel(3)));

    DesignerSession session;
    QSignalSpy reset(&session, &DesignerSession::datasetChanged);
    auto prepared = DesignerSession::prepare(data, makeModel(1), makeModel(3));
    QVERIFY(prepared->ok);
    const ScoringEngine *engine = prepared->currentEngine.get();
    QVERIFY(session.load(prepared, makeModel(1), QStringLiteral("v1"), makeModel(3)));
    QCOMPARE(&session.current(), engine);   // adopted, not scored again
    QCOMPARE(reset.count(), 1);
    QCOMPARE(session.current().tiers(), direct.current().tiers());
    QCOMPARE(session.baseline().tiers(), direct.baseline().tiers());
    QCOMPARE(session.current().scores()[0], 85.0);
    QCOMPARE(session.baseline().scores()[0], 90.0);
    QVERIFY(session.isDirty());
    QCOMPARE(session.baselineName(), QStringLiteral("v1"));

    // Prepared with a model the session no longer shows (an edit meanwhile): scored again here.
    auto stale = DesignerSession::prepare(data, makeModel(1), makeModel(5));
    QVERIFY(session.setDataset(stale));
    QVERIFY(&session.current() != stale->currentEngine.get());
    QCOMPARE(session.model().categories[0].weight, 3.0);
    QCOMPARE(session.current().scores()[0], 85.0);
    // Prepared with the session's own models: adopted.
    auto same = DesignerSession::prepare(data, session.baselineModel(), session.model());
    const ScoringEngine *sameEngine = same->currentEngine.get();
    QVERIFY(session.setDataset(same));
    QCOMPARE(&session.current(), sameEngine);
    QCOMPARE(session.current().scores()[1], 50.0);
}

void TestAccountsModel::datasetReset()
{
    AccountFilterProxy proxy;
    proxy.setAccounts(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setCsmFilter(QStringLiteral("Bob"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    auto smaller = std::make_shared<Dataset>(*makeDataset());
    // Two accounts, with the CSM codes swapped: the filter follows the name, not the code.
    smaller->accountIds.resize(2);
    smaller->names.resize(2);
    smaller->csmNames = {QStringLiteral("Bob"), QStringLiteral("Ann")};
    smaller->csm = {1, 0};
    smaller->segment.resize(2);
    smaller->arr.resize(2);
    smaller->renewalDay.resize(2);
    for (Column &c : smaller->columns)
        c.numbers.resize(2);
    QVERIFY(m_session->setDataset(smaller));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(proxyIds(proxy), QStringList{QStringLiteral("A2")});
}

void TestAccountsModel::histogram()
{
    ScoreHistogram h;
    m_session->histogram(2, &h);
    QCOMPARE(h.bins, 50);
    QCOMPARE(h.tierCount, 3);
    std::int64_t total = 0;
    for (std::int64_t c : h.counts)
        total += c;
    QCOMPARE(total, std::int64_t(3));   // A4 is unscored
    QCOMPARE(h.count(42, 2), std::int64_t(1));   // 85
    QCOMPARE(h.count(25, 1), std::int64_t(1));   // 50
    QCOMPARE(h.count(10, 0), std::int64_t(1));   // 20
    // A score of exactly 100 lands in the last bin.
    auto full = std::make_shared<Dataset>(*makeDataset());
    full->columns[0].numbers = {100, 100, 100, 100};
    full->columns[1].numbers = {10, 10, 10, 10};
    QVERIFY(m_session->setDataset(full));
    m_session->histogram(5, &h);
    QCOMPARE(h.bins, 20);
    QCOMPARE(h.count(19, 2), std::int64_t(4));
}

void TestAccountsModel::transitions()
{
    TierTransitions t = m_session->transitions();
    QCOMPARE(t.tierCount, 3);
    QCOMPARE(t.changed(), std::int64_t(0));
    QCOMPARE(t.accountsAt(2, 2), std::int64_t(1));
    QCOMPARE(t.accountsAt(3, 3), std::int64_t(1));   // unscored in both
    QCOMPARE(t.arrAt(3, 3), 0.0);                     // its ARR is unknown
    QVERIFY(m_session->setTierMin(2, 86));
    t = m_session->transitions();
    QCOMPARE(t.changed(), std::int64_t(1));
    QCOMPARE(t.accountsAt(2, 1), std::int64_t(1));
    QCOMPARE(t.arrAt(2, 1), 100.0);
    QCOMPARE(t.accountsAt(2, 2), std::int64_t(0));
}

void TestAccountsModel::dirtyState()
{
    QSignalSpy dirty(m_session.get(), &DesignerSession::dirtyChanged);
    QVERIFY(m_session->isDirty());   // current (3) differs from the saved baseline (1)
    QVERIFY(m_session->setCategoryWeight(0, 1));
    QVERIFY(!m_session->isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty[0][0].toBool(), false);
    QVERIFY(m_session->setCategoryWeight(0, 2));
    QVERIFY(m_session->isDirty());
    QVERIFY(m_session->markSaved(QStringLiteral("v2")));
    QVERIFY(!m_session->isDirty());
    QCOMPARE(m_session->baselineName(), QStringLiteral("v2"));
    QCOMPARE(m_session->baselineModel().categories[0].weight, 2.0);
    QCOMPARE(m_model->index(0, AccountsModel::BaselineScoreColumn).data().toString(),
             QStringLiteral("86.7"));   // (2·80 + 100) / 3
}

void TestAccountsModel::applyModelMatchesScratch()
{
    Model edited = makeModel(2);
    edited.signals[0].weight = 4;
    edited.signals[1].rule.best = 20;
    edited.tiers[1].min = 30;
    Penalty p;
    p.id = QStringLiteral("usage");
    p.op = CompareOp::Less;
    p.value.number = 60;
    p.points = 10;
    edited.penalties = {p};
    QSignalSpy scored(m_session.get(), &DesignerSession::scoresChanged);
    QVERIFY(m_session->applyModel(edited));
    QCOMPARE(scored.count(), 1);
    QCOMPARE(m_session->model(), edited);
    ScoringEngine scratch;
    QVERIFY(scratch.setModel(edited));
    QVERIFY(scratch.setDataset(m_session->dataset()));
    for (std::size_t r = 0; r < 4; ++r) {
        const double a = m_session->current().scores()[r];
        const double b = scratch.scores()[r];
        QVERIFY((std::isnan(a) && std::isnan(b)) || a == b);
        QCOMPARE(m_session->current().tiers()[r], scratch.tiers()[r]);
    }
    // A2: (2·50 + 1·25) / 3 = 41.67, minus 10 points → 31.67, yellow from 30.
    QCOMPARE(m_session->current().tiers()[1], std::int8_t(1));
    QVERIFY(std::abs(m_session->current().scores()[1] - (125.0 / 3.0 - 10.0)) < 1e-9);
}

void TestAccountsModel::tierMinErrors()
{
    QVERIFY(!m_session->setTierMin(0, 5));
    QVERIFY(!m_session->setTierMin(7, 5));
    const auto bad = m_session->setTierMin(2, 30);   // below the yellow tier's 40
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::Invalid);
    QCOMPARE(m_session->model().tiers[2].min, 70.0);
}

void TestAccountsModel::normalised_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<bool>>("locked");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("scale") << QList<double>{1, 3} << QList<bool>{false, false} << QList<double>{25, 75};
    QTest::newRow("locked kept") << QList<double>{40, 10, 30} << QList<bool>{true, false, false}
                                 << QList<double>{40, 15, 45};
    QTest::newRow("all zero") << QList<double>{0, 0, 0, 0} << QList<bool>{false, false, false, false}
                              << QList<double>{25, 25, 25, 25};
    QTest::newRow("all locked") << QList<double>{1, 2} << QList<bool>{true, true} << QList<double>{1, 2};
    QTest::newRow("locked over 100") << QList<double>{120, 5} << QList<bool>{true, false} << QList<double>{120, 0};
}

void TestAccountsModel::normalised()
{
    QFETCH(QList<double>, weights);
    QFETCH(QList<bool>, locked);
    QFETCH(QList<double>, expected);
    const auto out = DesignerSession::normalised(std::vector<double>(weights.begin(), weights.end()),
                                                 std::vector<bool>(locked.begin(), locked.end()));
    QCOMPARE(QList<double>(out.begin(), out.end()), expected);
}

void TestAccountsModel::rebalanced_data()
{
    QTest::addColumn<QList<double>>("weights");
    QTest::addColumn<QList<bool>>("locked");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("value");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("others scale") << QList<double>{50, 30, 20} << QList<bool>{false, false, false} << 0 << 60.0
                                  << QList<double>{60, 24, 16};
    QTest::newRow("locked stays") << QList<double>{50, 30, 20} << QList<bool>{false, true, false} << 0 << 60.0
                                  << QList<double>{60, 30, 10};
    QTest::newRow("clamped") << QList<double>{50, 30, 20} << QList<bool>{false, true, false} << 0 << 90.0
                             << QList<double>{70, 30, 0};
    QTest::newRow("zero others split") << QList<double>{100, 0, 0} << QList<bool>{false, false, false} << 0 << 50.0
                                       << QList<double>{50, 25, 25};
    QTest::newRow("nothing gives") << QList<double>{50, 30} << QList<bool>{false, true} << 0 << 60.0
                                   << QList<double>{60, 30};
}

void TestAccountsModel::rebalanced()
{
    QFETCH(QList<double>, weights);
    QFETCH(QList<bool>, locked);
    QFETCH(int, index);
    QFETCH(double, value);
    QFETCH(QList<double>, expected);
    const auto out = DesignerSession::rebalanced(std::vector<double>(weights.begin(), weights.end()),
                                                 std::vector<bool>(locked.begin(), locked.end()), index, value);
    QCOMPARE(QList<double>(out.begin(), out.end()), expected);
}

QTEST_GUILESS_MAIN(TestAccountsModel)
#include "tst_accountsmodel.moc"
