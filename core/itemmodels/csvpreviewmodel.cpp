#include "csvpreviewmodel.h"

#include "io/csvprofiler.h"

#include <algorithm>

namespace tierlab {

CsvPreviewModel::CsvPreviewModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void CsvPreviewModel::setPreview(QStringList header, std::vector<QStringList> rows, std::vector<std::int64_t> lines)
{
    beginResetModel();
    m_header = std::move(header);
    m_rows = std::move(rows);
    m_lines = std::move(lines);
    m_lines.resize(m_rows.size(), 0);
    // Extra fields in a record get columns of their own, so nothing the reader saw is hidden.
    m_columns = int(m_header.size());
    for (const QStringList &row : m_rows)
        m_columns = std::max(m_columns, int(row.size()));
    endResetModel();
}

void CsvPreviewModel::setProfile(const CsvProfile &profile)
{
    setPreview(profile.header, profile.preview, profile.previewLines);
}

void CsvPreviewModel::clear()
{
    setPreview({}, {}, {});
}

std::int64_t CsvPreviewModel::lineOf(int row) const
{
    return row >= 0 && row < int(m_lines.size()) ? m_lines[std::size_t(row)] : 0;
}

int CsvPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CsvPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CsvPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList &row = m_rows[std::size_t(index.row())];
    const bool mismatch = row.size() != m_header.size();
    switch (role) {
    case Qt::DisplayRole:
        return index.column() < row.size() ? row[index.column()] : QString();
    case Qt::ToolTipRole:
        if (mismatch)
            return tr("Line %1: expected %2 fields, found %3. The import will reject this row.")
                .arg(lineOf(index.row()))
                .arg(m_header.size())
                .arg(row.size());
        return index.column() < row.size() ? row[index.column()] : QString();
    case MismatchRole:
        return mismatch;
    default:
        return {};
    }
}

QVariant CsvPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= int(m_rows.size()))
            return {};
        if (role == Qt::ToolTipRole)
            return tr("Line %1 of the file").arg(lineOf(section));
        return QString::number(lineOf(section));
    }
    if (section < 0 || section >= m_columns)
        return {};
    if (section < m_header.size())
        return m_header[section];
    return tr("(extra field %1)").arg(section + 1);
}

} // namespace tierlab
