// tierlab-bench: runs the registered benchmark cases and prints their medians, one JSON object
// per line with --json. See docs/performance.md for the figures and the commands that made them.
#include "benchharness.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QDir>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

#ifdef TIERLAB_HAS_UI
#include <QApplication>
#endif

using namespace tierlab::bench;

int main(int argc, char *argv[])
{
#ifdef TIERLAB_HAS_UI
    // GUI cases (slider) need widgets; without a display they render offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("tierlab-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tierlab benchmarks (use a Release build)."));
    parser.addHelpOption();
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("One JSON object per line."));
    const QCommandLineOption filterOpt(QStringLiteral("filter"),
                                       QStringLiteral("Run the cases whose name starts with NAME."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption accountsOpt(QStringLiteral("accounts"), QStringLiteral("Run at N accounts only."),
                                         QStringLiteral("N"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed runs per case."),
                                     QStringLiteral("N"));
    const QCommandLineOption listOpt(QStringLiteral("list"), QStringLiteral("List the cases."));
    const QCommandLineOption keepOpt(QStringLiteral("keep-inputs"),
                                     QStringLiteral("Keep generated inputs (demo workspaces, CSV files) in DIR and "
                                                    "reuse them on the next run."),
                                     QStringLiteral("DIR"));
    parser.addOptions({jsonOpt, filterOpt, accountsOpt, runsOpt, listOpt, keepOpt});
    parser.process(app);

    QTextStream out(stdout);
    if (parser.isSet(listOpt)) {
        for (const BenchCase &c : benchCases())
            out << c.name << Qt::endl;
        return 0;
    }

    QTemporaryDir scratch;
    BenchOptions options;
    options.workDir = scratch.path();
    if (parser.isSet(keepOpt)) {
        options.workDir = parser.value(keepOpt);
        options.keepInputs = true;
        QDir().mkpath(options.workDir);
    }
    options.runs = parser.value(runsOpt).toInt();
    options.accounts = parser.value(accountsOpt).toLongLong();
    const QString filter = parser.value(filterOpt);

    int ran = 0;
    for (const BenchCase &c : benchCases()) {
        if (!filter.isEmpty() && !c.name.startsWith(filter) && !filter.startsWith(c.name))
            continue;
        const std::vector<std::int64_t> sizes = options.accounts > 0
                                                    ? std::vector<std::int64_t>{options.accounts}
                                                    : c.sizes;
        for (std::int64_t n : sizes) {
            for (const BenchResult &r : c.run(n, options)) {
                if (!filter.isEmpty() && !r.name.startsWith(filter) && !c.name.startsWith(filter))
                    continue;
                ++ran;
                if (parser.isSet(jsonOpt)) {
                    QJsonObject o = r.extra;
                    o.insert(QStringLiteral("name"), r.name);
                    o.insert(QStringLiteral("accounts"), double(r.accounts));
                    o.insert(QStringLiteral("median_ms"), r.medianMs);
                    o.insert(QStringLiteral("runs"), r.runs);
                    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
                } else {
                    out << qSetFieldWidth(22) << Qt::left << r.name << qSetFieldWidth(10) << Qt::right
                        << r.accounts << qSetFieldWidth(0) << QStringLiteral("  median %1 ms over %2 runs")
                                                                  .arg(r.medianMs, 0, 'f', 3)
                                                                  .arg(r.runs);
                    if (!r.extra.isEmpty())
                        out << "  " << QJsonDocument(r.extra).toJson(QJsonDocument::Compact);
                    out << Qt::endl;
                }
            }
        }
    }
    if (ran == 0) {
        QTextStream(stderr) << "tierlab-bench: no case matches '" << filter << "' (see --list)" << Qt::endl;
        return 1;
    }
    return 0;
}
