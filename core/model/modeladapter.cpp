#include "modeladapter.h"

#include "model/modelexport.h"
#include "model/modelvalidator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QStringList>

namespace tierlab {

namespace {

QString at(const char *list, std::size_t index)
{
    return QStringLiteral("$.%1[%2]").arg(QLatin1StringView(list)).arg(index);
}

QString notInWorkspace(const QString &column, const std::vector<SignalInfo> &catalogue)
{
    const QStringList near = ModelValidator::nearMatches(column, catalogue);
    return near.isEmpty()
               ? QCoreApplication::translate("ModelAdapter", "not in the workspace")
               : QCoreApplication::translate("ModelAdapter", "not in the workspace (did you mean %1?)")
                     .arg(near.join(QStringLiteral(", ")));
}

// Why a condition on `column` does not fit the workspace, or empty when it does.
QString conditionProblem(const QString &column, CompareOp op, const RuleValue &value,
                         const std::vector<SignalInfo> &catalogue)
{
    const SignalInfo *info = ModelValidator::findColumn(column, catalogue);
    if (!info)
        return notInWorkspace(column, catalogue);
    return ModelValidator::conditionTypeProblem(op, value, info->type, column);
}

QString adaptedName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("ModelAdapter", "Adapted model");
    const QString named = QCoreApplication::translate("ModelAdapter", "%1 (adapted)").arg(name);
    // Adapting an adapted model again does not stack the suffix.
    const QString suffix = QCoreApplication::translate("ModelAdapter", "%1 (adapted)").arg(QString());
    return name.endsWith(suffix) ? name : named;
}

} // namespace

QString AdaptedItem::text() const
{
    QString s = path + u" \"" + id + u'"';
    if (!column.isEmpty())
        s += QCoreApplication::translate("ModelAdapter", " (column %1)").arg(column);
    if (!reason.isEmpty())
        s += u": " + reason;
    return s;
}

Result<ModelAdaptation> ModelAdapter::adapt(const Model &model, const std::vector<SignalInfo> &catalogue)
{
    if (const std::vector<ModelIssue> issues = ModelValidator::checkStructure(model); !issues.empty())
        return fail(ModelValidator::joinIssues(issues), Error::Code::Invalid);

    ModelAdaptation a;
    Model out = model;
    out.signals.clear();
    out.penalties.clear();
    out.overrides.clear();
    out.categories.clear();

    std::vector<AdaptedItem> signalsKept, signalsDropped;
    QSet<QString> usedCategories;
    for (std::size_t i = 0; i < model.signals.size(); ++i) {
        const Signal &s = model.signals[i];
        AdaptedItem item{at("signals", i), s.id, s.columnName(), {}};
        if (const SignalInfo *info = ModelValidator::findColumn(s.columnName(), catalogue))
            item.reason = ModelValidator::ruleTypeProblem(s.rule.kind, info->type, s.columnName());
        else
            item.reason = notInWorkspace(s.columnName(), catalogue);
        if (item.reason.isEmpty()) {
            out.signals.push_back(s);
            usedCategories.insert(s.category);
            signalsKept.push_back(item);
        } else {
            signalsDropped.push_back(item);
        }
    }
    if (out.signals.empty()) {
        QStringList columns;
        for (const SignalInfo &info : catalogue)
            columns.append(QStringLiteral("%1 (%2)").arg(info.id, signalTypeName(info.type)));
        return fail(columns.isEmpty()
                        ? QCoreApplication::translate("ModelAdapter", "none of the model's %1 signals fits the workspace: it has no columns")
                              .arg(model.signals.size())
                        : QCoreApplication::translate("ModelAdapter", "none of the model's %1 signals fits the workspace; its columns are: %2")
                              .arg(model.signals.size())
                              .arg(columns.join(QStringLiteral(", "))),
                    Error::Code::Invalid);
    }

    for (std::size_t i = 0; i < model.categories.size(); ++i) {
        const Category &c = model.categories[i];
        AdaptedItem item{at("categories", i), c.id, {}, {}};
        if (usedCategories.contains(c.id)) {
            out.categories.push_back(c);
            a.kept.push_back(item);
        } else {
            item.reason = QCoreApplication::translate("ModelAdapter", "no signal of the category is left");
            a.dropped.push_back(item);
        }
    }
    a.kept.insert(a.kept.end(), signalsKept.begin(), signalsKept.end());
    a.dropped.insert(a.dropped.end(), signalsDropped.begin(), signalsDropped.end());

    for (std::size_t i = 0; i < model.penalties.size(); ++i) {
        const Penalty &p = model.penalties[i];
        AdaptedItem item{at("penalties", i), p.id, p.columnName(), conditionProblem(p.columnName(), p.op, p.value, catalogue)};
        if (item.reason.isEmpty()) {
            out.penalties.push_back(p);
            a.kept.push_back(item);
        } else {
            a.dropped.push_back(item);
        }
    }
    for (std::size_t i = 0; i < model.overrides.size(); ++i) {
        const Override &o = model.overrides[i];
        AdaptedItem item{at("overrides", i), o.id, o.columnName(), conditionProblem(o.columnName(), o.op, o.value, catalogue)};
        if (item.reason.isEmpty()) {
            out.overrides.push_back(o);
            a.kept.push_back(item);
        } else {
            a.dropped.push_back(item);
        }
    }

    if (!a.dropped.empty()) {
        // The content changes: an export's sha256 would no longer match it.
        out = ModelExport::withoutMetadata(out);
        out.name = adaptedName(model.name);
    } else {
        out = model;
    }
    // What is kept fits by construction; checked anyway so that a gap between this and the
    // validator cannot write a model the workspace refuses.
    if (Result<void> ok = ModelValidator::validate(out, &catalogue); !ok)
        return fail(QCoreApplication::translate("ModelAdapter", "the adapted model does not validate:\n%1")
                        .arg(ok.error().message),
                    Error::Code::Invalid);
    a.model = std::move(out);
    return a;
}

QString ModelAdapter::weightSummary(const Model &model)
{
    double total = 0;
    for (const Category &c : model.categories)
        total += c.weight;
    QStringList parts;
    for (const Category &c : model.categories) {
        const QString weight = QString::number(c.weight, 'g', QLocale::FloatingPointShortest);
        parts.append(total > 0 ? QStringLiteral("%1 %2 (%3 %)").arg(c.id, weight).arg(100.0 * c.weight / total, 0, 'f', 1)
                               : QStringLiteral("%1 %2").arg(c.id, weight));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace tierlab
