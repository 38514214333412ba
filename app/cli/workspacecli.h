#pragma once

#include <QString>

class QTextStream;

namespace tierlab {
struct WorkspaceSummary;
}

namespace tierlab::cli {

// The headless summary of a workspace (also what the GUI prints when there is no display).
void printSummary(QTextStream &stream, const WorkspaceSummary &summary);
int printWorkspaceSummary(const QString &path, bool json);

} // namespace tierlab::cli
