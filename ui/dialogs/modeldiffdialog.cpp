#include "modeldiffdialog.h"

#include "itemmodels/modeldiffmodel.h"
#include "model/modelexport.h"
#include "model/modelfile.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tierlab::ui {

namespace {

// The combo entry that opens a file dialog instead of naming a source.
constexpr int kChooseFile = -1;

// Tints each row by its kind. The change column's mark ("+ added", …) says the same in words, so
// colour is never the only cue.
class KindColourProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole) {
            switch (ModelChange::Kind(index.data(ModelDiffModel::KindRole).toInt())) {
            case ModelChange::Kind::Added: return QColor(0xd8, 0xf0, 0xd8);
            case ModelChange::Kind::Removed: return QColor(0xf6, 0xd5, 0xd5);
            case ModelChange::Kind::Changed: return QColor(0xfd, 0xef, 0xc8);
            }
        }
        if (role == Qt::ForegroundRole)
            return QColor(Qt::black);   // readable on the light tints in a dark theme too
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

ModelDiffDialog::ModelDiffDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("modelDiffDialog"));
    setWindowTitle(tr("Compare Models"));
    auto *layout = new QVBoxLayout(this);

    auto *sides = new QGridLayout;
    m_left = new QComboBox(this);
    m_left->setObjectName(QStringLiteral("leftCombo"));
    m_left->setToolTip(tr("The model the differences are read from (before)"));
    m_right = new QComboBox(this);
    m_right->setObjectName(QStringLiteral("rightCombo"));
    m_right->setToolTip(tr("The model the differences lead to (after)"));
    auto *leftLabel = new QLabel(tr("&Before:"), this);
    leftLabel->setBuddy(m_left);
    auto *rightLabel = new QLabel(tr("&After:"), this);
    rightLabel->setBuddy(m_right);
    auto *swap = new QPushButton(tr("&Swap"), this);
    swap->setObjectName(QStringLiteral("swapButton"));
    swap->setToolTip(tr("Exchange the two models"));
    sides->addWidget(leftLabel, 0, 0);
    sides->addWidget(m_left, 0, 1);
    sides->addWidget(swap, 0, 2, 2, 1);
    sides->addWidget(rightLabel, 1, 0);
    sides->addWidget(m_right, 1, 1);
    sides->setColumnStretch(1, 1);
    layout->addLayout(sides);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("diffSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);

    m_diff = new ModelDiffModel(this);
    auto *colours = new KindColourProxy(this);
    colours->setSourceModel(m_diff);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(colours);
    m_sorted->setSortRole(ModelDiffModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("diffTable"));
    m_table->setModel(m_sorted);
    m_table->setToolTip(tr("One row per difference; click a column header to sort (by section: grouped in the "
                           "model file's order; by change: the diff's own order)"));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ModelDiffModel::KindColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    for (int c : {int(ModelDiffModel::KindColumn), int(ModelDiffModel::SectionColumn), int(ModelDiffModel::ItemColumn),
                  int(ModelDiffModel::FieldColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ModelDiffModel::BeforeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ModelDiffModel::AfterColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_copy = buttons->addButton(tr("&Copy as Text"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the differences, one a line (as tierlab model diff prints them)"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &ModelDiffDialog::copyAsText);
    connect(swap, &QPushButton::clicked, this, &ModelDiffDialog::swapSides);
    connect(m_left, &QComboBox::currentIndexChanged, this, [this](int i) { comboChosen(Side::Left, i); });
    connect(m_right, &QComboBox::currentIndexChanged, this, [this](int i) { comboChosen(Side::Right, i); });

    for (QComboBox *c : {m_left, m_right}) {
        const QSignalBlocker block(c);
        c->addItem(tr("Model file…"), kChooseFile);
    }
    const std::pair<QString, QString> seeds[] = {
        {tr("Seed default (built in)"), QStringLiteral(":/models/seed-default.json")},
        {tr("Seed simple (built in)"), QStringLiteral(":/models/seed-simple.json")}};
    for (const auto &[label, path] : seeds) {
        if (auto m = ModelFile::load(path))
            addModel(label, *m);
    }
    resize(900, 520);
}

ModelDiffDialog::~ModelDiffDialog() = default;

int ModelDiffDialog::addModel(const QString &label, const Model &model)
{
    const int source = int(m_sources.size());
    m_sources.push_back({label, model});
    // Before the "Model file…" entry, which stays last.
    for (QComboBox *c : {m_left, m_right}) {
        const QSignalBlocker block(c);
        c->insertItem(c->count() - 1, label, source);
    }
    // The first two models offered fill the two sides until the caller chooses.
    if (m_leftSource < 0)
        setSide(Side::Left, source);
    else if (m_rightSource < 0)
        setSide(Side::Right, source);
    return source;
}

int ModelDiffDialog::addVersions(const std::vector<ModelVersion> &versions)
{
    int first = -1;
    for (const ModelVersion &v : versions) {
        auto m = ModelFile::fromJson(v.json.toUtf8());
        if (!m)
            continue;   // a version this build cannot read is not offered
        const int source = addModel(
            tr("Version %1 (saved %2)").arg(v.name, v.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))), *m);
        if (first < 0)
            first = source;
    }
    return first;
}

Result<int> ModelDiffDialog::addModelFile(const QString &path)
{
    auto m = ModelExport::importFile(path);
    if (!m)
        return std::unexpected(m.error());
    return addModel(QFileInfo(path).fileName(), *m);
}

QString ModelDiffDialog::sourceLabel(int source) const
{
    return source >= 0 && source < sourceCount() ? m_sources[std::size_t(source)].label : QString();
}

int ModelDiffDialog::findSource(const QString &label) const
{
    for (int i = 0; i < sourceCount(); ++i) {
        if (m_sources[std::size_t(i)].label == label)
            return i;
    }
    return -1;
}

int ModelDiffDialog::side(Side side) const
{
    return side == Side::Left ? m_leftSource : m_rightSource;
}

void ModelDiffDialog::setSide(Side side, int source)
{
    if (source < 0 || source >= sourceCount())
        return;
    (side == Side::Left ? m_leftSource : m_rightSource) = source;
    QComboBox *c = combo(side);
    {
        const QSignalBlocker block(c);
        c->setCurrentIndex(c->findData(source));
    }
    refresh();
}

void ModelDiffDialog::comboChosen(Side side, int comboIndex)
{
    const int source = combo(side)->itemData(comboIndex).toInt();
    if (source == kChooseFile)
        chooseFile(side);
    else
        setSide(side, source);
}

void ModelDiffDialog::chooseFile(Side side)
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Model File"), QString(), tr("Model files (*.json)"));
    Result<int> added = path.isEmpty() ? Result<int>(-1) : addModelFile(path);
    if (!added)
        QMessageBox::warning(this, tr("Open Model File"), added.error().message);
    // Cancelled or unreadable: the side keeps its model (and its combo shows it again).
    setSide(side, added && *added >= 0 ? *added : this->side(side));
}

void ModelDiffDialog::swapSides()
{
    const int left = m_leftSource;
    setSide(Side::Left, m_rightSource);
    setSide(Side::Right, left);
}

void ModelDiffDialog::refresh()
{
    if (m_leftSource < 0 || m_rightSource < 0) {
        m_diff->setChanges({});
        m_summary->setText(tr("Choose the two models to compare."));
        m_copy->setEnabled(false);
        return;
    }
    m_diff->setModels(m_sources[std::size_t(m_leftSource)].model, m_sources[std::size_t(m_rightSource)].model);
    m_summary->setText(m_diff->summary());
    m_copy->setEnabled(true);
}

QString ModelDiffDialog::summaryText() const
{
    return m_summary->text();
}

void ModelDiffDialog::copyAsText()
{
    QGuiApplication::clipboard()->setText(m_diff->toText());
}

} // namespace tierlab::ui
