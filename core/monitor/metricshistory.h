// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The live monitor's time series: one sample a second from sessionstated's /v1/events "stats" event,
// kept in bounded rings per chart window (5 min at 1 s, 1 h at 10 s, 24 h at 120 s buckets), and a local
// SQLite archive so that reopening the monitor shows the past hours. No Qt Charts dependency.

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace sd {

/// The charted metrics, in column order of a CSV export.
enum class Metric
{
    ActiveSessions,    ///< "State Server Sessions Active" (count)
    PayloadBytes,      ///< bytes of stored session data
    OverheadBytes,     ///< the store's estimate of its own bytes beyond the payload
    RssBytes,          ///< the server process's resident set
    Requests,          ///< protocol requests per second
    SessionsStarted,   ///< sessions created per second
    SessionsTimedOut,  ///< sessions expired per second (evictions)
    SessionsAbandoned, ///< sessions abandoned per second
    LockContention,    ///< 423 answers per second
};
constexpr int kMetricCount = 9;

/// Column name of a metric in CSV exports and the archive ("active_sessions", "requests_per_second", ...).
const char *metricKey(Metric m);

/// One sample: gauges and per-second rates at `unixMs` (the time it was received, ms since the epoch).
struct MetricSample
{
    std::int64_t unixMs = 0;
    std::array<double, kMetricCount> values{};
    double value(Metric m) const { return values[std::size_t(m)]; }
    double &value(Metric m) { return values[std::size_t(m)]; }

    /// Reads a /v1/events "stats" event (docs/admin-api.md: sessions.active,
    /// memory.{payload,overhead,rss}_bytes, rates.*_per_second). Missing numbers are 0; nullopt with `error`
    /// when `json` has no "sessions" or "rates" object (not a stats sample). A Redis store's stats ("store":
    /// "redis", with monitor/monitorconnection.h's addRedisRates()) fill Requests with commands/s,
    /// SessionsTimedOut with expired keys/s, SessionsAbandoned with evicted keys/s and LockContention with
    /// the locks held (a count); SessionsStarted stays 0 (Redis cannot tell).
    static std::optional<MetricSample> fromStatsEvent(const QJsonObject &json, std::int64_t receivedUnixMs,
                                                      QString *error = nullptr);
};

/// The chart windows and their resolution.
enum class MetricWindow
{
    FiveMinutes, ///< 300 points of 1 s
    OneHour,     ///< 360 points of 10 s averages
    OneDay,      ///< 720 points of 120 s averages
};
constexpr int kWindowCount = 3;

/// Span and bucket of a window, in seconds.
struct WindowSpec
{
    int spanSeconds;
    int bucketSeconds;
    int capacity() const { return spanSeconds / bucketSeconds; }
};
WindowSpec windowSpec(MetricWindow w);

/**
 * Bounded history of samples for the three windows. add() folds each sample into every window's current
 * bucket (an average per bucket: gauges and rates alike); a bucket is closed into that window's ring when a
 * sample of a later bucket arrives. Memory is fixed: 300 + 360 + 720 buckets whatever the run length.
 * Samples older than the newest one seen are dropped (clock steps back, duplicate deliveries).
 */
class MetricsHistory
{
public:
    MetricsHistory();

    /// Adds a sample (see the class comment). Returns false when it was dropped as out of order.
    bool add(const MetricSample &sample);
    void clear();

    /// Bucket averages of `window` in time order, the open bucket last; x = bucket start in ms since the
    /// epoch.
    std::vector<MetricSample> samples(MetricWindow window) const;
    /// One metric of samples(window) as chart points (x = ms since the epoch), ready for QXYSeries::replace
    /// (non-finite values are left out: replace() does not check them).
    QList<QPointF> points(Metric metric, MetricWindow window) const;
    /// Buckets held over all windows (closed + open): bounded by 1,380 + 3.
    std::size_t bucketCount() const;
    std::int64_t lastUnixMs() const { return m_last; }

private:
    struct Tier
    {
        WindowSpec spec;
        std::vector<MetricSample> ring; ///< capacity() slots
        std::size_t head = 0, size = 0; ///< oldest at head
        MetricSample open;              ///< sum of values in the open bucket; unixMs = bucket start
        int openCount = 0;
        MetricSample openAverage() const; ///< the open bucket's average (openCount > 0)
        void close();
    };
    std::array<Tier, kWindowCount> m_tiers;
    std::int64_t m_last = 0;
};

/// `metric` of `samples` as chart points (x = ms since the epoch, y = value / `divisor`), ready for
/// QXYSeries::replace (non-finite values are left out: replace() does not check them).
QList<QPointF> chartPoints(const std::vector<MetricSample> &samples, Metric metric, double divisor = 1);

/**
 * The local SQLite archive of samples (table `samples`, one row a second a profile), so that reopening the
 * monitor shows the past hours. Rows older than `retentionHours` (default 48) are pruned by append(), at most
 * once per hour of samples. Uses QtSql's QSQLITE driver on the thread that opened it. Errors are returned as
 * text naming the file.
 */
class MetricsArchive
{
public:
    MetricsArchive() = default;
    ~MetricsArchive();
    MetricsArchive(const MetricsArchive &) = delete;
    MetricsArchive &operator=(const MetricsArchive &) = delete;

    /// Opens (creates) the archive at `path`. Returns false with `error`.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db.isOpen(); }
    /// Closes the archive (also done by the destructor).
    void close();
    QString path() const { return m_path; }
    /// Appends `samples` of `profile` in one transaction and prunes old rows. Returns false with `error`.
    bool append(const QString &profile, const std::vector<MetricSample> &samples, QString *error);
    /// Samples of `profile` since `sinceUnixMs`, in time order, at most `limit` (the newest kept).
    std::vector<MetricSample> load(const QString &profile, std::int64_t sinceUnixMs, QString *error,
                                   int limit = 24 * 3600 + 600) const;
    /// Default location: QStandardPaths::AppDataLocation + "/metrics-history.sqlite".
    static QString defaultPath();

    int retentionHours = 48;

private:
    QSqlDatabase m_db;
    QString m_connection, m_path;
    std::int64_t m_prunedAtMs = 0; ///< newest sample time at the last prune
};

} // namespace sd
