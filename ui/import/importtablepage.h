#pragma once

#include "tables/tableimporter.h"
#include "store/workspace.h"

#include <QStringList>
#include <QWizardPage>

#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace tierlab::ui {

class ImportWizard;

// Page 3 of an event table, instead of the per-column roles: the table's name, its key column (the
// account id, or with "via" a key of a table already imported), its time and end columns, and
// whether it replaces a table of that name; the columns' profiled types beside the form. This is
// the commit page: "Import" starts `tierlab import table` on the worker.
class ImportTablePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportTablePage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What the form says, as TableImporter takes it (the delimiter is the wizard's).
    TableImportRequest request() const;
    // What the form still needs before it can run (empty: ready), and notes that do not block.
    QStringList problems() const;
    QStringList notes() const;

    // The name offered for a file: "accounts" when it has an account id and a name column; else its
    // base name as an id, without a prefix that its sibling files, the files of earlier tables or
    // the workspace's name share (ravenstack_feature_usage.csv → feature_usage).
    static QString suggestName(const QString &filePath, const QString &workspacePath,
                               const std::vector<EventTableRecord> &tables, const QStringList &header);
    // A header that names the account id itself (account_id, customer_id, CustomerID, …).
    static bool isAccountIdColumn(const QString &header);

private:
    struct KnownTable
    {
        EventTableRecord record;
        QStringList columns;
    };

    void fillCombos();
    void preselect();
    void nameChanged();
    void keyChanged();
    void updateColumns();
    void updateChecks();
    const KnownTable *table(const QString &name) const;
    const KnownTable *existingTable() const;   // of the name typed
    bool isAccountsTable() const;
    bool viaAllowed() const;
    QString viaTable() const;
    QString chosen(const QComboBox *combo) const;
    bool isDateColumn(const QString &header) const;

    ImportWizard *m_wizard;
    std::vector<KnownTable> m_tables;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameHint = nullptr;
    QCheckBox *m_replace = nullptr;
    QComboBox *m_key = nullptr;
    QComboBox *m_via = nullptr;
    QLabel *m_viaHint = nullptr;
    QComboBox *m_time = nullptr;
    QComboBox *m_end = nullptr;
    QLabel *m_checks = nullptr;
    QTableWidget *m_columns = nullptr;
    bool m_filling = false;
};

} // namespace tierlab::ui
