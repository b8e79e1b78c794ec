#pragma once

#include <QWidget>

class QBoxLayout;

namespace strata {

class EnvironmentCard;
class EnvironmentStore;

// The environments side by side: a card per environment, fed by the EnvironmentStore.
class EnvironmentsPanel : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentsPanel)

public:
    explicit EnvironmentsPanel(EnvironmentStore* store, QWidget* parent = nullptr);
    QList<EnvironmentCard*> cards() const { return m_cards; }
    EnvironmentCard* card(const QString& environment) const;
    // Cards side by side (docked above or below) or stacked (docked left or right).
    void setHorizontal(bool horizontal);

signals:
    void environmentClicked(const QString& environment);
    void passwordRequested(const QString& environment);
    void environmentMenuRequested(const QString& environment, const QPoint& globalPos);

private:
    void rebuild();
    void update(int index);

    EnvironmentStore* m_store;
    QBoxLayout* m_list;
    QList<EnvironmentCard*> m_cards;
};

} // namespace strata
