// tierlab export sql --model M.json --dialect postgres|sqlite [--source TABLE] [--view NAME] [--select]
//                    [--workspace W] [--recipes R.json] [--out FILE.sql]
#include "clicommand.h"

#include "model/modelexport.h"
#include "recipes/recipeset.h"
#include "sqlexport/sqlexporter.h"
#include "sqlexport/sqlrecipeexporter.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

namespace tierlab::cli {

namespace {

int runExport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Writes a model as SQL: a view (or a SELECT) over a table with one row per account and as_of and one "
               "column per signal, returning account_id, as_of, score, tier and one column per category, computed "
               "as Tierlab computes them (docs/sql-export.md)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sql"), QCoreApplication::translate("Cli", "sql"));
    const QCommandLineOption modelOpt(QStringLiteral("model"), QCoreApplication::translate("Cli", "The model file."),
                                      QStringLiteral("M.json"));
    const QCommandLineOption dialectOpt(QStringLiteral("dialect"),
                                        QCoreApplication::translate("Cli", "The SQL dialect: postgres or sqlite."),
                                        QStringLiteral("DIALECT"));
    const QCommandLineOption sourceOpt(QStringLiteral("source"),
                                       QCoreApplication::translate("Cli", "The table the SQL reads (default: snapshots)."),
                                       QStringLiteral("TABLE"));
    const QCommandLineOption viewOpt(QStringLiteral("view"),
                                     QCoreApplication::translate("Cli", "The view's name (default: tierlab_scores)."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption selectOpt(QStringLiteral("select"),
                                       QCoreApplication::translate("Cli", "Write a plain SELECT instead of CREATE VIEW."));
    const QCommandLineOption workspaceOpt(
        QStringLiteral("workspace"),
        QCoreApplication::translate("Cli", "Read the columns' names and types from this workspace's signals (with "
                                           "--recipes: its event tables)."),
        QStringLiteral("FILE"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    QCoreApplication::translate("Cli", "The file to write (default: standard output)."),
                                    QStringLiteral("FILE.sql"));
    const QCommandLineOption recipesOpt(
        QStringLiteral("recipes"),
        QCoreApplication::translate("Cli", "Also write the signal recipes as a view over the raw event tables, named as the "
                                           "--source the model reads (default: tierlab_signals); needs --workspace."),
        QStringLiteral("R.json"));
    parser.addOptions({modelOpt, dialectOpt, sourceOpt, viewOpt, selectOpt, workspaceOpt, recipesOpt, outOpt});
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    if (parser.positionalArguments() != QStringList{QStringLiteral("sql")} || !parser.isSet(modelOpt)
        || !parser.isSet(dialectOpt))
        return failWith(QCoreApplication::translate("Cli", "export: usage: tierlab export sql --model M.json --dialect "
                                                           "postgres|sqlite [--source TABLE] [--view NAME] [--select] "
                                                           "[--workspace W] [--recipes R.json] [--out FILE.sql]"),
                        2);
    SqlExportOptions options;
    if (!sqlDialectFromName(parser.value(dialectOpt), &options.dialect))
        return failWith(QCoreApplication::translate("Cli", "export sql: unknown dialect \"%1\" (expected postgres or sqlite)")
                            .arg(parser.value(dialectOpt)),
                        2);
    const bool withRecipes = parser.isSet(recipesOpt);
    if (withRecipes && !parser.isSet(workspaceOpt))
        return failWith(QCoreApplication::translate("Cli", "export sql: --recipes needs --workspace W: the event tables' key, "
                                                           "time, end and --via columns and the columns' types are in the "
                                                           "workspace the tables were imported into, not in the recipes file"),
                        2);
    if (withRecipes)
        options.source = QStringLiteral("tierlab_signals");
    if (parser.isSet(sourceOpt))
        options.source = parser.value(sourceOpt);
    if (parser.isSet(viewOpt))
        options.view = parser.value(viewOpt);
    options.selectOnly = parser.isSet(selectOpt);
    QString recipesSql;
    if (parser.isSet(workspaceOpt)) {
        auto ws = Workspace::open(parser.value(workspaceOpt));
        if (!ws)
            return failWith(ws.error().message);
        if (withRecipes) {
            // The recipes' view is the model's source, with the recipes' signals as its catalogue.
            const Result<RecipeSet> recipes = RecipeSet::load(parser.value(recipesOpt));
            if (!recipes)
                return failWith(recipes.error().message);
            SqlRecipeOptions recipeOptions;
            recipeOptions.dialect = options.dialect;
            recipeOptions.view = options.source;
            recipeOptions.source = parser.value(recipesOpt);
            auto exporter = SqlRecipeExporter::create(**ws, *recipes, std::move(recipeOptions));
            if (!exporter)
                return failWith(QCoreApplication::translate("Cli", "export sql: %1").arg(exporter.error().message));
            auto text = exporter->sql();
            if (!text)
                return failWith(QCoreApplication::translate("Cli", "export sql: %1").arg(text.error().message));
            recipesSql = *text + u'\n';
            options.catalogue = exporter->catalogue();
        } else {
            auto catalogue = (*ws)->signalCatalogue();
            if (!catalogue)
                return failWith(catalogue.error().message);
            options.catalogue = std::move(*catalogue);
        }
    }
    const Result<Model> model = ModelExport::importFile(parser.value(modelOpt));
    if (!model)
        return failWith(model.error().message);
    Result<QString> sql = SqlExporter(*model, std::move(options)).sql();
    if (!sql)
        return failWith(QCoreApplication::translate("Cli", "export sql: %1").arg(sql.error().message));
    sql->prepend(recipesSql);
    if (!parser.isSet(outOpt)) {
        out() << *sql;
        out().flush();
        return 0;
    }
    const QByteArray bytes = sql->toUtf8();
    QSaveFile file(parser.value(outOpt));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failWith(QCoreApplication::translate("Cli", "export sql: cannot write %1: %2")
                            .arg(parser.value(outOpt), file.errorString()));
    err() << QCoreApplication::translate("Cli", "Wrote the model \"%1\" as %2 SQL to %3")
                 .arg(model->name, parser.value(dialectOpt), parser.value(outOpt))
          << Qt::endl;
    return 0;
}

} // namespace

TIERLAB_CLI_COMMAND("export",
                    QT_TRANSLATE_NOOP("Cli", "Export a model as SQL: sql --model M.json --dialect postgres|sqlite "
                                             "[--source TABLE] [--view NAME] [--select] [--workspace W] [--recipes R.json] "
                                             "[--out FILE.sql]"),
                    runExport);

} // namespace tierlab::cli
