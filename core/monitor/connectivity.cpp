// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/connectivity.h"

#include "monitor/connectivityrunner.h"

#include "aspnet/sessionid.h"
#include "client/adminclient.h"
#include "client/admincontract.h"
#include "client/stateclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonObject>
#include <QTcpSocket>

#include <sqlite3.h>

#include <optional>
#include <string>

namespace sd {

namespace {

/// Translation context of the connectivity test's messages.
class Connectivity
{
    Q_DECLARE_TR_FUNCTIONS(Connectivity)
};

using V = ConnectivityStep::Verdict;

using StepRunner = ConnectivityRunner;

bool isLoopbackName(const QString &host)
{
    return host == u"127.0.0.1" || host == u"::1" || host.compare(u"localhost", Qt::CaseInsensitive) == 0;
}

QString refusedAdvice(const QString &host, quint16 port)
{
    QString a =
        Connectivity::tr(
            "Nothing listens on %1:%2. Start the state server (Windows: net start aspnet_state, and set the "
            "ASP.NET State Service to Automatic; Linux: systemctl start sessionstated) or fix the port "
            "(the default is 42424; the service's Port registry value can change it).")
            .arg(host)
            .arg(port);
    if (!isLoopbackName(host)) {
        a += u' ' + Connectivity::tr(
                        "A server that only listens on loopback also refuses remote hosts: set "
                        "AllowRemoteConnection=1 (aspnet_state) or --allow-remote --bind (sessionstated).");
    }
    return a;
}

// ------------------------------------------------------------------------------------ the state server

/// What the steps of testStateServer() share: the profile, the parsed endpoint, the resolved address, the
/// protocol client and the scratch key.
struct ServerTest
{
    explicit ServerTest(const ConnectionProfile &p)
        : profile(p), endpoint(parseStateConnectionString(p.stateConnectionString, &parseError)),
          timeoutMs(std::max(1, p.stateNetworkTimeoutSeconds) * 1000),
          client(endpoint.value_or(StateEndpoint()), std::max(1, p.stateNetworkTimeoutSeconds)),
          target(stateRequestTarget(QStringLiteral("/SessionDesk/ConnectivityTest"),
                                    createSessionId().value_or(QStringLiteral("sessiondeskconnectivity0"))))
    {}

    const ConnectionProfile &profile;
    QString parseError;
    std::optional<StateEndpoint> endpoint;
    QHostAddress address;
    int timeoutMs;
    StateClient client;
    std::string target;
};

/// Step 1: the host of the stateConnectionString resolves (sets t.address).
void resolveHost(ServerTest &t, ConnectivityStep &s)
{
    if (!t.endpoint) {
        s.verdict = V::Fail;
        s.detail = t.parseError;
        s.advice = Connectivity::tr(
            "Write the stateConnectionString as tcpip=HOST:PORT, e.g. tcpip=127.0.0.1:42424.");
        return;
    }
    const QHostInfo info = QHostInfo::fromName(t.endpoint->host);
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        s.verdict = V::Fail;
        s.detail = info.errorString();
        s.advice = Connectivity::tr("The host name \"%1\" does not resolve: check its spelling and DNS, "
                                    "or use an IP address.")
                       .arg(t.endpoint->host);
        return;
    }
    t.address = info.addresses().first();
    s.verdict = V::Pass;
    s.detail = Connectivity::tr("%1 → %2 (%n address(es))", nullptr, int(info.addresses().size()))
                   .arg(t.endpoint->host, t.address.toString());
}

/// Step 2: a TCP connection to the port within stateNetworkTimeout.
void connectTcp(const ServerTest &t, ConnectivityStep &s)
{
    QTcpSocket sock;
    sock.connectToHost(t.address, t.endpoint->port);
    if (sock.waitForConnected(t.timeoutMs)) {
        s.verdict = V::Pass;
        s.detail = Connectivity::tr("connected to %1:%2").arg(t.address.toString()).arg(t.endpoint->port);
        return;
    }
    s.verdict = V::Fail;
    s.detail = sock.errorString();
    if (sock.error() == QAbstractSocket::ConnectionRefusedError) {
        s.advice = refusedAdvice(t.endpoint->host, t.endpoint->port);
    } else if (sock.error() == QAbstractSocket::SocketTimeoutError) {
        s.advice = Connectivity::tr(
                       "No answer within stateNetworkTimeout (%1 s): a firewall probably drops the packets. "
                       "Open TCP port %2 on the server (Windows Defender Firewall inbound rule) and on "
                       "any network firewall between.")
                       .arg(t.profile.stateNetworkTimeoutSeconds)
                       .arg(t.endpoint->port);
    } else {
        s.advice = Connectivity::tr("Check the host and the port of the stateConnectionString.");
    }
}

/// Step 3: a GET of a key that does not exist answers 404 (or 200) with X-AspNet-Version.
void handshake(ServerTest &t, ConnectivityStep &s)
{
    const StateReply r = t.client.getItem(t.target);
    if (r.status == 0) {
        s.verdict = V::Fail;
        s.detail = r.error;
        s.advice =
            isLoopbackName(t.endpoint->host)
                ? Connectivity::tr("The port accepted the connection but did not answer as a state "
                                   "server: is another program on this port?")
                : Connectivity::tr("The server closed the connection without answering. The ASP.NET "
                                   "State Service does that to remote clients unless "
                                   "AllowRemoteConnection=1 "
                                   "(HKLM\\SYSTEM\\CurrentControlSet\\Services\\aspnet_state\\Parameters; "
                                   "restart the service); sessionstated needs --allow-remote.");
        return;
    }
    if (r.status != 404 && r.status != 200) {
        s.verdict = V::Fail;
        s.detail = Connectivity::tr("HTTP %1 for a GET of a scratch key").arg(r.status);
        s.advice = Connectivity::tr("This is not the answer of an ASP.NET state server: check the port.");
        return;
    }
    s.verdict = r.serverVersion.isEmpty() ? V::Warn : V::Pass;
    s.detail = r.serverVersion.isEmpty()
                   ? Connectivity::tr("HTTP %1 without X-AspNet-Version").arg(r.status)
                   : Connectivity::tr("HTTP %1, X-AspNet-Version %2").arg(r.status).arg(r.serverVersion);
    if (r.serverVersion.isEmpty()) {
        s.advice = Connectivity::tr(
            "The answer lacks X-AspNet-Version: a state server always sends it; check the port.");
    }
}

/// Step 4: PUT, GET and DELETE of the scratch key give back what was written.
void roundTrip(ServerTest &t, ConnectivityStep &s)
{
    const QByteArray data("SessionDesk connectivity test");
    const StateReply put = t.client.setAndReleaseItemExclusive(t.target, data, 1, std::nullopt);
    const StateReply get = put.status == 200 ? t.client.getItem(t.target) : StateReply();
    const StateReply del = put.status == 200 ? t.client.removeItem(t.target, std::nullopt) : StateReply();
    if (put.status != 200 || get.status != 200 || get.body != data || del.status != 200) {
        s.verdict = V::Fail;
        s.detail =
            Connectivity::tr("PUT %1, GET %2%3, DELETE %4")
                .arg(put.status)
                .arg(get.status)
                .arg(get.status == 200 && get.body != data ? Connectivity::tr(" (other bytes)") : QString())
                .arg(del.status);
        s.advice = Connectivity::tr(
            "The server answers but does not keep what it is sent: look at its log (sessionstated "
            "prints errors; aspnet_state writes to the Windows event log).");
        return;
    }
    s.verdict = V::Pass;
    s.detail = Connectivity::tr("PUT, GET and DELETE of a scratch session: %1 ms, %2 ms, %3 ms")
                   .arg(put.roundTripMs, 0, 'f', 2)
                   .arg(get.roundTripMs, 0, 'f', 2)
                   .arg(del.roundTripMs, 0, 'f', 2);
}

/// GET /v1/stats through the monitor's own client, driven by a local event loop on this (worker) thread.
AdminResult fetchStats(const QUrl &url, const QByteArray &token, int timeoutMs)
{
    AdminClient client(url, token);
    client.setTimeoutMs(timeoutMs);
    AdminResult r;
    QEventLoop loop;
    client.stats(&loop, [&](const AdminResult &answer) {
        r = answer;
        loop.quit();
    });
    loop.exec();
    return r;
}

/// What to do when GET /v1/stats failed with `r`.
QString adminAuthAdvice(const AdminResult &r, const ConnectionProfile &profile)
{
    if (r.httpStatus == 401) {
        return Connectivity::tr("The token was refused: the token file does not belong to this server. Use "
                                "the file named in sessionstated's start-up banner (--admin-token-file).");
    }
    if (r.networkError == QNetworkReply::ConnectionRefusedError) {
        return Connectivity::tr(
                   "Nothing listens at %1: sessionstated's admin API is off (--no-admin) or on "
                   "another port (--admin-port); it binds 127.0.0.1 unless --admin-bind says otherwise.")
            .arg(profile.adminUrl);
    }
    if (r.httpStatus == 0) {
        return Connectivity::tr("No answer in time: a firewall may drop the packets to the admin port.");
    }
    return Connectivity::tr("This port does not answer like sessionstated's admin API: check the admin URL.");
}

/// Step 5: GET /v1/stats with the profile's token answers a stats object.
void adminAuth(const ServerTest &t, ConnectivityStep &s)
{
    QString error;
    const auto token = t.profile.readToken(&error);
    const auto url = token ? t.profile.adminBaseUrl(&error) : std::nullopt;
    if (!url) {
        s.verdict = V::Fail;
        s.detail = error;
        s.advice = token
                       ? Connectivity::tr("Write the admin URL as http://HOST:PORT (sessionstated's default "
                                          "port is 42425).")
                       : Connectivity::tr("Point the profile at the file sessionstated prints at start "
                                          "(--admin-token-file).");
        return;
    }
    const AdminResult r = fetchStats(*url, *token, t.timeoutMs);
    if (r.ok() && r.json.contains(admin::key(admin::field::kVersion))) {
        s.verdict = V::Pass;
        s.detail = Connectivity::tr("sessionstated %1, %2 active sessions")
                       .arg(r.json.value(admin::key(admin::field::kVersion)).toString())
                       .arg(r.json.value(admin::key(admin::field::kSessions))
                                .toObject()
                                .value(admin::key(admin::field::kActive))
                                .toInteger());
        return;
    }
    s.verdict = V::Fail;
    s.detail = r.httpStatus ? Connectivity::tr("HTTP %1").arg(r.httpStatus) : r.error;
    s.advice = adminAuthAdvice(r, t.profile);
}

// ------------------------------------------------------------------------------------ the database file

/// The column names of ASPStateTempSessions in `db` (empty when there is no such table).
QStringList sessionTableColumns(sqlite3 *db)
{
    sqlite3_stmt *st = nullptr;
    QStringList columns;
    if (sqlite3_prepare_v2(db, "PRAGMA table_info(ASPStateTempSessions)", -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW) {
            columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
        }
    }
    sqlite3_finalize(st);
    return columns;
}

/// The SQL Server mode columns (aspnet_regsql -ssadd) missing from `columns`.
QStringList missingSessionColumns(const QStringList &columns)
{
    const QStringList needed = {
        QStringLiteral("SessionId"), QStringLiteral("Created"),          QStringLiteral("Expires"),
        QStringLiteral("LockDate"),  QStringLiteral("LockCookie"),       QStringLiteral("Timeout"),
        QStringLiteral("Locked"),    QStringLiteral("SessionItemShort"), QStringLiteral("SessionItemLong")};
    QStringList missing;
    for (const QString &c : needed) {
        if (!columns.contains(c, Qt::CaseInsensitive)) {
            missing << c;
        }
    }
    return missing;
}

/// Rows of ASPStateTempSessions, -1 when they cannot be counted.
qint64 countSessionRows(sqlite3 *db)
{
    sqlite3_stmt *st = nullptr;
    qint64 rows = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM ASPStateTempSessions", -1, &st, nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW) {
        rows = sqlite3_column_int64(st, 0);
    }
    sqlite3_finalize(st);
    return rows;
}

/// Step 1: the path is a file.
void fileExists(const QFileInfo &info, const QString &path, ConnectivityStep &s)
{
    if (!info.isFile()) {
        s.verdict = V::Fail;
        s.detail = info.exists() ? Connectivity::tr("%1 is not a file").arg(path)
                                 : Connectivity::tr("%1 does not exist").arg(path);
        s.advice =
            Connectivity::tr("Point at sessionstated's --persist file (the unit's default is "
                             "/var/lib/sessionstated/sessions.db) or an ASPState-shaped SQLite database.");
        return;
    }
    s.verdict = V::Pass;
    s.detail = Connectivity::tr("%1, %2 bytes").arg(path).arg(info.size());
}

/// Step 2: it opens read-only as SQLite (`*db`, closed by the caller) with an ASPStateTempSessions table.
void schemaRecognised(const QString &path, sqlite3 **db, ConnectivityStep &s)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        s.verdict = V::Fail;
        s.detail = QString::fromUtf8(*db ? sqlite3_errmsg(*db) : "out of memory");
        s.advice = Connectivity::tr("The file cannot be opened as SQLite.");
        return;
    }
    sqlite3_busy_timeout(*db, 2000);
    const QStringList columns = sessionTableColumns(*db);
    const QStringList missing = missingSessionColumns(columns);
    if (columns.isEmpty() || !missing.isEmpty()) {
        s.verdict = V::Fail;
        s.detail =
            columns.isEmpty()
                ? Connectivity::tr("no ASPStateTempSessions table (is this SQLite? %1)")
                      .arg(QString::fromUtf8(sqlite3_errmsg(*db)))
                : Connectivity::tr("ASPStateTempSessions lacks %1").arg(missing.join(QStringLiteral(", ")));
        s.advice =
            Connectivity::tr("This is not a session database: sessionstated creates the schema on first "
                             "start with --persist; for SQL Server, run aspnet_regsql -ssadd.");
        return;
    }
    s.verdict = V::Pass;
    s.detail = Connectivity::tr("ASPStateTempSessions with %1 columns, %2 sessions stored")
                   .arg(columns.size())
                   .arg(countSessionRows(*db));
}

/// Step 3: file and folder are writable and a write transaction can start (rolled back).
void writable(const QFileInfo &info, const QString &path, ConnectivityStep &s)
{
    const QFileInfo dir(info.absolutePath());
    if (!info.isWritable() || !dir.isWritable()) {
        s.verdict = V::Fail;
        s.detail = !info.isWritable()
                       ? Connectivity::tr("the file is not writable by this user")
                       : Connectivity::tr("its folder is not writable (SQLite needs it for the "
                                          "-wal and -shm files)");
        s.advice =
            Connectivity::tr("Run as the server's user, or fix the owner (the unit runs as sessionstated).");
        return;
    }
    sqlite3 *w = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &w, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(w, 2000);
        rc = sqlite3_exec(w, "BEGIN IMMEDIATE; ROLLBACK;", nullptr, nullptr, nullptr);
    }
    const QString message = QString::fromUtf8(w ? sqlite3_errmsg(w) : "out of memory");
    sqlite3_close(w);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        s.verdict = V::Warn;
        s.detail = Connectivity::tr("write lock busy: %1").arg(message);
        s.advice =
            Connectivity::tr("A server is writing to it right now; that is normal while sessionstated runs.");
        return;
    }
    if (rc != SQLITE_OK) {
        s.verdict = V::Fail;
        s.detail = message;
        s.advice = Connectivity::tr(
            "SQLite refused a write transaction: check the file system (read-only mount, disk full).");
        return;
    }
    s.verdict = V::Pass;
    s.detail = Connectivity::tr("a write transaction can start (rolled back, nothing changed)");
}

} // namespace

QString ConnectivityRunner::cancelledText()
{
    return Connectivity::tr("cancelled");
}

QString verdictText(ConnectivityStep::Verdict v)
{
    switch (v) {
    case V::Pass:
        return Connectivity::tr("pass");
    case V::Warn:
        return Connectivity::tr("warn");
    case V::Fail:
        return Connectivity::tr("FAIL");
    case V::Skipped:
        break;
    }
    return Connectivity::tr("skipped");
}

QList<ConnectivityStep> testStateServer(const ConnectionProfile &profile,
                                        const std::function<void(const ConnectivityStep &)> &step,
                                        const std::atomic<bool> *cancel)
{
    StepRunner run(step, cancel);
    const QString resolveName = Connectivity::tr("Name resolution"),
                  connectName = Connectivity::tr("TCP connect"),
                  handshakeName = Connectivity::tr("Protocol handshake"),
                  roundTripName = Connectivity::tr("Write/read/remove round trip"),
                  adminName = Connectivity::tr("Admin API auth");
    ServerTest t(profile);
    const bool resolved = run.run(resolveName, [&t](ConnectivityStep &s) { resolveHost(t, s); });
    const bool connected = resolved && run.run(connectName, [&t](ConnectivityStep &s) { connectTcp(t, s); });
    if (!resolved) {
        run.skip(connectName, Connectivity::tr("needs name resolution"));
    }
    const bool shook = connected && run.run(handshakeName, [&t](ConnectivityStep &s) { handshake(t, s); });
    if (!connected) {
        run.skip(handshakeName, Connectivity::tr("needs a TCP connection"));
    }
    if (profile.readOnly) {
        run.skip(roundTripName, Connectivity::tr("read-only profile: nothing is written"));
    } else if (!shook) {
        run.skip(roundTripName, Connectivity::tr("needs the protocol handshake"));
    } else {
        run.run(roundTripName, [&t](ConnectivityStep &s) { roundTrip(t, s); });
    }
    if (profile.isProtocolOnly()) {
        run.skip(adminName, Connectivity::tr("protocol-only profile: no admin API"));
        return run.steps;
    }
    if (profile.tokenFile.isEmpty()) {
        run.skip(adminName, Connectivity::tr(
                                "no token file in the profile (the ASP.NET State Service has no admin API)"));
        return run.steps;
    }
    run.run(adminName, [&t](ConnectivityStep &s) { adminAuth(t, s); });
    return run.steps;
}

QList<ConnectivityStep> testSessionDatabase(const QString &path,
                                            const std::function<void(const ConnectivityStep &)> &step)
{
    StepRunner run(step, nullptr);
    const QString existsName = Connectivity::tr("File exists"),
                  schemaName = Connectivity::tr("Schema recognised"),
                  writableName = Connectivity::tr("Writable");
    const QFileInfo info(path);
    const bool exists = run.run(existsName, [&](ConnectivityStep &s) { fileExists(info, path, s); });
    sqlite3 *db = nullptr;
    const bool schema =
        exists && run.run(schemaName, [&](ConnectivityStep &s) { schemaRecognised(path, &db, s); });
    if (!exists) {
        run.skip(schemaName, Connectivity::tr("needs the file"));
    }
    if (db) {
        sqlite3_close(db);
    }
    if (!schema) {
        run.skip(writableName, Connectivity::tr("needs a recognised schema"));
        return run.steps;
    }
    run.run(writableName, [&](ConnectivityStep &s) { writable(info, path, s); });
    return run.steps;
}

} // namespace sd
