#include "rejectsmodel.h"

namespace tierlab {

RejectsModel::RejectsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void RejectsModel::setRejects(std::vector<ImportReject> rejects)
{
    beginResetModel();
    m_rejects = std::move(rejects);
    endResetModel();
}

int RejectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rejects.size());
}

int RejectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportReject &r = m_rejects[std::size_t(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case LineColumn:
            // A number, so that a sorting proxy orders 9 before 10.
            return role == Qt::DisplayRole ? QVariant(qlonglong(r.line)) : QVariant(tr("Line %1 of the file").arg(r.line));
        case ColumnColumn:
            return r.column.isEmpty() ? tr("(whole row)") : r.column;
        case ReasonColumn:
            return r.reason;
        }
    } else if (role == Qt::TextAlignmentRole && index.column() == LineColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant RejectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace tierlab
