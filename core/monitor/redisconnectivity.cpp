// SPDX-License-Identifier: GPL-3.0-or-later
// testRedisStore(): the step-by-step connectivity test of a Redis session store (connectivity.h).

#include "aspnet/sessionid.h"
#include "monitor/connectivity.h"
#include "monitor/connectivityrunner.h"
#include "redis/providerlayout.h"
#include "redis/redisclient.h"
#include "redis/respconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostInfo>
#include <QTcpSocket>

#include <array>
#include <optional>

namespace sd {

namespace {

/// Translation context of the connectivity test's messages (shared with connectivity.cpp).
class Connectivity
{
    Q_DECLARE_TR_FUNCTIONS(Connectivity)
};

using V = ConnectivityStep::Verdict;

/// A Lua script that does nothing: SCRIPT LOAD of it shows whether scripting is allowed.
constexpr char kNoopScript[] = "return 1";
/// Seconds the scratch session lives if the DEL does not happen (a cancelled test).
constexpr char kScratchExpireSeconds[] = "30";
/// Uncovered slot ranges listed by name before "...".
constexpr int kListedRanges = 8;

/// What the steps of testRedisStore() share.
struct RedisTest
{
    explicit RedisTest(const ConnectionProfile &p, const std::atomic<bool> *c)
        : profile(p), endpoint(p.redisEndpoint(&parseError)), cancel(c)
    {
        conn.setCancelFlag(cancel);
    }
    const ConnectionProfile &profile;
    QString parseError;
    std::optional<RedisEndpoint> endpoint;
    const std::atomic<bool> *cancel;
    QList<RedisHostPort> resolved; ///< the URL's hosts that resolve, in the URL's order
    RedisHostPort entry;           ///< the host the TCP step reached (server, sentinel or seed)
    RedisHostPort dataNode;        ///< the server, the master the sentinels name, or the seed
    RespConnection conn;           ///< to dataNode
    QList<RedisHostPort> masters;  ///< the data nodes that get SCRIPT LOAD (every cluster master)
    bool isCluster() const { return endpoint->kind == RedisEndpoint::Kind::Cluster; }
};

/// Step 1: the URL parses and its hosts resolve (t.resolved).
void resolveHosts(RedisTest &t, ConnectivityStep &s)
{
    if (!t.endpoint) {
        s.verdict = V::Fail;
        s.detail = t.parseError;
        s.advice =
            Connectivity::tr("Write the store URL as redis://HOST:PORT, rediss://HOST:PORT (TLS), "
                             "redis-sentinel://HOST:26379/MASTER or redis-cluster://HOST:PORT,HOST:PORT; "
                             "the password goes in the password file.");
        return;
    }
    QStringList failed;
    for (const RedisHostPort &h : t.endpoint->hosts) {
        const QHostInfo info = QHostInfo::fromName(h.host);
        if (info.error() == QHostInfo::NoError && !info.addresses().isEmpty()) {
            t.resolved << h;
        } else {
            failed << h.host;
        }
    }
    s.detail = Connectivity::tr("%1 of %n host(s) resolve", nullptr, int(t.endpoint->hosts.size()))
                   .arg(t.resolved.size());
    if (failed.isEmpty()) {
        s.verdict = V::Pass;
        return;
    }
    s.verdict = t.resolved.isEmpty() ? V::Fail : V::Warn;
    s.advice = Connectivity::tr("These host names do not resolve: %1. Check their spelling and DNS, or use "
                                "IP addresses.")
                   .arg(failed.join(QStringLiteral(", ")));
}

/// Advice for a refused or unanswered connection to `node`.
QString tcpAdvice(const RedisTest &t, QAbstractSocket::SocketError error)
{
    if (error == QAbstractSocket::SocketTimeoutError) {
        return Connectivity::tr("No answer within connectTimeout (%1 ms): a firewall probably drops the "
                                "packets. Open the port on the server and on any firewall between.")
            .arg(t.endpoint->connectTimeoutMs);
    }
    return Connectivity::tr("Nothing listens there. Start Redis (systemctl start redis-server, or "
                            "redis-sentinel for a Sentinel) or fix the port (Redis 6379, Sentinel 26379). "
                            "Redis only listens on the addresses of its 'bind' setting: a remote client "
                            "needs the server's address there.");
}

/// Step 2: a TCP connection to the first of the resolved hosts that accepts one (t.entry).
void connectTcp(RedisTest &t, ConnectivityStep &s)
{
    QStringList errors;
    QAbstractSocket::SocketError last = QAbstractSocket::UnknownSocketError;
    for (const RedisHostPort &h : t.resolved) {
        QTcpSocket sock;
        sock.connectToHost(h.host, h.port);
        if (sock.waitForConnected(t.endpoint->connectTimeoutMs)) {
            t.entry = h;
            t.dataNode = h;
            s.verdict = errors.isEmpty() ? V::Pass : V::Warn;
            s.detail = Connectivity::tr("connected to %1").arg(h.toString());
            if (!errors.isEmpty()) {
                s.advice = Connectivity::tr("Not reachable: %1.").arg(errors.join(QStringLiteral("; ")));
            }
            return;
        }
        last = sock.error();
        errors << QStringLiteral("%1 (%2)").arg(h.toString(), sock.errorString());
    }
    s.verdict = V::Fail;
    s.detail = errors.join(QStringLiteral("; "));
    s.advice = tcpAdvice(t, last);
}

/// Step 3: the TLS handshake with t.entry (rediss:// or ssl=true).
void tlsHandshake(RedisTest &t, ConnectivityStep &s)
{
    RespConnection c;
    c.setCancelFlag(t.cancel);
    QString error;
    if (c.open(t.entry, *t.endpoint, &error)) {
        s.verdict = t.endpoint->tlsVerify ? V::Pass : V::Warn;
        s.detail = t.endpoint->tlsVerify
                       ? Connectivity::tr("encrypted, certificate verified")
                       : Connectivity::tr("encrypted, certificate NOT verified (sslVerify=false)");
        if (!t.endpoint->tlsVerify) {
            s.advice = Connectivity::tr("sslVerify=false accepts any certificate: for test servers only.");
        }
        return;
    }
    s.verdict = V::Fail;
    s.detail = error;
    s.advice =
        Connectivity::tr("The port does not speak TLS (Redis needs tls-port), or its certificate is not "
                         "trusted: add sslCaFile=PATH with the CA's PEM file and check that the host "
                         "name matches the certificate.");
}

/// Step 4: the sentinels name the master (t.dataNode); a disagreement between them is a warning.
void sentinelDiscovery(RedisTest &t, ConnectivityStep &s)
{
    QStringList answers, errors;
    std::optional<RedisHostPort> master;
    for (const RedisHostPort &sentinel : t.resolved) {
        RespConnection c;
        c.setCancelFlag(t.cancel);
        QString error;
        if (!c.open(sentinel, *t.endpoint, &error) ||
            !c.authenticate({}, t.endpoint->sentinelPassword, &error)) {
            errors << error;
            continue;
        }
        const auto r =
            c.call({"SENTINEL", "get-master-addr-by-name", t.endpoint->masterName.toUtf8()}, &error);
        if (!r || r->isError() || r->elements.size() != 2) {
            errors << (r ? QStringLiteral("%1: %2").arg(sentinel.toString(), r->isError()
                                                                                 ? QString::fromUtf8(r->str)
                                                                                 : QStringLiteral("(nil)"))
                         : error);
            continue;
        }
        const RedisHostPort named{QString::fromUtf8(r->elements.at(0).str),
                                  quint16(r->elements.at(1).toInteger())};
        answers << QStringLiteral("%1 → %2").arg(sentinel.toString(), named.toString());
        if (!master) {
            master = named;
        } else if (!(*master == named)) {
            s.advice = Connectivity::tr("The sentinels disagree on the master: a failover is under way, or "
                                        "they monitor different servers under one name.");
        }
    }
    if (!master) {
        s.verdict = V::Fail;
        s.detail = errors.join(QStringLiteral("; "));
        s.advice = Connectivity::tr("No sentinel names a master called '%1': check the name after the hosts "
                                    "in the URL (sentinel.conf's 'sentinel monitor NAME ...' line) and the "
                                    "sentinels' password (?sentinelPassword=).")
                       .arg(t.endpoint->masterName);
        return;
    }
    t.dataNode = *master;
    s.verdict = s.advice.isEmpty() ? V::Pass : V::Warn;
    s.detail = Connectivity::tr("master '%1' at %2 (%3)")
                   .arg(t.endpoint->masterName, master->toString(), answers.join(QStringLiteral("; ")));
}

/// Opens t.conn to t.dataNode when it is not open. False with `error`.
bool ensureOpen(RedisTest &t, QString *error)
{
    return t.conn.isOpen() || t.conn.open(t.dataNode, *t.endpoint, error);
}

/// Advice for a connection to the data node that could not be opened.
QString dataNodeAdvice(const RedisTest &t)
{
    return t.endpoint->kind == RedisEndpoint::Kind::Sentinel
               ? Connectivity::tr("The sentinels name %1, but it cannot be reached from here: the sentinels "
                                  "give the address the master announces (replica-announce-ip, "
                                  "sentinel announce-ip); check it and the firewall.")
                     .arg(t.dataNode.toString())
               : Connectivity::tr("The server accepted a TCP connection but then failed: check the port.");
}

/// Step 5: AUTH [user] password on the data node.
void authenticate(RedisTest &t, ConnectivityStep &s)
{
    QString error;
    if (!ensureOpen(t, &error)) {
        s.verdict = V::Fail;
        s.detail = error;
        s.advice = dataNodeAdvice(t);
        return;
    }
    if (t.conn.authenticate(t.endpoint->user, t.endpoint->password, &error)) {
        s.verdict = V::Pass;
        s.detail = t.endpoint->user.isEmpty() ? Connectivity::tr("password accepted")
                                              : Connectivity::tr("user %1 accepted").arg(t.endpoint->user);
        return;
    }
    s.detail = error;
    if (error.contains(u"without any password configured") || error.contains(u"no password is set")) {
        s.verdict = V::Warn;
        s.advice = Connectivity::tr("The server has no password: the profile's password is not needed.");
        return;
    }
    s.verdict = V::Fail;
    if (t.conn.failure() == RespFailure::Auth) {
        s.advice = t.profile.passwordFile.isEmpty() || !t.profile.password.isEmpty()
                       ? Connectivity::tr("The password was refused: check the password (and, for an ACL "
                                          "user, the user name in the URL).")
                       : Connectivity::tr("The password was refused: check the password file %1 (its first "
                                          "line is the password) and, for an ACL user, the user name in the "
                                          "URL.")
                             .arg(t.profile.passwordFile);
    } else {
        s.advice = dataNodeAdvice(t);
    }
}

/// Advice for a PING that did not answer PONG with `error` (a transport failure or an error reply).
QString pingAdvice(const RedisTest &t, const QString &error, const QByteArray &code)
{
    if (code == "NOAUTH") {
        return Connectivity::tr("The server requires a password: set the profile's password file (or type "
                                "the password).");
    }
    if (code == "DENIED") {
        return Connectivity::tr("Redis runs in protected mode: it refuses clients from other hosts until it "
                                "has a password (requirepass) or protected-mode is off.");
    }
    if (!code.isEmpty()) {
        return Connectivity::tr("The server refused PING or SELECT: %1.").arg(error);
    }
    return t.endpoint->tls ? dataNodeAdvice(t)
                           : Connectivity::tr("The port does not answer like Redis. If it is a TLS port, "
                                              "write the URL as rediss://.");
}

/// Step 6: PING answers PONG, then SELECT of the URL's database (not in a cluster).
void ping(RedisTest &t, ConnectivityStep &s)
{
    QString error;
    QElapsedTimer timer;
    std::optional<RedisReply> r;
    if (ensureOpen(t, &error)) {
        timer.start();
        r = t.conn.call({"PING"}, &error);
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    if (r && !r->isError() && !t.isCluster() && t.endpoint->database != 0) {
        const auto sel = t.conn.call({"SELECT", QByteArray::number(t.endpoint->database)}, &error);
        r = sel && sel->isError() ? sel : r;
    }
    if (!r || r->isError()) {
        s.verdict = V::Fail;
        s.detail = r ? QString::fromUtf8(r->str) : error;
        s.advice = pingAdvice(t, s.detail, r ? r->errorCode() : QByteArray());
        return;
    }
    s.verdict = V::Pass;
    s.detail = Connectivity::tr("%1 from %2 in %3 ms, database %4")
                   .arg(QString::fromUtf8(r->str), t.dataNode.toString())
                   .arg(ms, 0, 'f', 2)
                   .arg(t.endpoint->database);
}

/// Step 7: ROLE says master (a cluster seed may be a replica; a replica or a sentinel fails otherwise).
void role(RedisTest &t, ConnectivityStep &s)
{
    QString error;
    const auto r = t.conn.call({"ROLE"}, &error);
    if (!r || r->isError() || r->elements.isEmpty()) {
        s.verdict = r ? V::Warn : V::Fail;
        s.detail = r ? QString::fromUtf8(r->str) : error;
        s.advice = Connectivity::tr("ROLE was refused: the role of this server is unknown.");
        return;
    }
    const QByteArray name = r->elements.first().str;
    if (name == "master") {
        s.verdict = V::Pass;
        const int replicas = r->elements.size() > 2 ? int(r->elements.at(2).elements.size()) : 0;
        s.detail = Connectivity::tr("master with %n connected replica(s)", nullptr, replicas);
        return;
    }
    if (name == "slave" && r->elements.size() > 3) {
        s.detail = Connectivity::tr("replica of %1:%2 (link %3)")
                       .arg(QString::fromUtf8(r->elements.at(1).str))
                       .arg(r->elements.at(2).toInteger())
                       .arg(QString::fromUtf8(r->elements.at(3).str));
        s.verdict = t.isCluster() ? V::Warn : V::Fail;
        s.advice = t.isCluster()
                       ? Connectivity::tr("This seed node is a replica; the client finds the masters from "
                                          "CLUSTER SLOTS.")
                       : Connectivity::tr("The provider needs the master: a replica refuses its writes "
                                          "(READONLY). Point the URL at the master, or use "
                                          "redis-sentinel://SENTINEL:26379/MASTER so that the master is "
                                          "found, also after a failover.");
        return;
    }
    s.verdict = V::Fail;
    s.detail = QString::fromUtf8(name);
    s.advice = name == "sentinel" ? Connectivity::tr("This is a Sentinel's port: write the URL as "
                                                     "redis-sentinel://HOST:PORT/MASTER.")
                                  : Connectivity::tr("Not a Redis data node.");
}

/// The slot ranges not covered in `covered`, as "first-last" (at most kListedRanges, then "...").
QStringList uncoveredRanges(const std::array<bool, 16384> &covered, int *count)
{
    QStringList ranges;
    *count = 0;
    for (int s = 0; s < 16384; ++s) {
        if (covered[std::size_t(s)]) {
            continue;
        }
        int e = s;
        while (e + 1 < 16384 && !covered[std::size_t(e) + 1]) {
            ++e;
        }
        *count += e - s + 1;
        if (ranges.size() < kListedRanges) {
            ranges << (s == e ? QString::number(s) : QStringLiteral("%1-%2").arg(s).arg(e));
        } else if (ranges.size() == kListedRanges) {
            ranges << QStringLiteral("...");
        }
        s = e;
    }
    return ranges;
}

/// Step 8: CLUSTER SLOTS covers all 16384 slots (t.masters: every master named).
void clusterSlots(RedisTest &t, ConnectivityStep &s)
{
    QString error;
    const auto r = t.conn.call({"CLUSTER", "SLOTS"}, &error);
    if (!r || r->type != RedisReply::Type::Array) {
        s.verdict = V::Fail;
        s.detail = r ? QString::fromUtf8(r->str) : error;
        s.advice =
            Connectivity::tr("This server is not a Redis Cluster node: write the URL as redis://HOST:PORT.");
        return;
    }
    std::array<bool, 16384> covered{};
    for (const RedisReply &range : r->elements) {
        if (range.elements.size() < 3 || range.elements.at(2).elements.size() < 2) {
            continue;
        }
        const RedisReply &m = range.elements.at(2);
        RedisHostPort master{QString::fromUtf8(m.elements.at(0).str), quint16(m.elements.at(1).toInteger())};
        if (master.host.isEmpty()) {
            master.host = t.dataNode.host;
        }
        if (!t.masters.contains(master)) {
            t.masters << master;
        }
        for (qint64 slot = std::max<qint64>(0, range.elements.at(0).toInteger());
             slot <= std::min<qint64>(16383, range.elements.at(1).toInteger()); ++slot) {
            covered[std::size_t(slot)] = true;
        }
    }
    int missing = 0;
    const QStringList ranges = uncoveredRanges(covered, &missing);
    if (missing == 0) {
        s.verdict = V::Pass;
        s.detail =
            Connectivity::tr("all 16384 slots covered by %n master(s)", nullptr, int(t.masters.size()));
        return;
    }
    s.verdict = V::Fail;
    s.detail =
        Connectivity::tr("%1 slots not covered: %2").arg(missing).arg(ranges.join(QStringLiteral(", ")));
    s.advice = Connectivity::tr("Keys in these slots cannot be stored (CLUSTERDOWN): assign the slots "
                                "(redis-cli --cluster fix) or bring their failed master back.");
}

/// SCRIPT LOAD of the no-op script on `node` (t.conn for the data node, else a connection of its own).
std::optional<RedisReply> scriptLoad(RedisTest &t, const RedisHostPort &node, QString *error)
{
    if (node == t.dataNode) {
        return t.conn.call({"SCRIPT", "LOAD", kNoopScript}, error);
    }
    RespConnection c;
    c.setCancelFlag(t.cancel);
    if (!c.open(node, *t.endpoint, error) || !c.authenticate(t.endpoint->user, t.endpoint->password, error)) {
        return std::nullopt;
    }
    return c.call({"SCRIPT", "LOAD", kNoopScript}, error);
}

/// Step 9: the provider's Lua scripts can load: SCRIPT LOAD of a no-op on every master.
void scripts(RedisTest &t, ConnectivityStep &s)
{
    const QList<RedisHostPort> nodes = t.masters.isEmpty() ? QList<RedisHostPort>{t.dataNode} : t.masters;
    QByteArray sha;
    for (const RedisHostPort &node : nodes) {
        QString error;
        const auto r = scriptLoad(t, node, &error);
        if (!r || r->isError()) {
            s.verdict = V::Fail;
            s.detail = r ? QStringLiteral("%1: %2").arg(node.toString(), QString::fromUtf8(r->str)) : error;
            s.advice =
                r && r->errorCode() == "NOPERM"
                    ? Connectivity::tr("The provider runs its commands as Lua scripts (EVAL, EVALSHA): "
                                       "allow them to its ACL user (+@scripting).")
                    : Connectivity::tr("Lua scripts are refused (SCRIPT and EVAL disabled or renamed in "
                                       "redis.conf?): the provider cannot work without them.");
            return;
        }
        sha = r->str;
    }
    s.verdict = V::Pass;
    s.detail = Connectivity::tr("a no-op script loads on %n node(s) (SHA1 %1)", nullptr, int(nodes.size()))
                   .arg(QString::fromLatin1(sha));
}

/// Advice for a scratch write that the server refused with error `code`.
QString writeAdvice(const QByteArray &code)
{
    if (code == "READONLY") {
        return Connectivity::tr("The server is a read-only replica: the provider needs the master.");
    }
    if (code == "OOM") {
        return Connectivity::tr("Redis is full and its maxmemory-policy refuses writes: raise maxmemory or "
                                "use volatile-lru; the provider cannot save sessions now.");
    }
    if (code == "NOPERM") {
        return Connectivity::tr("The ACL user may not write these keys: allow it the provider's keys.");
    }
    return Connectivity::tr("The server does not keep what it is sent: look at its log.");
}

/// Step 10: SET (with EX), GET and DEL of a scratch v5 data key, routed as the provider would be.
void scratchSession(RedisTest &t, ConnectivityStep &s)
{
    const QString id = createSessionId().value_or(QStringLiteral("sessiondeskconnectivity0"));
    const QByteArray key = QByteArray::fromStdString(
        providerKeys(ProviderLayout::V5, "/sessiondesk-connectivity", id.toStdString()).data);
    const QByteArray value = encodeV5Collection(SessionStateData{});
    RedisClient client(*t.endpoint);
    client.setCancelFlag(t.cancel);
    QString error;
    std::optional<RedisReply> set, get, del;
    if (client.connect(&error)) {
        set = client.call({"SET", key, value, "EX", kScratchExpireSeconds}, &error);
    }
    if (set && !set->isError()) {
        get = client.call({"GET", key}, &error);
        del = client.call({"DEL", key}, &error);
    }
    if (!set || set->isError() || !get || get->str != value || !del || del->integer != 1) {
        s.verdict = V::Fail;
        const std::optional<RedisReply> &bad =
            !set || set->isError() ? set : (!get || get->isError() ? get : del);
        s.detail = bad ? (bad->isError() ? QString::fromUtf8(bad->str)
                                         : Connectivity::tr("GET or DEL did not give back what SET wrote"))
                       : error;
        s.advice = writeAdvice(bad ? bad->errorCode() : QByteArray());
        return;
    }
    s.verdict = V::Pass;
    s.detail = Connectivity::tr("SET, GET and DEL of %1").arg(QString::fromUtf8(key));
}

/// Runs `body` as step `name` when `ok`, else records it as skipped after `failed`; returns the new `ok`.
bool chain(ConnectivityRunner &run, bool ok, QString *failed, const QString &name,
           const std::function<void(ConnectivityStep &)> &body)
{
    if (!ok) {
        run.skip(name, Connectivity::tr("skipped: \"%1\" did not pass").arg(*failed));
        return false;
    }
    if (!run.run(name, body)) {
        *failed = name;
        return false;
    }
    return true;
}

} // namespace

QList<ConnectivityStep> testRedisStore(const ConnectionProfile &profile,
                                       const std::function<void(const ConnectivityStep &)> &step,
                                       const std::atomic<bool> *cancel)
{
    ConnectivityRunner run(step, cancel);
    RedisTest t(profile, cancel);
    QString failed;
    const auto with = [&t](void (*f)(RedisTest &, ConnectivityStep &)) {
        return [&t, f](ConnectivityStep &s) { f(t, s); };
    };
    bool ok = chain(run, true, &failed, Connectivity::tr("Name resolution"), with(resolveHosts));
    ok = chain(run, ok, &failed, Connectivity::tr("TCP connect"), with(connectTcp));
    const bool tls = t.endpoint && t.endpoint->tls;
    const QString tlsName = Connectivity::tr("TLS handshake");
    ok = tls ? chain(run, ok, &failed, tlsName, with(tlsHandshake))
             : (run.skip(tlsName, Connectivity::tr("not a TLS URL (rediss:// or ?ssl=true)")), ok);
    const QString sentinelName = Connectivity::tr("Sentinel master discovery");
    ok = t.endpoint && t.endpoint->kind == RedisEndpoint::Kind::Sentinel
             ? chain(run, ok, &failed, sentinelName, with(sentinelDiscovery))
             : (run.skip(sentinelName, Connectivity::tr("not a redis-sentinel:// URL")), ok);
    const QString authName = Connectivity::tr("AUTH");
    ok = t.endpoint && !t.endpoint->password.isEmpty()
             ? chain(run, ok, &failed, authName, with(authenticate))
             : (run.skip(authName, Connectivity::tr("no password in the profile")), ok);
    ok = chain(run, ok, &failed, Connectivity::tr("PING"), with(ping));
    ok = chain(run, ok, &failed, Connectivity::tr("Role (master/replica)"), with(role));
    const QString slotsName = Connectivity::tr("Cluster slots coverage");
    ok = t.endpoint && t.isCluster()
             ? chain(run, ok, &failed, slotsName, with(clusterSlots))
             : (run.skip(slotsName, Connectivity::tr("not a redis-cluster:// URL")), ok);
    ok = chain(run, ok, &failed, Connectivity::tr("Provider scripts load (SCRIPT LOAD)"), with(scripts));
    const QString scratchName = Connectivity::tr("Scratch session write/read/delete");
    if (profile.readOnly) {
        run.skip(scratchName, Connectivity::tr("read-only profile: nothing is written"));
    } else {
        chain(run, ok, &failed, scratchName, with(scratchSession));
    }
    return run.steps;
}

} // namespace sd
