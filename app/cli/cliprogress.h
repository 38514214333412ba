#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdint>

class QCommandLineOption;

namespace tierlab::cli {

// Progress of a long command on stderr: on a terminal one line rewritten in place ("\r"), shown once
// the work has taken half a second, at most five updates a second; with --progress one line per
// update at most every second (for logs and tests) from the start. Silent otherwise, so that piped
// output stays what it was. Single-threaded: call it from the thread that runs the command.
class CliProgress
{
public:
    enum class Unit { Count, Bytes };

    // `label` names the work, e.g. "Writing the demo"; `noun` what is counted, e.g. "accounts".
    CliProgress(QString label, QString noun, Unit unit, bool forced);
    ~CliProgress();
    CliProgress(const CliProgress &) = delete;
    CliProgress &operator=(const CliProgress &) = delete;

    bool enabled() const { return m_enabled; }
    void update(std::int64_t done, std::int64_t total);
    // Prints the last figures and ends the line; called by the destructor when forgotten.
    void finish();

    // The --progress option every long command offers.
    static QCommandLineOption option();

private:
    QString text(std::int64_t done, std::int64_t total) const;

    QString m_label;
    QString m_noun;
    Unit m_unit;
    bool m_enabled = false;
    bool m_terminal = false;
    bool m_shown = false;
    bool m_finished = false;
    std::int64_t m_done = 0;
    std::int64_t m_total = 0;
    QElapsedTimer m_sinceStart;
    QElapsedTimer m_sinceLast;
};

} // namespace tierlab::cli
