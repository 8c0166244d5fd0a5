// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/protocolprobe.h"

#include "aspnet/sessionid.h"
#include "client/stateclient.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace sd {

namespace {

/// The nearest-rank `q` percentile (0 < q <= 1) of `sorted` (ascending, not empty).
double nearestRank(const std::vector<float> &sorted, double q)
{
    const auto rank = std::size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

} // namespace

bool ProbeHistory::add(const ProbeSample &sample)
{
    if (!m_samples.empty() && sample.unixMs < m_samples.back().unixMs) {
        return false;
    }
    m_samples.push_back({sample.unixMs, float(sample.roundTripMs), sample.answered});
    while (m_samples.size() > m_capacity) {
        m_samples.pop_front();
    }
    return true;
}

void ProbeHistory::clear()
{
    m_samples.clear();
}

std::vector<ProbeHistory::Bucket> ProbeHistory::buckets(MetricWindow window, std::int64_t endMs) const
{
    const WindowSpec spec = windowSpec(window);
    const std::int64_t step = std::int64_t(spec.bucketSeconds) * 1000;
    const std::int64_t from = endMs - std::int64_t(spec.spanSeconds) * 1000;
    auto it = std::lower_bound(m_samples.begin(), m_samples.end(), from,
                               [](const Entry &e, std::int64_t ms) { return e.unixMs < ms; });
    std::vector<Bucket> out;
    double rttSum = 0;
    int answered = 0;
    const auto closeBucket = [&] {
        Bucket &b = out.back();
        b.availability = 100.0 * answered / b.probes;
        b.meanRoundTripMs = answered ? rttSum / answered : -1;
        rttSum = 0;
        answered = 0;
    };
    for (; it != m_samples.end() && it->unixMs <= endMs; ++it) {
        const std::int64_t start = it->unixMs - ((it->unixMs % step) + step) % step;
        if (out.empty() || out.back().startMs != start) {
            if (!out.empty()) {
                closeBucket();
            }
            out.push_back(Bucket{start, 0, 0, 0, -1});
        }
        ++out.back().probes;
        if (it->answered) {
            ++answered;
            rttSum += it->roundTripMs;
        } else {
            ++out.back().failures;
        }
    }
    if (!out.empty()) {
        closeBucket();
    }
    return out;
}

ProbeHistory::Summary ProbeHistory::summary(MetricWindow window, std::int64_t endMs) const
{
    const std::int64_t from = endMs - std::int64_t(windowSpec(window).spanSeconds) * 1000;
    auto it = std::lower_bound(m_samples.begin(), m_samples.end(), from,
                               [](const Entry &e, std::int64_t ms) { return e.unixMs < ms; });
    Summary s;
    std::vector<float> rtts;
    for (; it != m_samples.end() && it->unixMs <= endMs; ++it) {
        ++s.probes;
        if (it->answered) {
            rtts.push_back(it->roundTripMs);
        } else {
            ++s.failures;
        }
    }
    s.answered = int(rtts.size());
    if (!rtts.empty()) {
        std::sort(rtts.begin(), rtts.end());
        s.p50Ms = nearestRank(rtts, 0.50);
        s.p99Ms = nearestRank(rtts, 0.99);
    }
    return s;
}

ProtocolProbe::ProtocolProbe(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent),
      m_client(std::make_shared<StateClient>(
          parseStateConnectionString(profile.stateConnectionString).value_or(StateEndpoint()),
          std::max(1, profile.stateNetworkTimeoutSeconds))),
      m_target(stateRequestTarget(QStringLiteral("/SessionDesk/Probe"),
                                  createSessionId().value_or(QStringLiteral("sessiondeskprobe00000000")))),
      m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &ProtocolProbe::probeOnce);
}

ProtocolProbe::~ProtocolProbe() = default; // a probe in flight keeps its StateClient; its answer is dropped

void ProtocolProbe::start(int intervalMs)
{
    m_timer->start(intervalMs);
    probeOnce();
}

void ProtocolProbe::stop()
{
    m_timer->stop();
}

void ProtocolProbe::probeOnce()
{
    if (m_pending) {
        return; // the last one is still waiting (bounded by stateNetworkTimeout)
    }
    m_pending = true;
    const std::int64_t sent = QDateTime::currentMSecsSinceEpoch();
    (void)QtConcurrent::run([client = m_client, target = m_target] {
        return client->resetItemTimeout(target);
    }).then(this, [this, sent](const StateReply &r) {
        m_pending = false;
        ProbeSample s;
        s.unixMs = sent;
        s.answered = r.status != 0;
        s.status = r.status;
        s.roundTripMs = s.answered ? r.roundTripMs : 0;
        s.serverVersion = r.serverVersion;
        s.error = r.error;
        if (!r.serverVersion.isEmpty()) {
            m_version = r.serverVersion;
        }
        emit probed(s);
    });
}

} // namespace sd
