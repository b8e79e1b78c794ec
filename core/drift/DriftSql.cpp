#include "drift/DriftSql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace strata {

namespace {

QString quoteIdent(const QString& part) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_$]*$"));
    if (plain.match(part).hasMatch())
        return part;
    QString q = part;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString withSemicolon(QString sql) {
    sql = sql.trimmed();
    if (!sql.endsWith(QLatin1Char(';')))
        sql += QLatin1Char(';');
    return sql;
}

QString commented(const QString& sql) {
    QStringList lines = sql.split(QLatin1Char('\n'));
    for (QString& l : lines)
        l = QStringLiteral("-- ") + l;
    return lines.join(QLatin1Char('\n'));
}

// The last part of a child's name: "public.t.col" with parent "public.t" -> col.
QString childName(const QString& name, const QString& parent) {
    if (!parent.isEmpty() && name.startsWith(parent + QLatin1Char('.')))
        return name.mid(parent.size() + 1);
    return name.section(QLatin1Char('.'), -1);
}

const SchemaObject* lookup(const SchemaSnapshot& s, const SchemaDifference& d) {
    return s.find(d.kind, d.name);
}

QString dropStatement(const SchemaDifference& d, const SchemaObject* obj, bool* destructive) {
    const QString parent = obj ? obj->parent : QString();
    const QString qname = DriftSql::quoteQualified(d.name);
    const QString qparent = DriftSql::quoteQualified(parent);
    const QString child = quoteIdent(childName(d.name, parent));
    *destructive = false;
    switch (d.kind) {
    case ObjectKind::Schema:
        *destructive = true;
        return QStringLiteral("DROP SCHEMA %1;").arg(qname);
    case ObjectKind::Extension:
        *destructive = true;
        return QStringLiteral("DROP EXTENSION %1;").arg(qname);
    case ObjectKind::Table:
        *destructive = true;
        return QStringLiteral("DROP TABLE %1;").arg(qname);
    case ObjectKind::Column:
        *destructive = true;
        return QStringLiteral("ALTER TABLE %1 DROP COLUMN %2;").arg(qparent, child);
    case ObjectKind::Constraint:
        return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2;").arg(qparent, child);
    case ObjectKind::Index:
        return QStringLiteral("DROP INDEX %1;").arg(qname);
    case ObjectKind::Sequence:
        *destructive = true;
        return QStringLiteral("DROP SEQUENCE %1;").arg(qname);
    case ObjectKind::View:
        return QStringLiteral("DROP VIEW %1;").arg(qname);
    case ObjectKind::MaterializedView:
        return QStringLiteral("DROP MATERIALIZED VIEW %1;").arg(qname);
    case ObjectKind::Function:
        return QStringLiteral("DROP ROUTINE %1;").arg(d.name);
    case ObjectKind::Trigger:
        return QStringLiteral("DROP TRIGGER %1 ON %2;").arg(child, qparent);
    case ObjectKind::EnumType:
    case ObjectKind::CompositeType:
        *destructive = true;
        return QStringLiteral("DROP TYPE %1;").arg(qname);
    case ObjectKind::Domain:
        *destructive = true;
        return QStringLiteral("DROP DOMAIN %1;").arg(qname);
    case ObjectKind::Policy:
        return QStringLiteral("DROP POLICY %1 ON %2;").arg(child, qparent);
    }
    return {};
}

QString createStatement(const SchemaDifference& d, const SchemaObject* obj) {
    if (d.kind == ObjectKind::Column && obj)
        return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;")
            .arg(DriftSql::quoteQualified(obj->parent), obj->definition);
    return withSemicolon(d.definitionB);
}

// Creation order (drops run in reverse): what others depend on first.
int rank(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Schema:
        return 0;
    case ObjectKind::Extension:
        return 1;
    case ObjectKind::EnumType:
        return 2;
    case ObjectKind::Domain:
        return 3;
    case ObjectKind::CompositeType:
        return 4;
    case ObjectKind::Sequence:
        return 5;
    case ObjectKind::Table:
        return 6;
    case ObjectKind::Column:
        return 7;
    case ObjectKind::Constraint:
        return 8;
    case ObjectKind::Index:
        return 9;
    case ObjectKind::Function:
        return 10;
    case ObjectKind::View:
        return 11;
    case ObjectKind::MaterializedView:
        return 12;
    case ObjectKind::Trigger:
        return 13;
    case ObjectKind::Policy:
        return 14;
    }
    return 15;
}

} // namespace

QString DriftSql::quoteQualified(const QString& name) {
    QStringList parts = name.split(QLatin1Char('.'));
    for (QString& p : parts)
        p = quoteIdent(p);
    return parts.join(QLatin1Char('.'));
}

QString DriftSql::generate(const SchemaDiff& diff, const SchemaSnapshot& a,
                           const SchemaSnapshot& b) {
    QStringList out;
    out << QStringLiteral("-- Strata drift script: brings A to B. Review it before running it.");
    auto destructiveBlock = [&out](const QString& why, const QString& sql) {
        out << QStringLiteral("-- DESTRUCTIVE: %1 (uncomment to run)").arg(why) << commented(sql);
    };
    // Columns of a table that is added or removed whole come with its CREATE / DROP.
    QSet<QString> wholeTables;
    QList<const SchemaDifference*> removals;
    QList<const SchemaDifference*> changes;
    QList<const SchemaDifference*> additions;
    for (const SchemaDifference& d : diff.differences()) {
        if (d.kind == ObjectKind::Table && (d.change == SchemaDifference::Change::Added ||
                                            d.change == SchemaDifference::Change::Removed))
            wholeTables.insert(d.name);
    }
    for (const SchemaDifference& d : diff.differences()) {
        const SchemaObject* obj = d.change == SchemaDifference::Change::Added
                                      ? b.find(d.kind, d.name)
                                      : a.find(d.kind, d.name);
        if (d.kind == ObjectKind::Column && obj && wholeTables.contains(obj->parent) &&
            d.change != SchemaDifference::Change::Changed)
            continue;
        if (d.change == SchemaDifference::Change::Added)
            additions << &d;
        else if (d.change == SchemaDifference::Change::Removed)
            removals << &d;
        else
            changes << &d;
    }
    auto byRank = [](const SchemaDifference* x, const SchemaDifference* y) {
        return rank(x->kind) < rank(y->kind);
    };
    std::stable_sort(additions.begin(), additions.end(), byRank);
    std::stable_sort(
        removals.begin(), removals.end(),
        [&byRank](const SchemaDifference* x, const SchemaDifference* y) { return byRank(y, x); });
    QList<const SchemaDifference*> ordered = removals + changes + additions;
    QStringList late; // ALTER SEQUENCE ... OWNED BY, once the owning column exists
    for (const SchemaDifference* dp : ordered) {
        const SchemaDifference& d = *dp;
        const QString label = objectKindName(d.kind) + QLatin1Char(' ') + d.name;
        out << QString();
        switch (d.change) {
        case SchemaDifference::Change::Added: {
            out << QStringLiteral("-- %1: only in B").arg(label);
            QString create = createStatement(d, lookup(b, d));
            if (d.kind == ObjectKind::Sequence) {
                QStringList now;
                for (const QString& line : create.split(QLatin1Char('\n'))) {
                    if (line.startsWith(QLatin1String("ALTER SEQUENCE")) &&
                        line.contains(QLatin1String(" OWNED BY ")))
                        late << line;
                    else
                        now << line;
                }
                create = now.join(QLatin1Char('\n'));
            }
            out << create;
            break;
        }
        case SchemaDifference::Change::Removed: {
            bool destructive = false;
            const QString drop = dropStatement(d, lookup(a, d), &destructive);
            out << QStringLiteral("-- %1: only in A").arg(label);
            if (destructive)
                destructiveBlock(QCoreApplication::translate("strata", "drops data"), drop);
            else
                out << drop;
            break;
        }
        case SchemaDifference::Change::ColumnOrder:
            out << QStringLiteral("-- MANUAL: %1: column order differs; PostgreSQL cannot "
                                  "reorder columns in place")
                       .arg(label);
            break;
        case SchemaDifference::Change::Changed: {
            QStringList names;
            for (const AttributeChange& c : d.attributes)
                names << c.name;
            out << QStringLiteral("-- %1: differs in %2")
                       .arg(label, names.join(QLatin1String(", ")));
            const SchemaObject* objA = lookup(a, d);
            const SchemaObject* objB = lookup(b, d);
            if (d.kind == ObjectKind::Column && objB) {
                const QString table = quoteQualified(objB->parent);
                const QString column = quoteIdent(childName(d.name, objB->parent));
                QStringList manual;
                for (const AttributeChange& c : d.attributes) {
                    const QString alter =
                        QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(table, column);
                    if (c.name == QLatin1String("type"))
                        destructiveBlock(QStringLiteral("changes a column's type (may rewrite or "
                                                        "lose data)"),
                                         alter + QStringLiteral("TYPE %1;").arg(c.after));
                    else if (c.name == QLatin1String("not_null"))
                        out << alter + (c.after == QLatin1String("true")
                                            ? QStringLiteral("SET NOT NULL;")
                                            : QStringLiteral("DROP NOT NULL;"));
                    else if (c.name == QLatin1String("default"))
                        out << alter + (c.after.isNull()
                                            ? QStringLiteral("DROP DEFAULT;")
                                            : QStringLiteral("SET DEFAULT %1;").arg(c.after));
                    else
                        manual << c.name;
                }
                if (!manual.isEmpty())
                    out << QStringLiteral("-- MANUAL: %1").arg(manual.join(QLatin1String(", ")));
                break;
            }
            switch (d.kind) {
            case ObjectKind::Index:
            case ObjectKind::Trigger:
            case ObjectKind::Constraint:
            case ObjectKind::Policy: {
                bool destructive = false;
                out << dropStatement(d, objA, &destructive) << withSemicolon(d.definitionB);
                break;
            }
            case ObjectKind::Function:
                out << withSemicolon(d.definitionB);
                break;
            case ObjectKind::View: {
                QString def = d.definitionB;
                def.replace(QRegularExpression(QStringLiteral("^CREATE VIEW")),
                            QStringLiteral("CREATE OR REPLACE VIEW"));
                out << withSemicolon(def);
                break;
            }
            default:
                out << QStringLiteral("-- MANUAL: A:") << commented(d.definitionA)
                    << QStringLiteral("-- MANUAL: B:") << commented(d.definitionB);
            }
            break;
        }
        }
    }
    if (!late.isEmpty())
        out << QString() << QStringLiteral("-- sequence ownership") << late;
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace strata
