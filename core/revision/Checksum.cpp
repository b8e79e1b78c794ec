#include "revision/Checksum.h"

#include <QCryptographicHash>

namespace strata {

QString normalizedForChecksum(QStringView sql) {
    QString out;
    out.reserve(sql.size());
    qsizetype pos = 0;
    const qsizetype n = sql.size();
    qsizetype keep = 0; // length of `out` up to the end of the last non-blank line
    while (pos <= n) {
        qsizetype eol = sql.indexOf(QLatin1Char('\n'), pos);
        const bool last = eol < 0;
        if (last)
            eol = n;
        QStringView line = sql.mid(pos, eol - pos);
        // Drops a CR before the LF together with any other trailing whitespace.
        qsizetype len = line.size();
        while (len > 0 && line.at(len - 1).isSpace())
            --len;
        line = line.left(len);
        if (!out.isEmpty() || pos > 0)
            out += QLatin1Char('\n');
        out += line;
        if (!line.isEmpty())
            keep = out.size();
        if (last)
            break;
        pos = eol + 1;
    }
    out.truncate(keep);
    return out;
}

QString sectionChecksum(QStringView sql) {
    const QByteArray digest =
        QCryptographicHash::hash(normalizedForChecksum(sql).toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("v1:") + QString::fromLatin1(digest.toHex());
}

} // namespace strata
