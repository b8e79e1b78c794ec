#include "environments/DriftBadge.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>

namespace strata {

DriftBadge::DriftBadge(QWidget* parent)
    : QLabel(parent) {
    setObjectName(QStringLiteral("driftBadge"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
}

QString DriftBadge::textFor(const EnvironmentEntry& entry) {
    switch (entry.driftState()) {
    case EnvironmentEntry::DriftState::InSync:
        return tr("in sync");
    case EnvironmentEntry::DriftState::Drifted:
        return tr("%n difference(s)", nullptr, entry.driftBadgeDifferences);
    case EnvironmentEntry::DriftState::Unknown:
        return tr("unknown");
    case EnvironmentEntry::DriftState::NotCompared:
        break;
    }
    return tr("not compared");
}

QString DriftBadge::colorFor(EnvironmentEntry::DriftState state) {
    switch (state) {
    case EnvironmentEntry::DriftState::InSync:
        return QStringLiteral("#2e7d32");
    case EnvironmentEntry::DriftState::Drifted:
        return QStringLiteral("#e65100");
    case EnvironmentEntry::DriftState::Unknown:
    case EnvironmentEntry::DriftState::NotCompared:
        break;
    }
    return QStringLiteral("#757575");
}

QString DriftBadge::toolTipFor(const EnvironmentEntry& entry) {
    QString why;
    switch (entry.driftState()) {
    case EnvironmentEntry::DriftState::NotCompared:
        why = tr("Not compared with the expected schema yet.");
        break;
    case EnvironmentEntry::DriftState::Unknown:
        why = entry.driftToolTip.isEmpty() ? tr("The comparison failed.")
                                           : tr("Cannot compare: %1").arg(entry.driftToolTip);
        break;
    default:
        why = entry.driftToolTip.isEmpty() ? tr("actual schema vs the expected schema")
                                           : entry.driftToolTip;
        if (entry.driftComparedAt.isValid())
            why += QLatin1Char('\n') +
                   tr("Compared at %1")
                       .arg(entry.driftComparedAt.toString(QStringLiteral("HH:mm:ss")));
        break;
    }
    return why + QLatin1Char('\n') + tr("Click to open the comparison in the Drift view.");
}

void DriftBadge::setEntry(const EnvironmentEntry& entry) {
    const EnvironmentEntry::DriftState state = entry.driftState();
    const QString c = colorFor(state);
    setText(textFor(entry));
    setToolTip(toolTipFor(entry));
    setStyleSheet(QStringLiteral("QLabel#driftBadge { color: white; background: %1; "
                                 "border-radius: 7px; padding: 0px 7px; font-weight: bold; }")
                      .arg(c));
}

void DriftBadge::mouseReleaseEvent(QMouseEvent* event) {
    QLabel::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
}

void DriftBadge::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Space || event->key() == Qt::Key_Return ||
        event->key() == Qt::Key_Enter) {
        emit clicked();
        return;
    }
    QLabel::keyPressEvent(event);
}

} // namespace strata
