#include "columnmappingmodel.h"

#include <algorithm>

namespace tierlab {

namespace {

// Roles that at most one column can have.
bool uniqueRole(ColumnRole role)
{
    return role != ColumnRole::Signal && role != ColumnRole::Ignore;
}

bool contains(const std::vector<ValueType> &types, ValueType type)
{
    return std::find(types.begin(), types.end(), type) != types.end();
}

} // namespace

ColumnMappingModel::ColumnMappingModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ColumnMappingModel::setMapping(ImportMapping mapping, std::vector<QStringList> examples)
{
    beginResetModel();
    m_mapping = std::move(mapping);
    m_examples = std::move(examples);
    m_examples.resize(m_mapping.columns.size());
    m_detected.clear();
    for (const ColumnMapping &c : m_mapping.columns)
        m_detected.push_back(c.type);
    endResetModel();
    Q_EMIT mappingChanged();
}

int ColumnMappingModel::rowOf(const QString &header) const
{
    for (std::size_t i = 0; i < m_mapping.columns.size(); ++i) {
        if (m_mapping.columns[i].header == header)
            return int(i);
    }
    return -1;
}

QStringList ColumnMappingModel::examples(int row) const
{
    return row >= 0 && row < int(m_examples.size()) ? m_examples[std::size_t(row)] : QStringList();
}

std::vector<ColumnRole> ColumnMappingModel::roleChoices(ImportKind kind)
{
    if (kind == ImportKind::Outcomes)
        return {ColumnRole::AccountId, ColumnRole::OutcomeDate, ColumnRole::OutcomeKind, ColumnRole::ArrChange,
                ColumnRole::Ignore};
    return {ColumnRole::AccountId, ColumnRole::AsOf,   ColumnRole::Name,  ColumnRole::Csm,
            ColumnRole::Segment,   ColumnRole::Arr,    ColumnRole::RenewalDate, ColumnRole::Signal,
            ColumnRole::Label,     ColumnRole::Ignore};
}

std::vector<ValueType> ColumnMappingModel::typeChoices(ColumnRole role)
{
    switch (role) {
    case ColumnRole::AsOf:
    case ColumnRole::RenewalDate:
    case ColumnRole::OutcomeDate:
        return {ValueType::Date};
    case ColumnRole::Arr:
    case ColumnRole::ArrChange:
        return {ValueType::Number};
    case ColumnRole::Signal:
        return {ValueType::Number, ValueType::Category, ValueType::Flag, ValueType::Date};
    default:
        // Ids, names and labels are read as text whatever their type; the type is shown, not chosen.
        return {};
    }
}

QString ColumnMappingModel::roleLabel(ColumnRole role)
{
    switch (role) {
    case ColumnRole::Ignore:
        return tr("ignore");
    case ColumnRole::AccountId:
        return tr("account id");
    case ColumnRole::AsOf:
        return tr("as_of date");
    case ColumnRole::Name:
        return tr("account name");
    case ColumnRole::Csm:
        return tr("CSM");
    case ColumnRole::Segment:
        return tr("segment");
    case ColumnRole::Arr:
        return tr("ARR");
    case ColumnRole::RenewalDate:
        return tr("renewal date");
    case ColumnRole::Signal:
        return tr("signal");
    case ColumnRole::Label:
        return tr("churn label");
    case ColumnRole::OutcomeDate:
        return tr("outcome date");
    case ColumnRole::OutcomeKind:
        return tr("outcome kind");
    case ColumnRole::ArrChange:
        return tr("ARR change");
    }
    return {};
}

QString ColumnMappingModel::typeLabel(ValueType type)
{
    switch (type) {
    case ValueType::Number:
        return tr("number");
    case ValueType::Category:
        return tr("category");
    case ValueType::Flag:
        return tr("flag");
    case ValueType::Date:
        return tr("date");
    }
    return {};
}

bool ColumnMappingModel::setRole(int row, ColumnRole role)
{
    if (row < 0 || row >= rowCount())
        return false;
    const auto allowed = roleChoices(m_mapping.kind);
    if (std::find(allowed.begin(), allowed.end(), role) == allowed.end())
        return false;
    ColumnMapping &c = m_mapping.columns[std::size_t(row)];
    if (c.role == role)
        return true;
    if (uniqueRole(role)) {
        for (std::size_t i = 0; i < m_mapping.columns.size(); ++i) {
            if (int(i) != row && m_mapping.columns[i].role == role) {
                m_mapping.columns[i].role = ColumnRole::Ignore;
                emitRowChanged(int(i));
            }
        }
    }
    c.role = role;
    const auto types = typeChoices(role);
    // The detected type when the new role allows it (a flag made ARR and back is a flag again).
    const ValueType detected = m_detected[std::size_t(row)];
    if (contains(types, detected))
        c.type = detected;
    else if (!types.empty() && !contains(types, c.type))
        c.type = types.front();
    if (c.signalId.isEmpty())
        c.signalId = ImportMapping::normaliseId(c.header, row + 1);
    // A snapshot file without an id column names its accounts by row number.
    if (m_mapping.kind == ImportKind::Snapshots)
        m_mapping.rowNumberIds = m_mapping.columnWithRole(ColumnRole::AccountId) < 0;
    emitRowChanged(row);
    Q_EMIT mappingChanged();
    return true;
}

bool ColumnMappingModel::setType(int row, ValueType type)
{
    if (row < 0 || row >= rowCount())
        return false;
    ColumnMapping &c = m_mapping.columns[std::size_t(row)];
    if (!contains(typeChoices(c.role), type))
        return false;
    if (c.type == type)
        return true;
    c.type = type;
    emitRowChanged(row);
    Q_EMIT mappingChanged();
    return true;
}

void ColumnMappingModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mapping.columns.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ColumnMapping &c = m_mapping.columns[std::size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case HeaderColumn:
            return c.header;
        case ExamplesColumn:
            return examples(index.row()).join(QStringLiteral(", "));
        case TypeColumn:
            return typeLabel(c.type);
        case RoleColumn:
            return roleLabel(c.role);
        case SignalIdColumn:
            return c.role == ColumnRole::Signal ? c.signalId : QString();
        }
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case HeaderColumn:
            return c.header;
        case ExamplesColumn:
            return examples(index.row()).join(QStringLiteral(", "));
        case TypeColumn:
            return int(c.type);
        case RoleColumn:
            return int(c.role);
        case SignalIdColumn:
            return c.signalId;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TypeColumn:
            if (c.role == ColumnRole::Signal && c.type == ValueType::Date)
                return tr("Stored as the number of days before as_of");
            if (typeChoices(c.role).size() == 1)
                return tr("The role %1 fixes the type; a value that does not read as %2 rejects its row")
                    .arg(roleLabel(c.role), typeLabel(c.type));
            return {};
        case SignalIdColumn:
            return c.role == ColumnRole::Signal ? tr("The signal's id in the workspace") : QString();
        case ExamplesColumn:
            return examples(index.row()).join(u'\n');
        default:
            return {};
        }
    }
    return {};
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    switch (index.column()) {
    case TypeColumn: {
        bool ok = false;
        const int v = value.toInt(&ok);
        return ok && v >= 0 && v <= int(ValueType::Date) && setType(index.row(), ValueType(v));
    }
    case RoleColumn: {
        bool ok = false;
        const int v = value.toInt(&ok);
        return ok && v >= 0 && v <= int(ColumnRole::ArrChange) && setRole(index.row(), ColumnRole(v));
    }
    case SignalIdColumn: {
        ColumnMapping &c = m_mapping.columns[std::size_t(index.row())];
        if (c.role != ColumnRole::Signal)
            return false;
        // Whatever the user types becomes a valid id by the same rule as the headers.
        const QString id = ImportMapping::normaliseId(value.toString(), index.row() + 1);
        if (value.toString().trimmed().isEmpty() || id == c.signalId)
            return !value.toString().trimmed().isEmpty();
        c.signalId = id;
        emitRowChanged(index.row());
        Q_EMIT mappingChanged();
        return true;
    }
    default:
        return false;
    }
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const ColumnMapping &c = m_mapping.columns[std::size_t(index.row())];
    if (index.column() == RoleColumn || (index.column() == TypeColumn && typeChoices(c.role).size() > 1)
        || (index.column() == SignalIdColumn && c.role == ColumnRole::Signal))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column");
    case ExamplesColumn:
        return tr("Examples");
    case TypeColumn:
        return tr("Type");
    case RoleColumn:
        return tr("Role");
    case SignalIdColumn:
        return tr("Signal id");
    }
    return {};
}

} // namespace tierlab
