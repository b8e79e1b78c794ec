#pragma once

#include <QFrame>
#include <QString>

class QAction;
class QLabel;
class QToolButton;

namespace strata {

// A one-line note above an editor about what the file is and how it is edited, with an
// "Open in external editor" action (QDesktopServices::openUrl of the file: the desktop's
// editor for .py files). Its background is a tint of the palette's highlight colour, so it
// reads in light and dark themes alike.
class FileBanner : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileBanner)
public:
    explicit FileBanner(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const;
    void setFilePath(const QString& path) { m_path = path; }
    QString filePath() const { return m_path; }

    QAction* openExternalAction() const { return m_openExternal; }
    QToolButton* openExternalButton() const { return m_button; }
    // Asks the desktop to open the file (false when it could not).
    bool openExternally();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_path;
    QLabel* m_label = nullptr;
    QAction* m_openExternal = nullptr;
    QToolButton* m_button = nullptr;
};

} // namespace strata
