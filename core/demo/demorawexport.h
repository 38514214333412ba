#pragma once

#include "common/error.h"
#include "demooptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace tierlab {

struct DemoRawFile
{
    QString name;             // "support_tickets.csv"
    std::int64_t rows = 0;    // data rows, header not counted
};

struct DemoRawStats
{
    int accounts = 0;
    std::vector<DemoRawFile> files;   // in the order the README imports them; recipes.json last
    std::int64_t elapsedMs = 0;
};

// `tierlab demo --raw DIR`: the demo portfolio as the exports a CS team has (docs/demo.md, "Raw
// exports") — accounts, weekly product-usage metrics, support tickets, CSM activities, contact changes, NPS responses,
// billing aging, marketing engagement, renewals and churn events — from the same simulation as
// DemoGenerator, with a recipes.json whose build reproduces the demo's weekly signals bit for bit.
class DemoRawExport
{
    Q_DECLARE_TR_FUNCTIONS(DemoRawExport)

public:
    using Progress = std::function<bool(int done, int total)>;

    // The file names written, recipes.json last.
    static QStringList fileNames();
    // Creates DIR when needed; refuses, naming the first, when any of its files exists and
    // `overwrite` is false. Each file is written whole or not at all.
    static Result<DemoRawStats> write(const QString &dir, const DemoOptions &options, bool overwrite = false,
                                      const Progress &progress = {});
    // The recipes that rebuild the demo's signals from the exports (tierlab-signals v1).
    static QByteArray recipesJson(const DemoOptions &options);
};

} // namespace tierlab
