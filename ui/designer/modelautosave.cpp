#include "modelautosave.h"

#include "engine/designersession.h"
#include "model/modelfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace tierlab::ui {

ModelAutosave::ModelAutosave(DesignerSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
    connect(m_session, &DesignerSession::modelChanged, this, &ModelAutosave::onEdited);
    connect(m_session, &DesignerSession::dirtyChanged, this, &ModelAutosave::onEdited);
}

void ModelAutosave::start(const QString &workspace)
{
    m_timer.stop();
    m_workspace = workspace;
    onEdited();
}

void ModelAutosave::stop()
{
    m_timer.stop();
    m_workspace.clear();
}

void ModelAutosave::onEdited()
{
    if (m_workspace.isEmpty())
        return;
    if (m_session->hasData() && m_session->isDirty()) {
        m_timer.start();   // a few seconds after the last edit: a slider drag writes once
        return;
    }
    // Saved, or undone back to the saved model: nothing left to recover.
    m_timer.stop();
    discard();
}

QString ModelAutosave::fileFor(const QString &workspace)
{
    const QByteArray key = QCryptographicHash::hash(QFileInfo(workspace).absoluteFilePath().toUtf8(),
                                                    QCryptographicHash::Sha1).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave/")
        + QString::fromLatin1(key) + QStringLiteral(".json");
}

bool ModelAutosave::flush()
{
    m_timer.stop();
    if (m_workspace.isEmpty() || !m_session->hasData() || !m_session->isDirty())
        return true;
    const QString path = fileFor(m_workspace);
    QJsonObject root;
    root.insert(QStringLiteral("workspace"), m_workspace);
    root.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    // The model file's text as it is: it reads back to the very same model (a re-serialised object may not).
    root.insert(QStringLiteral("model"), QString::fromUtf8(ModelFile::toJson(m_session->model())));
    QSaveFile file(path);
    const bool ok = QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(root).toJson()) >= 0 && file.commit();
    if (!ok) {
        Q_EMIT failed(tr("Cannot autosave the model to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    Q_EMIT written(path);
    return true;
}

void ModelAutosave::discard()
{
    if (!m_workspace.isEmpty())
        remove(m_workspace);
}

bool ModelAutosave::remove(const QString &workspace)
{
    const QString path = fileFor(workspace);
    return !QFileInfo::exists(path) || QFile::remove(path);
}

Result<std::optional<ModelAutosave::Pending>> ModelAutosave::read(const QString &workspace)
{
    QFile file(fileFor(workspace));
    if (!file.exists())
        return std::optional<Pending>();
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()), Error::Code::Io);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return fail(tr("%1: not an autosaved model (%2)").arg(QDir::toNativeSeparators(file.fileName()), error.errorString()),
                    Error::Code::Invalid);
    const QJsonObject root = doc.object();
    auto model = ModelFile::fromJson(root.value(QStringLiteral("model")).toString().toUtf8());
    if (!model)
        return fail(tr("%1: %2").arg(QDir::toNativeSeparators(file.fileName()), model.error().message), model.error().code);
    Pending pending;
    pending.model = std::move(*model);
    pending.savedAt = QDateTime::fromString(root.value(QStringLiteral("saved_at")).toString(), Qt::ISODateWithMs);
    if (!pending.savedAt.isValid())
        pending.savedAt = QFileInfo(file).lastModified();
    return std::optional<Pending>(std::move(pending));
}

} // namespace tierlab::ui
