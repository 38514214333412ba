#pragma once

#include <QStyledItemDelegate>

namespace tierlab::ui {

// Combo boxes for the mapping table's Type and Role columns (ColumnMappingModel): the choices
// depend on the row (a role that fixes the type offers no choice) and a pick commits at once.
class MappingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace tierlab::ui
