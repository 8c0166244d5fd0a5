// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmarks for sessionstated (CTest label "benchmarks"; not run by ./test.sh):
//  1. throughput of GetItemExclusive + SetAndReleaseItemExclusive pairs with 2 KB items over 64 connections,
//     as a ratio to a baseline in the same process: the same load against the same server code (StateServer +
//     SessionStore) run on threads of this process instead of as the sessionstated executable;
//  2. resident memory per session at 100,000 sessions of 1 KB, as a ratio to the 1 KB payload.
#include "server/stateserver.h"
#include "serverprocess.h"
#include "stateproto/sessionstore.h"

#include <QCoreApplication>
#include <QFile>

#include <atomic>
#include <thread>

namespace {

constexpr int kConnections = 64;
constexpr int kClientThreads = 2;

std::string target(int i)
{
    return sd::proto::urlEncode("/LM/W3SVC/1/ROOT(benchhash)/session" + std::to_string(i));
}

/// Runs the pair loop for `seconds` against `port`; returns pairs per second.
double pairRate(quint16 port, double seconds)
{
    const std::string item(2048, 'x');
    std::atomic<long long> pairs{0};
    std::atomic<bool> stop{false};
    std::atomic<int> failures{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kClientThreads; ++t) {
        threads.emplace_back([&, t] {
            std::vector<std::unique_ptr<RawClient>> conns;
            for (int i = 0; i < kConnections / kClientThreads; ++i)
                conns.push_back(std::make_unique<RawClient>(port));
            auto key = [t](int i) { return target(t * 1000 + i); };
            for (std::size_t i = 0; i < conns.size(); ++i) // create the sessions
                conns[i]->send("PUT " + key(int(i)) +
                               " HTTP/1.1\r\nHost: b\r\nTimeout: 20\r\nContent-Length: 2048\r\n\r\n" + item);
            for (auto &c : conns) {
                sd::proto::ResponseParser r;
                c->read(r);
            }
            while (!stop.load(std::memory_order_relaxed)) {
                for (std::size_t i = 0; i < conns.size(); ++i)
                    conns[i]->send("GET " + key(int(i)) +
                                   " HTTP/1.1\r\nHost: b\r\nExclusive: acquire\r\n\r\n");
                std::vector<int> cookies(conns.size(), 0);
                for (std::size_t i = 0; i < conns.size(); ++i) {
                    sd::proto::ResponseParser r;
                    if (!conns[i]->read(r) || r.status != 200)
                        ++failures;
                    cookies[i] = r.lockCookie.value_or(0);
                }
                for (std::size_t i = 0; i < conns.size(); ++i)
                    conns[i]->send("PUT " + key(int(i)) +
                                   " HTTP/1.1\r\nHost: b\r\nTimeout: 20\r\nLockCookie: " +
                                   std::to_string(cookies[i]) + "\r\nContent-Length: 2048\r\n\r\n" + item);
                for (auto &c : conns) {
                    sd::proto::ResponseParser r;
                    if (!c->read(r) || r.status != 200)
                        ++failures;
                }
                pairs += long(conns.size());
            }
        });
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(int(seconds * 1000)));
    stop = true;
    for (auto &th : threads)
        th.join();
    if (failures)
        std::printf("  (%d failed exchanges)\n", failures.load());
    return double(pairs) / seconds;
}

qint64 rssKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 5.0;

    // Baseline: the same server code on threads of this process, under the same load (its sessions are
    // created by the loop's first PUTs, as in the measured run).
    double baseline = 0;
    {
        sd::SessionStore store;
        sd::ServerOptions o;
        o.port = 0;
        sd::StateServer s(store, o);
        std::string error;
        if (!s.listen(&error)) {
            std::fprintf(stderr, "%s\n", error.c_str());
            return 1;
        }
        std::thread run([&s] { s.run(); });
        baseline = pairRate(s.port(), seconds);
        s.stop();
        run.join();
    }
    ServerProcess server;
    if (!server.start({})) {
        std::fprintf(stderr, "sessionstated did not start\n");
        return 1;
    }
    const double rate = pairRate(server.port, seconds);
    std::printf("GetItemExclusive + SetAndReleaseItemExclusive, 2 KB, %d connections, %.1f s each:\n",
                kConnections, seconds);
    std::printf("  baseline (same server code in-process, same client): %.0f pairs/s\n", baseline);
    std::printf(
        "  sessionstated process:                               %.0f pairs/s (%.0f requests/s), ratio %.2f\n",
        rate, 2 * rate, rate / baseline);

    // Memory per session.
    ServerProcess mem;
    if (!mem.start({}))
        return 1;
    const qint64 pid = mem.proc.processId();
    const qint64 before = rssKb(pid);
    RawClient c(mem.port);
    const std::string item(1024, 'm');
    constexpr int kSessions = 100000;
    std::string batch;
    for (int i = 0; i < kSessions; ++i) {
        batch +=
            "PUT " + target(i) + " HTTP/1.1\r\nHost: b\r\nTimeout: 20\r\nContent-Length: 1024\r\n\r\n" + item;
        if ((i + 1) % 500 == 0) {
            c.send(batch);
            batch.clear();
            for (int k = 0; k < 500; ++k) {
                sd::proto::ResponseParser r;
                c.read(r);
            }
        }
    }
    const qint64 after = rssKb(pid);
    const double perSession = double(after - before) * 1024.0 / kSessions;
    std::printf("Memory: %d sessions of 1 KB: RSS %lld KiB -> %lld KiB, %.0f bytes per session, ratio to "
                "payload %.2f\n",
                kSessions, static_cast<long long>(before), static_cast<long long>(after), perSession,
                perSession / 1024.0);
    return 0;
}
