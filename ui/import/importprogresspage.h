#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tierlab::ui {

class ImportWizard;

// Page 4: the import runs in the background; a progress bar and Cancel. The wizard moves on to
// the result page by itself when the import ends (done, failed or cancelled).
class ImportProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportProgressPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }

private:
    void showProgress(qint64 done, qint64 total);
    void finished();

    ImportWizard *m_wizard;
    QLabel *m_status = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_done = false;
};

} // namespace tierlab::ui
