#pragma once

// What the SQL export tests share (tst_sqlexporter on SQLite, tst_sqlexportpostgres on PostgreSQL):
// the demo's snapshots with columns added to reach the formula's corners, random models over them,
// and the comparison of the rows a database returns with ScoringEngine's results.
#include "demo/demogenerator.h"
#include "engine/scoringengine.h"
#include "model/modelfile.h"
#include "model/modelvalidator.h"
#include "sqlexport/sqlexporter.h"
#include "store/workspace.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>
#include <random>
#include <vector>

Q_DECLARE_METATYPE(tierlab::Model)

namespace tierlab::test {

struct SqlScoreRow
{
    QString accountId;
    QString asOf;
    double score = kMissing;       // NaN: unscored (NULL)
    QString tier;                  // empty: unscored
    std::vector<double> categories;
};

struct SqlExportData
{
    std::vector<std::shared_ptr<const Dataset>> snapshots;   // the same columns, one per as_of
    std::vector<SignalInfo> catalogue;
};

namespace detail {

inline Column textColumn(const QString &id, std::size_t rows, const QStringList &pool, std::mt19937_64 &rng)
{
    Column c;
    c.info.id = id;
    c.info.originalName = id;
    c.info.type = SignalType::Category;
    for (std::size_t r = 0; r < rows; ++r) {
        const QString &v = pool[qsizetype(rng() % quint64(pool.size()))];
        if (v.isNull()) {
            c.codes.push_back(kMissingCode);
            continue;
        }
        auto it = std::find(c.dictionary.begin(), c.dictionary.end(), v);
        if (it == c.dictionary.end())
            it = c.dictionary.insert(c.dictionary.end(), v);
        c.codes.push_back(std::int32_t(it - c.dictionary.begin()));
    }
    return c;
}

inline Column numberColumn(const QString &id, SignalType type, std::size_t rows, const std::vector<double> &pool,
                           std::mt19937_64 &rng)
{
    Column c;
    c.info.id = id;
    c.info.originalName = id;
    c.info.type = type;
    for (std::size_t r = 0; r < rows; ++r)
        c.numbers.push_back(pool[rng() % pool.size()]);
    return c;
}

} // namespace detail

// The demo's first and last as_of (`accounts` accounts), each with columns that the demo lacks:
// yes/no words in every case and with white space, text with quotes and semicolons, ties and −0 for
// percentiles, a column whose name needs quoting, and the columns tests/data/models read.
inline Result<SqlExportData> sqlExportData(int accounts)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.tierlab"));
    DemoOptions options;
    options.accounts = accounts;
    options.weeks = 3;
    if (auto stats = DemoGenerator::generateFile(path, options); !stats)
        return std::unexpected(stats.error());
    auto ws = Workspace::open(path);
    if (!ws)
        return std::unexpected(ws.error());
    const Result<std::vector<QDate>> dates = (*ws)->asOfDates();
    if (!dates || dates->size() < 2)
        return fail(QStringLiteral("the demo has fewer than two as_of dates"));
    const QString null;
    const QStringList words = {QStringLiteral("yes"), QStringLiteral(" Yes "), QStringLiteral("TRUE"), QStringLiteral("n"),
                               QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("No\t"), QStringLiteral("maybe"),
                               QStringLiteral(" "), null};
    const QStringList plans = {QStringLiteral(" Gold"), QStringLiteral("Gold"), QStringLiteral("Silver\u00a0"),
                               QStringLiteral("bronze"), QStringLiteral("O'Brien\"; DROP TABLE snapshots; --"), null};
    const double nan = kMissing;
    SqlExportData out;
    std::mt19937_64 rng(20261207);
    for (const QDate &date : {dates->front(), dates->back()}) {
        Result<Dataset> loaded = (*ws)->loadSnapshot(date);
        if (!loaded)
            return std::unexpected(loaded.error());
        Dataset &d = *loaded;
        const std::size_t n = d.size();
        std::vector<double> uniform;
        for (int i = 0; i < 64; ++i)
            uniform.push_back(std::uniform_real_distribution<double>(-50, 150)(rng));
        uniform.push_back(nan);
        d.columns.push_back(detail::textColumn(QStringLiteral("yes_no"), n, words, rng));
        d.columns.push_back(detail::textColumn(QStringLiteral("plan"), n, plans, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("ties"), SignalType::Number, n, {0, -0.0, 1, 2, 2.5, 4, nan}, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("odd \"col\"; name"), SignalType::Number, n, uniform, rng));
        d.columns.push_back(detail::textColumn(QStringLiteral("s"), n, {QStringLiteral("a"), QStringLiteral("b "), null}, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("f"), SignalType::Flag, n, {0, 1, nan}, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("p"), SignalType::Number, n, uniform, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("tickets"), SignalType::Number, n, {0, 1, 2, 3, 7, nan}, rng));
        d.columns.push_back(detail::numberColumn(QStringLiteral("escalated"), SignalType::Flag, n, {0, 1, 1, nan}, rng));
        if (out.catalogue.empty()) {
            for (std::size_t c = 0; c < d.columns.size(); ++c) {
                d.columns[c].info.index = int(c);
                // tests/data/models/full.json reads this column by its original CSV header.
                if (d.columns[c].info.id == u"logins_per_user_30d")
                    d.columns[c].info.originalName = QStringLiteral("Logins per user (30d)");
                out.catalogue.push_back(d.columns[c].info);
            }
        }
        for (std::size_t c = 0; c < d.columns.size(); ++c)
            d.columns[c].info = out.catalogue[c];
        out.snapshots.push_back(std::make_shared<const Dataset>(std::move(d)));
    }
    return out;
}

// A valid random model over `data`'s columns: every rule kind, missing policy, weights of 0,
// penalties, caps and tier caps, several tiers, segments with their own weights, rules and tier mins,
// and ids that need quoting.
inline Result<Model> randomSqlModel(quint64 seed, const SqlExportData &data)
{
    std::mt19937_64 rng(seed);
    auto pick = [&](std::size_t n) { return std::size_t(rng() % n); };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    auto score = [&]() {
        const double u = std::uniform_real_distribution<double>(0, 100)(rng);
        return chance(0.5) ? std::round(u) : u;
    };
    const Dataset &d = *data.snapshots.front();
    auto sample = [&](const Column &c) {
        for (int tries = 0; tries < 100; ++tries) {
            const double v = c.numbers[pick(c.numbers.size())];
            if (!std::isnan(v))
                return v;
        }
        return 1.0;
    };
    auto word = [&](const Column &c) { return c.dictionary.empty() ? QStringLiteral("x") : c.dictionary[pick(c.dictionary.size())].trimmed(); };
    auto randomRule = [&](const Column &c) {
        for (;;) {
            SignalRule rule;
            rule.kind = RuleKind(pick(5));
            if (!ModelValidator::ruleTypeProblem(rule.kind, c.info.type, c.info.id).isEmpty())
                continue;
            switch (rule.kind) {
            case RuleKind::Linear:
                rule.worst = sample(c);
                rule.best = sample(c);
                if (rule.worst == rule.best)
                    rule.best = rule.worst + (chance(0.5) ? 1 : -0.5);
                break;
            case RuleKind::Bands: {
                std::vector<double> edges;
                for (std::size_t i = 1 + pick(4); i > 0; --i)
                    edges.push_back(sample(c));
                std::sort(edges.begin(), edges.end());
                edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
                rule.edges = edges;
                for (std::size_t i = 0; i <= edges.size(); ++i)
                    rule.bandScores.push_back(score());
                break;
            }
            case RuleKind::Map:
                for (std::size_t i = pick(4); i > 0; --i) {
                    const QString key = word(c);
                    if (std::none_of(rule.mapScores.begin(), rule.mapScores.end(), [&](const auto &e) { return e.first == key; }))
                        rule.mapScores.emplace_back(key, score());
                }
                rule.mapDefault = score();
                break;
            case RuleKind::Flag:
                rule.trueScore = score();
                rule.falseScore = score();
                break;
            case RuleKind::Percentile:
                rule.invert = chance(0.5);
                break;
            }
            return rule;
        }
    };
    auto randomCondition = [&](const Column &c, CompareOp *op, RuleValue *value) {
        for (;;) {
            *op = CompareOp(pick(6));
            *value = RuleValue();
            const std::size_t type = pick(3);
            value->type = RuleValue::Type(type);
            if (value->type == RuleValue::Type::Number)
                value->number = c.info.type == SignalType::Category ? 1 : sample(c);
            else if (value->type == RuleValue::Type::Text)
                value->text = word(c);
            else
                value->flag = chance(0.5);
            if ((value->type == RuleValue::Type::Number || !isOrderingOp(*op))
                && ModelValidator::conditionTypeProblem(*op, *value, c.info.type, c.info.id).isEmpty())
                return;
        }
    };
    auto columnName = [&](const Column &c) { return chance(0.2) ? c.info.originalName : c.info.id; };

    Model m;
    m.name = QStringLiteral("random %1 \"q\";\n DROP TABLE snapshots; --").arg(seed);
    const QStringList categoryIds = {QStringLiteral("engagement"), QStringLiteral("o'brien"),
                                     QStringLiteral("x\"; DROP VIEW v; --"), QStringLiteral("Usage"),
                                     QStringLiteral("semi;colon"), QStringLiteral("déjà vu")};
    const std::size_t categories = 1 + pick(5);
    for (std::size_t c = 0; c < categories; ++c) {
        Category cat;
        cat.id = categoryIds[qsizetype((seed + c) % quint64(categoryIds.size()))];
        cat.weight = c > 0 && chance(0.15) ? 0.0 : chance(0.5) ? double(1 + pick(40)) : 0.5 + score() / 7;
        cat.aggregate = chance(0.3) ? Aggregate::Min : Aggregate::Mean;
        m.categories.push_back(cat);
    }
    const std::size_t signalCount = 1 + pick(10);
    for (std::size_t s = 0; s < signalCount; ++s) {
        const Column &c = d.columns[pick(d.columns.size())];
        Signal sig;
        sig.id = s == 1 ? QStringLiteral("sig \"%1\"; --").arg(s) : QStringLiteral("s%1").arg(s);
        sig.column = columnName(c);
        sig.category = m.categories[s == 0 ? 0 : pick(categories)].id;
        sig.weight = s == 0 ? 1.0 : chance(0.15) ? 0.0 : chance(0.5) ? double(1 + pick(5)) : score() / 10;
        sig.rule = randomRule(c);
        sig.missing = MissingPolicy(pick(3));
        m.signals.push_back(sig);
    }
    const QStringList tierIds = {QStringLiteral("red"), QStringLiteral("yellow'ish"), QStringLiteral("green"),
                                 QStringLiteral("blue \"b\""), QStringLiteral("gold;")};
    std::vector<double> mins = {0};
    for (std::size_t t = pick(5); t > 0; --t)
        mins.push_back(std::max(0.5, score()));
    std::sort(mins.begin(), mins.end());
    mins.erase(std::unique(mins.begin(), mins.end()), mins.end());
    for (std::size_t t = 0; t < mins.size(); ++t)
        m.tiers.push_back(Tier{tierIds[qsizetype(t)], {}, {}, mins[t], {}});
    for (std::size_t p = pick(4); p > 0; --p) {
        const Column &c = d.columns[pick(d.columns.size())];
        Penalty pen;
        pen.id = QStringLiteral("p%1").arg(p);
        pen.column = columnName(c);
        randomCondition(c, &pen.op, &pen.value);
        pen.points = score() / 3;
        m.penalties.push_back(pen);
    }
    for (std::size_t o = pick(4); o > 0; --o) {
        const Column &c = d.columns[pick(d.columns.size())];
        Override ov;
        ov.id = QStringLiteral("o%1").arg(o);
        ov.column = columnName(c);
        randomCondition(c, &ov.op, &ov.value);
        const bool tierCap = chance(0.4);
        if (!tierCap || chance(0.3))
            ov.cap = score();
        if (tierCap)
            ov.capTier = m.tiers[pick(m.tiers.size())].id;
        m.overrides.push_back(ov);
    }
    if (chance(0.4)) {
        const std::size_t by = pick(3);
        std::vector<QString> values;
        if (by == 0) {
            m.segments.by = QStringLiteral("segment");
            values = d.segmentNames;
        } else if (by == 1) {
            m.segments.by = QStringLiteral("csm");
            values = d.csmNames;
        } else {
            m.segments.by = QStringLiteral("plan");
            values = d.columns[std::size_t(d.columnIndex(QStringLiteral("plan")))].dictionary;
        }
        for (std::size_t v = 0, n = 1 + pick(3); v < n && !values.empty(); ++v) {
            SegmentVariant variant;
            variant.id = QStringLiteral("v%1").arg(v);
            for (std::size_t w = 1 + pick(2); w > 0; --w)
                variant.when.push_back(values[pick(values.size())].trimmed());
            for (const Category &cat : m.categories) {
                if (chance(0.3))
                    variant.categoryWeights.emplace_back(cat.id, double(pick(50)));
            }
            for (std::size_t s = 0; s < m.signals.size(); ++s) {
                if (!chance(0.4))
                    continue;
                const Column &c = d.columns[std::size_t(d.columnIndex(m.signals[s].columnName()))];
                SignalVariant sv;
                sv.signal = m.signals[s].id;
                if (chance(0.5))
                    sv.weight = double(pick(4));
                if (chance(0.5))
                    sv.rule = randomRule(c);
                if (chance(0.5))
                    sv.missing = MissingPolicy(pick(3));
                variant.signals.push_back(sv);
            }
            if (chance(0.5)) {
                variant.tiers = m.tiers;
                for (std::size_t t = 1; t < variant.tiers.size(); ++t)
                    variant.tiers[t].min = variant.tiers[t - 1].min + 0.25 + double(pick(30));
            }
            m.segments.variants.push_back(variant);
        }
    }
    m.version = m.requiredVersion();
    if (Result<void> ok = ModelValidator::validate(m, &data.catalogue); !ok)
        return fail(QStringLiteral("random model %1 is not valid: %2").arg(seed).arg(ok.error().message));
    return m;
}

// The shipped models (resources/models, tests/data/models) that load and fit `data`'s columns, with
// hysteresis and trend removed (the export refuses them; the tests check that separately).
inline std::vector<std::pair<QString, Model>> shippedSqlModels(const SqlExportData &data)
{
    std::vector<std::pair<QString, Model>> out;
    for (const QString &folder : {QStringLiteral("resources/models"), QStringLiteral("tests/data/models")}) {
        const QDir dir(QStringLiteral(TIERLAB_SOURCE_DIR "/") + folder);
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            Result<Model> model = ModelFile::load(dir.filePath(file));
            if (!model)
                continue;
            model->hysteresis.reset();
            model->trend.reset();
            if (ModelValidator::validate(*model, &data.catalogue))
                out.emplace_back(folder + u'/' + file, std::move(*model));
        }
    }
    return out;
}

// The rows of an equivalence test (a column "model"): the shipped models, then random ones (seeds
// 1 to 60). Returns why a random model could not be made, or empty.
inline QString addSqlModelRows(const SqlExportData &data)
{
    QTest::addColumn<Model>("model");
    for (const auto &[name, model] : shippedSqlModels(data))
        QTest::newRow(qPrintable(name)) << model;
    for (quint64 seed = 1; seed <= 60; ++seed) {
        Result<Model> model = randomSqlModel(seed, data);
        if (!model)
            return model.error().message;
        QTest::addRow("random %llu", seed) << *model;
    }
    return {};
}

// Compares the database's rows with the engine's, account by account; returns the first difference
// (empty when every account of every snapshot is equal) and counts the rows in `compared`.
inline QString compareWithEngine(const Model &model, const SqlExportData &data, const std::vector<SqlScoreRow> &rows,
                                 std::size_t *compared)
{
    *compared = 0;
    std::size_t expected = 0;
    for (const auto &snapshot : data.snapshots) {
        ScoringEngine engine;
        engine.setThreadCount(1);
        if (auto ok = engine.setDataset(snapshot); !ok)
            return ok.error().message;
        if (auto ok = engine.setModel(model); !ok)
            return ok.error().message;
        const QString asOf = snapshot->asOf.toString(Qt::ISODate);
        expected += snapshot->size();
        for (const SqlScoreRow &row : rows) {
            if (row.asOf != asOf)
                continue;
            const int r = snapshot->rowOf(row.accountId);
            if (r < 0)
                return QStringLiteral("unknown account %1").arg(row.accountId);
            ++*compared;
            const QString where = QStringLiteral("%1 on %2: ").arg(row.accountId, asOf);
            const double score = engine.scores()[std::size_t(r)];
            const int tier = engine.tiers()[std::size_t(r)];
            if (std::isnan(score) != std::isnan(row.score) || (!std::isnan(score) && std::abs(score - row.score) > 1e-9))
                return where + QStringLiteral("score %1, the engine's %2").arg(row.score, 0, 'g', 17).arg(score, 0, 'g', 17);
            const QString tierId = tier < 0 ? QString() : model.tiers[std::size_t(tier)].id;
            if (row.tier != tierId)
                return where + QStringLiteral("tier \"%1\", the engine's \"%2\" (score %3)").arg(row.tier, tierId).arg(score, 0, 'g', 17);
            if (row.categories.size() != model.categories.size())
                return where + QStringLiteral("%1 category columns").arg(row.categories.size());
            for (std::size_t c = 0; c < model.categories.size(); ++c) {
                const double mine = engine.categoryScore(int(c), std::size_t(r));
                const double theirs = row.categories[c];
                if (std::isnan(mine) != std::isnan(theirs) || (!std::isnan(mine) && std::abs(mine - theirs) > 1e-9))
                    return where + QStringLiteral("category %1: %2, the engine's %3").arg(c).arg(theirs, 0, 'g', 17).arg(mine, 0, 'g', 17);
            }
        }
    }
    if (*compared != expected || rows.size() != expected)
        return QStringLiteral("%1 rows for %2 accounts").arg(rows.size()).arg(expected);
    return {};
}

} // namespace tierlab::test
