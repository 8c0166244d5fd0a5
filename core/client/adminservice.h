// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The asynchronous admin API calls (docs/admin-api.md) the monitor's models and widgets need, as an
// interface over a session store: AdminClient implements it over sessionstated's HTTP admin API,
// RedisSessionStore (redis/redissessionstore.h) over Redis; tests implement it over an in-memory list.

#include "client/admincontract.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QString>

#include <functional>

namespace sd {

/// The answer to one admin API call. `httpStatus` is 0 when there was no HTTP answer at all.
struct AdminResult
{
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; ///< e.g. ConnectionRefusedError
    QJsonObject json;
    QString error; ///< empty on success (2xx with a JSON object); else what went wrong and what to do
    bool ok() const { return error.isEmpty(); }
};

/**
 * The admin API's session and stats calls. Every call returns at once; `done` runs later on the service's
 * thread, and only while `context` is alive (Qt's context-object rule), so an answer that arrives after its
 * widget or model is gone is dropped.
 */
class AdminService : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const AdminResult &)>;

    explicit AdminService(QObject *parent = nullptr);
    ~AdminService() override;

    /// GET /v1/stats.
    virtual void stats(QObject *context, Callback done) = 0;
    /// GET /v1/sessions with `query` (answer: sessions[], next_cursor, total; admin::SessionPage).
    virtual void sessions(const admin::SessionQuery &query, QObject *context, Callback done) = 0;
    /// GET /v1/sessions/{app}/{id}: the row with decoded items.
    virtual void session(const QString &app, const QString &id, QObject *context, Callback done) = 0;
    /// DELETE /v1/sessions/{app}/{id}: abandon. sessionstated's abandon wins over a lock (and raises
    /// Session_End); a store that respects the provider's lock (RedisSessionStore) answers 409 for a session
    /// a request holds locked, and abandonForced() removes it anyway.
    virtual void abandon(const QString &app, const QString &id, QObject *context, Callback done) = 0;
    /// Abandon even while a request holds the session's lock. This default calls abandon(), which is right
    /// for every store whose abandon already wins over a lock (sessionstated).
    virtual void abandonForced(const QString &app, const QString &id, QObject *context, Callback done);
    /// POST /v1/sessions/{app}/{id}/touch: ResetItemTimeout.
    virtual void touch(const QString &app, const QString &id, QObject *context, Callback done) = 0;
};

} // namespace sd
