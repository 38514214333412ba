#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableView;

namespace tierlab {
class CsvPreviewModel;
}

namespace tierlab::ui {

class ImportWizard;

// Page 2: the first rows as parsed, and what was detected (encoding, delimiter, header). The
// delimiter can be overridden; the file is then read again.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    CsvPreviewModel *previewModel() const { return m_model; }
    QString detectedText() const;

private:
    void showProfile();
    void delimiterChosen(int index);

    ImportWizard *m_wizard;
    CsvPreviewModel *m_model = nullptr;
    QLabel *m_encoding = nullptr;
    QComboBox *m_delimiter = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_sample = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    bool m_updating = false;
};

} // namespace tierlab::ui
