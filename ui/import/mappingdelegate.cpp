#include "mappingdelegate.h"

#include "itemmodels/columnmappingmodel.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace tierlab::ui {

QWidget *MappingDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ColumnMappingModel *>(index.model());
    if (!model || (index.column() != ColumnMappingModel::TypeColumn && index.column() != ColumnMappingModel::RoleColumn))
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setFrame(false);
    if (index.column() == ColumnMappingModel::RoleColumn) {
        combo->setObjectName(QStringLiteral("roleCombo"));
        for (ColumnRole role : ColumnMappingModel::roleChoices(model->mapping().kind))
            combo->addItem(ColumnMappingModel::roleLabel(role), int(role));
    } else {
        combo->setObjectName(QStringLiteral("typeCombo"));
        const ColumnMapping &c = model->mapping().columns[std::size_t(index.row())];
        for (ValueType type : ColumnMappingModel::typeChoices(c.role))
            combo->addItem(ColumnMappingModel::typeLabel(type), int(type));
    }
    // A pick is applied at once: the table and the page's checks follow the choice.
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        auto *self = const_cast<MappingDelegate *>(this);
        Q_EMIT self->commitData(combo);
    });
    return combo;
}

void MappingDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void MappingDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace tierlab::ui
