#include "weightspanel.h"
#include "common/format.h"
#include "designer/addsignaldialog.h"
#include "designer/tierdialog.h"
#include "model/modelvalidator.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSlider>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

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

// An id for a new entry: the label in lower case with underscores, numbered when taken.
template <typename Taken>
QString freshId(const QString &label, const QString &fallback, Taken taken)
{
    QString base;
    for (const QChar ch : label.trimmed().toLower())
        base += ch.isLetterOrNumber() ? ch : u'_';
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; taken(id); ++n)
        id = QStringLiteral("%1_%2").arg(base).arg(n);
    return id;
}

QString displayName(const QString &label, const QString &id)
{
    return label.isEmpty() ? id : label;
}

// The model with entry `index` of one of its lists (categories, signals) relabelled; none when
// there is no such entry.
template <typename T>
std::optional<Model> relabelled(const Model &model, std::vector<T> Model::*list, int index, const QString &label)
{
    if (index < 0 || std::size_t(index) >= (model.*list).size())
        return std::nullopt;
    Model m = model;
    (m.*list)[std::size_t(index)].label = label.trimmed();
    return m;
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
    auto *addCategoryButton = new QPushButton(tr("Add Category…"), this);
    addCategoryButton->setObjectName(QStringLiteral("addCategoryButton"));
    addCategoryButton->setToolTip(tr("Add a category of signals to the model (each row's ⋯ menu renames, moves or "
                                     "removes it, and adds signals to it)"));
    connect(addCategoryButton, &QPushButton::clicked, this, &WeightsPanel::askAddCategory);
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
    // Under the rows, not in the header: the panel is narrow and the header full.
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(addCategoryButton);
    outer->addLayout(addRow);

    auto *tiersHeader = new QHBoxLayout;
    tiersHeader->addWidget(new QLabel(tr("<b>Tiers</b>"), this), 1);
    auto *addTierButton = new QPushButton(tr("Add Tier…"), this);
    addTierButton->setObjectName(QStringLiteral("addTierButton"));
    addTierButton->setToolTip(tr("Add a tier (a model has %1 to %2 tiers)").arg(kFewestTiers).arg(kMostTiers));
    connect(addTierButton, &QPushButton::clicked, this, &WeightsPanel::askAddTier);
    m_tierMenu = new QToolButton(this);
    m_tierMenu->setObjectName(QStringLiteral("tierMenuButton"));
    m_tierMenu->setText(tr("Edit Tiers"));
    m_tierMenu->setToolTip(tr("Change a tier's id, label, colour or minimum score, or remove a tier"));
    m_tierMenu->setPopupMode(QToolButton::InstantPopup);
    auto *tierMenu = new QMenu(m_tierMenu);
    connect(tierMenu, &QMenu::aboutToShow, this, [this, tierMenu] {
        tierMenu->clear();
        for (int t = 0; t < int(m_model.tiers.size()); ++t) {
            const Tier &tier = m_model.tiers[std::size_t(t)];
            const QString name = displayName(tier.label, tier.id);
            tierMenu->addAction(tr("Edit %1…").arg(name), this, [this, t] { askEditTier(t); });
        }
        tierMenu->addSeparator();
        for (int t = 0; t < int(m_model.tiers.size()); ++t) {
            const Tier &tier = m_model.tiers[std::size_t(t)];
            QAction *remove = tierMenu->addAction(tr("Remove %1").arg(displayName(tier.label, tier.id)), this,
                                                  [this, t] { refused(removeTier(t)); });
            remove->setEnabled(int(m_model.tiers.size()) > kFewestTiers);
        }
    });
    m_tierMenu->setMenu(tierMenu);
    tiersHeader->addWidget(addTierButton);
    tiersHeader->addWidget(m_tierMenu);
    outer->addLayout(tiersHeader);
    m_tiers = new QLabel(this);
    m_tiers->setObjectName(QStringLiteral("tiersSummary"));
    m_tiers->setWordWrap(true);
    m_tiers->setTextFormat(Qt::PlainText);
    outer->addWidget(m_tiers);

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
    m_model = model;
    for (const Category &c : model.categories)
        ids << QStringLiteral("c:") + c.id + u'/' + c.label;
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
    // Locks and open rows follow their category by id: a reorder moves them along.
    QSet<QString> locked, expanded;
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        const QString &id = m_categories[c].id;
        if (m_categories[c].lock && m_categories[c].lock->isChecked())
            locked.insert(id);
        if (m_categories[c].expand && m_categories[c].expand->isChecked())
            expanded.insert(id);
    }
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        // Later, not now: the edit that rebuilt the rows may run inside one of their menus.
        if (QWidget *w = item->widget()) {
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        }
        delete item;
    }
    m_categories.assign(model.categories.size(), CategoryRow());
    m_signals.assign(model.signals.size(), SignalRow());
    for (std::size_t s = 0; s < model.signals.size(); ++s) {
        const int c = model.categoryIndex(model.signals[s].category);
        if (c >= 0)
            m_categories[std::size_t(c)].members.push_back(int(s));
    }
    for (int c = 0; c < int(model.categories.size()); ++c) {
        QWidget *row = makeCategoryRow(model, c);
        m_rows->addWidget(row);
        // Now, not once the event loop turns: the row's keys and focus need it visible.
        row->show();
    }
    m_rows->addStretch(1);
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        m_categories[c].lock->setChecked(locked.contains(model.categories[c].id));
        if (expanded.contains(model.categories[c].id))
            setExpanded(int(c), true);
    }
    // Keyboard users stay on the row they edited.
    const QString focus = std::exchange(m_focusAfterRebuild, QString());
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        if (focus == QString(QStringLiteral("c:") + model.categories[c].id))
            m_categories[c].slider->setFocus();
    }
    for (std::size_t i = 0; i < m_signals.size(); ++i) {
        if (focus == QString(QStringLiteral("s:") + model.signals[i].id)) {
            const int c = model.categoryIndex(model.signals[i].category);
            if (c >= 0)
                setExpanded(c, true);
            m_signals[i].slider->setFocus();
        }
    }
}

QWidget *WeightsPanel::makeCategoryRow(const Model &model, int c)
{
    const Category &cat = model.categories[std::size_t(c)];
    CategoryRow &row = m_categories[std::size_t(c)];
    row.id = cat.id;
    auto *frame = new QFrame(m_content);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(6, 4, 6, 4);
    box->setSpacing(2);

    row.header = new QWidget(frame);
    row.header->setObjectName(QStringLiteral("category_%1").arg(cat.id));
    auto *headerBox = new QVBoxLayout(row.header);
    headerBox->setContentsMargins(0, 0, 0, 0);
    headerBox->setSpacing(2);
    box->addWidget(row.header);
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
    row.menu = new QToolButton(row.header);
    row.menu->setObjectName(QStringLiteral("categoryMenu_%1").arg(cat.id));
    row.menu->setText(QStringLiteral("⋯"));
    row.menu->setAutoRaise(true);
    row.menu->setToolTip(tr("Rename, move or remove %1, or add a signal to it (F2 renames, Alt+Up / Alt+Down move)")
                             .arg(displayName(cat.label, cat.id)));
    top->addWidget(row.expand);
    top->addWidget(name, 1);
    top->addWidget(row.lock);
    top->addWidget(row.share);
    top->addWidget(row.menu);
    headerBox->addLayout(top);
    addRowActions(row.header, row.menu, true, c);

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
    headerBox->addLayout(controls);
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
    w->setObjectName(QStringLiteral("signalRow_%1").arg(sig.id));
    row.row = w;
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
    row.menu = new QToolButton(w);
    row.menu->setObjectName(QStringLiteral("signalMenu_%1").arg(sig.id));
    row.menu->setText(QStringLiteral("⋯"));
    row.menu->setAutoRaise(true);
    row.menu->setToolTip(tr("Rename, move or remove %1, or put it in another category (F2 renames, Alt+Up / "
                            "Alt+Down move)").arg(name->text()));
    grid->addWidget(name, 0, 0, 1, 2);
    grid->addWidget(row.share, 0, 2);
    grid->addWidget(row.menu, 0, 3);
    grid->addWidget(row.slider, 1, 0);
    grid->addWidget(row.spin, 1, 1);
    grid->addWidget(edit, 1, 2, 1, 2);
    grid->addWidget(row.summary, 2, 0, 1, 4);
    grid->setColumnStretch(0, 1);
    wireSlider(row.slider, row.spin, false, s);
    addRowActions(w, row.menu, false, s);
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
    m_model = model;
    updateTiers();
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

// ---- structure edits ---------------------------------------------------------------------------

void WeightsPanel::setCatalogue(const Dataset &snapshot)
{
    m_catalogue.clear();
    for (const Column &c : snapshot.columns)
        m_catalogue.push_back(c.info);
}

void WeightsPanel::addRowActions(QWidget *row, QToolButton *button, bool isCategory, int index)
{
    // Keys act on the row holding the focus (its slider, spin box or buttons): the category's header
    // and each signal row are siblings, so one key never means two rows.
    const auto key = [this, row](const QKeySequence &sequence, auto slot) {
        auto *action = new QAction(row);
        action->setShortcut(sequence);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        row->addAction(action);
    };
    key(QKeySequence(Qt::Key_F2), [this, isCategory, index] { askRename(isCategory, index); });
    key(QKeySequence(Qt::ALT | Qt::Key_Up), [this, isCategory, index] {
        refused(isCategory ? moveCategory(index, -1) : moveSignal(index, -1));
    });
    key(QKeySequence(Qt::ALT | Qt::Key_Down), [this, isCategory, index] {
        refused(isCategory ? moveCategory(index, 1) : moveSignal(index, 1));
    });

    auto *menu = new QMenu(button);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    connect(menu, &QMenu::aboutToShow, this, [this, menu, isCategory, index] {
        menu->clear();
        if (!isCategory) {
            fillSignalMenu(menu, index);
            return;
        }
        menu->addAction(tr("Rename…"), QKeySequence(Qt::Key_F2), this, [this, index] { askRename(true, index); });
        QAction *up = menu->addAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), this,
                                      [this, index] { refused(moveCategory(index, -1)); });
        up->setEnabled(index > 0);
        QAction *down = menu->addAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down), this,
                                        [this, index] { refused(moveCategory(index, 1)); });
        down->setEnabled(index + 1 < int(m_model.categories.size()));
        menu->addAction(tr("Add Signal…"), this, [this, index] { askAddSignal(index); });
        menu->addSeparator();
        menu->addAction(tr("Remove Category"), this, [this, index] { refused(removeCategory(index)); });
    });
}

void WeightsPanel::fillSignalMenu(QMenu *menu, int signal)
{
    menu->addAction(tr("Rename…"), QKeySequence(Qt::Key_F2), this, [this, signal] { askRename(false, signal); });
    menu->addAction(tr("Move Up"), QKeySequence(Qt::ALT | Qt::Key_Up), this, [this, signal] { refused(moveSignal(signal, -1)); });
    menu->addAction(tr("Move Down"), QKeySequence(Qt::ALT | Qt::Key_Down), this,
                    [this, signal] { refused(moveSignal(signal, 1)); });
    QMenu *to = menu->addMenu(tr("Move to Category"));
    const QString current = m_model.signals[std::size_t(signal)].category;
    for (int c = 0; c < int(m_model.categories.size()); ++c) {
        const Category &cat = m_model.categories[std::size_t(c)];
        QAction *a = to->addAction(displayName(cat.label, cat.id), this, [this, signal, c] { refused(setSignalCategory(signal, c)); });
        a->setEnabled(cat.id != current);
    }
    menu->addSeparator();
    menu->addAction(tr("Remove Signal"), this, [this, signal] { refused(removeSignal(signal)); });
}

void WeightsPanel::refused(const QString &message)
{
    if (message.isEmpty())
        return;
    Q_EMIT editRefused(message);
    // Window-modal, not blocking: the panel is rebuilt under it when the model changes meanwhile.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Model structure"), message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("structureRefused"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString WeightsPanel::emitEdit(const Model &edited, const QString &text, const QString &focusId)
{
    // The validator's word on what the edit leaves behind (a tier an override caps at, a signal a
    // segment changes, an empty category list, tier minimums out of order).
    if (const std::vector<ModelIssue> issues = ModelValidator::checkStructure(edited); !issues.empty())
        return tr("This edit would leave the model invalid:\n%1").arg(ModelValidator::joinIssues(issues));
    m_focusAfterRebuild = focusId;
    Q_EMIT structureEdited(edited, text);
    return {};
}

QString WeightsPanel::addCategory(const QString &label)
{
    if (label.trimmed().isEmpty())
        return tr("A category needs a name.");
    if (int(m_model.categories.size()) >= kMaxCategories)
        return tr("A model has at most %1 categories.").arg(kMaxCategories);
    Model m = m_model;
    Category c;
    c.id = freshId(label, QStringLiteral("category"), [&m](const QString &id) { return m.categoryIndex(id) >= 0; });
    c.label = label.trimmed();
    c.weight = 0;   // a new, empty category changes no score until it has signals and a weight
    m.categories.push_back(c);
    return emitEdit(m, tr("Add category %1").arg(c.label), QStringLiteral("c:") + c.id);
}

QString WeightsPanel::renameCategory(int category, const QString &label)
{
    if (label.trimmed().isEmpty())
        return tr("A category needs a name.");
    const std::optional<Model> m = relabelled(m_model, &Model::categories, category, label);
    if (!m)
        return tr("No such category.");
    const Category &c = m_model.categories[std::size_t(category)];
    return emitEdit(*m, tr("Rename category %1 to %2").arg(displayName(c.label, c.id), label.trimmed()), QStringLiteral("c:") + c.id);
}

QString WeightsPanel::moveCategory(int category, int delta)
{
    const int to = category + delta;
    if (category < 0 || to < 0 || std::size_t(category) >= m_model.categories.size() || std::size_t(to) >= m_model.categories.size())
        return {};   // already first or last: nothing to do, nothing to say
    Model m = m_model;
    std::swap(m.categories[std::size_t(category)], m.categories[std::size_t(to)]);
    const Category &c = m.categories[std::size_t(to)];
    return emitEdit(m, delta < 0 ? tr("Move category %1 up").arg(displayName(c.label, c.id))
                                 : tr("Move category %1 down").arg(displayName(c.label, c.id)),
                    QStringLiteral("c:") + c.id);
}

QString WeightsPanel::removeCategory(int category)
{
    if (category < 0 || std::size_t(category) >= m_model.categories.size())
        return tr("No such category.");
    const Category &c = m_model.categories[std::size_t(category)];
    const auto members = std::count_if(m_model.signals.begin(), m_model.signals.end(),
                                       [&c](const Signal &s) { return s.category == c.id; });
    if (members > 0)
        return tr("%1 still has %n signal(s): move them to another category or remove them first.", nullptr, int(members))
            .arg(displayName(c.label, c.id));
    Model m = m_model;
    m.categories.erase(m.categories.begin() + category);
    return emitEdit(m, tr("Remove category %1").arg(displayName(c.label, c.id)));
}

QString WeightsPanel::addSignal(const Signal &signal)
{
    if (signal.id.isEmpty())
        return tr("Choose the column the signal reads.");
    Model m = m_model;
    m.signals.push_back(signal);
    return emitEdit(m, tr("Add signal %1").arg(displayName(signal.label, signal.id)), QStringLiteral("s:") + signal.id);
}

QString WeightsPanel::renameSignal(int signal, const QString &label)
{
    if (label.trimmed().isEmpty())
        return tr("A signal needs a name.");
    const std::optional<Model> m = relabelled(m_model, &Model::signals, signal, label);
    if (!m)
        return tr("No such signal.");
    const Signal &s = m_model.signals[std::size_t(signal)];
    return emitEdit(*m, tr("Rename signal %1 to %2").arg(displayName(s.label, s.id), label.trimmed()), QStringLiteral("s:") + s.id);
}

QString WeightsPanel::moveSignal(int signal, int delta)
{
    if (signal < 0 || std::size_t(signal) >= m_model.signals.size() || delta == 0)
        return {};
    // The neighbour in the same category: the rows shown under a category are its signals in file order.
    const QString category = m_model.signals[std::size_t(signal)].category;
    int to = signal + (delta < 0 ? -1 : 1);
    while (to >= 0 && std::size_t(to) < m_model.signals.size() && m_model.signals[std::size_t(to)].category != category)
        to += delta < 0 ? -1 : 1;
    if (to < 0 || std::size_t(to) >= m_model.signals.size())
        return {};
    Model m = m_model;
    std::swap(m.signals[std::size_t(signal)], m.signals[std::size_t(to)]);
    const Signal &s = m.signals[std::size_t(to)];
    return emitEdit(m, delta < 0 ? tr("Move signal %1 up").arg(displayName(s.label, s.id))
                                 : tr("Move signal %1 down").arg(displayName(s.label, s.id)),
                    QStringLiteral("s:") + s.id);
}

QString WeightsPanel::setSignalCategory(int signal, int category)
{
    if (signal < 0 || std::size_t(signal) >= m_model.signals.size() || category < 0
        || std::size_t(category) >= m_model.categories.size())
        return tr("No such signal or category.");
    Model m = m_model;
    Signal &s = m.signals[std::size_t(signal)];
    const Category &c = m.categories[std::size_t(category)];
    if (s.category == c.id)
        return {};
    s.category = c.id;
    return emitEdit(m, tr("Move signal %1 to %2").arg(displayName(s.label, s.id), displayName(c.label, c.id)),
                    QStringLiteral("s:") + s.id);
}

QString WeightsPanel::removeSignal(int signal)
{
    if (signal < 0 || std::size_t(signal) >= m_model.signals.size())
        return tr("No such signal.");
    const Signal &s = m_model.signals[std::size_t(signal)];
    // A penalty or an override reads the signal's column: removing the signal would leave a
    // condition on a column the model no longer scores, which is almost never meant.
    QStringList users;
    for (const Penalty &p : m_model.penalties) {
        if (p.columnName() == s.columnName())
            users << tr("penalty \"%1\"").arg(displayName(p.label, p.id));
    }
    for (const Override &o : m_model.overrides) {
        if (o.columnName() == s.columnName())
            users << tr("override \"%1\"").arg(displayName(o.reason, o.id));
    }
    if (!users.isEmpty())
        return tr("%1 cannot be removed: %2 use(s) its column %3. Change or remove them first (Penalties and "
                  "overrides → Edit…).")
            .arg(displayName(s.label, s.id), users.join(QStringLiteral(", ")), s.columnName());
    Model m = m_model;
    const QString name = displayName(s.label, s.id);
    m.signals.erase(m.signals.begin() + signal);
    return emitEdit(m, tr("Remove signal %1").arg(name));
}

QString WeightsPanel::addTier(const Tier &tier)
{
    if (int(m_model.tiers.size()) >= kMostTiers)
        return tr("A model has at most %1 tiers here.").arg(kMostTiers);
    if (m_model.tierIndex(tier.id) >= 0)
        return tr("There is already a tier \"%1\".").arg(tier.id);
    Model m = m_model;
    // In order of the minimum score: tiers are listed from the worst up.
    const auto at = std::upper_bound(m.tiers.begin(), m.tiers.end(), tier.min,
                                     [](double min, const Tier &t) { return min < t.min; });
    m.tiers.insert(at, tier);
    return emitEdit(m, tr("Add tier %1").arg(displayName(tier.label, tier.id)));
}

QString WeightsPanel::editTier(int tier, const Tier &edited)
{
    if (tier < 0 || std::size_t(tier) >= m_model.tiers.size())
        return tr("No such tier.");
    Model m = m_model;
    const QString oldId = m.tiers[std::size_t(tier)].id;
    m.tiers[std::size_t(tier)] = edited;
    if (edited.id != oldId) {
        // What names the tier by id follows it.
        for (Override &o : m.overrides) {
            if (o.capTier == oldId)
                o.capTier = edited.id;
        }
        if (m.trend && m.trend->tier == oldId)
            m.trend->tier = edited.id;
    }
    return emitEdit(m, tr("Change tier %1").arg(displayName(edited.label, edited.id)));
}

QString WeightsPanel::removeTier(int tier)
{
    if (tier < 0 || std::size_t(tier) >= m_model.tiers.size())
        return tr("No such tier.");
    if (int(m_model.tiers.size()) <= kFewestTiers)
        return tr("A model needs at least %1 tiers.").arg(kFewestTiers);
    Model m = m_model;
    const Tier removed = m.tiers[std::size_t(tier)];
    m.tiers.erase(m.tiers.begin() + tier);
    // Its scores go to the tier below; removing the first tier, the next one starts at 0.
    if (tier == 0)
        m.tiers.front().min = 0;
    return emitEdit(m, tr("Remove tier %1").arg(displayName(removed.label, removed.id)));
}

void WeightsPanel::askAddCategory()
{
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("Add Category"), tr("Name of the new category:"),
                                                QLineEdit::Normal, QString(), &ok);
    if (ok)
        refused(addCategory(label));
}

void WeightsPanel::askAddSignal(int category)
{
    AddSignalDialog dialog(m_model, m_catalogue, category, this);
    if (dialog.exec() == QDialog::Accepted)
        refused(addSignal(dialog.signal()));
}

void WeightsPanel::askRename(bool isCategory, int index)
{
    const int count = int(isCategory ? m_model.categories.size() : m_model.signals.size());
    if (index < 0 || index >= count)
        return;
    const QString current = isCategory ? displayName(m_model.categories[std::size_t(index)].label, m_model.categories[std::size_t(index)].id)
                                       : displayName(m_model.signals[std::size_t(index)].label, m_model.signals[std::size_t(index)].id);
    bool ok = false;
    const QString label = QInputDialog::getText(this, isCategory ? tr("Rename Category") : tr("Rename Signal"), tr("New name:"),
                                                QLineEdit::Normal, current, &ok);
    if (ok && label.trimmed() != current)
        refused(isCategory ? renameCategory(index, label) : renameSignal(index, label));
}

void WeightsPanel::askAddTier()
{
    if (int(m_model.tiers.size()) >= kMostTiers) {
        refused(tr("A model has at most %1 tiers here.").arg(kMostTiers));
        return;
    }
    // A first guess: halfway between the top tier's minimum and 100.
    Tier t;
    t.id = freshId(QStringLiteral("tier"), QStringLiteral("tier"), [this](const QString &id) { return m_model.tierIndex(id) >= 0; });
    t.label = tr("New tier");
    t.min = m_model.tiers.empty() ? 0 : std::round((m_model.tiers.back().min + 100) / 2);
    TierDialog dialog(t, m_model.tiers.empty(), this);
    if (dialog.exec() == QDialog::Accepted)
        refused(addTier(dialog.tier()));
}

void WeightsPanel::askEditTier(int tier)
{
    if (tier < 0 || std::size_t(tier) >= m_model.tiers.size())
        return;
    TierDialog dialog(m_model.tiers[std::size_t(tier)], tier == 0, this);
    if (dialog.exec() == QDialog::Accepted)
        refused(editTier(tier, dialog.tier()));
}

void WeightsPanel::updateTiers()
{
    QStringList parts;
    for (const Tier &t : m_model.tiers)
        parts << tr("%1 ≥ %2").arg(displayName(t.label, t.id), QLocale().toString(t.min, 'g', 15));
    m_tiers->setText(parts.join(QStringLiteral(" · ")));
}

QString WeightsPanel::tiersText() const
{
    return m_tiers->text();
}

QToolButton *WeightsPanel::categoryMenuButton(int category) const
{
    return category >= 0 && std::size_t(category) < m_categories.size() ? m_categories[std::size_t(category)].menu : nullptr;
}

QToolButton *WeightsPanel::signalMenuButton(int signal) const
{
    return signal >= 0 && std::size_t(signal) < m_signals.size() ? m_signals[std::size_t(signal)].menu : nullptr;
}

QWidget *WeightsPanel::categoryHeader(int category) const
{
    return category >= 0 && std::size_t(category) < m_categories.size() ? m_categories[std::size_t(category)].header : nullptr;
}

QWidget *WeightsPanel::signalRowWidget(int signal) const
{
    return signal >= 0 && std::size_t(signal) < m_signals.size() ? m_signals[std::size_t(signal)].row : nullptr;
}

} // namespace tierlab::ui
