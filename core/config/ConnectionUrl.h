#pragma once

#include <QString>
#include <QStringList>

namespace strata {

// Connection strings as users write them: libpq URIs (postgresql://user:pw@host:5432/db?opt=v),
// SQLAlchemy URLs copied from an application (postgresql+psycopg://..., +psycopg2, +asyncpg,
// postgres://...), and libpq key=value conninfo strings (host=db port=5432 dbname=app).
//
// Every URL or conninfo Strata prints (logs, errors, history rows, the studio) goes through
// redact(); texts that may quote one (libpq error messages) go through redactText().
namespace ConnectionUrl {

// A string libpq accepts: "postgresql+<driver>://" and "postgres[+<driver>]://" become
// "postgresql://" (the scheme is matched case-insensitively); for +asyncpg URLs the asyncpg
// query parameter ssl=<mode> becomes libpq's sslmode=<mode> (true -> require, false -> disable).
// key=value conninfo strings and anything else pass through unchanged (surrounding whitespace is
// trimmed).
QString normalise(const QString& urlOrConninfo);

// True when the text looks like a URI ("scheme://..."), false for key=value conninfo.
bool isUri(const QString& urlOrConninfo);

// The same URL or conninfo with its password replaced by "***":
//   URI userinfo      postgresql://user:secret@host/db   -> postgresql://user:***@host/db
//   URI query         ...?password=secret&sslmode=x       -> ...?password=***&sslmode=x
//   key=value         host=h password=secret              -> host=h password=***
//                     password='a b\'c' user=u            -> password=*** user=u
// Percent-encoded passwords and unencoded '@', ':' or '/' inside a password are handled; when
// the text is ambiguous, more is hidden rather than less. A dbname holding a nested URI or
// conninfo is redacted too. Text without a password comes back unchanged.
QString redact(const QString& urlOrConninfo);

// True when the URL or conninfo carries a non-empty password (in the userinfo, a password=
// query parameter, or a password key).
bool hasPassword(const QString& urlOrConninfo);

// The password(s) written in a URL or conninfo, in every form they may be echoed in: as written,
// percent-decoded (URIs) and unescaped (quoted conninfo values). Empty when there is none. Feed
// the result to redactText().
QStringList secrets(const QString& urlOrConninfo);

// `text` with every occurrence of each secret of 4 or more characters replaced by "***" (longest
// first; shorter ones would mask ordinary words and so reveal themselves), and
// every postgres URI inside it passed through redact(). Used on libpq error texts and any
// message that might quote a connection string.
QString redactText(const QString& text, const QStringList& secrets);

} // namespace ConnectionUrl

} // namespace strata
