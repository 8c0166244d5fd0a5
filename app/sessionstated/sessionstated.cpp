// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstated.h"

#include "server/adminapi.h"
#include "server/sessionpersist.h"
#include "stateproto/sessionstore.h"
#include "server/stateserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <sys/resource.h>
#include <thread>

namespace sd {

namespace {

StateServer *g_server = nullptr;

void onSignal(int)
{
    if (g_server)
        g_server->stop();
}

const char kManPage[] = R"man(NAME
    sessionstated - ASP.NET State Service compatible session state server

SYNOPSIS
    sessionstated [--port N] [--bind ADDR] [--allow-remote] [--persist FILE [--sync batched|full]]
                  [--socket-timeout SECONDS] [--max-line BYTES] [--max-headers N] [--max-body BYTES]
                  [--threads N] [--max-connections N] [--flush-interval MS] [--log-sessions]
                  [--admin-bind ADDR] [--admin-port N] [--admin-token-file PATH | --no-admin]

DESCRIPTION
    sessionstated answers the ASP.NET State Service protocol (the one aspnet_state.exe speaks on TCP
    42424), so an ASP.NET application with
        <sessionState mode="StateServer" stateConnectionString="tcpip=HOST:42424" />
    can keep its sessions here. It follows StateRuntime's semantics: GET (GetItem, GetItemExclusive with
    "Exclusive: acquire", ReleaseItemExclusive with "Exclusive: release"), PUT (SetAndReleaseItemExclusive,
    CreateUninitializedItem with "ExtraFlags: 1"), DELETE (RemoveItem) and HEAD (ResetItemTimeout), with lock
    cookies, 423 Locked answers carrying LockCookie, LockAge and LockDate, and sliding expiration.

    Like aspnet_state it listens on 127.0.0.1:42424 and refuses connections from other hosts unless
    --allow-remote is given. With --persist, sessions survive a restart.

OPTIONS
    --port N                TCP port (default 42424; 0 picks a free port, printed at start).
    --bind ADDR             IPv4 or IPv6 address to listen on (default 127.0.0.1, or 0.0.0.0 with
                            --allow-remote).
    --allow-remote          Accept connections from other hosts (aspnet_state's AllowRemoteConnection).
                            Without it, non-loopback peers are disconnected at once.
    --socket-timeout SECONDS
                            Close connections idle this long, and requests not complete this long after
                            their first byte (aspnet_state's SocketTimeout; default 60; 0 = never).
    --max-line BYTES        Longest request line or header line (default 8192).
    --max-headers N         Most header lines in one request (default 64).
    --max-body BYTES        Largest Content-Length (default 20971520 = 20 MiB).
                            A request over a limit gets "400 Bad Request" and the connection is closed.
    --threads N             Network threads (default: one per CPU core).
    --max-connections N     Connections held at once (default 100000); more are closed on accept.
    --persist FILE          Keep sessions in the SQLite database FILE (WAL mode, ASPState schema:
                            ASPStateTempSessions, ASPStateTempApplications). At start, expired sessions
                            are dropped and the rest, with the counters, are loaded.
    --sync batched|full     batched (default): changes are committed every --flush-interval ms; a crash
                            loses at most that window. full: every change is committed (synchronous=FULL)
                            before its response is sent; no acknowledged write is lost.
    --flush-interval MS     Commit interval of --sync batched (default 1000).
    --log-sessions          Log Session_Start and Session_End (with the reason) to standard error.

ADMIN API
    A second listener serves HTTP/1.1 + JSON for monitoring and administration: GET /v1/stats,
    GET /v1/sessions (paged), GET|DELETE /v1/sessions/{app}/{id}, POST /v1/sessions/{app}/{id}/touch,
    GET /v1/events (server-sent events) and GET /metrics (Prometheus). Every request must carry
    "Authorization: Bearer TOKEN"; without it the answer is 401. See docs/admin-api.md.
    --admin-bind ADDR       Address of the admin listener (default 127.0.0.1).
    --admin-port N          Its port (default 42425; 0 picks a free port, printed at start; when --port is
                            0 and --admin-port is not given, the admin port is picked freely too).
    --admin-token-file PATH The bearer token: read if the file exists, else created with a random token
                            (mode 0600). Default: FILE.admin-token beside --persist FILE, else
                            $STATE_DIRECTORY/admin-token, else ~/.local/state/sessionstated/admin-token.
    --no-admin              No admin listener.
    --version               Print the version.
    -h, --help              Print this page.

SIGNALS
    SIGINT, SIGTERM         Stop accepting, deliver the responses already computed, commit pending
                            changes to --persist, exit 0.

EXIT STATUS
    0 after a clean stop, 1 when the server cannot start (address in use, database unusable),
    2 on a usage error.

EXAMPLES
    sessionstated
    sessionstated --persist /var/lib/sessionstated/sessions.db --sync full
    sessionstated --allow-remote --bind 10.0.0.5 --socket-timeout 120

SEE ALSO
    sessionctl(1): sessionctl ping tcpip=127.0.0.1:42424
)man";

} // namespace

int sessionstatedMain(const QStringList &args)
{
    QTextStream err(stderr);
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    auto opt = [&p](const char *name, const char *valueName = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name));
        if (valueName)
            o.setValueName(QString::fromLatin1(valueName));
        p.addOption(o);
        return o;
    };
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    p.addOption(help);
    const auto version = opt("version");
    const auto port = opt("port", "N"), bind = opt("bind", "ADDR"), allowRemote = opt("allow-remote"),
               socketTimeout = opt("socket-timeout", "SECONDS"), maxLine = opt("max-line", "BYTES"),
               maxHeaders = opt("max-headers", "N"), maxBody = opt("max-body", "BYTES"),
               threads = opt("threads", "N"), maxConnections = opt("max-connections", "N"),
               persist = opt("persist", "FILE"), sync = opt("sync", "MODE"),
               flushInterval = opt("flush-interval", "MS"), logSessions = opt("log-sessions"),
               adminBind = opt("admin-bind", "ADDR"), adminPort = opt("admin-port", "N"),
               adminTokenFile = opt("admin-token-file", "PATH"), noAdmin = opt("no-admin");
    auto usage = [&err](const QString &m) {
        err << "sessionstated: " << m << "\nTry 'sessionstated --help'.\n";
        return 2;
    };
    if (!p.parse(args))
        return usage(p.errorText());
    if (p.isSet(help)) {
        std::fputs(kManPage, stdout);
        return 0;
    }
    if (p.isSet(version)) {
        std::printf("sessionstated %s (X-AspNet-Version %s)\n", SESSIONDESK_VERSION,
                    std::string(proto::kAspNetVersion).c_str());
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));

    ServerOptions so;
    QString bad; // the first invalid number option
    auto check = [&](const QCommandLineOption &o, qint64 def, qint64 min, qint64 max) {
        if (!p.isSet(o))
            return def;
        bool good = false;
        const qint64 v = p.value(o).toLongLong(&good);
        if (good && v >= min && v <= max)
            return v;
        if (bad.isEmpty())
            bad = QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                      .arg(o.names().first())
                      .arg(min)
                      .arg(max)
                      .arg(p.value(o));
        return def;
    };
    so.port = std::uint16_t(check(port, 42424, 0, 65535));
    so.socketTimeoutSeconds = int(check(socketTimeout, 60, 0, 86400));
    so.limits.maxLineBytes = std::size_t(check(maxLine, 8192, 256, 1 << 20));
    so.limits.maxHeaders = std::size_t(check(maxHeaders, 64, 1, 10000));
    so.limits.maxBodyBytes = std::size_t(check(maxBody, 20 * 1024 * 1024, 0, qint64(1) << 31));
    so.threads = int(check(threads, 0, 0, 256));
    so.maxConnections = std::size_t(check(maxConnections, 100000, 1, 10000000));
    const int flushMs = int(check(flushInterval, 1000, 1, 3600000));
    AdminOptions ao;
    ao.port = quint16(check(adminPort, so.port == 0 ? 0 : 42425, 0, 65535));
    if (!bad.isEmpty())
        return usage(bad);
    so.allowRemote = p.isSet(allowRemote);
    so.bind = p.isSet(bind) ? p.value(bind).toStdString() : (so.allowRemote ? "0.0.0.0" : "127.0.0.1");
    if (p.isSet(noAdmin) && (p.isSet(adminBind) || p.isSet(adminPort) || p.isSet(adminTokenFile)))
        return usage(QStringLiteral("--no-admin cannot be combined with other --admin options"));
    if (p.isSet(adminBind))
        ao.bind = p.value(adminBind);
    PersistOptions po;
    if (p.isSet(sync)) {
        if (p.value(sync) == u"full")
            po.sync = PersistOptions::Sync::Full;
        else if (p.value(sync) != u"batched")
            return usage(QStringLiteral("--sync is 'batched' or 'full', not '%1'").arg(p.value(sync)));
        if (!p.isSet(persist))
            return usage(QStringLiteral("--sync needs --persist FILE"));
    }
    po.flushIntervalMs = flushMs;

    // 10,000+ connections need descriptors: raise the soft limit to the hard one.
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    std::signal(SIGPIPE, SIG_IGN);

    SessionStore store;
    const std::int64_t startedMs = QDateTime::currentMSecsSinceEpoch();
    std::unique_ptr<SqlitePersistence> persistence;
    std::string error;
    if (p.isSet(persist)) {
        po.path = p.value(persist).toStdString();
        persistence = std::make_unique<SqlitePersistence>();
        PersistLoadStats stats;
        if (!persistence->open(po, &error) || !persistence->load(store, &stats, &error)) {
            err << "sessionstated: " << QString::fromStdString(error) << '\n';
            return 1;
        }
        std::fprintf(stderr, "sessionstated: %s: %lld sessions loaded, %lld expired dropped (sync %s)\n",
                     po.path.c_str(), static_cast<long long>(stats.loaded),
                     static_cast<long long>(stats.expired),
                     po.sync == PersistOptions::Sync::Full ? "full" : "batched");
    }
    StateServer server(store, so);
    if (!server.listen(&error)) {
        err << "sessionstated: " << QString::fromStdString(error) << '\n';
        return 1;
    }
    if (persistence) {
        store.setObserver(persistence.get());
        if (po.sync == PersistOptions::Sync::Full)
            server.setDurableSequence(&persistence->committed());
        persistence->setCommitCallback([&server] { server.notifyCommitted(); });
        persistence->start(&store.counters());
    }
    g_server = &server;
    struct sigaction sa
    {
    };
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    std::unique_ptr<AdminServer> admin;
    QString tokenPath;
    bool tokenCreated = false;
    if (!p.isSet(noAdmin)) {
        tokenPath = p.isSet(adminTokenFile) ? p.value(adminTokenFile)
                                            : admin::defaultTokenPath(p.isSet(persist) ? p.value(persist) : QString());
        QString tokenError;
        const auto token = loadOrCreateAdminToken(tokenPath, &tokenCreated, &tokenError);
        if (!token) {
            err << "sessionstated: " << tokenError << " (or run with --no-admin)\n";
            return 1;
        }
        ao.token = *token;
        AdminServerInfo info{so, p.isSet(persist) ? p.value(persist) : QString(),
                             po.sync == PersistOptions::Sync::Full ? QStringLiteral("full") : QStringLiteral("batched"),
                             startedMs};
        admin = std::make_unique<AdminServer>(store, &server.counters(), info, ao);
        QString adminError;
        if (!admin->listen(&adminError)) {
            err << "sessionstated: admin API: " << adminError << " (choose --admin-port N, or --no-admin)\n";
            return 1;
        }
    }
    const bool log = p.isSet(logSessions);
    if (log || admin) {
        AdminServer *a = admin.get();
        store.setSessionStartHandler([log, a](const std::string &key) {
            if (log)
                std::fprintf(stderr, "Session_Start %s\n", key.c_str());
            if (a)
                a->publishSessionStart(key);
        });
        store.setSessionEndHandler([log, a](const std::string &key, EndReason r) {
            if (log)
                std::fprintf(stderr, "Session_End %s (%s)\n", key.c_str(),
                             r == EndReason::TimedOut ? "timed out" : "abandoned");
            if (a)
                a->publishSessionEnd(key, r);
        });
    }
    const bool v6 = so.bind.find(':') != std::string::npos;
    std::printf("sessionstated: listening on %s%s%s:%u\n", v6 ? "[" : "", so.bind.c_str(), v6 ? "]" : "",
                unsigned(server.port()));
    if (admin) {
        const bool adminV6 = ao.bind.contains(u':');
        std::printf("sessionstated: admin API on http://%s%s%s:%u (bearer token in %s%s)\n", adminV6 ? "[" : "",
                    qPrintable(ao.bind), adminV6 ? "]" : "", unsigned(admin->port()),
                    QFile::encodeName(tokenPath).constData(), tokenCreated ? ", created now" : "");
    }
    std::fflush(stdout);
    if (admin) {
        // Protocol workers and the expiry tick on their own threads; the admin API on this thread's loop.
        std::thread runner([&server] {
            server.run();
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        });
        QCoreApplication::exec();
        runner.join();
        store.setSessionStartHandler({});
        store.setSessionEndHandler({});
        admin.reset();
    } else {
        server.run();
    }
    g_server = nullptr;
    if (persistence) {
        persistence->stop(); // commits what is pending
        store.setObserver(nullptr);
        const std::string last = persistence->lastError();
        if (!last.empty())
            std::fprintf(stderr, "sessionstated: last persistence error: %s\n", last.c_str());
    }
    const ServerCounters &c = server.counters();
    std::fprintf(stderr, "sessionstated: stopped; %lld connections served, %lld sessions held\n",
                 static_cast<long long>(c.connectionsTotal.load()), static_cast<long long>(store.size()));
    return 0;
}

} // namespace sd
