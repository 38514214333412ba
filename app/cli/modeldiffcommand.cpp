// tierlab model diff A.json B.json [--json]; registered as "model-diff" and reached through
// `tierlab model diff` (modelcommand.cpp forwards the diff verb here).
#include "clicommand.h"

#include "model/modeldiff.h"
#include "model/modelexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace tierlab::cli {

namespace {

int runModelDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli", "Compares two model files: weights, rules, penalties, overrides and tiers. "
                                                                        "Exit code 0 either way; 1 when a file cannot be read."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")});
    parser.addPositionalArgument(QStringLiteral("A.json"), QCoreApplication::translate("Cli", "The first model file."));
    parser.addPositionalArgument(QStringLiteral("B.json"), QCoreApplication::translate("Cli", "The second model file."));
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return failWith(QCoreApplication::translate("Cli", "model diff: expected two model files, found %1")
                            .arg(files.size()), 2);
    auto a = ModelExport::importFile(files[0]);
    if (!a)
        return failWith(a.error().message);
    auto b = ModelExport::importFile(files[1]);
    if (!b)
        return failWith(b.error().message);
    const auto changes = ModelDiff::diff(*a, *b);
    if (parser.isSet(QStringLiteral("json")))
        out() << QString::fromUtf8(ModelDiff::toJson(changes)) << Qt::endl;
    else
        out() << ModelDiff::toText(changes) << Qt::flush;
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("model-diff", QT_TRANSLATE_NOOP("Cli", "Compare two model files (A.json B.json [--json]); "
                                                           "also `model diff`"),
                    runModelDiff);

} // namespace tierlab::cli
