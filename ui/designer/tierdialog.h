#pragma once

#include "charts/plotheader.h"

#include "model/model.h"

#include "common/checkeddialog.h"

class QLabel;
class QLineEdit;

namespace tierlab::ui {

// One tier's id, label, colour and minimum score, for adding a tier or changing one. The minimum is
// read from the text as typed (87.1 stays 87.1); the first tier's minimum is 0 and not editable.
class TierDialog : public CheckedDialog
{
    Q_OBJECT

public:
    TierDialog(const Tier &tier, bool first, QWidget *parent = nullptr);

    Tier tier() const;
    // Why the fields do not make a tier (an empty id, a minimum that is not a number), or empty.
    QString problem() const override;

    QLineEdit *idEdit() const { return m_id; }
    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *colorEdit() const { return m_color; }
    QLineEdit *minEdit() const { return m_min; }

private:
    Tier m_tier;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_color = nullptr;
    QLineEdit *m_min = nullptr;
};

} // namespace tierlab::ui
