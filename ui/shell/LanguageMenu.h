#pragma once

#include <functional>

class QMenu;
class QWidget;

namespace strata {

// View > Language: the system's language, English, Tiếng Việt (Translations; from the next
// start). The checks follow the kept choice, which Preferences changes too.
class LanguageMenu {
public:
    // `chosen` runs after a choice is kept (the window says when it applies).
    static QMenu* create(QWidget* parent, const std::function<void()>& chosen);
};

} // namespace strata
