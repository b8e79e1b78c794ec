#include "schema/SchemaDiff.h"

#include "schema/DefinitionNormalizer.h"
#include "schema/ServerDifference.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace strata {

namespace {

bool comparesDefinition(ObjectKind kind) {
    return kind != ObjectKind::Table;
}

QStringList splitColumns(const QString& text) {
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char(','));
}

// The columns of `order` that are also in `other`, in `order`'s order.
QStringList commonColumns(const QStringList& order, const QStringList& other) {
    const QSet<QString> keep(other.cbegin(), other.cend());
    QStringList result;
    for (const QString& column : order) {
        if (keep.contains(column))
            result.append(column);
    }
    return result;
}

void compareObjects(const SchemaObject& a, const SchemaObject& b, QList<SchemaDifference>* out) {
    const QLatin1String columnsKey(kColumnOrderAttribute);
    const bool isTable = a.kind == ObjectKind::Table;
    QList<AttributeChange> changes;

    // Sorted merge of the two attribute maps.
    auto ia = a.attributes.cbegin();
    auto ib = b.attributes.cbegin();
    while (ia != a.attributes.cend() || ib != b.attributes.cend()) {
        if (ib == b.attributes.cend() || (ia != a.attributes.cend() && ia.key() < ib.key())) {
            if (!(isTable && ia.key() == columnsKey))
                changes.append({ia.key(), ia.value(), QString()});
            ++ia;
        } else if (ia == a.attributes.cend() || ib.key() < ia.key()) {
            if (!(isTable && ib.key() == columnsKey))
                changes.append({ib.key(), QString(), ib.value()});
            ++ib;
        } else {
            if (ia.value() != ib.value() && !(isTable && ia.key() == columnsKey) &&
                !DefinitionNormalizer::equivalent(a.kind, ia.key(), ia.value(), ib.value()))
                changes.append({ia.key(), ia.value(), ib.value()});
            ++ia;
            ++ib;
        }
    }
    if (comparesDefinition(a.kind) && a.definition != b.definition &&
        !DefinitionNormalizer::equivalent(a.kind, QStringLiteral("definition"), a.definition,
                                          b.definition)) {
        AttributeChange change{QStringLiteral("definition"), a.definition, b.definition};
        auto pos = std::lower_bound(
            changes.begin(), changes.end(), change.name,
            [](const AttributeChange& c, const QString& name) { return c.name < name; });
        changes.insert(pos, change);
    }
    if (!changes.isEmpty()) {
        out->append({a.kind, a.name, SchemaDifference::Change::Changed, changes, a.definition,
                     b.definition, QString()});
    }

    if (isTable) {
        const QString orderA = a.attributes.value(columnsKey);
        const QString orderB = b.attributes.value(columnsKey);
        if (orderA != orderB) {
            const QStringList columnsA = splitColumns(orderA);
            const QStringList columnsB = splitColumns(orderB);
            if (commonColumns(columnsA, columnsB) != commonColumns(columnsB, columnsA)) {
                out->append({a.kind,
                             a.name,
                             SchemaDifference::Change::ColumnOrder,
                             {{QString(columnsKey), orderA, orderB}},
                             a.definition,
                             b.definition,
                             QString()});
            }
        }
    }
}

} // namespace

QString changeName(SchemaDifference::Change change) {
    switch (change) {
    case SchemaDifference::Change::Added:
        return QStringLiteral("added");
    case SchemaDifference::Change::Removed:
        return QStringLiteral("removed");
    case SchemaDifference::Change::Changed:
        return QStringLiteral("changed");
    case SchemaDifference::Change::ColumnOrder:
        return QStringLiteral("column order");
    }
    return QStringLiteral("changed");
}

SchemaDiff SchemaDiff::compare(const SchemaSnapshot& a, const SchemaSnapshot& b) {
    SchemaDiff diff;
    const auto& objectsA = a.objects();
    const auto& objectsB = b.objects();
    auto ia = objectsA.cbegin();
    auto ib = objectsB.cbegin();
    while (ia != objectsA.cend() || ib != objectsB.cend()) {
        if (ib == objectsB.cend() || (ia != objectsA.cend() && ia->first < ib->first)) {
            const SchemaObject& object = ia->second;
            diff.m_differences.append({object.kind,
                                       object.name,
                                       SchemaDifference::Change::Removed,
                                       {},
                                       object.definition,
                                       QString(),
                                       QString()});
            ++ia;
        } else if (ia == objectsA.cend() || ib->first < ia->first) {
            const SchemaObject& object = ib->second;
            diff.m_differences.append({object.kind,
                                       object.name,
                                       SchemaDifference::Change::Added,
                                       {},
                                       QString(),
                                       object.definition,
                                       QString()});
            ++ib;
        } else {
            if (!(ia->second == ib->second))
                compareObjects(ia->second, ib->second, &diff.m_differences);
            ++ia;
            ++ib;
        }
    }
    if (a.serverVersion() / 10000 != b.serverVersion() / 10000) {
        for (SchemaDifference& difference : diff.m_differences)
            difference.serverReason =
                ServerDifference::reason(difference, a.serverVersion(), b.serverVersion());
    }
    return diff;
}

int SchemaDiff::driftCount() const {
    return static_cast<int>(std::count_if(m_differences.cbegin(), m_differences.cend(),
                                          [](const SchemaDifference& d) { return !d.isServer(); }));
}

QList<SchemaDifference> SchemaDiff::drift() const {
    QList<SchemaDifference> out;
    for (const SchemaDifference& d : m_differences) {
        if (!d.isServer())
            out.append(d);
    }
    return out;
}

QList<SchemaDifference> SchemaDiff::serverDifferences() const {
    QList<SchemaDifference> out;
    for (const SchemaDifference& d : m_differences) {
        if (d.isServer())
            out.append(d);
    }
    return out;
}

QMap<ObjectKind, DiffCounts> SchemaDiff::summary() const {
    QMap<ObjectKind, DiffCounts> counts;
    for (const SchemaDifference& difference : m_differences) {
        DiffCounts& c = counts[difference.kind];
        switch (difference.change) {
        case SchemaDifference::Change::Added:
            ++c.added;
            break;
        case SchemaDifference::Change::Removed:
            ++c.removed;
            break;
        case SchemaDifference::Change::Changed:
            ++c.changed;
            break;
        case SchemaDifference::Change::ColumnOrder:
            ++c.columnOrder;
            break;
        }
    }
    return counts;
}

QString SchemaDiff::summaryText() const {
    if (m_differences.isEmpty())
        return QCoreApplication::translate("strata", "no differences");
    QStringList parts;
    const auto counts = summary();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QStringList items;
        const DiffCounts& c = it.value();
        if (c.added)
            items << QStringLiteral("%1 added").arg(c.added);
        if (c.removed)
            items << QStringLiteral("%1 removed").arg(c.removed);
        if (c.changed)
            items << QStringLiteral("%1 changed").arg(c.changed);
        if (c.columnOrder)
            items << QStringLiteral("%1 column order").arg(c.columnOrder);
        parts << objectKindName(it.key()) + QStringLiteral(": ") + items.join(QStringLiteral(", "));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace strata
