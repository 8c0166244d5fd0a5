// SPDX-License-Identifier: GPL-3.0-or-later
// The Redis session store (core/redis) against real redis-server processes on loopback ports: sessions
// written by the load generator in the provider's v5 and v4 layouts are counted, paged and decoded; abandon
// respects the provider's lock; reset timeout restores the TTL; sessionctl --store reads the same; a
// Sentinel failover (the master killed) and a READONLY replica are followed; a three-master Redis Cluster
// is browsed across slots and a moved slot is followed.
#include "aspnet/dotnetticks.h"
#include "client/admincontract.h"
#include "loadgen/loadgen.h"
#include "redis/providerlayout.h"
#include "redis/redisclient.h"
#include "redis/redisendpoint.h"
#include "redis/rediskeyevents.h"
#include "redis/redissessionstore.h"
#include "redisprocess.h"
#include "sessionctlrun.h"

#include <QTest>

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace sd;
using admin::key;
namespace field = admin::field;

namespace {

/// Waits (at most `ms`) for one AdminService call; httpStatus -1 when it never answered.
AdminResult await(const std::function<void(QObject *, AdminService::Callback)> &start, int ms = 60000)
{
    QEventLoop loop;
    AdminResult result;
    result.httpStatus = -1;
    bool finished = false;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
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

AdminResult statsOf(AdminService &s)
{
    return await([&](QObject *c, AdminService::Callback d) { s.stats(c, std::move(d)); });
}

AdminResult pageOf(AdminService &s, const admin::SessionQuery &q)
{
    return await([&](QObject *c, AdminService::Callback d) { s.sessions(q, c, std::move(d)); });
}

AdminResult showOf(AdminService &s, const QString &app, const QString &id)
{
    return await([&](QObject *c, AdminService::Callback d) { s.session(app, id, c, std::move(d)); });
}

/// Every row of a listing, following the cursor (at most 200 pages).
QList<QJsonObject> listAll(AdminService &s, admin::SessionQuery q, int *pages = nullptr,
                           QJsonObject *last = nullptr)
{
    QList<QJsonObject> rows;
    for (int n = 0; n < 200; ++n) {
        const AdminResult r = pageOf(s, q);
        if (r.httpStatus != 200) {
            qWarning() << "page failed:" << r.httpStatus << r.error;
            return {};
        }
        for (const auto &v : r.json.value(key(field::kSessions)).toArray()) {
            rows << v.toObject();
        }
        if (pages) {
            ++*pages;
        }
        if (last) {
            *last = r.json;
        }
        q.cursor = r.json.value(key(field::kNextCursor)).toString();
        if (q.cursor.isEmpty()) {
            break;
        }
    }
    return rows;
}

/// The provider's lock value for a lock taken `secondsAgo`: DateTime.Now.Ticks (local time).
QByteArray lockTicks(int secondsAgo)
{
    const QDateTime now = QDateTime::currentDateTime().addSecs(-secondsAgo);
    return QByteArray::number((now.toMSecsSinceEpoch() + qint64(now.offsetFromUtc()) * 1000) * 10000 +
                              kUnixEpochTicks);
}

/// One v5 session written as the provider's setScript writes it (data, timeout, both with EXPIRE).
QList<RedisCommand> v5Session(const std::string &app, const std::string &id, const QString &value)
{
    const ProviderKeys k = providerKeys(ProviderLayout::V5, app, id);
    SessionStateData d;
    d.setRaw(QStringLiteral("name"), *encodeAltValue(AltType::String, value));
    d.setRaw(QStringLiteral("visits"), *encodeAltValue(AltType::Int32, 7));
    return {{"SET", QByteArray::fromStdString(k.data), encodeV5Collection(d)},
            {"EXPIRE", QByteArray::fromStdString(k.data), "1200"},
            {"SET", QByteArray::fromStdString(k.timeout), "1200"},
            {"EXPIRE", QByteArray::fromStdString(k.timeout), "1200"}};
}

/// A test session id (24 chars of a-z0-5).
std::string sessionId(int n, char tag)
{
    std::string id(24, 'a');
    id[0] = tag;
    for (int i = 23; i > 0 && n > 0; --i, n /= 32) {
        id[std::size_t(i)] = "abcdefghijklmnopqrstuvwxyz012345"[n % 32];
    }
    return id;
}

LoadOptions loadOptions(quint16 port, ProviderLayout layout, int sessions)
{
    LoadOptions o;
    o.target = LoadOptions::Target::Redis;
    o.port = port;
    o.sessions = sessions;
    o.apps = 2;
    o.concurrency = 4;
    o.threads = 1;
    o.requests = 20;
    o.itemBytes = 200;
    LoadMix::parse("read=1", &o.mix, nullptr);
    o.redisLayout = layout;
    return o;
}

} // namespace

class TestRedisStore : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;
    RedisProcess server; // standalone, ACL user "admin", database 3
    QString url;
    std::unique_ptr<RedisSessionStore> store;

    /// A command on the standalone server's database 3.
    std::optional<RedisReply> db3(const RedisCommand &command)
    {
        RedisEndpoint e = *parseRedisEndpoint(url, nullptr);
        RedisClient c(e);
        QString error;
        return c.call(command, &error);
    }

    /// A v5 row of /app0 from the listing.
    QJsonObject someRow(const char *layout, bool locked = false)
    {
        admin::SessionQuery q;
        q.app = QStringLiteral("/app0");
        q.limit = admin::kMaxPageSize;
        for (const QJsonObject &row : listAll(*store, q)) {
            if (row.value(key(field::kLayout)).toString() == QLatin1String(layout) &&
                row.value(key(field::kLocked)).toBool() == locked) {
                return row;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        if (RedisProcess::binary().isEmpty()) {
            QSKIP("redis-server is not installed (./test.sh installs it)");
        }
        QVERIFY(dir.isValid());
        QVERIFY(server.start(dir.path(), freeLoopbackPort(),
                             {QStringLiteral("--requirepass"), QStringLiteral("rootpw")}, "rootpw"));
        const auto acl = server.call({"ACL", "SETUSER", "admin", "on", ">adminpw", "~*", "&*", "+@all"});
        QVERIFY(acl && acl->str == "OK");
        url = QStringLiteral("redis://admin:adminpw@127.0.0.1:%1/3").arg(server.port);
        for (auto [layout, n] : {std::pair{ProviderLayout::V5, 300}, std::pair{ProviderLayout::V2to4, 200}}) {
            LoadOptions o = loadOptions(server.port, layout, n);
            o.redisUser = "admin";
            o.redisPassword = "adminpw";
            o.redisDatabase = 3;
            const LoadReport r = runLoad(o);
            QVERIFY2(r.fatal.empty(), r.fatal.c_str());
            QCOMPARE(r.prefilled, n);
        }
        // The load left no lock behind (read-only pages take none).
        store = std::make_unique<RedisSessionStore>(*parseRedisEndpoint(url, nullptr));
    }

    void endpointUrls()
    {
        QString error;
        auto e = parseRedisEndpoint(
            QStringLiteral("redis://u%40x:p%3Aw@cache.example:6380/2?ssl=true&timeout=900"), &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->kind, RedisEndpoint::Kind::Standalone);
        QCOMPARE(e->user, QStringLiteral("u@x"));
        QCOMPARE(e->password, QStringLiteral("p:w"));
        QCOMPARE(e->hosts.first(), (RedisHostPort{QStringLiteral("cache.example"), 6380}));
        QCOMPARE(e->database, 2);
        QVERIFY(e->tls);
        QCOMPARE(e->commandTimeoutMs, 900);
        QCOMPARE(e->toString(), QStringLiteral("rediss://u%40x:***@cache.example:6380/2"));
        e = parseRedisEndpoint(QStringLiteral("rediss://:secret@[::1]"), &error);
        QVERIFY(e && e->tls && e->password == u"secret" && e->hosts.first().host == u"::1" &&
                e->hosts.first().port == 6379);
        e = parseRedisEndpoint(QStringLiteral("redis-sentinel://10.0.0.1,10.0.0.2:26380/mymaster/1"), &error);
        QVERIFY2(e, qPrintable(error));
        QCOMPARE(e->kind, RedisEndpoint::Kind::Sentinel);
        QCOMPARE(e->hosts.size(), 2);
        QCOMPARE(e->hosts.first().port, quint16(26379));
        QCOMPARE(e->masterName, QStringLiteral("mymaster"));
        QCOMPARE(e->database, 1);
        e = parseRedisEndpoint(QStringLiteral("redis-cluster://a:7000,b:7001"), &error);
        QVERIFY(e && e->kind == RedisEndpoint::Kind::Cluster && e->hosts.size() == 2);
        for (const char *bad :
             {"http://x", "redis://", "redis://h:0", "redis://h:70000", "redis://h/x", "redis-sentinel://h:1",
              "redis-cluster://h:1/2", "redis://a,b", "redis://h?ssl=maybe", "redis://h?color=red"}) {
            QVERIFY2(!parseRedisEndpoint(QString::fromLatin1(bad), &error), bad);
            QVERIFY(!error.isEmpty());
        }
    }

    void providerLayoutKeys()
    {
        const ProviderKeys v5 = providerKeys(ProviderLayout::V5, "/shop", "abc");
        QCOMPARE(v5.data, std::string("{/shop_abc}_SessionStateItemCollection"));
        QCOMPARE(v5.lock, std::string("{/shop_abc}_WriteLock"));
        QCOMPARE(v5.timeout, std::string("{/shop_abc}_SessionTimeout"));
        const ProviderKeys v4 = providerKeys(ProviderLayout::V2to4, "/my_app", "abc");
        QCOMPARE(v4.data, std::string("{/my_app_abc}_Data"));
        QCOMPARE(v4.lock, std::string("{/my_app_abc}_Write_Lock"));
        QCOMPARE(v4.timeout, std::string("{/my_app_abc}_Internal"));
        QCOMPARE(providerKeys(ProviderLayout::V1, "/", "abc").data, std::string("/_abc_Data"));
        for (ProviderLayout l : {ProviderLayout::V5, ProviderLayout::V2to4, ProviderLayout::V1}) {
            const ProviderKeys k = providerKeys(l, "/my_app", "xyz");
            for (auto [name, role] : {std::pair{k.data, ProviderKeyRole::Data},
                                      {k.lock, ProviderKeyRole::Lock},
                                      {k.timeout, ProviderKeyRole::Timeout}}) {
                const auto p = parseProviderKey(name);
                QVERIFY2(p, name.c_str());
                QCOMPARE(p->app, std::string("/my_app"));
                QCOMPARE(p->id, std::string("xyz"));
                QCOMPARE(p->layout, l);
                QCOMPARE(p->role, role);
            }
            // The three keys of a tagged session share a Cluster slot.
            if (l != ProviderLayout::V1) {
                QCOMPARE(redisKeySlot(QByteArray::fromStdString(k.data)),
                         redisKeySlot(QByteArray::fromStdString(k.lock)));
            }
        }
        QVERIFY(!parseProviderKey("user:42"));
        QVERIFY(!parseProviderKey("SessionTimeout"));
        QCOMPARE(redisKeySlot("123456789"), 12739); // the Cluster specification's CRC16 check value 0x31C3
        QCOMPARE(providerScanPattern("/a*b", ""), std::string("*/a\\*b_*"));
        QVERIFY(providerScanPattern("", "").empty());
    }

    void statsCountsEveryApplication()
    {
        const AdminResult r = statsOf(*store);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QJsonObject &s = r.json;
        QCOMPARE(s.value(key(field::kStore)).toString(), QStringLiteral("redis"));
        QCOMPARE(s.value(key(field::kKind)).toString(), QStringLiteral("standalone"));
        QVERIFY(!s.value(key(field::kEndpoint)).toString().contains(QStringLiteral("adminpw")));
        const QJsonObject sessions = s.value(key(field::kSessions)).toObject();
        QCOMPARE(sessions.value(key(field::kActive)).toInteger(), 500);
        QVERIFY(sessions.value(key(field::kExact)).toBool());
        QCOMPARE(sessions.value(key(field::kDbKeys)).toInteger(), 1000); // data + timeout per session
        QMap<QString, qint64> perApp;
        for (const auto &v : s.value(key(field::kApplications)).toArray()) {
            const QJsonObject a = v.toObject();
            perApp[a.value(key(field::kApp)).toString() + u' ' + a.value(key(field::kLayout)).toString()] =
                a.value(key(field::kSessions)).toInteger();
        }
        QCOMPARE(perApp.value(QStringLiteral("/app0 v5")), 150);
        QCOMPARE(perApp.value(QStringLiteral("/app1 v5")), 150);
        QCOMPARE(perApp.value(QStringLiteral("/app0 v2-v4")), 100);
        QCOMPARE(perApp.value(QStringLiteral("/app1 v2-v4")), 100);
        const QJsonObject redis = s.value(key(field::kRedis)).toObject();
        namespace info = field::info;
        QVERIFY(redis.value(key(info::kUsedMemory)).toInteger() > 0);
        QCOMPARE(redis.value(key(info::kMaxMemoryPolicy)).toString(), QStringLiteral("noeviction"));
        QCOMPARE(redis.value(key(info::kPersistence)).toString(), QStringLiteral("off"));
        QCOMPARE(redis.value(key(info::kRole)).toString(), QStringLiteral("master"));
        QVERIFY(redis.value(key(info::kEvalsha)).toObject().value(key(info::kCalls)).toInteger() > 0);
        QVERIFY(s.value(key(field::kMemory)).toObject().value(key(field::kPayloadBytes)).toInteger() > 0);
    }

    void statsEstimatesPastTheCap()
    {
        store->setStatsScanCap(300);
        const AdminResult r = statsOf(*store);
        store->setStatsScanCap(100000);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QJsonObject sessions = r.json.value(key(field::kSessions)).toObject();
        QVERIFY(!sessions.value(key(field::kExact)).toBool());
        QVERIFY(sessions.value(key(field::kScannedKeys)).toInteger() < 1000);
        const qint64 estimate = sessions.value(key(field::kActive)).toInteger();
        QVERIFY2(estimate > 350 && estimate < 650, qPrintable(QString::number(estimate)));
    }

    void listPagesAcrossCursors()
    {
        admin::SessionQuery q;
        q.limit = 37;
        const AdminResult first = pageOf(*store, q);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.json.value(key(field::kSessions)).toArray().size(), 37);
        QVERIFY(!first.json.value(key(field::kTotalExact)).toBool());
        QVERIFY(!first.json.value(key(field::kSorted)).toBool());
        const qint64 estimate = first.json.value(key(field::kTotal)).toInteger();
        QVERIFY2(estimate >= 37 && estimate < 2000, qPrintable(QString::number(estimate)));
        int pages = 0;
        QJsonObject last;
        const QList<QJsonObject> rows = listAll(*store, q, &pages, &last);
        QCOMPARE(rows.size(), 500);
        QSet<QString> unique;
        for (const QJsonObject &row : rows) {
            unique.insert(row.value(key(field::kApp)).toString() + u'/' +
                          row.value(key(field::kId)).toString());
            QCOMPARE(row.value(key(field::kTimeout)).toInt(), 20);
            QVERIFY(row.value(key(field::kTtl)).toInteger() > 1100);
            QVERIFY(row.value(key(field::kBytes)).toInteger() > 150);
            QCOMPARE(row.value(key(field::kItems)).toInt(), 1);
            QVERIFY(row.value(key(field::kCreated)).isNull());
        }
        QCOMPARE(unique.size(), 500);
        QVERIFY(pages >= 500 / 37);
        QVERIFY(last.value(key(field::kTotalExact)).toBool());
        QCOMPARE(last.value(key(field::kTotal)).toInteger(), 500);
        q.cursor = QStringLiteral("nonsense");
        QCOMPARE(pageOf(*store, q).httpStatus, 400);
    }

    void listFiltersByApplicationAndPrefix()
    {
        admin::SessionQuery q;
        q.app = QStringLiteral("/app1");
        q.limit = 100;
        const QList<QJsonObject> rows = listAll(*store, q);
        QCOMPARE(rows.size(), 250);
        for (const QJsonObject &row : rows) {
            QCOMPARE(row.value(key(field::kApp)).toString(), QStringLiteral("/app1"));
        }
        q.prefix = rows.first().value(key(field::kId)).toString().left(20);
        const QList<QJsonObject> some = listAll(*store, q);
        QVERIFY(!some.isEmpty() && some.size() < 250);
        for (const QJsonObject &row : some) {
            QVERIFY(row.value(key(field::kId)).toString().startsWith(q.prefix));
        }
        q.app = QStringLiteral("/app");
        q.prefix.clear();
        QCOMPARE(listAll(*store, q).size(), 0); // an application name is matched whole
    }

    void showDecodesV5AndV4Items()
    {
        const QJsonObject v5 = someRow("v5");
        QVERIFY(!v5.isEmpty());
        AdminResult r =
            showOf(*store, v5.value(key(field::kApp)).toString(), v5.value(key(field::kId)).toString());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QJsonArray items = r.json.value(key(field::kItems)).toArray();
        QCOMPARE(items.size(), 1);
        QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(key(field::kItemKey)).toString(), QStringLiteral("cart"));
        QCOMPARE(item.value(key(field::kType)).toString(), QStringLiteral("System.String"));
        QVERIFY(item.value(key(field::kValue)).toString().startsWith(QStringLiteral("\"xxx")));
        QCOMPARE(r.json.value(key(field::kLayouts)).toArray(), QJsonArray{QStringLiteral("v5")});

        const QJsonObject v4 = someRow("v2-v4");
        QVERIFY(!v4.isEmpty());
        r = showOf(*store, v4.value(key(field::kApp)).toString(), v4.value(key(field::kId)).toString());
        QVERIFY2(r.ok(), qPrintable(r.error));
        items = r.json.value(key(field::kItems)).toArray();
        QCOMPARE(items.size(), 1);
        item = items.first().toObject();
        QCOMPARE(item.value(key(field::kItemKey)).toString(), QStringLiteral("cart"));
        QCOMPARE(item.value(key(field::kTypeId)).toInt(), 20);
        QCOMPARE(item.value(key(field::kClass)).toString(), QStringLiteral("System.String"));
        QVERIFY(item.value(key(field::kValue)).toString().startsWith(QStringLiteral("BinaryFormatter, ")));
        QVERIFY(item.contains(key(field::kPreview)));
        QCOMPARE(r.json.value(key(field::kTimeout)).toInt(), 20);
        QCOMPARE(showOf(*store, QStringLiteral("/app0"), QStringLiteral("nosuchsession")).httpStatus, 404);
    }

    void showReadsOldLayoutsAndUpgrades()
    {
        // A v4 session with a null item (RedisNull) and an object, and a v1 one (no hash tag).
        const std::string id = sessionId(1, 'q');
        const ProviderKeys v4 = providerKeys(ProviderLayout::V2to4, "/legacy", id);
        QVERIFY(
            db3({"HSET", QByteArray::fromStdString(v4.data), "nothing", nrbfRedisNull(), "basket",
                 nrbfClassWithInt32(QStringLiteral("Shop.Basket"), QStringLiteral("Shop, Version=1.0.0.0"),
                                    QStringLiteral("Count"), 3)}));
        QVERIFY(db3({"HSET", QByteArray::fromStdString(v4.timeout), kProviderTimeoutField, "600"}));
        const ProviderKeys v1 = providerKeys(ProviderLayout::V1, "/legacy", sessionId(2, 'q'));
        QVERIFY(db3({"HSET", QByteArray::fromStdString(v1.data), "a", nrbfString(QStringLiteral("old"))}));
        // The same session in v5 too: a v4 -> v5 upgrade in progress.
        for (const RedisCommand &c : v5Session("/legacy", id, QStringLiteral("new"))) {
            QVERIFY(db3(c));
        }
        AdminResult r = showOf(*store, QStringLiteral("/legacy"), QString::fromStdString(id));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.json.value(key(field::kLayouts)).toArray(),
                 (QJsonArray{QStringLiteral("v5"), QStringLiteral("v2-v4")}));
        QCOMPARE(r.json.value(key(field::kItems)).toArray().size(), 2); // v5's: name, visits
        QCOMPARE(
            r.json.value(key(field::kItems)).toArray().at(1).toObject().value(key(field::kValue)).toString(),
            QStringLiteral("7"));
        QVERIFY(
            db3({"DEL", QByteArray::fromStdString(providerKeys(ProviderLayout::V5, "/legacy", id).data)}));
        r = showOf(*store, QStringLiteral("/legacy"), QString::fromStdString(id));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.json.value(key(field::kLayout)).toString(), QStringLiteral("v2-v4"));
        QCOMPARE(r.json.value(key(field::kTimeout)).toInt(), 10);
        QCOMPARE(r.json.value(key(field::kTtl)).toInteger(), -1); // no EXPIRE: never expires
        QMap<QString, QJsonObject> items;
        for (const auto &v : r.json.value(key(field::kItems)).toArray()) {
            items[v.toObject().value(key(field::kItemKey)).toString()] = v.toObject();
        }
        QCOMPARE(items.value(QStringLiteral("nothing")).value(key(field::kType)).toString(),
                 QStringLiteral("null"));
        QCOMPARE(items.value(QStringLiteral("basket")).value(key(field::kType)).toString(),
                 QStringLiteral("Shop.Basket"));
        QCOMPARE(items.value(QStringLiteral("basket")).value(key(field::kAssembly)).toString(),
                 QStringLiteral("Shop, Version=1.0.0.0"));
        r = showOf(*store, QStringLiteral("/legacy"), QString::fromStdString(sessionId(2, 'q')));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.json.value(key(field::kLayout)).toString(), QStringLiteral("v1"));
        QVERIFY(!r.json.value(key(field::kTimeoutStored)).toBool());
        admin::SessionQuery q;
        q.app = QStringLiteral("/legacy");
        QCOMPARE(listAll(*store, q).size(), 2);
    }

    void browsingTakesNoLock()
    {
        QVERIFY(showOf(*store, QStringLiteral("/legacy"), QString::fromStdString(sessionId(1, 'q'))).ok());
        const auto locks = db3({"SCAN", "0", "MATCH", "*Lock", "COUNT", "100000"});
        QVERIFY(locks && locks->elements.size() == 2);
        QCOMPARE(locks->elements.at(1).elements.size(), 0);
    }

    void abandonRespectsTheLock()
    {
        const QJsonObject row = someRow("v5");
        const QString app = row.value(key(field::kApp)).toString(),
                      id = row.value(key(field::kId)).toString();
        const ProviderKeys k = providerKeys(ProviderLayout::V5, app.toStdString(), id.toStdString());
        QVERIFY(db3({"SET", QByteArray::fromStdString(k.lock), lockTicks(5), "EX", "110"}));
        const AdminResult listed = showOf(*store, app, id);
        QVERIFY(listed.json.value(key(field::kLocked)).toBool());
        QVERIFY(std::abs(listed.json.value(key(field::kLockAge)).toInteger() - 5) <= 2);
        QVERIFY(listed.json.value(key(field::kLockTtl)).toInteger() > 100);

        AdminResult r =
            await([&](QObject *c, AdminService::Callback d) { store->abandon(app, id, c, std::move(d)); });
        QCOMPARE(r.httpStatus, 409);
        QVERIFY(r.error.contains(QStringLiteral("locked")));
        QCOMPARE(db3({"EXISTS", QByteArray::fromStdString(k.data)})->integer, 1);
        r = await(
            [&](QObject *c, AdminService::Callback d) { store->abandonForced(app, id, c, std::move(d)); });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.json.value(key(field::kAbandoned)).toBool());
        QVERIFY(r.json.value(key(field::kWasLocked)).toBool());
        QVERIFY(r.json.value(key(field::kForced)).toBool());
        const auto gone = db3({"EXISTS", QByteArray::fromStdString(k.data), QByteArray::fromStdString(k.lock),
                               QByteArray::fromStdString(k.timeout)});
        QCOMPARE(gone->integer, 0);

        const QJsonObject v4 = someRow("v2-v4"); // unlocked: abandoned at once
        r = await([&](QObject *c, AdminService::Callback d) {
            store->abandon(v4.value(key(field::kApp)).toString(), v4.value(key(field::kId)).toString(), c,
                           std::move(d));
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(!r.json.value(key(field::kWasLocked)).toBool());
        QCOMPARE(showOf(*store, v4.value(key(field::kApp)).toString(), v4.value(key(field::kId)).toString())
                     .httpStatus,
                 404);
    }

    void touchRestoresTheTimeout()
    {
        for (const char *layout : {"v5", "v2-v4"}) {
            const QJsonObject row = someRow(layout);
            const QString app = row.value(key(field::kApp)).toString(),
                          id = row.value(key(field::kId)).toString();
            const ProviderKeys k =
                providerKeys(*parseLayoutName(layout), app.toStdString(), id.toStdString());
            QVERIFY(db3({"EXPIRE", QByteArray::fromStdString(k.data), "100"}));
            QVERIFY(db3({"EXPIRE", QByteArray::fromStdString(k.timeout), "100"}));
            const AdminResult r =
                await([&](QObject *c, AdminService::Callback d) { store->touch(app, id, c, std::move(d)); });
            QVERIFY2(r.ok(), qPrintable(r.error));
            QVERIFY(r.json.value(key(field::kTtl)).toInteger() >= 1199);
            QVERIFY(db3({"TTL", QByteArray::fromStdString(k.data)})->integer >= 1199);
            QVERIFY(db3({"TTL", QByteArray::fromStdString(k.timeout)})->integer >= 1199);
        }
        // Without a stored timeout the provider would use its configuration's: refused.
        const QJsonObject row = someRow("v5");
        const ProviderKeys k =
            providerKeys(ProviderLayout::V5, row.value(key(field::kApp)).toString().toStdString(),
                         row.value(key(field::kId)).toString().toStdString());
        QVERIFY(db3({"DEL", QByteArray::fromStdString(k.timeout)}));
        const AdminResult r = await([&](QObject *c, AdminService::Callback d) {
            store->touch(row.value(key(field::kApp)).toString(), row.value(key(field::kId)).toString(), c,
                         std::move(d));
        });
        QCOMPARE(r.httpStatus, 409);
    }

    void authAndUnreachable()
    {
        RedisSessionStore wrong(*parseRedisEndpoint(
            QStringLiteral("redis://admin:nope@127.0.0.1:%1/3").arg(server.port), nullptr));
        AdminResult r = statsOf(wrong);
        QCOMPARE(r.httpStatus, 401);
        RedisSessionStore none(
            *parseRedisEndpoint(QStringLiteral("redis://127.0.0.1:%1").arg(server.port), nullptr));
        r = statsOf(none);
        QCOMPARE(r.httpStatus, 401); // NOAUTH
        RedisSessionStore nobody(*parseRedisEndpoint(
            QStringLiteral("redis://127.0.0.1:%1?connectTimeout=2000").arg(freeLoopbackPort()), nullptr));
        r = statsOf(nobody);
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(r.networkError, QNetworkReply::ConnectionRefusedError);
    }

    void tlsComesFromQt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            QSKIP("the openssl command is not installed (./test.sh installs it)");
        }
        QString cert, keyFile;
        QVERIFY(RedisProcess::makeLoopbackCertificate(dir.path(), &cert, &keyFile));
        RedisProcess tls;
        const quint16 port = freeLoopbackPort();
        QVERIFY(tls.startTls(dir.path(), port, cert, keyFile));
        const QString base = QStringLiteral("rediss://127.0.0.1:%1").arg(port);
        AdminResult r;
        QVERIFY(waitUntil(
            [&] {
                RedisSessionStore trusted(
                    *parseRedisEndpoint(base + QStringLiteral("?sslCaFile=") + cert, nullptr));
                r = statsOf(trusted);
                return r.ok();
            },
            10000));
        QCOMPARE(r.json.value(key(field::kEndpoint)).toString(), base);
        RedisSessionStore untrusted(*parseRedisEndpoint(base, nullptr));
        r = statsOf(untrusted);
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(r.networkError, QNetworkReply::SslHandshakeFailedError);
        QVERIFY(r.error.contains(QStringLiteral("TLS")));
        RedisSessionStore anyCert(*parseRedisEndpoint(base + QStringLiteral("?sslVerify=false"), nullptr));
        QVERIFY(statsOf(anyCert).ok());
    }

    /// `sessionctl events --store`: Session_Start and Session_End from keyspace notifications (turned on by
    /// --enable-notifications; refused with the missing flags otherwise).
    void sessionctlEvents()
    {
        (void)server.call({"CONFIG", "SET", "notify-keyspace-events", ""});
        const Run off = sessionctl({QStringLiteral("events"), QStringLiteral("--store"), url,
                                    QStringLiteral("--count"), QStringLiteral("1")});
        QCOMPARE(off.exitCode, 1);
        QVERIFY2(off.err.contains("lack the flags Egxn"), off.err.constData());
        QProcess follow;
        follow.start(QStringLiteral(SD_SESSIONCTL),
                     {QStringLiteral("events"), QStringLiteral("--store"), url,
                      QStringLiteral("--enable-notifications"), QStringLiteral("--count"),
                      QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY(follow.waitForStarted(5000));
        const std::string id = sessionId(7, 'e');
        const ProviderKeys k = providerKeys(ProviderLayout::V5, "/events", id);
        QTRY_VERIFY_WITH_TIMEOUT(
            server.call({"CONFIG", "GET", "notify-keyspace-events"})->elements.value(1).str.contains('n'),
            5000);
        QTest::qWait(300); // SUBSCRIBE follows the CONFIG SET
        for (const RedisCommand &c : v5Session("/events", id, QStringLiteral("x"))) {
            QVERIFY(db3(c));
        }
        QVERIFY(db3({"DEL", QByteArray::fromStdString(k.data)}));
        QVERIFY(follow.waitForFinished(10000));
        const QList<QByteArray> lines = follow.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject start = QJsonDocument::fromJson(lines[0]).object();
        const QJsonObject end = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(start.value(QStringLiteral("event")).toString(), QStringLiteral("session_start"));
        QCOMPARE(start.value(QStringLiteral("data")).toObject().value(key(field::kApp)).toString(),
                 QStringLiteral("/events"));
        QCOMPARE(end.value(QStringLiteral("event")).toString(), QStringLiteral("session_end"));
        QCOMPARE(end.value(QStringLiteral("data")).toObject().value(key(field::kReason)).toString(),
                 QStringLiteral("abandoned"));
        QCOMPARE(end.value(QStringLiteral("data")).toObject().value(key(field::kId)).toString(),
                 QString::fromStdString(id));
        QCOMPARE(missingNotifyFlags(QStringLiteral("AKE")), QStringLiteral("n"));
        QCOMPARE(missingNotifyFlags(QStringLiteral("Egxn")), QString());
    }

    void sessionctlStore()
    {
        Run r =
            sessionctl({QStringLiteral("stats"), QStringLiteral("--store"), url, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(key(field::kStore)).toString(), QStringLiteral("redis"));
        r = sessionctl({QStringLiteral("stats"), QStringLiteral("--store"), url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("(counted)"));
        r = sessionctl({QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("--store"), url,
                        QStringLiteral("--app"), QStringLiteral("/app1"), QStringLiteral("--limit"),
                        QStringLiteral("7"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        o = QJsonDocument::fromJson(r.out).object();
        const QJsonArray rows = o.value(key(field::kSessions)).toArray();
        QCOMPARE(rows.size(), 7);
        const QString session =
            QStringLiteral("/app1/") + rows.first().toObject().value(key(field::kId)).toString();
        r = sessionctl(
            {QStringLiteral("sessions"), QStringLiteral("show"), session, QStringLiteral("--store"), url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("cart = "), r.out.constData());
        const ProviderLayout layout =
            *parseLayoutName(rows.first().toObject().value(key(field::kLayout)).toString().toStdString());
        const ProviderKeys k = providerKeys(layout, "/app1", session.mid(6).toStdString());
        QVERIFY(db3({"SET", QByteArray::fromStdString(k.lock), lockTicks(1), "EX", "110"}));
        const QStringList abandon{QStringLiteral("sessions"), QStringLiteral("abandon"), session,
                                  QStringLiteral("--store"), url};
        r = sessionctl(abandon);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("locked"));
        r = sessionctl(abandon + QStringList{QStringLiteral("--force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("abandoned"));
    }

    // Long test: the whole Sentinel set-up and the failover.
    void sentinelFailoverIsFollowed()
    {
        RedisProcess master, replica, sentinel;
        QVERIFY(master.start(dir.path(), freeLoopbackPort()));
        QVERIFY(replica.start(
            dir.path(), freeLoopbackPort(),
            {QStringLiteral("--replicaof"), QStringLiteral("127.0.0.1"), QString::number(master.port)}));
        QVERIFY(waitUntil([&] { return replica.info("master_link_status") == "up"; }, 15000));
        LoadOptions o = loadOptions(master.port, ProviderLayout::V5, 100);
        QVERIFY(runLoad(o).fatal.empty());
        QCOMPARE(master.call({"WAIT", "1", "5000"})->integer, 1);
        QVERIFY(sentinel.startSentinel(dir.path(), freeLoopbackPort(), QStringLiteral("shop"), master.port));
        QVERIFY2(waitUntil(
                     [&] {
                         const auto r = sentinel.call({"SENTINEL", "replicas", "shop"});
                         return r && r->elements.size() == 1;
                     },
                     20000),
                 "the sentinel did not find the replica");
        RedisSessionStore viaSentinel(*parseRedisEndpoint(
            QStringLiteral("redis-sentinel://127.0.0.1:%1/shop?failoverWait=30000").arg(sentinel.port),
            nullptr));
        admin::SessionQuery q;
        q.limit = 30;
        AdminResult page = pageOf(viaSentinel, q);
        QVERIFY2(page.ok(), qPrintable(page.error));
        QCOMPARE(statsOf(viaSentinel)
                     .json.value(key(field::kSessions))
                     .toObject()
                     .value(key(field::kActive))
                     .toInteger(),
                 100);

        master.kill9(); // while browsing: the next page must come from the promoted replica
        QElapsedTimer t;
        t.start();
        q.cursor = page.json.value(key(field::kNextCursor)).toString();
        page = pageOf(viaSentinel, q);
        QVERIFY2(page.ok(), qPrintable(page.error));
        qInfo("next page after the master was killed: %lld ms", t.elapsed());
        QCOMPARE(replica.info("role"), QByteArray("master"));
        const AdminResult s = statsOf(viaSentinel);
        QCOMPARE(s.json.value(key(field::kFailovers)).toInt(), 1);
        QCOMPARE(s.json.value(key(field::kNodes))
                     .toArray()
                     .first()
                     .toObject()
                     .value(key(field::kAddress))
                     .toString(),
                 QStringLiteral("127.0.0.1:%1").arg(replica.port));
        QCOMPARE(s.json.value(key(field::kSessions)).toObject().value(key(field::kActive)).toInteger(), 100);
        QCOMPARE(listAll(viaSentinel, admin::SessionQuery{}).size(), 100);
    }

    // Long test: a fake sentinel names a master that then turns into a replica (without the CLIENT KILL a
    // real Sentinel sends), so the open connection answers READONLY to a write.
    void readOnlyReplicaTriggersRediscovery()
    {
        RedisProcess a, b;
        QVERIFY(a.start(dir.path(), freeLoopbackPort()));
        QVERIFY(
            b.start(dir.path(), freeLoopbackPort(),
                    {QStringLiteral("--replicaof"), QStringLiteral("127.0.0.1"), QString::number(a.port)}));
        QVERIFY(waitUntil([&] { return b.info("master_link_status") == "up"; }, 15000));
        const std::string id = sessionId(9, 'r');
        for (const RedisCommand &c : v5Session("/ro", id, QStringLiteral("v"))) {
            QVERIFY(a.call(c));
        }
        QCOMPARE(a.call({"WAIT", "1", "5000"})->integer, 1);

        quint16 masterPort = a.port;
        QTcpServer fake; // answers SENTINEL get-master-addr-by-name with masterPort
        QVERIFY(fake.listen(QHostAddress::LocalHost, 0));
        connect(&fake, &QTcpServer::newConnection, &fake, [&] {
            while (QTcpSocket *s = fake.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, &masterPort] {
                    if (s->readAll().contains("get-master-addr-by-name")) {
                        const QByteArray port = QByteArray::number(masterPort);
                        s->write("*2\r\n$9\r\n127.0.0.1\r\n$" + QByteArray::number(port.size()) + "\r\n" +
                                 port + "\r\n");
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        RedisSessionStore viaFake(*parseRedisEndpoint(
            QStringLiteral("redis-sentinel://127.0.0.1:%1/ro?failoverWait=10000").arg(fake.serverPort()),
            nullptr));
        QVERIFY(showOf(viaFake, QStringLiteral("/ro"), QString::fromStdString(id)).ok());

        QVERIFY(b.call({"REPLICAOF", "NO", "ONE"}));
        QVERIFY(a.call({"REPLICAOF", "127.0.0.1", QByteArray::number(b.port)}));
        QVERIFY(waitUntil([&] { return a.info("master_link_status") == "up"; }, 15000));
        masterPort = b.port;
        const AdminResult r = await([&](QObject *c, AdminService::Callback d) {
            viaFake.touch(QStringLiteral("/ro"), QString::fromStdString(id), c, std::move(d));
        });
        QVERIFY2(r.ok(), qPrintable(r.error));
        const AdminResult s = statsOf(viaFake);
        QCOMPARE(s.json.value(key(field::kFailovers)).toInt(), 1);
        const QString events =
            QString::fromUtf8(QJsonDocument(s.json.value(key(field::kEvents)).toArray()).toJson());
        QVERIFY2(events.contains(QStringLiteral("READONLY")), qPrintable(events));
    }

    // Long test: the cluster set-up, then browsing and a moved slot.
    void clusterIsBrowsedAcrossSlots()
    {
        // Three masters on P, P+1, P+2; their cluster bus on P+10000...
        RedisCluster three;
        QString why;
        QVERIFY2(three.start(dir.path(), &why), qPrintable(why));
        auto &nodes = three.nodes;
        auto &ids = three.ids;
        const quint16 base = three.base;

        const QString clusterUrl = QStringLiteral("redis-cluster://127.0.0.1:%1").arg(base);
        RedisClient writer(*parseRedisEndpoint(clusterUrl, nullptr));
        QList<RedisCommand> writes;
        for (int n = 0; n < 200; ++n) {
            writes += v5Session(n % 2 ? "/shop" : "/blog", sessionId(n, 'c'), QStringLiteral("c%1").arg(n));
        }
        for (int n = 0; n < 20; ++n) {
            const ProviderKeys k = providerKeys(ProviderLayout::V2to4, "/shop", sessionId(n, 'd'));
            writes.append({"HSET", QByteArray::fromStdString(k.data), "x", nrbfString(QStringLiteral("d"))});
            writes.append({"HSET", QByteArray::fromStdString(k.timeout), kProviderTimeoutField, "1200"});
        }
        QString error;
        const auto written = writer.pipeline(writes, &error);
        QVERIFY2(written, qPrintable(error));
        for (const RedisReply &r : *written) {
            QVERIFY2(!r.isError(), r.str.constData());
        }

        RedisSessionStore cluster(*parseRedisEndpoint(clusterUrl, nullptr));
        const AdminResult s = statsOf(cluster);
        QVERIFY2(s.ok(), qPrintable(s.error));
        QCOMPARE(s.json.value(key(field::kKind)).toString(), QStringLiteral("cluster"));
        QCOMPARE(s.json.value(key(field::kSessions)).toObject().value(key(field::kActive)).toInteger(), 220);
        const QJsonArray perNode = s.json.value(key(field::kNodes)).toArray();
        QCOMPARE(perNode.size(), 3);
        for (const auto &v : perNode) {
            QVERIFY(v.toObject().value(key(field::kDbKeys)).toInteger() > 50);
        }
        admin::SessionQuery q;
        q.limit = 50;
        const QList<QJsonObject> rows = listAll(cluster, q);
        QSet<QString> unique;
        for (const QJsonObject &row : rows) {
            unique.insert(row.value(key(field::kApp)).toString() + u'/' +
                          row.value(key(field::kId)).toString());
        }
        QCOMPARE(rows.size(), 220);
        QCOMPARE(unique.size(), 220);

        // Move the slot of one session to another master; the store's slot map is then stale: MOVED.
        const std::string id = sessionId(7, 'c');
        const ProviderKeys k = providerKeys(ProviderLayout::V5, "/shop", id);
        const int slot = redisKeySlot(QByteArray::fromStdString(k.data));
        const int from = slot <= 5460 ? 0 : slot <= 10922 ? 1 : 2, to = (from + 1) % 3;
        const QByteArray slotText = QByteArray::number(slot);
        QVERIFY(nodes[to].call({"CLUSTER", "SETSLOT", slotText, "IMPORTING", ids[from]}));
        QVERIFY(nodes[from].call({"CLUSTER", "SETSLOT", slotText, "MIGRATING", ids[to]}));
        const auto keys = nodes[from].call({"CLUSTER", "GETKEYSINSLOT", slotText, "100"});
        QVERIFY(keys && !keys->elements.isEmpty());
        RedisCommand migrate{"MIGRATE", "127.0.0.1", QByteArray::number(nodes[to].port), "", "0",
                             "5000",    "KEYS"};
        for (const RedisReply &kk : keys->elements) {
            migrate << kk.str;
        }
        const auto migrated = nodes[from].call(migrate);
        QVERIFY2(migrated && migrated->str == "OK", migrated ? migrated->str.constData() : "no answer");
        for (auto &n : nodes) {
            QVERIFY(n.call({"CLUSTER", "SETSLOT", slotText, "NODE", ids[to]}));
        }
        const AdminResult shown = showOf(cluster, QStringLiteral("/shop"), QString::fromStdString(id));
        QVERIFY2(shown.ok(), qPrintable(shown.error));
        QCOMPARE(shown.json.value(key(field::kItems)).toArray().size(), 2);
        const AdminResult touched = await([&](QObject *c, AdminService::Callback d) {
            cluster.touch(QStringLiteral("/shop"), QString::fromStdString(id), c, std::move(d));
        });
        QVERIFY2(touched.ok(), qPrintable(touched.error));
        QVERIFY(statsOf(cluster).json.value(key(field::kRedirections)).toInt() >= 1);
        const AdminResult abandoned = await([&](QObject *c, AdminService::Callback d) {
            cluster.abandon(QStringLiteral("/shop"), QString::fromStdString(id), c, std::move(d));
        });
        QVERIFY2(abandoned.ok(), qPrintable(abandoned.error));
        QCOMPARE(nodes[to].call({"EXISTS", QByteArray::fromStdString(k.data)})->integer, 0);
    }

    void cleanupTestCase()
    {
        store.reset();
        server.kill9();
    }
};

QTEST_GUILESS_MAIN(TestRedisStore)
#include "tst_redisstore.moc"
