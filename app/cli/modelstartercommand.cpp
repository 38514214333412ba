// tierlab model starter --workspace W --out M.json [...]; registered as "model-starter" and reached
// through `tierlab model starter` (modelcommand.cpp forwards the verb here).
#include "backtestcli.h"
#include "clicommand.h"

#include "analysis/startermodel.h"
#include "io/csvfield.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cmath>

namespace tierlab::cli {

namespace {

nlohmann::json number(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

QString fixed(double v, int decimals)
{
    return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

QString ruleText(const StarterSignal &s)
{
    switch (s.rule) {
    case RuleKind::Bands:
        return QCoreApplication::translate("Cli", "bands (%1)").arg(s.bins);
    case RuleKind::Map:
        return QCoreApplication::translate("Cli", "map (%1 groups)").arg(s.bins);
    case RuleKind::Flag:
        return QCoreApplication::translate("Cli", "flag");
    default:
        return ruleKindName(s.rule);
    }
}

// account_id,set with set "fit" or "held_out": the split, for comparing with another tool.
Result<void> writeSplit(const QString &path, const StarterResult &r, const std::vector<QString> &accounts)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QCoreApplication::translate("Cli", "%1: cannot write: %2").arg(path, file.errorString()), Error::Code::Io);
    const QSet<QString> held(r.testAccountIds.begin(), r.testAccountIds.end());
    QByteArray text = "account_id,set\n";
    for (const QString &id : accounts) {
        appendCsvField(text, id);
        text += held.contains(id) ? ",held_out\n" : ",fit\n";
    }
    file.write(text);
    if (!file.commit())
        return fail(QCoreApplication::translate("Cli", "%1: cannot write: %2").arg(path, file.errorString()), Error::Code::Io);
    return {};
}

int runStarter(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Builds a first model from the workspace's signals and outcomes (docs/backtest.md, \"A starter model from data\"), "
               "writes it and prints its back-test."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("Cli", "The model file to write (.json)."), QStringLiteral("FILE"));
    const QCommandLineOption horizonOpt(QStringLiteral("horizon-days"),
                                        QCoreApplication::translate("Cli", "Learn from snapshots at least this many days before each outcome (default 90)."),
                                        QStringLiteral("DAYS"), QStringLiteral("90"));
    const QCommandLineOption holdoutOpt(QStringLiteral("holdout"),
                                        QCoreApplication::translate("Cli", "The share of accounts kept out of the fit and scored to report a held-out AUC (default 0.333; 0: fit on all)."),
                                        QStringLiteral("FRACTION"), QStringLiteral("0.333"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QCoreApplication::translate("Cli", "The held-out split's seed (default 1)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption tiersOpt(QStringLiteral("tiers"), QCoreApplication::translate("Cli", "The tiers' lower edges above the worst tier (default 40,70)."),
                                      QStringLiteral("EDGES"), QStringLiteral("40,70"));
    const QCommandLineOption nameOpt(QStringLiteral("name"), QCoreApplication::translate("Cli", "The model's name (default \"Starter model\")."), QStringLiteral("NAME"));
    const QCommandLineOption splitOpt(QStringLiteral("split-out"), QCoreApplication::translate("Cli", "Also write each account's side of the split (account_id,set) to this CSV file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOptions({workspaceOpt, outOpt, horizonOpt, holdoutOpt, seedOpt, tiersOpt, nameOpt, splitOpt, jsonOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.isSet(workspaceOpt) || !parser.isSet(outOpt) || !parser.positionalArguments().isEmpty())
        return failWith(QCoreApplication::translate("Cli", "model starter: usage: model starter --workspace FILE --out MODEL.json [--horizon-days N] "
                                                           "[--holdout FRACTION] [--seed S] [--tiers 40,70] [--name NAME] [--split-out FILE] [--json]"),
                        2);
    StarterOptions options;
    bool ok = false;
    options.horizonDays = parser.value(horizonOpt).toInt(&ok);
    if (!ok || options.horizonDays < 0)
        return failWith(QCoreApplication::translate("Cli", "model starter: --horizon-days needs a whole number of days ≥ 0"), 2);
    options.holdoutFraction = parser.value(holdoutOpt).toDouble(&ok);
    if (!ok || !(options.holdoutFraction >= 0 && options.holdoutFraction < 1))
        return failWith(QCoreApplication::translate("Cli", "model starter: --holdout needs a share ≥ 0 and below 1, e.g. 0.333"), 2);
    options.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return failWith(QCoreApplication::translate("Cli", "model starter: --seed needs a whole number ≥ 0"), 2);
    options.tierEdges.clear();
    for (const QString &part : parser.value(tiersOpt).split(u',')) {
        const double edge = part.trimmed().toDouble(&ok);
        if (!ok)
            return failWith(QCoreApplication::translate("Cli", "model starter: --tiers needs numbers separated by commas, e.g. 40,70"), 2);
        options.tierEdges.push_back(edge);
    }
    options.name = parser.value(nameOpt);

    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);
    auto result = StarterModel::build(**ws, options);
    if (!result)
        return failWith(QCoreApplication::translate("Cli", "model starter: %1").arg(result.error().message));
    const QString outPath = parser.value(outOpt);
    if (Result<void> saved = ModelFile::save(result->model, outPath); !saved)
        return failWith(saved.error().message);
    if (parser.isSet(splitOpt)) {
        std::vector<QString> accounts;
        QSet<QString> seen;
        for (const BacktestSample &s : result->backtest.samples)
            if (!seen.contains(s.accountId)) {
                seen.insert(s.accountId);
                accounts.push_back(s.accountId);
            }
        std::sort(accounts.begin(), accounts.end());
        if (Result<void> written = writeSplit(parser.value(splitOpt), *result, accounts); !written)
            return failWith(written.error().message);
    }

    const StarterResult &r = *result;
    if (parser.isSet(jsonOpt)) {
        nlohmann::json signals = nlohmann::json::array();
        for (const StarterSignal &s : r.signals) {
            nlohmann::json j{{"column", s.column.toStdString()},
                             {"type", signalTypeName(s.type).toStdString()},
                             {"kept", s.kept},
                             {"coverage", number(s.coverage)},
                             {"auc", number(s.auc)},
                             {"statistic", number(s.statistic)},
                             {"critical", number(s.critical)},
                             {"information_value", number(s.informationValue)}};
            if (s.kept) {
                j["category"] = s.category.toStdString();
                j["rule"] = ruleKindName(s.rule).toStdString();
                j["missing"] = missingPolicyName(s.missing).toStdString();
                j["groups"] = s.bins;
            } else {
                j["reason"] = s.reason.toStdString();
            }
            signals.push_back(std::move(j));
        }
        nlohmann::json j{{"out", outPath.toStdString()},
                         {"name", r.model.name.toStdString()},
                         {"fit", {{"outcomes", r.fitOutcomes}, {"accounts", r.fitAccounts}, {"churned", r.fitPositives}}},
                         {"signals", signals},
                         {"backtest", backtestResultJson(r.backtest, r.model)}};
        if (options.holdoutFraction > 0) {
            j["held_out"] = {{"fraction", options.holdoutFraction},
                             {"seed", options.seed},
                             {"accounts", r.testAccounts},
                             {"outcomes", r.heldOutOutcomes},
                             {"churned", r.heldOutPositives},
                             {"metrics", backtestMetricsJson(r.heldOut, r.model)}};
        }
        out() << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }
    QTextStream &s = out();
    s << QCoreApplication::translate("Cli", "Fitted on %1 outcomes of %2 accounts (%3 churned)").arg(r.fitOutcomes).arg(r.fitAccounts).arg(r.fitPositives);
    if (options.holdoutFraction > 0)
        s << QCoreApplication::translate("Cli", "; %1 accounts held out (seed %2)").arg(r.testAccounts).arg(options.seed);
    s << '\n';
    qsizetype kept = 0;
    for (const StarterSignal &sig : r.signals)
        kept += sig.kept ? 1 : 0;
    s << QCoreApplication::translate("Cli", "Signals kept (%1):").arg(kept) << '\n';
    for (const StarterSignal &sig : r.signals)
        if (sig.kept)
            s << "  + " << sig.column.leftJustified(24) << ' '
              << QCoreApplication::translate("Cli", "%1, %2, AUC %3, IV %4, missing: %5")
                     .arg(sig.category, ruleText(sig), fixed(sig.auc, 3), fixed(sig.informationValue, 3), missingPolicyName(sig.missing))
              << '\n';
    if (kept < qsizetype(r.signals.size())) {
        s << QCoreApplication::translate("Cli", "Left out (%1):").arg(qsizetype(r.signals.size()) - kept) << '\n';
        for (const StarterSignal &sig : r.signals)
            if (!sig.kept)
                s << "  - " << sig.column.leftJustified(24) << ' ' << sig.reason << '\n';
    }
    QStringList weights;
    for (const Category &c : r.model.categories)
        weights << QStringLiteral("%1 %2").arg(c.id, fixed(c.weight, 1));
    s << QCoreApplication::translate("Cli", "Categories (weight = sum of its signals' 100 × IV): %1").arg(weights.join(QStringLiteral(", "))) << '\n';
    if (options.holdoutFraction > 0)
        s << QCoreApplication::translate("Cli", "Held-out AUC: %1 (95 % CI %2–%3) on %4 outcomes of %5 accounts (%6 churned)")
                 .arg(fixed(r.heldOut.auc.auc, 3), fixed(r.heldOut.aucCi.low, 3), fixed(r.heldOut.aucCi.high, 3))
                 .arg(r.heldOutOutcomes).arg(r.testAccounts).arg(r.heldOutPositives)
          << '\n';
    s << QCoreApplication::translate("Cli", "Back-test on every outcome (the fitted ones included):") << '\n';
    printBacktestText(s, r.backtest, r.model);
    s << QCoreApplication::translate("Cli", "Wrote \"%1\" to %2").arg(r.model.name, outPath) << Qt::endl;
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("model-starter", QT_TRANSLATE_NOOP("Cli", "Build a first model from the workspace's data; also `model starter`"), runStarter);

} // namespace tierlab::cli
