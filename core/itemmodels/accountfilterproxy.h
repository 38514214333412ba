#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace tierlab {

class AccountsModel;

// Sorts and filters the designer's accounts: tier, CSM, segment, "tier changed" and a text search
// on account id and name. A proxy over a permutation rather than a QSortFilterProxyModel: a sort
// reads each row's key once into an array and std::stable_sorts row numbers by it (tens of
// milliseconds for 100 k rows, where lessThan through model indices took a second), and a filter
// change walks the sorted rows once. Ties keep the source order, as QSortFilterProxyModel's did.
// Re-sorting after a re-score is the caller's call (refresh()): sorting on every slider step
// would reorder the table under the user.
class AccountFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    static constexpr int kAnyTier = -2;   // -1 = unscored, 0… = a tier index
    static constexpr int kAnyVariant = -1;

    explicit AccountFilterProxy(QObject *parent = nullptr);

    void setAccounts(AccountsModel *accounts);

    void setTierFilter(int tier);
    int tierFilter() const { return m_tier; }
    void setCsmFilter(const QString &csm);        // empty: any
    void setSegmentFilter(const QString &segment);
    // The accounts one segment variant of the model scores (AccountsModel::variant: 0 the base, v + 1
    // variant v), as the designer's segment selector chooses; kAnyVariant: every account.
    void setVariantFilter(int variant);
    int variantFilter() const { return m_variant; }
    void setSearchText(const QString &text);
    void setChangedOnly(bool changedOnly);        // tier differs from the baseline's
    void refresh();                               // re-applies filter and sort after a re-score
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void resolveCodes();
    bool accepts(int sourceRow) const;
    void sortRows();
    void filterRows();
    // Re-sorts (when asked) and re-filters, moving the persistent indices (selection, current row).
    void relayout(bool resort);
    const std::vector<int> &textRanks(int column);

    AccountsModel *m_accounts = nullptr;
    int m_tier = kAnyTier;
    QString m_csm;
    QString m_segment;
    int m_csmCode = -1;
    int m_segmentCode = -1;
    int m_variant = kAnyVariant;
    QString m_search;
    bool m_changedOnly = false;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_sorted;     // every source row, in sort order
    std::vector<int> m_rows;       // proxy row → source row (the accepted rows of m_sorted)
    std::vector<int> m_proxyRow;   // source row → proxy row, -1 when filtered out
    // Per text column, each source row's rank in case-insensitive order (equal texts share one):
    // the texts do not change with the scores, so a snapshot sorts them once.
    std::vector<std::vector<int>> m_textRanks;
};

} // namespace tierlab
