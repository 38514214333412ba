#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tierlab {

struct CsvProfile;

// The first rows of a CSV file as the reader parsed them: one row per record, the header as the
// column titles and each record's physical line number as the row title. A record with the wrong
// number of fields is marked (MismatchRole, tooltip): the import will reject it.
class CsvPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // True on every cell of a record whose field count differs from the header's.
    static constexpr int MismatchRole = Qt::UserRole + 1;

    explicit CsvPreviewModel(QObject *parent = nullptr);

    void setPreview(QStringList header, std::vector<QStringList> rows, std::vector<std::int64_t> lines);
    void setProfile(const CsvProfile &profile);
    void clear();

    const QStringList &header() const { return m_header; }
    std::int64_t lineOf(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    std::vector<QStringList> m_rows;
    std::vector<std::int64_t> m_lines;
    int m_columns = 0;
};

} // namespace tierlab
