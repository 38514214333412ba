#include "weightspanel.h"
#include "common/format.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace tierlab::ui {

namespace {

QString num(double v)
{
    return QLocale().toString(v, 'g', 6);
}

QString valueText(const RuleValue &v)
{
    switch (v.type) {
    case RuleValue::Type::Number:
        return num(v.number);
    case RuleValue::Type::Text:
        return u'"' + v.text + u'"';
    case RuleValue::Type::Bool:
        return v.flag ? QCoreApplication::translate("WeightsPanel", "yes") : QCoreApplication::translate("WeightsPanel", "no");
    }
    return {};
}

// Small shares keep a decimal so that 2.5 % does not read as 3 %.
QString percent(double share)
{
    return format::percent(share, share * 100.0 < 9.95 && share > 0 ? 1 : 0);
}

} // namespace

WeightsPanel::WeightsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("weightsPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Weights</b>"), this);
    m_total = new QLabel(this);
    m_total->setToolTip(tr("The sum of the category weights; each category's share is its weight divided by it"));
    auto *normalise = new QPushButton(tr("Normalise to 100"), this);
    normalise->setObjectName(QStringLiteral("normaliseButton"));
    normalise->setToolTip(tr("Scale the unlocked category weights so that all weights add up to 100 (shares stay the same)"));
    connect(normalise, &QPushButton::clicked, this, &WeightsPanel::normaliseRequested);
    header->addWidget(title);
    header->addWidget(m_total, 1);
    header->addWidget(normalise);
    outer->addLayout(header);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(scroll);
    m_rows = new QVBoxLayout(m_content);
    m_rows->setContentsMargins(0, 0, 4, 0);
    m_rows->setSpacing(4);
    scroll->setWidget(m_content);
    outer->addWidget(scroll, 1);

    auto *conditionsHeader = new QHBoxLayout;
    conditionsHeader->addWidget(new QLabel(tr("<b>Penalties and overrides</b>"), this), 1);
    auto *editConditions = new QPushButton(tr("Edit…"), this);
    editConditions->setObjectName(QStringLiteral("editConditionsButton"));
    editConditions->setToolTip(tr("Add, change or remove the penalties (points off when a condition holds) and "
                                  "overrides (a cap on the score, with a reason)"));
    connect(editConditions, &QPushButton::clicked, this, &WeightsPanel::conditionsEditRequested);
    conditionsHeader->addWidget(editConditions);
    outer->addLayout(conditionsHeader);
    m_conditions = new QLabel(this);
    m_conditions->setObjectName(QStringLiteral("conditionsSummary"));
    m_conditions->setWordWrap(true);
    m_conditions->setTextFormat(Qt::PlainText);
    outer->addWidget(m_conditions);
}

QString WeightsPanel::ruleSummary(const Signal &s)
{
    const SignalRule &r = s.rule;
    QString text;
    switch (r.kind) {
    case RuleKind::Linear:
        text = tr("linear: %1 → 0, %2 → 100").arg(num(r.worst), num(r.best));
        break;
    case RuleKind::Bands: {
        QStringList parts;
        for (std::size_t i = 0; i < r.bandScores.size(); ++i) {
            if (i < r.edges.size())
                parts << QStringLiteral("%1 <%2").arg(num(r.bandScores[i]), num(r.edges[i]));
            else
                parts << num(r.bandScores[i]);
        }
        text = tr("bands: %1").arg(parts.join(QStringLiteral(" | ")));
        break;
    }
    case RuleKind::Map: {
        QStringList parts;
        for (const auto &[value, score] : r.mapScores)
            parts << QStringLiteral("%1 = %2").arg(value, num(score));
        parts << tr("other = %1").arg(num(r.mapDefault));
        text = tr("map: %1").arg(parts.join(QStringLiteral(", ")));
        break;
    }
    case RuleKind::Flag:
        text = tr("flag: yes = %1, no = %2").arg(num(r.trueScore), num(r.falseScore));
        break;
    case RuleKind::Percentile:
        text = r.invert ? tr("percentile, lower is better") : tr("percentile, higher is better");
        break;
    }
    switch (s.missing) {
    case MissingPolicy::Skip:
        return text + tr("; missing: skipped");
    case MissingPolicy::Neutral:
        return text + tr("; missing: 50");
    case MissingPolicy::Worst:
        return text + tr("; missing: 0");
    }
    return text;
}

QString WeightsPanel::conditionSummary(const Penalty &p)
{
    return tr("−%1 points when %2 %3 %4").arg(num(p.points), p.columnName(), compareOpName(p.op), valueText(p.value))
           + (p.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.label));
}

QString WeightsPanel::conditionSummary(const Override &o)
{
    QStringList caps;
    if (o.cap)
        caps << num(*o.cap);
    if (!o.capTier.isEmpty())
        caps << tr("tier %1").arg(o.capTier);
    return tr("cap at %1 when %2 %3 %4").arg(caps.join(tr(" and ")), o.columnName(), compareOpName(o.op), valueText(o.value))
           + (o.reason.isEmpty() ? QString() : QStringLiteral(": %1").arg(o.reason));
}

void WeightsPanel::setModel(const Model &model)
{
    QStringList ids;
    for (const Category &c : model.categories)
        ids << QStringLiteral("c:") + c.id;
    for (const Signal &s : model.signals)
        ids << QStringLiteral("s:") + s.id + u'/' + s.category + u'/' + s.label;
    if (ids != m_shownIds) {
        m_shownIds = ids;
        rebuild(model);
    }
    syncValues(model);
}

void WeightsPanel::rebuild(const Model &model)
{
    std::vector<bool> locked = lockedCategories();
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_categories.assign(model.categories.size(), CategoryRow());
    m_signals.assign(model.signals.size(), SignalRow());
    for (std::size_t s = 0; s < model.signals.size(); ++s) {
        const int c = model.categoryIndex(model.signals[s].category);
        if (c >= 0)
            m_categories[std::size_t(c)].members.push_back(int(s));
    }
    for (int c = 0; c < int(model.categories.size()); ++c)
        m_rows->addWidget(makeCategoryRow(model, c));
    m_rows->addStretch(1);
    for (std::size_t c = 0; c < m_categories.size() && c < locked.size(); ++c)
        m_categories[c].lock->setChecked(locked[c]);
}

QWidget *WeightsPanel::makeCategoryRow(const Model &model, int c)
{
    const Category &cat = model.categories[std::size_t(c)];
    CategoryRow &row = m_categories[std::size_t(c)];
    auto *frame = new QFrame(m_content);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(6, 4, 6, 4);
    box->setSpacing(2);

    auto *top = new QHBoxLayout;
    row.expand = new QToolButton(frame);
    row.expand->setObjectName(QStringLiteral("expand_%1").arg(cat.id));
    row.expand->setArrowType(Qt::RightArrow);
    row.expand->setCheckable(true);
    row.expand->setAutoRaise(true);
    row.expand->setToolTip(tr("Show the signals of %1, their weights and rules").arg(cat.label));
    auto *name = new QLabel(QStringLiteral("<b>%1</b>").arg((cat.label.isEmpty() ? cat.id : cat.label).toHtmlEscaped()), frame);
    name->setToolTip(cat.description.isEmpty() ? cat.id : cat.description);
    row.share = new QLabel(frame);
    row.share->setObjectName(QStringLiteral("share_%1").arg(cat.id));
    row.share->setMinimumWidth(row.share->fontMetrics().horizontalAdvance(QStringLiteral("100.0%")));
    row.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.share->setToolTip(tr("This category's share of the total weight: how much of the score it decides"));
    row.lock = new QCheckBox(tr("Lock"), frame);
    row.lock->setObjectName(QStringLiteral("lock_%1").arg(cat.id));
    row.lock->setToolTip(tr("Keep this weight fixed; moving another slider then rebalances the unlocked ones "
                            "so the total stays the same"));
    top->addWidget(row.expand);
    top->addWidget(name, 1);
    top->addWidget(row.lock);
    top->addWidget(row.share);
    box->addLayout(top);

    auto *controls = new QHBoxLayout;
    row.slider = new QSlider(Qt::Horizontal, frame);
    row.slider->setObjectName(QStringLiteral("weight_%1").arg(cat.id));
    row.slider->setRange(0, 100 * kSliderScale);
    row.slider->setSingleStep(kSliderScale);
    row.slider->setPageStep(10 * kSliderScale);
    row.slider->setToolTip(tr("Weight of %1: how much it counts in the score (arrow keys: ±1, Page Up/Down: ±10)")
                               .arg(cat.label));
    row.spin = new QDoubleSpinBox(frame);
    row.spin->setRange(0, 1000);
    row.spin->setDecimals(1);
    row.spin->setKeyboardTracking(false);
    row.spin->setToolTip(row.slider->toolTip());
    controls->addWidget(row.slider, 1);
    controls->addWidget(row.spin);
    box->addLayout(controls);
    wireSlider(row.slider, row.spin, true, c);

    row.signalBox = new QWidget(frame);
    auto *signalLayout = new QVBoxLayout(row.signalBox);
    signalLayout->setContentsMargins(16, 2, 0, 2);
    signalLayout->setSpacing(2);
    for (int s : row.members)
        signalLayout->addWidget(makeSignalRow(model, s));
    row.signalBox->setVisible(false);
    box->addWidget(row.signalBox);
    connect(row.expand, &QToolButton::toggled, this, [this, c](bool on) { setExpanded(c, on); });
    return frame;
}

QWidget *WeightsPanel::makeSignalRow(const Model &model, int s)
{
    const Signal &sig = model.signals[std::size_t(s)];
    SignalRow &row = m_signals[std::size_t(s)];
    auto *w = new QWidget(m_content);
    auto *grid = new QGridLayout(w);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->setHorizontalSpacing(4);
    grid->setVerticalSpacing(0);
    auto *name = new QLabel((sig.label.isEmpty() ? sig.id : sig.label), w);
    name->setToolTip(sig.description.isEmpty() ? tr("Column: %1").arg(sig.columnName()) : sig.description);
    row.share = new QLabel(w);
    row.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.share->setToolTip(tr("This signal's share of its category's weight"));
    row.slider = new QSlider(Qt::Horizontal, w);
    row.slider->setObjectName(QStringLiteral("signal_%1").arg(sig.id));
    row.slider->setRange(0, 100 * kSliderScale);
    row.slider->setSingleStep(kSliderScale);
    row.slider->setPageStep(10 * kSliderScale);
    row.slider->setToolTip(tr("Weight of %1 inside its category").arg(name->text()));
    row.spin = new QDoubleSpinBox(w);
    row.spin->setRange(0, 1000);
    row.spin->setDecimals(1);
    row.spin->setKeyboardTracking(false);
    row.spin->setToolTip(row.slider->toolTip());
    row.summary = new QLabel(w);
    row.summary->setObjectName(QStringLiteral("rule_%1").arg(sig.id));
    row.summary->setForegroundRole(QPalette::PlaceholderText);
    row.summary->setTextFormat(Qt::PlainText);
    row.summary->setWordWrap(true);
    auto *edit = new QToolButton(w);
    edit->setText(tr("Rule…"));
    edit->setToolTip(tr("Change how %1 turns a value into a 0–100 score").arg(name->text()));
    connect(edit, &QToolButton::clicked, this, [this, s] { Q_EMIT ruleEditRequested(s); });
    grid->addWidget(name, 0, 0, 1, 2);
    grid->addWidget(row.share, 0, 2);
    grid->addWidget(row.slider, 1, 0);
    grid->addWidget(row.spin, 1, 1);
    grid->addWidget(edit, 1, 2);
    grid->addWidget(row.summary, 2, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    wireSlider(row.slider, row.spin, false, s);
    return w;
}

void WeightsPanel::wireSlider(QSlider *slider, QDoubleSpinBox *spin, bool isCategory, int index)
{
    const auto edited = [this, isCategory, index](double weight, bool dragging) {
        if (isCategory)
            Q_EMIT categoryWeightEdited(index, weight, dragging);
        else
            Q_EMIT signalWeightEdited(index, weight, dragging);
    };
    connect(slider, &QSlider::sliderPressed, this, [this] {
        if (!m_syncing)
            Q_EMIT dragStarted();
    });
    connect(slider, &QSlider::sliderReleased, this, [this] {
        if (!m_syncing)
            Q_EMIT dragFinished();
    });
    connect(slider, &QSlider::valueChanged, this, [this, slider, edited](int value) {
        if (!m_syncing)
            edited(double(value) / kSliderScale, slider->isSliderDown());
    });
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, edited](double value) {
        if (!m_syncing)
            edited(value, false);
    });
}

void WeightsPanel::syncValues(const Model &model)
{
    if (model.categories.size() != m_categories.size() || model.signals.size() != m_signals.size())
        return;
    m_syncing = true;
    double total = 0;
    for (const Category &c : model.categories)
        total += c.weight;
    m_total->setText(tr("total %1").arg(num(std::round(total * 10) / 10)));
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        CategoryRow &row = m_categories[c];
        const double w = model.categories[c].weight;
        row.slider->setValue(int(std::lround(w * kSliderScale)));
        row.spin->setValue(w);
        row.share->setText(percent(total > 0 ? w / total : 0));
        double within = 0;
        for (int s : row.members)
            within += model.signals[std::size_t(s)].weight;
        for (int s : row.members) {
            SignalRow &sr = m_signals[std::size_t(s)];
            const Signal &sig = model.signals[std::size_t(s)];
            sr.slider->setValue(int(std::lround(sig.weight * kSliderScale)));
            sr.spin->setValue(sig.weight);
            sr.share->setText(percent(within > 0 ? sig.weight / within : 0));
            sr.summary->setText(ruleSummary(sig));
        }
    }
    QStringList lines;
    for (const Penalty &p : model.penalties)
        lines << QStringLiteral("• ") + conditionSummary(p);
    for (const Override &o : model.overrides)
        lines << QStringLiteral("• ") + conditionSummary(o);
    m_conditions->setText(lines.isEmpty() ? tr("None.") : lines.join(u'\n'));
    m_syncing = false;
}

std::vector<bool> WeightsPanel::lockedCategories() const
{
    std::vector<bool> locked;
    for (const CategoryRow &row : m_categories)
        locked.push_back(row.lock && row.lock->isChecked());
    return locked;
}

void WeightsPanel::setCategoryLocked(int category, bool locked)
{
    if (category >= 0 && std::size_t(category) < m_categories.size())
        m_categories[std::size_t(category)].lock->setChecked(locked);
}

void WeightsPanel::setExpanded(int category, bool expanded)
{
    if (category < 0 || std::size_t(category) >= m_categories.size())
        return;
    CategoryRow &row = m_categories[std::size_t(category)];
    row.signalBox->setVisible(expanded);
    row.expand->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (row.expand->isChecked() != expanded)
        row.expand->setChecked(expanded);
}

QSlider *WeightsPanel::categorySlider(int category) const
{
    return category >= 0 && std::size_t(category) < m_categories.size() ? m_categories[std::size_t(category)].slider : nullptr;
}

QDoubleSpinBox *WeightsPanel::categorySpin(int category) const
{
    return category >= 0 && std::size_t(category) < m_categories.size() ? m_categories[std::size_t(category)].spin : nullptr;
}

QString WeightsPanel::shareText(int category) const
{
    return category >= 0 && std::size_t(category) < m_categories.size() ? m_categories[std::size_t(category)].share->text()
                                                                         : QString();
}

QSlider *WeightsPanel::signalSlider(int signal) const
{
    return signal >= 0 && std::size_t(signal) < m_signals.size() ? m_signals[std::size_t(signal)].slider : nullptr;
}

QString WeightsPanel::ruleSummaryText(int signal) const
{
    return signal >= 0 && std::size_t(signal) < m_signals.size() ? m_signals[std::size_t(signal)].summary->text() : QString();
}

} // namespace tierlab::ui
