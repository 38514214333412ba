#pragma once

// What the SQL export tests of hysteresis and the trend tier share (tst_sqlexporter on SQLite,
// tst_sqlexportpostgres on PostgreSQL): weekly histories written into a workspace — the demo's weeks
// with the corner columns of sqlexportcheck.h and accounts left out some weeks, and a hand-made one
// whose scores sit on the edges — random models with hysteresis and a trend tier over them, and the
// week-by-week comparison of the rows a database returns with TierPaths.
#include "sqlexportcheck.h"

#include "analysis/snapshothistory.h"
#include "analysis/tierpaths.h"
#include "model/modelsegments.h"
#include "store/snapshotcodec.h"

#include <map>
#include <optional>
#include <set>

namespace tierlab::test {

struct SqlPathRow
{
    QString accountId;
    QString asOf;
    double score = kMissing;
    QString tier;
    bool declining = false;
};

// A history in a workspace of its own, and its weeks as SqlExportData (the source table's rows).
struct SqlHistory
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> workspace;
    std::shared_ptr<const SnapshotHistory> history;
    SqlExportData data;
};

namespace detail {

// Writes `weeks` (datasets with `catalogue`'s columns) into a new workspace, without the rows
// `keep(week, row)` rejects, and loads it back as a history.
template <typename Keep>
Result<SqlHistory> writeHistory(const std::vector<Dataset> &weeks, const std::vector<SignalInfo> &catalogue,
                                const std::vector<AccountRecord> &accounts, Keep &&keep)
{
    SqlHistory h;
    h.dir = std::make_unique<QTemporaryDir>();
    auto ws = Workspace::open(h.dir->filePath(QStringLiteral("history.tierlab")), Workspace::OpenMode::CreateNew);
    if (!ws)
        return std::unexpected(ws.error());
    h.workspace = std::move(*ws);
    std::vector<int> index;
    for (const SignalInfo &info : catalogue) {
        auto s = h.workspace->ensureSignal(info);
        if (!s)
            return std::unexpected(s.error());
        index.push_back(s->index);
    }
    if (auto ok = h.workspace->begin(); !ok)
        return std::unexpected(ok.error());
    std::map<QString, std::int64_t> keys;
    for (const AccountRecord &a : accounts) {
        auto key = h.workspace->upsertAccount(a);
        if (!key)
            return std::unexpected(key.error());
        keys[a.id] = *key;
    }
    for (std::size_t w = 0; w < weeks.size(); ++w) {
        const Dataset &d = weeks[w];
        for (std::size_t r = 0; r < d.size(); ++r) {
            if (!keep(w, r))
                continue;
            SnapshotCodec::Builder b;
            for (std::size_t c = 0; c < d.columns.size(); ++c) {
                const Column &col = d.columns[c];
                if (col.isMissing(r))
                    continue;
                if (col.info.type == SignalType::Category)
                    b.addText(index[c], col.dictionary[std::size_t(col.codes[r])]);
                else
                    b.addNumber(index[c], col.numbers[r]);
            }
            if (auto ok = h.workspace->putSnapshot(keys.at(d.accountIds[r]), d.asOf, b.data()); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = h.workspace->commit(); !ok)
        return std::unexpected(ok.error());
    auto history = SnapshotHistory::load(*h.workspace);
    if (!history)
        return std::unexpected(history.error());
    h.history = *history;
    for (std::size_t w = 0; w < h.history->dates().size(); ++w)
        h.data.snapshots.push_back(h.history->week(w));
    h.data.catalogue = h.history->catalogue();
    return h;
}

} // namespace detail

// The demo's `weeks` weeks (`accounts` accounts) with the corner columns of sqlExportData, drawn anew
// every week; about one account-week in ten is left out, and some accounts start late or end early.
inline Result<SqlHistory> sqlHistoryData(int accounts, int weeks)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tierlab"));
    DemoOptions options;
    options.accounts = accounts;
    options.weeks = weeks;
    if (auto stats = DemoGenerator::generateFile(path, options); !stats)
        return std::unexpected(stats.error());
    auto ws = Workspace::open(path);
    if (!ws)
        return std::unexpected(ws.error());
    const Result<std::vector<QDate>> dates = (*ws)->asOfDates();
    const Result<std::vector<AccountRecord>> records = (*ws)->accounts();
    if (!dates || !records)
        return fail(QStringLiteral("cannot read the demo"));
    const QString null;
    const QStringList words = {QStringLiteral("yes"), QStringLiteral(" Yes "), QStringLiteral("n"), QStringLiteral("0"),
                               QStringLiteral("maybe"), null};
    const QStringList plans = {QStringLiteral(" Gold"), QStringLiteral("Silver\u00a0"), QStringLiteral("bronze"),
                               QStringLiteral("O'Brien\"; DROP TABLE snapshots; --"), null};
    const double nan = kMissing;
    std::mt19937_64 rng(20261208);
    std::vector<Dataset> loaded;
    std::vector<SignalInfo> catalogue;
    for (const QDate &date : *dates) {
        Result<Dataset> week = (*ws)->loadSnapshot(date);
        if (!week)
            return std::unexpected(week.error());
        Dataset &d = *week;
        const std::size_t n = d.size();
        std::vector<double> uniform;
        for (int i = 0; i < 64; ++i)
            uniform.push_back(std::uniform_real_distribution<double>(-50, 150)(rng));
        uniform.push_back(nan);
        d.columns.push_back(detail::textColumn(QStringLiteral("yes_no"), n, words, rng));
        d.columns.push_back(detail::textColumn(QStringLiteral("plan"), n, plans, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("ties"), SignalType::Number, n, {0, -0.0, 1, 2, 2.5, nan}, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("odd \"col\"; name"), SignalType::Number, n, uniform, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("f"), SignalType::Flag, n, {0, 1, nan}, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("p"), SignalType::Number, n, uniform, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("escalated"), SignalType::Flag, n, {0, 0, 0, 1, nan}, rng));
        if (catalogue.empty()) {
            for (Column &c : d.columns)
                catalogue.push_back(c.info);
        }
        loaded.push_back(std::move(d));
    }
    // Per account: the first and last week it has, and a random tenth of the weeks between left out.
    std::map<QString, std::pair<std::size_t, std::size_t>> span;
    for (const AccountRecord &a : *records) {
        const std::size_t first = rng() % 5 == 0 ? std::size_t(rng() % std::uint64_t(weeks)) : 0;
        const std::size_t last = rng() % 5 == 0 ? first + std::size_t(rng() % std::uint64_t(std::size_t(weeks) - first)) : std::size_t(weeks);
        span[a.id] = {first, last};
    }
    return detail::writeHistory(loaded, catalogue, *records, [&](std::size_t w, std::size_t r) {
        const auto &[first, last] = span.at(loaded[w].accountIds[r]);
        return w >= first && w <= last && rng() % 10 != 0;
    });
}

// A history made for the edges (docs/sql-export.md names the cases): signal `usage` read by a linear
// rule 0 → 100, so the score is the usage; `champ` a flag for a tier cap; `segment` "ent" for the
// segment with its own tier mins. -1: no snapshot that week; -2: a snapshot without usage (unscored).
inline Result<SqlHistory> sqlEdgeHistory(const std::map<QString, std::vector<double>> &usage,
                                         const std::map<QString, std::vector<int>> &champ = {},
                                         const QStringList &enterprise = {})
{
    SignalInfo u, c;
    u.id = u.originalName = QStringLiteral("usage");
    c.id = c.originalName = QStringLiteral("champ");
    c.type = SignalType::Flag;
    u.index = 0;
    c.index = 1;
    std::vector<AccountRecord> accounts;
    std::size_t weeks = 0;
    for (const auto &[id, values] : usage) {
        AccountRecord a;
        a.id = id;
        a.segment = enterprise.contains(id) ? QStringLiteral("ent") : QStringLiteral("smb");
        accounts.push_back(a);
        weeks = std::max(weeks, values.size());
    }
    std::vector<Dataset> loaded(weeks);
    for (std::size_t w = 0; w < weeks; ++w) {
        Dataset &d = loaded[w];
        d.asOf = QDate(2026, 1, 5).addDays(7 * qint64(w));
        d.columns.resize(2);
        d.columns[0].info = u;
        d.columns[1].info = c;
        for (const auto &[id, values] : usage) {
            d.accountIds.push_back(id);
            const double v = w < values.size() ? values[w] : -1;
            d.columns[0].numbers.push_back(v < 0 ? kMissing : v);
            const auto it = champ.find(id);
            d.columns[1].numbers.push_back(it != champ.end() && w < it->second.size() && it->second[w] ? 1 : 0);
        }
    }
    return detail::writeHistory(loaded, {u, c}, accounts, [&](std::size_t w, std::size_t r) {
        const std::vector<double> &values = usage.at(loaded[w].accountIds[r]);
        return w < values.size() && values[w] != -1;
    });
}

// The model of the edge history: tiers low 0, mid 40, high 70 (segment "ent": 0, 50, 80), champ caps
// the tier at low; the caller adds hysteresis and the trend tier.
inline Model sqlEdgeModel()
{
    auto m = ModelFile::fromJson(QByteArray(R"({"format":"tierlab-model","version":2,"name":"edges",
        "categories":[{"id":"c"}],
        "signals":[{"id":"usage","category":"c","rule":{"kind":"linear","worst":0,"best":100}}],
        "overrides":[{"id":"champ","op":"==","value":true,"cap_tier":"low"}],
        "tiers":[{"id":"low","min":0},{"id":"mid","min":40},{"id":"high","min":70}],
        "segments":{"by":"segment","variants":[{"id":"ent","when":["ent"],
            "tiers":[{"id":"low","min":0},{"id":"mid","min":50},{"id":"high","min":80}]}]}})"));
    if (!m)
        qFatal("%s", qPrintable(m.error().message));
    return *m;
}

// The edge history's usage per account, weeks 0–7 (h_…: hysteresis edges, t_…: slopes), its tier
// caps (champ) and its accounts in segment "ent". The expected tiers are in tst_sqlexporter.
inline std::map<QString, std::vector<double>> sqlEdgeUsage()
{
    return {{QStringLiteral("h_a"), {50, 45, 75, 65, 65, 60, 74.5, 74}},
            {QStringLiteral("h_b"), {50, 74.5, -2, 74, 30, -1, 36, 35}},
            {QStringLiteral("h_c"), {50, 35, 36, -1, 60, 35, 34.5, 20}},
            {QStringLiteral("h_d"), {60, 53.5, 85, 75, 74.5, 44.5, 45, 90}},
            {QStringLiteral("h_e"), {80, 80, 72, 72, 40, 45, 50, 69.5}},
            {QStringLiteral("h_f"), {-2, -2, 50, 80, -1, 40, 39.5, 36}},
            {QStringLiteral("t_1"), {66, 64, 62, 60, 48, 46, 44, 42}},
            {QStringLiteral("t_2"), {60.5, -1, 57.5, 56, 54, 52, 50.5, 49}},
            {QStringLiteral("t_3"), {66, -2, 62, 60, 58.5, 57.5, 50, 45}},
            {QStringLiteral("t_4"), {66, 64, -1, -1, 60, -2, 59, 58}},
            {QStringLiteral("t_5"), {90, 85, 80, 75, 69, 66, 63, 60}},
            {QStringLiteral("t_6"), {66, 64, 62, 60, 58.5, 56.5, 54.5, 52.5}},
            {QStringLiteral("t_7"), {66, 64, 62, 60, 58.5, 56.5, 52.5, 50.5}},
            {QStringLiteral("t_8"), {-1, -1, 66, 64, 62, 60, 58.5, -1}}};
}

inline std::map<QString, std::vector<int>> sqlEdgeChamp()
{
    return {{QStringLiteral("h_e"), {0, 1, 0, 0, 1, 0, 0, 0}}, {QStringLiteral("t_6"), {0, 0, 1, 0, 0, 0, 0, 0}}};
}

inline QStringList sqlEdgeEnterprise()
{
    return {QStringLiteral("h_d"), QStringLiteral("t_7")};
}

// The models over the edge history, by name: hysteresis by points, by weeks and both, trend tiers
// with and without it.
inline std::vector<std::pair<QString, Model>> sqlEdgeModels()
{
    std::vector<std::pair<QString, Model>> out;
    auto add = [&](const char *name, std::optional<Hysteresis> h, std::optional<TrendSplit> t, bool segments = true) {
        Model m = sqlEdgeModel();
        m.hysteresis = h;
        m.trend = t;
        if (!segments)
            m.segments = Segments();
        out.emplace_back(QString::fromLatin1(name), std::move(m));
    };
    auto trend = [](const char *tier, int weeks, double slope) {
        return TrendSplit{QString::fromLatin1(tier), weeks, slope, QStringLiteral("declining"), {}, {}, {}};
    };
    add("hysteresis 5 points 2 weeks", Hysteresis{5, 2, {}}, {});
    add("hysteresis 5 points", Hysteresis{5, 0, {}}, {});
    add("hysteresis 2 weeks", Hysteresis{1000, 2, {}}, {});
    add("hysteresis 1 week", Hysteresis{1000, 1, {}}, {});
    add("hysteresis 0 points", Hysteresis{0, 0, {}}, {});
    add("hysteresis 0.5 points 3 weeks", Hysteresis{0.5, 3, {}}, {});
    add("hysteresis 5 points 2 weeks, no segments", Hysteresis{5, 2, {}}, {}, false);
    add("trend mid 3 weeks slope 2", {}, trend("mid", 3, 2));
    add("trend mid 4 weeks slope 1.5", {}, trend("mid", 4, 1.5));
    add("trend mid 8 weeks slope 0", {}, trend("mid", 8, 0));
    add("trend mid 3 weeks slope 2, hysteresis 5 points 2 weeks", Hysteresis{5, 2, {}}, trend("mid", 3, 2));
    add("trend high 3 weeks slope 5, hysteresis 5 points 2 weeks", Hysteresis{5, 2, {}}, trend("high", 3, 5));
    add("trend low 5 weeks slope 1, hysteresis 3 points 1 week", Hysteresis{3, 1, {}}, trend("low", 5, 1));
    return out;
}

// A random model of sqlHistoryData (randomSqlModel) with hysteresis and/or a trend tier: `kind` 0
// points only, 1 weeks only (points too high to pass), 2 both; a trend tier on every other seed.
inline Result<Model> randomDynamicsModel(quint64 seed, const SqlExportData &data, int kind, bool trend)
{
    // A model with a variant that scores nobody (TierPaths refuses it) gives way to the next seed.
    auto scores = [&](const Model &model) {
        for (std::size_t v = 0; v < model.segments.variants.size(); ++v) {
            if (!ModelValidator::validate(ModelSegments::variantModel(model, v), &data.catalogue))
                return false;
        }
        return true;
    };
    Result<Model> m = randomSqlModel(seed, data);
    for (quint64 next = seed + 1000; m && !scores(*m); next += 1000)
        m = randomSqlModel(next, data);
    if (!m)
        return m;
    std::mt19937_64 rng(seed * 7919);
    const std::vector<double> points = {0, 0.5, 2, 3, 7.25, 15};
    m->version = 2;
    if (kind >= 0) {
        Hysteresis h;
        h.points = kind == 1 ? 1000 : points[rng() % points.size()];
        h.weeks = kind == 0 ? 0 : kind == 1 ? int(2 + rng() % 3) : int(1 + rng() % 4);
        m->hysteresis = h;
    }
    if (trend) {
        TrendSplit t;
        t.tier = m->tiers[rng() % m->tiers.size()].id;
        t.weeks = int(3 + rng() % 10);
        t.slope = std::vector<double>{0, 0.25, 1, 2.5, 6}[rng() % 5];
        t.id = QStringLiteral("declining \"d\"");
        m->trend = t;
    }
    if (Result<void> ok = ModelValidator::validate(*m, &data.catalogue); !ok)
        return fail(QStringLiteral("random model %1 is not valid: %2").arg(seed).arg(ok.error().message));
    return m;
}

// Compares the database's rows with TierPaths week by week: every row of the history once, its
// score (|Δ| ≤ 1e-9), its tier (with hysteresis and tier caps) and whether it is in the trend tier.
// Counts the declining rows and the rows whose tier differs from the week's own in `*held`.
inline QString compareWithPaths(const Model &model, const SqlHistory &h, const std::vector<SqlPathRow> &rows,
                                std::size_t *declining = nullptr, std::size_t *held = nullptr)
{
    const Result<TierPaths> paths = TierPaths::compute(*h.history, model);
    if (!paths)
        return paths.error().message;
    std::map<QString, std::size_t> week;
    for (std::size_t w = 0; w < h.history->dates().size(); ++w)
        week[h.history->dates()[w].toString(Qt::ISODate)] = w;
    std::size_t expected = 0;
    for (std::size_t w = 0; w < paths->weekCount(); ++w)
        expected += h.history->weekSize(w);
    if (rows.size() != expected)
        return QStringLiteral("%1 rows for %2 account-weeks").arg(rows.size()).arg(expected);
    std::set<std::pair<std::size_t, std::size_t>> seen;
    std::size_t down = 0, moved = 0;
    for (const SqlPathRow &row : rows) {
        const auto w = week.find(row.asOf);
        const int a = h.history->accountIndex(row.accountId);
        if (w == week.end() || a < 0 || h.history->rows(w->second)[std::size_t(a)] < 0)
            return QStringLiteral("a row for %1 on %2, which the history does not have").arg(row.accountId, row.asOf);
        if (!seen.insert({w->second, std::size_t(a)}).second)
            return QStringLiteral("two rows for %1 on %2").arg(row.accountId, row.asOf);
        const QString where = QStringLiteral("%1 on %2: ").arg(row.accountId, row.asOf);
        const double score = paths->score(w->second, std::size_t(a));
        if (std::isnan(score) != std::isnan(row.score) || (!std::isnan(score) && std::abs(score - row.score) > 1e-9))
            return where + QStringLiteral("score %1, TierPaths' %2").arg(row.score, 0, 'g', 17).arg(score, 0, 'g', 17);
        const int tier = paths->tier(w->second, std::size_t(a));
        const QString tierId = tier < 0 ? QString() : model.tiers[std::size_t(tier)].id;
        if (row.tier != tierId)
            return where + QStringLiteral("tier \"%1\", TierPaths' \"%2\" (score %3)").arg(row.tier, tierId).arg(score, 0, 'g', 17);
        if (row.declining != paths->declining(w->second, std::size_t(a)))
            return where + QStringLiteral("declining %1, TierPaths' %2 (score %3)")
                               .arg(row.declining)
                               .arg(paths->declining(w->second, std::size_t(a)))
                               .arg(score, 0, 'g', 17);
        down += row.declining ? 1 : 0;
        moved += tier != paths->rawTier(w->second, std::size_t(a)) ? 1 : 0;
    }
    if (declining)
        *declining = down;
    if (held)
        *held = moved;
    return {};
}

} // namespace tierlab::test
