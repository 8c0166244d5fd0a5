// SPDX-License-Identifier: GPL-3.0-or-later
// Admin API tests against the real sessionstated (ephemeral loopback ports), plus listSessions in-process.
#include "aspnet/sessiondata.h"
#include "server/adminapi.h"
#include "serverprocess.h"

#include <QTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <sys/stat.h>

using sd::proto::ResponseParser;

namespace {

const std::string kApp = "/LM/W3SVC/1/ROOT(q4m+Vv2xFQ1s3Z0yK4yC1RVLQbaYr3ZzXl5lJZLg9CE=)";
const std::string kOtherApp = "/LM/W3SVC/2/ROOT/shop(AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=)";

struct HttpReply
{
    int status = 0;
    QByteArray head, body;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// One HTTP/1.1 request with Connection: close; reads to the end.
HttpReply http(quint16 port, const QByteArray &method, const QByteArray &path, const QByteArray &token)
{
    RawClient c(port);
    HttpReply r;
    QByteArray req = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
    if (!token.isEmpty())
        req += "Authorization: Bearer " + token + "\r\n";
    req += "\r\n";
    if (!c.connected || !c.send(req.toStdString()))
        return r;
    while (c.fill(5000)) {
    }
    const QByteArray all = QByteArray::fromStdString(c.buffer);
    const qsizetype end = all.indexOf("\r\n\r\n");
    if (end < 0)
        return r;
    r.head = all.left(end);
    r.body = all.mid(end + 4);
    r.status = r.head.mid(9, 3).toInt();
    return r;
}

QByteArray encodeSegment(const std::string &s)
{
    return QUrl::toPercentEncoding(QString::fromStdString(s));
}

/// SessionStateUtility bytes with the given String items.
std::string sessionBytes(const QList<QPair<QString, QString>> &items, int pad = 0)
{
    sd::SessionStateData d;
    for (const auto &[k, v] : items)
        d.setRaw(k, *sd::encodeAltValue(sd::AltType::String, v));
    if (pad > 0)
        d.setRaw(QStringLiteral("pad"), *sd::encodeAltValue(sd::AltType::String, QString(pad, u'x')));
    return sd::encodeSessionState(d).toStdString();
}

std::string putRequest(const std::string &key, const std::string &body, int timeout = 20)
{
    sd::proto::ClientRequest r;
    r.verb = sd::proto::Verb::Put;
    r.target = sd::proto::urlEncode(key);
    r.host = "127.0.0.1";
    r.timeout = timeout;
    r.body = body;
    std::string out;
    sd::proto::appendRequest(out, r);
    return out;
}

/// Sends `requests` pipelined and reads as many responses; returns how many were 200.
int pipeline(quint16 port, const std::vector<std::string> &requests)
{
    RawClient c(port);
    std::string all;
    for (const auto &r : requests)
        all += r;
    if (!c.send(all))
        return -1;
    int ok = 0;
    for (std::size_t i = 0; i < requests.size(); ++i) {
        ResponseParser p;
        if (!c.read(p))
            return -1;
        ok += p.status == 200;
    }
    return ok;
}

} // namespace

class TestAdminApi : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ServerProcess server;
    QByteArray token;
    QString tokenFile;

    HttpReply get(const QByteArray &path) { return http(server.adminPort, "GET", path, token); }

private slots:
    void initTestCase()
    {
        tokenFile = dir.filePath(QStringLiteral("admin-token"));
        QVERIFY2(server.start({QStringLiteral("--admin-token-file"), tokenFile}),
                 "sessionstated did not start");
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        token = f.readAll().trimmed();
        QVERIFY(token.size() >= 40);
    }

    void tokenFileIsPrivateAndReused()
    {
        struct stat st
        {
        };
        QCOMPARE(::stat(QFile::encodeName(tokenFile).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        QVERIFY(server.banner.contains(QStringLiteral("created now")));
        bool created = true;
        QString error;
        QCOMPARE(sd::loadOrCreateAdminToken(tokenFile, &created, &error).value_or(QByteArray()), token);
        QVERIFY(!created);
        QFile empty(dir.filePath(QStringLiteral("empty")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(!sd::loadOrCreateAdminToken(empty.fileName(), &created, &error));
        QVERIFY2(error.contains(QStringLiteral("empty")), qPrintable(error));
    }

    void everyEndpointRefusesWithoutTheToken()
    {
        const QList<QPair<QByteArray, QByteArray>> endpoints{{"GET", "/v1/stats"},
                                                             {"GET", "/v1/sessions"},
                                                             {"GET", "/v1/sessions/a/b"},
                                                             {"DELETE", "/v1/sessions/a/b"},
                                                             {"POST", "/v1/sessions/a/b/touch"},
                                                             {"GET", "/v1/events"},
                                                             {"GET", "/metrics"},
                                                             {"GET", "/nothing"}};
        for (const auto &[method, path] : endpoints) {
            const HttpReply none = http(server.adminPort, method, path, {});
            QCOMPARE(none.status, 401);
            QVERIFY(none.head.contains("WWW-Authenticate: Bearer"));
            QCOMPARE(http(server.adminPort, method, path, token + "x").status, 401);
            QCOMPARE(http(server.adminPort, method, path, token.left(token.size() - 1)).status, 401);
        }
        QCOMPARE(get("/v1/stats").status, 200);
        QCOMPARE(get("/nothing").status, 404);
        QCOMPARE(http(server.adminPort, "PUT", "/v1/stats", token).status, 405);
    }

    void statsAndMetricsCountTraffic()
    {
        const QJsonObject before = get("/v1/stats").json();
        const auto n = [](const QJsonObject &o, const char *a, const char *b) {
            return o.value(QLatin1String(a)).toObject().value(QLatin1String(b)).toInteger();
        };
        std::vector<std::string> reqs;
        for (int i = 0; i < 5; ++i)
            reqs.push_back(putRequest(kApp + "/statscount" + std::to_string(i),
                                      sessionBytes({{QStringLiteral("a"), QStringLiteral("1")}})));
        QCOMPARE(pipeline(server.port, reqs), 5);
        const QJsonObject after = get("/v1/stats").json();
        QCOMPARE(n(after, "sessions", "total") - n(before, "sessions", "total"), 5);
        QCOMPARE(n(after, "sessions", "active") - n(before, "sessions", "active"), 5);
        const QJsonObject put = after.value(QStringLiteral("requests"))
                                    .toObject()
                                    .value(QStringLiteral("by_verb"))
                                    .toObject()
                                    .value(QStringLiteral("PUT"))
                                    .toObject();
        QVERIFY(put.value(QStringLiteral("200")).toInteger() >= 5);
        QVERIFY(n(after, "bytes", "in") > n(before, "bytes", "in"));
        QVERIFY(n(after, "memory", "rss_bytes") > 1000000);
        QVERIFY(n(after, "memory", "payload_bytes") > 0);
        QCOMPARE(after.value(QStringLiteral("limits"))
                     .toObject()
                     .value(QStringLiteral("max_body_bytes"))
                     .toInteger(),
                 2147483647); // issue 11 point 2: the 20 MiB default was wrong (aspnet_state has no cap)
        QVERIFY(!after.value(QStringLiteral("version")).toString().isEmpty());

        const HttpReply m = get("/metrics");
        QCOMPARE(m.status, 200);
        QVERIFY(m.head.contains("text/plain; version=0.0.4"));
        for (const char *name :
             {"sessionstated_sessions_active ", "sessionstated_sessions_started_total ",
              "sessionstated_sessions_timed_out_total ", "sessionstated_sessions_abandoned_total ",
              "sessionstated_requests_total{verb=\"PUT\",status=\"200\"} ",
              "sessionstated_lock_contention_total ", "process_resident_memory_bytes ",
              "# TYPE sessionstated_requests_total counter"})
            QVERIFY2(m.body.contains(name), name);
    }

    void pagesCoverEverySessionOnceInOrder()
    {
        // 1,500 sessions in kOtherApp with distinct sizes, 300 of them with ids starting "zz".
        std::vector<std::string> reqs;
        for (int i = 0; i < 1500; ++i) {
            const std::string id = (i < 300 ? "zz" : "pg") + std::to_string(100000 + i);
            reqs.push_back(putRequest(kOtherApp + "/" + id, sessionBytes({}, i)));
        }
        QCOMPARE(pipeline(server.port, reqs), 1500);
        const QByteArray app = "app=" + encodeSegment(kOtherApp);
        QSet<QString> seen;
        qint64 lastSize = -1;
        QByteArray cursor;
        int pages = 0;
        do {
            const HttpReply r = get("/v1/sessions?" + app + "&sort=size&order=asc&limit=400" +
                                    (cursor.isEmpty() ? QByteArray() : "&cursor=" + cursor));
            QCOMPARE(r.status, 200);
            const QJsonObject o = r.json();
            QCOMPARE(o.value(QStringLiteral("total")).toInteger(), 1500);
            for (const QJsonValue &v : o.value(QStringLiteral("sessions")).toArray()) {
                const QJsonObject s = v.toObject();
                QCOMPARE(s.value(QStringLiteral("app")).toString().toStdString(), kOtherApp);
                QVERIFY(!seen.contains(s.value(QStringLiteral("id")).toString()));
                seen.insert(s.value(QStringLiteral("id")).toString());
                const qint64 size = s.value(QStringLiteral("bytes")).toInteger();
                QVERIFY(size >= lastSize);
                lastSize = size;
                using namespace sd::admin::field;
                for (const char *field :
                     {kCreated, kLastAccess, kExpires, kTimeout, kLocked, kLockAge, kLockCookie, kItems})
                    QVERIFY2(s.contains(QLatin1String(field)), field);
            }
            cursor = o.value(QStringLiteral("next_cursor")).toString().toLatin1();
            ++pages;
        } while (!cursor.isEmpty());
        QCOMPARE(seen.size(), 1500);
        QCOMPARE(pages, 4);

        const QJsonObject zz = get("/v1/sessions?" + app + "&prefix=zz&sort=expires&limit=1000").json();
        QCOMPARE(zz.value(QStringLiteral("total")).toInteger(), 300);
        QCOMPARE(zz.value(QStringLiteral("sessions")).toArray().size(), 300);
        QVERIFY(zz.value(QStringLiteral("next_cursor")).isNull());
        QCOMPARE(get("/v1/sessions?cursor=bm90YWN1cnNvcg").status, 400);
        QCOMPARE(get("/v1/sessions?sort=name").status, 400);
        QCOMPARE(get("/v1/sessions?limit=5000").status, 400);
    }

    void sessionDetailDecodesWithoutDeserialising()
    {
        sd::SessionStateData d;
        d.setRaw(QStringLiteral("user"), *sd::encodeAltValue(sd::AltType::String, QStringLiteral("alice")));
        d.setRaw(QStringLiteral("visits"), *sd::encodeAltValue(sd::AltType::Int32, 42));
        // A BinaryFormatter item (type 20): header record and a class name, never to be deserialised.
        d.setRaw(
            QStringLiteral("cart"),
            QByteArray("\x14\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x0b", 19));
        QCOMPARE(pipeline(server.port,
                          {putRequest(kApp + "/detailsession", sd::encodeSessionState(d).toStdString())}),
                 1);
        const HttpReply r = get("/v1/sessions/" + encodeSegment(kApp) + "/detailsession");
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("detailsession"));
        const QJsonArray items = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("\"alice\""));
        QCOMPARE(items[1].toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("System.Int32"));
        QCOMPARE(items[1].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("42"));
        const QJsonObject cart = items[2].toObject();
        QCOMPARE(cart.value(QStringLiteral("type_id")).toInt(), 20);
        QVERIFY(
            cart.value(QStringLiteral("preview")).toString().startsWith(QStringLiteral("00 01 00 00 00 ff")));
        QCOMPARE(cart.value(QStringLiteral("bytes")).toInt(), 19);
        // The item's bytes for the browser's hex dump (issue 12 point 12).
        QCOMPARE(
            QByteArray::fromBase64(cart.value(QStringLiteral("raw")).toString().toLatin1()),
            QByteArray("\x14\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00\x0b", 19));
        QCOMPARE(
            QByteArray::fromBase64(items[0].toObject().value(QStringLiteral("raw")).toString().toLatin1()),
            *sd::encodeAltValue(sd::AltType::String, QStringLiteral("alice")));
        QCOMPARE(get("/v1/sessions/" + encodeSegment(kApp) + "/nosuchsession").status, 404);
    }

    void abandonAndTouch()
    {
        const std::string key = kApp + "/abandonme";
        QCOMPARE(pipeline(server.port,
                          {putRequest(key, sessionBytes({{QStringLiteral("a"), QStringLiteral("b")}}), 5)}),
                 1);
        // Lock it as a request in progress would.
        {
            RawClient c(server.port);
            sd::proto::ClientRequest g;
            g.target = sd::proto::urlEncode(key);
            g.host = "127.0.0.1";
            g.exclusive = sd::proto::Exclusive::Acquire;
            std::string out;
            sd::proto::appendRequest(out, g);
            ResponseParser p;
            QVERIFY(c.send(out) && c.read(p));
            QCOMPARE(p.status, 200);
        }
        const QByteArray path = "/v1/sessions/" + encodeSegment(kApp) + "/abandonme";
        QTest::qWait(1100);
        const QJsonObject locked = get(path).json();
        QCOMPARE(locked.value(QStringLiteral("locked")).toBool(), true);
        QVERIFY(locked.value(QStringLiteral("lock_age")).toInteger() >= 1);
        const qint64 expires1 =
            QDateTime::fromString(locked.value(QStringLiteral("expires")).toString(), Qt::ISODateWithMs)
                .toMSecsSinceEpoch();
        const HttpReply touched = http(server.adminPort, "POST", path + "/touch", token);
        QCOMPARE(touched.status, 200);
        QVERIFY(QDateTime::fromString(touched.json().value(QStringLiteral("expires")).toString(),
                                      Qt::ISODateWithMs)
                    .toMSecsSinceEpoch() > expires1);
        QCOMPARE(http(server.adminPort, "POST", "/v1/sessions/x/missing/touch", token).status, 404);

        const qint64 abandonedBefore = get("/v1/stats")
                                           .json()
                                           .value(QStringLiteral("sessions"))
                                           .toObject()
                                           .value(QStringLiteral("abandoned"))
                                           .toInteger();
        const HttpReply del = http(server.adminPort, "DELETE", path, token);
        QCOMPARE(del.status, 200);
        QCOMPARE(del.json().value(QStringLiteral("was_locked")).toBool(), true);
        QCOMPARE(get(path).status, 404);
        QCOMPARE(http(server.adminPort, "DELETE", path, token).status, 404);
        QCOMPARE(get("/v1/stats")
                     .json()
                     .value(QStringLiteral("sessions"))
                     .toObject()
                     .value(QStringLiteral("abandoned"))
                     .toInteger(),
                 abandonedBefore + 1);
    }

    void eventsStreamSamplesAndSessionEvents()
    {
        RawClient c(server.adminPort);
        QVERIFY(c.send("GET /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token.toStdString() +
                       "\r\n\r\n"));
        QTest::qWait(200);
        QCOMPARE(pipeline(server.port, {putRequest(kApp + "/eventsession", sessionBytes({}))}), 1);
        QCOMPARE(
            http(server.adminPort, "DELETE", "/v1/sessions/" + encodeSegment(kApp) + "/eventsession", token)
                .status,
            200);
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (std::chrono::steady_clock::now() < deadline &&
               (c.buffer.find("event: stats") == std::string::npos ||
                c.buffer.find("event: session_end") == std::string::npos))
            c.fill(500);
        QVERIFY(c.buffer.find("Content-Type: text/event-stream") != std::string::npos);
        QVERIFY(c.buffer.find("event: session_start\ndata: {\"app\":") != std::string::npos);
        QVERIFY(c.buffer.find("\"id\":\"eventsession\",\"reason\":\"abandoned\"") != std::string::npos);
        const auto stats = c.buffer.find("event: stats\ndata: ");
        QVERIFY(stats != std::string::npos);
        const auto line = c.buffer.substr(stats + 19, c.buffer.find('\n', stats + 19) - stats - 19);
        const QJsonObject sample = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
        const QJsonObject rates = sample.value(QStringLiteral("rates")).toObject();
        for (const char *r : {"requests_per_second", "sessions_started_per_second", "timed_out_per_second",
                              "abandoned_per_second", "bytes_in_per_second"})
            QVERIFY2(rates.contains(QLatin1String(r)), r);
        QVERIFY(sample.value(QStringLiteral("sessions")).toObject().contains(QStringLiteral("active")));
    }

    void slowEventReaderIsToldOfDrops()
    {
        // A reader that does not read: small receive buffer, then 40,000 Session_Start events.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int small = 4096;
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(server.adminPort);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a), 0);
        const std::string req =
            "GET /v1/events HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + token.toStdString() + "\r\n\r\n";
        QCOMPARE(::send(fd, req.data(), req.size(), MSG_NOSIGNAL), ssize_t(req.size()));
        QTest::qWait(200);
        const qint64 rssBefore = get("/v1/stats")
                                     .json()
                                     .value(QStringLiteral("memory"))
                                     .toObject()
                                     .value(QStringLiteral("rss_bytes"))
                                     .toInteger();
        for (int batch = 0; batch < 8; ++batch) {
            std::vector<std::string> reqs;
            for (int i = 0; i < 5000; ++i)
                reqs.push_back(putRequest(kApp + "/flood" + std::to_string(batch * 5000 + i),
                                          std::string("\x14\0\0\0\0\0\xff", 7), 1));
            QCOMPARE(pipeline(server.port, reqs), 5000);
        }
        QTest::qWait(1500);
        const qint64 rssAfter = get("/v1/stats")
                                    .json()
                                    .value(QStringLiteral("memory"))
                                    .toObject()
                                    .value(QStringLiteral("rss_bytes"))
                                    .toInteger();
        // Now read everything: the stream must say that events were dropped, and keep going afterwards.
        std::string got;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (std::chrono::steady_clock::now() < deadline) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 200) <= 0) {
                if (got.find("event: dropped") != std::string::npos &&
                    got.rfind("event: stats") > got.find("event: dropped"))
                    break;
                continue;
            }
            char buf[65536];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            got.append(buf, std::size_t(n));
        }
        ::close(fd);
        const auto dropped = got.find("event: dropped\ndata: {\"samples\":");
        QVERIFY2(dropped != std::string::npos, "no 'dropped' event");
        QVERIFY(got.find("\"reason\":\"client too slow\"", dropped) != std::string::npos);
        QVERIFY(got.rfind("event: stats") > dropped);
        // Far fewer bytes than 40,000 events (~150 bytes each) were ever queued for this reader.
        QVERIFY2(got.size() < 3000000, qPrintable(QString::number(got.size())));
        qInfo("slow reader got %zu bytes; server RSS %lld -> %lld KiB", got.size(), rssBefore / 1024,
              rssAfter / 1024);
    }

    void listSessionsInProcessIsBoundedAndStable()
    {
        sd::SessionStore store;
        store.setClock([] { return std::int64_t(1'700'000'000'000); });
        for (int i = 0; i < 20000; ++i)
            store.setAndReleaseItemExclusive(kApp + "/s" + std::to_string(i),
                                             std::string(std::size_t(i % 97), 'x'), 20, std::nullopt, 0);
        sd::admin::SessionQuery q;
        q.sort = sd::admin::SessionSort::Size;
        q.descending = true;
        q.limit = 1000;
        int rows = 0;
        std::int64_t last = INT64_MAX;
        QString error;
        for (;;) {
            const auto page = sd::listSessions(store, q, store.now(), &error);
            QVERIFY(page);
            QVERIFY(page->rows.size() <= 1000);
            for (const auto &r : page->rows) {
                QVERIFY(r.bytes <= last);
                last = r.bytes;
            }
            rows += int(page->rows.size());
            if (page->nextCursor.isEmpty())
                break;
            q.cursor = page->nextCursor;
        }
        QCOMPARE(rows, 20000);
        sd::admin::SessionQuery bad;
        bad.cursor = QStringLiteral("!!");
        QVERIFY(!sd::listSessions(store, bad, 0, &error));
        const auto [app, id] = sd::splitSessionKey("/LM/W3SVC/1/ROOT(abc/def=)/sessionid");
        QCOMPARE(std::string(app), std::string("/LM/W3SVC/1/ROOT(abc/def=)"));
        QCOMPARE(std::string(id), std::string("sessionid"));
    }

    void cleanupTestCase() { QCOMPARE(server.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestAdminApi)
#include "tst_adminapi.moc"
