// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/metricshistory.h"
#include "monitor/protocolprobe.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QTreeWidget;
class QValueAxis;

namespace sd {

/**
 * Live charts of a state server (Qt Charts): active sessions; memory (payload, overhead); requests/s;
 * sessions started/s; timed out (evictions) and abandoned /s; 423 lock contention /s. Fed one sample a
 * second (addSample); each tick does one QXYSeries::replace() per series with the window's points (5 min,
 * 1 h or 24 h, downsampled by MetricsHistory), animations off, charts filling their views (QTBUG-118669).
 * Samples are appended to a MetricsArchive so reopening shows the past hours. Hovering a chart shows the
 * time and value(s) of the sample under the cursor (a "cursorReadout" label on the view).
 */
class Dashboard : public QWidget
{
    Q_OBJECT

public:
    explicit Dashboard(QWidget *parent = nullptr);
    ~Dashboard() override;

    /// Starts a new feed for `profileName`: clears the charts and loads its archived samples (last 24 h).
    /// `redis`: the store is a Redis (ConnectionProfile::isRedis()): the charts say Redis's names
    /// (commands/s, keys expired and evicted /s, locks held), "sessions started" gives way to the Redis tiles
    /// (showRedisStats()) and the findings list.
    void startFeed(const QString &profileName, bool redis = false);
    /// The Redis tiles from one stats answer of a Redis store ("store": "redis", with addRedisRates()):
    /// memory and maxmemory (policy), expired and evicted keys /s, commands /s, clients, hits and misses,
    /// locks held and the oldest lock's age, EVALSHA latency, persistence, and one line per cluster master.
    void showRedisStats(const QJsonObject &stats);
    /// The Redis tiles are shown (startFeed() with `redis`).
    bool isRedis() const { return m_redis; }
    /// The tile texts, by objectName ("redisMemory", "redisEvicted", ...), for tests.
    QString redisTile(const QString &name) const;
    /// Adds one sample and redraws (skipped while hidden; redrawn when shown).
    void addSample(const MetricSample &sample);
    /// Redraws from the history now.
    void redraw();
    MetricWindow window() const { return m_window; }
    void setWindow(MetricWindow w);
    const MetricsHistory &history() const { return m_history; }
    /// Points held by all series (for tests: bounded by the window's capacity).
    qsizetype pointCount() const;
    /// Uses `path` for the archive instead of MetricsArchive::defaultPath() (tests); empty = no archive.
    void setArchivePath(const QString &path);
    /// Writes the visible window's samples as CSV (time + one column per metric). False with `error`.
    bool exportCsv(const QString &path, QString *error) const;
    /// Saves the chart grid as PNG. False with `error`.
    bool exportPng(const QString &path, QString *error);
    /// Writes buffered samples to the archive (also done every 10 s and on destruction).
    void flushArchive();

    /// Starts a feed for `profileName`, a server without admin API (ConnectionProfile::isProtocolOnly()): the
    /// six admin charts give way to what the protocol can tell, measured from outside by addProbe():
    /// availability (% of HEAD probes answered), round-trip latency (mean per bucket, p50 and p99 over the
    /// window) and connection failures per minute, and the X-AspNet-Version seen. Probes are not archived.
    void startProtocolFeed(const QString &profileName);
    /// Adds one protocol probe and redraws (skipped while hidden; redrawn when shown).
    void addProbe(const ProbeSample &sample);
    /// Clears the charts (no server's data is shown: not connected); the admin charts come back.
    void clearFeed();
    /// The protocol-only charts are shown (startProtocolFeed()).
    bool isProtocolOnly() const { return m_protocolOnly; }
    const ProbeHistory &probeHistory() const { return m_probes; }
    /// The line over the protocol-only charts ("99.9 % answered, p50 ... p99 ..., X-AspNet-Version ...").
    QString protocolSummary() const;

protected:
    void showEvent(class QShowEvent *event) override;

private:
    struct Chart
    {
        QChartView *view = nullptr;
        QChart *chart = nullptr;
        QDateTimeAxis *x = nullptr;
        QValueAxis *y = nullptr;
        std::vector<std::pair<Metric, QLineSeries *>> series;
        double scale = 1; ///< values are divided by this (bytes -> MiB)
    };
    /// A chart with one line series per entry of `series` (values divided by `scale`), without texts.
    Chart makeChart(const QList<Metric> &series, double scale = 1);
    /// Sets a chart's title, its series' names (in order) and its y axis title (the unit).
    static void setChartTexts(Chart &c, const QString &title, const QStringList &names, const QString &unit);
    /// Builds the six admin charts in m_grid.
    void buildAdminCharts();
    /// Builds the Redis tiles and findings list (hidden until a Redis feed starts) in m_grid.
    void buildRedisPanel();
    /// The admin charts' titles, for a state server or (m_redis) a Redis store, in the current language.
    void setAdminChartTexts();
    /// Builds the protocol-only charts (once, on the first startProtocolFeed()) under the admin grid.
    void buildProtocolCharts();
    /// Shows the protocol-only charts (`on`) or the admin ones.
    void showProtocolCharts(bool on);
    /// Redraws the protocol-only charts from m_probes.
    void redrawProtocol();
    /// Asks for a file name, then calls `write`; a failure is shown in a message box.
    void exportDialog(const QString &title, const QString &fileName, const QString &filter,
                      const std::function<bool(const QString &, QString *)> &write);

    MetricsHistory m_history;
    MetricsArchive m_archive;
    QString m_archivePath, m_profile;
    std::vector<MetricSample> m_pending;
    std::vector<Chart> m_charts;
    MetricWindow m_window = MetricWindow::FiveMinutes;
    QComboBox *m_windowCombo = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_grid = nullptr;
    bool m_dirty = false;
    class QTimer *m_flushTimer = nullptr;

    ProbeHistory m_probes;
    std::vector<Chart> m_protocolCharts; ///< availability, round trip, failures (the Metric slots unused)
    QWidget *m_protocolGrid = nullptr;
    QLabel *m_protocolStatus = nullptr;
    QString m_protocolProfile; ///< the profile of the protocol-only feed
    QStringList m_versions;    ///< X-AspNet-Version values seen, in order
    bool m_protocolOnly = false;

    bool m_redis = false;
    QWidget *m_redisPanel = nullptr;
    QList<QLabel *> m_redisTiles; ///< objectName = the tile's key; text set by showRedisStats()
    QLabel *m_redisNodes = nullptr;
    QTreeWidget *m_findings = nullptr;
    QJsonObject m_lastRedisStats; ///< redrawn in the new language
};

} // namespace sd
