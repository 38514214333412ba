#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QByteArray>
#include <QString>

namespace tierlab {

// Reads and writes model files (JSON, format "tierlab-model", version 1; docs/model-format.md).
// Reading checks the structure (ModelValidator::checkStructure); columns are checked against a
// workspace separately. No input makes it throw or crash; errors list every problem found, one per
// line, each naming its JSON path.
class ModelFile
{
public:
    static Result<Model> fromJson(const QByteArray &json);
    static Result<Model> load(const QString &path);
    // Stable output: fixed member order, two-space indent, numbers that read back to the same
    // double (integers without ".0"); toJson(fromJson(toJson(m))) == toJson(m).
    static QByteArray toJson(const Model &model);
    static Result<void> save(const Model &model, const QString &path);
};

} // namespace tierlab
