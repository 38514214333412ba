#pragma once

// The databases the SQL export tests run the exported SQL on: an in-memory SQLite database (C API)
// and a PostgreSQL server through psql (TIERLAB_TEST_POSTGRES), and the workspace's event tables
// loaded into either as docs/sql-export.md says the warehouse holds them: the table's name, its
// imported columns typed as the workspace typed them (dates as ISO text in SQLite, date or timestamp
// in PostgreSQL; flags 0/1; missing NULL) and `tierlab_row`, the row's position in its file.
#include "sqlexport/sqlexporter.h"
#include "sqlexport/sqlrecipeexporter.h"
#include "store/workspace.h"
#include "tables/eventtable.h"

#include <QDate>
#include <QProcess>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cmath>
#include <vector>

namespace tierlab::test {

// One cell of a result: NULL, or its text (and, for SQLite, its number).
struct SqlCell
{
    bool null = true;
    QString text;
    double number = kMissing;
};
using SqlRows = std::vector<std::vector<SqlCell>>;

// The text of a stored date cell: YYYY-MM-DD, with the time of day when it has one.
inline QString eventDateText(double value)
{
    const std::int64_t day = dayOf(value);
    const auto seconds = std::llround((value - double(day)) * 86400.0);
    const QString date = QDate::fromJulianDay(day).toString(Qt::ISODate);
    if (seconds == 0)
        return date;
    return date + QStringLiteral(" %1:%2:%3").arg(seconds / 3600, 2, 10, QLatin1Char('0')).arg(seconds / 60 % 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

class SqliteDb
{
public:
    SqliteDb() { sqlite3_open(":memory:", &m_db); }
    ~SqliteDb() { sqlite3_close(m_db); }
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;
    sqlite3 *handle() const { return m_db; }

    QString exec(const QString &sql) const
    {
        char *message = nullptr;
        if (sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const QString text = QString::fromUtf8(message ? message : "error");
        sqlite3_free(message);
        return text;
    }

    QString rows(const QString &query, SqlRows *out) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, query.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return QString::fromUtf8(sqlite3_errmsg(m_db));
        const int columns = sqlite3_column_count(stmt);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            std::vector<SqlCell> row;
            for (int c = 0; c < columns; ++c) {
                SqlCell cell;
                cell.null = sqlite3_column_type(stmt, c) == SQLITE_NULL;
                if (!cell.null) {
                    cell.number = sqlite3_column_double(stmt, c);
                    cell.text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
                }
                row.push_back(std::move(cell));
            }
            out->push_back(std::move(row));
        }
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    }

    // Every event table of `ws`, through one prepared INSERT per table with bound values.
    QString loadEventTables(const Workspace &ws) const
    {
        auto records = ws.eventTables();
        if (!records)
            return records.error().message;
        for (const EventTableRecord &rec : *records) {
            auto table = EventTable::load(ws, rec.name);
            if (!table)
                return table.error().message;
            QStringList columns = {SqlExporter::quoteIdentifier(SqlRecipeExporter::rowColumn()) + QStringLiteral(" INTEGER")}, marks = {QStringLiteral("?")};
            for (const EventColumn &c : table->columns) {
                const bool text = c.isText() || c.info.type == ValueType::Date;
                columns << SqlExporter::quoteIdentifier(c.info.name) + (text ? QStringLiteral(" TEXT") : QStringLiteral(" REAL"));
                marks << QStringLiteral("?");
            }
            const QString name = SqlExporter::quoteIdentifier(rec.name);
            if (QString e = exec(QStringLiteral("CREATE TABLE %1 (%2)").arg(name, columns.join(QStringLiteral(", ")))); !e.isEmpty())
                return e;
            sqlite3_stmt *stmt = nullptr;
            const QByteArray insert = QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(name, marks.join(QStringLiteral(", "))).toUtf8();
            if (sqlite3_prepare_v2(m_db, insert.constData(), -1, &stmt, nullptr) != SQLITE_OK)
                return QString::fromUtf8(sqlite3_errmsg(m_db));
            exec(QStringLiteral("BEGIN"));
            for (std::size_t r = 0; r < table->rows; ++r) {
                sqlite3_reset(stmt);
                sqlite3_bind_int64(stmt, 1, std::int64_t(r) + 1);
                for (std::size_t c = 0; c < table->columns.size(); ++c) {
                    const EventColumn &col = table->columns[c];
                    const int i = int(c) + 2;
                    if (col.isMissing(r))
                        sqlite3_bind_null(stmt, i);
                    else if (col.isText())
                        sqlite3_bind_text(stmt, i, col.dictionary[std::size_t(col.codes[r])].toUtf8().constData(), -1, SQLITE_TRANSIENT);
                    else if (col.info.type == ValueType::Date)
                        sqlite3_bind_text(stmt, i, eventDateText(col.numbers[r]).toUtf8().constData(), -1, SQLITE_TRANSIENT);
                    else
                        sqlite3_bind_double(stmt, i, col.numbers[r]);
                }
                if (sqlite3_step(stmt) != SQLITE_DONE) {
                    const QString e = QString::fromUtf8(sqlite3_errmsg(m_db));
                    sqlite3_finalize(stmt);
                    return e;
                }
            }
            sqlite3_finalize(stmt);
            exec(QStringLiteral("COMMIT"));
        }
        return {};
    }

private:
    sqlite3 *m_db = nullptr;
};

// A PostgreSQL server through psql, in a schema of its own on the search path.
struct Psql
{
    QString conninfo;
    QString schema;

    // Runs `script`; the lines its queries print, fields separated by U+001F (NULL and empty text
    // both empty). Returns psql's error text on failure.
    QString lines(const QString &script, QStringList *out = nullptr) const
    {
        QTemporaryFile file;
        if (!file.open())
            return QStringLiteral("cannot write a temporary file");
        // A statement that ran away must not outlive the test on the server.
        file.write(QStringLiteral("SET search_path TO %1;\nSET statement_timeout = '300s';\n").arg(SqlExporter::quoteIdentifier(schema)).toUtf8());
        file.write(script.toUtf8());
        file.flush();
        QProcess process;
        process.start(QStringLiteral("psql"), {conninfo, QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                                               QStringLiteral("-At"), QStringLiteral("-F"), QStringLiteral("\x1f"), QStringLiteral("-f"), file.fileName()});
        if (!process.waitForFinished(600000))
            return QStringLiteral("psql did not finish: %1").arg(process.errorString());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        return {};
    }

    // Runs `script`; the rows its queries print, NULL told apart from empty text.
    QString run(const QString &script, SqlRows *rows = nullptr) const
    {
        QStringList out;
        if (QString e = lines(QStringLiteral("\\pset null '\\\\N'\n") + script, &out); !e.isEmpty())
            return e;
        for (const QString &line : out) {
            std::vector<SqlCell> row;
            for (const QString &field : line.split(u'\x1f')) {
                SqlCell cell;
                cell.null = field == u"\\N";
                if (!cell.null) {
                    cell.text = field;
                    cell.number = field.toDouble();
                }
                row.push_back(std::move(cell));
            }
            if (rows)
                rows->push_back(std::move(row));
        }
        return {};
    }

    // The script that creates every event table of `ws` and fills it with COPY (CSV: an empty unquoted
    // field is NULL). Dates are `date` columns, or `timestamp` where a cell has a time of day.
    static QString eventTablesScript(const Workspace &ws, QString *error)
    {
        auto records = ws.eventTables();
        if (!records) {
            *error = records.error().message;
            return {};
        }
        const auto csv = [](const QString &text) {
            QString inner = text;
            inner.replace(u'"', QStringLiteral("\"\""));
            return QString(u'"' + inner + u'"');
        };
        QString script;
        for (const EventTableRecord &rec : *records) {
            auto table = EventTable::load(ws, rec.name);
            if (!table) {
                *error = table.error().message;
                return {};
            }
            QStringList columns = {SqlExporter::quoteIdentifier(SqlRecipeExporter::rowColumn()) + QStringLiteral(" integer")};
            for (const EventColumn &c : table->columns) {
                QString type = QStringLiteral(" double precision");
                if (c.isText())
                    type = QStringLiteral(" text");
                else if (c.info.type == ValueType::Date)
                    type = std::all_of(c.numbers.begin(), c.numbers.end(), [](double x) { return std::isnan(x) || x == std::floor(x); })
                               ? QStringLiteral(" date")
                               : QStringLiteral(" timestamp");
                columns << SqlExporter::quoteIdentifier(c.info.name) + type;
            }
            script += QStringLiteral("CREATE TABLE %1 (%2);\nCOPY %1 FROM STDIN WITH (FORMAT csv);\n")
                          .arg(SqlExporter::quoteIdentifier(rec.name), columns.join(QStringLiteral(", ")));
            for (std::size_t r = 0; r < table->rows; ++r) {
                QStringList f = {QString::number(r + 1)};
                for (const EventColumn &col : table->columns) {
                    if (col.isMissing(r))
                        f << QString();
                    else if (col.isText())
                        f << csv(col.dictionary[std::size_t(col.codes[r])]);
                    else if (col.info.type == ValueType::Date)
                        f << eventDateText(col.numbers[r]);
                    else
                        f << QString::number(col.numbers[r], 'g', 17);
                }
                script += f.join(u',') + u'\n';
            }
            script += QStringLiteral("\\.\n");
        }
        return script;
    }
};

} // namespace tierlab::test
