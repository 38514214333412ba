#include "rulesummary.h"

#include <QLocale>
#include <QStringList>

namespace tierlab::ui {

namespace {

QString valueText(const RuleValue &v)
{
    switch (v.type) {
    case RuleValue::Type::Number:
        return RuleSummary::number(v.number);
    case RuleValue::Type::Text:
        return u'"' + v.text + u'"';
    case RuleValue::Type::Bool:
        return v.flag ? QCoreApplication::translate("WeightsPanel", "yes") : QCoreApplication::translate("WeightsPanel", "no");
    }
    return {};
}

} // namespace

QString RuleSummary::number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

QString RuleSummary::rule(const Signal &s)
{
    const SignalRule &r = s.rule;
    QString text;
    switch (r.kind) {
    case RuleKind::Linear:
        text = tr("linear: %1 → 0, %2 → 100").arg(number(r.worst), number(r.best));
        break;
    case RuleKind::Bands: {
        QStringList parts;
        for (std::size_t i = 0; i < r.bandScores.size(); ++i) {
            if (i < r.edges.size())
                parts << QStringLiteral("%1 <%2").arg(number(r.bandScores[i]), number(r.edges[i]));
            else
                parts << number(r.bandScores[i]);
        }
        text = tr("bands: %1").arg(parts.join(QStringLiteral(" | ")));
        break;
    }
    case RuleKind::Map: {
        QStringList parts;
        for (const auto &[value, score] : r.mapScores)
            parts << QStringLiteral("%1 = %2").arg(value, number(score));
        parts << tr("other = %1").arg(number(r.mapDefault));
        text = tr("map: %1").arg(parts.join(QStringLiteral(", ")));
        break;
    }
    case RuleKind::Flag:
        text = tr("flag: yes = %1, no = %2").arg(number(r.trueScore), number(r.falseScore));
        break;
    case RuleKind::Percentile:
        text = r.invert ? tr("percentile, lower is better") : tr("percentile, higher is better");
        break;
    }
    switch (s.missing) {
    case MissingPolicy::Skip:
        return text + tr("; missing: skipped");
    case MissingPolicy::Neutral:
        return text + tr("; missing: 50");
    case MissingPolicy::Worst:
        return text + tr("; missing: 0");
    }
    return text;
}

QString RuleSummary::condition(const Penalty &p)
{
    return tr("−%1 points when %2 %3 %4").arg(number(p.points), p.columnName(), compareOpName(p.op), valueText(p.value))
           + (p.label.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.label));
}

QString RuleSummary::condition(const Override &o)
{
    QStringList caps;
    if (o.cap)
        caps << number(*o.cap);
    if (!o.capTier.isEmpty())
        caps << tr("tier %1").arg(o.capTier);
    return tr("cap at %1 when %2 %3 %4").arg(caps.join(tr(" and ")), o.columnName(), compareOpName(o.op), valueText(o.value))
           + (o.reason.isEmpty() ? QString() : QStringLiteral(": %1").arg(o.reason));
}

} // namespace tierlab::ui
