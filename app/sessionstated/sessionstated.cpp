// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionstated.h"

#include "options.h"

#include "server/adminapi.h"
#include "server/sessionpersist.h"
#include "server/stateserver.h"
#include "stateproto/sessionstore.h"

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
    if (g_server) {
        g_server->stop();
    }
}

/// What a running sessionstated holds: the store, the protocol server, the persister and the admin API.
struct Daemon
{
    DaemonConfig config;
    SessionStore store;
    std::int64_t startedMs = 0;
    std::unique_ptr<SqlitePersistence> persistence;
    std::unique_ptr<StateServer> server;
    std::unique_ptr<AdminServer> admin;
    QString tokenPath;
    bool tokenCreated = false;
};

/// 10,000+ connections need descriptors: raises the soft limit to the hard one; ignores SIGPIPE.
void prepareProcess()
{
    rlimit rl{};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    std::signal(SIGPIPE, SIG_IGN);
}

/// "full" or "batched": the --sync mode's name.
const char *syncName(const PersistOptions &po)
{
    return po.sync == PersistOptions::Sync::Full ? "full" : "batched";
}

/// With --persist: opens the database and loads its sessions into the store, logging what it found.
/// False after printing the error.
bool openPersistence(Daemon &d)
{
    if (!d.config.persistFile) {
        return true;
    }
    PersistOptions &po = d.config.persist;
    po.path = d.config.persistFile->toStdString();
    d.persistence = std::make_unique<SqlitePersistence>();
    PersistLoadStats stats;
    std::string error;
    if (!d.persistence->open(po, &error) || !d.persistence->load(d.store, &stats, &error)) {
        QTextStream(stderr) << "sessionstated: " << QString::fromStdString(error) << '\n';
        return false;
    }
    std::fprintf(stderr, "sessionstated: %s: %lld sessions loaded, %lld expired dropped (sync %s)\n",
                 po.path.c_str(), static_cast<long long>(stats.loaded), static_cast<long long>(stats.expired),
                 syncName(po));
    return true;
}

/// Binds the protocol listener and hooks the persister to the store and the server. False after printing
/// the error.
bool startStateServer(Daemon &d)
{
    if (d.config.timeScale > 1) {
        const std::int64_t origin = d.store.now();
        const std::int64_t scale = d.config.timeScale;
        d.store.setClock([origin, scale] {
            const std::int64_t real = QDateTime::currentMSecsSinceEpoch();
            return origin + (real - origin) * scale;
        });
    }
    d.server = std::make_unique<StateServer>(d.store, d.config.server);
    std::string error;
    if (!d.server->listen(&error)) {
        QTextStream(stderr) << "sessionstated: " << QString::fromStdString(error) << '\n';
        return false;
    }
    if (!d.server->alsoBindSkipped().empty()) {
        std::fprintf(stderr, "sessionstated: not listening on %s\n", d.server->alsoBindSkipped().c_str());
    }
    if (d.persistence) {
        d.store.setObserver(d.persistence.get());
        if (d.config.persist.sync == PersistOptions::Sync::Full) {
            d.server->setDurableSequence(&d.persistence->committed());
        }
        StateServer *server = d.server.get();
        d.persistence->setCommitCallback([server] { server->notifyCommitted(); });
        d.persistence->start(&d.store.counters());
    }
    return true;
}

/// SIGINT and SIGTERM stop `server` (onSignal).
void installStopSignals(StateServer *server)
{
    g_server = server;
    struct sigaction sa
    {
    };
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

/// Unless --no-admin: reads or creates the bearer token and binds the admin API. False after printing the
/// error.
bool startAdmin(Daemon &d)
{
    const DaemonConfig &c = d.config;
    if (c.noAdmin) {
        return true;
    }
    const QString persistFile = c.persistFile.value_or(QString());
    d.tokenPath = c.adminTokenFile ? *c.adminTokenFile : admin::defaultTokenPath(persistFile);
    QString error;
    const auto token = loadOrCreateAdminToken(d.tokenPath, &d.tokenCreated, &error);
    if (!token) {
        QTextStream(stderr) << "sessionstated: " << error << " (or run with --no-admin)\n";
        return false;
    }
    AdminOptions ao = c.admin;
    ao.token = *token;
    AdminServerInfo info{c.server, persistFile, QString::fromLatin1(syncName(c.persist)), d.startedMs};
    d.admin = std::make_unique<AdminServer>(d.store, &d.server->counters(), info, ao);
    if (!d.admin->listen(&error)) {
        QTextStream(stderr) << "sessionstated: admin API: " << error
                            << " (choose --admin-port N, or --no-admin)\n";
        return false;
    }
    return true;
}

/// Session_Start / Session_End: logged with --log-sessions, published to the admin API's event streams.
void installSessionHooks(Daemon &d)
{
    const bool log = d.config.logSessions;
    if (!log && !d.admin) {
        return;
    }
    AdminServer *a = d.admin.get();
    d.store.setSessionStartHandler([log, a](const std::string &key) {
        if (log) {
            std::fprintf(stderr, "Session_Start %s\n", key.c_str());
        }
        if (a) {
            a->publishSessionStart(key);
        }
    });
    d.store.setSessionEndHandler([log, a](const std::string &key, EndReason r) {
        if (log) {
            std::fprintf(stderr, "Session_End %s (%s)\n", key.c_str(),
                         r == EndReason::TimedOut ? "timed out" : "abandoned");
        }
        if (a) {
            a->publishSessionEnd(key, r);
        }
    });
}

/// The "listening on" lines on stdout (flushed: scripts and tests wait for them).
void printListening(const Daemon &d)
{
    const std::string &bind = d.config.server.bind;
    const bool v6 = bind.find(':') != std::string::npos;
    std::printf("sessionstated: listening on %s%s%s:%u\n", v6 ? "[" : "", bind.c_str(), v6 ? "]" : "",
                unsigned(d.server->port()));
    if (d.admin) {
        const QString &adminBind = d.config.admin.bind;
        const bool adminV6 = adminBind.contains(u':');
        std::printf("sessionstated: admin API on http://%s%s%s:%u (bearer token in %s%s)\n",
                    adminV6 ? "[" : "", qPrintable(adminBind), adminV6 ? "]" : "", unsigned(d.admin->port()),
                    QFile::encodeName(d.tokenPath).constData(), d.tokenCreated ? ", created now" : "");
    }
    std::fflush(stdout);
}

/// Serves until a stop signal. With the admin API, the protocol workers and the expiry tick run on their
/// own threads and the admin API on this thread's event loop.
void serve(Daemon &d)
{
    if (!d.admin) {
        d.server->run();
        return;
    }
    StateServer *server = d.server.get();
    std::thread runner([server] {
        server->run();
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit,
                                  Qt::QueuedConnection);
    });
    QCoreApplication::exec();
    runner.join();
    d.store.setSessionStartHandler({});
    d.store.setSessionEndHandler({});
    d.admin.reset();
}

/// After the stop: commits what the persister holds, then logs the last persistence error and a summary.
void shutDown(Daemon &d)
{
    g_server = nullptr;
    if (d.persistence) {
        d.persistence->stop(); // commits what is pending
        d.store.setObserver(nullptr);
        const std::string last = d.persistence->lastError();
        if (!last.empty()) {
            std::fprintf(stderr, "sessionstated: last persistence error: %s\n", last.c_str());
        }
    }
    const ServerCounters &c = d.server->counters();
    std::fprintf(stderr, "sessionstated: stopped; %lld connections served, %lld sessions held\n",
                 static_cast<long long>(c.connectionsTotal.load()), static_cast<long long>(d.store.size()));
}

} // namespace

int sessionstatedMain(const QStringList &args)
{
    Daemon d;
    if (const std::optional<int> exitStatus = readCommandLine(args, &d.config)) {
        return *exitStatus;
    }
    prepareProcess();
    d.startedMs = QDateTime::currentMSecsSinceEpoch();
    if (!openPersistence(d) || !startStateServer(d)) {
        return 1;
    }
    installStopSignals(d.server.get());
    if (!startAdmin(d)) {
        return 1;
    }
    installSessionHooks(d);
    printListening(d);
    serve(d);
    shutDown(d);
    return 0;
}

} // namespace sd
