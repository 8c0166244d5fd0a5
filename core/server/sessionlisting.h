// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GET /v1/sessions and GET /v1/sessions/{app}/{id}: one page of the store's sessions as contract rows
// (client/admincontract.h), and the decoded items of one session.

#include "client/admincontract.h"
#include "client/itemsjson.h"
#include "stateproto/sessionstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>

namespace sd {

/// Splits a stored key (the URL-decoded request target) at its last '/': application id with its hash
/// suffix, and session id. A key without '/' is all id with an empty app.
std::pair<std::string_view, std::string_view> splitSessionKey(std::string_view key);

/// The row for one session at `nowUnixMs`: app and id split from the key, last access = expires - timeout,
/// lock age in whole seconds (0 when unlocked), bytes = content size; items left -1 (unknown).
admin::SessionRow sessionRow(const SessionView &s, std::int64_t nowUnixMs);

/// Lists one page: a single pass over the store in short locked steps (SessionStore::forEachInSteps),
/// keeping only the best `limit + 1` rows in a bounded heap: O(N log limit) time, O(limit) memory, never a
/// copy of the store. Order is (sort value, key), reversed when descending, so pages are stable while
/// sessions come and go. Returns std::nullopt with `error` for a cursor this function did not produce.
std::optional<admin::SessionPage> listSessions(const SessionStore &store, const admin::SessionQuery &query,
                                               std::int64_t nowUnixMs, QString *error);

/// The decoded items of SessionStateUtility bytes for display (client/itemsjson.h; re-exported here).
using admin::decodedItemsJson;

} // namespace sd
