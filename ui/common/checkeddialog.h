#pragma once

#include <QDialog>

class QLabel;

namespace tierlab::ui {

// A dialog that checks its fields before it closes: OK with a problem() shows it in the error label
// (above the buttons) and keeps the dialog open.
class CheckedDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;

    // Why the fields cannot be accepted, or empty.
    virtual QString problem() const = 0;
    void accept() override;

protected:
    // The hidden error label, named `objectName`; the subclass puts it in its layout.
    QLabel *makeErrorLabel(const QString &objectName);

private:
    QLabel *m_error = nullptr;
};

} // namespace tierlab::ui
