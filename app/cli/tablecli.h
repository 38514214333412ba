#pragma once

#include <QStringList>

namespace tierlab::cli {

// `tierlab import table …` (tablecommand.cpp); `import` hands its arguments over.
int runImportTable(const QStringList &args);

} // namespace tierlab::cli
