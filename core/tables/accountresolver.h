#pragma once

#include "common/error.h"
#include "tables/eventtable.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace tierlab {

// How the keys of one table met the accounts.
struct KeyCoverage
{
    std::int64_t keys = 0;            // distinct key values
    std::int64_t keysMatched = 0;
    std::int64_t keysUnmatched = 0;
    std::int64_t rowsUnmatched = 0;
    QStringList unmatched;            // the first kMaxListed unmatched keys, in file order
    static constexpr int kMaxListed = 20;
};

// Which account each row of an event table belongs to. The accounts are the keys of the accounts
// table when the workspace has one (an event table of that name); otherwise every key of a table
// keyed by account is an account. A table imported with `via` reaches its account through the
// other table: its key is looked up in that table's column of the same name, whose row names the
// account (the first row with that value wins).
class AccountResolver
{
public:
    static Result<AccountResolver> create(const Workspace &ws, const QString &accountsTable = QStringLiteral("accounts"),
                                          const std::atomic<bool> *cancel = nullptr);

    bool hasAccountsTable() const { return m_accounts != nullptr; }
    // The accounts table with every column loaded; null when there is none.
    const EventTable *accountsTable() const { return m_accounts.get(); }
    // Its row for each account (the last row with that key).
    std::int32_t accountsTableRow(int account) const { return m_accountsRow[std::size_t(account)]; }
    const std::vector<QString> &accountIds() const { return m_ids; }
    int accountOf(const QString &id) const { return m_index.value(id, -1); }

    // The account of every row of `table` (its key column loaded), -1 where the key resolves to none.
    // Without an accounts table, new keys of a table keyed by account become accounts.
    Result<std::vector<std::int32_t>> resolve(const Workspace &ws, const EventTable &table, KeyCoverage *coverage = nullptr);

private:
    int addAccount(const QString &id);
    std::unique_ptr<EventTable> m_accounts;
    std::vector<std::int32_t> m_accountsRow;
    std::vector<QString> m_ids;
    QHash<QString, int> m_index;
};

} // namespace tierlab
