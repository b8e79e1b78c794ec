#pragma once

#include "environments/EnvironmentEntry.h"

#include <QWidget>

#include <memory>

class QLabel;
class QTabWidget;

namespace strata {

class LastAppliedReader;
class Project;
class ProjectSession;
class ReadOnlyCodeView;
struct Revision;

// Everything about one revision: header fields, parents and children as links, file, upgrade
// and downgrade SQL, checksums and where it is applied.
class RevisionInspector : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionInspector)

public:
    explicit RevisionInspector(QWidget* parent = nullptr);

    void setProject(std::shared_ptr<const Project> project);
    // Where "applied on ... by ..." is read from (one small query per environment, however old
    // the revision). Without a session it comes from the history rows read with the status.
    void setSession(ProjectSession* session);
    void setEnvironments(const QList<EnvironmentEntry>& entries);
    void showRevision(const QString& id);
    QString revision() const { return m_id; }
    // The text of the "applied" field (tests).
    QString appliedText() const;

signals:
    void revisionActivated(const QString& id);

private:
    void refresh();
    void showPython(const Revision& r);
    QString appliedHtml();
    QString appliedWhen(const EnvironmentEntry& entry);

    std::shared_ptr<const Project> m_project;
    QList<EnvironmentEntry> m_entries;
    LastAppliedReader* m_reader;
    QString m_id;
    QLabel* m_title;
    QLabel* m_fields;
    QLabel* m_applied;
    QTabWidget* m_tabs;
    ReadOnlyCodeView* m_upgrade;
    ReadOnlyCodeView* m_downgrade;
};

} // namespace strata
