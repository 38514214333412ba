#pragma once

#include <QObject>

#include <cstdint>

class QFileDialog;

namespace tierlab::ui {

class DesignerPage;
class SqlExportDialog;

// The designer's dialogs, opened from its bar and the main window's menus: the model file choosers,
// Save Version, Publish, the comparison, Calibrate and New Model from Data. Each ends in the page's
// public API (openModelFile, saveVersion, publishVersion, applyCalibration, …); none blocks but the
// file chooser of Open.
class DesignerDialogs : public QObject
{
    Q_OBJECT

public:
    explicit DesignerDialogs(DesignerPage *page);

    void chooseModelFileToOpen();
    QFileDialog *chooseModelFileToSave();
    QFileDialog *chooseModelFileToExport();
    SqlExportDialog *chooseSqlExport();
    void chooseVersionNameAndSave();
    void choosePublish();
    void showComparison();
    void calibrate();
    void newModelFromData();

private:
    QFileDialog *modelFileDialog(const QString &title, const QString &objectName);
    void confirmPublish(std::int64_t versionId, const QString &name);

    DesignerPage *m_page;
};

} // namespace tierlab::ui
