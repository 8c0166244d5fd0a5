// SPDX-License-Identifier: GPL-3.0-or-later
// Wire tests against the real sessionstated (issue 11 points 2, 3 and their tests from point 5): requests
// are written as literal bytes and replies checked as literal bytes, never through our urlEncode or
// ResponseParser. The expected behaviour is StateRuntime's (RS System.Web/State/StateRuntime.cs,
// StateApplication.DoGet / FinishPut / DoDelete / DoHead / OnCacheItemRemoved; StateWorkerRequest.cs).

#include "serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

namespace {

/// One reply taken apart by hand: the status line, the header lines (sorted, so the test does not depend on
/// the order the server writes them in) and the body.
struct Reply
{
    std::string statusLine;
    std::vector<std::string> headers;
    std::string body;
    bool ok = false;
};

/// The header lines every State Service reply carries, plus `extra`, sorted; Content-Length of `bodyBytes`.
std::vector<std::string> headersWith(std::size_t bodyBytes, std::vector<std::string> extra = {})
{
    extra.push_back("Content-Length: " + std::to_string(bodyBytes));
    extra.emplace_back("X-AspNet-Version: 4.0.30319");
    extra.emplace_back("Cache-Control: private");
    std::sort(extra.begin(), extra.end());
    return extra;
}

/// The 400 body StateRuntime.ReportInvalidHeader writes.
std::string invalidHeader(const std::string &httpName)
{
    return "<html><head><title>Bad Request</title></head>\r\n<body><h1>Http/1.1 400 Bad Request</h1>"
           "Invalid header <b>" +
           httpName + "</b></body></html>";
}

/// A blocking connection that sends literal requests and reads one reply at a time.
class Wire
{
public:
    explicit Wire(quint16 port) : m_client(port) {}
    bool connected() const { return m_client.connected; }

    /// Sends `request` and reads one reply (`head`: HEAD, no body whatever Content-Length says).
    Reply exchange(const std::string &request, bool head = false, int timeoutMs = 10000)
    {
        Reply r;
        if (!m_client.send(request))
            return r;
        return read(head, timeoutMs);
    }

    /// Reads one reply: up to the empty line, then Content-Length bytes.
    Reply read(bool head = false, int timeoutMs = 10000)
    {
        Reply r;
        std::string &buf = m_client.buffer;
        std::size_t end = std::string::npos;
        while ((end = buf.find("\r\n\r\n")) == std::string::npos)
            if (!m_client.fill(timeoutMs))
                return r;
        const std::string headText = buf.substr(0, end);
        std::size_t pos = headText.find("\r\n");
        r.statusLine = headText.substr(0, pos);
        std::size_t length = 0;
        while (pos != std::string::npos) {
            const std::size_t next = headText.find("\r\n", pos + 2);
            const std::string line =
                headText.substr(pos + 2, next == std::string::npos ? next : next - pos - 2);
            if (line.rfind("Content-Length: ", 0) == 0)
                length = std::stoull(line.substr(16));
            r.headers.push_back(line);
            pos = next;
        }
        std::sort(r.headers.begin(), r.headers.end());
        if (head)
            length = 0;
        while (buf.size() < end + 4 + length)
            if (!m_client.fill(timeoutMs))
                return r;
        r.body = buf.substr(end + 4, length);
        buf.erase(0, end + 4 + length);
        r.ok = true;
        return r;
    }

    RawClient &client() { return m_client; }

private:
    RawClient m_client;
};

/// The value of header `name` in `r`, or "" when absent.
std::string header(const Reply &r, const std::string &name)
{
    for (const std::string &h : r.headers)
        if (h.rfind(name + ": ", 0) == 0)
            return h.substr(name.size() + 2);
    return {};
}

/// Resident set size and its peak (VmRSS, VmHWM) of process `pid`, bytes.
std::pair<qint64, qint64> processRss(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    qint64 rss = 0, hwm = 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 2 && parts[0] == "VmRSS:")
            rss = parts[1].toLongLong() * 1024;
        if (parts.size() >= 2 && parts[0] == "VmHWM:")
            hwm = parts[1].toLongLong() * 1024;
    }
    return {rss, hwm};
}

const std::string kOk = "HTTP/1.1 200 OK";
const std::string kNotFound = "HTTP/1.1 404 Not Found";
const std::string kBad = "HTTP/1.1 400 Bad Request";

} // namespace

class TestWire : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ServerProcess server;
    QByteArray token;

    /// GET on the admin API (JSON), Connection: close, parsed by hand.
    QJsonObject admin(const std::string &path)
    {
        RawClient c(server.adminPort);
        if (!c.send("GET " + path +
                    " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer " +
                    token.toStdString() + "\r\n\r\n"))
            return {};
        while (c.fill(5000)) {
        }
        const std::size_t end = c.buffer.find("\r\n\r\n");
        if (end == std::string::npos)
            return {};
        return QJsonDocument::fromJson(QByteArray::fromStdString(c.buffer.substr(end + 4))).object();
    }

    qint64 counter(const char *name)
    {
        return admin("/v1/stats")
            .value(QStringLiteral("sessions"))
            .toObject()
            .value(QLatin1String(name))
            .toInteger();
    }

private slots:
    void initTestCase()
    {
        const QString tokenFile = QDir(dir.path()).filePath(QStringLiteral("admin-token"));
        QVERIFY2(server.start({QStringLiteral("--admin-token-file"), tokenFile}),
                 "sessionstated did not start");
        QFile f(tokenFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        token = f.readAll().trimmed();
    }

    // ------------------------------------------------------------------ point 3: order of checks

    /// StateRuntime.DoDelete looks the item up before it reads LockCookie: 404 whatever the cookie.
    void deleteLooksUpFirst()
    {
        Wire w(server.port);
        QVERIFY(w.connected());
        for (const char *cookie : {"", "LockCookie: junk\r\n", "LockCookie: -5\r\n", "LockCookie: 3\r\n"}) {
            const Reply r = w.exchange(std::string("DELETE %2fwire%2fdel-missing HTTP/1.1\r\nHost: x\r\n") +
                                       cookie + "\r\n");
            QCOMPARE(r.statusLine, kNotFound);
            QCOMPARE(r.headers, headersWith(0));
            QCOMPARE(r.body, std::string());
        }
        // An existing item: now the invalid cookie is read, and answered 400 (the item stays).
        QCOMPARE(
            w.exchange("PUT %2fwire%2fdel HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc").statusLine,
            kOk);
        Reply r = w.exchange("DELETE %2fwire%2fdel HTTP/1.1\r\nHost: x\r\nLockCookie: junk\r\n\r\n");
        QCOMPARE(r.statusLine, kBad);
        QCOMPARE(r.body, invalidHeader("Http_LockCookie"));
        QCOMPARE(r.headers, headersWith(r.body.size()));
        r = w.exchange("DELETE %2fwire%2fdel HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(0));
    }

    /// StateRuntime.DoGet looks the item up before `Exclusive: release` reads its required LockCookie.
    void releaseLooksUpFirst()
    {
        Wire w(server.port);
        for (const char *cookie : {"", "LockCookie: junk\r\n", "LockCookie: 7\r\n"}) {
            const Reply r = w.exchange(
                std::string("GET %2fwire%2frel-missing HTTP/1.1\r\nHost: x\r\nExclusive: release\r\n") +
                cookie + "\r\n");
            QCOMPARE(r.statusLine, kNotFound);
            QCOMPARE(r.headers, headersWith(0));
        }
        QCOMPARE(w.exchange("PUT %2fwire%2frel HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nz").statusLine,
                 kOk);
        const Reply r = w.exchange("GET %2fwire%2frel HTTP/1.1\r\nHost: x\r\nExclusive: release\r\n\r\n");
        QCOMPARE(r.statusLine, kBad);
        QCOMPARE(r.body, invalidHeader("Http_LockCookie"));
    }

    /// StateRuntime.FinishPut reads LockCookie only for an existing item, after the ExtraFlags: 1 no-op.
    void putReadsCookieOnlyForExistingItem()
    {
        Wire w(server.port);
        // A new item with any cookie is inserted (lock cookie 1: the first acquire yields 2).
        Reply r = w.exchange(
            "PUT %2fwire%2fput1 HTTP/1.1\r\nHost: x\r\nLockCookie: junk\r\nContent-Length: 3\r\n\r\n"
            "one");
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(0));
        r = w.exchange(
            "PUT %2fwire%2fput2 HTTP/1.1\r\nHost: x\r\nLockCookie: 77\r\nContent-Length: 3\r\n\r\ntwo");
        QCOMPARE(r.statusLine, kOk);
        r = w.exchange("GET %2fwire%2fput2 HTTP/1.1\r\nHost: x\r\nExclusive: acquire\r\n\r\n");
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(3, {"LockCookie: 2", "Timeout: 20"}));
        QCOMPARE(r.body, std::string("two"));
        // Existing item: ExtraFlags: 1 is a no-op (200) before the invalid cookie is even read.
        r = w.exchange("PUT %2fwire%2fput1 HTTP/1.1\r\nHost: x\r\nExtraFlags: 1\r\nLockCookie: junk\r\n"
                       "Content-Length: 3\r\n\r\nnew");
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(0));
        // Without it, the invalid cookie is now a 400.
        r = w.exchange(
            "PUT %2fwire%2fput1 HTTP/1.1\r\nHost: x\r\nLockCookie: junk\r\nContent-Length: 3\r\n\r\nnew");
        QCOMPARE(r.statusLine, kBad);
        QCOMPARE(r.body, invalidHeader("Http_LockCookie"));
        r = w.exchange("GET %2fwire%2fput1 HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(r.headers, headersWith(3, {"Timeout: 20"}));
        QCOMPARE(r.body, std::string("one"));
    }

    /// An `Exclusive` value other than acquire/release is served as a plain GET (no 400, no lock).
    void unknownExclusiveIsPlainGet()
    {
        Wire w(server.port);
        QCOMPARE(
            w.exchange("PUT %2fwire%2fexcl HTTP/1.1\r\nHost: x\r\nTimeout: 5\r\nContent-Length: 2\r\n\r\nhi")
                .statusLine,
            kOk);
        const Reply r = w.exchange("GET %2fwire%2fexcl HTTP/1.1\r\nHost: x\r\nExclusive: bogus\r\n\r\n");
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(2, {"Timeout: 5"}));
        QVERIFY(header(r, "LockCookie").empty()); // no lock taken
        QCOMPARE(r.body, std::string("hi"));
        // Not locked: a plain GET still answers 200.
        QCOMPARE(w.exchange("GET %2fwire%2fexcl HTTP/1.1\r\nHost: x\r\n\r\n").statusLine, kOk);
    }

    /// `Timeout: -1` and `ExtraFlags: -1` are the native code's "absent": 20 minutes, flags 0.
    void minusOneMeansAbsent()
    {
        Wire w(server.port);
        Reply r = w.exchange("PUT %2fwire%2fminus HTTP/1.1\r\nHost: x\r\nTimeout: -1\r\nExtraFlags: -1\r\n"
                             "Content-Length: 1\r\n\r\nm");
        QCOMPARE(r.statusLine, kOk);
        r = w.exchange("GET %2fwire%2fminus HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(1, {"Timeout: 20"})); // no ActionFlags: the flags are 0
        // For contrast, ExtraFlags: 1 on a new item gives ActionFlags: 1 once.
        QCOMPARE(
            w.exchange("PUT %2fwire%2fone HTTP/1.1\r\nHost: x\r\nExtraFlags: 1\r\nContent-Length: 1\r\n\r\no")
                .statusLine,
            kOk);
        r = w.exchange("GET %2fwire%2fone HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(r.headers, headersWith(1, {"ActionFlags: 1", "Timeout: 20"}));
        // Other negative values stay invalid.
        r = w.exchange(
            "PUT %2fwire%2fminus HTTP/1.1\r\nHost: x\r\nTimeout: -2\r\nContent-Length: 1\r\n\r\nm");
        QCOMPARE(r.statusLine, kBad);
        QCOMPARE(r.body, invalidHeader("Http_Timeout"));
    }

    /// `Timeout: 0` never expires (a zero sliding expiration in the ASP.NET cache); the admin API lists its
    /// expiry as DateTime.MaxValue, 9999-12-31T23:59:59.999Z.
    void timeoutZeroNeverExpires()
    {
        Wire w(server.port);
        QCOMPARE(
            w.exchange("PUT %2fwire0%2fzero HTTP/1.1\r\nHost: x\r\nTimeout: 0\r\nContent-Length: 1\r\n\r\n0")
                .statusLine,
            kOk);
        QTest::qWait(1100); // one pass of the 1-second expiry loop: a 0-minute expiry would have ended it
        const Reply r = w.exchange("GET %2fwire0%2fzero HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(1, {"Timeout: 0"}));
        const QJsonArray rows =
            admin("/v1/sessions?app=%2Fwire0").value(QStringLiteral("sessions")).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("timeout")).toInt(), 0);
        QCOMPARE(row.value(QStringLiteral("expires")).toString(), QStringLiteral("9999-12-31T23:59:59.999Z"));
        QCOMPARE(row.value(QStringLiteral("last_access")).toString(),
                 row.value(QStringLiteral("created")).toString());
    }

    /// ExtraFlags bit 2 (IgnoreCacheItemRemoved): StateRuntime.OnCacheItemRemoved does not count the end.
    void ignoreCacheItemRemovedSkipsCounters()
    {
        Wire w(server.port);
        QCOMPARE(
            w.exchange("PUT %2fwire%2fign HTTP/1.1\r\nHost: x\r\nExtraFlags: 2\r\nContent-Length: 1\r\n\r\ni")
                .statusLine,
            kOk);
        const qint64 abandoned = counter("abandoned"), active = counter("active");
        QCOMPARE(w.exchange("DELETE %2fwire%2fign HTTP/1.1\r\nHost: x\r\n\r\n").statusLine, kOk);
        QCOMPARE(counter("abandoned"), abandoned);
        QCOMPARE(counter("active"), active);
        // Without the bit, the end is counted.
        QCOMPARE(w.exchange("PUT %2fwire%2fcnt HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\n\r\nc").statusLine,
                 kOk);
        QCOMPARE(w.exchange("DELETE %2fwire%2fcnt HTTP/1.1\r\nHost: x\r\n\r\n").statusLine, kOk);
        QCOMPARE(counter("abandoned"), abandoned + 1);
    }

    // ------------------------------------------------------------------ point 2: no 20 MiB wall

    /// A 100 MiB item goes in and comes back byte for byte; prints the time and sessionstated's memory.
    void hundredMebibyteRoundTrip()
    {
        const std::size_t size = std::size_t(100) * 1024 * 1024;
        std::string item(size, '\0');
        for (std::size_t i = 0; i < size; ++i)
            item[i] = char('a' + i % 23);
        const qint64 pid = server.proc.processId();
        const auto before = processRss(pid);
        Wire w(server.port);
        QElapsedTimer t;
        t.start();
        Reply r =
            w.exchange("PUT %2fwire%2fbig HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(size) +
                       "\r\n\r\n" + item);
        const qint64 putMs = t.restart();
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(0));
        const auto afterPut = processRss(pid);
        r = w.exchange("GET %2fwire%2fbig HTTP/1.1\r\nHost: x\r\n\r\n", false, 60000);
        const qint64 getMs = t.elapsed();
        QCOMPARE(r.statusLine, kOk);
        QCOMPARE(r.headers, headersWith(size, {"Timeout: 20"}));
        QVERIFY(r.body == item);
        const auto afterGet = processRss(pid);
        qInfo("100 MiB: PUT %lld ms, GET %lld ms; sessionstated RSS %lld MiB before, %lld MiB after PUT, "
              "%lld MiB "
              "after GET, peak %lld MiB",
              putMs, getMs, before.first >> 20, afterPut.first >> 20, afterGet.first >> 20,
              afterGet.second >> 20);
        QVERIFY(afterGet.second < before.second + 5 * qint64(size)); // bounded: a few copies at most
        QCOMPARE(w.exchange("DELETE %2fwire%2fbig HTTP/1.1\r\nHost: x\r\n\r\n").statusLine, kOk);
    }

    /// Over --max-body: the body is read and dropped, then a 400 says why, then the connection closes.
    void cappedBodyGetsA400()
    {
        ServerProcess capped;
        QVERIFY(capped.start({QStringLiteral("--max-body"), QStringLiteral("1048576")}));
        const std::size_t size = std::size_t(8) * 1024 * 1024; // far more than the socket buffers hold
        Wire w(capped.port);
        const Reply r =
            w.exchange("PUT %2fwire%2fcap HTTP/1.1\r\nHost: x\r\nContent-Length: " + std::to_string(size) +
                       "\r\n\r\n" + std::string(size, 'c'));
        QVERIFY2(r.ok, "no reply: the upload broke off");
        QCOMPARE(r.statusLine, kBad);
        QCOMPARE(r.body,
                 std::string("<html><head><title>Bad Request</title></head>\r\n<body><h1>Http/1.1 400 Bad "
                             "Request</h1>body of 8388608 bytes exceeds the limit of 1048576 bytes "
                             "(sessionstated --max-body)</body></html>"));
        QCOMPARE(r.headers, headersWith(r.body.size(), {"Connection: close"}));
        QVERIFY(w.client().closedByPeer());
        // At the cap exactly it is stored.
        Wire ok(capped.port);
        QCOMPARE(ok.exchange("PUT %2fwire%2fcap HTTP/1.1\r\nHost: x\r\nContent-Length: 1048576\r\n\r\n" +
                             std::string(1048576, 'c'))
                     .statusLine,
                 kOk);
    }
};

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
