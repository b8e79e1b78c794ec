#include "dialogs/PreferencesDialog.h"

#include "common/CodeTheme.h"
#include "common/Preferences.h"
#include "common/Translations.h"
#include "shell/ThemeManager.h"

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace strata {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_theme(new QComboBox(this))
    , m_codeTheme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_font(new QFontComboBox(this))
    , m_fontSize(new QSpinBox(this))
    , m_timeout(new QSpinBox(this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_theme->setObjectName(QStringLiteral("themeBox"));
    for (ThemeManager::Theme t : ThemeManager::all())
        m_theme->addItem(QString(ThemeManager::title(t)).remove(QLatin1Char('&')),
                         ThemeManager::key(t));
    m_theme->setCurrentIndex(m_theme->findData(ThemeManager::key(ThemeManager::configured())));

    m_codeTheme->setObjectName(QStringLiteral("codeThemeBox"));
    m_codeTheme->addItem(tr("Automatic (follows the palette)"), QString());
    for (const QString& name : CodeTheme::instance().names())
        m_codeTheme->addItem(name, name);
    m_codeTheme->setCurrentIndex(
        std::max(0, m_codeTheme->findData(CodeTheme::instance().chosen())));
    m_codeTheme->setToolTip(tr("The colours of SQL and Python in the editor and every code view"));

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(Translations::configured())));

    const QFont font = Preferences::editorFont();
    m_font->setObjectName(QStringLiteral("fontBox"));
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(font);
    m_fontSize->setObjectName(QStringLiteral("fontSizeBox"));
    m_fontSize->setRange(6, 48);
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(font.pointSize());

    m_timeout->setObjectName(QStringLiteral("timeoutBox"));
    m_timeout->setRange(1, 300);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(Preferences::connectTimeoutSeconds());
    m_timeout->setToolTip(tr("How long the studio waits for a server before it reports it "
                             "unreachable (status reads and runs)"));

    auto* fontRow = new QHBoxLayout;
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_fontSize);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("C&ode colours:"), m_codeTheme);
    form->addRow(tr("&Language:"), m_language);
    auto* languageNote = new QLabel(tr("The language changes when Strata Studio starts again."));
    languageNote->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Editor &font:"), fontRow);
    form->addRow(tr("&Connect timeout:"), m_timeout);
    auto* safety = new QLabel(tr("Every run shows its plan first; a protected environment "
                                 "also asks for its name."));
    safety->setWordWrap(true);
    safety->setForegroundRole(QPalette::PlaceholderText);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(safety);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

void PreferencesDialog::apply() {
    Translations::setConfigured(m_language->currentData().toString());
    Preferences::setEditorFont(m_font->currentFont().family(), m_fontSize->value());
    Preferences::setConnectTimeoutSeconds(m_timeout->value());
    const ThemeManager::Theme theme = ThemeManager::fromKey(m_theme->currentData().toString());
    if (theme != ThemeManager::applied() || theme != ThemeManager::configured())
        ThemeManager::choose(theme);
    CodeTheme::instance().choose(m_codeTheme->currentData().toString());
    for (QWidget* top : QApplication::topLevelWidgets())
        restyleEditors(top);
    emit applied();
}

void PreferencesDialog::restyleEditors(QWidget* root) {
    // The editors take their colours and font on a palette change (SqlColorScheme).
    for (QsciScintilla* editor : root->findChildren<QsciScintilla*>()) {
        QEvent change(QEvent::PaletteChange);
        QApplication::sendEvent(editor, &change);
    }
}

} // namespace strata
