// tierlab demo (--out FILE | --raw DIR) [--accounts N] [--weeks W] [--seed S] [--force]
#include "clicommand.h"
#include "cliprogress.h"

#include "demo/demogenerator.h"
#include "demo/demorawexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace tierlab::cli {

namespace {

bool removeWorkspaceFile(const QString &path)
{
    for (const char *suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1StringView(suffix));
    return QFile::remove(path);
}

int runDemo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Writes the deterministic demo portfolio (accounts, weekly snapshots, renewal outcomes) to a new "
                                           "workspace file."));
    parser.addHelpOption();
    const DemoOptions defaults;
    const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("Cli", "The workspace file to create."), QStringLiteral("FILE"));
    const QCommandLineOption accountsOpt(QStringLiteral("accounts"),
                                         QCoreApplication::translate("Cli", "Number of accounts (default %1).")
                                             .arg(defaults.accounts),
                                         QStringLiteral("N"));
    const QCommandLineOption weeksOpt(QStringLiteral("weeks"),
                                      QCoreApplication::translate("Cli", "Number of weekly snapshots (default %1).")
                                          .arg(defaults.weeks),
                                      QStringLiteral("W"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QCoreApplication::translate("Cli", "Random seed (default %1).").arg(defaults.seed),
                                     QStringLiteral("S"));
    const QCommandLineOption rawOpt(QStringLiteral("raw"),
                                    QCoreApplication::translate("Cli", "Also, or instead, write the portfolio as raw exports (CSV files and the "
                                                                       "recipes.json that rebuilds its signals) into DIR."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption forceOpt(QStringLiteral("force"), QCoreApplication::translate("Cli", "Overwrite FILE (or the files in DIR) when it exists."));
    parser.addOptions({outOpt, rawOpt, accountsOpt, weeksOpt, seedOpt, forceOpt, CliProgress::option()});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return failWith(QCoreApplication::translate("Cli", "demo: unexpected argument '%1'")
                            .arg(parser.positionalArguments().constFirst()), 2);
    const bool wantsFile = parser.isSet(outOpt) && !parser.value(outOpt).isEmpty();
    const bool wantsRaw = parser.isSet(rawOpt) && !parser.value(rawOpt).isEmpty();
    if (!wantsFile && !wantsRaw)
        return failWith(QCoreApplication::translate("Cli", "demo: --out FILE or --raw DIR is required"), 2);

    DemoOptions options;
    bool ok = true;
    if (parser.isSet(accountsOpt)) {
        options.accounts = parser.value(accountsOpt).toInt(&ok);
        if (!ok)
            return failWith(QCoreApplication::translate("Cli", "demo: --accounts needs a whole number, not '%1'")
                                .arg(parser.value(accountsOpt)), 2);
    }
    if (parser.isSet(weeksOpt)) {
        options.weeks = parser.value(weeksOpt).toInt(&ok);
        if (!ok)
            return failWith(QCoreApplication::translate("Cli", "demo: --weeks needs a whole number, not '%1'")
                                .arg(parser.value(weeksOpt)), 2);
    }
    if (parser.isSet(seedOpt)) {
        options.seed = parser.value(seedOpt).toULongLong(&ok);
        if (!ok)
            return failWith(QCoreApplication::translate("Cli", "demo: --seed needs a non-negative whole number, not '%1'").arg(parser.value(seedOpt)),
                            2);
    }
    if (auto valid = DemoGenerator::validate(options); !valid)
        return failWith(QCoreApplication::translate("Cli", "demo: %1").arg(valid.error().message), 2);

    if (wantsRaw) {
        const QString dir = parser.value(rawOpt);
        auto raw = DemoRawExport::write(dir, options, parser.isSet(forceOpt));
        if (!raw)
            return failWith(QCoreApplication::translate("Cli", "demo: %1").arg(raw.error().message), 1);
        out() << QCoreApplication::translate("Cli", "Wrote the raw exports of %1 accounts (%2 weeks to %3, seed %4) to %5 in %6 s:")
                     .arg(raw->accounts)
                     .arg(options.weeks)
                     .arg(options.lastAsOf.toString(Qt::ISODate))
                     .arg(options.seed)
                     .arg(QDir::toNativeSeparators(dir))
                     .arg(double(raw->elapsedMs) / 1000.0, 0, 'f', 2)
              << '\n';
        for (const DemoRawFile &f : raw->files) {
            out() << "  " << f.name.leftJustified(26);
            if (f.name.endsWith(u".csv"))
                out() << QCoreApplication::translate("Cli", "%1 rows").arg(f.rows);
            out() << '\n';
        }
        out().flush();
        if (!wantsFile)
            return 0;
    }

    const QString path = parser.value(outOpt);
    if (QFileInfo::exists(path)) {
        if (!parser.isSet(forceOpt))
            return failWith(QCoreApplication::translate("Cli", "demo: %1 already exists (use --force to overwrite it)")
                                .arg(QDir::toNativeSeparators(path)),
                            1);
        if (!removeWorkspaceFile(path))
            return failWith(QCoreApplication::translate("Cli", "demo: cannot remove %1")
                                .arg(QDir::toNativeSeparators(path)), 1);
    }

    CliProgress progress(QCoreApplication::translate("Cli", "Writing the demo"), QCoreApplication::translate("Cli", "accounts"),
                         CliProgress::Unit::Count, parser.isSet(QStringLiteral("progress")));
    auto stats = DemoGenerator::generateFile(path, options, [&progress](int done, int total) {
        progress.update(done, total);
        return true;
    });
    progress.finish();
    if (!stats)
        return failWith(stats.error().message, 1);
    out() << QCoreApplication::translate("Cli", "Wrote %1: %2 accounts, %3 snapshots (%4 weeks to %5), outcomes %6 churned, %7 renewed, "
                                                "%8 expanded, %9 contracted, seed %10, in %11 s")
                 .arg(QDir::toNativeSeparators(path))
                 .arg(stats->accounts)
                 .arg(stats->snapshots)
                 .arg(options.weeks)
                 .arg(options.lastAsOf.toString(Qt::ISODate))
                 .arg(stats->churned)
                 .arg(stats->renewed)
                 .arg(stats->expanded)
                 .arg(stats->contracted)
                 .arg(options.seed)
                 .arg(double(stats->elapsedMs) / 1000.0, 0, 'f', 2)
          << Qt::endl;
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("demo",
                    QT_TRANSLATE_NOOP("Cli", "Write the demo portfolio (--out FILE | --raw DIR [--accounts N] [--weeks W] "
                                             "[--seed S] [--force])"),
                    runDemo);

} // namespace tierlab::cli
