#pragma once

#include "runner/HistoryTable.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace strata {

// The history's choices: which environment (or all of them), status, direction, a date range,
// a user and a text (revision, message or error). Typing waits a moment before changed().
class HistoryFilterBar : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryFilterBar)

public:
    explicit HistoryFilterBar(QWidget* parent = nullptr);

    // The environments offered besides "All environments" (name, colour).
    void setEnvironments(const QList<QPair<QString, QString>>& environments);
    // Selects `name` (nothing changes when it is not offered).
    void setEnvironment(const QString& name);
    bool allEnvironments() const;
    QString environment() const; // empty: all environments
    // The filter as chosen (without HistoryFilter::revisions, which the project decides).
    HistoryFilter filter() const;
    void clearFilter();

    QComboBox* environmentBox() const { return m_environment; }
    QComboBox* statusBox() const { return m_status; }
    QComboBox* directionBox() const { return m_direction; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* textEdit() const { return m_text; }

signals:
    void environmentChanged();
    void filterChanged();

private:
    QComboBox* m_environment;
    QComboBox* m_status;
    QComboBox* m_direction;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_user;
    QLineEdit* m_text;
    QTimer* m_typing;
};

} // namespace strata
