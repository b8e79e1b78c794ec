#include "common/SqlHighlighterFactory.h"

#include "editor/SqlColorScheme.h"
#include "editor/SqlEditor.h"

#include <QVBoxLayout>

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QFontDatabase>
#include <QPlainTextEdit>
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

private:
    SqlEditor* m_editor;
};

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
// The KSyntaxHighlighting adapter (untested on Debian 12, where KF6 is not packaged).
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
    return new ScintillaSqlView(parent);
#endif
}

} // namespace strata
