#pragma once

// The small workspace of the account view's tests (tests/core/tst_accounthistory.cpp works out every
// score; tests/ui/tst_accountpage.cpp shows them): three accounts over five weeks, two published
// versions and one CSM override.
//
// Signals usage and support, both linear 0 → 100, one category. Tiers red ≥ 0, yellow ≥ 40, green ≥ 70.
//   F (the fallback)  usage weight 1, support 3:  (u + 3s) / 4
//   A                 usage weight 3, support 1:  (3u + s) / 4          published 2026-01-10 12:00 UTC
//   B                 usage weight 1, support 1:  (u + s) / 2, penalty  published 2026-01-19 08:00 UTC
//                     "no_support" (support ≤ 0) −10                    (on W2's as_of: in force at W2)
// Weeks W0 2026-01-05 (F), W1 01-12 (A), W2 01-19 (B), W3 01-26 (B), W4 02-02 (B).
//
//  id  (u, s) per week                         scores with the model in force
//  X   (80,40) (80,40) (60,40)  –     (60,80)   F 50 | A 70 | B 50 | – | B 70
//  Y   (50,50)  none  (100,0) (100,0) (100,0)   F 50 | unscored | B 40 (penalty) | B 40 | B 40
//  Z   (90,90) × 4, then (30,30)                F 90 | A 90 | B 90 | B 90 | B 30
// X has a tier override "red" from 2026-01-20 09:00 UTC (so W4 carries it, W2 not).

#include "manualoverride.h"

#include "model/model.h"
#include "model/modelfile.h"
#include "store/snapshotcodec.h"
#include "store/workspace.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <limits>
#include <optional>

namespace tierlab::test::account {

inline const QDate W0(2026, 1, 5), W1(2026, 1, 12), W2(2026, 1, 19), W3(2026, 1, 26), W4(2026, 2, 2);

// The model JSON: usage and support weights, and B's penalty.
inline QByteArray modelJson(const char *name, int usageWeight, int supportWeight, bool penalty)
{
    QByteArray json = R"({"format":"tierlab-model","version":1,"name":")" + QByteArray(name) + R"(",
      "categories":[{"id":"c","weight":1}],
      "signals":[{"id":"usage","label":"Usage","category":"c","weight":)" + QByteArray::number(usageWeight)
                      + R"(,"rule":{"kind":"linear","worst":0,"best":100}},
                 {"id":"support","label":"Support","category":"c","weight":)" + QByteArray::number(supportWeight)
                      + R"(,"rule":{"kind":"linear","worst":0,"best":100}}],)";
    if (penalty)
        json += R"("penalties":[{"id":"no_support","column":"support","label":"No support","op":"<=","value":0,"points":10}],)";
    json += R"("tiers":[{"id":"red","label":"Red","min":0},{"id":"yellow","label":"Yellow","min":40},
               {"id":"green","label":"Green","min":70}]})";
    return json;
}

inline Model fallbackModel()
{
    return *ModelFile::fromJson(modelJson("F", 1, 3, false));
}

// Fills a new workspace; an empty text when it went well, else what failed.
inline QString fill(Workspace &ws)
{
    struct Values
    {
        double usage;
        double support;
    };
    struct Row
    {
        const char *id;
        const char *name;
        const char *csm;
        double arr;
        QDate renewal;
        std::optional<Values> weeks[5];   // nullopt: no snapshot that week; NaN: a snapshot without values
    };
    constexpr double U = std::numeric_limits<double>::quiet_NaN();
    const Values high{90, 90};
    const Row rows[] = {
        {"X", "Acme", "Ann", 12000, QDate(2026, 3, 31), {Values{80, 40}, Values{80, 40}, Values{60, 40}, std::nullopt, Values{60, 80}}},
        {"Y", "Beta", "Bob", 50000, QDate(), {Values{50, 50}, Values{U, U}, Values{100, 0}, Values{100, 0}, Values{100, 0}}},
        {"Z", "Gamma", "Ann", 3000, QDate(), {high, high, high, high, Values{30, 30}}},
    };
    SignalInfo usage;
    usage.id = QStringLiteral("usage");
    usage.label = QStringLiteral("Usage");
    SignalInfo support;
    support.id = QStringLiteral("support");
    support.label = QStringLiteral("Support");
    auto u = ws.ensureSignal(usage);
    auto s = ws.ensureSignal(support);
    if (!u || !s)
        return QStringLiteral("signals");
    const QDate weeks[5] = {W0, W1, W2, W3, W4};
    if (!ws.begin())
        return QStringLiteral("begin");
    for (const Row &row : rows) {
        AccountRecord a;
        a.id = QString::fromLatin1(row.id);
        a.name = QString::fromLatin1(row.name);
        a.csm = QString::fromLatin1(row.csm);
        a.segment = QStringLiteral("SMB");
        a.arr = row.arr;
        a.renewalDate = row.renewal;
        auto key = ws.upsertAccount(a);
        if (!key)
            return key.error().message;
        for (int w = 0; w < 5; ++w) {
            if (!row.weeks[w])
                continue;
            SnapshotCodec::Builder b;
            b.addNumber(u->index, row.weeks[w]->usage);   // NaN is skipped: a row without values
            b.addNumber(s->index, row.weeks[w]->support);
            if (auto put = ws.putSnapshot(*key, weeks[w], b.data()); !put)
                return put.error().message;
        }
    }
    if (!ws.commit())
        return QStringLiteral("commit");
    auto a = ws.saveModel(QStringLiteral("Version A"), QString::fromUtf8(modelJson("A", 3, 1, false)));
    auto b = ws.saveModel(QStringLiteral("Version B"), QString::fromUtf8(modelJson("B", 1, 1, true)));
    if (!a || !b)
        return QStringLiteral("save");
    if (!ws.publishModel(*a, QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC))
        || !ws.publishModel(*b, QDateTime(QDate(2026, 1, 19), QTime(8, 0), Qt::UTC)))
        return QStringLiteral("publish");
    if (auto o = ws.setManualOverride(manualOverride(QStringLiteral("X"), QStringLiteral("red"), kMissing, utc(QDate(2026, 1, 20), 9))); !o)
        return o.error().message;
    return {};
}

} // namespace tierlab::test::account
