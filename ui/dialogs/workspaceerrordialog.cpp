#include "workspaceerrordialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace tierlab::ui {

WorkspaceErrorDialog::WorkspaceErrorDialog(const QString &path, const QString &reason, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("workspaceErrorDialog"));
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Open Workspace"));
    setText(tr("Tierlab cannot open %1.").arg(QFileInfo(path).fileName()));
    // Workspace messages name the file; the full path is added where a reason does not (which copy, in
    // which synced folder, matters).
    const QString full = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    setInformativeText(reason.contains(full) || reason.contains(path) ? reason : tr("%1\n\nFile: %2").arg(reason, full));
    m_retry = addButton(tr("Try Again"), QMessageBox::AcceptRole);
    m_other = addButton(tr("Open Another…"), QMessageBox::ActionRole);
    m_demo = addButton(tr("Open the Demo"), QMessageBox::ActionRole);
    m_quit = addButton(tr("Quit"), QMessageBox::RejectRole);
    setDefaultButton(qobject_cast<QPushButton *>(m_retry));
    setEscapeButton(m_quit);
}

QAbstractButton *WorkspaceErrorDialog::buttonFor(Choice choice) const
{
    switch (choice) {
    case Choice::Retry:
        return m_retry;
    case Choice::OpenOther:
        return m_other;
    case Choice::OpenDemo:
        return m_demo;
    case Choice::Quit:
        break;
    }
    return m_quit;
}

WorkspaceErrorDialog::Choice WorkspaceErrorDialog::choice() const
{
    const QAbstractButton *clicked = clickedButton();
    if (clicked == m_retry)
        return Choice::Retry;
    if (clicked == m_other)
        return Choice::OpenOther;
    if (clicked == m_demo)
        return Choice::OpenDemo;
    return Choice::Quit;
}

} // namespace tierlab::ui
