#pragma once

#include "config/ProjectConfig.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace strata {

class RevisionGraph;

// The id of a new revision in the New revision and Merge heads dialogs: prefilled by the
// project's naming (RevisionIdRule: strata.toml's id_format, else the pattern of the existing
// ids, as `strata revision` / `strata merge`), following the message until the user types an
// id, with a "New id" button that goes back to the rule. problem() says why an id cannot be
// used (1-32 characters of [A-Za-z0-9_], not an existing revision or file).
class RevisionIdField : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionIdField)
public:
    // `graph` outlives the field (the dialog's copy).
    RevisionIdField(const RevisionGraph& graph, QString versionsDir, QWidget* parent = nullptr);

    // The project's id_format (default: none, the existing ids' pattern).
    void setProjectConfig(const ProjectConfig& config);
    // The message the slug comes from; the id follows it until edited.
    void setMessage(const QString& message);

    QString id() const;
    // Empty when the id can be written, else why not (one sentence).
    QString problem() const;

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* regenerateButton() const { return m_regenerate; }

signals:
    void changed();

private:
    void suggest();

    const RevisionGraph& m_graph;
    QString m_versionsDir;
    ProjectConfig m_config;
    QString m_message;
    bool m_edited = false;
    bool m_suggesting = false;
    QLineEdit* m_edit = nullptr;
    QToolButton* m_regenerate = nullptr;
};

} // namespace strata
