#pragma once

#include "common/ReadOnlyCodeView.h"

class QWidget;

namespace strata {

// Makes the read-only code views (ReadOnlyCodeView). With KSyntaxHighlighting for Qt 6 (found
// by cmake/KSyntaxHighlighting.cmake: KF6SyntaxHighlighting, or the KF5SyntaxHighlighting that
// scripts/ksyntax builds for Qt 6 from ../shared/vendor; it defines
// STRATA_HAVE_KSYNTAXHIGHLIGHTING) the views are a QPlainTextEdit with the library's
// "SQL (PostgreSQL)" or "Python" definition; without it, QScintilla (the editor's PostgreSQL
// lexer, or QsciLexerPython), read-only. Either way in the code theme's colours (CodeTheme).
// tests/gui/tst_sqlhighlighting checks both.
class SqlHighlighterFactory {
public:
    static bool hasKSyntaxHighlighting();
    // A new view owned by `parent`.
    static ReadOnlyCodeView* createReadOnlyView(QWidget* parent = nullptr,
                                                CodeLanguage language = CodeLanguage::Sql);
    // The QScintilla one whatever the build has (what createReadOnlyView() falls back to).
    static ReadOnlyCodeView* createScintillaView(QWidget* parent = nullptr,
                                                 CodeLanguage language = CodeLanguage::Sql);
};

} // namespace strata
