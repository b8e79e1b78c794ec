#pragma once

#include <QMetaType>
#include <QString>

namespace strata {

// A NOTICE, WARNING or INFO message the server sent while a statement ran (RAISE NOTICE, ...).
// Plain data, copyable across threads.
struct DbNotice {
    QString severity; // non-localised: NOTICE, WARNING, INFO, LOG, DEBUG
    QString sqlstate;
    QString message; // the primary message, one line
    QString detail;
    QString hint;
};

} // namespace strata

Q_DECLARE_METATYPE(strata::DbNotice)
