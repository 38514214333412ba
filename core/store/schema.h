#pragma once

#include "common/error.h"

struct sqlite3;

namespace tierlab {

// The workspace schema, versioned through PRAGMA user_version and identified by
// PRAGMA application_id. Each step migrates from version N-1 to N inside one transaction.
class Schema
{
public:
    static constexpr int kApplicationId = 0x54524C42;   // "TRLB"
    static constexpr int kCurrentVersion = 6;

    static Result<int> userVersion(sqlite3 *db);
    static Result<int> applicationId(sqlite3 *db);
    // Applies the steps from the database's version up to `target` (default: current).
    static Result<void> migrate(sqlite3 *db, int target = kCurrentVersion);
};

} // namespace tierlab
