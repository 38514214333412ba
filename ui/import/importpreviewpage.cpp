#include "importpreviewpage.h"

#include "dialogs/importwizard.h"
#include "itemmodels/csvpreviewmodel.h"

#include <QColor>
#include <QComboBox>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace tierlab::ui {

namespace {

// Tints the records the import will reject for their field count.
class MismatchDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(CsvPreviewModel::MismatchRole).toBool())
            option->backgroundBrush = QColor(255, 224, 224);
    }
};

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case '\t':
        return QCoreApplication::translate("ImportPreviewPage", "tab");
    case ',':
        return QCoreApplication::translate("ImportPreviewPage", "comma ( , )");
    case ';':
        return QCoreApplication::translate("ImportPreviewPage", "semicolon ( ; )");
    case '|':
        return QCoreApplication::translate("ImportPreviewPage", "pipe ( | )");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

constexpr char kDelimiters[] = {',', ';', '\t', '|'};

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard *wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setSubTitle(tr("The first rows as Tierlab reads them. Rows tinted red have the wrong number of fields and "
                   "will be rejected."));

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_encoding = new QLabel(this);
    m_encoding->setObjectName(QStringLiteral("encodingLabel"));
    form->addRow(tr("Encoding:"), m_encoding);
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(QString(), 0);   // "detected: …", filled in showProfile()
    for (char d : kDelimiters)
        m_delimiter->addItem(delimiterName(d), int(d));
    m_delimiter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::delimiterChosen);
    form->addRow(tr("&Delimiter:"), m_delimiter);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("headerLabel"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Header:"), m_header);
    m_sample = new QLabel(this);
    m_sample->setObjectName(QStringLiteral("sampleLabel"));
    m_sample->setWordWrap(true);
    form->addRow(tr("Profiled:"), m_sample);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    m_model = new CsvPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new MismatchDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->verticalHeader()->setToolTip(tr("Line numbers in the file"));
    layout->addWidget(m_table, 1);

    connect(m_wizard, &ImportWizard::fileLoaded, this, &ImportPreviewPage::showProfile);
}

void ImportPreviewPage::initializePage()
{
    m_updating = true;
    m_delimiter->setCurrentIndex(0);
    m_updating = false;
    m_error->hide();
    showProfile();
}

void ImportPreviewPage::showProfile()
{
    const CsvProfile &p = m_wizard->profile();
    m_model->setProfile(p);
    m_encoding->setText(textEncodingName(p.encoding));
    if (m_delimiter->currentIndex() == 0)
        m_delimiter->setItemText(0, tr("detected: %1").arg(delimiterName(p.delimiter)));
    m_header->setText(tr("line 1 (%1 columns): %2")
                          .arg(QString::number(p.header.size()), p.header.join(QStringLiteral(" · "))));
    const QLocale locale;
    m_sample->setText(p.wholeFile ? tr("the whole file: %1 data rows, %2")
                                        .arg(QString::number(p.rowsSampled), locale.formattedDataSize(p.fileSize))
                                  : tr("the first %1 data rows of %2")
                                        .arg(QString::number(p.rowsSampled), locale.formattedDataSize(p.fileSize)));
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 240));
}

void ImportPreviewPage::delimiterChosen(int index)
{
    if (m_updating || index < 0)
        return;
    const char delimiter = char(m_delimiter->itemData(index).toInt());
    // Reading with another delimiter changes the columns: the mapping starts again from them.
    if (auto r = m_wizard->loadFile(m_wizard->filePath(), m_wizard->kind(), delimiter); !r) {
        m_error->setText(m_wizard->shown(r.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
}

QString ImportPreviewPage::detectedText() const
{
    return m_encoding->text() + u" | " + m_delimiter->currentText() + u" | " + m_header->text();
}

} // namespace tierlab::ui
