#pragma once

#include <QFrame>
#include <QList>
#include <QString>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace strata {

// A one-line notice above an editor (information, a warning, an error) with optional buttons
// ("Reload", "Keep mine"). Its background is a tint of the notice's colour over the palette's
// window colour, with a stripe on the left, so it reads in light and dark themes alike. Hidden
// until shown.
class NoticeBar : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBar)
public:
    enum class Kind { Info, Warning, Error };

    explicit NoticeBar(Kind kind = Kind::Info, QWidget* parent = nullptr);

    // Shows `html` (rich text) with `buttons` (their texts; clicked() names the one clicked).
    void showNotice(Kind kind, const QString& html, const QStringList& buttons = {});
    // Hides the notice and drops its buttons.
    void dismiss();

    Kind kind() const { return m_kind; }
    // The notice as plain text (tests, accessibility).
    QString text() const;
    QLabel* label() const { return m_label; }
    QList<QPushButton*> buttons() const { return m_buttons; }
    // The button whose text (without '&') is `text`, or nullptr.
    QPushButton* button(const QString& text) const;

signals:
    void clicked(int index);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor accent() const;

    Kind m_kind;
    QLabel* m_label = nullptr;
    QHBoxLayout* m_layout = nullptr;
    QList<QPushButton*> m_buttons;
};

} // namespace strata
