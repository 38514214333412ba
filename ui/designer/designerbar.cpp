#include "designerbar.h"

#include "store/workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace tierlab::ui {

namespace {

QPushButton *button(const QString &text, const QString &objectName, const QString &toolTip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setToolTip(toolTip);
    return b;
}

} // namespace

DesignerBar::DesignerBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("designerBar"));
    auto *bar = new QHBoxLayout(this);
    bar->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("modelLabel"));
    // A long model or version name wraps instead of widening the window past the screen.
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_asOf = new QComboBox(this);
    m_asOf->setObjectName(QStringLiteral("asOfCombo"));
    m_asOf->setToolTip(tr("The snapshot date the scores are shown for"));
    m_asOf->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("versionCombo"));
    m_version->setToolTip(tr("Saved model versions of this workspace: pick one to edit it; it becomes the baseline "
                             "the edits are compared against"));
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *save = button(tr("Save version…"), QStringLiteral("saveVersionButton"),
                        tr("Save the current model as a named version in the workspace (Ctrl+Shift+S)"), this);
    auto *compare = button(tr("Compare…"), QStringLiteral("compareButton"),
                           tr("Which accounts and how much ARR change tier between the baseline and the current edits"), this);
    auto *calibrate = button(tr("Calibrate…"), QStringLiteral("calibrateButton"),
                             tr("Fit the category weights to the workspace's outcomes and review them before applying"), this);
    auto *publish = button(tr("Publish…"), QStringLiteral("publishButton"),
                           tr("Make this version the workspace's published model: the default of the weekly review, the "
                              "back-test and the command line"),
                           this);
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("As of:"), this));
    bar->addWidget(m_asOf);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Baseline:"), this));
    bar->addWidget(m_version);
    bar->addWidget(save);
    bar->addWidget(compare);
    bar->addWidget(calibrate);
    bar->addWidget(publish);

    connect(m_asOf, &QComboBox::activated, this, [this] { Q_EMIT asOfChosen(m_asOf->currentData().toDate()); });
    connect(m_version, &QComboBox::activated, this, [this] { Q_EMIT versionChosen(m_version->currentData().toLongLong()); });
    connect(save, &QPushButton::clicked, this, &DesignerBar::saveVersionRequested);
    connect(compare, &QPushButton::clicked, this, &DesignerBar::compareRequested);
    connect(calibrate, &QPushButton::clicked, this, &DesignerBar::calibrateRequested);
    connect(publish, &QPushButton::clicked, this, &DesignerBar::publishRequested);
}

void DesignerBar::setTitle(const QString &title, const QString &toolTip)
{
    m_title->setText(title);
    m_title->setToolTip(toolTip);
}

void DesignerBar::setDates(const std::vector<QDate> &dates)
{
    const QSignalBlocker block(m_asOf);
    m_asOf->clear();
    for (auto it = dates.rbegin(); it != dates.rend(); ++it)
        m_asOf->addItem(QLocale().toString(*it, QLocale::ShortFormat), *it);
}

void DesignerBar::setCurrentDate(QDate current)
{
    const QSignalBlocker block(m_asOf);
    m_asOf->setCurrentIndex(std::max(0, m_asOf->findData(current)));
}

void DesignerBar::setVersions(const std::vector<ModelVersion> &versions, const QString &current)
{
    const QSignalBlocker block(m_version);
    m_version->clear();
    if (versions.empty())
        m_version->addItem(tr("(no saved version)"), qlonglong(0));
    int selected = -1;
    for (int i = 0; i < int(versions.size()); ++i) {
        const ModelVersion &v = versions[std::size_t(i)];
        m_version->addItem(tr("%1 · %2").arg(v.name, QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat)),
                           qlonglong(v.id));
        if (selected < 0 && v.name == current)
            selected = i;
    }
    m_version->setCurrentIndex(std::max(0, selected));
}

} // namespace tierlab::ui
