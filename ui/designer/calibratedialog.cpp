#include "calibratedialog.h"

#include "analysis/snapshothistory.h"
#include "session/workspacesession.h"
#include "common/format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace tierlab::ui {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Progress runs 0–1000: loading the history takes the first half (when it is not cached yet),
// the weight search the second.
constexpr int kProgressSpan = 1000;
// The train-until date edit's lowest value stands for "no date": the default ~70/30 cut.
const QDate kAutomaticDate(2000, 1, 1);

// A bound cell: empty means none; anything else must read as a number ≥ 0.
double boundOf(const QTableWidgetItem *item, double none, bool *ok)
{
    const QString text = item ? item->text().trimmed() : QString();
    if (text.isEmpty())
        return none;
    return text.toDouble(ok);
}

} // namespace

CalibrateDialog::CalibrateDialog(const QString &workspacePath, const Model &model, QWidget *parent)
    : CalibrateDialog(new WorkspaceSession, model, parent)
{
    m_workspace->setParent(this);
    (void)m_workspace->open(workspacePath);   // a failure shows as the run's error
}

CalibrateDialog::CalibrateDialog(WorkspaceSession *workspace, const Model &model, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_model(model)
{
    setObjectName(QStringLiteral("calibrateDialog"));
    setWindowTitle(tr("Calibrate weights"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_horizon = new QComboBox(this);
    m_horizon->setObjectName(QStringLiteral("calibrateHorizon"));
    for (int days : {30, 60, 90, 180})
        m_horizon->addItem(tr("%1 days").arg(days), days);
    m_horizon->setCurrentIndex(2);
    m_objective = new QComboBox(this);
    m_objective->setObjectName(QStringLiteral("calibrateObjective"));
    m_objective->addItem(tr("Ranking (AUC)"), int(CalibrationObjective::Auc));
    m_objective->addItem(tr("Probability fit (log loss)"), int(CalibrationObjective::LogLoss));
    m_signalWeights = new QCheckBox(tr("Also fit the signal weights inside each category"), this);
    m_signalWeights->setObjectName(QStringLiteral("calibrateSignalWeights"));
    form->addRow(tr("Horizon:"), m_horizon);
    form->addRow(tr("Objective:"), m_objective);

    // Validation: which outcomes the fit never sees (docs/backtest.md, "Validation").
    const CalibrationOptions defaults = options();
    auto *validationRow = new QHBoxLayout;
    m_validation = new QComboBox(this);
    m_validation->setObjectName(QStringLiteral("calibrateValidation"));
    m_validation->addItem(tr("Automatic"), int(CalibrationValidation::Auto));
    m_validation->addItem(tr("By date"), int(CalibrationValidation::TimeSplit));
    m_validation->addItem(tr("Random holdout of accounts"), int(CalibrationValidation::Holdout));
    m_validation->addItem(tr("Cross-validation (K folds)"), int(CalibrationValidation::Folds));
    m_validation->setToolTip(tr("Which outcomes the fit never sees: the test AUC is measured on them. Holdout and folds "
                                "split by account, churned and retained in proportion."));
    m_validationHint = new QLabel(tr("by date, the latest 30 % of the outcomes test; a random %1 % of the accounts "
                                     "when all outcomes share one date")
                                      .arg(defaults.holdoutFraction * 100.0),
                                  this);
    m_validationHint->setObjectName(QStringLiteral("calibrateValidationHint"));
    m_validationHint->setWordWrap(true);
    m_trainUntilLabel = new QLabel(tr("Train up to and including"), this);
    m_trainUntil = new QDateEdit(this);
    m_trainUntil->setObjectName(QStringLiteral("calibrateTrainUntil"));
    m_trainUntil->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_trainUntil->setCalendarPopup(true);
    m_trainUntil->setMinimumDate(kAutomaticDate);
    m_trainUntil->setSpecialValueText(tr("automatic (~70 %)"));
    m_trainUntil->setDate(kAutomaticDate);
    m_trainUntil->setToolTip(tr("Outcomes dated on or before this day train; later ones test. Automatic: the date of "
                                "the outcome at 70 % by date. After a run it shows the date used."));
    m_holdout = new QDoubleSpinBox(this);
    m_holdout->setObjectName(QStringLiteral("calibrateHoldout"));
    m_holdout->setRange(5, 95);
    m_holdout->setDecimals(0);
    m_holdout->setValue(defaults.holdoutFraction * 100.0);
    m_holdout->setSuffix(tr(" % of the accounts test"));
    m_folds = new QSpinBox(this);
    m_folds->setObjectName(QStringLiteral("calibrateFolds"));
    m_folds->setRange(CalibrationSplitter::kMinFolds, CalibrationSplitter::kMaxFolds);
    m_folds->setValue(defaults.folds);
    m_folds->setSuffix(tr(" folds"));
    m_seedLabel = new QLabel(tr("Seed"), this);
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("calibrateSeed"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(defaults.seed));
    m_seed->setToolTip(tr("The same seed draws the same accounts."));
    m_seedLabel->setBuddy(m_seed);
    validationRow->addWidget(m_validation);
    validationRow->addWidget(m_validationHint, 1);
    validationRow->addWidget(m_trainUntilLabel);
    validationRow->addWidget(m_trainUntil);
    validationRow->addWidget(m_holdout);
    validationRow->addWidget(m_folds);
    validationRow->addWidget(m_seedLabel);
    validationRow->addWidget(m_seed);
    validationRow->addStretch();
    form->addRow(tr("Validation:"), validationRow);
    connect(m_validation, &QComboBox::currentIndexChanged, this, &CalibrateDialog::showValidationControls);
    showValidationControls();
    form->addRow(QString(), m_signalWeights);

    auto *capacityRow = new QHBoxLayout;
    m_capacityOn = new QCheckBox(tr("Worst tier holds at most"), this);
    m_capacityOn->setObjectName(QStringLiteral("calibrateCapacityOn"));
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(QStringLiteral("calibrateCapacity"));
    m_capacity->setRange(0, 10000000);
    m_capacity->setValue(100);
    m_capacity->setSuffix(tr(" accounts"));
    m_capacity->setEnabled(false);
    capacityRow->addWidget(m_capacityOn);
    capacityRow->addWidget(m_capacity);
    capacityRow->addStretch();
    auto *churnRow = new QHBoxLayout;
    m_churnOn = new QCheckBox(tr("Best tier's churn rate at most"), this);
    m_churnOn->setObjectName(QStringLiteral("calibrateChurnOn"));
    m_churn = new QDoubleSpinBox(this);
    m_churn->setObjectName(QStringLiteral("calibrateChurn"));
    m_churn->setRange(0, 100);
    m_churn->setDecimals(1);
    m_churn->setValue(5);
    m_churn->setSuffix(tr(" %"));
    m_churn->setEnabled(false);
    churnRow->addWidget(m_churnOn);
    churnRow->addWidget(m_churn);
    churnRow->addStretch();
    connect(m_capacityOn, &QCheckBox::toggled, m_capacity, &QWidget::setEnabled);
    connect(m_churnOn, &QCheckBox::toggled, m_churn, &QWidget::setEnabled);
    form->addRow(tr("Tier edges:"), capacityRow);
    form->addRow(QString(), churnRow);
    layout->addLayout(form);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("calibrateSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("calibrateProgress"));
    m_progress->setRange(0, kProgressSpan);
    m_progress->setTextVisible(true);
    m_progress->hide();

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("calibrateWeights"));
    m_table->setHorizontalHeaderLabels(
        {tr("Category"), tr("Current weight"), tr("Proposed weight"), tr("Lock"), tr("Min"), tr("Max")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setToolTip(tr("Lock keeps a weight as it is; Min and Max bound the search (empty Min: the guard rail "
                           "below; empty Max: no limit)."));
    m_guardRail = new QLabel(tr("Guard rail: no category's weight goes below %1 (%2 % of the weights' sum) unless you "
                                "type its Min; type 0 to let a category drop out of the score.")
                                 .arg(format::number(Calibration::minimumWeight(m_model, options()), 2))
                                 .arg(CalibrationOptions::kDefaultMinWeightShare * 100.0),
                             this);
    m_guardRail->setObjectName(QStringLiteral("calibrateGuardRail"));
    m_guardRail->setWordWrap(true);
    for (const Category &c : m_model.categories) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto readOnly = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        m_table->setItem(row, CategoryColumn, readOnly(c.label.isEmpty() ? c.id : c.label));
        m_table->setItem(row, CurrentColumn, readOnly(format::number(c.weight, 2)));
        m_table->setItem(row, ProposedColumn, readOnly(QString()));
        auto *lock = new QTableWidgetItem;
        lock->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        lock->setCheckState(Qt::Unchecked);
        m_table->setItem(row, LockColumn, lock);
        m_table->setItem(row, MinColumn, new QTableWidgetItem(QString()));
        m_table->setItem(row, MaxColumn, new QTableWidgetItem(QString()));
    }

    m_tiers = new QTableWidget(0, 3, this);
    m_tiers->setObjectName(QStringLiteral("calibrateTiers"));
    m_tiers->setHorizontalHeaderLabels({tr("Tier"), tr("Lower edge now"), tr("Proposed")});
    m_tiers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_tiers->verticalHeader()->hide();
    fillTiers();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_run = m_buttons->addButton(tr("&Calibrate"), QDialogButtonBox::ActionRole);
    m_run->setObjectName(QStringLiteral("calibrateRun"));
    connect(m_run, &QPushButton::clicked, this, &CalibrateDialog::start);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    // Cancel stops a running calibration (the worker checks before each weight) and closes.
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        cancel();
        reject();
    });

    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_guardRail);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_tiers, 2);
    layout->addWidget(m_buttons);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 4);
    resize(700, 640);

    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { showProgress(value, m_watcher.progressText()); });
    connect(&m_watcher, &QFutureWatcherBase::progressTextChanged, this,
            [this](const QString &text) { showProgress(m_watcher.progressValue(), text); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CalibrateDialog::finish);
}

CalibrateDialog::~CalibrateDialog()
{
    // The worker holds copies only; it stops at its next check and its result is dropped.
    m_watcher.cancel();
}

CalibrationOptions CalibrateDialog::options()
{
    CalibrationOptions o;
    o.horizonDays = 90;
    o.bootstrapResamples = 0;   // the dialog shows no interval
    return o;
}

CalibrationOptions CalibrateDialog::currentOptions() const
{
    CalibrationOptions o = options();
    o.horizonDays = m_horizon->currentData().toInt();
    o.objective = CalibrationObjective(m_objective->currentData().toInt());
    for (int row = 0; row < m_table->rowCount() && std::size_t(row) < m_model.categories.size(); ++row) {
        const QString &id = m_model.categories[std::size_t(row)].id;
        if (m_table->item(row, LockColumn)->checkState() == Qt::Checked) {
            o.locked.append(id);
            continue;
        }
        bool minOk = true, maxOk = true;
        const QTableWidgetItem *minItem = m_table->item(row, MinColumn);
        const bool minTyped = !minItem->text().trimmed().isEmpty();
        const double lo = boundOf(minItem, 0.0, &minOk);
        const double hi = boundOf(m_table->item(row, MaxColumn), kInfinity, &maxOk);
        // An unreadable bound is passed on as NaN so that the calibration refuses it with its message;
        // an empty Min keeps the guard rail.
        if (minTyped || hi != kInfinity || !maxOk) {
            CalibrationOptions::Bounds b;
            if (minTyped)
                b.min = minOk ? lo : std::nan("");
            b.max = maxOk ? hi : std::nan("");
            o.categoryBounds[id] = b;
        }
    }
    o.signalWeights = m_signalWeights->isChecked();
    o.validation = validation();
    switch (o.validation) {
    case CalibrationValidation::Auto:
        break;
    case CalibrationValidation::TimeSplit:
        if (m_trainUntil->date() != kAutomaticDate)
            o.trainUntil = m_trainUntil->date();
        break;
    case CalibrationValidation::Holdout:
        o.holdoutFraction = m_holdout->value() / 100.0;
        o.seed = std::uint64_t(m_seed->value());
        break;
    case CalibrationValidation::Folds:
        o.folds = m_folds->value();
        o.seed = std::uint64_t(m_seed->value());
        break;
    }
    if (m_capacityOn->isChecked())
        o.redCapacity = m_capacity->value();
    if (m_churnOn->isChecked())
        o.bestTierMaxChurn = m_churn->value() / 100.0;
    return o;
}

void CalibrateDialog::setHorizonDays(int days)
{
    const int index = m_horizon->findData(days);
    if (index >= 0)
        m_horizon->setCurrentIndex(index);
}

void CalibrateDialog::setLocked(int category, bool locked)
{
    if (auto *item = m_table->item(category, LockColumn))
        item->setCheckState(locked ? Qt::Checked : Qt::Unchecked);
}

void CalibrateDialog::setBounds(int category, double min, double max)
{
    if (category < 0 || category >= m_table->rowCount())
        return;
    m_table->item(category, MinColumn)->setText(QString::number(min));
    m_table->item(category, MaxColumn)->setText(std::isinf(max) ? QString() : QString::number(max));
}

void CalibrateDialog::setRedCapacity(std::int64_t accounts)
{
    m_capacityOn->setChecked(accounts >= 0);
    if (accounts >= 0)
        m_capacity->setValue(int(std::min<std::int64_t>(accounts, m_capacity->maximum())));
}

void CalibrateDialog::setBestTierMaxChurn(double rate)
{
    m_churnOn->setChecked(!std::isnan(rate));
    if (!std::isnan(rate))
        m_churn->setValue(rate * 100.0);
}

void CalibrateDialog::setFitSignalWeights(bool on)
{
    m_signalWeights->setChecked(on);
}

void CalibrateDialog::setValidation(CalibrationValidation validation)
{
    const int index = m_validation->findData(int(validation));
    if (index >= 0)
        m_validation->setCurrentIndex(index);
}

CalibrationValidation CalibrateDialog::validation() const
{
    return CalibrationValidation(m_validation->currentData().toInt());
}

void CalibrateDialog::setTrainUntil(QDate date)
{
    m_trainUntil->setDate(date.isValid() ? date : kAutomaticDate);
}

void CalibrateDialog::setHoldoutFraction(double fraction)
{
    m_holdout->setValue(fraction * 100.0);
}

void CalibrateDialog::setFolds(int k)
{
    m_folds->setValue(k);
}

void CalibrateDialog::setSeed(int seed)
{
    m_seed->setValue(seed);
}

// Only the controls of the chosen validation are shown.
void CalibrateDialog::showValidationControls()
{
    const CalibrationValidation v = validation();
    m_validationHint->setVisible(v == CalibrationValidation::Auto);
    m_trainUntilLabel->setVisible(v == CalibrationValidation::TimeSplit);
    m_trainUntil->setVisible(v == CalibrationValidation::TimeSplit);
    m_holdout->setVisible(v == CalibrationValidation::Holdout);
    m_folds->setVisible(v == CalibrationValidation::Folds);
    const bool seeded = v == CalibrationValidation::Holdout || v == CalibrationValidation::Folds;
    m_seedLabel->setVisible(seeded);
    m_seed->setVisible(seeded);
}

void CalibrateDialog::start()
{
    if (m_watcher.isRunning()) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
    m_result.reset();
    fillTiers();
    for (int row = 0; row < m_table->rowCount(); ++row)
        m_table->item(row, ProposedColumn)->setText(QString());
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_progress->show();
    m_run->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const CalibrationOptions chosen = currentOptions();
    m_summary->setText(chosen.validation == CalibrationValidation::Folds
                           ? tr("Cross-validating over %1 folds, then fitting the category weights to all outcomes "
                                "(%2-day horizon)…")
                                 .arg(chosen.folds)
                                 .arg(chosen.horizonDays)
                           : tr("Fitting the category weights to the workspace's outcomes (%1-day horizon)…")
                                 .arg(chosen.horizonDays));
    const Model model = m_model;
    // Captures values only: a closed dialog may go before the worker ends.
    m_watcher.setFuture(m_workspace->runReporting<Result<CalibrationResult>>([model, chosen](SessionJob &job, QPromise<Result<CalibrationResult>> &promise) {
        promise.setProgressRange(0, kProgressSpan);
        std::atomic<bool> stop{false};
        auto checkCancel = [&] {
            if (promise.isCanceled())
                stop = true;
        };
        HistoryLoadOptions load;
        load.cancel = &stop;
        load.progress = [&](int done, int total) {
            promise.setProgressValueAndText(kProgressSpan / 2 * done / std::max(1, total),
                                            CalibrateDialog::tr("Reading snapshot %1 of %2…").arg(done).arg(total));
            checkCancel();
        };
        auto history = job.history(load);
        if (!history) {
            promise.addResult(Result<CalibrationResult>(std::unexpected(history.error())));
            return;
        }
        CalibrationOptions o = chosen;
        o.cancel = &stop;
        o.progress = [&](int done, int total) {
            promise.setProgressValueAndText(kProgressSpan / 2 + kProgressSpan / 2 * done / std::max(1, total),
                                            CalibrateDialog::tr("Searching the weights (step %1 of at most %2)…")
                                                .arg(done)
                                                .arg(total));
            checkCancel();
        };
        promise.addResult(Calibration::run(**history, model, o));
    }));
}

void CalibrateDialog::cancel()
{
    if (!m_watcher.isRunning())
        return;
    m_watcher.cancel();
    m_summary->setText(tr("Calibration cancelled."));
    Q_EMIT cancelled();
}

void CalibrateDialog::showProgress(int value, const QString &text)
{
    m_progress->setValue(value);
    m_progress->setFormat(text.isEmpty() ? QStringLiteral("%p%") : text);
}

void CalibrateDialog::fillTiers()
{
    m_tiers->setRowCount(0);
    for (std::size_t t = 0; t < m_model.tiers.size(); ++t) {
        const Tier &tier = m_model.tiers[t];
        const int row = m_tiers->rowCount();
        m_tiers->insertRow(row);
        m_tiers->setItem(row, 0, new QTableWidgetItem(tier.label.isEmpty() ? tier.id : tier.label));
        m_tiers->setItem(row, 1, new QTableWidgetItem(format::number(tier.min, 2)));
        m_tiers->setItem(row, 2, new QTableWidgetItem(QString()));
    }
}

void CalibrateDialog::finish()
{
    m_progress->hide();
    m_run->setEnabled(true);
    if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const Result<CalibrationResult> result = m_watcher.result();
    if (!result) {
        m_summary->setText(tr("Calibration failed: %1").arg(result.error().message));
        Q_EMIT calibrated();
        return;
    }
    m_result = *result;
    const CalibrationResult &r = *m_result;
    for (int row = 0; row < m_table->rowCount() && std::size_t(row) < r.weightsAfter.size(); ++row) {
        const double before = r.weightsBefore[std::size_t(row)];
        const double after = r.weightsAfter[std::size_t(row)];
        auto *item = m_table->item(row, ProposedColumn);
        item->setText(format::number(after, 2));
        QFont font = item->font();
        font.setBold(before != after);
        item->setFont(font);
    }
    QStringList notes;
    for (const TierCut *cut : {&r.redCut, &r.bestCut}) {
        if (cut->tier < 0 || cut->tier >= m_tiers->rowCount())
            continue;
        auto *item = m_tiers->item(cut->tier, 2);
        if (cut->feasible) {
            item->setText(format::number(cut->proposed, 2));
            QFont font = item->font();
            font.setBold(cut->proposed != cut->current);
            item->setFont(font);
        } else {
            item->setText(tr("unchanged"));
            notes.append(cut->reason);
        }
    }
    if (r.validation == CalibrationValidation::TimeSplit)
        m_trainUntil->setDate(r.trainUntil);   // the date used, to start from when choosing "By date"
    QString text = resultText(r);
    int signalsChanged = 0;
    for (std::size_t i = 0; i < r.signalWeightsAfter.size(); ++i)
        signalsChanged += r.signalWeightsAfter[i] != r.signalWeightsBefore[i] ? 1 : 0;
    if (signalsChanged > 0)
        text += u' ' + tr("%n signal weight(s) changed inside their categories.", nullptr, signalsChanged);
    if (r.redCut.feasible)
        text += u' ' + tr("Worst tier with the proposed edge: %n account(s) of the latest snapshot.", nullptr, int(r.redCut.accounts));
    if (r.bestCut.feasible)
        text += u' ' + tr("Best tier's back-tested churn: %1 %.").arg(r.bestCut.rate * 100.0, 0, 'f', 1);
    for (const QString &note : notes)
        text += u' ' + note;
    text += guardRailText(r);
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    Q_EMIT calibrated();
}

Model CalibrateDialog::proposedModel() const
{
    Model m = m_model;
    if (!m_result)
        return m;
    for (std::size_t c = 0; c < m.categories.size() && c < m_result->weightsAfter.size(); ++c)
        m.categories[c].weight = m_result->weightsAfter[c];
    for (std::size_t i = 0; i < m.signals.size() && i < m_result->signalWeightsAfter.size(); ++i)
        m.signals[i].weight = m_result->signalWeightsAfter[i];
    m = ThresholdProposal::apply(m, m_result->redCut);
    return ThresholdProposal::apply(m, m_result->bestCut);
}

// What was trained and tested, and how.
QString CalibrateDialog::guardRailText(const CalibrationResult &r) const
{
    auto categoryLabel = [this](const QString &id) {
        const int c = m_model.categoryIndex(id);
        return c < 0 || m_model.categories[std::size_t(c)].label.isEmpty() ? id : m_model.categories[std::size_t(c)].label;
    };
    auto tierLabel = [this](const QString &id) {
        const int t = m_model.tierIndex(id);
        return t < 0 || m_model.tiers[std::size_t(t)].label.isEmpty() ? id : m_model.tiers[std::size_t(t)].label;
    };
    QString text;
    if (!r.categoriesAtZero.isEmpty()) {
        QStringList labels;
        for (const QString &id : r.categoriesAtZero)
            labels << categoryLabel(id);
        text += u' ' + tr("Weighed 0, so left out of the score: %1.").arg(QLocale().createSeparatedList(labels));
    }
    QStringList shifts;
    for (const CapShift &shift : r.capShifts)
        shifts << tr("\"%1\" (cap %2) from %3 to %4")
                      .arg(shift.override, format::number(shift.cap, 2), tierLabel(shift.tierBefore), tierLabel(shift.tierAfter));
    if (!shifts.isEmpty())
        text += u' ' + tr("With the proposed edges these overrides' caps land in another tier: %1.")
                           .arg(QLocale().createSeparatedList(shifts));
    return text;
}

QString CalibrateDialog::resultText(const CalibrationResult &r) const
{
    const double testBefore = r.testBefore.auc.isDefined() ? r.testBefore.auc.auc : Metrics::kUndefined;
    const double testAfter = r.testAfter.auc.isDefined() ? r.testAfter.auc.auc : Metrics::kUndefined;
    QString text;
    if (!r.note.isEmpty())
        text = r.note + u' ';
    switch (r.validation) {
    case CalibrationValidation::Auto:
    case CalibrationValidation::TimeSplit:
        text += tr("Trained on %1 outcomes until %2: objective %3 → %4. Held-out test (%5 outcomes): AUC %6 → %7.")
                    .arg(r.train.n)
                    .arg(r.train.until.toString(Qt::ISODate), format::number(r.trainObjectiveBefore, 4),
                         format::number(r.trainObjectiveAfter, 4))
                    .arg(r.test.n)
                    .arg(format::number(testBefore, 3), format::number(testAfter, 3));
        break;
    case CalibrationValidation::Holdout:
        text += tr("Trained on %1 outcomes of %2 accounts: objective %3 → %4. Held-out test, a random %5 % of the "
                   "accounts (%6 accounts, %7 outcomes, seed %8): AUC %9 → %10.")
                    .arg(r.train.n)
                    .arg(r.train.accounts)
                    .arg(format::number(r.trainObjectiveBefore, 4), format::number(r.trainObjectiveAfter, 4))
                    .arg(r.holdoutFraction * 100.0)
                    .arg(r.test.accounts)
                    .arg(r.test.n)
                    .arg(r.seed)
                    .arg(format::number(testBefore, 3), format::number(testAfter, 3));
        break;
    case CalibrationValidation::Folds: {
        QStringList perFold;
        for (const CalibrationFold &f : r.foldResults)
            perFold.append(format::number(f.testAuc, 3));
        text += tr("%1-fold cross-validation by account (seed %2): test AUC per fold %3; mean %4 ± %5 (input model: "
                   "%6). The proposal is refit on all %7 outcomes: objective %8 → %9.")
                    .arg(r.folds)
                    .arg(r.seed)
                    .arg(perFold.join(QStringLiteral(", ")), format::number(r.foldsMeanAuc, 3), format::number(r.foldsSdAuc, 3),
                         format::number(r.foldsMeanAucBefore, 3))
                    .arg(r.train.n)
                    .arg(format::number(r.trainObjectiveBefore, 4), format::number(r.trainObjectiveAfter, 4));
        break;
    }
    }
    return text;
}

QString CalibrateDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace tierlab::ui
