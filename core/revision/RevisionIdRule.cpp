#include "revision/RevisionIdRule.h"

#include "config/ProjectConfig.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

namespace strata {

namespace {

using Part = IdFormat::Part;
using Kind = IdFormat::Part::Kind;

constexpr int kMaxId = 32;

QString randomHex(int digits) {
    QString out;
    while (out.size() < digits)
        out += QString::number(QRandomGenerator::global()->generate(), 16).rightJustified(8, u'0');
    return out.left(digits);
}

Part literal(const QString& text) {
    Part p;
    p.text = text;
    return p;
}

Part make(Kind kind, int width = 0, const QString& text = {}) {
    Part p;
    p.kind = kind;
    p.width = width;
    p.text = text;
    return p;
}

// One existing id as the inference sees it.
struct Shape {
    enum class Kind { Numbered, Dated, Other } kind = Kind::Other;
    qint64 number = 0; // numbered: its number; dated: its digits
    int width = 0;     // numbered: digits as written
    QString datePattern;
    bool slugged = false;
};

Shape shapeOf(const QString& id) {
    static const QRegularExpression dated(QStringLiteral("^(\\d{8})(_?)(\\d{6}|\\d{4})?(_.+)?$"));
    static const QRegularExpression numbered(QStringLiteral("^(\\d{1,7})(_.+)?$"));
    Shape s;
    if (const auto m = dated.match(id); m.hasMatch()) {
        const QDate date = QDate::fromString(m.captured(1), QStringLiteral("yyyyMMdd"));
        if (date.isValid() && date.year() >= 1990) {
            s.kind = Shape::Kind::Dated;
            s.datePattern = QStringLiteral("yyyyMMdd") + m.captured(2) +
                            (m.captured(3).size() == 6   ? QStringLiteral("HHmmss")
                             : m.captured(3).size() == 4 ? QStringLiteral("HHmm")
                                                         : QString());
            if (m.captured(3).isEmpty() && !m.captured(2).isEmpty())
                s.datePattern.chop(1); // "yyyyMMdd_" + slug: the '_' belongs to the slug
            s.number = (m.captured(1) + m.captured(3)).toLongLong();
            s.slugged =
                !m.captured(4).isEmpty() || (m.captured(3).isEmpty() && !m.captured(2).isEmpty());
            return s;
        }
    }
    if (const auto m = numbered.match(id); m.hasMatch()) {
        s.kind = Shape::Kind::Numbered;
        s.number = m.captured(1).toLongLong();
        s.width = int(m.captured(1).size());
        s.slugged = !m.captured(2).isEmpty();
    }
    return s;
}

// The regular expression of ids `format` makes, {seq} captured. The '_' beside a slug goes
// with it (an empty slug drops it), so "{seq:04}_{slug}" reads "0003" and "0003_x" but not
// the random "1975ea83b712".
QRegularExpression matcher(const IdFormat& format) {
    static const QString slug = QStringLiteral("[A-Za-z0-9_]+");
    QString re = QStringLiteral("^");
    const QList<Part>& parts = format.parts;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Part& p = parts.at(i);
        switch (p.kind) {
        case Kind::Literal: {
            const bool slugNext = i + 1 < parts.size() && parts.at(i + 1).kind == Kind::Slug;
            if (slugNext && p.text.endsWith(QLatin1Char('_'))) {
                re += QRegularExpression::escape(p.text.chopped(1)) +
                      QStringLiteral("(?:_%1)?").arg(slug);
                ++i; // the slug is in
            } else {
                re += QRegularExpression::escape(p.text);
            }
            break;
        }
        case Kind::Seq:
            re += QStringLiteral("(\\d+)");
            break;
        case Kind::Slug: {
            const bool underscoreNext = i + 1 < parts.size() &&
                                        parts.at(i + 1).kind == Kind::Literal &&
                                        parts.at(i + 1).text.startsWith(QLatin1Char('_'));
            re += underscoreNext ? QStringLiteral("(?:%1_)?").arg(slug)
                                 : QStringLiteral("[A-Za-z0-9_]*");
            if (underscoreNext) { // its '_' is in: the rest of that literal follows
                re += QRegularExpression::escape(parts.at(i + 1).text.mid(1));
                ++i;
            }
            break;
        }
        case Kind::Date:
            re += QStringLiteral("[0-9]+");
            break;
        case Kind::Hex:
            re += QStringLiteral("[0-9a-fA-F]+");
            break;
        }
    }
    return QRegularExpression(re + QStringLiteral("$"));
}

} // namespace

RevisionIdRule::RevisionIdRule(IdFormat format, const QStringList& existingIds)
    : m_format(format.isAuto() ? infer(existingIds) : std::move(format))
    , m_existing(existingIds.cbegin(), existingIds.cend()) {}

RevisionIdRule RevisionIdRule::forProject(const ProjectConfig& config,
                                          const QStringList& existingIds) {
    return RevisionIdRule(config.idFormat(), existingIds);
}

IdFormat RevisionIdRule::infer(const QStringList& existingIds) {
    int numbered = 0, dated = 0, other = 0, numberedSlugged = 0, datedSlugged = 0;
    Shape highest, latest;
    for (const QString& id : existingIds) {
        const Shape s = shapeOf(id);
        switch (s.kind) {
        case Shape::Kind::Numbered:
            ++numbered;
            numberedSlugged += s.slugged ? 1 : 0;
            if (s.number >= highest.number)
                highest = s;
            break;
        case Shape::Kind::Dated:
            ++dated;
            datedSlugged += s.slugged ? 1 : 0;
            if (s.number >= latest.number)
                latest = s;
            break;
        case Shape::Kind::Other:
            ++other;
            break;
        }
    }
    IdFormat format;
    if (numbered > 0 && numbered >= dated && numbered >= other) {
        format.parts << make(Kind::Seq, highest.width > 1 ? highest.width : 0);
        if (2 * numberedSlugged >= numbered)
            format.parts << literal(QStringLiteral("_")) << make(Kind::Slug);
    } else if (dated > 0 && dated >= other) {
        // "yyyyMMdd_HHmm": the date and the time as two parts, the '_' a literal between.
        const QStringList pieces = latest.datePattern.split(QLatin1Char('_'));
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0)
                format.parts << literal(QStringLiteral("_"));
            format.parts << make(Kind::Date, 0, pieces.at(i));
        }
        if (2 * datedSlugged >= dated)
            format.parts << literal(QStringLiteral("_")) << make(Kind::Slug);
    } else {
        format.parts << make(Kind::Hex, 12);
    }
    return format;
}

QString RevisionIdRule::slug(const QString& message, int maxLength) {
    const QString folded = message.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool gap = false;
    for (const QChar c : folded) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (gap && !out.isEmpty())
                out += QLatin1Char('_');
            gap = false;
            out += c;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true; // accents fold away (ệ -> e); everything else separates words
        }
    }
    out = out.left(std::max(0, maxLength));
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    return out;
}

qint64 RevisionIdRule::highestSeq() const {
    const QRegularExpression re = matcher(m_format);
    qint64 highest = 0;
    for (const QString& id : m_existing)
        if (const auto m = re.match(id); m.hasMatch())
            highest = std::max(highest, m.captured(1).toLongLong());
    return highest;
}

QString RevisionIdRule::render(const QString& slugText, qint64 seq, const QDateTime& now) const {
    QStringList pieces;
    int slugAt = -1;
    for (const Part& p : m_format.parts) {
        switch (p.kind) {
        case Kind::Literal:
            pieces << p.text;
            break;
        case Kind::Seq:
            pieces << QString::number(seq).rightJustified(p.width, QLatin1Char('0'));
            break;
        case Kind::Slug:
            slugAt = int(pieces.size());
            pieces << QString();
            break;
        case Kind::Date:
            pieces << now.toString(p.text);
            break;
        case Kind::Hex:
            pieces << randomHex(p.width);
            break;
        }
    }
    if (slugAt >= 0) {
        const int rest = int(pieces.join(QString()).size());
        const QString s = slug(slugText, kMaxId - rest);
        pieces[slugAt] = s;
        if (s.isEmpty()) { // no slug: nor the '_' that would separate it
            if (slugAt > 0 && pieces.at(slugAt - 1).endsWith(QLatin1Char('_')))
                pieces[slugAt - 1].chop(1);
            else if (slugAt + 1 < pieces.size() && pieces.at(slugAt + 1).startsWith(u'_'))
                pieces[slugAt + 1].remove(0, 1);
        }
    }
    return pieces.join(QString()).left(kMaxId);
}

QString RevisionIdRule::next(const QString& message, const QDateTime& now) const {
    const bool numbered = m_format.has(Kind::Seq);
    qint64 seq = numbered ? highestSeq() + 1 : 0;
    QString id = render(message, seq, now);
    for (int attempt = 2; m_existing.contains(id) && attempt < 1000; ++attempt) {
        if (numbered || isRandom()) {
            id = render(message, numbered ? ++seq : seq, now);
        } else { // the same date and message: a suffix
            const QString suffix = QStringLiteral("_%1").arg(attempt);
            id = render(message, seq, now).left(kMaxId - int(suffix.size())) + suffix;
        }
    }
    return id;
}

} // namespace strata
