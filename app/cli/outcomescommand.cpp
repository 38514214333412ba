// tierlab outcomes derive --workspace W --churn-table T [--every quarter|month|DAYS] [--from DATE] [--replace] [--json]
// tierlab snapshots export --workspace W (--out F.csv | --postgres URL | --sqlite FILE) [--table NAME] [--replace] [--as-of DATE]
#include "clicommand.h"
#include "cliprogress.h"

#include "io/snapshotcsvexport.h"
#include "push/snapshotpush.h"
#include "store/workspace.h"
#include "tables/outcomederiver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace tierlab::cli {

namespace {

int runOutcomes(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Derives outcomes from a table of churn events: for each period and each account started before it, "
           "churned (dated at its first churn row in the period) or retained (dated at the period's end). Periods "
           "past the data's end are skipped; an account that left before a period gets no outcome for it."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("derive"), QCoreApplication::translate("Cli", "derive"));
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption tableOpt(QStringLiteral("churn-table"), QCoreApplication::translate("Cli", "The event table of churn events."), QStringLiteral("T"));
    const QCommandLineOption everyOpt(QStringLiteral("every"), QCoreApplication::translate("Cli", "quarter (default), month or a number of days."), QStringLiteral("PERIOD"));
    const QCommandLineOption fromOpt(QStringLiteral("from"), QCoreApplication::translate("Cli", "The first period's start (default: the period of the earliest row)."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption replaceOpt(QStringLiteral("replace"), QCoreApplication::translate("Cli", "Delete every stored outcome first."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the summary as JSON."));
    parser.addOptions({workspaceOpt, tableOpt, everyOpt, fromOpt, replaceOpt, jsonOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("derive")})
        return failWith(QCoreApplication::translate("Cli", "outcomes: usage: tierlab outcomes derive --workspace W --churn-table T [--every quarter|month|DAYS] [--from DATE]"), 2);
    if (!parser.isSet(workspaceOpt) || !parser.isSet(tableOpt))
        return failWith(QCoreApplication::translate("Cli", "outcomes derive: --workspace FILE and --churn-table T are required"), 2);
    OutcomeDerivation how;
    how.churnTable = parser.value(tableOpt);
    const QString every = parser.value(everyOpt);
    if (every.isEmpty() || every == u"quarter") {
        how.every = OutcomeDerivation::Every::Quarter;
    } else if (every == u"month") {
        how.every = OutcomeDerivation::Every::Month;
    } else {
        bool ok = false;
        how.days = every.toInt(&ok);
        if (!ok || how.days < 1 || how.days > 3660)
            return failWith(QCoreApplication::translate("Cli", "outcomes derive: --every must be quarter, month or a number of days (1 to 3660)"), 2);
        how.every = OutcomeDerivation::Every::Days;
    }
    if (parser.isSet(fromOpt)) {
        how.from = QDate::fromString(parser.value(fromOpt), Qt::ISODate);
        if (!how.from.isValid())
            return failWith(QCoreApplication::translate("Cli", "outcomes derive: --from needs a date as YYYY-MM-DD"), 2);
    }
    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);
    auto derived = OutcomeDeriver::write(**ws, how, parser.isSet(replaceOpt));
    if (!derived)
        return failWith(derived.error().message);
    if (parser.isSet(jsonOpt)) {
        out() << QJsonDocument(derived->toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    out() << QCoreApplication::translate("Cli", "Derived %1 outcomes (%2 churned, %3 retained) over %4 periods from %5 to %6; %7 periods past the data's end (%8) skipped")
                 .arg(derived->outcomes.size())
                 .arg(derived->churned)
                 .arg(derived->retained)
                 .arg(derived->periods)
                 .arg(derived->first.toString(Qt::ISODate), derived->last.toString(Qt::ISODate))
                 .arg(derived->periodsSkipped)
                 .arg(derived->dataEnd.toString(Qt::ISODate))
          << Qt::endl;
    if (derived->churnRowsUnmatched > 0)
        out() << QCoreApplication::translate("Cli", "%1 churn rows name no known account and were left out").arg(derived->churnRowsUnmatched) << Qt::endl;
    return 0;
}

int runSnapshots(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Writes the stored snapshots (account_id, as_of, the attributes, one column per signal named by its id) "
                                        "as one CSV that tierlab import snapshots reads back (numbers with 17 significant digits), or into "
                                        "a table of a PostgreSQL or SQLite database: the table tierlab export sql reads by default. "
                                        "An existing table is refused unless --replace; the table is written in one transaction."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QCoreApplication::translate("Cli", "export"));
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("Cli", "The CSV file to write."), QStringLiteral("F.csv"));
    const QCommandLineOption postgresOpt(QStringLiteral("postgres"),
                                         QCoreApplication::translate("Cli", "Write into a table on this PostgreSQL server (a postgresql:// URL or key=value pairs)."),
                                         QStringLiteral("URL"));
    const QCommandLineOption sqliteOpt(QStringLiteral("sqlite"), QCoreApplication::translate("Cli", "Write into a table of this SQLite file (created when absent)."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption tableOpt(QStringLiteral("table"), QCoreApplication::translate("Cli", "The table's name (default: snapshots)."), QStringLiteral("NAME"));
    const QCommandLineOption replaceOpt(QStringLiteral("replace"), QCoreApplication::translate("Cli", "Replace a table of that name."));
    const QCommandLineOption asOfOpt(QStringLiteral("as-of"), QCoreApplication::translate("Cli", "Only this as_of date."), QStringLiteral("DATE"));
    parser.addOptions({workspaceOpt, outOpt, postgresOpt, sqliteOpt, tableOpt, replaceOpt, asOfOpt, CliProgress::option()});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    const int targets = int(parser.isSet(outOpt)) + int(parser.isSet(postgresOpt)) + int(parser.isSet(sqliteOpt));
    if (parser.positionalArguments() != QStringList{QStringLiteral("export")} || !parser.isSet(workspaceOpt) || targets != 1)
        return failWith(QCoreApplication::translate("Cli", "snapshots: usage: tierlab snapshots export --workspace W (--out F.csv | --postgres URL | --sqlite FILE) "
                                                           "[--table NAME] [--replace] [--as-of DATE]"),
                        2);
    if (parser.isSet(outOpt) && (parser.isSet(tableOpt) || parser.isSet(replaceOpt)))
        return failWith(QCoreApplication::translate("Cli", "snapshots export: --table and --replace go with --postgres or --sqlite, not --out"), 2);
    QDate asOf;
    if (parser.isSet(asOfOpt)) {
        asOf = QDate::fromString(parser.value(asOfOpt), Qt::ISODate);
        if (!asOf.isValid())
            return failWith(QCoreApplication::translate("Cli", "snapshots export: --as-of needs a date as YYYY-MM-DD"), 2);
    }
    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);
    if (parser.isSet(outOpt)) {
        auto rows = SnapshotCsvExport::write(**ws, parser.value(outOpt), asOf);
        if (!rows)
            return failWith(rows.error().message);
        out() << QCoreApplication::translate("Cli", "Wrote %1 snapshot rows to %2").arg(*rows).arg(parser.value(outOpt)) << Qt::endl;
        return 0;
    }
    SnapshotPushOptions options;
    if (parser.isSet(tableOpt))
        options.table = parser.value(tableOpt);
    options.replace = parser.isSet(replaceOpt);
    options.asOf = asOf;
    CliProgress progress(QCoreApplication::translate("Cli", "Writing the snapshots"), QCoreApplication::translate("Cli", "as-of dates"),
                         CliProgress::Unit::Count, parser.isSet(QStringLiteral("progress")));
    options.progress = [&progress](std::int64_t, int done, int total) { progress.update(done, total); };
    auto pushed = parser.isSet(postgresOpt) ? SnapshotPush::toPostgres(**ws, parser.value(postgresOpt), options)
                                            : SnapshotPush::toSqlite(**ws, parser.value(sqliteOpt), options);
    progress.finish();
    if (!pushed)
        return failWith(pushed.error().message);
    out() << QCoreApplication::translate("Cli", "Wrote %1 snapshot rows (%2 as-of dates, %3 columns) to %4%5")
                 .arg(pushed->rows)
                 .arg(pushed->dates)
                 .arg(pushed->columns)
                 .arg(pushed->target, pushed->replaced ? QCoreApplication::translate("Cli", ", replacing the table that was there") : QString())
          << Qt::endl;
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("outcomes", QT_TRANSLATE_NOOP("Cli", "Derive outcomes from churn events: derive --workspace W --churn-table T"), runOutcomes);
TIERLAB_CLI_COMMAND("snapshots", QT_TRANSLATE_NOOP("Cli", "Export the snapshots as CSV or into a table: export --workspace W --out F.csv | --postgres URL | --sqlite FILE"), runSnapshots);

} // namespace tierlab::cli
