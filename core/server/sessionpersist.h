// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// sessionstated --persist: keeps the store in SQLite3 (WAL) in the ASPState schema (shared/reference
// aspnet-state-service.md §4.1-§4.2), written behind the request path by one writer thread.

#include "stateproto/sessionstore.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

struct sqlite3;

namespace sd {

/// How writes reach the disk.
struct PersistOptions
{
    std::string path;
    /// Batched (default): changes are committed every `flushIntervalMs` (the loss window on a crash), with
    /// synchronous=NORMAL. Full: every change is committed (group commit) with synchronous=FULL before its
    /// response is sent: no acknowledged write is lost.
    enum class Sync
    {
        Batched,
        Full
    } sync = Sync::Batched;
    int flushIntervalMs = 1000;
};

/// What load() found.
struct PersistLoadStats
{
    std::int64_t loaded = 0;  ///< sessions put back into the store
    std::int64_t expired = 0; ///< rows dropped because they had expired (counted as timed out)
};

/// ASPState's TempGetAppID hash (dbo.GetHashCode, §4.2): djb2-xor over the bytes of the lower-cased name,
/// int32.
std::int32_t aspStateAppHash(std::string_view appName);
/// `SessionId` column value: session id part + the application id as 8 lowercase hex digits (§4.2).
std::string aspStateSessionId(std::string_view sessionIdPart, std::int32_t appId);

/// The SQLite persister. open(), load(), start(), then hand it to SessionStore::setObserver().
class SqlitePersistence : public StoreObserver
{
public:
    SqlitePersistence();
    ~SqlitePersistence() override;

    /// Opens or creates the database, sets WAL and the synchronous level, creates the schema.
    /// false with `error` (naming the file) when SQLite refuses.
    bool open(const PersistOptions &options, std::string *error);
    /// Runs DeleteExpiredSessions, then puts every remaining session and the saved counters into `store`.
    bool load(SessionStore &store, PersistLoadStats *stats, std::string *error);
    /// Starts the writer thread. `counters` are saved with every batch (SessionDeskCounters table).
    void start(const StoreCounters *counters);
    /// Commits what is pending and stops the writer.
    void stop();

    /// Highest sequence number committed to disk.
    const std::atomic<std::uint64_t> &committed() const { return m_committed; }
    /// Called on the writer thread after each commit (the server wakes its workers).
    void setCommitCallback(std::function<void()> f) { m_onCommit = std::move(f); }
    /// Last SQLite error seen by the writer ("" when none), for logs and health checks.
    std::string lastError() const;

    std::uint64_t sessionChanged(const SessionView &s, bool contentChanged, bool touchOnly) override;
    std::uint64_t sessionRemoved(const std::string &key, EndReason reason) override;

    /// DeleteExpiredSessions: deletes rows whose Expires is before `nowUnixMs`; returns how many. Runs on the
    /// writer thread every minute; public for tests (call only while the writer is stopped).
    int deleteExpiredSessions(std::int64_t nowUnixMs);

private:
    struct Pending
    {
        enum Kind
        {
            Touch, ///< only Expires changed
            Lock,  ///< lock, flags, timeout, Expires changed
            Full,  ///< the whole row
            Remove
        } kind = Touch;
        SessionSnapshot s; ///< content filled for Full only
    };
    struct Statements;
    void writerLoop();
    /// One transaction: every pending change, then the counters; false (lastError set, rolled back) on error.
    bool writeBatch(std::unordered_map<std::string, Pending> &batch);
    /// The `SessionId` column value for a store key ("/app/path/" + id): id + the app's id in hex.
    std::string rowSessionId(const std::string &key);
    /// Runs the statement for one change; returns SQLite's step result (SQLITE_DONE on success).
    static int writeChange(Statements &st, const std::string &sessionId, const Pending &p);
    /// Saves the store's cumulative counters (SessionDeskCounters table) inside the open transaction.
    void saveCounters();
    /// Records `error` as lastError(); returns false.
    bool batchFailed(const std::string &error);
    bool exec(const char *sql, std::string *error);
    std::int32_t appIdFor(const std::string &appName);

    PersistOptions m_options;
    sqlite3 *m_db = nullptr;
    const StoreCounters *m_counters = nullptr;
    std::unordered_map<std::string, std::int32_t> m_appIds; ///< writer thread only

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::unordered_map<std::string, Pending> m_pending;
    std::uint64_t m_sequence = 0; ///< guarded by m_mutex
    bool m_stop = false;
    std::string m_lastError;
    std::atomic<std::uint64_t> m_committed{0};
    std::function<void()> m_onCommit;
    std::thread m_thread;
};

} // namespace sd
