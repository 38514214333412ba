#include "accountfilterproxy.h"

#include "itemmodels/accountsmodel.h"

#include <cmath>

namespace tierlab {

AccountFilterProxy::AccountFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
    setSortRole(AccountsModel::SortRole);
}

void AccountFilterProxy::setAccounts(AccountsModel *accounts)
{
    m_accounts = accounts;
    setSourceModel(accounts);
    // Names resolve to codes per snapshot: a new snapshot may number its CSMs differently.
    connect(accounts, &QAbstractItemModel::modelReset, this, [this] {
        resolveCodes();
        invalidate();
    });
    resolveCodes();
}

void AccountFilterProxy::resolveCodes()
{
    m_csmCode = -1;
    m_segmentCode = -1;
    if (!m_accounts || m_accounts->rowCount() == 0)
        return;
    // Resolve each name to its code once (first row that has it), so that filtering compares ints.
    const int rows = m_accounts->rowCount();
    if (!m_csm.isEmpty()) {
        m_csmCode = -2;
        for (int r = 0; r < rows; ++r)
            if (m_accounts->text(r, AccountsModel::CsmColumn) == m_csm) {
                m_csmCode = m_accounts->csmCode(r);
                break;
            }
    }
    if (!m_segment.isEmpty()) {
        m_segmentCode = -2;
        for (int r = 0; r < rows; ++r)
            if (m_accounts->text(r, AccountsModel::SegmentColumn) == m_segment) {
                m_segmentCode = m_accounts->segmentCode(r);
                break;
            }
    }
}

void AccountFilterProxy::setTierFilter(int tier)
{
    m_tier = tier;
    invalidateFilter();
}

void AccountFilterProxy::setCsmFilter(const QString &csm)
{
    m_csm = csm;
    resolveCodes();
    invalidateFilter();
}

void AccountFilterProxy::setSegmentFilter(const QString &segment)
{
    m_segment = segment;
    resolveCodes();
    invalidateFilter();
}

void AccountFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

void AccountFilterProxy::setChangedOnly(bool changedOnly)
{
    m_changedOnly = changedOnly;
    invalidateFilter();
}

void AccountFilterProxy::refresh()
{
    invalidate();
}

bool AccountFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_accounts)
        return false;
    if (m_tier != kAnyTier && m_accounts->tier(sourceRow) != m_tier)
        return false;
    if (m_csmCode != -1 && m_accounts->csmCode(sourceRow) != m_csmCode)
        return false;
    if (m_segmentCode != -1 && m_accounts->segmentCode(sourceRow) != m_segmentCode)
        return false;
    if (m_changedOnly && m_accounts->tier(sourceRow) == m_accounts->baselineTier(sourceRow))
        return false;
    if (!m_search.isEmpty()
        && !m_accounts->text(sourceRow, AccountsModel::AccountColumn).contains(m_search, Qt::CaseInsensitive)
        && !m_accounts->text(sourceRow, AccountsModel::NameColumn).contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool AccountFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_accounts)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    const int a = left.row();
    const int b = right.row();
    if (column == AccountsModel::TierColumn)
        return m_accounts->tier(a) < m_accounts->tier(b);
    if (column == AccountsModel::BaselineTierColumn)
        return m_accounts->baselineTier(a) < m_accounts->baselineTier(b);
    if (m_accounts->isNumericColumn(column)) {
        // Missing values sort below every number.
        const double x = m_accounts->number(a, column);
        const double y = m_accounts->number(b, column);
        if (std::isnan(x) || std::isnan(y))
            return std::isnan(x) && !std::isnan(y);
        return x < y;
    }
    return QString::compare(m_accounts->text(a, column), m_accounts->text(b, column), Qt::CaseInsensitive) < 0;
}

} // namespace tierlab
