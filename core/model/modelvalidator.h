#pragma once

#include "common/error.h"
#include "dataset/dataset.h"
#include "model/model.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tierlab {

// One problem in a model, located by its JSON path (e.g. "signals[3].rule.edges").
struct ModelIssue
{
    QString path;
    QString message;
    QString text() const { return path.isEmpty() ? message : path + u": " + message; }
};

// Checks a Model: its own consistency (structure) and, given a workspace's signal catalogue,
// that every column exists and suits its rule. Every message names the JSON path.
class ModelValidator
{
public:
    static std::vector<ModelIssue> checkStructure(const Model &model);
    static std::vector<ModelIssue> checkColumns(const Model &model, const std::vector<SignalInfo> &catalogue);
    // Both checks (columns only when a catalogue is given); Invalid error listing every issue.
    static Result<void> validate(const Model &model, const std::vector<SignalInfo> *catalogue = nullptr);

    // Catalogue names (ids or original headers) close to `name`, best first.
    static QStringList nearMatches(const QString &name, const std::vector<SignalInfo> &catalogue, int max = 3);
    static QString joinIssues(const std::vector<ModelIssue> &issues);
    // What to do about a model that names columns the workspace lacks or types that do not fit:
    // `tierlab model adapt` or `tierlab model starter`. Appended after column problems.
    static QString notFittingHint();
    // joinIssues() of checkColumns() plus the hint; empty when the model fits.
    static QString columnProblems(const Model &model, const std::vector<SignalInfo> &catalogue);
    // Finds the catalogue entry a column name refers to (id first, then original header).
    static const SignalInfo *findColumn(const QString &name, const std::vector<SignalInfo> &catalogue);
    // Why `rule` cannot score a column of `type`, or empty when it can.
    static QString ruleTypeProblem(RuleKind kind, SignalType type, const QString &columnName);
    // Why a condition (`op` `value`) cannot test a column of `type`, or empty when it can.
    static QString conditionTypeProblem(CompareOp op, const RuleValue &value, SignalType type,
                                        const QString &columnName);
};

} // namespace tierlab
