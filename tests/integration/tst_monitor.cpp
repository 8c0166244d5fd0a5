// SPDX-License-Identifier: GPL-3.0-or-later
// The live monitor's core: metrics history and archive, profiles, connectivity tests, the admin API client,
// the session list model (with QAbstractItemModelTester) and the local sessionstated child.
#include "client/adminclient.h"
#include "loadgen/loadgen.h"
#include "monitor/connectionprofile.h"
#include "monitor/connectivity.h"
#include "monitor/localserver.h"
#include "monitor/metricshistory.h"
#include "monitor/monitorconnection.h"
#include "monitor/protocolprobe.h"
#include "monitor/sessionlistmodel.h"
#include "rss.h"
#include "serverprocess.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

sd::MetricSample sample(std::int64_t ms, double v)
{
    sd::MetricSample s;
    s.unixMs = ms;
    s.values.fill(v);
    return s;
}

} // namespace

class TestMonitor : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    ServerProcess server;
    sd::ConnectionProfile profile;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        profile.name = QStringLiteral("test");
        profile.tokenFile = dir.filePath(QStringLiteral("token"));
        QVERIFY(server.start({QStringLiteral("--admin-token-file"), profile.tokenFile}));
        profile.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(server.port);
        profile.adminUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.adminPort);
        // 2,500 sessions in two applications.
        sd::LoadOptions o;
        o.port = server.port;
        o.sessions = 2500;
        o.apps = 2;
        o.concurrency = 4;
        o.threads = 1;
        o.requests = 1;
        o.itemBytes = 200;
        o.mix.newVisitor = o.mix.abandon = o.mix.expire = o.mix.reset = 0;
        const sd::LoadReport r = sd::runLoad(o);
        QCOMPARE(r.prefilled, 2500);
    }

    void historyAveragesAndStaysBounded()
    {
        sd::MetricsHistory h;
        const std::int64_t t0 = 1'700'000'000'000; // a multiple of 120 s
        // 10 s of alternating 0 and 20: one 1 h bucket averaging 10, ten 5 min points.
        for (int i = 0; i < 10; ++i)
            QVERIFY(h.add(sample(t0 + i * 1000, i % 2 ? 20 : 0)));
        QCOMPARE(int(h.samples(sd::MetricWindow::FiveMinutes).size()), 10);
        const auto hour = h.samples(sd::MetricWindow::OneHour);
        QCOMPARE(int(hour.size()), 1);
        QCOMPARE(hour[0].value(sd::Metric::Requests), 10.0);
        QCOMPARE(hour[0].unixMs, t0);
        QVERIFY(!h.add(sample(t0, 5))); // out of order: dropped
        // A simulated 48 h feed at one sample a second: every window stays at its capacity.
        const qint64 rssBefore = rssBytes();
        qint64 rssAtDay = 0;
        for (int i = 10; i < 2 * 86400; ++i) {
            h.add(sample(t0 + std::int64_t(i) * 1000, i % 100));
            if (i == 86400)
                rssAtDay = rssBytes();
        }
        QVERIFY(h.samples(sd::MetricWindow::FiveMinutes).size() <= 301);
        QVERIFY(h.samples(sd::MetricWindow::OneHour).size() <= 361);
        QVERIFY(h.samples(sd::MetricWindow::OneDay).size() <= 721);
        QVERIFY(h.bucketCount() <= 300 + 360 + 720 + 3);
        const qint64 growth = rssBytes() - rssAtDay;
        qInfo("RSS: %lld KiB before, %lld KiB after day 1, %lld KiB after day 2 (growth on day 2: %lld KiB)",
              rssBefore / 1024, rssAtDay / 1024, rssBytes() / 1024, growth / 1024);
        QVERIFY2(growth < 1024 * 1024, "memory grew on the second simulated day");
        const QList<QPointF> pts = h.points(sd::Metric::ActiveSessions, sd::MetricWindow::OneDay);
        QVERIFY(pts.size() <= 721 && pts.size() >= 719);
        QVERIFY(pts.last().x() - pts.first().x() <= 86400.0 * 1000);
    }

    void statsEventParses()
    {
        const QJsonObject o =
            QJsonDocument::fromJson(R"({"sessions":{"active":12},"memory":{"payload_bytes":1000,
            "overhead_bytes":200,"rss_bytes":5000},"rates":{"requests_per_second":50.5,"sessions_started_per_second":2,
            "timed_out_per_second":1,"abandoned_per_second":0.5,"lock_contention_per_second":3}})")
                .object();
        const auto s = sd::MetricSample::fromStatsEvent(o, 42);
        QVERIFY(s);
        QCOMPARE(s->unixMs, 42);
        QCOMPARE(s->value(sd::Metric::ActiveSessions), 12.0);
        QCOMPARE(s->value(sd::Metric::OverheadBytes), 200.0);
        QCOMPARE(s->value(sd::Metric::Requests), 50.5);
        QCOMPARE(s->value(sd::Metric::SessionsAbandoned), 0.5);
        QCOMPARE(s->value(sd::Metric::LockContention), 3.0);
        QString error;
        QVERIFY(!sd::MetricSample::fromStatsEvent(QJsonObject{{QStringLiteral("x"), 1}}, 0, &error));
        QVERIFY(error.contains(QStringLiteral("not a stats sample")));
    }

    void sseReaderSplitsEvents()
    {
        sd::SseReader reader;
        QList<std::pair<QByteArray, QByteArray>> got;
        const auto collect = [&got](const QByteArray &e, const QByteArray &d) {
            got.append({e, d});
            return got.size() < 3;
        };
        // The server's opening block (a comment and retry:) is no event; an event split across reads is one.
        QVERIFY(reader.feed(": sessionstated events\nretry: 2000\n\nevent: stats\ndata: {\"a\"", collect));
        QVERIFY(got.isEmpty());
        QVERIFY(reader.pending() > 0);
        QVERIFY(reader.feed(":1}\n\ndata:x\n\n", collect));
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[0], (std::pair<QByteArray, QByteArray>("stats", "{\"a\":1}")));
        QCOMPARE(got[1], (std::pair<QByteArray, QByteArray>("message", "x"))); // no event: line, no space
        // The handler stops the reader: the rest stays unread.
        QVERIFY(!reader.feed("event: session_end\ndata: {}\n\nevent: dropped\ndata: {}\n\n", collect));
        QCOMPARE(got.size(), 3);
        QCOMPARE(got[2].first, QByteArray("session_end"));
        QVERIFY(reader.pending() > 0);
    }

    void archiveKeepsAndPrunes()
    {
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const std::int64_t t0 = 1'700'000'000'000;
        {
            sd::MetricsArchive a;
            QString error;
            QVERIFY2(a.open(path, &error), qPrintable(error));
            std::vector<sd::MetricSample> batch;
            for (int i = 0; i < 1000; ++i)
                batch.push_back(sample(t0 + i * 1000, i));
            QVERIFY2(a.append(QStringLiteral("p1"), batch, &error), qPrintable(error));
            QVERIFY(a.append(QStringLiteral("p2"), {sample(t0, 7)}, &error));
        }
        sd::MetricsArchive a; // reopened: what was kept is there
        QString error;
        QVERIFY(a.open(path, &error));
        auto back = a.load(QStringLiteral("p1"), t0 + 500 * 1000, &error);
        QCOMPARE(int(back.size()), 500);
        QCOMPARE(back.front().unixMs, t0 + 500 * 1000);
        QCOMPARE(back.back().value(sd::Metric::Requests), 999.0);
        QCOMPARE(int(a.load(QStringLiteral("p1"), 0, &error, 10).size()), 10); // the newest 10
        QCOMPARE(int(a.load(QStringLiteral("p2"), 0, &error).size()), 1);
        // Appending a sample 49 h later prunes everything older than 48 h.
        QVERIFY(a.append(QStringLiteral("p1"), {sample(t0 + 49LL * 3600 * 1000, 1)}, &error));
        QCOMPARE(int(a.load(QStringLiteral("p1"), 0, &error).size()), 1);
        sd::MetricsArchive bad;
        QVERIFY(!bad.open(QStringLiteral("/proc/no/such/dir/x.sqlite"), &error));
        QVERIFY(error.contains(QStringLiteral("/proc/no/such/dir/x.sqlite")));
    }

    void profilesKeepNoSecret()
    {
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        QFile token(dir.filePath(QStringLiteral("secret-token")));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write("s3cr3t-t0ken-value\n");
        token.close();
        QString error;
        auto p = sd::ConnectionProfile::fromStateConnectionString(
            QStringLiteral("farm"), QStringLiteral("tcpip=10.0.0.5:42424"), 30, &error);
        QVERIFY(p);
        QCOMPARE(p->adminUrl, QStringLiteral("http://10.0.0.5:42425"));
        QCOMPARE(p->stateNetworkTimeoutSeconds, 30);
        p->tokenFile = token.fileName();
        p->readOnly = true;
        sd::ConnectionProfile embedded = profile;
        embedded.name = QStringLiteral("embedded");
        embedded.embedded = true;
        {
            QSettings s(ini, QSettings::IniFormat);
            sd::saveProfiles(s, {*p, embedded});
        }
        QSettings s(ini, QSettings::IniFormat);
        const auto loaded = sd::loadProfiles(s);
        QCOMPARE(loaded.size(), 1); // the embedded one is never saved
        QCOMPARE(loaded[0].name, QStringLiteral("farm"));
        QCOMPARE(loaded[0].stateConnectionString, QStringLiteral("tcpip=10.0.0.5:42424"));
        QVERIFY(loaded[0].readOnly);
        QCOMPARE(loaded[0].readToken(&error).value_or(QByteArray()), QByteArray("s3cr3t-t0ken-value"));
        QFile f(ini);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("s3cr3t"));
        QVERIFY(!sd::ConnectionProfile::fromStateConnectionString(QStringLiteral("x"),
                                                                  QStringLiteral("tcp=a:1"), 10, &error));
        QVERIFY(error.contains(QStringLiteral("tcp=a:1")));
    }

    void protocolOnlyFlagIsSaved()
    {
        // Issue 12 point 11: a profile may be protocol-only (no admin API); the flag is kept in the settings.
        const QString ini = dir.filePath(QStringLiteral("protocol-only.ini"));
        sd::ConnectionProfile p;
        p.name = QStringLiteral("aspnet_state");
        p.protocolOnly = true;
        sd::ConnectionProfile noUrl;
        noUrl.name = QStringLiteral("no admin URL");
        noUrl.adminUrl.clear();
        {
            QSettings s(ini, QSettings::IniFormat);
            sd::saveProfiles(s, {p, noUrl, profile});
        }
        QSettings s(ini, QSettings::IniFormat);
        const auto loaded = sd::loadProfiles(s);
        QCOMPARE(loaded.size(), 3);
        QVERIFY(loaded[0].protocolOnly && loaded[0].isProtocolOnly());
        QVERIFY(!loaded[1].protocolOnly && loaded[1].isProtocolOnly()); // an empty admin URL means the same
        QVERIFY(!loaded[2].isProtocolOnly());
        // The connectivity test skips the admin step of a protocol-only profile, whatever its token file.
        sd::ConnectionProfile po = profile;
        po.protocolOnly = true;
        const auto steps = sd::testStateServer(po);
        QCOMPARE(steps.last().verdict, sd::ConnectivityStep::Verdict::Skipped);
        QVERIFY(steps.last().detail.contains(QStringLiteral("protocol-only")));
    }

    void probeHistoryPercentilesAndBuckets()
    {
        // Issue 12 point 11: p50/p99 of the HEAD round trip over the window, availability, failures.
        sd::ProbeHistory h(600);
        const std::int64_t t0 = 1'700'000'000'000LL;
        for (int i = 0; i < 100; ++i) {
            sd::ProbeSample s;
            s.unixMs = t0 + i * 1000;
            s.answered = i % 10 != 9; // every tenth probe fails
            s.roundTripMs = s.answered ? i + 1 : 0;
            QVERIFY(h.add(s));
        }
        QVERIFY(!h.add(sd::ProbeSample{t0, true, 404, 1, {}, {}})); // out of order
        const auto sum = h.summary(sd::MetricWindow::FiveMinutes, t0 + 99'000);
        QCOMPARE(sum.probes, 100);
        QCOMPARE(sum.failures, 10);
        QCOMPARE(sum.answered, 90);
        // answered round trips: 1..100 without 10, 20, ..., 100: 90 values; nearest ranks 45 (49) and 90 (99)
        QCOMPARE(sum.p50Ms, 49.0);
        QCOMPARE(sum.p99Ms, 99.0);
        const auto hour = h.buckets(sd::MetricWindow::OneHour, t0 + 99'000);
        QVERIFY(hour.size() >= 10 && hour.size() <= 11); // 10 s buckets
        int probes = 0, failures = 0;
        for (const auto &b : hour) {
            probes += b.probes;
            failures += b.failures;
            QVERIFY(b.availability >= 0 && b.availability <= 100);
        }
        QCOMPARE(probes, 100);
        QCOMPARE(failures, 10);
        for (int i = 0; i < 1000; ++i)
            h.add(sd::ProbeSample{t0 + 200'000 + i * 1000, true, 404, 1, {}, {}});
        QCOMPARE(h.size(), std::size_t(600)); // bounded
    }

    void connectionStepsSayWhatFailed()
    {
        // Issue 12 point 10: TCP first, then the admin API; each failure names its step.
        sd::MonitorConnection c;
        sd::ConnectionProfile dead;
        dead.name = QStringLiteral("nothing there");
        dead.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:1");
        dead.stateNetworkTimeoutSeconds = 3; // and no token file
        QVERIFY(c.open(dead, 0));
        QCOMPARE(c.state(), sd::MonitorConnection::State::Connecting);
        QCOMPARE(c.step(), sd::MonitorConnection::Step::Tcp);
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), sd::MonitorConnection::State::Failed, 5000);
        QVERIFY2(c.reason().contains(QStringLiteral("127.0.0.1:1")), qPrintable(c.reason()));
        QVERIFY2(c.reason().contains(QStringLiteral("nothing listens")), qPrintable(c.reason()));
        QVERIFY2(!c.reason().contains(QStringLiteral("token")), qPrintable(c.reason()));
        QVERIFY(!c.isOpen());
        // The State Service answers but the admin API cannot be used: the admin step says why.
        sd::ConnectionProfile noToken = profile;
        noToken.tokenFile.clear();
        QVERIFY(c.open(noToken, 0));
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), sd::MonitorConnection::State::Failed, 5000);
        QVERIFY2(c.reason().contains(QStringLiteral("admin API")), qPrintable(c.reason()));
        QVERIFY2(c.reason().contains(QStringLiteral("no token file")), qPrintable(c.reason()));
        // Both steps pass.
        QVERIFY(c.open(profile, 0));
        QTRY_COMPARE_WITH_TIMEOUT(c.state(), sd::MonitorConnection::State::Connected, 5000);
        QVERIFY(c.client());
        QCOMPARE(c.step(), sd::MonitorConnection::Step::AdminApi);
        c.close();
        QCOMPARE(c.state(), sd::MonitorConnection::State::Disconnected);
    }

    void connectivityPassesStepByStep()
    {
        QStringList seen;
        const auto steps =
            sd::testStateServer(profile, [&](const sd::ConnectivityStep &s) { seen << s.name; });
        QCOMPARE(steps.size(), 5);
        QCOMPARE(seen.size(), 5);
        for (const auto &s : steps) {
            QVERIFY2(s.verdict == sd::ConnectivityStep::Verdict::Pass,
                     qPrintable(s.name + QStringLiteral(": ") + s.detail));
            QVERIFY(s.elapsedMs >= 0);
        }
        QVERIFY(steps[2].detail.contains(QStringLiteral("X-AspNet-Version")));
        sd::ConnectionProfile ro = profile;
        ro.readOnly = true;
        QCOMPARE(sd::testStateServer(ro)[3].verdict, sd::ConnectivityStep::Verdict::Skipped);
    }

    void connectivityFailuresSayWhatToDo()
    {
        // Nothing listens: the TCP step fails and says to start the service or fix the port.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        sd::ConnectionProfile closed = profile;
        closed.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        auto steps = sd::testStateServer(closed);
        QCOMPARE(steps[1].verdict, sd::ConnectivityStep::Verdict::Fail);
        QVERIFY(steps[1].advice.contains(QStringLiteral("aspnet_state")));
        QCOMPARE(steps[2].verdict, sd::ConnectivityStep::Verdict::Skipped);
        // A wrong token: the admin step fails and says the token was refused.
        QFile wrong(dir.filePath(QStringLiteral("wrong-token")));
        QVERIFY(wrong.open(QIODevice::WriteOnly));
        wrong.write("not-the-token");
        wrong.close();
        sd::ConnectionProfile badToken = profile;
        badToken.tokenFile = wrong.fileName();
        steps = sd::testStateServer(badToken);
        QCOMPARE(steps[4].verdict, sd::ConnectivityStep::Verdict::Fail);
        QVERIFY(steps[4].detail.contains(QStringLiteral("401")));
        QVERIFY(steps[4].advice.contains(QStringLiteral("token")));
        // A bad connection string fails at the first step.
        sd::ConnectionProfile bad = profile;
        bad.stateConnectionString = QStringLiteral("tcpip=127.0.0.1");
        steps = sd::testStateServer(bad);
        QCOMPARE(steps[0].verdict, sd::ConnectivityStep::Verdict::Fail);
        QVERIFY(steps[0].advice.contains(QStringLiteral("tcpip=")));
    }

    void databaseFileTest()
    {
        ServerProcess persisted;
        const QString db = dir.filePath(QStringLiteral("sessions.db"));
        QVERIFY(persisted.start({QStringLiteral("--persist"), db}));
        auto steps = sd::testSessionDatabase(db);
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps[0].verdict, sd::ConnectivityStep::Verdict::Pass);
        QCOMPARE(steps[1].verdict, sd::ConnectivityStep::Verdict::Pass);
        QVERIFY(steps[2].verdict == sd::ConnectivityStep::Verdict::Pass ||
                steps[2].verdict == sd::ConnectivityStep::Verdict::Warn);
        persisted.terminate();
        steps = sd::testSessionDatabase(dir.filePath(QStringLiteral("missing.db")));
        QCOMPARE(steps[0].verdict, sd::ConnectivityStep::Verdict::Fail);
        QCOMPARE(steps[2].verdict, sd::ConnectivityStep::Verdict::Skipped);
        // A SQLite file with another schema.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        sqlite3 *h = nullptr;
        QCOMPARE(sqlite3_open(other.toUtf8().constData(), &h), SQLITE_OK);
        sqlite3_exec(h, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
        sqlite3_close(h);
        steps = sd::testSessionDatabase(other);
        QCOMPARE(steps[1].verdict, sd::ConnectivityStep::Verdict::Fail);
        QVERIFY(steps[1].advice.contains(QStringLiteral("aspnet_regsql")));
    }

    void modelPagesFiltersAndCaps()
    {
        const auto token = profile.readToken(nullptr);
        QVERIFY(token);
        sd::AdminClient client(QUrl(profile.adminUrl), *token);
        {
            // Without a view nothing asks for more: one page, and auto-refresh reloads it in place.
            sd::SessionListModel plain;
            plain.setClient(&client);
            QTRY_COMPARE_WITH_TIMEOUT(plain.loadedCount(), 1000, 10000);
            QCOMPARE(plain.totalCount(), 2500);
            QVERIFY(plain.hasMore() && plain.canFetchMore({}));
            QVERIFY(plain.refresh());
            QVERIFY(!plain.refresh()); // one already loading
            QTRY_VERIFY(!plain.isLoading());
            QCOMPARE(plain.loadedCount(), 1000);
        }
        sd::SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCap(2200);
        model.setClient(&client);
        // fetchMore() as a view calls it when scrolled to the end: pages load up to the cap.
        for (int pages = 0; pages < 3; ++pages) {
            QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() >= 0 && !model.isLoading(), 10000);
            if (model.canFetchMore({}))
                model.fetchMore({});
        }
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(model.loadedCount(), 2200);
        QVERIFY(model.capReached());
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.refresh()); // more than one page loaded: auto-refresh would reset the user's scroll
        QSet<QString> keys;
        for (int r = 0; r < model.loadedCount(); ++r)
            keys.insert(model.row(r).app + u'/' + model.row(r).id);
        QCOMPARE(int(keys.size()), 2200); // no page loaded twice
        // Descending last access: each row is not newer than the one before.
        for (int r = 1; r < model.loadedCount(); ++r)
            QVERIFY2(model.row(r - 1).lastAccessUnixMs >= model.row(r).lastAccessUnixMs,
                     qPrintable(QStringLiteral("row %1: %2 then %3")
                                    .arg(r)
                                    .arg(model.row(r - 1).lastAccessUnixMs)
                                    .arg(model.row(r).lastAccessUnixMs)));
        // Filter by application and sort by size.
        const QString app = model.row(0).app;
        model.setQuery(app, QString(), sd::admin::SessionSort::Size, false);
        QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() >= 0 && !model.isLoading(), 10000);
        QCOMPARE(model.totalCount(), 1250);
        for (int r = 0; r < model.loadedCount(); ++r)
            QCOMPARE(model.row(r).app, app);
        QCOMPARE(model.data(model.index(0, sd::SessionListModel::ItemsColumn)).toString(),
                 QStringLiteral("1"));
        // Filter by id prefix.
        const QString prefix = model.row(0).id.left(6);
        model.setQuery(QString(), prefix, sd::admin::SessionSort::LastAccess, true);
        QTRY_VERIFY_WITH_TIMEOUT(model.totalCount() >= 0 && !model.isLoading(), 10000);
        QVERIFY(model.totalCount() >= 1 && model.totalCount() < 2500);
        for (int r = 0; r < model.loadedCount(); ++r)
            QVERIFY(model.row(r).id.startsWith(prefix));
        QVERIFY(model.refresh()); // one page: refreshes in place
        QTRY_VERIFY(!model.isLoading());
        QVERIFY(model.lastError().isEmpty());
    }

    void clientAbandonsAndStreamsEvents()
    {
        const auto token = profile.readToken(nullptr);
        sd::AdminClient client(QUrl(profile.adminUrl), *token);
        QSignalSpy stats(&client, &sd::AdminClient::statsEvent);
        QSignalSpy ended(&client, &sd::AdminClient::sessionEvent);
        client.startEvents();
        QTRY_VERIFY_WITH_TIMEOUT(client.eventsConnected(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(stats.size() >= 1, 5000);
        QVERIFY(stats.first().first().toJsonObject().contains(QStringLiteral("rates")));
        sd::AdminResult page;
        bool done = false;
        client.sessions({}, this, [&](const sd::AdminResult &r) {
            page = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(page.ok(), qPrintable(page.error));
        const QJsonObject first = page.json.value(QStringLiteral("sessions")).toArray().first().toObject();
        const QString app = first.value(QStringLiteral("app")).toString(),
                      id = first.value(QStringLiteral("id")).toString();
        QVERIFY(app.contains(u'/')); // the app id has slashes: its path segment must be percent-encoded
        done = false;
        client.abandon(app, id, this, [&](const sd::AdminResult &r) {
            page = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(ended.begin(), ended.end(),
                        [&](const QList<QVariant> &e) {
                            return e[0].toString() == u"session_end" &&
                                   e[1].toJsonObject().value(QStringLiteral("id")).toString() == id;
                        }),
            5000);
        done = false;
        client.session(app, id, this, [&](const sd::AdminResult &r) {
            page = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(page.httpStatus, 404);
        client.stopEvents();
        QVERIFY(!client.eventsConnected());
        // A refused token is explained.
        sd::AdminClient wrong(QUrl(profile.adminUrl), "wrong");
        done = false;
        wrong.stats(this, [&](const sd::AdminResult &r) {
            page = r;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(page.httpStatus, 401);
        QVERIFY(page.error.contains(QStringLiteral("token")));
    }

    void localServerStartsAndStops()
    {
        sd::LocalStateServer local;
        QSignalSpy ready(&local, &sd::LocalStateServer::ready);
        local.start(QStringLiteral(SD_SESSIONSTATED));
        QTRY_VERIFY_WITH_TIMEOUT(ready.size() == 1, 10000);
        const sd::ConnectionProfile p = local.profile();
        QVERIFY(p.embedded);
        QVERIFY(p.stateConnectionString.startsWith(QStringLiteral("tcpip=127.0.0.1:")));
        QVERIFY(p.adminUrl.startsWith(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(p.readToken(nullptr).has_value());
        const auto steps = sd::testStateServer(p);
        for (const auto &s : steps)
            QVERIFY2(s.verdict == sd::ConnectivityStep::Verdict::Pass,
                     qPrintable(s.name + QStringLiteral(": ") + s.detail));
        local.stop(); // does not wait: the child ends soon after
        QTRY_VERIFY_WITH_TIMEOUT(!local.isRunning(), 7000);
        QCOMPARE(sd::testStateServer(p)[1].verdict, sd::ConnectivityStep::Verdict::Fail);
        sd::LocalStateServer missing;
        QSignalSpy failed(&missing, &sd::LocalStateServer::failed);
        missing.start(dir.filePath(QStringLiteral("no-such-program")));
        QTRY_VERIFY(failed.size() == 1);
    }
};

QTEST_GUILESS_MAIN(TestMonitor)
#include "tst_monitor.moc"
