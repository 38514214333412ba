#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "io/csvreader.h"
#include "io/importmapping.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tierlab {

struct ImportReject
{
    std::int64_t line = 0;   // physical line where the record starts (header = 1)
    QString column;          // header text; empty when the whole row is wrong
    QString reason;
};

// A cell that did not read as its column's type: stored as missing (a churn label that is neither
// churned nor retained: no outcome), listed here. The row is kept.
struct ImportWarning
{
    std::int64_t line = 0;   // physical line where the record starts (header = 1)
    QString column;          // header text
    QString value;           // the cell, trimmed, at most 80 characters
};

// How many of a column's cells were warnings, and what they failed to read as.
struct ColumnWarnings
{
    QString column;          // header text
    QString type;            // number, flag, date, or label
    std::int64_t count = 0;
};

struct ImportedSignal
{
    QString id;
    QString column;          // the header it came from
    SignalType type = SignalType::Number;
    bool created = false;    // new in the catalogue
};

// What one import did: the wizard's last page, and `tierlab import … --json`.
struct ImportSummary
{
    ImportKind kind = ImportKind::Snapshots;
    QString fileName;
    QString contentHash;     // BLAKE2b-256 of the file's bytes, as in the import log
    TextEncoding encoding = TextEncoding::Utf8;
    char delimiter = ',';
    std::int64_t rowsRead = 0;
    std::int64_t rowsAccepted = 0;
    std::int64_t rowsRejected = 0;
    std::vector<ImportReject> rejects;   // the first ImportOptions::maxRejectsKept
    std::int64_t warningCount = 0;       // every warning, counted
    std::vector<ImportWarning> warnings; // the first ImportOptions::maxWarningsKept
    std::vector<ColumnWarnings> warningsByColumn;   // the columns with warnings, in mapping order
    QStringList notes;                   // about the file as a whole: repeated header names
    std::int64_t accounts = 0;           // distinct accounts in the accepted rows
    std::int64_t accountsAdded = 0;
    std::int64_t accountsUpdated = 0;
    std::int64_t rowsRepeatingAccountAndDate = 0;   // rejected as a second row of an account and as_of
    std::int64_t snapshotsAdded = 0;
    std::int64_t snapshotsUpdated = 0;
    std::int64_t outcomesAdded = 0;
    std::int64_t outcomesUpdated = 0;
    int asOfCount = 0;
    QDate firstAsOf;
    QDate lastAsOf;
    std::vector<ImportedSignal> signalList;
    QDateTime startedAt;
    QDateTime finishedAt;

    std::int64_t snapshots() const { return snapshotsAdded + snapshotsUpdated; }
    std::int64_t outcomes() const { return outcomesAdded + outcomesUpdated; }

    // rows_read, rows_accepted, rows_rejected, rejects [{line, column, reason}], warning_count,
    // warnings [{line, column, value}], warnings_by_column [{column, type, count}], accounts,
    // snapshots, signals [{id, column, type, new}], and the details.
    QJsonObject toJson() const;
    // line,column,reason with a header row (RFC 4180 quoting).
    QByteArray rejectsCsv() const;
    Result<void> writeRejectsCsv(const QString &path) const;
};

} // namespace tierlab
