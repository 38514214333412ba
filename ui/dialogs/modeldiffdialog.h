#pragma once

#include "common/error.h"
#include "model/model.h"
#include "store/workspace.h"

#include <QDialog>

#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tierlab {
class ModelDiffModel;
}

namespace tierlab::ui {

// Edit → Compare Models…: the differences between two models, field by field (ModelDiff), as a
// table sortable by section; added / removed / changed rows carry a colour and a text mark. Each
// side is one of the offered models: the built-in seeds, whatever the caller adds (the designer's
// model, its baseline, the workspace's saved versions) and model files chosen on disk.
class ModelDiffDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Side { Left, Right };

    explicit ModelDiffDialog(QWidget *parent = nullptr);
    ~ModelDiffDialog() override;

    // Offers a model on both sides; returns its source index.
    int addModel(const QString &label, const Model &model);
    // The workspace's saved versions (newest first, as Workspace::models() lists them); returns the
    // source index of the first, -1 when none could be read.
    int addVersions(const std::vector<ModelVersion> &versions);
    // Loads a model file (a metadata hash is checked) and offers it; returns its source index.
    Result<int> addModelFile(const QString &path);

    void setSide(Side side, int source);
    int side(Side side) const;
    int sourceCount() const { return int(m_sources.size()); }
    QString sourceLabel(int source) const;
    int findSource(const QString &label) const;

    ModelDiffModel *diffModel() const { return m_diff; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;

public Q_SLOTS:
    void copyAsText();
    void swapSides();

private:
    struct Source
    {
        QString label;
        Model model;
    };
    QComboBox *combo(Side side) const { return side == Side::Left ? m_left : m_right; }
    void comboChosen(Side side, int comboIndex);
    void chooseFile(Side side);
    void refresh();

    std::vector<Source> m_sources;
    int m_leftSource = -1;
    int m_rightSource = -1;
    ModelDiffModel *m_diff = nullptr;
    QSortFilterProxyModel *m_sorted = nullptr;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_copy = nullptr;
};

} // namespace tierlab::ui
