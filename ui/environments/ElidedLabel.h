#pragma once

#include <QLabel>

namespace strata {

// A one-line label that never clips nor wraps: its text is elided to the width it gets (at the
// end, in the middle, or as a URL with UrlElider), the full text in its tool tip when it is
// shortened (or always, when a tool tip of its own was given).
class ElidedLabel : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    enum class Mode { Right, Middle, Url };

    explicit ElidedLabel(Mode mode = Mode::Right, QWidget* parent = nullptr);
    void setFullText(const QString& text, const QString& toolTip = {});
    QString fullText() const { return m_full; }
    // A colour for the text (empty: the palette's).
    void setColor(const QString& color);
    void setBold(bool bold);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void elide();

    Mode m_mode;
    QString m_full;
    QString m_toolTip;
};

} // namespace strata
