#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace strata {

// The typed confirmation of a protected environment: "<b>prod is protected.</b> Type its name
// to confirm:", a line edit, and a red line saying why nothing happens (the name is missing or
// does not match). Enter in the line edit emits submitted(): the dialog decides (runs when
// confirmed, otherwise calls refuse()).
class ProtectedConfirmation : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProtectedConfirmation)

public:
    explicit ProtectedConfirmation(const QString& environment, QWidget* parent = nullptr);

    bool confirmed() const;
    QLineEdit* edit() const { return m_edit; }
    // The refusal shown (empty when none): "Type 'prod' to confirm …" or "'prd' does not match
    // …"; `what` says what does not happen ("nothing is changed").
    void refuse(const QString& what);
    QString refusal() const;
    // Why it is not confirmed ("" when it is), without showing it.
    QString reason(const QString& what) const;

Q_SIGNALS:
    void changed();
    void submitted();

private:
    QString m_environment;
    QLineEdit* m_edit;
    QLabel* m_refusal;
};

} // namespace strata
