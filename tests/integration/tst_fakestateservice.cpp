// SPDX-License-Identifier: GPL-3.0-or-later
// Our clients against a fake State Service that answers as p2pStateServer does (common/fakestateservice.h:
// bare "200 OK" status lines, headers in the real order, replies as literal bytes). Also the ResponseParser's
// unit cases on literal bytes.
#include "client/stateclient.h"
#include "fakestateservice.h"
#include "loadgen/loadgen.h"
#include "monitor/connectionprofile.h"
#include "monitor/connectivity.h"
#include "stateproto/stateprotocol.h"

#include <QProcess>
#include <QtTest>

using sd::proto::ResponseParser;

namespace {

ResponseParser::Status parseAll(ResponseParser &p, const std::string &bytes, bool head = false)
{
    return p.parse(bytes, head);
}

} // namespace

class TestFakeStateService : public QObject
{
    Q_OBJECT

private slots:
    // ---- ResponseParser on literal bytes ----
    void parserStatusLineForms_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::newRow("bare 200") << QByteArray("200 OK\r\nX-AspNet-Version: 2.0.50727\r\nTimeout: 20\r\n"
                                                "Cache-Control: private\r\nContent-Length: 3\r\n\r\nabc")
                                  << 200;
        QTest::newRow("HTTP/1.0") << QByteArray(
                                         "HTTP/1.0 200 OK\r\nX-AspNet-Version: 2.0.50727\r\nTimeout: 20\r\n"
                                         "Cache-Control: private\r\nContent-Length: 3\r\n\r\nabc")
                                  << 200;
        QTest::newRow("HTTP/1.1") << QByteArray(
                                         "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nX-AspNet-Version: "
                                         "4.0.30319\r\nCache-Control: private\r\nTimeout: 20\r\n\r\nabc")
                                  << 200;
        QTest::newRow("bare 404") << QByteArray("404 Not Found\r\nX-AspNet-Version: 2.0.50727\r\n"
                                                "Cache-Control: private\r\nContent-Length: 0\r\n\r\n")
                                  << 404;
        QTest::newRow("bare 500 canned")
            << QByteArray("500 Internal Server Error\r\nContent-Length: 0\r\n\r\n") << 500;
    }
    void parserStatusLineForms()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        ResponseParser p;
        QCOMPARE(parseAll(p, bytes.toStdString()), ResponseParser::Status::Done);
        QCOMPARE(p.status, status);
        QCOMPARE(p.consumed(), std::size_t(bytes.size()));
        if (status == 200) {
            QCOMPARE(p.body, std::string("abc"));
            QCOMPARE(p.timeout.value_or(-1), 20);
            QVERIFY(p.hasData());
        }
    }
    void parserRejectsNonStatus()
    {
        ResponseParser p;
        QCOMPARE(parseAll(p, "HELLO world\r\n\r\n"), ResponseParser::Status::Error);
        QCOMPARE(parseAll(p, "HTTP/1.1 OK\r\n\r\n"), ResponseParser::Status::Error);
        QCOMPARE(parseAll(p, "2000 OK\r\n\r\n"), ResponseParser::Status::Error);
        QCOMPARE(parseAll(p, "200 OK\r\nContent-Length: 5\r\n\r\nab"), ResponseParser::Status::NeedMore);
    }
    void parserRealHeaderOrder()
    {
        ResponseParser p;
        const std::string get = "200 OK\r\nX-AspNet-Version: 2.0.50727\r\nActionFlags: 1\r\nLockCookie: 7\r\n"
                                "Timeout: 15\r\nCache-Control: private\r\nContent-Length: 2\r\n\r\nhi";
        QCOMPARE(parseAll(p, get), ResponseParser::Status::Done);
        QCOMPARE(p.aspNetVersion, std::string("2.0.50727"));
        QCOMPARE(p.actionFlags.value_or(-1), 1);
        QCOMPARE(p.lockCookie.value_or(-1), 7);
        QCOMPARE(p.timeout.value_or(-1), 15);
        QCOMPARE(p.body, std::string("hi"));
        const std::string locked =
            "423 Locked\r\nX-AspNet-Version: 2.0.50727\r\nLockDate: 638000000000000000\r\n"
            "LockAge: 42\r\nLockCookie: 9\r\nCache-Control: private\r\nContent-Length: 0\r\n\r\n";
        QCOMPARE(parseAll(p, locked), ResponseParser::Status::Done);
        QCOMPARE(p.status, 423);
        QCOMPARE(p.lockDate.value_or(-1), 638000000000000000LL);
        QCOMPARE(p.lockAge.value_or(-1), 42);
        QCOMPARE(p.lockCookie.value_or(-1), 9);
        QVERIFY(!p.hasData());
        QCOMPARE(ResponseParser::clientLockAgeSeconds(p.lockAge, p.lockDate, 638000000000000000LL + 1), 42);
    }
    void parserEmpty200IsNoData()
    {
        ResponseParser p;
        QCOMPARE(parseAll(p, "200 OK\r\nX-AspNet-Version: 2.0.50727\r\nLockCookie: 3\r\nTimeout: 20\r\n"
                             "Cache-Control: private\r\nContent-Length: 0\r\n\r\n"),
                 ResponseParser::Status::Done);
        QCOMPARE(p.status, 200);
        QVERIFY(!p.hasData());
        QVERIFY(p.body.empty());
    }
    void parserLockAgeRule()
    {
        // RS OutOfProcStateClientManager.cs DoGet, case 423.
        const std::int64_t now = 638000000000000000LL;
        const std::int64_t oneYear = 365LL * 24 * 3600;
        QCOMPARE(ResponseParser::clientLockAgeSeconds(0, now - 50'000'000, now), 0);
        QCOMPARE(ResponseParser::clientLockAgeSeconds(oneYear - 1, now - 50'000'000, now), oneYear - 1);
        QCOMPARE(ResponseParser::clientLockAgeSeconds(oneYear, now - 50'000'000, now), 0); // a year on: 0
        QCOMPARE(ResponseParser::clientLockAgeSeconds(-1, now - 50'000'000, now), 5);      // LockDate
        QCOMPARE(ResponseParser::clientLockAgeSeconds(std::nullopt, now - 70'000'000, now), 7);
        QCOMPARE(ResponseParser::clientLockAgeSeconds(-5, now + 10, now), 0); // LockDate in the future
        QCOMPARE(ResponseParser::clientLockAgeSeconds(-5, 0, now), 0);
        QCOMPARE(ResponseParser::clientLockAgeSeconds(std::nullopt, std::nullopt, now), 0);
        // On the wire: a LockAge of -1 with a LockDate 30 s ago.
        ResponseParser p;
        const std::string bytes =
            "423 Locked\r\nX-AspNet-Version: 2.0.50727\r\nLockDate: " + std::to_string(now - 300'000'000) +
            "\r\nLockAge: -1\r\nLockCookie: 4\r\nCache-Control: private\r\nContent-Length: 0\r\n\r\n";
        QCOMPARE(parseAll(p, bytes), ResponseParser::Status::Done);
        QCOMPARE(ResponseParser::clientLockAgeSeconds(p.lockAge, p.lockDate, now), 30);
    }

    // ---- our clients against the fake ----
    void stateClientAgainstFake()
    {
        FakeStateService fake;
        sd::StateClient c({QStringLiteral("127.0.0.1"), fake.port()}, 5);
        const std::string key =
            sd::stateRequestTarget(QStringLiteral("/LM/W3SVC/1/ROOT"), QStringLiteral("abc"));
        StateReplyCheck(c.getItem(key), 404);
        StateReplyCheck(c.setAndReleaseItemExclusive(key, "data", 20, std::nullopt), 200);
        auto r = c.getItem(key);
        StateReplyCheck(r, 200);
        QCOMPARE(r.body, QByteArray("data"));
        QVERIFY(r.hasData);
        QCOMPARE(r.timeout.value_or(-1), 20);
        QCOMPARE(r.serverVersion, QStringLiteral("2.0.50727"));
        r = c.getItemExclusive(key);
        StateReplyCheck(r, 200);
        QCOMPARE(r.lockCookie.value_or(-1), 1);
        r = c.getItem(key);
        StateReplyCheck(r, 423);
        QCOMPARE(r.lockCookie.value_or(-1), 1);
        QVERIFY(r.lockDate.has_value());
        QCOMPARE(r.lockAgeSeconds.value_or(-1), 0);
        fake.forceLockAge = true;
        fake.forcedLockAge = -1; // falls back to LockDate: just taken, so 0..1 s
        r = c.getItem(key);
        QVERIFY(r.lockAgeSeconds.value_or(-1) >= 0 && r.lockAgeSeconds.value_or(-1) <= 1);
        fake.forcedLockAge = 400LL * 24 * 3600; // over a year: 0
        r = c.getItem(key);
        QCOMPARE(r.lockAge.value_or(-1), 400LL * 24 * 3600);
        QCOMPARE(r.lockAgeSeconds.value_or(-1), 0);
        fake.forceLockAge = false;
        StateReplyCheck(c.releaseItemExclusive(key, 1), 200);
        StateReplyCheck(c.resetItemTimeout(key), 200);
        StateReplyCheck(c.createUninitializedItem(key, "x", 20), 200);
        StateReplyCheck(c.removeItem(key, std::nullopt), 200);
        StateReplyCheck(c.resetItemTimeout(key), 404);
        // A 200 with Content-Length: 0 is no data.
        StateReplyCheck(c.setAndReleaseItemExclusive(key, QByteArray(), 20, std::nullopt), 200);
        r = c.getItem(key);
        StateReplyCheck(r, 200);
        QVERIFY(!r.hasData);
    }

    void sessionctlAgainstFake()
    {
        FakeStateService fake;
        const QString conn = QStringLiteral("tcpip=127.0.0.1:%1").arg(fake.port());
        const QString id = QStringLiteral("fake0fake1fake2fake3fake");
        auto run = [](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(SD_SESSIONCTL), args);
            p.waitForFinished(30000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QByteArray out;
        QCOMPARE(run({QStringLiteral("ping"), conn}, &out), 0);
        QVERIFY2(out.contains("2.0.50727"), out.constData());
        QCOMPARE(run({QStringLiteral("put"), conn, id, QStringLiteral("--item"), QStringLiteral("user=alice"),
                      QStringLiteral("--timeout"), QStringLiteral("15")}),
                 0);
        QCOMPARE(
            run({QStringLiteral("get"), conn, id, QStringLiteral("--exclusive"), QStringLiteral("--json")},
                &out),
            0);
        QVERIFY2(out.contains("\"lockCookie\": 1"), out.constData());
        QVERIFY2(out.contains("alice"), out.constData());
        QCOMPARE(run({QStringLiteral("get"), conn, id}), 1); // 423
        QCOMPARE(run({QStringLiteral("remove"), conn, id}), 1);
        QCOMPARE(
            run({QStringLiteral("remove"), conn, id, QStringLiteral("--lock-cookie"), QStringLiteral("1")}),
            0);
        QCOMPARE(run({QStringLiteral("get"), conn, id}), 1); // 404
    }

    void connectivityAgainstFake()
    {
        FakeStateService fake;
        sd::ConnectionProfile profile;
        profile.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(fake.port());
        profile.stateNetworkTimeoutSeconds = 5;
        const auto steps = sd::testStateServer(profile);
        QVERIFY(steps.size() >= 4);
        for (int i = 0; i < 4; ++i)
            QVERIFY2(steps[i].verdict == sd::ConnectivityStep::Verdict::Pass,
                     qPrintable(steps[i].name + QStringLiteral(": ") + steps[i].detail + QStringLiteral(" ") +
                                steps[i].advice));
    }

    void loadgenAgainstFake()
    {
        FakeStateService fake;
        sd::LoadOptions o;
        o.port = fake.port();
        o.sessions = 20;
        o.concurrency = 4;
        o.requests = 300;
        o.durationSeconds = 20;
        o.itemBytes = 256;
        o.threads = 1;
        o.requestTimeoutMs = 5000;
        const sd::LoadReport r = sd::runLoad(o);
        QVERIFY2(r.fatal.empty(), r.fatal.c_str());
        QVERIFY(r.requests >= 300);
        QVERIFY(r.prefilled >= 20);
        for (const auto &[kind, n] : r.errors)
            QVERIFY2(kind != "protocol" && kind != "closed" && kind != "timeout" && kind != "connect" &&
                         kind.rfind("status", 0) != 0,
                     (kind + " x" + std::to_string(n)).c_str());
    }

private:
    static void StateReplyCheck(const sd::StateReply &r, int status)
    {
        QVERIFY2(r.status == status,
                 qPrintable(QStringLiteral("status %1 (want %2) %3").arg(r.status).arg(status).arg(r.error)));
    }
};

QTEST_GUILESS_MAIN(TestFakeStateService)
#include "tst_fakestateservice.moc"
