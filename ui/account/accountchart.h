#pragma once

#include "charts/plotheader.h"

#include "analysis/accounthistory.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tierlab::ui {

// One account's score over every week: the line (a gap where it was unscored), the tier bands of the
// model in force behind it (their edges move where the published model changed), and a dashed line
// labelled with the version's name at each change of the published model.
class AccountChart : public QCustomPlot
{
    Q_OBJECT

public:
    explicit AccountChart(QWidget *parent = nullptr);

    void setHistory(const AccountHistoryResult &history);
    void clear();
    // The labels of the model-change markers, left to right (tests).
    QStringList markerLabels() const { return m_markers; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitTicks();
    // The version names above the plot, in as many rows as keep them apart at this width.
    void placeMarkerLabels();

    struct Marker
    {
        double key = 0;
        QString name;
    };
    std::vector<Marker> m_markerKeys;
    std::vector<QCPItemText *> m_markerLabels;
    QStringList m_markers;
};

} // namespace tierlab::ui
