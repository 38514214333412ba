// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: Qt's own warnings silenced (millions of runs would flood the log,
// and a warning is not a finding), and the input as a QByteArray.
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstdint>

namespace tierlab::fuzz {

inline void quietQt()
{
    static const bool done = [] {
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
            // qFatal must still abort, so that the fuzzer records it as a crash.
            if (type == QtFatalMsg) {
                std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
                std::abort();
            }
        });
        return true;
    }();
    (void)done;
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace tierlab::fuzz
