#include "dialogs/RevisionIdField.h"

#include "revision/RevisionGraph.h"
#include "revision/RevisionIdRule.h"
#include "revision/RevisionWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace strata {

RevisionIdField::RevisionIdField(const RevisionGraph& graph, QString versionsDir, QWidget* parent)
    : QWidget(parent)
    , m_graph(graph)
    , m_versionsDir(std::move(versionsDir))
    , m_edit(new QLineEdit(this))
    , m_regenerate(new QToolButton(this)) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_regenerate);
    setFocusProxy(m_edit);    // the label's buddy: Alt+I lands in the line edit
    m_edit->setMaxLength(64); // longer than allowed on purpose: problem() explains the limit
    m_regenerate->setText(tr("New id"));
    connect(m_regenerate, &QToolButton::clicked, this, [this] {
        m_edited = false; // follows the message again
        suggest();
    });
    // Set by anyone but suggest() (typed, pasted, a test): the id no longer follows the message.
    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        if (!m_suggesting)
            m_edited = true;
    });
    connect(m_edit, &QLineEdit::textChanged, this, &RevisionIdField::changed);
    suggest();
}

void RevisionIdField::setProjectConfig(const ProjectConfig& config) {
    m_config = config;
    if (!m_edited)
        suggest();
}

void RevisionIdField::setMessage(const QString& message) {
    m_message = message.trimmed();
    if (!m_edited)
        suggest();
}

QString RevisionIdField::id() const {
    return m_edit->text().trimmed();
}

void RevisionIdField::suggest() {
    const RevisionIdRule rule = RevisionIdRule::forProject(m_config, m_graph.ids());
    m_regenerate->setToolTip(rule.isRandom()
                                 ? tr("Generate another random id")
                                 : tr("The id by the project's naming (%1)").arg(rule.pattern()));
    m_suggesting = true;
    m_edit->setText(rule.next(m_message));
    m_suggesting = false;
}

QString RevisionIdField::problem() const {
    const QString value = id();
    if (value.isEmpty())
        return tr("The revision id is empty.");
    if (auto ok = RevisionWriter::validateId(value); !ok)
        return tr("Revision id: %1").arg(ok.error().message);
    if (m_graph.contains(value))
        return tr("A revision with the id %1 already exists.").arg(value);
    if (QFileInfo::exists(QDir(m_versionsDir).filePath(value + QLatin1String(".sql"))))
        return tr("The file %1.sql already exists in the versions folder.").arg(value);
    return {};
}

} // namespace strata
