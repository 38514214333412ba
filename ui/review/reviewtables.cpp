#include "reviewtables.h"

#include "charts/tierbarschart.h"
#include "charts/tierpalette.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QTableWidget>

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

} // namespace

QString ReviewTables::money(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v, 'f', 0);
}

QString ReviewTables::score(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v, 'f', 1);
}

QTableWidget *ReviewTables::makeTable(QWidget *parent, const QString &name, const QStringList &headers, const QString &tip)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMinimumHeight(200);
    t->setToolTip(tip);
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
            auto *i = item(tr("%1 accounts\nARR %2").arg(cell->accounts).arg(TierBarsChart::compactMoney(cell->arr)),
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
        QStringList drivers;
        for (const ReviewDriver &d : m.drivers)
            drivers << tr("%1 %2").arg(d.label, QLocale().toString(d.points, 'f', 1));
        table->setItem(row, 0, item(moverKindLabel(m.kind)));
        table->setItem(row, 1, item(m.accountId));
        table->setItem(row, 2, item(m.name));
        table->setItem(row, 3, item(m.csm));
        table->setItem(row, 4, tierItem(tiers, m.fromTier));
        table->setItem(row, 5, tierItem(tiers, m.toTier));
        table->setItem(row, 6, numberItem(score(m.scoreBefore), m.scoreBefore));
        table->setItem(row, 7, numberItem(score(m.scoreNow), m.scoreNow));
        table->setItem(row, 8, item(drivers.isEmpty() ? tr("no change in the signals") : drivers.join(QStringLiteral("; "))));
    }
    table->resizeColumnsToContents();
}

void ReviewTables::fillRenewals(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers)
{
    table->clearContents();
    table->setRowCount(int(r.renewals.size()));
    for (int row = 0; row < int(r.renewals.size()); ++row) {
        const ReviewRenewal &n = r.renewals[std::size_t(row)];
        table->setItem(row, 0, item(n.renewalDate.toString(Qt::ISODate)));
        table->setItem(row, 1, item(n.accountId));
        table->setItem(row, 2, item(n.name));
        table->setItem(row, 3, item(n.csm));
        table->setItem(row, 4, numberItem(score(n.score), n.score));
        table->setItem(row, 5, tierItem(tiers, n.tier));
        table->setItem(row, 6, numberItem(money(n.arr), n.arr));
    }
    table->resizeColumnsToContents();
}

void ReviewTables::fillExpansion(QTableWidget *table, const ReviewResult &r)
{
    table->clearContents();
    table->setRowCount(int(r.expansion.size()));
    for (int row = 0; row < int(r.expansion.size()); ++row) {
        const ReviewExpansion &e = r.expansion[std::size_t(row)];
        table->setItem(row, 0, item(e.accountId));
        table->setItem(row, 1, item(e.name));
        table->setItem(row, 2, numberItem(score(e.score), e.score));
        table->setItem(row, 3, numberItem(score(e.scoreThen), e.scoreThen));
        table->setItem(row, 4, item(e.renewalDate.toString(Qt::ISODate)));
        table->setItem(row, 5, numberItem(money(e.arr), e.arr));
    }
    table->resizeColumnsToContents();
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
