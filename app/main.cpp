// tierlab: with a subcommand it runs headless (QCoreApplication, no widgets); without one it opens the
// window (the last workspace, or the demo the first time), or prints the demo workspace's summary when
// there is no display.
#include "cli/clicommand.h"
#include "launcher.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <memory>

#ifdef TIERLAB_HAS_UI
#include <QApplication>
#endif

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("Cli", "Usage: tierlab [--workspace FILE] [--model FILE.json] "
                                              "[--account ID] [--screenshot OUT.png [--page NAME] [--size WxH]]")
        << '\n'
        << QCoreApplication::translate("Cli", "       tierlab COMMAND [options]   (headless; COMMAND --help for its options)")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Without a command, Tierlab opens its window: on the workspace given, else "
                                              "on the last one opened (the demo portfolio the first time).")
        << "\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const tierlab::cli::Command &c : tierlab::cli::commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(12) << ' '
            << QCoreApplication::translate("Cli", c.synopsis) << '\n';
    out << '\n'
        << QCoreApplication::translate("Cli", "  --help       This help") << '\n'
        << QCoreApplication::translate("Cli", "  --version    The version") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef SIGXFSZ
    // A file size limit (ulimit -f) then fails the write, which SQLite rolls back and Tierlab reports,
    // instead of killing the process mid-write.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const bool headless = !first.isEmpty() && !first.startsWith(u'-');
    if (!headless && first != u"--help" && first != u"-h" && first != u"--version")
        return tierlab::app::runWindow(argc, argv);

#ifdef TIERLAB_HAS_UI
    // `report` paints a PDF and its charts are widgets: it needs a QApplication; offscreen, so no display is needed.
    const bool paints = first == u"report";
    if (paints && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> owner(paints ? new QApplication(argc, argv) : new QCoreApplication(argc, argv));
#else
    const auto owner = std::make_unique<QCoreApplication>(argc, argv);
#endif
    tierlab::app::setApplicationIdentity();
    tierlab::app::installTranslator();
    if (first == u"--version") {
        tierlab::cli::out() << "tierlab " << TIERLAB_VERSION << Qt::endl;
        return 0;
    }
    if (!headless) {
        printUsage(tierlab::cli::out());
        return 0;
    }
    const tierlab::cli::Command *command = tierlab::cli::findCommand(first);
    if (!command) {
        tierlab::cli::failWith(QCoreApplication::translate("Cli", "unknown command \"%1\"").arg(first), 2);
        printUsage(tierlab::cli::err());
        return 2;
    }
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1);   // QCommandLineParser sees "tierlab ARGS…"
    args[0] = QStringLiteral("tierlab %1").arg(first);
    return command->run(args);
}
