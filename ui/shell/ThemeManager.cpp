#include "shell/ThemeManager.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCoreApplication>
#include <QMenu>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace strata {

namespace {

const QString kKey = QStringLiteral("theme");

struct PlatformLook {
    bool captured = false;
    QString style;
    ThemeManager::Theme applied = ThemeManager::Theme::System;
};

PlatformLook& platform() {
    static PlatformLook look;
    return look;
}

void capture() {
    PlatformLook& look = platform();
    if (look.captured)
        return;
    look.captured = true;
    look.style = QApplication::style() ? QApplication::style()->name() : QString();
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::Highlight, QColor(0x21, 0x65, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe0, 0xe0, 0xe0));
    p.setColor(QPalette::PlaceholderText, QColor(0x9e, 0x9e, 0x9e));
    p.setColor(QPalette::Link, QColor(0x64, 0xb5, 0xf6));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x40, 0x44));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x10, 0x10, 0x10));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

ThemeManager::Theme ThemeManager::configured() {
    return fromKey(QSettings().value(kKey).toString());
}

void ThemeManager::setConfigured(Theme theme) {
    QSettings().setValue(kKey, key(theme));
}

ThemeManager::Theme ThemeManager::applied() {
    return platform().applied;
}

void ThemeManager::apply(Theme theme) {
    capture();
    const PlatformLook& look = platform();
    switch (theme) {
    case Theme::Dark:
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
        break;
    case Theme::Light: {
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setStyle(fusion);
        QApplication::setPalette(fusion->standardPalette());
        break;
    }
    case Theme::System:
        if (QStyle* style = QStyleFactory::create(look.style))
            QApplication::setStyle(style);
        // A palette with no role set resolves to the platform's (Qt 6).
        QApplication::setPalette(QPalette());
        break;
    }
    platform().applied = theme;
}

void ThemeManager::choose(Theme theme) {
    setConfigured(theme);
    apply(theme);
}

QString ThemeManager::key(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    case Theme::System:
        break;
    }
    return QStringLiteral("system");
}

QString ThemeManager::title(Theme theme) {
    switch (theme) {
    case Theme::Light:
        return QCoreApplication::translate("strata::ThemeManager", "&Light");
    case Theme::Dark:
        return QCoreApplication::translate("strata::ThemeManager", "&Dark");
    case Theme::System:
        break;
    }
    return QCoreApplication::translate("strata::ThemeManager", "&System");
}

ThemeManager::Theme ThemeManager::fromKey(const QString& key, Theme fallback) {
    for (Theme t : all())
        if (ThemeManager::key(t) == key)
            return t;
    return fallback;
}

QMenu* ThemeManager::createMenu(QWidget* parent) {
    auto* menu = new QMenu(QCoreApplication::translate("strata::ThemeManager", "&Theme"), parent);
    menu->setObjectName(QStringLiteral("themeMenu"));
    auto* group = new QActionGroup(menu);
    for (Theme theme : all()) {
        QAction* a = menu->addAction(title(theme));
        a->setObjectName(QStringLiteral("actionTheme_") + key(theme));
        a->setCheckable(true);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [theme] { choose(theme); });
    }
    // The check follows the applied theme (Preferences changes it too).
    QObject::connect(menu, &QMenu::aboutToShow, menu, [menu] {
        for (QAction* a : menu->actions())
            a->setChecked(a->objectName() == QStringLiteral("actionTheme_") + key(applied()));
    });
    for (QAction* a : menu->actions())
        a->setChecked(a->objectName() == QStringLiteral("actionTheme_") + key(configured()));
    return menu;
}

} // namespace strata
