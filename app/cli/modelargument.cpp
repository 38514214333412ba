#include "modelargument.h"

#include "model/modelexport.h"
#include "model/modelfile.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tierlab::cli {

namespace {

Result<ResolvedModel> fromVersion(const ModelVersion &version, bool published)
{
    auto m = ModelFile::fromJson(version.json.toUtf8());
    if (!m)
        return fail(QCoreApplication::translate("Cli", "%1 (saved in the workspace): %2").arg(version.name, m.error().message),
                    m.error().code);
    const QString label = published ? QCoreApplication::translate("Cli", "%1 (version %2, published)").arg(version.name).arg(version.id)
                                     : QCoreApplication::translate("Cli", "%1 (version %2)").arg(version.name).arg(version.id);
    return ResolvedModel{std::move(*m), label};
}

} // namespace

Result<ResolvedModel> resolveModel(const Workspace &ws, const QString &value, bool checkExportHash)
{
    if (value.isEmpty()) {
        auto published = ws.publishedModel();
        if (!published)
            return fail(QCoreApplication::translate("Cli", "no --model given and %1").arg(published.error().message),
                        published.error().code);
        return fromVersion(*published, true);
    }
    if (QFileInfo::exists(value)) {
        auto m = checkExportHash ? ModelExport::importFile(value) : ModelFile::load(value);
        if (!m)
            return std::unexpected(m.error());
        return ResolvedModel{std::move(*m), value};
    }
    auto saved = ws.modelByName(value);
    if (!saved)
        return fail(QCoreApplication::translate("Cli", "%1: no such model file, nor a model of that name in the workspace").arg(value),
                    Error::Code::NotFound);
    return fromVersion(*saved, false);
}

} // namespace tierlab::cli
