#include "scoredexport.h"

#include "io/csvcell.h"

#include <QLocale>
#include <QSaveFile>
#include <QStringList>

#include <cmath>

namespace tierlab {

namespace {

QString num(double v, int decimals = -1)
{
    if (std::isnan(v))
        return {};
    return decimals < 0 ? QString::number(v, 'g', QLocale::FloatingPointShortest) : QString::number(v, 'f', decimals);
}

QString textAt(const std::vector<QString> &names, std::int32_t code)
{
    return code >= 0 && std::size_t(code) < names.size() ? names[std::size_t(code)] : QString();
}

} // namespace

Result<void> ScoredExport::check(const Input &in)
{
    if (!in.data || !in.model || !in.scores || !in.tiers)
        return fail(tr("nothing to export: no scored snapshot"), Error::Code::Invalid);
    const Dataset &d = *in.data;
    if (in.scores->size() != d.size() || in.tiers->size() != d.size())
        return fail(tr("the scores do not match the snapshot (%1 scores for %2 accounts)")
                        .arg(in.scores->size())
                        .arg(d.size()),
                    Error::Code::Invalid);
    if (!in.categoryScores.empty() && in.categoryScores.size() != in.model->categories.size())
        return fail(tr("the category scores do not match the model"), Error::Code::Invalid);
    for (const std::size_t row : in.rows) {
        if (row >= d.size())
            return fail(tr("row %1 is outside the snapshot").arg(row), Error::Code::Invalid);
    }
    return {};
}

Result<QByteArray> ScoredExport::toCsv(const Input &in)
{
    if (auto ok = check(in); !ok)
        return std::unexpected(ok.error());
    const Dataset &d = *in.data;
    const Model &m = *in.model;
    const bool categories = !in.categoryScores.empty();

    auto text = [](const QString &s) { return CsvCell::text(s); };
    QStringList header{QStringLiteral("account_id"), QStringLiteral("name"),       QStringLiteral("csm"),
                       QStringLiteral("segment"),    QStringLiteral("arr"),        QStringLiteral("renewal_date"),
                       QStringLiteral("as_of"),      QStringLiteral("score"),      QStringLiteral("tier"),
                       QStringLiteral("tier_label")};
    if (categories) {
        for (const Category &c : m.categories)
            header << text(QStringLiteral("category:") + c.id);
    }
    QString out;
    out.reserve(qsizetype(d.size()) * 96);
    out += QChar(0xFEFF);
    out += header.join(u',') + QStringLiteral("\r\n");

    const std::size_t count = in.rows.empty() ? d.size() : in.rows.size();
    const QString asOf = d.asOf.toString(Qt::ISODate);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t row = in.rows.empty() ? i : in.rows[i];
        const int tier = (*in.tiers)[row];
        const Tier *t = tier >= 0 && std::size_t(tier) < m.tiers.size() ? &m.tiers[std::size_t(tier)] : nullptr;
        QStringList cells{text(d.accountIds[row]),
                          text(row < d.names.size() ? d.names[row] : QString()),
                          text(textAt(d.csmNames, d.csm[row])),
                          text(textAt(d.segmentNames, d.segment[row])),
                          num(d.arr[row]),
                          d.renewalDay[row] == Dataset::kNoDate
                              ? QString()
                              : QDate::fromJulianDay(d.renewalDay[row]).toString(Qt::ISODate),
                          asOf,
                          num((*in.scores)[row], 2),
                          t ? text(t->id) : QString(),
                          t ? text(t->label.isEmpty() ? t->id : t->label) : QString()};
        if (categories) {
            for (const std::vector<double> &c : in.categoryScores)
                cells << (row < c.size() ? num(c[row], 2) : QString());
        }
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

Result<void> ScoredExport::writeCsv(const Input &input, const QString &path)
{
    auto csv = toCsv(input);
    if (!csv)
        return std::unexpected(csv.error());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(tr("%1: cannot write: %2").arg(path, f.errorString()), Error::Code::Io);
    f.write(*csv);
    if (!f.commit())
        return fail(tr("%1: cannot write: %2").arg(path, f.errorString()), Error::Code::Io);
    return {};
}

} // namespace tierlab
