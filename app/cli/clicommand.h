#pragma once

#include <QString>
#include <QStringList>

#include <vector>

class QTextStream;

class QCommandLineOption;
class QCommandLineParser;

namespace tierlab::cli {

// A headless subcommand: `tierlab NAME args…`. `args` starts with the program name followed by
// the arguments after NAME, ready for QCommandLineParser::process(). Returns the exit code.
using RunFunction = int (*)(const QStringList &args);

struct Command
{
    const char *name;
    const char *synopsis;   // marked with QT_TRANSLATE_NOOP("Cli", …), translated when printed
    RunFunction run;
};

// Commands register themselves from their own .cpp (TIERLAB_CLI_COMMAND), so adding one never
// edits a shared list.
const std::vector<Command> &commands();
const Command *findCommand(const QString &name);

struct Registrar
{
    Registrar(const char *name, const char *synopsis, RunFunction run);
};

QTextStream &out();
QTextStream &err();
// Prints "tierlab: MESSAGE" to stderr and returns `exitCode` (1 by default).
int failWith(const QString &message, int exitCode = 1);
// --workspace FILE, as every command that reads a workspace takes it.
QCommandLineOption workspaceOption();
// Prints "COMMAND: --workspace FILE is required" and returns 2 (bad usage).
int workspaceRequired(const QString &command);
// The parser's --help text with the usage line naming the command ("Usage: tierlab import …"), not
// only the executable; `args` are the command's arguments, args[0] "tierlab COMMAND" (main.cpp).
QString helpText(const QCommandLineParser &parser, const QStringList &args);

} // namespace tierlab::cli

#define TIERLAB_CLI_CONCAT_(a, b) a##b
#define TIERLAB_CLI_CONCAT(a, b) TIERLAB_CLI_CONCAT_(a, b)
#define TIERLAB_CLI_COMMAND(name, synopsis, function) \
    static const tierlab::cli::Registrar TIERLAB_CLI_CONCAT(s_cliRegistrar, __LINE__)(name, synopsis, function)
