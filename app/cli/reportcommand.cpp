// tierlab report --workspace W --model M [--week DATE] --out report.pdf | --pack DIR [--per-csm]
#include "clicommand.h"
#include "reviewcli.h"

#include "analysis/playbook.h"
#include "model/modelexport.h"
#include "pack/meetingpack.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#ifdef TIERLAB_HAS_UI
#include "report/reportwriter.h"

#include <QApplication>
#endif

namespace tierlab::cli {

namespace {

struct Computed
{
    ReviewResult review;
    Model model;
    QString label;
    std::vector<PlayAction> actions;
};

// The review of `args` (and, for one CSM's pack, --csm NAME added) with its playbook actions.
int compute(const QStringList &args, const QString &csm, Computed *c)
{
    QCommandLineParser parser;
    addReviewOptions(parser);
    parser.addOptions({{QStringLiteral("out"), QString(), QStringLiteral("FILE")},
                       {QStringLiteral("pack"), QString(), QStringLiteral("DIR")},
                       {QStringLiteral("per-csm"), QString()}});
    QStringList all = args;
    if (!csm.isNull())
        all << QStringLiteral("--csm") << csm;
    if (!parser.parse(all))
        return failWith(parser.errorText(), 2);
    if (const int code = computeReview(parser, QStringLiteral("report"), &c->review, &c->model, &c->label); code != 0)
        return code;
    auto ws = Workspace::open(parser.value(QStringLiteral("workspace")));
    if (!ws)
        return failWith(ws.error().message);
    auto book = Playbook::stored(**ws);
    if (!book)
        return failWith(book.error().message);
    c->actions = book->actions(c->review, c->model.tiers);
    return 0;
}

#ifdef TIERLAB_HAS_UI
Result<void> writePdf(const Computed &c, const QString &path)
{
    ui::ReportWriter::Input in;
    in.review = &c.review;
    in.tiers = c.model.tiers;
    in.modelName = c.model.name;
    in.modelLabel = c.label;
    in.modelHash = ModelExport::canonicalSha256(c.model);
    return ui::ReportWriter::write(path, in);
}
#endif

// One pack: the workbook, and the PDF where the build can draw one. `stem` names both files.
int writePack(const Computed &c, const QString &dir, const QString &stem)
{
    MeetingPack::Input in;
    in.review = &c.review;
    in.tiers = &c.model.tiers;
    in.actions = &c.actions;
    in.modelLabel = c.label;
    const QString xlsx = QDir(dir).filePath(stem + QStringLiteral(".xlsx"));
    if (auto r = MeetingPack::writeXlsx(in, xlsx); !r)
        return failWith(r.error().message);
    out() << QCoreApplication::translate("Cli", "Wrote %1").arg(xlsx) << Qt::endl;
#ifdef TIERLAB_HAS_UI
    if (qobject_cast<QApplication *>(QCoreApplication::instance())) {
        const QString pdf = QDir(dir).filePath(stem + QStringLiteral(".pdf"));
        if (auto r = writePdf(c, pdf); !r)
            return failWith(r.error().message);
        out() << QCoreApplication::translate("Cli", "Wrote %1").arg(pdf) << Qt::endl;
    }
#endif
    return 0;
}

// A CSM's name as part of a file name: letters, digits, '-' and '_' kept, the rest '_'.
QString fileStem(const QString &name)
{
    QString stem;
    for (QChar ch : name)
        stem += ch.isLetterOrNumber() || ch == u'-' || ch == u'_' ? ch : u'_';
    return stem.isEmpty() ? QStringLiteral("none") : stem;
}

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Writes the weekly review as a PDF report, or the meeting pack "
                                                                       "(a workbook and, in the UI build, a PDF) into a folder."));
    parser.addHelpOption();
    addReviewOptions(parser);
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("pack"), QCoreApplication::translate("Cli", "Write the meeting pack into this folder."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("per-csm"), QCoreApplication::translate("Cli", "With --pack: one pack per CSM as well.")});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.isSet(QStringLiteral("out")) && !parser.isSet(QStringLiteral("pack")))
        return failWith(QCoreApplication::translate("Cli", "report: --out FILE or --pack DIR is required"), 2);
    if (parser.isSet(QStringLiteral("per-csm")) && !parser.isSet(QStringLiteral("pack")))
        return failWith(QCoreApplication::translate("Cli", "report: --per-csm needs --pack DIR"), 2);

    if (parser.isSet(QStringLiteral("pack"))) {
        const QString dir = parser.value(QStringLiteral("pack"));
        if (!QDir().mkpath(dir))
            return failWith(QCoreApplication::translate("Cli", "report: cannot create the folder %1").arg(dir));
        Computed all;
        if (const int code = compute(args, QString(), &all); code != 0)
            return code;
        const QString week = all.review.week.toString(Qt::ISODate);
        if (const int code = writePack(all, dir, QStringLiteral("meeting-pack-%1").arg(week)); code != 0)
            return code;
        if (parser.isSet(QStringLiteral("per-csm"))) {
            for (const QString &csm : all.review.csms) {
                Computed one;
                if (const int code = compute(args, csm, &one); code != 0)
                    return code;
                if (const int code = writePack(one, dir, QStringLiteral("meeting-pack-%1-%2").arg(week, fileStem(csm))); code != 0)
                    return code;
            }
        }
        if (!parser.isSet(QStringLiteral("out")))
            return 0;
    }
#ifndef TIERLAB_HAS_UI
    return failWith(QCoreApplication::translate("Cli", "report: writing a PDF needs the UI build of Tierlab (configure with TIERLAB_BUILD_UI=ON)"), 1);
#else
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return failWith(QCoreApplication::translate("Cli", "report: writing a PDF needs a GUI application object"), 1);
    Computed c;
    if (const int code = compute(args, QString(), &c); code != 0)
        return code;
    const QString path = parser.value(QStringLiteral("out"));
    if (auto r = writePdf(c, path); !r)
        return failWith(r.error().message);
    out() << QCoreApplication::translate("Cli", "Wrote %1 (week %2, %3 movers, ARR at risk %L4)")
                 .arg(path, c.review.week.toString(Qt::ISODate))
                 .arg(c.review.movers.size())
                 .arg(c.review.arrAtRisk, 0, 'f', 0)
          << Qt::endl;
    return 0;
#endif
}

} // namespace

TIERLAB_CLI_COMMAND("report",
                    QT_TRANSLATE_NOOP("Cli", "Weekly review as a PDF, or the meeting pack (--workspace W [--model M] [--week DATE] "
                                             "--out FILE | --pack DIR [--per-csm])"),
                    runReport);

} // namespace tierlab::cli
