#include "importprogresspage.h"

#include "dialogs/importwizard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tierlab::ui {

ImportProgressPage::ImportProgressPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("The file is read, checked and written in one transaction. Cancel leaves the workspace exactly "
                   "as it was."));
    // No way back into a running import; the result page cannot go back to it either.
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("progressStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgress"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    layout->addWidget(m_bar);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    m_cancel = new QPushButton(tr("&Cancel Import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    row->addWidget(m_cancel);
    layout->addLayout(row);
    layout->addStretch(2);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_wizard->runner()->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling: rolling back what was written so far…"));
    });
    connect(m_wizard->runner(), &ImportRunner::progress, this, &ImportProgressPage::showProgress);
    connect(m_wizard->runner(), &ImportRunner::finished, this, &ImportProgressPage::finished);
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_wizard->runSettings().allowNewAccounts = false;   // each import asks again
    m_cancel->setEnabled(true);
    m_bar->setValue(0);
    m_status->setText(tr("Importing %1 into %2…")
                          .arg(m_wizard->sourceName(), QFileInfo(m_wizard->workspacePath()).fileName()));
    m_wizard->startImport();
}

void ImportProgressPage::showProgress(qint64 done, qint64 total)
{
    if (m_done || !m_cancel->isEnabled())
        return;
    if (total > 0)
        m_bar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    const QLocale locale;
    m_status->setText(tr("Importing %1: %2 of %3 read…")
                          .arg(m_wizard->sourceName(), locale.formattedDataSize(done),
                               locale.formattedDataSize(total)));
}

void ImportProgressPage::finished()
{
    // An import that would add many new accounts asks first; confirmed, it runs again allowed to.
    const ImportRun &run = m_wizard->runner()->result();
    if (!run.succeeded() && run.error().code == Error::Code::NeedsConfirmation && !m_wizard->runSettings().allowNewAccounts) {
        const auto answer = QMessageBox::question(this, tr("Import Many New Accounts?"),
                                                  tr("%1\n\nImport anyway?").arg(m_wizard->shown(run.error().message)),
                                                  QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer == QMessageBox::Yes) {
            m_wizard->runSettings().allowNewAccounts = true;
            m_bar->setValue(0);
            m_wizard->startImport();
            return;
        }
    }
    m_done = true;
    m_cancel->setEnabled(false);
    Q_EMIT completeChanged();
    if (m_wizard->currentPage() == this)
        m_wizard->next();
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

} // namespace tierlab::ui
