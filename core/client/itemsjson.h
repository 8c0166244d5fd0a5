// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The decoded items of one session as the admin contract writes them (GET /v1/sessions/{app}/{id}; the
// field names are admincontract.h's): sessionstated's SessionStateUtility bytes, a Redis v5
// SessionStateItemCollection, and v1-v4 BinaryFormatter hash fields all come out in this one shape, so the
// session browser and sessionctl read any store alike.

#include "aspnet/sessiondata.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace sd::admin {

/// One item: {"key" (null for the null key), "type" (.NET name), "type_id", "bytes", "raw" (base64 of the
/// AltSerialization bytes, at most kMaxRawItemBytes), "value" (display text); BinaryFormatter and
/// undecodable values also "preview" (hex of the first 64 payload bytes), "class" and "assembly" when the
/// MS-NRBF headers name them. BinaryFormatter values are never deserialised.
QJsonObject itemJson(const SessionItem &item);

/// The items of a decoded collection, in collection order.
QJsonArray itemsJson(const QList<SessionItem> &items);

/// SessionStateUtility bytes decoded for display: {"items": [...], "compressed", "timeout"} (plus
/// "static_objects_bytes"), or {"decode_error": "byte N: ..."} when the bytes are not SessionStateUtility
/// data. Source: SessionStateUtility.Deserialize.
QJsonObject decodedItemsJson(const QByteArray &content);

/// A v1-v4 RedisSessionStateProvider item: a hash field `name` whose value is a BinaryFormatter stream
/// (BinarySerializer.Serialize). Written as an Object (type 20) item whose "type" is the stream's class
/// name; the provider's RedisNull object reads as a null item ("type" "null").
QJsonObject binaryFormatterItemJson(const QString &name, const QByteArray &stream);

} // namespace sd::admin
