#pragma once

#include "common/error.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace tierlab {

class Workspace;

// `tierlab snapshots export`: the stored snapshots as one CSV that `tierlab import snapshots` reads
// back to the same signal values: account_id, as_of, name, csm, segment, arr, renewal_date (each as of
// that week), then one column per signal named by its id; rows by as_of, then account id. Numbers
// with 17 significant digits, flags as true/false, missing values empty, RFC 4180 quoting. Values are
// written exactly, not neutralised: the file is for tools and round trips, not for a spreadsheet's
// formulas. An import keeps attributes per account (its latest row), not per week; a built signal
// whose id is an attribute's name (a role signal "arr") takes that attribute's column.
class SnapshotCsvExport
{
public:
    // All as_of dates (oldest first), or only `asOf` when it is valid. Returns the rows written.
    static Result<std::int64_t> write(const Workspace &ws, const QString &path, QDate asOf = QDate());
};

} // namespace tierlab
