// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/adminapi.h"

#include "aspnet/sessiondata.h"
#include "server/adminhttp.h"
#include "server/adminroutes.h"
#include "server/prometheus.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>

namespace sd {

namespace {

constexpr qsizetype kMaxRequestHead = qsizetype(16) * 1024;
constexpr qint64 kMaxRequestBody = qint64(64) * 1024;

} // namespace

// ------------------------------------------------------------------------------------- the server

struct AdminServer::Conn
{
    QTcpSocket *socket = nullptr;
    QByteArray buffer;
    bool stream = false; ///< serving /v1/events: no more requests are read
    bool closing = false;
    std::int64_t droppedSamples = 0, droppedEvents = 0;
};

AdminServer::AdminServer(SessionStore &store, const ServerCounters *counters, AdminServerInfo info,
                         AdminOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_counters(counters), m_info(std::move(info)),
      m_options(std::move(options)), m_server(new QTcpServer(this)), m_sampleTimer(new QTimer(this)),
      m_drainTimer(new QTimer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &AdminServer::onNewConnection);
    m_sampleTimer->setInterval(1000);
    connect(m_sampleTimer, &QTimer::timeout, this, &AdminServer::sampleTick);
    m_drainTimer->setInterval(100);
    connect(m_drainTimer, &QTimer::timeout, this, &AdminServer::drainEvents);
    m_last = cumulative();
    m_lastAt.start();
}

AdminServer::~AdminServer()
{
    for (Conn *c : std::as_const(m_conns)) {
        delete c;
    }
}

bool AdminServer::listen(QString *error)
{
    QHostAddress addr;
    if (!addr.setAddress(m_options.bind)) {
        if (error) {
            *error = QStringLiteral("'%1' is not an IPv4 or IPv6 address").arg(m_options.bind);
        }
        return false;
    }
    m_server->setMaxPendingConnections(m_options.maxConnections);
    if (!m_server->listen(addr, m_options.port)) {
        if (error) {
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_options.bind)
                         .arg(m_options.port)
                         .arg(m_server->errorString());
        }
        return false;
    }
    m_sampleTimer->start();
    m_lastAt.restart();
    m_last = cumulative();
    return true;
}

quint16 AdminServer::port() const
{
    return m_server->serverPort();
}

void AdminServer::onNewConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        if (m_conns.size() >= m_options.maxConnections) {
            s->write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            continue;
        }
        auto *c = new Conn;
        c->socket = s;
        m_conns.insert(s, c);
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            Conn *c = m_conns.take(s);
            if (c) {
                if (c->stream) {
                    m_streams.erase(std::remove(m_streams.begin(), m_streams.end(), c), m_streams.end());
                    --m_subscribers;
                }
                delete c;
            }
            s->deleteLater();
        });
    }
}

void AdminServer::onReadyRead(QTcpSocket *socket)
{
    Conn *c = m_conns.value(socket);
    if (!c) {
        return;
    }
    if (c->stream || c->closing) {
        socket->readAll(); // an events client has nothing more to say
        return;
    }
    c->buffer += socket->readAll();
    while (!c->closing && !c->stream) {
        HttpParse parsed = parseHttpRequest(c->buffer, kMaxRequestHead, kMaxRequestBody);
        if (parsed.state == HttpParse::State::Incomplete) {
            return;
        }
        if (parsed.state == HttpParse::State::Error) {
            c->closing = true;
            respondError(*c, parsed.errorStatus, parsed.errorMessage);
            return;
        }
        c->buffer.remove(0, parsed.consumed);
        if (!parsed.request.keepAlive) {
            c->closing = true;
        }
        handle(*c, parsed.request);
    }
}

void AdminServer::respond(Conn &c, int status, const QByteArray &contentType, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    c.socket->write(httpResponse(status, contentType, body, extraHeaders, c.closing));
    if (c.closing) {
        c.socket->disconnectFromHost();
    }
}

void AdminServer::respondJson(Conn &c, int status, const QJsonObject &o,
                              const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    respond(c, status, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n',
            extraHeaders);
}

void AdminServer::respondError(Conn &c, int status, const QString &message,
                               const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    respondJson(c, status,
                {{admin::key(admin::field::kError), message}, {admin::key(admin::field::kStatus), status}},
                extraHeaders);
}

void AdminServer::handle(Conn &c, const HttpRequest &r)
{
    if (!bearerMatches(r.headers.value("authorization"), m_options.token)) {
        return respondError(c, 401, QStringLiteral("missing or wrong bearer token (see --admin-token-file)"),
                            {{"WWW-Authenticate", "Bearer realm=\"sessionstated\""}});
    }
    const AdminRoute route = routeAdminRequest(r.method, r.path);
    using Endpoint = AdminRoute::Endpoint;
    if (route.endpoint == Endpoint::Unknown) {
        return respondError(
            c, 404, QStringLiteral("no such endpoint; try /v1/stats, /v1/sessions, /v1/events or /metrics"));
    }
    if (route.endpoint == Endpoint::NoSuchSub) {
        return respondError(c, 404, QStringLiteral("no such endpoint"));
    }
    if (!route.methodAllowed) {
        return respondError(c, 405, QStringLiteral("method not allowed"), {{"Allow", route.allow}});
    }
    switch (route.endpoint) {
    case Endpoint::Metrics:
        return respond(c, 200, "text/plain; version=0.0.4; charset=utf-8", metrics());
    case Endpoint::Stats:
        return respondJson(c, 200, stats());
    case Endpoint::Events:
        return startEventStream(c);
    case Endpoint::Sessions:
        return handleSessions(c, r);
    case Endpoint::Session:
    case Endpoint::Touch:
        return handleSession(c, r, route.key, route.endpoint == Endpoint::Touch);
    case Endpoint::NoSuchSub:
    case Endpoint::Unknown:
        break;
    }
}

namespace {

/// Number of items in SessionStateUtility bytes without decoding values; -1 when not decodable.
int itemCount(const std::string &content)
{
    const auto data = decodeSessionState(QByteArray::fromRawData(content.data(), qsizetype(content.size())));
    return data ? int(data->items.size()) : -1;
}

} // namespace

void AdminServer::handleSessions(Conn &c, const HttpRequest &r)
{
    QString error;
    const auto query = admin::SessionQuery::fromUrlQuery(QUrlQuery(QString::fromUtf8(r.query)), &error);
    if (!query) {
        return respondError(c, 400, error);
    }
    const auto page = listSessions(m_store, *query, m_store.now(), &error);
    if (!page) {
        return respondError(c, 400, error);
    }
    QJsonObject o = page->toJson();
    QJsonArray rows = o.value(admin::key(admin::field::kSessions)).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) { // items: a count, -1 when undecodable, null when gone
        const admin::SessionRow &row = page->rows.at(i);
        QJsonObject json = rows.at(i).toObject();
        const auto snap = m_store.snapshot((row.app + u'/' + row.id).toStdString());
        json.insert(admin::key(admin::field::kItems),
                    snap ? QJsonValue(itemCount(snap->content)) : QJsonValue());
        rows.replace(i, json);
    }
    o.insert(admin::key(admin::field::kSessions), rows);
    respondJson(c, 200, o);
}

void AdminServer::handleSession(Conn &c, const HttpRequest &r, const std::string &key, bool touch)
{
    auto snapshotJson = [this](const SessionSnapshot &s) {
        return sessionRow(s.view(), m_store.now()).toJson();
    };
    const auto notFound = [&] {
        respondError(c, 404, QStringLiteral("no session %1").arg(QString::fromStdString(key)));
    };
    if (touch) {
        if (m_store.resetItemTimeout(key).status != 200) {
            return notFound();
        }
        const auto s = m_store.snapshot(key);
        if (!s) {
            return notFound();
        }
        return respondJson(c, 200, snapshotJson(*s));
    }
    auto s = m_store.snapshot(key);
    if (!s) {
        return notFound();
    }
    if (r.method == "DELETE") {
        // An admin's abandon wins over a lock: use the holder's cookie, as Session.Abandon in that request
        // would have. Counted as abandoned and raises Session_End (SessionStore::removeItem).
        StoreResult res = m_store.removeItem(key, s->lockCookie);
        if (res.status == 423) { // relocked in between: one more try with the new cookie
            if (auto again = m_store.snapshot(key)) {
                res = m_store.removeItem(key, again->lockCookie);
            }
        }
        if (res.status == 404) {
            return notFound();
        }
        QJsonObject o = snapshotJson(*s);
        o.insert(admin::key(admin::field::kAbandoned), res.status == 200);
        o.insert(admin::key(admin::field::kWasLocked), s->locked);
        return respondJson(c, res.status == 200 ? 200 : 409, o);
    }
    QJsonObject o = snapshotJson(*s);
    const QJsonObject decoded =
        decodedItemsJson(QByteArray::fromRawData(s->content.data(), qsizetype(s->content.size())));
    for (auto it = decoded.begin(); it != decoded.end(); ++it) {
        // The server's own fields win: the timeout written inside the session data (SessionStateUtility)
        // is what the application wrote last, while the store's is the one expiry runs on.
        if (!o.contains(it.key())) {
            o.insert(it.key(), it.value());
        }
    }
    if (!decoded.contains(admin::key(admin::field::kItems))) {
        o.insert(admin::key(admin::field::kItems), QJsonValue());
    }
    o.insert(admin::key(admin::field::kFlags), s->extraFlags);
    respondJson(c, 200, o);
}

// ------------------------------------------------------------------------------------- stats and metrics

AdminServer::Cumulative AdminServer::cumulative() const
{
    Cumulative c;
    const StoreCounters &sc = m_store.counters();
    c.started = sc.sessionsTotal.load();
    c.timedOut = sc.sessionsTimedOut.load();
    c.abandoned = sc.sessionsAbandoned.load();
    c.lockContention = sc.lockContention.load();
    if (m_counters) {
        for (const auto &verb : m_counters->requests) {
            for (const auto &n : verb) {
                c.requests += n.load();
            }
        }
        c.bytesIn = m_counters->bytesIn.load();
        c.bytesOut = m_counters->bytesOut.load();
    }
    return c;
}

QJsonObject AdminServer::stats() const
{
    const StoreCounters &sc = m_store.counters();
    QJsonObject byVerb;
    std::int64_t requestsTotal = 0;
    std::int64_t protocolErrors = 0, bytesIn = 0, bytesOut = 0, open = 0, total = 0, refused = 0;
    if (m_counters) {
        for (std::size_t v = 0; v < m_counters->requests.size(); ++v) {
            QJsonObject byStatus;
            for (std::size_t s = 0; s < m_counters->requests[v].size(); ++s) {
                const std::int64_t n = m_counters->requests[v][s].load();
                requestsTotal += n;
                byStatus.insert(QLatin1String(kStatusLabels[s]), qint64(n));
            }
            byVerb.insert(QLatin1String(kVerbLabels[v]), byStatus);
        }
        protocolErrors = m_counters->protocolErrors.load();
        bytesIn = m_counters->bytesIn.load();
        bytesOut = m_counters->bytesOut.load();
        open = m_counters->connectionsOpen.load();
        total = m_counters->connectionsTotal.load();
        refused = m_counters->connectionsRefused.load();
    }
    const std::int64_t now = m_store.now();
    const ServerOptions &so = m_info.server;
    QJsonObject o{
        {QStringLiteral("version"), QStringLiteral(SESSIONDESK_VERSION)},
        {QStringLiteral("aspnet_version"), QString::fromUtf8(QByteArrayView(proto::kAspNetVersion))},
        {QStringLiteral("time"), admin::isoTime(now)},
        {QStringLiteral("started"), admin::isoTime(m_info.startedUnixMs)},
        {QStringLiteral("uptime_seconds"), double(now - m_info.startedUnixMs) / 1000.0},
        {QStringLiteral("sessions"),
         QJsonObject{{QStringLiteral("active"), qint64(sc.sessionsActive.load())},
                     {QStringLiteral("total"), qint64(sc.sessionsTotal.load())},
                     {QStringLiteral("abandoned"), qint64(sc.sessionsAbandoned.load())},
                     {QStringLiteral("timed_out"), qint64(sc.sessionsTimedOut.load())}}},
        {QStringLiteral("requests"),
         QJsonObject{{QStringLiteral("total"), qint64(requestsTotal)}, {QStringLiteral("by_verb"), byVerb}}},
        {QStringLiteral("lock_contention"), qint64(sc.lockContention.load())},
        {QStringLiteral("expirations"), qint64(sc.sessionsTimedOut.load())},
        {QStringLiteral("protocol_errors"), qint64(protocolErrors)},
        {QStringLiteral("bytes"),
         QJsonObject{{QStringLiteral("in"), qint64(bytesIn)}, {QStringLiteral("out"), qint64(bytesOut)}}},
        {QStringLiteral("connections"), QJsonObject{{QStringLiteral("open"), qint64(open)},
                                                    {QStringLiteral("total"), qint64(total)},
                                                    {QStringLiteral("refused"), qint64(refused)}}},
        {QStringLiteral("memory"),
         QJsonObject{{QStringLiteral("payload_bytes"), qint64(sc.payloadBytes.load())},
                     {QStringLiteral("overhead_bytes"), qint64(sc.overheadBytes.load())},
                     {QStringLiteral("rss_bytes"), qint64(residentBytes())}}},
        {QStringLiteral("limits"),
         QJsonObject{{QStringLiteral("bind"), QString::fromStdString(so.bind)},
                     {QStringLiteral("allow_remote"), so.allowRemote},
                     {QStringLiteral("socket_timeout_seconds"), so.socketTimeoutSeconds},
                     {QStringLiteral("max_connections"), qint64(so.maxConnections)},
                     {QStringLiteral("max_line_bytes"), qint64(so.limits.maxLineBytes)},
                     {QStringLiteral("max_headers"), qint64(so.limits.maxHeaders)},
                     {QStringLiteral("max_body_bytes"), qint64(so.limits.maxBodyBytes)},
                     {QStringLiteral("max_session_timeout_minutes"), kMaxTimeoutMinutes}}},
        {QStringLiteral("persist"), m_info.persistFile.isEmpty()
                                        ? QJsonValue()
                                        : QJsonValue(QJsonObject{{QStringLiteral("file"), m_info.persistFile},
                                                                 {QStringLiteral("sync"), m_info.sync}})},
    };
    return o;
}

QByteArray AdminServer::metrics() const
{
    return prometheusText(m_store.counters(), m_counters, m_info.startedUnixMs);
}

// ------------------------------------------------------------------------------------- events

void AdminServer::startEventStream(Conn &c)
{
    if (int(m_streams.size()) >= m_options.maxEventStreams) {
        return respondError(c, 503,
                            QStringLiteral("too many event streams (%1)").arg(m_options.maxEventStreams));
    }
    c.stream = true;
    c.buffer.clear();
    // A small kernel send buffer keeps the backlog a slow reader can build near maxStreamBacklogBytes.
    c.socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption,
                              int(m_options.maxStreamBacklogBytes));
    c.socket->write(
        "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
        "Connection: close\r\nX-Accel-Buffering: no\r\n\r\n"
        ": sessionstated events: 'stats' every second, 'session_start', 'session_end', 'dropped'\n"
        "retry: 2000\n\n");
    m_streams.push_back(&c);
    if (++m_subscribers == 1) {
        m_drainTimer->start();
    }
}

void AdminServer::writeEvent(Conn &c, const QByteArray &event, const QByteArray &data, bool isSample)
{
    if (c.socket->bytesToWrite() > m_options.maxStreamBacklogBytes) {
        ++(isSample ? c.droppedSamples : c.droppedEvents);
        return;
    }
    if (c.droppedSamples || c.droppedEvents) {
        c.socket->write(QByteArray("event: ") + admin::event::kDropped +
                        "\ndata: {\"samples\":" + QByteArray::number(qint64(c.droppedSamples)) +
                        ",\"events\":" + QByteArray::number(qint64(c.droppedEvents)) +
                        ",\"reason\":\"client too slow\"}\n\n");
        c.droppedSamples = c.droppedEvents = 0;
    }
    c.socket->write("event: " + event + "\ndata: " + data + "\n\n");
}

void AdminServer::sampleTick()
{
    const Cumulative now = cumulative();
    const double seconds = std::max(0.001, double(m_lastAt.restart()) / 1000.0);
    auto rate = [seconds](std::int64_t a, std::int64_t b) { return double(a - b) / seconds; };
    if (m_streams.empty()) {
        m_last = now;
        return;
    }
    QJsonObject sample = stats();
    sample.insert(QStringLiteral("interval_seconds"), seconds);
    sample.insert(
        QStringLiteral("rates"),
        QJsonObject{
            {QStringLiteral("requests_per_second"), rate(now.requests, m_last.requests)},
            {QStringLiteral("sessions_started_per_second"), rate(now.started, m_last.started)},
            {QStringLiteral("timed_out_per_second"), rate(now.timedOut, m_last.timedOut)},
            {QStringLiteral("abandoned_per_second"), rate(now.abandoned, m_last.abandoned)},
            {QStringLiteral("lock_contention_per_second"), rate(now.lockContention, m_last.lockContention)},
            {QStringLiteral("bytes_in_per_second"), rate(now.bytesIn, m_last.bytesIn)},
            {QStringLiteral("bytes_out_per_second"), rate(now.bytesOut, m_last.bytesOut)}});
    m_last = now;
    const QByteArray data = QJsonDocument(sample).toJson(QJsonDocument::Compact);
    for (Conn *c : m_streams) {
        writeEvent(*c, admin::event::kStats, data, true);
    }
}

void AdminServer::publish(PendingEvent e)
{
    if (m_subscribers.load(std::memory_order_relaxed) == 0) {
        return;
    }
    std::lock_guard lock(m_eventsMutex);
    if (int(m_events.size()) >= m_options.maxQueuedEvents) {
        ++m_eventsDropped;
        return;
    }
    m_events.push_back(std::move(e));
}

void AdminServer::publishSessionStart(const std::string &key)
{
    if (m_subscribers.load(std::memory_order_relaxed) == 0) {
        return;
    }
    publish({true, EndReason::Abandoned, key, m_store.now()});
}

void AdminServer::publishSessionEnd(const std::string &key, EndReason reason)
{
    if (m_subscribers.load(std::memory_order_relaxed) == 0) {
        return;
    }
    publish({false, reason, key, m_store.now()});
}

void AdminServer::drainEvents()
{
    std::deque<PendingEvent> events;
    std::int64_t lost = 0;
    {
        std::lock_guard lock(m_eventsMutex);
        events.swap(m_events);
        std::swap(lost, m_eventsDropped);
    }
    if (m_streams.empty()) {
        m_drainTimer->stop();
        return;
    }
    for (Conn *c : m_streams) {
        c->droppedEvents += lost;
    }
    for (const PendingEvent &e : events) {
        const auto [app, id] = splitSessionKey(e.key);
        QJsonObject o{{admin::key(admin::field::kApp), QString::fromUtf8(QByteArrayView(app))},
                      {admin::key(admin::field::kId), QString::fromUtf8(QByteArrayView(id))},
                      {admin::key(admin::field::kTime), admin::isoTime(e.unixMs)}};
        if (!e.start) {
            o.insert(admin::key(admin::field::kReason), e.reason == EndReason::TimedOut
                                                            ? QStringLiteral("timed_out")
                                                            : QStringLiteral("abandoned"));
        }
        const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Compact);
        for (Conn *c : m_streams) {
            writeEvent(*c, e.start ? admin::event::kSessionStart : admin::event::kSessionEnd, data, false);
        }
    }
}

} // namespace sd
