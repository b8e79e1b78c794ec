#include "lint/LintStatement.h"

namespace strata {

void LintStatement::position(int location, int* fileLine, int* fileColumn) const {
    *fileLine = line;
    *fileColumn = column;
    if (location <= 0)
        return;
    const QByteArray utf8 = text.toUtf8();
    const QString before = QString::fromUtf8(utf8.left(location));
    const qsizetype lastBreak = before.lastIndexOf(QLatin1Char('\n'));
    const int breaks = int(before.count(QLatin1Char('\n')));
    if (breaks == 0) {
        *fileColumn = column + int(before.size());
        return;
    }
    *fileLine = line + breaks;
    *fileColumn = int(before.size() - lastBreak);
}

} // namespace strata
