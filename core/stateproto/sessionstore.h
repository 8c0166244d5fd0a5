// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The in-memory session store behind sessionstated: StateRuntime's semantics (RS System.Web/State/
// StateRuntime.cs, shared/reference aspnet-state-service.md §1.5) with provider-shaped entry points
// (SessionStateStoreProviderBase: GetItem, GetItemExclusive, ...). Qt-free and thread-safe: keys are spread
// over shards, each with its own mutex, hash map and expiry heap.

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sd {

/// Longest session timeout StateRuntime accepts: 525600 minutes (MAX_CACHE_BASED_TIMEOUT_MINUTES).
inline constexpr std::int32_t kMaxTimeoutMinutes = 525600;
/// Timeout used when a PUT sends none: SessionStateModule.TIMEOUT_DEFAULT, 20 minutes.
inline constexpr std::int32_t kDefaultTimeoutMinutes = 20;
/// SessionStateItemFlags.Uninitialized (ExtraFlags bit 0).
inline constexpr std::int32_t kFlagUninitialized = 1;
/// SessionStateItemFlags.IgnoreCacheItemRemoved (ExtraFlags bit 1, value 2): the item's end is not counted
/// (no Sessions Timed Out / Abandoned + 1, no Sessions Active - 1), as StateRuntime.OnCacheItemRemoved.
inline constexpr std::int32_t kFlagIgnoreCacheItemRemoved = 2;
/// The expiry of an item stored with Timeout 0, which never expires (a sliding expiration of zero is "no
/// expiration" in the ASP.NET cache): .NET's DateTime.MaxValue, 9999-12-31T23:59:59.999Z, in Unix ms.
inline constexpr std::int64_t kNeverExpiresUnixMs = 253402300799999;

/// .NET ticks (100 ns since 0001-01-01) for a Unix time in milliseconds, UTC.
std::int64_t unixMsToTicks(std::int64_t unixMs);
/// DateTimeUtil.ConvertToLocalTime(utc).Ticks: the same instant as local wall-clock ticks of this machine.
std::int64_t unixMsToLocalTicks(std::int64_t unixMs);

/// Why a session ended (the Session_End reasons a state server can know).
enum class EndReason
{
    TimedOut,  ///< sliding expiration passed ("State Server Sessions Timed Out")
    Abandoned, ///< removed by DELETE / RemoveItem ("State Server Sessions Abandoned")
};

/// One stored session as the persistence layer and admin views see it.
struct SessionSnapshot
{
    std::string key;     ///< URL-decoded request target: "<appDomainAppId>(<hash>)/<id>"
    std::string content; ///< SessionStateUtility bytes as the client sent them
    std::int32_t timeoutMinutes = kDefaultTimeoutMinutes;
    std::int32_t lockCookie = 1;
    std::int32_t extraFlags = 0;
    bool locked = false;
    std::int64_t lockDateUnixMs = 0; ///< UTC lock time (0 when never locked)
    std::int64_t createdUnixMs = 0;
    std::int64_t expiresUnixMs = 0;
    /// A view of this snapshot, valid while it lives.
    struct SessionView view() const;
};

/// A non-owning view of one session, valid only during the call it is passed to.
struct SessionView
{
    std::string_view key;
    std::string_view content;
    std::int32_t timeoutMinutes = kDefaultTimeoutMinutes;
    std::int32_t lockCookie = 1;
    std::int32_t extraFlags = 0;
    bool locked = false;
    std::int64_t lockDateUnixMs = 0;
    std::int64_t createdUnixMs = 0;
    std::int64_t expiresUnixMs = 0;
    /// An owned copy.
    SessionSnapshot toSnapshot() const
    {
        return {std::string(key), std::string(content), timeoutMinutes, lockCookie,   extraFlags,
                locked,           lockDateUnixMs,       createdUnixMs,  expiresUnixMs};
    }
};

inline SessionView SessionSnapshot::view() const
{
    return {key,    content,        timeoutMinutes, lockCookie,   extraFlags,
            locked, lockDateUnixMs, createdUnixMs,  expiresUnixMs};
}

/// Cumulative counters; "State Server Sessions ..." of §6 plus store-level figures. All atomics, read freely.
struct StoreCounters
{
    std::atomic<std::int64_t> sessionsActive{0};    ///< State Server Sessions Active
    std::atomic<std::int64_t> sessionsTotal{0};     ///< State Server Sessions Total
    std::atomic<std::int64_t> sessionsAbandoned{0}; ///< State Server Sessions Abandoned
    std::atomic<std::int64_t> sessionsTimedOut{0};  ///< State Server Sessions Timed Out
    std::atomic<std::int64_t> lockContention{0};    ///< requests answered 423
    std::atomic<std::int64_t> payloadBytes{0};      ///< sum of stored content sizes
    std::atomic<std::int64_t> overheadBytes{0};     ///< estimated bytes per entry beyond the payload
};

/// Result of a store operation, in StateRuntime's terms: the HTTP status it answers and what goes with it.
struct StoreResult
{
    int status = 200;                       ///< 200, 400, 404 or 423
    std::string content;                    ///< item bytes (200 to GET)
    std::int32_t timeoutMinutes = 0;        ///< the configured timeout (200 to GET), not the time left
    bool initializeItem = false;            ///< ActionFlags: 1 (uninitialized flag cleared by this request)
    std::optional<std::int32_t> lockCookie; ///< new cookie (acquire) or the holder's cookie (423)
    std::int64_t lockAgeSeconds = 0;        ///< 423: (now - lock date) in whole seconds
    std::int64_t lockDateLocalTicks = 0;    ///< 423: lock date, .NET ticks in server local time
    std::string badRequest;                 ///< 400: the `Http_*` header name that was invalid
};

/// Receives every state change, in order per key, under the key's shard lock; returns a sequence number
/// the server can wait on for --sync full (0 = nothing to wait for).
class StoreObserver
{
public:
    virtual ~StoreObserver() = default;
    /// The session now looks like `s` (insert, update, lock change). `contentChanged` is false for lock and
    /// expiry-only changes; `touchOnly` marks a sliding-expiration refresh that may be written lazily.
    virtual std::uint64_t sessionChanged(const SessionView &s, bool contentChanged, bool touchOnly) = 0;
    /// The session is gone (abandoned or timed out).
    virtual std::uint64_t sessionRemoved(const std::string &key, EndReason reason) = 0;
};

/// The store. All entry points are safe to call from any thread.
class SessionStore
{
public:
    SessionStore();
    ~SessionStore();
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    /// GetItem: GET without Exclusive (StateRuntime.DoGet). 404 missing; 423 locked (lock info);
    /// 200 with content and configured timeout. Clears the uninitialized flag once (initializeItem).
    StoreResult getItem(std::string_view key);
    /// GetItemExclusive: GET `Exclusive: acquire`. As getItem, and on 200 takes the lock: lock date = now,
    /// cookie + 1 (the first acquire after an insert yields 2), returned in lockCookie.
    StoreResult getItemExclusive(std::string_view key);
    /// ReleaseItemExclusive: GET `Exclusive: release` + LockCookie (StateRuntime.DoGet). 404 missing; then
    /// the uninitialized flag is cleared as by getItem; then a missing or invalid cookie (nullopt) -> 400
    /// "Http_LockCookie". Unlocks when the cookie matches (200); 423 on a mismatch; 200 if unlocked.
    StoreResult releaseItemExclusive(std::string_view key, std::optional<std::int32_t> lockCookie);
    /// SetAndReleaseItemExclusive / CreateUninitializedItem: PUT (StateRuntime.FinishPut). `timeoutMinutes`
    /// 0..525600 (else 400 "Http_Timeout"; 0 = never expires); `lockCookie` nullopt when the header was
    /// absent; `lockCookieInvalid` when it was sent but is not a non-negative Int32. Existing item:
    /// ExtraFlags bit 0 set -> unchanged (200); then an invalid cookie -> 400 "Http_LockCookie"; locked and
    /// cookie absent/different -> 423; else content replaced and unlocked. New item (the cookie is not read):
    /// inserted with lock cookie 1, unlocked, flags = extraFlags (Session_Start, Sessions Total/Active + 1).
    StoreResult setAndReleaseItemExclusive(std::string_view key, std::string content,
                                           std::int32_t timeoutMinutes,
                                           std::optional<std::int32_t> lockCookie, std::int32_t extraFlags,
                                           bool lockCookieInvalid = false);
    /// CreateUninitializedItem: setAndReleaseItemExclusive with ExtraFlags 1 and no lock cookie.
    StoreResult createUninitializedItem(std::string_view key, std::string content,
                                        std::int32_t timeoutMinutes);
    /// RemoveItem: DELETE (StateRuntime.DoDelete). 404 missing (whatever the cookie); then an invalid cookie
    /// (`lockCookieInvalid`) -> 400 "Http_LockCookie"; locked and cookie absent/different -> 423; else
    /// removed (Session_End Abandoned) -> 200.
    StoreResult removeItem(std::string_view key, std::optional<std::int32_t> lockCookie,
                           bool lockCookieInvalid = false);
    /// ResetItemTimeout: HEAD (StateRuntime.DoHead): slides the expiry; 404 missing, else 200.
    StoreResult resetItemTimeout(std::string_view key);

    /// Removes every session whose sliding expiry is at or before `nowUnixMs` (Session_End TimedOut).
    /// Cost is proportional to the number removed (per-shard min-heaps), never a scan of all sessions.
    /// Returns how many were removed.
    std::size_t expire(std::int64_t nowUnixMs);
    /// expire(now()).
    std::size_t expireNow() { return expire(now()); }

    /// Puts a session back as it was (start-up from --persist); counts it active but not in Sessions Total,
    /// raises no Session_Start and reports nothing to the observer.
    void restore(SessionSnapshot s);
    /// Sets the cumulative counters restored from disk (Total, Abandoned, Timed Out).
    void restoreCounters(std::int64_t total, std::int64_t abandoned, std::int64_t timedOut);

    /// A copy of one session, if present (no expiry slide).
    std::optional<SessionSnapshot> snapshot(std::string_view key) const;
    /// Calls `f` for every session, shard by shard under each shard's lock (no expiry slide). Keep `f` short.
    void forEach(const std::function<void(const SessionView &)> &f) const;
    /// As forEach, but takes each shard's lock for only `bucketsPerStep` hash buckets at a time (a few
    /// hundred sessions), so a scan of millions never holds up protocol requests for more than that. A
    /// session may be missed or seen twice when its shard grows (rehashes) during the scan; callers that need
    /// uniqueness must check keys.
    void forEachInSteps(const std::function<void(const SessionView &)> &f,
                        std::size_t bucketsPerStep = 256) const;
    /// Number of sessions held.
    std::size_t size() const;

    const StoreCounters &counters() const { return m_counters; }

    /// Observer for persistence (set before serving; not owned).
    void setObserver(StoreObserver *observer) { m_observer = observer; }
    /// Session_Start(key) and Session_End(key, reason) hooks; called under a shard lock, keep them short.
    void setSessionStartHandler(std::function<void(const std::string &)> f) { m_onStart = std::move(f); }
    void setSessionEndHandler(std::function<void(const std::string &, EndReason)> f)
    {
        m_onEnd = std::move(f);
    }
    /// Replaces the clock (Unix ms, UTC) for tests.
    void setClock(std::function<std::int64_t()> clock) { m_clock = std::move(clock); }
    std::int64_t now() const;

    /// Sequence number of the last observer call made by this thread's most recent operation (0 if none).
    static std::uint64_t lastSequence();

private:
    struct Entry;
    struct Shard;
    Shard &shardFor(std::string_view key) const;
    StoreResult get(std::string_view key, int mode, std::optional<std::int32_t> cookie);
    void notifyChanged(Entry &e, bool contentChanged, bool touchOnly);
    void eraseLocked(Shard &shard, Entry *e, EndReason reason);

    static constexpr std::size_t kShards = 64;
    std::array<std::unique_ptr<Shard>, kShards> m_shards;
    StoreCounters m_counters;
    StoreObserver *m_observer = nullptr;
    std::function<void(const std::string &)> m_onStart;
    std::function<void(const std::string &, EndReason)> m_onEnd;
    std::function<std::int64_t()> m_clock;
};

} // namespace sd
