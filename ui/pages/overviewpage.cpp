#include "overviewpage.h"

#include "session/workspacesession.h"

#include "analysis/snapshothistory.h"

#include "itemmodels/signalcoveragemodel.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "charts/plotheader.h"

namespace tierlab::ui {

OverviewPage::OverviewPage(QWidget *parent) : OverviewPage(new WorkspaceSession, parent)
{
    m_workspace->setParent(this);
}

OverviewPage::OverviewPage(WorkspaceSession *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Portfolio overview"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    auto *tiles = new QGridLayout;
    m_accounts = addTile(tiles, 0, QStringLiteral("accounts"), tr("Accounts"));
    m_snapshots = addTile(tiles, 1, QStringLiteral("snapshots"), tr("Snapshots"));
    m_asOf = addTile(tiles, 2, QStringLiteral("asof"), tr("As-of range"));
    m_outcomes = addTile(tiles, 3, QStringLiteral("outcomes"), tr("Outcomes"));
    layout->addLayout(tiles);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_plot = new QCustomPlot(splitter);
    m_plot->setObjectName(QStringLiteral("snapshotPlot"));
    m_plot->setMinimumHeight(180);
    m_plot->setToolTip(tr("How many accounts have a snapshot on each as-of date"));
    m_plot->plotLayout()->insertRow(0);
    m_plot->plotLayout()->addElement(0, 0, new QCPTextElement(m_plot, tr("Accounts with a snapshot, per as-of date")));
    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerDateTime>::create());
    qSharedPointerCast<QCPAxisTickerDateTime>(m_plot->xAxis->ticker())->setDateTimeFormat(QStringLiteral("yyyy-MM"));
    m_plot->yAxis->setLabel(tr("Accounts"));
    m_plot->addGraph();
    m_plot->graph(0)->setPen(QPen(QColor(0x00, 0x72, 0xb2), 2));
    m_plot->graph(0)->setBrush(QColor(0x00, 0x72, 0xb2, 40));

    m_coverage = new SignalCoverageModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_coverage);
    proxy->setSortRole(SignalCoverageModel::SortRole);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SignalCoverageModel::SignalColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SignalCoverageModel::SignalColumn, QHeaderView::Stretch);
    m_table->setToolTip(tr("The signals in this workspace and the share of snapshots that have a value for each"));
    splitter->addWidget(m_plot);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(&m_watcher, &QFutureWatcher<Result<WorkspaceSummary>>::finished, this, [this] {
        showSummary(m_watcher.result(), m_watcher.property("generation").toULongLong());
    });
    connect(&m_coverageWatcher, &QFutureWatcher<Result<WorkspaceSummary>>::finished, this, [this] {
        showHistoryFigures(m_coverageWatcher.result(), m_coverageWatcher.property("generation").toULongLong());
    });
    connect(m_workspace, &WorkspaceSession::workspaceChanged, this, &OverviewPage::reload);
    connect(m_workspace, &WorkspaceSession::dataChanged, this, &OverviewPage::reload);
}

OverviewPage::~OverviewPage()
{
    m_watcher.waitForFinished();
    m_coverageWatcher.waitForFinished();
}

QLabel *OverviewPage::addTile(QGridLayout *grid, int column, const QString &name, const QString &caption)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    auto *value = new QLabel(QStringLiteral("–"), frame);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    value->setFont(big);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *label = new QLabel(caption, frame);
    label->setForegroundRole(QPalette::PlaceholderText);
    box->addWidget(value);
    box->addWidget(label);
    grid->addWidget(frame, 0, column);
    return value;
}

void OverviewPage::setWorkspace(const QString &path)
{
    if (auto opened = m_workspace->open(path); !opened)
        showSummary(std::unexpected(opened.error()), ++m_generation);
}

void OverviewPage::reload()
{
    if (!m_workspace->isOpen())
        return;
    const quint64 generation = ++m_generation;
    m_summaryShown = m_coverageShown = false;
    Q_EMIT statusMessage(tr("Reading %1…").arg(m_workspace->path()));
    // Latest wins: a newer request supersedes the one in flight; its result is dropped on arrival.
    m_watcher.setProperty("generation", generation);
    m_watcher.setFuture(m_workspace->run<Result<WorkspaceSummary>>([](SessionJob &job) -> Result<WorkspaceSummary> {
        auto ws = job.workspace();
        if (!ws)
            return std::unexpected(ws.error());
        return (*ws)->summary(false);
    }));
    // The row counts and the coverage from the history the designer and the back-test share:
    // counting and decoding every snapshot row again took as long as loading the history itself.
    m_coverageWatcher.setProperty("generation", generation);
    m_coverageWatcher.setFuture(
        m_workspace->run<Result<WorkspaceSummary>>([](SessionJob &job) -> Result<WorkspaceSummary> {
            auto history = job.history();
            if (!history)
                return std::unexpected(history.error());
            WorkspaceSummary figures;   // only the history's part: rows per as_of and coverage
            (*history)->completeSummary(figures);
            return figures;
        }));
}

bool OverviewPage::isLoading() const
{
    return m_watcher.isRunning() || m_coverageWatcher.isRunning();
}

QString OverviewPage::tileText(const QString &tile) const
{
    const auto *label = findChild<QLabel *>(tile);
    return label ? label->text() : QString();
}

void OverviewPage::showSummary(const Result<WorkspaceSummary> &summary, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (!summary) {
        m_message->setText(summary.error().message);
        m_message->show();
        Q_EMIT statusMessage(summary.error().message);
        return;
    }
    m_message->hide();
    const QLocale locale;
    const WorkspaceSummary &s = *summary;
    m_accounts->setText(locale.toString(qlonglong(s.accounts)));
    m_snapshots->setText(tr("… on %1 dates").arg(s.asOfCount));   // counted from the history
    m_asOf->setText(s.asOfCount ? tr("%1 – %2").arg(locale.toString(s.firstAsOf, QLocale::ShortFormat),
                                                    locale.toString(s.lastAsOf, QLocale::ShortFormat))
                                : tr("none"));
    std::int64_t churned = 0, total = 0;
    for (const auto &[kind, n] : s.outcomesByKind) {
        total += n;
        if (kind == u"churned")
            churned = n;
    }
    m_outcomes->setText(tr("%1 (%2 churned)").arg(locale.toString(qlonglong(total)), locale.toString(qlonglong(churned))));
    m_accountsShown = s.accounts;

    m_summaryShown = true;
    finishIfShown();
}

void OverviewPage::showHistoryFigures(const Result<WorkspaceSummary> &figures, quint64 generation)
{
    if (generation != m_generation)
        return;
    if (!figures) {
        if (figures.error().code == Error::Code::Cancelled)
            return;   // stale: new data or another workspace reloads the page
        m_message->setText(figures.error().message);
        m_message->show();
        Q_EMIT statusMessage(figures.error().message);
        return;
    }
    const QLocale locale;
    const WorkspaceSummary &s = *figures;
    m_snapshots->setText(tr("%1 on %2 dates").arg(locale.toString(qlonglong(s.snapshotRows))).arg(s.accountsPerAsOf.size()));
    QVector<double> x, y;
    for (const auto &[date, n] : s.accountsPerAsOf) {
        x << QCPAxisTickerDateTime::dateTimeToKey(date.startOfDay(Qt::UTC));
        y << double(n);
    }
    m_plot->graph(0)->setData(x, y, true);
    m_plot->rescaleAxes();
    m_plot->yAxis->setRangeLower(0);
    m_plot->yAxis->setRangeUpper(m_plot->yAxis->range().upper * 1.1 + 1);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_coverage->setCoverage(s.signalCoverage);
    m_coverageShown = true;
    finishIfShown();
}

void OverviewPage::finishIfShown()
{
    if (!m_summaryShown || !m_coverageShown)
        return;
    Q_EMIT statusMessage(tr("%1 accounts, %2 signals").arg(m_accountsShown).arg(m_coverage->coverage().size()));
    Q_EMIT summaryShown();
}

} // namespace tierlab::ui
