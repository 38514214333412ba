#pragma once

#include "common/checkeddialog.h"
#include "model/model.h"
#include "store/workspace.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;

namespace tierlab::ui {

// Sets a CSM's manual override of one account (docs/overrides.md): a tier of the model in force, or a
// score, with a reason (required) and an optional expiry date. The author is the OS user.
class OverrideDialog : public CheckedDialog
{
    Q_OBJECT

public:
    // `tiers`: the tiers of the model in force for the account's latest week; `today` the first day
    // the expiry may be.
    OverrideDialog(const QString &accountLabel, const std::vector<Tier> &tiers, QDate today, QWidget *parent = nullptr);

    // The override as entered, for `accountId`; author and creation time are left to the caller.
    ManualOverrideRecord record(const QString &accountId) const;
    QString problem() const override;

private:
    QDate m_today;
    QRadioButton *m_byTier = nullptr;
    QRadioButton *m_byScore = nullptr;
    QComboBox *m_tier = nullptr;
    QDoubleSpinBox *m_score = nullptr;
    QLineEdit *m_reason = nullptr;
    QCheckBox *m_expiresOn = nullptr;
    QDateEdit *m_expires = nullptr;
};

} // namespace tierlab::ui
