#include "editor/FindBar.h"

#include <Qsci/qsciscintilla.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace strata {

FindBar::FindBar(QWidget* parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    auto button = [this](const QString& text, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    layout->addWidget(m_find, 2);
    layout->addWidget(button(tr("Previous"), [this] { findNext(false); }));
    layout->addWidget(button(tr("Next"), [this] { findNext(true); }));
    layout->addWidget(m_replace, 2);
    m_replaceButton = button(tr("Replace"), [this] { replaceCurrent(); });
    m_replaceAllButton = button(tr("Replace all"), [this] { replaceAll(); });
    layout->addWidget(m_replaceButton);
    layout->addWidget(m_replaceAllButton);
    layout->addWidget(m_caseSensitive);
    layout->addWidget(m_status, 1);
    auto* close = button(QStringLiteral("\u2715"), [this] {
        hide();
        if (m_editor)
            m_editor->setFocus();
    });
    close->setToolTip(tr("Close (Escape)"));
    layout->addWidget(close);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_replace, &QLineEdit::returnPressed, this, [this] { replaceCurrent(); });
}

void FindBar::setEditor(QsciScintilla* editor) {
    m_editor = editor;
}

void FindBar::activate() {
    const bool replaceable = m_editor && !m_editor->isReadOnly();
    for (QWidget* w : {static_cast<QWidget*>(m_replace), m_replaceButton, m_replaceAllButton})
        w->setVisible(replaceable);
    show();
    if (m_editor && m_editor->hasSelectedText() && !m_editor->selectedText().contains('\n'))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

bool FindBar::findNext(bool forward) {
    m_status->clear();
    if (!m_editor || m_find->text().isEmpty())
        return false;
    int line = 0, index = 0;
    if (!forward && m_editor->hasSelectedText()) {
        int l2 = 0, i2 = 0;
        m_editor->getSelection(&line, &index, &l2, &i2);
    } else {
        m_editor->getCursorPosition(&line, &index);
    }
    const bool found = m_editor->findFirst(m_find->text(), false, m_caseSensitive->isChecked(),
                                           false, true, forward, line, index, true);
    if (!found)
        m_status->setText(tr("Not found"));
    return found;
}

bool FindBar::replaceCurrent() {
    if (!m_editor || m_editor->isReadOnly())
        return false;
    const Qt::CaseSensitivity cs =
        m_caseSensitive->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive;
    if (m_editor->hasSelectedText() && m_editor->selectedText().compare(m_find->text(), cs) == 0)
        m_editor->replaceSelectedText(m_replace->text());
    return findNext(true);
}

int FindBar::replaceAll() {
    if (!m_editor || m_editor->isReadOnly() || m_find->text().isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(m_find->text(), false, m_caseSensitive->isChecked(), false,
                                     false, true, 0, 0, false);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        findNext(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace strata
