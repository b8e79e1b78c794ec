#pragma once

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

namespace strata {

// A small find-and-replace bar for one editor (SQL or Python view) at a time (Enter = next,
// Shift+Enter = previous, Escape closes). Replacing is off for a read-only editor.
class FindBar : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)
public:
    explicit FindBar(QWidget* parent = nullptr);

    void setEditor(QsciScintilla* editor);
    QsciScintilla* editor() const { return m_editor; }
    // Shows the bar with the editor's selection (if any) as the text to find.
    void activate();

    bool findNext(bool forward = true);
    bool replaceCurrent();
    int replaceAll();

    QLineEdit* findEdit() const { return m_find; }
    QLineEdit* replaceEdit() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QPointer<QsciScintilla> m_editor;
    QWidget* m_replaceButton = nullptr;
    QWidget* m_replaceAllButton = nullptr;
    QLineEdit* m_find = nullptr;
    QLineEdit* m_replace = nullptr;
    QCheckBox* m_caseSensitive = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace strata
