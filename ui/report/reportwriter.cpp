#include "reportwriter.h"

#include "charts/tierbarschart.h"
#include "charts/tierpalette.h"
#include "review/trendchart.h"
#include "common/format.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextOption>

#include <algorithm>
#include <cmath>

namespace tierlab::ui {

namespace {

// A top-to-bottom page layout on one painter: text lines, tables and charts, with page breaks.
class Layout
{
public:
    Layout(QPdfWriter &writer, QCPPainter &painter) : m_writer(writer), m_p(painter)
    {
        m_width = painter.viewport().width() - 2 * kMargin;
        m_height = painter.viewport().height() - 2 * kMargin;
        m_y = kMargin;
    }

    static constexpr int kMargin = 40;

    void need(int height)
    {
        if (m_y + height > kMargin + m_height)
            newPage();
    }
    void newPage()
    {
        m_writer.newPage();
        m_y = kMargin;
    }
    void text(const QString &text, double pointSize = 9, bool bold = false, QColor color = Qt::black)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        m_p.setFont(f);
        const QRect r = m_p.boundingRect(QRect(kMargin, 0, m_width, 10000), Qt::TextWordWrap, text);
        need(r.height() + 4);
        m_p.setPen(color);
        m_p.drawText(QRect(kMargin, m_y, m_width, r.height()), Qt::TextWordWrap, text);
        m_y += r.height() + 4;
    }
    void gap(int h) { m_y += h; }

    // Columns as fractions of the width; `fills` colours a cell (invalid = none). Cells wrap, never
    // cut: a row is as tall as its tallest cell, and a table that runs over a page repeats its header.
    void table(const QStringList &header, const std::vector<QStringList> &rows, const std::vector<double> &widths,
               const std::vector<std::vector<QColor>> &fills = {})
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(7.5);
        constexpr int kPad = 3;
        constexpr int kMinRowHeight = 15;
        // Between words where it can, inside a word (a long id) only where it must.
        QTextOption wrap(Qt::AlignVCenter | Qt::AlignLeft);
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        // Measured with the font the row is drawn in; each row once.
        auto rowHeight = [&](const QStringList &cells, bool bold) {
            f.setBold(bold);
            m_p.setFont(f);
            int h = kMinRowHeight;
            for (int c = 0; c < cells.size() && std::size_t(c) < widths.size(); ++c) {
                const int w = int(widths[std::size_t(c)] * m_width) - 2 * kPad;
                const QRectF r = m_p.boundingRect(QRectF(0, 0, w, 100000), cells[c], wrap);
                h = std::max(h, int(std::ceil(r.height())) + 2 * kPad);
            }
            return h;
        };
        // Draws with the font rowHeight() set last.
        auto drawRow = [&](const QStringList &cells, int rowH, const std::vector<QColor> *fill) {
            double x = kMargin;
            for (int c = 0; c < cells.size() && std::size_t(c) < widths.size(); ++c) {
                const int w = int(widths[std::size_t(c)] * m_width);
                const QRect cell(int(x), m_y, w, rowH);
                if (fill && std::size_t(c) < fill->size() && (*fill)[std::size_t(c)].isValid()) {
                    const QColor bg = (*fill)[std::size_t(c)];
                    m_p.fillRect(cell, bg);
                    m_p.setPen(bg.lightnessF() < 0.55 ? Qt::white : Qt::black);
                } else {
                    m_p.setPen(Qt::black);
                }
                m_p.drawText(QRectF(cell.adjusted(kPad, kPad, -kPad, -kPad)), cells[c], wrap);
                x += w;
            }
            m_p.setPen(QColor(200, 200, 200));
            m_p.drawLine(QLineF(kMargin, m_y + rowH, kMargin + m_width, m_y + rowH));
            m_y += rowH;
        };
        const int headerH = rowHeight(header, true);
        auto drawHeader = [&] {
            f.setBold(true);
            m_p.setFont(f);
            drawRow(header, headerH, nullptr);
        };
        need(headerH + (rows.empty() ? 0 : kMinRowHeight));
        drawHeader();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const int rowH = rowHeight(rows[r], false);
            if (m_y + rowH > kMargin + m_height) {
                newPage();
                drawHeader();
                f.setBold(false);
                m_p.setFont(f);
            }
            drawRow(rows[r], rowH, r < fills.size() ? &fills[r] : nullptr);
        }
        m_y += 6;
    }

    void chart(QCustomPlot &plot, int height)
    {
        need(height);
        plot.resize(m_width, height);
        m_p.save();
        m_p.translate(kMargin, m_y);
        plot.toPainter(&m_p, m_width, height);
        m_p.restore();
        m_y += height + 6;
    }

    int width() const { return m_width; }

private:
    QPdfWriter &m_writer;
    QCPPainter &m_p;
    int m_width = 0;
    int m_height = 0;
    int m_y = 0;
};

// A table's columns: header texts and widths as fractions of the page.
struct TableSpec
{
    QStringList header;
    std::vector<double> widths;
};

// The movers' and renewals' tables share their first columns: account id, then name, then CSM.
constexpr qsizetype kNameColumn = 2;
constexpr qsizetype kCsmColumn = 3;

// Removes `column` from the table and its rows, and gives its width to `widen`.
void dropColumn(TableSpec &spec, std::vector<QStringList> &rows, std::vector<std::vector<QColor>> &fills,
                qsizetype column, qsizetype widen)
{
    const qsizetype target = widen > column ? widen - 1 : widen;
    spec.header.removeAt(column);
    const double w = spec.widths[std::size_t(column)];
    spec.widths.erase(spec.widths.begin() + column);
    spec.widths[std::size_t(target)] += w;
    for (QStringList &row : rows)
        row.removeAt(column);
    for (std::vector<QColor> &fill : fills)
        if (qsizetype(fill.size()) > column)
            fill.erase(fill.begin() + column);
}

} // namespace

Result<void> ReportWriter::write(const QString &path, const Input &in)
{
    if (!in.review)
        return fail(tr("nothing to report"), Error::Code::Invalid);
    const ReviewResult &r = *in.review;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(96);
    writer.setTitle(tr("Weekly portfolio review %1").arg(r.week.toString(Qt::ISODate)));
    writer.setCreator(QStringLiteral("Tierlab " TIERLAB_VERSION));
    QCPPainter painter;
    if (!painter.begin(&writer))
        return fail(tr("%1: cannot write the PDF").arg(path), Error::Code::Io);
    painter.setRenderHint(QPainter::Antialiasing);
    Layout doc(writer, painter);

    doc.text(tr("Weekly portfolio review"), 18, true);
    doc.text(r.previousWeek.isValid() ? tr("Week of %1 (compared with %2)").arg(format::date(r.week), format::date(r.previousWeek))
                                      : tr("Week of %1 (the first week: nothing to compare with)").arg(format::date(r.week)),
             11, true);
    doc.text(tr("Filters: %1").arg(r.filterText));
    // The label names the model already when it comes from a version ("Q4 model (version 3, published)").
    doc.text(in.modelLabel.contains(in.modelName) ? tr("Model: %1").arg(in.modelLabel)
                                                  : tr("Model: %1 (%2)").arg(in.modelName, in.modelLabel));
    doc.text(tr("Model SHA-256: %1").arg(in.modelHash), 7.5, false, QColor(80, 80, 80));
    doc.text(tr("Generated %1").arg(format::dateTime(QDateTime::currentDateTime())), 7.5, false, QColor(80, 80, 80));
    doc.gap(8);

    doc.text(tr("Tier distribution"), 12, true);
    std::vector<QStringList> rows;
    std::vector<std::vector<QColor>> fills;
    // The first week's "last week" cells are a dash, not zeros; data without ARR (IBM Telco) has no ARR
    // columns rather than columns of zeros.
    const bool hasArr = r.hasArr();
    const auto previous = [&r](const QString &text) { return r.previousWeek.isValid() ? text : QStringLiteral("–"); };
    const auto count = [](qint64 n) { return format::number(double(n), 0); };
    const auto addRow = [&](const QString &label, qint64 accounts, const QString &share, double arr, const QString &arrShare,
                            const QString &before, const QString &arrBefore) {
        QStringList row{label, count(accounts), share};
        if (hasArr)
            row << format::money(arr) << arrShare;
        row << before;
        if (hasArr)
            row << arrBefore;
        rows.push_back(row);
    };
    const auto tierRow = [&](const QString &label, const ReviewTier &tier) {
        const double share = r.accounts > 0 ? double(tier.accounts) / double(r.accounts) : 0.0;
        const double arrShare = r.totalArr > 0 ? tier.arr / r.totalArr : 0.0;
        addRow(label, tier.accounts, format::percent(share), tier.arr, format::percent(arrShare),
               previous(count(tier.previousAccounts)), previous(format::money(tier.previousArr)));
    };
    for (std::size_t t = 0; t < r.tiers.size(); ++t) {
        tierRow(TierPalette::label(in.tiers, int(t)), r.tiers[t]);
        fills.push_back({TierPalette::color(in.tiers, int(t))});
        // A trend tier's declining accounts are counted within their tier, on the line under it.
        if (r.trendSplit && r.trendSplit->tier == int(t)) {
            //: a row under a tier: the accounts of that tier whose score declines (a trend tier)
            tierRow(tr("of them %1").arg(r.trendSplit->label), *r.trendSplit);
            fills.emplace_back();
        }
    }
    addRow(tr("Unscored"), r.unscored, QString(), r.unscoredArr, QString(), previous(count(r.previousUnscored)), QString());
    addRow(tr("Total"), r.accounts, QString(), r.totalArr, QString(), previous(count(r.previousAccounts)),
           previous(format::money(r.previousTotalArr)));
    if (hasArr)
        doc.table({tr("Tier"), tr("Accounts"), tr("% accounts"), tr("ARR"), tr("% ARR"), tr("Last week"), tr("ARR last week")},
                  rows, {0.2, 0.12, 0.12, 0.16, 0.1, 0.12, 0.18}, fills);
    else
        doc.table({tr("Tier"), tr("Accounts"), tr("% accounts"), tr("Last week")}, rows, {0.3, 0.2, 0.2, 0.3}, fills);
    {
        TierBarsChart bars;
        //: what the dashed outlines of the tier bars show in the weekly report
        bars.setComparisonLabel(tr("last week"));
        bars.setTiers(in.tiers);
        ScoreSummary now, before;
        for (const ReviewTier &t : r.tiers) {
            now.tierCounts.push_back(t.accounts);
            now.tierArr.push_back(t.arr);
            before.tierCounts.push_back(t.previousAccounts);
            before.tierArr.push_back(t.previousArr);
        }
        now.unscored = r.unscored;
        now.unscoredArr = r.unscoredArr;
        before.unscored = r.previousUnscored;
        bars.setSummaries(now, r.previousWeek.isValid() ? &before : nullptr);
        doc.chart(bars, 260);
        if (r.previousWeek.isValid())
            doc.text(tr("Filled bars: this week; dashed outlines: last week."), 7.5, false, QColor(80, 80, 80));
    }
    doc.text(tr("Trend: share of accounts per tier"), 12, true);
    {
        TrendChart trend;
        trend.setTiers(in.tiers, false);
        trend.setTrend(r.trend);
        doc.chart(trend, 260);
    }

    doc.newPage();
    doc.text(tr("Movement since last week"), 12, true);
    if (r.previousWeek.isValid()) {
        QStringList header{tr("from \\ to")};
        for (std::size_t t = 0; t < r.tiers.size(); ++t)
            header << TierPalette::label(in.tiers, int(t));
        std::vector<QStringList> matrix;
        std::vector<double> widths{0.2};
        for (std::size_t t = 0; t < r.tiers.size(); ++t)
            widths.push_back(0.8 / double(r.tiers.size()));
        for (std::size_t f = 0; f < r.tiers.size(); ++f) {
            QStringList row{TierPalette::label(in.tiers, int(f))};
            for (std::size_t t = 0; t < r.tiers.size(); ++t) {
                const ReviewTransition *c = r.transition(int(f), int(t));
                row << (r.hasArr() ? tr("%1 (ARR %2)").arg(c->accounts).arg(format::money(c->arr)) : QString::number(c->accounts));
            }
            matrix.push_back(row);
        }
        doc.table(header, matrix, widths);
        doc.text(r.hasArr() ? tr("New since last week: %1 (ARR %2); gone: %3 (ARR %4)")
                                  .arg(r.newAccounts)
                                  .arg(format::money(r.newArr))
                                  .arg(r.goneAccounts)
                                  .arg(format::money(r.goneArr))
                            : tr("New since last week: %1; gone: %2").arg(r.newAccounts).arg(r.goneAccounts));
    } else {
        doc.text(tr("This is the first week of the workspace: nothing to compare with."));
    }
    doc.gap(6);
    doc.text(tr("Movers: %1").arg(r.movers.size()), 12, true);
    rows.clear();
    fills.clear();
    // Every mover, in the review's order (by kind, most urgent first); the table runs over pages.
    // A review of one CSM's accounts (a per-CSM pack) leaves out the column that would repeat that CSM on
    // every row; the account names get its width.
    const bool oneCsm = !r.filterCsm.isEmpty();
    for (const ReviewMover &m : r.movers) {
        rows.push_back({moverKindsLabel(m), m.accountId, m.name, m.csm, TierPalette::label(in.tiers, m.fromTier),
                        TierPalette::label(in.tiers, m.toTier), format::score(m.scoreBefore), format::score(m.scoreNow),
                        m.drivers.empty() ? tr("no change in the signals") : driversText(m.drivers, QLocale())});
        fills.push_back({QColor(), QColor(), QColor(), QColor(), TierPalette::color(in.tiers, m.fromTier),
                         TierPalette::color(in.tiers, m.toTier)});
    }
    TableSpec movers{{tr("What happened"), tr("Account"), tr("Name"), tr("CSM"), tr("From"), tr("To"), tr("Then"), tr("Now"),
                      tr("What moved it")},
                     {0.13, 0.10, 0.14, 0.10, 0.07, 0.07, 0.05, 0.05, 0.29}};
    if (oneCsm)
        dropColumn(movers, rows, fills, kCsmColumn, kNameColumn);
    doc.table(movers.header, rows, movers.widths, fills);

    doc.newPage();
    doc.text(tr("Renewals at risk"), 12, true);
    doc.text(tr("%1 renewals in the window, %2 below the best tier: ARR at risk %3")
                 .arg(r.renewals.size())
                 .arg(r.renewalsAtRisk)
                 .arg(format::money(r.arrAtRisk)),
             10, true);
    rows.clear();
    fills.clear();
    for (const ReviewRenewal &n : r.renewals) {
        if (!n.atRisk)
            continue;
        rows.push_back({format::date(n.renewalDate), n.accountId, n.name, n.csm, format::score(n.score),
                        TierPalette::label(in.tiers, n.tier), format::money(n.arr)});
        fills.push_back({QColor(), QColor(), QColor(), QColor(), QColor(), TierPalette::color(in.tiers, n.tier)});
    }
    TableSpec renewals{{tr("Renewal"), tr("Account"), tr("Name"), tr("CSM"), tr("Score"), tr("Tier"), tr("ARR")},
                       {0.13, 0.11, 0.24, 0.18, 0.08, 0.12, 0.14}};
    if (oneCsm)
        dropColumn(renewals, rows, fills, kCsmColumn, kNameColumn);
    doc.table(renewals.header, rows, renewals.widths, fills);
    doc.gap(6);
    doc.text(tr("Expansion candidates: %1").arg(r.expansion.size()), 12, true);
    rows.clear();
    for (const ReviewExpansion &e : r.expansion)
        rows.push_back({e.accountId, e.name, format::score(e.score), format::score(e.scoreThen), format::date(e.renewalDate),
                        format::money(e.arr)});
    doc.table({tr("Account"), tr("Name"), tr("Score"), tr("4 weeks ago"), tr("Renewal"), tr("ARR")}, rows,
              {0.12, 0.3, 0.1, 0.14, 0.16, 0.18});
    if (!painter.end())
        return fail(tr("%1: cannot write the PDF").arg(path), Error::Code::Io);
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return fail(tr("%1: cannot write the PDF").arg(path), Error::Code::Io);
    return {};
}

} // namespace tierlab::ui
