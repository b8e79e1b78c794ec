#pragma once

#include <QFont>

namespace strata {

// The studio's preferences that widgets below the shell read (QSettings): the editors' font
// and the connect timeout of status reads and runs. The theme (ThemeManager) and the language
// (Translations) keep their own keys; PreferencesDialog edits them all.
class Preferences {
public:
    // The SQL and Python editors' font: "editor/font" and "editor/fontSize" (default: the
    // system's fixed-width font at 10 pt).
    static QFont editorFont();
    static void setEditorFont(const QString& family, int pointSize);
    static QFont defaultEditorFont();

    // Seconds libpq waits for a server ("connection/timeout", 1..300, default 5). Safe to call
    // from any thread (status reads run on workers).
    static int connectTimeoutSeconds();
    static void setConnectTimeoutSeconds(int seconds);
    static constexpr int kDefaultConnectTimeout = 5;
};

} // namespace strata
