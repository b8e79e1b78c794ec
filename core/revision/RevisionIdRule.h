#pragma once

#include "config/IdFormat.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>

namespace strata {

class ProjectConfig;

// How a new revision's id is made, the same for `strata revision`, `strata merge` and the
// studio's New revision and Merge heads: strata.toml's `[project] id_format` (IdFormat), or,
// without one ("auto"), the pattern of the existing ids:
//   - numbered (`0001_init`, `0002_x` ...): the next number after the highest, as wide as the
//     highest one is written, `_<slug>` when the numbered ids carry one (0007_add_users);
//   - dated (`20250926_1015_x`, `20250926101500_x`): now, in the same shape;
//   - otherwise (random ids, or none yet): 12 random hex digits, as Alembic.
// The pattern of the most ids wins (mixed ids: a stray random merge id does not change a
// numbered project); on a tie, numbered before dated before random.
// The id never repeats an existing one and fits 32 characters (the slug is shortened).
class RevisionIdRule {
public:
    RevisionIdRule(IdFormat format, const QStringList& existingIds);

    // The rule of a project: its id_format when set, else inferred from `existingIds`.
    static RevisionIdRule forProject(const ProjectConfig& config, const QStringList& existingIds);
    // The template that follows `existingIds` (never auto).
    static IdFormat infer(const QStringList& existingIds);

    // The id for a new revision with `message`.
    QString next(const QString& message, const QDateTime& now = QDateTime::currentDateTime()) const;
    // The template in use, e.g. "{seq:04}_{slug}" (for a tooltip).
    QString pattern() const { return m_format.toString(); }
    // Whether ids are random (another call gives another id).
    bool isRandom() const { return m_format.has(IdFormat::Part::Kind::Hex); }

    // `message` as an id part: lowercase ASCII letters and digits, other runs as '_', at most
    // `maxLength` characters, no '_' at either end.
    static QString slug(const QString& message, int maxLength = 32);

private:
    QString render(const QString& slug, qint64 seq, const QDateTime& now) const;
    qint64 highestSeq() const;

    IdFormat m_format;
    QSet<QString> m_existing;
};

} // namespace strata
