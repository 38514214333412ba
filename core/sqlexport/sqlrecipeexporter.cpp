#include "sqlrecipeexporter.h"

#include <QCryptographicHash>
#include <QDate>

#include <algorithm>

namespace tierlab {

namespace {

// QDate's julian day of 1970-01-01: PostgreSQL's dates become these day numbers.
constexpr int kUnixEpochJulianDay = 2440588;

// Names and texts from the workspace and the recipes may hold "%1": they go into the SQL through one
// multi-argument QString::arg (one pass), never into a string that another .arg() then reads.
QString q(const QString &name) { return SqlExporter::quoteIdentifier(name); }
QString v(int signal) { return QStringLiteral("v%1").arg(signal); }

QString asciiLower(const QString &name)
{
    QString out = name;
    for (QChar &c : out) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return out;
}

QString materialized(const QString &name, const QString &body)
{
    return QStringLiteral("%1 AS MATERIALIZED (\n    %2)").arg(name, body);
}

// The problems found, each with its JSON path, reported together as RecipeSet reports them.
struct Problems
{
    QStringList lines;
    void add(const QString &path, const QString &message) { lines << (path.isEmpty() ? message : path + QStringLiteral(": ") + message); }
};

} // namespace

const TableColumnInfo *SqlRecipeExporter::Table::column(const QString &name) const
{
    for (const TableColumnInfo &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

int SqlRecipeExporter::tableIndex(const QString &name) const
{
    for (std::size_t t = 0; t < m_tables.size(); ++t) {
        if (m_tables[t].record.name == name)
            return int(t);
    }
    return -1;
}

int SqlRecipeExporter::valueSlot(int table, const QString &column) const
{
    return int(m_values[std::size_t(table)].indexOf(column));
}

Result<SqlRecipeExporter> SqlRecipeExporter::create(const Workspace &ws, const RecipeSet &recipes, SqlRecipeOptions options)
{
    if (options.source.isEmpty())
        options.source = ws.path();
    auto types = recipes.check(ws, options.source);
    if (!types)
        return std::unexpected(types.error());
    auto records = ws.eventTables();
    if (!records)
        return std::unexpected(records.error());
    SqlRecipeExporter e;
    e.m_recipes = recipes;
    e.m_types = std::move(*types);
    e.m_options = std::move(options);
    for (EventTableRecord &record : *records) {
        auto columns = tableColumnsFromJson(record.columnsJson);
        if (!columns)
            return std::unexpected(columns.error());
        if (!record.timeColumn.isEmpty())
            e.m_dated.push_back(int(e.m_tables.size()));
        if (record.name == recipes.accounts.table)
            e.m_accounts = int(e.m_tables.size());
        e.m_tables.push_back(Table{std::move(record), std::move(*columns)});
    }
    e.m_values.resize(e.m_tables.size());
    for (const SignalRecipe &r : recipes.signals) {
        const int t = e.tableIndex(r.table);
        if (!r.isDerived() && r.readsColumn() && t >= 0 && !e.m_values[std::size_t(t)].contains(r.column))
            e.m_values[std::size_t(t)] << r.column;
    }
    if (Result<void> ok = e.checkNames(); !ok)
        return std::unexpected(ok.error());
    return e;
}

Result<void> SqlRecipeExporter::checkNames() const
{
    Problems p;
    const bool postgres = m_options.dialect == SqlDialect::Postgres;
    const auto nameProblem = [&](const QString &name) -> QString {
        if (name.isEmpty())
            return tr("an empty name cannot be an SQL identifier");
        if (name.contains(QChar(0)))
            return tr("the name \"%1\" holds a NUL character, which SQL cannot quote").arg(name);
        if (postgres && name.toUtf8().size() > SqlExporter::kPostgresIdentifierBytes)
            return tr("the name \"%1\" is longer than PostgreSQL's %2 bytes").arg(name, QString::number(SqlExporter::kPostgresIdentifierBytes));
        return {};
    };
    if (const QString problem = nameProblem(m_options.view); !problem.isEmpty())
        p.add({}, tr("the view: %1").arg(problem));
    for (const SignalRecipe &r : m_recipes.signals) {
        if (r.id == u"account_id" || r.id == u"as_of")
            p.add(r.path + QStringLiteral(".id"), tr("\"%1\" is a column of the view itself (account_id, as_of)").arg(r.id));
        else if (const QString problem = nameProblem(r.id); !problem.isEmpty())
            p.add(r.path + QStringLiteral(".id"), problem);
        for (std::size_t k = 0; k < r.where.size(); ++k) {
            for (const QString &text : r.where[k].texts) {
                if (text.contains(QChar(0)))
                    p.add(QStringLiteral("%1.where[%2].value").arg(r.path).arg(k), tr("a text holding a NUL character cannot be an SQL literal"));
            }
        }
    }
    std::vector<int> named = m_dated;
    if (m_accounts >= 0 && std::find(named.begin(), named.end(), m_accounts) == named.end())
        named.push_back(m_accounts);
    for (const int ti : named) {
        const Table &t = m_tables[std::size_t(ti)];
        QStringList read = {t.record.keyColumn, t.record.timeColumn, t.record.endColumn};
        read << m_values[std::size_t(ti)];
        for (const SignalRecipe &r : m_recipes.signals) {
            for (const RecipeCondition &c : r.where)
                read << (r.table == t.record.name ? c.column : QString());
        }
        if (ti == m_accounts) {
            const RecipeAccounts &a = m_recipes.accounts;
            read << a.start << a.end << a.name << a.segment << a.csm << a.arr << a.renewalDate;
        }
        read.removeAll(QString());
        read.removeDuplicates();
        const QString at = tr("table \"%1\"").arg(t.record.name);
        if (ti == m_accounts && !t.record.via.isEmpty())
            p.add(QStringLiteral("$.accounts.table"), tr("the accounts table \"%1\" must be keyed by account id, not through --via").arg(t.record.name));
        if (!postgres) {
            // SQLite's names ignore the case of ASCII letters: two that differ only there are one.
            QHash<QString, QString> columns;
            for (const TableColumnInfo &c : t.columns) {
                const QString other = columns.value(asciiLower(c.name));
                if (!other.isNull())
                    p.add({}, tr("%1 has the columns \"%2\" and \"%3\", one name to SQLite").arg(at, other, c.name));
                columns.insert(asciiLower(c.name), c.name);
            }
            const QString other = columns.value(asciiLower(rowColumn()));
            if (!other.isNull() && other != rowColumn())
                p.add({}, tr("%1 has a column \"%2\", to SQLite the name the SQL export gives the rows' file order").arg(at, other));
            for (const int tj : named) {
                const QString &name = m_tables[std::size_t(tj)].record.name;
                if (tj < ti && asciiLower(name) == asciiLower(t.record.name))
                    p.add({}, tr("the tables \"%1\" and \"%2\" have one name to SQLite").arg(name, t.record.name));
            }
        }
        if (const QString problem = nameProblem(t.record.name); !problem.isEmpty())
            p.add({}, at + QStringLiteral(": ") + problem);
        for (const QString &column : read) {
            if (const QString problem = nameProblem(column); !problem.isEmpty())
                p.add({}, at + QStringLiteral(": ") + problem);
        }
        if (t.column(rowColumn()))
            p.add({}, tr("%1 has a column \"%2\", the name the SQL export gives the rows' file order").arg(at, rowColumn()));
        if (!t.record.via.isEmpty()) {
            const int via = tableIndex(t.record.via);
            const TableColumnInfo *c = via < 0 ? nullptr : m_tables[std::size_t(via)].column(t.record.keyColumn);
            if (!c || c->type != ValueType::Category)
                p.add({}, tr("%1 is keyed through \"%2\", whose column \"%3\" does not hold text: no row reaches an account that way")
                              .arg(at, t.record.via, t.record.keyColumn));
            else if (const QString problem = nameProblem(m_tables[std::size_t(via)].record.keyColumn); !problem.isEmpty())
                p.add({}, at + QStringLiteral(": ") + problem);
        }
    }
    const RecipeAccounts &a = m_recipes.accounts;
    const std::pair<const char *, QString> textAttributes[] = {{"name", a.name}, {"segment", a.segment}, {"csm", a.csm}};
    for (const auto &[key, column] : textAttributes) {
        const TableColumnInfo *c = m_accounts < 0 || column.isEmpty() ? nullptr : m_tables[std::size_t(m_accounts)].column(column);
        if (c && c->type != ValueType::Category)
            p.add(QStringLiteral("$.accounts.") + QLatin1StringView(key),
                  tr("column \"%1\" holds %2 values; the SQL export reads this attribute from a text column only")
                      .arg(column, valueTypeName(c->type)));
    }
    if (p.lines.isEmpty())
        return {};
    for (QString &line : p.lines)
        line = m_options.source + QStringLiteral(": ") + line;
    return fail(p.lines.join(u'\n'), Error::Code::Invalid);
}

QString SqlRecipeExporter::number(double value) const
{
    return SqlExporter::numberLiteral(value, m_options.dialect);
}

QString SqlRecipeExporter::real(const QString &expression) const
{
    return QStringLiteral("CAST(%1 AS %2)").arg(expression, m_options.dialect == SqlDialect::Postgres ? QStringLiteral("DOUBLE PRECISION") : QStringLiteral("REAL"));
}

QString SqlRecipeExporter::dayOf(const QString &expression) const
{
    if (m_options.dialect == SqlDialect::Postgres)
        return QStringLiteral("(CAST(%1 AS DATE) - DATE '1970-01-01' + %2)").arg(expression, QString::number(kUnixEpochJulianDay));
    return QStringLiteral("CAST(julianday(date(%1)) + 0.5 AS INTEGER)").arg(expression);
}

QString SqlRecipeExporter::timeKey(const QString &expression) const
{
    if (m_options.dialect == SqlDialect::Postgres)
        return QStringLiteral("CAST(%1 AS TIMESTAMP)").arg(expression);
    return QStringLiteral("julianday(%1)").arg(expression);
}

QString SqlRecipeExporter::julian(const QString &expression) const
{
    if (m_options.dialect == SqlDialect::Postgres)
        return QStringLiteral("CAST(EXTRACT(JULIAN FROM CAST(%1 AS TIMESTAMP)) AS DOUBLE PRECISION)").arg(expression);
    return QStringLiteral("(julianday(%1) + 0.5)").arg(expression);
}

QString SqlRecipeExporter::dateOfDay(const QString &day) const
{
    if (m_options.dialect == SqlDialect::Postgres)
        return QStringLiteral("(DATE '1970-01-01' + CAST(%1 - %2 AS INTEGER))").arg(day, QString::number(kUnixEpochJulianDay));
    return QStringLiteral("date(%1 - 0.5)").arg(day);
}

QString SqlRecipeExporter::valueOf(const Table &t, const QString &column) const
{
    const QString c = QStringLiteral("r.") + q(column);
    const TableColumnInfo *info = t.column(column);
    if (!info || info->type == ValueType::Category)
        return c;
    return info->type == ValueType::Date ? julian(c) : real(c);
}

QString SqlRecipeExporter::condition(const Table &t, const RecipeCondition &cond) const
{
    const TableColumnInfo *info = t.column(cond.column);
    const QString column = QStringLiteral("r.") + q(cond.column);
    QStringList values;
    QString x = column;
    if (info && info->type == ValueType::Category) {
        for (const QString &text : cond.texts)
            values << SqlExporter::quoteText(text);
    } else {
        const bool dates = info && info->type == ValueType::Date;
        x = dates ? dayOf(column) : real(column);
        for (std::size_t k = 0; k < cond.isText.size(); ++k)
            values << (dates ? QString::number(QDate::fromString(cond.texts.value(qsizetype(k)), Qt::ISODate).toJulianDay())
                             : number(cond.numbers[k]));
    }
    switch (cond.op) {
    case ConditionOp::Eq:
    case ConditionOp::In:
        // A missing value (NULL) never matches: `NULL IN (…)` is not true.
        return values.isEmpty() ? QStringLiteral("1 = 0") : QStringLiteral("%1 IN (%2)").arg(x, values.join(QStringLiteral(", ")));
    case ConditionOp::Ne:
    case ConditionOp::NotIn:
        return values.isEmpty() ? QStringLiteral("%1 IS NOT NULL").arg(x)
                                : QStringLiteral("%1 NOT IN (%2)").arg(x, values.join(QStringLiteral(", ")));
    case ConditionOp::Lt:
        return QStringLiteral("%1 < %2").arg(x, values.value(0));
    case ConditionOp::Le:
        return QStringLiteral("%1 <= %2").arg(x, values.value(0));
    case ConditionOp::Gt:
        return QStringLiteral("%1 > %2").arg(x, values.value(0));
    case ConditionOp::Ge:
        return QStringLiteral("%1 >= %2").arg(x, values.value(0));
    }
    return QStringLiteral("1 = 0");
}

QString SqlRecipeExporter::header() const
{
    const QByteArray canonical = m_recipes.toJson();
    QStringList lines;
    lines << QStringLiteral("-- Tierlab signal recipes %1 (format tierlab-signals, version 1)").arg(m_options.source.simplified());
    lines << QStringLiteral("-- SHA-256 %1").arg(QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex()));
    QStringList tables;
    for (std::size_t t = 0; t < m_tables.size(); ++t) {
        if (int(t) == m_accounts || std::find(m_dated.begin(), m_dated.end(), int(t)) != m_dated.end())
            tables << q(m_tables[t].record.name).simplified();
    }
    lines << QStringLiteral("-- Dialect %1; event tables %2, each with its file order in %3")
                 .arg(sqlDialectName(m_options.dialect), tables.join(QStringLiteral(", ")), q(rowColumn()));
    lines << QStringLiteral("-- Returns account_id, as_of, name, csm, segment, arr, renewal_date and one column per signal "
                            "(docs/sql-export.md); change the recipes in Tierlab, not here.");
    return lines.join(u'\n') + u'\n';
}

// The accounts: the accounts table's keys (start: the earliest start of its rows; end and the
// attributes: its last row), or without one every key of a table keyed by account id.
QString SqlRecipeExporter::accountStages(QStringList *stages) const
{
    const QString noDay = QStringLiteral("CAST(NULL AS INTEGER)");
    if (m_accounts < 0) {
        QStringList keys;
        for (const int ti : m_dated) {
            const EventTableRecord &rec = m_tables[std::size_t(ti)].record;
            const int keyed = rec.via.isEmpty() ? ti : tableIndex(rec.via);
            if (keyed < 0)
                continue;
            const EventTableRecord &k = m_tables[std::size_t(keyed)].record;
            const QString select = QStringLiteral("SELECT r.%1 AS account_id, %2 AS start_day FROM %3 r WHERE r.%1 IS NOT NULL")
                                       .arg(q(k.keyColumn), noDay, q(k.name));
            if (!keys.contains(select))
                keys << select;
        }
        if (keys.isEmpty())
            keys << QStringLiteral("SELECT CAST(NULL AS TEXT) AS account_id, %1 AS start_day WHERE 1 = 0").arg(noDay);
        *stages << materialized(QStringLiteral("account_list"), keys.join(QStringLiteral("\n    UNION ")));
        return {};
    }
    const Table &t = m_tables[std::size_t(m_accounts)];
    const RecipeAccounts &a = m_recipes.accounts;
    const auto column = [](const QString &name) -> QString { return QStringLiteral("r.") + q(name); };
    QStringList columns = {QStringLiteral("r.%1 AS account_id").arg(q(t.record.keyColumn)),
                           QStringLiteral("r.%1 AS n").arg(q(rowColumn())),
                           (a.start.isEmpty() ? noDay : dayOf(column(a.start))) + QStringLiteral(" AS start_day"),
                           (a.end.isEmpty() ? noDay : dayOf(column(a.end))) + QStringLiteral(" AS end_day")};
    const std::pair<const char *, QString> attributes[] = {{"name", a.name}, {"csm", a.csm}, {"segment", a.segment}};
    for (const auto &[alias, name] : attributes) {
        if (!name.isEmpty())
            columns << QStringLiteral("%1 AS a_%2").arg(column(name), QLatin1StringView(alias));
    }
    if (!a.arr.isEmpty())
        columns << real(column(a.arr)) + QStringLiteral(" AS a_arr");
    if (!a.renewalDate.isEmpty())
        columns << QStringLiteral("%1 AS a_renewal_date").arg(dateOfDay(dayOf(column(a.renewalDate))));
    *stages << materialized(QStringLiteral("account_rows"), QStringLiteral("SELECT %1\n    FROM %2 r WHERE r.%3 IS NOT NULL")
                                                               .arg(columns.join(QStringLiteral(", ")), q(t.record.name), q(t.record.keyColumn)));
    *stages << materialized(QStringLiteral("account_list"),
                            QStringLiteral("SELECT account_id, MIN(start_day) AS start_day FROM account_rows GROUP BY account_id"));
    *stages << materialized(QStringLiteral("account_last"),
                            QStringLiteral("SELECT * FROM (SELECT a.*, ROW_NUMBER() OVER (PARTITION BY a.account_id ORDER BY a.n DESC) AS k "
                                           "FROM account_rows a) x WHERE x.k = 1"));
    return QStringLiteral("\n    LEFT JOIN account_last l ON l.account_id = a.account_id");
}

// Per table with a time: its rows that reach an account, with the day, end day, time, file order,
// the value columns the recipes read (c0, c1, …) and each recipe's filter (p<signal>: 1 when its
// `where` holds and its column has a value).
void SqlRecipeExporter::tableStages(QStringList *stages) const
{
    for (const int ti : m_dated) {
        const Table &t = m_tables[std::size_t(ti)];
        const EventTableRecord &rec = t.record;
        QString join = QStringLiteral("account_list a ON a.account_id = r.%1").arg(q(rec.keyColumn));
        if (!rec.via.isEmpty()) {
            const EventTableRecord &via = m_tables[std::size_t(tableIndex(rec.via))].record;
            const QString name = QStringLiteral("via_%1").arg(ti);
            *stages << materialized(name, QStringLiteral("SELECT x.value, x.account_id FROM (SELECT v.%1 AS value, v.%2 AS account_id, "
                                                         "ROW_NUMBER() OVER (PARTITION BY v.%1 ORDER BY v.%3) AS k\n"
                                                         "        FROM %4 v WHERE v.%1 IS NOT NULL) x\n"
                                                         "    WHERE x.k = 1 AND x.account_id IN (SELECT account_id FROM account_list)")
                                                  .arg(q(rec.keyColumn), q(via.keyColumn), q(rowColumn()), q(via.name)));
            join = QStringLiteral("%1 a ON a.value = r.%2").arg(name, q(rec.keyColumn));
        }
        const QString time = QStringLiteral("r.") + q(rec.timeColumn);
        QStringList columns = {QStringLiteral("a.account_id"), dayOf(time) + QStringLiteral(" AS day"),
                               (rec.endColumn.isEmpty() ? QStringLiteral("CAST(NULL AS INTEGER)") : dayOf(QStringLiteral("r.") + q(rec.endColumn)))
                                   + QStringLiteral(" AS end_day"),
                               timeKey(time) + QStringLiteral(" AS t"), QStringLiteral("r.%1 AS n").arg(q(rowColumn()))};
        const QStringList &values = m_values[std::size_t(ti)];
        for (qsizetype c = 0; c < values.size(); ++c)
            columns << QStringLiteral("%1 AS c%2").arg(valueOf(t, values[c]), QString::number(c));
        for (std::size_t s = 0; s < m_recipes.signals.size(); ++s) {
            const SignalRecipe &r = m_recipes.signals[s];
            if (r.isDerived() || r.table != rec.name || (r.where.empty() && !r.readsColumn()))
                continue;
            QStringList tests;
            if (r.readsColumn())
                tests << QStringLiteral("%1 IS NOT NULL").arg(valueOf(t, r.column));
            for (const RecipeCondition &c : r.where)
                tests << condition(t, c);
            columns << QStringLiteral("CASE WHEN %1 THEN 1 ELSE 0 END AS p%2").arg(tests.join(QStringLiteral(" AND ")), QString::number(s));
        }
        *stages << materialized(QStringLiteral("rows_%1").arg(ti), QStringLiteral("SELECT %1\n    FROM %2 r JOIN %3")
                                                                     .arg(columns.join(QStringLiteral(",\n        ")), q(rec.name), join));
    }
}

// The grid (a calendar of grid dates, from the recipes or from the rows' dates as the build takes
// them) and every account's weeks from its start to before its end.
void SqlRecipeExporter::gridStages(QStringList *stages, const QString &accountJoin) const
{
    QStringList days;
    for (const int ti : m_dated)
        days << QStringLiteral("SELECT account_id, day FROM rows_%1").arg(ti);
    if (days.isEmpty())
        days << QStringLiteral("SELECT CAST(NULL AS TEXT) AS account_id, CAST(NULL AS INTEGER) AS day WHERE 1 = 0");
    *stages << QStringLiteral("all_days AS (\n    %1)").arg(days.join(QStringLiteral("\n    UNION ALL ")));
    *stages << materialized(QStringLiteral("first_days"), QStringLiteral("SELECT account_id, MIN(day) AS day FROM all_days GROUP BY account_id"));
    const RecipeGrid &g = m_recipes.grid;
    const int every = g.everyDays;
    // Without `first`: the Monday on or after the earliest row (julian day 0 was a Monday); without
    // `last`: the first grid date on or after the latest row.
    const QString first = g.first.isValid() ? QString::number(g.first.toJulianDay()) : QStringLiteral("b.lo + (7 - b.lo % 7) % 7");
    const QString last = g.last.isValid() ? QString::number(g.last.toJulianDay())
                                          : QStringLiteral("f.first_day + ((CASE WHEN f.hi > f.first_day THEN f.hi - f.first_day ELSE 0 END) + %1) / %2 * %2")
                                                .arg(every - 1)
                                                .arg(every);
    *stages << materialized(QStringLiteral("grid"), QStringLiteral("SELECT f.first_day, %1 AS last_day FROM (SELECT %2 AS first_day, b.hi FROM "
                                                                   "(SELECT MIN(day) AS lo, MAX(day) AS hi FROM all_days) b) f")
                                                        .arg(last, first));
    *stages << QStringLiteral("calendar (week, day) AS (\n    SELECT 0, g.first_day FROM grid g WHERE g.first_day <= g.last_day\n"
                              "    UNION ALL SELECT c.week + 1, c.day + %1 FROM calendar c JOIN grid g ON c.day + %1 <= g.last_day)")
                   .arg(every);
    *stages << materialized(QStringLiteral("account_weeks"),
                            QStringLiteral("SELECT a.account_id, c.week, c.day FROM account_list a\n"
                                           "    LEFT JOIN first_days f ON f.account_id = a.account_id%1\n"
                                           "    JOIN calendar c ON c.day >= COALESCE(a.start_day, f.day)%2")
                                .arg(accountJoin, accountJoin.isEmpty() ? QString() : QStringLiteral(" AND (l.end_day IS NULL OR c.day < l.end_day)")));
}

// One stage per aggregation: its value at each account-week over the rows dated in the window.
void SqlRecipeExporter::aggregateStages(QStringList *stages) const
{
    // A window of at most one grid step can reach only the first grid date on or after a row's day:
    // per table that such a recipe reads, each row with that date's week and day.
    const int every = m_recipes.grid.everyDays;
    const auto paired = [every](const SignalRecipe &r) { return !r.isDerived() && r.windowDays > 0 && r.windowDays <= every; };
    for (const int ti : m_dated) {
        if (std::none_of(m_recipes.signals.begin(), m_recipes.signals.end(),
                         [&](const SignalRecipe &r) { return paired(r) && tableIndex(r.table) == ti; }))
            continue;
        const QString k = QStringLiteral("CASE WHEN q.day <= g.first_day THEN 0 ELSE (q.day - g.first_day + %1) / %2 END").arg(every - 1).arg(every);
        *stages << materialized(QStringLiteral("row_weeks_%1").arg(ti),
                                QStringLiteral("SELECT x.*, x.first_day + x.week * %1 AS week_day FROM (SELECT q.*, g.first_day, %2 AS week "
                                               "FROM rows_%3 q CROSS JOIN grid g) x")
                                    .arg(every)
                                    .arg(k)
                                    .arg(ti));
    }
    for (std::size_t s = 0; s < m_recipes.signals.size(); ++s) {
        const SignalRecipe &r = m_recipes.signals[s];
        if (r.isDerived())
            continue;
        const int ti = tableIndex(r.table);
        // The rows that count at a grid date: dated on or before it, in the window (after the date
        // minus D), open on it for open / open_sum. With a window of at most one grid step the rows are
        // grouped by the week they reach (row_weeks), no join: signals_0 makes a week without rows 0
        // or missing. Longer windows and none compare each of the account's weeks with its rows.
        const bool open = r.agg == Aggregation::Open || r.agg == Aggregation::OpenSum;
        const bool filtered = !r.where.empty() || r.readsColumn();
        QString from, account = QStringLiteral("r.account_id"), week = QStringLiteral("r.week"), day = QStringLiteral("r.week_day");
        if (paired(r)) {
            QString test = QStringLiteral("r.week_day < r.day + %1").arg(r.windowDays);
            if (open)
                test += QStringLiteral(" AND (r.end_day IS NULL OR r.week_day < r.end_day)");
            if (filtered)
                test += QStringLiteral(" AND r.p%1 = 1").arg(s);
            from = QStringLiteral("row_weeks_%1 r WHERE %2").arg(ti).arg(test);
        } else {
            QString on = QStringLiteral("r.account_id = w.account_id AND r.day <= w.day");
            if (r.windowDays > 0)
                on += QStringLiteral(" AND r.day > w.day - %1").arg(r.windowDays);
            if (filtered)
                on += QStringLiteral(" AND r.p%1 = 1").arg(s);
            if (open)
                on += QStringLiteral(" AND (r.end_day IS NULL OR r.end_day > w.day)");
            from = QStringLiteral("account_weeks w %1 rows_%2 r\n        ON %3")
                       .arg(r.agg == Aggregation::Last ? QStringLiteral("JOIN") : QStringLiteral("LEFT JOIN"))
                       .arg(ti)
                       .arg(on);
            account = QStringLiteral("w.account_id");
            week = QStringLiteral("w.week");
            day = QStringLiteral("w.day");
        }
        const QString c = r.readsColumn() ? QStringLiteral("r.c%1").arg(valueSlot(ti, r.column)) : QString();
        const QString name = QStringLiteral("s%1").arg(s);
        if (r.agg == Aggregation::Last) {
            *stages << materialized(name, QStringLiteral("SELECT x.account_id, x.week, x.v FROM (SELECT %1 AS account_id, %2 AS week, %3 AS v, "
                                                         "ROW_NUMBER() OVER (PARTITION BY %1, %2 ORDER BY r.t DESC, r.n DESC) AS k\n"
                                                         "        FROM %4) x WHERE x.k = 1")
                                              .arg(account, week, c, from));
            continue;
        }
        QString agg;
        switch (r.agg) {
        case Aggregation::Count:
        case Aggregation::Open:
            agg = real(QStringLiteral("COUNT(r.n)"));
            break;
        case Aggregation::Sum:
        case Aggregation::OpenSum:
            agg = QStringLiteral("COALESCE(SUM(%1), %2)").arg(c, number(0));
            break;
        case Aggregation::Mean:
            agg = QStringLiteral("AVG(%1)").arg(c);
            break;
        case Aggregation::Min:
            agg = QStringLiteral("MIN(%1)").arg(c);
            break;
        case Aggregation::Max:
            agg = QStringLiteral("MAX(%1)").arg(c);
            break;
        case Aggregation::Distinct:
            agg = real(QStringLiteral("COUNT(DISTINCT %1)").arg(c));
            break;
        case Aggregation::DaysSince:
            agg = real(QStringLiteral("%1 - MAX(r.day)").arg(day));
            break;
        case Aggregation::Last:
        case Aggregation::None:
            break;
        }
        *stages << materialized(name, QStringLiteral("SELECT %1 AS account_id, %2 AS week, %3 AS v\n    FROM %4 GROUP BY %1, %2, %5")
                                          .arg(account, week, agg, from, day));
    }
}

// The aggregations side by side, then one stage per derived signal in evaluation order, over each
// account's weeks in order (they are consecutive grid dates: LAG(x, k) is k grid steps back).
QString SqlRecipeExporter::derivedStages(QStringList *stages) const
{
    QStringList columns = {QStringLiteral("w.account_id"), QStringLiteral("w.week"), QStringLiteral("w.day")};
    QStringList joins;
    for (std::size_t s = 0; s < m_recipes.signals.size(); ++s) {
        if (m_recipes.signals[s].isDerived())
            continue;
        // Over no rows count, sum, distinct, open and open_sum are 0 (a week without rows has no row in
        // a stage that groups the rows by their week).
        const Aggregation agg = m_recipes.signals[s].agg;
        const bool zero = agg == Aggregation::Count || agg == Aggregation::Sum || agg == Aggregation::Distinct
                          || agg == Aggregation::Open || agg == Aggregation::OpenSum;
        columns << (zero ? QStringLiteral("COALESCE(s%1.v, %2) AS %3").arg(s).arg(number(0), v(int(s)))
                         : QStringLiteral("s%1.v AS %2").arg(s).arg(v(int(s))));
        joins << QStringLiteral("LEFT JOIN s%1 ON s%1.account_id = w.account_id AND s%1.week = w.week").arg(s);
    }
    QString from = QStringLiteral("signals_0");
    *stages << materialized(from, QStringLiteral("SELECT %1\n    FROM account_weeks w%2%3")
                                      .arg(columns.join(QStringLiteral(", ")), joins.isEmpty() ? QString() : QStringLiteral("\n    "),
                                           joins.join(QStringLiteral("\n    "))));
    const int daysPerWeek = 7;
    for (const int s : m_recipes.evaluationOrder()) {
        const SignalRecipe &r = m_recipes.signals[std::size_t(s)];
        if (!r.isDerived())
            continue;
        const QString a = QStringLiteral("p.") + v(m_recipes.indexOf(r.of.value(0)));
        const int steps = r.weeks * daysPerWeek / m_recipes.grid.everyDays;
        const auto lag = [&](int k) { return QStringLiteral("LAG(%1, %2) OVER (PARTITION BY p.account_id ORDER BY p.week)").arg(a).arg(k); };
        const QString name = QStringLiteral("d%1").arg(s);
        const auto add = [&](const QString &stage, const QString &expression) {
            *stages << materialized(stage, QStringLiteral("SELECT p.*, %1 FROM %2 p").arg(expression, from));
            from = stage;
        };
        switch (r.expr) {
        case Derivation::Ratio: {
            const QString b = QStringLiteral("p.") + v(m_recipes.indexOf(r.of.value(1)));
            add(name, QStringLiteral("CASE WHEN %2 <> 0 THEN %1 / %2 END AS %3").arg(a, b, v(s)));
            break;
        }
        case Derivation::Change:
            add(name, QStringLiteral("%1 - %2 AS %3").arg(a, lag(steps), v(s)));
            break;
        case Derivation::PctChange:
            add(name + QStringLiteral("_lag"), QStringLiteral("%1 AS o%2").arg(lag(steps)).arg(s));
            add(name, QStringLiteral("CASE WHEN p.o%1 <> 0 THEN %2 * (%3 - p.o%1) / p.o%1 END AS %4").arg(s).arg(number(100), a, v(s)));
            break;
        case Derivation::Slope: {
            // SignalComputer's least squares term by term, oldest week first: the means, then the
            // centred sums; a week without a value adds 0 (as skipping it does).
            QStringList lags;
            for (int k = 1; k < steps; ++k)
                lags << QStringLiteral("%1 AS y%2_%3").arg(lag(k)).arg(s).arg(k);
            if (!lags.isEmpty())
                add(name + QStringLiteral("_lags"), lags.join(QStringLiteral(", ")));
            QStringList n, sx, sy, sxy, sxx;
            for (int k = steps - 1; k >= 0; --k) {
                const QString y = k == 0 ? a : QStringLiteral("p.y%1_%2").arg(s).arg(k);
                const QString x = number(double(-k * m_recipes.grid.everyDays) / 7.0);
                n << QStringLiteral("CASE WHEN %1 IS NULL THEN 0 ELSE 1 END").arg(y);
                sx << QStringLiteral("CASE WHEN %1 IS NULL THEN %2 ELSE %3 END").arg(y, number(0), x);
                sy << QStringLiteral("COALESCE(%1, %2)").arg(y, number(0));
                sxy << QStringLiteral("CASE WHEN %1 IS NULL THEN %2 ELSE (%3 - p.mx%4) * (%1 - p.my%4) END").arg(y, number(0), x).arg(s);
                sxx << QStringLiteral("CASE WHEN %1 IS NULL THEN %2 ELSE (%3 - p.mx%4) * (%3 - p.mx%4) END").arg(y, number(0), x).arg(s);
            }
            const QString zero = number(0) + QStringLiteral(" + ");
            const QString count = QStringLiteral("(%1)").arg(n.join(QStringLiteral(" + ")));
            add(name + QStringLiteral("_means"), QStringLiteral("%1 AS n%2, CASE WHEN %1 >= 3 THEN (%3%4) / %1 END AS mx%2, "
                                                                "CASE WHEN %1 >= 3 THEN (%3%5) / %1 END AS my%2")
                                                     .arg(count)
                                                     .arg(s)
                                                     .arg(zero, sx.join(QStringLiteral(" + ")), sy.join(QStringLiteral(" + "))));
            add(name, QStringLiteral("CASE WHEN p.n%1 >= 3 AND (%2%3) > 0 THEN (%2%4) / (%2%3) END AS %5")
                          .arg(s)
                          .arg(zero, sxx.join(QStringLiteral(" + ")), sxy.join(QStringLiteral(" + ")), v(s)));
            break;
        }
        case Derivation::None:
            break;
        }
    }
    return from;
}

QString SqlRecipeExporter::outputSelect(const QString &from) const
{
    const bool postgres = m_options.dialect == SqlDialect::Postgres;
    QStringList columns = {QStringLiteral("d.account_id"), dateOfDay(QStringLiteral("d.day")) + QStringLiteral(" AS as_of")};
    const RecipeAccounts &a = m_recipes.accounts;
    const bool accounts = m_accounts >= 0;
    struct Attribute
    {
        AttributeRole role;
        QString name;
        QString column;   // in the accounts table
        QString none;     // NULL of the attribute's type
    };
    const QString noText = QStringLiteral("CAST(NULL AS TEXT)");
    const Attribute attributes[] = {
        {AttributeRole::Name, QStringLiteral("name"), a.name, noText},
        {AttributeRole::Csm, QStringLiteral("csm"), a.csm, noText},
        {AttributeRole::Segment, QStringLiteral("segment"), a.segment, noText},
        {AttributeRole::Arr, QStringLiteral("arr"), a.arr, real(QStringLiteral("NULL"))},
        {AttributeRole::RenewalDate, QStringLiteral("renewal_date"), a.renewalDate,
         postgres ? QStringLiteral("CAST(NULL AS DATE)") : noText},
    };
    for (const Attribute &attr : attributes) {
        if (m_recipes.indexOf(attr.name) >= 0)
            continue;   // a signal of that id is the column
        // The account's own (its accounts table row), unless a signal with that role has a value that
        // week: SnapshotDecoder's rule, a built attribute as of the week wins.
        QString value = accounts && !attr.column.isEmpty() ? QStringLiteral("l.a_") + attr.name : attr.none;
        for (std::size_t s = 0; s < m_recipes.signals.size(); ++s) {
            if (m_recipes.signals[s].role != attr.role)
                continue;
            QString built = QStringLiteral("d.") + v(int(s));
            if (attr.role == AttributeRole::RenewalDate)
                built = dateOfDay(postgres ? QStringLiteral("FLOOR(%1)").arg(built) : QStringLiteral("CAST(%1 AS INTEGER)").arg(built));
            value = QStringLiteral("COALESCE(%1, %2)").arg(built, value);
        }
        columns << QStringLiteral("%1 AS %2").arg(value, q(attr.name));
    }
    for (std::size_t s = 0; s < m_recipes.signals.size(); ++s)
        columns << QStringLiteral("d.%1 AS %2").arg(v(int(s)), q(m_recipes.signals[s].id));
    return QStringLiteral("SELECT %1\nFROM %2 d%3")
        .arg(columns.join(QStringLiteral(",\n    ")), from,
             accounts ? QStringLiteral(" LEFT JOIN account_last l ON l.account_id = d.account_id") : QString());
}

Result<QString> SqlRecipeExporter::sql() const
{
    QStringList stages;
    const QString accountJoin = accountStages(&stages);
    tableStages(&stages);
    gridStages(&stages, accountJoin);
    aggregateStages(&stages);
    const QString last = derivedStages(&stages);
    QString out = header();
    if (!m_options.selectOnly)
        out += QStringLiteral("CREATE VIEW %1 AS\n").arg(q(m_options.view));
    out += QStringLiteral("WITH RECURSIVE\n") + stages.join(QStringLiteral(",\n")) + u'\n' + outputSelect(last) + QStringLiteral(";\n");
    return out;
}

std::vector<SignalInfo> SqlRecipeExporter::catalogue() const
{
    std::vector<SignalInfo> out;
    for (std::size_t s = 0; s < m_recipes.signals.size(); ++s) {
        SignalInfo info;
        info.index = int(s);
        info.id = m_recipes.signals[s].id;
        info.label = info.id;
        info.originalName = info.id;
        info.type = m_types[s];
        info.role = m_recipes.signals[s].role;
        out.push_back(std::move(info));
    }
    return out;
}

} // namespace tierlab
