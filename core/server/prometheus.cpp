// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/prometheus.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace sd {

const char *const kVerbLabels[5] = {"GET", "PUT", "DELETE", "HEAD", "OTHER"};
const char *const kStatusLabels[5] = {"200", "400", "404", "423", "other"};

std::int64_t residentBytes()
{
    // /proc/self/statm: size resident shared ... in pages.
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

QByteArray prometheusText(const StoreCounters &sc, const ServerCounters *counters, std::int64_t startedUnixMs)
{
    QByteArray m;
    auto metric = [&m](const char *name, const char *type, const char *help, std::int64_t value) {
        m += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' ' +
             QByteArray::number(qint64(value)) + '\n';
    };
    metric("sessionstated_sessions_active", "gauge", "State Server Sessions Active.",
           sc.sessionsActive.load());
    metric("sessionstated_sessions_started_total", "counter",
           "State Server Sessions Total (sessions created).", sc.sessionsTotal.load());
    metric("sessionstated_sessions_abandoned_total", "counter", "State Server Sessions Abandoned.",
           sc.sessionsAbandoned.load());
    metric("sessionstated_sessions_timed_out_total", "counter", "State Server Sessions Timed Out (expired).",
           sc.sessionsTimedOut.load());
    metric("sessionstated_lock_contention_total", "counter", "Requests answered 423 Locked.",
           sc.lockContention.load());
    metric("sessionstated_payload_bytes", "gauge", "Bytes of stored session data.", sc.payloadBytes.load());
    metric("sessionstated_overhead_bytes", "gauge", "Estimated bytes of bookkeeping beyond the session data.",
           sc.overheadBytes.load());
    if (counters) {
        m += "# HELP sessionstated_requests_total State Service protocol requests by verb and status.\n"
             "# TYPE sessionstated_requests_total counter\n";
        for (std::size_t v = 0; v < counters->requests.size(); ++v) {
            for (std::size_t s = 0; s < counters->requests[v].size(); ++s) {
                m += QByteArray("sessionstated_requests_total{verb=\"") + kVerbLabels[v] + "\",status=\"" +
                     kStatusLabels[s] + "\"} " + QByteArray::number(qint64(counters->requests[v][s].load())) +
                     '\n';
            }
        }
        metric("sessionstated_received_bytes_total", "counter", "Bytes read from protocol clients.",
               counters->bytesIn.load());
        metric("sessionstated_sent_bytes_total", "counter", "Bytes written to protocol clients.",
               counters->bytesOut.load());
        metric("sessionstated_connections_open", "gauge", "Protocol connections open now.",
               counters->connectionsOpen.load());
        metric("sessionstated_connections_total", "counter", "Protocol connections accepted.",
               counters->connectionsTotal.load());
        metric(
            "sessionstated_connections_refused_total", "counter",
            "Connections closed at accept (remote peer without --allow-remote, or over --max-connections).",
            counters->connectionsRefused.load());
        metric("sessionstated_protocol_errors_total", "counter",
               "Malformed or over-limit requests (400 and close).", counters->protocolErrors.load());
    }
    metric("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", residentBytes());
    m += "# HELP process_start_time_seconds Start time of the process since the Unix epoch in seconds.\n"
         "# TYPE process_start_time_seconds gauge\nprocess_start_time_seconds " +
         QByteArray::number(double(startedUnixMs) / 1000.0, 'f', 3) + '\n';
    m += "# HELP sessionstated_build_info Version of sessionstated and the ASP.NET version it reports.\n"
         "# TYPE sessionstated_build_info gauge\nsessionstated_build_info{version=\"" SESSIONDESK_VERSION
         "\",aspnet_version=\"" +
         QByteArray(proto::kAspNetVersion.data(), qsizetype(proto::kAspNetVersion.size())) + "\"} 1\n";
    return m;
}

} // namespace sd
