// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (label "benchmarks"): the session browser against a real sessionstated holding N sessions.
// Measures the time to the first page and to scroll 10,000 rows (the view asks for more at the bottom,
// as a user's scrolling does), and the longest stall of the UI thread meanwhile (a 5 ms timer's worst
// gap). The baseline is the same run against 10,000 sessions in the same process; figures are printed
// as ratios to it. Usage: bench_browser [SESSIONS] (default 1,000,000).
#include "client/adminclient.h"
#include "loadgen/loadgen.h"
#include "widgets/monitor/sessionbrowser.h"

#include "serverprocess.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>

namespace {

struct Figures
{
    double firstPageMs = 0, scroll10kMs = 0, worstStallMs = 0;
};

bool prefill(quint16 port, int sessions, int firstIndexApps)
{
    sd::LoadOptions o;
    o.port = port;
    o.sessions = sessions;
    o.apps = firstIndexApps;
    o.concurrency = 32;
    o.requests = 1;
    o.itemBytes = 200;
    o.mix.newVisitor = o.mix.abandon = o.mix.expire = o.mix.reset = 0;
    const sd::LoadReport r = sd::runLoad(o);
    return r.prefilled == sessions;
}

Figures measure(const QUrl &admin, const QByteArray &token)
{
    Figures f;
    sd::AdminClient client(admin, token);
    client.setTimeoutMs(60000);
    sd::SessionBrowser browser;
    browser.resize(1100, 700);
    browser.show();
    (void)QTest::qWaitForWindowExposed(&browser);
    auto *table = browser.findChild<QTableView *>(QStringLiteral("sessionTable"));
    QElapsedTimer stall;
    stall.start();
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        f.worstStallMs = std::max(f.worstStallMs, double(stall.nsecsElapsed()) / 1e6 - 5);
        stall.restart();
    });
    tick.start();
    QElapsedTimer t;
    t.start();
    browser.setClient(&client, true);
    const auto *model = browser.model();
    while (model->loadedCount() == 0 && t.elapsed() < 120000)
        QTest::qWait(1);
    f.firstPageMs = double(t.nsecsElapsed()) / 1e6;
    // Scroll like a user holding Page Down: the view calls fetchMore() when it reaches the bottom.
    while (model->loadedCount() < 10000 && t.elapsed() < 600000) {
        table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
        QTest::qWait(5);
    }
    f.scroll10kMs = double(t.nsecsElapsed()) / 1e6;
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int sessions = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    ServerProcess server;
    const QString tokenFile = dir.filePath(QStringLiteral("token"));
    if (!server.start({QStringLiteral("--admin-token-file"), tokenFile})) {
        std::fprintf(stderr, "cannot start sessionstated\n");
        return 1;
    }
    QFile tf(tokenFile);
    tf.open(QIODevice::ReadOnly);
    const QByteArray token = tf.readAll().trimmed();
    const QUrl admin(QStringLiteral("http://127.0.0.1:%1").arg(server.adminPort));

    if (!prefill(server.port, 10000, 1))
        return 1;
    const Figures base = measure(admin, token);
    std::printf("baseline 10,000 sessions: first page %.0f ms, 10k rows %.0f ms, worst UI stall %.0f ms\n",
                base.firstPageMs, base.scroll10kMs, base.worstStallMs);
    QElapsedTimer fill;
    fill.start();
    if (!prefill(server.port, sessions, 3))
        return 1;
    std::printf("prefilled %d more sessions in %.1f s\n", sessions, double(fill.elapsed()) / 1000);
    const Figures big = measure(admin, token);
    std::printf("%d sessions: first page %.0f ms, 10k rows %.0f ms, worst UI stall %.0f ms\n",
                sessions + 10000, big.firstPageMs, big.scroll10kMs, big.worstStallMs);
    std::printf("ratio first_page=%.2f scroll_10k=%.2f worst_stall=%.2f\n",
                big.firstPageMs / base.firstPageMs, big.scroll10kMs / base.scroll10kMs,
                big.worstStallMs / std::max(1.0, base.worstStallMs));
    return 0;
}
