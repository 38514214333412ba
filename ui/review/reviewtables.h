#pragma once

#include "charts/plotheader.h"

#include "analysis/review.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <vector>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace tierlab::ui {

// The review page's tables (transitions, movers, renewals, expansion) and the charts' export menu.
// Every tier cell carries its colour and its name, so colour is never the only cue.
class ReviewTables
{
    Q_DECLARE_TR_FUNCTIONS(ReviewTables)

public:
    // `elastic`: the columns (long free text such as names) that give up width first, elided, when
    // the contents are wider than the table; the table then never scrolls sideways.
    static QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers, const QString &tip,
                                   const QList<int> &elastic = {});
    // Columns at their contents' width, shrunk (elastic ones first) to the viewport's width. Runs
    // again by itself whenever the table's viewport is resized.
    static void fitColumns(QTableWidget *table);
    // Presentation mode: the table as tall as all its rows (the page scrolls, the table does not);
    // otherwise back to a scrolling table at least `normalMinimum` tall.
    static void setFullHeight(QTableWidget *table, bool full, int normalMinimum);
    static void fillTransitions(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers);
    static void fillMovers(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers);
    static void fillRenewals(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers);
    static void fillExpansion(QTableWidget *table, const ReviewResult &r);
    // Right-click on the chart: save it as PNG or PDF (QCustomPlot's savePng / savePdf).
    static void addExportMenu(QCustomPlot *plot, const QString &fileBaseName);
    // A double-click (or Enter) on a row calls `open` with the account id in column `idColumn`: the
    // account view (MainWindow::showAccount).
    static void openAccounts(QTableWidget *table, int idColumn, const std::function<void(const QString &)> &open);

    // The cells of these tables, for other tables that look the same (the account view).
    static QTableWidgetItem *textCell(const QString &text);    // left, full text in the tooltip
    static QTableWidgetItem *numberCell(const QString &text, double sortValue);   // right-aligned
    // The tier's label on its colour, the text black or white, whichever reads.
    static QTableWidgetItem *tierCell(const std::vector<Tier> &tiers, int tier);
};

} // namespace tierlab::ui
