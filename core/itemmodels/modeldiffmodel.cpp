#include "modeldiffmodel.h"

#include <QStringList>

namespace tierlab {

namespace {

// ModelDiff's section order, so sorting by section groups them as the diff lists them.
int sectionOrder(const QString &section)
{
    static const QStringList order{QStringLiteral("model"),     QStringLiteral("categories"),
                                   QStringLiteral("signals"),   QStringLiteral("penalties"),
                                   QStringLiteral("overrides"), QStringLiteral("tiers")};
    const qsizetype i = order.indexOf(section);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace

ModelDiffModel::ModelDiffModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ModelDiffModel::setModels(const Model &before, const Model &after)
{
    setChanges(ModelDiff::diff(before, after));
}

void ModelDiffModel::setChanges(std::vector<ModelChange> changes)
{
    beginResetModel();
    m_changes = std::move(changes);
    endResetModel();
}

QString ModelDiffModel::kindMark(ModelChange::Kind kind)
{
    switch (kind) {
    case ModelChange::Kind::Added: return tr("+ added");
    case ModelChange::Kind::Removed: return tr("- removed");
    case ModelChange::Kind::Changed: return tr("~ changed");
    }
    return {};
}

QString ModelDiffModel::summary() const
{
    if (m_changes.empty())
        return tr("Identical: no differences");
    int weights = 0, rules = 0, thresholds = 0, added = 0, removed = 0, other = 0;
    for (const ModelChange &c : m_changes) {
        if (c.kind == ModelChange::Kind::Added)
            ++added;
        else if (c.kind == ModelChange::Kind::Removed)
            ++removed;
        else if (c.field == u"weight")
            ++weights;
        else if (c.field == u"rule")
            ++rules;
        else if (c.section == u"tiers" && c.field == u"min")
            ++thresholds;
        else
            ++other;
    }
    QStringList parts;
    if (weights > 0)
        parts << tr("%n weight(s)", nullptr, weights);
    if (rules > 0)
        parts << tr("%n rule(s)", nullptr, rules);
    if (thresholds > 0)
        parts << tr("%n tier threshold(s)", nullptr, thresholds);
    if (added > 0)
        parts << tr("%n added", nullptr, added);
    if (removed > 0)
        parts << tr("%n removed", nullptr, removed);
    if (other > 0)
        parts << tr("%n other change(s)", nullptr, other);
    //: %1 lists the kinds of difference, e.g. "2 weight(s), 1 added"
    return tr("%n difference(s): %1", nullptr, int(m_changes.size())).arg(parts.join(QStringLiteral(", ")));
}

QString ModelDiffModel::toText() const
{
    return ModelDiff::toText(m_changes);
}

int ModelDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ModelDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModelDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ModelChange &c = m_changes[std::size_t(index.row())];
    if (role == KindRole)
        return int(c.kind);
    if (role == SortRole) {
        switch (index.column()) {
        case KindColumn: return index.row();
        case SectionColumn: return sectionOrder(c.section);
        default: break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case KindColumn: return kindMark(c.kind);
    case SectionColumn: return c.section;
    case ItemColumn: return c.id;
    case FieldColumn:
        // A whole item added or removed has no field: say so rather than leave a hole.
        return c.field.isEmpty() && c.kind != ModelChange::Kind::Changed ? tr("(whole item)") : c.field;
    case BeforeColumn: return c.before;
    case AfterColumn: return c.after;
    }
    return {};
}

QVariant ModelDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Change");
    case SectionColumn: return tr("Section");
    case ItemColumn: return tr("Item");
    case FieldColumn: return tr("Field");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    }
    return {};
}

} // namespace tierlab
