#pragma once

#include <QString>

class QMimeData;

namespace strata {

// The project a drag brings: a folder with strata.toml, or a .toml file; empty for anything
// else (the window accepts the drop only then).
QString droppedProject(const QMimeData* mime);

} // namespace strata
