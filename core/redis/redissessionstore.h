// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The AdminService over a Redis that Microsoft.Web.RedisSessionStateProvider writes to (layouts v1, v2-v4,
// v5; redis/providerlayout.h): stats from INFO and a bounded SCAN, session pages by SCAN cursor, one
// session with its items decoded, abandon and reset timeout with the provider's scripts' semantics. The
// answers use admincontract.h's names, so the monitor's models, the session browser and sessionctl read a
// Redis store as they read sessionstated. Read-only browsing never takes the provider's lock: it uses plain
// GET/STRLEN/HGETALL/PTTL only.

#include "client/adminservice.h"
#include "redis/redisclient.h"
#include "redis/redisendpoint.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace sd {

/**
 * The store's work, synchronous (one thread at a time; RedisSessionStore runs it on a worker thread and
 * sessionctl through that). Each call connects when not connected and returns the AdminResult the
 * AdminService hands out: httpStatus 200 with the JSON; 400 for a bad cursor; 404 for an unknown session;
 * 409 for an abandon refused by a held lock or a reset without a stored timeout; 401 when Redis refuses
 * AUTH; 502 for another Redis error answer; 0 (with networkError) when no node answered.
 */
class RedisStoreBrowser
{
public:
    explicit RedisStoreBrowser(RedisEndpoint endpoint);
    ~RedisStoreBrowser();

    /// Stops a call in progress early (the flag is the caller's).
    void setCancelFlag(const std::atomic<bool> *cancel);
    /// Most keys the stats SCAN reads (over all nodes) before it estimates instead of counting (default
    /// 100,000); 0 skips the count.
    void setStatsScanCap(qint64 keys) { m_statsScanCap = keys; }
    /// Most SCAN calls one page may make (default 200), so that a filter matching little on a big store
    /// answers a short page with a cursor instead of walking everything.
    void setPageScanCalls(int calls) { m_pageScanCalls = calls; }

    /// The stats object (admincontract "store": "redis"; see docs/redis.md).
    AdminResult stats();
    /// One page: rows in SCAN order (the query's sort and order are not possible on Redis: "sorted" false).
    AdminResult sessions(const admin::SessionQuery &query);
    /// One session's row with its items decoded ("layouts" lists every layout that holds it).
    AdminResult session(const QString &app, const QString &id);
    /// Deletes data, timeout and lock keys (the provider's removeSessionScript) in one script; refuses with
    /// 409 while a lock is held unless `force`.
    AdminResult abandon(const QString &app, const QString &id, bool force);
    /// Re-EXPIREs data and timeout keys with the stored timeout (updateExpiryTimeScript); 409 when no timeout
    /// is stored (the provider would use its configured one, which the store cannot know).
    AdminResult touch(const QString &app, const QString &id);

    /// The connection(s) behind the browser (for tests and diagnostics).
    RedisClient &client() { return m_client; }

private:
    RedisClient m_client;
    qint64 m_statsScanCap = 100000;
    int m_pageScanCalls = 200;
};

/**
 * The AdminService for a Redis session store. Every call is queued to a worker thread that owns the
 * connections (RedisStoreBrowser); `done` runs on this object's thread, only while `context` is alive.
 * Calls are answered in the order they were made. The destructor cancels a call in progress and waits for
 * the worker (at most the connect timeout).
 */
class RedisSessionStore : public AdminService
{
    Q_OBJECT

public:
    explicit RedisSessionStore(RedisEndpoint endpoint, QObject *parent = nullptr);
    ~RedisSessionStore() override;

    /// The store's URL, parsed.
    const RedisEndpoint &endpoint() const { return m_endpoint; }
    /// See RedisStoreBrowser::setStatsScanCap(); applies to the following calls.
    void setStatsScanCap(qint64 keys);

    /// RedisStoreBrowser::stats() on the worker thread.
    void stats(QObject *context, Callback done) override;
    /// RedisStoreBrowser::sessions(): rows in SCAN order, "sorted" false.
    void sessions(const admin::SessionQuery &query, QObject *context, Callback done) override;
    /// RedisStoreBrowser::session(): the row with its items decoded.
    void session(const QString &app, const QString &id, QObject *context, Callback done) override;
    /// Refused with 409 while the provider's lock is held (see abandonForced()).
    void abandon(const QString &app, const QString &id, QObject *context, Callback done) override;
    /// Deletes the session even while its lock is held ("forced": true in the answer).
    void abandonForced(const QString &app, const QString &id, QObject *context, Callback done) override;
    /// RedisStoreBrowser::touch(): re-EXPIRE with the stored timeout.
    void touch(const QString &app, const QString &id, QObject *context, Callback done) override;

private:
    void post(std::function<AdminResult(RedisStoreBrowser &)> work, QObject *context, Callback done);

    const RedisEndpoint m_endpoint;
    QThread m_thread;
    QObject *m_worker = nullptr; ///< lives on m_thread, owns the RedisStoreBrowser
    std::atomic<bool> m_cancel{false};
    std::atomic<qint64> m_statsScanCap{100000};
};

} // namespace sd
