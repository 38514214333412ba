#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace tierlab {

enum class SignalType : std::uint8_t { Number, Category, Flag };

QString signalTypeName(SignalType type);
bool signalTypeFromName(const QString &name, SignalType *type);

// A built signal can also be an account attribute as of its week (signal recipes' `role`): the
// snapshot's value then fills that week's ARR, renewal date, CSM, segment or name.
enum class AttributeRole : std::uint8_t { None, Arr, RenewalDate, Csm, Segment, Name };
QString attributeRoleName(AttributeRole role);   // "" for None
bool attributeRoleFromName(const QString &name, AttributeRole *role);

// One entry of the workspace's signal catalogue.
struct SignalInfo
{
    int index = -1;        // stable position in the catalogue; snapshot blobs refer to it
    QString id;            // normalised id, e.g. "active_seat_ratio"
    QString label;         // display label
    SignalType type = SignalType::Number;
    QString unit;
    QString originalName;  // the CSV header it came from, exact text
    AttributeRole role = AttributeRole::None;
};

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
inline constexpr std::int32_t kMissingCode = -1;

// One signal of one snapshot, stored as a contiguous column.
// Number and Flag columns use `numbers` (NaN = missing; flags are 0/1).
// Category columns use `codes` into `dictionary` (kMissingCode = missing).
struct Column
{
    SignalInfo info;
    std::vector<double> numbers;
    std::vector<std::int32_t> codes;
    std::vector<QString> dictionary;

    bool isMissing(std::size_t row) const;
};

// A whole snapshot (one as_of date) in struct-of-arrays form: what the engine scores.
// Rows are accounts, in the order of `accountIds`.
class Dataset
{
public:
    QDate asOf;

    std::vector<QString> accountIds;
    std::vector<QString> names;
    std::vector<std::int32_t> csm;          // codes into csmNames (kMissingCode = none)
    std::vector<QString> csmNames;
    std::vector<std::int32_t> segment;      // codes into segmentNames
    std::vector<QString> segmentNames;
    std::vector<double> arr;                // NaN = unknown
    std::vector<std::int64_t> renewalDay;   // QDate::toJulianDay(); kNoDate = unknown

    std::vector<Column> columns;

    static constexpr std::int64_t kNoDate = std::numeric_limits<std::int64_t>::min();

    std::size_t size() const { return accountIds.size(); }
    // Finds a column by signal id or by its original header (exact text); -1 when absent.
    int columnIndex(const QString &idOrOriginalName) const;
    int rowOf(const QString &accountId) const;
    // The given rows, in that order, with the same dictionaries and code tables; of the columns only
    // those in `columnsWanted` (by index) when it is not empty, else all. Names are left out.
    Dataset gather(std::span<const std::int32_t> rows, std::span<const int> columnsWanted = {}) const;
};

} // namespace tierlab
