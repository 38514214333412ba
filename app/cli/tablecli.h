#pragma once

#include <QStringList>

class QCommandLineOption;

namespace tierlab::cli {

// `tierlab import table …` (tablecommand.cpp); `import` hands its arguments over.
int runImportTable(const QStringList &args);
// `tierlab import undo|log …` (importundocommand.cpp).
int runImportUndo(const QStringList &args);
int runImportLog(const QStringList &args);
// --delimiter's value: one of , ; | or tab (also written \t); false for anything else.
bool parseDelimiter(const QString &text, char *delimiter);
// What every import takes: --workspace FILE (created when absent), and --postgres URL with --query SQL
// instead of the file.
QCommandLineOption importWorkspaceOption();
QCommandLineOption postgresOption();
QCommandLineOption queryOption();

} // namespace tierlab::cli
