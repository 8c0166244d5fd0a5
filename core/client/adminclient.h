// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Client side of sessionstated's admin API (docs/admin-api.md) for the desktop monitor: asynchronous JSON
// calls through QNetworkAccessManager and a reconnecting /v1/events (server-sent events) stream. Everything
// runs on the thread that owns the client; no call ever blocks.

#include "client/admincontract.h"
#include "client/adminservice.h"

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QTimer;
class QUrlQuery;

namespace sd {

/**
 * Incremental reader of a server-sent events stream (text/event-stream, as GET /v1/events writes it; WHATWG
 * HTML "server-sent events" field rules): feed() the bytes as they arrive; each event ends at a blank line
 * and is passed to `onEvent(name, data)`, with name "message" when it has no `event:` line and its `data:`
 * lines joined. Blocks with neither (comments, `retry:`) are skipped. When `onEvent` returns false, feed()
 * stops there and returns false.
 */
class SseReader
{
public:
    using Handler = std::function<bool(const QByteArray &event, const QByteArray &data)>;
    bool feed(const QByteArray &bytes, const Handler &onEvent);
    /// Bytes held while waiting for the end of an event (a stream that never ends one grows this).
    qsizetype pending() const { return m_buffer.size(); }
    void clear() { m_buffer.clear(); }

private:
    QByteArray m_buffer;
};

/**
 * Admin API client. `baseUrl` is e.g. "http://127.0.0.1:42425"; `token` is sent as "Authorization: Bearer".
 * Callbacks run on the client's thread and only while `context` is alive (Qt's context-object rule), so a
 * page that arrives after its widget or model is gone is dropped.
 */
class AdminClient : public AdminService
{
    Q_OBJECT

public:
    AdminClient(QUrl baseUrl, QByteArray token, QObject *parent = nullptr);
    ~AdminClient() override;

    QUrl baseUrl() const { return m_base; }
    /// Per-call limit in ms (default 15 s: a page over 1M sessions takes under 1 s on the server).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// GET /v1/stats.
    void stats(QObject *context, Callback done) override;
    /// GET /v1/sessions with `query` (answer: sessions[], next_cursor, total).
    void sessions(const admin::SessionQuery &query, QObject *context, Callback done) override;
    /// GET /v1/sessions/{app}/{id}: the row with decoded items.
    void session(const QString &app, const QString &id, QObject *context, Callback done) override;
    /// DELETE /v1/sessions/{app}/{id}: abandon (wins over a lock; raises Session_End).
    void abandon(const QString &app, const QString &id, QObject *context, Callback done) override;
    /// POST /v1/sessions/{app}/{id}/touch: ResetItemTimeout.
    void touch(const QString &app, const QString &id, QObject *context, Callback done) override;

    /// Opens GET /v1/events and keeps it open: on a drop or error it reconnects after `retryMs` (2 s).
    void startEvents();
    void stopEvents();
    bool eventsConnected() const { return m_eventsConnected; }

    /// The path of a session: /v1/sessions/{app}/{id} with both percent-encoded as one segment each.
    static QString sessionPath(const QString &app, const QString &id);
    /// What to tell the user for a failed reply: 401 = token refused, connection refused = not running...
    static QString explain(QNetworkReply *reply, const QUrl &base);

    int retryMs = 2000;

signals:
    /// A "stats" event (one a second): the /v1/stats object plus "rates" and "interval_seconds".
    void statsEvent(const QJsonObject &sample);
    /// "session_start" / "session_end" ({app, id, reason}) and "dropped" events.
    void sessionEvent(const QString &type, const QJsonObject &data);
    /// The event stream connected (`error` empty) or failed (`error` says why; a retry is scheduled).
    void eventsStateChanged(bool connected, const QString &error);

private:
    /// The URL of an API `path` ("/v1/stats"): the base URL's own path, if any, then `path`.
    QUrl urlFor(const QString &path) const;
    void call(const QByteArray &verb, const QString &path, const QUrlQuery &query, QObject *context,
              Callback done);
    void onEventsData();
    void onEventsFinished();

    QUrl m_base;
    QByteArray m_token;
    int m_timeoutMs = 15000;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_events;
    SseReader m_eventReader;
    QTimer *m_retry = nullptr;
    bool m_eventsWanted = false, m_eventsConnected = false;

public:
    /// What readEvents() reports once its stream is over: the AdminResult (httpStatus, networkError, and
    /// `error` as explain() words it) and the reply's own QNetworkReply::errorString().
    using EventsDone = std::function<void(const AdminResult &result, const QString &replyError)>;
    /**
     * One GET /v1/events for a command-line reader (sessionctl events, stats --watch): no reconnect and no
     * transfer timeout, unlike startEvents(). `onEvent` gets each event (SseReader) until it returns false,
     * which closes the stream. `done` runs once, while `context` is alive, when the stream ends, fails, is
     * closed by `onEvent` or is stopped with abort() on the returned reply (owned by this client).
     */
    QNetworkReply *readEvents(QObject *context, SseReader::Handler onEvent, EventsDone done);
};

} // namespace sd
