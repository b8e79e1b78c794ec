#pragma once

#include <QObject>
#include <QString>

class QActionGroup;
class QComboBox;
class QMenu;
class QWidget;

namespace strata {

class EnvironmentStore;

// The environment the actions apply to: the toolbar's combo box (a colour swatch per
// environment) and the Environment menu's checkable entries (Ctrl+1…9), kept in step.
class EnvironmentChooser : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentChooser)

public:
    EnvironmentChooser(EnvironmentStore* store, QWidget* parent);

    QComboBox* combo() const { return m_combo; }
    // Fills the combo box and appends the environments to `menu` (after what it holds),
    // from the store's entries; the first one becomes current without a signal.
    void rebuild(QMenu* menu);
    // Removes the environment entries of the last rebuild() (the menu's own actions stay).
    void clearMenuEntries();

    QString current() const;
    void setCurrent(const QString& name);

signals:
    void currentChanged();

private:
    EnvironmentStore* m_store;
    QComboBox* m_combo;
    QActionGroup* m_group;
};

} // namespace strata
