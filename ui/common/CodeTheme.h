#pragma once

#include "editor/SqlColorScheme.h"

#include <QObject>
#include <QPalette>
#include <QStringList>

class QMenu;
class QWidget;

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting
#endif

namespace strata {

// The colours of code: one theme for the SQL editor, the Python view and every read-only code
// view (issue 17). With KSyntaxHighlighting it is one of the library's installed themes, and
// the editors' QScintilla lexers take their colours from it (SqlColorScheme), so the editor and
// the views match; "automatic" (the default) is Breeze Light or Breeze Dark, following the
// application palette. Without the library the two built-in schemes ("Strata Light", "Strata
// Dark") play that part. The choice is kept in QSettings ("editor/codeTheme", empty =
// automatic); choosing emits changed(), and every code widget recolours itself.
class CodeTheme : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeTheme)
public:
    static CodeTheme& instance();

    // The themes that can be chosen, by name (sorted).
    QStringList names() const;
    // The chosen theme's name, or "" for automatic.
    QString chosen() const;
    // Keeps `name` ("" = automatic; an unknown name counts as automatic) and emits changed().
    void choose(const QString& name);
    // The theme drawn for a widget with `palette`: the chosen one, or the automatic one.
    QString resolvedName(const QPalette& palette) const;
    static QString automaticName(bool dark);
    // The editors' colours for `palette` (from the resolved theme).
    SqlColorScheme scheme(const QPalette& palette) const;

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository& repository();
    KSyntaxHighlighting::Theme theme(const QPalette& palette) const;
#endif

    // View > Code Colours: Automatic, then every theme (checkable; the choice is kept).
    static QMenu* createMenu(QWidget* parent);

signals:
    void changed();

private:
    CodeTheme() = default;
};

} // namespace strata
