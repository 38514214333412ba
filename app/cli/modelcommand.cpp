// tierlab model save|list|export|validate|adapt: model versions in a workspace, and model file checks.
#include "clicommand.h"

#include "analysis/backtest.h"
#include "analysis/backtestjson.h"
#include "model/modeladapter.h"
#include "model/modelexport.h"
#include "model/modelfile.h"
#include "model/modelvalidator.h"
#include "store/datafingerprint.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <utility>

namespace tierlab::cli {

namespace {

struct Options
{
    QCommandLineOption workspace = workspaceOption();
    QCommandLineOption name{QStringLiteral("name"), QCoreApplication::translate("Cli", "The model's name in the workspace."), QStringLiteral("NAME")};
    QCommandLineOption id{QStringLiteral("id"), QCoreApplication::translate("Cli", "A model version id (see model list)."), QStringLiteral("ID")};
    QCommandLineOption note{QStringLiteral("note"), QCoreApplication::translate("Cli", "A note stored with the version."), QStringLiteral("TEXT")};
    QCommandLineOption out{QStringLiteral("out"), QCoreApplication::translate("Cli", "The file to write."), QStringLiteral("FILE")};
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("Cli", "Print JSON.")};
    QCommandLineOption model{QStringLiteral("model"), QCoreApplication::translate("Cli", "export: a model file to export instead of a saved version."), QStringLiteral("FILE")};
    QCommandLineOption backtest{QStringLiteral("backtest"), QCoreApplication::translate("Cli", "export: back-test the model on the workspace and embed the metrics.")};
};

Result<std::unique_ptr<Workspace>> openWorkspace(const QCommandLineParser &parser, const Options &o)
{
    return Workspace::open(parser.value(o.workspace));
}

// What `validate` and `adapt` check a model against.
Result<std::vector<SignalInfo>> workspaceCatalogue(const QCommandLineParser &parser, const Options &o)
{
    auto ws = openWorkspace(parser, o);
    if (!ws)
        return std::unexpected(ws.error());
    return (*ws)->signalCatalogue();
}

int save(const QCommandLineParser &parser, const Options &o, const QStringList &files)
{
    if (!parser.isSet(o.workspace) || files.size() != 1)
        return failWith(QCoreApplication::translate("Cli", "model save: usage: model save --workspace FILE [--name NAME] [--note TEXT] MODEL.json"), 2);
    Result<Model> model = ModelFile::load(files.first());
    if (!model)
        return failWith(model.error().message);
    const QString name = parser.isSet(o.name) ? parser.value(o.name) : model->name;
    if (name.trimmed().isEmpty())
        return failWith(QCoreApplication::translate("Cli", "model save: the model has no name; give one with --name NAME"), 2);
    auto ws = openWorkspace(parser, o);
    if (!ws)
        return failWith(ws.error().message);
    Result<std::vector<SignalInfo>> catalogue = (*ws)->signalCatalogue();
    if (!catalogue)
        return failWith(catalogue.error().message);
    if (Result<void> ok = ModelValidator::validate(*model, &*catalogue); !ok)
        return failWith(files.first() + u": " + ok.error().message);
    // A new name changes the content an exported file's hash covers: its metadata goes.
    Model named = name == model->name ? *model : ModelExport::withoutMetadata(*model);
    named.name = name;
    Result<std::int64_t> id = (*ws)->saveModel(name, QString::fromUtf8(ModelFile::toJson(named)), parser.value(o.note));
    if (!id)
        return failWith(id.error().message);
    out() << QCoreApplication::translate("Cli", "Saved model \"%1\" as version %2").arg(name).arg(*id) << Qt::endl;
    return 0;
}

int list(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.workspace))
        return workspaceRequired(QStringLiteral("model list"));
    auto ws = openWorkspace(parser, o);
    if (!ws)
        return failWith(ws.error().message);
    Result<std::vector<ModelVersion>> versions = (*ws)->models();
    if (!versions)
        return failWith(versions.error().message);
    auto published = (*ws)->publishedModel();
    if (!published && published.error().code != Error::Code::NotFound)
        return failWith(published.error().message);
    const std::int64_t publishedId = published ? published->id : -1;
    if (parser.isSet(o.json)) {
        nlohmann::json j = nlohmann::json::array();
        for (const ModelVersion &v : *versions) {
            j.push_back({{"id", v.id},
                         {"name", v.name.toStdString()},
                         {"created_at", v.createdAt.toString(Qt::ISODate).toStdString()},
                         {"note", v.note.toStdString()},
                         {"published", v.id == publishedId}});
        }
        out() << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }
    if (versions->empty()) {
        out() << QCoreApplication::translate("Cli", "No saved models.") << Qt::endl;
        return 0;
    }
    for (const ModelVersion &v : *versions) {
        out() << QString::number(v.id).rightJustified(5) << "  " << v.createdAt.toString(Qt::ISODate) << "  "
              << v.name;
        if (!v.note.isEmpty())
            out() << "  (" << v.note << ')';
        if (v.id == publishedId)
            out() << "  " << QCoreApplication::translate("Cli", "[published]");
        out() << '\n';
    }
    out().flush();
    return 0;
}

// The model to export and the name its metadata gets: a saved version (--name/--id) or a file (--model).
Result<std::pair<Model, QString>> exportSource(const QCommandLineParser &parser, const Options &o, const Workspace &ws,
                                               std::int64_t id)
{
    if (parser.isSet(o.model)) {
        // A file that already carries metadata must still match its hash; it gets new metadata.
        Result<Model> model = ModelExport::importFile(parser.value(o.model));
        if (!model)
            return std::unexpected(model.error());
        return std::pair{*model, model->name};
    }
    Result<ModelVersion> version = parser.isSet(o.id) ? ws.model(id) : ws.modelByName(parser.value(o.name));
    if (!version)
        return std::unexpected(version.error());
    Result<Model> model = ModelFile::fromJson(version->json.toUtf8());
    if (!model)
        return fail(QCoreApplication::translate("Cli", "model export: version %1 (\"%2\") cannot be read: %3")
                        .arg(version->id).arg(version->name, model.error().message),
                    model.error().code);
    return std::pair{*model, version->name};
}

int exportModel(const QCommandLineParser &parser, const Options &o)
{
    const int sources = int(parser.isSet(o.name)) + int(parser.isSet(o.id)) + int(parser.isSet(o.model));
    if (!parser.isSet(o.workspace) || !parser.isSet(o.out) || sources != 1)
        return failWith(QCoreApplication::translate("Cli", "model export: usage: model export --workspace FILE "
                                                           "--name NAME|--id ID|--model FILE --out FILE [--backtest]"), 2);
    bool idOk = true;
    const std::int64_t id = parser.isSet(o.id) ? parser.value(o.id).toLongLong(&idOk) : 0;
    if (!idOk)
        return failWith(QCoreApplication::translate("Cli", "model export: --id needs a number, not \"%1\"")
                            .arg(parser.value(o.id)), 2);
    auto ws = openWorkspace(parser, o);
    if (!ws)
        return failWith(ws.error().message);
    auto source = exportSource(parser, o, **ws, id);
    if (!source)
        return failWith(source.error().message);
    const auto &[model, name] = *source;

    ModelMetadata meta;
    meta.name = name;
    meta.author = ModelExport::currentUser();
    meta.createdAt = QDateTime::currentDateTimeUtc();
    Result<QString> fingerprint = dataFingerprint(**ws);
    if (!fingerprint)
        return failWith(fingerprint.error().message);
    meta.dataFingerprint = *fingerprint;
    if (parser.isSet(o.backtest)) {
        BacktestOptions options;
        options.leadTime = false;    // the embedded figures need neither lead time, trajectory nor lists
        options.trajectory = false;
        options.listSize = 0;
        Result<BacktestResult> result = Backtest::run(**ws, model, options);
        if (!result)
            return failWith(QCoreApplication::translate("Cli", "model export: back-test: %1").arg(result.error().message));
        if (result->outcomes == 0)
            err() << "tierlab: " << QCoreApplication::translate("Cli", "model export: the workspace has no outcomes to back-test: "
                                                        "exporting without back-test metrics")
                  << Qt::endl;
        else
            meta.backtest = backtestSummaryJson(*result);
    }
    Result<ModelMetadata> written = ModelExport::exportFile(model, parser.value(o.out), meta);
    if (!written)
        return failWith(written.error().message);
    out() << QCoreApplication::translate("Cli", "Exported \"%1\" to %2 (sha256 %3)")
                 .arg(name, parser.value(o.out), written->sha256)
          << Qt::endl;
    return 0;
}

int validate(const QCommandLineParser &parser, const Options &o, const QStringList &files)
{
    if (files.size() != 1)
        return failWith(QCoreApplication::translate("Cli", "model validate: usage: model validate MODEL.json [--workspace FILE]"), 2);
    // Through ModelExport: an exported file whose content no longer matches its sha256 is refused.
    Result<Model> model = ModelExport::importFile(files.first());
    if (!model) {
        out() << model.error().message << Qt::endl;
        return 1;
    }
    if (parser.isSet(o.workspace)) {
        Result<std::vector<SignalInfo>> catalogue = workspaceCatalogue(parser, o);
        if (!catalogue)
            return failWith(catalogue.error().message);
        const std::vector<ModelIssue> issues = ModelValidator::checkColumns(*model, *catalogue);
        if (!issues.empty()) {
            for (const ModelIssue &issue : issues)
                out() << files.first() << ": " << issue.text() << '\n';
            out() << ModelValidator::notFittingHint() << Qt::endl;
            return 1;
        }
    }
    out() << "OK" << Qt::endl;
    return 0;
}

nlohmann::json itemsJson(const std::vector<AdaptedItem> &items, bool withReason)
{
    nlohmann::json j = nlohmann::json::array();
    for (const AdaptedItem &item : items) {
        nlohmann::json e{{"path", item.path.toStdString()}, {"id", item.id.toStdString()},
                         {"column", item.column.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(item.column.toStdString())}};
        if (withReason)
            e["reason"] = item.reason.toStdString();
        j.push_back(std::move(e));
    }
    return j;
}

// model adapt M.json --workspace W --out M2.json [--json]: keeps what fits the workspace (ModelAdapter).
int adapt(const QCommandLineParser &parser, const Options &o, const QStringList &files)
{
    if (!parser.isSet(o.workspace) || !parser.isSet(o.out) || files.size() != 1)
        return failWith(QCoreApplication::translate("Cli", "model adapt: usage: model adapt MODEL.json --workspace FILE --out FILE [--json]"), 2);
    Result<Model> model = ModelExport::importFile(files.first());
    if (!model)
        return failWith(model.error().message);
    Result<std::vector<SignalInfo>> catalogue = workspaceCatalogue(parser, o);
    if (!catalogue)
        return failWith(catalogue.error().message);
    Result<ModelAdaptation> adapted = ModelAdapter::adapt(*model, *catalogue);
    if (!adapted)
        return failWith(files.first() + u": " + adapted.error().message);
    const QString outPath = parser.value(o.out);
    if (Result<void> saved = ModelFile::save(adapted->model, outPath); !saved)
        return failWith(saved.error().message);

    const Model &m = adapted->model;
    if (parser.isSet(o.json)) {
        nlohmann::json weights = nlohmann::json::array();
        for (const Category &c : m.categories)
            weights.push_back({{"id", c.id.toStdString()}, {"weight", c.weight}});
        const nlohmann::json j{{"model", files.first().toStdString()},
                               {"out", outPath.toStdString()},
                               {"name", m.name.toStdString()},
                               {"changed", adapted->changed()},
                               {"kept", itemsJson(adapted->kept, false)},
                               {"dropped", itemsJson(adapted->dropped, true)},
                               {"categories", weights}};
        out() << QString::fromStdString(j.dump(2)) << Qt::endl;
        return 0;
    }
    out() << QCoreApplication::translate("Cli", "Kept %1 of %2 signals, %3 of %4 penalties, %5 of %6 overrides, %7 of %8 categories")
                 .arg(m.signals.size()).arg(model->signals.size())
                 .arg(m.penalties.size()).arg(model->penalties.size())
                 .arg(m.overrides.size()).arg(model->overrides.size())
                 .arg(m.categories.size()).arg(model->categories.size())
          << '\n';
    for (const AdaptedItem &item : adapted->kept)
        out() << "  = " << item.text() << '\n';
    if (adapted->dropped.empty()) {
        out() << QCoreApplication::translate("Cli", "Nothing dropped: the model fits the workspace as it is.") << '\n';
    } else {
        out() << QCoreApplication::translate("Cli", "Dropped %1:").arg(adapted->dropped.size()) << '\n';
        for (const AdaptedItem &item : adapted->dropped)
            out() << "  - " << item.text() << '\n';
        out() << QCoreApplication::translate("Cli", "Category weights are kept as they are (weights are relative): %1")
                     .arg(ModelAdapter::weightSummary(m))
              << '\n';
    }
    out() << QCoreApplication::translate("Cli", "Wrote \"%1\" to %2").arg(m.name, outPath) << Qt::endl;
    return 0;
}

// Publishes a saved version by --name (its newest) or --id: what review, backtest, score and report use
// when no --model is given.
int publish(const QCommandLineParser &parser, const Options &o)
{
    if (!parser.isSet(o.workspace) || parser.isSet(o.name) == parser.isSet(o.id))
        return failWith(QCoreApplication::translate("Cli", "model publish: usage: model publish --workspace FILE --name NAME|--id ID"), 2);
    auto ws = openWorkspace(parser, o);
    if (!ws)
        return failWith(ws.error().message);
    Result<ModelVersion> version = std::unexpected(Error());
    if (parser.isSet(o.id)) {
        bool ok = false;
        const std::int64_t id = parser.value(o.id).toLongLong(&ok);
        if (!ok)
            return failWith(QCoreApplication::translate("Cli", "model publish: --id needs a version id (see model list)"), 2);
        version = (*ws)->model(id);
    } else {
        version = (*ws)->modelByName(parser.value(o.name));
    }
    if (!version)
        return failWith(version.error().message);
    if (Result<void> ok = (*ws)->publishModel(version->id); !ok)
        return failWith(ok.error().message);
    out() << QCoreApplication::translate("Cli", "Published \"%1\" (version %2): review, backtest, score and report use it when no --model is given")
                 .arg(version->name)
                 .arg(version->id)
          << Qt::endl;
    return 0;
}

int runModel(const QStringList &args)
{
    // `model diff` and `model starter` live in their own files ("model-diff", "model-starter"): forward them.
    if (args.size() > 1 && (args.at(1) == u"diff" || args.at(1) == u"starter")) {
        if (const Command *verb = findCommand(QStringLiteral("model-") + args.at(1))) {
            QStringList rest = args;
            rest[0] = QStringLiteral("tierlab model ") + args.at(1);
            rest.removeAt(1);
            return verb->run(rest);
        }
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Model versions in a workspace and model file checks:\n"
                                           "  model save --workspace FILE [--name NAME] [--note TEXT] MODEL.json\n"
                                           "  model list --workspace FILE [--json]\n"
                                           "  model publish --workspace FILE --name NAME|--id ID\n"
                                           "  model export --workspace FILE --name NAME|--id ID|--model FILE --out FILE [--backtest]\n"
                                           "  model validate MODEL.json [--workspace FILE]\n"
                                           "  model adapt MODEL.json --workspace FILE --out FILE [--json]\n"
                                           "  model diff A.json B.json [--json]\n"
                                           "  model starter --workspace FILE --out FILE [--horizon-days N] [--holdout FRACTION] [--json]"));
    parser.addHelpOption();
    const Options o;
    parser.addOptions({o.workspace, o.name, o.id, o.note, o.out, o.json, o.model, o.backtest});
    parser.addPositionalArgument(QStringLiteral("action"), QCoreApplication::translate("Cli", "save, list, publish, export, validate, adapt, diff or starter"));
    if (!parser.parse(args))
        return failWith(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << helpText(parser, args);
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return failWith(QCoreApplication::translate("Cli", "model: an action is required (save, list, publish, export, validate, adapt, diff or starter)"), 2);
    const QString action = positional.takeFirst();
    if (action == u"save")
        return save(parser, o, positional);
    if (action == u"list")
        return positional.isEmpty() ? list(parser, o) : failWith(QCoreApplication::translate("Cli", "model list: unexpected argument"), 2);
    if (action == u"publish")
        return positional.isEmpty() ? publish(parser, o) : failWith(QCoreApplication::translate("Cli", "model publish: unexpected argument"), 2);
    if (action == u"export")
        return positional.isEmpty() ? exportModel(parser, o) : failWith(QCoreApplication::translate("Cli", "model export: unexpected argument"), 2);
    if (action == u"validate")
        return validate(parser, o, positional);
    if (action == u"adapt")
        return adapt(parser, o, positional);
    return failWith(QCoreApplication::translate("Cli", "model: unknown action \"%1\" (save, list, publish, export, validate, adapt, diff or starter)")
                        .arg(action), 2);
}

} // namespace

TIERLAB_CLI_COMMAND("model",
                    QT_TRANSLATE_NOOP("Cli", "Model versions and files: save|list|publish|export|validate|adapt|diff|starter (see model --help)"),
                    runModel);

} // namespace tierlab::cli
