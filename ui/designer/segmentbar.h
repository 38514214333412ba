#pragma once

#include "model/model.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QComboBox;
class QToolButton;

namespace tierlab::ui {

// The designer's segment selector: which accounts the charts show and which model the weights
// panel edits — every account with the base model, one variant of the model's segments, or the
// accounts in no variant (scored by the base). "+" adds a variant, "✎" edits the chosen one's label
// and values, "−" removes it.
class SegmentBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAll = -1;   // every account; the base model is edited

    explicit SegmentBar(QWidget *parent = nullptr);

    // Lists the model's variants with their accounts (`sizes` per variant index, 0 the base; empty
    // when unknown). The chosen entry stays chosen by its variant id; when it is gone, kAll.
    void setSegments(const Model &model, const std::vector<std::int64_t> &sizes);
    // kAll, 0 (accounts in no variant) or v + 1 (variant v).
    int choice() const { return m_choice; }
    void setChoice(int choice);
    // The variant edited, or -1 when the base model is (all accounts, or those in no variant).
    int editedVariant() const { return m_choice > 0 ? m_choice - 1 : -1; }
    // A short name of the chosen accounts for titles ("Enterprise"); empty for every account.
    QString choiceName() const;
    QComboBox *combo() const { return m_combo; }

Q_SIGNALS:
    void choiceChanged(int choice);
    void addRequested();
    void editRequested(int variant);
    void removeRequested(int variant);

private:
    QComboBox *m_combo = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_remove = nullptr;
    std::vector<QString> m_names;   // per combo entry, for choiceName()
    std::vector<QString> m_ids;     // per combo entry: the variant's id, else empty
    int m_choice = kAll;
    QString m_chosenId;             // the chosen variant's id, to keep it across edits
    bool m_filling = false;
};

} // namespace tierlab::ui
