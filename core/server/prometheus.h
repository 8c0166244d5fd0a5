// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GET /metrics: the store's and the protocol listener's counters in the Prometheus text exposition format
// 0.0.4 (https://prometheus.io/docs/instrumenting/exposition_formats/), and the labels and process figures
// /v1/stats shares with it.

#include "server/stateserver.h"
#include "stateproto/sessionstore.h"

#include <QByteArray>

#include <cstdint>

namespace sd {

/// The `verb` label of each ServerCounters::requests row: "GET", "PUT", "DELETE", "HEAD", "OTHER".
extern const char *const kVerbLabels[5];
/// The `status` label of each ServerCounters::requests column: "200", "400", "404", "423", "other".
extern const char *const kStatusLabels[5];

/// Resident set size of this process in bytes (/proc/self/statm); 0 when it cannot be read.
std::int64_t residentBytes();

/// The /metrics document: session gauges and counters from `sc`, protocol request/byte/connection counters
/// from `counters` (left out when null), process memory and start time (`startedUnixMs`, ms since the
/// epoch), and sessionstated_build_info.
QByteArray prometheusText(const StoreCounters &sc, const ServerCounters *counters,
                          std::int64_t startedUnixMs);

} // namespace sd
