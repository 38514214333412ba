#pragma once

#include "charts/plotheader.h"

#include "model/model.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tierlab::ui {

// Edits the penalties (points off when a condition holds) and overrides (a cap on the score, with
// a reason) as one table: kind, column, operator, value, points or cap, label or reason.
class ConditionsDialog : public QDialog
{
    Q_OBJECT

public:
    enum ColumnId { KindColumn, ColumnColumn, OpColumn, ValueColumn, AmountColumn, TextColumn, ColumnCount };

    ConditionsDialog(const std::vector<Penalty> &penalties, const std::vector<Override> &overrides,
                     QWidget *parent = nullptr);

    std::vector<Penalty> penalties() const;
    std::vector<Override> overrides() const;
    QTableWidget *table() const { return m_table; }
    void addRow(bool isOverride);

    // "12" → number, "yes"/"no"/"true"/"false" → flag, anything else → text.
    static RuleValue parseValue(const QString &text);
    static QString valueText(const RuleValue &value);

private:
    void setRow(int row, bool isOverride, const QString &column, CompareOp op, const RuleValue &value,
                std::optional<double> amount, const QString &text, const QString &id = {}, const QByteArray &extra = {},
                const QString &capTier = {});
    QString rowId(int row, const QString &column, const QString &prefix) const;

    QTableWidget *m_table = nullptr;
};

} // namespace tierlab::ui
