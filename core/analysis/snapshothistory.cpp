#include "analysis/snapshothistory.h"

namespace tierlab {

Result<std::shared_ptr<const SnapshotHistory>> SnapshotHistory::load(const Workspace &workspace,
                                                                     const HistoryLoadOptions &options)
{
    auto history = std::make_shared<SnapshotHistory>();
    auto outcomes = workspace.outcomes();
    if (!outcomes)
        return std::unexpected(outcomes.error());
    history->m_outcomes = std::move(*outcomes);

    // Account indices in order of first appearance; each snapshot's rows recorded as its accounts'
    // indices, turned into the dense week × account table once the number of accounts is known.
    std::vector<std::vector<std::int32_t>> accountOfRow;
    auto done = workspace.forEachSnapshot([&](Dataset &&week, int index, int total) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return false;
        std::vector<std::int32_t> accountsHere(week.size());
        for (std::size_t r = 0; r < week.size(); ++r) {
            auto it = history->m_accountIndex.constFind(week.accountIds[r]);
            if (it == history->m_accountIndex.constEnd()) {
                it = history->m_accountIndex.insert(week.accountIds[r], int(history->m_accountIds.size()));
                history->m_accountIds.push_back(week.accountIds[r]);
            }
            accountsHere[r] = *it;
        }
        accountOfRow.push_back(std::move(accountsHere));
        history->m_dates.push_back(week.asOf);
        history->m_weeks.push_back(std::make_shared<const Dataset>(std::move(week)));
        if (options.progress)
            options.progress(index + 1, total);
        return true;
    });
    if (!done) {
        if (done.error().code == Error::Code::Cancelled)
            return fail(tr("Loading the history was cancelled."), Error::Code::Cancelled);
        return std::unexpected(done.error());
    }
    const std::size_t accounts = history->m_accountIds.size();
    history->m_rows.assign(accounts * accountOfRow.size(), -1);
    for (std::size_t w = 0; w < accountOfRow.size(); ++w) {
        std::int32_t *rows = history->m_rows.data() + w * accounts;
        for (std::size_t r = 0; r < accountOfRow[w].size(); ++r)
            rows[std::size_t(accountOfRow[w][r])] = std::int32_t(r);
    }
    return std::shared_ptr<const SnapshotHistory>(std::move(history));
}

std::span<const std::int32_t> SnapshotHistory::rows(std::size_t week) const
{
    const std::size_t n = m_accountIds.size();
    return {m_rows.data() + week * n, n};
}

std::size_t SnapshotHistory::memoryBytes() const
{
    std::size_t bytes = m_rows.size() * sizeof(std::int32_t);
    for (const auto &w : m_weeks) {
        bytes += w->size() * (2 * sizeof(QString) + 2 * sizeof(std::int32_t) + sizeof(double) + sizeof(std::int64_t));
        for (const Column &c : w->columns)
            bytes += c.numbers.size() * sizeof(double) + c.codes.size() * sizeof(std::int32_t);
    }
    return bytes;
}

} // namespace tierlab
