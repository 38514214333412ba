#include "accountsmodel.h"

#include "engine/designersession.h"
#include "store/workspace.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tierlab {

namespace {

double at(const std::vector<double> &v, int row)
{
    return std::size_t(row) < v.size() ? v[std::size_t(row)] : kMissing;
}

} // namespace

AccountsModel::AccountsModel(DesignerSession *session, QObject *parent) : QAbstractTableModel(parent), m_session(session)
{
    connect(m_session, &DesignerSession::datasetChanged, this, &AccountsModel::resetRows);
    // A new baseline or a rebuilt model changes labels everywhere; rare, so tell the views at once.
    connect(m_session, &DesignerSession::baselineChanged, this, &AccountsModel::notifyScoresChanged);
    resetRows();
}

void AccountsModel::resetRows()
{
    beginResetModel();
    m_rows = m_session->dataset() ? int(m_session->dataset()->size()) : 0;
    markOverrides();
    endResetModel();
}

bool AccountsModel::hasOpenOverride(int row, QDate today) const
{
    if (!m_overrides || row < 0 || row >= m_rows)
        return false;
    const QString &id = m_session->dataset()->accountIds[std::size_t(row)];
    return std::any_of(m_overrides->begin(), m_overrides->end(),
                       [&](const ManualOverrideRecord &o) { return o.accountId == id && o.isOpen(today); });
}

void AccountsModel::setManualOverrides(std::vector<ManualOverrideRecord> records)
{
    m_overrides = std::make_shared<const std::vector<ManualOverrideRecord>>(std::move(records));
    markOverrides();
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

// Overrides are rare: the hash holds only the accounts with one in force, the rows look it up.
void AccountsModel::markOverrides()
{
    m_overrideOf.clear();
    if (!m_overrides || !m_session->dataset())
        return;
    const QDate asOf = m_session->dataset()->asOf;
    for (std::size_t i = 0; i < m_overrides->size(); ++i) {
        const ManualOverrideRecord &o = (*m_overrides)[i];
        if (!o.appliesOn(asOf))
            continue;
        // Of several in force the newest created wins, as in ManualOverrides (core/analysis).
        auto it = m_overrideOf.find(o.accountId);
        if (it == m_overrideOf.end())
            m_overrideOf.insert(o.accountId, int(i));
        else if (const ManualOverrideRecord &held = (*m_overrides)[std::size_t(*it)];
                 std::pair(o.created, o.id) > std::pair(held.created, held.id))
            *it = int(i);
    }
}

QString AccountsModel::manualOverride(int row) const
{
    if (m_overrideOf.isEmpty() || row < 0 || row >= m_rows)
        return {};
    const int i = m_overrideOf.value(m_session->dataset()->accountIds[std::size_t(row)], -1);
    if (i < 0)
        return {};
    const ManualOverrideRecord &o = (*m_overrides)[std::size_t(i)];
    const QString sets = o.isTier() ? tr("tier %1").arg(o.tierId) : tr("score %1").arg(o.score);
    return tr("%1: %2 (%3, %4)").arg(sets, o.reason, o.author, o.created.date().toString(Qt::ISODate));
}

void AccountsModel::notifyScoresChanged()
{
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, ScoreColumn), index(m_rows - 1, CoverageColumn));
}

int AccountsModel::rowOf(const QString &accountId) const
{
    return m_session->dataset() ? m_session->dataset()->rowOf(accountId) : -1;
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AccountsModel::isNumericColumn(int column) const
{
    switch (column) {
    case ScoreColumn:
    case BaselineScoreColumn:
    case ChangeColumn:
    case CoverageColumn:
    case ArrColumn:
        return true;
    default:
        return false;
    }
}

int AccountsModel::tier(int row) const
{
    const auto &t = m_session->current().tiers();
    return m_session->current().isReady() && std::size_t(row) < t.size() ? t[std::size_t(row)] : -1;
}

int AccountsModel::baselineTier(int row) const
{
    const auto &t = m_session->baseline().tiers();
    return m_session->baseline().isReady() && std::size_t(row) < t.size() ? t[std::size_t(row)] : -1;
}

int AccountsModel::csmCode(int row) const
{
    return m_session->dataset()->csm[std::size_t(row)];
}

int AccountsModel::segmentCode(int row) const
{
    return m_session->dataset()->segment[std::size_t(row)];
}

int AccountsModel::variant(int row) const
{
    const std::vector<std::uint8_t> &of = m_session->current().variantOfRows();
    return std::size_t(row) < of.size() ? int(of[std::size_t(row)]) : 0;
}

double AccountsModel::number(int row, int column) const
{
    const Dataset &d = *m_session->dataset();
    const double current = m_session->current().isReady() ? at(m_session->current().scores(), row) : kMissing;
    const double base = m_session->baseline().isReady() ? at(m_session->baseline().scores(), row) : kMissing;
    switch (column) {
    case ArrColumn:
        return d.arr[std::size_t(row)];
    case ScoreColumn:
        return current;
    case TierColumn:
        return tier(row);
    case BaselineScoreColumn:
        return base;
    case BaselineTierColumn:
        return baselineTier(row);
    case ChangeColumn:
        return current - base;
    case CoverageColumn: {
        const auto &c = m_session->coverage();
        return std::size_t(row) < c.size() ? double(c[std::size_t(row)]) : kMissing;
    }
    default:
        return kMissing;
    }
}

QString AccountsModel::tierLabel(int t, bool baseline) const
{
    if (t < 0)
        return tr("unscored");
    const auto &tiers = baseline ? m_session->baselineModel().tiers : m_session->model().tiers;
    if (std::size_t(t) >= tiers.size())
        return QString::number(t + 1);
    const Tier &tier = tiers[std::size_t(t)];
    return tier.label.isEmpty() ? tier.id : tier.label;
}

QString AccountsModel::text(int row, int column) const
{
    const Dataset &d = *m_session->dataset();
    const auto r = std::size_t(row);
    switch (column) {
    case AccountColumn:
        return d.accountIds[r];
    case NameColumn:
        return r < d.names.size() ? d.names[r] : QString();
    case CsmColumn:
        return r < d.csm.size() && d.csm[r] >= 0 ? d.csmNames[std::size_t(d.csm[r])] : QString();
    case SegmentColumn:
        return r < d.segment.size() && d.segment[r] >= 0 ? d.segmentNames[std::size_t(d.segment[r])] : QString();
    case TierColumn:
        return tierLabel(tier(row), false);
    case BaselineTierColumn:
        return tierLabel(baselineTier(row), true);
    default:
        return QString();
    }
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session->dataset())
        return {};
    const int row = index.row();
    const int column = index.column();
    if (role == TierRole) {
        if (column == TierColumn)
            return tier(row);
        if (column == BaselineTierColumn)
            return baselineTier(row);
        return {};
    }
    if (role == ManualOverrideRole) {
        const QString note = manualOverride(row);
        return note.isEmpty() ? QVariant() : QVariant(note);
    }
    if (column == AccountColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QString note = manualOverride(row);
        if (!note.isEmpty())
            return role == Qt::DisplayRole ? QVariant(text(row, column) + QStringLiteral(" ✎"))
                                           : QVariant(tr("Manual override, %1").arg(note));
    }
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == SortRole)
        return isNumericColumn(column) ? QVariant(number(row, column)) : QVariant(text(row, column));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (!isNumericColumn(column))
        return text(row, column);
    const double v = number(row, column);
    if (std::isnan(v))
        return role == Qt::ToolTipRole ? QVariant(tr("not scored: too few signals have a value")) : QVariant(QStringLiteral("–"));
    const QLocale locale;
    switch (column) {
    case ArrColumn:
        return locale.toString(v, 'f', 0);
    case ChangeColumn:
        // Changes that round to 0.0 show no sign.
        return v >= 0.05 ? QString(QStringLiteral("+") + locale.toString(v, 'f', 1))
                         : locale.toString(v > -0.05 ? 0.0 : v, 'f', 1);
    case CoverageColumn:
        return QString(locale.toString(v * 100.0, 'f', 0) + u'%');
    default:
        return locale.toString(v, 'f', 1);
    }
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ChangeColumn:
            return tr("Current score minus the baseline model's score");
        case CoverageColumn:
            return tr("Share of the model's signal weight that has a value for this account");
        case BaselineScoreColumn:
        case BaselineTierColumn:
            return tr("What the saved baseline model gives this account");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case NameColumn:
        return tr("Name");
    case CsmColumn:
        return tr("CSM");
    case SegmentColumn:
        return tr("Segment");
    case ArrColumn:
        return tr("ARR");
    case ScoreColumn:
        return tr("Score");
    case TierColumn:
        return tr("Tier");
    case BaselineScoreColumn:
        return tr("Baseline");
    case BaselineTierColumn:
        return tr("Baseline tier");
    case ChangeColumn:
        return tr("Change");
    case CoverageColumn:
        return tr("Coverage");
    default:
        return {};
    }
}

} // namespace tierlab
