#include "signalcoveragemodel.h"

namespace tierlab {

SignalCoverageModel::SignalCoverageModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void SignalCoverageModel::setCoverage(std::vector<SignalCoverage> coverage)
{
    beginResetModel();
    m_rows = std::move(coverage);
    endResetModel();
}

int SignalCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SignalCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SignalCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SignalCoverage &row = m_rows[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SignalColumn:
            return row.info.label.isEmpty() ? row.info.id : row.info.label;
        case TypeColumn:
            switch (row.info.type) {
            case SignalType::Number:
                return tr("number");
            case SignalType::Category:
                return tr("category");
            case SignalType::Flag:
                return tr("flag");
            }
            return {};
        case SourceColumn:
            return row.info.originalName;
        case CoverageColumn:
            return tr("%1 %").arg(row.coverage * 100.0, 0, 'f', 1);
        }
    } else if (role == SortRole) {
        switch (index.column()) {
        case SignalColumn:
            return row.info.label.isEmpty() ? row.info.id : row.info.label;
        case TypeColumn:
            return signalTypeName(row.info.type);
        case SourceColumn:
            return row.info.originalName;
        case CoverageColumn:
            return row.coverage;
        }
    } else if (role == Qt::ToolTipRole && index.column() == SignalColumn) {
        return tr("Signal id: %1").arg(row.info.id);
    } else if (role == Qt::TextAlignmentRole && index.column() == CoverageColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant SignalCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SignalColumn:
        return tr("Signal");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source column");
    case CoverageColumn:
        return tr("Coverage");
    }
    return {};
}

} // namespace tierlab
