#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace tierlab::ui {

// What keeps the recipes from building: a summary line and the problems RecipeSet::parse and check
// report, one per line by JSON path ("$.signals[2].agg: …"). Clicking a problem names its recipe.
class RecipeProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RecipeProblemsPanel(QWidget *parent = nullptr);

    void setProblems(const QStringList &lines, const QString &summary);

    // A core error message ("source: $.x: …" lines) as problem lines without the source.
    static QStringList linesOf(const QString &message, const QString &source);
    // The recipe a problem line is about ("$.signals[3]…"), or -1.
    static int recipeOf(const QString &line);

Q_SIGNALS:
    void recipeClicked(int recipe);

private:
    QLabel *m_summary = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace tierlab::ui
