// Tests of AccountHistory (the account view) on the small hand-made workspace of
// tests/common/accountworkspace.h, whose every score is worked out there.
//
// Changes (total = behaviour + model):
//  X W1: 20 = 0 + 20    (A(x1) 70 − F(x1) 50)
//  X W2: −20 = −15 + −5 (A(x2) = (180 + 40) / 4 = 55; drivers under A: usage ¾·(60 − 80) = −15)
//  X W4: 20 = 20 + 0    (against W2, same model B; drivers: support ½·(80 − 40) = +20)
//  Y W1: none (unscored); Y W2 against W0: −10 = −25 + 15 (F(x2) = (100 + 0) / 4 = 25; drivers under F:
//        support ¾·(0 − 50) = −37.5, usage ¼·(100 − 50) = +12.5)
//  Z W4: −60 = −60 + 0
#include "analysis/accounthistory.h"
#include "analysis/historyscorer.h"
#include "analysis/snapshothistory.h"
#include "demo/demogenerator.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include "accountworkspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;
using namespace tierlab::test::account;

namespace {

constexpr double U = std::numeric_limits<double>::quiet_NaN();

Model parse(const QByteArray &json)
{
    auto m = ModelFile::fromJson(json);
    if (!m)
        qFatal("bad test model: %s", qPrintable(m.error().message));
    return *m;
}

const QByteArray kPercentile = R"({"format":"tierlab-model","version":1,"name":"Ranked",
  "categories":[{"id":"c","weight":1}],
  "signals":[{"id":"usage","category":"c","weight":1,"rule":{"kind":"percentile"}}],
  "tiers":[{"id":"red","label":"Red","min":0},{"id":"green","label":"Green","min":40}]})";

const AccountWeek *weekOf(const AccountHistoryResult &r, QDate asOf)
{
    for (const AccountWeek &w : r.weeks) {
        if (w.asOf == asOf)
            return &w;
    }
    return nullptr;
}

QString driverText(const std::vector<ReviewDriver> &drivers)
{
    QStringList out;
    for (const ReviewDriver &d : drivers)
        out << d.id + u' ' + QString::number(d.points);
    return out.join(u", ");
}

} // namespace

class TestAccountHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void publishedModels();
    void header();
    void weeks_data();
    void weeks();
    void splitSumsToTotal_data();
    void splitSumsToTotal();
    void drivers();
    void explanationAndOverrides();
    void noPublication();
    void percentileRanksTheWholeSnapshot();
    void unknownAccount();
    void splitSumsOnTheDemo();

private:
    AccountHistoryResult compute(const QString &id, bool published = true) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::shared_ptr<const SnapshotHistory> m_history;
    ModelInForce m_fallback;
    std::vector<ModelInForce> m_published;
};

void TestAccountHistory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("account.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().message));
    m_ws = std::move(*ws);
    const QString filled = fill(*m_ws);
    QVERIFY2(filled.isEmpty(), qPrintable(filled));

    auto history = SnapshotHistory::load(*m_ws);
    QVERIFY2(history, qPrintable(history ? QString() : history.error().message));
    m_history = *history;
    m_fallback = ModelInForce{-1, QStringLiteral("Fallback"), {}, fallbackModel()};
    auto published = AccountHistory::publishedModels(*m_ws);
    QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
    m_published = *published;
}

AccountHistoryResult TestAccountHistory::compute(const QString &id, bool published) const
{
    auto overrides = m_ws->manualOverrides();
    if (!overrides)
        qFatal("overrides: %s", qPrintable(overrides.error().message));
    auto r = AccountHistory::compute(*m_history, m_fallback, published ? m_published : std::vector<ModelInForce>{}, id, *overrides);
    if (!r)
        qFatal("account history failed: %s", qPrintable(r.error().message));
    return *r;
}

void TestAccountHistory::publishedModels()
{
    QCOMPARE(m_published.size(), std::size_t(2));
    QCOMPARE(m_published[0].name, QStringLiteral("Version A"));
    QCOMPARE(m_published[0].versionId, 1);
    QCOMPARE(m_published[0].publishedAt, QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC));
    QCOMPARE(m_published[0].model.name, QStringLiteral("A"));
    QCOMPARE(m_published[1].name, QStringLiteral("Version B"));
    QCOMPARE(m_published[1].model.penalties.size(), std::size_t(1));
}

void TestAccountHistory::header()
{
    const AccountHistoryResult x = compute(QStringLiteral("X"));
    QCOMPARE(x.accountId, QStringLiteral("X"));
    QCOMPARE(x.name, QStringLiteral("Acme"));
    QCOMPARE(x.csm, QStringLiteral("Ann"));
    QCOMPARE(x.segment, QStringLiteral("SMB"));
    QCOMPARE(x.arr, 12000.0);
    QCOMPARE(x.renewalDate, QDate(2026, 3, 31));
    QCOMPARE(x.models.size(), std::size_t(3));
    QCOMPARE(x.models[0].name, QStringLiteral("Fallback"));
    QCOMPARE(x.models[2].name, QStringLiteral("Version B"));
    QCOMPARE(x.manualOverrides.size(), std::size_t(1));
    QVERIFY(!compute(QStringLiteral("Y")).renewalDate.isValid());
    QVERIFY(compute(QStringLiteral("Y")).manualOverrides.empty());
}

void TestAccountHistory::weeks_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QDate>("week");
    QTest::addColumn<int>("model");
    QTest::addColumn<bool>("modelChanged");
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QDate>("previous");
    QTest::addColumn<double>("total");
    QTest::addColumn<double>("behaviour");
    QTest::addColumn<double>("modelChange");
    const QDate none;
    QTest::newRow("X W0: first week, fallback") << u"X"_qs << W0 << 0 << false << 50.0 << 1 << none << U << U << U;
    QTest::newRow("X W1: A published") << u"X"_qs << W1 << 1 << true << 70.0 << 2 << W0 << 20.0 << 0.0 << 20.0;
    QTest::newRow("X W2: B on its as_of") << u"X"_qs << W2 << 2 << true << 50.0 << 1 << W1 << -20.0 << -15.0 << -5.0;
    QTest::newRow("X W4: after an absent week") << u"X"_qs << W4 << 2 << false << 70.0 << 2 << W2 << 20.0 << 20.0 << 0.0;
    QTest::newRow("Y W0") << u"Y"_qs << W0 << 0 << false << 50.0 << 1 << none << U << U << U;
    QTest::newRow("Y W1: unscored") << u"Y"_qs << W1 << 1 << true << U << -1 << none << U << U << U;
    QTest::newRow("Y W2: against W0") << u"Y"_qs << W2 << 2 << true << 40.0 << 1 << W0 << -10.0 << -25.0 << 15.0;
    QTest::newRow("Y W3: nothing moved") << u"Y"_qs << W3 << 2 << false << 40.0 << 1 << W2 << 0.0 << 0.0 << 0.0;
    QTest::newRow("Z W1: same score, another model") << u"Z"_qs << W1 << 1 << true << 90.0 << 2 << W0 << 0.0 << 0.0 << 0.0;
    QTest::newRow("Z W4: fell") << u"Z"_qs << W4 << 2 << false << 30.0 << 0 << W3 << -60.0 << -60.0 << 0.0;
}

void TestAccountHistory::weeks()
{
    QFETCH(QString, account);
    QFETCH(QDate, week);
    const AccountHistoryResult r = compute(account);
    const AccountWeek *w = weekOf(r, week);
    QVERIFY(w);
    auto same = [](double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; };
    QTEST(w->model, "model");
    QTEST(w->modelChanged, "modelChanged");
    QFETCH(double, score);
    QVERIFY2(same(w->score(), score), qPrintable(QString::number(w->score())));
    QCOMPARE(w->scored(), !std::isnan(score));
    QTEST(w->tier(), "tier");
    QTEST(w->previousAsOf, "previous");
    QFETCH(double, total);
    QFETCH(double, behaviour);
    QFETCH(double, modelChange);
    QCOMPARE(w->hasChange(), !std::isnan(total));
    QVERIFY2(same(w->total, total), qPrintable(QString::number(w->total)));
    QVERIFY2(same(w->behaviour, behaviour), qPrintable(QString::number(w->behaviour)));
    QVERIFY2(same(w->modelChange, modelChange), qPrintable(QString::number(w->modelChange)));
}

void TestAccountHistory::splitSumsToTotal_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<int>("changes");
    QTest::newRow("X: absent W3") << u"X"_qs << 4 << 3;
    QTest::newRow("Y: unscored W1") << u"Y"_qs << 5 << 3;
    QTest::newRow("Z") << u"Z"_qs << 5 << 4;
}

// The issue's test: behaviour + model change is the total change, every week that has one.
void TestAccountHistory::splitSumsToTotal()
{
    QFETCH(QString, account);
    const AccountHistoryResult r = compute(account);
    QTEST(int(r.weeks.size()), "weeks");
    int changes = 0;
    for (const AccountWeek &w : r.weeks) {
        if (!w.hasChange())
            continue;
        ++changes;
        QCOMPARE(w.behaviour + w.modelChange, w.total);
        const AccountWeek *before = weekOf(r, w.previousAsOf);
        QVERIFY(before);
        QCOMPARE(w.total, w.score() - before->score());
        if (w.model == before->model)
            QCOMPARE(w.modelChange, 0.0);
    }
    QTEST(changes, "changes");
}

void TestAccountHistory::drivers()
{
    const AccountHistoryResult x = compute(QStringLiteral("X"));
    QCOMPARE(driverText(weekOf(x, W1)->drivers), QString());   // only the model changed
    QCOMPARE(driverText(weekOf(x, W2)->drivers), u"usage -15"_qs);
    QCOMPARE(driverText(weekOf(x, W4)->drivers), u"support 20"_qs);
    const AccountHistoryResult y = compute(QStringLiteral("Y"));
    QVERIFY(weekOf(y, W1)->drivers.empty());
    // Under F, the model of W0: support ¾·(0 − 50), usage ¼·(100 − 50).
    QCOMPARE(driverText(weekOf(y, W2)->drivers), u"support -37.5, usage 12.5"_qs);
    QCOMPARE(weekOf(y, W2)->drivers.front().label, u"Support"_qs);
    QCOMPARE(driverText(weekOf(y, W3)->drivers), QString());
}

void TestAccountHistory::explanationAndOverrides()
{
    const AccountHistoryResult y = compute(QStringLiteral("Y"));
    const AccountWeek *w2 = weekOf(y, W2);
    QCOMPARE(w2->explanation.baseScore, 50.0);
    QCOMPARE(w2->explanation.penalties.size(), std::size_t(1));
    QCOMPARE(w2->explanation.penalties.front().id, u"no_support"_qs);
    QCOMPARE(w2->explanation.penalties.front().points, 10.0);
    QVERIFY(weekOf(y, W0)->explanation.penalties.empty());   // F has no penalty
    QCOMPARE(w2->explanation.signals.size(), std::size_t(2));
    QCOMPARE(w2->explanation.signals[0].value, 100.0);
    QCOMPARE(w2->explanation.signals[1].score, 0.0);
    QCOMPARE(y.modelOf(*w2).name, u"B"_qs);

    const AccountHistoryResult x = compute(QStringLiteral("X"));
    QCOMPARE(weekOf(x, W2)->manual.state, OverrideEffect::State::None);
    const AccountWeek *w4 = weekOf(x, W4);
    QCOMPARE(w4->manual.state, OverrideEffect::State::Applied);
    QCOMPARE(w4->manual.tier, 0);
    QCOMPARE(w4->tier(), 2);   // the model's tier stays beside it
    QCOMPARE(x.latest(), w4);
}

void TestAccountHistory::noPublication()
{
    const AccountHistoryResult x = compute(QStringLiteral("X"), false);
    QCOMPARE(x.models.size(), std::size_t(1));
    QCOMPARE(x.weeks.size(), std::size_t(4));
    const double scores[] = {50, 50, 45, 75};   // (u + 3s) / 4
    for (std::size_t i = 0; i < x.weeks.size(); ++i) {
        const AccountWeek &w = x.weeks[i];
        QCOMPARE(w.model, 0);
        QVERIFY(!w.modelChanged);
        QCOMPARE(w.score(), scores[i]);
        if (i > 0) {
            QCOMPARE(w.modelChange, 0.0);
            QCOMPARE(w.behaviour, w.total);
            QCOMPARE(w.total, scores[i] - scores[i - 1]);
        }
    }
}

// A percentile rule ranks the account among the whole week: X's usage 80 is the middle of three in
// W0 (50), the lowest of two present in W1 (0: Y has no values), the lowest of three in W2 (0), the
// middle of three in W4 (50: Z fell to 30).
void TestAccountHistory::percentileRanksTheWholeSnapshot()
{
    const ModelInForce ranked{-1, QStringLiteral("Ranked"), {}, parse(kPercentile)};
    auto r = AccountHistory::compute(*m_history, ranked, {}, QStringLiteral("X"));
    QVERIFY(r);
    QCOMPARE(r->weeks.size(), std::size_t(4));
    QCOMPARE(r->weeks[0].score(), 50.0);
    QCOMPARE(r->weeks[1].score(), 0.0);
    QCOMPARE(r->weeks[1].behaviour, -50.0);   // the same values, ranked against fewer accounts
    QCOMPARE(r->weeks[2].score(), 0.0);
    QCOMPARE(r->weeks[3].score(), 50.0);
    // The engine over each whole week agrees.
    HistoryScorer scorer(*m_ws);
    scorer.setHistory(m_history);
    QVERIFY(scorer.setModel(ranked.model));
    for (const AccountWeek &w : r->weeks) {
        auto s = scorer.score(w.asOf);
        QVERIFY(s);
        QCOMPARE(w.score(), (*s)->scores[std::size_t((*s)->rowOf(QStringLiteral("X")))]);
    }
}

void TestAccountHistory::unknownAccount()
{
    auto r = AccountHistory::compute(*m_history, m_fallback, m_published, QStringLiteral("NOPE"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QCOMPARE(r.error().message, u"no snapshot of account \"NOPE\""_qs);
}

// On the demo portfolio with the two seeds published in turn, for every account: the split sums to
// the total (up to rounding: three differences of sums), and the scores are the whole week's.
void TestAccountHistory::splitSumsOnTheDemo()
{
    const QString path = m_dir.filePath(QStringLiteral("demo.tierlab"));
    auto made = DemoGenerator::generateFile(path, DemoOptions{120, 12, 7, QDate(2026, 11, 2)});
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    auto history = SnapshotHistory::load(**ws);
    QVERIFY(history);
    const std::vector<QDate> &dates = (*history)->dates();
    QCOMPARE(dates.size(), std::size_t(12));
    auto simple = ModelFile::load(QStringLiteral(":/models/seed-simple.json"));
    auto seed = ModelFile::load(QStringLiteral(":/models/seed-default.json"));
    QVERIFY(simple && seed);
    auto a = (*ws)->saveModel(QStringLiteral("simple"), QString::fromUtf8(ModelFile::toJson(*simple)));
    auto b = (*ws)->saveModel(QStringLiteral("default"), QString::fromUtf8(ModelFile::toJson(*seed)));
    QVERIFY(a && b);
    QVERIFY((*ws)->publishModel(*a, QDateTime(dates[3], QTime(10, 0), Qt::UTC)));
    QVERIFY((*ws)->publishModel(*b, QDateTime(dates[7].addDays(-2), QTime(10, 0), Qt::UTC)));
    auto published = AccountHistory::publishedModels(**ws);
    QVERIFY(published);
    const ModelInForce fallback{-1, QStringLiteral("default"), {}, *seed};

    HistoryScorer scorer(**ws);
    scorer.setHistory(*history);
    QVERIFY(scorer.setModel(*simple));
    auto simpleWeek = scorer.score(dates[5]);
    QVERIFY(simpleWeek);

    int changes = 0, modelChanges = 0;
    const std::shared_ptr<const Dataset> last = (*history)->week(dates.size() - 1);
    for (const QString &id : last->accountIds) {
        auto r = AccountHistory::compute(**history, fallback, *published, id);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().message));
        for (const AccountWeek &w : r->weeks) {
            QCOMPARE(w.model, w.asOf < dates[3] ? 0 : w.asOf < dates[7] ? 1 : 2);
            if (w.asOf == dates[5]) {
                const int row = (*simpleWeek)->rowOf(id);
                const double expected = (*simpleWeek)->scores[std::size_t(row)];
                QVERIFY((std::isnan(expected) && !w.scored()) || expected == w.score());
            }
            if (!w.hasChange())
                continue;
            ++changes;
            QVERIFY2(std::abs(w.behaviour + w.modelChange - w.total) < 1e-9,
                     qPrintable(u"%1 %2"_qs.arg(id, w.asOf.toString(Qt::ISODate))));
            if (w.modelChanged)
                ++modelChanges;
        }
    }
    QVERIFY(changes > 1000);
    QVERIFY(modelChanges > 100);
}

QTEST_GUILESS_MAIN(TestAccountHistory)
#include "tst_accounthistory.moc"
