#pragma once

#include "itemmodels/eventtablesmodel.h"
#include "recipes/recipeset.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace tierlab::ui {

// The recipes file's grid (every N days, first and last date; empty: from the data) and accounts section
// (the accounts table and its start, name, segment, CSM, ARR and renewal-date columns), in a small form.
class RecipeSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecipeSettingsForm(QWidget *parent = nullptr);

    void setTables(const std::vector<EventTableRow> &tables);
    void setSettings(const RecipeGrid &grid, const RecipeAccounts &accounts);
    RecipeGrid grid() const { return m_grid; }
    RecipeAccounts accounts() const { return m_accounts; }
    // Dates typed that do not read as YYYY-MM-DD, as "$.grid.first: …" lines (the grid keeps no date then).
    QStringList problems() const;

Q_SIGNALS:
    void edited();

private:
    struct AccountField
    {
        QString key;              // "start", "name", …
        QComboBox *combo = nullptr;
    };
    void load();
    void fillAccountColumns();
    void readDates();
    QString *accountMember(const QString &key);

    std::vector<EventTableRow> m_tables;
    RecipeGrid m_grid;
    RecipeAccounts m_accounts;
    QSpinBox *m_every = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QComboBox *m_table = nullptr;
    std::vector<AccountField> m_fields;
};

} // namespace tierlab::ui
