#include "shell/EnvironmentChooser.h"

#include "environments/EnvironmentStore.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QMenu>
#include <QPixmap>

namespace strata {

EnvironmentChooser::EnvironmentChooser(EnvironmentStore* store, QWidget* parent)
    : QObject(parent)
    , m_store(store)
    , m_combo(new QComboBox(parent))
    , m_group(new QActionGroup(this)) {
    m_combo->setObjectName(QStringLiteral("environmentCombo"));
    m_combo->setMinimumContentsLength(8);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setToolTip(QCoreApplication::translate(
        "strata::MainWindow", "The environment the actions apply to (Ctrl+1…9)"));
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        const auto actions = m_group->actions();
        const int i = m_combo->currentIndex();
        if (i >= 0 && i < actions.size())
            actions[i]->setChecked(true);
        emit currentChanged();
    });
}

void EnvironmentChooser::clearMenuEntries() {
    for (QAction* a : m_group->actions())
        delete a;
}

void EnvironmentChooser::rebuild(QMenu* menu) {
    clearMenuEntries();
    {
        const QSignalBlocker block(m_combo);
        m_combo->clear();
        for (const EnvironmentEntry& e : m_store->entries()) {
            QPixmap swatch(12, 12);
            swatch.fill(QColor(e.color));
            m_combo->addItem(QIcon(swatch), e.name);
        }
    }
    int i = 0;
    for (const EnvironmentEntry& e : m_store->entries()) {
        QAction* a = menu->addAction(e.name);
        a->setCheckable(true);
        a->setActionGroup(m_group);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        const QString name = e.name;
        connect(a, &QAction::triggered, this, [this, name] { setCurrent(name); });
        ++i;
    }
    if (!m_group->actions().isEmpty())
        m_group->actions().constFirst()->setChecked(true);
}

QString EnvironmentChooser::current() const {
    return m_combo->currentText();
}

void EnvironmentChooser::setCurrent(const QString& name) {
    const int i = m_combo->findText(name);
    if (i >= 0)
        m_combo->setCurrentIndex(i);
}

} // namespace strata
