#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <vector>

namespace tierlab {

class DesignerSession;
struct ManualOverrideRecord;

// The accounts of the designer's snapshot with their current and baseline scores: one row per
// dataset row. It reads the session's arrays directly (no copy per account), so a re-score costs
// nothing here until notifyScoresChanged() tells the views.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId {
        // What the designer looks at first comes first; the score columns are contiguous.
        AccountColumn,
        ScoreColumn,
        TierColumn,
        BaselineScoreColumn,
        BaselineTierColumn,
        ChangeColumn,
        CoverageColumn,
        ArrColumn,
        NameColumn,
        CsmColumn,
        SegmentColumn,
        ColumnCount
    };
    // Raw values: a double for numeric columns (NaN = none), the text otherwise.
    static constexpr int SortRole = Qt::UserRole + 1;
    // The tier index (int; -1 = unscored) for the tier columns.
    static constexpr int TierRole = Qt::UserRole + 2;
    // The CSM manual override in force for the account on the snapshot's as_of (docs/overrides.md), as
    // text ("tier red: reason"), on every column; an empty variant when none. The account column also
    // shows "✎" after the id and the override in its tooltip; text() and sorting keep the plain id.
    static constexpr int ManualOverrideRole = Qt::UserRole + 3;

    explicit AccountsModel(DesignerSession *session, QObject *parent = nullptr);

    // Tells the views the score columns changed (one dataChanged over them). The page calls it
    // once a slider drag settles, not on every step.
    void notifyScoresChanged();
    // The account behind a row, or -1.
    int rowOf(const QString &accountId) const;
    // The workspace's manual overrides (Workspace::manualOverrides); marked again when the snapshot changes.
    void setManualOverrides(std::vector<ManualOverrideRecord> records);
    QString manualOverride(int row) const;   // empty when none is in force for the row's account
    // The row's account has an override not cleared nor expired on `today` (ManualOverrideRecord::isOpen),
    // whichever week is shown: one set today applies from the next snapshot on, and can be cleared now.
    bool hasOpenOverride(int row, QDate today) const;

    // Fast accessors for the filter proxy (no QVariant).
    bool isNumericColumn(int column) const;
    double number(int row, int column) const;
    QString text(int row, int column) const;
    int tier(int row) const;           // -1 = unscored
    int baselineTier(int row) const;   // -1 = unscored
    int csmCode(int row) const;
    int segmentCode(int row) const;
    // The model's segment variant that scores the row: 0 the base, v + 1 variant v (0 without segments).
    int variant(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void resetRows();
    void markOverrides();
    QString tierLabel(int tier, bool baseline) const;

    DesignerSession *m_session = nullptr;
    int m_rows = 0;
    std::shared_ptr<const std::vector<ManualOverrideRecord>> m_overrides;
    QHash<QString, int> m_overrideOf;   // account id → the record in force on the snapshot's as_of
};

} // namespace tierlab
