// SPDX-License-Identifier: GPL-3.0-or-later
#include "stateproto/sessionstore.h"

#include <chrono>
#include <ctime>

namespace sd {

namespace {
constexpr std::int64_t kUnixEpochTicks = 621355968000000000LL;
thread_local std::uint64_t t_lastSequence = 0;

struct KeyHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
struct KeyEqual
{
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept { return a == b; }
};
} // namespace

std::int64_t unixMsToTicks(std::int64_t unixMs)
{
    return unixMs * 10000 + kUnixEpochTicks;
}

std::int64_t unixMsToLocalTicks(std::int64_t unixMs)
{
    const std::time_t t = std::time_t(unixMs / 1000);
    std::tm local{};
    localtime_r(&t, &local);
    return unixMsToTicks(unixMs + std::int64_t(local.tm_gmtoff) * 1000);
}

struct SessionStore::Entry
{
    const std::string *key = nullptr;
    std::string content;
    std::int64_t lockDateMs = 0;
    std::int64_t createdMs = 0;
    std::int64_t expiresMs = 0;
    std::int32_t timeout = kDefaultTimeoutMinutes;
    std::int32_t lockCookie = 1;
    std::int32_t extraFlags = 0;
    std::uint32_t heapIndex = 0;
    bool locked = false;

    SessionView view() const
    {
        return {*key, content, timeout, lockCookie, extraFlags, locked, lockDateMs, createdMs, expiresMs};
    }
    std::int64_t overhead() const
    {
        // unordered_map node (key string + Entry + next pointer + cached hash) with its malloc header, the
        // bucket and heap slots, and the heap blocks of a key or content too long for the small-string
        // buffer.
        std::int64_t bytes = std::int64_t(sizeof(std::string) + sizeof(Entry) + 16 + 16 + 16);
        if (key->size() > 15) {
            bytes += std::int64_t(key->capacity() + 1 + 16);
        }
        if (content.capacity() > 15) {
            bytes += std::int64_t(content.capacity() - content.size() + 1 + 16);
        }
        return bytes;
    }
};

struct SessionStore::Shard
{
    mutable std::mutex mutex;
    std::unordered_map<std::string, Entry, KeyHash, KeyEqual> map;
    std::vector<Entry *> heap; ///< min-heap on expiresMs; Entry::heapIndex is the slot

    void swapSlots(std::size_t a, std::size_t b)
    {
        std::swap(heap[a], heap[b]);
        heap[a]->heapIndex = std::uint32_t(a);
        heap[b]->heapIndex = std::uint32_t(b);
    }
    void siftUp(std::size_t i)
    {
        while (i > 0) {
            const std::size_t parent = (i - 1) / 2;
            if (heap[parent]->expiresMs <= heap[i]->expiresMs) {
                break;
            }
            swapSlots(i, parent);
            i = parent;
        }
    }
    void siftDown(std::size_t i)
    {
        for (;;) {
            const std::size_t l = 2 * i + 1, r = l + 1;
            std::size_t m = i;
            if (l < heap.size() && heap[l]->expiresMs < heap[m]->expiresMs) {
                m = l;
            }
            if (r < heap.size() && heap[r]->expiresMs < heap[m]->expiresMs) {
                m = r;
            }
            if (m == i) {
                return;
            }
            swapSlots(i, m);
            i = m;
        }
    }
    void push(Entry *e)
    {
        e->heapIndex = std::uint32_t(heap.size());
        heap.push_back(e);
        siftUp(heap.size() - 1);
    }
    void update(Entry *e)
    {
        siftUp(e->heapIndex);
        siftDown(e->heapIndex);
    }
    /// The entry for `key`, or nullptr.
    Entry *find(std::string_view key)
    {
        const auto it = map.find(key);
        return it == map.end() ? nullptr : &it->second;
    }
    /// Sliding expiration: every cache Get moves the expiry to now + the entry's timeout (never for 0).
    void slide(Entry &e, std::int64_t nowMs)
    {
        e.expiresMs = expiryFor(e.timeout, nowMs);
        update(&e);
    }
    /// When an item with `timeoutMinutes` touched at `nowMs` expires: kNeverExpiresUnixMs for 0 (RS
    /// Cache/cache.cs: a zero sliding expiration is no expiration).
    static std::int64_t expiryFor(std::int32_t timeoutMinutes, std::int64_t nowMs)
    {
        return timeoutMinutes == 0 ? kNeverExpiresUnixMs : nowMs + std::int64_t(timeoutMinutes) * 60000;
    }
    void remove(Entry *e)
    {
        const std::size_t i = e->heapIndex;
        const std::size_t last = heap.size() - 1;
        if (i != last) {
            swapSlots(i, last);
            heap.pop_back();
            update(heap[i]);
        } else {
            heap.pop_back();
        }
    }
};

SessionStore::SessionStore()
{
    for (auto &s : m_shards) {
        s = std::make_unique<Shard>();
    }
}

SessionStore::~SessionStore() = default;

std::int64_t SessionStore::now() const
{
    if (m_clock) {
        return m_clock();
    }
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::uint64_t SessionStore::lastSequence()
{
    return t_lastSequence;
}

SessionStore::Shard &SessionStore::shardFor(std::string_view key) const
{
    // The map rehashes with the same function; take the shard from high bits so both stay spread.
    const std::size_t h = KeyHash{}(key);
    return *m_shards[(h >> 32 ^ h) % kShards];
}

void SessionStore::notifyChanged(Entry &e, bool contentChanged, bool touchOnly)
{
    if (m_observer) {
        const std::uint64_t seq = m_observer->sessionChanged(e.view(), contentChanged, touchOnly);
        if (!touchOnly) {
            t_lastSequence = seq;
        }
    }
}

void SessionStore::eraseLocked(Shard &shard, Entry *e, EndReason reason)
{
    const std::string key = *e->key;
    m_counters.payloadBytes -= std::int64_t(e->content.size());
    m_counters.overheadBytes -= e->overhead();
    const bool counted = (e->extraFlags & kFlagIgnoreCacheItemRemoved) == 0;
    shard.remove(e);
    shard.map.erase(key);
    if (counted) { // StateRuntime.OnCacheItemRemoved skips the counters for IgnoreCacheItemRemoved
        --m_counters.sessionsActive;
        if (reason == EndReason::Abandoned) {
            ++m_counters.sessionsAbandoned;
        } else {
            ++m_counters.sessionsTimedOut;
        }
    }
    if (m_observer) {
        t_lastSequence = m_observer->sessionRemoved(key, reason);
    }
    if (m_onEnd) {
        m_onEnd(key, reason);
    }
}

namespace {
void fillLocked(StoreResult &r, std::int32_t cookie, std::int64_t lockDateMs, std::int64_t nowMs)
{
    r.status = 423;
    r.lockCookie = cookie;
    r.lockAgeSeconds = (nowMs - lockDateMs) / 1000;
    r.lockDateLocalTicks = unixMsToLocalTicks(lockDateMs);
}
} // namespace

StoreResult SessionStore::get(std::string_view key, int mode, std::optional<std::int32_t> cookie)
{
    t_lastSequence = 0;
    StoreResult r;
    Shard &shard = shardFor(key);
    std::lock_guard lock(shard.mutex);
    Entry *found = shard.find(key);
    if (!found) {
        r.status = 404;
        return r;
    }
    Entry &e = *found;
    const std::int64_t nowMs = now();
    shard.slide(e, nowMs);
    bool changed = false;
    if (e.extraFlags & kFlagUninitialized) {
        e.extraFlags &= ~kFlagUninitialized;
        r.initializeItem = true;
        changed = true;
    }
    if (mode == 2) {   // release
        if (!cookie) { // LockCookie is required, read after the lookup and the flag (StateRuntime.DoGet)
            r.status = 400;
            r.badRequest = "Http_LockCookie"; // ActionFlags, if set above, goes with the 400 as in DoGet
        } else if (e.locked) {
            if (*cookie == e.lockCookie) {
                e.locked = false;
                changed = true;
            } else {
                fillLocked(r, e.lockCookie, e.lockDateMs, nowMs);
                ++m_counters.lockContention;
            }
        }
        notifyChanged(e, false, !changed);
        return r;
    }
    if (e.locked) {
        fillLocked(r, e.lockCookie, e.lockDateMs, nowMs);
        ++m_counters.lockContention;
        notifyChanged(e, false, !changed);
        return r;
    }
    if (mode == 1) {
        e.locked = true;
        e.lockDateMs = nowMs;
        e.lockCookie = std::int32_t(std::uint32_t(e.lockCookie) + 1); // C# int ++ wraps
        r.lockCookie = e.lockCookie;
        changed = true;
    }
    r.timeoutMinutes = e.timeout;
    r.content = e.content;
    notifyChanged(e, false, !changed);
    return r;
}

StoreResult SessionStore::getItem(std::string_view key)
{
    return get(key, 0, 0);
}

StoreResult SessionStore::getItemExclusive(std::string_view key)
{
    return get(key, 1, 0);
}

StoreResult SessionStore::releaseItemExclusive(std::string_view key, std::optional<std::int32_t> lockCookie)
{
    return get(key, 2, lockCookie);
}

StoreResult SessionStore::setAndReleaseItemExclusive(std::string_view key, std::string content,
                                                     std::int32_t timeoutMinutes,
                                                     std::optional<std::int32_t> lockCookie,
                                                     std::int32_t extraFlags, bool lockCookieInvalid)
{
    t_lastSequence = 0;
    StoreResult r;
    if (timeoutMinutes < 0 || timeoutMinutes > kMaxTimeoutMinutes) {
        r.status = 400;
        r.badRequest = "Http_Timeout";
        return r;
    }
    Shard &shard = shardFor(key);
    std::lock_guard lock(shard.mutex);
    const std::int64_t nowMs = now();
    if (Entry *found = shard.find(key)) {
        Entry &e = *found;
        shard.slide(e, nowMs); // the lookup slides the old entry first
        if ((extraFlags & kFlagUninitialized) == kFlagUninitialized) {
            notifyChanged(e, false, true);
            return r; // DevDiv 146875: an uninitialized PUT never overwrites an existing item
        }
        if (lockCookieInvalid) { // read only now, for an existing item (StateRuntime.FinishPut)
            r.status = 400;
            r.badRequest = "Http_LockCookie";
            notifyChanged(e, false, true);
            return r;
        }
        if (e.locked && (!lockCookie || *lockCookie != e.lockCookie)) {
            fillLocked(r, e.lockCookie, e.lockDateMs, nowMs);
            ++m_counters.lockContention;
            notifyChanged(e, false, true);
            return r;
        }
        m_counters.overheadBytes -= e.overhead();
        m_counters.payloadBytes += std::int64_t(content.size()) - std::int64_t(e.content.size());
        e.content = std::move(content);
        e.locked = false;
        if (timeoutMinutes != e.timeout) {
            // StateRuntime inserts a fresh entry (the old one's removal is ignored) whose cookie is the
            // request's, -1 when the header was absent; counters are not touched.
            e.timeout = timeoutMinutes;
            e.lockCookie = lockCookie.value_or(-1);
            e.extraFlags = extraFlags;
            shard.slide(e, nowMs);
        }
        m_counters.overheadBytes += e.overhead();
        notifyChanged(e, true, false);
        return r;
    }
    auto [pos, inserted] = shard.map.try_emplace(std::string(key));
    Entry &e = pos->second;
    e.key = &pos->first;
    e.content = std::move(content);
    e.timeout = timeoutMinutes;
    e.lockCookie = 1;
    e.extraFlags = extraFlags;
    e.createdMs = nowMs;
    e.expiresMs = Shard::expiryFor(timeoutMinutes, nowMs);
    shard.push(&e);
    m_counters.payloadBytes += std::int64_t(e.content.size());
    m_counters.overheadBytes += e.overhead();
    ++m_counters.sessionsTotal;
    ++m_counters.sessionsActive;
    notifyChanged(e, true, false);
    if (m_onStart) {
        m_onStart(*e.key);
    }
    return r;
}

StoreResult SessionStore::createUninitializedItem(std::string_view key, std::string content,
                                                  std::int32_t timeoutMinutes)
{
    return setAndReleaseItemExclusive(key, std::move(content), timeoutMinutes, std::nullopt,
                                      kFlagUninitialized);
}

StoreResult SessionStore::removeItem(std::string_view key, std::optional<std::int32_t> lockCookie,
                                     bool lockCookieInvalid)
{
    t_lastSequence = 0;
    StoreResult r;
    Shard &shard = shardFor(key);
    std::lock_guard lock(shard.mutex);
    Entry *found = shard.find(key);
    if (!found) {
        r.status = 404;
        return r;
    }
    Entry &e = *found;
    const std::int64_t nowMs = now();
    if (lockCookieInvalid) { // read after the lookup (StateRuntime.DoDelete)
        shard.slide(e, nowMs);
        r.status = 400;
        r.badRequest = "Http_LockCookie";
        notifyChanged(e, false, true);
        return r;
    }
    if (e.locked && (!lockCookie || *lockCookie != e.lockCookie)) {
        shard.slide(e, nowMs);
        fillLocked(r, e.lockCookie, e.lockDateMs, nowMs);
        ++m_counters.lockContention;
        notifyChanged(e, false, true);
        return r;
    }
    eraseLocked(shard, &e, EndReason::Abandoned);
    return r;
}

StoreResult SessionStore::resetItemTimeout(std::string_view key)
{
    t_lastSequence = 0;
    StoreResult r;
    Shard &shard = shardFor(key);
    std::lock_guard lock(shard.mutex);
    Entry *found = shard.find(key);
    if (!found) {
        r.status = 404;
        return r;
    }
    Entry &e = *found;
    shard.slide(e, now());
    notifyChanged(e, false, true);
    return r;
}

std::size_t SessionStore::expire(std::int64_t nowUnixMs)
{
    std::size_t removed = 0;
    for (auto &shardPtr : m_shards) {
        Shard &shard = *shardPtr;
        std::lock_guard lock(shard.mutex);
        while (!shard.heap.empty() && shard.heap.front()->expiresMs <= nowUnixMs) {
            eraseLocked(shard, shard.heap.front(), EndReason::TimedOut);
            ++removed;
        }
    }
    return removed;
}

void SessionStore::restore(SessionSnapshot s)
{
    Shard &shard = shardFor(s.key);
    std::lock_guard lock(shard.mutex);
    auto [pos, inserted] = shard.map.try_emplace(s.key);
    Entry &e = pos->second;
    if (!inserted) {
        m_counters.payloadBytes -= std::int64_t(e.content.size());
        m_counters.overheadBytes -= e.overhead();
    } else {
        ++m_counters.sessionsActive;
    }
    e.key = &pos->first;
    e.content = std::move(s.content);
    e.timeout = s.timeoutMinutes;
    e.lockCookie = s.lockCookie;
    e.extraFlags = s.extraFlags;
    e.locked = s.locked;
    e.lockDateMs = s.lockDateUnixMs;
    e.createdMs = s.createdUnixMs;
    e.expiresMs = s.expiresUnixMs;
    if (inserted) {
        shard.push(&e);
    } else {
        shard.update(&e);
    }
    m_counters.payloadBytes += std::int64_t(e.content.size());
    m_counters.overheadBytes += e.overhead();
}

void SessionStore::restoreCounters(std::int64_t total, std::int64_t abandoned, std::int64_t timedOut)
{
    m_counters.sessionsTotal = total;
    m_counters.sessionsAbandoned = abandoned;
    m_counters.sessionsTimedOut = timedOut;
}

std::optional<SessionSnapshot> SessionStore::snapshot(std::string_view key) const
{
    Shard &shard = shardFor(key);
    std::lock_guard lock(shard.mutex);
    const Entry *e = shard.find(key);
    return e ? std::optional(e->view().toSnapshot()) : std::nullopt;
}

void SessionStore::forEach(const std::function<void(const SessionView &)> &f) const
{
    for (const auto &shardPtr : m_shards) {
        std::lock_guard lock(shardPtr->mutex);
        for (const auto &[key, e] : shardPtr->map) {
            f(e.view());
        }
    }
}

void SessionStore::forEachInSteps(const std::function<void(const SessionView &)> &f,
                                  std::size_t bucketsPerStep) const
{
    bucketsPerStep = std::max<std::size_t>(1, bucketsPerStep);
    for (const auto &shardPtr : m_shards) {
        std::size_t next = 0;
        std::size_t buckets = 0;
        for (;;) {
            std::lock_guard lock(shardPtr->mutex);
            const auto &map = shardPtr->map;
            if (buckets != 0 && map.bucket_count() != buckets) { // rehashed since the last step: same share
                next = std::size_t(double(next) * double(map.bucket_count()) / double(buckets));
            }
            buckets = map.bucket_count();
            if (next >= buckets) {
                break;
            }
            const std::size_t end = std::min(buckets, next + bucketsPerStep);
            for (std::size_t b = next; b < end; ++b) {
                for (auto it = map.begin(b); it != map.end(b); ++it) {
                    f(it->second.view());
                }
            }
            next = end;
        }
    }
}

std::size_t SessionStore::size() const
{
    std::size_t n = 0;
    for (const auto &shardPtr : m_shards) {
        std::lock_guard lock(shardPtr->mutex);
        n += shardPtr->map.size();
    }
    return n;
}

} // namespace sd
