#pragma once

#include "common/error.h"

#include <QStringList>
#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;
class QPushButton;
class QTableView;

namespace tierlab::ui {

class ImportWizard;

// Page 3: one line per column with its type and role (combo boxes), the as_of date when no
// column has it, the churn label's positive value, the saved mapping offered again, and
// whether to remember the mapping. This is the commit page: "Import" starts the import.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What the mapping still needs before it can run (empty: ready), and notes that do not block.
    QStringList problems() const;
    QStringList notes() const;
    QTableView *table() const { return m_table; }
    Result<void> saveMappingFile(const QString &path);

private:
    void mappingChanged();
    void syncEditors();
    void updateSavedBanner();
    void updateChecks();
    void chooseMappingFile();
    void applySettings();

    ImportWizard *m_wizard;
    QFrame *m_savedBanner = nullptr;
    QLabel *m_savedText = nullptr;
    QPushButton *m_savedToggle = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_positiveLabel = nullptr;
    QComboBox *m_positive = nullptr;
    QLabel *m_kindLabel = nullptr;
    QComboBox *m_defaultKind = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_checks = nullptr;
};

} // namespace tierlab::ui
