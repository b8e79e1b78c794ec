#pragma once

#include <QWidget>

class QBoxLayout;
class QStackedWidget;

namespace strata {

class EnvironmentCard;
class EnvironmentStore;
class EnvironmentTable;

// The environments: a card per environment side by side, or, from kTableThreshold
// environments on, one compact table (EnvironmentTable) with the same actions. Fed by the
// EnvironmentStore. The target environment (setCurrentEnvironment) is highlighted; the user
// picks one with a click on a card or a double-click on a row (environmentClicked).
class EnvironmentsPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsPanel)

public:
    static constexpr int kTableThreshold = 5;

    explicit EnvironmentsPanel(EnvironmentStore* store, QWidget* parent = nullptr);
    QList<EnvironmentCard*> cards() const { return m_cards; }
    EnvironmentCard* card(const QString& environment) const;
    EnvironmentTable* table() const { return m_table; }
    bool showsTable() const;
    // An environment as plain text, in either form (tests).
    QString text(const QString& environment) const;
    // Cards side by side (docked above or below) or stacked (docked left or right).
    void setHorizontal(bool horizontal);
    QString currentEnvironment() const { return m_current; }
    // The groups' panel, below the environments (GroupsPanel; it hides itself without groups).
    void setGroups(QWidget* groups);

public slots:
    // Highlights the target environment (the others plain).
    void setCurrentEnvironment(const QString& environment);

signals:
    // The user picked `environment` as the target.
    void environmentClicked(const QString& environment);
    void passwordRequested(const QString& environment);
    void environmentMenuRequested(const QString& environment, const QPoint& globalPos);
    // The drift badge was clicked: open that environment's comparison.
    void showDrift(const QString& environment);

private:
    void rebuild();
    void update(int index);

    EnvironmentStore* m_store;
    QStackedWidget* m_stack;
    QBoxLayout* m_layout;
    QBoxLayout* m_list;
    EnvironmentTable* m_table;
    QList<EnvironmentCard*> m_cards;
    QString m_current;
};

} // namespace strata
