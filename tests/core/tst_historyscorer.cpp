// Tests of HistoryScorer: several as_of snapshots scored with one model, accounts matched by id
// (the same account sits at different rows in different weeks), the per-date cache and errors.
//
// Model: one signal "usage", linear 0 → 100 (score = usage); tiers low ≥ 0, high ≥ 50.
// Accounts, created in the order K, M, Z (the row order of a snapshot):
//   week      K    M    Z
//   2026-01-05  –   70   10      rows: M 0, Z 1
//   2026-01-12  40   75   –       rows: K 0, M 1
//   2026-01-19  55   –    20      rows: K 0, Z 1
#include "analysis/historyscorer.h"
#include "analysis/review.h"
#include "analysis/snapshothistory.h"
#include "engine/scoringengine.h"
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tierlab;

namespace {

const QDate D1(2026, 1, 5), D2(2026, 1, 12), D3(2026, 1, 19);

Model model(double best = 100)
{
    auto m = ModelFile::fromJson(QByteArray(R"({"format":"tierlab-model","version":1,"name":"h",
        "categories":[{"id":"c"}],
        "signals":[{"id":"usage","category":"c","rule":{"kind":"linear","worst":0,"best":)")
                                 + QByteArray::number(best) + R"(}}],
        "tiers":[{"id":"low","min":0},{"id":"high","min":50}]})");
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

} // namespace

class TestHistoryScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dates();
    void scoresMatchById_data();
    void scoresMatchById();
    void scoresMatchById_sharedHistory_data() { scoresMatchById_data(); }
    void scoresMatchById_sharedHistory();
    void cacheAndModelChange();
    void explainedWeeksOnly();
    void reviewSameWithSlimWeeks();
    void errors();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestHistoryScorer::initTestCase()
{
    auto ws = Workspace::open(m_dir.filePath(QStringLiteral("h.tierlab")), Workspace::OpenMode::CreateNew);
    QVERIFY(ws);
    m_ws = std::move(*ws);
    SignalInfo usage;
    usage.id = QStringLiteral("usage");
    auto sig = m_ws->ensureSignal(usage);
    QVERIFY(sig);
    auto put = [&](std::int64_t key, QDate d, double v) {
        SnapshotCodec::Builder b;
        b.addNumber(sig->index, v);
        return bool(m_ws->putSnapshot(key, d, b.data()));
    };
    std::int64_t keys[3];
    const char *ids[3] = {"K", "M", "Z"};
    for (int i = 0; i < 3; ++i) {
        AccountRecord a;
        a.id = QString::fromLatin1(ids[i]);
        auto k = m_ws->upsertAccount(a);
        QVERIFY(k);
        keys[i] = *k;
    }
    // Written out of date order on purpose.
    QVERIFY(put(keys[0], D3, 55));
    QVERIFY(put(keys[2], D3, 20));
    QVERIFY(put(keys[1], D1, 70));
    QVERIFY(put(keys[2], D1, 10));
    QVERIFY(put(keys[0], D2, 40));
    QVERIFY(put(keys[1], D2, 75));
}

void TestHistoryScorer::dates()
{
    HistoryScorer h(*m_ws);
    auto d = h.dates();
    QVERIFY(d);
    QCOMPARE(*d, (std::vector<QDate>{D1, D2, D3}));
}

void TestHistoryScorer::scoresMatchById_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("account");
    QTest::addColumn<int>("row");
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("tier");
    QTest::newRow("M week 1") << D1 << QStringLiteral("M") << 0 << 70.0 << 1;
    QTest::newRow("Z week 1") << D1 << QStringLiteral("Z") << 1 << 10.0 << 0;
    QTest::newRow("K absent week 1") << D1 << QStringLiteral("K") << -1 << 0.0 << -1;
    QTest::newRow("M week 2") << D2 << QStringLiteral("M") << 1 << 75.0 << 1;
    QTest::newRow("K week 2") << D2 << QStringLiteral("K") << 0 << 40.0 << 0;
    QTest::newRow("K week 3") << D3 << QStringLiteral("K") << 0 << 55.0 << 1;
    QTest::newRow("Z week 3") << D3 << QStringLiteral("Z") << 1 << 20.0 << 0;
    QTest::newRow("M absent week 3") << D3 << QStringLiteral("M") << -1 << 0.0 << -1;
}

void TestHistoryScorer::scoresMatchById()
{
    QFETCH(QDate, date);
    QFETCH(QString, account);
    QFETCH(int, row);
    QFETCH(double, score);
    QFETCH(int, tier);
    HistoryScorer h(*m_ws);
    QVERIFY(h.setModel(model()));
    auto s = h.score(date);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    QCOMPARE((*s)->asOf, date);
    QCOMPARE((*s)->size(), std::size_t(2));
    QCOMPARE((*s)->rowOf(account), row);
    if (row < 0)
        return;
    QCOMPARE((*s)->data->accountIds[std::size_t(row)], account);
    QCOMPARE((*s)->scores[std::size_t(row)], score);
    QCOMPARE(int((*s)->tiers[std::size_t(row)]), tier);
    // The kept engine explains the same row.
    QCOMPARE((*s)->engine->explain(std::size_t(row)).score, score);
}

// The same rows and figures when the weeks come from a decoded history instead of the workspace,
// and the dataset is the history's own (shared, not a copy).
void TestHistoryScorer::scoresMatchById_sharedHistory()
{
    QFETCH(QDate, date);
    QFETCH(QString, account);
    QFETCH(int, row);
    QFETCH(double, score);
    QFETCH(int, tier);
    auto shared = SnapshotHistory::load(*m_ws);
    QVERIFY(shared);
    HistoryScorer h(*m_ws);
    h.setHistory(*shared);
    QVERIFY(h.setModel(model()));
    QCOMPARE(*h.dates(), (*shared)->dates());
    auto s = h.score(date);
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
    const auto &days = (*shared)->dates();
    const auto week = std::size_t(std::find(days.begin(), days.end(), date) - days.begin());
    QCOMPARE((*s)->data.get(), (*shared)->week(week).get());
    QCOMPARE((*s)->rowOf(account), row);
    if (row < 0)
        return;
    QCOMPARE((*s)->scores[std::size_t(row)], score);
    QCOMPARE(int((*s)->tiers[std::size_t(row)]), tier);
    QVERIFY(!h.score(QDate(1999, 1, 1)));   // a day the history does not have
}

void TestHistoryScorer::cacheAndModelChange()
{
    HistoryScorer h(*m_ws);
    QVERIFY(h.setModel(model()));
    auto all = h.scoreAll({D1, D2, D3});
    QVERIFY(all);
    QCOMPARE(all->size(), std::size_t(3));
    QCOMPARE(h.cachedCount(), std::size_t(3));
    auto again = h.score(D2);
    QVERIFY(again);
    QCOMPARE(again->get(), (*all)[1].get());   // from the cache

    // A new model drops the cache: usage on 0 → 200 halves every score.
    QVERIFY(h.setModel(model(200)));
    QCOMPARE(h.cachedCount(), std::size_t(0));
    auto half = h.score(D1);
    QVERIFY(half);
    QCOMPARE((*half)->scores[0], 35.0);
    QCOMPARE(int((*half)->tiers[0]), 0);
}

// Weeks that are not explained keep scores, tiers and the filters' columns, without the engine and
// the signal columns; the figures are those of the week scored whole.
void TestHistoryScorer::explainedWeeksOnly()
{
    auto shared = SnapshotHistory::load(*m_ws);
    QVERIFY(shared);
    HistoryScorer whole(*m_ws);
    whole.setHistory(*shared);
    QVERIFY(whole.setModel(model()));
    HistoryScorer h(*m_ws);
    h.setHistory(*shared);
    QVERIFY(h.setModel(model()));
    h.setExplainedWeeks({D3});
    for (const QDate d : {D1, D2, D3}) {
        auto s = h.score(d);
        auto w = whole.score(d);
        QVERIFY(s && w);
        QCOMPARE((*s)->isExplained(), d == D3);
        QCOMPARE((*s)->scores.size(), (*w)->scores.size());
        for (std::size_t r = 0; r < (*w)->scores.size(); ++r)
            QVERIFY((*s)->scores[r] == (*w)->scores[r] || (std::isnan((*s)->scores[r]) && std::isnan((*w)->scores[r])));
        QCOMPARE((*s)->tiers, (*w)->tiers);
        QCOMPARE((*s)->data->accountIds, (*w)->data->accountIds);
        QCOMPARE((*s)->data->arr.size(), (*w)->data->arr.size());
        QCOMPARE((*s)->data->csm, (*w)->data->csm);
        QCOMPARE((*s)->rowOf(QStringLiteral("K")), (*w)->rowOf(QStringLiteral("K")));
        if (d != D3)
            QVERIFY((*s)->data->columns.empty());
    }
    // Another week to explain: the one cached slim is scored whole again, the old one slimmed.
    h.setExplainedWeeks({D1});
    auto d1 = h.score(D1);
    QVERIFY(d1);
    QVERIFY((*d1)->isExplained());
    QCOMPARE((*d1)->engine->explain(0).score, 70.0);
    auto d3 = h.score(D3);
    QVERIFY(d3);
    QVERIFY(!(*d3)->isExplained());
    // No list (the default): every week whole.
    h.setExplainedWeeks({});
    QVERIFY((*h.score(D2))->isExplained());
}

// The review reads only the explained weeks' engines: its result is the same, byte for byte.
void TestHistoryScorer::reviewSameWithSlimWeeks()
{
    auto shared = SnapshotHistory::load(*m_ws);
    QVERIFY(shared);
    HistoryScorer whole(*m_ws);
    whole.setHistory(*shared);
    QVERIFY(whole.setModel(model()));
    HistoryScorer slim(*m_ws);
    slim.setHistory(*shared);
    QVERIFY(slim.setModel(model()));
    slim.setExplainedWeeks({D3, D2});
    ReviewOptions o;
    o.week = D3;
    auto a = Review::compute(whole, o);
    auto b = Review::compute(slim, o);
    QVERIFY(a && b);
    QCOMPARE(Review::toJson(*b), Review::toJson(*a));
    QVERIFY(!(*slim.score(D1))->isExplained());
}

void TestHistoryScorer::errors()
{
    HistoryScorer h(*m_ws);
    auto noModel = h.score(D1);
    QVERIFY(!noModel);
    QCOMPARE(noModel.error().code, Error::Code::Invalid);
    QVERIFY(h.setModel(model()));
    auto missing = h.score(QDate(2026, 1, 6));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("2026-01-06")));
    auto some = h.scoreAll({D1, QDate(2030, 1, 1)});
    QVERIFY(!some);

    // A model on a column the workspace lacks fails with the date in the message.
    auto m = model();
    m.signals[0].column = QStringLiteral("nps");
    QVERIFY(h.setModel(m));
    auto bad = h.score(D1);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("2026-01-05")));
}

QTEST_GUILESS_MAIN(TestHistoryScorer)
#include "tst_historyscorer.moc"
