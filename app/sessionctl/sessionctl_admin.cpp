// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl stats | sessions list|show|abandon|touch | events: clients of a session store through the
// AdminService interface: sessionstated's admin API (sd::AdminClient, client/adminclient.h) or, with
// --store, a Redis that RedisSessionStateProvider writes to (sd::RedisSessionStore). Blocking on a
// QEventLoop since this is a command line.
#include "client/adminclient.h"
#include "client/admincontract.h"
#include "client/stateclient.h"
#include "redis/rediskeyevents.h"
#include "redis/redissessionstore.h"
#include "sessionctl.h"
#include "sessionctl_p.h"
#include "stateproto/stateprotocol.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <csignal>

namespace sd::ctl {

namespace {

using admin::key;
namespace field = admin::field;

/// Options every admin command takes.
struct AdminTarget
{
    QCommandLineOption server{QStringLiteral("server"),
                              QStringLiteral("Admin API base URL (default http://127.0.0.1:42425)."),
                              QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:42425")};
    QCommandLineOption tokenFile{
        QStringLiteral("token-file"),
        QStringLiteral("File holding the bearer token (default: sessionstated's default, %1).")
            .arg(admin::defaultTokenPath()),
        QStringLiteral("PATH")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Seconds to wait for an answer (default 10)."),
                               QStringLiteral("SECONDS"), QStringLiteral("10")};
    QCommandLineOption store{
        QStringLiteral("store"),
        QStringLiteral("A Redis session store (RedisSessionStateProvider) instead of the admin API: "
                       "redis://[USER:PASSWORD@]HOST:PORT[/DB] (rediss:// or ?ssl=true for TLS), "
                       "redis-sentinel://HOST:PORT[,HOST:PORT]/MASTER[/DB] or redis-cluster://HOST:PORT."),
        QStringLiteral("URL")};
    /// Adds the options to `p`.
    void add(QCommandLineParser &p)
    {
        p.addOption(server);
        p.addOption(tokenFile);
        p.addOption(json);
        p.addOption(timeout);
        p.addOption(store);
    }
};

/// Resolves URL and token; prints the usage error and returns false when either is unusable.
bool resolve(const QCommandLineParser &p, const AdminTarget &t, const QString &verb, QUrl *base,
             QByteArray *token)
{
    QString s = p.value(t.server);
    if (!s.contains(QStringLiteral("://"))) {
        s.prepend(QStringLiteral("http://"));
    }
    *base = QUrl(s);
    if (!base->isValid() || base->host().isEmpty() || base->scheme() != u"http") {
        usageError(QStringLiteral("--server must be an http:// URL, not '%1'").arg(p.value(t.server)), verb);
        return false;
    }
    const QString path = p.isSet(t.tokenFile) ? p.value(t.tokenFile) : admin::defaultTokenPath();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        usageError(
            QStringLiteral(
                "cannot read the admin token from %1 (%2); sessionstated prints its token file at start; "
                "pass it with --token-file")
                .arg(path, f.errorString()),
            verb);
        return false;
    }
    *token = f.read(4096).trimmed();
    return true;
}

/// The text sessionctl prints when the server refuses the token.
QString tokenRefused()
{
    return QStringLiteral("the server refused the token (401); check --token-file");
}

/// The URL of a call to `path` on `base`, as AdminClient builds it.
QUrl callUrl(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path, QUrl::StrictMode);
    return url;
}

/// QNetworkReply::errorString() of a call that got no HTTP answer, from its AdminResult: the four errors
/// AdminClient::explain() rewords get Qt's own texts back, every other one is explain()'s "BASE: TEXT".
QString networkErrorText(const AdminResult &r, const QUrl &url, const QUrl &base)
{
    switch (r.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("Connection refused");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("Host %1 not found").arg(url.host());
    case QNetworkReply::TimeoutError:
        return QStringLiteral("Socket operation timed out");
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("Operation canceled");
    default:
        break;
    }
    const QString prefix = base.toString(QUrl::RemoveUserInfo) + QStringLiteral(": ");
    return r.error.startsWith(prefix) ? r.error.mid(prefix.size()) : r.error;
}

/// The "error" of an HTTP error answer, from AdminClient::explain()'s "HTTP STATUS from BASE: ERROR".
QString serverErrorText(const AdminResult &r, const QUrl &base)
{
    const QString prefix =
        QStringLiteral("HTTP %1 from %2").arg(r.httpStatus).arg(base.toString(QUrl::RemoveUserInfo));
    if (!r.error.startsWith(prefix)) {
        return {};
    }
    const QString rest = r.error.mid(prefix.size());
    return rest.startsWith(QStringLiteral(": ")) ? rest.mid(2) : rest;
}

/// What a failed call prints: "URL: what Qt said" without an answer, the server's "error" for 400 and up
/// (the token text for 401), empty otherwise.
QString failureText(const AdminResult &r, const QUrl &url, const QUrl &base)
{
    if (r.httpStatus == 401) {
        return tokenRefused();
    }
    if (r.httpStatus == 0) {
        return QStringLiteral("%1: %2").arg(url.toString(QUrl::RemoveQuery), networkErrorText(r, url, base));
    }
    return r.httpStatus >= 400 ? serverErrorText(r, base) : QString();
}

/// Prints a failed call (status and error); returns the exit code (2 when unreachable or refused, 1 for
/// 404/409).
int reportFailure(int status, const QString &error, bool json)
{
    if (json) {
        printJson({{key(field::kStatus), status}, {key(field::kError), error}});
    } else {
        err() << kProgram << ": " << (error.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : error)
              << '\n';
        err().flush();
    }
    return status == 404 || status == 409 ? ExitFindings : ExitUsage;
}

/// One blocking admin call: `start(context, done)` starts it on the AdminService; this waits for the answer.
AdminResult wait(const std::function<void(QObject *, AdminService::Callback)> &start)
{
    QEventLoop loop;
    AdminResult result;
    bool finished = false;
    start(&loop, [&](const AdminResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished) {
        loop.exec();
    }
    return result;
}

/// An admin command's store: the admin API client (the base URL for messages) or a Redis store, and --json.
struct AdminSession
{
    AdminSession(const QUrl &url, const QByteArray &token, int timeoutSeconds, bool jsonOutput)
        : base(url), token(token), http(std::make_unique<AdminClient>(url, token)), json(jsonOutput)
    {
        http->setTimeoutMs(timeoutSeconds * 1000);
    }
    AdminSession(const RedisEndpoint &endpoint, bool jsonOutput)
        : redis(std::make_unique<RedisSessionStore>(endpoint)), json(jsonOutput)
    {}
    QUrl base;
    QByteArray token;
    std::unique_ptr<AdminClient> http;
    std::unique_ptr<RedisSessionStore> redis;
    bool json;

    AdminService &service() { return http ? static_cast<AdminService &>(*http) : *redis; }

    /// Prints the failure of a call to `path` (see failureText(); a Redis store's own words); returns its
    /// exit code.
    int fail(const AdminResult &r, const QString &path) const
    {
        if (redis) {
            return reportFailure(r.httpStatus, r.error, json);
        }
        return reportFailure(r.httpStatus, failureText(r, callUrl(base, path), base), json);
    }
};

/// The store of an admin command: --store (a Redis URL, whose timeout options --timeout sets) or --server
/// with its token. Prints the usage error and returns nullptr when either is unusable.
std::unique_ptr<AdminSession> openSession(const QCommandLineParser &p, const AdminTarget &t,
                                          const QString &verb)
{
    const int timeout = std::max(1, p.value(t.timeout).toInt());
    if (p.isSet(t.store)) {
        QString error;
        auto endpoint = parseRedisEndpoint(p.value(t.store), &error);
        if (!endpoint) {
            usageError(QStringLiteral("--store: %1").arg(error), verb);
            return nullptr;
        }
        if (!p.value(t.store).contains(QStringLiteral("timeout="), Qt::CaseInsensitive)) {
            endpoint->commandTimeoutMs = timeout * 1000;
        }
        return std::make_unique<AdminSession>(*endpoint, p.isSet(t.json));
    }
    QUrl base;
    QByteArray token;
    if (!resolve(p, t, verb, &base, &token)) {
        return nullptr;
    }
    return std::make_unique<AdminSession>(base, token, timeout, p.isSet(t.json));
}

QString human(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString localTime(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
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
          << "Requests                         " << num(s, "requests", "total")
          << " (423 Locked: " << num(s, "lock_contention")
          << ", protocol errors: " << num(s, "protocol_errors") << ")\n"
          << "Bytes in / out                   " << human(num(s, "bytes", "in")) << " / "
          << human(num(s, "bytes", "out")) << '\n'
          << "Connections open / total         " << num(s, "connections", "open") << " / "
          << num(s, "connections", "total") << " (refused " << num(s, "connections", "refused") << ")\n"
          << "Memory payload / overhead / RSS  " << human(num(s, "memory", "payload_bytes")) << " / "
          << human(num(s, "memory", "overhead_bytes")) << " / " << human(num(s, "memory", "rss_bytes"))
          << '\n';
    out().flush();
}

/// `stats --store` in text: the store, memory and policy, counters, persistence, sessions per application.
void printRedisStats(const QJsonObject &s)
{
    namespace info = field::info;
    const QJsonObject r = s.value(key(field::kRedis)).toObject();
    const QJsonObject sessions = s.value(key(field::kSessions)).toObject();
    auto n = [&r](const char *k) { return r.value(key(k)).toInteger(); };
    const qint64 maxMemory = n(info::kMaxMemory);
    out() << "Redis " << r.value(key(info::kVersion)).toString() << " ("
          << s.value(key(field::kKind)).toString() << ", " << s.value(key(field::kNodes)).toArray().size()
          << " data node(s)), " << s.value(key(field::kEndpoint)).toString() << '\n'
          << "Sessions                         " << sessions.value(key(field::kActive)).toInteger()
          << (sessions.value(key(field::kExact)).toBool()
                  ? QStringLiteral(" (counted)")
                  : QStringLiteral(" (estimated from %1 of %2 keys)")
                        .arg(sessions.value(key(field::kScannedKeys)).toInteger())
                        .arg(sessions.value(key(field::kDbKeys)).toInteger()))
          << ", locked " << sessions.value(key(field::kLocked)).toInteger();
    if (!sessions.value(key(field::kOldestLockAge)).isNull()) {
        out() << " (oldest " << sessions.value(key(field::kOldestLockAge)).toInteger() << " s)";
    }
    out() << '\n'
          << "Memory used / max                " << human(n(info::kUsedMemory)) << " / "
          << (maxMemory > 0 ? human(maxMemory) : QStringLiteral("no limit")) << ", policy "
          << r.value(key(info::kMaxMemoryPolicy)).toString() << '\n'
          << "Evicted / expired keys           " << n(info::kEvictedKeys) << " / " << n(info::kExpiredKeys)
          << '\n'
          << "Commands / clients               " << n(info::kCommands) << " / " << n(info::kClients) << '\n'
          << "Keyspace hits / misses           " << n(info::kHits) << " / " << n(info::kMisses) << '\n'
          << "Persistence                      " << r.value(key(info::kPersistence)).toString() << '\n'
          << "EVALSHA calls, us per call       "
          << r.value(key(info::kEvalsha)).toObject().value(key(info::kCalls)).toInteger() << ", "
          << r.value(key(info::kEvalsha)).toObject().value(key(info::kUsecPerCall)).toDouble() << '\n';
    for (const auto &v : s.value(key(field::kApplications)).toArray()) {
        const QJsonObject a = v.toObject();
        out() << QStringLiteral("  %1 %2  %3 session(s), %4 locked\n")
                     .arg(a.value(key(field::kApp)).toString(), -30)
                     .arg(a.value(key(field::kLayout)).toString(), -6)
                     .arg(a.value(key(field::kSessions)).toInteger())
                     .arg(a.value(key(field::kLocked)).toInteger());
    }
    for (const auto &v : s.value(key(field::kEvents)).toArray()) {
        out() << "  note: " << v.toString() << '\n';
    }
    out().flush();
}

QEventLoop *s_eventLoop = nullptr;
QPointer<QNetworkReply> s_eventReply;

/// Reads /v1/events and calls `onEvent(name, data)` per event until it returns false, the stream ends
/// or SIGINT. Returns ExitOk, or prints why the stream could not be opened and returns ExitUsage.
int followEvents(const QUrl &base, const QByteArray &token, const SseReader::Handler &onEvent)
{
    AdminClient client(base, token);
    QEventLoop loop;
    AdminResult result;
    QString replyError;
    bool finished = false;
    QNetworkReply *reply = client.readEvents(&loop, onEvent, [&](const AdminResult &r, const QString &e) {
        result = r;
        replyError = e;
        finished = true;
        s_eventReply = nullptr;
        loop.quit();
    });
    s_eventLoop = &loop;
    s_eventReply = reply;
    std::signal(SIGINT, [](int) {
        if (s_eventLoop) {
            QMetaObject::invokeMethod(
                s_eventLoop,
                [] {
                    if (s_eventReply) {
                        s_eventReply->abort();
                    }
                },
                Qt::QueuedConnection);
        }
    });
    if (!finished) {
        loop.exec();
    }
    s_eventLoop = nullptr;
    s_eventReply = nullptr;
    std::signal(SIGINT, SIG_DFL);
    if (result.httpStatus != 200) {
        QUrl url = base;
        url.setPath(key(admin::kEventsPath));
        err() << kProgram << ": "
              << (result.httpStatus == 401 ? tokenRefused()
                                           : QStringLiteral("%1: %2").arg(url.toString(), replyError))
              << '\n';
        err().flush();
    }
    return result.httpStatus == 200 ? ExitOk : ExitUsage;
}

/// One `stats --watch` line: the time, active sessions, the rates and memory.
void printWatchLine(const QJsonObject &s)
{
    const QJsonObject r = s.value(QStringLiteral("rates")).toObject();
    auto rate = [&r](const char *k, int w) {
        return QStringLiteral("%1").arg(r.value(QLatin1String(k)).toDouble(), w, 'f', 1);
    };
    out() << QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))
          << QStringLiteral("  %1").arg(num(s, "sessions", "active"), 8) << ' '
          << rate("requests_per_second", 8) << ' ' << rate("sessions_started_per_second", 10) << ' '
          << rate("timed_out_per_second", 12) << ' ' << rate("abandoned_per_second", 12) << ' '
          << rate("lock_contention_per_second", 6)
          << QStringLiteral(" %1 %2")
                 .arg(human(num(s, "memory", "payload_bytes")), 11)
                 .arg(human(num(s, "memory", "rss_bytes")), 8)
          << '\n';
}

/// `stats --watch [--count N]`: a line (or a compact JSON object) per stats event.
int watchStats(const QUrl &base, const QByteArray &token, bool json, int left)
{
    if (!json) {
        out() << "time        active    req/s  started/s  timed out/s  abandoned/s  423/s     payload      "
                 "RSS\n";
        out().flush();
    }
    return followEvents(base, token, [&](const QByteArray &event, const QByteArray &data) {
        if (event != admin::event::kStats) {
            return true;
        }
        const QJsonObject s = QJsonDocument::fromJson(data).object();
        if (json) {
            out() << QJsonDocument(s).toJson(QJsonDocument::Compact) << '\n';
        } else {
            printWatchLine(s);
        }
        out().flush();
        return left < 0 || --left > 0;
    });
}

/// One `events` line (without --json): a stats sample, a 'dropped' notice or a session event.
void printEventLine(const QByteArray &event, const QJsonObject &o)
{
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    if (event == admin::event::kStats) {
        out() << now << " stats      active " << num(o, "sessions", "active") << ", "
              << QString::number(o.value(QStringLiteral("rates"))
                                     .toObject()
                                     .value(QStringLiteral("requests_per_second"))
                                     .toDouble(),
                                 'f', 1)
              << " requests/s\n";
    } else if (event == admin::event::kDropped) {
        out() << now << " dropped    " << num(o, "samples") << " samples and " << num(o, "events")
              << " events (this reader was too slow)\n";
    } else {
        out() << QDateTime::fromString(o.value(key(field::kTime)).toString(), Qt::ISODateWithMs)
                     .toLocalTime()
                     .toString(QStringLiteral("HH:mm:ss.zzz"))
              << (event == admin::event::kSessionStart ? " Session_Start " : " Session_End   ")
              << o.value(key(field::kApp)).toString() << '/' << o.value(key(field::kId)).toString()
              << (o.contains(key(field::kReason))
                      ? QStringLiteral(" (%1)").arg(o.value(key(field::kReason)).toString())
                      : QString())
              << '\n';
    }
}

/// `events --store URL`: session events of a Redis store from keyspace notifications, printed like the
/// state server's (`--json`: {"event", "data": {app, id, time, reason?, layout}}); `left` < 0: no limit.
int followStoreEvents(const QString &url, bool enable, int left, bool json)
{
    QString error;
    const auto endpoint = parseRedisEndpoint(url, &error);
    if (!endpoint) {
        return usageError(error, QStringLiteral("events"));
    }
    RedisEventOptions options;
    options.enableNotifications = enable;
    const bool ok = followRedisSessionEvents(
        *endpoint, options,
        [&](const RedisSessionEvent &e) {
            QJsonObject data{{key(field::kApp), e.app},
                             {key(field::kId), e.id},
                             {key(field::kTime), admin::isoTime(QDateTime::currentMSecsSinceEpoch())},
                             {QStringLiteral("layout"), e.layout}};
            if (!e.start) {
                data.insert(key(field::kReason), e.reason);
            }
            const QByteArray event = e.start ? admin::event::kSessionStart : admin::event::kSessionEnd;
            if (json) {
                out() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QString::fromLatin1(event)},
                                                   {QStringLiteral("data"), data}})
                             .toJson(QJsonDocument::Compact)
                      << '\n';
            } else {
                printEventLine(event, data);
            }
            out().flush();
            return left < 0 || --left > 0;
        },
        &error);
    if (!ok) {
        err() << kProgram << ": " << error << '\n';
        return ExitFindings;
    }
    return ExitOk;
}

} // namespace

int cmdStats(const QStringList &args)
{
    QCommandLineParser p;
    AdminTarget t;
    t.add(p);
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   QStringLiteral("Print a line every second with rates, until Ctrl-C."));
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("With --watch: stop after N lines."), QStringLiteral("N"));
    p.addOption(watch);
    p.addOption(count);
    if (int rc = parse(
            p, args, QStringLiteral("stats"),
            QStringLiteral(
                "Show a state server's counters (the \"State Server Sessions ...\" four, requests, bytes, "
                "connections, memory) from its admin API."));
        rc >= 0) {
        return rc;
    }
    if (p.isSet(watch) && p.isSet(t.store)) {
        return usageError(QStringLiteral("--watch follows sessionstated's event stream; a Redis store has "
                                         "none (run stats --store again instead)"),
                          QStringLiteral("stats"));
    }
    const auto s = openSession(p, t, QStringLiteral("stats"));
    if (!s) {
        return ExitUsage;
    }
    if (p.isSet(watch)) {
        return watchStats(s->base, s->token, s->json,
                          p.isSet(count) ? std::max(1, p.value(count).toInt()) : -1);
    }
    const AdminResult r = wait([&s](QObject *context, AdminService::Callback done) {
        s->service().stats(context, std::move(done));
    });
    if (r.httpStatus != 200) {
        return s->fail(r, key(admin::kStatsPath));
    }
    if (s->json) {
        printJson(r.json);
    } else if (s->redis) {
        printRedisStats(r.json);
    } else {
        printStats(r.json);
    }
    return ExitOk;
}

int cmdEvents(const QStringList &args)
{
    QCommandLineParser p;
    AdminTarget t;
    t.add(p);
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Stop after N events."),
                                   QStringLiteral("N"));
    const QCommandLineOption noStats(QStringLiteral("no-stats"),
                                     QStringLiteral("Leave out the once-a-second stats samples."));
    const QCommandLineOption enable(
        QStringLiteral("enable-notifications"),
        QStringLiteral(
            "Redis: turn on the keyspace notifications events need (CONFIG SET notify-keyspace-events, "
            "adding E, g, x and n) when they are off."));
    p.addOption(count);
    p.addOption(noStats);
    p.addOption(enable);
    if (int rc = parse(
            p, args, QStringLiteral("events"),
            QStringLiteral(
                "Follow a state server's events: Session_Start and Session_End (with the reason), a stats "
                "sample "
                "every second, and 'dropped' notices when this reader fell behind. Runs until Ctrl-C.\nWith "
                "--store (standalone or Sentinel Redis): Session_Start and Session_End from keyspace "
                "notifications (a data key created, expired or deleted); no stats samples."));
        rc >= 0) {
        return rc;
    }
    if (p.isSet(t.store)) {
        return followStoreEvents(p.value(t.store), p.isSet(enable),
                                 p.isSet(count) ? p.value(count).toInt() : -1, p.isSet(t.json));
    }
    QUrl base;
    QByteArray token;
    if (!resolve(p, t, QStringLiteral("events"), &base, &token)) {
        return ExitUsage;
    }
    int left = p.isSet(count) ? std::max(1, p.value(count).toInt()) : -1;
    const bool json = p.isSet(t.json);
    const bool skipStats = p.isSet(noStats);
    return followEvents(base, token, [&](const QByteArray &event, const QByteArray &data) {
        if (event == admin::event::kStats && skipStats) {
            return true;
        }
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (json) {
            out() << QJsonDocument(QJsonObject{{QStringLiteral("event"), QString::fromLatin1(event)},
                                               {QStringLiteral("data"), o}})
                         .toJson(QJsonDocument::Compact)
                  << '\n';
        } else {
            printEventLine(event, o);
        }
        out().flush();
        return left < 0 || --left > 0;
    });
}

namespace {

/// `sessions --help`: the sub-commands.
void printSessionsHelp()
{
    out() << "Usage: sessionctl sessions list|show|abandon|touch [options]\n"
             "  list [--app APP] [--prefix P] [--sort last_access|expires|size] [--order asc|desc] [--limit "
             "N] [--all]\n"
             "  show SESSION       the session with its items decoded\n"
             "  abandon SESSION    Session.Abandon from outside (counted as abandoned, raises Session_End);\n"
             "                     --force also while a request holds the lock (Redis refuses otherwise)\n"
             "  touch SESSION      ResetItemTimeout: slide the expiry\n"
             "SESSION is APP/ID as 'list' prints it, or an id with --app APPDOMAINAPPID.\n"
             "All take --server URL, --token-file PATH and --json, or --store redis://... for a Redis\n"
             "session store (redis://[USER:PASSWORD@]HOST:PORT[/DB], rediss://, redis-sentinel://HOST:PORT/\n"
             "MASTER, redis-cluster://HOST:PORT); there SESSION is APPLICATIONNAME/ID (e.g. /shop/abc...).\n";
    out().flush();
}

/// The options of `sessions SUB`.
struct SessionsOptions
{
    explicit SessionsOptions(bool list)
        : app(QStringLiteral("app"),
              list ? QStringLiteral("Only this application (as listed: APPDOMAINAPPID(HASH)).")
                   : QStringLiteral("AppDomainAppId for a bare session id (default /LM/W3SVC/1/ROOT)."),
              QStringLiteral("APP"))
    {}
    AdminTarget target;
    QCommandLineOption app;
    QCommandLineOption prefix{QStringLiteral("prefix"), QStringLiteral("Only session ids starting with P."),
                              QStringLiteral("P")};
    QCommandLineOption sort{QStringLiteral("sort"), QStringLiteral("last_access (default), expires or size."),
                            QStringLiteral("KEY")};
    QCommandLineOption order{QStringLiteral("order"), QStringLiteral("desc (default) or asc."),
                             QStringLiteral("ORDER")};
    QCommandLineOption limit{QStringLiteral("limit"), QStringLiteral("Rows per page, 1..1000 (default 50)."),
                             QStringLiteral("N"), QStringLiteral("50")};
    QCommandLineOption cursor{QStringLiteral("cursor"), QStringLiteral("Start at this next_cursor."),
                              QStringLiteral("CURSOR")};
    QCommandLineOption all{QStringLiteral("all"),
                           QStringLiteral("Follow the cursor to the end (at most 100,000 rows).")};
    QCommandLineOption force{QStringLiteral("force"),
                             QStringLiteral("abandon: also while a request holds the session's lock (a Redis "
                                            "store refuses otherwise; sessionstated's abandon always wins)")};
};

/// The page query from --app, --prefix, --sort, --order and --limit, read as the server reads it;
/// std::nullopt with the server's `error` text for a value it would refuse.
std::optional<admin::SessionQuery> listQuery(const QCommandLineParser &p, const SessionsOptions &o,
                                             QString *error)
{
    QUrlQuery q;
    if (p.isSet(o.app)) {
        q.addQueryItem(key(admin::param::kApp), QString::fromLatin1(QUrl::toPercentEncoding(p.value(o.app))));
    }
    if (p.isSet(o.prefix)) {
        q.addQueryItem(key(admin::param::kPrefix),
                       QString::fromLatin1(QUrl::toPercentEncoding(p.value(o.prefix))));
    }
    if (p.isSet(o.sort)) {
        q.addQueryItem(key(admin::param::kSort), p.value(o.sort));
    }
    if (p.isSet(o.order)) {
        q.addQueryItem(key(admin::param::kOrder), p.value(o.order));
    }
    q.addQueryItem(key(admin::param::kLimit), p.value(o.limit));
    return admin::SessionQuery::fromUrlQuery(q, error);
}

/// The rows of `sessions list` as a table and the "N of M session(s)" line.
void printSessionRows(const QJsonArray &rows, qint64 total, const QString &next, bool all, int maxRows)
{
    out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                 .arg(QStringLiteral("SESSION ID"), -24)
                 .arg(QStringLiteral("LAST ACCESS"), -19)
                 .arg(QStringLiteral("EXPIRES"), -19)
                 .arg(QStringLiteral("BYTES"), 8)
                 .arg(QStringLiteral("ITEMS"), 5)
                 .arg(QStringLiteral("LOCK"), -8)
                 .arg(QStringLiteral("APP"));
    for (const auto &v : rows) {
        const QJsonObject s = v.toObject();
        out() << QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                     .arg(s.value(key(field::kId)).toString(), -24)
                     .arg(localTime(s.value(key(field::kLastAccess)).toString()), -19)
                     .arg(localTime(s.value(key(field::kExpires)).toString()), -19)
                     .arg(s.value(key(field::kBytes)).toInteger(), 8)
                     .arg(s.value(key(field::kItems)).toInt(), 5)
                     .arg(s.value(key(field::kLocked)).toBool()
                              ? QStringLiteral("%1 s").arg(s.value(key(field::kLockAge)).toInteger())
                              : QStringLiteral("-"),
                          -8)
                     .arg(s.value(key(field::kApp)).toString());
    }
    out() << rows.size() << " of " << total << " session(s)";
    if (!next.isEmpty()) {
        out() << (all ? QStringLiteral("; stopped at %1 rows").arg(maxRows) : QString())
              << "; more with --cursor " << next;
    }
    out() << '\n';
    out().flush();
}

/// `sessions list`: one page, or with --all every page up to 100,000 rows.
int listSessions(AdminSession &s, const QCommandLineParser &p, const SessionsOptions &o)
{
    QString error;
    auto query = listQuery(p, o, &error);
    if (!query) {
        return reportFailure(400, error, s.json);
    }
    QString next = p.value(o.cursor);
    QJsonArray rows;
    qint64 total = 0;
    constexpr int kMaxRows = 100000;
    if (s.redis && (p.isSet(o.sort) || p.isSet(o.order))) {
        err() << kProgram << ": note: a Redis store lists in SCAN order; --sort and --order are ignored\n";
    }
    do {
        query->cursor = next;
        const AdminResult r = wait([&](QObject *context, AdminService::Callback done) {
            s.service().sessions(*query, context, std::move(done));
        });
        if (r.httpStatus != 200) {
            return s.fail(r, key(admin::kSessionsPath));
        }
        total = r.json.value(key(field::kTotal)).toInteger();
        for (const auto &v : r.json.value(key(field::kSessions)).toArray()) {
            rows.append(v);
        }
        next = r.json.value(key(field::kNextCursor)).toString();
    } while (p.isSet(o.all) && !next.isEmpty() && rows.size() < kMaxRows);
    if (s.json) {
        QJsonObject page{{key(field::kSessions), rows},
                         {key(field::kTotal), total},
                         {key(field::kNextCursor), next.isEmpty() ? QJsonValue() : QJsonValue(next)}};
        if (s.redis) {
            page.insert(key(field::kTotalExact), next.isEmpty());
            page.insert(key(field::kSorted), false);
        }
        printJson(page);
        return ExitOk;
    }
    printSessionRows(rows, total, next, p.isSet(o.all), kMaxRows);
    if (s.redis) {
        out() << "(Redis: rows in SCAN order; "
              << (next.isEmpty() ? QStringLiteral("total counted") : QStringLiteral("total estimated"))
              << ")\n";
    }
    return ExitOk;
}

/// The stored key for a SESSION argument: "APP/ID" as the admin API lists it, or an id with --app APPID.
std::pair<QString, QString> sessionArg(const QString &arg, const QString &appDomainAppId)
{
    const qsizetype slash = arg.lastIndexOf(u'/');
    if (slash >= 0) {
        return {arg.left(slash), arg.mid(slash + 1)};
    }
    const QString key = QString::fromStdString(proto::urlDecodeKey(stateRequestTarget(appDomainAppId, arg)));
    const qsizetype s = key.lastIndexOf(u'/');
    return {key.left(s), key.mid(s + 1)};
}

/// The decoded items of `sessions show`.
void printSessionItems(const QJsonObject &o)
{
    if (o.contains(key(field::kDecodeError))) {
        out() << "  not SessionStateUtility data: " << o.value(key(field::kDecodeError)).toString() << '\n';
    }
    for (const auto &v : o.value(key(field::kItems)).toArray()) {
        const QJsonObject i = v.toObject();
        out() << "  "
              << (i.value(key(field::kItemKey)).isNull() ? QStringLiteral("(null key)")
                                                         : i.value(key(field::kItemKey)).toString())
              << " = " << i.value(key(field::kValue)).toString() << "  ["
              << i.value(key(field::kType)).toString() << ", " << i.value(key(field::kBytes)).toInt()
              << " bytes]\n";
        if (i.contains(key(field::kPreview))) {
            out() << "      " << i.value(key(field::kPreview)).toString() << '\n';
        }
    }
}

/// The answer of `sessions show|abandon|touch` in text: times, size, lock, and what `sub` did or found.
void printSessionDetail(const std::pair<QString, QString> &session, const QJsonObject &o, const QString &sub)
{
    const QJsonValue created = o.value(key(field::kCreated));
    out() << session.first << '/' << session.second;
    if (o.contains(key(field::kLayout))) {
        out() << "  (Redis, provider layout " << o.value(key(field::kLayout)).toString() << ", TTL "
              << o.value(key(field::kTtl)).toInteger() << " s)";
    }
    out() << '\n'
          << "  created " << (created.isNull() ? QStringLiteral("unknown") : localTime(created.toString()))
          << ", last access " << localTime(o.value(key(field::kLastAccess)).toString()) << ", expires "
          << localTime(o.value(key(field::kExpires)).toString()) << " (timeout "
          << o.value(key(field::kTimeout)).toInt() << " min)\n  " << o.value(key(field::kBytes)).toInteger()
          << " bytes"
          << (!o.value(key(field::kLocked)).toBool() ? QStringLiteral(", not locked")
              : o.contains(key(field::kLockId))
                  ? QStringLiteral(", locked %1 s (lock id %2, DateTime.Now ticks of the web server)")
                        .arg(o.value(key(field::kLockAge)).toInteger())
                        .arg(o.value(key(field::kLockId)).toString())
                  : QStringLiteral(", locked %1 s (lock cookie %2)")
                        .arg(o.value(key(field::kLockAge)).toInteger())
                        .arg(o.value(key(field::kLockCookie)).toInt()))
          << '\n';
    if (sub == u"abandon") {
        out() << "  abandoned"
              << (o.value(key(field::kWasLocked)).toBool() ? " (it was locked by a request in progress)" : "")
              << '\n';
    }
    if (o.value(key(field::kLayouts)).toArray().size() > 1) {
        out() << "  stored in more than one provider layout: "
              << o.value(key(field::kLayouts)).toVariant().toStringList().join(QStringLiteral(", ")) << '\n';
    }
    if (sub == u"show") {
        printSessionItems(o);
    }
    out().flush();
}

/// `sessions show|abandon|touch SESSION`.
int actOnSession(AdminSession &s, const QCommandLineParser &p, const SessionsOptions &o, const QString &sub,
                 const QString &verb)
{
    if (p.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("%1 needs one SESSION (APP/ID, or an id with --app)").arg(verb),
                          verb);
    }
    const auto session = sessionArg(p.positionalArguments().first(),
                                    p.isSet(o.app) ? p.value(o.app) : QStringLiteral("/LM/W3SVC/1/ROOT"));
    const QString &app = session.first, &id = session.second;
    QString path = AdminClient::sessionPath(app, id);
    const bool force = sub == u"abandon" && p.isSet(o.force);
    const AdminResult r = wait([&](QObject *context, AdminService::Callback done) {
        if (sub == u"show") {
            s.service().session(app, id, context, std::move(done));
        } else if (force) {
            s.service().abandonForced(app, id, context, std::move(done));
        } else if (sub == u"abandon") {
            s.service().abandon(app, id, context, std::move(done));
        } else {
            s.service().touch(app, id, context, std::move(done));
        }
    });
    if (sub == u"touch") {
        path += key(admin::kTouchSuffix);
    }
    if (r.httpStatus != 200) {
        return s.fail(r, path);
    }
    if (s.json) {
        printJson(r.json);
    } else {
        printSessionDetail(session, r.json, sub);
    }
    return ExitOk;
}

} // namespace

int cmdSessions(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    const QStringList known{QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("abandon"),
                            QStringLiteral("touch")};
    if (!known.contains(sub)) {
        if (sub == u"--help" || sub == u"-h") {
            printSessionsHelp();
            return ExitOk;
        }
        return usageError(QStringLiteral("sessions needs list, show, abandon or touch"),
                          QStringLiteral("sessions"));
    }
    QStringList rest = args.mid(2);
    rest.prepend(args[0]);
    const QString verb = QStringLiteral("sessions ") + sub;
    const bool list = sub == u"list";
    QCommandLineParser p;
    SessionsOptions o(list);
    o.target.add(p);
    p.addOption(o.app);
    if (list) {
        for (const auto *opt : {&o.prefix, &o.sort, &o.order, &o.limit, &o.cursor, &o.all}) {
            p.addOption(*opt);
        }
    } else {
        p.addPositionalArgument(QStringLiteral("SESSION"), QStringLiteral("APP/ID, or an id with --app."));
        if (sub == u"abandon") {
            p.addOption(o.force);
        }
    }
    if (int rc = parse(p, rest, verb,
                       QStringLiteral("Browse and act on a state server's sessions through its admin API."));
        rc >= 0) {
        return rc;
    }
    const auto s = openSession(p, o.target, verb);
    if (!s) {
        return ExitUsage;
    }
    return list ? listSessions(*s, p, o) : actOnSession(*s, p, o, sub, verb);
}

} // namespace sd::ctl
