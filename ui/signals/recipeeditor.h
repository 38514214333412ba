#pragma once

#include "itemmodels/eventtablesmodel.h"
#include "recipes/recipeset.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tierlab::ui {

class WhereEditor;

// Edits one signal recipe: its id, its kind (an aggregation over a table's rows, or derived from other
// signals), table, aggregation, column (only the columns the aggregation accepts), `where`, window, or
// expression, `of` and weeks; and its role. Every change updates recipe() and emits edited(); whether
// the recipe holds is for RecipeSet::parse and check to say.
class RecipeEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Aggregation, Derived };

    explicit RecipeEditor(QWidget *parent = nullptr);

    void setTables(const std::vector<EventTableRow> &tables);
    // `otherIds`: the other recipes' ids, what a derived signal can read.
    void setRecipe(const SignalRecipe &recipe, const QStringList &otherIds);
    void setOtherIds(const QStringList &otherIds);
    const SignalRecipe &recipe() const { return m_recipe; }

    // Which columns an aggregation reads: sum, mean and open_sum numbers (flags count as numbers);
    // min and max numbers or dates; distinct and last any column; the others none.
    static bool acceptsColumn(Aggregation agg, ValueType type);

Q_SIGNALS:
    void edited();

private:
    void load();
    void fillTables();
    void fillColumns(bool keepCurrent);
    void fillOf();
    void updateRows();
    void changed();
    const EventTableRow *currentTable() const;

    std::vector<EventTableRow> m_tables;
    QStringList m_otherIds;
    SignalRecipe m_recipe;

    QFormLayout *m_form = nullptr;
    QLineEdit *m_id = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_table = nullptr;
    QComboBox *m_agg = nullptr;
    QComboBox *m_column = nullptr;
    WhereEditor *m_where = nullptr;
    QSpinBox *m_window = nullptr;
    QComboBox *m_expr = nullptr;
    QWidget *m_ofRow = nullptr;
    QComboBox *m_ofA = nullptr;
    QLabel *m_ofSeparator = nullptr;
    QComboBox *m_ofB = nullptr;
    QSpinBox *m_weeks = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_help = nullptr;
};

} // namespace tierlab::ui
