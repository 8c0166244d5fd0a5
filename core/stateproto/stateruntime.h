// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "stateproto/sessionstore.h"
#include "stateproto/stateprotocol.h"

namespace sd {

/// StateRuntime.ProcessRequest: maps one parsed State Service request onto the store and builds the answer
/// (shared/reference aspnet-state-service.md §1.4-§1.6). GET -> getItem / getItemExclusive (`Exclusive:
/// acquire`) / releaseItemExclusive (`Exclusive: release`, LockCookie required); PUT ->
/// setAndReleaseItemExclusive (Timeout default 20, 0..525600; ExtraFlags; LockCookie optional); DELETE ->
/// removeItem; HEAD -> resetItemTimeout; other verbs -> 400. A header a verb reads that is not a valid Int32
/// (LockCookie and Timeout also non-negative) gives 400 with StateRuntime's "Invalid header <b>Http_Name</b>"
/// body.
proto::Response processRequest(SessionStore &store, const proto::Request &request);

} // namespace sd
