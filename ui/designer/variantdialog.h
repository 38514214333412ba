#pragma once

#include "dataset/dataset.h"
#include "model/model.h"

#include "common/checkeddialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tierlab::ui {

// Adds a segment variant: the attribute that picks the segment (`by`: the account's segment or
// CSM, or a category column — fixed once the model has segments), an id and a label, and the
// values whose accounts the variant scores, listed from the designer's snapshot with their
// account counts. A value an earlier variant lists already is shown but cannot be chosen: the
// first variant that lists a value wins.
class VariantDialog : public CheckedDialog
{
    Q_OBJECT

public:
    VariantDialog(const Model &model, const Dataset &snapshot, QWidget *parent = nullptr);

    QString by() const;
    // The new variant: no member of its own yet (it scores like the base until edited).
    SegmentVariant variant() const;
    // Why the entries cannot make a variant, or empty.
    QString problem() const override;

    QComboBox *byCombo() const { return m_by; }
    QLineEdit *idEdit() const { return m_id; }
    QListWidget *valueList() const { return m_values; }

private:
    void fillValues();

    Model m_model;
    const Dataset &m_snapshot;
    QComboBox *m_by = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_label = nullptr;
    QListWidget *m_values = nullptr;
};

} // namespace tierlab::ui
