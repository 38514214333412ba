// tierlab actions --workspace W [--model M] [--week DATE] [--playbook P.json] [--out F.csv]
// tierlab actions --workspace W --set-playbook P.json | --show-playbook
#include "clicommand.h"
#include "reviewcli.h"

#include "analysis/playbook.h"
#include "io/csvcell.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace tierlab::cli {

namespace {

Result<Playbook> readPlaybookFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Cli", "cannot read %1: %2").arg(path, file.errorString()), Error::Code::Io);
    auto book = Playbook::fromJson(file.readAll());
    if (!book)
        return fail(QStringLiteral("%1: %2").arg(path, book.error().message), book.error().code);
    return book;
}

// The shape CRMs import as tasks: Subject, Owner, Due Date, Account, Description; cells neutralised.
QByteArray actionsCsv(const std::vector<PlayAction> &actions)
{
    auto cell = [](const QString &text) { return CsvCell::text(text); };
    QByteArray csv = "Subject,Owner,Due Date,Account,Description\r\n";
    for (const PlayAction &a : actions) {
        QString description = a.reason + QStringLiteral(" (") + QCoreApplication::translate("Cli", "account %1, play %2").arg(a.accountId, a.play)
                              + u')';
        if (a.notifyManager)
            description += u' ' + QCoreApplication::translate("Cli", "Notify the CSM's manager.");
        const QStringList row{cell(a.subject), cell(a.owner), a.due.toString(Qt::ISODate),
                              cell(a.name.isEmpty() ? a.accountId : a.name), cell(description)};
        csv += row.join(u',').toUtf8() + "\r\n";
    }
    return csv;
}

int runActions(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "This week's actions from the playbook: who does what by when, and why."));
    parser.addHelpOption();
    addReviewOptions(parser);
    const QCommandLineOption playbookOpt(QStringLiteral("playbook"),
                                         QCoreApplication::translate("Cli", "Use this playbook file instead of the workspace's."), QStringLiteral("FILE"));
    const QCommandLineOption setOpt(QStringLiteral("set-playbook"),
                                    QCoreApplication::translate("Cli", "Store this playbook file in the workspace and exit."), QStringLiteral("FILE"));
    const QCommandLineOption showOpt(QStringLiteral("show-playbook"), QCoreApplication::translate("Cli", "Print the workspace's playbook and exit."));
    const QCommandLineOption outOpt(QStringLiteral("out"), QCoreApplication::translate("Cli", "Write the actions to this CSV file (default: standard output)."),
                                    QStringLiteral("FILE"));
    parser.addOptions({playbookOpt, setOpt, showOpt, outOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.isSet(QStringLiteral("workspace")))
        return workspaceRequired(QStringLiteral("actions"));

    if (parser.isSet(setOpt) || parser.isSet(showOpt)) {
        auto ws = Workspace::open(parser.value(QStringLiteral("workspace")));
        if (!ws)
            return failWith(ws.error().message);
        if (parser.isSet(showOpt)) {
            auto book = Playbook::stored(**ws);
            if (!book)
                return failWith(book.error().message);
            out() << QString::fromUtf8(book->toJson());
            return 0;
        }
        auto book = readPlaybookFile(parser.value(setOpt));
        if (!book)
            return failWith(book.error().message);
        if (auto ok = book->store(**ws); !ok)
            return failWith(ok.error().message);
        out() << QCoreApplication::translate("Cli", "Stored a playbook of %n play(s) in %1", nullptr, int(book->plays.size()))
                     .arg(parser.value(QStringLiteral("workspace")))
              << Qt::endl;
        return 0;
    }

    Result<Playbook> book = fail(QString());
    if (parser.isSet(playbookOpt)) {
        book = readPlaybookFile(parser.value(playbookOpt));
    } else {
        auto ws = Workspace::open(parser.value(QStringLiteral("workspace")));
        if (!ws)
            return failWith(ws.error().message);
        book = Playbook::stored(**ws);
    }
    if (!book)
        return failWith(book.error().message);
    ReviewResult review;
    Model model;
    if (const int code = computeReview(parser, QStringLiteral("actions"), &review, &model); code != 0)
        return code;
    const QByteArray csv = actionsCsv(book->actions(review, model.tiers));
    if (!parser.isSet(outOpt)) {
        out() << QString::fromUtf8(csv);
        return 0;
    }
    QSaveFile file(parser.value(outOpt));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return failWith(QCoreApplication::translate("Cli", "actions: cannot write %1: %2").arg(parser.value(outOpt), file.errorString()));
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("actions",
                    QT_TRANSLATE_NOOP("Cli", "This week's actions as CRM tasks (--workspace W [--model M] [--week DATE] [--out F.csv])"),
                    runActions);

} // namespace tierlab::cli
