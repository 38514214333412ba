// tierlab import undo --workspace W [--json]
// tierlab import log --workspace W [--json]
#include "clicommand.h"
#include "tablecli.h"

#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace tierlab::cli {

namespace {

QJsonObject importJson(const ImportRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), double(r.pk)},
                       {QStringLiteral("kind"), r.kind},
                       {QStringLiteral("file"), r.fileName},
                       {QStringLiteral("rows_read"), double(r.rowsRead)},
                       {QStringLiteral("rows_accepted"), double(r.rowsAccepted)},
                       {QStringLiteral("rows_rejected"), double(r.rowsRejected)},
                       {QStringLiteral("finished_at"), r.finishedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("undoable"), r.undoable}};
}

// Parses `import undo|log --workspace W [--json]`; returns the open workspace or an exit code.
struct Parsed
{
    std::unique_ptr<Workspace> ws;
    bool json = false;
    int exitCode = -1;   // >= 0: stop with it
};

Parsed parse(const QStringList &args, const QString &verb, const QString &description)
{
    Parsed p;
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addPositionalArgument(verb, verb);
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOptions({workspaceOpt, jsonOpt});
    if (!parser.parse(args)) {
        p.exitCode = failWith(parser.errorText(), 2);
        return p;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        p.exitCode = 0;
        return p;
    }
    if (parser.positionalArguments() != QStringList{verb}) {
        p.exitCode = failWith(QCoreApplication::translate("Cli", "import: usage: tierlab import %1 --workspace W [--json]").arg(verb), 2);
        return p;
    }
    if (!parser.isSet(workspaceOpt)) {
        p.exitCode = workspaceRequired(QStringLiteral("import ") + verb);
        return p;
    }
    auto ws = Workspace::open(parser.value(workspaceOpt));
    if (!ws) {
        p.exitCode = failWith(ws.error().message);
        return p;
    }
    p.ws = std::move(*ws);
    p.json = parser.isSet(jsonOpt);
    return p;
}

} // namespace

int runImportUndo(const QStringList &args)
{
    Parsed p = parse(args, QStringLiteral("undo"),
                     QCoreApplication::translate("Cli", "Takes back the workspace's last import of any kind (snapshots, outcomes, table, signals build, "
                                                        "outcomes derive): the workspace returns to its state before it."));
    if (p.exitCode >= 0)
        return p.exitCode;
    auto undone = p.ws->undoLastImport();
    if (!undone)
        return failWith(undone.error().message);
    if (p.json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("undone"), importJson(*undone)}}).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    out() << QCoreApplication::translate("Cli", "Undid the %1 import of %2 (%3 rows accepted, %4)")
                 .arg(undone->kind, undone->fileName)
                 .arg(undone->rowsAccepted)
                 .arg(undone->finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
          << Qt::endl;
    return 0;
}

int runImportLog(const QStringList &args)
{
    Parsed p = parse(args, QStringLiteral("log"),
                     QCoreApplication::translate("Cli", "Lists the workspace's imports, oldest first, and which of them can be undone "
                                                        "(tierlab import undo takes back the last)."));
    if (p.exitCode >= 0)
        return p.exitCode;
    auto log = p.ws->imports();
    if (!log)
        return failWith(log.error().message);
    if (p.json) {
        QJsonArray list;
        for (const ImportRecord &r : *log)
            list.append(importJson(r));
        out() << QJsonDocument(QJsonObject{{QStringLiteral("imports"), list}}).toJson(QJsonDocument::Indented) << Qt::flush;
        return 0;
    }
    QTextStream &o = out();
    if (log->empty())
        o << QCoreApplication::translate("Cli", "No imports.") << '\n';
    for (std::size_t i = 0; i < log->size(); ++i) {
        const ImportRecord &r = (*log)[i];
        const bool last = i + 1 == log->size();
        o << QStringLiteral("%1  %2  %3  %4  ")
                 .arg(r.pk, 4)
                 .arg(r.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.kind.leftJustified(9), r.fileName)
          << QCoreApplication::translate("Cli", "%1 rows").arg(r.rowsAccepted);
        if (last && r.undoable)
            o << "  " << QCoreApplication::translate("Cli", "(tierlab import undo takes it back)");
        else if (last)
            o << "  " << QCoreApplication::translate("Cli", "(cannot be undone)");
        else if (r.undoable)
            o << "  " << QCoreApplication::translate("Cli", "(undoable after the ones below)");
        o << '\n';
    }
    o.flush();
    return 0;
}

} // namespace tierlab::cli
