#pragma once

#include "common/error.h"

#include <QString>

namespace tierlab::app {

// Organisation and application names, so QSettings and QStandardPaths agree everywhere.
void setApplicationIdentity();
// The .qm embedded under :/i18n that matches the UI languages (LANGUAGE, LC_MESSAGES, LANG); call after the
// application object exists and before any text is built.
void installTranslator();

// The workspace the GUI opens when it is given none: the demo portfolio in the user's data folder,
// generated the first time.
QString defaultWorkspacePath();
Result<QString> ensureDefaultWorkspace();

// No subcommand: opens the window, or (no display, or a build without the UI) prints the summary.
int runWindow(int argc, char *argv[]);

} // namespace tierlab::app
