// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl load: the load generator's command line (core/loadgen.h does the work).
#include "client/stateclient.h"
#include "loadgen/loadgen.h"
#include "redis/providerlayout.h"
#include "redis/redisendpoint.h"
#include "sessionctl.h"
#include "sessionctl_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <csignal>
#include <thread>

namespace sd::ctl {

namespace {
std::atomic<bool> g_cancel{false};

/// The options of `load` (QCommandLineParser options kept for reading the values back).
struct LoadCli
{
    QCommandLineParser p;
    QCommandLineOption sessions =
        opt("sessions", "Distinct visitors (session ids) (default 10000).", "N", "10000");
    QCommandLineOption concurrency =
        opt("concurrency", "Connections, one request in flight each (default 64).", "N", "64");
    QCommandLineOption duration = opt("duration", "Seconds to measure (default 10).", "SECONDS", "10");
    QCommandLineOption requests =
        opt("requests", "Stop after N measured round trips instead of --duration.", "N");
    QCommandLineOption itemBytes = opt(
        "item-bytes", "Size of each session's SessionStateItemCollection (default 2048).", "BYTES", "2048");
    QCommandLineOption mix =
        opt("mix",
            "Page mix weights (default new=5,return=60,read=25,abandon=3,reset=5,expire=2; "
            "contend=N adds a second tab that gets 423).",
            "SPEC");
    QCommandLineOption rate = opt(
        "rate", "Most pages (ASP.NET requests) per second over all connections; 0 = no limit.", "PAGES", "0");
    QCommandLineOption apps = opt("apps", "Applications the sessions are spread over (default 1).", "N", "1");
    QCommandLineOption noPrefill = opt("no-prefill", "Do not create every session before measuring.");
    QCommandLineOption cookieless =
        opt("cookieless", "Share of new visitors that start with CreateUninitializedItem, 0..1 (default 0).",
            "FRACTION", "0");
    QCommandLineOption timeout = opt("timeout", "Session timeout in minutes (default 20).", "MINUTES", "20");
    QCommandLineOption threads = opt("threads", "Client threads (default 2, or 1 on one core).", "N", "0");
    QCommandLineOption json = opt("json", "Print the report as JSON.");
    QCommandLineOption layout = opt("layout",
                                    "Redis: the RedisSessionStateProvider release whose keys and data are "
                                    "written: v5 (default), v4 (2.x-4.x hashes) or v1.",
                                    "VERSION", "v5");

    /// Adds an option to `p` and returns it.
    QCommandLineOption opt(const char *name, const char *help, const char *value = nullptr,
                           const char *def = nullptr)
    {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value) {
            o.setValueName(QString::fromLatin1(value));
        }
        if (def) {
            o.setDefaultValue(QString::fromLatin1(def));
        }
        p.addOption(o);
        return o;
    }
};

/// TARGET (tcpip=HOST:PORT or redis://HOST:PORT) into `o`; returns the usage error, empty when fine.
QString parseLoadTarget(const QString &target, LoadOptions &o)
{
    if (isRedisEndpoint(target)) {
        QString error;
        const auto e = parseRedisEndpoint(target, &error);
        if (!e) {
            return error;
        }
        if (e->kind != RedisEndpoint::Kind::Standalone || e->tls) {
            return QStringLiteral(
                "load drives one Redis server without TLS (redis://[USER:PASSWORD@]HOST:PORT"
                "[/DB]); point it at the master itself");
        }
        o.target = LoadOptions::Target::Redis;
        o.host = e->hosts.first().host.toStdString();
        o.port = e->hosts.first().port;
        o.redisUser = e->user.toStdString();
        // SESSIONCTL_REDIS_PASSWORD keeps the password off the command line (the desktop app passes it so).
        o.redisPassword =
            (e->password.isEmpty() ? qEnvironmentVariable("SESSIONCTL_REDIS_PASSWORD") : e->password)
                .toStdString();
        o.redisDatabase = e->database;
        return {};
    }
    QString error;
    const auto e = parseStateConnectionString(target, &error);
    if (!e) {
        return error;
    }
    o.host = e->host.toStdString();
    o.port = e->port;
    return {};
}

/// The numeric options and --no-prefill into `o`; returns the first usage error, empty when fine.
QString parseLoadNumbers(const LoadCli &c, LoadOptions &o)
{
    QString bad;
    auto number = [&](const QCommandLineOption &opt, double min, double max) {
        bool ok = false;
        const double v = c.p.value(opt).toDouble(&ok);
        if ((!ok || v < min || v > max) && bad.isEmpty()) {
            bad = QStringLiteral("--%1 must be a number from %2 to %3, not '%4'")
                      .arg(opt.names().first())
                      .arg(min)
                      .arg(max)
                      .arg(c.p.value(opt));
        }
        return v;
    };
    o.sessions = int(number(c.sessions, 1, 50'000'000));
    o.concurrency = int(number(c.concurrency, 1, 10000));
    o.durationSeconds = number(c.duration, 0.1, 86400);
    if (c.p.isSet(c.requests)) {
        o.requests = qint64(number(c.requests, 1, 1e12));
    }
    o.itemBytes = int(number(c.itemBytes, 1, 16 * 1024 * 1024));
    o.pagesPerSecond = number(c.rate, 0, 1e9);
    o.apps = int(number(c.apps, 1, 10000));
    o.cookieless = number(c.cookieless, 0, 1);
    o.timeoutMinutes = int(number(c.timeout, 1, 525600));
    o.threads = int(number(c.threads, 0, 256));
    o.prefill = !c.p.isSet(c.noPrefill);
    const auto layout = parseLayoutName(c.p.value(c.layout).toStdString());
    if (!layout && bad.isEmpty()) {
        bad = QStringLiteral("--layout is v5, v4 or v1, not '%1'").arg(c.p.value(c.layout));
    }
    o.redisLayout = layout.value_or(ProviderLayout::V5);
    return bad;
}

/// Runs the load with a progress line a second on stderr; Ctrl-C cancels it. Returns the report.
LoadReport runWithProgress(const LoadOptions &o)
{
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
            for (int i = 0; i < 100 && !done.load(); ++i) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            }
            if (done.load()) {
                break;
            }
            ++second;
            const std::int64_t r = progress.requests.load();
            std::fprintf(stderr, "%s %3ds  %9lld requests  %8lld/s  %9lld pages  %lld errors\n",
                         progress.prefilling.load() ? "prefill" : "load   ", second,
                         static_cast<long long>(r), static_cast<long long>(r - lastRequests),
                         static_cast<long long>(progress.pages.load()),
                         static_cast<long long>(progress.errors.load()));
            lastRequests = r;
        }
    });
    runner.join();
    done = true;
    ticker.join();
    std::signal(SIGINT, SIG_DFL);
    return report;
}

/// A latency percentile `q` (0..1) of `report` in microseconds.
double percentileUs(const LoadReport &report, double q)
{
    return double(report.latency.percentile(q)) / 1000.0;
}

/// `load --json`: the report as one JSON document.
void printLoadJson(const QString &target, const LoadOptions &o, const LoadReport &report)
{
    const auto us = [&report](double q) { return percentileUs(report, q); };
    QJsonObject errors, pages;
    for (const auto &[k, v] : report.errors) {
        errors.insert(QString::fromStdString(k), qint64(v));
    }
    for (const auto &[k, v] : report.pagesByKind) {
        pages.insert(QString::fromStdString(k), qint64(v));
    }
    printJson({{QStringLiteral("target"), target},
               {QStringLiteral("seconds"), report.seconds},
               {QStringLiteral("requests"), qint64(report.requests)},
               {QStringLiteral("pages"), qint64(report.pages)},
               {QStringLiteral("requests_per_second"), report.requestsPerSecond()},
               {QStringLiteral("pages_per_second"),
                report.seconds > 0 ? double(report.pages) / report.seconds : 0.0},
               {QStringLiteral("latency_us"),
                QJsonObject{{QStringLiteral("p50"), us(0.5)},
                            {QStringLiteral("p90"), us(0.9)},
                            {QStringLiteral("p99"), us(0.99)},
                            {QStringLiteral("p999"), us(0.999)},
                            {QStringLiteral("max"), double(report.latency.max()) / 1000.0},
                            {QStringLiteral("mean"), report.latency.mean() / 1000.0}}},
               {QStringLiteral("pages_by_kind"), pages},
               {QStringLiteral("errors"), errors},
               {QStringLiteral("prefilled"), qint64(report.prefilled)},
               {QStringLiteral("prefill_seconds"), report.prefillSeconds},
               {QStringLiteral("mix"), QString::fromStdString(o.mix.toString())}});
}

/// `load` without --json: the report as aligned lines and a "result ..." line for scripts.
void printLoadText(const QString &target, const LoadOptions &o, const LoadReport &report,
                   std::int64_t errorTotal)
{
    const auto us = [&report](double q) { return percentileUs(report, q); };
    out() << "target        " << target << " (" << o.concurrency << " connections, " << o.sessions
          << " sessions, " << o.itemBytes << " B items, mix " << QString::fromStdString(o.mix.toString())
          << ")\n";
    if (o.prefill) {
        out() << "prefill       " << report.prefilled << " sessions in "
              << QString::number(report.prefillSeconds, 'f', 2) << " s\n";
    }
    out() << "measured      " << QString::number(report.seconds, 'f', 2) << " s, " << report.requests
          << " requests, " << report.pages << " pages\n"
          << "throughput    " << QString::number(report.requestsPerSecond(), 'f', 0) << " requests/s, "
          << QString::number(report.seconds > 0 ? double(report.pages) / report.seconds : 0, 'f', 0)
          << " pages/s\n"
          << "latency (us)  p50 " << QString::number(us(0.5), 'f', 1) << "  p90 "
          << QString::number(us(0.9), 'f', 1) << "  p99 " << QString::number(us(0.99), 'f', 1) << "  p99.9 "
          << QString::number(us(0.999), 'f', 1) << "  max "
          << QString::number(double(report.latency.max()) / 1000.0, 'f', 1) << '\n'
          << "pages        ";
    for (const auto &[k, v] : report.pagesByKind) {
        out() << ' ' << QString::fromStdString(k) << '=' << v;
    }
    out() << "\nerrors        " << errorTotal;
    for (const auto &[k, v] : report.errors) {
        out() << ' ' << QString::fromStdString(k) << '=' << v;
    }
    out() << '\n';
    // One line for scripts (tests/bench/compare-redis.sh).
    out() << "result rps=" << QString::number(report.requestsPerSecond(), 'f', 0)
          << " p50_us=" << QString::number(us(0.5), 'f', 1) << " p99_us=" << QString::number(us(0.99), 'f', 1)
          << " p999_us=" << QString::number(us(0.999), 'f', 1) << " errors=" << errorTotal << '\n';
    out().flush();
}

} // namespace

int cmdLoad(const QStringList &args)
{
    LoadCli c;
    c.p.addPositionalArgument(
        QStringLiteral("TARGET"),
        QStringLiteral(
            "tcpip=HOST:PORT (State Service protocol) or redis://[USER:PASSWORD@]HOST:PORT[/DB] (without "
            "PASSWORD in the URL, the environment variable SESSIONCTL_REDIS_PASSWORD gives it)."));
    if (int rc = parse(
            c.p, args, QStringLiteral("load"),
            QStringLiteral(
                "Play what ASP.NET's SessionStateModule sends to a session store and measure it. Each page "
                "is one "
                "ASP.NET request: a new visitor (GetItemExclusive -> 404 -> SetAndReleaseItemExclusive, or "
                "CreateUninitializedItem first when cookieless), a returning visitor (GetItemExclusive -> "
                "SetAndReleaseItemExclusive), a read-only page (GetItem), Session.Abandon (RemoveItem), "
                "ResetItemTimeout, or a one-page visitor whose session is left to expire. Against redis:// "
                "the same "
                "pages run as RedisSessionStateProvider runs them (its keys and Lua scripts through hiredis; "
                "5.x by default, --layout v4 for 2.x-4.x). "
                "Prints a progress line each second on stderr, then throughput, latency percentiles and "
                "errors."));
        rc >= 0) {
        return rc;
    }
    if (c.p.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("load needs one TARGET: tcpip=HOST:PORT or redis://HOST:PORT"),
                          QStringLiteral("load"));
    }
    LoadOptions o;
    const QString target = c.p.positionalArguments().first();
    if (const QString e = parseLoadTarget(target, o); !e.isEmpty()) {
        return usageError(e, QStringLiteral("load"));
    }
    if (const QString bad = parseLoadNumbers(c, o); !bad.isEmpty()) {
        return usageError(bad, QStringLiteral("load"));
    }
    if (c.p.isSet(c.mix)) {
        std::string error;
        if (!LoadMix::parse(c.p.value(c.mix).toStdString(), &o.mix, &error)) {
            return usageError(QString::fromStdString(error), QStringLiteral("load"));
        }
    }
    const LoadReport report = runWithProgress(o);
    if (!report.fatal.empty()) {
        err() << kProgram << ": " << QString::fromStdString(report.fatal) << '\n';
        err().flush();
        return ExitUsage;
    }
    std::int64_t errorTotal = 0;
    for (const auto &[k, v] : report.errors) {
        errorTotal += v;
    }
    if (c.p.isSet(c.json)) {
        printLoadJson(target, o, report);
    } else {
        printLoadText(target, o, report, errorTotal);
    }
    return errorTotal > 0 &&
                   report.errors.size() > report.errors.count("lost") + report.errors.count("locked")
               ? ExitFindings
               : ExitOk;
}

} // namespace sd::ctl
