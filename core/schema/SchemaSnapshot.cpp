#include "schema/SchemaSnapshot.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace strata {

namespace {

// 2: collations, foreign data, extended statistics, rules, event triggers and the attributes
// of partitioned indexes. A snapshot of an older format lacks them: it is refused (so an
// expected-schema cache written before is built again rather than showing them as drift).
constexpr int kJsonFormat = 2;

const std::array<std::pair<ObjectKind, const char*>, 23> kKindNames = {{
    {ObjectKind::Schema, "schema"},
    {ObjectKind::Extension, "extension"},
    {ObjectKind::Table, "table"},
    {ObjectKind::Column, "column"},
    {ObjectKind::Constraint, "constraint"},
    {ObjectKind::Index, "index"},
    {ObjectKind::Sequence, "sequence"},
    {ObjectKind::View, "view"},
    {ObjectKind::MaterializedView, "materialized view"},
    {ObjectKind::Function, "function"},
    {ObjectKind::Trigger, "trigger"},
    {ObjectKind::EnumType, "enum"},
    {ObjectKind::Domain, "domain"},
    {ObjectKind::CompositeType, "composite type"},
    {ObjectKind::Policy, "policy"},
    {ObjectKind::Collation, "collation"},
    {ObjectKind::ForeignDataWrapper, "foreign_data_wrapper"},
    {ObjectKind::ForeignServer, "foreign_server"},
    {ObjectKind::UserMapping, "user_mapping"},
    {ObjectKind::ForeignTable, "foreign_table"},
    {ObjectKind::Statistics, "statistics"},
    {ObjectKind::Rule, "rule"},
    {ObjectKind::EventTrigger, "event_trigger"},
}};

Error jsonError(const QString& message) {
    return Error(ErrorCode::Parse,
                 QCoreApplication::translate("strata", "schema snapshot JSON: ") + message);
}

} // namespace

QString objectKindName(ObjectKind kind) {
    for (const auto& [k, name] : kKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

bool objectKindFromName(const QString& name, ObjectKind* kind) {
    for (const auto& [k, text] : kKindNames) {
        if (name == QLatin1String(text)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QList<ObjectKind> allObjectKinds() {
    QList<ObjectKind> kinds;
    for (const auto& entry : kKindNames)
        kinds.append(entry.first);
    return kinds;
}

void SchemaSnapshot::insert(SchemaObject object) {
    ObjectKey key = object.key();
    m_objects.insert_or_assign(std::move(key), std::move(object));
}

void SchemaSnapshot::merge(SchemaSnapshot&& other) {
    // std::map::merge leaves the keys this map already has in `other`: those replace.
    m_objects.merge(other.m_objects);
    for (auto& [key, object] : other.m_objects)
        m_objects.insert_or_assign(key, std::move(object));
    other.m_objects.clear();
}

bool SchemaSnapshot::remove(const ObjectKey& key) {
    return m_objects.erase(key) > 0;
}

const SchemaObject* SchemaSnapshot::find(ObjectKind kind, const QString& name) const {
    const auto it = m_objects.find(ObjectKey{kind, name});
    return it == m_objects.end() ? nullptr : &it->second;
}

int SchemaSnapshot::count(ObjectKind kind) const {
    const auto first = m_objects.lower_bound(ObjectKey{kind, QString()});
    int n = 0;
    for (auto it = first; it != m_objects.end() && it->first.kind == kind; ++it)
        ++n;
    return n;
}

QStringList SchemaSnapshot::names(ObjectKind kind) const {
    QStringList result;
    const auto first = m_objects.lower_bound(ObjectKey{kind, QString()});
    for (auto it = first; it != m_objects.end() && it->first.kind == kind; ++it)
        result.append(it->first.name);
    return result;
}

QJsonObject SchemaSnapshot::toJson() const {
    QJsonArray objects;
    for (const auto& [key, object] : m_objects) {
        QJsonObject attributes;
        for (auto it = object.attributes.cbegin(); it != object.attributes.cend(); ++it)
            attributes.insert(it.key(), it.value());
        QJsonObject entry{
            {QStringLiteral("kind"), objectKindName(object.kind)},
            {QStringLiteral("name"), object.name},
            {QStringLiteral("attributes"), attributes},
            {QStringLiteral("definition"), object.definition},
        };
        if (!object.parent.isEmpty())
            entry.insert(QStringLiteral("parent"), object.parent);
        objects.append(entry);
    }
    return QJsonObject{
        {QStringLiteral("format"), kJsonFormat},
        {QStringLiteral("serverVersion"), m_serverVersion},
        {QStringLiteral("objects"), objects},
    };
}

Result<SchemaSnapshot> SchemaSnapshot::fromJson(const QJsonObject& json) {
    if (json.value(QStringLiteral("format")).toInt() != kJsonFormat)
        return jsonError(QCoreApplication::translate("strata", "unsupported format %1")
                             .arg(json.value(QStringLiteral("format")).toVariant().toString()));
    const QJsonValue objects = json.value(QStringLiteral("objects"));
    if (!objects.isArray())
        return jsonError(QCoreApplication::translate("strata", "\"objects\" is not an array"));

    SchemaSnapshot snapshot;
    snapshot.m_serverVersion = json.value(QStringLiteral("serverVersion")).toInt();
    int index = 0;
    for (const QJsonValue& value : objects.toArray()) {
        const QString where = QCoreApplication::translate("strata", "object %1: ").arg(index++);
        if (!value.isObject())
            return jsonError(where + QCoreApplication::translate("strata", "not an object"));
        const QJsonObject entry = value.toObject();
        SchemaObject object;
        if (!objectKindFromName(entry.value(QStringLiteral("kind")).toString(), &object.kind))
            return jsonError(where + QCoreApplication::translate("strata", "unknown kind \"%1\"")
                                         .arg(entry.value(QStringLiteral("kind")).toString()));
        object.name = entry.value(QStringLiteral("name")).toString();
        if (object.name.isEmpty())
            return jsonError(where + QCoreApplication::translate("strata", "no name"));
        object.parent = entry.value(QStringLiteral("parent")).toString();
        object.definition = entry.value(QStringLiteral("definition")).toString();
        const QJsonValue attributes = entry.value(QStringLiteral("attributes"));
        if (!attributes.isUndefined() && !attributes.isObject())
            return jsonError(
                where + QCoreApplication::translate("strata", "\"attributes\" is not an object"));
        const QJsonObject attributeObject = attributes.toObject();
        for (auto it = attributeObject.begin(); it != attributeObject.end(); ++it) {
            if (!it.value().isString())
                return jsonError(where + QCoreApplication::translate(
                                             "strata", "attribute \"%1\" is not a string")
                                             .arg(it.key()));
            object.attributes.insert(it.key(), it.value().toString());
        }
        if (snapshot.contains(object.kind, object.name))
            return jsonError(where + QCoreApplication::translate("strata", "duplicate %1 \"%2\"")
                                         .arg(objectKindName(object.kind), object.name));
        snapshot.insert(std::move(object));
    }
    return snapshot;
}

} // namespace strata
