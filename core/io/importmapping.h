#pragma once

#include "common/error.h"
#include "io/columnprofile.h"
#include "io/valueparser.h"
#include "store/workspace.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace tierlab {

enum class ImportKind : std::uint8_t { Snapshots, Outcomes };
QString importKindName(ImportKind kind);

enum class ColumnRole : std::uint8_t {
    Ignore,
    AccountId,
    AsOf,
    Name,
    Csm,
    Segment,
    Arr,
    RenewalDate,
    Signal,
    Label,          // churn label: each row's value becomes an outcome tied to its snapshot
    OutcomeDate,    // outcome files
    OutcomeKind,
    ArrChange,
};
QString columnRoleName(ColumnRole role);
bool columnRoleFromName(const QString &name, ColumnRole *role);

// How one CSV column is read. Columns are matched to the file by their header text, so a saved
// mapping applies to any file with the same columns, in any order.
struct ColumnMapping
{
    QString header;                        // exact header text
    ColumnRole role = ColumnRole::Signal;
    ValueType type = ValueType::Category;
    DateOrder dateOrder = DateOrder::Iso;  // for Date columns
    QString signalId;                      // for Signal columns: the normalised id
};

// What the wizard shows and the user edits; what `--mapping MAP.json` holds.
struct ImportMapping
{
    ImportKind kind = ImportKind::Snapshots;
    std::vector<ColumnMapping> columns;
    char delimiter = 0;                    // 0: detect
    DecimalStyle decimalStyle = DecimalStyle::Point;
    QDate asOf;                            // used when no column has the AsOf role
    QString labelPositive;                 // the Label value meaning churned; empty: a true flag
    OutcomeKind defaultOutcomeKind = OutcomeKind::Churned;   // outcome files without a kind column
    // With no AccountId column, rows are accounts named "<file base name>#<row number>".
    bool rowNumberIds = false;

    int columnWithRole(ColumnRole role) const;   // first one, -1 if none
    const ColumnMapping *column(const QString &header) const;

    QByteArray toJson() const;
    static Result<ImportMapping> fromJson(const QByteArray &json);
    Result<void> save(const QString &path) const;
    static Result<ImportMapping> load(const QString &path);

    // The key for Workspace::saveMapping: a hash of the header row.
    static QString headerKey(const QStringList &header);

    // Signal ids from headers: lower-case; each run of characters other than a-z and 0-9 becomes
    // one "_"; leading and trailing "_" dropped; a leading digit gets "c_"; an empty result is
    // column_N (N = 1-based position); duplicates get _2, _3, ...
    static QString normaliseId(const QString &header, int position);
    static QStringList signalIds(const QStringList &headers);
    // The role a header suggests (by its normalised id and the column's type). A churn label
    // (churn, churned, churn_flag, churn_label, is_churned) needs its values to be label words too:
    // a flag column, or `labelValues` (ColumnProfile::readsAsLabel: more than half of the values
    // are yes/no, true/false, 1/0, churned/retained, …).
    static ColumnRole suggestRole(const QString &normalisedId, ValueType type, ImportKind kind,
                                  bool labelValues = false);
};

} // namespace tierlab
