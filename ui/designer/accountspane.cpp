#include "accountspane.h"

#include "account/overrideactions.h"
#include "charts/tierpalette.h"
#include "engine/designersession.h"
#include "itemmodels/accountfilterproxy.h"
#include "itemmodels/accountsmodel.h"
#include "model/modelfile.h"
#include "session/workspacesession.h"
#include "store/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace tierlab::ui {

namespace {

// Paints a tier's colour chip beside its label (the label is always there: colour is not the only cue).
class TierChipDelegate : public QStyledItemDelegate
{
public:
    TierChipDelegate(const std::vector<Tier> *current, const DesignerSession *session, QObject *parent)
        : QStyledItemDelegate(parent), m_current(current), m_session(session)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant tier = index.data(AccountsModel::TierRole);
        if (!tier.isValid())
            return;
        const bool baseline = index.column() == AccountsModel::BaselineTierColumn;
        const QColor color = TierPalette::color(baseline ? m_session->baselineModel().tiers : *m_current, tier.toInt());
        QPixmap chip(10, 10);
        chip.fill(color);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = QIcon(chip);
        option->decorationSize = QSize(10, 10);
    }

private:
    const std::vector<Tier> *m_current;
    const DesignerSession *m_session;
};

} // namespace

AccountsPane::AccountsPane(DesignerSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("accountSearch"));
    m_search->setPlaceholderText(tr("Search account or name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show only accounts whose id or name contains this text"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("tierFilter"));
    m_tier->setToolTip(tr("Show only the accounts in one tier"));
    m_csm = new QComboBox(this);
    m_csm->setObjectName(QStringLiteral("csmFilter"));
    m_csm->setToolTip(tr("Show only the accounts of one customer success manager"));
    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("segmentFilter"));
    m_segment->setToolTip(tr("Show only the accounts of one segment"));
    m_changed = new QCheckBox(tr("Changed tier"), this);
    m_changed->setObjectName(QStringLiteral("changedOnly"));
    m_changed->setToolTip(tr("Show only the accounts whose tier differs from the baseline model's"));
    for (QComboBox *box : {m_tier, m_csm, m_segment})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_changed);
    auto *choices = new QHBoxLayout;
    choices->addWidget(m_tier);
    choices->addWidget(m_csm);
    choices->addWidget(m_segment);
    choices->addStretch(1);
    layout->addLayout(filters);
    layout->addLayout(choices);

    m_model = new AccountsModel(session, this);
    m_proxy = new AccountFilterProxy(this);
    m_proxy->setAccounts(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("accountsTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountsModel::ScoreColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Column widths from 100 rows, not Qt's default 1,000 per column: at 100 k accounts those were
    // 11,000 text layouts on the GUI thread for every new snapshot.
    m_view->horizontalHeader()->setResizeContentsPrecision(100);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new TierChipDelegate(&m_tiers, session, m_view));
    m_view->setColumnHidden(AccountsModel::NameColumn, false);
    m_view->setToolTip(tr("Accounts of the shown snapshot; select one to see why it scores what it does, "
                          "double-click it to see its weeks"));
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AccountFilterProxy::setSearchText);
    connect(m_tier, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTierFilter(m_tier->currentData().isValid() ? m_tier->currentData().toInt() : AccountFilterProxy::kAnyTier);
    });
    connect(m_csm, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setCsmFilter(i <= 0 ? QString() : m_csm->currentText()); });
    connect(m_segment, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setSegmentFilter(i <= 0 ? QString() : m_segment->currentText()); });
    connect(m_changed, &QCheckBox::toggled, m_proxy, &AccountFilterProxy::setChangedOnly);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                Q_EMIT accountSelected(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT accountActivated(m_model->text(m_proxy->mapToSource(index).row(), AccountsModel::AccountColumn));
    });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &AccountsPane::showContextMenu);
}

void AccountsPane::setWorkspaceSession(WorkspaceSession *workspace)
{
    m_workspace = workspace;
    connect(workspace, &WorkspaceSession::workspaceChanged, this, &AccountsPane::readOverrides);
    connect(workspace, &WorkspaceSession::dataChanged, this, &AccountsPane::readOverrides);
    connect(workspace, &WorkspaceSession::overridesChanged, this, &AccountsPane::readOverrides);
    readOverrides();
}

void AccountsPane::readOverrides()
{
    std::vector<ManualOverrideRecord> records;
    if (m_workspace->isOpen()) {
        // A few rows on the GUI connection; a workspace that cannot say shows none rather than stale ones.
        (void)m_workspace->withWorkspace([&records](Workspace &ws) -> Result<void> {
            auto read = ws.manualOverrides();
            if (!read)
                return std::unexpected(read.error());
            records = std::move(*read);
            return {};
        });
    }
    m_model->setManualOverrides(std::move(records));
}

std::vector<Tier> AccountsPane::tiersInForce() const
{
    if (const ModelVersion *v = m_workspace->publishedVersion()) {
        if (auto published = ModelFile::fromJson(v->json.toUtf8()))
            return published->tiers;
    }
    return m_session->model().tiers;
}

void AccountsPane::showContextMenu(const QPoint &pos)
{
    // The menu key opens it on the current row, a right click on the row under the pointer.
    QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        index = m_view->currentIndex();
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const int row = m_proxy->mapToSource(index).row();
    const QString id = m_model->text(row, AccountsModel::AccountColumn);
    auto *menu = new QMenu(m_view);
    menu->setObjectName(QStringLiteral("accountsContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(tr("&Open Account"), this, [this, id] { Q_EMIT accountActivated(id); });
    menu->addSeparator();
    const QString name = m_model->text(row, AccountsModel::NameColumn);
    QAction *set = menu->addAction(tr("Set CSM &Override…"), this,
                                   [this, id, name] { overrideactions::set(m_workspace, this, id, name, tiersInForce()); });
    set->setEnabled(m_workspace && m_workspace->isOpen());
    QAction *clear = menu->addAction(tr("C&lear Override"), this, [this, id] { overrideactions::clear(m_workspace, this, id); });
    clear->setEnabled(set->isEnabled() && m_model->hasOpenOverride(row, QDate::currentDate()));
    const QRect cell = m_view->visualRect(index);
    menu->popup(m_view->viewport()->mapToGlobal(m_view->indexAt(pos).isValid() ? pos : cell.center()));
}

void AccountsPane::refreshChoices()
{
    const auto fill = [](QComboBox *box, const QString &any, const std::vector<QString> &names) {
        const QString was = box->currentIndex() > 0 ? box->currentText() : QString();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(any);
        std::set<QString> sorted(names.begin(), names.end());
        for (const QString &n : sorted)
            if (!n.isEmpty())
                box->addItem(n);
        box->setCurrentIndex(std::max(0, box->findText(was)));
    };
    const Dataset *d = m_session->dataset().get();
    fill(m_csm, tr("All CSMs"), d ? d->csmNames : std::vector<QString>{});
    fill(m_segment, tr("All segments"), d ? d->segmentNames : std::vector<QString>{});
    m_proxy->setCsmFilter(m_csm->currentIndex() <= 0 ? QString() : m_csm->currentText());
    m_proxy->setSegmentFilter(m_segment->currentIndex() <= 0 ? QString() : m_segment->currentText());
    m_view->resizeColumnsToContents();
}

void AccountsPane::setVariant(int variant)
{
    // SegmentBar::kAll and AccountFilterProxy::kAnyVariant are both -1: every account.
    m_proxy->setVariantFilter(variant < 0 ? AccountFilterProxy::kAnyVariant : variant);
}

void AccountsPane::setTiers(const std::vector<Tier> &tiers)
{
    m_tiers = tiers;
    const QVariant was = m_tier->currentData();
    const QSignalBlocker block(m_tier);
    m_tier->clear();
    m_tier->addItem(tr("All tiers"));
    for (int t = 0; t < int(tiers.size()); ++t)
        m_tier->addItem(TierPalette::label(tiers, t), t);
    m_tier->addItem(tr("Unscored"), -1);
    const int index = was.isValid() ? m_tier->findData(was) : 0;
    m_tier->setCurrentIndex(std::max(0, index));
}

void AccountsPane::scoresSettled()
{
    const int row = currentSourceRow();
    m_model->notifyScoresChanged();
    m_proxy->refresh();
    if (row >= 0) {
        const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
        if (at.isValid()) {
            const QSignalBlocker block(m_view->selectionModel());
            m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
    }
}

bool AccountsPane::selectAccount(const QString &accountId)
{
    const int row = m_model->rowOf(accountId);
    if (row < 0)
        return false;
    const QModelIndex at = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!at.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(at);
    return true;
}

int AccountsPane::currentSourceRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

} // namespace tierlab::ui
