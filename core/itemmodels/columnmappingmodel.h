#pragma once

#include "io/importmapping.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace tierlab {

// The import wizard's mapping table: one row per CSV column with its detected type, its role and,
// for a signal, its id. Role, type and signal id are editable; the model keeps the mapping
// consistent: a role that only one column can have (account id, as_of, …) moves to the newly
// chosen column and the previous one is ignored; a role that fixes the type (dates, ARR) sets it.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId { HeaderColumn, ExamplesColumn, TypeColumn, RoleColumn, SignalIdColumn, ColumnCount };
    // On TypeColumn and RoleColumn, Qt::EditRole is the enum value as an int.

    explicit ColumnMappingModel(QObject *parent = nullptr);

    // `examples`: a few distinct values per column (ColumnProfile::examples()), may be empty.
    void setMapping(ImportMapping mapping, std::vector<QStringList> examples = {});
    const ImportMapping &mapping() const { return m_mapping; }
    // Mapping-wide settings edited beside the table (they do not change the rows).
    void setAsOf(QDate asOf) { m_mapping.asOf = asOf; }
    void setLabelPositive(const QString &value) { m_mapping.labelPositive = value; }
    void setDefaultOutcomeKind(OutcomeKind kind) { m_mapping.defaultOutcomeKind = kind; }

    int rowOf(const QString &header) const;   // -1 if absent
    bool setRole(int row, ColumnRole role);
    bool setType(int row, ValueType type);
    QStringList examples(int row) const;

    // The roles offered for a kind of file, in menu order; the types a column with `role` may have.
    static std::vector<ColumnRole> roleChoices(ImportKind kind);
    static std::vector<ValueType> typeChoices(ColumnRole role);
    static QString roleLabel(ColumnRole role);
    static QString typeLabel(ValueType type);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A role, type or signal id changed (the wizard re-checks what the mapping still needs).
    void mappingChanged();

private:
    void emitRowChanged(int row);

    ImportMapping m_mapping;
    std::vector<QStringList> m_examples;
    std::vector<ValueType> m_detected;   // the types as first set, restored when a role allows them again
};

} // namespace tierlab
