#pragma once

#include "environments/EnvironmentEntry.h"

#include <QFrame>

class QLabel;

namespace strata {

// One environment at a glance: name and colour, server, heads, pending, dirty, drift, last
// run, or the connection error.
class EnvironmentCard : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EnvironmentCard)

public:
    explicit EnvironmentCard(QWidget* parent = nullptr);
    void setEntry(const EnvironmentEntry& entry, bool refreshing);
    QString text() const; // the card as plain text (tests)
    QString environment() const { return m_name; }

signals:
    void clicked(const QString& environment);
    void passwordRequested(const QString& environment);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QString m_name;
    QLabel* m_title;
    QLabel* m_url;
    QString m_fullUrl;
    QLabel* m_body;
};

} // namespace strata
