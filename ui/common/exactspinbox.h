#pragma once

#include <QDoubleSpinBox>

namespace tierlab::ui {

// A spin box that keeps a number exactly as typed or given: it shows the shortest text that reads
// back to the same double (87.125, 0.0005, never 87.10000000000001) and exactValue() returns that
// double bit for bit. A plain QDoubleSpinBox rounds to its decimals, so a rule's 87.125 came back
// as 87.13. A value nobody touched comes back unchanged, whatever its digits.
class ExactSpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit ExactSpinBox(QWidget *parent = nullptr);

    void setExactValue(double value);
    double exactValue() const;

    QString textFromValue(double value) const override;
    double valueFromText(const QString &text) const override;

private:
    double m_exact = 0;
    bool m_setting = false;
};

} // namespace tierlab::ui
