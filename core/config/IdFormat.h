#pragma once

#include "Result.h"

#include <QList>
#include <QString>

namespace strata {

// `[project] id_format` of strata.toml: how new revision ids are made (`strata revision`,
// `strata merge`, the studio's New revision and Merge heads). A template of literal text
// ([A-Za-z0-9_]) and placeholders:
//
//   {seq}  {seq:04}     the next number after the highest one of the existing ids that fit the
//                       template, zero-padded to the width given ({seq} = no padding)
//   {slug}              the message, lowercase ASCII, runs of other characters as '_'
//                       (shortened so that the id fits 32 characters; when empty, the '_'
//                       beside it goes too)
//   {date}  {date:FMT}  the local date/time: FMT of yyyy yy MM dd HH mm ss and '_'
//                       ({date} = yyyyMMdd); {time} = HHmmss
//   {hex}   {hex:N}     N random lowercase hex digits (4-32; {hex} = 12, as Alembic)
//
// e.g. "{seq:04}_{slug}" (0007_add_users), "{date:yyyyMMdd_HHmm}_{slug}", "hex12" (= "{hex:12}",
// Alembic's ids). "auto" (and no id_format) follows the pattern of the existing ids
// (RevisionIdRule::infer). A template needs {seq}, {date}, {time} or {hex}: the rest repeats.
struct IdFormat {
    struct Part {
        enum class Kind { Literal, Seq, Slug, Date, Hex };
        Kind kind = Kind::Literal;
        QString text;  // the literal, or the date pattern
        int width = 0; // {seq:N} padding, {hex:N} digits
    };

    QList<Part> parts; // empty = auto

    bool isAuto() const { return parts.isEmpty(); }
    bool has(Part::Kind kind) const;
    // The template again, normalised ("hex12" reads back as "{hex:12}").
    QString toString() const;

    // The error (ErrorCode::Config) says what is wrong, without file or line.
    static Result<IdFormat> parse(const QString& text);
};

} // namespace strata
