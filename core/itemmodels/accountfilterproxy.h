#pragma once

#include <QSortFilterProxyModel>

namespace tierlab {

class AccountsModel;

// Sorts and filters the designer's accounts: tier, CSM, segment, "tier changed" and a text search
// on account id and name. Comparisons read AccountsModel's raw values, not QVariants, so sorting a
// million rows stays reasonable. Re-sorting after a re-score is the caller's call (invalidate()):
// dynamic sorting would reorder the table under the user on every slider step.
class AccountFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int kAnyTier = -2;   // -1 = unscored, 0… = a tier index

    explicit AccountFilterProxy(QObject *parent = nullptr);

    void setAccounts(AccountsModel *accounts);

    void setTierFilter(int tier);
    int tierFilter() const { return m_tier; }
    void setCsmFilter(const QString &csm);        // empty: any
    void setSegmentFilter(const QString &segment);
    void setSearchText(const QString &text);
    void setChangedOnly(bool changedOnly);        // tier differs from the baseline's
    void refresh();                               // re-applies filter and sort after a re-score

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void resolveCodes();

    AccountsModel *m_accounts = nullptr;
    int m_tier = kAnyTier;
    QString m_csm;
    QString m_segment;
    int m_csmCode = -1;
    int m_segmentCode = -1;
    QString m_search;
    bool m_changedOnly = false;
};

} // namespace tierlab
