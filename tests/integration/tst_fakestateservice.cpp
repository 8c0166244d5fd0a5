// SPDX-License-Identifier: GPL-3.0-or-later
// Our clients against a fake State Service that answers as p2pStateServer does (tenor/p2pStateServer
// src/Messages.cs, reply shapes taken from real traffic): bare "200 OK" status lines with no HTTP version,
// headers in the real order (X-AspNet-Version, ActionFlags, LockCookie, Timeout, Cache-Control: private,
// Content-Length; on 423 LockDate, LockAge, LockCookie). Every reply is written here as literal bytes, never
// through our own ResponseParser or appendResponse. Also the ResponseParser's unit cases on literal bytes.
#include "client/stateclient.h"
#include "loadgen/loadgen.h"
#include "monitor/connectionprofile.h"
#include "monitor/connectivity.h"
#include "stateproto/stateprotocol.h"

#include <QProcess>
#include <QtTest>

#include <arpa/inet.h>
#include <atomic>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using sd::proto::ResponseParser;

namespace {

/// A fake State Service on an ephemeral loopback port: an in-memory map, one thread per connection,
/// GET (plain, Exclusive: acquire/release), PUT (ExtraFlags: 1 as a no-op on an existing item), DELETE, HEAD.
class FakeStateService
{
public:
    FakeStateService()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int one = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 64);
        socklen_t len = sizeof a;
        getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~FakeStateService()
    {
        m_stop = true;
        m_acceptor.join();
        ::close(m_listen);
        for (auto &t : m_workers)
            t.join();
    }
    quint16 port() const { return m_port; }
    /// When set, a 423 carries this LockAge value instead of the real age.
    std::atomic<long long> forcedLockAge{0};
    std::atomic<bool> forceLockAge{false};
    std::atomic<int> requests{0};

private:
    struct Item
    {
        std::string data;
        int timeout = 20;
        bool locked = false;
        int cookie = 0;
        int flags = 0;
        long long lockDateTicks = 0;
    };

    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0)
                m_workers.emplace_back([this, fd] { serve(fd); });
        }
    }

    static std::string lower(std::string s)
    {
        for (char &c : s)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        return s;
    }

    void serve(int fd)
    {
        std::string in;
        while (!m_stop) {
            const std::size_t end = in.find("\r\n\r\n");
            if (end == std::string::npos) {
                pollfd p{fd, POLLIN, 0};
                if (::poll(&p, 1, 100) <= 0)
                    continue;
                char buf[65536];
                const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
                if (n <= 0)
                    break;
                in.append(buf, std::size_t(n));
                continue;
            }
            std::map<std::string, std::string> h;
            const std::string head = in.substr(0, end);
            const std::size_t firstEnd = head.find("\r\n");
            const std::string requestLine = head.substr(0, firstEnd);
            std::size_t pos = firstEnd == std::string::npos ? head.size() : firstEnd + 2;
            while (pos < head.size()) {
                std::size_t e = head.find("\r\n", pos);
                if (e == std::string::npos)
                    e = head.size();
                const std::string line = head.substr(pos, e - pos);
                const std::size_t colon = line.find(':');
                if (colon != std::string::npos) {
                    std::string v = line.substr(colon + 1);
                    while (!v.empty() && v.front() == ' ')
                        v.erase(0, 1);
                    h[lower(line.substr(0, colon))] = v;
                }
                pos = e + 2;
            }
            const std::size_t length = h.count("content-length") ? std::stoul(h["content-length"]) : 0;
            while (in.size() < end + 4 + length) {
                char buf[65536];
                const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
                if (n <= 0) {
                    ::close(fd);
                    return;
                }
                in.append(buf, std::size_t(n));
            }
            const std::string body = in.substr(end + 4, length);
            in.erase(0, end + 4 + length);
            const std::string reply = answer(requestLine, h, body);
            ++requests;
            if (::send(fd, reply.data(), reply.size(), MSG_NOSIGNAL) != ssize_t(reply.size()))
                break;
        }
        ::close(fd);
    }

    static std::string tail(const std::string &content = {})
    {
        return "Cache-Control: private\r\nContent-Length: " + std::to_string(content.size()) + "\r\n\r\n" +
               content;
    }
    static constexpr const char *kOk = "200 OK\r\nX-AspNet-Version: 2.0.50727\r\n";
    static constexpr const char *kNotFound = "404 Not Found\r\nX-AspNet-Version: 2.0.50727\r\n";

    std::string locked(const Item &it) const
    {
        const long long nowTicks = (QDateTime::currentDateTime().toMSecsSinceEpoch() +
                                    qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000) *
                                       10000 +
                                   621355968000000000LL;
        const long long age = forceLockAge ? forcedLockAge.load() : (nowTicks - it.lockDateTicks) / 10000000;
        return "423 Locked\r\nX-AspNet-Version: 2.0.50727\r\nLockDate: " + std::to_string(it.lockDateTicks) +
               "\r\nLockAge: " + std::to_string(age) + "\r\nLockCookie: " + std::to_string(it.cookie) +
               "\r\n" + tail();
    }

    std::string answer(const std::string &requestLine, std::map<std::string, std::string> &h,
                       const std::string &body)
    {
        const std::string verb = requestLine.substr(0, requestLine.find(' '));
        const std::size_t t = requestLine.find(' ') + 1;
        const std::string key = requestLine.substr(t, requestLine.find(' ', t) - t);
        std::lock_guard lock(m_mutex);
        auto it = m_items.find(key);
        const bool found = it != m_items.end();
        const std::string exclusive = lower(h["exclusive"]);
        const int cookie = h.count("lockcookie") ? std::stoi(h["lockcookie"]) : -1;
        if (verb == "GET" && exclusive == "release") {
            if (!found)
                return kNotFound + tail();
            if (it->second.locked && it->second.cookie == cookie)
                it->second.locked = false;
            return kOk + tail();
        }
        if (verb == "GET") {
            if (!found)
                return kNotFound + tail();
            Item &item = it->second;
            if (item.locked)
                return locked(item);
            std::string r = kOk;
            if (item.flags & 1) {
                r += "ActionFlags: 1\r\n";
                item.flags = 0;
            }
            if (exclusive == "acquire") {
                item.locked = true;
                ++item.cookie;
                item.lockDateTicks = (QDateTime::currentDateTime().toMSecsSinceEpoch() +
                                      qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000) *
                                         10000 +
                                     621355968000000000LL;
                r += "LockCookie: " + std::to_string(item.cookie) + "\r\n";
            }
            r += "Timeout: " + std::to_string(item.timeout) + "\r\n";
            return r + tail(item.data);
        }
        if (verb == "PUT") {
            const int flags = h.count("extraflags") ? std::stoi(h["extraflags"]) : 0;
            const int timeout = h.count("timeout") ? std::stoi(h["timeout"]) : 20;
            if (found && flags == 1)
                return kOk + tail(); // CreateUninitializedItem on an existing item: no-op
            if (found && it->second.locked && it->second.cookie != cookie)
                return locked(it->second);
            Item &item = m_items[key];
            item.data = body;
            item.timeout = timeout;
            item.locked = false;
            item.flags = flags & 1;
            return kOk + tail();
        }
        if (verb == "DELETE") {
            if (!found)
                return kNotFound + tail();
            if (it->second.locked && it->second.cookie != cookie)
                return locked(it->second);
            m_items.erase(it);
            return kOk + tail();
        }
        if (verb == "HEAD")
            return (found ? kOk : kNotFound) + tail();
        return "400 Bad Request\r\nX-AspNet-Version: 2.0.50727\r\n" + tail();
    }

    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::map<std::string, Item> m_items;
};

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
