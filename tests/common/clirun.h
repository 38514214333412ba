#pragma once

// Runs the built tierlab executable for the CLI tests: one helper instead of a copy per test file.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace tierlab::test {

struct CliRun
{
    int exitCode = -1;   // -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// `inChild` runs in the child between fork and exec (QProcess::setChildProcessModifier): only
// async-signal-safe calls there, such as setrlimit.
inline CliRun runCli(const QStringList &args, const QString &workingDir = {}, int timeoutMs = 600000,
                     const std::function<void()> &inChild = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    if (inChild)
        p.setChildProcessModifier(inChild);
    p.start(QStringLiteral(TIERLAB_CLI), args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace tierlab::test
