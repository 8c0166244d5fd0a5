// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Watching a state server from outside, through the State Service protocol only: the Windows ASP.NET State
// Service (aspnet_state) has no admin API, so availability, round-trip latency, connection failures and the
// X-AspNet-Version it sends are all the monitor can know. A HEAD of a scratch key each second measures them.

#include "monitor/connectionprofile.h"
#include "monitor/metricshistory.h"

#include <QObject>
#include <QString>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

class QTimer;

namespace sd {

class StateClient;

/// One probe: a HEAD of a scratch key (StateClient::resetItemTimeout).
struct ProbeSample
{
    std::int64_t unixMs = 0; ///< when the probe was sent (ms since the epoch)
    bool answered = false;   ///< the server sent a State Service answer (any status)
    int status = 0;          ///< its status (404 for the scratch key that does not exist), 0 when none
    double roundTripMs = 0;  ///< send to whole answer, ms (0 when not answered)
    QString serverVersion;   ///< X-AspNet-Version of the answer
    QString error;           ///< why there was no answer (StateClient's words), else empty
};

/**
 * The probes of the last 24 hours (one a second: 86,400 at most, oldest dropped), summarised per chart window
 * (MetricWindow: 5 min, 1 h, 24 h) as buckets of windowSpec(window).bucketSeconds, and as round-trip
 * percentiles over the whole window. Memory is bounded by `capacity` samples.
 */
class ProbeHistory
{
public:
    explicit ProbeHistory(std::size_t capacity = 86400) : m_capacity(capacity) {}

    /// One bucket of a window: probes sent in [startMs, startMs + bucket).
    struct Bucket
    {
        std::int64_t startMs = 0;
        int probes = 0;
        int failures = 0;            ///< probes without an answer (connection refused, reset, timed out)
        double availability = 0;     ///< percent of probes answered
        double meanRoundTripMs = -1; ///< of the answered probes; -1 when none answered
    };
    /// Round-trip percentiles over a window (nearest rank), with the counts they come from.
    struct Summary
    {
        int probes = 0, answered = 0, failures = 0;
        double p50Ms = -1, p99Ms = -1; ///< -1 when no probe was answered
    };

    /// Adds a probe. Probes older than the newest one held are dropped (returns false).
    bool add(const ProbeSample &sample);
    void clear();
    std::size_t size() const { return m_samples.size(); }
    std::int64_t lastUnixMs() const { return m_samples.empty() ? 0 : m_samples.back().unixMs; }
    /// Buckets of `window` ending at `endMs`, in time order; empty buckets are left out.
    std::vector<Bucket> buckets(MetricWindow window, std::int64_t endMs) const;
    /// Percentiles and counts over the span of `window` ending at `endMs`.
    Summary summary(MetricWindow window, std::int64_t endMs) const;

private:
    struct Entry
    {
        std::int64_t unixMs;
        float roundTripMs;
        bool answered;
    };
    std::size_t m_capacity;
    std::deque<Entry> m_samples;
};

/**
 * Probes a state server once every `intervalMs` (default 1000) with a HEAD of a scratch key that does not
 * exist (so nothing is created: the answer is 404), off the UI thread (QtConcurrent, the StateClient shared
 * with the task so stop() never waits). At most one probe is in flight; probed() is emitted on this object's
 * thread for each answer or failure. Every wait is bounded by the profile's stateNetworkTimeout.
 */
class ProtocolProbe : public QObject
{
    Q_OBJECT

public:
    /// Probes the stateConnectionString of `profile` (which must parse: MonitorConnection checks that).
    explicit ProtocolProbe(const ConnectionProfile &profile, QObject *parent = nullptr);
    ~ProtocolProbe() override;

    /// Starts probing now and every `intervalMs`.
    void start(int intervalMs = 1000);
    void stop();
    /// The last X-AspNet-Version seen (empty before the first answer).
    QString serverVersion() const { return m_version; }

signals:
    void probed(const sd::ProbeSample &sample);

private:
    void probeOnce();

    std::shared_ptr<StateClient> m_client;
    std::string m_target;
    QTimer *m_timer = nullptr;
    bool m_pending = false;
    QString m_version;
};

} // namespace sd
