// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The step-by-step connectivity test of a state server (State Service protocol + admin API), of a Redis
// session store (redisconnectivity.cpp) or of a session database file, as an admin would do it by hand.

#include "monitor/connectionprofile.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace sd {

/// One step of a connectivity test.
struct ConnectivityStep
{
    enum class Verdict
    {
        Pass,
        Warn,
        Fail,
        Skipped,
    };
    QString name; ///< "Name resolution", "TCP connect", ...
    Verdict verdict = Verdict::Skipped;
    QString detail; ///< what was found ("127.0.0.1 (1 address)", "HTTP 401", ...)
    QString advice; ///< what to do when it did not pass; empty otherwise
    double elapsedMs = 0;
};

/// Verdict as a short word ("pass", "warn", "FAIL", "skipped").
QString verdictText(ConnectivityStep::Verdict v);

/**
 * Tests a state server step by step, as an admin would by hand, and reports each step through `step` as it
 * completes (called on the calling thread; run this off the UI thread, e.g. with QtConcurrent::run):
 *  1. name resolution of the host; 2. TCP connect within stateNetworkTimeout; 3. protocol handshake: a GET of
 *  a key that does not exist must answer 404 with X-AspNet-Version; 4. a write/read/remove round trip on a
 *  scratch key (skipped for read-only profiles); 5. admin API auth (GET /v1/stats with the token; skipped
 *  without a token file). A failed step skips the steps that depend on it. Stops early when `*cancel`.
 * Returns every step; the first failure's advice says what to do (service not running, remote connections
 * not allowed, wrong port, firewall, token refused).
 */
QList<ConnectivityStep> testStateServer(const ConnectionProfile &profile,
                                        const std::function<void(const ConnectivityStep &)> &step = {},
                                        const std::atomic<bool> *cancel = nullptr);

/**
 * Tests a Redis session store (a Redis profile's store URL and password) step by step, as the ASP.NET
 * RedisSessionStateProvider will use it, reporting each step through `step` as it completes (run it off the
 * UI thread): 1. name resolution of the URL's hosts; 2. TCP connect (the server, a sentinel, a seed node)
 * within connectTimeout; 3. TLS handshake (rediss:// or ssl=true; skipped otherwise); 4. Sentinel master
 * discovery (SENTINEL get-master-addr-by-name; redis-sentinel:// only); 5. AUTH (skipped without a
 * password); 6. PING (and SELECT of the URL's database); 7. ROLE: a replica fails (the provider writes);
 * 8. Cluster slots coverage (CLUSTER SLOTS: all 16384 slots, or the uncovered ranges; redis-cluster://
 * only); 9. SCRIPT LOAD of a no-op Lua script on every master (the provider runs EVAL/EVALSHA); 10. SET
 * (EX 30), GET and DEL of a scratch v5 data key {/sessiondesk-connectivity_ID}_SessionStateItemCollection
 * (skipped for a read-only profile). A failed step skips the ones after it. Stops early when `*cancel`.
 * Every step that fails carries advice (wrong password: check the password file; a replica: use
 * redis-sentinel://; ...). Facts: redis.io command reference (AUTH, ROLE, CLUSTER SLOTS, SCRIPT LOAD,
 * SENTINEL), docs/redis.md.
 */
QList<ConnectivityStep> testRedisStore(const ConnectionProfile &profile,
                                       const std::function<void(const ConnectivityStep &)> &step = {},
                                       const std::atomic<bool> *cancel = nullptr);

/**
 * Tests a session database file (a sessionstated --persist file or an ASPState-shaped SQLite database):
 * exists, is SQLite, schema recognised (ASPStateTempSessions with the SQL Server mode columns), writable
 * (file and folder permissions and a BEGIN IMMEDIATE that is rolled back). Nothing is changed.
 */
QList<ConnectivityStep> testSessionDatabase(const QString &path,
                                            const std::function<void(const ConnectivityStep &)> &step = {});

} // namespace sd
