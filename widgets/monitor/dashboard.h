// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/metricshistory.h"

#include <QWidget>

#include <functional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
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
    void startFeed(const QString &profileName);
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
    Chart makeChart(const QString &title, const QList<std::pair<Metric, QString>> &series,
                    const QString &unit, double scale = 1);
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
};

} // namespace sd
