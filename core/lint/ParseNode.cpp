#include "lint/ParseNode.h"

namespace strata::parse {

QString type(const QJsonValue& node) {
    const QJsonObject object = node.toObject();
    return object.size() == 1 ? object.begin().key() : QString();
}

QJsonObject body(const QJsonValue& node) {
    const QJsonObject object = node.toObject();
    return object.size() == 1 ? object.begin().value().toObject() : QJsonObject();
}

QJsonObject as(const QJsonValue& node, QLatin1StringView wanted) {
    const QJsonObject object = node.toObject();
    if (object.size() != 1 || object.begin().key() != wanted)
        return {};
    return object.begin().value().toObject();
}

QJsonArray list(const QJsonObject& body, QLatin1StringView field) {
    return body.value(field).toArray();
}

QString string(const QJsonValue& node) {
    const QJsonObject s = as(node, QLatin1StringView("String"));
    if (s.contains(QLatin1String("sval")))
        return s.value(QLatin1String("sval")).toString();
    return s.value(QLatin1String("str")).toString();
}

QStringList strings(const QJsonArray& items) {
    QStringList out;
    out.reserve(items.size());
    for (const QJsonValue& v : items)
        out << string(v);
    return out;
}

QString relation(const QJsonObject& rangeVar) {
    const QString schema = rangeVar.value(QLatin1String("schemaname")).toString();
    const QString name = rangeVar.value(QLatin1String("relname")).toString();
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

QString typeName(const QJsonObject& typeNameBody) {
    const QStringList names = strings(list(typeNameBody, QLatin1StringView("names")));
    return names.isEmpty() ? QString() : names.constLast();
}

int location(const QJsonObject& body) {
    const QJsonValue v = body.value(QLatin1String("location"));
    return v.isDouble() ? v.toInt() : -1;
}

bool containsCall(const QJsonValue& node, QStringList* names) {
    bool found = false;
    if (node.isArray()) {
        for (const QJsonValue& v : node.toArray())
            found = containsCall(v, names) || found;
        return found;
    }
    if (!node.isObject())
        return false;
    const QJsonObject object = node.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("FuncCall") ||
            it.key() == QLatin1String("SQLValueFunction")) {
            found = true;
            if (names) {
                if (it.key() == QLatin1String("FuncCall")) {
                    const QStringList n =
                        strings(it.value().toObject().value(QLatin1String("funcname")).toArray());
                    if (!n.isEmpty())
                        names->append(n.constLast());
                } else {
                    names->append(it.value().toObject().value(QLatin1String("op")).toString());
                }
            }
        }
        if (it.value().isObject() || it.value().isArray())
            found = containsCall(it.value(), names) || found;
    }
    return found;
}

bool hasDefElem(const QJsonArray& items, QLatin1StringView name) {
    for (const QJsonValue& v : items) {
        if (as(v, QLatin1StringView("DefElem")).value(QLatin1String("defname")).toString() == name)
            return true;
    }
    return false;
}

} // namespace strata::parse
