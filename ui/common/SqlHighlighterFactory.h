#pragma once

#include <QString>
#include <QTextCharFormat>
#include <QWidget>

namespace strata {

// A read-only, highlighted SQL view (plan dialog, inspector, drift definitions): the one small
// interface both highlighting back ends implement.
class ReadOnlySqlView : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadOnlySqlView)
public:
    using QWidget::QWidget;

    virtual void setSql(const QString& sql) = 0;
    virtual QString sql() const = 0;
    // "QScintilla" or "KSyntaxHighlighting" (diagnostics, tests).
    virtual QString backendName() const = 0;
    // How the character at `offset` (UTF-16, in sql()) is drawn: its foreground colour and
    // whether it is bold or italic (tests, and the editor's theme check).
    virtual QTextCharFormat formatAt(int offset) const = 0;
};

// Makes read-only SQL views. QScintilla (SqlEditor with the PostgreSQL lexer, read-only) by
// default; KSyntaxHighlighting's "SQL (PostgreSQL)" definition with a theme matching the
// palette when the build found KSyntaxHighlighting for Qt 6 (cmake/KSyntaxHighlighting.cmake:
// KF6SyntaxHighlighting, or the KF5SyntaxHighlighting that scripts/ksyntax builds for Qt 6 from
// ../shared/vendor; it defines STRATA_HAVE_KSYNTAXHIGHLIGHTING). tests/gui/tst_sqlhighlighting
// checks whichever back end the build has.
class SqlHighlighterFactory {
public:
    static bool hasKSyntaxHighlighting();
    // A new view owned by `parent`.
    static ReadOnlySqlView* createReadOnlyView(QWidget* parent = nullptr);
    // The QScintilla one whatever the build has (what createReadOnlyView() falls back to).
    static ReadOnlySqlView* createScintillaView(QWidget* parent = nullptr);
};

} // namespace strata
