#include "shell/LanguageMenu.h"

#include "common/Translations.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace strata {

QMenu* LanguageMenu::create(QWidget* parent, const std::function<void()>& chosen) {
    auto* menu = new QMenu(QCoreApplication::translate("strata::MainWindow", "&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QList<QPair<QString, QString>> choices = {
        {QStringLiteral("system"),
         QCoreApplication::translate("strata::MainWindow", "System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("vi"), QStringLiteral("Tiếng Việt")}};
    for (const auto& [code, name] : choices) {
        QAction* a = menu->addAction(name);
        a->setData(code);
        a->setCheckable(true);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [code = code, chosen] {
            Translations::setConfigured(code);
            if (chosen)
                chosen();
        });
    }
    const auto check = [menu] {
        for (QAction* a : menu->actions())
            a->setChecked(a->data().toString() == Translations::configured());
    };
    check();
    QObject::connect(menu, &QMenu::aboutToShow, menu, check);
    return menu;
}

} // namespace strata
