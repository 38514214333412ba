#pragma once

#include "model/modeldiff.h"

#include <QAbstractTableModel>

#include <vector>

namespace tierlab {

// The differences between two models (ModelDiff) as a table: change (a text mark: "+ added",
// "- removed", "~ changed"), section, item, field, before, after, in ModelDiff's order (grouped by
// section). Colours are the view's business: KindRole gives the kind to colour by.
class ModelDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId { KindColumn, SectionColumn, ItemColumn, FieldColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole,   // int(ModelChange::Kind)
        // Sorting: the section's position in ModelDiff's order for the section column, the row's
        // original position for the change column, else the text.
        SortRole,
    };

    explicit ModelDiffModel(QObject *parent = nullptr);

    void setModels(const Model &before, const Model &after);
    void setChanges(std::vector<ModelChange> changes);
    const std::vector<ModelChange> &changes() const { return m_changes; }

    // "N differences: 2 weights, 1 rule, …", or that the models are identical.
    QString summary() const;
    // ModelDiff::toText of the changes (the "Copy as text" form).
    QString toText() const;

    static QString kindMark(ModelChange::Kind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ModelChange> m_changes;
};

} // namespace tierlab
