// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The admin API's routing: which endpoint of the contract (client/admincontract.h: kStatsPath,
// kSessionsPath, kEventsPath, kMetricsPath, kTouchSuffix) a request's method and path ask for.

#include <QByteArray>

#include <string>

namespace sd {

/// Where a request goes.
struct AdminRoute
{
    enum class Endpoint
    {
        Metrics,   ///< GET /metrics
        Stats,     ///< GET /v1/stats
        Events,    ///< GET /v1/events
        Sessions,  ///< GET /v1/sessions
        Session,   ///< GET|DELETE /v1/sessions/{app}/{id}
        Touch,     ///< POST /v1/sessions/{app}/{id}/touch
        NoSuchSub, ///< /v1/sessions/{app}/{id}/{other}: 404 "no such endpoint"
        Unknown,   ///< anything else: 404 with the list of endpoints
    } endpoint = Endpoint::Unknown;
    std::string key;            ///< Session, Touch: the store key "{app}/{id}", percent-decoded
    const char *allow = "";     ///< the methods the endpoint takes, for 405's Allow header
    bool methodAllowed = false; ///< the request's method is one of `allow`
};

/// Routes `method` and `path` (without the query). Path segments are split at '/', empty ones ignored
/// (except for /metrics, which must match exactly).
AdminRoute routeAdminRequest(const QByteArray &method, const QByteArray &path);

} // namespace sd
