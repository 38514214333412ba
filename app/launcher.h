#pragma once

#include "common/error.h"

#include <QString>

namespace tierlab::app {

// Organisation and application names, so QSettings and QStandardPaths agree everywhere.
void setApplicationIdentity();
// The .qm embedded under :/i18n that matches the UI languages (LANGUAGE, LC_MESSAGES, LANG); call after the
// application object exists and before any text is built.
void installTranslator();

// The demo portfolio in the user's data folder, generated the first time: what the window opens when it is
// given no workspace and none was opened before (else it reopens the last one, File → Open Recent's first).
QString defaultWorkspacePath();
Result<QString> ensureDefaultWorkspace();

// No subcommand: opens the window, or (no display, or a build without the UI) prints the summary.
int runWindow(int argc, char *argv[]);

} // namespace tierlab::app
