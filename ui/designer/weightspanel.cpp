#include "weightspanel.h"
#include "common/format.h"
#include "designer/addsignaldialog.h"
#include "designer/rulesummary.h"
#include "designer/structureedits.h"
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
#include <tuple>
#include <utility>

namespace tierlab::ui {

namespace {

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
    auto *addCategoryButton = new QPushButton(tr("Add Category…"), this);
    addCategoryButton->setObjectName(QStringLiteral("addCategoryButton"));
    addCategoryButton->setToolTip(tr("Add a category of signals to the model (each row's ⋯ menu renames, moves or "
                                     "removes it, and adds signals to it)"));
    connect(addCategoryButton, &QPushButton::clicked, this, &WeightsPanel::askAddCategory);
    header->addWidget(title);
    header->addWidget(m_total, 1);
    header->addWidget(normalise);
    outer->addLayout(header);
    m_variantNote = new QLabel(this);
    m_variantNote->setObjectName(QStringLiteral("variantNote"));
    m_variantNote->setWordWrap(true);
    m_variantNote->setTextFormat(Qt::PlainText);
    m_variantNote->hide();
    outer->addWidget(m_variantNote);

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
            const QString name = StructureEdits::displayName(tier.label, tier.id);
            tierMenu->addAction(tr("Edit %1…").arg(name), this, [this, t] { askEditTier(t); });
        }
        tierMenu->addSeparator();
        for (int t = 0; t < int(m_model.tiers.size()); ++t) {
            const Tier &tier = m_model.tiers[std::size_t(t)];
            QAction *remove = tierMenu->addAction(tr("Remove %1").arg(StructureEdits::displayName(tier.label, tier.id)), this,
                                                  [this, t] { refused(removeTier(t)); });
            remove->setEnabled(int(m_model.tiers.size()) > kFewestTiers);
        }
    });
    m_tierMenu->setMenu(tierMenu);
    const auto [tiersMark, tiersReset] = makeMark(this, ResetTiers, 0);
    delete tiersMark;   // the tiers line itself shows the edges that apply
    m_resetTiers = tiersReset;
    tiersHeader->addWidget(m_resetTiers);
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
    m_structureButtons = {addCategoryButton, addTierButton, m_tierMenu};
}

std::pair<QLabel *, QToolButton *> WeightsPanel::makeMark(QWidget *parent, ResetKind kind, int index)
{
    auto *mark = new QLabel(tr("inherited"), parent);
    mark->setForegroundRole(QPalette::PlaceholderText);
    mark->setToolTip(tr("This segment uses the base model's value; changing it gives the segment its own"));
    mark->hide();
    auto *reset = new QToolButton(parent);
    reset->setObjectName(QStringLiteral("reset_%1_%2").arg(int(kind)).arg(index));
    reset->setText(QStringLiteral("↺"));
    reset->setAutoRaise(true);
    reset->setToolTip(kind == ResetTiers ? tr("Use the base model's tier edges in this segment again")
                                         : tr("Use the base model's value in this segment again"));
    reset->hide();
    connect(reset, &QToolButton::clicked, this, [this, kind, index] { Q_EMIT resetRequested(int(kind), index); });
    return {mark, reset};
}

void WeightsPanel::setVariantMarks(const VariantMarks &marks)
{
    m_marks = marks;
    applyMarks();
}

void WeightsPanel::applyMarks()
{
    const bool variant = !m_marks.variant.isEmpty();
    const auto own = [](const std::vector<bool> &flags, std::size_t i) { return i < flags.size() && flags[i]; };
    for (std::size_t c = 0; c < m_categories.size(); ++c) {
        m_categories[c].mark->setVisible(variant && !own(m_marks.ownCategories, c));
        m_categories[c].reset->setVisible(variant && own(m_marks.ownCategories, c));
    }
    for (std::size_t i = 0; i < m_signals.size(); ++i) {
        m_signals[i].mark->setVisible(variant && !own(m_marks.ownSignals, i));
        m_signals[i].reset->setVisible(variant && own(m_marks.ownSignals, i));
    }
    m_resetTiers->setVisible(variant && m_marks.ownTiers);
    for (QWidget *button : m_structureButtons)
        button->setEnabled(!variant);
    m_variantNote->setText(tr("Segment %1: \"inherited\" values are the base model's; changing one gives the "
                              "segment its own, ↺ gives it back.")
                               .arg(m_marks.variant));
    m_variantNote->setVisible(variant);
}

QToolButton *WeightsPanel::resetButton(ResetKind kind, int index) const
{
    if (kind == ResetTiers)
        return m_resetTiers;
    if (kind == ResetCategory)
        return index >= 0 && std::size_t(index) < m_categories.size() ? m_categories[std::size_t(index)].reset : nullptr;
    return index >= 0 && std::size_t(index) < m_signals.size() ? m_signals[std::size_t(index)].reset : nullptr;
}

QString WeightsPanel::markText(ResetKind kind, int index) const
{
    const QLabel *mark = kind == ResetCategory ? (index >= 0 && std::size_t(index) < m_categories.size() ? m_categories[std::size_t(index)].mark : nullptr)
                                               : (index >= 0 && std::size_t(index) < m_signals.size() ? m_signals[std::size_t(index)].mark : nullptr);
    return mark && !mark->isHidden() ? mark->text() : QString();
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
    applyMarks();
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
                             .arg(StructureEdits::displayName(cat.label, cat.id)));
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
    // Beside the slider, which gives them the room: the header row is full.
    std::tie(row.mark, row.reset) = makeMark(frame, ResetCategory, c);
    controls->addWidget(row.slider, 1);
    controls->addWidget(row.mark);
    controls->addWidget(row.reset);
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
    std::tie(row.mark, row.reset) = makeMark(w, ResetSignal, s);
    auto *sliderBox = new QHBoxLayout;
    sliderBox->addWidget(row.slider, 1);
    sliderBox->addWidget(row.mark);
    sliderBox->addWidget(row.reset);
    grid->addWidget(name, 0, 0, 1, 2);
    grid->addWidget(row.share, 0, 2);
    grid->addWidget(row.menu, 0, 3);
    grid->addLayout(sliderBox, 1, 0);
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
    m_total->setText(tr("total %1").arg(RuleSummary::number(std::round(total * 10) / 10)));
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
            sr.summary->setText(RuleSummary::rule(sig));
        }
    }
    QStringList lines;
    for (const Penalty &p : model.penalties)
        lines << QStringLiteral("• ") + RuleSummary::condition(p);
    for (const Override &o : model.overrides)
        lines << QStringLiteral("• ") + RuleSummary::condition(o);
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
        if (!m_marks.variant.isEmpty()) {
            // A variant changes values, not the structure: its menu only gives a value back to the base.
            const ResetKind kind = isCategory ? ResetCategory : ResetSignal;
            QToolButton *reset = resetButton(kind, index);
            QAction *back = menu->addAction(tr("Use the Base Model's Value"), this,
                                            [this, kind, index] { Q_EMIT resetRequested(int(kind), index); });
            back->setEnabled(reset && !reset->isHidden());
            return;
        }
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
        QAction *a = to->addAction(StructureEdits::displayName(cat.label, cat.id), this, [this, signal, c] { refused(setSignalCategory(signal, c)); });
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

QString WeightsPanel::emitEdit(const StructureEdit &edit)
{
    if (!edit.model)
        return edit.problem;
    if (!m_marks.variant.isEmpty())
        return tr("A segment's variant changes weights, rules and tier edges only: choose \"All accounts\" in the "
                  "segment list to change the model's structure.");
    // The validator's word on what the edit leaves behind (a tier an override caps at, a signal a
    // segment changes, an empty category list, tier minimums out of order).
    if (const std::vector<ModelIssue> issues = ModelValidator::checkStructure(*edit.model); !issues.empty())
        return tr("This edit would leave the model invalid:\n%1").arg(ModelValidator::joinIssues(issues));
    m_focusAfterRebuild = edit.focusId;
    Q_EMIT structureEdited(*edit.model, edit.text);
    return {};
}

QString WeightsPanel::addCategory(const QString &label)
{
    return emitEdit(StructureEdits::addCategory(m_model, label));
}

QString WeightsPanel::renameCategory(int category, const QString &label)
{
    return emitEdit(StructureEdits::renameCategory(m_model, category, label));
}

QString WeightsPanel::moveCategory(int category, int delta)
{
    return emitEdit(StructureEdits::moveCategory(m_model, category, delta));
}

QString WeightsPanel::removeCategory(int category)
{
    return emitEdit(StructureEdits::removeCategory(m_model, category));
}

QString WeightsPanel::addSignal(const Signal &signal)
{
    return emitEdit(StructureEdits::addSignal(m_model, signal));
}

QString WeightsPanel::renameSignal(int signal, const QString &label)
{
    return emitEdit(StructureEdits::renameSignal(m_model, signal, label));
}

QString WeightsPanel::moveSignal(int signal, int delta)
{
    return emitEdit(StructureEdits::moveSignal(m_model, signal, delta));
}

QString WeightsPanel::setSignalCategory(int signal, int category)
{
    return emitEdit(StructureEdits::setSignalCategory(m_model, signal, category));
}

QString WeightsPanel::removeSignal(int signal)
{
    return emitEdit(StructureEdits::removeSignal(m_model, signal));
}

QString WeightsPanel::addTier(const Tier &tier)
{
    return emitEdit(StructureEdits::addTier(m_model, tier, kMostTiers));
}

QString WeightsPanel::editTier(int tier, const Tier &edited)
{
    return emitEdit(StructureEdits::editTier(m_model, tier, edited));
}

QString WeightsPanel::removeTier(int tier)
{
    return emitEdit(StructureEdits::removeTier(m_model, tier, kFewestTiers));
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
    const QString current = isCategory ? StructureEdits::displayName(m_model.categories[std::size_t(index)].label, m_model.categories[std::size_t(index)].id)
                                       : StructureEdits::displayName(m_model.signals[std::size_t(index)].label, m_model.signals[std::size_t(index)].id);
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
    t.id = StructureEdits::freshId(QStringLiteral("tier"), QStringLiteral("tier"), [this](const QString &id) { return m_model.tierIndex(id) >= 0; });
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
        parts << tr("%1 ≥ %2").arg(StructureEdits::displayName(t.label, t.id), QLocale().toString(t.min, 'g', 15));
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
