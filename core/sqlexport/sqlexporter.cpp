#include "sqlexporter.h"

#include "model/modelexport.h"
#include "model/modelsegments.h"
#include "model/modelvalidator.h"

#include <QLocale>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tierlab {

namespace {

// The statement's own output columns: a category column must not take one of their names.
const QStringList kReservedOutputs = {QStringLiteral("account_id"), QStringLiteral("as_of"), QStringLiteral("score"),
                                      QStringLiteral("tier")};
// With a trend tier the statement also returns whether the account is in it that week.
const QString kDecliningOutput = QStringLiteral("declining");
// A category score never reaches this: it stands in for "no signal" inside a minimum.
constexpr double kAboveEveryScore = 1e308;

QString x(int input) { return QStringLiteral("x%1").arg(input); }

// Model text inside a `--` comment: a line break would end the comment and start SQL.
QString commentText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0x85 || c.unicode() == 0x2028
            || c.unicode() == 0x2029)
            c = u' ';
    }
    return out;
}

QString joined(const QStringList &terms, const QString &empty)
{
    return terms.isEmpty() ? empty : terms.join(QStringLiteral(" + "));
}

} // namespace

QString sqlDialectName(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

bool sqlDialectFromName(const QString &name, SqlDialect *dialect)
{
    if (name == u"postgres" || name == u"postgresql")
        *dialect = SqlDialect::Postgres;
    else if (name == u"sqlite")
        *dialect = SqlDialect::Sqlite;
    else
        return false;
    return true;
}

SqlExporter::SqlExporter(const Model &model, SqlExportOptions options)
    : m_model(model), m_options(std::move(options))
{
    Model base = model;
    base.segments = Segments();
    m_variants.push_back(std::move(base));
    for (std::size_t v = 0; v < model.segments.variants.size(); ++v) {
        Model variant = ModelSegments::variantModel(model, v);
        variant.segments = Segments();
        m_variants.push_back(std::move(variant));
    }
    for (const Signal &s : model.signals)
        m_signalInputs.push_back(inputOf(s.columnName()));
    for (const Penalty &p : model.penalties)
        m_penaltyInputs.push_back(inputOf(p.columnName()));
    for (const Override &o : model.overrides)
        m_overrideInputs.push_back(inputOf(o.columnName()));
    if (!model.segments.variants.empty()) {
        m_byInput = inputOf(model.segments.by);
        m_inputs[std::size_t(m_byInput)].text = true;   // segments compare text values
    }
    // Without a catalogue, a column is text when something reads it as text (docs/sql-export.md).
    if (m_options.catalogue.empty()) {
        for (const Model &variant : m_variants) {
            for (std::size_t s = 0; s < variant.signals.size(); ++s) {
                if (variant.signals[s].rule.kind == RuleKind::Map)
                    m_inputs[std::size_t(m_signalInputs[s])].text = true;
            }
        }
        for (std::size_t p = 0; p < model.penalties.size(); ++p) {
            if (model.penalties[p].value.type == RuleValue::Type::Text)
                m_inputs[std::size_t(m_penaltyInputs[p])].text = true;
        }
        for (std::size_t o = 0; o < model.overrides.size(); ++o) {
            if (model.overrides[o].value.type == RuleValue::Type::Text)
                m_inputs[std::size_t(m_overrideInputs[o])].text = true;
        }
    }
}

int SqlExporter::inputOf(const QString &modelColumn)
{
    QString column = modelColumn;
    bool text = false;
    const bool attribute = modelColumn == u"segment" || modelColumn == u"csm";
    if (!attribute) {
        if (const SignalInfo *info = ModelValidator::findColumn(modelColumn, m_options.catalogue)) {
            column = info->id;
            text = info->type == SignalType::Category;
        }
    }
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
        if (m_inputs[i].column == column)
            return int(i);
    }
    m_inputs.push_back({column, text});
    return int(m_inputs.size() - 1);
}

QString SqlExporter::quoteIdentifier(const QString &name)
{
    QString inner = name;
    inner.replace(u'"', QStringLiteral("\"\""));
    return u'"' + inner + u'"';
}

QString SqlExporter::quoteText(const QString &text)
{
    QString inner = text;
    inner.replace(u'\'', QStringLiteral("''"));
    return u'\'' + inner + u'\'';
}

Result<void> SqlExporter::check() const
{
    const Model &m = m_model;
    if (Result<void> valid = ModelValidator::validate(m, m_options.catalogue.empty() ? nullptr : &m_options.catalogue);
        !valid)
        return fail(tr("the model is not valid:\n%1").arg(valid.error().message), Error::Code::Invalid);
    QStringList identifiers = {m_options.source};
    if (!m_options.selectOnly)
        identifiers << m_options.view;
    for (const Input &in : m_inputs)
        identifiers << in.column;
    QSet<QString> outputs;
    for (const QString &name : kReservedOutputs)
        outputs.insert(name);
    if (m.trend)
        outputs.insert(kDecliningOutput);
    for (const Category &c : m.categories) {
        identifiers << c.id;
        // SQLite compares column names without case: "Usage" and "usage" would be one column.
        const QString key = c.id.toLower();
        if (outputs.contains(key))
            return fail(m.trend ? tr("categories: the category id \"%1\" is also the name of another output column "
                                     "(account_id, as_of, score, tier, declining and the categories must differ, "
                                     "ignoring case)")
                                      .arg(c.id)
                                : tr("categories: the category id \"%1\" is also the name of another output column "
                                     "(account_id, as_of, score, tier and the categories must differ, ignoring case)")
                                      .arg(c.id),
                        Error::Code::Invalid);
        outputs.insert(key);
    }
    for (const QString &name : identifiers) {
        if (name.isEmpty())
            return fail(tr("an empty table or column name cannot be exported"), Error::Code::Invalid);
        if (name.contains(QChar(0)))
            return fail(tr("the name \"%1\" holds a NUL character, which SQL cannot quote").arg(commentText(name)),
                        Error::Code::Invalid);
        if (m_options.dialect == SqlDialect::Postgres && name.toUtf8().size() > kPostgresIdentifierBytes)
            return fail(tr("the name \"%2\" is longer than PostgreSQL's %1 bytes; it would be cut short")
                            .arg(kPostgresIdentifierBytes)
                            .arg(commentText(name)),
                        Error::Code::Invalid);
    }
    // Text literals: NUL cannot be written in either dialect.
    QStringList texts;
    for (const Model &variant : m_variants) {
        for (const Signal &s : variant.signals) {
            for (const auto &entry : s.rule.mapScores)
                texts << entry.first;
        }
    }
    for (const Tier &t : m.tiers)
        texts << t.id;
    for (const Penalty &p : m.penalties)
        texts << p.value.text;
    for (const Override &o : m.overrides)
        texts << o.value.text;
    for (const SegmentVariant &v : m.segments.variants)
        texts << QStringList(v.when.begin(), v.when.end());
    for (const QString &text : texts) {
        if (text.contains(QChar(0)))
            return fail(tr("the value \"%1\" holds a NUL character, which SQL cannot quote").arg(commentText(text)),
                        Error::Code::Invalid);
    }
    return {};
}

QString SqlExporter::numberLiteral(double value, SqlDialect dialect)
{
    // The shortest text that reads back as the same double, in both dialects.
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    if (!text.contains(u'.') && !text.contains(u'e'))
        text += QStringLiteral(".0");   // SQLite: an integer literal would make integer arithmetic
    if (dialect == SqlDialect::Postgres)
        return QStringLiteral("CAST(%1 AS DOUBLE PRECISION)").arg(text);   // a bare 0.5 is numeric there
    if (std::signbit(value))
        return QString(u'(' + text + u')');   // "x - -1" must not read as "x --1", a comment
    return text;
}

QString SqlExporter::number(double value) const
{
    return numberLiteral(value, m_options.dialect);
}

QString SqlExporter::noNumber() const
{
    // A bare NULL in a CTE's column would be text on PostgreSQL, and text × double is an error.
    return m_options.dialect == SqlDialect::Postgres ? QStringLiteral("CAST(NULL AS DOUBLE PRECISION)") : QStringLiteral("NULL");
}

QString SqlExporter::real(const QString &integerExpression) const
{
    return QStringLiteral("CAST(%1 AS %2)")
        .arg(integerExpression, m_options.dialect == SqlDialect::Postgres ? QStringLiteral("DOUBLE PRECISION")
                                                                          : QStringLiteral("REAL"));
}

QString SqlExporter::smallest(const QStringList &values) const
{
    // The arguments are never NULL: PostgreSQL's LEAST skips NULLs where SQLite's MIN returns NULL.
    if (values.size() == 1)
        return values.front();
    return (m_options.dialect == SqlDialect::Postgres ? QStringLiteral("LEAST(") : QStringLiteral("MIN("))
        + values.join(QStringLiteral(", ")) + u')';
}

QString SqlExporter::byVariant(const std::vector<QString> &perVariant) const
{
    QString cases;
    for (std::size_t v = 1; v < perVariant.size(); ++v) {
        if (perVariant[v] != perVariant[0])
            cases += QStringLiteral(" WHEN %1 THEN %2").arg(v).arg(perVariant[v]);
    }
    if (cases.isEmpty())
        return perVariant[0];
    return QStringLiteral("CASE variant%1 ELSE %2 END").arg(cases, perVariant[0]);
}

QString SqlExporter::trimmed(const QString &expression) const
{
    // QString::trimmed()'s white space: ASCII \t…\r and space, U+0085 and Unicode's space separators.
    static const std::vector<int> spaces = {9, 10, 11, 12, 13, 32, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002,
                                            0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
                                            0x2028, 0x2029, 0x202f, 0x205f, 0x3000};
    QStringList codes;
    if (m_options.dialect == SqlDialect::Postgres) {
        for (int c : spaces)
            codes << QStringLiteral("\\%1").arg(c, 4, 16, QChar(u'0')).toUpper();
        return QStringLiteral("btrim(%1, U&'%2')").arg(expression, codes.join(QString()));
    }
    for (int c : spaces)
        codes << QString::number(c);
    return QStringLiteral("trim(%1, char(%2))").arg(expression, codes.join(QStringLiteral(", ")));
}

QString SqlExporter::flagWords(const QString &input, bool yes) const
{
    // flagFromText(): the words in any case; the input is trimmed already.
    return QStringLiteral("lower(%1) IN (%2)")
        .arg(input, yes ? QStringLiteral("'yes', 'true', 'y', '1'") : QStringLiteral("'no', 'false', 'n', '0'"));
}

QString SqlExporter::signalExpression(const Model &model, std::size_t signal) const
{
    const Signal &sig = model.signals[signal];
    const SignalRule &rule = sig.rule;
    const int input = m_signalInputs[signal];
    const QString v = x(input);
    const double missingValue = missingScore(sig.missing);
    const QString missing = std::isnan(missingValue) ? noNumber() : number(missingValue);
    const QString whenMissing = QStringLiteral("WHEN %1 IS NULL THEN %2").arg(v, missing);

    if (m_inputs[std::size_t(input)].text) {
        if (rule.kind == RuleKind::Map) {
            QString cases;
            for (const auto &[listed, score] : rule.mapScores)
                cases += QStringLiteral(" WHEN %1 = %2 THEN %3").arg(v, quoteText(listed), number(score));
            return QStringLiteral("CASE %1%2 ELSE %3 END").arg(whenMissing, cases, number(rule.mapDefault));
        }
        // Any other rule reads text as yes/no words (the flag rule); other text is missing.
        return QStringLiteral("CASE WHEN %1 THEN %2 WHEN %3 THEN %4 ELSE %5 END")
            .arg(flagWords(v, true), number(rule.trueScore), flagWords(v, false), number(rule.falseScore), missing);
    }

    switch (rule.kind) {
    case RuleKind::Linear: {
        // (v − worst) / (best − worst): one subtraction each and one division, then clamp and × 100.
        const QString t = QStringLiteral("(%1 - %2) / (%3 - %2)").arg(v, number(rule.worst), number(rule.best));
        const QString clamped = m_options.dialect == SqlDialect::Postgres ? QStringLiteral("GREATEST(%1, LEAST(%2, %3))")
                                                                          : QStringLiteral("MAX(%1, MIN(%2, %3))");
        return QStringLiteral("CASE %1 ELSE %2 * %3 END").arg(whenMissing, number(100), clamped.arg(number(0), number(1), t));
    }
    case RuleKind::Bands: {
        QString cases;
        for (std::size_t e = rule.edges.size(); e-- > 0;)
            cases += QStringLiteral(" WHEN %1 >= %2 THEN %3").arg(v, number(rule.edges[e]), number(rule.bandScores[e + 1]));
        return QStringLiteral("CASE %1%2 ELSE %3 END").arg(whenMissing, cases, number(rule.bandScores.front()));
    }
    case RuleKind::Flag:
        return QStringLiteral("CASE %1 WHEN %2 <> 0 THEN %3 ELSE %4 END")
            .arg(whenMissing, v, number(rule.trueScore), number(rule.falseScore));
    case RuleKind::Percentile: {
        // The mid-rank among the as_of's present values: below = count(≤ v) − count(= v).
        const QString n = QStringLiteral("pn%1").arg(input);
        const QString equal = QStringLiteral("pe%1").arg(input);
        const QString below = QStringLiteral("pl%1 - %2").arg(input).arg(equal);
        QString rank = QStringLiteral("%1 * (%2 + %3 * (%4 - %5)) / %6")
                           .arg(number(100), real(below), number(0.5), real(equal), number(1),
                                real(n + QStringLiteral(" - 1")));
        rank = QStringLiteral("CASE WHEN %1 = 1 THEN %2 ELSE %3 END").arg(n, number(50), rank);
        if (rule.invert)
            rank = QStringLiteral("%1 - %2").arg(number(100), rank);
        return QStringLiteral("CASE %1 ELSE %2 END").arg(whenMissing, rank);
    }
    case RuleKind::Map:
        break;   // needs a text column: the engine scores a number as missing
    }
    return missing;
}

QString SqlExporter::condition(int input, CompareOp op, const RuleValue &value) const
{
    // A missing value never matches, not even "!=".
    const bool negate = op == CompareOp::NotEqual;
    const QString column = x(input);
    QString test;
    if (m_inputs[std::size_t(input)].text) {
        if (value.type == RuleValue::Type::Bool)
            test = flagWords(column, value.flag != negate);   // other words match neither == nor !=
        else
            test = QStringLiteral("%1 %2 %3").arg(column, negate ? QStringLiteral("<>") : QStringLiteral("="),
                                                  quoteText(value.text));
    } else if (value.type == RuleValue::Type::Bool) {
        test = QStringLiteral("%1 %2 0").arg(column, value.flag != negate ? QStringLiteral("<>") : QStringLiteral("="));
    } else {
        static const char *const ops[] = {"<", "<=", ">", ">=", "=", "<>"};
        test = QStringLiteral("%1 %2 %3").arg(column, QLatin1StringView(ops[int(op)]), number(value.number));
    }
    return QStringLiteral("(%1 IS NOT NULL AND %2)").arg(column, test);
}

QString SqlExporter::categoryStage(bool sums) const
{
    QStringList columns;
    for (std::size_t c = 0; c < m_model.categories.size(); ++c) {
        if (!sums) {
            const QString score = m_model.categories[c].aggregate == Aggregate::Min
                                      ? QStringLiteral("cm%1").arg(c)
                                      : QStringLiteral("cn%1 / cd%1").arg(c);
            columns << QStringLiteral("CASE WHEN cd%1 > 0 THEN %2 END AS c%1").arg(c).arg(score);
            continue;
        }
        // Σ wᵢ·sᵢ and Σ wᵢ over the scored signals with wᵢ > 0, in file order; per variant.
        std::vector<QString> numerators, denominators, lowest;
        for (const Model &variant : m_variants) {
            QStringList num, den, low;
            for (std::size_t s = 0; s < variant.signals.size(); ++s) {
                const Signal &sig = variant.signals[s];
                if (variant.categoryIndex(sig.category) != int(c) || !(sig.weight > 0))
                    continue;
                num << QStringLiteral("CASE WHEN s%1 IS NULL THEN %2 ELSE %3 * s%1 END").arg(s).arg(number(0), number(sig.weight));
                den << QStringLiteral("CASE WHEN s%1 IS NULL THEN %2 ELSE %3 END").arg(s).arg(number(0), number(sig.weight));
                low << QStringLiteral("COALESCE(s%1, %2)").arg(s).arg(number(kAboveEveryScore));
            }
            numerators.push_back(joined(num, number(0)));
            denominators.push_back(joined(den, number(0)));
            lowest.push_back(low.isEmpty() ? noNumber() : smallest(low));
        }
        columns << QStringLiteral("%2 AS cd%1").arg(c).arg(byVariant(denominators));
        if (m_model.categories[c].aggregate == Aggregate::Min)
            columns << QStringLiteral("%2 AS cm%1").arg(c).arg(byVariant(lowest));
        else
            columns << QStringLiteral("%2 AS cn%1").arg(c).arg(byVariant(numerators));
    }
    return columns.join(QStringLiteral(",\n    "));
}

QString SqlExporter::baseStage(bool sums) const
{
    if (!sums)
        return QStringLiteral("CASE WHEN bd > 0 THEN bn / bd END AS base");
    // B = Σ W_c·C_c / Σ W_c over the scored categories with W_c > 0, in file order; per variant.
    std::vector<QString> numerators, denominators;
    for (const Model &variant : m_variants) {
        QStringList num, den;
        for (std::size_t c = 0; c < variant.categories.size(); ++c) {
            const double w = variant.categories[c].weight;
            if (!(w > 0))
                continue;
            num << QStringLiteral("CASE WHEN c%1 IS NULL THEN %2 ELSE %3 * c%1 END").arg(c).arg(number(0), number(w));
            den << QStringLiteral("CASE WHEN c%1 IS NULL THEN %2 ELSE %3 END").arg(c).arg(number(0), number(w));
        }
        numerators.push_back(joined(num, number(0)));
        denominators.push_back(joined(den, number(0)));
    }
    return QStringLiteral("%1 AS bn,\n    %2 AS bd").arg(byVariant(numerators), byVariant(denominators));
}

QString SqlExporter::tierExpression(const Model &model) const
{
    // tierOf(): the last tier whose min ≤ score; the first tier's min is 0.
    QString cases;
    for (std::size_t t = model.tiers.size(); t-- > 1;)
        cases += QStringLiteral(" WHEN score >= %1 THEN %2").arg(number(model.tiers[t].min)).arg(t);
    return QStringLiteral("CASE WHEN score IS NULL THEN NULL%1 ELSE 0 END").arg(cases);
}

QString SqlExporter::header() const
{
    const QString hash = ModelExport::canonicalSha256(m_model);
    QStringList lines;
    lines << QStringLiteral("-- Tierlab model \"%1\", format version %2")
                 .arg(commentText(m_model.name))
                 .arg(std::max(m_model.version, m_model.requiredVersion()));
    lines << QStringLiteral("-- SHA-256 %1").arg(hash);
    lines << QStringLiteral("-- Dialect %1; source table %2, one row per account and as_of")
                 .arg(sqlDialectName(m_options.dialect), commentText(quoteIdentifier(m_options.source)));
    if (m_model.trend)
        lines << QStringLiteral("-- Returns account_id, as_of, score, tier, declining and one column per category "
                                "(docs/sql-export.md); change the model in Tierlab, not here.");
    else
        lines << QStringLiteral("-- Returns account_id, as_of, score, tier and one column per category "
                                "(docs/sql-export.md); change the model in Tierlab, not here.");
    return lines.join(u'\n') + u'\n';
}

QString SqlExporter::body() const
{
    const QString sep = QStringLiteral(",\n    ");
    QStringList stages;

    // input: the columns the model reads; text trimmed once, as every rule and condition reads it.
    QStringList in = {QStringLiteral("\"account_id\" AS account_id"), QStringLiteral("\"as_of\" AS as_of")};
    for (std::size_t i = 0; i < m_inputs.size(); ++i) {
        const QString column = quoteIdentifier(m_inputs[i].column);
        in << QStringLiteral("%1 AS %2").arg(m_inputs[i].text ? trimmed(column) : column, x(int(i)));
    }
    stages << QStringLiteral("source_rows AS (\n  SELECT\n    %1\n  FROM %2\n)").arg(in.join(sep), quoteIdentifier(m_options.source));

    // variant: 0 the base model, v + 1 the first variant whose `when` lists the value.
    QString variant = QStringLiteral("0");
    if (m_byInput >= 0) {
        QString cases;
        for (std::size_t v = 0; v < m_model.segments.variants.size(); ++v) {
            QStringList listed;
            for (const QString &w : m_model.segments.variants[v].when)
                listed << quoteText(w.trimmed());
            cases += QStringLiteral(" WHEN %1 IN (%2) THEN %3")
                         .arg(x(m_byInput), listed.join(QStringLiteral(", ")), QString::number(v + 1));
        }
        variant = QStringLiteral("CASE%1 ELSE 0 END").arg(cases);
    }

    // ranks: for percentile rules, count(≤ v), count(= v) and the present values per as_of.
    QStringList ranks = {QStringLiteral("%1 AS variant").arg(variant)};
    QSet<int> ranked;
    for (const Model &model : m_variants) {
        for (std::size_t s = 0; s < model.signals.size(); ++s) {
            const int i = m_signalInputs[s];
            if (model.signals[s].rule.kind != RuleKind::Percentile || m_inputs[std::size_t(i)].text || ranked.contains(i))
                continue;
            ranked.insert(i);
            ranks << QStringLiteral("COUNT(%1) OVER (PARTITION BY as_of ORDER BY %1) AS pl%2").arg(x(i)).arg(i)
                  << QStringLiteral("COUNT(%1) OVER (PARTITION BY as_of, %1) AS pe%2").arg(x(i)).arg(i)
                  << QStringLiteral("COUNT(%1) OVER (PARTITION BY as_of) AS pn%2").arg(x(i)).arg(i);
        }
    }
    stages << QStringLiteral("ranks AS (\n  SELECT *,\n    %1\n  FROM source_rows\n)").arg(ranks.join(sep));

    // From here on each stage is MATERIALIZED: a later stage reads a column several times, and a
    // stage folded into the next would repeat its expression in each place, growing with every stage.
    QStringList signalScores;
    for (std::size_t s = 0; s < m_model.signals.size(); ++s) {
        std::vector<QString> perVariant;
        for (const Model &model : m_variants)
            perVariant.push_back(signalExpression(model, s));
        signalScores << QStringLiteral("%2 AS s%1").arg(s).arg(byVariant(perVariant));
    }
    if (signalScores.isEmpty())
        signalScores << QStringLiteral("0 AS no_signals");
    stages << QStringLiteral("signal_scores AS MATERIALIZED (\n  SELECT *,\n    %1\n  FROM ranks\n)").arg(signalScores.join(sep));
    stages << QStringLiteral("category_sums AS MATERIALIZED (\n  SELECT *,\n    %1\n  FROM signal_scores\n)").arg(categoryStage(true));
    stages << QStringLiteral("category_scores AS MATERIALIZED (\n  SELECT *,\n    %1\n  FROM category_sums\n)").arg(categoryStage(false));
    stages << QStringLiteral("base_sums AS MATERIALIZED (\n  SELECT *,\n    %1\n  FROM category_scores\n)").arg(baseStage(true));
    stages << QStringLiteral("base_score AS MATERIALIZED (\n  SELECT *,\n    %1\n  FROM base_sums\n)").arg(baseStage(false));

    // penalised: P = Σ points of the matching penalties (file order); clamp(B − P, 0, 100).
    QStringList points;
    for (std::size_t p = 0; p < m_model.penalties.size(); ++p) {
        const Penalty &pen = m_model.penalties[p];
        points << QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END")
                      .arg(condition(m_penaltyInputs[p], pen.op, pen.value), number(pen.points), number(0));
    }
    const QString after = QStringLiteral("base - %1").arg(points.isEmpty() ? number(0) : QString(u'(' + joined(points, {}) + u')'));
    stages << QStringLiteral("penalised AS MATERIALIZED (\n  SELECT *,\n    CASE WHEN base IS NULL THEN NULL WHEN %1 < %2 THEN %2 "
                             "WHEN %1 > %3 THEN %3 ELSE %1 END AS after_penalties\n  FROM base_score\n)")
                  .arg(after, number(0), number(100));

    // capped: the lowest matching cap; the lowest matching cap_tier (a tier index).
    QStringList caps = {QStringLiteral("after_penalties")};
    QStringList tierCaps;
    for (std::size_t o = 0; o < m_model.overrides.size(); ++o) {
        const Override &ov = m_model.overrides[o];
        const QString matches = condition(m_overrideInputs[o], ov.op, ov.value);
        if (ov.cap)
            caps << QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END").arg(matches, number(*ov.cap), number(100));
        if (!ov.capTier.isEmpty())
            tierCaps << QStringLiteral("CASE WHEN %1 THEN %2 ELSE %3 END")
                            .arg(matches, QString::number(m_model.tierIndex(ov.capTier)),
                                 QString::number(m_model.tiers.size()));
    }
    QStringList capped = {QStringLiteral("CASE WHEN after_penalties IS NULL THEN NULL ELSE %1 END AS score").arg(smallest(caps))};
    capped << QStringLiteral("%1 AS tier_cap").arg(tierCaps.isEmpty() ? QString::number(m_model.tiers.size()) : smallest(tierCaps));
    stages << QStringLiteral("capped AS MATERIALIZED (\n  SELECT *,\n    %1\n  FROM penalised\n)").arg(capped.join(sep));

    // tiered: the score's tier under the row's tier mins, then no better than the tier cap.
    std::vector<QString> tiers;
    for (const Model &model : m_variants)
        tiers.push_back(tierExpression(model));
    stages << QStringLiteral("tiered AS (\n  SELECT *,\n    %1 AS score_tier\n  FROM capped\n)").arg(byVariant(tiers));
    if (m_model.hysteresis || m_model.trend)
        return dynamicsBody(std::move(stages));

    const QString tier = QStringLiteral("CASE WHEN score_tier IS NULL THEN NULL ELSE %1 END")
                             .arg(smallest({QStringLiteral("score_tier"), QStringLiteral("tier_cap")}));
    return QStringLiteral("WITH\n%1\nSELECT\n    %2\nFROM tiered").arg(stages.join(QStringLiteral(",\n")), outputColumns(tier, {}));
}

QString SqlExporter::outputColumns(const QString &tier, const QString &declining) const
{
    // `tier` gives the tier index (NULL when unscored), `declining` the trend flag (empty: none).
    QString tierId;
    for (std::size_t t = 0; t < m_model.tiers.size(); ++t)
        tierId += QStringLiteral(" WHEN %1 THEN %2").arg(t).arg(quoteText(m_model.tiers[t].id));
    QStringList out = {QStringLiteral("account_id AS \"account_id\""), QStringLiteral("as_of AS \"as_of\""),
                       QStringLiteral("score AS \"score\""), QStringLiteral("CASE %1%2 END AS \"tier\"").arg(tier, tierId)};
    if (!declining.isEmpty())
        out << QStringLiteral("%1 AS %2").arg(declining, quoteIdentifier(kDecliningOutput));
    for (std::size_t c = 0; c < m_model.categories.size(); ++c)
        out << QStringLiteral("c%1 AS %2").arg(c).arg(quoteIdentifier(m_model.categories[c].id));
    return out.join(QStringLiteral(",\n    "));
}

Result<QString> SqlExporter::sql() const
{
    if (Result<void> ok = check(); !ok)
        return std::unexpected(ok.error());
    QString text = header();
    if (!m_options.selectOnly)
        text += QStringLiteral("CREATE VIEW %1 AS\n").arg(quoteIdentifier(m_options.view));
    return text + body() + QStringLiteral(";\n");
}

} // namespace tierlab
