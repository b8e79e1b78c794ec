#include "schema/DifferenceDdl.h"

#include <QSet>

namespace strata {

namespace {

// Attributes the definition never shows.
bool outsideDefinition(const QString& attribute) {
    static const QSet<QString> outside{QStringLiteral("comment"), QStringLiteral("owner"),
                                       QStringLiteral("acl"), QStringLiteral("tablespace")};
    return outside.contains(attribute);
}

// Attributes the definition of `kind` always shows (RelationReader renders them).
bool renderedInDefinition(ObjectKind kind, const QString& attribute) {
    static const QSet<QString> column{QStringLiteral("type"),       QStringLiteral("collation"),
                                      QStringLiteral("not_null"),   QStringLiteral("default"),
                                      QStringLiteral("generated"),  QStringLiteral("identity"),
                                      QStringLiteral("compression")};
    static const QSet<QString> table{
        QStringLiteral("kind"),          QStringLiteral("persistence"),
        QStringLiteral("rls_enabled"),   QStringLiteral("rls_forced"),
        QStringLiteral("partition_key"), QStringLiteral("partition_bound"),
        QStringLiteral("partition_of"),  QStringLiteral("inherits"),
        QStringLiteral("options"),       QLatin1String(kColumnOrderAttribute)};
    static const QSet<QString> sequence{QStringLiteral("type"),      QStringLiteral("start"),
                                        QStringLiteral("increment"), QStringLiteral("min"),
                                        QStringLiteral("max"),       QStringLiteral("cache"),
                                        QStringLiteral("cycle"),     QStringLiteral("owned_by")};
    if (attribute == QLatin1String("definition"))
        return true;
    switch (kind) {
    case ObjectKind::Column:
        return column.contains(attribute);
    case ObjectKind::Table:
        return table.contains(attribute);
    case ObjectKind::Sequence:
        return sequence.contains(attribute);
    default:
        return false;
    }
}

// Whether the two definitions already show this change: they differ, and each side's value is
// in its definition.
bool visibleInDefinitions(const AttributeChange& change, const QString& definitionA,
                          const QString& definitionB) {
    if (definitionA == definitionB)
        return false;
    const bool aShows = change.before.isEmpty() || definitionA.contains(change.before);
    const bool bShows = change.after.isEmpty() || definitionB.contains(change.after);
    return aShows && bShows && !(change.before.isEmpty() && change.after.isEmpty());
}

QString keyword(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Schema:
        return QStringLiteral("SCHEMA");
    case ObjectKind::Extension:
        return QStringLiteral("EXTENSION");
    case ObjectKind::Table:
        return QStringLiteral("TABLE");
    case ObjectKind::Column:
        return QStringLiteral("COLUMN");
    case ObjectKind::Constraint:
        return QStringLiteral("CONSTRAINT");
    case ObjectKind::Index:
        return QStringLiteral("INDEX");
    case ObjectKind::Sequence:
        return QStringLiteral("SEQUENCE");
    case ObjectKind::View:
        return QStringLiteral("VIEW");
    case ObjectKind::MaterializedView:
        return QStringLiteral("MATERIALIZED VIEW");
    case ObjectKind::Function:
        return QStringLiteral("FUNCTION");
    case ObjectKind::Trigger:
        return QStringLiteral("TRIGGER");
    case ObjectKind::EnumType:
    case ObjectKind::CompositeType:
        return QStringLiteral("TYPE");
    case ObjectKind::Domain:
        return QStringLiteral("DOMAIN");
    case ObjectKind::Policy:
        return QStringLiteral("POLICY");
    case ObjectKind::Collation:
        return QStringLiteral("COLLATION");
    case ObjectKind::ForeignDataWrapper:
        return QStringLiteral("FOREIGN DATA WRAPPER");
    case ObjectKind::ForeignServer:
        return QStringLiteral("SERVER");
    case ObjectKind::UserMapping:
        return QStringLiteral("USER MAPPING");
    case ObjectKind::ForeignTable:
        return QStringLiteral("FOREIGN TABLE");
    case ObjectKind::Statistics:
        return QStringLiteral("STATISTICS");
    case ObjectKind::Rule:
        return QStringLiteral("RULE");
    case ObjectKind::EventTrigger:
        return QStringLiteral("EVENT TRIGGER");
    }
    return QStringLiteral("TABLE");
}

// "TABLE public.t", "CONSTRAINT c ON public.t", ...
QString target(const SchemaObject& object) {
    const bool onTable = object.kind == ObjectKind::Constraint ||
                         object.kind == ObjectKind::Trigger || object.kind == ObjectKind::Policy ||
                         object.kind == ObjectKind::Rule;
    const QString prefix = object.parent + QLatin1Char('.');
    if (onTable && !object.parent.isEmpty() && object.name.startsWith(prefix))
        return QStringLiteral("%1 %2 ON %3")
            .arg(keyword(object.kind), object.name.mid(prefix.size()), object.parent);
    return keyword(object.kind) + QLatin1Char(' ') + object.name;
}

QString literal(const QString& text) {
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString commentLine(const QString& name, const QString& value) {
    QString shown = value.isEmpty() ? QStringLiteral("(not set)") : value;
    shown.replace(QLatin1Char('\n'), QStringLiteral("\n--   "));
    return QStringLiteral("-- %1: %2").arg(name, shown);
}

bool hasOwner(ObjectKind kind) {
    switch (kind) {
    case ObjectKind::Column:
    case ObjectKind::Constraint:
    case ObjectKind::Index:
    case ObjectKind::Trigger:
    case ObjectKind::Policy:
    case ObjectKind::Extension:
    case ObjectKind::UserMapping:
    case ObjectKind::Rule:
        return false;
    default:
        return true;
    }
}

QString withLines(const QString& definition, const QStringList& lines) {
    if (lines.isEmpty())
        return definition;
    return definition.isEmpty() ? lines.join(QLatin1Char('\n'))
                                : definition + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace

QString DifferenceDdl::attributeLine(const SchemaObject& object, const QString& attribute,
                                     const QString& value) {
    if (attribute == QLatin1String("comment"))
        return QStringLiteral("COMMENT ON %1 IS %2;")
            .arg(target(object), value.isEmpty() ? QStringLiteral("NULL") : literal(value));
    if (attribute == QLatin1String("owner") && hasOwner(object.kind) && !value.isEmpty())
        return QStringLiteral("ALTER %1 OWNER TO %2;").arg(target(object), value);
    if (attribute == QLatin1String("tablespace") &&
        (object.kind == ObjectKind::Table || object.kind == ObjectKind::Index ||
         object.kind == ObjectKind::MaterializedView))
        return QStringLiteral("ALTER %1 SET TABLESPACE %2;")
            .arg(target(object), value.isEmpty() ? QStringLiteral("pg_default") : value);
    if (attribute == QLatin1String("acl"))
        return commentLine(QStringLiteral("privileges"),
                           value.isEmpty() ? QStringLiteral("(default)") : value);
    return commentLine(attribute, value);
}

DifferenceDdl DifferenceDdl::render(const SchemaDifference& difference, const SchemaObject* objectA,
                                    const SchemaObject* objectB) {
    DifferenceDdl out{difference.definitionA, difference.definitionB};
    // The object as each side names it (the other side's, or a bare one, when it is missing).
    SchemaObject bare;
    bare.kind = difference.kind;
    bare.name = difference.name;
    const SchemaObject& a = objectA ? *objectA : objectB ? *objectB : bare;
    const SchemaObject& b = objectB ? *objectB : a;

    QStringList linesA;
    QStringList linesB;
    switch (difference.change) {
    case SchemaDifference::Change::Added:
    case SchemaDifference::Change::Removed: {
        const SchemaObject* present =
            difference.change == SchemaDifference::Change::Added ? objectB : objectA;
        if (!present)
            break;
        QStringList& lines = difference.change == SchemaDifference::Change::Added ? linesB : linesA;
        for (auto it = present->attributes.cbegin(); it != present->attributes.cend(); ++it)
            if (outsideDefinition(it.key()) && !it.value().isEmpty())
                lines << attributeLine(*present, it.key(), it.value());
        break;
    }
    case SchemaDifference::Change::Changed:
        for (const AttributeChange& change : difference.attributes) {
            if (!outsideDefinition(change.name) &&
                (renderedInDefinition(difference.kind, change.name) ||
                 visibleInDefinitions(change, difference.definitionA, difference.definitionB)))
                continue;
            linesA << attributeLine(a, change.name, change.before);
            linesB << attributeLine(b, change.name, change.after);
        }
        break;
    case SchemaDifference::Change::ColumnOrder:
        break;
    }
    out.a = withLines(out.a, linesA);
    out.b = withLines(out.b, linesB);
    return out;
}

} // namespace strata
