#include "engine/rulescore.h"

#include "engine/scoringformula.h"
#include "engine/scoringkernels.h"

#include <limits>

namespace tierlab::rulescore {

namespace {
constexpr double kNotThisRule = std::numeric_limits<double>::quiet_NaN();
}

double scoreNumber(const SignalRule &rule, MissingPolicy missing, double value)
{
    const double missingValue = missingScore(missing);
    double out = kNotThisRule;
    switch (rule.kind) {
    case RuleKind::Linear:
        kernels::linearScores(&value, 1, rule.worst, rule.best - rule.worst, missingValue, &out);
        return out;
    case RuleKind::Bands: {
        if (rule.bandScores.size() != rule.edges.size() + 1)
            return kNotThisRule;   // not a valid rule: no score rather than a read past the table
        // The engine's table: one score per band, then the missing score.
        std::vector<double> table = rule.bandScores;
        table.push_back(missingValue);
        std::uint8_t code = 0;
        kernels::bandCodes(&value, 1, rule.edges.data(), rule.edges.size(), std::uint8_t(table.size() - 1), &code);
        kernels::tableScores(&code, 1, table.data(), &out);
        return out;
    }
    case RuleKind::Flag: {
        const double table[] = {rule.falseScore, rule.trueScore, missingValue};
        std::uint8_t code = 0;
        kernels::flagCodes(&value, 1, &code);
        kernels::tableScores(&code, 1, table, &out);
        return out;
    }
    case RuleKind::Map:
    case RuleKind::Percentile:
        break;
    }
    return kNotThisRule;
}

double scoreText(const SignalRule &rule, MissingPolicy missing, const QString &text)
{
    if (rule.kind != RuleKind::Map && rule.kind != RuleKind::Flag)
        return kNotThisRule;
    // Text has no kernel of its own (the engine binds each dictionary entry once): the formula
    // scores it, on a one-account snapshot, so the lookup and the yes/no words stay in one place.
    Model model;
    model.categories.push_back(Category{QStringLiteral("c"), {}, {}, 1, Aggregate::Mean, {}});
    Signal signal;
    signal.id = QStringLiteral("s");
    signal.category = QStringLiteral("c");
    signal.rule = rule;
    signal.missing = missing;
    model.signals.push_back(signal);
    Dataset one;
    one.accountIds = {QStringLiteral("a")};
    Column column;
    column.info.id = QStringLiteral("s");
    column.info.type = SignalType::Category;
    column.dictionary = {text};
    column.codes = {0};
    one.columns.push_back(std::move(column));
    return ScoringFormula(model, one).signalScore(0, 0);
}

std::vector<double> scoreColumn(const SignalRule &rule, MissingPolicy missing, std::span<const double> values)
{
    if (rule.kind == RuleKind::Percentile)
        return kernels::percentileScores(values.data(), values.size(), rule.invert, missingScore(missing));
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        out.push_back(scoreNumber(rule, missing, v));
    return out;
}

} // namespace tierlab::rulescore
