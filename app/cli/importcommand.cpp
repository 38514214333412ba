// tierlab import snapshots|outcomes FILE --workspace W [--mapping MAP.json] [overrides] [--json]
// tierlab import snapshots|outcomes --postgres URL --query SQL --workspace W [the same options]
#include "clicommand.h"
#include "cliprogress.h"
#include "tablecli.h"

#include "io/csvprofiler.h"
#include "io/importmapping.h"
#include "io/outcomeimporter.h"
#include "io/snapshotimporter.h"
#include "pg/pgquerysource.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <optional>

namespace tierlab::cli {

namespace {

// A column named by its header text or by its normalised id.
int findColumn(const ImportMapping &m, const QString &name)
{
    for (std::size_t i = 0; i < m.columns.size(); ++i) {
        if (m.columns[i].header == name)
            return int(i);
    }
    for (std::size_t i = 0; i < m.columns.size(); ++i) {
        if (ImportMapping::normaliseId(m.columns[i].header, int(i) + 1) == name)
            return int(i);
    }
    return -1;
}

// Gives `role` to one column; a column that had it before is ignored from now on.
void assignRole(ImportMapping &m, int column, ColumnRole role)
{
    for (ColumnMapping &c : m.columns) {
        if (c.role == role)
            c.role = ColumnRole::Ignore;
    }
    m.columns[std::size_t(column)].role = role;
}

void printText(const ImportSummary &s)
{
    QTextStream &o = out();
    o << QCoreApplication::translate("Cli", "Imported %1 (%2, %3, delimiter \"%4\")")
             .arg(s.fileName, importKindName(s.kind), textEncodingName(s.encoding),
                  s.delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(s.delimiter)))
      << '\n'
      << QCoreApplication::translate("Cli", "Rows:       %1 read, %2 accepted, %3 rejected")
             .arg(s.rowsRead).arg(s.rowsAccepted).arg(s.rowsRejected)
      << '\n'
      << QCoreApplication::translate("Cli", "Accounts:   %1 (%2 added, %3 updated)")
             .arg(s.accounts).arg(s.accountsAdded).arg(s.accountsUpdated)
      << '\n';
    if (s.rowsRepeatingAccountAndDate > 0)
        o << QCoreApplication::translate("Cli", "Hint:       %1 rows repeat an account and date; an export of events (tickets, usage, activities) "
                                                "belongs in an event table: tierlab import table FILE --workspace W --name NAME --key COLUMN --time COLUMN")
                 .arg(s.rowsRepeatingAccountAndDate)
          << '\n';
    if (s.kind == ImportKind::Snapshots)
        o << QCoreApplication::translate("Cli", "Snapshots:  %1 (%2 added, %3 updated) on %4 as-of dates")
                 .arg(s.snapshots())
                 .arg(s.snapshotsAdded)
                 .arg(s.snapshotsUpdated)
                 .arg(s.asOfCount)
          << '\n';
    if (s.outcomes() > 0 || s.kind == ImportKind::Outcomes)
        o << QCoreApplication::translate("Cli", "Outcomes:   %1 (%2 added, %3 updated)")
                 .arg(s.outcomes()).arg(s.outcomesAdded).arg(s.outcomesUpdated)
          << '\n';
    if (!s.signalList.empty()) {
        o << QCoreApplication::translate("Cli", "Signals:    %1").arg(s.signalList.size()) << '\n';
        for (const ImportedSignal &sig : s.signalList)
            o << "  " << sig.id.leftJustified(28) << ' ' << signalTypeName(sig.type).leftJustified(9) << ' '
              << sig.column << (sig.created ? QCoreApplication::translate("Cli", "  (new)") : QString()) << '\n';
    }
    for (const QString &note : s.notes)
        o << QCoreApplication::translate("Cli", "Note:       %1").arg(note) << '\n';
    if (s.warningCount > 0) {
        o << QCoreApplication::translate("Cli", "Warnings:   %1 cells did not read as their column's type and are stored as missing")
                 .arg(s.warningCount)
          << '\n';
        for (const ColumnWarnings &c : s.warningsByColumn)
            o << QStringLiteral("  %1 (%2): %3").arg(c.column, c.type).arg(c.count) << '\n';
        const std::size_t listed = std::min<std::size_t>(s.warnings.size(), 10);
        for (std::size_t i = 0; i < listed; ++i)
            o << QCoreApplication::translate("Cli", "  line %1 [%2]: \"%3\"").arg(s.warnings[i].line).arg(s.warnings[i].column, s.warnings[i].value) << '\n';
        if (std::int64_t(listed) < s.warningCount)
            o << QCoreApplication::translate("Cli", "  … and %1 more warnings (--json lists the first %2)")
                     .arg(s.warningCount - std::int64_t(listed))
                     .arg(s.warnings.size())
              << '\n';
    }
    const std::size_t shown = std::min<std::size_t>(s.rejects.size(), 20);
    for (std::size_t i = 0; i < shown; ++i) {
        const ImportReject &r = s.rejects[i];
        o << QCoreApplication::translate("Cli", "  rejected line %1%2: %3")
                 .arg(r.line)
                 .arg(r.column.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(r.column), r.reason)
          << '\n';
    }
    if (std::int64_t(shown) < s.rowsRejected)
        o << QCoreApplication::translate("Cli", "  … and %1 more rejected rows (use --rejects FILE.csv)")
                 .arg(s.rowsRejected - std::int64_t(shown))
          << '\n';
    o.flush();
}

int runImport(const QStringList &args)
{
    if (args.size() > 1 && args[1] == u"table")
        return runImportTable(args);
    if (args.size() > 1 && args[1] == u"undo")
        return runImportUndo(args);
    if (args.size() > 1 && args[1] == u"log")
        return runImportLog(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Imports a CSV file into a workspace in one transaction.\n"
                                           "  snapshots: wide format, one row per account per as_of.\n"
                                           "  outcomes:  account id, date, kind (churned | renewed | expanded | contracted), optional arr_change.\n"
                                           "Without --mapping, types and roles are detected as in the import wizard.\n"
                                           "With --postgres and --query instead of FILE, the query's rows are imported as the CSV file would be."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"), QCoreApplication::translate("Cli", "snapshots or outcomes"));
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("Cli", "The CSV file (not with --postgres)."));
    const QCommandLineOption workspaceOpt = importWorkspaceOption();
    const QCommandLineOption postgresOpt = postgresOption();
    const QCommandLineOption queryOpt = queryOption();
    const QCommandLineOption mappingOpt(QStringLiteral("mapping"), QCoreApplication::translate("Cli", "A mapping file saved by the wizard."),
                                        QStringLiteral("MAP.json"));
    const QCommandLineOption idOpt(QStringLiteral("id-column"), QCoreApplication::translate("Cli", "The account id column."), QStringLiteral("C"));
    const QCommandLineOption asOfColOpt(QStringLiteral("as-of-column"), QCoreApplication::translate("Cli", "The as_of date column."),
                                        QStringLiteral("C"));
    const QCommandLineOption asOfOpt(QStringLiteral("as-of"), QCoreApplication::translate("Cli", "One as_of date for every row (YYYY-MM-DD)."),
                                     QStringLiteral("DATE"));
    const QCommandLineOption labelOpt(QStringLiteral("label-column"),
                                      QCoreApplication::translate("Cli", "A churn label column: each row's label becomes an outcome of its snapshot."),
                                      QStringLiteral("C"));
    const QCommandLineOption positiveOpt(QStringLiteral("label-positive"),
                                         QCoreApplication::translate("Cli", "The label value meaning churned (default: a yes/true flag)."),
                                         QStringLiteral("VALUE"));
    const QCommandLineOption delimiterOpt(QStringLiteral("delimiter"), QCoreApplication::translate("Cli", "One of , ; tab | (default: detected)."),
                                          QStringLiteral("X"));
    const QCommandLineOption kindOpt(QStringLiteral("kind"),
                                     QCoreApplication::translate("Cli", "Outcomes: the kind of every row when the file has no kind column."),
                                     QStringLiteral("KIND"));
    const QCommandLineOption saveMappingOpt(QStringLiteral("save-mapping"), QCoreApplication::translate("Cli", "Write the mapping used to a file."),
                                            QStringLiteral("MAP.json"));
    const QCommandLineOption rejectsOpt(QStringLiteral("rejects"), QCoreApplication::translate("Cli", "Write the rejected rows' reasons as CSV."),
                                        QStringLiteral("FILE.csv"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print the summary as JSON."));
    const QCommandLineOption newAccountsOpt(QStringLiteral("new-accounts"),
                                            QCoreApplication::translate("Cli", "Import even when the file's ids match none of the workspace's accounts "
                                                                               "or would more than double them."));
    parser.addOptions({workspaceOpt, postgresOpt, queryOpt, mappingOpt, idOpt, asOfColOpt, asOfOpt, labelOpt, positiveOpt, delimiterOpt,
                       kindOpt, saveMappingOpt, rejectsOpt, jsonOpt, newAccountsOpt, CliProgress::option()});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    const QStringList pos = parser.positionalArguments();
    const bool fromPostgres = parser.isSet(postgresOpt);
    if (pos.size() != (fromPostgres ? 1 : 2) || (pos[0] != u"snapshots" && pos[0] != u"outcomes"))
        return failWith(QCoreApplication::translate("Cli", "import: usage: tierlab import snapshots|outcomes (FILE | --postgres URL --query SQL) --workspace W [options]"), 2);
    if (const QString misuse = postgresMisuse(parser); !misuse.isEmpty())
        return failWith(misuse, 2);
    if (!parser.isSet(workspaceOpt))
        return workspaceRequired(QStringLiteral("import"));
    if (parser.isSet(asOfOpt) && parser.isSet(asOfColOpt))
        return failWith(QCoreApplication::translate("Cli", "import: give --as-of-column or --as-of, not both"), 2);
    const ImportKind kind = pos[0] == u"outcomes" ? ImportKind::Outcomes : ImportKind::Snapshots;

    char delimiter = 0;
    if (parser.isSet(delimiterOpt) && !parseDelimiter(parser.value(delimiterOpt), &delimiter))
        return failWith(QCoreApplication::translate("Cli", "import: --delimiter must be one of , ; tab |"), 2);
    // Before a query runs: a bad date must not cost a trip to the server.
    if (parser.isSet(asOfOpt) && !QDate::fromString(parser.value(asOfOpt), Qt::ISODate).isValid())
        return failWith(QCoreApplication::translate("Cli", "import: --as-of needs a date as YYYY-MM-DD"), 2);
    // A query's rows become a CSV file first (PgQuerySource), imported below as any file: messages
    // name the query and its server instead of that file.
    auto fetched = fetchPostgresSource(parser);
    if (!fetched)
        return failWith(fetched.error().message);
    std::optional<PgQuerySource> source = std::move(*fetched);
    if (source)
        delimiter = ',';
    const QString file = source ? source->path() : pos[1];
    const QString shown = source ? source->label() : file;
    const auto named = [&](const QString &message) { return source ? source->relabel(message) : message; };
    const QDate asOf = parser.isSet(asOfOpt) ? QDate::fromString(parser.value(asOfOpt), Qt::ISODate) : QDate();   // checked above

    ImportMapping mapping;
    if (parser.isSet(mappingOpt)) {
        auto m = ImportMapping::load(parser.value(mappingOpt));
        if (!m)
            return failWith(m.error().message);
        mapping = std::move(*m);
        mapping.kind = kind;
        if (delimiter)
            mapping.delimiter = delimiter;
    } else {
        CsvProfiler::Options po;
        po.delimiter = delimiter;
        auto profile = CsvProfiler::profile(file, po);
        if (!profile)
            return failWith(named(profile.error().message));
        mapping = profile->suggestMapping(kind);
    }

    const auto applyColumn = [&](const QCommandLineOption &opt, ColumnRole role) -> bool {
        if (!parser.isSet(opt))
            return true;
        const int c = findColumn(mapping, parser.value(opt));
        if (c < 0)
            return false;
        assignRole(mapping, c, role);
        return true;
    };
    if (!applyColumn(idOpt, ColumnRole::AccountId))
        return failWith(QCoreApplication::translate("Cli", "%1: no column \"%2\"").arg(shown, parser.value(idOpt)));
    if (mapping.columnWithRole(ColumnRole::AccountId) >= 0)
        mapping.rowNumberIds = false;
    if (!applyColumn(asOfColOpt, kind == ImportKind::Snapshots ? ColumnRole::AsOf : ColumnRole::OutcomeDate))
        return failWith(QCoreApplication::translate("Cli", "%1: no column \"%2\"").arg(shown, parser.value(asOfColOpt)));
    if (!applyColumn(labelOpt, ColumnRole::Label))
        return failWith(QCoreApplication::translate("Cli", "%1: no column \"%2\"").arg(shown, parser.value(labelOpt)));
    if (asOf.isValid()) {
        mapping.asOf = asOf;
        for (ColumnMapping &c : mapping.columns) {
            if (c.role == ColumnRole::AsOf)
                c.role = ColumnRole::Ignore;
        }
    }
    if (parser.isSet(positiveOpt))
        mapping.labelPositive = parser.value(positiveOpt);
    if (parser.isSet(kindOpt)) {
        const auto k = outcomeKindFromText(parser.value(kindOpt));
        if (!k)
            return failWith(QCoreApplication::translate("Cli", "import: unknown outcome kind \"%1\"")
                                .arg(parser.value(kindOpt)), 2);
        mapping.defaultOutcomeKind = *k;
    }
    if (kind == ImportKind::Snapshots && mapping.columnWithRole(ColumnRole::AsOf) < 0 && !mapping.asOf.isValid())
        return failWith(QCoreApplication::translate("Cli", "%1: no as_of column detected; give --as-of-column C or --as-of DATE").arg(shown), 2);

    if (parser.isSet(saveMappingOpt)) {
        if (auto r = mapping.save(parser.value(saveMappingOpt)); !r)
            return failWith(r.error().message);
    }

    auto ws = Workspace::open(parser.value(workspaceOpt), Workspace::OpenMode::OpenOrCreate);
    if (!ws)
        return failWith(ws.error().message);
    ImportOptions options;
    options.allowNewAccounts = parser.isSet(newAccountsOpt);
    CliProgress progress(QCoreApplication::translate("Cli", "Importing %1").arg(source ? source->label() : QFileInfo(file).fileName()), QString(),
                         CliProgress::Unit::Bytes, parser.isSet(QStringLiteral("progress")));
    options.progress = [&progress](std::int64_t done, std::int64_t total) { progress.update(done, total); };
    auto summary = kind == ImportKind::Snapshots ? SnapshotImporter(**ws).run(file, mapping, options)
                                                 : OutcomeImporter(**ws).run(file, mapping, options);
    progress.finish();
    if (!summary)
        return failWith(named(summary.error().message));
    if (source)
        summary->fileName = source->label();
    if (parser.isSet(rejectsOpt)) {
        if (auto r = summary->writeRejectsCsv(parser.value(rejectsOpt)); !r)
            return failWith(r.error().message);
    }
    if (parser.isSet(jsonOpt))
        out() << QJsonDocument(summary->toJson()).toJson(QJsonDocument::Indented) << Qt::flush;
    else
        printText(*summary);
    return 0;
}

} // namespace

QCommandLineOption importWorkspaceOption()
{
    return {QStringLiteral("workspace"), QCoreApplication::translate("Cli", "The workspace file (.tierlab); created when absent."),
            QStringLiteral("FILE")};
}

QCommandLineOption postgresOption()
{
    return {QStringLiteral("postgres"),
            QCoreApplication::translate("Cli", "Read the rows of --query from this PostgreSQL server (a postgresql:// URL or key=value pairs) "
                                               "instead of a file."),
            QStringLiteral("URL")};
}

QCommandLineOption queryOption()
{
    return {QStringLiteral("query"), QCoreApplication::translate("Cli", "With --postgres: the SELECT whose rows are imported."),
            QStringLiteral("SQL")};
}

QString postgresMisuse(const QCommandLineParser &parser)
{
    const bool fromPostgres = parser.isSet(QStringLiteral("postgres"));
    if (fromPostgres != parser.isSet(QStringLiteral("query")))
        return QCoreApplication::translate("Cli", "import: --postgres URL and --query SQL go together");
    if (fromPostgres && parser.isSet(QStringLiteral("delimiter")))
        return QCoreApplication::translate("Cli", "import: --delimiter does not apply to --postgres");
    return {};
}

Result<std::optional<PgQuerySource>> fetchPostgresSource(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("postgres")))
        return std::optional<PgQuerySource>();
    auto fetched = PgQuerySource::fetch(parser.value(QStringLiteral("postgres")), parser.value(QStringLiteral("query")));
    if (!fetched)
        return std::unexpected(fetched.error());
    return std::optional<PgQuerySource>(std::move(*fetched));
}

bool parseDelimiter(const QString &text, char *delimiter)
{
    if (text == u"," || text == u";" || text == u"|")
        *delimiter = char(text.at(0).unicode());
    else if (text == u"tab" || text == u"\\t" || text == u"\t")
        *delimiter = '\t';
    else
        return false;
    return true;
}

TIERLAB_CLI_COMMAND("import",
                    QT_TRANSLATE_NOOP("Cli", "Import a CSV: snapshots|outcomes|table FILE --workspace W [--json]"),
                    runImport);

} // namespace tierlab::cli
