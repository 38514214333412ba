#pragma once

#include "io/importsummary.h"

#include <QAbstractTableModel>

#include <vector>

namespace tierlab {

// The rows an import rejected: line, column and reason, in file order.
class RejectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId { LineColumn, ColumnColumn, ReasonColumn, ColumnCount };

    explicit RejectsModel(QObject *parent = nullptr);

    void setRejects(std::vector<ImportReject> rejects);
    const std::vector<ImportReject> &rejects() const { return m_rejects; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ImportReject> m_rejects;
};

} // namespace tierlab
