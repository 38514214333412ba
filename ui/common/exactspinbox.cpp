#include "exactspinbox.h"

#include <QLineEdit>
#include <QLocale>

namespace tierlab::ui {

namespace {
// A typed number with up to this many decimals reads back as the same double (QDoubleSpinBox
// rounds its value to its decimals; 17 places keep every such typed value).
constexpr int kDecimals = 17;
} // namespace

ExactSpinBox::ExactSpinBox(QWidget *parent) : QDoubleSpinBox(parent)
{
    setDecimals(kDecimals);
    setGroupSeparatorShown(false);
    connect(this, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (!m_setting)
            m_exact = value;
    });
}

void ExactSpinBox::setExactValue(double value)
{
    m_setting = true;
    m_exact = value;
    setValue(value);
    m_setting = false;
    // The text of the exact value, not of the spin box's rounded one.
    lineEdit()->setText(textFromValue(QDoubleSpinBox::value()));
}

double ExactSpinBox::exactValue() const
{
    return m_exact;
}

QString ExactSpinBox::textFromValue(double value) const
{
    // The rounded copy of the exact value shows as the exact value.
    const double shown = QString::number(m_exact, 'f', kDecimals).toDouble() == value ? m_exact : value;
    QLocale locale = this->locale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(shown, 'f', QLocale::FloatingPointShortest);
}

double ExactSpinBox::valueFromText(const QString &text) const
{
    QLocale locale = this->locale();
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    bool ok = false;
    const double v = locale.toDouble(text.trimmed(), &ok);
    return ok ? v : m_exact;
}

} // namespace tierlab::ui
