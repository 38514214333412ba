#include "calibratedialog.h"

#include "store/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace tierlab::ui {

namespace {

QString number(double v, int decimals)
{
    return std::isnan(v) ? CalibrateDialog::tr("n/a") : QString::number(v, 'f', decimals);
}

} // namespace

CalibrateDialog::CalibrateDialog(const QString &workspacePath, const Model &model, QWidget *parent)
    : QDialog(parent), m_path(workspacePath), m_model(model)
{
    setObjectName(QStringLiteral("calibrateDialog"));
    setWindowTitle(tr("Calibrate weights"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("calibrateSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);   // Calibration::run reports no progress: a busy indicator
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("calibrateWeights"));
    m_table->setHorizontalHeaderLabels({tr("Category"), tr("Current weight"), tr("Proposed weight")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply weights"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(520, 360);

    for (const Category &c : m_model.categories) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(c.label.isEmpty() ? c.id : c.label));
        m_table->setItem(row, 1, new QTableWidgetItem(number(c.weight, 2)));
        m_table->setItem(row, 2, new QTableWidgetItem(QString()));
    }
    connect(&m_watcher, &QFutureWatcher<Result<CalibrationResult>>::finished, this,
            [this] { finish(m_watcher.result()); });
}

CalibrationOptions CalibrateDialog::options()
{
    CalibrationOptions o;
    o.horizonDays = 90;
    o.bootstrapResamples = 0;   // the dialog shows no interval
    return o;
}

void CalibrateDialog::start()
{
    if (m_watcher.isRunning())
        return;
    m_result.reset();
    m_progress->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_summary->setText(tr("Fitting the category weights to the workspace's outcomes (%1-day horizon)…")
                           .arg(options().horizonDays));
    const QString path = m_path;
    const Model model = m_model;
    // Captures values only: a cancelled dialog may go before the worker ends.
    m_watcher.setFuture(QtConcurrent::run([path, model]() -> Result<CalibrationResult> {
        auto ws = Workspace::open(path);
        if (!ws)
            return std::unexpected(ws.error());
        return Calibration::run(**ws, model, options());
    }));
}

void CalibrateDialog::finish(const Result<CalibrationResult> &result)
{
    m_progress->hide();
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
        auto *item = m_table->item(row, 2);
        item->setText(number(after, 2));
        if (before != after) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    const double testBefore = r.testBefore.auc.isDefined() ? r.testBefore.auc.auc : Metrics::kUndefined;
    const double testAfter = r.testAfter.auc.isDefined() ? r.testAfter.auc.auc : Metrics::kUndefined;
    m_summary->setText(tr("Trained on %1 outcomes until %2: objective %3 → %4. Held-out test (%5 outcomes): AUC %6 → %7.")
                           .arg(r.train.n)
                           .arg(r.train.until.toString(Qt::ISODate), number(r.trainObjectiveBefore, 4),
                                number(r.trainObjectiveAfter, 4))
                           .arg(r.test.n)
                           .arg(number(testBefore, 3), number(testAfter, 3)));
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
    return m;
}

QString CalibrateDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace tierlab::ui
