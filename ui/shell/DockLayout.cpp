#include "shell/DockLayout.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>

#include <algorithm>

namespace strata {

namespace {

const QString kGroup = QStringLiteral("layouts");

// The height a dock's content wants: the inner widget of a scroll area in it (its own size
// hint is cached from the first layout), else the content's size hint.
int wantedHeight(const QDockWidget* dock) {
    const QWidget* content = dock->widget();
    if (const auto* area = content->findChild<QScrollArea*>(); area && area->widget()) {
        const QWidget* inner = area->widget();
        const int h = inner->hasHeightForWidth() ? inner->heightForWidth(area->viewport()->width())
                                                 : inner->sizeHint().height();
        return std::max(h, inner->minimumSizeHint().height()) + 2 * area->frameWidth() +
               content->height() - area->height();
    }
    return content->sizeHint().height();
}

QString stateKey(DockLayout::Layout layout) {
    return kGroup + QLatin1Char('/') + DockLayout::key(layout);
}

} // namespace

DockLayout::DockLayout(QMainWindow* window)
    : QObject(window)
    , m_window(window) {
    m_automatic = QSettings().value(kGroup + QStringLiteral("/automatic"), true).toBool();
}

QDockWidget* DockLayout::addDock(QWidget* widget, const QString& title, const char* name,
                                 Qt::DockWidgetArea area) {
    auto* d = new QDockWidget(title, m_window);
    d->setObjectName(QLatin1String(name));
    d->setWidget(widget);
    m_window->addDockWidget(area, d);
    m_docks.append(d);
    return d;
}

QDockWidget* DockLayout::dock(const QString& name) const {
    for (QDockWidget* d : m_docks)
        if (d->objectName() == name)
            return d;
    return nullptr;
}

QString DockLayout::key(Layout layout) {
    switch (layout) {
    case Layout::Editing:
        return QStringLiteral("editing");
    case Layout::Drift:
        return QStringLiteral("drift");
    case Layout::Graph:
        break;
    }
    return QStringLiteral("graph");
}

QString DockLayout::title(Layout layout) {
    switch (layout) {
    case Layout::Editing:
        return tr("&Editing");
    case Layout::Drift:
        return tr("&Drift");
    case Layout::Graph:
        break;
    }
    return tr("&Graph");
}

void DockLayout::applyDefault(Layout layout) {
    m_current = layout;
    QDockWidget* envs = dock(QStringLiteral("environmentsDock"));
    QDockWidget* inspector = dock(QStringLiteral("inspectorDock"));
    QDockWidget* console = dock(QStringLiteral("consoleDock"));
    QDockWidget* history = dock(QStringLiteral("historyDock"));
    QDockWidget* problems = dock(QStringLiteral("problemsDock"));
    for (QDockWidget* d : m_docks)
        d->setFloating(false);
    // The inspector takes the whole right side; the environments sit above the centre only.
    m_window->setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    if (envs)
        m_window->addDockWidget(Qt::TopDockWidgetArea, envs);
    if (inspector)
        m_window->addDockWidget(Qt::RightDockWidgetArea, inspector);
    QList<QDockWidget*> bottom;
    for (QDockWidget* d : {console, history, problems})
        if (d) {
            m_window->addDockWidget(Qt::BottomDockWidgetArea, d);
            if (!bottom.isEmpty())
                m_window->tabifyDockWidget(bottom.constLast(), d);
            bottom.append(d);
        }

    const bool graph = layout == Layout::Graph;
    if (envs)
        envs->setVisible(layout != Layout::Editing);
    if (inspector)
        inspector->setVisible(graph);
    // The editor has its own problems list, and the console comes up when a run or "Try it"
    // writes to it: the Editing layout leaves the bottom to the editor.
    for (QDockWidget* d : bottom)
        d->setVisible(graph);
    if (console)
        console->raise();

    // Sizes relative to the window, so 1366x768 and 1920x1080 both leave the centre the room.
    const QSize size = m_window->size();
    if (inspector && graph)
        m_window->resizeDocks({inspector}, {std::clamp(size.width() * 3 / 10, 320, 520)},
                              Qt::Horizontal);
    if (envs && layout != Layout::Editing) {
        const int wanted = wantedHeight(envs) + envs->height() - envs->widget()->height();
        m_window->resizeDocks({envs}, {std::clamp(wanted, 120, size.height() * 3 / 10)},
                              Qt::Vertical);
    }
    if (console && graph)
        m_window->resizeDocks({console}, {size.height() * 22 / 100}, Qt::Vertical);
    checkAction();
    emit switched(layout);
}

void DockLayout::fitEnvironments() {
    QDockWidget* envs = dock(QStringLiteral("environmentsDock"));
    if (!envs || !envs->isVisible() || envs->isFloating())
        return;
    const Qt::DockWidgetArea area = m_window->dockWidgetArea(envs);
    if (area != Qt::TopDockWidgetArea && area != Qt::BottomDockWidgetArea)
        return;
    const int cap = m_window->height() * 3 / 10;
    const int wanted = std::min(wantedHeight(envs), cap);
    if (envs->widget()->height() < wanted)
        m_window->resizeDocks({envs}, {wanted + envs->height() - envs->widget()->height()},
                              Qt::Vertical);
}

void DockLayout::keepCurrent() {
    const QByteArray state = m_window->saveState(kVersion);
    m_states.insert(int(m_current), state);
    QSettings settings;
    settings.setValue(kGroup + QStringLiteral("/version"), kVersion);
    settings.setValue(stateKey(m_current), state);
}

void DockLayout::switchTo(Layout layout) {
    if (layout == m_current) {
        checkAction();
        return;
    }
    keepCurrent();
    m_current = layout;
    const QByteArray state = m_states.value(int(layout));
    if (state.isEmpty() || !m_window->restoreState(state, kVersion)) {
        applyDefault(layout);
        return;
    }
    checkAction();
    emit switched(layout);
}

void DockLayout::followCentral(Layout wanted) {
    if (m_automatic)
        switchTo(wanted);
}

void DockLayout::setAutomatic(bool automatic) {
    m_automatic = automatic;
    QSettings().setValue(kGroup + QStringLiteral("/automatic"), automatic);
    if (m_automaticAction)
        m_automaticAction->setChecked(automatic);
}

void DockLayout::restore() {
    QSettings settings;
    m_window->restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_states.clear();
    if (settings.value(kGroup + QStringLiteral("/version")).toInt() == kVersion)
        for (Layout layout : all()) {
            const QByteArray state = settings.value(stateKey(layout)).toByteArray();
            if (!state.isEmpty())
                m_states.insert(int(layout), state);
        }
    const QString last = settings.value(kGroup + QStringLiteral("/current")).toString();
    Layout layout = Layout::Graph;
    for (Layout l : all())
        if (key(l) == last)
            layout = l;
    m_current = layout;
    const QByteArray state = m_states.value(int(layout));
    if (state.isEmpty() || !m_window->restoreState(state, kVersion)) {
        applyDefault(layout);
        return;
    }
    checkAction();
    emit switched(layout);
}

void DockLayout::save() {
    keepCurrent();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), m_window->saveGeometry());
    settings.setValue(kGroup + QStringLiteral("/current"), key(m_current));
}

QMenu* DockLayout::createMenu(QWidget* parent) {
    auto* menu = new QMenu(tr("La&yout"), parent);
    menu->setObjectName(QStringLiteral("layoutMenu"));
    m_group = new QActionGroup(menu);
    const int keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (Layout layout : all()) {
        QAction* a = menu->addAction(title(layout));
        a->setObjectName(QStringLiteral("actionLayout_") + key(layout));
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | keys[int(layout)]));
        m_group->addAction(a);
        m_actions.insert(int(layout), a);
        connect(a, &QAction::triggered, this, [this, layout] { switchTo(layout); });
    }
    menu->addSeparator();
    QAction* reset = menu->addAction(tr("&Reset Layout"));
    reset->setObjectName(QStringLiteral("actionResetLayout"));
    connect(reset, &QAction::triggered, this, [this] { applyDefault(m_current); });
    m_automaticAction = menu->addAction(tr("&Switch Automatically"));
    m_automaticAction->setObjectName(QStringLiteral("actionLayoutAutomatic"));
    m_automaticAction->setCheckable(true);
    m_automaticAction->setChecked(m_automatic);
    m_automaticAction->setToolTip(
        tr("An editor tab shows the Editing layout, the drift tab the Drift layout"));
    connect(m_automaticAction, &QAction::toggled, this, &DockLayout::setAutomatic);
    checkAction();
    return menu;
}

void DockLayout::checkAction() {
    if (QAction* a = m_actions.value(int(m_current)))
        a->setChecked(true);
}

} // namespace strata
