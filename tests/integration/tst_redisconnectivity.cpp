// SPDX-License-Identifier: GPL-3.0-or-later
// testRedisStore() (core/monitor/connectivity.h) against real redis-server, redis-sentinel and a three-master
// Redis Cluster on loopback ports: a standalone server passes, a wrong password fails at AUTH, a replica is
// flagged at ROLE, a read-only profile skips the write, a Sentinel URL finds the master, the cluster's
// slots are all covered, a closed port fails at TCP connect.

#include "monitor/connectivity.h"
#include "redisprocess.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

using V = ConnectivityStep::Verdict;

/// A Redis profile for `url` (password in a file when `password` is set).
ConnectionProfile redisProfile(const QString &url, const QString &passwordFile = {})
{
    ConnectionProfile p;
    p.name = QStringLiteral("test");
    p.kind = ConnectionProfile::Kind::Redis;
    p.storeUrl = url;
    p.passwordFile = passwordFile;
    return p;
}

/// The step named `name` in `steps` (a default step when there is none).
ConnectivityStep stepNamed(const QList<ConnectivityStep> &steps, const QString &name)
{
    for (const ConnectivityStep &s : steps) {
        if (s.name == name) {
            return s;
        }
    }
    return {};
}

/// Every step as "name: verdict detail (advice)", for failure messages.
QByteArray dump(const QList<ConnectivityStep> &steps)
{
    QStringList lines;
    for (const ConnectivityStep &s : steps) {
        lines << QStringLiteral("%1: %2 %3 (%4)").arg(s.name, verdictText(s.verdict), s.detail, s.advice);
    }
    return lines.join(u'\n').toUtf8();
}

} // namespace

class TestRedisConnectivity : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    RedisProcess server; // standalone, requirepass
    QString passwordFile;

private slots:
    void initTestCase()
    {
        if (RedisProcess::binary().isEmpty()) {
            QSKIP("redis-server is not installed (./test.sh installs it)");
        }
        QVERIFY(dir.isValid());
        QVERIFY(server.start(dir.path(), freeLoopbackPort(),
                             {QStringLiteral("--requirepass"), QStringLiteral("s3cret")}, "s3cret"));
        passwordFile = dir.filePath(QStringLiteral("password"));
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("s3cret\n");
    }

    void standalonePasses()
    {
        QList<ConnectivityStep> reported;
        const auto steps = testRedisStore(
            redisProfile(QStringLiteral("redis://127.0.0.1:%1/2").arg(server.port), passwordFile),
            [&](const ConnectivityStep &s) { reported << s; });
        QCOMPARE(steps.size(), 10);
        QCOMPARE(reported.size(), steps.size());
        for (const ConnectivityStep &s : steps) {
            QVERIFY2(s.verdict == V::Pass || s.verdict == V::Skipped, dump(steps));
        }
        QCOMPARE(stepNamed(steps, QStringLiteral("TLS handshake")).verdict, V::Skipped);
        QCOMPARE(stepNamed(steps, QStringLiteral("Sentinel master discovery")).verdict, V::Skipped);
        QCOMPARE(stepNamed(steps, QStringLiteral("Cluster slots coverage")).verdict, V::Skipped);
        QCOMPARE(stepNamed(steps, QStringLiteral("AUTH")).verdict, V::Pass);
        QVERIFY(stepNamed(steps, QStringLiteral("Role (master/replica)")).detail.startsWith(u"master"));
        const ConnectivityStep scratch =
            stepNamed(steps, QStringLiteral("Scratch session write/read/delete"));
        QCOMPARE(scratch.verdict, V::Pass);
        QVERIFY2(scratch.detail.contains(u"{/sessiondesk-connectivity_") &&
                     scratch.detail.contains(u"}_SessionStateItemCollection"),
                 qPrintable(scratch.detail));
        // The scratch session is gone from the URL's database.
        RespConnection db2;
        QString error;
        QVERIFY2(db2.open({QStringLiteral("127.0.0.1"), server.port}, RedisEndpoint(), &error) &&
                     db2.authenticate({}, QStringLiteral("s3cret"), &error) && db2.select(2, &error),
                 qPrintable(error));
        const auto keys = db2.call({"DBSIZE"}, &error);
        QVERIFY(keys && keys->integer == 0);
        QVERIFY(stepNamed(steps, QStringLiteral("Provider scripts load (SCRIPT LOAD)"))
                    .detail.contains(u"e0e1f9fabfc9d4800c877a703b823ac0578ff8db"));
    }

    void wrongPasswordFailsAtAuth()
    {
        ConnectionProfile p =
            redisProfile(QStringLiteral("redis://127.0.0.1:%1").arg(server.port), passwordFile);
        p.password = QStringLiteral("wrong");
        const auto steps = testRedisStore(p);
        const ConnectivityStep auth = stepNamed(steps, QStringLiteral("AUTH"));
        QVERIFY2(auth.verdict == V::Fail, dump(steps));
        QVERIFY2(auth.detail.contains(u"WRONGPASS"), qPrintable(auth.detail));
        QVERIFY(auth.advice.contains(u"password"));
        QCOMPARE(stepNamed(steps, QStringLiteral("PING")).verdict, V::Skipped);
        // A password file that holds the wrong one: the advice names the file.
        const QString wrongFile = dir.filePath(QStringLiteral("wrong"));
        QFile f(wrongFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("nope\n");
        f.close();
        const auto steps2 = testRedisStore(redisProfile(p.storeUrl, wrongFile));
        QVERIFY2(stepNamed(steps2, QStringLiteral("AUTH")).advice.contains(wrongFile), dump(steps2));
        // No password at all: PING says NOAUTH.
        const auto steps3 = testRedisStore(redisProfile(p.storeUrl));
        QCOMPARE(stepNamed(steps3, QStringLiteral("AUTH")).verdict, V::Skipped);
        const ConnectivityStep ping = stepNamed(steps3, QStringLiteral("PING"));
        QVERIFY2(ping.verdict == V::Fail && ping.detail.startsWith(u"NOAUTH"), dump(steps3));
        QVERIFY(ping.advice.contains(u"password file"));
    }

    void replicaIsFlagged()
    {
        RedisProcess replica;
        QVERIFY(replica.start(dir.path(), freeLoopbackPort(),
                              {QStringLiteral("--replicaof"), QStringLiteral("127.0.0.1"),
                               QString::number(server.port), QStringLiteral("--masterauth"),
                               QStringLiteral("s3cret")}));
        const auto steps =
            testRedisStore(redisProfile(QStringLiteral("redis://127.0.0.1:%1").arg(replica.port)));
        const ConnectivityStep role = stepNamed(steps, QStringLiteral("Role (master/replica)"));
        QVERIFY2(role.verdict == V::Fail, dump(steps));
        QVERIFY(role.detail.startsWith(QStringLiteral("replica of 127.0.0.1:%1").arg(server.port)));
        QVERIFY(role.advice.contains(u"redis-sentinel://"));
        QCOMPARE(stepNamed(steps, QStringLiteral("Scratch session write/read/delete")).verdict, V::Skipped);
    }

    void readOnlySkipsTheWrite()
    {
        ConnectionProfile p =
            redisProfile(QStringLiteral("redis://127.0.0.1:%1").arg(server.port), passwordFile);
        p.readOnly = true;
        const auto steps = testRedisStore(p);
        QVERIFY2(stepNamed(steps, QStringLiteral("Provider scripts load (SCRIPT LOAD)")).verdict == V::Pass,
                 dump(steps));
        const ConnectivityStep scratch =
            stepNamed(steps, QStringLiteral("Scratch session write/read/delete"));
        QCOMPARE(scratch.verdict, V::Skipped);
        QVERIFY(scratch.detail.contains(u"read-only"));
    }

    void sentinelFindsTheMaster()
    {
        RedisProcess master, sentinel;
        QVERIFY(master.start(dir.path(), freeLoopbackPort()));
        QVERIFY(sentinel.startSentinel(dir.path(), freeLoopbackPort(), QStringLiteral("shop"), master.port));
        const quint16 closed = freeLoopbackPort();
        // The first sentinel of the URL is down: the second one answers.
        const auto steps =
            testRedisStore(redisProfile(QStringLiteral("redis-sentinel://127.0.0.1:%1,127.0.0.1:%2/shop")
                                            .arg(closed)
                                            .arg(sentinel.port)));
        const ConnectivityStep found = stepNamed(steps, QStringLiteral("Sentinel master discovery"));
        QVERIFY2(found.verdict == V::Pass, dump(steps));
        QVERIFY(found.detail.contains(QStringLiteral("127.0.0.1:%1").arg(master.port)));
        QCOMPARE(stepNamed(steps, QStringLiteral("TCP connect")).verdict, V::Warn);
        QVERIFY2(stepNamed(steps, QStringLiteral("Scratch session write/read/delete")).verdict == V::Pass,
                 dump(steps));
        // A master name the sentinel does not monitor.
        const auto wrong = testRedisStore(
            redisProfile(QStringLiteral("redis-sentinel://127.0.0.1:%1/blog").arg(sentinel.port)));
        const ConnectivityStep notFound = stepNamed(wrong, QStringLiteral("Sentinel master discovery"));
        QVERIFY2(notFound.verdict == V::Fail && notFound.advice.contains(u"'blog'"), dump(wrong));
        // A sentinel's port given as a plain redis:// URL.
        const auto plain =
            testRedisStore(redisProfile(QStringLiteral("redis://127.0.0.1:%1").arg(sentinel.port)));
        QVERIFY2(
            stepNamed(plain, QStringLiteral("Role (master/replica)")).advice.contains(u"redis-sentinel://"),
            dump(plain));
    }

    void clusterCoversAllSlots()
    {
        RedisCluster three;
        QString why;
        QVERIFY2(three.start(dir.path(), &why), qPrintable(why));
        const QString url = QStringLiteral("redis-cluster://127.0.0.1:%1").arg(three.base + 1);
        const auto steps = testRedisStore(redisProfile(url));
        const ConnectivityStep coverage = stepNamed(steps, QStringLiteral("Cluster slots coverage"));
        QVERIFY2(coverage.verdict == V::Pass, dump(steps));
        QCOMPARE(coverage.detail, QStringLiteral("all 16384 slots covered by 3 master(s)"));
        QVERIFY(stepNamed(steps, QStringLiteral("Provider scripts load (SCRIPT LOAD)"))
                    .detail.contains(u"3 node"));
        QVERIFY2(stepNamed(steps, QStringLiteral("Scratch session write/read/delete")).verdict == V::Pass,
                 dump(steps));
        // Slots 100-199 unassigned: the uncovered range is named.
        for (const RedisProcess &node : three.nodes) {
            QVERIFY(node.call({"CLUSTER", "DELSLOTSRANGE", "100", "199"}));
        }
        QVERIFY(waitUntil(
            [&] {
                const auto r = three.nodes[1].call({"CLUSTER", "SLOTS"});
                return r && r->elements.size() == 4;
            },
            10000));
        const auto gap = testRedisStore(redisProfile(url));
        const ConnectivityStep uncovered = stepNamed(gap, QStringLiteral("Cluster slots coverage"));
        QVERIFY2(uncovered.verdict == V::Fail && uncovered.detail == u"100 slots not covered: 100-199",
                 dump(gap));
        // A standalone server given as a cluster URL.
        const auto notCluster = testRedisStore(
            redisProfile(QStringLiteral("redis-cluster://127.0.0.1:%1").arg(server.port), passwordFile));
        QVERIFY2(stepNamed(notCluster, QStringLiteral("Cluster slots coverage")).verdict == V::Fail,
                 dump(notCluster));
    }

    void tlsHandshake()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            QSKIP("the openssl command is not installed (./test.sh installs it)");
        }
        QString cert, key;
        QVERIFY(RedisProcess::makeLoopbackCertificate(dir.path(), &cert, &key));
        RedisProcess tls;
        QVERIFY(tls.startTls(dir.path(), freeLoopbackPort(), cert, key));
        const QString base = QStringLiteral("rediss://127.0.0.1:%1").arg(tls.port);
        QList<ConnectivityStep> steps;
        QVERIFY(waitUntil(
            [&] {
                steps = testRedisStore(redisProfile(base + QStringLiteral("?sslCaFile=") + cert));
                return stepNamed(steps, QStringLiteral("Scratch session write/read/delete")).verdict ==
                       V::Pass;
            },
            10000));
        QCOMPARE(stepNamed(steps, QStringLiteral("TLS handshake")).detail,
                 QStringLiteral("encrypted, certificate verified"));
        const auto untrusted = testRedisStore(redisProfile(base));
        const ConnectivityStep refused = stepNamed(untrusted, QStringLiteral("TLS handshake"));
        QVERIFY2(refused.verdict == V::Fail && refused.advice.contains(u"sslCaFile"), dump(untrusted));
        // The TLS port given as redis://: PING gets no RESP answer; the advice says rediss://.
        const auto plain =
            testRedisStore(redisProfile(QStringLiteral("redis://127.0.0.1:%1?timeout=1000").arg(tls.port)));
        QVERIFY2(stepNamed(plain, QStringLiteral("PING")).advice.contains(u"rediss://"), dump(plain));
    }

    void closedPortFailsAtTcp()
    {
        const quint16 closed = freeLoopbackPort();
        const auto steps = testRedisStore(redisProfile(QStringLiteral("redis://127.0.0.1:%1").arg(closed)));
        const ConnectivityStep tcp = stepNamed(steps, QStringLiteral("TCP connect"));
        QVERIFY2(tcp.verdict == V::Fail, dump(steps));
        QVERIFY(tcp.advice.contains(u"Nothing listens"));
        QCOMPARE(stepNamed(steps, QStringLiteral("PING")).verdict, V::Skipped);
        QCOMPARE(steps.size(), 10);
        // A URL that does not parse fails at the first step.
        const auto bad = testRedisStore(redisProfile(QStringLiteral("redis://h:0")));
        QCOMPARE(bad.first().verdict, V::Fail);
        QVERIFY(bad.first().advice.contains(u"redis://HOST:PORT"));
    }

    void cancelStopsEarly()
    {
        std::atomic<bool> cancel{true};
        const auto steps = testRedisStore(
            redisProfile(QStringLiteral("redis://127.0.0.1:%1").arg(server.port), passwordFile), {}, &cancel);
        for (const ConnectivityStep &s : steps) {
            QVERIFY(s.verdict == V::Skipped);
        }
    }
};

QTEST_GUILESS_MAIN(TestRedisConnectivity)
#include "tst_redisconnectivity.moc"
