#include "segmentbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QAbstractItemView>
#include <QLocale>
#include <QToolButton>

namespace tierlab::ui {

namespace {

QString withCount(const QString &text, const std::vector<std::int64_t> &sizes, std::size_t index)
{
    if (index >= sizes.size())
        return text;
    return SegmentBar::tr("%1 (%2)").arg(text, QLocale().toString(qlonglong(sizes[index])));
}

} // namespace

SegmentBar::SegmentBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("segmentBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // No label beside it: the left column is narrow and the first entry says what the list is.
    m_combo = new QComboBox(this);
    m_combo->setAccessibleName(tr("Segment"));
    m_combo->setObjectName(QStringLiteral("segmentCombo"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->setToolTip(tr("Which accounts the charts show, and which model the weights edit: the base model, or "
                           "one segment's variant (its own weights, rules and tier edges)"));
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addVariantButton"));
    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("Add a segment variant: accounts with chosen values of an attribute get their own weights, "
                         "rules and tier edges"));
    m_edit = new QToolButton(this);
    m_edit->setObjectName(QStringLiteral("editVariantButton"));
    m_edit->setText(QStringLiteral("✎"));
    m_edit->setAccessibleName(tr("Edit variant"));
    m_edit->setToolTip(tr("Edit the chosen variant's label and the values whose accounts it scores"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("removeVariantButton"));
    m_remove->setText(QStringLiteral("−"));
    m_remove->setToolTip(tr("Remove the chosen variant: its accounts are scored by the base model"));
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_add);
    layout->addWidget(m_edit);
    layout->addWidget(m_remove);
    connect(m_add, &QToolButton::clicked, this, &SegmentBar::addRequested);
    connect(m_edit, &QToolButton::clicked, this, [this] {
        if (editedVariant() >= 0)
            Q_EMIT editRequested(editedVariant());
    });
    connect(m_remove, &QToolButton::clicked, this, [this] {
        if (editedVariant() >= 0)
            Q_EMIT removeRequested(editedVariant());
    });
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_filling || index < 0)
            return;
        setChoice(m_combo->itemData(index).toInt());
    });
    setSegments(Model(), {});
}

void SegmentBar::setSegments(const Model &model, const std::vector<std::int64_t> &sizes)
{
    const auto &variants = model.segments.variants;
    QStringList texts;
    std::vector<int> choices;
    m_names.clear();
    m_ids.clear();
    std::int64_t total = 0;
    for (std::int64_t n : sizes)
        total += n;
    texts << (sizes.empty() ? tr("All accounts · base model")
                            : tr("All accounts · base model (%1)").arg(QLocale().toString(qlonglong(total))));
    choices.push_back(kAll);
    QStringList tips{tr("Every account, each scored by its segment's variant; the weights edit the base model")};
    m_names.push_back(QString());
    m_ids.push_back(QString());
    for (std::size_t v = 0; v < variants.size(); ++v) {
        const SegmentVariant &sv = variants[v];
        QStringList when(sv.when.begin(), sv.when.end());
        const QString name = sv.label.isEmpty() ? sv.id : sv.label;
        // By id with its values: short enough for the narrow column; the label names it in titles.
        texts << withCount(tr("%1: %2").arg(sv.id, when.join(QStringLiteral(", "))), sizes, v + 1);
        tips << tr("%1: the accounts whose %2 is %3").arg(name, model.segments.by, when.join(tr(" or ")));
        choices.push_back(int(v) + 1);
        m_names.push_back(name);
        m_ids.push_back(sv.id);
    }
    if (!variants.empty()) {
        texts << withCount(tr("Base (accounts in no variant)"), sizes, 0);
        tips << tr("The accounts no variant lists: the base model scores them");
        choices.push_back(0);
        m_names.push_back(tr("accounts in no variant"));
        m_ids.push_back(QString());
    }
    // The chosen entry by id: an edit that adds, removes or reorders variants keeps it.
    int want = kAll;
    if (m_choice == 0 && !variants.empty())
        want = 0;
    for (std::size_t v = 0; v < variants.size(); ++v) {
        if (m_choice > 0 && variants[v].id == m_chosenId)
            want = int(v) + 1;
    }
    m_filling = true;
    QStringList shown;
    for (int i = 0; i < m_combo->count(); ++i)
        shown << m_combo->itemText(i);
    if (shown != texts) {
        m_combo->clear();
        for (int i = 0; i < texts.size(); ++i) {
            m_combo->addItem(texts[i], choices[std::size_t(i)]);
            m_combo->setItemData(i, tips[i], Qt::ToolTipRole);
        }
    }
    m_combo->setEnabled(!variants.empty());
    // The list as wide as its longest entry, even where the closed combo is narrower.
    m_combo->view()->setMinimumWidth(m_combo->view()->sizeHintForColumn(0) + 8);
    m_filling = false;
    setChoice(want);
}

void SegmentBar::setChoice(int choice)
{
    const int index = m_combo->findData(choice);
    if (index < 0)
        return;
    m_filling = true;
    m_combo->setCurrentIndex(index);
    m_filling = false;
    m_chosenId = m_ids[std::size_t(index)];
    m_remove->setEnabled(choice > 0);
    m_edit->setEnabled(choice > 0);
    if (choice == m_choice)
        return;
    m_choice = choice;
    Q_EMIT choiceChanged(choice);
}

QString SegmentBar::choiceName() const
{
    const int index = m_combo->currentIndex();
    return index >= 0 && std::size_t(index) < m_names.size() ? m_names[std::size_t(index)] : QString();
}

} // namespace tierlab::ui
