#include "clicommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>

namespace tierlab::cli {

namespace {
std::vector<Command> &registry()
{
    static std::vector<Command> commands;
    return commands;
}
} // namespace

const std::vector<Command> &commands()
{
    return registry();
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : registry()) {
        if (name == QLatin1StringView(c.name))
            return &c;
    }
    return nullptr;
}

Registrar::Registrar(const char *name, const char *synopsis, RunFunction run)
{
    auto &r = registry();
    auto pos = r.begin();
    while (pos != r.end() && std::strcmp(pos->name, name) < 0)
        ++pos;
    r.insert(pos, Command{name, synopsis, run});
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int failWith(const QString &message, int exitCode)
{
    out().flush();
    err() << "tierlab: " << message << Qt::endl;
    return exitCode;
}

QCommandLineOption workspaceOption()
{
    return {QStringLiteral("workspace"), QCoreApplication::translate("Cli", "The workspace file (.tierlab)."),
            QStringLiteral("FILE")};
}

int workspaceRequired(const QString &command)
{
    return failWith(QCoreApplication::translate("Cli", "%1: --workspace FILE is required").arg(command), 2);
}

QString helpText(const QCommandLineParser &parser, const QStringList &args)
{
    QString text = parser.helpText();
    const QStringList app = QCoreApplication::arguments();
    const QString exe = app.isEmpty() ? QString() : app.constFirst();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = exe.isEmpty() ? -1 : text.indexOf(exe);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd))
        text.replace(at, exe.size(), args.value(0));
    return text;
}

} // namespace tierlab::cli
