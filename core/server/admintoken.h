// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The admin API's bearer token: the token file sessionstated reads or creates, and the constant-time check
// of a request's Authorization header against it.

#include <QByteArray>
#include <QString>

#include <optional>

namespace sd {

/// Reads the bearer token from `path` (surrounding whitespace trimmed). If the file does not exist, creates
/// it (and its folder, mode 0700) with 32 random bytes from OpenSSL's RAND_bytes as base64url, mode 0600,
/// and sets `*created`. Returns nullopt with `error` naming the file when it cannot be read or created, or
/// holds no token.
std::optional<QByteArray> loadOrCreateAdminToken(const QString &path, bool *created, QString *error);

/// Constant-time check of an `Authorization` header value against "Bearer <token>": both sides are hashed
/// with SHA-256 and compared with CRYPTO_memcmp, so neither content nor length leaks through timing.
bool bearerMatches(const QByteArray &authorizationHeader, const QByteArray &token);

} // namespace sd
