#pragma once

#include "charts/plotheader.h"

#include "analysis/review.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QTableWidget;
class QWidget;

namespace tierlab::ui {

// The review page's tables (transitions, movers, renewals, expansion) and the charts' export menu.
// Every tier cell carries its colour and its name, so colour is never the only cue.
class ReviewTables
{
    Q_DECLARE_TR_FUNCTIONS(ReviewTables)

public:
    static QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers, const QString &tip);
    static void fillTransitions(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers);
    static void fillMovers(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers);
    static void fillRenewals(QTableWidget *table, const ReviewResult &r, const std::vector<Tier> &tiers);
    static void fillExpansion(QTableWidget *table, const ReviewResult &r);
    // Right-click on the chart: save it as PNG or PDF (QCustomPlot's savePng / savePdf).
    static void addExportMenu(QCustomPlot *plot, const QString &fileBaseName);

    static QString money(double v);
    static QString score(double v);
};

} // namespace tierlab::ui
