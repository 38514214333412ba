#pragma once

#include "dataset/dataset.h"
#include "model/model.h"

#include "common/checkeddialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tierlab::ui {

// Adds a segment variant, or edits one (`editing` ≥ 0): the attribute that picks the segment (`by`: the
// account's segment or CSM, or a category column — fixed once the model has segments), an id (fixed
// when editing) and a label, and the values whose accounts the variant scores, listed from the
// designer's snapshot with their account counts. A value another variant lists is shown but cannot be
// chosen: the first variant that lists a value wins. Values the variant lists that the snapshot lacks
// stay listed (0 accounts), so an edit never drops them unseen.
class VariantDialog : public CheckedDialog
{
    Q_OBJECT

public:
    VariantDialog(const Model &model, const Dataset &snapshot, QWidget *parent = nullptr, int editing = -1);

    QString by() const;
    // The new variant: no member of its own yet (it scores like the base until edited); when editing, the
    // variant with its label and values as entered and its own members kept.
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
    int m_editing = -1;
    QComboBox *m_by = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_label = nullptr;
    QListWidget *m_values = nullptr;
};

} // namespace tierlab::ui
