// tierlab signals build --workspace W [--recipes R.json] [--replace-imported] [--json]
// tierlab signals show --workspace W
// tierlab signals check --workspace W --recipes R.json
#include "clicommand.h"
#include "cliprogress.h"

#include "recipes/recipeset.h"
#include "recipes/signalbuilder.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace tierlab::cli {

namespace {

void printBuild(const BuildSummary &s)
{
    QTextStream &o = out();
    o << QCoreApplication::translate("Cli", "Built %1 signals for %2 accounts on %3 dates (%4 to %5, every %6 days): %7 snapshots in %8 s")
             .arg(s.signalIds.size())
             .arg(s.accounts)
             .arg(s.gridDates)
             .arg(s.first.toString(Qt::ISODate), s.last.toString(Qt::ISODate))
             .arg(s.everyDays)
             .arg(s.snapshotRows)
             .arg(s.seconds, 0, 'f', 2)
      << '\n';
    if (s.replacedRows > 0)
        o << QCoreApplication::translate("Cli", "Replaced:   %1 snapshots of the previous build").arg(s.replacedRows) << '\n';
    if (s.accountsWithoutStart > 0)
        o << QCoreApplication::translate("Cli", "Skipped:    %1 accounts that start after the grid's last date or have no start and no dated row").arg(s.accountsWithoutStart) << '\n';
    if (s.accountsEnded > 0)
        o << QCoreApplication::translate("Cli", "Ended:      %1 accounts end before the grid's last date (accounts.end): no snapshots from their end on").arg(s.accountsEnded) << '\n';
    for (const TableUse &u : s.tables) {
        o << "  " << u.name.leftJustified(24) << ' ' << QCoreApplication::translate("Cli", "%1 rows").arg(u.rows);
        if (u.coverage.rowsUnmatched > 0)
            o << QCoreApplication::translate("Cli", ", %1 rows of %2 keys name no known account (e.g. %3)")
                     .arg(u.coverage.rowsUnmatched)
                     .arg(u.coverage.keysUnmatched)
                     .arg(u.coverage.unmatched.mid(0, 3).join(QStringLiteral(", ")));
        o << '\n';
    }
    o.flush();
}

int runSignals(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Builds weekly per-account signals from the workspace's event tables with a recipes file (format "
           "\"tierlab-signals\", docs/signals.md): every grid date is rebuilt from the rows dated on or before it.\n"
           "  build  computes and stores the snapshots (one transaction; an earlier build's snapshots are replaced)\n"
           "  check  checks a recipes file against the workspace's tables\n"
           "  show   prints the recipes stored by the last build"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("Cli", "build, check or show"));
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption recipesOpt(QStringLiteral("recipes"), QCoreApplication::translate("Cli", "The recipes file (build: default the stored recipes)."), QStringLiteral("R.json"));
    const QCommandLineOption replaceOpt(QStringLiteral("replace-imported"), QCoreApplication::translate("Cli", "Also delete the snapshots that imports wrote."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the build summary as JSON."));
    parser.addOptions({workspaceOpt, recipesOpt, replaceOpt, jsonOpt, CliProgress::option()});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 1 || (action != u"build" && action != u"show" && action != u"check"))
        return failWith(QCoreApplication::translate("Cli", "signals: usage: tierlab signals build|check|show --workspace W [--recipes R.json] [--json]"), 2);
    if (!parser.isSet(workspaceOpt))
        return workspaceRequired(QStringLiteral("signals"));
    if (action == u"check" && !parser.isSet(recipesOpt))
        return failWith(QCoreApplication::translate("Cli", "signals check: --recipes R.json is required"), 2);
    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);

    if (action == u"show") {
        auto stored = (*ws)->recipes();
        if (!stored)
            return failWith(stored.error().message);
        if (stored->isEmpty())
            return failWith(QCoreApplication::translate("Cli", "%1: no recipes stored yet; build with: tierlab signals build --workspace W --recipes R.json")
                                .arg(parser.value(workspaceOpt)));
        out() << *stored << Qt::flush;
        return 0;
    }

    Result<RecipeSet> recipes = fail(QString());
    if (parser.isSet(recipesOpt)) {
        recipes = RecipeSet::load(parser.value(recipesOpt));
    } else {
        auto stored = (*ws)->recipes();
        if (!stored)
            return failWith(stored.error().message);
        if (stored->isEmpty())
            return failWith(QCoreApplication::translate("Cli", "signals build: --recipes R.json is required (the workspace has no stored recipes)"), 2);
        recipes = RecipeSet::parse(stored->toUtf8(), QCoreApplication::translate("Cli", "%1 (stored recipes)").arg(parser.value(workspaceOpt)));
    }
    if (!recipes)
        return failWith(recipes.error().message);
    if (action == u"check") {
        auto types = recipes->check(**ws, parser.value(recipesOpt));
        if (!types)
            return failWith(types.error().message);
        out() << QCoreApplication::translate("Cli", "%1: %2 signals, OK").arg(parser.value(recipesOpt)).arg(recipes->signals.size()) << Qt::endl;
        return 0;
    }
    BuildOptions options;
    options.replaceImported = parser.isSet(replaceOpt);
    // The work counts the accounts computed, then each account again as its weeks are written.
    CliProgress progress(QCoreApplication::translate("Cli", "Building signals"), QCoreApplication::translate("Cli", "steps"),
                         CliProgress::Unit::Count, parser.isSet(QStringLiteral("progress")));
    options.progress = [&progress](std::int64_t done, std::int64_t total) { progress.update(done, total); };
    auto summary = SignalBuilder::build(**ws, *recipes, options);
    progress.finish();
    if (!summary)
        return failWith(summary.error().message);
    if (parser.isSet(jsonOpt))
        out() << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        printBuild(*summary);
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("signals", QT_TRANSLATE_NOOP("Cli", "Build weekly signals from event tables: build|check|show --workspace W [--recipes R.json]"),
                    runSignals);

} // namespace tierlab::cli
