#include "recipeproblemspanel.h"

#include <QLabel>
#include <QListWidget>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace tierlab::ui {

RecipeProblemsPanel::RecipeProblemsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("recipeProblems"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("What keeps the recipes from building, by JSON path; click one to select its recipe"));
    m_list->hide();
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int recipe = item->data(Qt::UserRole).toInt();
        if (recipe >= 0)
            Q_EMIT recipeClicked(recipe);
    });
}

void RecipeProblemsPanel::setProblems(const QStringList &lines, const QString &summary)
{
    m_summary->setText(summary);
    m_list->clear();
    for (const QString &line : lines) {
        auto *item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, recipeOf(line));
        item->setToolTip(line);
    }
    m_list->setVisible(!lines.isEmpty());
}

QStringList RecipeProblemsPanel::linesOf(const QString &message, const QString &source)
{
    QStringList out;
    const QString prefix = source + QStringLiteral(": ");
    for (const QString &line : message.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << (line.startsWith(prefix) ? line.mid(prefix.size()) : line);
    return out;
}

int RecipeProblemsPanel::recipeOf(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^\\$\\.signals\\[(\\d+)\\]"));
    const auto match = pattern.match(line);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

} // namespace tierlab::ui
