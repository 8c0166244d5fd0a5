// SPDX-License-Identifier: GPL-3.0-or-later
// The load generator's request sequences against the real sessionstated (counted by its admin API), and
// against a real redis-server when one is installed.
#include "loadgen/loadgen.h"
#include "serverprocess.h"

#include <QTest>

#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <hiredis/hiredis.h>

namespace {

/// GET /v1/stats through the admin API.
QJsonObject stats(quint16 adminPort, const QByteArray &token)
{
    RawClient c(adminPort);
    c.send("GET /v1/stats HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Bearer " +
           token.toStdString() + "\r\n\r\n");
    while (c.fill(5000)) {
    }
    const auto body = c.buffer.substr(c.buffer.find("\r\n\r\n") + 4);
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

qint64 count(const QJsonObject &s, const char *verb, const char *status)
{
    return s.value(QStringLiteral("requests"))
        .toObject()
        .value(QStringLiteral("by_verb"))
        .toObject()
        .value(QLatin1String(verb))
        .toObject()
        .value(QLatin1String(status))
        .toInteger();
}

qint64 delta(const QJsonObject &a, const QJsonObject &b, const char *verb, const char *status)
{
    return count(b, verb, status) - count(a, verb, status);
}

} // namespace

class TestLoadGen : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ServerProcess server;
    QByteArray token;

    sd::LoadOptions options(const char *mix, std::int64_t requests)
    {
        sd::LoadOptions o;
        o.port = server.port;
        o.sessions = 100;
        o.concurrency = 4;
        o.threads = 1;
        o.requests = requests;
        o.itemBytes = 300;
        std::string error;
        if (!sd::LoadMix::parse(mix, &o.mix, &error))
            qFatal("%s", error.c_str());
        return o;
    }

private slots:
    void initTestCase()
    {
        const QString tokenFile = dir.filePath(QStringLiteral("token"));
        QVERIFY(server.start({QStringLiteral("--admin-token-file"), tokenFile}));
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        token = f.readAll().trimmed();
    }

    void histogramPercentiles()
    {
        sd::LatencyHistogram h;
        for (std::int64_t us = 1; us <= 100000; ++us)
            h.record(us * 1000);
        QCOMPARE(h.count(), 100000);
        for (double q : {0.5, 0.9, 0.99, 0.999}) {
            const double expected = q * 100000 * 1000;
            QVERIFY2(std::abs(double(h.percentile(q)) - expected) / expected < 0.02,
                     qPrintable(QString::number(q)));
        }
        QCOMPARE(h.max(), 100000000);
        sd::LatencyHistogram other;
        other.record(5);
        h.merge(other);
        QCOMPARE(h.count(), 100001);
        QCOMPARE(sd::LatencyHistogram().percentile(0.99), 0);
    }

    void mixParses()
    {
        sd::LoadMix m;
        std::string error;
        QVERIFY(sd::LoadMix::parse("new=1,read=3", &m, &error));
        QCOMPARE(m.newVisitor, 1);
        QCOMPARE(m.readOnly, 3);
        QCOMPARE(m.returning, 0);
        QVERIFY(!sd::LoadMix::parse("new=x", &m, &error));
        QVERIFY(!sd::LoadMix::parse("visit=3", &m, &error));
        QVERIFY(!sd::LoadMix::parse("new=0", &m, &error));
    }

    void prefillCreatesEverySession()
    {
        const QJsonObject a = stats(server.adminPort, token);
        const sd::LoadReport r = sd::runLoad(options("read=1", 100));
        QVERIFY2(r.fatal.empty(), r.fatal.c_str());
        QCOMPARE(r.prefilled, 100);
        const QJsonObject b = stats(server.adminPort, token);
        QCOMPARE(
            b.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("total")).toInteger() -
                a.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("total")).toInteger(),
            100);
        QCOMPARE(delta(a, b, "PUT", "200"), 100);  // one SetAndReleaseItemExclusive (new item) per session
        QVERIFY(delta(a, b, "GET", "200") >= 100); // then GetItem pages
        QCOMPARE(r.errors.size(), std::size_t(0));
    }

    void returningVisitorLocksThenWritesBack()
    {
        auto o = options("return=1", 1000);
        const QJsonObject a = stats(server.adminPort, token);
        const sd::LoadReport r = sd::runLoad(o);
        const QJsonObject b = stats(server.adminPort, token);
        QVERIFY(r.errors.empty());
        QVERIFY(r.pages >= 490); // a request in flight per connection is not counted when the run stops
        // Prefill PUTs, then per page GetItemExclusive (200) + SetAndReleaseItemExclusive with the cookie
        // (200). (Up to one GET per connection may be answered after the client stopped counting.)
        QVERIFY(std::abs(delta(a, b, "PUT", "200") - 100 - delta(a, b, "GET", "200")) <= 4);
        QCOMPARE(delta(a, b, "GET", "423"), 0);
        QCOMPARE(delta(a, b, "PUT", "423"), 0); // the lock cookie always matched
    }

    void newVisitorsCookieAndCookieless()
    {
        auto o = options("new=1", 0);
        o.prefill = false;
        o.sessions = 5000; // never runs out of new visitors
        o.requests = 200;
        QJsonObject a = stats(server.adminPort, token);
        sd::LoadReport r = sd::runLoad(o);
        QJsonObject b = stats(server.adminPort, token);
        QVERIFY(r.errors.empty());
        // GetItemExclusive -> 404 -> SetAndReleaseItemExclusive (new): one 404 GET and one 200 PUT a page.
        QVERIFY(delta(a, b, "GET", "404") >= 100);
        QVERIFY(std::abs(delta(a, b, "GET", "404") - delta(a, b, "PUT", "200")) <= 4);

        o.cookieless = 1.0;
        o.requests = 300;
        a = stats(server.adminPort, token);
        r = sd::runLoad(o);
        b = stats(server.adminPort, token);
        QVERIFY(r.errors.empty());
        // CreateUninitializedItem (PUT, ExtraFlags 1) -> GetItemExclusive (200, ActionFlags) -> PUT with
        // cookie.
        QCOMPARE(delta(a, b, "GET", "404"), 0);
        QVERIFY(delta(a, b, "GET", "200") >= 99);
        QVERIFY(std::abs(delta(a, b, "PUT", "200") - 2 * delta(a, b, "GET", "200")) <= 8);
    }

    void abandonResetAndExpire()
    {
        const QJsonObject a = stats(server.adminPort, token);
        const sd::LoadReport r = sd::runLoad(options("abandon=1,reset=1,expire=1", 600));
        const QJsonObject b = stats(server.adminPort, token);
        QVERIFY(r.pagesByKind.count("abandon") && r.pagesByKind.count("reset") &&
                r.pagesByKind.count("expire"));
        QVERIFY(delta(a, b, "DELETE", "200") >= r.pagesByKind.at("abandon"));
        QVERIFY(delta(a, b, "HEAD", "200") + delta(a, b, "HEAD", "404") >= r.pagesByKind.at("reset"));
        QVERIFY(
            b.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("abandoned")).toInteger() >
            a.value(QStringLiteral("sessions")).toObject().value(QStringLiteral("abandoned")).toInteger());
        QCOMPARE(delta(a, b, "GET", "423") + delta(a, b, "DELETE", "423"), 0);
        for (const auto &[kind, n] : r.errors)
            QVERIFY2(kind == "lost", kind.c_str()); // a reset for a session abandoned earlier in the run
    }

    void contendGivesOne423APage()
    {
        const QJsonObject a = stats(server.adminPort, token);
        const sd::LoadReport r = sd::runLoad(options("contend=1", 300));
        const QJsonObject b = stats(server.adminPort, token);
        QVERIFY(r.errors.empty());
        const std::int64_t pages = r.pagesByKind.at("contend");
        QVERIFY(pages >= 90);
        // GetItemExclusive 200, GetItemExclusive 423 (the second tab), SetAndReleaseItemExclusive 200.
        QVERIFY(delta(a, b, "GET", "423") >= pages);
        QVERIFY(b.value(QStringLiteral("lock_contention")).toInteger() -
                    a.value(QStringLiteral("lock_contention")).toInteger() >=
                pages);
    }

    void unreachableTargetIsFatal()
    {
        auto o = options("read=1", 10);
        o.port = 1; // nothing listens on port 1
        const sd::LoadReport r = sd::runLoad(o);
        QVERIFY(r.fatal.find("cannot connect") != std::string::npos);
    }

    void redisFollowsTheProviderKeyLayout()
    {
        const QString redis = QStandardPaths::findExecutable(QStringLiteral("redis-server"));
        if (redis.isEmpty())
            QSKIP("redis-server is not installed (./test.sh installs it)");
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess p;
        p.start(redis, {QStringLiteral("--port"), QString::number(port), QStringLiteral("--bind"),
                        QStringLiteral("127.0.0.1"), QStringLiteral("--save"), QString(),
                        QStringLiteral("--appendonly"), QStringLiteral("no")});
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(RawClient(port).connected, 5000);
        sd::LoadOptions o = options("return=1,read=1,abandon=1,reset=1,contend=1", 2000);
        o.target = sd::LoadOptions::Target::Redis;
        o.port = port;
        const sd::LoadReport r = sd::runLoad(o);
        QVERIFY2(r.fatal.empty(), r.fatal.c_str());
        QCOMPARE(r.prefilled, 100);
        for (const auto &[kind, n] : r.errors)
            QVERIFY2(kind == "lost", kind.c_str());
        QVERIFY(r.pagesByKind.at("abandon") > 0);

        redisContext *ctx = redisConnect("127.0.0.1", port);
        QVERIFY(ctx && !ctx->err);
        auto *keys =
            static_cast<redisReply *>(redisCommand(ctx, "KEYS {/app0_*}_SessionStateItemCollection"));
        QVERIFY(keys && keys->type == REDIS_REPLY_ARRAY && keys->elements > 0);
        const std::string dataKey(keys->element[0]->str, keys->element[0]->len);
        const std::string tag = dataKey.substr(0, dataKey.find('}') + 1);
        QCOMPARE(tag.size(), std::size_t(1 + 5 + 1 + 24 + 1)); // "{" "/app0" "_" id "}"
        freeReplyObject(keys);
        auto *timeout =
            static_cast<redisReply *>(redisCommand(ctx, "GET %s", (tag + "_SessionTimeout").c_str()));
        QCOMPARE(QByteArray(timeout->str, qsizetype(timeout->len)), QByteArray("1200")); // seconds
        freeReplyObject(timeout);
        auto *ttl = static_cast<redisReply *>(redisCommand(ctx, "TTL %s", dataKey.c_str()));
        QVERIFY(ttl->integer > 1100 && ttl->integer <= 1200);
        freeReplyObject(ttl);
        auto *locks = static_cast<redisReply *>(redisCommand(ctx, "KEYS *_WriteLock"));
        // Every lock taken was released, but for the (at most one per connection) GetItemExclusive whose
        // SetAndReleaseItemExclusive never came because the run stopped; those expire with their TTL.
        QVERIFY(locks->elements <= std::size_t(4));
        freeReplyObject(locks);
        auto *data = static_cast<redisReply *>(redisCommand(ctx, "GET %s", dataKey.c_str()));
        // SessionStateItemCollection.Serialize: int32 count = 1, int32 null-key index = -1, key "cart".
        QVERIFY(data->len > 300 - 30);
        QCOMPARE(QByteArray(data->str, 13), QByteArray("\x01\0\0\0\xff\xff\xff\xff\x04"
                                                       "cart",
                                                       13));
        freeReplyObject(data);
        redisFree(ctx);
        p.terminate();
        p.waitForFinished();
    }

    void cleanupTestCase() { QCOMPARE(server.terminate(), 0); }
};

QTEST_GUILESS_MAIN(TestLoadGen)
#include "tst_loadgen.moc"
