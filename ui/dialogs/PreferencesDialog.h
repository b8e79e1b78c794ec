#pragma once

#include <QDialog>

class QComboBox;
class QFontComboBox;
class QSpinBox;

namespace strata {

// Edit > Preferences: the theme (applied at once), the language (from the next start), the
// editors' font and size (open editors follow) and the connect timeout of status reads and
// runs, all kept in QSettings. There is no setting that skips a confirmation: every run shows
// its plan, and protected environments always ask for their typed name.
class PreferencesDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // Writes and applies the choices (OK calls it).
    void apply();
    // Re-styles every open SQL and Python editor under `root` with the font preference.
    static void restyleEditors(QWidget* root);

    QComboBox* themeBox() const { return m_theme; }
    QComboBox* codeThemeBox() const { return m_codeTheme; }
    QComboBox* languageBox() const { return m_language; }
    QFontComboBox* fontBox() const { return m_font; }
    QSpinBox* fontSizeBox() const { return m_fontSize; }
    QSpinBox* timeoutBox() const { return m_timeout; }

signals:
    void applied();

private:
    QComboBox* m_theme;
    QComboBox* m_codeTheme;
    QComboBox* m_language;
    QFontComboBox* m_font;
    QSpinBox* m_fontSize;
    QSpinBox* m_timeout;
};

} // namespace strata
