// tierlab calibrate --workspace FILE --model M.json --out M2.json [--horizon-days 90]
//                   [--objective auc|logloss] [--train-until DATE | --holdout FRACTION | --folds K] [--seed S]
//                   [--lock ID]… [--min-weight W] [--max-weight W]
// With --folds, --out is optional: it gets the model refit on all outcomes (docs/backtest.md, "Validation").
#include "backtestcli.h"
#include "clicommand.h"

#include "analysis/calibration.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <cmath>

namespace tierlab::cli {


namespace {

QString fixed(double v)
{
    return std::isfinite(v) ? QString::number(v, 'f', 3) : QStringLiteral("–");
}

nlohmann::json number(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

// The split, the windows and (for --folds) each fold's test AUC.
void printValidation(QTextStream &s, const CalibrationResult &r)
{
    switch (r.validation) {
    case CalibrationValidation::Auto:
    case CalibrationValidation::TimeSplit:
        s << QCoreApplication::translate("Cli", "Validation: by date, outcomes on or before %1 train, later ones test")
                 .arg(r.trainUntil.toString(Qt::ISODate));
        break;
    case CalibrationValidation::Holdout:
        s << QCoreApplication::translate("Cli", "Validation: a random %1 % of the accounts tests, churned and retained "
                                                "in proportion (seed %2)")
                 .arg(r.holdoutFraction * 100.0)
                 .arg(r.seed);
        break;
    case CalibrationValidation::Folds:
        s << QCoreApplication::translate("Cli", "Validation: %1-fold cross-validation by account, churned and retained "
                                                "in proportion (seed %2)")
                 .arg(r.folds)
                 .arg(r.seed);
        break;
    }
    s << '\n'
      << QCoreApplication::translate("Cli", "Train:   %1 outcomes (%2 churned) of %3 accounts, %4 to %5")
             .arg(r.train.n).arg(r.train.positives).arg(r.train.accounts)
             .arg(r.train.from.toString(Qt::ISODate), r.train.until.toString(Qt::ISODate))
      << '\n';
    if (r.validation != CalibrationValidation::Folds) {
        s << QCoreApplication::translate("Cli", "Test:    %1 outcomes (%2 churned) of %3 accounts, %4 to %5")
                 .arg(r.test.n).arg(r.test.positives).arg(r.test.accounts)
                 .arg(r.test.from.toString(Qt::ISODate), r.test.until.toString(Qt::ISODate))
          << '\n';
        return;
    }
    for (const CalibrationFold &f : r.foldResults) {
        s << "  "
          << QCoreApplication::translate("Cli", "fold %1: trained on %2 outcomes, tested on %3 (%4 churned): test AUC %5 "
                                                "(input model %6)")
                 .arg(f.fold).arg(f.trainOutcomes).arg(f.testOutcomes).arg(f.testPositives)
                 .arg(fixed(f.testAuc), fixed(f.testAucBefore))
          << '\n';
    }
    s << QCoreApplication::translate("Cli", "Folds' test AUC: mean %1 ± %2 (sample standard deviation); input model: mean %3")
             .arg(fixed(r.foldsMeanAuc), fixed(r.foldsSdAuc), fixed(r.foldsMeanAucBefore))
      << '\n'
      << QCoreApplication::translate("Cli", "The weights below are refit on all %1 outcomes; the folds estimate how such a fit "
                                            "does on outcomes it has not seen.")
             .arg(r.train.n)
      << '\n';
}

int runCalibrate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Fits category weights to the workspace's outcomes and writes a new model."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption modelOpt(QStringLiteral("model"), QCoreApplication::translate("Cli", "The model file to start from."), QStringLiteral("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("Cli", "Where to write the calibrated model (never the input)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption horizonOpt(QStringLiteral("horizon-days"), QCoreApplication::translate("Cli", "Back-test horizon (default 90)."),
                                        QStringLiteral("DAYS"), QStringLiteral("90"));
    const QCommandLineOption objectiveOpt(QStringLiteral("objective"), QCoreApplication::translate("Cli", "auc (default) or logloss."),
                                          QStringLiteral("NAME"), QStringLiteral("auc"));
    const QCommandLineOption untilOpt(QStringLiteral("train-until"),
                                      QCoreApplication::translate("Cli", "Train on outcomes dated on or before this date, test on "
                                                                        "later ones (default: a 70/30 split by date)."),
                                      QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption holdoutOpt(QStringLiteral("holdout"),
                                        QCoreApplication::translate("Cli", "Test on this share of the accounts, drawn at random "
                                                                          "with churned and retained in proportion (0–1)."),
                                        QStringLiteral("FRACTION"));
    const QCommandLineOption foldsOpt(QStringLiteral("folds"),
                                      QCoreApplication::translate("Cli", "K-fold cross-validation by account (2–20): report each "
                                                                        "fold's test AUC; --out gets the model refit on all outcomes."),
                                      QStringLiteral("K"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"),
                                     QCoreApplication::translate("Cli", "Seed of the random split of --holdout and --folds (default 1)."),
                                     QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption lockOpt(QStringLiteral("lock"), QCoreApplication::translate("Cli", "Keep this category's weight (repeatable)."),
                                     QStringLiteral("ID"));
    const QCommandLineOption minOpt(QStringLiteral("min-weight"),
                                    QCoreApplication::translate("Cli", "Lowest weight allowed (default 5 % of the model's category "
                                                                       "weights' sum; 0 lets a category drop out)."),
                                    QStringLiteral("W"));
    const QCommandLineOption maxOpt(QStringLiteral("max-weight"), QCoreApplication::translate("Cli", "Highest weight allowed (default none)."),
                                    QStringLiteral("W"));
    const QCommandLineOption boundOpt(QStringLiteral("bound"),
                                      QCoreApplication::translate("Cli", "Weight bounds of one category, ID=MIN:MAX (repeatable; "
                                                                        "either side may be empty)."),
                                      QStringLiteral("ID=MIN:MAX"));
    const QCommandLineOption capacityOpt(QStringLiteral("red-capacity"),
                                         QCoreApplication::translate("Cli", "Propose the worst tier's upper edge so that at most "
                                                                           "K accounts of the latest snapshot fall in it."),
                                         QStringLiteral("K"));
    const QCommandLineOption bestChurnOpt(QStringLiteral("best-tier-max-churn"),
                                          QCoreApplication::translate("Cli", "Propose the best tier's lower edge so that its "
                                                                            "back-tested churn rate is at most RATE (0–1)."),
                                          QStringLiteral("RATE"));
    const QCommandLineOption signalOpt(QStringLiteral("signal-weights"),
                                       QCoreApplication::translate("Cli", "Also fit the signal weights inside each unlocked category."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOptions({boundOpt, capacityOpt, bestChurnOpt, signalOpt, holdoutOpt, foldsOpt, seedOpt});
    parser.addOptions({workspaceOpt, modelOpt, outOpt, horizonOpt, objectiveOpt, untilOpt, lockOpt, minOpt, maxOpt,
                       jsonOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    const bool folds = parser.isSet(foldsOpt);
    if (!parser.isSet(workspaceOpt) || !parser.isSet(modelOpt) || (!parser.isSet(outOpt) && !folds))
        return failWith(QCoreApplication::translate("Cli", "calibrate: --workspace FILE, --model FILE and --out FILE are required"), 2);
    if (int(parser.isSet(untilOpt)) + int(parser.isSet(holdoutOpt)) + int(folds) > 1)
        return failWith(QCoreApplication::translate("Cli", "calibrate: choose one of --train-until, --holdout and --folds"), 2);

    CalibrationOptions options;
    bool ok = false;
    options.horizonDays = parser.value(horizonOpt).toInt(&ok);
    if (!ok || options.horizonDays < 0)
        return failWith(QCoreApplication::translate("Cli", "calibrate: --horizon-days needs a whole number of days ≥ 0"), 2);
    if (!calibrationObjectiveFromName(parser.value(objectiveOpt), &options.objective))
        return failWith(QCoreApplication::translate("Cli", "calibrate: --objective must be auc or logloss"), 2);
    if (parser.isSet(untilOpt)) {
        options.trainUntil = QDate::fromString(parser.value(untilOpt), Qt::ISODate);
        if (!options.trainUntil.isValid())
            return failWith(QCoreApplication::translate("Cli", "calibrate: --train-until needs a date YYYY-MM-DD"), 2);
        options.validation = CalibrationValidation::TimeSplit;
    }
    if (parser.isSet(holdoutOpt)) {
        options.holdoutFraction = parser.value(holdoutOpt).toDouble(&ok);
        if (!ok || !(options.holdoutFraction > 0 && options.holdoutFraction < 1))
            return failWith(QCoreApplication::translate("Cli", "calibrate: --holdout needs a fraction between 0 and 1 (exclusive)"), 2);
        options.validation = CalibrationValidation::Holdout;
    }
    if (folds) {
        options.folds = parser.value(foldsOpt).toInt(&ok);
        if (!ok || options.folds < CalibrationSplitter::kMinFolds || options.folds > CalibrationSplitter::kMaxFolds)
            return failWith(QCoreApplication::translate("Cli", "calibrate: --folds needs a whole number from %1 to %2")
                                .arg(CalibrationSplitter::kMinFolds)
                                .arg(CalibrationSplitter::kMaxFolds),
                            2);
        options.validation = CalibrationValidation::Folds;
    }
    options.seed = parser.value(seedOpt).toULongLong(&ok);
    if (!ok)
        return failWith(QCoreApplication::translate("Cli", "calibrate: --seed needs a whole number ≥ 0"), 2);
    options.locked = parser.values(lockOpt);
    options.signalWeights = parser.isSet(signalOpt);
    if (parser.isSet(minOpt)) {
        options.minWeight = parser.value(minOpt).toDouble(&ok);
        if (!ok)
            return failWith(QCoreApplication::translate("Cli", "calibrate: --min-weight needs a number"), 2);
    }
    if (parser.isSet(maxOpt)) {
        options.maxWeight = parser.value(maxOpt).toDouble(&ok);
        if (!ok)
            return failWith(QCoreApplication::translate("Cli", "calibrate: --max-weight needs a number"), 2);
    }
    for (const QString &bound : parser.values(boundOpt)) {
        const qsizetype eq = bound.indexOf(u'=');
        const qsizetype colon = bound.indexOf(u':', eq + 1);
        bool minOk = true, maxOk = true;
        CalibrationOptions::Bounds b;
        if (eq > 0 && colon > eq) {
            const QString lo = bound.mid(eq + 1, colon - eq - 1).trimmed();
            const QString hi = bound.mid(colon + 1).trimmed();
            if (!lo.isEmpty())
                b.min = lo.toDouble(&minOk);
            if (!hi.isEmpty())
                b.max = hi.toDouble(&maxOk);
        }
        if (eq <= 0 || colon <= eq || !minOk || !maxOk)
            return failWith(QCoreApplication::translate("Cli", "calibrate: --bound needs ID=MIN:MAX, not \"%1\"").arg(bound), 2);
        options.categoryBounds[bound.left(eq).trimmed()] = b;
    }
    if (parser.isSet(capacityOpt)) {
        options.redCapacity = parser.value(capacityOpt).toLongLong(&ok);
        if (!ok || options.redCapacity < 0)
            return failWith(QCoreApplication::translate("Cli", "calibrate: --red-capacity needs a whole number of accounts ≥ 0"), 2);
    }
    if (parser.isSet(bestChurnOpt)) {
        options.bestTierMaxChurn = parser.value(bestChurnOpt).toDouble(&ok);
        if (!ok || !(options.bestTierMaxChurn >= 0 && options.bestTierMaxChurn <= 1))
            return failWith(QCoreApplication::translate("Cli", "calibrate: --best-tier-max-churn needs a rate between 0 and 1"), 2);
    }

    const QString input = parser.value(modelOpt);
    const QString output = parser.value(outOpt);
    const QFileInfo inInfo(input), outInfo(output);
    if (!output.isEmpty()
        && (inInfo.absoluteFilePath() == outInfo.absoluteFilePath()
            || (outInfo.exists() && inInfo.canonicalFilePath() == outInfo.canonicalFilePath())))
        return failWith(QCoreApplication::translate("Cli", "calibrate: --out must not be the input model %1").arg(input), 2);

    auto model = ModelFile::load(input);
    if (!model)
        return failWith(model.error().message);
    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);
    auto result = Calibration::run(**ws, *model, options);
    if (!result)
        return failWith(result.error().message);
    if (!output.isEmpty()) {
        if (auto saved = ModelFile::save(result->model, output); !saved)
            return failWith(saved.error().message);
    }

    const CalibrationResult &r = *result;
    if (parser.isSet(jsonOpt)) {
        nlohmann::json j;
        j["out"] = output.isEmpty() ? nlohmann::json() : nlohmann::json(output.toStdString());
        j["objective"] = calibrationObjectiveName(r.objective).toStdString();
        j["validation"] = calibrationValidationName(r.validation).toStdString();
        if (r.validation == CalibrationValidation::TimeSplit)
            j["train_until"] = r.trainUntil.toString(Qt::ISODate).toStdString();
        else
            j["seed"] = r.seed;
        if (r.validation == CalibrationValidation::Holdout)
            j["holdout"] = r.holdoutFraction;
        if (!r.note.isEmpty())
            j["note"] = r.note.toStdString();
        auto window = [](const CalibrationWindow &w) {
            return nlohmann::json{{"from", w.from.toString(Qt::ISODate).toStdString()},
                                  {"until", w.until.toString(Qt::ISODate).toStdString()},
                                  {"n", w.n}, {"positives", w.positives}, {"accounts", w.accounts}};
        };
        j["train"] = window(r.train);
        j["test"] = window(r.test);
        if (r.validation == CalibrationValidation::Folds) {
            auto &f = j["folds"] = nlohmann::json::array();
            for (const CalibrationFold &fold : r.foldResults) {
                nlohmann::json weights = nlohmann::json::object();
                for (std::size_t c = 0; c < fold.weights.size(); ++c)
                    weights[model->categories[c].id.toStdString()] = fold.weights[c];
                f.push_back({{"fold", fold.fold}, {"train_outcomes", fold.trainOutcomes},
                             {"test_outcomes", fold.testOutcomes}, {"test_accounts", fold.testAccounts},
                             {"test_positives", fold.testPositives}, {"test_auc", number(fold.testAuc)},
                             {"test_auc_before", number(fold.testAucBefore)}, {"weights", weights}});
            }
            j["folds_mean_auc"] = number(r.foldsMeanAuc);
            j["folds_sd_auc"] = number(r.foldsSdAuc);
            j["folds_mean_auc_before"] = number(r.foldsMeanAucBefore);
        } else {
            j["test_before"] = backtestMetricsJson(r.testBefore, *model);
            j["test_after"] = backtestMetricsJson(r.testAfter, r.model);
        }
        auto &w = j["weights"] = nlohmann::json::object();
        for (std::size_t c = 0; c < r.weightsAfter.size(); ++c)
            w[model->categories[c].id.toStdString()] = {{"before", r.weightsBefore[c]}, {"after", r.weightsAfter[c]}};
        auto cut = [](const TierCut &c, const Model &m) {
            nlohmann::json t{{"tier", c.tier >= 0 && std::size_t(c.tier) < m.tiers.size() ? m.tiers[std::size_t(c.tier)].id.toStdString() : std::string()},
                             {"feasible", c.feasible}, {"before", c.current}};
            if (c.feasible)
                t["after"] = c.proposed;
            else
                t["reason"] = c.reason.toStdString();
            return t;
        };
        if (options.redCapacity >= 0) {
            j["red_cut"] = cut(r.redCut, r.model);
            j["red_cut"]["accounts"] = r.redCut.accounts;
        }
        if (!std::isnan(options.bestTierMaxChurn)) {
            j["best_cut"] = cut(r.bestCut, r.model);
            j["best_cut"]["outcomes"] = r.bestCut.accounts;
            j["best_cut"]["rate"] = r.bestCut.rate;
        }
        if (options.signalWeights) {
            auto &sw = j["signal_weights"] = nlohmann::json::object();
            for (std::size_t i = 0; i < r.signalWeightsAfter.size(); ++i)
                sw[model->signals[i].id.toStdString()] = {{"before", r.signalWeightsBefore[i]}, {"after", r.signalWeightsAfter[i]}};
        }
        j["min_weight"] = {{"value", r.minWeight}, {"default", r.minWeightIsDefault}};
        j["categories_at_zero"] = nlohmann::json::array();
        for (const QString &id : r.categoriesAtZero)
            j["categories_at_zero"].push_back(id.toStdString());
        j["cap_shifts"] = nlohmann::json::array();
        for (const CapShift &c : r.capShifts)
            j["cap_shifts"].push_back({{"override", c.override.toStdString()}, {"cap", c.cap},
                                       {"tier_before", c.tierBefore.toStdString()}, {"tier_after", c.tierAfter.toStdString()}});
        j["evaluations"] = r.evaluations;
        j["data_fingerprint"] = r.fingerprint.toStdString();
        out() << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }
    QTextStream &s = out();
    if (!r.note.isEmpty())
        s << QCoreApplication::translate("Cli", "Note: %1").arg(r.note) << '\n';
    printValidation(s, r);
    s << QCoreApplication::translate("Cli", "Objective (%1) on train: %2 → %3")
             .arg(calibrationObjectiveName(r.objective), fixed(r.trainObjectiveBefore), fixed(r.trainObjectiveAfter))
      << '\n';
    if (r.validation != CalibrationValidation::Folds)
        s << QCoreApplication::translate("Cli", "Test AUC: %1 → %2").arg(fixed(r.testBefore.auc.auc), fixed(r.testAfter.auc.auc)) << '\n';
    for (std::size_t c = 0; c < r.weightsAfter.size(); ++c) {
        s << "  " << model->categories[c].id.leftJustified(16) << ' '
          << QCoreApplication::translate("Cli", "%1 → %2").arg(r.weightsBefore[c]).arg(r.weightsAfter[c]) << '\n';
    }
    for (std::size_t i = 0; options.signalWeights && i < r.signalWeightsAfter.size(); ++i) {
        if (r.signalWeightsAfter[i] != r.signalWeightsBefore[i])
            s << "    " << model->signals[i].id.leftJustified(14) << ' '
              << QCoreApplication::translate("Cli", "%1 → %2").arg(r.signalWeightsBefore[i]).arg(r.signalWeightsAfter[i]) << '\n';
    }
    if (options.redCapacity >= 0) {
        s << (r.redCut.feasible
                  ? QCoreApplication::translate("Cli", "Worst tier's upper edge: %1 → %2 (%3 accounts of the latest snapshot below it)")
                        .arg(r.redCut.current).arg(r.redCut.proposed).arg(r.redCut.accounts)
                  : QCoreApplication::translate("Cli", "Worst tier's upper edge unchanged: %1").arg(r.redCut.reason))
          << '\n';
    }
    if (!std::isnan(options.bestTierMaxChurn)) {
        s << (r.bestCut.feasible
                  ? QCoreApplication::translate("Cli", "Best tier's lower edge: %1 → %2 (%3 outcomes at or above it, churn %4 %)")
                        .arg(r.bestCut.current).arg(r.bestCut.proposed).arg(r.bestCut.accounts).arg(r.bestCut.rate * 100.0, 0, 'f', 1)
                  : QCoreApplication::translate("Cli", "Best tier's lower edge unchanged: %1").arg(r.bestCut.reason))
          << '\n';
    }
    s << (r.minWeightIsDefault
              ? QCoreApplication::translate("Cli", "Lowest weight of a category: %1 (5 % of the weights' sum; --min-weight 0 lets a category drop out)")
              : QCoreApplication::translate("Cli", "Lowest weight of a category: %1"))
             .arg(r.minWeight)
      << '\n';
    if (!r.categoriesAtZero.isEmpty())
        s << QCoreApplication::translate("Cli", "Categories at weight 0 (left out of every score): %1")
                 .arg(r.categoriesAtZero.join(QStringLiteral(", ")))
          << '\n';
    for (const CapShift &c : r.capShifts)
        s << QCoreApplication::translate("Cli", "Override %1 caps at %2, now in tier %3 (was %4): the accounts it caps change tier; "
                                                "give it \"cap_tier\" to keep them in %4")
                 .arg(c.override)
                 .arg(c.cap)
                 .arg(c.tierAfter, c.tierBefore)
          << '\n';
    if (!output.isEmpty())
        s << QCoreApplication::translate("Cli", "Wrote %1").arg(output) << '\n';
    s.flush();
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("calibrate",
                    QT_TRANSLATE_NOOP("Cli", "Fit category weights to outcomes (--workspace FILE --model FILE --out FILE "
                                             "[--horizon-days 90] [--objective auc|logloss] "
                                             "[--train-until DATE | --holdout FRACTION | --folds K] [--seed S] "
                                             "[--bound ID=MIN:MAX] [--signal-weights] [--red-capacity K] [--best-tier-max-churn RATE])"),
                    runCalibrate);

} // namespace tierlab::cli
