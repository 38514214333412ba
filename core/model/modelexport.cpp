#include "modelexport.h"

#include "model/modelfile.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <nlohmann/json.hpp>

namespace tierlab {

namespace {

using Json = nlohmann::ordered_json;

constexpr const char *kMetaKey = "metadata";

// The model's top-level unknown members without "metadata" (compact JSON object, or empty).
QByteArray extraWithout(const QByteArray &extra, Json *metadata)
{
    if (extra.isEmpty())
        return {};
    Json rest = Json::parse(extra.toStdString(), nullptr, false);
    if (!rest.is_object())
        return extra;
    if (const auto it = rest.find(kMetaKey); it != rest.end()) {
        if (metadata)
            *metadata = *it;
        rest.erase(it);
    }
    return rest.empty() ? QByteArray() : QByteArray::fromStdString(rest.dump(-1, ' ', false, Json::error_handler_t::replace));
}

QString str(const Json &o, const char *key)
{
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

Model ModelExport::withoutMetadata(const Model &model)
{
    Model m = model;
    m.extra = extraWithout(model.extra, nullptr);
    return m;
}

QByteArray ModelExport::canonicalContent(const Model &model)
{
    return ModelFile::toJson(withoutMetadata(model));
}

QString ModelExport::canonicalSha256(const Model &model)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalContent(model), QCryptographicHash::Sha256).toHex());
}

Result<ModelMetadata> ModelExport::metadata(const Model &model)
{
    Json meta;
    extraWithout(model.extra, &meta);
    ModelMetadata m;
    if (meta.is_null())
        return m;
    if (!meta.is_object())
        return fail(tr("metadata: expected an object"), Error::Code::Invalid);
    m.name = str(meta, "name");
    m.author = str(meta, "author");
    m.dataFingerprint = str(meta, "data_fingerprint");
    m.sha256 = str(meta, "sha256");
    m.tool = str(meta, "tool");
    const QString created = str(meta, "created_at");
    if (!created.isEmpty()) {
        m.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
        if (!m.createdAt.isValid())
            return fail(tr("metadata.created_at: \"%1\" is not an ISO 8601 date and time").arg(created),
                        Error::Code::Invalid);
    }
    if (const auto it = meta.find("backtest"); it != meta.end() && it->is_object()) {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(it->dump()));
        m.backtest = doc.object();
    }
    return m;
}

Model ModelExport::withMetadata(const Model &model, ModelMetadata meta)
{
    Model m = withoutMetadata(model);
    meta.sha256 = canonicalSha256(m);
    Json o = Json::object();
    o["name"] = meta.name.toStdString();
    o["author"] = meta.author.toStdString();
    o["created_at"] = meta.createdAt.isValid()
                          ? meta.createdAt.toUTC().toString(Qt::ISODateWithMs).toStdString()
                          : std::string();
    o["data_fingerprint"] = meta.dataFingerprint.toStdString();
    if (!meta.backtest.isEmpty())
        o["backtest"] = Json::parse(QJsonDocument(meta.backtest).toJson(QJsonDocument::Compact).toStdString(), nullptr,
                                    false);
    o["sha256"] = meta.sha256.toStdString();
    o["tool"] = meta.tool.toStdString();
    Json rest = m.extra.isEmpty() ? Json::object() : Json::parse(m.extra.toStdString(), nullptr, false);
    if (!rest.is_object())
        rest = Json::object();
    rest[kMetaKey] = o;
    m.extra = QByteArray::fromStdString(rest.dump(-1, ' ', false, Json::error_handler_t::replace));
    return m;
}

Result<ModelMetadata> ModelExport::exportFile(const Model &model, const QString &path, ModelMetadata meta)
{
    if (meta.name.isEmpty())
        meta.name = model.name;
    if (meta.author.isEmpty())
        meta.author = currentUser();
    if (!meta.createdAt.isValid())
        meta.createdAt = QDateTime::currentDateTimeUtc();
    if (meta.tool.isEmpty())
        meta.tool = QStringLiteral("tierlab " TIERLAB_VERSION);
    const Model out = withMetadata(model, meta);
    if (auto r = ModelFile::save(out, path); !r)
        return std::unexpected(r.error());
    meta.sha256 = canonicalSha256(out);
    return meta;
}

Result<Model> ModelExport::importFile(const QString &path, ModelMetadata *meta)
{
    auto model = ModelFile::load(path);
    if (!model)
        return std::unexpected(model.error());
    auto m = metadata(*model);
    if (!m)
        return fail(tr("%1: %2").arg(path, m.error().message), m.error().code);
    if (!m->sha256.isEmpty()) {
        const QString actual = canonicalSha256(*model);
        if (actual.compare(m->sha256, Qt::CaseInsensitive) != 0)
            return fail(tr("%1: the content does not match its metadata.sha256 (edited after export?): "
                           "expected %2, found %3")
                            .arg(path, m->sha256, actual),
                        Error::Code::Corrupt);
    }
    if (meta)
        *meta = *m;
    return model;
}

QString ModelExport::currentUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // Services, containers and cron jobs often run without those variables: ask the user database.
    if (user.isEmpty()) {
        if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
            user = QString::fromLocal8Bit(pw->pw_name);
    }
#endif
    return user;
}

} // namespace tierlab
