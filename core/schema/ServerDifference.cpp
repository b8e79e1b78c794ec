#include "schema/ServerDifference.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace strata {

namespace {

int major(int version) {
    return version / 10000;
}

// One side before `since` and the other at or after it.
bool straddles(int versionA, int versionB, int since) {
    return (major(versionA) < since) != (major(versionB) < since);
}

// An ACL text ("grantee=privileges/grantor ...") without PostgreSQL 17's MAINTAIN ('m').
QString withoutMaintain(const QString& acl) {
    QStringList items = acl.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& item : items) {
        const qsizetype slash = item.indexOf(QLatin1Char('/'));
        const qsizetype eq = slash < 0 ? -1 : item.lastIndexOf(QLatin1Char('='), slash);
        if (eq < 0)
            continue;
        QString privileges = item.mid(eq + 1, slash - eq - 1);
        privileges.remove(QStringLiteral("m*"));
        privileges.remove(QLatin1Char('m'));
        item = item.left(eq + 1) + privileges + item.mid(slash);
    }
    return items.join(QLatin1Char(' '));
}

// The public schema as a server creates it: owned by the bootstrap superuser with
// "=UC/owner owner=UC/owner" before 15, by pg_database_owner with "=U/... ...=UC/..." since.
bool isDefaultPublicAcl(const QString& acl, int version) {
    if (acl.isNull())
        return true; // the acl attribute left out (--ignore-privileges)
    if (major(version) >= 15)
        return acl == QLatin1String("=U/pg_database_owner pg_database_owner=UC/pg_database_owner");
    static const QRegularExpression old(QStringLiteral(R"(^=UC/(\S+) (\S+)=UC/(\S+)$)"));
    const QRegularExpressionMatch m = old.match(acl);
    return m.hasMatch() && m.captured(1) == m.captured(2) && m.captured(2) == m.captured(3);
}

bool isDefaultPublicOwner(const QString& owner, int version) {
    return owner.isNull() || major(version) < 15 || owner == QLatin1String("pg_database_owner");
}

QString tr(const char* text) {
    return QCoreApplication::translate("strata", text);
}

QString attributeReason(const SchemaDifference& d, const AttributeChange& c, int versionA,
                        int versionB) {
    if (d.kind == ObjectKind::Extension &&
        (c.name == QLatin1String("version") || c.name == QLatin1String("definition")))
        return tr("each server ships its own version of the extension");
    if (d.kind == ObjectKind::Schema && d.name == QLatin1String("public") &&
        straddles(versionA, versionB, 15)) {
        if (c.name == QLatin1String("owner") && isDefaultPublicOwner(c.before, versionA) &&
            isDefaultPublicOwner(c.after, versionB))
            return tr("the public schema is owned by pg_database_owner since PostgreSQL 15");
        if (c.name == QLatin1String("acl") && isDefaultPublicAcl(c.before, versionA) &&
            isDefaultPublicAcl(c.after, versionB))
            return tr("the public schema's default privileges changed in PostgreSQL 15");
    }
    if (c.name == QLatin1String("acl") && straddles(versionA, versionB, 17) &&
        withoutMaintain(c.before) == withoutMaintain(c.after))
        return tr("PostgreSQL 17 grants the MAINTAIN privilege with the others");
    if (d.kind == ObjectKind::Column && straddles(versionA, versionB, 18)) {
        // The side before 18 cannot keep a NOT NULL constraint's name.
        const bool aOld = major(versionA) < 18;
        const QString& oldValue = aOld ? c.before : c.after;
        const QString& newValue = aOld ? c.after : c.before;
        if (c.name == QLatin1String("not_null_name") && oldValue.isNull())
            return tr("only PostgreSQL 18 keeps the name of a NOT NULL constraint");
        if (c.name == QLatin1String("definition")) {
            static const QRegularExpression named(
                QStringLiteral(R"( CONSTRAINT (?:"(?:[^"]|"")+"|\S+) NOT NULL)"));
            QString stripped = newValue;
            stripped.replace(named, QStringLiteral(" NOT NULL"));
            if (stripped == oldValue)
                return tr("only PostgreSQL 18 keeps the name of a NOT NULL constraint");
        }
    }
    return {};
}

} // namespace

QString ServerDifference::reason(const SchemaDifference& difference, int versionA, int versionB) {
    if (major(versionA) == major(versionB) || versionA <= 0 || versionB <= 0)
        return {};
    if (difference.change != SchemaDifference::Change::Changed || difference.attributes.isEmpty())
        return {};
    QStringList reasons;
    for (const AttributeChange& change : difference.attributes) {
        const QString why = attributeReason(difference, change, versionA, versionB);
        if (why.isEmpty())
            return {}; // one attribute that is drift makes the whole difference drift
        if (!reasons.contains(why))
            reasons << why;
    }
    return reasons.join(QStringLiteral("; "));
}

} // namespace strata
