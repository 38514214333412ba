#include "signalcomputer.h"

#include "common/computepool.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>

namespace tierlab {

namespace {

constexpr std::int32_t kOpenEnd = std::numeric_limits<std::int32_t>::max();
constexpr std::int64_t kNoDay = std::numeric_limits<std::int64_t>::min();

std::int64_t mondayOnOrAfter(std::int64_t day)
{
    // QDate::dayOfWeek: Monday = 1. Julian day 0 was a Monday: (jd % 7) == 0 on Mondays.
    const std::int64_t r = ((day % 7) + 7) % 7;
    return r == 0 ? day : day + (7 - r);
}

} // namespace

struct SignalComputer::PreparedTable
{
    EventTable table;
    std::vector<std::int32_t> account;      // per row, -1 unmatched
    std::vector<std::int32_t> order;        // matched rows by account, then time, then file order;
                                            // freed once the columns are put in that order
    std::vector<std::int32_t> offsets;      // per account: its range of positions (`order`)
    std::vector<std::int32_t> day;          // per position in `order`: the calendar date (julian day)
    std::vector<std::int32_t> endDay;       // per position in `order`: end date, kOpenEnd when open;
                                            // empty for a table without an end column
};

struct SignalComputer::PreparedRecipe
{
    int table = -1;
    int column = -1;                        // the value column, -1 when none is read
    std::vector<std::uint8_t> pass;         // per row: `where` holds and the value is present; empty = all pass
    const std::vector<QString> *dictionary = nullptr;   // text `last`: the column's dictionary
    int stepBack = 0;                       // change / pct_change / slope: grid steps in `weeks`
};

SignalComputer::SignalComputer() = default;
SignalComputer::~SignalComputer() = default;

const QString &SignalComputer::text(int signal, double code) const
{
    static const QString none;
    const auto *dict = m_prepared[std::size_t(signal)]->dictionary;
    if (!dict || !(code >= 0) || code >= double(dict->size()))
        return none;
    return (*dict)[std::size_t(code)];
}

AccountRecord SignalComputer::accountRecord(int account) const
{
    AccountRecord r;
    r.id = accountId(account);
    const EventTable *t = m_resolver.accountsTable();
    if (!t)
        return r;
    const auto row = std::size_t(m_resolver.accountsTableRow(account));
    const auto textOf = [&](const QString &column) -> QString {
        const int c = column.isEmpty() ? -1 : t->columnIndex(column);
        if (c < 0)
            return {};
        const EventColumn &col = t->columns[std::size_t(c)];
        if (col.isText())
            return col.codes[row] < 0 ? QString() : col.dictionary[std::size_t(col.codes[row])];
        const double v = col.numbers[row];
        return std::isnan(v) ? QString() : QString::number(v, 'g', 17);
    };
    const auto numberOf = [&](const QString &column) -> double {
        const int c = column.isEmpty() ? -1 : t->columnIndex(column);
        if (c < 0 || t->columns[std::size_t(c)].isText())
            return kMissing;
        return t->columns[std::size_t(c)].numbers[row];
    };
    const RecipeAccounts &a = m_recipes.accounts;
    r.name = textOf(a.name);
    r.segment = textOf(a.segment);
    r.csm = textOf(a.csm);
    r.arr = numberOf(a.arr);
    const double renewal = numberOf(a.renewalDate);
    if (!std::isnan(renewal))
        r.renewalDate = QDate::fromJulianDay(dayOf(renewal));
    return r;
}

Result<std::unique_ptr<SignalComputer>> SignalComputer::prepare(const Workspace &ws, const RecipeSet &recipes,
                                                                 const std::atomic<bool> *cancel)
{
    auto types = recipes.check(ws, ws.path());
    if (!types)
        return std::unexpected(types.error());
    std::unique_ptr<SignalComputer> sc(new SignalComputer());
    sc->m_recipes = recipes;
    sc->m_types = std::move(*types);
    auto resolver = AccountResolver::create(ws, recipes.accounts.table, cancel);
    if (!resolver)
        return std::unexpected(resolver.error());
    sc->m_resolver = std::move(*resolver);

    // Every table with a time (for the accounts' first rows); of the recipes' tables the columns they read.
    auto records = ws.eventTables();
    if (!records)
        return std::unexpected(records.error());
    QHash<QString, int> tableIndex;
    for (const EventTableRecord &rec : *records) {
        if (rec.timeColumn.isEmpty())
            continue;
        QStringList wanted{rec.keyColumn};
        for (const SignalRecipe &r : recipes.signals) {
            if (r.table != rec.name)
                continue;
            if (!r.column.isEmpty())
                wanted << r.column;
            for (const RecipeCondition &c : r.where)
                wanted << c.column;
        }
        auto table = EventTable::load(ws, rec.name, wanted, cancel);
        if (!table)
            return std::unexpected(table.error());
        auto pt = std::make_unique<PreparedTable>();
        pt->table = std::move(*table);
        TableUse use;
        use.name = rec.name;
        use.rows = rec.rows;
        auto accounts = sc->m_resolver.resolve(ws, pt->table, &use.coverage);
        if (!accounts)
            return std::unexpected(accounts.error());
        pt->account = std::move(*accounts);
        tableIndex.insert(rec.name, int(sc->m_tables.size()));
        sc->m_tables.push_back(std::move(pt));
        sc->m_uses.push_back(std::move(use));
    }
    const std::size_t accountCount = sc->m_resolver.accountIds().size();
    QElapsedTimer trace;
    trace.start();
    const bool tracing = qEnvironmentVariableIsSet("TIERLAB_TRACE_BUILD");

    // Group rows per account (counting sort keeps file order), then order each account's rows by time.
    std::int64_t minDay = std::numeric_limits<std::int64_t>::max(), maxDay = std::numeric_limits<std::int64_t>::min();
    std::vector<std::int64_t> firstRowDay(accountCount, std::numeric_limits<std::int64_t>::max());
    for (auto &ptr : sc->m_tables) {
        if (cancel && cancel->load())
            return fail(QCoreApplication::translate("SignalComputer", "cancelled"), Error::Code::Cancelled);
        PreparedTable &pt = *ptr;
        const std::vector<double> &time = pt.table.columns[std::size_t(pt.table.timeColumn())].numbers;
        const int endCol = pt.table.endColumn();
        pt.offsets.assign(accountCount + 1, 0);
        for (std::int32_t a : pt.account) {
            if (a >= 0)
                ++pt.offsets[std::size_t(a) + 1];
        }
        std::partial_sum(pt.offsets.begin(), pt.offsets.end(), pt.offsets.begin());
        pt.order.resize(std::size_t(pt.offsets.back()));
        std::vector<std::int32_t> fill(pt.offsets.begin(), pt.offsets.end() - 1);
        for (std::size_t row = 0; row < pt.account.size(); ++row) {
            const std::int32_t a = pt.account[row];
            if (a >= 0)
                pt.order[std::size_t(fill[std::size_t(a)]++)] = std::int32_t(row);
        }
        pt.day.resize(pt.order.size());
        if (endCol >= 0)
            pt.endDay.resize(pt.order.size());
        const std::vector<double> *endTimes = endCol >= 0 ? &pt.table.columns[std::size_t(endCol)].numbers : nullptr;
        // Each account's rows by time, ties in file order: sorting (time, row) pairs gives the order a
        // stable sort by time gives (rows are distinct, in file order) and compares contiguous memory
        // instead of looking every time up in the column. Two halves of the accounts on two threads.
        struct Span
        {
            std::int64_t minDay = std::numeric_limits<std::int64_t>::max();
            std::int64_t maxDay = std::numeric_limits<std::int64_t>::min();
        };
        const auto groupAccounts = [&pt, &time, endTimes, &firstRowDay](std::size_t from, std::size_t to) {
            Span span;
            std::vector<std::pair<double, std::int32_t>> keyed;
            for (std::size_t a = from; a < to; ++a) {
                const std::int32_t b = pt.offsets[a], e = pt.offsets[a + 1];
                if (b == e)
                    continue;
                keyed.clear();
                for (std::int32_t i = b; i < e; ++i) {
                    const std::int32_t row = pt.order[std::size_t(i)];
                    keyed.emplace_back(time[std::size_t(row)], row);
                }
                if (!std::is_sorted(keyed.begin(), keyed.end()))
                    std::sort(keyed.begin(), keyed.end());
                for (std::int32_t i = b; i < e; ++i) {
                    const auto &[t, row] = keyed[std::size_t(i - b)];
                    pt.order[std::size_t(i)] = row;
                    const std::int64_t d = dayOf(t);
                    pt.day[std::size_t(i)] = std::int32_t(d);
                    if (endTimes) {
                        const double end = (*endTimes)[std::size_t(row)];
                        pt.endDay[std::size_t(i)] = std::isnan(end) ? kOpenEnd : std::int32_t(dayOf(end));
                    }
                    span.minDay = std::min(span.minDay, d);
                    span.maxDay = std::max(span.maxDay, d);
                }
                firstRowDay[a] = std::min(firstRowDay[a], std::int64_t(pt.day[std::size_t(b)]));
            }
            return span;
        };
        const std::size_t half = std::size_t(std::upper_bound(pt.offsets.begin(), pt.offsets.end(), pt.offsets.back() / 2) - pt.offsets.begin());
        const std::size_t middle = std::clamp<std::size_t>(half, 0, accountCount);
        QFuture<Span> upper = QtConcurrent::run(computePool(), groupAccounts, middle, accountCount);
        const Span lower = groupAccounts(0, middle);
        for (const Span &sp : {lower, upper.result()}) {
            minDay = std::min(minDay, sp.minDay);
            maxDay = std::max(maxDay, sp.maxDay);
        }
        // The columns the recipes read, in position order with the unmatched rows left out:
        // computeAccount then reads an account's rows one after the other instead of scattered over
        // the file (a cache miss per row and recipe). The others go (the key, and the time and end now
        // that they are days per position). From here on a "row" of pt.table is a position.
        const auto readByRecipe = [&recipes, &pt](const QString &name) {
            for (const SignalRecipe &r : recipes.signals) {
                if (r.table != pt.table.record.name)
                    continue;
                if (r.column == name)
                    return true;
                for (const RecipeCondition &c : r.where) {
                    if (c.column == name)
                        return true;
                }
            }
            return false;
        };
        std::vector<EventColumn *> kept;
        for (EventColumn &c : pt.table.columns) {
            if (readByRecipe(c.info.name)) {
                kept.push_back(&c);
            } else {
                std::vector<double>().swap(c.numbers);
                std::vector<std::int32_t>().swap(c.codes);
                std::vector<QString>().swap(c.dictionary);
            }
        }
        const auto permute = [&pt](EventColumn *c) {
            if (!c->numbers.empty()) {
                std::vector<double> permuted(pt.order.size());
                for (std::size_t i = 0; i < permuted.size(); ++i)
                    permuted[i] = c->numbers[std::size_t(pt.order[i])];
                c->numbers.swap(permuted);
            }
            if (!c->codes.empty()) {
                std::vector<std::int32_t> permuted(pt.order.size());
                for (std::size_t i = 0; i < permuted.size(); ++i)
                    permuted[i] = c->codes[std::size_t(pt.order[i])];
                c->codes.swap(permuted);
            }
        };
        for (std::size_t k = 0; k < kept.size(); k += 2) {   // two columns at a time, one on a worker
            QFuture<void> other;
            if (k + 1 < kept.size())
                other = QtConcurrent::run(computePool(), permute, kept[k + 1]);
            permute(kept[k]);
            if (other.isValid())
                other.waitForFinished();
        }
        pt.table.rows = pt.order.size();
        std::vector<std::int32_t>().swap(pt.order);
    }

    if (tracing)
        qInfo("prepare: grouped and sorted in %.0f ms", double(trace.nsecsElapsed()) / 1e6);
    // The grid.
    const RecipeGrid &g = recipes.grid;
    if (!g.first.isValid() && minDay == std::numeric_limits<std::int64_t>::max())
        return fail(QCoreApplication::translate("SignalComputer", "%1: the tables hold no dated rows of any account: nothing to build weeks from").arg(ws.path()),
                    Error::Code::Invalid);
    const std::int64_t first = g.first.isValid() ? g.first.toJulianDay() : mondayOnOrAfter(minDay);
    std::int64_t last = g.last.isValid() ? g.last.toJulianDay() : kNoDay;
    if (last == kNoDay) {
        const std::int64_t span = std::max<std::int64_t>(0, maxDay - first);
        last = first + (span + g.everyDays - 1) / g.everyDays * g.everyDays;
    }
    for (std::int64_t d = first; d <= last; d += g.everyDays) {
        sc->m_gridDay.push_back(d);
        sc->m_grid.push_back(QDate::fromJulianDay(d));
    }
    if (sc->m_grid.size() > 100000)
        return fail(QCoreApplication::translate("SignalComputer", "%1: the grid has %2 dates; at most 100,000").arg(ws.path()).arg(sc->m_grid.size()), Error::Code::Invalid);

    // Each account's start: the accounts table's start column (the earliest, should the account have
    // several rows), else its first row in any table.
    const EventTable *accountsTable = sc->m_resolver.accountsTable();
    const int startCol = accountsTable && !recipes.accounts.start.isEmpty() ? accountsTable->columnIndex(recipes.accounts.start) : -1;
    std::vector<std::int64_t> startDay(accountCount, std::numeric_limits<std::int64_t>::max());
    if (startCol >= 0) {
        const EventColumn &key = accountsTable->columns[std::size_t(accountsTable->keyColumn())];
        const std::vector<double> &start = accountsTable->columns[std::size_t(startCol)].numbers;
        for (std::size_t row = 0; row < accountsTable->rows; ++row) {
            const int a = key.codes[row] < 0 ? -1 : sc->m_resolver.accountOf(key.dictionary[std::size_t(key.codes[row])]);
            if (a >= 0 && !std::isnan(start[row]))
                startDay[std::size_t(a)] = std::min(startDay[std::size_t(a)], dayOf(start[row]));
        }
    }
    sc->m_firstWeek.assign(accountCount, int(sc->m_grid.size()));
    for (std::size_t a = 0; a < accountCount; ++a) {
        const std::int64_t start = startDay[a] != std::numeric_limits<std::int64_t>::max() ? startDay[a] : firstRowDay[a];
        if (start == std::numeric_limits<std::int64_t>::max())
            continue;
        sc->m_firstWeek[a] = int(std::lower_bound(sc->m_gridDay.begin(), sc->m_gridDay.end(), start) - sc->m_gridDay.begin());
    }
    // Each account's end (the accounts table's `end` column on the account's row, as for the other
    // attributes): no snapshot on or after it. It decides which weeks exist, never a value.
    sc->m_endWeek.assign(accountCount, int(sc->m_grid.size()));
    const int endCol = accountsTable && !recipes.accounts.end.isEmpty() ? accountsTable->columnIndex(recipes.accounts.end) : -1;
    if (endCol >= 0) {
        const std::vector<double> &end = accountsTable->columns[std::size_t(endCol)].numbers;
        for (std::size_t a = 0; a < accountCount; ++a) {
            const int row = sc->m_resolver.accountsTableRow(int(a));
            if (row >= 0 && !std::isnan(end[std::size_t(row)]))
                sc->m_endWeek[a] = int(std::lower_bound(sc->m_gridDay.begin(), sc->m_gridDay.end(), dayOf(end[std::size_t(row)]))
                                       - sc->m_gridDay.begin());
        }
    }

    // Per recipe: its table, value column and the rows that pass its `where`.
    for (const SignalRecipe &r : recipes.signals) {
        auto pr = std::make_unique<PreparedRecipe>();
        if (r.isDerived()) {
            pr->stepBack = r.weeks * 7 / g.everyDays;
            sc->m_prepared.push_back(std::move(pr));
            continue;
        }
        pr->table = tableIndex.value(r.table, -1);
        const EventTable &t = sc->m_tables[std::size_t(pr->table)]->table;
        pr->column = r.readsColumn() ? t.columnIndex(r.column) : -1;
        if (pr->column >= 0 && t.columns[std::size_t(pr->column)].isText())
            pr->dictionary = &t.columns[std::size_t(pr->column)].dictionary;
        if (r.where.empty() && pr->column < 0) {
            sc->m_prepared.push_back(std::move(pr));
            continue;
        }
        pr->pass.assign(t.rows, 1);
        if (pr->column >= 0) {
            const EventColumn &c = t.columns[std::size_t(pr->column)];
            for (std::size_t row = 0; row < t.rows; ++row)
                pr->pass[row] = !c.isMissing(row);
        }
        for (const RecipeCondition &cond : r.where) {
            const EventColumn &c = t.columns[std::size_t(t.columnIndex(cond.column))];
            if (c.isText()) {
                std::vector<std::uint8_t> listed(c.dictionary.size(), 0);
                for (qsizetype v = 0; v < cond.texts.size(); ++v) {
                    const auto it = std::find(c.dictionary.begin(), c.dictionary.end(), cond.texts[v]);
                    if (it != c.dictionary.end())
                        listed[std::size_t(it - c.dictionary.begin())] = 1;
                }
                const bool positive = cond.op == ConditionOp::Eq || cond.op == ConditionOp::In;
                for (std::size_t row = 0; row < t.rows; ++row) {
                    const std::int32_t code = c.codes[row];
                    pr->pass[row] &= std::uint8_t(code >= 0 && (listed[std::size_t(code)] != 0) == positive);
                }
                continue;
            }
            const bool dates = c.info.type == ValueType::Date;
            std::vector<double> values;
            for (std::size_t v = 0; v < cond.numbers.size(); ++v)
                values.push_back(dates ? double(QDate::fromString(cond.texts[qsizetype(v)], Qt::ISODate).toJulianDay()) : cond.numbers[v]);
            for (std::size_t row = 0; row < t.rows; ++row) {
                double x = c.numbers[row];
                if (std::isnan(x)) {
                    pr->pass[row] = 0;
                    continue;
                }
                if (dates)
                    x = double(dayOf(x));
                bool ok = false;
                switch (cond.op) {
                case ConditionOp::Eq:
                case ConditionOp::In:
                    ok = std::find(values.begin(), values.end(), x) != values.end();
                    break;
                case ConditionOp::Ne:
                case ConditionOp::NotIn:
                    ok = std::find(values.begin(), values.end(), x) == values.end();
                    break;
                case ConditionOp::Lt:
                    ok = x < values[0];
                    break;
                case ConditionOp::Le:
                    ok = x <= values[0];
                    break;
                case ConditionOp::Gt:
                    ok = x > values[0];
                    break;
                case ConditionOp::Ge:
                    ok = x >= values[0];
                    break;
                }
                pr->pass[row] &= std::uint8_t(ok);
            }
        }
        sc->m_prepared.push_back(std::move(pr));
    }
    if (tracing)
        qInfo("prepare: filters in %.0f ms", double(trace.nsecsElapsed()) / 1e6);
    // Each row's account was only for the grouping. Peak memory stays about the tables' own columns
    // plus 8 bytes per row (position and day) and a byte per row for each filtered recipe.
    for (std::size_t t = 0; t < sc->m_tables.size(); ++t)
        std::vector<std::int32_t>().swap(sc->m_tables[t]->account);
    sc->m_order = recipes.evaluationOrder();
    return sc;
}

void SignalComputer::computeAccount(int account, std::vector<double> &out, Scratch &s) const
{
    const int first = firstWeek(account);
    const int weeks = int(m_grid.size()) - first;
    const int n = signalCount();
    out.assign(std::size_t(std::max(0, weeks)) * std::size_t(n), kMissing);
    if (weeks <= 0)
        return;
    const auto at = [&](int w, int signal) -> double & { return out[std::size_t(w - first) * std::size_t(n) + std::size_t(signal)]; };

    for (const int si : m_order) {
        const SignalRecipe &r = m_recipes.signals[std::size_t(si)];
        const PreparedRecipe &pr = *m_prepared[std::size_t(si)];
        if (r.isDerived()) {
            const int a = m_recipes.indexOf(r.of.value(0));
            const int b = r.of.size() > 1 ? m_recipes.indexOf(r.of[1]) : -1;
            for (int w = first; w < int(m_grid.size()); ++w) {
                const double x = at(w, a);
                double v = kMissing;
                switch (r.expr) {
                case Derivation::Ratio: {
                    const double y = at(w, b);
                    if (!std::isnan(x) && !std::isnan(y) && y != 0)
                        v = x / y;
                    break;
                }
                case Derivation::Change:
                case Derivation::PctChange: {
                    const int old = w - pr.stepBack;
                    if (old < first)
                        break;
                    const double y = at(old, a);
                    if (std::isnan(x) || std::isnan(y))
                        break;
                    if (r.expr == Derivation::Change)
                        v = x - y;
                    else if (y != 0)
                        v = 100.0 * (x - y) / y;
                    break;
                }
                case Derivation::Slope: {
                    // Least squares over the grid dates in (T - 7N days, T] where the signal is present.
                    const int from = std::max(first, w - pr.stepBack + 1);
                    int count = 0;
                    double sx = 0, sy = 0;
                    for (int k = from; k <= w; ++k) {
                        const double y = at(k, a);
                        if (std::isnan(y))
                            continue;
                        ++count;
                        sx += double(m_gridDay[std::size_t(k)] - m_gridDay[std::size_t(w)]) / 7.0;
                        sy += y;
                    }
                    if (count < 3)
                        break;
                    const double mx = sx / count, my = sy / count;
                    double sxy = 0, sxx = 0;
                    for (int k = from; k <= w; ++k) {
                        const double y = at(k, a);
                        if (std::isnan(y))
                            continue;
                        const double dx = double(m_gridDay[std::size_t(k)] - m_gridDay[std::size_t(w)]) / 7.0 - mx;
                        sxy += dx * (y - my);
                        sxx += dx * dx;
                    }
                    if (sxx > 0)
                        v = sxy / sxx;
                    break;
                }
                case Derivation::None:
                    break;
                }
                at(w, si) = v;
            }
            continue;
        }

        // The account's rows of this table that pass, in time order.
        const PreparedTable &pt = *m_tables[std::size_t(pr.table)];
        const EventColumn *valueColumn = pr.column >= 0 ? &pt.table.columns[std::size_t(pr.column)] : nullptr;
        s.day.clear();
        s.end.clear();
        s.value.clear();
        for (std::int32_t i = pt.offsets[std::size_t(account)]; i < pt.offsets[std::size_t(account) + 1]; ++i) {
            const auto row = std::size_t(i);   // the columns are in position order (prepare)
            if (!pr.pass.empty() && !pr.pass[row])
                continue;
            s.day.push_back(pt.day[std::size_t(i)]);
            s.end.push_back(pt.endDay.empty() ? kOpenEnd : pt.endDay[std::size_t(i)]);
            s.value.push_back(valueColumn ? (valueColumn->isText() ? double(valueColumn->codes[row]) : valueColumn->numbers[row]) : 0.0);
        }
        const std::size_t rows = s.day.size();
        // `distinct` keeps a count per value as the window slides instead of sorting each window: the
        // same number (values compare as ==, so -0 counts as 0; a `distinct` row's value is never NaN).
        const bool distinct = r.agg == Aggregation::Distinct;
        std::size_t distinctNow = 0, mask = 0;
        if (distinct) {
            std::size_t size = 16;
            while (size < 2 * rows)
                size *= 2;
            mask = size - 1;
            s.distinctKey.assign(size, 0);
            s.distinctCount.assign(size, -1);   // -1: empty slot
        }
        const auto slotOf = [&s, mask](double x) -> std::size_t {
            x += 0.0;   // -0 → +0
            std::uint64_t bits;
            std::memcpy(&bits, &x, 8);
            std::uint64_t h = bits * 0x9e3779b97f4a7c15ull;
            std::size_t i = std::size_t(h ^ (h >> 29)) & mask;
            while (s.distinctCount[i] >= 0 && s.distinctKey[i] != bits)
                i = (i + 1) & mask;
            s.distinctKey[i] = bits;
            if (s.distinctCount[i] < 0)
                s.distinctCount[i] = 0;
            return i;
        };
        std::size_t hi = 0, lo = 0;
        for (int w = first; w < int(m_grid.size()); ++w) {
            const std::int64_t t = m_gridDay[std::size_t(w)];
            for (; hi < rows && s.day[hi] <= t; ++hi) {
                if (distinct && s.distinctCount[slotOf(s.value[hi])]++ == 0)
                    ++distinctNow;
            }
            if (r.windowDays > 0) {
                for (; lo < hi && s.day[lo] <= t - r.windowDays; ++lo) {
                    if (distinct && --s.distinctCount[slotOf(s.value[lo])] == 0)
                        --distinctNow;
                }
            }
            const std::size_t count = hi - lo;
            double v = kMissing;
            switch (r.agg) {
            case Aggregation::Count:
                v = double(count);
                break;
            case Aggregation::Sum:
            case Aggregation::Mean: {
                double sum = 0;
                for (std::size_t k = lo; k < hi; ++k)
                    sum += s.value[k];
                v = r.agg == Aggregation::Sum ? sum : (count ? sum / double(count) : kMissing);
                break;
            }
            case Aggregation::Min:
            case Aggregation::Max:
                if (count) {
                    v = s.value[lo];
                    for (std::size_t k = lo + 1; k < hi; ++k)
                        v = r.agg == Aggregation::Min ? std::min(v, s.value[k]) : std::max(v, s.value[k]);
                }
                break;
            case Aggregation::Distinct:
                v = double(distinctNow);
                break;
            case Aggregation::Last:
                if (count)
                    v = s.value[hi - 1];
                break;
            case Aggregation::DaysSince:
                if (count)
                    v = double(t - s.day[hi - 1]);
                break;
            case Aggregation::Open:
            case Aggregation::OpenSum: {
                double sum = 0;
                std::size_t open = 0;
                for (std::size_t k = lo; k < hi; ++k) {
                    if (s.end[k] > t) {
                        ++open;
                        sum += s.value[k];
                    }
                }
                v = r.agg == Aggregation::Open ? double(open) : sum;
                break;
            }
            case Aggregation::None:
                break;
            }
            at(w, si) = v;
        }
    }
}

} // namespace tierlab
