#pragma once

#include "charts/plotheader.h"

#include "dataset/dataset.h"
#include "model/model.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace tierlab::ui {

// A new signal for the model: the workspace column it reads, its label and its category. The rule
// starts as one that suits the column's type (percentile for numbers, yes/no for flags, a map for
// categories); "Rule…" refines it against the data.
class AddSignalDialog : public QDialog
{
    Q_OBJECT

public:
    AddSignalDialog(const Model &model, const std::vector<SignalInfo> &columns, int category, QWidget *parent = nullptr);

    // The signal to add, its id unique in the model; empty id when no column is chosen.
    Signal signal() const;
    // A rule every column of `type` takes.
    static SignalRule startingRule(SignalType type);

    QComboBox *columnBox() const { return m_column; }
    QComboBox *categoryBox() const { return m_category; }
    QLineEdit *labelEdit() const { return m_label; }

private:
    Model m_model;
    std::vector<SignalInfo> m_columns;
    QComboBox *m_column = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_label = nullptr;
};

} // namespace tierlab::ui
