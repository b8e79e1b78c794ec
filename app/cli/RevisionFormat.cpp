#include "RevisionFormat.h"

#include "PythonDocstring.h"

#include <QJsonArray>

namespace strata::cli {

namespace {
QString comma(const QStringList& items) {
    return items.join(QLatin1String(", "));
}

// Alembic's longdoc for a .sql revision: what its template writes into the docstring.
QString sqlLongDoc(const Revision& rev) {
    QString text = rev.message;
    text += QLatin1String("\n\nRevision ID: ") + rev.id;
    text += QLatin1String("\nRevises: ") + comma(rev.parents);
    text += QLatin1String("\nCreate Date: ") + rev.createDate;
    return text;
}
} // namespace

QString RevisionFormat::longDoc(const QString& id) const {
    const Revision* rev = m_graph.revision(id);
    if (!rev)
        return {};
    if (!rev->isAlembicScript()) // .py in SQL form too: its docstring, as Alembic prints it
        return sqlLongDoc(*rev);
    auto it = m_longDocs.constFind(id);
    if (it == m_longDocs.cend())
        it = m_longDocs.insert(id, PythonDocstring::longDocOfFile(rev->filePath));
    return *it;
}

QString RevisionFormat::doc(const QString& id) const {
    const Revision* rev = m_graph.revision(id);
    if (rev && !rev->isAlembicScript())
        return rev->message;
    return PythonDocstring::firstParagraph(longDoc(id));
}

QString RevisionFormat::downRevisions(const QString& id) const {
    const Revision* rev = m_graph.revision(id);
    if (!rev || rev->parents.isEmpty())
        return QStringLiteral("<base>");
    return comma(rev->parents);
}

QString RevisionFormat::line(const QString& id, const Flags& flags, bool current) const {
    const Revision* rev = m_graph.revision(id);
    if (!rev)
        return id;
    QString text = id;
    if (flags.includeParents) {
        if (!rev->dependsOn.isEmpty())
            text = downRevisions(id) + QLatin1String(" (") + comma(rev->dependsOn) +
                   QLatin1String(") -> ") + text;
        else
            text = downRevisions(id) + QLatin1String(" -> ") + text;
    }
    const QStringList labels = m_graph.branchLabels(id);
    if (flags.includeBranches && !labels.isEmpty())
        text += QLatin1String(" (") + comma(labels) + QLatin1Char(')');
    if (m_graph.isEffectiveHead(id))
        text += QLatin1String(" (head)");
    if (m_graph.isHead(id) && !m_graph.isEffectiveHead(id))
        text += QLatin1String(" (effective head)");
    if (current)
        text += QLatin1String(" (current)");
    if (flags.treeIndicators) {
        if (m_graph.isBranchPoint(id))
            text += QLatin1String(" (branchpoint)");
        if (m_graph.isMergePoint(id))
            text += QLatin1String(" (mergepoint)");
    }
    if (flags.includeDoc)
        text += QLatin1String(", ") + doc(id);
    return text;
}

QString RevisionFormat::logEntry(const QString& id, bool current) const {
    const Revision* rev = m_graph.revision(id);
    if (!rev)
        return id;
    QString entry = QLatin1String("Rev: ") + id;
    if (m_graph.isHead(id))
        entry += QLatin1String(" (head)");
    if (m_graph.isBranchPoint(id))
        entry += QLatin1String(" (branchpoint)");
    if (m_graph.isMergePoint(id))
        entry += QLatin1String(" (mergepoint)");
    if (current)
        entry += QLatin1String(" (current)");
    entry += QLatin1Char('\n');
    entry += (m_graph.isMergePoint(id) ? QLatin1String("Merges: ") : QLatin1String("Parent: ")) +
             downRevisions(id) + QLatin1Char('\n');
    if (!rev->dependsOn.isEmpty())
        entry += QLatin1String("Also depends on: ") + comma(rev->dependsOn) + QLatin1Char('\n');
    if (m_graph.isBranchPoint(id))
        entry += QLatin1String("Branches into: ") + comma(m_graph.children(id)) + QLatin1Char('\n');
    const QStringList labels = m_graph.branchLabels(id);
    if (!labels.isEmpty())
        entry += QLatin1String("Branch names: ") + comma(labels) + QLatin1Char('\n');
    entry += QLatin1String("Path: ") + rev->filePath + QLatin1Char('\n');
    // "\n%s\n" % "\n".join("    %s" % line for line in longdoc.splitlines())
    entry += QLatin1Char('\n');
    const QString doc = longDoc(id);
    QStringList indented;
    if (!doc.isEmpty())
        for (const QString& p : doc.split(QLatin1Char('\n')))
            indented << QLatin1String("    ") + p;
    entry += indented.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return entry;
}

QJsonObject RevisionFormat::json(const QString& id) const {
    QJsonObject o;
    const Revision* rev = m_graph.revision(id);
    if (!rev)
        return o;
    o[QStringLiteral("revision")] = id;
    o[QStringLiteral("parents")] = QJsonArray::fromStringList(rev->parents);
    o[QStringLiteral("depends_on")] = QJsonArray::fromStringList(rev->dependsOn);
    o[QStringLiteral("branch_labels")] = QJsonArray::fromStringList(rev->branchLabels);
    o[QStringLiteral("effective_branch_labels")] =
        QJsonArray::fromStringList(m_graph.branchLabels(id));
    o[QStringLiteral("children")] = QJsonArray::fromStringList(m_graph.children(id));
    o[QStringLiteral("message")] = rev->message;
    o[QStringLiteral("create_date")] = rev->createDate;
    o[QStringLiteral("transactional")] = rev->transactional;
    o[QStringLiteral("reversible")] = rev->reversible();
    o[QStringLiteral("path")] = rev->filePath;
    o[QStringLiteral("is_head")] = m_graph.isHead(id);
    o[QStringLiteral("is_effective_head")] = m_graph.isEffectiveHead(id);
    o[QStringLiteral("is_base")] = m_graph.isBase(id);
    o[QStringLiteral("is_branch_point")] = m_graph.isBranchPoint(id);
    o[QStringLiteral("is_merge_point")] = m_graph.isMergePoint(id);
    if (rev->upgrade.present)
        o[QStringLiteral("upgrade_checksum")] = rev->upgrade.checksum;
    if (rev->downgrade.present)
        o[QStringLiteral("downgrade_checksum")] = rev->downgrade.checksum;
    return o;
}

} // namespace strata::cli
