// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/adminroutes.h"

#include "client/admincontract.h"

#include <QList>

namespace sd {

namespace {

/// The non-empty segments of `path`.
QList<QByteArray> segmentsOf(const QByteArray &path)
{
    QList<QByteArray> segments = path.split('/');
    segments.removeAll(QByteArray());
    return segments;
}

/// A route to `endpoint` taking `allow` (one method, or "GET, DELETE").
AdminRoute routeTo(AdminRoute::Endpoint endpoint, const char *allow, bool methodAllowed)
{
    AdminRoute r;
    r.endpoint = endpoint;
    r.allow = allow;
    r.methodAllowed = methodAllowed;
    return r;
}

/// /v1/sessions/{app}/{id}[/touch]: `segments` starts with the `n` segments of kSessionsPath, then app, id
/// and perhaps one more.
AdminRoute routeSession(const QByteArray &method, const QList<QByteArray> &segments, qsizetype n)
{
    AdminRoute r;
    if (segments.size() == n + 3) {
        if (segments[n + 2] != segmentsOf(admin::kTouchSuffix).value(0)) {
            return routeTo(AdminRoute::Endpoint::NoSuchSub, "", false);
        }
        r = routeTo(AdminRoute::Endpoint::Touch, "POST", method == "POST");
    } else {
        r = routeTo(AdminRoute::Endpoint::Session, "GET, DELETE", method == "GET" || method == "DELETE");
    }
    r.key = QByteArray::fromPercentEncoding(segments[n]).toStdString() + '/' +
            QByteArray::fromPercentEncoding(segments[n + 1]).toStdString();
    return r;
}

} // namespace

AdminRoute routeAdminRequest(const QByteArray &method, const QByteArray &path)
{
    const bool get = method == "GET";
    if (path == admin::kMetricsPath) {
        return routeTo(AdminRoute::Endpoint::Metrics, "GET", get);
    }
    const QList<QByteArray> segments = segmentsOf(path);
    if (segments == segmentsOf(admin::kStatsPath)) {
        return routeTo(AdminRoute::Endpoint::Stats, "GET", get);
    }
    if (segments == segmentsOf(admin::kEventsPath)) {
        return routeTo(AdminRoute::Endpoint::Events, "GET", get);
    }
    const QList<QByteArray> sessions = segmentsOf(admin::kSessionsPath);
    if (segments == sessions) {
        return routeTo(AdminRoute::Endpoint::Sessions, "GET", get);
    }
    const qsizetype n = sessions.size();
    if ((segments.size() == n + 2 || segments.size() == n + 3) && segments.mid(0, n) == sessions) {
        return routeSession(method, segments, n);
    }
    return {};
}

} // namespace sd
