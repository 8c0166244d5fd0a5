// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one table of HTTP reason phrases in the project: the State Service protocol (StateHttpWorkerRequest
// status lines: 200, 400, 404, 423, 500) and the admin API (401, 405, 409, 413, 503) both write from it.

#include <string_view>

namespace sd {

/// Reason phrase for an HTTP status code, as RFC 9110 section 15 names it ("Locked" from RFC 4918 11.3).
/// Takes the numeric code; returns a static string, "Unknown" for a code the project never sends.
std::string_view httpReasonPhrase(int status);

} // namespace sd
