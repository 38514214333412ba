#pragma once

#include "store/workspace.h"

#include <QAbstractTableModel>

namespace tierlab {

// The workspace's signal catalogue with each signal's coverage: one row per signal.
class SignalCoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId { SignalColumn, TypeColumn, SourceColumn, CoverageColumn, ColumnCount };
    // Sort role: the raw value (coverage as a fraction) rather than the display text.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SignalCoverageModel(QObject *parent = nullptr);

    void setCoverage(std::vector<SignalCoverage> coverage);
    const std::vector<SignalCoverage> &coverage() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<SignalCoverage> m_rows;
};

} // namespace tierlab
