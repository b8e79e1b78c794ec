#pragma once

#include "environments/EnvironmentEntry.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace strata {

class DriftBadge;
class ElidedLabel;

// One environment at a glance: name and colour (a coloured left border), server, heads,
// pending, dirty, drift (a clickable badge), last run, or the connection error. Text that does
// not fit is elided with the full text in its tool tip (the URL keeps its user, host ends, port
// and database); row names never wrap. The target environment is highlighted (selection
// colour, bold name).
class EnvironmentCard : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentCard)

public:
    static constexpr int kBorderWidth = 5;

    explicit EnvironmentCard(QWidget* parent = nullptr);
    void setEntry(const EnvironmentEntry& entry, bool refreshing);
    QString text() const; // the card as plain text, nothing elided (tests)
    QString environment() const { return m_name; }
    QColor color() const;
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }
    DriftBadge* driftBadge() const { return m_drift; }

signals:
    void clicked(const QString& environment);
    void passwordRequested(const QString& environment);
    void showDrift(const QString& environment);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void addRow(const QString& key, const QString& value, const QString& color = {},
                bool bold = false);
    void addWidgetRow(const QString& key, QWidget* widget);
    void clearRows();
    void updateTitle();

    QString m_name;
    QString m_color;
    bool m_protected = false;
    bool m_refreshing = false;
    bool m_selected = false;
    ElidedLabel* m_title;
    QLabel* m_tags;
    ElidedLabel* m_url;
    QGridLayout* m_rows;
    QList<QWidget*> m_rowWidgets;
    QStringList m_rowText;
    DriftBadge* m_drift;
    QLabel* m_password;
};

} // namespace strata
