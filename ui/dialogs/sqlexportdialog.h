#pragma once

#include "model/model.h"
#include "sqlexport/sqlexporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tierlab::ui {

// File → Export Model as SQL: the designer's model as one SQL view (docs/sql-export.md), as
// `tierlab export sql` writes it. The text is shown as it will be saved and follows every option; a
// model SQL cannot express (hysteresis, a trend tier) says why and cannot be saved.
class SqlExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `catalogue`: the workspace's signals (column names and types); empty when no workspace is open.
    SqlExportDialog(const Model &model, std::vector<SignalInfo> catalogue, const QString &folder, QWidget *parent = nullptr);

    SqlExportOptions options() const;
    // The SQL shown, or empty when the model cannot be exported (problem() says why).
    QString sql() const { return m_sql; }
    QString problem() const { return m_problem; }
    // Writes the SQL shown to `path` (atomically); the error names the file.
    Result<void> saveTo(const QString &path) const;

Q_SIGNALS:
    void saved(const QString &path);

private:
    void regenerate();
    void chooseFile();

    Model m_model;
    std::vector<SignalInfo> m_catalogue;
    QString m_folder;
    QString m_sql;
    QString m_problem;
    QComboBox *m_dialect = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_view = nullptr;
    QCheckBox *m_selectOnly = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace tierlab::ui
