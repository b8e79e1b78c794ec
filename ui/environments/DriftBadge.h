#pragma once

#include "environments/EnvironmentEntry.h"

#include <QLabel>

namespace strata {

// An environment's drift, as a coloured, clickable badge: "in sync" (green), "3 differences"
// (amber), "unknown" or "not compared" (grey), the explanation in its tool tip. A click asks
// for that comparison (clicked()).
class DriftBadge : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DriftBadge)

public:
    explicit DriftBadge(QWidget* parent = nullptr);
    void setEntry(const EnvironmentEntry& entry);

    // Shared with the environments table.
    static QString textFor(const EnvironmentEntry& entry);
    static QString colorFor(EnvironmentEntry::DriftState state);
    static QString toolTipFor(const EnvironmentEntry& entry);

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace strata
