#include "tierdialog.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace tierlab::ui {

TierDialog::TierDialog(const Tier &tier, bool first, QWidget *parent) : CheckedDialog(parent), m_tier(tier)
{
    setObjectName(QStringLiteral("tierDialog"));
    setWindowTitle(tier.id.isEmpty() ? tr("Add Tier") : tr("Tier %1").arg(tier.label.isEmpty() ? tier.id : tier.label));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_id = new QLineEdit(tier.id, this);
    m_id->setObjectName(QStringLiteral("tierId"));
    m_id->setToolTip(tr("The tier's id in the model file and in overrides that cap at a tier"));
    m_label = new QLineEdit(tier.label, this);
    m_label->setObjectName(QStringLiteral("tierLabel"));
    m_label->setToolTip(tr("The name shown on charts and in tables"));
    m_color = new QLineEdit(tier.color, this);
    m_color->setObjectName(QStringLiteral("tierColor"));
    m_color->setPlaceholderText(tr("#rrggbb, or empty for the default colour"));
    m_min = new QLineEdit(QLocale().toString(tier.min, 'g', 15), this);
    m_min->setObjectName(QStringLiteral("tierMin"));
    m_min->setValidator(new QDoubleValidator(0, 100, 6, m_min));
    m_min->setToolTip(first ? tr("The first tier starts at 0") : tr("The lowest score in this tier (0–100)"));
    m_min->setEnabled(!first);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("&Minimum score:"), m_min);
    layout->addLayout(form);
    layout->addWidget(makeErrorLabel(QStringLiteral("tierError")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

Tier TierDialog::tier() const
{
    Tier t = m_tier;
    t.id = m_id->text().trimmed();
    t.label = m_label->text().trimmed();
    t.color = m_color->text().trimmed();
    bool ok = false;
    // From the text as typed, in the user's locale: no spin box rounding on the way.
    const double min = QLocale().toDouble(m_min->text().trimmed(), &ok);
    if (ok)
        t.min = min;
    return t;
}

QString TierDialog::problem() const
{
    if (m_id->text().trimmed().isEmpty())
        return tr("A tier needs an id.");
    bool ok = false;
    const double min = QLocale().toDouble(m_min->text().trimmed(), &ok);
    if (!ok || !std::isfinite(min) || min < 0 || min > 100)
        return tr("The minimum score must be a number from 0 to 100.");
    if (const QString c = m_color->text().trimmed(); !c.isEmpty() && !QColor(c).isValid())
        return tr("\"%1\" is not a colour: use #rrggbb.").arg(c);
    return {};
}

} // namespace tierlab::ui
