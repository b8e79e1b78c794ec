#pragma once

#include "revision/Revision.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace strata {

// The header fields of a revision file above its SQL: message, parents (Revises), branch
// labels, depends on, transactional; the id and create date are shown read-only.
class HeaderForm : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeaderForm)
public:
    explicit HeaderForm(QWidget* parent = nullptr);

    // Fills the fields (emits nothing).
    void setRevision(const Revision& revision);
    // Every field read-only (an Alembic .py revision: its header is Python), with `reason` as
    // the fields' tooltip; false makes the fields editable again.
    void setReadOnly(bool readOnly, const QString& reason = {});
    bool isReadOnly() const { return m_readOnly; }
    // `base` with the form's values (message, parents, branch labels, depends on,
    // transactional).
    Revision applyTo(Revision base) const;
    // The form's values differ from `revision`'s.
    bool differsFrom(const Revision& revision) const;

    QLineEdit* messageEdit() const { return m_message; }
    QLineEdit* parentsEdit() const { return m_parents; }
    QLineEdit* branchLabelsEdit() const { return m_branchLabels; }
    QLineEdit* dependsOnEdit() const { return m_dependsOn; }
    QCheckBox* transactionalCheck() const { return m_transactional; }
    bool transactional() const;

    // "a, b ,c" -> {"a", "b", "c"}.
    static QStringList splitList(const QString& text);

signals:
    void edited();

private:
    QLabel* m_id = nullptr;
    QLabel* m_createDate = nullptr;
    QLineEdit* m_message = nullptr;
    QLineEdit* m_parents = nullptr;
    QLineEdit* m_branchLabels = nullptr;
    QLineEdit* m_dependsOn = nullptr;
    QCheckBox* m_transactional = nullptr;
    bool m_readOnly = false;
};

} // namespace strata
