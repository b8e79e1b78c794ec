#pragma once

#include <QMenu>

namespace strata {

class GraphModel;

// "Go to Head of": one action per environment (in strata.toml order, Ctrl+Alt+1…9), naming the
// revision it is at; rebuilt when the environments change. Triggering one emits
// headWanted(environment).
class GraphHeadsMenu : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphHeadsMenu)

public:
    explicit GraphHeadsMenu(const GraphModel* model, QWidget* parent = nullptr);

signals:
    void headWanted(const QString& environment);

private:
    void rebuild();

    const GraphModel* m_model;
};

} // namespace strata
