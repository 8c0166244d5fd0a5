// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Microsoft.Web.RedisSessionStateProvider's key layout, the one place SessionDesk spells it (the load
// generator writes with it, the Redis session store reads with it). Facts from machinekey.md §5 and the
// provider's src/RedisSessionStateProvider/KeyGenerator.cs at the release tags:
//   v1.x        APP_ID_Data               APP_ID_Write_Lock       APP_ID_Internal          (hashes)
//   v2.0-v4.0.1 {APP_ID}_Data             {APP_ID}_Write_Lock     {APP_ID}_Internal        (hashes)
//   v5.0.x      {APP_ID}_SessionStateItemCollection {APP_ID}_WriteLock {APP_ID}_SessionTimeout (strings)
// APP is the provider's applicationName (usually the virtual path, "/" or "/shop"), ID the session id; the
// braces are a Redis Cluster hash tag, so the three keys of a v2+ session share a slot.

#include "aspnet/sessiondata.h"

#include <QByteArray>

#include <optional>
#include <string>
#include <string_view>

namespace sd {

/// A provider release family: how its keys are named and what the data key holds.
enum class ProviderLayout
{
    V5,    ///< 5.x: data is one string (SessionStateItemCollection.Serialize), timeout a string (the default)
    V2to4, ///< 2.0 - 4.0.1: data is a hash (one field per item), timeout a hash field, in a {hash tag}
    V1,    ///< 1.x: as V2to4 without the hash tag
};

/// What one of a session's keys is for.
enum class ProviderKeyRole
{
    Data, ///< the items
    Lock, ///< the write lock: its value is the lock's DateTime.Now.Ticks (local time), TTL = request timeout
    Timeout, ///< the session timeout in seconds (v5: the string; older: hash field kTimeoutField)
};

/// The hash field of a v1-v4 `_Internal` key holding the timeout in seconds.
inline constexpr char kProviderTimeoutField[] = "SessionTimeout";

/// The three keys of one session (bytes, as Redis stores them).
struct ProviderKeys
{
    std::string data, lock, timeout;
};

/// The keys of session `id` of application `app` in `layout` (KeyGenerator's constructor of that release).
ProviderKeys providerKeys(ProviderLayout layout, std::string_view app, std::string_view id);

/// A key read back: which session it belongs to and what it is.
struct ProviderKey
{
    std::string app, id;
    ProviderLayout layout = ProviderLayout::V5;
    ProviderKeyRole role = ProviderKeyRole::Data;
};

/// Reads a key of any layout back; std::nullopt for keys the provider does not write. APP_ID is split at
/// its last '_' (session ids from SessionIDManager are a-z0-5 only; an application name may hold '_').
std::optional<ProviderKey> parseProviderKey(std::string_view key);

/// "v5", "v2-v4" or "v1" (the names the JSON and docs use).
const char *layoutName(ProviderLayout layout);
/// Reads such a name (also "v2", "v3", "v4"); std::nullopt for anything else.
std::optional<ProviderLayout> parseLayoutName(std::string_view name);

/// A SCAN MATCH glob that every key of the sessions of `app` whose id starts with `idPrefix` matches, in
/// every layout (and possibly other keys, which parseProviderKey() then drops); empty when both are empty
/// (scan everything). Glob metacharacters in the names are escaped.
std::string providerScanPattern(std::string_view app, std::string_view idPrefix);

/// The v5 data value of `data`: SessionStateItemCollection.Serialize's bytes, i.e. SessionStateUtility's
/// layout (core/aspnet/sessiondata.h) without its 6-byte header and trailing 0xFF; an empty collection is
/// the 4 bytes of count 0.
QByteArray encodeV5Collection(const SessionStateData &data);
/// Reads a v5 data value (SessionStateItemCollection.Deserialize). std::nullopt with `error` (offset into
/// `bytes`) when it is not one.
std::optional<SessionStateData> decodeV5Collection(const QByteArray &bytes, DecodeError *error = nullptr);

/// MS-NRBF streams as BinaryFormatter writes them for v1-v4 item values (BinarySerializer.Serialize), for the
/// load generator and tests: SerializationHeaderRecord, the object's records, MessageEnd. Never read back
/// beyond their class name (see decodeAltValue()).
QByteArray nrbfString(const QString &text);
/// A null item: the provider stores `new RedisNull()` (class Microsoft.Web.Redis.RedisNull, no members).
QByteArray nrbfRedisNull();
/// An object of class `className` in library `assembly` with one Int32 member `member` = `value`.
QByteArray nrbfClassWithInt32(const QString &className, const QString &assembly, const QString &member,
                              qint32 value);
/// The class name the provider uses for a null item.
inline constexpr char kRedisNullClass[] = "Microsoft.Web.Redis.RedisNull";

} // namespace sd
