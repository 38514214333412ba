#include "designerdialogs.h"

#include "designer/backtestheadline.h"
#include "designer/calibratedialog.h"
#include "designer/comparedialog.h"
#include "designer/saveversiondialog.h"
#include "designer/starterdialog.h"
#include "dialogs/sqlexportdialog.h"
#include "engine/designersession.h"
#include "pages/designerpage.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>

#include <algorithm>

namespace tierlab::ui {

DesignerDialogs::DesignerDialogs(DesignerPage *page) : QObject(page), m_page(page) {}

void DesignerDialogs::chooseModelFileToOpen()
{
    const QString path = QFileDialog::getOpenFileName(m_page, tr("Open Model File"), QFileInfo(m_page->workspacePath()).absolutePath(),
                                                      tr("Tierlab models (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto ok = m_page->openModelFile(path); !ok)
        QMessageBox::warning(m_page, tr("Open Model File"), ok.error().message);
}

QFileDialog *DesignerDialogs::chooseModelFileToSave()
{
    QFileDialog *dialog = modelFileDialog(tr("Save Model File"), QStringLiteral("saveModelFileDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (auto ok = m_page->saveModelFile(path); !ok)
            QMessageBox::warning(m_page, tr("Save Model File"), ok.error().message);
    });
    dialog->open();
    return dialog;
}

QFileDialog *DesignerDialogs::chooseModelFileToExport()
{
    QFileDialog *dialog = modelFileDialog(tr("Export Model with Metadata"), QStringLiteral("exportModelFileDialog"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        auto ok = m_page->exportModelFile(path);
        QGuiApplication::restoreOverrideCursor();
        if (!ok)
            QMessageBox::warning(m_page, tr("Export Model with Metadata"), ok.error().message);
    });
    dialog->open();
    return dialog;
}

QFileDialog *DesignerDialogs::modelFileDialog(const QString &title, const QString &objectName)
{
    auto *dialog = new QFileDialog(m_page, title, QFileInfo(m_page->workspacePath()).absolutePath(), tr("Tierlab models (*.json)"));
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    // A name typed without a suffix gets ".json" before the dialog checks for an existing file.
    dialog->setDefaultSuffix(QStringLiteral("json"));
    return dialog;
}

SqlExportDialog *DesignerDialogs::chooseSqlExport()
{
    // The workspace's catalogue names and types the columns, as `tierlab export sql --workspace` does.
    std::vector<SignalInfo> catalogue;
    if (m_page->workspaceSession()->isOpen()) {
        (void)m_page->workspaceSession()->withWorkspace([&catalogue](Workspace &ws) -> Result<void> {
            auto read = ws.signalCatalogue();
            if (!read)
                return std::unexpected(read.error());
            catalogue = std::move(*read);
            return {};
        });
    }
    auto *dialog = new SqlExportDialog(m_page->session()->model(), std::move(catalogue),
                                       QFileInfo(m_page->workspacePath()).absolutePath(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SqlExportDialog::saved, m_page,
            [this](const QString &path) { Q_EMIT m_page->statusMessage(tr("Wrote the model as SQL to %1").arg(path)); });
    dialog->open();
    return dialog;
}

void DesignerDialogs::chooseVersionNameAndSave()
{
    // Window-modal, not blocking: the name and a note stored with the version.
    auto *dialog = new SaveVersionDialog(m_page->session()->model().name, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto ok = m_page->saveVersion(dialog->name(), dialog->note()); !ok)
            QMessageBox::warning(m_page, tr("Save Version"), ok.error().message);
    });
    dialog->open();
}

void DesignerDialogs::choosePublish()
{
    // The version being edited when it has no unsaved edits; else the edits become a version first,
    // named and noted like any other.
    if (!m_page->isDirty()) {
        const auto it = std::find_if(m_page->versions().begin(), m_page->versions().end(),
                                     [this](const ModelVersion &v) { return v.name == m_page->session()->baselineName(); });
        if (it != m_page->versions().end()) {
            confirmPublish(it->id, it->name);
            return;
        }
    }
    auto *dialog = new SaveVersionDialog(m_page->session()->model().name, m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Publish"));
    dialog->setIntro(tr("The model has unsaved edits: they are saved as this version, then published."));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto ok = m_page->saveVersion(dialog->name(), dialog->note()); !ok) {
            QMessageBox::warning(m_page, tr("Publish"), ok.error().message);
            return;
        }
        confirmPublish(m_page->versions().front().id, dialog->name());   // newest first: the one just saved
    });
    dialog->open();
}

void DesignerDialogs::confirmPublish(std::int64_t versionId, const QString &name)
{
    const auto answer = QMessageBox::question(m_page, tr("Publish"),
                                              tr("Publish \"%1\"? The weekly review, the back-test and the command line "
                                                 "use the published model unless told otherwise.")
                                                  .arg(name),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (auto ok = m_page->publishVersion(versionId); !ok)
        QMessageBox::warning(m_page, tr("Publish"), ok.error().message);
}

void DesignerDialogs::showComparison()
{
    auto *dialog = m_page->findChild<CompareDialog *>();
    if (!dialog) {
        dialog = new CompareDialog(m_page);
    }
    dialog->showTransitions(m_page->session()->transitions(), m_page->session()->model().tiers, m_page->session()->baselineName());
    dialog->showBacktestCatches(m_page->backtestHeadline()->currentResult().get(), m_page->backtestHeadline()->baselineResult().get());
    dialog->show();
    dialog->raise();
}

void DesignerDialogs::calibrate()
{
    if (!m_page->workspaceSession()->isOpen() || !m_page->session()->hasData())
        return;
    auto *dialog = new CalibrateDialog(m_page->workspaceSession(), m_page->session()->model(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto ok = m_page->applyCalibration(dialog->proposedModel()); !ok)
            QMessageBox::warning(m_page, tr("Calibrate"), ok.error().message);
    });
    dialog->start();
    dialog->open();
}

void DesignerDialogs::newModelFromData()
{
    if (!m_page->workspaceSession()->isOpen() || !m_page->session()->hasData())
        return;
    auto *dialog = new StarterDialog(m_page->workspaceSession(), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->result())
            return;
        if (auto ok = m_page->applyStarterModel(dialog->result()->model); !ok)
            QMessageBox::warning(m_page, tr("New Model from Data"), ok.error().message);
    });
    dialog->start();
    dialog->open();
}
} // namespace tierlab::ui
