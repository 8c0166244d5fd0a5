// SPDX-License-Identifier: GPL-3.0-or-later
// sessionstated --persist (server/sessionpersist.h): SQLite in the ASPState schema on a temporary file,
// sessions written behind the store and read back, removal, expiry, batched and full sync.
#include "server/sessionpersist.h"
#include "stateproto/sessionstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <chrono>
#include <set>
#include <thread>

using namespace sd;

namespace {

const std::string kApp = "/LM/W3SVC/1/ROOT/shop(Ab3d)/";

/// A read-only look at the database file with plain sqlite3, independent of the persister.
struct Db
{
    sqlite3 *db = nullptr;
    explicit Db(const std::string &path)
    {
        sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    }
    ~Db() { sqlite3_close(db); }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;
    /// The rows of `sql`, each column as text ("NULL" for NULL).
    std::vector<std::vector<std::string>> rows(const char *sql) const
    {
        std::vector<std::vector<std::string>> out;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            return {{std::string("ERROR: ") + sqlite3_errmsg(db)}};
        while (sqlite3_step(s) == SQLITE_ROW) {
            std::vector<std::string> row;
            for (int i = 0; i < sqlite3_column_count(s); ++i) {
                const auto *t = reinterpret_cast<const char *>(sqlite3_column_text(s, i));
                row.emplace_back(t ? t : "NULL");
            }
            out.push_back(std::move(row));
        }
        sqlite3_finalize(s);
        return out;
    }
    std::string scalar(const char *sql) const
    {
        const auto r = rows(sql);
        return r.empty() || r[0].empty() ? std::string() : r[0][0];
    }
};

/// The column names of `table`, in order.
std::vector<std::string> columns(const Db &db, const std::string &table)
{
    std::vector<std::string> out;
    for (const auto &row : db.rows(("PRAGMA table_info(" + table + ")").c_str()))
        out.push_back(row.size() > 1 ? row[1] : row[0]);
    return out;
}

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

class TestPersist : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    PersistOptions options(PersistOptions::Sync sync, int flushMs = 20)
    {
        PersistOptions o;
        o.path = m_dir.filePath(QStringLiteral("state%1.db").arg(++m_files)).toStdString();
        o.sync = sync;
        o.flushIntervalMs = flushMs;
        return o;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aspStateIds()
    {
        QCOMPARE(aspStateSessionId("abc", -1), std::string("abcffffffff"));
        QCOMPARE(aspStateSessionId("abc", 255), std::string("abc000000ff"));
        QCOMPARE(aspStateAppHash("/W3SVC/1/ROOT"), aspStateAppHash("/w3svc/1/root"));
    }

    void schema()
    {
        const PersistOptions o = options(PersistOptions::Sync::Batched);
        SqlitePersistence p;
        std::string error;
        QVERIFY2(p.open(o, &error), error.c_str());
        Db db(o.path);
        QCOMPARE(db.scalar("PRAGMA journal_mode"), std::string("wal"));
        QCOMPARE(columns(db, "ASPStateTempApplications"), (std::vector<std::string>{"AppId", "AppName"}));
        QCOMPARE(columns(db, "ASPStateTempSessions"),
                 (std::vector<std::string>{"SessionId", "Created", "Expires", "LockDate", "LockDateLocal",
                                           "LockCookie", "Timeout", "Locked", "SessionItemShort",
                                           "SessionItemLong", "Flags"}));
        QCOMPARE(columns(db, "SessionDeskCounters"), (std::vector<std::string>{"Name", "Value"}));
        std::set<std::string> indexes;
        for (const auto &row :
             db.rows("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'Index_%'"))
            indexes.insert(row[0]);
        QCOMPARE(indexes, (std::set<std::string>{"Index_AppName", "Index_Expires"}));
        // Opening again keeps the schema (CREATE ... IF NOT EXISTS).
        SqlitePersistence again;
        QVERIFY2(again.open(o, &error), error.c_str());
    }

    void openFailureNamesTheFile()
    {
        PersistOptions o;
        o.path = m_dir.filePath(QStringLiteral("missing/dir/state.db")).toStdString();
        SqlitePersistence p;
        std::string error;
        QVERIFY(!p.open(o, &error));
        QVERIFY2(error.find(o.path) == 0, error.c_str());
    }

    void writeAndReload_data()
    {
        QTest::addColumn<int>("sync");
        QTest::newRow("batched") << int(PersistOptions::Sync::Batched);
        QTest::newRow("full") << int(PersistOptions::Sync::Full);
    }
    void writeAndReload()
    {
        QFETCH(int, sync);
        const PersistOptions o = options(PersistOptions::Sync(sync));
        const std::string longContent(9000, 'L'); // over ITEM_SHORT_LENGTH (7000): SessionItemLong
        {
            SessionStore store;
            SqlitePersistence p;
            std::string error;
            QVERIFY2(p.open(o, &error), error.c_str());
            PersistLoadStats stats;
            QVERIFY2(p.load(store, &stats, &error), error.c_str());
            QCOMPARE(stats.loaded, 0);
            p.start(&store.counters());
            store.setObserver(&p);
            QCOMPARE(store.setAndReleaseItemExclusive(kApp + "short", "abc", 20, std::nullopt, 0).status,
                     200);
            QCOMPARE(store.setAndReleaseItemExclusive(kApp + "long", longContent, 45, std::nullopt, 0).status,
                     200);
            QCOMPARE(store.setAndReleaseItemExclusive("/other/x", "y", 5, std::nullopt, 0).status, 200);
            QCOMPARE(*store.getItemExclusive(kApp + "short").lockCookie, 2); // locked when saved
            p.stop();
            QCOMPARE(p.lastError(), std::string());
            QVERIFY(p.committed().load() > 0);
            store.setObserver(nullptr);
        }
        Db db(o.path);
        const auto apps = db.rows("SELECT AppId, AppName FROM ASPStateTempApplications ORDER BY AppName");
        QCOMPARE(apps.size(), std::size_t(2));
        QCOMPARE(apps[0][1], kApp); // "/LM/..." sorts before "/other/"
        const std::int32_t appId = aspStateAppHash(kApp);
        QCOMPARE(apps[0][0], std::to_string(appId));
        const std::string shortId = aspStateSessionId("short", appId);
        const auto row =
            db.rows(("SELECT Timeout, Locked, LockCookie, length(SessionItemShort), SessionItemLong "
                     "FROM ASPStateTempSessions WHERE SessionId = '" +
                     shortId + "'")
                        .c_str());
        QCOMPARE(row.size(), std::size_t(1));
        QCOMPARE(row[0], (std::vector<std::string>{"20", "1", "2", "3", "NULL"}));
        const std::string longId = aspStateSessionId("long", appId);
        QCOMPARE(db.scalar(("SELECT length(SessionItemLong) FROM ASPStateTempSessions WHERE SessionId = '" +
                            longId + "' AND SessionItemShort IS NULL")
                               .c_str()),
                 std::string("9000"));
        QCOMPARE(
            db.scalar("SELECT Value FROM SessionDeskCounters WHERE Name = 'State Server Sessions Total'"),
            std::string("3"));

        // A fresh store reads everything back.
        SessionStore store;
        SqlitePersistence p;
        std::string error;
        QVERIFY2(p.open(o, &error), error.c_str());
        PersistLoadStats stats;
        QVERIFY2(p.load(store, &stats, &error), error.c_str());
        QCOMPARE(stats.loaded, 3);
        QCOMPARE(stats.expired, 0);
        QCOMPARE(store.size(), std::size_t(3));
        const auto s = store.snapshot(kApp + "short");
        QVERIFY(s);
        QCOMPARE(s->content, std::string("abc"));
        QCOMPARE(s->timeoutMinutes, 20);
        QVERIFY(s->locked);
        QCOMPARE(s->lockCookie, 2);
        QVERIFY(s->expiresUnixMs > nowMs());
        QVERIFY(s->createdUnixMs <= nowMs());
        QCOMPARE(store.snapshot(kApp + "long")->content, longContent);
        QCOMPARE(store.snapshot(kApp + "long")->timeoutMinutes, 45);
        QCOMPARE(store.snapshot("/other/x")->content, std::string("y"));
        QCOMPARE(store.counters().sessionsTotal.load(), 3);
        // The restored lock is still held with the saved cookie.
        QCOMPARE(store.getItem(kApp + "short").status, 423);
        QCOMPARE(store.releaseItemExclusive(kApp + "short", 2).status, 200);
    }

    void removalDeletesTheRow()
    {
        const PersistOptions o = options(PersistOptions::Sync::Full);
        SessionStore store;
        SqlitePersistence p;
        std::string error;
        QVERIFY2(p.open(o, &error), error.c_str());
        QVERIFY(p.load(store, nullptr, &error));
        p.start(&store.counters());
        store.setObserver(&p);
        store.setAndReleaseItemExclusive(kApp + "a", "1", 20, std::nullopt, 0);
        store.setAndReleaseItemExclusive(kApp + "b", "2", 20, std::nullopt, 0);
        QCOMPARE(store.removeItem(kApp + "a", std::nullopt).status, 200);
        p.stop();
        store.setObserver(nullptr);
        Db db(o.path);
        QCOMPARE(db.scalar("SELECT count(*) FROM ASPStateTempSessions"), std::string("1"));
        QCOMPARE(db.scalar("SELECT SessionId FROM ASPStateTempSessions"),
                 aspStateSessionId("b", aspStateAppHash(kApp)));
        QCOMPARE(
            db.scalar("SELECT Value FROM SessionDeskCounters WHERE Name = 'State Server Sessions Abandoned'"),
            std::string("1"));
        SessionStore reloaded;
        SqlitePersistence q;
        QVERIFY(q.open(o, &error));
        QVERIFY(q.load(reloaded, nullptr, &error));
        QVERIFY(!reloaded.snapshot(kApp + "a"));
        QVERIFY(reloaded.snapshot(kApp + "b"));
        QCOMPARE(reloaded.counters().sessionsAbandoned.load(), 1);
    }

    void expiredRowsAreDroppedAtLoad()
    {
        const PersistOptions o = options(PersistOptions::Sync::Batched);
        const std::int64_t hourAgo = nowMs() - 3'600'000;
        {
            SessionStore store;
            store.setClock([hourAgo] { return hourAgo; }); // written an hour ago
            SqlitePersistence p;
            std::string error;
            QVERIFY(p.open(o, &error));
            QVERIFY(p.load(store, nullptr, &error));
            p.start(&store.counters());
            store.setObserver(&p);
            store.setAndReleaseItemExclusive(kApp + "old", "x", 1, std::nullopt, 0); // expired 59 minutes ago
            store.setAndReleaseItemExclusive(kApp + "alive", "y", 120, std::nullopt, 0); // an hour left
            p.stop();
            store.setObserver(nullptr);
        }
        SessionStore store;
        SqlitePersistence p;
        std::string error;
        QVERIFY(p.open(o, &error));
        PersistLoadStats stats;
        QVERIFY(p.load(store, &stats, &error));
        QCOMPARE(stats.loaded, 1);
        QCOMPARE(stats.expired, 1);
        QVERIFY(store.snapshot(kApp + "alive"));
        QCOMPARE(store.counters().sessionsTimedOut.load(), 1); // counted as timed out
        Db db(o.path);
        QCOMPARE(db.scalar("SELECT count(*) FROM ASPStateTempSessions"), std::string("1"));
        // DeleteExpiredSessions on its own: the remaining row expires in about an hour.
        QCOMPARE(p.deleteExpiredSessions(nowMs()), 0);
        QCOMPARE(p.deleteExpiredSessions(nowMs() + 2 * 3'600'000), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM ASPStateTempSessions"), std::string("0"));
    }

    void fullSyncCommitsEachChange()
    {
        const PersistOptions o = options(PersistOptions::Sync::Full);
        SessionStore store;
        SqlitePersistence p;
        std::string error;
        QVERIFY(p.open(o, &error));
        QVERIFY(p.load(store, nullptr, &error));
        std::atomic<int> commits{0};
        p.setCommitCallback([&commits] { ++commits; });
        p.start(&store.counters());
        store.setObserver(&p);
        store.setAndReleaseItemExclusive(kApp + "f", "1", 20, std::nullopt, 0);
        const std::uint64_t seq = p.committed().load() + 1;
        // Full sync wakes the writer at once: committed well before the 1 s batch interval.
        QTRY_VERIFY_WITH_TIMEOUT(p.committed().load() >= seq, 900);
        QVERIFY(commits.load() >= 1);
        Db db(o.path);
        QCOMPARE(db.scalar("SELECT count(*) FROM ASPStateTempSessions"), std::string("1"));
        p.stop();
        store.setObserver(nullptr);
    }

    void batchedSyncWaitsForTheInterval()
    {
        const PersistOptions o = options(PersistOptions::Sync::Batched, 60'000);
        SessionStore store;
        SqlitePersistence p;
        std::string error;
        QVERIFY(p.open(o, &error));
        QVERIFY(p.load(store, nullptr, &error));
        p.start(&store.counters());
        store.setObserver(&p);
        for (int i = 0; i < 50; ++i)
            store.setAndReleaseItemExclusive(kApp + "b" + std::to_string(i), "x", 20, std::nullopt, 0);
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        QCOMPARE(p.committed().load(), std::uint64_t(0)); // nothing on disk before the 60 s flush
        p.stop();                                         // stop commits what is pending
        store.setObserver(nullptr);
        QVERIFY(p.committed().load() > 0);
        Db db(o.path);
        QCOMPARE(db.scalar("SELECT count(*) FROM ASPStateTempSessions"), std::string("50"));
    }
};

QTEST_GUILESS_MAIN(TestPersist)
#include "tst_persist.moc"
