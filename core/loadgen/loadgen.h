// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// `sessionctl load`: plays what ASP.NET's SessionStateModule sends to an out-of-process session store, page
// by page, over many connections, and measures it. Two targets: the ASP.NET State Service protocol
// (tcpip=HOST:PORT, OutOfProcSessionStateStore's requests, aspnet-state-service.md §1.4) and Redis driven
// the way Microsoft.Web.RedisSessionStateProvider drives it (its key layout from redis/providerlayout.h, v5
// or v2-v4 data, and its Lua scripts' semantics, machinekey.md §5), through hiredis. epoll, one loop per
// thread.

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace sd {

enum class ProviderLayout; // redis/providerlayout.h (V5 is its first value, so {} is V5)

/// Latency histogram in the HDR style: 64 linear sub-buckets per power of two (about 1.6 % resolution)
/// from 1 ns up to ~18 minutes; fixed size (a few KB), mergeable.
class LatencyHistogram
{
public:
    /// Records one value in nanoseconds.
    void record(std::int64_t ns);
    /// Adds another histogram's counts.
    void merge(const LatencyHistogram &other);
    /// The value (ns, bucket midpoint) at quantile q in [0, 1]; 0 when empty.
    std::int64_t percentile(double q) const;
    std::int64_t count() const { return m_count; }
    std::int64_t max() const { return m_max; }
    double mean() const { return m_count ? double(m_sum) / double(m_count) : 0.0; }
    void reset() { *this = LatencyHistogram(); }

private:
    static constexpr int kSubBits = 6;
    static constexpr int kBuckets = (40 + 1) * (1 << kSubBits) + (1 << (kSubBits + 1));
    static int index(std::int64_t ns);
    static std::int64_t valueAt(int index);
    std::array<std::int64_t, kBuckets> m_counts{};
    std::int64_t m_count = 0, m_sum = 0, m_max = 0;
};

/// Page kinds and their weights in the mix (relative, not necessarily summing to 100).
struct LoadMix
{
    int newVisitor = 5; ///< GetItemExclusive -> 404 -> SetAndReleaseItemExclusive (new item)
    int returning = 60; ///< GetItemExclusive -> 200 -> SetAndReleaseItemExclusive with the lock cookie
    int readOnly = 25;  ///< GetItem (EnableSessionState="ReadOnly")
    int abandon = 3;    ///< GetItemExclusive -> RemoveItem with the lock cookie (Session.Abandon)
    int reset = 5;      ///< ResetItemTimeout (HEAD)
    int expire = 2;     ///< a one-page visitor with a 1-minute timeout who never comes back
    int contend = 0;    ///< two tabs of one visitor: GetItemExclusive (200), a second GetItemExclusive while
                        ///< the first holds the lock (423, counted as lock contention by the server), then
                        ///< SetAndReleaseItemExclusive with the first cookie
    /// Parses "new=5,return=60,read=25,abandon=3,reset=5,expire=2,contend=0" (any subset; others become 0).
    static bool parse(const std::string &text, LoadMix *mix, std::string *error);
    std::string toString() const;
};

/// What to run.
struct LoadOptions
{
    enum class Target
    {
        StateServer, ///< tcpip=HOST:PORT
        Redis,       ///< redis://HOST:PORT
    };
    Target target = Target::StateServer;
    std::string host = "127.0.0.1";
    std::uint16_t port = 42424;
    int sessions = 10000;        ///< distinct returning visitors (session ids)
    int concurrency = 64;        ///< connections, each with one request in flight (as a web server's pool)
    double durationSeconds = 10; ///< measured phase length (ignored when `requests` > 0)
    std::int64_t requests = 0;   ///< stop after this many measured requests; 0 = run for the duration
    int itemBytes = 2048;        ///< size of the serialized SessionStateItemCollection
    LoadMix mix;
    double pagesPerSecond = 0;    ///< rate limit over all connections; 0 = as fast as answers come
    int apps = 1;                 ///< applications the sessions are spread over
    bool prefill = true;          ///< create every session before measuring
    double cookieless = 0;        ///< fraction (0..1) of new visitors that start with CreateUninitializedItem
    int timeoutMinutes = 20;      ///< session timeout of the visitors
    int threads = 0;              ///< client threads; 0 = min(2, cores)
    int requestTimeoutMs = 10000; ///< a request unanswered this long counts as "timeout" and reconnects
    /// Redis: the provider release whose keys and data are written (redis/providerlayout.h; V5 by default,
    /// V2to4 writes v4's hashes with a BinaryFormatter string per item, V1 v1's untagged names).
    ProviderLayout redisLayout{};
    std::string redisUser, redisPassword; ///< Redis: AUTH [user] password when the password is set
    int redisDatabase = 0;                ///< Redis: SELECT
};

/// Figures of a run (the measured phase only; the prefill is reported apart).
struct LoadReport
{
    double seconds = 0;
    std::int64_t requests = 0; ///< state server / Redis round trips
    std::int64_t pages = 0;    ///< simulated ASP.NET requests
    LatencyHistogram latency;  ///< per round trip
    std::map<std::string, std::int64_t> pagesByKind;
    std::map<std::string, std::int64_t> errors; ///< "connect", "closed", "timeout", "protocol", "locked",
                                                ///< "lost" (404 for a live session), "status 500", "redis"...
    double prefillSeconds = 0;
    std::int64_t prefilled = 0;
    std::string fatal; ///< set when the run could not start (unreachable, script load failed)
    double requestsPerSecond() const { return seconds > 0 ? double(requests) / seconds : 0; }
};

/// Live figures for a progress line, updated by the client threads.
struct LoadProgress
{
    std::atomic<std::int64_t> requests{0}, pages{0}, errors{0};
    std::atomic<bool> prefilling{false};
};

/// Runs the load; blocks until done or `*cancel` becomes true. `progress` (optional) is updated live.
LoadReport runLoad(const LoadOptions &options, LoadProgress *progress = nullptr,
                   const std::atomic<bool> *cancel = nullptr);

} // namespace sd
