#pragma once

#include "model/model.h"

#include <QString>

#include <vector>

class QWidget;

namespace tierlab {
class WorkspaceSession;
}

namespace tierlab::ui::overrideactions {

// What the account view and the designer's accounts table both offer on an account (docs/overrides.md).
// Opens the override dialog window-modal over `parent` (the page keeps running its jobs) and stores what
// is entered, the OS user as author; a refused write is shown in a message box. `tiers`: the model in
// force's, the dialog's choices.
void set(WorkspaceSession *workspace, QWidget *parent, const QString &accountId, const QString &accountLabel,
         const std::vector<Tier> &tiers);
// Ends the account's overrides in force (kept as cleared); a refused write is shown.
void clear(WorkspaceSession *workspace, QWidget *parent, const QString &accountId);

} // namespace tierlab::ui::overrideactions
