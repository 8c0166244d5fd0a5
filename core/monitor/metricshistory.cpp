// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/metricshistory.h"

#include "client/admincontract.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <cmath>

namespace sd {

namespace {

constexpr std::array<const char *, kMetricCount> kKeys = {
    "active_sessions",
    "payload_bytes",
    "overhead_bytes",
    "rss_bytes",
    "requests_per_second",
    "sessions_started_per_second",
    "timed_out_per_second",
    "abandoned_per_second",
    "lock_contention_per_second",
};

/// ", active_sessions, payload_bytes, ..." (the archive's metric columns, in Metric order).
QString metricColumns(const QString &suffix = {})
{
    QString out;
    for (const char *k : kKeys) {
        out += QStringLiteral(", ") + QLatin1String(k) + suffix;
    }
    return out;
}

/// Sets `*error` (when given) to "FILE: what".
void fail(QString *error, const QString &path, const QString &what)
{
    if (error) {
        *error = QStringLiteral("%1: %2").arg(path, what);
    }
}

std::int64_t floorTo(std::int64_t ms, std::int64_t step)
{
    const std::int64_t q = ms / step;
    return (ms % step < 0 ? q - 1 : q) * step;
}

} // namespace

const char *metricKey(Metric m)
{
    return kKeys[std::size_t(m)];
}

std::optional<MetricSample> MetricSample::fromStatsEvent(const QJsonObject &json, std::int64_t receivedUnixMs,
                                                         QString *error)
{
    const QJsonObject sessions = json.value(admin::key(admin::field::kSessions)).toObject();
    const QJsonObject rates = json.value(admin::key(admin::field::kRates)).toObject();
    if (sessions.isEmpty() || rates.isEmpty()) {
        if (error) {
            *error = QStringLiteral("not a stats sample: no \"sessions\" or \"rates\" object");
        }
        return std::nullopt;
    }
    const QJsonObject memory = json.value(admin::key(admin::field::kMemory)).toObject();
    MetricSample s;
    s.unixMs = receivedUnixMs;
    s.value(Metric::ActiveSessions) = sessions.value(admin::key(admin::field::kActive)).toDouble();
    s.value(Metric::PayloadBytes) = memory.value(admin::key(admin::field::kPayloadBytes)).toDouble();
    s.value(Metric::OverheadBytes) = memory.value(admin::key(admin::field::kOverheadBytes)).toDouble();
    s.value(Metric::RssBytes) = memory.value(admin::key(admin::field::kRssBytes)).toDouble();
    if (json.value(admin::key(admin::field::kStore)).toString() == u"redis") {
        // A Redis store (addRedisRates): commands, expired and evicted keys per second, and the locks held.
        s.value(Metric::Requests) = rates.value(QStringLiteral("commands_per_second")).toDouble();
        s.value(Metric::SessionsTimedOut) = rates.value(QStringLiteral("expired_keys_per_second")).toDouble();
        s.value(Metric::SessionsAbandoned) =
            rates.value(QStringLiteral("evicted_keys_per_second")).toDouble();
        s.value(Metric::LockContention) = sessions.value(admin::key(admin::field::kLocked)).toDouble();
        return s;
    }
    for (Metric m : {Metric::Requests, Metric::SessionsStarted, Metric::SessionsTimedOut,
                     Metric::SessionsAbandoned, Metric::LockContention}) {
        s.value(m) = rates.value(QString::fromLatin1(metricKey(m))).toDouble();
    }
    return s;
}

WindowSpec windowSpec(MetricWindow w)
{
    switch (w) {
    case MetricWindow::FiveMinutes:
        return {300, 1};
    case MetricWindow::OneHour:
        return {3600, 10};
    case MetricWindow::OneDay:
        break;
    }
    return {86400, 120};
}

MetricsHistory::MetricsHistory()
{
    for (int i = 0; i < kWindowCount; ++i) {
        m_tiers[std::size_t(i)].spec = windowSpec(MetricWindow(i));
        m_tiers[std::size_t(i)].ring.resize(std::size_t(m_tiers[std::size_t(i)].spec.capacity()));
    }
}

MetricSample MetricsHistory::Tier::openAverage() const
{
    MetricSample avg = open;
    for (double &v : avg.values) {
        v /= openCount;
    }
    return avg;
}

void MetricsHistory::Tier::close()
{
    if (openCount == 0) {
        return;
    }
    const std::size_t cap = ring.size();
    ring[(head + size) % cap] = openAverage();
    if (size < cap) {
        ++size;
    } else {
        head = (head + 1) % cap;
    }
    openCount = 0;
}

bool MetricsHistory::add(const MetricSample &sample)
{
    if (sample.unixMs < m_last) {
        return false;
    }
    m_last = sample.unixMs;
    for (Tier &t : m_tiers) {
        const std::int64_t bucketMs = std::int64_t(t.spec.bucketSeconds) * 1000;
        const std::int64_t start = floorTo(sample.unixMs, bucketMs);
        if (t.openCount > 0 && start != t.open.unixMs) {
            t.close();
        }
        // Buckets that fell out of the window entirely are dropped by the ring's capacity.
        if (t.openCount == 0) {
            t.open = MetricSample();
            t.open.unixMs = start;
        }
        for (int i = 0; i < kMetricCount; ++i) {
            if (std::isfinite(sample.values[std::size_t(i)])) {
                t.open.values[std::size_t(i)] += sample.values[std::size_t(i)];
            }
        }
        ++t.openCount;
    }
    return true;
}

void MetricsHistory::clear()
{
    for (Tier &t : m_tiers) {
        t.head = t.size = 0;
        t.openCount = 0;
    }
    m_last = 0;
}

std::vector<MetricSample> MetricsHistory::samples(MetricWindow window) const
{
    const Tier &t = m_tiers[std::size_t(window)];
    std::vector<MetricSample> out;
    out.reserve(t.size + 1);
    const std::int64_t spanStart = m_last - std::int64_t(t.spec.spanSeconds) * 1000;
    for (std::size_t i = 0; i < t.size; ++i) {
        const MetricSample &s = t.ring[(t.head + i) % t.ring.size()];
        if (s.unixMs >= spanStart) { // after a long pause, old buckets are outside the window
            out.push_back(s);
        }
    }
    if (t.openCount > 0) {
        out.push_back(t.openAverage());
    }
    return out;
}

QList<QPointF> chartPoints(const std::vector<MetricSample> &samples, Metric metric, double divisor)
{
    QList<QPointF> out;
    out.reserve(qsizetype(samples.size()));
    for (const MetricSample &x : samples) {
        if (std::isfinite(x.value(metric))) {
            out.append(QPointF(double(x.unixMs), x.value(metric) / divisor));
        }
    }
    return out;
}

QList<QPointF> MetricsHistory::points(Metric metric, MetricWindow window) const
{
    return chartPoints(samples(window), metric);
}

std::size_t MetricsHistory::bucketCount() const
{
    std::size_t n = 0;
    for (const Tier &t : m_tiers) {
        n += t.size + (t.openCount > 0 ? 1 : 0);
    }
    return n;
}

// ------------------------------------------------------------------------------------------------ archive

MetricsArchive::~MetricsArchive()
{
    close();
}

void MetricsArchive::close()
{
    if (m_connection.isEmpty()) {
        return;
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

QString MetricsArchive::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/metrics-history.sqlite");
}

bool MetricsArchive::open(const QString &path, QString *error)
{
    close();
    m_prunedAtMs = 0;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_path = path;
    m_connection = QStringLiteral("metrics-archive-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        fail(error, path, m_db.lastError().text());
        return false;
    }
    QSqlQuery q(m_db);
    for (const QString &sql :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS samples (profile TEXT NOT NULL, t INTEGER NOT NULL%1)")
              .arg(metricColumns(QStringLiteral(" REAL NOT NULL"))),
          QStringLiteral("CREATE INDEX IF NOT EXISTS samples_profile_t ON samples(profile, t)")}) {
        if (!q.exec(sql)) {
            fail(error, path, q.lastError().text());
            m_db.close();
            return false;
        }
    }
    return true;
}

bool MetricsArchive::append(const QString &profile, const std::vector<MetricSample> &samples, QString *error)
{
    if (!m_db.isOpen() || samples.empty()) {
        return m_db.isOpen();
    }
    m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO samples (profile, t%1) VALUES (?, ?%2)")
                  .arg(metricColumns(), QStringLiteral(", ?").repeated(kMetricCount)));
    for (const MetricSample &s : samples) {
        q.addBindValue(profile);
        q.addBindValue(qint64(s.unixMs));
        for (double v : s.values) {
            q.addBindValue(std::isfinite(v) ? v : 0.0);
        }
        if (!q.exec()) {
            fail(error, m_path, q.lastError().text());
            m_db.rollback();
            return false;
        }
    }
    // Pruning scans the table (its index leads with the profile): at most once an hour of samples.
    const std::int64_t newest = samples.back().unixMs;
    if (newest - m_prunedAtMs >= std::int64_t(3600) * 1000 || newest < m_prunedAtMs) {
        QSqlQuery prune(m_db);
        prune.prepare(QStringLiteral("DELETE FROM samples WHERE t < ?"));
        prune.addBindValue(qint64(newest - std::int64_t(retentionHours) * 3600 * 1000));
        prune.exec();
        m_prunedAtMs = newest;
    }
    if (!m_db.commit()) {
        fail(error, m_path, m_db.lastError().text());
        return false;
    }
    return true;
}

std::vector<MetricSample> MetricsArchive::load(const QString &profile, std::int64_t sinceUnixMs,
                                               QString *error, int limit) const
{
    std::vector<MetricSample> out;
    if (!m_db.isOpen()) {
        return out;
    }
    const QString names = QStringLiteral("t") + metricColumns();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT %1 FROM (SELECT %1 FROM samples WHERE profile = ? AND t >= ? ORDER BY t DESC "
                       "LIMIT ?) ORDER BY t")
            .arg(names));
    q.addBindValue(profile);
    q.addBindValue(qint64(sinceUnixMs));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(error, m_path, q.lastError().text());
        return out;
    }
    while (q.next()) {
        MetricSample s;
        s.unixMs = q.value(0).toLongLong();
        for (int i = 0; i < kMetricCount; ++i) {
            s.values[std::size_t(i)] = q.value(i + 1).toDouble();
        }
        out.push_back(s);
    }
    return out;
}

} // namespace sd
