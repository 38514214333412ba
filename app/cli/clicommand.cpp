#include "clicommand.h"

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

} // namespace tierlab::cli
