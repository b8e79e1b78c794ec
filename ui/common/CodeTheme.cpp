#include "common/CodeTheme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QSettings>

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#endif

namespace strata {

namespace {

const QString kKey = QStringLiteral("editor/codeTheme");

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
using KTheme = KSyntaxHighlighting::Theme;

// A text style's colour, or `fallback` when the theme leaves it unset.
QColor text(const KTheme& t, KTheme::TextStyle style, const QColor& fallback) {
    const QRgb rgb = t.textColor(style);
    return rgb ? QColor::fromRgba(rgb) : fallback;
}
QColor editor(const KTheme& t, KTheme::EditorColorRole role, const QColor& fallback) {
    const QRgb rgb = t.editorColor(role);
    return rgb ? QColor::fromRgba(rgb) : fallback;
}

// The editors' colours from a KSyntaxHighlighting theme, category by category as the
// "SQL (PostgreSQL)" definition maps them (keywords dsKeyword, types dsDataType, numbers
// dsDecVal, strings dsString, dollar-quoted bodies dsVerbatimString, errors dsError, ...).
SqlColorScheme fromTheme(const KTheme& t) {
    const QColor background = editor(t, KTheme::BackgroundColor, Qt::white);
    SqlColorScheme s = SqlColorScheme::builtIn(background.lightness() < 128);
    s.themeName = t.name();
    s.paper = background;
    s.text = text(t, KTheme::Normal, s.text);
    s.lineNumbers = editor(t, KTheme::LineNumbers, s.lineNumbers);
    s.marginPaper = editor(t, KTheme::IconBorder, s.marginPaper);
    s.currentLine = editor(t, KTheme::CurrentLine, s.currentLine);
    s.selection = editor(t, KTheme::TextSelection, s.selection);
    s.braceMatch = editor(t, KTheme::BracketMatching, s.braceMatch);
    s.comment = text(t, KTheme::Comment, s.comment);
    s.keyword = text(t, KTheme::Keyword, s.keyword);
    s.type = text(t, KTheme::DataType, s.type);
    s.function = text(t, KTheme::Function, s.function);
    s.string = text(t, KTheme::String, s.string);
    s.standardString = text(t, KTheme::VerbatimString, s.standardString);
    s.dollarString = text(t, KTheme::VerbatimString, s.dollarString);
    s.number = text(t, KTheme::DecVal, s.number);
    s.operatorColor = text(t, KTheme::Operator, s.operatorColor);
    s.quotedIdentifier = text(t, KTheme::Others, s.quotedIdentifier);
    s.error = text(t, KTheme::Error, s.error);
    // Warnings and notes keep Strata's yellow and blue: several themes (Breeze among them)
    // draw warnings in the error's red, and the editor's squiggles must tell them apart.
    s.keywordBold = t.isBold(KTheme::Keyword);
    s.commentItalic = t.isItalic(KTheme::Comment);
    return s;
}
#endif

} // namespace

CodeTheme& CodeTheme::instance() {
    static CodeTheme theme;
    return theme;
}

QStringList CodeTheme::names() const {
    QStringList names;
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    for (const KTheme& t : repository().themes())
        names << t.name();
#else
    names << SqlColorScheme::builtIn(false).themeName << SqlColorScheme::builtIn(true).themeName;
#endif
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    return names;
}

QString CodeTheme::chosen() const {
    const QString name = QSettings().value(kKey).toString();
    return names().contains(name) ? name : QString();
}

void CodeTheme::choose(const QString& name) {
    const QString kept = names().contains(name) ? name : QString();
    if (kept == chosen() && QSettings().contains(kKey))
        return;
    QSettings().setValue(kKey, kept);
    emit changed();
}

QString CodeTheme::automaticName(bool dark) {
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    return dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light");
#else
    return SqlColorScheme::builtIn(dark).themeName;
#endif
}

QString CodeTheme::resolvedName(const QPalette& palette) const {
    const QString name = chosen();
    return name.isEmpty() ? automaticName(SqlColorScheme::isDark(palette)) : name;
}

SqlColorScheme CodeTheme::scheme(const QPalette& palette) const {
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    return fromTheme(theme(palette));
#else
    return SqlColorScheme::builtIn(resolvedName(palette) == automaticName(true));
#endif
}

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
KSyntaxHighlighting::Repository& CodeTheme::repository() {
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

KSyntaxHighlighting::Theme CodeTheme::theme(const QPalette& palette) const {
    KTheme t = repository().theme(resolvedName(palette));
    if (!t.isValid())
        t = repository().defaultTheme(SqlColorScheme::isDark(palette)
                                          ? KSyntaxHighlighting::Repository::DarkTheme
                                          : KSyntaxHighlighting::Repository::LightTheme);
    return t;
}
#endif

QMenu* CodeTheme::createMenu(QWidget* parent) {
    auto* menu = new QMenu(tr("&Code Colours"), parent);
    menu->setObjectName(QStringLiteral("codeThemeMenu"));
    auto* group = new QActionGroup(menu);
    auto add = [&](const QString& title, const QString& name) {
        QAction* a = menu->addAction(title);
        a->setCheckable(true);
        a->setData(name);
        group->addAction(a);
        QObject::connect(a, &QAction::triggered, menu, [name] { instance().choose(name); });
    };
    add(tr("&Automatic (follows the palette)"), QString());
    menu->addSeparator();
    for (const QString& name : instance().names())
        add(name, name);
    // The check follows the choice (Preferences changes it too).
    auto check = [menu] {
        const QString name = instance().chosen();
        for (QAction* a : menu->actions())
            if (a->isCheckable())
                a->setChecked(a->data().toString() == name);
    };
    QObject::connect(menu, &QMenu::aboutToShow, menu, check);
    check();
    return menu;
}

} // namespace strata
