#pragma once

#include "recipes/recipeset.h"
#include "tables/tablecolumns.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace tierlab::ui {

// The `where` list of one recipe: one line per condition (column, operator, value), an Add button and
// a remove button per line. Values are typed as text and read for the column's type: a number for a
// number column, true/false for a flag, "YYYY-MM-DD" for a date, any text for a text column; `in` and
// `not_in` take comma-separated values. A value that does not read as its column's type is kept as
// text, so that RecipeSet::check names it with its JSON path.
class WhereEditor : public QWidget
{
    Q_OBJECT

public:
    explicit WhereEditor(QWidget *parent = nullptr);

    // The columns of the recipe's table (the choices of each line's column).
    void setColumns(const std::vector<TableColumnInfo> &columns);
    void setConditions(const std::vector<RecipeCondition> &conditions);
    std::vector<RecipeCondition> conditions() const;
    int count() const { return int(m_lines.size()); }

    // Adds an empty condition on the first column (what the Add button does).
    void addCondition();
    void removeCondition(int line);

    // A line's widgets, for tests: "column", "op" or "value".
    QWidget *lineWidget(int line, const char *part) const;

    // The condition a line's texts give, and back.
    static RecipeCondition conditionFromText(const QString &column, ConditionOp op, const QString &text,
                                             std::optional<ValueType> type);
    static QString textOf(const RecipeCondition &condition, std::optional<ValueType> type);
    static bool isListOp(ConditionOp op) { return op == ConditionOp::In || op == ConditionOp::NotIn; }

Q_SIGNALS:
    void edited();

private:
    struct Line
    {
        QWidget *row = nullptr;
        QComboBox *column = nullptr;
        QComboBox *op = nullptr;
        QLineEdit *value = nullptr;
        QToolButton *remove = nullptr;
    };
    Line makeLine();
    void fillColumns(QComboBox *combo, const QString &current) const;
    void updateHint(const Line &line) const;
    std::optional<ValueType> typeOf(const QString &column) const;

    std::vector<TableColumnInfo> m_columns;
    std::vector<Line> m_lines;
    QVBoxLayout *m_linesLayout = nullptr;
    QPushButton *m_add = nullptr;
    QWidget *m_empty = nullptr;
};

} // namespace tierlab::ui
