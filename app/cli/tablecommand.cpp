// tierlab import table FILE --workspace W --name NAME --key COLUMN [--via TABLE] [--time COLUMN] [--end COLUMN] [--replace]
// tierlab import table --postgres URL --query SQL --workspace W --name NAME --key COLUMN [the same options]
// tierlab table list --workspace W [--json]
#include "clicommand.h"
#include "cliprogress.h"
#include "tablecli.h"

#include "pg/pgquerysource.h"
#include "tables/tableimporter.h"
#include "store/workspace.h"
#include "tables/accountresolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

namespace tierlab::cli {

namespace {

QString dayText(std::int64_t day)
{
    return day ? QDate::fromJulianDay(day).toString(Qt::ISODate) : QString();
}

void printImport(const TableImportSummary &s)
{
    QTextStream &o = out();
    o << QCoreApplication::translate("Cli", "Imported %1 as table \"%2\"%3").arg(s.fileName, s.table, s.replaced ? QCoreApplication::translate("Cli", " (replaced)") : QString()) << '\n'
      << QCoreApplication::translate("Cli", "Rows:       %1 read, %2 accepted, %3 rejected").arg(s.rowsRead).arg(s.rowsAccepted).arg(s.rowsRejected) << '\n';
    if (s.first.isValid())
        o << QCoreApplication::translate("Cli", "Time span:  %1 to %2").arg(s.first.toString(Qt::ISODate), s.last.toString(Qt::ISODate)) << '\n';
    o << QCoreApplication::translate("Cli", "Keys:       %1 distinct, %2 matched to an account, %3 not").arg(s.coverage.keys).arg(s.coverage.keysMatched).arg(s.coverage.keysUnmatched)
      << '\n';
    if (s.coverage.rowsUnmatched > 0)
        o << QCoreApplication::translate("Cli", "  %1 rows name no known account, e.g. %2").arg(s.coverage.rowsUnmatched).arg(s.coverage.unmatched.mid(0, 5).join(QStringLiteral(", ")))
          << '\n';
    o << QCoreApplication::translate("Cli", "Columns:    %1").arg(s.columns.size()) << '\n';
    for (const TableColumnInfo &c : s.columns)
        o << "  " << c.name.leftJustified(28) << ' ' << valueTypeName(c.type) << '\n';
    for (std::size_t i = 0; i < std::min<std::size_t>(s.rejects.size(), 20); ++i) {
        const ImportReject &r = s.rejects[i];
        o << QCoreApplication::translate("Cli", "  rejected line %1%2: %3").arg(r.line).arg(r.column.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.column), r.reason) << '\n';
    }
    if (s.rowsRejected > 20)
        o << QCoreApplication::translate("Cli", "  … and %1 more rejected rows (use --json)").arg(s.rowsRejected - 20) << '\n';
    if (s.warningCount > 0) {
        o << QCoreApplication::translate("Cli", "Warnings:   %1 cells did not read as their column's type and are stored as missing").arg(s.warningCount) << '\n';
        for (std::size_t i = 0; i < std::min<std::size_t>(s.warnings.size(), 10); ++i)
            o << QCoreApplication::translate("Cli", "  line %1 [%2]: \"%3\"").arg(s.warnings[i].line).arg(s.warnings[i].column, s.warnings[i].value) << '\n';
    }
    o.flush();
}

int runTableList(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Lists the event tables of a workspace: rows, time span, key column and how the keys match the accounts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("list"), QCoreApplication::translate("Cli", "list"));
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOptions({workspaceOpt, jsonOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("list")})
        return failWith(QCoreApplication::translate("Cli", "table: usage: tierlab table list --workspace W [--json]"), 2);
    if (!parser.isSet(workspaceOpt))
        return workspaceRequired(QStringLiteral("table"));
    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws)
        return failWith(ws.error().message);
    auto tables = (*ws)->eventTables();
    if (!tables)
        return failWith(tables.error().message);
    auto resolver = AccountResolver::create(**ws);
    if (!resolver)
        return failWith(resolver.error().message);
    QJsonArray list;
    for (const EventTableRecord &t : *tables) {
        auto table = EventTable::load(**ws, t.name, {t.keyColumn});
        if (!table)
            return failWith(table.error().message);
        KeyCoverage coverage;
        if (auto rows = resolver->resolve(**ws, *table, &coverage); !rows)
            return failWith(rows.error().message);
        QJsonObject o{{QStringLiteral("name"), t.name},
                      {QStringLiteral("rows"), double(t.rows)},
                      {QStringLiteral("first"), t.firstDay ? QJsonValue(dayText(t.firstDay)) : QJsonValue()},
                      {QStringLiteral("last"), t.lastDay ? QJsonValue(dayText(t.lastDay)) : QJsonValue()},
                      {QStringLiteral("key"), t.keyColumn},
                      {QStringLiteral("via"), t.via.isEmpty() ? QJsonValue() : QJsonValue(t.via)},
                      {QStringLiteral("time"), t.timeColumn.isEmpty() ? QJsonValue() : QJsonValue(t.timeColumn)},
                      {QStringLiteral("end"), t.endColumn.isEmpty() ? QJsonValue() : QJsonValue(t.endColumn)},
                      {QStringLiteral("file"), t.fileName},
                      {QStringLiteral("keys"), double(coverage.keys)},
                      {QStringLiteral("accounts_matched"), double(coverage.keysMatched)},
                      {QStringLiteral("keys_unmatched"), double(coverage.keysUnmatched)},
                      {QStringLiteral("rows_unmatched"), double(coverage.rowsUnmatched)},
                      {QStringLiteral("unmatched_keys"), QJsonArray::fromStringList(coverage.unmatched)}};
        list.append(o);
    }
    if (parser.isSet(jsonOpt)) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("tables"), list}}).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    if (list.isEmpty()) {
        out() << QCoreApplication::translate("Cli", "No tables. Import one with: tierlab import table FILE --workspace W --name NAME --key COLUMN --time COLUMN") << Qt::endl;
        return 0;
    }
    QTextStream &o = out();
    o << QCoreApplication::translate("Cli", "%1 %2 %3 %4 %5").arg(QCoreApplication::translate("Cli", "table").leftJustified(20), QCoreApplication::translate("Cli", "rows").rightJustified(10), QCoreApplication::translate("Cli", "span").leftJustified(23),
                                   QCoreApplication::translate("Cli", "key").leftJustified(24), QCoreApplication::translate("Cli", "accounts matched / keys unmatched"))
      << '\n';
    for (const QJsonValue &v : list) {
        const QJsonObject t = v.toObject();
        const QString span = t.value(QStringLiteral("first")).isNull()
                                 ? QCoreApplication::translate("Cli", "(no time)")
                                 : t.value(QStringLiteral("first")).toString() + QStringLiteral(" – ") + t.value(QStringLiteral("last")).toString();
        QString key = t.value(QStringLiteral("key")).toString();
        if (!t.value(QStringLiteral("via")).isNull())
            key += QCoreApplication::translate("Cli", " via %1").arg(t.value(QStringLiteral("via")).toString());
        o << t.value(QStringLiteral("name")).toString().leftJustified(20) << ' '
          << QString::number(qint64(t.value(QStringLiteral("rows")).toDouble())).rightJustified(10) << ' ' << span.leftJustified(23) << ' '
          << key.leftJustified(24) << ' '
          << QCoreApplication::translate("Cli", "%1 / %2").arg(qint64(t.value(QStringLiteral("accounts_matched")).toDouble())).arg(qint64(t.value(QStringLiteral("keys_unmatched")).toDouble()))
          << '\n';
        const QJsonArray unmatched = t.value(QStringLiteral("unmatched_keys")).toArray();
        if (!unmatched.isEmpty()) {
            QStringList keys;
            for (const QJsonValue &k : unmatched)
                keys << k.toString();
            o << "  " << QCoreApplication::translate("Cli", "%1 rows name no known account, e.g. %2").arg(qint64(t.value(QStringLiteral("rows_unmatched")).toDouble())).arg(keys.mid(0, 5).join(QStringLiteral(", ")))
              << '\n';
        }
    }
    o.flush();
    return 0;
}

} // namespace

int runImportTable(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Stores a CSV export as an event table of the workspace, in one transaction: any grain (usage events, tickets, "
           "subscriptions, …), typed as the snapshot import types columns. Rows repeating a key or a day are kept; a row "
           "whose key or time is empty or unreadable is rejected. With --postgres and --query instead of FILE, the query's "
           "rows are imported as the CSV file would be."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("table"), QCoreApplication::translate("Cli", "table"));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The CSV file (not with --postgres)."));
    const QCommandLineOption workspaceOpt = importWorkspaceOption();
    const QCommandLineOption postgresOpt = postgresOption();
    const QCommandLineOption queryOpt = queryOption();
    const QCommandLineOption nameOpt(QStringLiteral("name"), QCoreApplication::translate("Cli", "The table's name (accounts: the accounts table)."), QStringLiteral("NAME"));
    const QCommandLineOption keyOpt(QStringLiteral("key"), QCoreApplication::translate("Cli", "The column holding the account id (or, with --via, a key of that table)."), QStringLiteral("COLUMN"));
    const QCommandLineOption viaOpt(QStringLiteral("via"), QCoreApplication::translate("Cli", "An imported table whose column of the same name leads to the account."), QStringLiteral("TABLE"));
    const QCommandLineOption timeOpt(QStringLiteral("time"), QCoreApplication::translate("Cli", "The event time (date or date-time)."), QStringLiteral("COLUMN"));
    const QCommandLineOption endOpt(QStringLiteral("end"), QCoreApplication::translate("Cli", "The end of an interval (closed, ended); empty: still open."), QStringLiteral("COLUMN"));
    const QCommandLineOption replaceOpt(QStringLiteral("replace"), QCoreApplication::translate("Cli", "Replace a table of that name."));
    const QCommandLineOption delimiterOpt(QStringLiteral("delimiter"), QCoreApplication::translate("Cli", "One of , ; tab | (default: detected)."), QStringLiteral("X"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the summary as JSON."));
    parser.addOptions({workspaceOpt, postgresOpt, queryOpt, nameOpt, keyOpt, viaOpt, timeOpt, endOpt, replaceOpt, delimiterOpt, jsonOpt, CliProgress::option()});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const bool fromPostgres = parser.isSet(postgresOpt);
    if (pos.size() != (fromPostgres ? 1 : 2))
        return failWith(QCoreApplication::translate("Cli", "import: usage: tierlab import table (FILE | --postgres URL --query SQL) --workspace W --name NAME --key COLUMN [--via TABLE] [--time COLUMN] [--end COLUMN] [--replace]"), 2);
    if (const QString misuse = postgresMisuse(parser); !misuse.isEmpty())
        return failWith(misuse, 2);
    for (const QCommandLineOption *o : {&workspaceOpt, &nameOpt, &keyOpt}) {
        if (!parser.isSet(*o))
            return failWith(QCoreApplication::translate("Cli", "import table: --%1 is required").arg(o->names().constFirst()), 2);
    }
    TableImportRequest request;
    request.name = parser.value(nameOpt);
    request.keyColumn = parser.value(keyOpt);
    request.via = parser.value(viaOpt);
    request.timeColumn = parser.value(timeOpt);
    request.endColumn = parser.value(endOpt);
    request.replace = parser.isSet(replaceOpt);
    if (parser.isSet(delimiterOpt) && !parseDelimiter(parser.value(delimiterOpt), &request.delimiter))
        return failWith(QCoreApplication::translate("Cli", "import: --delimiter must be one of , ; tab |"), 2);
    if (request.timeColumn.isEmpty() && request.name != u"accounts")
        err() << QCoreApplication::translate("Cli", "tierlab: note: table \"%1\" has no --time column; signals cannot be built from it (only an accounts table goes without)")
                     .arg(request.name)
              << Qt::endl;
    // A query's rows become a CSV file first (PgQuerySource), imported as any file: messages name the
    // query and its server instead of that file. Fetched before the workspace is opened or created.
    auto fetched = fetchPostgresSource(parser);
    if (!fetched)
        return failWith(fetched.error().message);
    std::optional<PgQuerySource> source = std::move(*fetched);
    if (source)
        request.delimiter = ',';
    const QString file = source ? source->path() : pos[1];
    auto ws = Workspace::open(parser.value(workspaceOpt), Workspace::OpenMode::OpenOrCreate);
    if (!ws)
        return failWith(ws.error().message);
    CliProgress progress(QCoreApplication::translate("Cli", "Importing %1").arg(source ? source->label() : QFileInfo(file).fileName()), QString(),
                         CliProgress::Unit::Bytes, parser.isSet(QStringLiteral("progress")));
    ImportOptions options;
    options.progress = [&progress](std::int64_t done, std::int64_t total) { progress.update(done, total); };
    auto summary = TableImporter(**ws).run(file, request, options);
    progress.finish();
    if (!summary)
        return failWith(source ? source->relabel(summary.error().message) : summary.error().message);
    if (source)
        summary->fileName = source->label();
    if (parser.isSet(jsonOpt))
        out() << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        printImport(*summary);
    return 0;
}

TIERLAB_CLI_COMMAND("table", QT_TRANSLATE_NOOP("Cli", "List the event tables: list --workspace W [--json]"), runTableList);

} // namespace tierlab::cli
