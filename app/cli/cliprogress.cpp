#include "cliprogress.h"

#include "clicommand.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace tierlab::cli {

namespace {

constexpr qint64 kTerminalIntervalMs = 200;
constexpr qint64 kLogIntervalMs = 1000;
constexpr qint64 kTerminalDelayMs = 500;

} // namespace

CliProgress::CliProgress(QString label, QString noun, Unit unit, bool forced)
    : m_label(std::move(label))
    , m_noun(std::move(noun))
    , m_unit(unit)
    , m_terminal(isatty(fileno(stderr)) != 0)
{
    m_enabled = m_terminal || forced;
    m_terminal = m_terminal && !forced;
    m_sinceStart.start();
}

CliProgress::~CliProgress()
{
    if (m_shown && !m_finished)
        finish();
}

QCommandLineOption CliProgress::option()
{
    return QCommandLineOption(QStringLiteral("progress"),
                              QCoreApplication::translate("Cli", "Report progress on stderr even when it is not a terminal."));
}

QString CliProgress::text(std::int64_t done, std::int64_t total) const
{
    const QLocale c = QLocale::c();
    const int percent = total > 0 ? int(100 * done / total) : 0;
    if (m_unit == Unit::Bytes && total < 1'000'000)
        return QCoreApplication::translate("Cli", "%1: %2 of %3 kB (%4 %)")
            .arg(m_label, QString::number(double(done) / 1e3, 'f', 1), QString::number(double(total) / 1e3, 'f', 1))
            .arg(percent);
    if (m_unit == Unit::Bytes)
        return QCoreApplication::translate("Cli", "%1: %2 of %3 MB (%4 %)")
            .arg(m_label, QString::number(double(done) / 1e6, 'f', 1), QString::number(double(total) / 1e6, 'f', 1))
            .arg(percent);
    return QCoreApplication::translate("Cli", "%1: %2 of %3 %4 (%5 %)")
        .arg(m_label, c.toString(qlonglong(done)), c.toString(qlonglong(total)), m_noun)
        .arg(percent);
}

void CliProgress::update(std::int64_t done, std::int64_t total)
{
    m_done = done;
    m_total = total;
    if (!m_enabled || m_finished)
        return;
    if (m_terminal && m_sinceStart.elapsed() < kTerminalDelayMs)
        return;
    const qint64 interval = m_terminal ? kTerminalIntervalMs : kLogIntervalMs;
    if (m_shown && m_sinceLast.isValid() && m_sinceLast.elapsed() < interval)
        return;
    m_sinceLast.start();
    m_shown = true;
    err() << (m_terminal ? "\r" : "") << text(done, total) << (m_terminal ? "" : "\n") << Qt::flush;
}

void CliProgress::finish()
{
    if (!m_enabled || m_finished || (!m_shown && m_terminal) || m_total <= 0)
        return;
    m_finished = true;
    err() << (m_terminal ? "\r" : "") << text(m_done, m_total) << '\n' << Qt::flush;
}

} // namespace tierlab::cli
