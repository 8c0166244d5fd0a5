// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/adminapi.h"
#include "base/crypto.h"
#include "stateproto/httpstatus.h"

#include "aspnet/sessiondata.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>


#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <unordered_set>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sd {

namespace {

constexpr qsizetype kMaxRequestHead = 16 * 1024;
constexpr qint64 kMaxRequestBody = 64 * 1024;

QString isoTime(std::int64_t unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

std::int64_t residentBytes()
{
    // /proc/self/statm: size resident shared ... in pages.
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * sysconf(_SC_PAGESIZE) : 0;
}

const char *const kVerbNames[] = {"GET", "PUT", "DELETE", "HEAD", "OTHER"};
const char *const kStatusNames[] = {"200", "400", "404", "423", "other"};

QByteArray toBase64Url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

// ------------------------------------------------------------------------------------- token handling

std::optional<QByteArray> loadOrCreateAdminToken(const QString &path, bool *created, QString *error)
{
    if (created)
        *created = false;
    auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return std::nullopt;
    };
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read admin token file %1: %2").arg(path, f.errorString()));
        const QByteArray token = f.read(4096).trimmed();
        if (token.isEmpty())
            return fail(QStringLiteral("admin token file %1 is empty").arg(path));
        if (token.contains('\n') || token.contains(' '))
            return fail(QStringLiteral("admin token file %1: the token must be one word on one line").arg(path));
        return token;
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return fail(QStringLiteral("cannot create the folder %1 for the admin token").arg(dir));
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    const std::optional<QByteArray> raw = randomBytes(32);
    if (!raw)
        return fail(QStringLiteral("OpenSSL RAND_bytes failed; no admin token created"));
    const QByteArray token = toBase64Url(*raw);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot create admin token file %1: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const QByteArray line = token + '\n';
    const bool ok = ::write(fd, line.constData(), std::size_t(line.size())) == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return fail(QStringLiteral("cannot write admin token file %1").arg(path));
    if (created)
        *created = true;
    return token;
}

bool bearerMatches(const QByteArray &authorizationHeader, const QByteArray &token)
{
    if (token.isEmpty())
        return false;
    const QByteArray expected = "Bearer " + token;
    return constantTimeEquals(authorizationHeader, expected);
}

// ------------------------------------------------------------------------------------- session listing

std::pair<std::string_view, std::string_view> splitSessionKey(std::string_view key)
{
    const auto slash = key.rfind('/');
    if (slash == std::string_view::npos)
        return {std::string_view(), key};
    return {key.substr(0, slash), key.substr(slash + 1)};
}

admin::SessionRow sessionRow(const SessionView &s, std::int64_t nowUnixMs)
{
    const auto [app, id] = splitSessionKey(s.key);
    admin::SessionRow row;
    row.app = fromStd(app);
    row.id = fromStd(id);
    row.createdUnixMs = s.createdUnixMs;
    row.lastAccessUnixMs = s.expiresUnixMs - std::int64_t(s.timeoutMinutes) * 60000;
    row.expiresUnixMs = s.expiresUnixMs;
    row.timeoutMinutes = s.timeoutMinutes;
    row.bytes = std::int64_t(s.content.size());
    row.locked = s.locked;
    row.lockAgeSeconds = s.locked ? std::max<std::int64_t>(0, (nowUnixMs - s.lockDateUnixMs) / 1000) : 0;
    row.lockCookie = s.lockCookie;
    return row;
}

namespace {

std::string encodeCursor(std::int64_t value, std::string_view key)
{
    QByteArray raw = QByteArray::number(qint64(value));
    raw += '\n';
    raw += QByteArray(key.data(), qsizetype(key.size()));
    return toBase64Url(raw).toStdString();
}

bool decodeCursor(const std::string &cursor, std::int64_t *value, std::string *key)
{
    const auto r = QByteArray::fromBase64Encoding(QByteArray::fromStdString(cursor),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return false;
    const qsizetype nl = r.decoded.indexOf('\n');
    if (nl <= 0)
        return false;
    bool ok = false;
    *value = r.decoded.left(nl).toLongLong(&ok);
    *key = r.decoded.mid(nl + 1).toStdString();
    return ok;
}

} // namespace

std::optional<admin::SessionPage> listSessions(const SessionStore &store, const admin::SessionQuery &query,
                                               std::int64_t nowUnixMs, QString *error)
{
    std::int64_t cursorValue = 0;
    std::string cursorKey;
    const bool hasCursor = !query.cursor.isEmpty();
    if (hasCursor && !decodeCursor(query.cursor.toStdString(), &cursorValue, &cursorKey)) {
        if (error)
            *error = QStringLiteral("cursor is not one this server gave out");
        return std::nullopt;
    }
    const std::string wantApp = query.app.toStdString(), wantPrefix = query.prefix.toStdString();
    const std::size_t limit = std::size_t(std::clamp(query.limit, 1, admin::kMaxPageSize));
    const bool desc = query.descending;
    // "a before b" in page order.
    auto before = [desc](std::int64_t av, std::string_view ak, std::int64_t bv, std::string_view bk) {
        if (av != bv)
            return desc ? av > bv : av < bv;
        return desc ? ak > bk : ak < bk;
    };
    struct Candidate
    {
        std::int64_t value;
        std::unique_ptr<std::string> key; ///< stable address for the string_views in inHeap
        SessionView view;                 ///< content left empty: only its size is kept
        std::size_t contentBytes;
    };
    // Max-heap by page order: the top is the last of the best rows kept so far.
    auto heapLess = [&before](const Candidate &a, const Candidate &b) {
        return before(a.value, *a.key, b.value, *b.key);
    };
    std::vector<Candidate> heap;
    heap.reserve(limit + 2);
    std::unordered_set<std::string_view> inHeap; // forEachInSteps may show a session twice
    admin::SessionPage page;
    const bool filtered = !wantApp.empty() || !wantPrefix.empty();
    store.forEachInSteps([&](const SessionView &s) {
        if (filtered) { // only then touch the key's bytes: a scan of millions is bound by cache misses
            const auto [app, id] = splitSessionKey(s.key);
            if (!wantApp.empty() && app != wantApp)
                return;
            if (!wantPrefix.empty() && id.substr(0, wantPrefix.size()) != wantPrefix)
                return;
        }
        ++page.total;
        const std::int64_t lastAccess = s.expiresUnixMs - std::int64_t(s.timeoutMinutes) * 60000;
        std::int64_t value = lastAccess;
        if (query.sort == admin::SessionSort::Expires)
            value = s.expiresUnixMs;
        else if (query.sort == admin::SessionSort::Size)
            value = std::int64_t(s.content.size());
        if (hasCursor && !before(cursorValue, cursorKey, value, s.key))
            return; // on an earlier page
        if (heap.size() > limit && !before(value, s.key, heap.front().value, *heap.front().key))
            return;
        if (inHeap.count(s.key))
            return;
        SessionView view = s;
        view.content = {};
        heap.push_back({value, std::make_unique<std::string>(s.key), view, s.content.size()});
        heap.back().view.key = *heap.back().key;
        inHeap.insert(*heap.back().key);
        std::push_heap(heap.begin(), heap.end(), heapLess);
        if (heap.size() > limit + 1) {
            std::pop_heap(heap.begin(), heap.end(), heapLess);
            inHeap.erase(*heap.back().key);
            heap.pop_back();
        }
    });
    std::sort_heap(heap.begin(), heap.end(), heapLess);
    const bool more = heap.size() > limit;
    if (more)
        heap.pop_back();
    page.rows.reserve(heap.size());
    for (const Candidate &c : heap) {
        admin::SessionRow row = sessionRow(c.view, nowUnixMs);
        row.bytes = std::int64_t(c.contentBytes);
        page.rows.push_back(std::move(row));
    }
    if (more && !heap.empty())
        page.nextCursor = QString::fromStdString(encodeCursor(heap.back().value, *heap.back().key));
    return page;
}

QJsonObject decodedItemsJson(const QByteArray &content)
{
    DecodeError e;
    const auto data = decodeSessionState(content, {}, &e);
    if (!data)
        return {{QStringLiteral("decode_error"), e.toString()}};
    QJsonArray items;
    for (const SessionItem &item : data->items) {
        const quint8 typeId = item.raw.isEmpty() ? 0 : quint8(item.raw[0]);
        QJsonObject o{{QStringLiteral("key"), item.nullKey ? QJsonValue() : QJsonValue(item.key)},
                      {QStringLiteral("type"), altTypeName(typeId)},
                      {QStringLiteral("type_id"), typeId},
                      {QStringLiteral("bytes"), qint64(item.raw.size())}};
        const auto v = decodeAltValue(item.raw);
        if (v && typeId != quint8(AltType::Object)) {
            o.insert(QStringLiteral("value"), v->display);
        } else {
            // BinaryFormatter (or undecodable) bytes: never deserialised, shown as hex.
            o.insert(QStringLiteral("preview"), QString::fromLatin1(item.raw.mid(1, 64).toHex(' ')));
            o.insert(QStringLiteral("value"), v ? v->display : QStringLiteral("(undecodable)"));
            if (v && !v->className.isEmpty())
                o.insert(QStringLiteral("class"), v->className);
            if (v && !v->assemblyName.isEmpty())
                o.insert(QStringLiteral("assembly"), v->assemblyName);
        }
        items.append(o);
    }
    QJsonObject r{{QStringLiteral("items"), items},
                  {QStringLiteral("compressed"), data->compressed},
                  {QStringLiteral("timeout"), data->timeout}};
    if (data->staticObjects)
        r.insert(QStringLiteral("static_objects_bytes"), qint64(data->staticObjects->size()));
    return r;
}

// ------------------------------------------------------------------------------------- the server

struct AdminServer::Request
{
    QByteArray method, path, query;
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased
    bool keepAlive = true;
};

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
    for (Conn *c : std::as_const(m_conns))
        delete c;
}

bool AdminServer::listen(QString *error)
{
    QHostAddress addr;
    if (!addr.setAddress(m_options.bind)) {
        if (error)
            *error = QStringLiteral("'%1' is not an IPv4 or IPv6 address").arg(m_options.bind);
        return false;
    }
    m_server->setMaxPendingConnections(m_options.maxConnections);
    if (!m_server->listen(addr, m_options.port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2: %3")
                         .arg(m_options.bind)
                         .arg(m_options.port)
                         .arg(m_server->errorString());
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
    if (!c)
        return;
    if (c->stream || c->closing) {
        socket->readAll(); // an events client has nothing more to say
        return;
    }
    c->buffer += socket->readAll();
    while (!c->closing && !c->stream) {
        const qsizetype end = c->buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (c->buffer.size() > kMaxRequestHead) {
                c->closing = true;
                respondError(*c, 400, QStringLiteral("request head over %1 bytes").arg(kMaxRequestHead));
            }
            return;
        }
        const QList<QByteArray> lines = c->buffer.left(end).split('\n');
        Request r;
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
            c->closing = true;
            respondError(*c, 400, QStringLiteral("not an HTTP/1.x request line"));
            return;
        }
        r.method = first[0];
        const QByteArray target = first[1];
        const qsizetype q = target.indexOf('?');
        r.path = q < 0 ? target : target.left(q);
        r.query = q < 0 ? QByteArray() : target.mid(q + 1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        const QByteArray connection = r.headers.value("connection").toLower();
        r.keepAlive = first[2] == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
        bool lengthOk = true;
        const qint64 length = r.headers.value("content-length", "0").toLongLong(&lengthOk);
        if (!lengthOk || length < 0 || length > kMaxRequestBody) {
            c->closing = true;
            respondError(*c, 413, QStringLiteral("request bodies are limited to %1 bytes").arg(kMaxRequestBody));
            return;
        }
        if (c->buffer.size() < end + 4 + length)
            return; // wait for the (ignored) body
        c->buffer.remove(0, end + 4 + length);
        if (!r.keepAlive)
            c->closing = true;
        handle(*c, r);
    }
}

void AdminServer::respond(Conn &c, int status, const QByteArray &contentType, const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + QByteArrayView(httpReasonPhrase(status)).toByteArray() + "\r\n";
    head += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nCache-Control: no-store\r\n";
    for (const auto &[name, value] : extraHeaders)
        head += name + ": " + value + "\r\n";
    if (c.closing)
        head += "Connection: close\r\n";
    head += "\r\n";
    c.socket->write(head + body);
    if (c.closing)
        c.socket->disconnectFromHost();
}

void AdminServer::respondJson(Conn &c, int status, const QJsonObject &o)
{
    respond(c, status, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

void AdminServer::respondError(Conn &c, int status, const QString &message)
{
    respondJson(c, status, {{admin::key(admin::field::kError), message}, {admin::key(admin::field::kStatus), status}});
}

void AdminServer::handle(Conn &c, const Request &r)
{
    if (!bearerMatches(r.headers.value("authorization"), m_options.token)) {
        respond(c, 401, "application/json",
                QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                           QStringLiteral("missing or wrong bearer token (see --admin-token-file)")},
                                          {QStringLiteral("status"), 401}})
                        .toJson(QJsonDocument::Compact) +
                    '\n',
                {{"WWW-Authenticate", "Bearer realm=\"sessionstated\""}});
        return;
    }
    QList<QByteArray> segments = r.path.split('/');
    segments.removeAll(QByteArray());
    auto methodIs = [&](const char *allowed) {
        if (r.method == allowed)
            return true;
        respond(c, 405, "application/json", "{\"error\":\"method not allowed\",\"status\":405}\n",
                {{"Allow", allowed}});
        return false;
    };
    if (r.path == "/metrics") {
        if (methodIs("GET"))
            respond(c, 200, "text/plain; version=0.0.4; charset=utf-8", metrics());
        return;
    }
    if (segments.size() >= 2 && segments[0] == "v1") {
        if (segments.size() == 2 && segments[1] == "stats") {
            if (methodIs("GET"))
                respondJson(c, 200, stats());
            return;
        }
        if (segments.size() == 2 && segments[1] == "events") {
            if (methodIs("GET"))
                startEventStream(c);
            return;
        }
        if (segments.size() == 2 && segments[1] == "sessions") {
            if (methodIs("GET"))
                handleSessions(c, r);
            return;
        }
        if (segments[1] == "sessions" && (segments.size() == 4 || segments.size() == 5)) {
            const std::string key = QByteArray::fromPercentEncoding(segments[2]).toStdString() + '/' +
                                    QByteArray::fromPercentEncoding(segments[3]).toStdString();
            if (segments.size() == 5) {
                if (segments[4] != "touch")
                    return respondError(c, 404, QStringLiteral("no such endpoint"));
                if (methodIs("POST"))
                    handleSession(c, r, key, true);
                return;
            }
            if (r.method != "GET" && r.method != "DELETE") {
                respond(c, 405, "application/json", "{\"error\":\"method not allowed\",\"status\":405}\n",
                        {{"Allow", "GET, DELETE"}});
                return;
            }
            handleSession(c, r, key, false);
            return;
        }
    }
    respondError(c, 404,
                 QStringLiteral("no such endpoint; try /v1/stats, /v1/sessions, /v1/events or /metrics"));
}

namespace {

/// Number of items in SessionStateUtility bytes without decoding values; -1 when not decodable.
int itemCount(const std::string &content)
{
    const auto data = decodeSessionState(QByteArray::fromRawData(content.data(), qsizetype(content.size())));
    return data ? int(data->items.size()) : -1;
}

} // namespace

void AdminServer::handleSessions(Conn &c, const Request &r)
{
    QString error;
    const auto query = admin::SessionQuery::fromUrlQuery(QUrlQuery(QString::fromUtf8(r.query)), &error);
    if (!query)
        return respondError(c, 400, error);
    const auto page = listSessions(m_store, *query, m_store.now(), &error);
    if (!page)
        return respondError(c, 400, error);
    QJsonObject o = page->toJson();
    QJsonArray rows = o.value(admin::key(admin::field::kSessions)).toArray();
    for (qsizetype i = 0; i < rows.size(); ++i) { // items: a count, -1 when undecodable, null when gone
        const admin::SessionRow &row = page->rows.at(i);
        QJsonObject json = rows.at(i).toObject();
        const auto snap = m_store.snapshot((row.app + u'/' + row.id).toStdString());
        json.insert(admin::key(admin::field::kItems), snap ? QJsonValue(itemCount(snap->content)) : QJsonValue());
        rows.replace(i, json);
    }
    o.insert(admin::key(admin::field::kSessions), rows);
    respondJson(c, 200, o);
}

void AdminServer::handleSession(Conn &c, const Request &r, const std::string &key, bool touch)
{
    auto snapshotJson = [this](const SessionSnapshot &s) { return sessionRow(s.view(), m_store.now()).toJson(); };
    const auto notFound = [&] {
        respondError(c, 404, QStringLiteral("no session %1").arg(QString::fromStdString(key)));
    };
    if (touch) {
        if (m_store.resetItemTimeout(key).status != 200)
            return notFound();
        const auto s = m_store.snapshot(key);
        if (!s)
            return notFound();
        return respondJson(c, 200, snapshotJson(*s));
    }
    auto s = m_store.snapshot(key);
    if (!s)
        return notFound();
    if (r.method == "DELETE") {
        // An admin's abandon wins over a lock: use the holder's cookie, as Session.Abandon in that request
        // would have. Counted as abandoned and raises Session_End (SessionStore::removeItem).
        StoreResult res = m_store.removeItem(key, s->lockCookie);
        if (res.status == 423) { // relocked in between: one more try with the new cookie
            if (auto again = m_store.snapshot(key))
                res = m_store.removeItem(key, again->lockCookie);
        }
        if (res.status == 404)
            return notFound();
        QJsonObject o = snapshotJson(*s);
        o.insert(admin::key(admin::field::kAbandoned), res.status == 200);
        o.insert(admin::key(admin::field::kWasLocked), s->locked);
        return respondJson(c, res.status == 200 ? 200 : 409, o);
    }
    QJsonObject o = snapshotJson(*s);
    const QJsonObject decoded =
        decodedItemsJson(QByteArray::fromRawData(s->content.data(), qsizetype(s->content.size())));
    for (auto it = decoded.begin(); it != decoded.end(); ++it)
        o.insert(it.key(), it.value());
    if (!decoded.contains(admin::key(admin::field::kItems)))
        o.insert(admin::key(admin::field::kItems), QJsonValue());
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
        for (const auto &verb : m_counters->requests)
            for (const auto &n : verb)
                c.requests += n.load();
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
                byStatus.insert(QLatin1String(kStatusNames[s]), qint64(n));
            }
            byVerb.insert(QLatin1String(kVerbNames[v]), byStatus);
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
        {QStringLiteral("aspnet_version"), fromStd(proto::kAspNetVersion)},
        {QStringLiteral("time"), isoTime(now)},
        {QStringLiteral("started"), isoTime(m_info.startedUnixMs)},
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
        {QStringLiteral("bytes"), QJsonObject{{QStringLiteral("in"), qint64(bytesIn)}, {QStringLiteral("out"), qint64(bytesOut)}}},
        {QStringLiteral("connections"),
         QJsonObject{{QStringLiteral("open"), qint64(open)},
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
        {QStringLiteral("persist"),
         m_info.persistFile.isEmpty()
             ? QJsonValue()
             : QJsonValue(QJsonObject{{QStringLiteral("file"), m_info.persistFile}, {QStringLiteral("sync"), m_info.sync}})},
    };
    return o;
}

QByteArray AdminServer::metrics() const
{
    QByteArray m;
    auto metric = [&m](const char *name, const char *type, const char *help, std::int64_t value) {
        m += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n' + name + ' ' +
             QByteArray::number(qint64(value)) + '\n';
    };
    const StoreCounters &sc = m_store.counters();
    metric("sessionstated_sessions_active", "gauge", "State Server Sessions Active.", sc.sessionsActive.load());
    metric("sessionstated_sessions_started_total", "counter", "State Server Sessions Total (sessions created).",
           sc.sessionsTotal.load());
    metric("sessionstated_sessions_abandoned_total", "counter", "State Server Sessions Abandoned.",
           sc.sessionsAbandoned.load());
    metric("sessionstated_sessions_timed_out_total", "counter", "State Server Sessions Timed Out (expired).",
           sc.sessionsTimedOut.load());
    metric("sessionstated_lock_contention_total", "counter", "Requests answered 423 Locked.",
           sc.lockContention.load());
    metric("sessionstated_payload_bytes", "gauge", "Bytes of stored session data.", sc.payloadBytes.load());
    metric("sessionstated_overhead_bytes", "gauge", "Estimated bytes of bookkeeping beyond the session data.",
           sc.overheadBytes.load());
    if (m_counters) {
        m += "# HELP sessionstated_requests_total State Service protocol requests by verb and status.\n"
             "# TYPE sessionstated_requests_total counter\n";
        for (std::size_t v = 0; v < m_counters->requests.size(); ++v)
            for (std::size_t s = 0; s < m_counters->requests[v].size(); ++s)
                m += QByteArray("sessionstated_requests_total{verb=\"") + kVerbNames[v] + "\",status=\"" +
                     kStatusNames[s] + "\"} " + QByteArray::number(qint64(m_counters->requests[v][s].load())) +
                     '\n';
        metric("sessionstated_received_bytes_total", "counter", "Bytes read from protocol clients.",
               m_counters->bytesIn.load());
        metric("sessionstated_sent_bytes_total", "counter", "Bytes written to protocol clients.",
               m_counters->bytesOut.load());
        metric("sessionstated_connections_open", "gauge", "Protocol connections open now.",
               m_counters->connectionsOpen.load());
        metric("sessionstated_connections_total", "counter", "Protocol connections accepted.",
               m_counters->connectionsTotal.load());
        metric("sessionstated_connections_refused_total", "counter",
               "Connections closed at accept (remote peer without --allow-remote, or over --max-connections).",
               m_counters->connectionsRefused.load());
        metric("sessionstated_protocol_errors_total", "counter", "Malformed or over-limit requests (400 and close).",
               m_counters->protocolErrors.load());
    }
    metric("process_resident_memory_bytes", "gauge", "Resident memory size in bytes.", residentBytes());
    m += "# HELP process_start_time_seconds Start time of the process since the Unix epoch in seconds.\n"
         "# TYPE process_start_time_seconds gauge\nprocess_start_time_seconds " +
         QByteArray::number(double(m_info.startedUnixMs) / 1000.0, 'f', 3) + '\n';
    m += "# HELP sessionstated_build_info Version of sessionstated and the ASP.NET version it reports.\n"
         "# TYPE sessionstated_build_info gauge\nsessionstated_build_info{version=\"" SESSIONDESK_VERSION
         "\",aspnet_version=\"" +
         QByteArray(proto::kAspNetVersion.data(), qsizetype(proto::kAspNetVersion.size())) + "\"} 1\n";
    return m;
}

// ------------------------------------------------------------------------------------- events

void AdminServer::startEventStream(Conn &c)
{
    if (int(m_streams.size()) >= m_options.maxEventStreams)
        return respondError(c, 503, QStringLiteral("too many event streams (%1)").arg(m_options.maxEventStreams));
    c.stream = true;
    c.buffer.clear();
    // A small kernel send buffer keeps the backlog a slow reader can build near maxStreamBacklogBytes.
    c.socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, int(m_options.maxStreamBacklogBytes));
    c.socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n"
                    "Connection: close\r\nX-Accel-Buffering: no\r\n\r\n"
                    ": sessionstated events: 'stats' every second, 'session_start', 'session_end', 'dropped'\n"
                    "retry: 2000\n\n");
    m_streams.push_back(&c);
    if (++m_subscribers == 1)
        m_drainTimer->start();
}

void AdminServer::writeEvent(Conn &c, const QByteArray &event, const QByteArray &data, bool isSample)
{
    if (c.socket->bytesToWrite() > m_options.maxStreamBacklogBytes) {
        ++(isSample ? c.droppedSamples : c.droppedEvents);
        return;
    }
    if (c.droppedSamples || c.droppedEvents) {
        c.socket->write("event: dropped\ndata: {\"samples\":" + QByteArray::number(qint64(c.droppedSamples)) +
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
    sample.insert(QStringLiteral("rates"),
                  QJsonObject{{QStringLiteral("requests_per_second"), rate(now.requests, m_last.requests)},
                              {QStringLiteral("sessions_started_per_second"), rate(now.started, m_last.started)},
                              {QStringLiteral("timed_out_per_second"), rate(now.timedOut, m_last.timedOut)},
                              {QStringLiteral("abandoned_per_second"), rate(now.abandoned, m_last.abandoned)},
                              {QStringLiteral("lock_contention_per_second"),
                               rate(now.lockContention, m_last.lockContention)},
                              {QStringLiteral("bytes_in_per_second"), rate(now.bytesIn, m_last.bytesIn)},
                              {QStringLiteral("bytes_out_per_second"), rate(now.bytesOut, m_last.bytesOut)}});
    m_last = now;
    const QByteArray data = QJsonDocument(sample).toJson(QJsonDocument::Compact);
    for (Conn *c : m_streams)
        writeEvent(*c, "stats", data, true);
}

void AdminServer::publish(PendingEvent e)
{
    if (m_subscribers.load(std::memory_order_relaxed) == 0)
        return;
    std::lock_guard lock(m_eventsMutex);
    if (int(m_events.size()) >= m_options.maxQueuedEvents) {
        ++m_eventsDropped;
        return;
    }
    m_events.push_back(std::move(e));
}

void AdminServer::publishSessionStart(const std::string &key)
{
    if (m_subscribers.load(std::memory_order_relaxed) == 0)
        return;
    publish({true, EndReason::Abandoned, key, m_store.now()});
}

void AdminServer::publishSessionEnd(const std::string &key, EndReason reason)
{
    if (m_subscribers.load(std::memory_order_relaxed) == 0)
        return;
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
    for (Conn *c : m_streams)
        c->droppedEvents += lost;
    for (const PendingEvent &e : events) {
        const auto [app, id] = splitSessionKey(e.key);
        QJsonObject o{{admin::key(admin::field::kApp), fromStd(app)},
                      {admin::key(admin::field::kId), fromStd(id)},
                      {admin::key(admin::field::kTime), isoTime(e.unixMs)}};
        if (!e.start)
            o.insert(admin::key(admin::field::kReason),
                     e.reason == EndReason::TimedOut ? QStringLiteral("timed_out") : QStringLiteral("abandoned"));
        const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Compact);
        for (Conn *c : m_streams)
            writeEvent(*c, e.start ? admin::event::kSessionStart : admin::event::kSessionEnd, data, false);
    }
}

} // namespace sd
