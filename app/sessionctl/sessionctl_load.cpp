// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl load: the load generator's command line (core/loadgen.h does the work).
#include "loadgen/loadgen.h"
#include "sessionctl.h"
#include "sessionctl_p.h"
#include "client/stateclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <csignal>
#include <thread>

namespace sd::ctl {

namespace {
std::atomic<bool> g_cancel{false};
}

int cmdLoad(const QStringList &args)
{
    QCommandLineParser p;
    auto opt = [&p](const char *name, const char *help, const char *value = nullptr, const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        p.addOption(o);
        return o;
    };
    const auto sessions = opt("sessions", "Distinct visitors (session ids) (default 10000).", "N", "10000");
    const auto concurrency = opt("concurrency", "Connections, one request in flight each (default 64).", "N", "64");
    const auto duration = opt("duration", "Seconds to measure (default 10).", "SECONDS", "10");
    const auto requests = opt("requests", "Stop after N measured round trips instead of --duration.", "N");
    const auto itemBytes = opt("item-bytes", "Size of each session's SessionStateItemCollection (default 2048).", "BYTES", "2048");
    const auto mix = opt("mix", "Page mix weights (default new=5,return=60,read=25,abandon=3,reset=5,expire=2; contend=N adds a second tab that gets 423).", "SPEC");
    const auto rate = opt("rate", "Most pages (ASP.NET requests) per second over all connections; 0 = no limit.", "PAGES", "0");
    const auto apps = opt("apps", "Applications the sessions are spread over (default 1).", "N", "1");
    const auto noPrefill = opt("no-prefill", "Do not create every session before measuring.");
    const auto cookieless = opt("cookieless", "Share of new visitors that start with CreateUninitializedItem, 0..1 (default 0).",
                                "FRACTION", "0");
    const auto timeout = opt("timeout", "Session timeout in minutes (default 20).", "MINUTES", "20");
    const auto threads = opt("threads", "Client threads (default 2, or 1 on one core).", "N", "0");
    const auto json = opt("json", "Print the report as JSON.");
    p.addPositionalArgument(QStringLiteral("TARGET"), QStringLiteral("tcpip=HOST:PORT (State Service protocol) or redis://HOST:PORT."));
    if (int rc = parse(p, args, QStringLiteral("load"),
                       QStringLiteral("Play what ASP.NET's SessionStateModule sends to a session store and measure it. Each page is one "
                                      "ASP.NET request: a new visitor (GetItemExclusive -> 404 -> SetAndReleaseItemExclusive, or "
                                      "CreateUninitializedItem first when cookieless), a returning visitor (GetItemExclusive -> "
                                      "SetAndReleaseItemExclusive), a read-only page (GetItem), Session.Abandon (RemoveItem), "
                                      "ResetItemTimeout, or a one-page visitor whose session is left to expire. Against redis:// the same "
                                      "pages run as RedisSessionStateProvider 5.x runs them (its keys, Lua scripts through hiredis). "
                                      "Prints a progress line each second on stderr, then throughput, latency percentiles and errors."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("load needs one TARGET: tcpip=HOST:PORT or redis://HOST:PORT"), QStringLiteral("load"));
    LoadOptions o;
    const QString target = p.positionalArguments().first();
    if (target.startsWith(QStringLiteral("redis://"))) {
        const QUrl u(target);
        if (!u.isValid() || u.host().isEmpty())
            return usageError(QStringLiteral("'%1' is not redis://HOST:PORT").arg(target), QStringLiteral("load"));
        o.target = LoadOptions::Target::Redis;
        o.host = u.host().toStdString();
        o.port = quint16(u.port(6379));
    } else {
        QString error;
        const auto e = parseStateConnectionString(target, &error);
        if (!e)
            return usageError(error, QStringLiteral("load"));
        o.host = e->host.toStdString();
        o.port = e->port;
    }
    QString bad;
    auto number = [&](const QCommandLineOption &opt, double min, double max) {
        bool ok = false;
        const double v = p.value(opt).toDouble(&ok);
        if ((!ok || v < min || v > max) && bad.isEmpty())
            bad = QStringLiteral("--%1 must be a number from %2 to %3, not '%4'").arg(opt.names().first()).arg(min).arg(max).arg(p.value(opt));
        return v;
    };
    o.sessions = int(number(sessions, 1, 50'000'000));
    o.concurrency = int(number(concurrency, 1, 10000));
    o.durationSeconds = number(duration, 0.1, 86400);
    if (p.isSet(requests))
        o.requests = qint64(number(requests, 1, 1e12));
    o.itemBytes = int(number(itemBytes, 1, 16 * 1024 * 1024));
    o.pagesPerSecond = number(rate, 0, 1e9);
    o.apps = int(number(apps, 1, 10000));
    o.cookieless = number(cookieless, 0, 1);
    o.timeoutMinutes = int(number(timeout, 1, 525600));
    o.threads = int(number(threads, 0, 256));
    o.prefill = !p.isSet(noPrefill);
    if (!bad.isEmpty())
        return usageError(bad, QStringLiteral("load"));
    if (p.isSet(mix)) {
        std::string error;
        if (!LoadMix::parse(p.value(mix).toStdString(), &o.mix, &error))
            return usageError(QString::fromStdString(error), QStringLiteral("load"));
    }

    LoadProgress progress;
    LoadReport report;
    g_cancel = false;
    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::thread runner([&] { report = runLoad(o, &progress, &g_cancel); });
    std::atomic<bool> done{false};
    std::thread ticker([&] {
        std::int64_t lastRequests = 0;
        int second = 0;
        while (!done.load()) {
            for (int i = 0; i < 100 && !done.load(); ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            if (done.load())
                break;
            ++second;
            const std::int64_t r = progress.requests.load();
            std::fprintf(stderr, "%s %3ds  %9lld requests  %8lld/s  %9lld pages  %lld errors\n",
                         progress.prefilling.load() ? "prefill" : "load   ", second, static_cast<long long>(r),
                         static_cast<long long>(r - lastRequests), static_cast<long long>(progress.pages.load()),
                         static_cast<long long>(progress.errors.load()));
            lastRequests = r;
        }
    });
    runner.join();
    done = true;
    ticker.join();
    std::signal(SIGINT, SIG_DFL);
    if (!report.fatal.empty()) {
        err() << kProgram << ": " << QString::fromStdString(report.fatal) << '\n';
        err().flush();
        return ExitUsage;
    }
    const auto us = [&report](double q) { return double(report.latency.percentile(q)) / 1000.0; };
    std::int64_t errorTotal = 0;
    for (const auto &[k, v] : report.errors)
        errorTotal += v;
    if (p.isSet(json)) {
        QJsonObject errors, pages;
        for (const auto &[k, v] : report.errors)
            errors.insert(QString::fromStdString(k), qint64(v));
        for (const auto &[k, v] : report.pagesByKind)
            pages.insert(QString::fromStdString(k), qint64(v));
        printJson({{QStringLiteral("target"), target},
                   {QStringLiteral("seconds"), report.seconds},
                   {QStringLiteral("requests"), qint64(report.requests)},
                   {QStringLiteral("pages"), qint64(report.pages)},
                   {QStringLiteral("requests_per_second"), report.requestsPerSecond()},
                   {QStringLiteral("pages_per_second"), report.seconds > 0 ? double(report.pages) / report.seconds : 0.0},
                   {QStringLiteral("latency_us"),
                    QJsonObject{{QStringLiteral("p50"), us(0.5)}, {QStringLiteral("p90"), us(0.9)}, {QStringLiteral("p99"), us(0.99)},
                                {QStringLiteral("p999"), us(0.999)}, {QStringLiteral("max"), double(report.latency.max()) / 1000.0},
                                {QStringLiteral("mean"), report.latency.mean() / 1000.0}}},
                   {QStringLiteral("pages_by_kind"), pages},
                   {QStringLiteral("errors"), errors},
                   {QStringLiteral("prefilled"), qint64(report.prefilled)},
                   {QStringLiteral("prefill_seconds"), report.prefillSeconds},
                   {QStringLiteral("mix"), QString::fromStdString(o.mix.toString())}});
    } else {
        out() << "target        " << target << " (" << o.concurrency << " connections, " << o.sessions << " sessions, "
              << o.itemBytes << " B items, mix " << QString::fromStdString(o.mix.toString()) << ")\n";
        if (o.prefill)
            out() << "prefill       " << report.prefilled << " sessions in " << QString::number(report.prefillSeconds, 'f', 2) << " s\n";
        out() << "measured      " << QString::number(report.seconds, 'f', 2) << " s, " << report.requests << " requests, " << report.pages
              << " pages\n"
              << "throughput    " << QString::number(report.requestsPerSecond(), 'f', 0) << " requests/s, "
              << QString::number(report.seconds > 0 ? double(report.pages) / report.seconds : 0, 'f', 0) << " pages/s\n"
              << "latency (us)  p50 " << QString::number(us(0.5), 'f', 1) << "  p90 " << QString::number(us(0.9), 'f', 1) << "  p99 "
              << QString::number(us(0.99), 'f', 1) << "  p99.9 " << QString::number(us(0.999), 'f', 1) << "  max "
              << QString::number(double(report.latency.max()) / 1000.0, 'f', 1) << '\n'
              << "pages        ";
        for (const auto &[k, v] : report.pagesByKind)
            out() << ' ' << QString::fromStdString(k) << '=' << v;
        out() << "\nerrors        " << errorTotal;
        for (const auto &[k, v] : report.errors)
            out() << ' ' << QString::fromStdString(k) << '=' << v;
        out() << '\n';
        // One line for scripts (tests/bench/compare-redis.sh).
        out() << "result rps=" << QString::number(report.requestsPerSecond(), 'f', 0) << " p50_us=" << QString::number(us(0.5), 'f', 1)
              << " p99_us=" << QString::number(us(0.99), 'f', 1) << " p999_us=" << QString::number(us(0.999), 'f', 1)
              << " errors=" << errorTotal << '\n';
        out().flush();
    }
    return errorTotal > 0 && report.errors.size() > report.errors.count("lost") + report.errors.count("locked") ? ExitFindings : ExitOk;
}

} // namespace sd::ctl
