// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (label "benchmarks", issue 15 point 8): the first page of the session browser with N sessions in
// Redis (the provider's v5 layout, written by the load generator; read through RedisSessionStore), as a ratio
// to the same page from sessionstated holding the same N sessions (through AdminClient), both measured in the
// same run. Also the time to stats (sessions per application: SCAN counted or sampled). Usage:
// bench_redisbrowse [SESSIONS] (default 1,000,000). Skips (exit 0) when redis-server is not installed.
#include "client/adminclient.h"
#include "loadgen/loadgen.h"
#include "redis/redisendpoint.h"
#include "redis/redissessionstore.h"
#include "widgets/monitor/sessionbrowser.h"

#include "redisprocess.h"
#include "serverprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

namespace {

/// Fills `sessions` sessions (3 applications, 200-byte items) into sessionstated or Redis (v5 layout).
bool prefill(sd::LoadOptions::Target target, quint16 port, int sessions)
{
    sd::LoadOptions o;
    o.target = target;
    o.port = port;
    o.sessions = sessions;
    o.apps = 3;
    o.concurrency = 32;
    o.requests = 1;
    o.itemBytes = 200;
    o.mix.newVisitor = o.mix.abandon = o.mix.expire = o.mix.reset = 0;
    const sd::LoadReport r = sd::runLoad(o);
    return r.prefilled == sessions;
}

/// Milliseconds until the browser shows its first page from `service`.
double firstPageMs(sd::AdminService *service)
{
    sd::SessionBrowser browser;
    browser.resize(1100, 700);
    browser.show();
    (void)QTest::qWaitForWindowExposed(&browser);
    QElapsedTimer t;
    t.start();
    browser.setClient(service, true);
    while (browser.model()->loadedCount() == 0 && t.elapsed() < 120000) {
        QTest::qWait(1);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

/// Milliseconds for one stats() answer from `service`.
double statsMs(sd::AdminService *service)
{
    QElapsedTimer t;
    t.start();
    bool done = false;
    QObject context;
    service->stats(&context, [&](const sd::AdminResult &) { done = true; });
    while (!done && t.elapsed() < 120000) {
        QTest::qWait(1);
    }
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int sessions = argc > 1 ? std::atoi(argv[1]) : 1000000;
    if (RedisProcess::binary().isEmpty()) {
        std::printf("SKIP: redis-server is not installed\n");
        return 0;
    }
    QTemporaryDir dir;
    ServerProcess state;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    RedisProcess redis;
    if (!state.start({QStringLiteral("--admin-token-file"), tokenFile}) ||
        !redis.start(dir.path(), freeLoopbackPort())) {
        std::fprintf(stderr, "cannot start sessionstated or redis-server\n");
        return 1;
    }
    QFile tf(tokenFile);
    if (!tf.open(QIODevice::ReadOnly)) {
        return 1;
    }
    sd::AdminClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(state.adminPort)),
                           tf.readAll().trimmed());
    client.setTimeoutMs(60000);
    sd::RedisSessionStore store(*sd::parseRedisEndpoint(
        QStringLiteral("redis://127.0.0.1:%1?timeout=60000").arg(redis.port), nullptr));
    QElapsedTimer fill;
    fill.start();
    if (!prefill(sd::LoadOptions::Target::StateServer, state.port, sessions) ||
        !prefill(sd::LoadOptions::Target::Redis, redis.port, sessions)) {
        std::fprintf(stderr, "prefill failed\n");
        return 1;
    }
    std::printf("prefilled %d sessions into sessionstated and into Redis in %.1f s\n", sessions,
                double(fill.elapsed()) / 1000);
    const double baseFirst = firstPageMs(&client);
    const double redisFirst = firstPageMs(&store);
    const double baseStats = statsMs(&client);
    const double redisStats = statsMs(&store);
    std::printf("%d sessions: first page sessionstated %.0f ms, Redis %.0f ms; stats sessionstated %.0f ms, "
                "Redis %.0f ms\n",
                sessions, baseFirst, redisFirst, baseStats, redisStats);
    std::printf("ratio redis/sessionstated first_page=%.2f stats=%.2f\n",
                redisFirst / std::max(1.0, baseFirst), redisStats / std::max(1.0, baseStats));
    return 0;
}
