#include "SchemaDescribe.h"

#include <QStringList>

namespace strata::test {

QString describe(const SchemaDiff& diff) {
    QStringList lines;
    for (const SchemaDifference& d : diff.differences()) {
        QStringList attrs;
        for (const AttributeChange& c : d.attributes)
            attrs << c.name + QStringLiteral(": [") + c.before + QStringLiteral("] -> [") +
                         c.after + QLatin1Char(']');
        lines << objectKindName(d.kind) + QLatin1Char(' ') + d.name + QLatin1Char(' ') +
                     changeName(d.change) + QLatin1Char(' ') + attrs.join(QStringLiteral("; "));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace strata::test
