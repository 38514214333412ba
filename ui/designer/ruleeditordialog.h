#pragma once

#include "charts/plotheader.h"

#include "dataset/dataset.h"
#include "model/model.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace tierlab::ui {

// Edits one signal's rule in place: kind; worst/best, band edges and scores, or the value → score
// map; the missing-value policy. The model validator checks it before the dialog accepts.
class RuleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    RuleEditorDialog(const Signal &signal, const Dataset *snapshot, QWidget *parent = nullptr);

    Signal signal() const;
    // Why the entered rule is not valid, or empty.
    QString problem() const;

    void accept() override;

private:
    Signal m_signal;
    QComboBox *m_kind = nullptr;
    QStackedWidget *m_pages = nullptr;
    QDoubleSpinBox *m_worst = nullptr;
    QDoubleSpinBox *m_best = nullptr;
    QLineEdit *m_edges = nullptr;
    QLineEdit *m_bandScores = nullptr;
    QPlainTextEdit *m_map = nullptr;
    QDoubleSpinBox *m_mapDefault = nullptr;
    QDoubleSpinBox *m_true = nullptr;
    QDoubleSpinBox *m_false = nullptr;
    QCheckBox *m_invert = nullptr;
    QComboBox *m_missing = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace tierlab::ui
