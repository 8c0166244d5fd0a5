// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stateproto/sessionstore.h"
#include "stateproto/stateprotocol.h"

namespace sd {

/// StateRuntime.ProcessRequest: maps one parsed State Service request onto the store and builds the answer
/// (RS System.Web/State/StateRuntime.cs StateApplication; shared/reference aspnet-state-service.md §1.4-§1.6,
/// §1.10), in StateRuntime's order of checks. GET -> getItem (also for an Exclusive value other than
/// acquire/release) / getItemExclusive (`Exclusive: acquire`) / releaseItemExclusive (`Exclusive: release`:
/// 404 for a missing item first, then LockCookie required); PUT -> setAndReleaseItemExclusive (Timeout
/// default 20, 0..525600, 0 = never expires; ExtraFlags; -1 in either = absent; LockCookie read only for an
/// existing item, after the ExtraFlags bit 0 no-op); DELETE -> removeItem (404 before LockCookie); HEAD ->
/// resetItemTimeout; other verbs -> 400. A header a verb reads that is not a valid Int32 (LockCookie and
/// Timeout also non-negative) gives 400 with StateRuntime's "Invalid header <b>Http_Name</b>" body.
proto::Response processRequest(SessionStore &store, const proto::Request &request);
/// As above, but a PUT's body is moved into the store instead of copied (the server's path: one copy less
/// of a large item). `request.body` is left unspecified.
proto::Response processRequest(SessionStore &store, proto::Request &&request);

} // namespace sd
