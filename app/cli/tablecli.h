#pragma once

#include <QStringList>

namespace tierlab::cli {

// `tierlab import table …` (tablecommand.cpp); `import` hands its arguments over.
int runImportTable(const QStringList &args);
// `tierlab import undo|log …` (importundocommand.cpp).
int runImportUndo(const QStringList &args);
int runImportLog(const QStringList &args);
// --delimiter's value: one of , ; | or tab (also written \t); false for anything else.
bool parseDelimiter(const QString &text, char *delimiter);

} // namespace tierlab::cli
