#include "lint/LintObjects.h"

namespace strata {

namespace {

QString key(const QString& kind, const QString& name) {
    return kind + QChar(0x1f) + name;
}

// "public.items" -> "items"; "public.items.col" (a column) -> "items.col".
QString bare(const QString& kind, const QString& name) {
    const qsizetype parts = name.count(QLatin1Char('.')) + 1;
    const bool twoPart = kind == QLatin1String("column") || kind == QLatin1String("constraint") ||
                         kind == QLatin1String("trigger") || kind == QLatin1String("policy");
    if (parts > (twoPart ? 2 : 1))
        return name.mid(name.indexOf(QLatin1Char('.')) + 1);
    return name;
}

} // namespace

void LintObjects::add(const QString& kind, const QString& name) {
    if (name.isEmpty())
        return;
    m_qualified.insert(key(kind, name));
    m_bare.insert(key(kind, bare(kind, name)));
}

bool LintObjects::contains(const QString& kind, const QString& name) const {
    if (m_qualified.contains(key(kind, name)))
        return true;
    const QString b = bare(kind, name);
    // An unqualified name matches any schema; a qualified one matches an unqualified entry.
    if (b == name)
        return m_bare.contains(key(kind, b));
    return m_qualified.contains(key(kind, b));
}

} // namespace strata
