// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one place the project draws randomness and hashes bytes outside the machine-key algorithms
// themselves: machine keys, session ids and the admin token all draw from randomBytes().

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace sd {

/// `n` (>= 0) bytes from OpenSSL's CSPRNG (RAND_bytes). Returns std::nullopt when OpenSSL reports a failure
/// (no entropy source); callers turn that into their own error, they never fall back to a weaker source.
std::optional<QByteArray> randomBytes(qsizetype n);

/// SHA-256 of `data` (OpenSSL EVP_Digest): 32 bytes.
QByteArray sha256(QByteArrayView data);

/// Compares `a` and `b` in time independent of their content and length: both are hashed with SHA-256 and
/// the digests compared with CRYPTO_memcmp. For secrets such as bearer tokens.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

/// The oldest queued OpenSSL error as text (ERR_get_error + ERR_error_string), for an error message after a
/// failed call; "unknown OpenSSL error" when the queue is empty.
QString lastOpenSslError();

} // namespace sd
