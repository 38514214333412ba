#include "overrideactions.h"

#include "account/overridedialog.h"

#include "model/modelexport.h"
#include "session/workspacesession.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace tierlab::ui::overrideactions {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OverrideActions)
};
} // namespace

void set(WorkspaceSession *workspace, QWidget *parent, const QString &accountId, const QString &accountLabel,
         const std::vector<Tier> &tiers)
{
    auto *dialog = new OverrideDialog(accountLabel.isEmpty() ? accountId : accountLabel, tiers, QDate::currentDate(), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, parent, [workspace, parent, dialog, accountId] {
        ManualOverrideRecord record = dialog->record(accountId);
        record.author = ModelExport::currentUser();
        if (auto stored = workspace->setManualOverride(record); !stored)
            QMessageBox::warning(parent, Text::tr("CSM Override"), stored.error().message);
    });
    dialog->open();
}

void clear(WorkspaceSession *workspace, QWidget *parent, const QString &accountId)
{
    if (auto cleared = workspace->clearManualOverrides(accountId); !cleared)
        QMessageBox::warning(parent, Text::tr("CSM Override"), cleared.error().message);
}

} // namespace tierlab::ui::overrideactions
