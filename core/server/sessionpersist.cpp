// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sessionpersist.h"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>

namespace sd {

namespace {

constexpr int kItemShortLength = 7000; // ITEM_SHORT_LENGTH: SessionItemShort holds up to 7000 bytes

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// 'YYYY-MM-DD HH:MM:SS.mmm', UTC or local: SQL Server's datetime shape, sortable as text.
std::string dateText(std::int64_t unixMs, bool local)
{
    const std::time_t t = std::time_t(unixMs >= 0 ? unixMs / 1000 : (unixMs - 999) / 1000);
    std::tm tm{};
    if (local)
        localtime_r(&t, &tm);
    else
        gmtime_r(&t, &tm);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d.%03d", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, int(((unixMs % 1000) + 1000) % 1000));
    return buf;
}

std::int64_t parseUtcDate(const char *text)
{
    if (!text)
        return 0;
    std::tm tm{};
    int ms = 0;
    if (std::sscanf(text, "%d-%d-%d %d:%d:%d.%d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                    &tm.tm_min, &tm.tm_sec, &ms) < 6)
        return 0;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return std::int64_t(timegm(&tm)) * 1000 + ms;
}

struct Stmt
{
    sqlite3_stmt *s = nullptr;
    Stmt(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &s, nullptr); }
    ~Stmt() { sqlite3_finalize(s); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    Stmt &text(int i, const std::string &v)
    {
        sqlite3_bind_text(s, i, v.data(), int(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Stmt &integer(int i, std::int64_t v)
    {
        sqlite3_bind_int64(s, i, v);
        return *this;
    }
    Stmt &blob(int i, const std::string *v)
    {
        if (v)
            sqlite3_bind_blob(s, i, v->data(), int(v->size()), SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(s, i);
        return *this;
    }
    int step()
    {
        const int rc = sqlite3_step(s);
        if (rc != SQLITE_ROW) {
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
        }
        return rc;
    }
};

} // namespace

std::int32_t aspStateAppHash(std::string_view appName)
{
    std::uint32_t hash = 5381;
    for (unsigned char c : appName) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<unsigned char>(c - 'A' + 'a');
        hash = ((hash << 5) + hash) ^ c;
    }
    return std::int32_t(hash);
}

std::string aspStateSessionId(std::string_view sessionIdPart, std::int32_t appId)
{
    char suffix[9];
    std::snprintf(suffix, sizeof suffix, "%08x", std::uint32_t(appId));
    return std::string(sessionIdPart) + suffix;
}

SqlitePersistence::SqlitePersistence() = default;

SqlitePersistence::~SqlitePersistence()
{
    stop();
    if (m_db)
        sqlite3_close(m_db);
}

bool SqlitePersistence::exec(const char *sql, std::string *error)
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) == SQLITE_OK)
        return true;
    if (error)
        *error = m_options.path + ": " + (msg ? msg : "SQLite error");
    sqlite3_free(msg);
    return false;
}

bool SqlitePersistence::open(const PersistOptions &options, std::string *error)
{
    m_options = options;
    if (sqlite3_open_v2(options.path.c_str(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        if (error)
            *error = options.path + ": " + (m_db ? sqlite3_errmsg(m_db) : "cannot open");
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    const bool full = options.sync == PersistOptions::Sync::Full;
    return exec("PRAGMA journal_mode=WAL", error) &&
           exec(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL", error) &&
           exec("CREATE TABLE IF NOT EXISTS ASPStateTempApplications ("
                " AppId INTEGER NOT NULL PRIMARY KEY, AppName TEXT NOT NULL);"
                "CREATE INDEX IF NOT EXISTS Index_AppName ON ASPStateTempApplications(AppName);"
                "CREATE TABLE IF NOT EXISTS ASPStateTempSessions ("
                " SessionId TEXT NOT NULL PRIMARY KEY,"
                " Created TEXT NOT NULL,"
                " Expires TEXT NOT NULL,"
                " LockDate TEXT NOT NULL,"
                " LockDateLocal TEXT NOT NULL,"
                " LockCookie INTEGER NOT NULL,"
                " Timeout INTEGER NOT NULL,"
                " Locked INTEGER NOT NULL,"
                " SessionItemShort BLOB NULL,"
                " SessionItemLong BLOB NULL,"
                " Flags INTEGER NOT NULL DEFAULT 0);"
                "CREATE INDEX IF NOT EXISTS Index_Expires ON ASPStateTempSessions(Expires);"
                "CREATE TABLE IF NOT EXISTS SessionDeskCounters (Name TEXT NOT NULL PRIMARY KEY, Value "
                "INTEGER NOT NULL);",
                error);
}

int SqlitePersistence::deleteExpiredSessions(std::int64_t nowUnixMs)
{
    Stmt del(m_db, "DELETE FROM ASPStateTempSessions WHERE Expires < ?");
    del.text(1, dateText(nowUnixMs, false)).step();
    return sqlite3_changes(m_db);
}

bool SqlitePersistence::load(SessionStore &store, PersistLoadStats *stats, std::string *error)
{
    PersistLoadStats st;
    st.expired = deleteExpiredSessions(nowMs());
    {
        Stmt apps(m_db, "SELECT AppId, AppName FROM ASPStateTempApplications");
        while (apps.step() == SQLITE_ROW) {
            const auto *name = reinterpret_cast<const char *>(sqlite3_column_text(apps.s, 1));
            m_appIds[name ? name : ""] = std::int32_t(sqlite3_column_int64(apps.s, 0));
        }
    }
    std::unordered_map<std::string, std::string> nameBySuffix;
    for (const auto &[name, id] : m_appIds)
        nameBySuffix[aspStateSessionId("", id)] = name;
    Stmt rows(m_db, "SELECT SessionId, Created, Expires, LockDate, LockCookie, Timeout, Locked, "
                    "SessionItemShort, SessionItemLong, Flags "
                    "FROM ASPStateTempSessions");
    int rc;
    while ((rc = rows.step()) == SQLITE_ROW) {
        const auto *sid = reinterpret_cast<const char *>(sqlite3_column_text(rows.s, 0));
        const std::string sessionId = sid ? sid : "";
        if (sessionId.size() < 8)
            continue;
        const auto app = nameBySuffix.find(sessionId.substr(sessionId.size() - 8));
        if (app == nameBySuffix.end())
            continue; // a row whose application is unknown cannot be addressed by any client
        SessionSnapshot s;
        s.key = app->second + sessionId.substr(0, sessionId.size() - 8);
        s.createdUnixMs = parseUtcDate(reinterpret_cast<const char *>(sqlite3_column_text(rows.s, 1)));
        s.expiresUnixMs = parseUtcDate(reinterpret_cast<const char *>(sqlite3_column_text(rows.s, 2)));
        s.lockDateUnixMs = parseUtcDate(reinterpret_cast<const char *>(sqlite3_column_text(rows.s, 3)));
        s.lockCookie = std::int32_t(sqlite3_column_int64(rows.s, 4));
        s.timeoutMinutes = std::int32_t(sqlite3_column_int64(rows.s, 5));
        s.locked = sqlite3_column_int64(rows.s, 6) != 0;
        const int col = sqlite3_column_type(rows.s, 7) != SQLITE_NULL ? 7 : 8;
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(rows.s, col));
        s.content.assign(blob ? blob : "", std::size_t(sqlite3_column_bytes(rows.s, col)));
        s.extraFlags = std::int32_t(sqlite3_column_int64(rows.s, 9));
        store.restore(std::move(s));
        ++st.loaded;
    }
    if (rc != SQLITE_DONE) {
        if (error)
            *error = m_options.path + ": " + sqlite3_errmsg(m_db);
        return false;
    }
    std::int64_t total = 0, abandoned = 0, timedOut = 0;
    Stmt counters(m_db, "SELECT Name, Value FROM SessionDeskCounters");
    while (counters.step() == SQLITE_ROW) {
        const std::string name = reinterpret_cast<const char *>(sqlite3_column_text(counters.s, 0));
        const std::int64_t v = sqlite3_column_int64(counters.s, 1);
        if (name == "State Server Sessions Total")
            total = v;
        else if (name == "State Server Sessions Abandoned")
            abandoned = v;
        else if (name == "State Server Sessions Timed Out")
            timedOut = v;
    }
    store.restoreCounters(total, abandoned, timedOut + st.expired);
    if (stats)
        *stats = st;
    return true;
}

std::int32_t SqlitePersistence::appIdFor(const std::string &appName)
{
    const auto it = m_appIds.find(appName);
    if (it != m_appIds.end())
        return it->second;
    // TempGetAppID: the hash of the lower-cased name; on a collision with another name, the next free id
    // (ASPState raises an error there instead; see docs/protocol.md).
    std::int32_t id = aspStateAppHash(appName);
    for (;;) {
        bool taken = false;
        for (const auto &[name, other] : m_appIds)
            if (other == id)
                taken = true;
        if (!taken)
            break;
        id = std::int32_t(std::uint32_t(id) + 1);
    }
    Stmt ins(m_db, "INSERT OR REPLACE INTO ASPStateTempApplications (AppId, AppName) VALUES (?, ?)");
    ins.integer(1, id).text(2, appName).step();
    m_appIds[appName] = id;
    return id;
}

std::uint64_t SqlitePersistence::sessionChanged(const SessionView &s, bool contentChanged, bool touchOnly)
{
    std::lock_guard lock(m_mutex);
    const std::uint64_t seq = ++m_sequence;
    auto [it, inserted] = m_pending.try_emplace(std::string(s.key));
    Pending &p = it->second;
    const Pending::Kind kind = contentChanged ? Pending::Full : touchOnly ? Pending::Touch : Pending::Lock;
    if (inserted || kind == Pending::Full || p.kind == Pending::Remove) {
        p.kind = kind == Pending::Full || p.kind == Pending::Remove ? Pending::Full : kind;
        p.s.content.assign(p.kind == Pending::Full ? s.content : std::string_view());
    } else {
        p.kind = std::max(p.kind, kind); // a Full row keeps its content; only the other fields change
    }
    p.s.timeoutMinutes = s.timeoutMinutes;
    p.s.lockCookie = s.lockCookie;
    p.s.extraFlags = s.extraFlags;
    p.s.locked = s.locked;
    p.s.lockDateUnixMs = s.lockDateUnixMs;
    p.s.createdUnixMs = s.createdUnixMs;
    p.s.expiresUnixMs = s.expiresUnixMs;
    if (m_options.sync == PersistOptions::Sync::Full && !touchOnly)
        m_cv.notify_one();
    return seq;
}

std::uint64_t SqlitePersistence::sessionRemoved(const std::string &key, EndReason)
{
    std::lock_guard lock(m_mutex);
    const std::uint64_t seq = ++m_sequence;
    Pending &p = m_pending[key];
    p.kind = Pending::Remove;
    p.s.content.clear();
    if (m_options.sync == PersistOptions::Sync::Full)
        m_cv.notify_one();
    return seq;
}

void SqlitePersistence::start(const StoreCounters *counters)
{
    m_counters = counters;
    m_thread = std::thread([this] { writerLoop(); });
}

void SqlitePersistence::stop()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_thread.joinable())
            return;
        m_stop = true;
    }
    m_cv.notify_one();
    m_thread.join();
}

std::string SqlitePersistence::lastError() const
{
    std::lock_guard lock(m_mutex);
    return m_lastError;
}

void SqlitePersistence::writerLoop()
{
    const bool full = m_options.sync == PersistOptions::Sync::Full;
    const auto interval = std::chrono::milliseconds(full ? 1000 : std::max(1, m_options.flushIntervalMs));
    auto lastExpirySweep = std::chrono::steady_clock::now();
    for (;;) {
        std::unordered_map<std::string, Pending> batch;
        std::uint64_t seq = 0;
        bool stopping = false;
        {
            std::unique_lock lock(m_mutex);
            if (full)
                m_cv.wait_for(lock, interval, [this] { return m_stop || !m_pending.empty(); });
            else
                m_cv.wait_for(lock, interval, [this] { return m_stop; });
            batch.swap(m_pending);
            seq = m_sequence;
            stopping = m_stop;
        }
        if (!batch.empty()) {
            if (writeBatch(batch)) {
                m_committed.store(seq, std::memory_order_release);
                if (m_onCommit)
                    m_onCommit();
            } else {
                // Keep the batch for the next attempt; changes made since are newer and win.
                std::lock_guard lock(m_mutex);
                for (auto &[key, p] : batch) {
                    auto [it, inserted] = m_pending.try_emplace(key, std::move(p));
                    if (!inserted && p.kind == Pending::Full && it->second.kind < Pending::Full) {
                        it->second.kind =
                            Pending::Full; // newer lock/expiry fields, the failed batch's content
                        it->second.s.content = std::move(p.s.content);
                    }
                }
            }
        }
        const auto now = std::chrono::steady_clock::now();
        if (now - lastExpirySweep >= std::chrono::minutes(1)) {
            lastExpirySweep = now;
            deleteExpiredSessions(nowMs()); // the ASPState_Job_DeleteExpiredSessions equivalent
        }
        if (stopping) {
            std::lock_guard lock(m_mutex);
            if (m_pending.empty())
                return;
        }
    }
}

/// The statements one batch runs, prepared once per batch.
struct SqlitePersistence::Statements
{
    explicit Statements(sqlite3 *db)
        : upsert(db,
                 "INSERT INTO ASPStateTempSessions (SessionId, Created, Expires, LockDate, LockDateLocal, "
                 "LockCookie, Timeout, Locked, "
                 "SessionItemShort, SessionItemLong, Flags) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT(SessionId) DO UPDATE SET Expires = excluded.Expires, LockDate = "
                 "excluded.LockDate, "
                 "LockDateLocal = excluded.LockDateLocal, LockCookie = excluded.LockCookie, Timeout = "
                 "excluded.Timeout, "
                 "Locked = excluded.Locked, SessionItemShort = excluded.SessionItemShort, SessionItemLong = "
                 "excluded.SessionItemLong, "
                 "Flags = excluded.Flags"),
          lockUpdate(db, "UPDATE ASPStateTempSessions SET Expires = ?, LockDate = ?, LockDateLocal = ?, "
                         "LockCookie = ?, Timeout = ?, "
                         "Locked = ?, Flags = ? WHERE SessionId = ?"),
          touch(db, "UPDATE ASPStateTempSessions SET Expires = ? WHERE SessionId = ?"),
          remove(db, "DELETE FROM ASPStateTempSessions WHERE SessionId = ?")
    {}
    Stmt upsert, lockUpdate, touch, remove;
};

bool SqlitePersistence::writeBatch(std::unordered_map<std::string, Pending> &batch)
{
    std::string error;
    if (!exec("BEGIN IMMEDIATE", &error))
        return batchFailed(error);
    Statements st(m_db);
    bool ok = true;
    for (auto &[key, p] : batch) {
        if (writeChange(st, rowSessionId(key), p) != SQLITE_DONE) {
            ok = false;
            break;
        }
    }
    if (ok && m_counters)
        saveCounters();
    if (!ok || !exec("COMMIT", &error)) {
        if (error.empty())
            error = m_options.path + ": " + sqlite3_errmsg(m_db);
        exec("ROLLBACK", nullptr);
        return batchFailed(error);
    }
    return true;
}

std::string SqlitePersistence::rowSessionId(const std::string &key)
{
    const std::size_t slash = key.rfind('/');
    const std::string appName = slash == std::string::npos ? std::string() : key.substr(0, slash + 1);
    return aspStateSessionId(slash == std::string::npos ? std::string_view(key)
                                                        : std::string_view(key).substr(slash + 1),
                             appIdFor(appName));
}

int SqlitePersistence::writeChange(Statements &st, const std::string &sessionId, const Pending &p)
{
    const SessionSnapshot &s = p.s;
    switch (p.kind) {
    case Pending::Full: {
        const bool isShort = s.content.size() <= std::size_t(kItemShortLength);
        return st.upsert.text(1, sessionId)
            .text(2, dateText(s.createdUnixMs, false))
            .text(3, dateText(s.expiresUnixMs, false))
            .text(4, dateText(s.lockDateUnixMs, false))
            .text(5, dateText(s.lockDateUnixMs, true))
            .integer(6, s.lockCookie)
            .integer(7, s.timeoutMinutes)
            .integer(8, s.locked ? 1 : 0)
            .blob(9, isShort ? &s.content : nullptr)
            .blob(10, isShort ? nullptr : &s.content)
            .integer(11, s.extraFlags)
            .step();
    }
    case Pending::Lock:
        return st.lockUpdate.text(1, dateText(s.expiresUnixMs, false))
            .text(2, dateText(s.lockDateUnixMs, false))
            .text(3, dateText(s.lockDateUnixMs, true))
            .integer(4, s.lockCookie)
            .integer(5, s.timeoutMinutes)
            .integer(6, s.locked ? 1 : 0)
            .integer(7, s.extraFlags)
            .text(8, sessionId)
            .step();
    case Pending::Touch:
        return st.touch.text(1, dateText(s.expiresUnixMs, false)).text(2, sessionId).step();
    case Pending::Remove:
        return st.remove.text(1, sessionId).step();
    }
    return SQLITE_DONE;
}

void SqlitePersistence::saveCounters()
{
    Stmt c(m_db, "INSERT OR REPLACE INTO SessionDeskCounters (Name, Value) VALUES (?, ?)");
    c.text(1, "State Server Sessions Total").integer(2, m_counters->sessionsTotal.load()).step();
    c.text(1, "State Server Sessions Abandoned").integer(2, m_counters->sessionsAbandoned.load()).step();
    c.text(1, "State Server Sessions Timed Out").integer(2, m_counters->sessionsTimedOut.load()).step();
}

bool SqlitePersistence::batchFailed(const std::string &error)
{
    std::lock_guard lock(m_mutex);
    m_lastError = error;
    return false;
}

} // namespace sd
