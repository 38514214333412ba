#pragma once

#include <QDate>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;

namespace tierlab {
struct ModelVersion;
}

namespace tierlab::ui {

// The designer's top bar: the model's title, the as-of date, the saved version being edited and the
// model-level actions (save version, compare, calibrate, publish). It shows what the page tells it
// and reports the user's choices; it holds no model state of its own.
class DesignerBar : public QWidget
{
    Q_OBJECT

public:
    explicit DesignerBar(QWidget *parent = nullptr);

    void setTitle(const QString &title, const QString &toolTip);
    // `dates` oldest first; the list shows them newest first. Neither emits asOfChosen.
    void setDates(const std::vector<QDate> &dates);
    void setCurrentDate(QDate current);
    // The versions (newest first) with the one named `current` selected; "(no saved version)" when none.
    void setVersions(const std::vector<ModelVersion> &versions, const QString &current);

Q_SIGNALS:
    void asOfChosen(QDate date);
    void versionChosen(qint64 versionId);
    void saveVersionRequested();
    void compareRequested();
    void calibrateRequested();
    void publishRequested();

private:
    QLabel *m_title = nullptr;
    QComboBox *m_asOf = nullptr;
    QComboBox *m_version = nullptr;
};

} // namespace tierlab::ui
