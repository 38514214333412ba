#include "importfilepage.h"

#include "dialogs/importwizard.h"
#include "store/workspace.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tierlab::ui {

ImportFilePage::ImportFilePage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose a file"));
    setSubTitle(tr("Pick a CSV file and say what it holds. Nothing is written before the last step."));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setPlaceholderText(tr("A .csv, .tsv or .txt file"));
    m_file->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseFile"));
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_workspace = new QLineEdit(this);
    m_workspace->setObjectName(QStringLiteral("workspaceEdit"));
    m_workspace->setPlaceholderText(tr("The workspace file (.tierlab) to import into"));
    auto *chooseWs = new QPushButton(tr("C&hoose…"), this);
    connect(chooseWs, &QPushButton::clicked, this, &ImportFilePage::chooseWorkspace);
    auto *wsRow = new QHBoxLayout;
    wsRow->addWidget(m_workspace, 1);
    wsRow->addWidget(chooseWs);
    auto *wsLabel = new QLabel(tr("&Into workspace:"), this);
    wsLabel->setBuddy(m_workspace);
    form->addRow(wsLabel, wsRow);
    m_workspaceHint = new QLabel(this);
    m_workspaceHint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_workspaceHint);
    layout->addLayout(form);

    auto *kindBox = new QGroupBox(tr("The file holds"), this);
    auto *kindLayout = new QVBoxLayout(kindBox);
    m_snapshots = new QRadioButton(tr("&Snapshots: one row per account and as_of date, with its signals "
                                      "(account attributes and a churn label may be columns too)"),
                                   kindBox);
    m_snapshots->setObjectName(QStringLiteral("snapshotsRadio"));
    m_outcomes = new QRadioButton(tr("&Outcomes: account id, date and kind (churned, renewed, expanded, "
                                     "contracted), optionally the ARR change"),
                                  kindBox);
    m_outcomes->setObjectName(QStringLiteral("outcomesRadio"));
    m_table = new QRadioButton(tr("&Event table (any export: usage events, tickets, subscriptions, …)"), kindBox);
    m_table->setObjectName(QStringLiteral("eventTableRadio"));
    m_table->setToolTip(tr("Stored as it is, for signal recipes to aggregate into weekly snapshots"));
    m_snapshots->setChecked(true);
    kindLayout->addWidget(m_snapshots);
    kindLayout->addWidget(m_outcomes);
    kindLayout->addWidget(m_table);
    layout->addWidget(kindBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    // "*": Next stays disabled until the file and the workspace are named.
    registerField(QStringLiteral("file*"), m_file);
    registerField(QStringLiteral("workspace*"), m_workspace);
    registerField(QStringLiteral("snapshots"), m_snapshots);
    registerField(QStringLiteral("outcomes"), m_outcomes);
    registerField(QStringLiteral("eventTable"), m_table);
    connect(m_workspace, &QLineEdit::textChanged, this, &ImportFilePage::updateWorkspaceHint);
    connect(m_file, &QLineEdit::textChanged, m_error, &QLabel::hide);
    updateWorkspaceHint();
}

QString ImportFilePage::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ImportFilePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QFileInfo(m_file->text()).absolutePath(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ImportFilePage::chooseWorkspace()
{
    // A save dialog, so a new workspace can be named; an existing one is imported into, not replaced.
    const QString path = QFileDialog::getSaveFileName(this, tr("Import into Workspace"), m_workspace->text(),
                                                      tr("Tierlab workspaces (*.tierlab)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_workspace->setText(path);
}

void ImportFilePage::updateWorkspaceHint()
{
    const QString path = m_workspace->text().trimmed();
    if (path.isEmpty())
        m_workspaceHint->setText(tr("Open a workspace first, or name a new one here."));
    else if (QFileInfo::exists(path))
        m_workspaceHint->setText(tr("Rows are added to %1 or update what it has.").arg(QFileInfo(path).fileName()));
    else
        m_workspaceHint->setText(tr("A new workspace is created at the end of the import."));
}

bool ImportFilePage::validatePage()
{
    const auto showError = [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        return false;
    };
    const QString path = m_file->text().trimmed();
    if (!QFileInfo(path).isFile())
        return showError(tr("%1: no such file").arg(path));
    const QString ws = m_workspace->text().trimmed();
    if (QFileInfo::exists(ws)) {
        // Checked now, so a wrong file does not fail only after the mapping was chosen.
        if (auto r = m_wizard->readWorkspace(ws, [](Workspace &) -> Result<void> { return {}; }); !r)
            return showError(r.error().message);
    }
    if (auto r = m_wizard->loadFile(path, m_outcomes->isChecked() ? ImportKind::Outcomes : ImportKind::Snapshots); !r)
        return showError(r.error().message);
    m_error->hide();
    return true;
}

} // namespace tierlab::ui
