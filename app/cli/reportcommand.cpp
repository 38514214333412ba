// tierlab report --workspace W --model M [--week DATE] --out report.pdf
#include "clicommand.h"
#include "reviewcli.h"

#include "model/modelexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#ifdef TIERLAB_HAS_UI
#include "report/reportwriter.h"

#include <QApplication>
#endif

namespace tierlab::cli {

namespace {

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Writes the weekly review as a PDF report (needs the UI build)."));
    parser.addHelpOption();
    addReviewOptions(parser);
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."), QStringLiteral("FILE")});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (!parser.isSet(QStringLiteral("out")))
        return failWith(QCoreApplication::translate("Cli", "report: --out FILE is required"), 2);
#ifndef TIERLAB_HAS_UI
    return failWith(QCoreApplication::translate("Cli", "report: writing a PDF needs the UI build of Tierlab (configure with TIERLAB_BUILD_UI=ON)"), 1);
#else
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return failWith(QCoreApplication::translate("Cli", "report: writing a PDF needs a GUI application object"), 1);
    ReviewResult review;
    Model model;
    QString label;
    if (const int code = computeReview(parser, QStringLiteral("report"), &review, &model, &label); code != 0)
        return code;
    ui::ReportWriter::Input in;
    in.review = &review;
    in.tiers = model.tiers;
    in.modelName = model.name;
    in.modelLabel = label;
    in.modelHash = ModelExport::canonicalSha256(model);
    const QString path = parser.value(QStringLiteral("out"));
    if (auto r = ui::ReportWriter::write(path, in); !r)
        return failWith(r.error().message);
    out() << QCoreApplication::translate("Cli", "Wrote %1 (week %2, %3 movers, ARR at risk %L4)")
                 .arg(path, review.week.toString(Qt::ISODate))
                 .arg(review.movers.size())
                 .arg(review.arrAtRisk, 0, 'f', 0)
          << Qt::endl;
    return 0;
#endif
}

} // namespace

TIERLAB_CLI_COMMAND("report",
                    QT_TRANSLATE_NOOP("Cli", "Weekly review as a PDF (--workspace W [--model M] [--week DATE] --out FILE)"),
                    runReport);

} // namespace tierlab::cli
