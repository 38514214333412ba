#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace tierlab::ui {

class ImportWizard;

// Page 1: the file, what it holds (snapshots, outcomes or any export as an event table) and the
// workspace it goes into.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool validatePage() override;
    QString errorText() const;

private:
    void chooseFile();
    void chooseWorkspace();
    void updateWorkspaceHint();

    ImportWizard *m_wizard;
    QLineEdit *m_file = nullptr;
    QLineEdit *m_workspace = nullptr;
    QRadioButton *m_snapshots = nullptr;
    QRadioButton *m_outcomes = nullptr;
    QRadioButton *m_table = nullptr;
    QLabel *m_workspaceHint = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tierlab::ui
