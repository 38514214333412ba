#include "reviewtables.h"

#include "charts/tierbarschart.h"
#include "charts/tierpalette.h"
#include "common/format.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QTableWidget>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

// Free text in an elastic column: its tooltip keeps it in full when the column elides it.
QTableWidgetItem *textItem(const QString &text)
{
    auto *i = item(text);
    i->setToolTip(text);
    return i;
}

QTableWidgetItem *numberItem(const QString &text, double sortValue)
{
    auto *i = item(text, Qt::AlignRight | Qt::AlignVCenter);
    i->setData(Qt::UserRole, sortValue);
    return i;
}

QTableWidgetItem *tierItem(const std::vector<Tier> &tiers, int tier)
{
    auto *i = item(TierPalette::label(tiers, tier), Qt::AlignCenter);
    const QColor c = TierPalette::color(tiers, tier);
    i->setBackground(c);
    i->setForeground(c.lightnessF() < 0.55 ? Qt::white : Qt::black);
    return i;
}

const char *const kElasticProperty = "tierlabElasticColumns";

// Re-fits a table's columns when its viewport changes size (window resized, scrollbar shown,
// presentation mode's larger type).
class ColumnFitter : public QObject
{
public:
    explicit ColumnFitter(QTableWidget *table) : QObject(table), m_table(table) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == m_table->viewport())
            ReviewTables::fitColumns(m_table);
        return QObject::eventFilter(watched, event);
    }

private:
    QTableWidget *m_table;
};

} // namespace

void ReviewTables::setFullHeight(QTableWidget *table, bool full, int normalMinimum)
{
    if (!full) {
        table->setMinimumHeight(normalMinimum);
        table->setMaximumHeight(QWIDGETSIZE_MAX);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        return;
    }
    table->resizeRowsToContents();   // rows as tall as the larger type needs
    const QHeaderView *header = table->horizontalHeader();
    const int height = 2 * table->frameWidth() + (header->isVisible() ? header->sizeHint().height() : 0)
                       + table->verticalHeader()->length();
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setFixedHeight(height);
}

void ReviewTables::fitColumns(QTableWidget *table)
{
    QHeaderView *header = table->horizontalHeader();
    const int n = table->columnCount();
    // Stretched tables (transitions) size themselves.
    if (n == 0 || header->sectionResizeMode(0) == QHeaderView::Stretch)
        return;
    const QList<int> elastic = table->property(kElasticProperty).value<QList<int>>();
    std::vector<int> width(std::size_t(n), 0);
    int total = 0;
    const QAbstractItemView *view = table;   // QTableView's override is protected, the base's public
    for (int c = 0; c < n; ++c) {
        width[std::size_t(c)] = std::max(view->sizeHintForColumn(c), header->sectionSizeHint(c));
        total += width[std::size_t(c)];
    }
    const int available = table->viewport()->width();
    const int floor = std::max(header->minimumSectionSize(), table->fontMetrics().averageCharWidth() * 6);
    auto shrink = [&](int c, int minimum) {
        if (c < 0 || c >= n || total <= available)
            return;
        int &w = width[std::size_t(c)];
        const int give = std::min(total - available, std::max(0, w - minimum));
        w -= give;
        total -= give;
    };
    // The elastic columns first, each giving in proportion to its width above a dozen characters
    // (the longest text gives most); then any column down to a few characters.
    if (total > available) {
        int spare = 0;
        for (int c : elastic)
            spare += c >= 0 && c < n ? std::max(0, width[std::size_t(c)] - floor * 2) : 0;
        const int excess = std::min(total - available, spare);
        for (int c : elastic) {
            if (c >= 0 && c < n && spare > 0)
                shrink(c, width[std::size_t(c)] - int(qint64(excess) * std::max(0, width[std::size_t(c)] - floor * 2) / spare));
        }
        for (int c : elastic)
            shrink(c, floor * 2);   // what rounding left
    }
    for (int c = n - 1; c >= 0; --c)
        shrink(c, floor);
    // Room to spare goes to the first elastic column (a name reads better wider than an amount).
    if (total < available && !elastic.isEmpty() && elastic.front() >= 0 && elastic.front() < n)
        width[std::size_t(elastic.front())] += available - total;
    for (int c = 0; c < n; ++c)
        header->resizeSection(c, width[std::size_t(c)]);
}

QTableWidget *ReviewTables::makeTable(QWidget *parent, const QString &name, const QStringList &headers, const QString &tip,
                                      const QList<int> &elastic)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setMinimumHeight(200);
    t->setToolTip(tip);
    t->setTextElideMode(Qt::ElideRight);
    // A narrowed name is elided on one line rather than wrapped into a half-hidden second one.
    t->setWordWrap(elastic.isEmpty());
    t->setProperty(kElasticProperty, QVariant::fromValue(elastic));
    // fitColumns() hands the spare width to an elastic column instead of the last one.
    t->horizontalHeader()->setStretchLastSection(elastic.isEmpty());
    t->viewport()->installEventFilter(new ColumnFitter(t));
    return t;
}

void ReviewTables::fillTransitions(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers)
{
    const int n = int(r.tiers.size());
    table->clear();
    table->setRowCount(n);
    table->setColumnCount(n);
    QStringList rowLabels, columnLabels;
    for (int t = 0; t < n; ++t) {
        rowLabels << tr("from %1").arg(TierPalette::label(tiers, t));
        columnLabels << tr("to %1").arg(TierPalette::label(tiers, t));
    }
    table->setHorizontalHeaderLabels(columnLabels);
    table->setVerticalHeaderLabels(rowLabels);
    table->verticalHeader()->show();
    for (int f = 0; f < n; ++f) {
        for (int t = 0; t < n; ++t) {
            const ReviewTransition *cell = r.transition(f, t);
            auto *i = item(r.hasArr() ? tr("%Ln account(s)\nARR %1", nullptr, int(cell->accounts)).arg(format::compactMoney(cell->arr))
                                      : tr("%Ln account(s)", nullptr, int(cell->accounts)),
                           Qt::AlignCenter);
            if (cell->accounts > 0 && f != t) {
                // Down is worse: tint with the destination tier's colour, stronger for a fall.
                QColor c = TierPalette::color(tiers, t);
                c.setAlpha(t < f ? 110 : 60);
                i->setBackground(c);
            }
            table->setItem(f, t, i);
        }
    }
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
}

void ReviewTables::fillMovers(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers)
{
    table->clearContents();
    table->setRowCount(int(r.movers.size()));
    for (int row = 0; row < int(r.movers.size()); ++row) {
        const ReviewMover &m = r.movers[std::size_t(row)];
        table->setItem(row, 0, textItem(moverKindsLabel(m)));
        table->setItem(row, 1, item(m.accountId));
        table->setItem(row, 2, textItem(m.name));
        table->setItem(row, 3, textItem(m.csm));
        table->setItem(row, 4, tierItem(tiers, m.fromTier));
        table->setItem(row, 5, tierItem(tiers, m.toTier));
        table->setItem(row, 6, numberItem(format::score(m.scoreBefore), m.scoreBefore));
        table->setItem(row, 7, numberItem(format::score(m.scoreNow), m.scoreNow));
        table->setItem(row, 8, textItem(m.drivers.empty() ? tr("no change in the signals") : driversText(m.drivers, QLocale())));
    }
    fitColumns(table);
}

void ReviewTables::fillRenewals(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers)
{
    table->clearContents();
    table->setRowCount(int(r.renewals.size()));
    for (int row = 0; row < int(r.renewals.size()); ++row) {
        const ReviewRenewal &n = r.renewals[std::size_t(row)];
        table->setItem(row, 0, item(n.renewalDate.toString(Qt::ISODate)));
        table->setItem(row, 1, item(n.accountId));
        table->setItem(row, 2, textItem(n.name));
        table->setItem(row, 3, textItem(n.csm));
        table->setItem(row, 4, numberItem(format::score(n.score), n.score));
        table->setItem(row, 5, tierItem(tiers, n.tier));
        table->setItem(row, 6, numberItem(format::money(n.arr), n.arr));
    }
    fitColumns(table);
}

void ReviewTables::fillExpansion(QTableWidget *table, const ReviewResult &r)
{
    table->clearContents();
    table->setRowCount(int(r.expansion.size()));
    for (int row = 0; row < int(r.expansion.size()); ++row) {
        const ReviewExpansion &e = r.expansion[std::size_t(row)];
        table->setItem(row, 0, item(e.accountId));
        table->setItem(row, 1, textItem(e.name));
        table->setItem(row, 2, numberItem(format::score(e.score), e.score));
        table->setItem(row, 3, numberItem(format::score(e.scoreThen), e.scoreThen));
        table->setItem(row, 4, item(e.renewalDate.toString(Qt::ISODate)));
        table->setItem(row, 5, numberItem(format::money(e.arr), e.arr));
    }
    fitColumns(table);
}

void ReviewTables::openAccounts(QTableWidget *table, int idColumn, const std::function<void(const QString &)> &open)
{
    QObject::connect(table, &QAbstractItemView::activated, table, [table, idColumn, open](const QModelIndex &index) {
        const QTableWidgetItem *id = table->item(index.row(), idColumn);
        if (id && !id->text().isEmpty())
            open(id->text());
    });
}

QTableWidgetItem *ReviewTables::textCell(const QString &text)
{
    return textItem(text);
}

QTableWidgetItem *ReviewTables::numberCell(const QString &text, double sortValue)
{
    return numberItem(text, sortValue);
}

QTableWidgetItem *ReviewTables::tierCell(const std::vector<Tier> &tiers, int tier)
{
    return tierItem(tiers, tier);
}

void ReviewTables::addExportMenu(QCustomPlot *plot, const QString &fileBaseName)
{
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot, fileBaseName](const QPoint &pos) {
        QMenu menu(plot);
        QAction *png = menu.addAction(tr("Save Chart as PNG…"));
        menu.addAction(tr("Save Chart as PDF…"));
        QAction *chosen = menu.exec(plot->mapToGlobal(pos));
        if (!chosen)
            return;
        const bool asPng = chosen == png;
        const QString path = QFileDialog::getSaveFileName(
            plot, chosen->text(), fileBaseName + (asPng ? QStringLiteral(".png") : QStringLiteral(".pdf")),
            asPng ? tr("PNG images (*.png)") : tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        // Twice the on-screen size for a sharp PNG; the PDF is vector.
        const bool ok = asPng ? plot->savePng(path, plot->width(), plot->height(), 2.0) : plot->savePdf(path);
        if (!ok)
            QMessageBox::warning(plot, chosen->text(), tr("%1: cannot write the chart").arg(path));
    });
}

} // namespace tierlab::ui
