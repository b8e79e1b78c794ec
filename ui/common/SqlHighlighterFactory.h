#pragma once

#include <QString>
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
};

// Makes read-only SQL views. QScintilla (SqlEditor with the PostgreSQL lexer, read-only) by
// default; KSyntaxHighlighting's "SQL (PostgreSQL)" definition with a theme matching the
// palette when the build found KF6SyntaxHighlighting (CMake option
// STRATA_WITH_KSYNTAXHIGHLIGHTING, which defines STRATA_HAVE_KSYNTAXHIGHLIGHTING). Debian 12
// packages KSyntaxHighlighting only for Qt 5, so that path is UNTESTED here: it compiles only
// where KF6 is installed.
class SqlHighlighterFactory {
public:
    static bool hasKSyntaxHighlighting();
    // A new view owned by `parent`.
    static ReadOnlySqlView* createReadOnlyView(QWidget* parent = nullptr);
};

} // namespace strata
