// tierlab check --workspace FILE [--json]: the full integrity check (issue 17). Exit 0 clean, 1 damaged
// or unreadable, 2 bad usage.
#include "clicommand.h"

#include "store/workspacecheck.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace tierlab::cli {

namespace {

int runCheck(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Checks a workspace file: SQLite's integrity and foreign key checks, the schema, the signal catalogue, "
               "every snapshot's values, the import log, event tables and models. Reads only; exit 0 when clean, 1 when damaged."));
    parser.addHelpOption();
    const QCommandLineOption workspaceOpt = workspaceOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON."));
    parser.addOptions({workspaceOpt, jsonOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.isSet(workspaceOpt))
        return workspaceRequired(QStringLiteral("check"));
    const QString path = parser.value(workspaceOpt);
    QElapsedTimer timer;
    timer.start();
    auto findings = WorkspaceCheck::full(path);
    if (!findings)
        return failWith(findings.error().message);
    const qint64 ms = timer.elapsed();
    if (parser.isSet(jsonOpt)) {
        nlohmann::json j;
        j["workspace"] = path.toStdString();
        j["ok"] = findings->empty();
        j["milliseconds"] = ms;
        auto &list = j["findings"] = nlohmann::json::array();
        for (const CheckFinding &f : *findings) {
            list.push_back({{"check", f.check.toStdString()},
                            {"table", f.table.toStdString()},
                            {"row", f.row.toStdString()},
                            {"message", f.message.toStdString()}});
        }
        out() << QString::fromStdString(j.dump(2)) << Qt::endl;
    } else if (findings->empty()) {
        out() << QCoreApplication::translate("Cli", "%1: no damage found (%2 ms)").arg(path).arg(ms) << Qt::endl;
    } else {
        out() << QCoreApplication::translate("Cli", "%1: damaged, %n finding(s):", nullptr, int(findings->size())).arg(path) << '\n';
        for (const CheckFinding &f : *findings)
            out() << "  [" << f.check << "] " << f.text() << '\n';
        out().flush();
    }
    return findings->empty() ? 0 : 1;
}

} // namespace

TIERLAB_CLI_COMMAND("check", QT_TRANSLATE_NOOP("Cli", "Check a workspace file for damage (--workspace FILE [--json])"), runCheck);

} // namespace tierlab::cli
