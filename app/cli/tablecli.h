#pragma once

#include "common/error.h"
#include "pg/pgquerysource.h"

#include <QStringList>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

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
// With --postgres: what both imports refuse before anything runs (--query missing or alone, a
// --delimiter); empty when the options fit.
QString postgresMisuse(const QCommandLineParser &parser);
// With --postgres: the query's rows fetched into a CSV file (comma-separated) whose messages name the
// server; nothing without --postgres.
Result<std::optional<PgQuerySource>> fetchPostgresSource(const QCommandLineParser &parser);

} // namespace tierlab::cli
