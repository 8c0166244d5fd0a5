// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/dashboard.h"
#include "client/admincontract.h"
#include "monitor/redisfindings.h"
#include "widgets/common/retranslate.h"
#include "widgets/common/wheelguard.h"
#include "widgets/monitor/elidedlabel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QTimer>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QXYSeries>

#include <algorithm>
#include <array>
#include <cmath>

namespace sd {

namespace {

/// The smallest 1, 2 or 5 × 10^k at or above `v` (at least 1), and the tick count that puts labels on round
/// numbers (steps of 0.2, 0.5 or 1 × 10^k).
std::pair<double, int> niceCeil(double v)
{
    if (!(v > 1)) {
        return {1, 6};
    }
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    for (auto [m, ticks] : {std::pair{1.0, 6}, {2.0, 5}, {5.0, 6}}) {
        if (m * p >= v) {
            return {m * p, ticks};
        }
    }
    return {10 * p, 6};
}

/// The point of `points` (sorted by x) nearest to `x`; `points` must not be empty.
QPointF nearestByX(const QList<QPointF> &points, qreal x)
{
    auto it = std::lower_bound(points.begin(), points.end(), x,
                               [](const QPointF &p, qreal v) { return p.x() < v; });
    if (it == points.end()) {
        return points.back();
    }
    if (it != points.begin() && x - std::prev(it)->x() < it->x() - x) {
        return *std::prev(it);
    }
    return *it;
}

/// A value as the readout shows it: whole numbers without decimals, others with one or two.
QString readoutNumber(qreal v)
{
    if (v == std::floor(v)) {
        return QLocale().toString(qint64(v));
    }
    return QLocale().toString(v, 'f', std::abs(v) < 10 ? 2 : 1);
}

/**
 * The value under the cursor on one chart: follows the mouse over the view's plot area and shows, in a
 * small label beside the cursor, the time of the nearest sample and each series' value there with the
 * y axis' unit ("12:03:04 / active: 42 sessions"). Hidden when the cursor leaves the plot area. The label
 * (objectName "cursorReadout") is a child of the viewport that lets the mouse through, so clicks still
 * reach the chart (QTBUG-118669 needs them to land on the chart item).
 */
class CursorReadout : public QObject
{
public:
    explicit CursorReadout(QChartView *view) : QObject(view), m_view(view)
    {
        m_label = new QLabel(view->viewport());
        m_label->setObjectName(QStringLiteral("cursorReadout"));
        m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_label->setStyleSheet(QStringLiteral("QLabel { background: palette(tool-tip-base); color: "
                                              "palette(tool-tip-text); border: 1px solid palette(mid); "
                                              "padding: 2px; }"));
        m_label->hide();
        view->viewport()->setMouseTracking(true);
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::MouseMove) {
            follow(static_cast<QMouseEvent *>(event)->position().toPoint());
        } else if (event->type() == QEvent::Leave) {
            m_label->hide();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void follow(const QPoint &pos)
    {
        QChart *chart = m_view->chart();
        const QPointF at = chart->mapFromScene(m_view->mapToScene(pos));
        const QList<QAbstractAxis *> yAxes = chart->axes(Qt::Vertical);
        const QString unit = yAxes.isEmpty() ? QString() : yAxes.first()->titleText();
        QStringList lines;
        qreal time = 0;
        for (QAbstractSeries *a : chart->series()) {
            auto *series = qobject_cast<QXYSeries *>(a);
            if (!chart->plotArea().contains(at) || !series || series->count() == 0) {
                continue;
            }
            const QPointF p = nearestByX(series->points(), chart->mapToValue(at, series).x());
            time = p.x();
            lines << QStringLiteral("%1: %2 %3").arg(series->name(), readoutNumber(p.y()), unit);
        }
        if (lines.isEmpty()) {
            m_label->hide();
            return;
        }
        lines.prepend(QDateTime::fromMSecsSinceEpoch(qint64(time)).toString(QStringLiteral("HH:mm:ss")));
        m_label->setText(lines.join(u'\n'));
        m_label->adjustSize();
        const QSize room = m_view->viewport()->size() - m_label->size();
        QPoint place = pos + QPoint(14, 14);
        if (place.x() > room.width()) {
            place.rx() = pos.x() - 14 - m_label->width();
        }
        place.ry() = std::clamp(place.y(), 0, std::max(0, room.height()));
        m_label->move(std::max(0, place.x()), place.y());
        m_label->show();
        m_label->raise();
    }

    QChartView *m_view;
    QLabel *m_label = nullptr;
};

} // namespace

Dashboard::Dashboard(QWidget *parent) : QWidget(parent), m_archivePath(MetricsArchive::defaultPath())
{
    setObjectName(QStringLiteral("dashboard"));
    auto *top = new QHBoxLayout;
    auto *windowLabel = new QLabel;
    top->addWidget(windowLabel);
    m_windowCombo = new QComboBox;
    m_windowCombo->setObjectName(QStringLiteral("windowCombo"));
    guardWheel(m_windowCombo);
    m_windowCombo->addItems({QString(), QString(), QString()});
    connect(m_windowCombo, &QComboBox::currentIndexChanged, this,
            [this](int i) { setWindow(MetricWindow(i)); });
    top->addWidget(m_windowCombo);
    m_status = new ElidedLabel; // cut, not wrapped, in a small window (issue 12 point 14)
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    top->addWidget(m_status, 1);
    auto *csv = new QPushButton;
    csv->setObjectName(QStringLiteral("exportCsv"));
    connect(csv, &QPushButton::clicked, this, [this] {
        exportDialog(tr("Export the visible data as CSV"), QStringLiteral("sessiondesk-metrics.csv"),
                     tr("CSV (*.csv)"),
                     [this](const QString &path, QString *error) { return exportCsv(path, error); });
    });
    auto *png = new QPushButton;
    png->setObjectName(QStringLiteral("exportPng"));
    connect(png, &QPushButton::clicked, this, [this] {
        exportDialog(tr("Export the charts as PNG"), QStringLiteral("sessiondesk-charts.png"),
                     tr("PNG (*.png)"),
                     [this](const QString &path, QString *error) { return exportPng(path, error); });
    });
    top->addWidget(csv);
    top->addWidget(png);
    onLanguageChange(this, [this, windowLabel, csv, png] {
        windowLabel->setText(tr("Window:"));
        m_windowCombo->setItemText(0, tr("5 minutes (1 s)"));
        m_windowCombo->setItemText(1, tr("1 hour (10 s averages)"));
        m_windowCombo->setItemText(2, tr("24 hours (2 min averages)"));
        csv->setText(tr("Export CSV..."));
        png->setText(tr("Export PNG..."));
        if (m_protocolOnly) {
            m_status->setText(tr("%1: protocol only (no admin API)").arg(m_protocolProfile));
        }
    });
    buildAdminCharts();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_grid, 1);

    m_flushTimer = new QTimer(this);
    m_flushTimer->setInterval(10000);
    connect(m_flushTimer, &QTimer::timeout, this, &Dashboard::flushArchive);
    m_flushTimer->start();
    redraw();
}

void Dashboard::buildAdminCharts()
{
    m_grid = new QWidget;
    auto *grid = new QGridLayout(m_grid);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    constexpr double MiB = 1024.0 * 1024.0;
    m_charts.push_back(makeChart({Metric::ActiveSessions}));
    m_charts.push_back(makeChart({Metric::PayloadBytes, Metric::OverheadBytes}, MiB));
    m_charts.push_back(makeChart({Metric::Requests}));
    m_charts.push_back(makeChart({Metric::SessionsStarted}));
    m_charts.push_back(makeChart({Metric::SessionsTimedOut, Metric::SessionsAbandoned}));
    m_charts.push_back(makeChart({Metric::LockContention}));
    for (std::size_t i = 0; i < m_charts.size(); ++i) {
        m_charts[i].view->setObjectName(QStringLiteral("chart%1").arg(i));
        grid->addWidget(m_charts[i].view, int(i / 3), int(i % 3));
    }
    for (int c = 0; c < 3; ++c) {
        grid->setColumnStretch(c, 1);
    }
    for (int r = 0; r < 2; ++r) {
        grid->setRowStretch(r, 1);
    }
    buildRedisPanel();
    grid->addWidget(m_redisPanel, 1, 0);
    onLanguageChange(this, [this] { setAdminChartTexts(); });
}

void Dashboard::setAdminChartTexts()
{
    setChartTexts(m_charts[0], tr("Active sessions"), {tr("active")}, tr("sessions"));
    setChartTexts(m_charts[1], tr("Memory"), {tr("payload"), tr("overhead")}, tr("MiB"));
    setChartTexts(m_charts[3], tr("Sessions started"), {tr("started")}, tr("per second"));
    if (m_redis) {
        setChartTexts(m_charts[2], tr("Redis commands"), {tr("commands")}, tr("per second"));
        setChartTexts(m_charts[4], tr("Keys expired and evicted"), {tr("expired"), tr("evicted")},
                      tr("per second"));
        setChartTexts(m_charts[5], tr("Locks held"), {tr("locks")}, tr("sessions"));
        return;
    }
    setChartTexts(m_charts[2], tr("Requests"), {tr("requests")}, tr("per second"));
    setChartTexts(m_charts[4], tr("Sessions ended"), {tr("timed out (evictions)"), tr("abandoned")},
                  tr("per second"));
    setChartTexts(m_charts[5], tr("Lock contention (423)"), {tr("423 answers")}, tr("per second"));
}

void Dashboard::buildRedisPanel()
{
    m_redisPanel = new QWidget;
    m_redisPanel->setObjectName(QStringLiteral("redisPanel"));
    auto *tiles = new QGridLayout;
    tiles->setSpacing(2);
    const QStringList names = {QStringLiteral("redisMemory"),      QStringLiteral("redisCommands"),
                               QStringLiteral("redisExpired"),     QStringLiteral("redisEvicted"),
                               QStringLiteral("redisClients"),     QStringLiteral("redisHits"),
                               QStringLiteral("redisLocks"),       QStringLiteral("redisEvalsha"),
                               QStringLiteral("redisPersistence"), QStringLiteral("redisServer")};
    for (const QString &name : names) {
        auto *tile = new QLabel;
        tile->setObjectName(name);
        tile->setTextInteractionFlags(Qt::TextSelectableByMouse);
        tile->setStyleSheet(QStringLiteral("QLabel { border: 1px solid palette(mid); padding: 2px; }"));
        tiles->addWidget(tile, int(m_redisTiles.size() / 2), int(m_redisTiles.size() % 2));
        m_redisTiles << tile;
    }
    m_redisNodes = new QLabel;
    m_redisNodes->setObjectName(QStringLiteral("redisNodes"));
    m_redisNodes->setWordWrap(true);
    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("redisFindings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setColumnCount(3);
    m_findings->setColumnWidth(0, 60);
    m_findings->setColumnWidth(1, 60);
    auto *layout = new QVBoxLayout(m_redisPanel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tiles);
    layout->addWidget(m_redisNodes);
    layout->addWidget(m_findings, 1);
    m_redisPanel->hide();
    onLanguageChange(m_redisPanel, [this] {
        m_findings->setHeaderLabels({tr("Code"), tr("Severity"), tr("Finding")});
        if (!m_lastRedisStats.isEmpty()) {
            showRedisStats(m_lastRedisStats);
        }
    });
}

QString Dashboard::redisTile(const QString &name) const
{
    for (const QLabel *tile : m_redisTiles) {
        if (tile->objectName() == name) {
            return tile->text();
        }
    }
    return name == m_redisNodes->objectName() ? m_redisNodes->text() : QString();
}

Dashboard::~Dashboard()
{
    flushArchive();
}

void Dashboard::setChartTexts(Chart &c, const QString &title, const QStringList &names, const QString &unit)
{
    c.chart->setTitle(title);
    c.y->setTitleText(unit);
    for (std::size_t i = 0; i < c.series.size() && i < std::size_t(names.size()); ++i) {
        c.series[i].second->setName(names[qsizetype(i)]);
    }
}

Dashboard::Chart Dashboard::makeChart(const QList<Metric> &series, double scale)
{
    Chart c;
    c.scale = scale;
    c.chart = new QChart;
    c.chart->setAnimationOptions(QChart::NoAnimation);
    c.chart->setMargins(QMargins(4, 4, 4, 4));
    c.chart->layout()->setContentsMargins(0, 0, 0, 0);
    c.chart->setBackgroundRoundness(0);
    c.x = new QDateTimeAxis;
    c.x->setFormat(QStringLiteral("HH:mm:ss"));
    c.x->setTickCount(4);
    c.y = new QValueAxis;
    c.y->setLabelFormat(QStringLiteral("%.0f"));
    c.y->setTickCount(5);
    c.chart->addAxis(c.x, Qt::AlignBottom);
    c.chart->addAxis(c.y, Qt::AlignLeft);
    for (const Metric metric : series) {
        auto *s = new QLineSeries;
        c.chart->addSeries(s);
        s->attachAxis(c.x);
        s->attachAxis(c.y);
        c.series.emplace_back(metric, s);
    }
    if (series.size() < 2) {
        c.chart->legend()->hide();
    } else {
        c.chart->legend()->setAlignment(Qt::AlignTop);
    }
    // The view owns the chart; it fills its cell (no fixed scene rect or size), so a click always lands on
    // the chart item: QChartView::mousePressEvent in Qt 6.4.2 dereferences a null item otherwise
    // (QTBUG-118669).
    c.view = new QChartView(c.chart);
    c.view->setRenderHint(QPainter::Antialiasing);
    c.view->setMinimumSize(220, 160);
    new CursorReadout(c.view); // the value under the cursor; owned by the view
    return c;
}

void Dashboard::setArchivePath(const QString &path)
{
    flushArchive();
    m_archive.close();
    m_archivePath = path;
}

void Dashboard::startFeed(const QString &profileName, bool redis)
{
    showProtocolCharts(false);
    m_redis = redis;
    m_lastRedisStats = {};
    m_charts[3].view->setVisible(!redis);
    m_redisPanel->setVisible(redis);
    setAdminChartTexts();
    flushArchive();
    m_profile = profileName;
    m_history.clear();
    QString error;
    if (!m_archive.isOpen() && !m_archivePath.isEmpty() && !m_archive.open(m_archivePath, &error)) {
        m_status->setText(tr("History not kept: %1").arg(error));
    }
    if (m_archive.isOpen()) {
        const qint64 since =
            QDateTime::currentMSecsSinceEpoch() - qint64(windowSpec(MetricWindow::OneDay).spanSeconds) * 1000;
        for (const MetricSample &s : m_archive.load(profileName, since, &error)) {
            m_history.add(s);
        }
        m_status->setText(error.isEmpty() ? QString() : tr("History not read: %1").arg(error));
    }
    redraw();
}

void Dashboard::addSample(const MetricSample &sample)
{
    if (!m_history.add(sample)) {
        return;
    }
    if (!m_profile.isEmpty() && m_archive.isOpen()) {
        m_pending.push_back(sample);
    }
    if (isVisible()) {
        redraw();
    } else {
        m_dirty = true;
    }
}

void Dashboard::flushArchive()
{
    if (m_pending.empty()) {
        return;
    }
    QString error;
    if (!m_archive.append(m_profile, m_pending, &error)) {
        m_status->setText(tr("History not kept: %1").arg(error));
    }
    m_pending.clear();
}

void Dashboard::setWindow(MetricWindow w)
{
    m_window = w;
    if (m_windowCombo->currentIndex() != int(w)) {
        m_windowCombo->setCurrentIndex(int(w));
    }
    redraw();
}

void Dashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty) {
        redraw();
    }
}

void Dashboard::redraw()
{
    m_dirty = false;
    if (m_protocolOnly) {
        redrawProtocol();
        return;
    }
    const qint64 span = qint64(windowSpec(m_window).spanSeconds) * 1000;
    const qint64 end = std::max<qint64>(m_history.lastUnixMs(), QDateTime::currentMSecsSinceEpoch());
    const std::vector<MetricSample> samples = m_history.samples(m_window); // once for all eight series
    for (Chart &c : m_charts) {
        double top = 0;
        for (auto &[metric, series] : c.series) {
            const QList<QPointF> points = chartPoints(samples, metric, c.scale);
            for (const QPointF &p : points) {
                top = std::max(top, p.y());
            }
            series->replace(points);
        }
        c.x->setRange(QDateTime::fromMSecsSinceEpoch(end - span), QDateTime::fromMSecsSinceEpoch(end));
        c.x->setFormat(m_window == MetricWindow::OneDay ? QStringLiteral("HH:mm")
                                                        : QStringLiteral("HH:mm:ss"));
        const auto [max, ticks] = niceCeil(top * 1.1);
        c.y->setRange(0, max);
        c.y->setTickCount(ticks);
        c.y->setLabelFormat(max < 5 ? QStringLiteral("%g") : QStringLiteral("%.0f"));
    }
}

qsizetype Dashboard::pointCount() const
{
    qsizetype n = 0;
    for (const Chart &c : m_charts) {
        for (const auto &s : c.series) {
            n += s.second->count();
        }
    }
    return n;
}

bool Dashboard::exportCsv(const QString &path, QString *error) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error) {
            *error = tr("%1: %2").arg(path, f.errorString());
        }
        return false;
    }
    QByteArray out = "time";
    for (int i = 0; i < kMetricCount; ++i) {
        out += QByteArray(",") + metricKey(Metric(i));
    }
    out += '\n';
    for (const MetricSample &s : m_history.samples(m_window)) {
        out += QDateTime::fromMSecsSinceEpoch(s.unixMs).toUTC().toString(Qt::ISODateWithMs).toLatin1();
        for (double v : s.values) {
            out += ',' + QByteArray::number(v, 'g', 10);
        }
        out += '\n';
    }
    f.write(out);
    if (!f.commit()) {
        if (error) {
            *error = tr("%1: %2").arg(path, f.errorString());
        }
        return false;
    }
    return true;
}

bool Dashboard::exportPng(const QString &path, QString *error)
{
    redraw();
    if (!m_grid->grab().save(path, "PNG")) {
        if (error) {
            *error = tr("%1: cannot write the image").arg(path);
        }
        return false;
    }
    return true;
}

void Dashboard::exportDialog(const QString &title, const QString &fileName, const QString &filter,
                             const std::function<bool(const QString &, QString *)> &write)
{
    const QString path = QFileDialog::getSaveFileName(this, title, fileName, filter);
    QString error;
    if (!path.isEmpty() && !write(path, &error)) {
        QMessageBox::warning(this, title, error);
    }
}

// ---------------------------------------------------------------------------------- protocol-only charts

void Dashboard::buildProtocolCharts()
{
    if (m_protocolGrid) {
        return;
    }
    m_protocolGrid = new QWidget;
    m_protocolGrid->setObjectName(QStringLiteral("protocolCharts"));
    auto *grid = new QGridLayout(m_protocolGrid);
    grid->setContentsMargins(0, 0, 0, 0);
    m_protocolStatus = new QLabel;
    m_protocolStatus->setObjectName(QStringLiteral("protocolSummary"));
    m_protocolStatus->setWordWrap(true);
    m_protocolStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_protocolStatus, 0, 0, 1, 3);
    // The Metric of each series is not used: redrawProtocol() fills them from the probe history.
    m_protocolCharts.push_back(makeChart({Metric::ActiveSessions}));
    m_protocolCharts.push_back(makeChart({Metric::Requests, Metric::Requests, Metric::Requests}));
    m_protocolCharts.push_back(makeChart({Metric::LockContention}));
    for (std::size_t i = 0; i < m_protocolCharts.size(); ++i) {
        m_protocolCharts[i].view->setObjectName(QStringLiteral("protocolChart%1").arg(i));
        grid->addWidget(m_protocolCharts[i].view, 1, int(i));
        grid->setColumnStretch(int(i), 1);
    }
    grid->setRowStretch(1, 1);
    static_cast<QBoxLayout *>(layout())->addWidget(m_protocolGrid, 1);
    onLanguageChange(m_protocolGrid, [this] {
        setChartTexts(m_protocolCharts[0], tr("Availability (HEAD probe each second)"), {tr("answered")},
                      tr("%"));
        setChartTexts(m_protocolCharts[1], tr("Round trip (HEAD)"), {tr("mean"), tr("p50"), tr("p99")},
                      tr("ms"));
        setChartTexts(m_protocolCharts[2], tr("Connection failures"), {tr("failed probes")},
                      tr("per minute"));
        m_protocolStatus->setText(protocolSummary());
    });
}

void Dashboard::showProtocolCharts(bool on)
{
    m_protocolOnly = on;
    m_grid->setVisible(!on);
    if (m_protocolGrid) {
        m_protocolGrid->setVisible(on);
    }
}

void Dashboard::startProtocolFeed(const QString &profileName)
{
    flushArchive();
    m_profile.clear(); // probes are not archived
    m_history.clear();
    m_probes.clear();
    m_versions.clear();
    m_protocolProfile = profileName;
    m_status->setText(tr("%1: protocol only (no admin API)").arg(profileName));
    buildProtocolCharts();
    showProtocolCharts(true);
    redraw();
}

void Dashboard::clearFeed()
{
    flushArchive();
    m_profile.clear();
    m_history.clear();
    m_probes.clear();
    m_versions.clear();
    m_status->clear();
    showProtocolCharts(false);
    m_redis = false;
    m_lastRedisStats = {};
    m_charts[3].view->show();
    m_redisPanel->hide();
    setAdminChartTexts();
    redraw();
}

void Dashboard::addProbe(const ProbeSample &sample)
{
    if (!m_protocolOnly || !m_probes.add(sample)) {
        return;
    }
    if (!sample.serverVersion.isEmpty() && !m_versions.contains(sample.serverVersion)) {
        m_versions << sample.serverVersion;
    }
    if (isVisible()) {
        redraw();
    } else {
        m_dirty = true;
    }
}

QString Dashboard::protocolSummary() const
{
    const qint64 end = std::max<qint64>(m_probes.lastUnixMs(), QDateTime::currentMSecsSinceEpoch());
    const ProbeHistory::Summary sum = m_probes.summary(m_window, end);
    return sum.probes == 0
               ? tr("No probe yet.")
               : tr("%1 % of %2 probes answered; round trip p50 %3 ms, p99 %4 ms; %5 connection failures; "
                    "X-AspNet-Version %6")
                     .arg(100.0 * sum.answered / sum.probes, 0, 'f', 1)
                     .arg(sum.probes)
                     .arg(sum.p50Ms < 0 ? QStringLiteral("-") : QString::number(sum.p50Ms, 'f', 2))
                     .arg(sum.p99Ms < 0 ? QStringLiteral("-") : QString::number(sum.p99Ms, 'f', 2))
                     .arg(sum.failures)
                     .arg(m_versions.isEmpty() ? tr("not seen") : m_versions.join(QStringLiteral(", ")));
}

void Dashboard::redrawProtocol()
{
    const WindowSpec spec = windowSpec(m_window);
    const qint64 end = std::max<qint64>(m_probes.lastUnixMs(), QDateTime::currentMSecsSinceEpoch());
    const ProbeHistory::Summary sum = m_probes.summary(m_window, end);
    QList<QPointF> available, mean, p50, p99, failures;
    qint64 firstAnswerMs = -1; // the p50/p99 lines start there, not before the first probe
    for (const ProbeHistory::Bucket &b : m_probes.buckets(m_window, end)) {
        available << QPointF(double(b.startMs), b.availability);
        if (b.meanRoundTripMs >= 0) {
            mean << QPointF(double(b.startMs), b.meanRoundTripMs);
            if (firstAnswerMs < 0) {
                firstAnswerMs = b.startMs;
            }
        }
        failures << QPointF(double(b.startMs), b.failures * 60.0 / spec.bucketSeconds);
    }
    if (sum.answered > 0 && firstAnswerMs >= 0) {
        const double from = double(std::max(firstAnswerMs, end - qint64(spec.spanSeconds) * 1000));
        p50 << QPointF(from, sum.p50Ms) << QPointF(double(end), sum.p50Ms);
        p99 << QPointF(from, sum.p99Ms) << QPointF(double(end), sum.p99Ms);
    }
    const std::array<QList<QList<QPointF>>, 3> data = {QList<QList<QPointF>>{available},
                                                       QList<QList<QPointF>>{mean, p50, p99},
                                                       QList<QList<QPointF>>{failures}};
    for (std::size_t i = 0; i < m_protocolCharts.size(); ++i) {
        Chart &c = m_protocolCharts[i];
        double top = 0;
        for (std::size_t k = 0; k < c.series.size(); ++k) {
            for (const QPointF &p : data[i][qsizetype(k)]) {
                top = std::max(top, p.y());
            }
            c.series[k].second->replace(data[i][qsizetype(k)]);
        }
        c.x->setRange(QDateTime::fromMSecsSinceEpoch(end - qint64(spec.spanSeconds) * 1000),
                      QDateTime::fromMSecsSinceEpoch(end));
        // Availability up to 110 %, so that a steady 100 % line does not hide in the plot's top border.
        const auto [max, ticks] = i == 0 ? std::pair{110.0, 12} : niceCeil(top * 1.1);
        c.y->setRange(0, max);
        c.y->setTickCount(ticks);
        c.y->setLabelFormat(max < 5 ? QStringLiteral("%g") : QStringLiteral("%.0f"));
    }
    m_protocolStatus->setText(protocolSummary());
}

namespace {

/// Bytes as MiB with one decimal.
QString mib(double bytes)
{
    return QLocale().toString(bytes / 1048576.0, 'f', 1);
}

/// A per-second rate with one decimal below 10, else whole.
QString perSecond(double v)
{
    return QLocale().toString(v, 'f', v < 10 ? 1 : 0);
}

/// One line per node of a cluster's stats "nodes" (empty for one node).
QString nodeLines(const QJsonArray &nodes)
{
    if (nodes.size() < 2) {
        return {};
    }
    QStringList lines;
    for (const auto &v : nodes) {
        const QJsonObject n = v.toObject();
        const QJsonObject r = n.value(admin::key(admin::field::kRedis)).toObject();
        lines << Dashboard::tr("%1: %2 keys, %3 MiB used, %4 clients")
                     .arg(n.value(admin::key(admin::field::kAddress)).toString())
                     .arg(QLocale().toString(n.value(admin::key(admin::field::kDbKeys)).toInteger()))
                     .arg(mib(r.value(admin::key(admin::field::info::kUsedMemory)).toDouble()))
                     .arg(r.value(admin::key(admin::field::info::kClients)).toInteger());
    }
    return lines.join(u'\n');
}

} // namespace

void Dashboard::showRedisStats(const QJsonObject &stats)
{
    using namespace admin::field;
    m_lastRedisStats = stats;
    const QJsonObject r = stats.value(admin::key(kRedis)).toObject();
    const QJsonObject rates = stats.value(admin::key(kRates)).toObject();
    const QJsonObject sessions = stats.value(admin::key(kSessions)).toObject();
    const auto num = [&r](const char *k) { return r.value(admin::key(k)).toDouble(); };
    const auto rate = [&rates](const char *k) { return rates.value(QLatin1String(k)).toDouble(); };
    const double maxMemory = num(info::kMaxMemory);
    const double hits = num(info::kHits), misses = num(info::kMisses);
    const QJsonObject evalsha = r.value(admin::key(info::kEvalsha)).toObject();
    const QJsonValue oldest = sessions.value(admin::key(kOldestLockAge));
    const QStringList texts = {
        maxMemory > 0
            ? tr("Memory: %1 of %2 MiB (%3)")
                  .arg(mib(num(info::kUsedMemory)), mib(maxMemory),
                       r.value(admin::key(info::kMaxMemoryPolicy)).toString())
            : tr("Memory: %1 MiB, no maxmemory (%2)")
                  .arg(mib(num(info::kUsedMemory)), r.value(admin::key(info::kMaxMemoryPolicy)).toString()),
        tr("Commands: %1/s").arg(perSecond(rate("commands_per_second"))),
        tr("Expired keys: %1/s").arg(perSecond(rate("expired_keys_per_second"))),
        tr("Evicted keys: %1/s (%2 in all)")
            .arg(perSecond(rate("evicted_keys_per_second")))
            .arg(QLocale().toString(qint64(num(info::kEvictedKeys)))),
        tr("Clients: %1").arg(qint64(num(info::kClients))),
        tr("Hits/misses: %1/s, %2/s (%3 % hits)")
            .arg(perSecond(rate("hits_per_second")), perSecond(rate("misses_per_second")))
            .arg(hits + misses > 0 ? QLocale().toString(100.0 * hits / (hits + misses), 'f', 1)
                                   : QStringLiteral("—")),
        oldest.isNull() ? tr("Locks held: %1").arg(sessions.value(admin::key(kLocked)).toInteger())
                        : tr("Locks held: %1, oldest %2 s")
                              .arg(sessions.value(admin::key(kLocked)).toInteger())
                              .arg(oldest.toInteger()),
        evalsha.isEmpty()
            ? tr("EVALSHA: not called yet")
            : tr("EVALSHA: %1 µs per call (%2 calls)")
                  .arg(QLocale().toString(evalsha.value(admin::key(info::kUsecPerCall)).toDouble(), 'f', 1))
                  .arg(QLocale().toString(evalsha.value(admin::key(info::kCalls)).toInteger())),
        tr("Persistence: %1").arg(r.value(admin::key(info::kPersistence)).toString()),
        tr("Redis %1, %2, %3")
            .arg(r.value(admin::key(info::kVersion)).toString(), stats.value(admin::key(kKind)).toString(),
                 r.value(admin::key(info::kRole)).toString())};
    for (qsizetype i = 0; i < m_redisTiles.size() && i < texts.size(); ++i) {
        m_redisTiles[i]->setText(texts[i]);
    }
    QStringList apps; // the eight biggest applications, as the stats list them (biggest first)
    for (const QJsonValue a : stats.value(admin::key(kApplications)).toArray()) {
        if (apps.size() < 8) {
            const QJsonObject o = a.toObject();
            apps << tr("%1 (%2): %3")
                        .arg(o.value(admin::key(kApp)).toString(), o.value(admin::key(kLayout)).toString(),
                             QLocale().toString(o.value(admin::key(kSessions)).toInteger()));
        }
    }
    QString nodes = nodeLines(stats.value(admin::key(kNodes)).toArray());
    if (!apps.isEmpty()) {
        const QString head = sessions.value(admin::key(kExact)).toBool(true)
                                 ? tr("Sessions per application (counted): %1")
                                 : tr("Sessions per application (estimated from a sample): %1");
        nodes.prepend(head.arg(apps.join(QStringLiteral(" · "))) +
                      (nodes.isEmpty() ? QString() : QStringLiteral("\n")));
    }
    m_redisNodes->setText(nodes);
    m_redisNodes->setVisible(!nodes.isEmpty());
    m_findings->clear();
    for (const RedisFinding &f : redisStoreFindings(stats)) {
        auto *item = new QTreeWidgetItem({f.code, f.severity, f.message});
        item->setToolTip(2, f.message);
        m_findings->addTopLevelItem(item);
    }
}

} // namespace sd
