// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace sd {

/// Length of a SessionIDManager id in characters (SessionId.ID_LENGTH_CHARS).
inline constexpr int kSessionIdLength = 24;
/// Longest id SessionIDManager.CheckIdLength accepts (SESSION_ID_LENGTH_LIMIT).
inline constexpr int kSessionIdMaxLength = 80;

/// Encodes exactly 15 bytes into a 24-character id with SessionId.Encode's bit packing
/// (alphabet "abcdefghijklmnopqrstuvwxyz012345", 8 characters per 5 bytes, low bits first;
/// not RFC 4648). Source: shared/reference aspnet-state-service.md §2. Returns an empty
/// string when `bytes` is not 15 bytes long.
QString encodeSessionId(const QByteArray &bytes);

/// Inverse of encodeSessionId(): the 15 bytes of a legitimate id, or nullopt when `id`
/// fails isLegitSessionId().
std::optional<QByteArray> decodeSessionIdBytes(const QString &id);

/// A new id from 15 bytes of OpenSSL's CSPRNG (RAND_bytes), as SessionIDManager.CreateSessionID.
/// Returns nullopt only when RAND_bytes fails.
std::optional<QString> createSessionId();

/// SessionIDManager.IsLegit: exactly 24 characters, all in the 32-character alphabet.
bool isLegitSessionId(const QString &id);

/// SessionIDManager.Decode then validation, as the default manager does for an incoming id:
/// lower-cases (invariant) and checks isLegitSessionId(). Returns the normalised id, or nullopt
/// with `error` set (e.g. "longer than 80 characters", "character 'X' at 5 is not in the alphabet").
std::optional<QString> normalizeSessionId(const QString &incoming, QString *error = nullptr);

} // namespace sd
