#include "modelchooser.h"

#include "model/modelexport.h"
#include "model/modelfile.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QFileDialog>
#include <QFileInfo>

namespace tierlab::ui {

namespace {
const QString kDesigner = QStringLiteral("designer");
const QString kPublished = QStringLiteral("published");
const QString kVersion = QStringLiteral("version:");
const QString kSeed = QStringLiteral("seed:");
const QString kFile = QStringLiteral("file:");
const QString kOpen = QStringLiteral("open");
const QString kSeedDefault = QStringLiteral(":/models/seed-default.json");
const QString kSeedSimple = QStringLiteral(":/models/seed-simple.json");

QString versionLabel(const ModelVersion &v)
{
    return ModelChooser::tr("%1 (saved %2)").arg(v.name, v.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}
} // namespace

ModelChooser::ModelChooser(WorkspaceSession *session, QWidget *parent) : QComboBox(parent), m_session(session)
{
    setObjectName(QStringLiteral("modelChooser"));
    // A bounded width: a long version name is elided in the box (the list shows it whole), so the
    // toolbars it sits in keep room for their other controls at 1366 px.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(22);
    setToolTip(tr("The model to use: the designer's current model, the published one, a saved version, a built-in "
                  "seed or a model file"));
    connect(this, &QComboBox::activated, this, &ModelChooser::onActivated);
    connect(session, &WorkspaceSession::workspaceChanged, this, [this] {
        // Versions belong to a workspace: another one starts on its own default again.
        if (m_key == kPublished || m_key.startsWith(kVersion))
            m_followDefault = true;
        rebuild();
    });
    connect(session, &WorkspaceSession::versionsChanged, this, &ModelChooser::rebuild);
    connect(session, &WorkspaceSession::publishedModelChanged, this, &ModelChooser::rebuild);
    rebuild();
}

void ModelChooser::setDesignerModel(std::function<Model()> current)
{
    m_designer = std::move(current);
    rebuild();
}

Model ModelChooser::model() const
{
    if (m_key == kDesigner && m_designer)
        return m_designer();
    return m_model;
}

QString ModelChooser::defaultKey() const
{
    if (m_session->publishedVersion())
        return kPublished;
    if (!m_session->versions().empty())
        return kVersion + QString::number(m_session->versions().front().id);
    // Nothing saved yet: the model being designed, so a workspace whose signals no seed knows (raw exports
    // built into signals) is not scored with a model that cannot read them.
    if (m_designer && !m_designer().signals.empty())
        return kDesigner;
    return kSeed + kSeedDefault;
}

Result<Model> ModelChooser::resolve(const QString &key) const
{
    auto fromVersion = [](const ModelVersion *v) -> Result<Model> {
        if (!v)
            return fail(tr("That model version is no longer in the workspace"), Error::Code::NotFound);
        auto m = ModelFile::fromJson(v->json.toUtf8());
        if (!m)
            return fail(tr("Version \"%1\" cannot be read: %2").arg(v->name, m.error().message), m.error().code);
        return m;
    };
    if (key == kDesigner) {
        if (!m_designer)
            return fail(tr("No designer model"), Error::Code::NotFound);
        return m_designer();
    }
    if (key == kPublished)
        return fromVersion(m_session->publishedVersion());
    if (key.startsWith(kVersion))
        return fromVersion(m_session->version(key.mid(kVersion.size()).toLongLong()));
    if (key.startsWith(kSeed))
        return ModelExport::importFile(key.mid(kSeed.size()));
    if (key.startsWith(kFile))
        return ModelExport::importFile(key.mid(kFile.size()));
    return fail(tr("No such model entry"), Error::Code::NotFound);
}

void ModelChooser::rebuild()
{
    {
        const QSignalBlocker block(this);
        clear();
        if (m_designer)
            addItem(tr("Current model (designer)"), kDesigner);
        if (const ModelVersion *published = m_session->publishedVersion())
            addItem(tr("Published: %1").arg(published->name), kPublished);
        for (const ModelVersion &v : m_session->versions())
            addItem(versionLabel(v), QString(kVersion + QString::number(v.id)));
        addItem(tr("Seed default (built in)"), QString(kSeed + kSeedDefault));
        addItem(tr("Seed simple (built in)"), QString(kSeed + kSeedSimple));
        for (const QString &file : m_files)
            addItem(QFileInfo(file).fileName(), QString(kFile + file));
        addItem(tr("Model file…"), kOpen);
    }
    const int current = findData(m_key);
    if (m_followDefault || current < 0) {
        const QString key = defaultKey();
        auto model = resolve(key);
        if (!model) {
            Q_EMIT failed(model.error().message);
            model = resolve(kSeed + kSeedDefault);
        }
        const bool changed = !m_hasModel || key != m_key || !(*model == m_model);
        m_key = model ? key : kSeed + kSeedDefault;
        m_model = model ? *model : Model();
        m_hasModel = bool(model);
        m_followDefault = true;
        {
            const QSignalBlocker block(this);
            setCurrentIndex(findData(m_key));
        }
        m_label = currentText();
        if (changed)
            Q_EMIT modelChosen();
        return;
    }
    {
        const QSignalBlocker block(this);
        setCurrentIndex(current);
    }
    m_label = currentText();
    if (m_key == kPublished) {
        // Another version was published: the entry stays, its model follows.
        if (auto model = resolve(kPublished); model && !(*model == m_model)) {
            m_model = *model;
            Q_EMIT modelChosen();
        }
    }
}

void ModelChooser::designerModelReplaced()
{
    if (m_followDefault)
        rebuild();
}

void ModelChooser::chooseDefault()
{
    m_followDefault = true;
    rebuild();
}

bool ModelChooser::chooseKey(const QString &key)
{
    const int index = findData(key);
    auto model = index < 0 ? Result<Model>(fail(tr("No such model entry"), Error::Code::NotFound)) : resolve(key);
    if (!model) {
        {
            const QSignalBlocker block(this);
            setCurrentIndex(findData(m_key));
        }
        Q_EMIT failed(model.error().message);
        return false;
    }
    m_key = key;
    m_model = *model;
    m_hasModel = true;
    m_followDefault = key == kPublished;
    {
        const QSignalBlocker block(this);
        setCurrentIndex(index);
    }
    m_label = currentText();
    Q_EMIT modelChosen();
    return true;
}

Result<void> ModelChooser::chooseFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto model = ModelExport::importFile(absolute);
    if (!model)
        return std::unexpected(model.error());
    if (!m_files.contains(absolute)) {
        m_files << absolute;
        m_key = kFile + absolute;   // rebuild() keeps it selected
        m_followDefault = false;
        rebuild();
    }
    if (!chooseKey(kFile + absolute))
        return fail(tr("%1 cannot be read").arg(absolute), Error::Code::Invalid);
    return {};
}

void ModelChooser::onActivated(int index)
{
    const QString key = itemData(index).toString();
    if (key != kOpen) {
        chooseKey(key);
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model File"), QString(), tr("Model files (*.json)"));
    if (path.isEmpty()) {
        const QSignalBlocker block(this);
        setCurrentIndex(findData(m_key));
        return;
    }
    if (auto ok = chooseFile(path); !ok) {
        {
            const QSignalBlocker block(this);
            setCurrentIndex(findData(m_key));
        }
        Q_EMIT failed(ok.error().message);
    }
}

} // namespace tierlab::ui
