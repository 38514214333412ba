#pragma once

#include "model/model.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tierlab::ui {

// What a structure edit asks for: the edited model with the undo step's name and the row the
// keyboard goes to after it, or why it cannot be done, or nothing (already first or last).
struct StructureEdit
{
    StructureEdit() = default;
    // Refused: the message says why. Implicit so that an edit may `return tr("…")`.
    StructureEdit(const QString &why) : problem(why) {}
    static StructureEdit edit(const Model &edited, const QString &text, const QString &focusId = {})
    {
        StructureEdit e;
        e.model = edited;
        e.text = text;
        e.focusId = focusId;
        return e;
    }

    std::optional<Model> model;
    QString text;
    QString focusId;   // "c:<id>" or "s:<id>"
    QString problem;
};

// The weights panel's structure edits (add, rename, move, remove categories, signals and tiers) as
// plain functions of the shown model, so that the panel only shows rows and asks. Indices into the
// model's lists; labels as typed. The result is not validated yet (the panel does that).
class StructureEdits
{
    Q_DECLARE_TR_FUNCTIONS(StructureEdits)

public:
    static StructureEdit addCategory(const Model &model, const QString &label);
    static StructureEdit renameCategory(const Model &model, int category, const QString &label);
    static StructureEdit moveCategory(const Model &model, int category, int delta);
    static StructureEdit removeCategory(const Model &model, int category);
    static StructureEdit addSignal(const Model &model, const Signal &signal);
    static StructureEdit renameSignal(const Model &model, int signal, const QString &label);
    // Within its category: before or after the neighbouring signal of the same category.
    static StructureEdit moveSignal(const Model &model, int signal, int delta);
    static StructureEdit setSignalCategory(const Model &model, int signal, int category);
    static StructureEdit removeSignal(const Model &model, int signal);
    static StructureEdit addTier(const Model &model, const Tier &tier, int mostTiers);
    static StructureEdit editTier(const Model &model, int tier, const Tier &edited);
    static StructureEdit removeTier(const Model &model, int tier, int fewestTiers);

    static QString displayName(const QString &label, const QString &id) { return label.isEmpty() ? id : label; }

    // An id for a new entry: the label in lower case with underscores, numbered when taken.
    template <typename Taken>
    static QString freshId(const QString &label, const QString &fallback, Taken taken)
    {
        QString base;
        for (const QChar ch : label.trimmed().toLower())
            base += ch.isLetterOrNumber() ? ch : u'_';
        if (base.isEmpty())
            base = fallback;
        QString id = base;
        for (int n = 2; taken(id); ++n)
            id = QStringLiteral("%1_%2").arg(base).arg(n);
        return id;
    }
};

} // namespace tierlab::ui
