#pragma once

#include <QList>
#include <QString>

class QAction;
class QMenu;
class QObject;
class QWidget;

namespace strata {

// The studio's colours: Dark, Light or System (the platform's style and palette as the studio
// found them when it started). The choice is kept in QSettings ("theme"); applying it sets the
// application's style and palette, and every widget that follows the palette (the SQL editor:
// SqlColorScheme) recolours itself.
class ThemeManager {
public:
    enum class Theme { System, Light, Dark };

    static Theme configured();
    static void setConfigured(Theme theme);
    // Applies `theme` to the application (the first call remembers the platform's look).
    static void apply(Theme theme);
    static Theme applied();
    // setConfigured + apply.
    static void choose(Theme theme);

    static QString key(Theme theme);   // "system", "light", "dark"
    static QString title(Theme theme); // translated
    static Theme fromKey(const QString& key, Theme fallback = Theme::System);
    static QList<Theme> all() { return {Theme::Dark, Theme::Light, Theme::System}; }

    // View > Theme: Dark, Light, System (checkable; the choice is applied and kept).
    static QMenu* createMenu(QWidget* parent);
};

} // namespace strata
