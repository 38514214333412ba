#include "variantdialog.h"

#include "model/modelsegments.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace tierlab::ui {

namespace {

// The values of `by` in the snapshot with their accounts, in the dictionary's order.
std::vector<std::pair<QString, std::int64_t>> valuesOf(const Dataset &data, const QString &by)
{
    const std::vector<std::int32_t> *codes = nullptr;
    const std::vector<QString> *names = nullptr;
    if (by == u"segment") {
        codes = &data.segment;
        names = &data.segmentNames;
    } else if (by == u"csm") {
        codes = &data.csm;
        names = &data.csmNames;
    } else if (const int c = data.columnIndex(by); c >= 0) {
        codes = &data.columns[std::size_t(c)].codes;
        names = &data.columns[std::size_t(c)].dictionary;
    }
    std::vector<std::pair<QString, std::int64_t>> out;
    if (!codes)
        return out;
    std::vector<std::int64_t> counts(names->size(), 0);
    for (const std::int32_t code : *codes) {
        if (code >= 0 && std::size_t(code) < counts.size())
            ++counts[std::size_t(code)];
    }
    for (std::size_t i = 0; i < names->size(); ++i)
        out.emplace_back((*names)[i], counts[i]);
    return out;
}

} // namespace

VariantDialog::VariantDialog(const Model &model, const Dataset &snapshot, QWidget *parent, int editing)
    : CheckedDialog(parent), m_model(model), m_snapshot(snapshot),
      m_editing(editing >= 0 && std::size_t(editing) < model.segments.variants.size() ? editing : -1)
{
    setObjectName(QStringLiteral("variantDialog"));
    setWindowTitle(m_editing >= 0 ? tr("Edit Segment Variant") : tr("Add Segment Variant"));
    auto *layout = new QVBoxLayout(this);
    // Editing changes only the label and the values: the variant's weights, rules and edges stay as edited.
    auto *intro = new QLabel(m_editing >= 0
                                 ? tr("The accounts with the chosen values are scored by this variant. Its own weights, "
                                      "rules and tier edges stay as they are; edit them in the weights panel.")
                                 : tr("The accounts with the chosen values get a variant of the model: it starts as the "
                                      "base model, and the weights panel then edits its own weights, rules and tier edges."),
                             this);
    intro->setObjectName(QStringLiteral("variantIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("variantBy"));
    if (!model.segments.variants.empty()) {
        m_by->addItem(model.segments.by, model.segments.by);
        m_by->setEnabled(false);
        m_by->setToolTip(tr("Every variant of a model splits by the same attribute"));
    } else {
        m_by->addItem(tr("Account segment"), QStringLiteral("segment"));
        m_by->addItem(tr("CSM"), QStringLiteral("csm"));
        for (const Column &c : snapshot.columns) {
            if (c.info.type == SignalType::Category)
                m_by->addItem(c.info.label.isEmpty() ? c.info.id : c.info.label, c.info.id);
        }
    }
    form->addRow(tr("Split by:"), m_by);
    m_id = new QLineEdit(this);
    m_id->setObjectName(QStringLiteral("variantId"));
    m_id->setPlaceholderText(tr("e.g. ent"));
    form->addRow(tr("Id:"), m_id);
    m_label = new QLineEdit(this);
    m_label->setObjectName(QStringLiteral("variantLabel"));
    m_label->setPlaceholderText(tr("e.g. Enterprise"));
    form->addRow(tr("Label:"), m_label);
    m_values = new QListWidget(this);
    m_values->setObjectName(QStringLiteral("variantValues"));
    m_values->setToolTip(tr("The values whose accounts this variant scores"));
    form->addRow(tr("Values:"), m_values);
    layout->addLayout(form);
    layout->addWidget(makeErrorLabel(QStringLiteral("variantError")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &VariantDialog::reject);
    layout->addWidget(buttons);
    connect(m_by, &QComboBox::currentIndexChanged, this, &VariantDialog::fillValues);
    if (m_editing >= 0) {
        const SegmentVariant &v = model.segments.variants[std::size_t(m_editing)];
        m_id->setText(v.id);
        m_id->setReadOnly(true);
        m_id->setToolTip(tr("A variant keeps its id"));
        m_label->setText(v.label);
    }
    fillValues();
}

void VariantDialog::fillValues()
{
    m_values->clear();
    std::vector<std::pair<QString, std::int64_t>> values = valuesOf(m_snapshot, by());
    std::vector<QString> own;
    if (m_editing >= 0) {
        own = m_model.segments.variants[std::size_t(m_editing)].when;
        for (const QString &value : own) {
            if (std::none_of(values.begin(), values.end(), [&value](const auto &v) { return v.first == value; }))
                values.emplace_back(value, 0);
        }
    }
    for (const auto &[value, count] : values) {
        auto *item = new QListWidgetItem(tr("%1 (%n account(s))", nullptr, int(count)).arg(value), m_values);
        item->setData(Qt::UserRole, value);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        const bool listed = std::find(own.begin(), own.end(), value) != own.end();
        item->setCheckState(listed ? Qt::Checked : Qt::Unchecked);
        // A value another variant lists is that variant's: listing it here too would be ambiguous.
        if (const std::uint8_t v = ModelSegments::variantOfValue(m_model, value); v > 0 && int(v) - 1 != m_editing && !listed) {
            item->setFlags(Qt::ItemIsUserCheckable);
            item->setText(tr("%1 (in %2)").arg(value, m_model.segments.variants[v - 1].id));
        }
    }
}

QString VariantDialog::by() const
{
    return m_by->currentData().toString();
}

SegmentVariant VariantDialog::variant() const
{
    SegmentVariant v = m_editing >= 0 ? m_model.segments.variants[std::size_t(m_editing)] : SegmentVariant();
    v.when.clear();
    v.id = m_id->text().trimmed();
    v.label = m_label->text().trimmed();
    for (int i = 0; i < m_values->count(); ++i) {
        const QListWidgetItem *item = m_values->item(i);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            v.when.push_back(item->data(Qt::UserRole).toString());
    }
    return v;
}

QString VariantDialog::problem() const
{
    const SegmentVariant v = variant();
    if (v.id.isEmpty())
        return tr("The variant needs an id.");
    for (std::size_t i = 0; i < m_model.segments.variants.size(); ++i) {
        if (int(i) != m_editing && m_model.segments.variants[i].id == v.id)
            return tr("There is already a variant \"%1\".").arg(v.id);
    }
    if (m_editing < 0 && int(m_model.segments.variants.size()) >= kMaxSegmentVariants)
        return tr("A model has at most %1 variants.").arg(kMaxSegmentVariants);
    if (v.when.empty())
        return tr("Choose at least one value.");
    return {};
}

} // namespace tierlab::ui
