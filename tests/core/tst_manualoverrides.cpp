// ManualOverrides (core/analysis/manualoverrides.h, docs/overrides.md) on hand-made records and a tiny
// model's tiers: red ≥ 0, yellow ≥ 40, green ≥ 70.
//
// Weeks W0 2026-01-05 … W3 2026-01-26. Records (account: what, created, expires, cleared):
//   A1: tier red,    created W1 (Tuesday 2026-01-13 10:00), no expiry
//   A2: score 35,    created W0 00:00, expires W2
//   A3: tier purple, created W0 (not a tier of the model)
//   A4: tier green,  created W0, cleared 2026-01-19 08:00 (= W2)
//   A5: tier yellow, created W0; then tier green created W2 (both open by hand: the newer wins)
//   A6: score 70,    created W0
#include "analysis/manualoverrides.h"

#include "manualoverride.h"

#include <QTest>

#include <cmath>

using namespace tierlab;

namespace {

const QDate W0(2026, 1, 5), W1(2026, 1, 12), W2(2026, 1, 19), W3(2026, 1, 26);

using test::utc;

ManualOverrideRecord record(std::int64_t id, const char *account, const char *tier, double score, QDateTime created,
                            QDate expires = {}, QDateTime cleared = {})
{
    ManualOverrideRecord r = test::manualOverride(QString::fromLatin1(account), QString::fromLatin1(tier), score, created, expires, cleared);
    r.id = id;
    return r;
}

constexpr double U = std::numeric_limits<double>::quiet_NaN();

std::vector<ManualOverrideRecord> records()
{
    return {record(1, "A1", "red", U, QDateTime(QDate(2026, 1, 13), QTime(10, 0), Qt::UTC)),
            record(2, "A2", "", 35, utc(W0), W2),
            record(3, "A3", "purple", U, utc(W0)),
            record(4, "A4", "green", U, utc(W0), {}, utc(W2, 8)),
            record(5, "A5", "yellow", U, utc(W0)),
            record(6, "A5", "green", U, utc(W2)),
            record(7, "A6", "", 70, utc(W0))};
}

std::vector<Tier> tiers()
{
    return {{QStringLiteral("red"), QStringLiteral("Red"), {}, 0, {}},
            {QStringLiteral("yellow"), QStringLiteral("Yellow"), {}, 40, {}},
            {QStringLiteral("green"), QStringLiteral("Green"), {}, 70, {}}};
}

} // namespace

class TestManualOverrides : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effect_data();
    void effect();
    void apply();
    void applyReusesItsOutput();
    void noTiersAppliesNothing();
    void scoreOverrideEdges_data();
    void scoreOverrideEdges();
    void text();
};

void TestManualOverrides::effect_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<double>("modelScore");
    QTest::addColumn<int>("modelTier");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("tier");
    QTest::addColumn<double>("score");
    QTest::addColumn<std::int64_t>("id");   // the record in force; 0: none
    const int none = int(OverrideEffect::State::None);
    const int applied = int(OverrideEffect::State::Applied);
    const int notApplied = int(OverrideEffect::State::NotApplied);
    QTest::newRow("A1 week before creation") << u"A1"_qs << W0 << 80.0 << 2 << none << 2 << 80.0 << std::int64_t(0);
    QTest::newRow("A1 week of creation, created after it") << u"A1"_qs << W1 << 80.0 << 2 << none << 2 << 80.0 << std::int64_t(0);
    QTest::newRow("A1 tier red") << u"A1"_qs << W2 << 80.0 << 2 << applied << 0 << 80.0 << std::int64_t(1);
    QTest::newRow("A1 unscored, still placed") << u"A1"_qs << W3 << U << -1 << applied << 0 << U << std::int64_t(1);
    QTest::newRow("A2 score on its creation day") << u"A2"_qs << W0 << 90.0 << 2 << applied << 0 << 35.0 << std::int64_t(2);
    QTest::newRow("A2 the week before expiry") << u"A2"_qs << W1 << 90.0 << 2 << applied << 0 << 35.0 << std::int64_t(2);
    QTest::newRow("A2 week of expiry") << u"A2"_qs << W2 << 90.0 << 2 << none << 2 << 90.0 << std::int64_t(0);
    QTest::newRow("A3 unknown tier") << u"A3"_qs << W1 << 50.0 << 1 << notApplied << 1 << 50.0 << std::int64_t(3);
    QTest::newRow("A4 before the clear") << u"A4"_qs << W1 << 10.0 << 0 << applied << 2 << 10.0 << std::int64_t(4);
    QTest::newRow("A4 week of the clear") << u"A4"_qs << W2 << 10.0 << 0 << none << 0 << 10.0 << std::int64_t(0);
    QTest::newRow("A5 the older alone") << u"A5"_qs << W1 << 10.0 << 0 << applied << 1 << 10.0 << std::int64_t(5);
    QTest::newRow("A5 the newer wins") << u"A5"_qs << W2 << 10.0 << 0 << applied << 2 << 10.0 << std::int64_t(6);
    QTest::newRow("A6 score on the green edge") << u"A6"_qs << W3 << 20.0 << 0 << applied << 2 << 70.0 << std::int64_t(7);
    QTest::newRow("no override") << u"A9"_qs << W3 << 55.0 << 1 << none << 1 << 55.0 << std::int64_t(0);
}

void TestManualOverrides::effect()
{
    QFETCH(QString, account);
    QFETCH(QDate, asOf);
    QFETCH(double, modelScore);
    QFETCH(int, modelTier);
    QFETCH(int, state);
    QFETCH(int, tier);
    QFETCH(double, score);
    QFETCH(std::int64_t, id);
    ManualOverrides overrides(records());
    overrides.setTiers(tiers());
    const OverrideEffect e = overrides.effect(account, asOf, modelScore, modelTier);
    QCOMPARE(int(e.state), state);
    QCOMPARE(e.tier, tier);
    if (std::isnan(score))
        QVERIFY(std::isnan(e.score));
    else
        QCOMPARE(e.score, score);
    QCOMPARE(e.record < 0 ? std::int64_t(0) : overrides.records()[std::size_t(e.record)].id, id);
    QCOMPARE(overrides.find(account, asOf), e.record);
}

void TestManualOverrides::apply()
{
    ManualOverrides overrides(records());
    overrides.setTiers(tiers());
    const std::vector<QString> ids{u"A9"_qs, u"A1"_qs, u"A3"_qs, u"A2"_qs, u"A4"_qs};
    const std::vector<double> scores{50, 80, 50, 90, 10};
    const std::vector<std::int8_t> modelTiers{1, 2, 1, 2, 0};
    std::vector<OverrideEffect> out;
    QCOMPARE(overrides.apply(W1, ids, scores, modelTiers, out), std::size_t(3));   // A3 (not applied), A2, A4
    QCOMPARE(out.size(), ids.size());
    const int expectTier[] = {1, 2, 1, 0, 2};
    const double expectScore[] = {50, 80, 50, 35, 10};
    const OverrideEffect::State expectState[] = {OverrideEffect::State::None, OverrideEffect::State::None,
                                                 OverrideEffect::State::NotApplied, OverrideEffect::State::Applied,
                                                 OverrideEffect::State::Applied};
    for (std::size_t r = 0; r < ids.size(); ++r) {
        QCOMPARE(out[r].tier, expectTier[r]);
        QCOMPARE(out[r].score, expectScore[r]);
        QCOMPARE(out[r].state, expectState[r]);
    }
    QVERIFY(overrides.anyOn(W0));
    QVERIFY(!overrides.anyOn(QDate(2026, 1, 4)));   // before every creation: nothing in force
    QCOMPARE(overrides.apply(QDate(2026, 1, 4), ids, scores, modelTiers, out), std::size_t(0));
    for (std::size_t r = 0; r < ids.size(); ++r) {
        QCOMPARE(out[r].tier, int(modelTiers[r]));
        QCOMPARE(out[r].score, scores[r]);
        QCOMPARE(out[r].record, -1);
    }
}

void TestManualOverrides::applyReusesItsOutput()
{
    ManualOverrides overrides(records());
    overrides.setTiers(tiers());
    const std::vector<QString> ids{u"A1"_qs, u"A2"_qs, u"A3"_qs};
    const std::vector<double> scores{1, 2, 3};
    const std::vector<std::int8_t> modelTiers{0, 0, 0};
    std::vector<OverrideEffect> out;
    overrides.apply(W2, ids, scores, modelTiers, out);
    const OverrideEffect *buffer = out.data();
    for (const QDate week : {W0, W1, W3})
        overrides.apply(week, ids, scores, modelTiers, out);
    QCOMPARE(out.data(), buffer);   // week after week in the same storage
}

void TestManualOverrides::noTiersAppliesNothing()
{
    ManualOverrides overrides(records());
    const OverrideEffect e = overrides.effect(u"A1"_qs, W3, 80, 2);
    QCOMPARE(e.state, OverrideEffect::State::NotApplied);
    QCOMPARE(e.tier, 2);
    ManualOverrides empty;
    QVERIFY(empty.empty());
    QVERIFY(!empty.anyOn(W3));
    QCOMPARE(empty.find(u"A1"_qs, W3), -1);
}

void TestManualOverrides::scoreOverrideEdges_data()
{
    QTest::addColumn<double>("score");
    QTest::addColumn<int>("tier");
    QTest::newRow("0") << 0.0 << 0;
    QTest::newRow("39.99") << 39.99 << 0;
    QTest::newRow("40") << 40.0 << 1;
    QTest::newRow("69.5") << 69.5 << 1;
    QTest::newRow("70") << 70.0 << 2;
    QTest::newRow("100") << 100.0 << 2;
}

void TestManualOverrides::scoreOverrideEdges()
{
    QFETCH(double, score);
    QFETCH(int, tier);
    ManualOverrides overrides({record(1, "A1", "", score, utc(W0))});
    overrides.setTiers(tiers());
    QCOMPARE(overrides.tierOf(0), tier);
    const OverrideEffect e = overrides.effect(u"A1"_qs, W0, 55, 1);
    QCOMPARE(e.tier, tier);
    QCOMPARE(e.score, score);
}

void TestManualOverrides::text()
{
    QCOMPARE(ManualOverrides::marker(), QStringLiteral("✎"));
    QCOMPARE(ManualOverrides::describe(records()[0]), QStringLiteral("tier red"));
    QCOMPARE(ManualOverrides::describe(records()[1]), QStringLiteral("score 35"));
}

QTEST_GUILESS_MAIN(TestManualOverrides)
#include "tst_manualoverrides.moc"
