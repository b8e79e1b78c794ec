#include "common/SqlHighlighterFactory.h"

#include "editor/SqlColorScheme.h"
#include "editor/SqlEditor.h"

#include <Qsci/qscilexer.h>

#include <QVBoxLayout>

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>
#endif

namespace strata {

namespace {

// The default back end: the editor's own PostgreSQL lexer, read-only.
class ScintillaSqlView final : public ReadOnlySqlView {
public:
    explicit ScintillaSqlView(QWidget* parent)
        : ReadOnlySqlView(parent)
        , m_editor(new SqlEditor(this)) {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_editor);
        m_editor->setReadOnlyView(true);
    }
    void setSql(const QString& sql) override {
        m_editor->setReadOnly(false);
        m_editor->setText(sql);
        m_editor->setReadOnly(true);
    }
    QString sql() const override { return m_editor->text(); }
    QString backendName() const override { return QStringLiteral("QScintilla"); }
    QTextCharFormat formatAt(int offset) const override {
        // Scintilla styles lazily (what is shown): style the whole text first.
        m_editor->SendScintilla(QsciScintillaBase::SCI_COLOURISE, 0, -1);
        const long byte = long(m_editor->text().left(offset).toUtf8().size());
        const int style = int(m_editor->SendScintilla(QsciScintillaBase::SCI_GETSTYLEAT, byte));
        QTextCharFormat f;
        if (const QsciLexer* lexer = m_editor->lexer()) {
            f.setForeground(lexer->color(style));
            f.setFontWeight(lexer->font(style).bold() ? QFont::Bold : QFont::Normal);
            f.setFontItalic(lexer->font(style).italic());
        }
        return f;
    }

private:
    SqlEditor* m_editor;
};

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
// The KSyntaxHighlighting adapter: "SQL (PostgreSQL)" with the default light or dark theme.
class KSyntaxSqlView final : public ReadOnlySqlView {
public:
    explicit KSyntaxSqlView(QWidget* parent)
        : ReadOnlySqlView(parent)
        , m_text(new QPlainTextEdit(this))
        , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(m_text->document())) {
        auto* layout = new QVBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_text);
        m_text->setReadOnly(true);
        m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        auto& repo = repository();
        m_highlighter->setDefinition(repo.definitionForName(QStringLiteral("SQL (PostgreSQL)")));
        const auto theme = repo.defaultTheme(SqlColorScheme::isDark(palette())
                                                 ? KSyntaxHighlighting::Repository::DarkTheme
                                                 : KSyntaxHighlighting::Repository::LightTheme);
        m_highlighter->setTheme(theme);
        QPalette pal = m_text->palette();
        pal.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(
                                         KSyntaxHighlighting::Theme::BackgroundColor)));
        pal.setColor(QPalette::Text,
                     QColor::fromRgba(theme.textColor(KSyntaxHighlighting::Theme::Normal)));
        m_text->setPalette(pal);
    }
    void setSql(const QString& sql) override { m_text->setPlainText(sql); }
    QString sql() const override { return m_text->toPlainText(); }
    QString backendName() const override { return QStringLiteral("KSyntaxHighlighting"); }
    QTextCharFormat formatAt(int offset) const override {
        const QTextBlock block = m_text->document()->findBlock(offset);
        const int inBlock = offset - block.position();
        QTextCharFormat f;
        f.setForeground(m_text->palette().color(QPalette::Text));
        f.setFontWeight(QFont::Normal);
        for (const QTextLayout::FormatRange& r : block.layout()->formats())
            if (inBlock >= r.start && inBlock < r.start + r.length)
                f.merge(r.format);
        return f;
    }

private:
    static KSyntaxHighlighting::Repository& repository() {
        static KSyntaxHighlighting::Repository repo;
        return repo;
    }
    QPlainTextEdit* m_text;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
};
#endif

} // namespace

bool SqlHighlighterFactory::hasKSyntaxHighlighting() {
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

ReadOnlySqlView* SqlHighlighterFactory::createReadOnlyView(QWidget* parent) {
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    return new KSyntaxSqlView(parent);
#else
    return createScintillaView(parent);
#endif
}

ReadOnlySqlView* SqlHighlighterFactory::createScintillaView(QWidget* parent) {
    return new ScintillaSqlView(parent);
}

} // namespace strata
