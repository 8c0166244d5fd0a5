// SPDX-License-Identifier: GPL-3.0-or-later
// The live monitor on a Redis session store (issue 15): a Redis profile (kind, store URL, password never
// saved), the dashboard's Redis tiles and counts, the session browser over RedisSessionStore (open a session
// with its items decoded, abandon it, "Force?" for a locked one), against a real redis-server on a loopback
// port filled by the load generator.

#include "aspnet/dotnetticks.h"
#include "loadgen/loadgen.h"
#include "modal.h"
#include "monitor/connectionprofile.h"
#include "monitor/redisfindings.h"
#include "monitor/sessionlistmodel.h"
#include "redis/providerlayout.h"
#include "redis/redisendpoint.h"
#include "redisprocess.h"
#include "widgets/common/mainwindow.h"
#include "widgets/monitor/dashboard.h"
#include "widgets/monitor/monitorwidget.h"
#include "widgets/monitor/sessionbrowser.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace sd;

namespace {

/// The provider's lock value for a lock taken `secondsAgo`: DateTime.Now.Ticks (local time).
QByteArray lockTicks(int secondsAgo)
{
    const QDateTime now = QDateTime::currentDateTime().addSecs(-secondsAgo);
    return QByteArray::number((now.toMSecsSinceEpoch() + qint64(now.offsetFromUtc()) * 1000) * 10000 +
                              kUnixEpochTicks);
}

} // namespace

class TestRedisGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    RedisProcess m_server;

    ConnectionProfile redisProfile() const
    {
        ConnectionProfile p;
        p.kind = ConnectionProfile::Kind::Redis;
        p.name = QStringLiteral("redis test");
        p.storeUrl = QStringLiteral("redis://127.0.0.1:%1/0").arg(m_server.port);
        p.password = QStringLiteral("gui-pw");
        return p;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QApplication::setOrganizationName(QStringLiteral("SessionDeskTest"));
        QApplication::setApplicationName(QStringLiteral("SessionDeskRedisTest"));
        QLocale::setDefault(QLocale::c());
        if (RedisProcess::binary().isEmpty()) {
            QSKIP("redis-server is not installed (./test.sh installs it)");
        }
        QVERIFY(m_server.start(m_dir.path(), freeLoopbackPort(),
                               {QStringLiteral("--requirepass"), QStringLiteral("gui-pw"),
                                QStringLiteral("--maxmemory-policy"), QStringLiteral("allkeys-lru")},
                               "gui-pw"));
        LoadOptions o;
        o.target = LoadOptions::Target::Redis;
        o.port = m_server.port;
        o.sessions = 120;
        o.apps = 2;
        o.concurrency = 2;
        o.threads = 1;
        o.requests = 1;
        o.itemBytes = 100;
        o.redisPassword = "gui-pw";
        o.redisLayout = ProviderLayout::V5;
        LoadMix::parse("read=1", &o.mix, nullptr); // read-only pages: no lock left behind
        const LoadReport r = runLoad(o);
        QVERIFY2(r.fatal.empty(), r.fatal.c_str());
        QCOMPARE(r.prefilled, 120);
    }

    void init() { QSettings().clear(); }

    void profileNeverSavesThePassword()
    {
        QString pw;
        QCOMPARE(ConnectionProfile::withoutPassword(QStringLiteral("redis://u:s%40cret@h:1/2"), &pw),
                 QStringLiteral("redis://u@h:1/2"));
        QCOMPARE(pw, QStringLiteral("s@cret"));
        QCOMPARE(
            ConnectionProfile::withoutPassword(QStringLiteral("redis-cluster://:x@a:1,b:2?ssl=true"), &pw),
            QStringLiteral("redis-cluster://a:1,b:2?ssl=true"));
        QCOMPARE(pw, QStringLiteral("x"));
        QCOMPARE(ConnectionProfile::withoutPassword(QStringLiteral("tcpip=h:1"), &pw),
                 QStringLiteral("tcpip=h:1"));
        ConnectionProfile p = redisProfile();
        p.storeUrl = QStringLiteral("redis://:leaked@127.0.0.1:6379");
        p.passwordFile = m_dir.filePath(QStringLiteral("pw"));
        {
            QSettings settings;
            saveProfiles(settings, {p});
        }
        QFile ini(QSettings().fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY(!text.contains("gui-pw") && !text.contains("leaked"));
        QSettings settings;
        const QList<ConnectionProfile> back = loadProfiles(settings);
        QCOMPARE(back.size(), 1);
        QVERIFY(back.first().isRedis());
        QCOMPARE(back.first().storeUrl, QStringLiteral("redis://127.0.0.1:6379"));
        QCOMPARE(back.first().passwordFile, p.passwordFile);
        QVERIFY(back.first().password.isEmpty());
        // The password file is read at connect time.
        QFile f(p.passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("from-file\n");
        f.close();
        const auto ep = back.first().redisEndpoint(nullptr);
        QVERIFY(ep);
        QCOMPARE(ep->password, QStringLiteral("from-file"));
    }

    void profileFromRedisProvider()
    {
        // Issue 15 point 6: ProviderConfiguration.cs defaults (host 127.0.0.1, ssl true, port 0 = 6380 with
        // TLS / 6379 without, databaseId 0); the accessKey only in memory; connectionString noted.
        using Settings = QList<std::pair<QString, QString>>;
        QString error;
        auto p = ConnectionProfile::fromRedisProvider(QStringLiteral("n"), Settings{}, &error);
        QVERIFY(p && p->isRedis());
        QCOMPARE(p->storeUrl, QStringLiteral("rediss://127.0.0.1:6380/0"));
        QVERIFY(p->password.isEmpty() && p->note.isEmpty());
        p = ConnectionProfile::fromRedisProvider(
            QStringLiteral("n"),
            Settings{{QStringLiteral("host"), QStringLiteral("cache.example.net")},
                     {QStringLiteral("SSL"), QStringLiteral("False")},
                     {QStringLiteral("databaseId"), QStringLiteral("3")},
                     {QStringLiteral("accessKey"), QStringLiteral("k3y")},
                     {QStringLiteral("operationTimeoutInMilliseconds"), QStringLiteral("2500")},
                     {QStringLiteral("connectionTimeoutInMilliseconds"), QStringLiteral("900")},
                     {QStringLiteral("applicationName"), QStringLiteral("/shop")},
                     {QStringLiteral("connectionString"), QStringLiteral("RedisCs")}},
            &error);
        QVERIFY(p);
        QCOMPARE(p->storeUrl,
                 QStringLiteral("redis://cache.example.net:6379/3?connectTimeout=900&timeout=2500"));
        QCOMPARE(p->password, QStringLiteral("k3y"));
        QVERIFY(!p->storeUrl.contains(QStringLiteral("k3y")));
        QVERIFY2(p->note.contains(QStringLiteral("/shop")) &&
                     p->note.contains(QStringLiteral("connectionString")),
                 qPrintable(p->note));
        QVERIFY(parseRedisEndpoint(p->storeUrl, &error));
        p = ConnectionProfile::fromRedisProvider(QStringLiteral("n"),
                                                 Settings{{QStringLiteral("host"), QStringLiteral("::1")},
                                                          {QStringLiteral("port"), QStringLiteral("7000")}},
                                                 &error);
        QVERIFY(p);
        QCOMPARE(p->storeUrl, QStringLiteral("rediss://[::1]:7000/0"));
        QVERIFY(!ConnectionProfile::fromRedisProvider(
            QStringLiteral("n"), Settings{{QStringLiteral("port"), QStringLiteral("RedisPort")}}, &error));
        QVERIFY2(error.contains(QStringLiteral("RedisPort")), qPrintable(error));
        QVERIFY(!ConnectionProfile::fromRedisProvider(
            QStringLiteral("n"), Settings{{QStringLiteral("ssl"), QStringLiteral("yes")}}, &error));
    }

    void newProfileFromWebConfigUsesTheRedisProvider()
    {
        // The monitor's "New profile from the open web.config" on tests/data/webconfig/redis-provider.config:
        // the active Redis provider becomes a Redis profile; its accessKey is in memory, never in the
        // settings file.
        const QString path = m_dir.filePath(QStringLiteral("redis-provider.config"));
        QFile::remove(path);
        QVERIFY(QFile::copy(QStringLiteral(SD_TESTDATA_DIR "/webconfig/redis-provider.config"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow w;
        QVERIFY(w.openFile(path));
        const auto provider = w.redisProviderOfDocument();
        QVERIFY(provider);
        QCOMPARE(provider->name, QStringLiteral("RedisStore"));
        QString url, note, password;
        whenModal([&](QWidget *dialog) {
            url = dialog->findChild<QLineEdit *>(QStringLiteral("profileStoreUrl"))->text();
            password = dialog->findChild<QLineEdit *>(QStringLiteral("profilePassword"))->text();
            if (auto *n = dialog->findChild<QLabel *>(QStringLiteral("profileNote")))
                note = n->text();
            QMetaObject::invokeMethod(dialog, "accept", Qt::QueuedConnection);
        });
        w.monitor()->newProfileFromConfig();
        QCOMPARE(url, QStringLiteral("redis://cache1.example.net:6379/2?timeout=3000"));
        QCOMPARE(password, QStringLiteral("Made-Up-Acc3ss-K3y"));
        QVERIFY2(note.contains(QStringLiteral("/shop")), qPrintable(note));
        QFile ini(QSettings().fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY2(text.contains("cache1.example.net"), text.constData());
        QVERIFY(!text.contains("Made-Up-Acc3ss-K3y"));
    }

    // Issue 15 point 5: "Test connectivity" on a Redis profile runs the Redis steps (it ran the state
    // server's, which failed at the handshake).
    void connectivityDialogRunsTheRedisSteps()
    {
        ConnectivityDialog dialog(redisProfile());
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 20000);
        QTreeWidget *steps = dialog.steps();
        QCOMPARE(steps->topLevelItemCount(), 10);
        QStringList names;
        for (int i = 0; i < steps->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = steps->topLevelItem(i);
            names << item->text(0);
            QVERIFY2(item->text(1) == u"pass" || item->text(1) == u"skipped",
                     qPrintable(item->text(0) + QStringLiteral(": ") + item->text(3)));
        }
        QVERIFY(names.contains(QStringLiteral("PING")) && names.contains(QStringLiteral("AUTH")));
        QVERIFY(
            dialog.findChild<QLabel *>(QStringLiteral("connectivityVerdict"))->text().contains(u"passed"));
        ConnectionProfile wrong = redisProfile();
        wrong.password = QStringLiteral("not-it");
        ConnectivityDialog refused(wrong);
        refused.show();
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isRunning(), 20000);
        QVERIFY(refused.findChild<QLabel *>(QStringLiteral("connectivityVerdict"))
                    ->text()
                    .contains(QStringLiteral("AUTH failed")));
    }

    void profileDialogShowsTheKindsFields()
    {
        ProfileDialog dialog(redisProfile());
        auto *form = dialog.findChild<QFormLayout *>();
        QVERIFY(form);
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("profileKind"));
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("profileStoreUrl"));
        auto *state = dialog.findChild<QLineEdit *>(QStringLiteral("profileState"));
        QCOMPARE(kind->currentIndex(), 1);
        QVERIFY(form->isRowVisible(url) && !form->isRowVisible(state));
        url->setText(QStringLiteral("redis://:typed@10.0.0.5:6380/1"));
        dialog.findChild<QLineEdit *>(QStringLiteral("profilePassword"))->clear();
        const ConnectionProfile p = dialog.profile();
        QVERIFY(p.isRedis());
        QCOMPARE(p.storeUrl, QStringLiteral("redis://10.0.0.5:6380/1"));
        QCOMPARE(p.password, QStringLiteral("typed"));
        kind->setCurrentIndex(0);
        QVERIFY(!form->isRowVisible(url) && form->isRowVisible(state));
    }

    void storeFindings()
    {
        QJsonObject stats{{QStringLiteral("store"), QStringLiteral("redis")},
                          {QStringLiteral("redis"),
                           QJsonObject{{QStringLiteral("maxmemory_policy"), QStringLiteral("volatile-lru")},
                                       {QStringLiteral("maxmemory"), 1 << 30},
                                       {QStringLiteral("persistence"), QStringLiteral("rdb")},
                                       {QStringLiteral("role"), QStringLiteral("master")}}},
                          {QStringLiteral("sessions"), QJsonObject{{QStringLiteral("oldest_lock_age"), 30}}}};
        QVERIFY(redisStoreFindings(stats).isEmpty());
        stats.insert(QStringLiteral("sessions"), QJsonObject{{QStringLiteral("oldest_lock_age"), 300}});
        stats.insert(QStringLiteral("applications"),
                     QJsonArray{QJsonObject{{QStringLiteral("app"), QStringLiteral("/a")},
                                            {QStringLiteral("layout"), QStringLiteral("v5")}},
                                QJsonObject{{QStringLiteral("app"), QStringLiteral("/a")},
                                            {QStringLiteral("layout"), QStringLiteral("v2-v4")}}});
        const QList<RedisFinding> f = redisStoreFindings(stats);
        QCOMPARE(f.size(), 2);
        QCOMPARE(f[0].code, QStringLiteral("RDS004"));
        QCOMPARE(f[1].code, QStringLiteral("RDS005"));
    }

    void dashboardBrowseOpenAbandon()
    {
        MonitorWidget monitor;
        monitor.resize(1100, 700);
        monitor.show();
        monitor.addProfile(redisProfile(), true);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.connection()->state(), MonitorConnection::State::Connected, 10000);
        QVERIFY(monitor.connection()->redisStore());
        Dashboard *dash = monitor.dashboard();
        QVERIFY(dash->isRedis());
        QTRY_VERIFY_WITH_TIMEOUT(dash->redisTile(QStringLiteral("redisMemory")).startsWith(u"Memory"), 10000);
        QVERIFY2(dash->redisTile(QStringLiteral("redisLocks")).contains(u"Locks held: 0"),
                 qPrintable(dash->redisTile(QStringLiteral("redisLocks"))));
        QVERIFY(dash->redisTile(QStringLiteral("redisServer")).contains(u"standalone"));
        auto *summary = monitor.findChild<QLabel *>(QStringLiteral("serverSummary"));
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"120 sessions"), 10000);
        QVERIFY(!dash->findChild<QWidget *>(QStringLiteral("chart3"))->isVisibleTo(dash));
        QVERIFY(dash->findChild<QWidget *>(QStringLiteral("redisPanel"))->isVisibleTo(dash));
        // Sessions per application, counted (a small store): the load generator's /app0 in the v5 layout.
        const QString perApp = dash->findChild<QLabel *>(QStringLiteral("redisNodes"))->text();
        QVERIFY2(perApp.contains(u"Sessions per application (counted)") && perApp.contains(u"/app0 (v5)"),
                 qPrintable(perApp));
        // Findings: the server runs with maxmemory-policy allkeys-lru and no persistence.
        auto *findings = dash->findChild<QTreeWidget *>(QStringLiteral("redisFindings"));
        QStringList codes;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            codes << findings->topLevelItem(i)->text(0);
        }
        QVERIFY2(codes.contains(u"RDS001") && codes.contains(u"RDS003"), qPrintable(codes.join(u' ')));

        // The session list, in SCAN order; open one: items decoded, "created" unknown.
        auto *table = monitor.browser()->findChild<QTableView *>(QStringLiteral("sessionTable"));
        const SessionListModel *model = monitor.browser()->model();
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading(), 10000);
        QCOMPARE(model->totalCount(), 120);
        QVERIFY(!model->isSorted()); // SCAN order: no sort arrow that would claim an order
        QVERIFY(!table->horizontalHeader()->isSortIndicatorShown());
        const QString app = model->row(0).app, id = model->row(0).id;
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *items = monitor.browser()->findChild<QTreeWidget *>(QStringLiteral("itemsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(items->topLevelItemCount() > 0, 5000);
        auto *header = monitor.browser()->findChild<QLabel *>(QStringLiteral("detailHeader"));
        QVERIFY(header->text().contains(id));
        QVERIFY2(header->text().contains(QStringLiteral("created —")), qPrintable(header->text()));

        // Abandon it.
        auto *abandon = monitor.browser()->findChild<QPushButton *>(QStringLiteral("abandonButton"));
        QVERIFY(abandon->isEnabled());
        whenModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
        abandon->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 119, 5000);
        const ProviderKeys gone = providerKeys(ProviderLayout::V5, app.toStdString(), id.toStdString());
        QCOMPARE(m_server.call({"EXISTS", QByteArray::fromStdString(gone.data)})->integer, 0);

        // A locked one: refused, "Force?", then deleted.
        const QString app2 = model->row(0).app, id2 = model->row(0).id;
        const ProviderKeys k = providerKeys(ProviderLayout::V5, app2.toStdString(), id2.toStdString());
        QVERIFY(m_server.call({"SET", QByteArray::fromStdString(k.lock), lockTicks(5), "EX", "110"}));
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QString forceText;
        whenModal([&forceText](QWidget *box) {
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); // Abandon?
            // The "Force?" box comes after the store's 409: a timer that polls (no waiting inside it, as the
            // box's exec() would run under that wait).
            auto *poll = new QTimer(qApp);
            QObject::connect(poll, &QTimer::timeout, poll, [poll, &forceText] {
                auto *force = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                if (force && force->objectName() == QStringLiteral("abandonForceConfirm")) {
                    forceText = force->text();
                    poll->deleteLater();
                    force->button(QMessageBox::Yes)->click();
                }
            });
            poll->start(50);
        });
        abandon->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 118, 5000);
        QVERIFY2(forceText.contains(u"Force?"), qPrintable(forceText));
        QCOMPARE(m_server.call({"EXISTS", QByteArray::fromStdString(k.data)})->integer, 0);
        QCOMPARE(m_server.call({"EXISTS", QByteArray::fromStdString(k.lock)})->integer, 0);
        monitor.disconnectFromServer();
    }
};

QTEST_MAIN(TestRedisGui)
#include "tst_redisgui.moc"
