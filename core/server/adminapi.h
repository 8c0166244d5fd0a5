// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// sessionstated's admin API: HTTP/1.1 + JSON on its own listener (default 127.0.0.1:42425), every request
// authenticated with a bearer token. Endpoints: GET /v1/stats, GET /v1/sessions (cursor-paged),
// GET|DELETE /v1/sessions/{app}/{id}, POST /v1/sessions/{app}/{id}/touch, GET /v1/events (server-sent
// events) and GET /metrics (Prometheus text format 0.0.4). See docs/admin-api.md.
//
// The server runs on a Qt event loop of its own thread (sessionstated runs it on the main thread while the
// protocol workers run elsewhere): listing and sampling only take the store's shard locks one shard at a
// time, so the protocol listener is never stalled for longer than one shard scan.

#include "client/admincontract.h"
#include "server/admintoken.h"     // loadOrCreateAdminToken, bearerMatches (re-exported)
#include "server/sessionlisting.h" // listSessions, splitSessionKey, sessionRow, decodedItemsJson (re-exported)
#include "server/stateserver.h"
#include "stateproto/sessionstore.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <cstdint>
#include <deque>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace sd {

struct HttpRequest;

// ------------------------------------------------------------------------------------- the server

/// Where and how the admin API listens.
struct AdminOptions
{
    QString bind = QStringLiteral("127.0.0.1");
    quint16 port = 42425; ///< 0 = ephemeral (see AdminServer::port())
    QByteArray token;     ///< the bearer token every request must carry
    int maxConnections = 64;
    int maxEventStreams = 16;
    qint64 maxStreamBacklogBytes =
        qint64(64) * 1024;       ///< an events client further behind gets samples dropped
    int maxQueuedEvents = 65536; ///< session events waiting for the next 100 ms broadcast
};

/// What /v1/stats reports besides the counters.
struct AdminServerInfo
{
    ServerOptions server; ///< limits and bind address of the protocol listener
    QString persistFile;  ///< empty without --persist
    QString sync;         ///< "batched" or "full" with --persist
    std::int64_t startedUnixMs = 0;
};

/// The admin API server. Lives in the thread that creates it; listen() there, then let its event loop run.
/// publishSessionStart/End may be called from any thread (they are the store's Session_Start/End hooks).
class AdminServer : public QObject
{
    Q_OBJECT
public:
    AdminServer(SessionStore &store, const ServerCounters *counters, AdminServerInfo info,
                AdminOptions options, QObject *parent = nullptr);
    ~AdminServer() override;

    /// Binds; false with `error` ("cannot listen on 127.0.0.1:42425: address in use").
    bool listen(QString *error);
    quint16 port() const;

    /// Queues a session_start event for /v1/events subscribers (cheap no-op without subscribers).
    void publishSessionStart(const std::string &key);
    /// Queues a session_end event with reason "timed_out" or "abandoned".
    void publishSessionEnd(const std::string &key, EndReason reason);

    /// The /v1/stats document (no rates).
    QJsonObject stats() const;
    /// The /metrics document (Prometheus text exposition format 0.0.4).
    QByteArray metrics() const;

private:
    struct Conn;
    struct PendingEvent
    {
        bool start;
        EndReason reason;
        std::string key;
        std::int64_t unixMs;
    };
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(Conn &c, const HttpRequest &r);
    void respond(Conn &c, int status, const QByteArray &contentType, const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void respondJson(Conn &c, int status, const QJsonObject &o,
                     const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    /// {"error": message, "status": status} (the contract's error answer).
    void respondError(Conn &c, int status, const QString &message,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void handleSessions(Conn &c, const HttpRequest &r);
    void handleSession(Conn &c, const HttpRequest &r, const std::string &key, bool touch);
    void startEventStream(Conn &c);
    void writeEvent(Conn &c, const QByteArray &event, const QByteArray &data, bool isSample);
    void sampleTick();
    void drainEvents();
    void publish(PendingEvent e);

    SessionStore &m_store;
    const ServerCounters *m_counters;
    AdminServerInfo m_info;
    AdminOptions m_options;
    QTcpServer *m_server = nullptr;
    QTimer *m_sampleTimer = nullptr;
    QTimer *m_drainTimer = nullptr;
    QHash<QTcpSocket *, Conn *> m_conns;
    std::vector<Conn *> m_streams;

    // Rates: the previous sample's cumulative figures.
    struct Cumulative
    {
        std::int64_t requests = 0, started = 0, timedOut = 0, abandoned = 0, bytesIn = 0, bytesOut = 0,
                     lockContention = 0;
    };
    Cumulative cumulative() const;
    Cumulative m_last;
    QElapsedTimer m_lastAt;

    std::atomic<int> m_subscribers{0};
    std::mutex m_eventsMutex;
    std::deque<PendingEvent> m_events;
    std::int64_t m_eventsDropped = 0; ///< guarded by m_eventsMutex: lost because the queue was full
};

} // namespace sd
