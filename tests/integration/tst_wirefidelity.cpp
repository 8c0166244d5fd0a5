// SPDX-License-Identifier: GPL-3.0-or-later
// Wire fidelity (issue 11): the real sessionstated process, driven with requests written as literal bytes
// and answered with replies checked as literal lines, without our own url codec or response parser.
// Sources: microsoft/referencesource System.Web/State/StateRuntime.cs (DoGet, DoPut, DoDelete,
// GetRequiredNonNegativeInt32HeaderValue, C#'s unchecked `_lockCookie++`) and the ASP.NET cache's sliding
// expiration; HTTP/1.0 and `Connection: close` follow RFC 9112 section 9.3.
#include "serverprocess.h"

#include <QTest>

#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

/// The target the real client writes for application "/LM/W3SVC/1/ROOT" (already url-encoded).
const std::string kPath = "/LM/W3SVC/1/ROOT(Wf1%2bAbC%3d)/";

/// One reply, split as it came: the status line, the header lines (without CRLF) and the body.
struct Reply
{
    std::string statusLine;
    std::vector<std::string> headers;
    std::string body;

    bool has(const std::string &line) const
    {
        for (const std::string &h : headers)
            if (h == line)
                return true;
        return false;
    }
    std::string dump() const
    {
        std::string s = statusLine + " |";
        for (const std::string &h : headers)
            s += " " + h + " |";
        return s + " body " + std::to_string(body.size()) + " bytes";
    }
};

/// A blocking TCP connection to a loopback address of either family, reading with a deadline.
class Wire
{
public:
    Wire(const char *address, quint16 port)
    {
        sockaddr_storage a{};
        socklen_t len = 0;
        auto *v4 = reinterpret_cast<sockaddr_in *>(&a);
        auto *v6 = reinterpret_cast<sockaddr_in6 *>(&a);
        if (inet_pton(AF_INET, address, &v4->sin_addr) == 1) {
            v4->sin_family = AF_INET;
            v4->sin_port = htons(port);
            len = sizeof *v4;
        } else if (inet_pton(AF_INET6, address, &v6->sin6_addr) == 1) {
            v6->sin6_family = AF_INET6;
            v6->sin6_port = htons(port);
            len = sizeof *v6;
        }
        fd = ::socket(a.ss_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        connected = fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&a), len) == 0;
    }
    ~Wire()
    {
        if (fd >= 0)
            ::close(fd);
    }
    Wire(const Wire &) = delete;
    Wire &operator=(const Wire &) = delete;

    bool send(const std::string &bytes)
    {
        std::size_t off = 0;
        while (off < bytes.size()) {
            const ssize_t n = ::send(fd, bytes.data() + off, bytes.size() - off, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            off += std::size_t(n);
        }
        return true;
    }
    /// One reply (HEAD: no body, whatever Content-Length says); nullopt on timeout or close before it ends.
    std::optional<Reply> read(bool head = false, int timeoutMs = 5000)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        std::size_t end;
        while ((end = buffer.find("\r\n\r\n")) == std::string::npos)
            if (!fill(deadline))
                return std::nullopt;
        Reply r;
        std::size_t pos = buffer.find("\r\n");
        r.statusLine = buffer.substr(0, pos);
        while (pos < end) {
            const std::size_t next = buffer.find("\r\n", pos + 2);
            r.headers.push_back(buffer.substr(pos + 2, next - pos - 2));
            pos = next;
        }
        std::size_t length = 0;
        for (const std::string &h : r.headers)
            if (h.rfind("Content-Length: ", 0) == 0)
                length = std::stoul(h.substr(16));
        if (head)
            length = 0;
        while (buffer.size() < end + 4 + length)
            if (!fill(deadline))
                return std::nullopt;
        r.body = buffer.substr(end + 4, length);
        buffer.erase(0, end + 4 + length);
        return r;
    }
    /// True when the server closed the connection within `timeoutMs` with nothing more to read.
    bool closedByPeer(int timeoutMs = 5000)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        const std::size_t before = buffer.size();
        while (fill(deadline)) {
        }
        return eof && buffer.size() == before;
    }

    int fd = -1;
    bool connected = false;

private:
    bool fill(std::chrono::steady_clock::time_point deadline)
    {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
            deadline - std::chrono::steady_clock::now());
        pollfd p{fd, POLLIN, 0};
        if (eof || left.count() <= 0 || ::poll(&p, 1, int(left.count())) <= 0)
            return false;
        char b[65536];
        const ssize_t n = ::recv(fd, b, sizeof b, 0);
        if (n <= 0) {
            eof = true;
            return false;
        }
        buffer.append(b, std::size_t(n));
        return true;
    }
    std::string buffer;
    bool eof = false;
};

/// One request and its reply on `w`; an empty Reply (statusLine "") when none came.
Reply roundTrip(Wire &w, const std::string &request, bool head = false)
{
    if (!w.send(request))
        return {};
    return w.read(head).value_or(Reply{});
}

/// True when this host can bind ::1 (IPv6 loopback present).
bool haveIpv6Loopback()
{
    const int fd = ::socket(AF_INET6, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    sockaddr_in6 a{};
    a.sin6_family = AF_INET6;
    a.sin6_addr = in6addr_loopback;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

// ------------------------------------------------------------------------------------ network namespace

/// Runs `program args`; returns the exit code (-1 when it did not finish in 15 s) and its output.
int run(const QString &program, const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished(2000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

/// A prefix "a.b.c.d/n" or "x::y/n" as address bytes and length; false when `text` is not one.
bool parsePrefix(const QString &text, std::array<unsigned char, 16> *bytes, int *bits, int *family)
{
    const QStringList parts = text.split(u'/');
    const QByteArray host = parts.first().toLatin1();
    bytes->fill(0);
    if (inet_pton(AF_INET, host.constData(), bytes->data()) == 1)
        *family = AF_INET;
    else if (inet_pton(AF_INET6, host.constData(), bytes->data()) == 1)
        *family = AF_INET6;
    else
        return false;
    *bits = parts.size() == 2 ? parts[1].toInt() : (*family == AF_INET ? 32 : 128);
    return true;
}

/// True when the first `bits` bits of `a` and `b` agree.
bool samePrefix(const std::array<unsigned char, 16> &a, const std::array<unsigned char, 16> &b, int bits)
{
    for (int i = 0; i < bits; ++i)
        if (((a[std::size_t(i / 8)] ^ b[std::size_t(i / 8)]) >> (7 - i % 8)) & 1)
            return false;
    return true;
}

/// The namespace, the veth pair and the addresses the test made; the destructor deletes them.
struct TestNetwork
{
    QString ip, ns, hostIf, nsIf;
    QString hostV4, peerV4, hostV6, peerV6;
    bool created = false, linked = false;

    ~TestNetwork()
    {
        if (linked)
            run(ip, {QStringLiteral("link"), QStringLiteral("del"), hostIf}); // deletes both ends
        if (created)
            run(ip, {QStringLiteral("netns"), QStringLiteral("del"), ns});
    }
    /// `ip ARGS` on the host (nsArgs false) or inside the namespace; false with the error in `*why`.
    bool ipCommand(QStringList args, bool inside, QString *why) const
    {
        if (inside)
            args = QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns, ip} + args;
        QByteArray err;
        if (run(ip, args, nullptr, &err) == 0)
            return true;
        *why = QStringLiteral("ip %1: %2").arg(args.join(u' '), QString::fromLocal8Bit(err).trimmed());
        return false;
    }
    /// The prefixes of every route and address on the host (both families), to stay clear of them.
    QStringList prefixesInUse() const
    {
        QStringList used;
        for (const QStringList &args :
             {QStringList{u"-o"_s, u"route"_s, u"show"_s, u"table"_s, u"all"_s},
              QStringList{u"-o"_s, u"-6"_s, u"route"_s, u"show"_s, u"table"_s, u"all"_s},
              QStringList{u"-o"_s, u"addr"_s, u"show"_s}}) {
            QByteArray out;
            run(ip, args, &out);
            for (const QString &word : QString::fromLatin1(out).split(QRegularExpression(u"\\s+"_s)))
                if (word.contains(u'/') || word.count(u'.') == 3 || word.count(u':') >= 2)
                    used << word;
        }
        return used;
    }
    /// True when "net/bits" overlaps none of `used` (a default route does not count).
    static bool isFree(const QString &net, const QStringList &used)
    {
        std::array<unsigned char, 16> a{}, b{};
        int aBits = 0, bBits = 0, aFamily = 0, bFamily = 0;
        parsePrefix(net, &a, &aBits, &aFamily);
        for (const QString &u : used)
            if (parsePrefix(u, &b, &bBits, &bFamily) && bFamily == aFamily && bBits > 0 &&
                samePrefix(a, b, std::min(aBits, bBits)))
                return false;
        return true;
    }
    /// Picks a 10.x.y.0/30 and an fdXX::/64 that no route or address of the host touches.
    bool pickAddresses(QString *why)
    {
        const QStringList used = prefixesInUse();
        const quint32 tag = quint32(::getpid());
        for (int i = 0; i < 64 && hostV4.isEmpty(); ++i) {
            const QString base = QStringLiteral("10.%1.%2.").arg(100 + i).arg(tag % 250);
            if (isFree(base + QStringLiteral("0/30"), used)) {
                hostV4 = base + u'1';
                peerV4 = base + u'2';
            }
        }
        for (int i = 0; i < 64 && hostV6.isEmpty(); ++i) {
            const QString base =
                QStringLiteral("fd5d:%1:%2::").arg(0x1000 + i, 0, 16).arg(tag % 65536, 0, 16);
            if (isFree(base + QStringLiteral("/64"), used)) {
                hostV6 = base + u'1';
                peerV6 = base + u'2';
            }
        }
        *why = QStringLiteral("no free 10.x.y.0/30 or fd5d::/64 prefix on this host");
        return !hostV4.isEmpty() && !hostV6.isEmpty();
    }
    /// Creates the namespace and a veth pair (one end inside), with addresses only on those two ends.
    bool create(QString *why)
    {
        ip = QStandardPaths::findExecutable(QStringLiteral("ip"),
                                            {u"/usr/sbin"_s, u"/sbin"_s, u"/usr/bin"_s, u"/bin"_s});
        if (ip.isEmpty()) {
            *why = QStringLiteral("the 'ip' tool (iproute2) is not installed");
            return false;
        }
        const QString tag = QString::number(::getpid());
        ns = QStringLiteral("sdwf") + tag;
        hostIf = ns + u'a';
        nsIf = ns + u'b';
        if (!pickAddresses(why) || !(created = ipCommand({u"netns"_s, u"add"_s, ns}, false, why)))
            return false;
        if (!(linked =
                  ipCommand({u"link"_s, u"add"_s, hostIf, u"type"_s, u"veth"_s, u"peer"_s, u"name"_s, nsIf},
                            false, why)))
            return false;
        return ipCommand({u"link"_s, u"set"_s, nsIf, u"netns"_s, ns}, false, why) &&
               ipCommand({u"addr"_s, u"add"_s, hostV4 + u"/30"_s, u"dev"_s, hostIf}, false, why) &&
               ipCommand({u"-6"_s, u"addr"_s, u"add"_s, hostV6 + u"/64"_s, u"dev"_s, hostIf, u"nodad"_s},
                         false, why) &&
               ipCommand({u"link"_s, u"set"_s, hostIf, u"up"_s}, false, why) &&
               ipCommand({u"addr"_s, u"add"_s, peerV4 + u"/30"_s, u"dev"_s, nsIf}, true, why) &&
               ipCommand({u"-6"_s, u"addr"_s, u"add"_s, peerV6 + u"/64"_s, u"dev"_s, nsIf, u"nodad"_s}, true,
                         why) &&
               ipCommand({u"link"_s, u"set"_s, nsIf, u"up"_s}, true, why) &&
               ipCommand({u"link"_s, u"set"_s, u"lo"_s, u"up"_s}, true, why);
    }
    /// From inside the namespace: connects to address:port with bash's /dev/tcp, sends a HEAD with
    /// `Connection: close` and reads until the server closes (at most 5 s). Returns bash's exit code
    /// (3: could not connect, 124: not closed in time) and what came back in `*reply`.
    int probe(const QString &address, quint16 port, QByteArray *reply) const
    {
        const QString script = QStringLiteral("trap '' PIPE\n"
                                              "exec 3<>\"/dev/tcp/$1/$2\" || exit 3\n"
                                              "printf 'HEAD /LM/W3SVC/1/ROOT/x HTTP/1.1\\r\\nHost: "
                                              "%s\\r\\nConnection: close\\r\\n\\r\\n' \"$1\" >&3\n"
                                              "timeout 5 cat <&3\n");
        return run(ip,
                   {u"netns"_s, u"exec"_s, ns, u"bash"_s, u"-c"_s, script, u"probe"_s, address,
                    QString::number(port)},
                   reply);
    }
};

} // namespace

class TestWireFidelity : public QObject
{
    Q_OBJECT

    ServerProcess server;

private slots:
    void initTestCase() { QVERIFY2(server.start({}), "sessionstated did not start"); }

    // StateRuntime.DoGet: `content._lockCookie++` on int (unchecked: 2147483647 + 1 = -2147483648), and
    // GetRequiredNonNegativeInt32HeaderValue rejects a negative LockCookie with 400, so a session whose
    // cookie wrapped stays locked until it expires, as in the real service. DoPut with a changed Timeout
    // inserts a fresh, unlocked entry with the request's cookie: the way to reach 2^31-2 in a test.
    void lockCookieWrapsAt2147483647()
    {
        Wire w("127.0.0.1", server.port);
        QVERIFY(w.connected);
        const std::string uri = kPath + "wrapa1b2c3d4e5f6g7h8i9j0";
        Reply r = roundTrip(
            w, "PUT " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTimeout: 20\r\nContent-Length: 3\r\n\r\nabc");
        QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", r.dump().c_str());
        r = roundTrip(w, "PUT " + uri +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nTimeout: 21\r\nLockCookie: 2147483646\r\n"
                             "Content-Length: 3\r\n\r\nxyz");
        QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", r.dump().c_str());
        r = roundTrip(w, "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\nExclusive: acquire\r\n\r\n");
        QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", r.dump().c_str());
        QVERIFY2(r.has("LockCookie: 2147483647") && r.has("Timeout: 21"), r.dump().c_str());
        QCOMPARE(r.body, std::string("xyz"));
        r = roundTrip(w, "GET " + uri +
                             " HTTP/1.1\r\nHost: 127.0.0.1\r\nExclusive: release\r\n"
                             "LockCookie: 2147483647\r\n\r\n");
        QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", r.dump().c_str());
        r = roundTrip(w, "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\nExclusive: acquire\r\n\r\n");
        QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", r.dump().c_str());
        QVERIFY2(r.has("LockCookie: -2147483648"), r.dump().c_str());
        r = roundTrip(w, "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(r.statusLine == "HTTP/1.1 423 Locked", r.dump().c_str());
        QVERIFY2(r.has("LockCookie: -2147483648"), r.dump().c_str());
        // The wrapped cookie cannot be sent back: StateRuntime wants a non-negative Int32.
        Wire w2("127.0.0.1", server.port);
        r = roundTrip(w2, "GET " + uri +
                              " HTTP/1.1\r\nHost: 127.0.0.1\r\nExclusive: release\r\n"
                              "LockCookie: -2147483648\r\n\r\n");
        QVERIFY2(r.statusLine == "HTTP/1.1 400 Bad Request", r.dump().c_str());
        QVERIFY2(r.body.find("Http_LockCookie") != std::string::npos, r.body.c_str());
        Wire w3("127.0.0.1", server.port);
        r = roundTrip(w3, "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(r.statusLine == "HTTP/1.1 423 Locked", r.dump().c_str());
    }

    // The ASP.NET cache's sliding expiration, with sessionstated's once-a-(session-)second expiry tick:
    // at --test-time-scale 60 a `Timeout: 1` session lives one real second after its last access.
    void expiryOverTheWire()
    {
        ServerProcess fast;
        QVERIFY(fast.start(
            {QStringLiteral("--test-time-scale"), QStringLiteral("60"), QStringLiteral("--log-sessions")}));
        Wire w("127.0.0.1", fast.port);
        QVERIFY(w.connected);
        const std::string uri = kPath + "expa1b2c3d4e5f6g7h8i9j0k";
        Reply r = roundTrip(
            w, "PUT " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTimeout: 1\r\nContent-Length: 2\r\n\r\nhi");
        QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", r.dump().c_str());
        // Accessed every 0.4 s (24 session seconds) for 2.4 s (144 session seconds): alive all along.
        for (int i = 0; i < 6; ++i) {
            QThread::msleep(400);
            const bool head = i % 2 == 1; // HEAD = ResetItemTimeout slides it too
            r = roundTrip(w, (head ? "HEAD " : "GET ") + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", head);
            QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", (std::to_string(i) + ": " + r.dump()).c_str());
        }
        // Then left alone: the tick ends it without any request (Session_End, timed out), and it is gone.
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += fast.proc.readAllStandardError()).contains("(timed out)"), 4000);
        r = roundTrip(w, "GET " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY2(r.statusLine == "HTTP/1.1 404 Not Found", r.dump().c_str());
    }

    // Without --bind, tcpip=localhost:PORT must connect whether localhost is 127.0.0.1 or ::1.
    void localhostOnBothFamilies()
    {
        if (!haveIpv6Loopback())
            QSKIP("this host has no IPv6 loopback (::1 cannot be bound)");
        const std::string head = "HEAD " + kPath + "nosuchsession HTTP/1.1\r\nHost: localhost\r\n\r\n";
        for (const char *address : {"127.0.0.1", "::1"}) {
            Wire w(address, server.port);
            QVERIFY2(w.connected, address);
            QCOMPARE(roundTrip(w, head, true).statusLine, std::string("HTTP/1.1 404 Not Found"));
        }
        // --bind ADDR binds exactly ADDR.
        ServerProcess v4only;
        QVERIFY(v4only.start({QStringLiteral("--bind"), QStringLiteral("127.0.0.1")}));
        QVERIFY(Wire("127.0.0.1", v4only.port).connected);
        QVERIFY(!Wire("::1", v4only.port).connected);
        ServerProcess v6only;
        QVERIFY(v6only.start({QStringLiteral("--bind"), QStringLiteral("::1")}));
        QVERIFY(v6only.banner.startsWith(QStringLiteral("sessionstated: listening on [::1]:")));
        QVERIFY(Wire("::1", v6only.port).connected);
        QVERIFY(!Wire("127.0.0.1", v6only.port).connected);
    }

    // AllowRemoteConnection off: a peer that is not loopback is disconnected at once, in both families.
    // The peer sits in a network namespace this test creates (and deletes) with a veth pair; no traffic
    // leaves the host.
    void nonLoopbackPeerRefused()
    {
        TestNetwork net;
        QString why;
        if (!net.create(&why))
            QSKIP(qPrintable(QStringLiteral("cannot make a test network namespace (needs CAP_NET_ADMIN "
                                            "and veth): %1")
                                 .arg(why)));
        qInfo("namespace %s: host %s and %s, peer %s and %s", qPrintable(net.ns), qPrintable(net.hostV4),
              qPrintable(net.hostV6), qPrintable(net.peerV4), qPrintable(net.peerV6));
        for (const QString &address : {net.hostV4, net.hostV6}) {
            ServerProcess open, closed;
            QVERIFY(open.start({QStringLiteral("--bind"), address, QStringLiteral("--allow-remote")}));
            QVERIFY(closed.start({QStringLiteral("--bind"), address}));
            QByteArray reply;
            const int openExit = net.probe(address, open.port, &reply);
            QVERIFY2(openExit == 0 || openExit == 1, qPrintable(address + u' ' + QString::number(openExit)));
            QVERIFY2(reply.startsWith("HTTP/1.1 404 Not Found\r\n"), reply.constData()); // the path works
            const int closedExit = net.probe(address, closed.port, &reply);
            QVERIFY2(closedExit != 3 && closedExit != 124 && closedExit != -1,
                     qPrintable(address + QStringLiteral(" probe exit ") + QString::number(closedExit)));
            QVERIFY2(reply.isEmpty(), reply.constData()); // accepted, then closed without a byte
        }
    }

    // HTTP/1.0 closes after the answer unless it asks for keep-alive; HTTP/1.1 stays open unless
    // `Connection: close`. (The real client always writes HTTP/1.1 and keeps connections in a pool.)
    void http10AndConnectionClose()
    {
        const std::string uri = kPath + "h10a1b2c3d4e5f6g7h8i9j0k";
        {
            Wire w("127.0.0.1", server.port);
            Reply r =
                roundTrip(w, "PUT " + uri + " HTTP/1.0\r\nTimeout: 20\r\nContent-Length: 4\r\n\r\nten!");
            QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", r.dump().c_str());
            QVERIFY2(r.has("Connection: close"), r.dump().c_str());
            QVERIFY(w.closedByPeer());
        }
        {
            Wire w("127.0.0.1", server.port);
            Reply r = roundTrip(w, "GET " + uri + " HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            QVERIFY2(r.statusLine == "HTTP/1.1 200 OK" && r.body == "ten!", r.dump().c_str());
            r = roundTrip(w, "GET " + uri + " HTTP/1.0\r\n\r\n");
            QVERIFY2(r.statusLine == "HTTP/1.1 200 OK" && r.body == "ten!", r.dump().c_str());
            QVERIFY(w.closedByPeer());
        }
        {
            Wire w("127.0.0.1", server.port);
            // Two pipelined in one write; the second asks to close.
            QVERIFY(w.send("HEAD " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" + "HEAD " + uri +
                           " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
            const std::optional<Reply> first = w.read(true), second = w.read(true);
            QVERIFY(first && second);
            QVERIFY2(first->statusLine == "HTTP/1.1 200 OK" && !first->has("Connection: close"),
                     first->dump().c_str());
            QVERIFY2(second->statusLine == "HTTP/1.1 200 OK" && second->has("Connection: close"),
                     second->dump().c_str());
            QVERIFY(w.closedByPeer());
        }
        {
            Wire w("127.0.0.1", server.port);
            Reply r = roundTrip(w, "DELETE " + uri + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            QVERIFY2(r.statusLine == "HTTP/1.1 200 OK", r.dump().c_str());
            QVERIFY(!w.closedByPeer(300)); // HTTP/1.1 without Connection: close stays open
        }
    }
};

QTEST_GUILESS_MAIN(TestWireFidelity)
#include "tst_wirefidelity.moc"
