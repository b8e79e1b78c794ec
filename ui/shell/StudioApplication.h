#pragma once

#include <QString>

class QApplication;

namespace strata {

// What strata-studio and the studio harness set up alike before the main window exists.
namespace StudioApplication {
// Names, version, resources and the language (--language among `arguments`, else View >
// Language, else the system's) and the theme (View > Theme); forbids database connections on the
// GUI thread (Connection::forbidThread: where thread checks are on, opening one there aborts).
void setUp(QApplication& app);
// The dark theme for this session only (--dark; View > Theme keeps a choice).
void useDarkPalette();
} // namespace StudioApplication

} // namespace strata
