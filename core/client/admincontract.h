// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The admin API's contract (docs/admin-api.md): its paths, query parameters, JSON field names and the
// session query and row types, in one header. The server (core/server/adminapi), the client
// (core/client/adminclient), the monitor's models, sessionctl and the widgets all spell the API through
// this file and nowhere else, so a renamed field is one edit and the compiler finds every reader.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace sd::admin {

// ----------------------------------------------------------------------------------------------- paths

inline constexpr char kStatsPath[] = "/v1/stats";       ///< GET: counters, limits, memory
inline constexpr char kSessionsPath[] = "/v1/sessions"; ///< GET: one page; /{app}/{id}: GET, DELETE
inline constexpr char kTouchSuffix[] = "/touch";        ///< POST /v1/sessions/{app}/{id}/touch
inline constexpr char kEventsPath[] = "/v1/events";     ///< GET: text/event-stream
inline constexpr char kMetricsPath[] = "/metrics";      ///< GET: Prometheus text format 0.0.4
inline constexpr int kMaxPageSize = 1000;               ///< most rows GET /v1/sessions returns at once
inline constexpr int kDefaultPageSize = 100;            ///< rows when `limit` is absent
inline constexpr int kMaxRawItemBytes = 1024 * 1024;    ///< most bytes of one item in its detail's "raw"

/// Query parameters of GET /v1/sessions.
namespace param {
inline constexpr char kApp[] = "app";
inline constexpr char kPrefix[] = "prefix";
inline constexpr char kSort[] = "sort";
inline constexpr char kOrder[] = "order"; ///< "asc" | "desc"
inline constexpr char kCursor[] = "cursor";
inline constexpr char kLimit[] = "limit";
} // namespace param

/// JSON field names. A session row, a page, an error, a session event and the parts of /v1/stats that
/// clients read.
namespace field {
// a session row (GET /v1/sessions "sessions"[], GET|DELETE|POST touch on one session)
inline constexpr char kApp[] = "app";
inline constexpr char kId[] = "id";
inline constexpr char kCreated[] = "created";        ///< ISO 8601 UTC with ms
inline constexpr char kLastAccess[] = "last_access"; ///< expires - timeout
inline constexpr char kExpires[] = "expires";
inline constexpr char kTimeout[] = "timeout"; ///< minutes
inline constexpr char kBytes[] = "bytes";     ///< stored content bytes
inline constexpr char kItems[] = "items";     ///< list: count or null; detail: decoded items[]
inline constexpr char kLocked[] = "locked";
inline constexpr char kLockAge[] = "lock_age"; ///< seconds, null when not locked
inline constexpr char kLockCookie[] = "lock_cookie";
inline constexpr char kFlags[] = "flags";          ///< detail: the item's ExtraFlags
inline constexpr char kAbandoned[] = "abandoned";  ///< DELETE: the session was removed
inline constexpr char kWasLocked[] = "was_locked"; ///< DELETE: it was locked at the time
// the decoded items of one session (GET /v1/sessions/{app}/{id}; SessionStateUtility.Deserialize)
inline constexpr char kCompressed[] = "compressed";
inline constexpr char kDecodeError[] = "decode_error"; ///< instead of items: "byte N: ..."
inline constexpr char kStaticObjectsBytes[] = "static_objects_bytes";
inline constexpr char kItemKey[] = "key"; ///< null for the null key
inline constexpr char kType[] = "type";   ///< .NET type name
inline constexpr char kTypeId[] = "type_id";
inline constexpr char kValue[] = "value";       ///< display text
inline constexpr char kPreview[] = "preview";   ///< hex of the first 64 bytes (BinaryFormatter, undecodable)
inline constexpr char kClass[] = "class";       ///< BinaryFormatter class name
inline constexpr char kAssembly[] = "assembly"; ///< BinaryFormatter assembly name
inline constexpr char kRaw[] =
    "raw"; ///< base64 of the item's bytes (type id + payload), first kMaxRawItemBytes
// a page
inline constexpr char kSessions[] = "sessions";
inline constexpr char kNextCursor[] = "next_cursor"; ///< null on the last page
inline constexpr char kTotal[] = "total";            ///< sessions matching app and prefix
// an error answer
inline constexpr char kError[] = "error";
inline constexpr char kStatus[] = "status";
// a session event (session_start / session_end)
inline constexpr char kReason[] = "reason"; ///< "timed_out" | "abandoned"
inline constexpr char kTime[] = "time";
// GET /v1/stats and the "stats" event (the monitor reads these; "sessions" is kSessions there too)
inline constexpr char kVersion[] = "version";
inline constexpr char kUptimeSeconds[] = "uptime_seconds";
inline constexpr char kActive[] = "active"; ///< in "sessions": sessions stored now
inline constexpr char kMemory[] = "memory";
inline constexpr char kPayloadBytes[] = "payload_bytes";   ///< in "memory"
inline constexpr char kOverheadBytes[] = "overhead_bytes"; ///< in "memory"
inline constexpr char kRssBytes[] = "rss_bytes";           ///< in "memory"
inline constexpr char kRates[] = "rates"; ///< stats event: per-second rates keyed like metricKey()
// What a Redis session store (redis/redissessionstore.h) adds. A row: the provider's layout and the data
// key's TTL; "created" is null there (Redis keeps no creation time).
inline constexpr char kStore[] = "store";     ///< stats: "redis" (absent for sessionstated)
inline constexpr char kLayout[] = "layout";   ///< row: "v5", "v2-v4" or "v1" (providerlayout.h)
inline constexpr char kLayouts[] = "layouts"; ///< detail: every layout holding this session (an upgrade)
inline constexpr char kTtl[] = "ttl";         ///< row: seconds the data key has left; -1: no expiry
inline constexpr char kTimeoutStored[] = "timeout_stored"; ///< row: false: no timeout key (timeout 0)
inline constexpr char kLockId[] = "lock_id";   ///< row: the lock key's value (DateTime.Now.Ticks, local)
inline constexpr char kLockTtl[] = "lock_ttl"; ///< row: seconds the lock key has left (request timeout)
inline constexpr char kSorted[] = "sorted";    ///< page: false: rows in SCAN order, sort and order ignored
inline constexpr char kTotalExact[] = "total_exact"; ///< page: false: "total" is an estimate or a floor
inline constexpr char kForced[] = "forced";          ///< abandon: a held lock was overridden
inline constexpr char kKind[] = "kind";              ///< stats: "standalone", "sentinel" or "cluster"
inline constexpr char kEndpoint[] = "endpoint";      ///< stats: the store URL without its password
inline constexpr char kExact[] = "exact"; ///< stats "sessions": counted by a full SCAN (else sampled)
inline constexpr char kScannedKeys[] = "scanned_keys";      ///< stats "sessions": keys the SCAN saw
inline constexpr char kDbKeys[] = "db_keys";                ///< stats "sessions": DBSIZE, all nodes
inline constexpr char kOldestLockAge[] = "oldest_lock_age"; ///< stats "sessions": seconds, or null
inline constexpr char kApplications[] = "applications";     ///< stats: [{app, layout, sessions, locked}]
inline constexpr char kNodes[] = "nodes"; ///< stats: per data node (cluster: per master) {address, ...}
inline constexpr char kAddress[] = "address";
inline constexpr char kRedis[] = "redis";         ///< stats: INFO fields, summed over cluster masters (below)
inline constexpr char kEvents[] = "events";       ///< stats: failovers and redirections the client followed
inline constexpr char kFailovers[] = "failovers"; ///< stats: Sentinel failovers followed
inline constexpr char kRedirections[] = "redirections"; ///< stats: cluster MOVED redirections followed
/// Fields of stats "redis" (and of each node), named as Redis's INFO names them.
namespace info {
inline constexpr char kVersion[] = "redis_version";
inline constexpr char kRole[] = "role";
inline constexpr char kUsedMemory[] = "used_memory";
inline constexpr char kUsedMemoryRss[] = "used_memory_rss";
inline constexpr char kUsedMemoryDataset[] = "used_memory_dataset";
inline constexpr char kMaxMemory[] = "maxmemory";
inline constexpr char kMaxMemoryPolicy[] = "maxmemory_policy";
inline constexpr char kEvictedKeys[] = "evicted_keys";
inline constexpr char kExpiredKeys[] = "expired_keys";
inline constexpr char kCommands[] = "total_commands_processed";
inline constexpr char kOpsPerSec[] = "instantaneous_ops_per_sec";
inline constexpr char kClients[] = "connected_clients";
inline constexpr char kHits[] = "keyspace_hits";
inline constexpr char kMisses[] = "keyspace_misses";
inline constexpr char kReplicas[] = "connected_slaves";
inline constexpr char kAofEnabled[] = "aof_enabled";
inline constexpr char kRdbChanges[] = "rdb_changes_since_last_save";
inline constexpr char kRdbLastSave[] = "rdb_last_save_time";
inline constexpr char kSave[] = "save";               ///< CONFIG GET save; null when CONFIG is refused
inline constexpr char kPersistence[] = "persistence"; ///< "aof", "rdb", "aof+rdb", "off" or "unknown"
inline constexpr char kEvalsha[] = "evalsha";         ///< INFO commandstats: {calls, usec_per_call}
inline constexpr char kEval[] = "eval";
inline constexpr char kCalls[] = "calls";
inline constexpr char kUsecPerCall[] = "usec_per_call";
} // namespace info
} // namespace field

/// Names of the server-sent events on /v1/events.
namespace event {
inline constexpr char kStats[] = "stats";
inline constexpr char kSessionStart[] = "session_start";
inline constexpr char kSessionEnd[] = "session_end";
inline constexpr char kDropped[] = "dropped";
} // namespace event

/// A contract name as a QString key, e.g. key(field::kLastAccess) for QJsonObject::value().
inline QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// ---------------------------------------------------------------------------------------- the token

/// Default admin token path: `<persistFile>.admin-token` beside the --persist database; without one,
/// `$STATE_DIRECTORY/admin-token` (systemd), else `$XDG_STATE_HOME/sessionstated/admin-token`, else
/// `~/.local/state/sessionstated/admin-token`.
QString defaultTokenPath(const QString &persistFile = {});

// ------------------------------------------------------------------------------------------- sessions

/// What GET /v1/sessions sorts by.
enum class SessionSort
{
    LastAccess, ///< expires - timeout: the last request that slid the expiry (the default)
    Expires,
    Size, ///< stored content bytes
};

/// The wire name of `s`: "last_access", "expires", "size".
QString sortName(SessionSort s);
/// Parses a wire name; std::nullopt for anything else.
std::optional<SessionSort> parseSort(const QString &name);

/// What one page asks for (GET /v1/sessions).
struct SessionQuery
{
    QString app;    ///< exact application id with its hash suffix; empty = all
    QString prefix; ///< session id prefix; empty = all
    SessionSort sort = SessionSort::LastAccess;
    bool descending = true;
    QString cursor;               ///< next_cursor of the previous page; empty = first page
    int limit = kDefaultPageSize; ///< rows, 1..kMaxPageSize

    /// The query string the client sends (empty values left out; app and prefix percent-encoded whole,
    /// since application hashes hold '+' and '/').
    QUrlQuery toUrlQuery() const;
    /// Reads a request's query string. Returns std::nullopt with `error` ("sort is last_access, expires or
    /// size, not 'x'", "order is asc or desc...", "limit is 1..1000") for a bad value.
    static std::optional<SessionQuery> fromUrlQuery(const QUrlQuery &query, QString *error);
};

/// One session as the API lists it (no content).
struct SessionRow
{
    QString app, id;
    qint64 createdUnixMs = 0, lastAccessUnixMs = 0, expiresUnixMs = 0;
    int timeoutMinutes = 0;
    qint64 bytes = 0;
    int items = -1; ///< -1 when unknown (not SessionStateUtility bytes, or not sent)
    bool locked = false;
    qint64 lockAgeSeconds = 0; ///< 0 when not locked
    int lockCookie = 0;

    /// The row's JSON (times as ISO 8601 UTC with ms; lock_age null when unlocked; items only when >= 0).
    QJsonObject toJson() const;
    /// Reads a row; a missing or bad field reads as its default (items -1 when null or absent).
    static SessionRow fromJson(const QJsonObject &o);
};

/// One page of GET /v1/sessions.
struct SessionPage
{
    QList<SessionRow> rows;
    QString nextCursor; ///< empty on the last page
    qint64 total = 0;   ///< sessions matching app and prefix, whatever the cursor
    bool sorted = true; ///< false: the store ignored sort and order (a Redis SCAN page, field::kSorted)

    QJsonObject toJson() const;
    static SessionPage fromJson(const QJsonObject &o);
};

/// An ISO 8601 UTC time with milliseconds, as every time field is written.
QString isoTime(qint64 unixMs);
/// Reads such a time; 0 when `text` is not one.
qint64 parseIsoTime(const QString &text);

} // namespace sd::admin
