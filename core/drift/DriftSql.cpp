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

// The role of a user mapping as its DDL names it (PUBLIC, or the quoted role).
QString mappingUser(const SchemaObject* obj) {
    const QString user = obj ? obj->attribute(QStringLiteral("user")) : QString();
    return user.isEmpty() || user == QLatin1String("public") ? QStringLiteral("PUBLIC")
                                                             : quoteIdent(user);
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
    case ObjectKind::Collation:
        return QStringLiteral("DROP COLLATION %1;").arg(qname);
    case ObjectKind::ForeignDataWrapper:
        return QStringLiteral("DROP FOREIGN DATA WRAPPER %1;").arg(quoteIdent(d.name));
    case ObjectKind::ForeignServer:
        return QStringLiteral("DROP SERVER %1;").arg(quoteIdent(d.name));
    case ObjectKind::UserMapping:
        return QStringLiteral("DROP USER MAPPING FOR %1 SERVER %2;")
            .arg(mappingUser(obj), quoteIdent(obj ? obj->attribute(QStringLiteral("server"))
                                                  : d.name.section(QLatin1Char('@'), -1)));
    case ObjectKind::ForeignTable:
        return QStringLiteral("DROP FOREIGN TABLE %1;").arg(qname);
    case ObjectKind::Statistics:
        return QStringLiteral("DROP STATISTICS %1;").arg(qname);
    case ObjectKind::Rule:
        return QStringLiteral("DROP RULE %1 ON %2;").arg(child, qparent);
    case ObjectKind::EventTrigger:
        return QStringLiteral("DROP EVENT TRIGGER %1;").arg(quoteIdent(d.name));
    }
    return {};
}

// The CREATE of an object as its definition gives it, but for an index on a partitioned table
// that has partition indexes attached: IndexReader writes it "ON ONLY" (the parent alone, left
// invalid), so it is created on the whole tree instead, which creates and attaches the
// partitions' indexes.
QString createDefinition(const SchemaObject* obj, const QString& definition) {
    if (obj && obj->kind == ObjectKind::Index &&
        obj->attribute(QStringLiteral("partitioned")) == QLatin1String("true") &&
        !obj->attribute(QStringLiteral("attached")).isEmpty()) {
        QString def = definition;
        def.replace(QStringLiteral(" ON ONLY "), QStringLiteral(" ON "));
        return withSemicolon(def);
    }
    return withSemicolon(definition);
}

QString createStatement(const SchemaDifference& d, const SchemaObject* obj) {
    if (d.kind == ObjectKind::Column && obj)
        return QStringLiteral("ALTER TABLE %1 ADD COLUMN %2;")
            .arg(DriftSql::quoteQualified(obj->parent), obj->definition);
    QString create = createDefinition(obj, d.definitionB);
    // A user mapping's option values are never read: they have to be set by hand.
    if (d.kind == ObjectKind::UserMapping && obj &&
        !obj->attribute(QStringLiteral("options")).isEmpty())
        create += QStringLiteral("\n-- MANUAL: set its options (their values are never read): "
                                 "ALTER USER MAPPING FOR %1 SERVER %2 OPTIONS (ADD %3 '...');")
                      .arg(mappingUser(obj), quoteIdent(obj->attribute(QStringLiteral("server"))),
                           obj->attribute(QStringLiteral("options"))
                               .split(QStringLiteral(", "))
                               .join(QStringLiteral(" '...', ADD ")));
    return create;
}

bool isForeignKey(const SchemaObject* obj) {
    return obj && obj->kind == ObjectKind::Constraint &&
           obj->attribute(QStringLiteral("type")) == QLatin1String("foreign key");
}

// Creation order (drops run in reverse): what others depend on first. Functions come after the
// tables (an SQL function's body is checked against them) and before the constraints, indexes,
// views and triggers that may call them; foreign keys after the keys and unique indexes they
// reference.
int rank(ObjectKind kind, const SchemaObject* obj) {
    switch (kind) {
    case ObjectKind::Schema:
        return 0;
    case ObjectKind::Extension:
        return 1;
    case ObjectKind::ForeignDataWrapper:
        return 2;
    case ObjectKind::ForeignServer:
        return 3;
    case ObjectKind::UserMapping:
        return 4;
    case ObjectKind::Collation:
        return 5;
    case ObjectKind::EnumType:
        return 6;
    case ObjectKind::Domain:
        return 7;
    case ObjectKind::CompositeType:
        return 8;
    case ObjectKind::Sequence:
        return 9;
    case ObjectKind::Table:
        return 10;
    case ObjectKind::Column:
        return 11;
    case ObjectKind::ForeignTable:
        return 12;
    case ObjectKind::Function:
        return 13;
    case ObjectKind::Constraint:
        return isForeignKey(obj) ? 16 : 14;
    case ObjectKind::Index:
        return 15;
    case ObjectKind::Statistics:
        return 17;
    case ObjectKind::View:
        return 18;
    case ObjectKind::MaterializedView:
        return 19;
    case ObjectKind::Trigger:
        return 20;
    case ObjectKind::Rule:
        return 21;
    case ObjectKind::Policy:
        return 22;
    case ObjectKind::EventTrigger:
        return 23;
    }
    return 24;
}

// Whether dropping this kind destroys data (its DROP is commented out unless the script undoes
// a creation).
bool dropDestroysData(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Schema:
    case ObjectKind::Extension:
    case ObjectKind::Table:
    case ObjectKind::Column:
    case ObjectKind::Sequence:
    case ObjectKind::EnumType:
    case ObjectKind::CompositeType:
    case ObjectKind::Domain:
        return true;
    default:
        return false;
    }
}

bool isTableChild(ObjectKind kind) {
    return kind == ObjectKind::Column || kind == ObjectKind::Constraint ||
           kind == ObjectKind::Index || kind == ObjectKind::Trigger || kind == ObjectKind::Policy ||
           kind == ObjectKind::Statistics || kind == ObjectKind::Rule;
}

// The literals of an enum's "labels" attribute ("'a', 'b''c', E'd\\\\e'"), as written.
QStringList enumLabels(const QString& labels) {
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = labels.size();
    while (i < n) {
        while (i < n && (labels.at(i) == QLatin1Char(',') || labels.at(i).isSpace()))
            ++i;
        if (i >= n)
            break;
        const qsizetype begin = i;
        if (labels.at(i) == QLatin1Char('E'))
            ++i;
        if (i >= n || labels.at(i) != QLatin1Char('\''))
            return {}; // not a list of literals: leave it to a person
        ++i;
        while (i < n) {
            if (labels.at(i) == QLatin1Char('\'')) {
                if (i + 1 < n && labels.at(i + 1) == QLatin1Char('\'')) {
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            ++i;
        }
        out << labels.mid(begin, i - begin);
    }
    return out;
}

// ALTER TYPE ... ADD VALUE for each label B has that A lacks, when B keeps all of A's labels in
// their order (PostgreSQL cannot remove or reorder enum labels); empty otherwise.
QStringList enumAdditions(const QString& type, const QString& labelsA, const QString& labelsB) {
    const QStringList a = enumLabels(labelsA);
    const QStringList b = enumLabels(labelsB);
    if (a.isEmpty() || b.size() <= a.size())
        return {};
    qsizetype next = 0; // the next label of A to find in B
    for (const QString& label : b)
        if (next < a.size() && label == a.at(next))
            ++next;
    if (next != a.size())
        return {};
    // New labels before A's first one go in from there backwards (each BEFORE its successor),
    // the others forwards (each AFTER its predecessor, which exists by then).
    const qsizetype first = b.indexOf(a.first());
    QStringList out;
    for (qsizetype i = first - 1; i >= 0; --i)
        out << QStringLiteral("ALTER TYPE %1 ADD VALUE %2 BEFORE %3;")
                   .arg(type, b.at(i), b.at(i + 1));
    for (qsizetype i = first + 1; i < b.size(); ++i)
        if (!a.contains(b.at(i)))
            out << QStringLiteral("ALTER TYPE %1 ADD VALUE %2 AFTER %3;")
                       .arg(type, b.at(i), b.at(i - 1));
    return out;
}

// The statements for one changed object (an ALTER, a re-creation, CREATE OR REPLACE, or a
// MANUAL note).
template <typename DestructiveBlock>
void writeChange(QStringList& out, const SchemaDifference& d, const SchemaObject* objA,
                 const SchemaObject* objB, const DestructiveBlock& destructiveBlock) {
    const QString label = objectKindName(d.kind) + QLatin1Char(' ') + d.name;
    QStringList names;
    for (const AttributeChange& c : d.attributes)
        names << c.name;
    out << QStringLiteral("-- %1: differs in %2").arg(label, names.join(QLatin1String(", ")));
    if (d.kind == ObjectKind::Column && objB) {
        const QString table = DriftSql::quoteQualified(objB->parent);
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
                out << alter + (c.after.isNull() ? QStringLiteral("DROP DEFAULT;")
                                                 : QStringLiteral("SET DEFAULT %1;").arg(c.after));
            else
                manual << c.name;
        }
        if (!manual.isEmpty())
            out << QStringLiteral("-- MANUAL: %1").arg(manual.join(QLatin1String(", ")));
        return;
    }
    switch (d.kind) {
    case ObjectKind::Index:
    case ObjectKind::Trigger:
    case ObjectKind::Constraint:
    case ObjectKind::Policy:
    case ObjectKind::Statistics:
    case ObjectKind::Rule:
    case ObjectKind::ForeignTable: // holds no data of its own
    case ObjectKind::EventTrigger: {
        bool destructive = false;
        out << dropStatement(d, objA, &destructive) << createDefinition(objB, d.definitionB);
        return;
    }
    case ObjectKind::Function:
        out << withSemicolon(d.definitionB);
        return;
    case ObjectKind::View: {
        QString def = d.definitionB;
        def.replace(QRegularExpression(QStringLiteral("^CREATE VIEW")),
                    QStringLiteral("CREATE OR REPLACE VIEW"));
        out << withSemicolon(def);
        return;
    }
    case ObjectKind::EnumType: {
        const QStringList adds =
            names == QStringList{QStringLiteral("definition"), QStringLiteral("labels")} && objA &&
                    objB
                ? enumAdditions(DriftSql::quoteQualified(d.name),
                                objA->attribute(QStringLiteral("labels")),
                                objB->attribute(QStringLiteral("labels")))
                : QStringList();
        if (!adds.isEmpty()) {
            out << adds;
            return;
        }
        break;
    }
    default:
        break;
    }
    out << QStringLiteral("-- MANUAL: A:") << commented(d.definitionA)
        << QStringLiteral("-- MANUAL: B:") << commented(d.definitionB);
}

} // namespace

QString DriftSql::quoteQualified(const QString& name) {
    QStringList parts = name.split(QLatin1Char('.'));
    for (QString& p : parts)
        p = quoteIdent(p);
    return parts.join(QLatin1Char('.'));
}

int DriftSql::destructiveCount(const QString& script) {
    int n = 0;
    for (const QString& line : script.split(QLatin1Char('\n')))
        if (line.startsWith(destructiveMarker()))
            ++n;
    return n;
}

QString DriftSql::generate(const SchemaDiff& diff, const SchemaSnapshot& a, const SchemaSnapshot& b,
                           const DriftSqlOptions& options) {
    QStringList out;
    out << QStringLiteral("-- ") +
               (options.heading.isEmpty()
                    ? QStringLiteral("Strata drift script: brings A to B. Review it before running "
                                     "it.")
                    : options.heading);
    auto destructiveBlock = [&out](const QString& why, const QString& sql) {
        out << QStringLiteral("%1 %2 (uncomment to run)").arg(destructiveMarker(), why)
            << commented(sql);
    };
    using Change = SchemaDifference::Change;
    auto objectOf = [&a, &b](const SchemaDifference& d) {
        return d.change == Change::Added ? b.find(d.kind, d.name) : a.find(d.kind, d.name);
    };
    // Tables added or removed whole: their columns come with the CREATE / DROP, and a dropped
    // table takes its constraints, indexes, triggers and policies with it.
    QSet<QString> addedTables;
    QSet<QString> removedTables;
    QSet<QString> removedColumns;
    for (const SchemaDifference& d : diff.differences()) {
        if (d.kind == ObjectKind::Table && d.change == Change::Added)
            addedTables.insert(d.name);
        else if (d.kind == ObjectKind::Table && d.change == Change::Removed)
            removedTables.insert(d.name);
        else if (d.kind == ObjectKind::Column && d.change == Change::Removed)
            removedColumns.insert(d.name);
    }
    // Dropped along with something else (nothing to write on its own).
    auto goesWithDrop = [&](const SchemaDifference& d, const SchemaObject* obj) {
        if (!obj || d.change != Change::Removed)
            return false;
        if (isTableChild(d.kind))
            return removedTables.contains(obj->parent);
        if (d.kind == ObjectKind::Sequence)
            return removedTables.contains(obj->parent) ||
                   removedColumns.contains(obj->attribute(QStringLiteral("owned_by")));
        return false;
    };
    // In an undo script, a creation held back because the other script's DROP of it is
    // commented out: what destroys data to drop, and what belongs to a table created again.
    auto heldBack = [&](const SchemaDifference& d, const SchemaObject* obj) {
        if (!options.undo || d.change != Change::Added)
            return false;
        return dropDestroysData(d.kind) ||
               (obj && isTableChild(d.kind) && addedTables.contains(obj->parent));
    };
    struct Item {
        const SchemaDifference* d;
        const SchemaObject* obj;
        int rank;
    };
    QList<Item> removals;
    QList<Item> creations; // changes and additions, by rank (changes first within one)
    for (const SchemaDifference& d : diff.differences()) {
        const SchemaObject* obj = objectOf(d);
        if (d.kind == ObjectKind::Column && obj && d.change != Change::Changed &&
            d.change != Change::ColumnOrder &&
            (addedTables.contains(obj->parent) || removedTables.contains(obj->parent)))
            continue;
        const Item item{&d, obj, rank(d.kind, obj)};
        if (d.change == Change::Removed) {
            if (!goesWithDrop(d, obj))
                removals << item;
        } else {
            creations << item;
        }
    }
    std::stable_sort(removals.begin(), removals.end(),
                     [](const Item& x, const Item& y) { return x.rank > y.rank; });
    // Columns added to one table go in the order B has them (else B's table would differ in
    // its column order).
    auto position = [&b](const Item& item) -> qsizetype {
        if (item.d->kind != ObjectKind::Column || !item.obj)
            return -1;
        const SchemaObject* table = b.find(ObjectKind::Table, item.obj->parent);
        if (!table)
            return -1;
        return table->attribute(QLatin1String(kColumnOrderAttribute))
            .split(QLatin1Char(','))
            .indexOf(childName(item.d->name, item.obj->parent));
    };
    std::stable_sort(creations.begin(), creations.end(), [&position](const Item& x, const Item& y) {
        if (x.rank != y.rank)
            return x.rank < y.rank;
        const bool addedX = x.d->change == Change::Added;
        const bool addedY = y.d->change == Change::Added;
        if (addedX != addedY)
            return !addedX; // changes first
        if (x.d->kind == ObjectKind::Column && y.d->kind == ObjectKind::Column) {
            const QString px = x.obj ? x.obj->parent : QString();
            const QString py = y.obj ? y.obj->parent : QString();
            if (px != py)
                return px < py;
            return position(x) < position(y);
        }
        return false;
    });
    const QList<Item> ordered = removals + creations;
    QStringList late; // ALTER SEQUENCE ... OWNED BY, once the owning column exists
    QStringList lateHeld;
    for (const Item& item : ordered) {
        const SchemaDifference& d = *item.d;
        const QString label = objectKindName(d.kind) + QLatin1Char(' ') + d.name;
        out << QString();
        switch (d.change) {
        case Change::Added: {
            out << QStringLiteral("-- %1: only in %2").arg(label, options.nameB);
            const bool held = heldBack(d, item.obj);
            QString create = createStatement(d, item.obj);
            if (d.kind == ObjectKind::Sequence) {
                QStringList now;
                for (const QString& line : create.split(QLatin1Char('\n'))) {
                    if (line.startsWith(QLatin1String("ALTER SEQUENCE")) &&
                        line.contains(QLatin1String(" OWNED BY ")))
                        (held ? lateHeld : late) << line;
                    else
                        now << line;
                }
                create = now.join(QLatin1Char('\n'));
            }
            if (held)
                destructiveBlock(QCoreApplication::translate(
                                     "strata", "creates again what the other script's "
                                               "commented-out DROP keeps; uncomment both or "
                                               "neither"),
                                 create);
            else
                out << create;
            break;
        }
        case Change::Removed: {
            bool destructive = false;
            const QString drop = dropStatement(d, item.obj, &destructive);
            out << QStringLiteral("-- %1: only in %2").arg(label, options.nameA);
            if (destructive && !options.undo)
                destructiveBlock(QCoreApplication::translate("strata", "drops data"), drop);
            else
                out << drop;
            break;
        }
        case Change::ColumnOrder:
            out << QStringLiteral("-- MANUAL: %1: column order differs; PostgreSQL cannot "
                                  "reorder columns in place")
                       .arg(label);
            break;
        case Change::Changed:
            writeChange(out, d, lookup(a, d), lookup(b, d), destructiveBlock);
            break;
        }
    }
    if (!late.isEmpty())
        out << QString() << QStringLiteral("-- sequence ownership") << late;
    if (!lateHeld.isEmpty()) {
        out << QString();
        destructiveBlock(
            QCoreApplication::translate("strata", "the ownership of sequences created again above"),
            lateHeld.join(QLatin1Char('\n')));
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace strata
