#pragma once

#include "common/error.h"
#include "model/model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tierlab {

// What an exported model file says about itself: the top-level "metadata" member of the model file
// (kept by ModelFile as an unknown member, so any reader of format version 1 still loads it).
struct ModelMetadata
{
    QString name;
    QString author;              // the OS user who exported it
    QDateTime createdAt;         // UTC
    QString dataFingerprint;     // store/datafingerprint.h (hex SHA-256); empty when exported without one
    QJsonObject backtest;        // backtestSummaryJson() at export time (analysis); empty when not computed
    QString sha256;              // of the canonical content (hex, lower case)
    QString tool;                // "tierlab 0.1.0"

    bool isEmpty() const { return sha256.isEmpty() && author.isEmpty() && !createdAt.isValid(); }
};

// Model export and import with metadata and a content hash (docs/review.md, "Exports").
class ModelExport
{
    Q_DECLARE_TR_FUNCTIONS(ModelExport)

public:
    // The model without its "metadata" member, as ModelFile writes it: the text the hash covers.
    static QByteArray canonicalContent(const Model &model);
    static QString canonicalSha256(const Model &model);

    // The metadata member of a loaded model; an empty ModelMetadata when it has none.
    static Result<ModelMetadata> metadata(const Model &model);
    // A copy of `model` carrying `meta` (its sha256 replaced by the canonical one).
    static Model withMetadata(const Model &model, ModelMetadata meta);
    static Model withoutMetadata(const Model &model);

    // Fills name (the model's), author, createdAt (now) and sha256 when empty, then saves.
    static Result<ModelMetadata> exportFile(const Model &model, const QString &path, ModelMetadata meta = {});
    // Loads a model file; when it carries a sha256 that does not match its content it fails
    // (Corrupt), naming the file.
    static Result<Model> importFile(const QString &path, ModelMetadata *meta = nullptr);

    static QString currentUser();
};

} // namespace tierlab
