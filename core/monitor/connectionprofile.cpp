// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/connectionprofile.h"
#include "base/settings.h"

#include "client/adminclient.h"

#include "aspnet/sessionid.h"
#include "client/stateclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QJsonObject>
#include <QSettings>
#include <QTcpSocket>
#include <QUrl>

#include <sqlite3.h>

namespace sd {

namespace {

/// Translation context of the connectivity test's messages.
class Connectivity
{
    Q_DECLARE_TR_FUNCTIONS(Connectivity)
};

/// Runs the steps in order, timing each and reporting it as it completes.
class StepRunner
{
public:
    StepRunner(const std::function<void(const ConnectivityStep &)> &report, const std::atomic<bool> *cancel)
        : m_report(report), m_cancel(cancel)
    {}
    /// Runs `body` as a step named `name`; `body` fills verdict, detail and advice.
    bool run(const QString &name, const std::function<void(ConnectivityStep &)> &body)
    {
        ConnectivityStep s;
        s.name = name;
        if (m_cancel && m_cancel->load()) {
            s.detail = Connectivity::tr("cancelled");
            return finish(s);
        }
        QElapsedTimer t;
        t.start();
        body(s);
        s.elapsedMs = double(t.nsecsElapsed()) / 1e6;
        return finish(s);
    }
    /// Adds a step that was not run because `why`.
    void skip(const QString &name, const QString &why)
    {
        ConnectivityStep s;
        s.name = name;
        s.detail = why;
        finish(s);
    }
    QList<ConnectivityStep> steps;

private:
    bool finish(const ConnectivityStep &s)
    {
        steps.append(s);
        if (m_report) {
            m_report(s);
        }
        return s.verdict == ConnectivityStep::Verdict::Pass || s.verdict == ConnectivityStep::Verdict::Warn;
    }
    const std::function<void(const ConnectivityStep &)> &m_report;
    const std::atomic<bool> *m_cancel;
};

using V = ConnectivityStep::Verdict;

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

} // namespace

std::optional<QByteArray> ConnectionProfile::readToken(QString *error) const
{
    QFile f(tokenFile);
    if (tokenFile.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error =
                tokenFile.isEmpty()
                    ? Connectivity::tr("no token file is set in the profile")
                    : Connectivity::tr("cannot read the token file %1: %2").arg(tokenFile, f.errorString());
        }
        return std::nullopt;
    }
    const QByteArray token = f.read(4096).trimmed();
    if (token.isEmpty()) {
        if (error) {
            *error = Connectivity::tr("the token file %1 is empty").arg(tokenFile);
        }
        return std::nullopt;
    }
    return token;
}

std::optional<QUrl> ConnectionProfile::adminBaseUrl(QString *error) const
{
    const QUrl url(adminUrl);
    if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty()) {
        if (error) {
            *error = Connectivity::tr("the admin URL \"%1\" is not http://HOST:PORT").arg(adminUrl);
        }
        return std::nullopt;
    }
    return url;
}

std::optional<ConnectionProfile> ConnectionProfile::fromStateConnectionString(const QString &name,
                                                                              const QString &text,
                                                                              int stateNetworkTimeoutSeconds,
                                                                              QString *error)
{
    QString parseError;
    const auto ep = parseStateConnectionString(text, &parseError);
    if (!ep) {
        if (error) {
            *error = Connectivity::tr("stateConnectionString \"%1\": %2").arg(text, parseError);
        }
        return std::nullopt;
    }
    ConnectionProfile p;
    p.name = name;
    p.stateConnectionString = text.trimmed();
    p.stateNetworkTimeoutSeconds = stateNetworkTimeoutSeconds > 0 ? stateNetworkTimeoutSeconds : 10;
    QUrl admin;
    admin.setScheme(QStringLiteral("http"));
    admin.setHost(ep->host);
    admin.setPort(42425);
    p.adminUrl = admin.toString();
    return p;
}

QList<ConnectionProfile> loadProfiles(QSettings &settings)
{
    QList<ConnectionProfile> out;
    const int n = settings.beginReadArray(QLatin1String(profilekeys::kArray));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QLatin1String(profilekeys::kName)).toString();
        p.stateConnectionString =
            settings.value(QLatin1String(profilekeys::kStateConnectionString), p.stateConnectionString).toString();
        p.stateNetworkTimeoutSeconds = settings.value(QLatin1String(profilekeys::kStateNetworkTimeout), 10).toInt();
        p.adminUrl = settings.value(QLatin1String(profilekeys::kAdminUrl), p.adminUrl).toString();
        p.tokenFile = settings.value(QLatin1String(profilekeys::kTokenFile)).toString();
        p.readOnly = settings.value(QLatin1String(profilekeys::kReadOnly), false).toBool();
        if (!p.name.isEmpty()) {
            out.append(p);
        }
    }
    settings.endArray();
    return out;
}

void saveProfiles(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    settings.remove(QLatin1String(profilekeys::kArray));
    settings.beginWriteArray(QLatin1String(profilekeys::kArray));
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.embedded) {
            continue;
        }
        settings.setArrayIndex(i++);
        settings.setValue(QLatin1String(profilekeys::kName), p.name);
        settings.setValue(QLatin1String(profilekeys::kStateConnectionString), p.stateConnectionString);
        settings.setValue(QLatin1String(profilekeys::kStateNetworkTimeout), p.stateNetworkTimeoutSeconds);
        settings.setValue(QLatin1String(profilekeys::kAdminUrl), p.adminUrl);
        settings.setValue(QLatin1String(profilekeys::kTokenFile), p.tokenFile);
        settings.setValue(QLatin1String(profilekeys::kReadOnly), p.readOnly);
    }
    settings.endArray();
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
    QString parseError;
    const auto ep = parseStateConnectionString(profile.stateConnectionString, &parseError);
    QHostAddress address;
    const bool resolved = run.run(resolveName, [&](ConnectivityStep &s) {
        if (!ep) {
            s.verdict = V::Fail;
            s.detail = parseError;
            s.advice = Connectivity::tr(
                "Write the stateConnectionString as tcpip=HOST:PORT, e.g. tcpip=127.0.0.1:42424.");
            return;
        }
        const QHostInfo info = QHostInfo::fromName(ep->host);
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            s.verdict = V::Fail;
            s.detail = info.errorString();
            s.advice = Connectivity::tr("The host name \"%1\" does not resolve: check its spelling and DNS, "
                                        "or use an IP address.")
                           .arg(ep->host);
            return;
        }
        address = info.addresses().first();
        s.verdict = V::Pass;
        s.detail = Connectivity::tr("%1 → %2 (%n address(es))", nullptr, int(info.addresses().size()))
                       .arg(ep->host, address.toString());
    });
    const int timeoutMs = std::max(1, profile.stateNetworkTimeoutSeconds) * 1000;
    bool connected = false;
    if (resolved) {
        connected = run.run(connectName, [&](ConnectivityStep &s) {
            QTcpSocket sock;
            sock.connectToHost(address, ep->port);
            if (sock.waitForConnected(timeoutMs)) {
                s.verdict = V::Pass;
                s.detail = Connectivity::tr("connected to %1:%2").arg(address.toString()).arg(ep->port);
                return;
            }
            s.verdict = V::Fail;
            s.detail = sock.errorString();
            if (sock.error() == QAbstractSocket::ConnectionRefusedError) {
                s.advice = refusedAdvice(ep->host, ep->port);
            } else if (sock.error() == QAbstractSocket::SocketTimeoutError) {
                s.advice =
                    Connectivity::tr(
                        "No answer within stateNetworkTimeout (%1 s): a firewall probably drops the packets. "
                        "Open TCP port %2 on the server (Windows Defender Firewall inbound rule) and on "
                        "any network firewall between.")
                        .arg(profile.stateNetworkTimeoutSeconds)
                        .arg(ep->port);
            } else {
                s.advice = Connectivity::tr("Check the host and the port of the stateConnectionString.");
            }
        });
    } else {
        run.skip(connectName, Connectivity::tr("needs name resolution"));
    }

    StateClient client(ep.value_or(StateEndpoint()), std::max(1, profile.stateNetworkTimeoutSeconds));
    const QString scratchApp = QStringLiteral("/SessionDesk/ConnectivityTest");
    const std::string target = stateRequestTarget(
        scratchApp, createSessionId().value_or(QStringLiteral("sessiondeskconnectivity0")));
    bool handshake = false;
    if (connected) {
        handshake = run.run(handshakeName, [&](ConnectivityStep &s) {
            const StateReply r = client.getItem(target);
            if (r.status == 0) {
                s.verdict = V::Fail;
                s.detail = r.error;
                s.advice =
                    isLoopbackName(ep->host)
                        ? Connectivity::tr(
                              "The port accepted the connection but did not answer as a state server: is "
                              "another program on this port?")
                        : Connectivity::tr(
                              "The server closed the connection without answering. The ASP.NET State "
                              "Service does that to remote clients unless AllowRemoteConnection=1 "
                              "(HKLM\\SYSTEM\\CurrentControlSet\\Services\\aspnet_state\\Parameters; "
                              "restart the service); sessionstated needs --allow-remote.");
                return;
            }
            if (r.status != 404 && r.status != 200) {
                s.verdict = V::Fail;
                s.detail = Connectivity::tr("HTTP %1 for a GET of a scratch key").arg(r.status);
                s.advice =
                    Connectivity::tr("This is not the answer of an ASP.NET state server: check the port.");
                return;
            }
            s.verdict = r.serverVersion.isEmpty() ? V::Warn : V::Pass;
            s.detail =
                r.serverVersion.isEmpty()
                    ? Connectivity::tr("HTTP %1 without X-AspNet-Version").arg(r.status)
                    : Connectivity::tr("HTTP %1, X-AspNet-Version %2").arg(r.status).arg(r.serverVersion);
            if (r.serverVersion.isEmpty()) {
                s.advice = Connectivity::tr(
                    "The answer lacks X-AspNet-Version: a state server always sends it; check the port.");
            }
        });
    } else {
        run.skip(handshakeName, Connectivity::tr("needs a TCP connection"));
    }

    if (profile.readOnly) {
        run.skip(roundTripName, Connectivity::tr("read-only profile: nothing is written"));
    } else if (!handshake) {
        run.skip(roundTripName, Connectivity::tr("needs the protocol handshake"));
    } else {
        run.run(roundTripName, [&](ConnectivityStep &s) {
            const QByteArray data("SessionDesk connectivity test");
            const StateReply put = client.setAndReleaseItemExclusive(target, data, 1, std::nullopt);
            const StateReply get = put.status == 200 ? client.getItem(target) : StateReply();
            const StateReply del = put.status == 200 ? client.removeItem(target, std::nullopt) : StateReply();
            if (put.status != 200 || get.status != 200 || get.body != data || del.status != 200) {
                s.verdict = V::Fail;
                s.detail = Connectivity::tr("PUT %1, GET %2%3, DELETE %4")
                               .arg(put.status)
                               .arg(get.status)
                               .arg(get.status == 200 && get.body != data ? Connectivity::tr(" (other bytes)")
                                                                          : QString())
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
        });
    }

    if (profile.tokenFile.isEmpty()) {
        run.skip(adminName, Connectivity::tr(
                                "no token file in the profile (the ASP.NET State Service has no admin API)"));
        return run.steps;
    }
    run.run(adminName, [&](ConnectivityStep &s) {
        QString error;
        const auto token = profile.readToken(&error);
        const auto url = token ? profile.adminBaseUrl(&error) : std::nullopt;
        if (!url) {
            s.verdict = V::Fail;
            s.detail = error;
            s.advice =
                token
                    ? Connectivity::tr(
                          "Write the admin URL as http://HOST:PORT (sessionstated's default port is 42425).")
                    : Connectivity::tr("Point the profile at the file sessionstated prints at start "
                                       "(--admin-token-file).");
            return;
        }
        // The monitor's own client, driven by a local event loop on this (worker) thread.
        AdminClient client(*url, *token);
        client.setTimeoutMs(timeoutMs);
        AdminResult r;
        QEventLoop loop;
        client.stats(&loop, [&](const AdminResult &answer) {
            r = answer;
            loop.quit();
        });
        loop.exec();
        if (r.ok() && r.json.contains(QStringLiteral("version"))) {
            s.verdict = V::Pass;
            s.detail = Connectivity::tr("sessionstated %1, %2 active sessions")
                           .arg(r.json.value(QStringLiteral("version")).toString())
                           .arg(r.json.value(QStringLiteral("sessions"))
                                    .toObject()
                                    .value(QStringLiteral("active"))
                                    .toInteger());
            return;
        }
        s.verdict = V::Fail;
        s.detail = r.httpStatus ? Connectivity::tr("HTTP %1").arg(r.httpStatus) : r.error;
        if (r.httpStatus == 401) {
            s.advice = Connectivity::tr(
                "The token was refused: the token file does not belong to this server. Use the "
                "file named in sessionstated's start-up banner (--admin-token-file).");
        } else if (r.networkError == QNetworkReply::ConnectionRefusedError) {
            s.advice =
                Connectivity::tr(
                    "Nothing listens at %1: sessionstated's admin API is off (--no-admin) or on "
                    "another port (--admin-port); it binds 127.0.0.1 unless --admin-bind says otherwise.")
                    .arg(profile.adminUrl);
        } else if (r.httpStatus == 0) {
            s.advice =
                Connectivity::tr("No answer in time: a firewall may drop the packets to the admin port.");
        } else {
            s.advice = Connectivity::tr(
                "This port does not answer like sessionstated's admin API: check the admin URL.");
        }
    });
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
    const bool exists = run.run(existsName, [&](ConnectivityStep &s) {
        if (!info.isFile()) {
            s.verdict = V::Fail;
            s.detail = info.exists() ? Connectivity::tr("%1 is not a file").arg(path)
                                     : Connectivity::tr("%1 does not exist").arg(path);
            s.advice = Connectivity::tr(
                "Point at sessionstated's --persist file (the unit's default is "
                "/var/lib/sessionstated/sessions.db) or an ASPState-shaped SQLite database.");
            return;
        }
        s.verdict = V::Pass;
        s.detail = Connectivity::tr("%1, %2 bytes").arg(path).arg(info.size());
    });
    sqlite3 *db = nullptr;
    bool schema = false;
    if (exists) {
        schema = run.run(schemaName, [&](ConnectivityStep &s) {
            if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
                s.verdict = V::Fail;
                s.detail = QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
                s.advice = Connectivity::tr("The file cannot be opened as SQLite.");
                return;
            }
            sqlite3_busy_timeout(db, 2000);
            sqlite3_stmt *st = nullptr;
            QStringList columns;
            if (sqlite3_prepare_v2(db, "PRAGMA table_info(ASPStateTempSessions)", -1, &st, nullptr) ==
                SQLITE_OK) {
                while (sqlite3_step(st) == SQLITE_ROW) {
                    columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 1)));
                }
            }
            sqlite3_finalize(st);
            const QStringList needed = {QStringLiteral("SessionId"),      QStringLiteral("Created"),
                                        QStringLiteral("Expires"),        QStringLiteral("LockDate"),
                                        QStringLiteral("LockCookie"),     QStringLiteral("Timeout"),
                                        QStringLiteral("Locked"),         QStringLiteral("SessionItemShort"),
                                        QStringLiteral("SessionItemLong")};
            QStringList missing;
            for (const QString &c : needed) {
                if (!columns.contains(c, Qt::CaseInsensitive)) {
                    missing << c;
                }
            }
            if (columns.isEmpty() || !missing.isEmpty()) {
                s.verdict = V::Fail;
                s.detail = columns.isEmpty()
                               ? Connectivity::tr("no ASPStateTempSessions table (is this SQLite? %1)")
                                     .arg(QString::fromUtf8(sqlite3_errmsg(db)))
                               : Connectivity::tr("ASPStateTempSessions lacks %1")
                                     .arg(missing.join(QStringLiteral(", ")));
                s.advice = Connectivity::tr(
                    "This is not a session database: sessionstated creates the schema on first start "
                    "with --persist; for SQL Server, run aspnet_regsql -ssadd.");
                return;
            }
            qint64 rows = -1;
            if (sqlite3_prepare_v2(db, "SELECT count(*) FROM ASPStateTempSessions", -1, &st, nullptr) ==
                    SQLITE_OK &&
                sqlite3_step(st) == SQLITE_ROW) {
                rows = sqlite3_column_int64(st, 0);
            }
            sqlite3_finalize(st);
            s.verdict = V::Pass;
            s.detail = Connectivity::tr("ASPStateTempSessions with %1 columns, %2 sessions stored")
                           .arg(columns.size())
                           .arg(rows);
        });
    } else {
        run.skip(schemaName, Connectivity::tr("needs the file"));
    }
    if (db) {
        sqlite3_close(db);
    }
    if (!schema) {
        run.skip(writableName, Connectivity::tr("needs a recognised schema"));
        return run.steps;
    }
    run.run(writableName, [&](ConnectivityStep &s) {
        const QFileInfo dir(info.absolutePath());
        if (!info.isWritable() || !dir.isWritable()) {
            s.verdict = V::Fail;
            s.detail = !info.isWritable()
                           ? Connectivity::tr("the file is not writable by this user")
                           : Connectivity::tr(
                                 "its folder is not writable (SQLite needs it for the -wal and -shm files)");
            s.advice = Connectivity::tr(
                "Run as the server's user, or fix the owner (the unit runs as sessionstated).");
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
            s.advice = Connectivity::tr(
                "A server is writing to it right now; that is normal while sessionstated runs.");
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
    });
    return run.steps;
}

} // namespace sd
