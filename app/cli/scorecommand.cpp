// tierlab score --workspace W --model M.json [--as-of DATE|latest] [--out FILE.csv|FILE.xlsx] [--json]
#include "clicommand.h"
#include "modelargument.h"

#include "analysis/manualoverrides.h"
#include "engine/scoringengine.h"
#include "io/csvcell.h"
#include "io/scoredexport.h"
#include "model/modelfile.h"
#include "model/modelvalidator.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace tierlab::cli {

namespace {

// 17 significant digits: the CSV reads back to the very same double.
QString exact(double v)
{
    return std::isnan(v) ? QString() : QString::number(v, 'g', 17);
}

QString tierId(const Model &model, int tier)
{
    return tier >= 0 ? CsvCell::text(model.tiers[std::size_t(tier)].id) : QString();
}

QString overrideState(OverrideEffect::State state, const ManualOverrideRecord &record)
{
    if (state == OverrideEffect::State::NotApplied)
        return QStringLiteral("not_applied");
    return record.isTier() ? QStringLiteral("tier") : QStringLiteral("score");
}

// `effects` (one per row, or empty): the manual overrides in force; when given, four columns follow
// the category scores: effective_score, effective_tier, manual_override (tier | score | not_applied,
// empty when none) and override_reason.
void writeCsv(QTextStream &stream, const ScoringEngine &engine, const std::vector<OverrideEffect> &effects,
              const ManualOverrides &overrides)
{
    const Model &model = engine.model();
    const Dataset &data = *engine.dataset();
    const QString asOf = data.asOf.toString(Qt::ISODate);
    stream << "account_id,as_of,score,tier";
    for (const Category &c : model.categories)
        stream << ',' << CsvCell::text(c.id);
    if (!effects.empty())
        stream << ",effective_score,effective_tier,manual_override,override_reason";
    stream << '\n';
    for (std::size_t r = 0; r < data.size(); ++r) {
        stream << CsvCell::text(data.accountIds[r]) << ',' << asOf << ',' << exact(engine.scores()[r]) << ','
               << tierId(model, engine.tiers()[r]);
        for (std::size_t c = 0; c < model.categories.size(); ++c)
            stream << ',' << exact(engine.categoryScore(int(c), r));
        if (!effects.empty()) {
            const OverrideEffect &e = effects[r];
            stream << ',' << exact(e.score) << ',' << tierId(model, e.tier) << ',';
            if (e.record >= 0) {
                const ManualOverrideRecord &o = overrides.records()[std::size_t(e.record)];
                stream << overrideState(e.state, o) << ',' << CsvCell::text(o.reason);
            } else {
                stream << ',';
            }
        }
        stream << '\n';
    }
}

nlohmann::json summaryJson(const ScoringEngine &engine, const QString &modelFile)
{
    const Model &model = engine.model();
    const ScoreSummary &s = engine.summary();
    nlohmann::json j;
    j["model"] = model.name.toStdString();
    j["model_file"] = modelFile.toStdString();
    j["as_of"] = engine.dataset()->asOf.toString(Qt::ISODate).toStdString();
    j["accounts"] = engine.size();
    j["scored"] = s.scored;
    j["unscored"] = s.unscored;
    j["unscored_arr"] = s.unscoredArr;
    auto &tiers = j["tiers"] = nlohmann::json::array();
    for (std::size_t t = 0; t < model.tiers.size(); ++t) {
        tiers.push_back({{"id", model.tiers[t].id.toStdString()},
                         {"label", model.tiers[t].label.toStdString()},
                         {"min", model.tiers[t].min},
                         {"accounts", s.tierCounts[t]},
                         {"arr", s.tierArr[t]}});
    }
    return j;
}

void printSummary(QTextStream &stream, const ScoringEngine &engine)
{
    const Model &model = engine.model();
    const ScoreSummary &s = engine.summary();
    stream << QCoreApplication::translate("Cli", "Scored %1 accounts as of %2 with \"%3\"")
                  .arg(engine.size())
                  .arg(engine.dataset()->asOf.toString(Qt::ISODate), model.name)
           << '\n';
    for (std::size_t t = 0; t < model.tiers.size(); ++t) {
        const Tier &tier = model.tiers[t];
        stream << "  " << (tier.label.isEmpty() ? tier.id : tier.label).leftJustified(16) << ' '
               << QCoreApplication::translate("Cli", "%1 accounts, ARR %2")
                      .arg(s.tierCounts[t], 8).arg(s.tierArr[t], 0, 'f', 2) << '\n';
    }
    stream << "  " << QCoreApplication::translate("Cli", "Unscored").leftJustified(16) << ' '
           << QCoreApplication::translate("Cli", "%1 accounts, ARR %2")
                  .arg(s.unscored, 8).arg(s.unscoredArr, 0, 'f', 2) << Qt::endl;
}

int runScore(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Scores the accounts of one snapshot with a model file and writes one CSV "
                                                                        "row per account: account_id, as_of, score, tier, then each category's score."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption modelOpt(QStringLiteral("model"),
                                      QCoreApplication::translate("Cli", "The model file (JSON) or the name of a saved version (default: the published model)."),
                                      QStringLiteral("M"));
    const QCommandLineOption asOfOpt(QStringLiteral("as-of"), QCoreApplication::translate("Cli", "The snapshot date (YYYY-MM-DD) or \"latest\" (default)."),
                                     QStringLiteral("DATE"), QStringLiteral("latest"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("Cli", "Write the CSV to FILE instead of standard output; a FILE "
                                                                                             "ending in .xlsx gets an Excel workbook."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     QCoreApplication::translate("Cli", "Print the summary as JSON on standard output (the CSV goes to --out only)."));
    parser.addOptions({workspaceOpt, modelOpt, asOfOpt, outOpt, jsonOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.isSet(workspaceOpt))
        return workspaceRequired(QStringLiteral("score"));
    if (!parser.positionalArguments().isEmpty())
        return failWith(QCoreApplication::translate("Cli", "score: unexpected argument \"%1\"")
                            .arg(parser.positionalArguments().first()), 2);
    QDate asOf;
    const QString asOfText = parser.value(asOfOpt);
    if (asOfText != u"latest") {
        asOf = QDate::fromString(asOfText, Qt::ISODate);
        if (!asOf.isValid())
            return failWith(QCoreApplication::translate("Cli", "score: --as-of needs a date (YYYY-MM-DD) or \"latest\", not \"%1\"").arg(asOfText), 2);
    }

    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);
    auto resolved = resolveModel(**ws, parser.value(modelOpt), false);
    if (!resolved)
        return failWith(resolved.error().message);
    const Model *model = &resolved->model;
    Result<std::vector<SignalInfo>> catalogue = (*ws)->signalCatalogue();
    if (!catalogue)
        return failWith(catalogue.error().message);
    if (Result<void> ok = ModelValidator::validate(*model, &*catalogue); !ok)
        return failWith(resolved->label + u": " + ok.error().message);
    Result<Dataset> data = asOf.isValid() ? (*ws)->loadSnapshot(asOf) : (*ws)->loadLatestSnapshot();
    if (!data)
        return failWith(data.error().message);
    if (data->size() == 0)
        return failWith(asOf.isValid() ? QCoreApplication::translate("Cli", "score: no account has a snapshot on %1")
                                             .arg(asOfText)
                                       : QCoreApplication::translate("Cli", "score: the workspace has no snapshot yet"));

    ScoringEngine engine;
    if (Result<void> ok = engine.setDataset(std::make_shared<const Dataset>(std::move(*data))); !ok)
        return failWith(ok.error().message);
    if (Result<void> ok = engine.setModel(*model); !ok)
        return failWith(resolved->label + u": " + ok.error().message);

    // CSM manual overrides in force this week add the effective tier and the reason (docs/overrides.md).
    auto records = (*ws)->manualOverrides();
    if (!records)
        return failWith(records.error().message);
    ManualOverrides overrides(std::move(*records));
    overrides.setTiers(engine.model().tiers);
    std::vector<OverrideEffect> effects;
    std::size_t inForce = 0;
    std::size_t applied = 0;
    if (overrides.anyOn(engine.dataset()->asOf)) {
        inForce = overrides.apply(engine.dataset()->asOf, engine.dataset()->accountIds, engine.scores(), engine.tiers(), effects);
        applied = std::size_t(std::count_if(effects.begin(), effects.end(),
                                            [](const OverrideEffect &e) { return e.state == OverrideEffect::State::Applied; }));
    }
    if (inForce == 0)
        effects.clear();

    if (parser.isSet(outOpt) && parser.value(outOpt).endsWith(u".xlsx", Qt::CaseInsensitive)) {
        // The workbook has the review's export columns (ScoredExport), text cells neutralised.
        ScoredExport::Input in;
        in.data = engine.dataset();
        in.model = &engine.model();
        in.scores = &engine.scores();
        in.tiers = &engine.tiers();
        in.categoryScores.resize(engine.model().categories.size());
        for (std::size_t c = 0; c < in.categoryScores.size(); ++c) {
            in.categoryScores[c].resize(engine.size());
            for (std::size_t r = 0; r < engine.size(); ++r)
                in.categoryScores[c][r] = engine.categoryScore(int(c), r);
        }
        if (Result<void> ok = ScoredExport::writeXlsx(in, parser.value(outOpt)); !ok)
            return failWith(ok.error().message);
    } else if (parser.isSet(outOpt)) {
        QSaveFile file(parser.value(outOpt));
        if (!file.open(QIODevice::WriteOnly))
            return failWith(QCoreApplication::translate("Cli", "%1: cannot write (%2)")
                                .arg(parser.value(outOpt), file.errorString()));
        QTextStream stream(&file);
        writeCsv(stream, engine, effects, overrides);
        stream.flush();
        if (!file.commit())
            return failWith(QCoreApplication::translate("Cli", "%1: cannot write (%2)")
                                .arg(parser.value(outOpt), file.errorString()));
    } else if (!parser.isSet(jsonOpt)) {
        writeCsv(out(), engine, effects, overrides);
        out().flush();
    }
    if (parser.isSet(jsonOpt)) {
        nlohmann::json j = summaryJson(engine, resolved->label);
        if (inForce > 0)
            j["manual_overrides"] = {{"in_force", inForce}, {"applied", applied}};
        out() << QString::fromStdString(j.dump(2)) << Qt::endl;
    } else {
        printSummary(err(), engine);
        if (inForce > 0)
            err() << "  " << QCoreApplication::translate("Cli", "Manual overrides: %1 in force, %2 applied (columns effective_tier and override_reason)")
                                 .arg(inForce)
                                 .arg(applied)
                  << Qt::endl;
    }
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("score",
                    QT_TRANSLATE_NOOP("Cli", "Score a snapshot with a model (--workspace FILE --model M.json "
                                             "[--as-of DATE|latest] [--out FILE.csv|FILE.xlsx] [--json])"),
                    runScore);

} // namespace tierlab::cli
