#pragma once

#include "common/error.h"
#include "dataset/dataset.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace tierlab {

class SnapshotStream;
class Workspace;

enum class SnapshotFieldType : std::uint8_t { Text, Date, Number, Flag };

// One column of the snapshot table: account_id, as_of, an attribute or a signal (named by its id).
struct SnapshotField
{
    enum class Source : std::uint8_t { AccountId, AsOf, Name, Csm, Segment, Arr, RenewalDate, Signal };

    QString name;
    SnapshotFieldType type = SnapshotFieldType::Text;
    Source source = Source::Signal;
};

// One cell. Text points into the loaded snapshot (valid until next()); a date is a Julian day; a flag
// is 0 or 1.
struct SnapshotValue
{
    bool missing = true;
    const QString *text = nullptr;
    double number = 0;
    std::int64_t day = 0;
};

// The stored snapshots as one table, one row per account per as_of: account_id, as_of, name, csm,
// segment, arr, renewal_date (each as of that week), then one column per signal named by its id.
// What `tierlab snapshots export` writes, as CSV (SnapshotCsvExport) and into a SQL table
// (SnapshotPush): one reading of the workspace for both. An attribute column whose name a signal id
// takes (a built "arr" with the role arr) is left to that signal's column, so that no name repeats.
// Rows by as_of (oldest first), then by account id, so that the output does not depend on the order
// accounts entered the workspace. Valid while the workspace is open, on its thread.
class SnapshotRows
{
public:
    // Every as_of, or only `asOf` when it is valid (NotFound when the workspace has no snapshot then).
    static Result<SnapshotRows> open(const Workspace &ws, QDate asOf = QDate());

    SnapshotRows(SnapshotRows &&) noexcept;
    SnapshotRows &operator=(SnapshotRows &&) noexcept;
    ~SnapshotRows();

    const std::vector<SnapshotField> &fields() const { return m_fields; }
    const std::vector<QDate> &dates() const { return m_dates; }

    // Loads the next as_of; false after the last.
    Result<bool> next();
    QDate asOf() const { return m_dataset.asOf; }
    std::size_t size() const { return m_order.size(); }
    SnapshotValue value(std::size_t row, std::size_t field) const;

private:
    SnapshotRows() = default;

    std::unique_ptr<SnapshotStream> m_stream;
    std::vector<SnapshotField> m_fields;
    std::vector<QDate> m_dates;
    std::size_t m_nextDate = 0;
    Dataset m_dataset;
    std::vector<std::size_t> m_order;    // rows of m_dataset by account id
    std::vector<int> m_columns;          // per field: the dataset column of a signal field, else -1
};

} // namespace tierlab
