// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl stats | sessions list|show|abandon|touch | events: clients of sessionstated's admin API.
#include "client/adminclient.h"
#include "sessionctl.h"
#include "sessionctl_p.h"
#include "client/stateclient.h"
#include "stateproto/stateprotocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>

namespace sd::ctl {

namespace {

/// Options every admin command takes.
struct AdminTarget
{
    QCommandLineOption server{QStringLiteral("server"), QStringLiteral("Admin API base URL (default http://127.0.0.1:42425)."),
                              QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:42425")};
    QCommandLineOption tokenFile{QStringLiteral("token-file"),
                                 QStringLiteral("File holding the bearer token (default: sessionstated's default, %1).").arg(admin::defaultTokenPath()),
                                 QStringLiteral("PATH")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    QCommandLineOption timeout{QStringLiteral("timeout"), QStringLiteral("Seconds to wait for an answer (default 10)."),
                               QStringLiteral("SECONDS"), QStringLiteral("10")};
    void add(QCommandLineParser &p)
    {
        p.addOption(server);
        p.addOption(tokenFile);
        p.addOption(json);
        p.addOption(timeout);
    }
};

struct AdminCall
{
    int status = 0;    ///< HTTP status; 0 when no answer
    QByteArray body;
    QString error;     ///< set when status is 0 or the answer is an error document
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/// Resolves URL and token; prints the usage error and returns false when either is unusable.
bool resolve(const QCommandLineParser &p, const AdminTarget &t, const QString &verb, QUrl *base, QByteArray *token)
{
    QString s = p.value(t.server);
    if (!s.contains(QStringLiteral("://")))
        s.prepend(QStringLiteral("http://"));
    *base = QUrl(s);
    if (!base->isValid() || base->host().isEmpty() || base->scheme() != u"http") {
        usageError(QStringLiteral("--server must be an http:// URL, not '%1'").arg(p.value(t.server)), verb);
        return false;
    }
    const QString path = p.isSet(t.tokenFile) ? p.value(t.tokenFile) : admin::defaultTokenPath();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        usageError(QStringLiteral("cannot read the admin token from %1 (%2); sessionstated prints its token file at start; "
                                  "pass it with --token-file")
                       .arg(path, f.errorString()),
                   verb);
        return false;
    }
    *token = f.read(4096).trimmed();
    return true;
}

AdminCall call(const QUrl &base, const QByteArray &token, const QByteArray &method, const QString &pathAndQuery, int timeoutSeconds)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + (q < 0 ? pathAndQuery : pathAndQuery.left(q)),
                QUrl::TolerantMode);
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1), QUrl::TolerantMode);
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token);
    req.setTransferTimeout(timeoutSeconds * 1000);
    QNetworkReply *reply = nam.sendCustomRequest(req, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    AdminCall c;
    c.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    c.body = reply->readAll();
    if (c.status == 0)
        c.error = QStringLiteral("%1: %2").arg(url.toString(QUrl::RemoveQuery), reply->errorString());
    else if (c.status >= 400)
        c.error = c.json().value(QStringLiteral("error")).toString();
    if (c.status == 401)
        c.error = QStringLiteral("the server refused the token (401); check --token-file");
    reply->deleteLater();
    return c;
}

/// Prints a failed call; returns the exit code (2 when unreachable or refused, 1 for 404/409).
int reportFailure(const AdminCall &c, bool json)
{
    if (json) {
        printJson({{QStringLiteral("status"), c.status}, {QStringLiteral("error"), c.error}});
    } else {
        err() << kProgram << ": " << (c.error.isEmpty() ? QStringLiteral("HTTP %1").arg(c.status) : c.error) << '\n';
        err().flush();
    }
    return c.status == 404 || c.status == 409 ? ExitFindings : ExitUsage;
}

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString localTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

qint64 num(const QJsonObject &o, const char *a, const char *b = nullptr)
{
    const QJsonValue v = o.value(QLatin1String(a));
    return b ? v.toObject().value(QLatin1String(b)).toInteger() : v.toInteger();
}

void printStats(const QJsonObject &s)
{
    out() << "sessionstated " << s.value(QStringLiteral("version")).toString() << ", up "
          << QString::number(s.value(QStringLiteral("uptime_seconds")).toDouble(), 'f', 0) << " s\n"
          << "State Server Sessions Active     " << num(s, "sessions", "active") << '\n'
          << "State Server Sessions Total      " << num(s, "sessions", "total") << '\n'
          << "State Server Sessions Abandoned  " << num(s, "sessions", "abandoned") << '\n'
          << "State Server Sessions Timed Out  " << num(s, "sessions", "timed_out") << '\n'
          << "Requests                         " << num(s, "requests", "total") << " (423 Locked: " << num(s, "lock_contention")
          << ", protocol errors: " << num(s, "protocol_errors") << ")\n"
          << "Bytes in / out                   " << human(num(s, "bytes", "in")) << " / " << human(num(s, "bytes", "out")) << '\n'
          << "Connections open / total         " << num(s, "connections", "open") << " / " << num(s, "connections", "total")
          << " (refused " << num(s, "connections", "refused") << ")\n"
          << "Memory payload / overhead / RSS  " << human(num(s, "memory", "payload_bytes")) << " / "
          << human(num(s, "memory", "overhead_bytes")) << " / " << human(num(s, "memory", "rss_bytes")) << '\n';
    out().flush();
}

/// Reads /v1/events and calls `onEvent(name, data)` per event until it returns false, the stream ends
/// or SIGINT. Returns ExitOk, or prints why the stream could not be opened and returns ExitUsage.
int followEvents(const QUrl &base, const QByteArray &token, const std::function<bool(const QByteArray &, const QByteArray &)> &onEvent)
{
    QNetworkAccessManager nam;
    QUrl url = base;
    url.setPath(QStringLiteral("/v1/events"));
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + token);
    req.setRawHeader("Accept", "text/event-stream");
    QNetworkReply *reply = nam.get(req);
    QEventLoop loop;
    SseReader reader;
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        if (!reader.feed(reply->readAll(), onEvent))
            loop.quit();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    static QEventLoop *s_loop = nullptr;
    s_loop = &loop;
    std::signal(SIGINT, [](int) {
        if (s_loop)
            QMetaObject::invokeMethod(s_loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    s_loop = nullptr;
    std::signal(SIGINT, SIG_DFL);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        err() << kProgram << ": "
              << (status == 401 ? QStringLiteral("the server refused the token (401); check --token-file")
                                : QStringLiteral("%1: %2").arg(url.toString(), reply->errorString()))
              << '\n';
        err().flush();
    }
    reply->abort();
    reply->deleteLater();
    return status == 200 ? ExitOk : ExitUsage;
}

/// The stored key for a SESSION argument: "APP/ID" as the admin API lists it, or an id with --app APPID.
std::pair<QString, QString> sessionArg(const QString &arg, const QString &appDomainAppId)
{
    const qsizetype slash = arg.lastIndexOf(u'/');
    if (slash >= 0)
        return {arg.left(slash), arg.mid(slash + 1)};
    const QString key = QString::fromStdString(proto::urlDecodeKey(stateRequestTarget(appDomainAppId, arg)));
    const qsizetype s = key.lastIndexOf(u'/');
    return {key.left(s), key.mid(s + 1)};
}

QString sessionPath(const std::pair<QString, QString> &s)
{
    return AdminClient::sessionPath(s.first, s.second);
}

} // namespace

int cmdStats(const QStringList &args)
{
    QCommandLineParser p;
    AdminTarget t;
    t.add(p);
    const QCommandLineOption watch(QStringLiteral("watch"), QStringLiteral("Print a line every second with rates, until Ctrl-C."));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("With --watch: stop after N lines."), QStringLiteral("N"));
    p.addOption(watch);
    p.addOption(count);
    if (int rc = parse(p, args, QStringLiteral("stats"),
                       QStringLiteral("Show a state server's counters (the \"State Server Sessions ...\" four, requests, bytes, "
                                      "connections, memory) from its admin API."));
        rc >= 0)
        return rc;
    QUrl base;
    QByteArray token;
    if (!resolve(p, t, QStringLiteral("stats"), &base, &token))
        return ExitUsage;
    const bool json = p.isSet(t.json);
    if (!p.isSet(watch)) {
        const AdminCall c = call(base, token, "GET", QStringLiteral("/v1/stats"), p.value(t.timeout).toInt());
        if (c.status != 200)
            return reportFailure(c, json);
        if (json)
            printJson(c.json());
        else
            printStats(c.json());
        return ExitOk;
    }
    int left = p.isSet(count) ? std::max(1, p.value(count).toInt()) : -1;
    if (!json) {
        out() << "time        active    req/s  started/s  timed out/s  abandoned/s  423/s     payload      RSS\n";
        out().flush();
    }
    return followEvents(base, token, [&](const QByteArray &event, const QByteArray &data) {
        if (event != "stats")
            return true;
        const QJsonObject s = QJsonDocument::fromJson(data).object();
        if (json) {
            out() << QJsonDocument(s).toJson(QJsonDocument::Compact) << '\n';
        } else {
            const QJsonObject r = s.value(QStringLiteral("rates")).toObject();
            auto rate = [&r](const char *k, int w) { return QStringLiteral("%1").arg(r.value(QLatin1String(k)).toDouble(), w, 'f', 1); };
            out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")) << QStringLiteral("  %1").arg(num(s, "sessions", "active"), 8)
                  << ' ' << rate("requests_per_second", 8) << ' ' << rate("sessions_started_per_second", 10) << ' '
                  << rate("timed_out_per_second", 12) << ' ' << rate("abandoned_per_second", 12) << ' '
                  << rate("lock_contention_per_second", 6) << QStringLiteral(" %1 %2").arg(human(num(s, "memory", "payload_bytes")), 11)
                  .arg(human(num(s, "memory", "rss_bytes")), 8) << '\n';
        }
        out().flush();
        return left < 0 || --left > 0;
    });
}

int cmdEvents(const QStringList &args)
{
    QCommandLineParser p;
    AdminTarget t;
    t.add(p);
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Stop after N events."), QStringLiteral("N"));
    const QCommandLineOption noStats(QStringLiteral("no-stats"), QStringLiteral("Leave out the once-a-second stats samples."));
    p.addOption(count);
    p.addOption(noStats);
    if (int rc = parse(p, args, QStringLiteral("events"),
                       QStringLiteral("Follow a state server's events: Session_Start and Session_End (with the reason), a stats sample "
                                      "every second, and 'dropped' notices when this reader fell behind. Runs until Ctrl-C."));
        rc >= 0)
        return rc;
    QUrl base;
    QByteArray token;
    if (!resolve(p, t, QStringLiteral("events"), &base, &token))
        return ExitUsage;
    int left = p.isSet(count) ? std::max(1, p.value(count).toInt()) : -1;
    const bool json = p.isSet(t.json);
    return followEvents(base, token, [&](const QByteArray &event, const QByteArray &data) {
        if (event == "stats" && p.isSet(noStats))
            return true;
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (json) {
            out() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QString::fromLatin1(event)}, {QStringLiteral("data"), o}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else if (event == "stats") {
            out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")) << " stats      active "
                  << num(o, "sessions", "active") << ", "
                  << QString::number(o.value(QStringLiteral("rates")).toObject().value(QStringLiteral("requests_per_second")).toDouble(), 'f', 1)
                  << " requests/s\n";
        } else if (event == "dropped") {
            out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz")) << " dropped    " << num(o, "samples")
                  << " samples and " << num(o, "events") << " events (this reader was too slow)\n";
        } else {
            out() << QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))
                  << (event == "session_start" ? " Session_Start " : " Session_End   ") << o.value(QStringLiteral("app")).toString() << '/'
                  << o.value(QStringLiteral("id")).toString()
                  << (o.contains(QStringLiteral("reason")) ? QStringLiteral(" (%1)").arg(o.value(QStringLiteral("reason")).toString()) : QString())
                  << '\n';
        }
        out().flush();
        return left < 0 || --left > 0;
    });
}

int cmdSessions(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    const QStringList known{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("abandon"), QStringLiteral("touch")};
    if (!known.contains(sub)) {
        if (sub == u"--help" || sub == u"-h") {
            out() << "Usage: sessionctl sessions list|show|abandon|touch [options]\n"
                     "  list [--app APP] [--prefix P] [--sort last_access|expires|size] [--order asc|desc] [--limit N] [--all]\n"
                     "  show SESSION       the session with its items decoded\n"
                     "  abandon SESSION    Session.Abandon from outside (counted as abandoned, raises Session_End)\n"
                     "  touch SESSION      ResetItemTimeout: slide the expiry\n"
                     "SESSION is APP/ID as 'list' prints it, or an id with --app APPDOMAINAPPID.\n"
                     "All take --server URL, --token-file PATH and --json.\n";
            out().flush();
            return ExitOk;
        }
        return usageError(QStringLiteral("sessions needs list, show, abandon or touch"), QStringLiteral("sessions"));
    }
    QStringList rest = args.mid(2);
    rest.prepend(args[0]);
    const QString verb = QStringLiteral("sessions ") + sub;
    QCommandLineParser p;
    AdminTarget t;
    t.add(p);
    const QCommandLineOption app(QStringLiteral("app"),
                                 sub == u"list" ? QStringLiteral("Only this application (as listed: APPDOMAINAPPID(HASH)).")
                                                : QStringLiteral("AppDomainAppId for a bare session id (default /LM/W3SVC/1/ROOT)."),
                                 QStringLiteral("APP"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("Only session ids starting with P."), QStringLiteral("P"));
    const QCommandLineOption sort(QStringLiteral("sort"), QStringLiteral("last_access (default), expires or size."), QStringLiteral("KEY"));
    const QCommandLineOption order(QStringLiteral("order"), QStringLiteral("desc (default) or asc."), QStringLiteral("ORDER"));
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("Rows per page, 1..1000 (default 50)."), QStringLiteral("N"),
                                   QStringLiteral("50"));
    const QCommandLineOption cursor(QStringLiteral("cursor"), QStringLiteral("Start at this next_cursor."), QStringLiteral("CURSOR"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Follow the cursor to the end (at most 100,000 rows)."));
    p.addOption(app);
    if (sub == u"list") {
        for (const auto *o : {&prefix, &sort, &order, &limit, &cursor, &all})
            p.addOption(*o);
    } else {
        p.addPositionalArgument(QStringLiteral("SESSION"), QStringLiteral("APP/ID, or an id with --app."));
    }
    if (int rc = parse(p, rest, verb, QStringLiteral("Browse and act on a state server's sessions through its admin API.")); rc >= 0)
        return rc;
    QUrl base;
    QByteArray token;
    if (!resolve(p, t, verb, &base, &token))
        return ExitUsage;
    const bool json = p.isSet(t.json);
    const int timeout = p.value(t.timeout).toInt();
    if (sub == u"list") {
        QUrlQuery q;
        if (p.isSet(app))
            q.addQueryItem(QStringLiteral("app"), QString::fromLatin1(QUrl::toPercentEncoding(p.value(app))));
        if (p.isSet(prefix))
            q.addQueryItem(QStringLiteral("prefix"), QString::fromLatin1(QUrl::toPercentEncoding(p.value(prefix))));
        if (p.isSet(sort))
            q.addQueryItem(QStringLiteral("sort"), p.value(sort));
        if (p.isSet(order))
            q.addQueryItem(QStringLiteral("order"), p.value(order));
        q.addQueryItem(QStringLiteral("limit"), p.value(limit));
        QString next = p.value(cursor);
        QJsonArray rows;
        qint64 total = 0;
        constexpr int kMaxRows = 100000;
        do {
            QUrlQuery page = q;
            if (!next.isEmpty())
                page.addQueryItem(QStringLiteral("cursor"), next);
            const AdminCall c = call(base, token, "GET", QStringLiteral("/v1/sessions?") + page.query(QUrl::FullyEncoded), timeout);
            if (c.status != 200)
                return reportFailure(c, json);
            const QJsonObject o = c.json();
            total = o.value(QStringLiteral("total")).toInteger();
            for (const QJsonValue &v : o.value(QStringLiteral("sessions")).toArray())
                rows.append(v);
            next = o.value(QStringLiteral("next_cursor")).toString();
        } while (p.isSet(all) && !next.isEmpty() && rows.size() < kMaxRows);
        if (json) {
            printJson({{QStringLiteral("sessions"), rows},
                       {QStringLiteral("total"), total},
                       {QStringLiteral("next_cursor"), next.isEmpty() ? QJsonValue() : QJsonValue(next)}});
            return ExitOk;
        }
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(QStringLiteral("SESSION ID"), -24)
                     .arg(QStringLiteral("LAST ACCESS"), -19)
                     .arg(QStringLiteral("EXPIRES"), -19)
                     .arg(QStringLiteral("BYTES"), 8)
                     .arg(QStringLiteral("ITEMS"), 5)
                     .arg(QStringLiteral("LOCK"), -8)
                     .arg(QStringLiteral("APP"));
        for (const QJsonValue &v : std::as_const(rows)) {
            const QJsonObject s = v.toObject();
            out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                         .arg(s.value(QStringLiteral("id")).toString(), -24)
                         .arg(localTime(s.value(QStringLiteral("last_access")).toString()), -19)
                         .arg(localTime(s.value(QStringLiteral("expires")).toString()), -19)
                         .arg(s.value(QStringLiteral("bytes")).toInteger(), 8)
                         .arg(s.value(QStringLiteral("items")).toInt(), 5)
                         .arg(s.value(QStringLiteral("locked")).toBool()
                                  ? QStringLiteral("%1 s").arg(s.value(QStringLiteral("lock_age")).toInteger())
                                  : QStringLiteral("-"),
                              -8)
                         .arg(s.value(QStringLiteral("app")).toString());
        }
        out() << rows.size() << " of " << total << " session(s)";
        if (!next.isEmpty())
            out() << (p.isSet(all) ? QStringLiteral("; stopped at %1 rows").arg(kMaxRows) : QString())
                  << "; more with --cursor " << next;
        out() << '\n';
        out().flush();
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("%1 needs one SESSION (APP/ID, or an id with --app)").arg(verb), verb);
    const auto session = sessionArg(p.positionalArguments().first(),
                                    p.isSet(app) ? p.value(app) : QStringLiteral("/LM/W3SVC/1/ROOT"));
    const QString path = sessionPath(session);
    const AdminCall c = sub == u"show"      ? call(base, token, "GET", path, timeout)
                        : sub == u"abandon" ? call(base, token, "DELETE", path, timeout)
                                            : call(base, token, "POST", path + QStringLiteral("/touch"), timeout);
    if (c.status != 200)
        return reportFailure(c, json);
    const QJsonObject o = c.json();
    if (json) {
        printJson(o);
        return ExitOk;
    }
    out() << session.first << '/' << session.second << '\n'
          << "  created " << localTime(o.value(QStringLiteral("created")).toString()) << ", last access "
          << localTime(o.value(QStringLiteral("last_access")).toString()) << ", expires "
          << localTime(o.value(QStringLiteral("expires")).toString()) << " (timeout " << o.value(QStringLiteral("timeout")).toInt()
          << " min)\n  " << o.value(QStringLiteral("bytes")).toInteger() << " bytes"
          << (o.value(QStringLiteral("locked")).toBool()
                  ? QStringLiteral(", locked %1 s (lock cookie %2)").arg(o.value(QStringLiteral("lock_age")).toInteger()).arg(o.value(QStringLiteral("lock_cookie")).toInt())
                  : QStringLiteral(", not locked"))
          << '\n';
    if (sub == u"abandon")
        out() << "  abandoned" << (o.value(QStringLiteral("was_locked")).toBool() ? " (it was locked by a request in progress)" : "") << '\n';
    if (sub == u"show") {
        if (o.contains(QStringLiteral("decode_error")))
            out() << "  not SessionStateUtility data: " << o.value(QStringLiteral("decode_error")).toString() << '\n';
        for (const QJsonValue &v : o.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = v.toObject();
            out() << "  " << (i.value(QStringLiteral("key")).isNull() ? QStringLiteral("(null key)") : i.value(QStringLiteral("key")).toString())
                  << " = " << i.value(QStringLiteral("value")).toString() << "  [" << i.value(QStringLiteral("type")).toString() << ", "
                  << i.value(QStringLiteral("bytes")).toInt() << " bytes]\n";
            if (i.contains(QStringLiteral("preview")))
                out() << "      " << i.value(QStringLiteral("preview")).toString() << '\n';
        }
    }
    out().flush();
    return ExitOk;
}

} // namespace sd::ctl
