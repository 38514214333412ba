#include "accountfilterproxy.h"

#include "itemmodels/accountsmodel.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <type_traits>
#include <utility>

namespace tierlab {

AccountFilterProxy::AccountFilterProxy(QObject *parent) : QAbstractProxyModel(parent) {}

void AccountFilterProxy::setAccounts(AccountsModel *accounts)
{
    beginResetModel();
    if (m_accounts)
        disconnect(m_accounts, nullptr, this, nullptr);
    m_accounts = accounts;
    setSourceModel(accounts);
    // AccountsModel changes rows only by a reset (a new snapshot); names resolve to codes per
    // snapshot, since a new snapshot may number its CSMs differently.
    connect(accounts, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); });
    connect(accounts, &QAbstractItemModel::modelReset, this, [this] {
        m_textRanks.clear();
        resolveCodes();
        sortRows();
        filterRows();
        endResetModel();
    });
    // Values change in place: the rows stay where they are until refresh() (no dynamic sort).
    connect(accounts, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to, const QList<int> &roles) {
                if (!m_rows.empty())
                    Q_EMIT dataChanged(index(0, from.column()), index(int(m_rows.size()) - 1, to.column()), roles);
            });
    connect(accounts, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    // A view may outlive the source (siblings are deleted in order): then the proxy is empty.
    connect(accounts, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_accounts = nullptr;
        m_sorted.clear();
        m_rows.clear();
        m_proxyRow.clear();
        m_textRanks.clear();
        endResetModel();
    });
    m_textRanks.clear();
    resolveCodes();
    sortRows();
    filterRows();
    endResetModel();
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
    relayout(false);
}

void AccountFilterProxy::setCsmFilter(const QString &csm)
{
    m_csm = csm;
    resolveCodes();
    relayout(false);
}

void AccountFilterProxy::setSegmentFilter(const QString &segment)
{
    m_segment = segment;
    resolveCodes();
    relayout(false);
}

void AccountFilterProxy::setVariantFilter(int variant)
{
    m_variant = variant;
    relayout(false);
}

void AccountFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    relayout(false);
}

void AccountFilterProxy::setChangedOnly(bool changedOnly)
{
    m_changedOnly = changedOnly;
    relayout(false);
}

void AccountFilterProxy::refresh()
{
    relayout(true);
}

void AccountFilterProxy::sort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    m_sortOrder = order;
    relayout(true);
}

bool AccountFilterProxy::accepts(int sourceRow) const
{
    if (m_tier != kAnyTier && m_accounts->tier(sourceRow) != m_tier)
        return false;
    if (m_csmCode != -1 && m_accounts->csmCode(sourceRow) != m_csmCode)
        return false;
    if (m_segmentCode != -1 && m_accounts->segmentCode(sourceRow) != m_segmentCode)
        return false;
    if (m_variant != kAnyVariant && m_accounts->variant(sourceRow) != m_variant)
        return false;
    if (m_changedOnly && m_accounts->tier(sourceRow) == m_accounts->baselineTier(sourceRow))
        return false;
    if (!m_search.isEmpty()
        && !m_accounts->text(sourceRow, AccountsModel::AccountColumn).contains(m_search, Qt::CaseInsensitive)
        && !m_accounts->text(sourceRow, AccountsModel::NameColumn).contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

const std::vector<int> &AccountFilterProxy::textRanks(int column)
{
    if (m_textRanks.size() <= std::size_t(column))
        m_textRanks.resize(std::size_t(column) + 1);
    std::vector<int> &rank = m_textRanks[std::size_t(column)];
    const int n = m_accounts->rowCount();
    if (int(rank.size()) == n)
        return rank;
    std::vector<QString> texts(static_cast<std::size_t>(n));
    for (int r = 0; r < n; ++r)
        texts[std::size_t(r)] = m_accounts->text(r, column);
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&texts](int a, int b) {
        return QString::compare(texts[std::size_t(a)], texts[std::size_t(b)], Qt::CaseInsensitive) < 0;
    });
    rank.assign(std::size_t(n), 0);
    int current = 0;
    for (std::size_t i = 1; i < order.size(); ++i) {
        if (QString::compare(texts[std::size_t(order[i - 1])], texts[std::size_t(order[i])], Qt::CaseInsensitive) != 0)
            ++current;
        rank[std::size_t(order[i])] = current;
    }
    return rank;
}

void AccountFilterProxy::sortRows()
{
    const int n = m_accounts ? m_accounts->rowCount() : 0;
    m_sorted.resize(std::size_t(n));
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    if (n == 0 || m_sortColumn < 0 || m_sortColumn >= AccountsModel::ColumnCount)
        return;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    // Descending compares the other way round (not a reversed ascending order), so that equal
    // keys keep the source order either way.
    // (key, row) pairs sort contiguously in memory, about twice as fast as rows looking keys up.
    const auto sortBy = [&](const auto &key, auto less) {
        using Key = std::decay_t<decltype(key[0])>;
        std::vector<std::pair<Key, int>> pairs(static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r)
            pairs[std::size_t(r)] = {key[std::size_t(r)], r};
        if (descending)
            std::stable_sort(pairs.begin(), pairs.end(), [&](const auto &a, const auto &b) { return less(b.first, a.first); });
        else
            std::stable_sort(pairs.begin(), pairs.end(), [&](const auto &a, const auto &b) { return less(a.first, b.first); });
        for (int i = 0; i < n; ++i)
            m_sorted[std::size_t(i)] = pairs[std::size_t(i)].second;
    };
    if (m_sortColumn == AccountsModel::TierColumn || m_sortColumn == AccountsModel::BaselineTierColumn) {
        std::vector<int> key(static_cast<std::size_t>(n));
        const bool baseline = m_sortColumn == AccountsModel::BaselineTierColumn;
        for (int r = 0; r < n; ++r)
            key[std::size_t(r)] = baseline ? m_accounts->baselineTier(r) : m_accounts->tier(r);
        sortBy(key, std::less<int>());
    } else if (m_accounts->isNumericColumn(m_sortColumn)) {
        std::vector<double> key(static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r)
            key[std::size_t(r)] = m_accounts->number(r, m_sortColumn);
        // Missing values sort below every number.
        sortBy(key, [](double x, double y) {
            if (std::isnan(x) || std::isnan(y))
                return std::isnan(x) && !std::isnan(y);
            return x < y;
        });
    } else {
        sortBy(textRanks(m_sortColumn), std::less<int>());
    }
}

void AccountFilterProxy::filterRows()
{
    const int n = m_accounts ? m_accounts->rowCount() : 0;
    m_rows.clear();
    m_rows.reserve(m_sorted.size());
    m_proxyRow.assign(std::size_t(n), -1);
    for (const int source : m_sorted) {
        if (!accepts(source))
            continue;
        m_proxyRow[std::size_t(source)] = int(m_rows.size());
        m_rows.push_back(source);
    }
}

void AccountFilterProxy::relayout(bool resort)
{
    if (!m_accounts)
        return;
    const QAbstractItemModel::LayoutChangeHint hint = resort ? VerticalSortHint : NoLayoutChangeHint;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    QModelIndexList sources;
    sources.reserve(from.size());
    for (const QModelIndex &p : from)
        sources.push_back(mapToSource(p));
    if (resort)
        sortRows();
    filterRows();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &s : sources)
        to.push_back(mapFromSource(s));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
}

QModelIndex AccountFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= int(m_rows.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex AccountFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

int AccountFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_accounts ? 0 : m_accounts->columnCount();
}

bool AccountFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0 && columnCount(parent) > 0;
}

QModelIndex AccountFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_accounts || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_accounts->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex AccountFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_accounts || !sourceIndex.isValid() || sourceIndex.model() != m_accounts
        || sourceIndex.row() >= int(m_proxyRow.size()))
        return {};
    const int row = m_proxyRow[std::size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant AccountFilterProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Columns are the source's own; rows are numbered by the source row they show.
    if (!m_accounts)
        return {};
    if (orientation == Qt::Horizontal)
        return m_accounts->headerData(section, orientation, role);
    if (section < 0 || section >= int(m_rows.size()))
        return {};
    return m_accounts->headerData(m_rows[std::size_t(section)], orientation, role);
}

} // namespace tierlab
