#include "overridedialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tierlab::ui {

OverrideDialog::OverrideDialog(const QString &accountLabel, const std::vector<Tier> &tiers, QDate today, QWidget *parent)
    : CheckedDialog(parent), m_today(today)
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("CSM Override for %1").arg(accountLabel));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Places the account in a tier, or gives it a score, whatever the model says, from "
                                "this week on. Overrides should be rare: say why."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_byTier = new QRadioButton(tr("&Tier:"), this);
    m_byTier->setObjectName(QStringLiteral("overrideByTier"));
    m_tier = new QComboBox(this);
    m_tier->setObjectName(QStringLiteral("overrideTier"));
    for (const Tier &t : tiers)
        m_tier->addItem(t.label.isEmpty() ? t.id : t.label, t.id);
    m_byScore = new QRadioButton(tr("&Score:"), this);
    m_byScore->setObjectName(QStringLiteral("overrideByScore"));
    m_score = new QDoubleSpinBox(this);
    m_score->setObjectName(QStringLiteral("overrideScore"));
    m_score->setRange(0, 100);
    m_score->setDecimals(1);
    m_score->setValue(50);
    m_byTier->setChecked(!tiers.empty());
    m_byScore->setChecked(tiers.empty());
    m_byTier->setEnabled(!tiers.empty());
    const auto enable = [this] {
        m_tier->setEnabled(m_byTier->isChecked());
        m_score->setEnabled(m_byScore->isChecked());
    };
    connect(m_byTier, &QRadioButton::toggled, this, enable);
    enable();
    form->addRow(m_byTier, m_tier);
    form->addRow(m_byScore, m_score);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("Why, for the next reader (required)"));
    form->addRow(tr("&Reason:"), m_reason);

    auto *expiry = new QHBoxLayout;
    m_expiresOn = new QCheckBox(tr("&Expires on"), this);
    m_expiresOn->setObjectName(QStringLiteral("overrideExpiresOn"));
    m_expires = new QDateEdit(today.addDays(90), this);
    m_expires->setObjectName(QStringLiteral("overrideExpires"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(today.addDays(1));
    m_expires->setEnabled(false);
    connect(m_expiresOn, &QCheckBox::toggled, m_expires, &QWidget::setEnabled);
    expiry->addWidget(m_expiresOn);
    expiry->addWidget(m_expires, 1);
    form->addRow(tr("Expiry:"), expiry);
    layout->addLayout(form);

    layout->addWidget(makeErrorLabel(QStringLiteral("overrideError")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set Override"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

ManualOverrideRecord OverrideDialog::record(const QString &accountId) const
{
    ManualOverrideRecord r;
    r.accountId = accountId;
    if (m_byTier->isChecked())
        r.tierId = m_tier->currentData().toString();
    else
        r.score = m_score->value();
    r.reason = m_reason->text().trimmed();
    if (m_expiresOn->isChecked())
        r.expires = m_expires->date();
    return r;
}

QString OverrideDialog::problem() const
{
    if (m_reason->text().trimmed().isEmpty())
        return tr("Say why: an override without a reason cannot be reviewed.");
    if (m_byTier->isChecked() && m_tier->currentIndex() < 0)
        return tr("Choose a tier.");
    if (m_expiresOn->isChecked() && m_expires->date() <= m_today)
        return tr("The expiry must be after today.");
    return {};
}

} // namespace tierlab::ui
