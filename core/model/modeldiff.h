#pragma once

#include "model/model.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tierlab {

// One difference between two models, field by field.
struct ModelChange
{
    enum class Kind : std::uint8_t { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString section;    // model | categories | signals | penalties | overrides | tiers
    QString id;         // the item's id (empty for "model")
    QString field;      // empty for a whole item added or removed
    QString before;     // text form of the old value (empty when added)
    QString after;      // text form of the new value (empty when removed)

    bool operator==(const ModelChange &) const = default;
};

// Compares two models: name and description, categories, signals (weight, category, column,
// rule, missing policy, labels), penalties, overrides and tiers, matched by id. Metadata and
// unknown members are not compared. Order: the sections in the order above, items in the order of
// the second model (removed ones after), fields in a fixed order.
class ModelDiff
{
    Q_DECLARE_TR_FUNCTIONS(ModelDiff)

public:
    static std::vector<ModelChange> diff(const Model &a, const Model &b);
    static QString kindName(ModelChange::Kind kind);   // added | removed | changed

    // "signals.logins_30d.weight: 2 → 3", one change a line; "no differences" when none.
    static QString toText(const std::vector<ModelChange> &changes);
    // {"identical": bool, "changes": [{kind, section, id, field, before, after}]}
    static QByteArray toJson(const std::vector<ModelChange> &changes);

    // Text forms used in the diff (numbers as the shortest text that reads back).
    static QString number(double v);
    static QString ruleText(const SignalRule &rule);
};

} // namespace tierlab
