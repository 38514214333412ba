#include "accountresolver.h"

#include <QCoreApplication>

namespace tierlab {

int AccountResolver::addAccount(const QString &id)
{
    const int index = int(m_ids.size());
    m_ids.push_back(id);
    m_index.insert(id, index);
    return index;
}

Result<AccountResolver> AccountResolver::create(const Workspace &ws, const QString &accountsTable,
                                                const std::atomic<bool> *cancel)
{
    AccountResolver r;
    auto record = ws.eventTable(accountsTable);
    if (!record) {
        if (record.error().code == Error::Code::NotFound)
            return r;
        return std::unexpected(record.error());
    }
    auto table = EventTable::load(ws, accountsTable, {}, cancel);
    if (!table)
        return std::unexpected(table.error());
    if (!table->record.via.isEmpty())
        return fail(QCoreApplication::translate("AccountResolver", "%1: the accounts table \"%2\" must be keyed by account id, not through --via")
                        .arg(ws.path(), accountsTable),
                    Error::Code::Invalid);
    r.m_accounts = std::make_unique<EventTable>(std::move(*table));
    const EventColumn &key = r.m_accounts->columns[std::size_t(r.m_accounts->keyColumn())];
    std::vector<int> accountOfCode(key.dictionary.size(), -1);
    for (std::size_t row = 0; row < r.m_accounts->rows; ++row) {
        const std::int32_t code = key.codes[row];
        if (code < 0)
            continue;
        int &account = accountOfCode[std::size_t(code)];
        if (account < 0) {
            account = r.addAccount(key.dictionary[std::size_t(code)]);
            r.m_accountsRow.push_back(std::int32_t(row));
        } else {
            r.m_accountsRow[std::size_t(account)] = std::int32_t(row);
        }
    }
    return r;
}

Result<std::vector<std::int32_t>> AccountResolver::resolve(const Workspace &ws, const EventTable &table, KeyCoverage *coverage)
{
    const int keyCol = table.keyColumn();
    if (keyCol < 0 || !table.columns[std::size_t(keyCol)].loaded)
        return fail(QCoreApplication::translate("AccountResolver", "%1: table \"%2\" has no key column \"%3\"")
                        .arg(ws.path(), table.record.name, table.record.keyColumn),
                    Error::Code::Corrupt);
    const EventColumn &key = table.columns[std::size_t(keyCol)];
    // Each distinct key value resolves once.
    std::vector<int> accountOfCode(key.dictionary.size(), -1);
    if (table.record.via.isEmpty()) {
        for (std::size_t code = 0; code < key.dictionary.size(); ++code) {
            int account = accountOf(key.dictionary[code]);
            if (account < 0 && !hasAccountsTable())
                account = addAccount(key.dictionary[code]);
            accountOfCode[code] = account;
        }
    } else {
        auto via = EventTable::load(ws, table.record.via, {table.record.keyColumn});
        if (!via)
            return fail(QCoreApplication::translate("AccountResolver", "%1: table \"%2\" is keyed through \"%3\": %4")
                            .arg(ws.path(), table.record.name, table.record.via, via.error().message),
                        via.error().code);
        if (!via->record.via.isEmpty())
            return fail(QCoreApplication::translate("AccountResolver", "%1: table \"%2\" is keyed through \"%3\", which is itself keyed through another table; --via needs a table keyed by account id")
                            .arg(ws.path(), table.record.name, table.record.via),
                        Error::Code::Invalid);
        const int viaCol = via->columnIndex(table.record.keyColumn);
        if (viaCol < 0)
            return fail(QCoreApplication::translate("AccountResolver", "%1: table \"%2\" is keyed through \"%3\", which has no column \"%4\"")
                            .arg(ws.path(), table.record.name, table.record.via, table.record.keyColumn),
                        Error::Code::Invalid);
        auto viaAccounts = resolve(ws, *via);
        if (!viaAccounts)
            return std::unexpected(viaAccounts.error());
        const EventColumn &viaKey = via->columns[std::size_t(viaCol)];
        QHash<QString, int> accountOfValue;
        for (std::size_t row = 0; row < via->rows; ++row) {
            const std::int32_t code = viaKey.isText() ? viaKey.codes[row] : -1;
            if (code >= 0 && !accountOfValue.contains(viaKey.dictionary[std::size_t(code)]))
                accountOfValue.insert(viaKey.dictionary[std::size_t(code)], (*viaAccounts)[row]);
        }
        for (std::size_t code = 0; code < key.dictionary.size(); ++code)
            accountOfCode[code] = accountOfValue.value(key.dictionary[code], -1);
    }

    std::vector<std::int32_t> out(table.rows, -1);
    std::vector<std::uint8_t> listed(coverage ? key.dictionary.size() : 0, 0);
    for (std::size_t row = 0; row < table.rows; ++row) {
        const std::int32_t code = key.codes[row];
        if (code < 0)
            continue;
        out[row] = accountOfCode[std::size_t(code)];
        if (coverage && out[row] < 0) {
            ++coverage->rowsUnmatched;
            if (!listed[std::size_t(code)]) {
                listed[std::size_t(code)] = 1;
                if (coverage->unmatched.size() < KeyCoverage::kMaxListed)
                    coverage->unmatched.append(key.dictionary[std::size_t(code)]);
            }
        }
    }
    if (coverage) {
        coverage->keys = std::int64_t(key.dictionary.size());
        for (int account : accountOfCode)
            ++(account >= 0 ? coverage->keysMatched : coverage->keysUnmatched);
    }
    return out;
}

} // namespace tierlab
