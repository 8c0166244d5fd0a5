// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests of the live monitor (offscreen) against the real sessionstated: connect, browse, open a
// session, abandon it and see it disappear and the abandoned counter rise; the dashboard receives samples;
// clicks on empty chart areas (QTBUG-118669); a simulated 24-hour feed keeps memory bounded; connectivity
// dialog; a profile from the open web.config; the embedded local server; a 1024x640 window (issue 12 point
// 14) and a language change reaching charts and dialogs (point 15).
#include "aspnet/sessiondata.h"
#include "aspnet/sessionid.h"
#include "client/adminclient.h"
#include "client/stateclient.h"
#include "fakestateservice.h"
#include "loadgen/loadgen.h"
#include "modal.h"
#include "monitor/localserver.h"
#include "rss.h"
#include "serverprocess.h"
#include "widgets/common/application.h"
#include "widgets/common/mainwindow.h"
#include "widgets/monitor/dashboard.h"
#include "widgets/monitor/monitorwidget.h"
#include "widgets/monitor/sessionbrowser.h"
#include "widgets/monitor/sessionlookup.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace sd;

class TestMonitorGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server;
    ConnectionProfile m_profile;

    /// The server's counter sessions.<name> through the admin API.
    qint64 sessionsCounter(const char *name)
    {
        AdminClient client(QUrl(m_profile.adminUrl), m_profile.readToken(nullptr).value_or(QByteArray()));
        qint64 value = -1;
        client.stats(this, [&](const AdminResult &r) {
            value =
                r.json.value(QStringLiteral("sessions")).toObject().value(QLatin1String(name)).toInteger();
        });
        (void)QTest::qWaitFor([&] { return value >= 0; }, 5000);
        return value;
    }

    /// Stores session `id` of `app` with a long string item "note" and a BinaryFormatter item "cart" (class
    /// ShopApp.Cart from assembly ShopApp) through the state protocol. Returns the note's text.
    QString putViewerSession(const QString &app, const QString &id)
    {
        QString note;
        for (int i = 0; i < 120; ++i)
            note += QStringLiteral("line %1 of a long note, past the table's 2000 characters\n").arg(i);
        QByteArray cart("\x14\x00\x01\x00\x00\x00\xff\xff\xff\xff\x01\x00\x00\x00\x00\x00\x00\x00", 18);
        cart += QByteArray("\x0c\x02\x00\x00\x00\x07ShopApp", 13);                      // BinaryLibrary
        cart += QByteArray("\x05\x01\x00\x00\x00\x0cShopApp.Cart\x00\x00\x00\x00", 22); // class, no members
        cart += QByteArray("\x02\x00\x00\x00\x0b", 5); // library id, MessageEnd
        SessionStateData d;
        d.setRaw(QStringLiteral("note"), *encodeAltValue(AltType::String, note));
        d.setRaw(QStringLiteral("cart"), cart);
        StateClient client(StateEndpoint{QStringLiteral("127.0.0.1"), m_server.port});
        const StateReply r = client.setAndReleaseItemExclusive(stateRequestTarget(app, id),
                                                               encodeSessionState(d), 20, std::nullopt);
        if (r.status != 200)
            qWarning("put failed: %d %s", r.status, qPrintable(r.error));
        return note;
    }

    /// Shows `w`, connects its monitor to the test server and brings `tab` (browser or dashboard) forward.
    MonitorWidget *connectedMonitor(MainWindow &w, QWidget *(MonitorWidget::*tab)() const)
    {
        w.resize(1100, 760);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            qWarning("window not exposed");
        MonitorWidget *monitor = w.monitor();
        w.showMonitor(true);
        monitor->addProfile(m_profile, true);
        monitor->tabs()->setCurrentWidget((monitor->*tab)());
        return monitor;
    }

    /// Connects `monitor` to the protocol-only `profile` and waits for three probes.
    static void connectProtocolOnly(MonitorWidget *monitor, const ConnectionProfile &profile)
    {
        monitor->addProfile(profile, true);
        QTRY_COMPARE_WITH_TIMEOUT(monitor->connection()->state(), MonitorConnection::State::Connected, 5000);
        QVERIFY(monitor->dashboard()->isProtocolOnly());
        QTRY_VERIFY_WITH_TIMEOUT(monitor->dashboard()->probeHistory().size() >= 3, 10000);
    }

    /// Looks up `id` of /LM/W3SVC/1/ROOT in the protocol-only browser; returns the result line.
    static QString lookUp(MonitorWidget *monitor, const QString &id)
    {
        SessionLookup *lookup = monitor->sessionLookup();
        lookup->findChild<QLineEdit *>(QStringLiteral("lookupId"))->setText(id);
        lookup->findChild<QPushButton *>(QStringLiteral("lookupButton"))->click();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!lookup->isBusy(), 5000); }();
        return lookup->findChild<QLabel *>(QStringLiteral("lookupResult"))->text();
    }

    /// Every static text of `root` and its children: labels, buttons, tool tips, place-holders, tab and
    /// column titles, window titles, actions, and the charts' titles, axis titles and series names.
    static QStringList shownTexts(QWidget *root)
    {
        QStringList out;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            out << w->toolTip() << (w->isWindow() ? w->windowTitle() : QString());
            if (auto *l = qobject_cast<QLabel *>(w))
                out << l->text();
            else if (auto *b = qobject_cast<QAbstractButton *>(w))
                out << b->text();
            else if (auto *e = qobject_cast<QLineEdit *>(w))
                out << e->placeholderText();
            if (auto *t = qobject_cast<QTabWidget *>(w))
                for (int i = 0; i < t->count(); ++i)
                    out << t->tabText(i);
            if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model())
                for (int i = 0; i < h->count(); ++i)
                    out << h->model()->headerData(i, h->orientation()).toString();
            if (auto *c = qobject_cast<QComboBox *>(w))
                for (int i = 0; i < c->count(); ++i)
                    out << c->itemText(i);
            if (auto *v = qobject_cast<QChartView *>(w)) {
                out << v->chart()->title();
                for (QAbstractAxis *a : v->chart()->axes())
                    out << a->titleText();
                for (QAbstractSeries *series : v->chart()->series())
                    out << series->name();
            }
        }
        for (QAction *a : root->findChildren<QAction *>())
            out << a->text();
        out.removeAll(QString());
        return out;
    }

    /// The visible buttons (push buttons, check boxes) of `root` narrower than their size hint, that is whose
    /// text is cut, each as "name "text" width < hint".
    static QStringList cutTexts(QWidget *root)
    {
        QStringList cut;
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
            if (b->isVisible() && b->width() < b->sizeHint().width())
                cut << QStringLiteral("%1 \"%2\" %3 < %4")
                           .arg(b->objectName(), b->text())
                           .arg(b->width())
                           .arg(b->sizeHint().width());
        return cut;
    }

    /// Puts a session with user=alice for /LM/W3SVC/1/ROOT through the protocol; returns its id.
    static QString putSession(quint16 port)
    {
        StateClient client({QStringLiteral("127.0.0.1"), port}, 5);
        SessionStateData data;
        data.setRaw(QStringLiteral("user"), encodeAltValue(AltType::String, QStringLiteral("alice")).value());
        const QString id = createSessionId().value();
        const StateReply r =
            client.setAndReleaseItemExclusive(stateRequestTarget(QStringLiteral("/LM/W3SVC/1/ROOT"), id),
                                              encodeSessionState(data), 20, std::nullopt);
        return r.status == 200 ? id : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QApplication::setOrganizationName(QStringLiteral("SessionDeskTest"));
        QApplication::setApplicationName(QStringLiteral("SessionDeskMonitorTest"));
        QLocale::setDefault(QLocale::c());
        m_profile.name = QStringLiteral("test server");
        m_profile.tokenFile = m_dir.filePath(QStringLiteral("token"));
        QVERIFY(m_server.start({QStringLiteral("--admin-token-file"), m_profile.tokenFile}));
        m_profile.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(m_server.port);
        m_profile.adminUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_server.adminPort);
        LoadOptions o;
        o.port = m_server.port;
        o.sessions = 300;
        o.concurrency = 2;
        o.threads = 1;
        o.requests = 1;
        o.itemBytes = 100;
        QCOMPARE(runLoad(o).prefilled, 300);
        QFile::remove(MetricsArchive::defaultPath());
    }

    void init() { QSettings().clear(); }

    void browseOpenAbandon()
    {
        MainWindow w;
        MonitorWidget *monitor = connectedMonitor(w, &MonitorWidget::browserWidget);
        QVERIFY(monitor->isConnected());
        auto *table = monitor->browser()->findChild<QTableView *>(QStringLiteral("sessionTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10000);
        auto *status = monitor->browser()->findChild<QLabel *>(QStringLiteral("loadStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral(" of ")));
        QVERIFY2(status->text().contains(QStringLiteral("sessions loaded")), qPrintable(status->text()));

        // Open a session: its items are decoded in the detail pane.
        const auto *model = monitor->browser()->model();
        const QString app = model->row(0).app, id = model->row(0).id;
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *items = monitor->browser()->findChild<QTreeWidget *>(QStringLiteral("itemsTree"));
        QTRY_VERIFY_WITH_TIMEOUT(items->topLevelItemCount() > 0, 5000);
        QCOMPARE(items->topLevelItem(0)->text(1), QStringLiteral("System.String"));
        auto *header = monitor->browser()->findChild<QLabel *>(QStringLiteral("detailHeader"));
        QVERIFY(header->text().contains(id));

        // Abandon it (confirming the question): it disappears and the abandoned counter rises.
        const qint64 abandonedBefore = sessionsCounter("abandoned");
        const qint64 totalBefore = model->totalCount();
        auto *abandon = monitor->browser()->findChild<QPushButton *>(QStringLiteral("abandonButton"));
        QVERIFY(abandon->isEnabled());
        whenModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
        abandon->click();
        QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() == totalBefore - 1, 5000);
        for (int r = 0; r < model->loadedCount(); ++r)
            QVERIFY(!(model->row(r).app == app && model->row(r).id == id));
        QTRY_COMPARE_WITH_TIMEOUT(sessionsCounter("abandoned"), abandonedBefore + 1, 5000);
        // After a reload from the server, it is still gone.
        monitor->browser()->findChild<QPushButton *>(QStringLiteral("refreshSessions"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() >= 0, 5000);
        for (int r = 0; r < model->loadedCount(); ++r)
            QVERIFY(!(model->row(r).app == app && model->row(r).id == id));

        // Reset timeout and copy id are there; read-only profiles disable the writes.
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        monitor->browser()->findChild<QPushButton *>(QStringLiteral("copyIdButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), model->row(0).id);
        auto *appFilter = monitor->browser()->findChild<QComboBox *>(QStringLiteral("appFilter"));
        QVERIFY(appFilter->findText(model->row(0).app) > 0); // the loaded apps are offered as filters
        ConnectionProfile ro = m_profile;
        ro.name = QStringLiteral("read-only view");
        ro.readOnly = true;
        monitor->addProfile(ro, true);
        QTRY_VERIFY_WITH_TIMEOUT(model->loadedCount() > 0, 5000);
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!abandon->isEnabled());
        QVERIFY(
            !monitor->browser()->findChild<QPushButton *>(QStringLiteral("bulkAbandonButton"))->isEnabled());
        QVERIFY(monitor->findChild<QLabel *>(QStringLiteral("readOnlyBadge"))->isVisible());
        QVERIFY(!monitor->findChild<QPushButton *>(QStringLiteral("loadButton"))->isEnabled());
    }

    void bulkAbandonByFilter()
    {
        MainWindow w;
        MonitorWidget *monitor = connectedMonitor(w, &MonitorWidget::browserWidget);
        const auto *model = monitor->browser()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->loadedCount() > 0, 10000);
        // Sessions whose id starts with the first row's first 6 characters.
        const QString prefix = model->row(0).id.left(6);
        auto *filter = monitor->browser()->findChild<QLineEdit *>(QStringLiteral("prefixFilter"));
        filter->setText(prefix);
        monitor->browser()->findChild<QPushButton *>(QStringLiteral("applyFilter"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->totalCount() > 0, 5000);
        const qint64 matching = model->totalCount();
        const qint64 abandonedBefore = sessionsCounter("abandoned");
        // The preview names the count; cancel first, then confirm.
        QString previewText;
        whenModal([&previewText](QWidget *box) {
            previewText = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
        });
        QCOMPARE(monitor->browser()->abandonMatching(true), 0);
        QVERIFY2(previewText.contains(QString::number(matching)), qPrintable(previewText));
        QVERIFY(previewText.contains(prefix));
        // One line per session with its application (issue 12 point 12).
        QVERIFY2(
            previewText.contains(QStringLiteral("<tt>%1</tt></td><td style=\"white-space:nowrap\">%2</td>")
                                     .arg(model->row(0).id, model->row(0).app.toHtmlEscaped())),
            qPrintable(previewText));
        // The detail pane of a session that goes with the others is cleared (issue 12 point 12).
        auto *table = monitor->browser()->findChild<QTableView *>(QStringLiteral("sessionTable"));
        const QString openId = model->row(0).id;
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *detail = monitor->browser()->findChild<QLabel *>(QStringLiteral("detailHeader"));
        QTRY_VERIFY_WITH_TIMEOUT(detail->text().contains(QStringLiteral("created")), 5000);
        QCOMPARE(monitor->browser()->abandonMatching(false), int(matching));
        QTRY_COMPARE_WITH_TIMEOUT(model->totalCount(), 0, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->text().contains(openId), 5000);
        QCOMPARE(
            monitor->browser()->findChild<QTreeWidget *>(QStringLiteral("itemsTree"))->topLevelItemCount(),
            0);
        QVERIFY(monitor->browser()
                    ->findChild<QLabel *>(QStringLiteral("actionMessage"))
                    ->text()
                    .contains(QStringLiteral("%1 sessions abandoned.").arg(matching)));
        QCOMPARE(sessionsCounter("abandoned"), abandonedBefore + matching);
    }

    void valueViewerContextMenuAndDelete()
    {
        // Issue 12 point 12: value viewer, Remaining column, context menu, Delete, a message after each
        // action, the detail pane cleared when its session is gone, a busy bar while the first page loads.
        const QString note = putViewerSession(QStringLiteral("/LM/W3SVC/1/ROOT/viewer"),
                                              QStringLiteral("viewerviewerviewer000001"));
        MainWindow w;
        MonitorWidget *monitor = connectedMonitor(w, &MonitorWidget::browserWidget);
        SessionBrowser *browser = monitor->browser();
        auto *status = browser->findChild<QLabel *>(QStringLiteral("loadStatus"));
        auto *busy = browser->findChild<QProgressBar *>(QStringLiteral("loadingIndicator"));
        QVERIFY(busy);
        QTRY_VERIFY_WITH_TIMEOUT(browser->model()->totalCount() >= 0 && !browser->model()->isLoading(),
                                 10000);
        // A reload starts a first page of its own: the bar runs and the status says so, not "0 of 0".
        browser->findChild<QPushButton *>(QStringLiteral("applyFilter"))->click();
        QVERIFY(browser->model()->isLoading());
        QVERIFY(!busy->isHidden());
        QVERIFY2(!status->text().contains(QStringLiteral("0 of 0")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("Loading")), qPrintable(status->text()));
        QTRY_VERIFY_WITH_TIMEOUT(busy->isHidden(), 10000);

        browser->findChild<QLineEdit *>(QStringLiteral("prefixFilter"))
            ->setText(QStringLiteral("viewerviewer"));
        browser->findChild<QPushButton *>(QStringLiteral("applyFilter"))->click();
        const auto *model = browser->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->loadedCount() == 1, 5000);
        auto *table = browser->findChild<QTableView *>(QStringLiteral("sessionTable"));
        const QString remaining =
            table->model()->index(0, SessionListModel::RemainingColumn).data().toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^(19|20) min \\d+ s$")).match(remaining).hasMatch(),
                 qPrintable(remaining));

        // The value viewer: the whole string, and the BinaryFormatter blob as hex under its class name.
        table->selectionModel()->setCurrentIndex(
            table->model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *items = browser->findChild<QTreeWidget *>(QStringLiteral("itemsTree"));
        QTRY_COMPARE_WITH_TIMEOUT(items->topLevelItemCount(), 2, 5000);
        auto *text = browser->findChild<QPlainTextEdit *>(QStringLiteral("valueText"));
        auto *hex = browser->findChild<QPlainTextEdit *>(QStringLiteral("valueHex"));
        auto *header = browser->findChild<QLabel *>(QStringLiteral("valueHeader"));
        auto *tabs = browser->findChild<QTabWidget *>(QStringLiteral("valueTabs"));
        items->setCurrentItem(items->topLevelItem(0)); // note
        QCOMPARE(text->toPlainText(), note);
        QVERIFY(items->topLevelItem(0)->text(2).size() <
                note.size()); // the table cell is cut, the viewer not
        QCOMPARE(tabs->currentWidget(), text);
        items->setCurrentItem(items->topLevelItem(1)); // cart
        QVERIFY2(header->text().contains(QStringLiteral("ShopApp.Cart")), qPrintable(header->text()));
        QVERIFY(header->text().contains(QStringLiteral("assembly ShopApp")));
        QCOMPARE(tabs->currentWidget(), hex);
        QVERIFY2(
            hex->toPlainText().startsWith(QStringLiteral("00000000  00 01 00 00 00 ff ff ff ff 01 00 00 00 "
                                                         "00 00 00  ................")),
            qPrintable(hex->toPlainText()));
        QVERIFY(hex->toPlainText().contains(QStringLiteral("ShopApp.C")));
        browser->findChild<QPushButton *>(QStringLiteral("copyValueButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(), hex->toPlainText());
        auto *message = browser->findChild<QLabel *>(QStringLiteral("actionMessage"));
        QVERIFY2(message->text().contains(QStringLiteral("Copied the hex dump of item cart")),
                 qPrintable(message->text()));

        // The context menu holds the actions; Reset timeout reports back.
        QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList names;
        for (QAction *a : table->actions())
            names << a->objectName();
        for (const char *name : {"abandonAction", "touchAction", "copyIdAction", "bulkAbandonAction"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        table->findChild<QAction *>(QStringLiteral("touchAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            message->text().contains(QStringLiteral("Timeout of session viewerviewerviewer000001 reset")),
            5000);

        // Delete abandons (after the question); the detail pane and the viewer are cleared, a message says
        // so.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        table->setFocus();
        whenModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(model->loadedCount(), 0, 5000);
        QTRY_VERIFY(message->text().contains(QStringLiteral("Session viewerviewerviewer000001 abandoned.")));
        auto *detail = browser->findChild<QLabel *>(QStringLiteral("detailHeader"));
        QVERIFY2(!detail->text().contains(QStringLiteral("viewerviewer")), qPrintable(detail->text()));
        QCOMPARE(items->topLevelItemCount(), 0);
        QVERIFY(text->toPlainText().isEmpty() && hex->toPlainText().isEmpty());
    }

    void multiSelectAbandonClearsTheDetail()
    {
        // Issue 12 point 12: several sessions abandoned at once, the question listing each with its
        // application, and the detail pane cleared rather than moved to the next session.
        MainWindow w;
        MonitorWidget *monitor = connectedMonitor(w, &MonitorWidget::browserWidget);
        SessionBrowser *browser = monitor->browser();
        const auto *model = browser->model();
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLoading() && model->loadedCount() > 5, 10000);
        auto *table = browser->findChild<QTableView *>(QStringLiteral("sessionTable"));
        QList<admin::SessionRow> chosen;
        for (int r = 0; r < 3; ++r) {
            chosen.append(model->row(r));
            table->selectionModel()->setCurrentIndex(table->model()->index(r, 0),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        auto *detail = browser->findChild<QLabel *>(QStringLiteral("detailHeader"));
        QTRY_VERIFY_WITH_TIMEOUT(detail->text().contains(chosen[2].id), 5000);
        browser->findChild<QPushButton *>(QStringLiteral("copyIdButton"))->click();
        QCOMPARE(QApplication::clipboard()->text(),
                 chosen[0].id + u'\n' + chosen[1].id + u'\n' + chosen[2].id);
        QString question;
        whenModal([&question](QWidget *box) {
            question = static_cast<QMessageBox *>(box)->text();
            static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click();
        });
        browser->findChild<QPushButton *>(QStringLiteral("abandonButton"))->click();
        QVERIFY2(question.contains(QStringLiteral("these 3 sessions")), qPrintable(question));
        for (const admin::SessionRow &r : chosen)
            QVERIFY(
                question.contains(QStringLiteral("<tt>%1</tt></td><td style=\"white-space:nowrap\">%2</td>")
                                      .arg(r.id, r.app.toHtmlEscaped())));
        auto *message = browser->findChild<QLabel *>(QStringLiteral("actionMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QStringLiteral("3 sessions abandoned.")), 5000);
        for (int r = 0; r < model->loadedCount(); ++r)
            for (const admin::SessionRow &c : chosen)
                QVERIFY(model->row(r).id != c.id);
        QVERIFY2(!detail->text().contains(chosen[2].id), qPrintable(detail->text()));
        QVERIFY(!table->selectionModel()->currentIndex().isValid()); // not moved on to another session
        QCOMPARE(browser->findChild<QTreeWidget *>(QStringLiteral("itemsTree"))->topLevelItemCount(), 0);
    }

    void dashboardReceivesSamplesAndSurvivesClicks()
    {
        MainWindow w;
        MonitorWidget *monitor = connectedMonitor(w, &MonitorWidget::dashboardWidget);
        Dashboard *dash = monitor->dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dash->history().samples(MetricWindow::FiveMinutes).size() >= 2, 10000);
        QTRY_VERIFY(dash->pointCount() >= 6);
        const auto samples = dash->history().samples(MetricWindow::FiveMinutes);
        QVERIFY(samples.back().value(Metric::ActiveSessions) > 0);
        // Clicks anywhere on each chart view, corners and margins included, must not crash (QTBUG-118669:
        // Qt 6.4.2's QChartView dereferences a null item when the click misses the chart).
        const auto views = dash->findChildren<QChartView *>();
        QCOMPARE(views.size(), 6);
        for (QChartView *v : views) {
            const QSize s = v->viewport()->size();
            for (const QPoint p :
                 {QPoint(0, 0), QPoint(s.width() - 1, s.height() - 1), QPoint(s.width() / 2, 2),
                  QPoint(2, s.height() / 2), QPoint(s.width() / 2, s.height() / 2)}) {
                QTest::mouseClick(v->viewport(), Qt::LeftButton, {}, p);
                QTest::mouseClick(v->viewport(), Qt::RightButton, {}, p);
            }
        }
        // The value under the cursor (issue 12 point 12): hovering the plot area shows the time and value of
        // the nearest sample; leaving hides it.
        QChartView *active = dash->findChild<QChartView *>(QStringLiteral("chart0"));
        auto *series = static_cast<QXYSeries *>(active->chart()->series().first());
        const QPointF last = series->points().back();
        const QPoint over = active->mapFromScene(active->chart()->mapToScene(active->chart()->mapToPosition(
            QPointF(last.x(), active->chart()->mapToValue(active->chart()->plotArea().center(), series).y()),
            series)));
        auto *readout = active->viewport()->findChild<QLabel *>(QStringLiteral("cursorReadout"));
        QVERIFY(readout);
        QMouseEvent move(QEvent::MouseMove, QPointF(over), active->viewport()->mapToGlobal(QPointF(over)),
                         Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(active->viewport(), &move);
        QVERIFY(!readout->isHidden());
        QCOMPARE(readout->text(),
                 QDateTime::fromMSecsSinceEpoch(qint64(last.x())).toString(QStringLiteral("HH:mm:ss")) +
                     QStringLiteral("\nactive: %1 sessions").arg(qint64(last.y())));
        QEvent leave(QEvent::Leave);
        QApplication::sendEvent(active->viewport(), &leave);
        QVERIFY(readout->isHidden());
        // Windows and exports.
        dash->setWindow(MetricWindow::OneDay);
        dash->setWindow(MetricWindow::FiveMinutes);
        QString error;
        const QString csv = m_dir.filePath(QStringLiteral("metrics.csv")),
                      png = m_dir.filePath(QStringLiteral("charts.png"));
        QVERIFY2(dash->exportCsv(csv, &error), qPrintable(error));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QVERIFY(lines.size() >= 3);
        QVERIFY(lines[0].startsWith("time,active_sessions,payload_bytes"));
        QVERIFY2(dash->exportPng(png, &error), qPrintable(error));
        QVERIFY(QImage(png).width() > 300);
        // Reopening shows the past: a new feed for the same profile reads the archive.
        dash->flushArchive();
        const std::size_t before = dash->history().samples(MetricWindow::FiveMinutes).size();
        monitor->disconnectFromServer();
        Dashboard fresh;
        fresh.startFeed(m_profile.name);
        QVERIFY(fresh.history().samples(MetricWindow::FiveMinutes).size() >= before);
    }

    void simulatedDayKeepsMemoryBounded()
    {
        Dashboard dash;
        dash.setArchivePath(QString());
        dash.resize(1000, 600);
        dash.show(); // drawn for real: every 600th sample redraws all six charts
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setWindow(MetricWindow::OneDay);
        const std::int64_t t0 = QDateTime::currentMSecsSinceEpoch() - 2LL * 86400 * 1000;
        qint64 rssAfterFirstDay = 0;
        qsizetype maxPoints = 0;
        dash.hide(); // samples only mark the charts dirty while hidden
        for (int i = 0; i < 2 * 86400; ++i) {
            MetricSample s;
            s.unixMs = t0 + std::int64_t(i) * 1000;
            s.values.fill(double(i % 600));
            dash.addSample(s);
            if (i % 600 == 0) {
                dash.redraw();
                maxPoints = std::max(maxPoints, dash.pointCount());
            }
            if (i == 86400)
                rssAfterFirstDay = rssBytes();
        }
        dash.redraw();
        const qint64 growth = rssBytes() - rssAfterFirstDay;
        qInfo(
            "24 h window: at most %lld points over 8 series; RSS growth on the second simulated day %lld KiB",
            qint64(maxPoints), growth / 1024);
        QVERIFY(maxPoints <= 8 * 721);
        QVERIFY2(growth < 4 * 1024 * 1024, "memory grew on the second simulated day");
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        for (int w = 0; w < kWindowCount; ++w) {
            dash.setWindow(MetricWindow(w));
            QVERIFY(dash.pointCount() <= 8 * (windowSpec(MetricWindow(w)).capacity() + 1));
        }
    }

    void serverListIsTheServerShown()
    {
        // Issue 12 point 9: the entry selected is the server whose data is shown; "Local sessionstated" stays
        // in the list beside saved profiles and "Generate load" works for it. Point 10: the status says which
        // step failed, and "Generate load" says why it cannot run.
        MainWindow w;
        MonitorWidget *monitor = connectedMonitor(w, &MonitorWidget::dashboardWidget);
        monitor->setLoadProgram(QStringLiteral(SD_SESSIONCTL));
        monitor->setLocalServerProgram(QStringLiteral(SD_SESSIONSTATED));
        auto *combo = monitor->findChild<QComboBox *>(QStringLiteral("profileCombo"));
        auto *status = monitor->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        auto *load = monitor->findChild<QPushButton *>(QStringLiteral("loadButton"));
        QVERIFY(combo->itemText(0).startsWith(QStringLiteral("Local sessionstated")));
        QCOMPARE(combo->currentText(), m_profile.name);
        const auto samples = [monitor] {
            return monitor->dashboard()->history().samples(MetricWindow::FiveMinutes);
        };
        QTRY_VERIFY_WITH_TIMEOUT(!samples().empty(), 10000);
        QTRY_VERIFY(load->isEnabled());
        // A new profile does not take the list from the connected server.
        ConnectionProfile dead = m_profile;
        dead.name = QStringLiteral("nothing there");
        dead.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:1");
        dead.tokenFile.clear();
        monitor->addProfile(dead, false);
        QCOMPARE(combo->currentText(), m_profile.name);
        QVERIFY(status->text().contains(m_profile.name));
        // Choosing it clears what the other server showed and turns the writes off; TCP fails first.
        combo->setCurrentIndex(combo->findText(dead.name));
        QVERIFY(samples().empty());
        QCOMPARE(monitor->browser()->model()->loadedCount(), 0);
        QVERIFY(!load->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Cannot connect")), 5000);
        QVERIFY2(status->text().contains(dead.name) && status->text().contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(status->text()));
        QVERIFY2(!status->text().contains(QStringLiteral("token")), qPrintable(status->text()));
        QVERIFY(!load->isEnabled());
        monitor->setLoadRunning(true); // as a click would, were the button enabled
        QVERIFY(!monitor->isLoadRunning());
        QVERIFY2(status->text().contains(QStringLiteral("Generate load")) &&
                     status->text().contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(status->text()));
        QCOMPARE(combo->currentText(), dead.name);
        // Back to the test server: connected, its data and the writes return.
        combo->setCurrentIndex(combo->findText(m_profile.name));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Connected to ") + m_profile.name),
                                 5000);
        QTRY_VERIFY_WITH_TIMEOUT(load->isEnabled(), 5000);
        // The local entry starts a local sessionstated and connects to it; Generate load works for it.
        combo->setCurrentIndex(0);
        QVERIFY(!load->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(monitor->currentProfile() && monitor->currentProfile()->embedded, 10000);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(combo->count(), 3); // the local server, the test server, nothing there
        QTRY_VERIFY_WITH_TIMEOUT(load->isEnabled(), 10000);
        load->click();
        QTRY_VERIFY_WITH_TIMEOUT(monitor->isLoadRunning(), 5000);
        // One copy of the samples: begin() and end() of two calls would belong to two vectors.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&samples] {
                const auto s = samples();
                return std::any_of(s.begin(), s.end(),
                                   [](const MetricSample &x) { return x.value(Metric::Requests) > 0; });
            }(),
            15000);
        QVERIFY(status->text().contains(monitor->currentProfile()->name));
        load->click();
        QVERIFY(!monitor->isLoadRunning());
    }

    void protocolOnlyAgainstBareStatusLines()
    {
        // Issue 12 point 11: a fake aspnet_state answering bare "200 OK" status lines (as p2pStateServer).
        FakeStateService fake;
        ConnectionProfile p;
        p.name = QStringLiteral("aspnet_state (fake)");
        p.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(fake.port());
        p.stateNetworkTimeoutSeconds = 2;
        p.protocolOnly = true;
        MainWindow w;
        w.resize(1100, 760);
        w.show();
        w.showMonitor(true);
        MonitorWidget *monitor = w.monitor();
        monitor->tabs()->setCurrentWidget(monitor->dashboardWidget());
        connectProtocolOnly(monitor, p);
        Dashboard *dash = monitor->dashboard();
        QTRY_VERIFY(dash->protocolSummary().contains(QStringLiteral("X-AspNet-Version 2.0.50727")));
        QVERIFY2(dash->protocolSummary().contains(QStringLiteral("100.0 % of")),
                 qPrintable(dash->protocolSummary()));
        QVERIFY(dash->protocolSummary().contains(QStringLiteral("p99")));
        QVERIFY(fake.requests >= 3); // the HEAD probes
        QVERIFY(dash->findChild<QChartView *>(QStringLiteral("protocolChart1"))->isVisible());
        QVERIFY(!dash->findChild<QChartView *>(QStringLiteral("chart0"))->isVisible());
        auto *status = monitor->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY2(status->text().contains(QStringLiteral("protocol only")), qPrintable(status->text()));
        // The session browser says it cannot list, and looks one session up.
        monitor->tabs()->setCurrentWidget(monitor->browserWidget());
        QVERIFY(monitor->sessionLookup()->isVisible());
        QVERIFY(!monitor->browser()->isVisible());
        QVERIFY(monitor->sessionLookup()
                    ->findChild<QLabel *>(QStringLiteral("protocolOnlyNote"))
                    ->text()
                    .contains(QStringLiteral("cannot list sessions")));
        const QString id = putSession(fake.port());
        QVERIFY(!id.isEmpty());
        QVERIFY2(lookUp(monitor, id).startsWith(QStringLiteral("200")), qPrintable(lookUp(monitor, id)));
        auto *items = monitor->sessionLookup()->findChild<QTreeWidget *>(QStringLiteral("lookupItems"));
        QCOMPARE(items->topLevelItemCount(), 1);
        QCOMPARE(items->topLevelItem(0)->text(0), QStringLiteral("user"));
        QVERIFY(items->topLevelItem(0)->text(2).contains(QStringLiteral("alice")));
        QVERIFY(lookUp(monitor, createSessionId().value()).startsWith(QStringLiteral("404")));
    }

    void protocolOnlyAgainstSessionstatedWithoutAdmin()
    {
        // Issue 12 point 11: sessionstated --no-admin, and a profile whose empty admin URL means
        // protocol-only.
        ServerProcess noAdmin;
        QVERIFY(noAdmin.start({})); // ServerProcess adds --no-admin
        ConnectionProfile p;
        p.name = QStringLiteral("sessionstated --no-admin");
        p.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(noAdmin.port);
        p.adminUrl.clear();
        MainWindow w;
        w.show();
        MonitorWidget *monitor = w.monitor();
        connectProtocolOnly(monitor, p);
        QTRY_VERIFY(monitor->dashboard()->protocolSummary().contains(QStringLiteral("X-AspNet-Version 4.")) ||
                    monitor->dashboard()->protocolSummary().contains(QStringLiteral("X-AspNet-Version 2.")));
        const QString id = putSession(noAdmin.port);
        QVERIFY(!id.isEmpty());
        QVERIFY(lookUp(monitor, id).startsWith(QStringLiteral("200")));
        // The server goes away: availability falls and the status line says so.
        noAdmin.kill9();
        QTRY_VERIFY_WITH_TIMEOUT(
            monitor->dashboard()
                    ->probeHistory()
                    .summary(MetricWindow::FiveMinutes, QDateTime::currentMSecsSinceEpoch())
                    .failures > 0,
            10000);
        QVERIFY(monitor->findChild<QLabel *>(QStringLiteral("connectionStatus"))
                    ->text()
                    .contains(QStringLiteral("does not answer")));
        QVERIFY(monitor->dashboard()->protocolSummary().contains(QStringLiteral("connection failures")));
    }

    void loadAgainstUnreachableServerSaysWhy()
    {
        // Issue 12 point 10: sessionctl load's own reason is in the status line when it stops.
        ConnectionProfile p;
        p.name = QStringLiteral("goes away");
        p.protocolOnly = true;
        p.stateNetworkTimeoutSeconds = 2;
        MainWindow w;
        w.show();
        MonitorWidget *monitor = w.monitor();
        monitor->setLoadProgram(QStringLiteral(SD_SESSIONCTL));
        auto *status = monitor->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        {
            FakeStateService fake;
            p.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(fake.port());
            connectProtocolOnly(monitor, p);
        }
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("does not answer")), 10000);
        auto *load = monitor->findChild<QPushButton *>(QStringLiteral("loadButton"));
        QVERIFY(load->isEnabled());
        whenModal([](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Yes)->click(); });
        load->click();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("load generator stopped")), 10000);
        QVERIFY2(status->text().contains(QStringLiteral("cannot connect")) &&
                     status->text().contains(QStringLiteral("Connection refused")),
                 qPrintable(status->text()));
        QVERIFY(!load->isChecked());
    }

    void connectivityDialogShowsEachStep()
    {
        ConnectivityDialog dialog(m_profile);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 15000);
        QCOMPARE(dialog.steps()->topLevelItemCount(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(dialog.steps()->topLevelItem(i)->text(1), QStringLiteral("pass"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("connectivityVerdict"))
                    ->text()
                    .contains(QStringLiteral("passed")));
    }

    void profileFromOpenConfig()
    {
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral(SD_SAMPLES_DIR "/web.config")));
        const auto found = w.stateServerOfDocument();
        QVERIFY(found);
        QVERIFY(found->first.startsWith(QStringLiteral("tcpip=")));
        QVERIFY(found->second > 0);
    }

    void smallWindow()
    {
        // Issue 12 point 14: at 1024x640, in English and in Czech, the header stays a few lines high with a
        // long status, no button is cut and the session table's Lock column is inside the view.
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showMonitor(true);
        MonitorWidget *monitor = w.monitor();
        ConnectionProfile p = m_profile;
        p.name = QStringLiteral("a state server with a long name, as people give them: ") + QString(60, u'x');
        monitor->addProfile(p, true);
        QTRY_COMPARE_WITH_TIMEOUT(monitor->connection()->state(), MonitorConnection::State::Connected, 5000);
        auto *status = monitor->findChild<QLabel *>(QStringLiteral("connectionStatus"));
        QVERIFY(status->text().contains(p.name));
        QVERIFY2(monitor->minimumSizeHint().width() <= 1000,
                 qPrintable(QString::number(monitor->minimumSizeHint().width())));
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("cs")}) {
            loadLanguage(language, QStringLiteral(SD_QM_DIR));
            w.resize(1024, 640);
            QTRY_VERIFY(monitor->width() <= 1024);
            for (QWidget *tab : {monitor->dashboardWidget(), monitor->browserWidget()}) {
                monitor->tabs()->setCurrentWidget(tab);
                QTest::qWait(50);
                const int line = status->fontMetrics().height();
                const int header = monitor->tabs()->geometry().top();
                const int button =
                    monitor->findChild<QPushButton *>(QStringLiteral("connectButton"))->height();
                QVERIFY2(header <= button + 3 * line + 40,
                         qPrintable(language + QStringLiteral(": header %1 px high").arg(header)));
                QVERIFY2(status->height() < 2 * line, qPrintable(QString::number(status->height())));
                const QStringList cut = cutTexts(monitor);
                QVERIFY2(cut.isEmpty(), qPrintable(language + u' ' + cut.join(QStringLiteral("; "))));
            }
            auto *table = monitor->browser()->findChild<QTableView *>(QStringLiteral("sessionTable"));
            QHeaderView *columns = table->horizontalHeader();
            const int lock = SessionListModel::LockedColumn;
            QVERIFY2(columns->sectionViewportPosition(lock) >= 0 &&
                         columns->sectionViewportPosition(lock) + columns->sectionSize(lock) <=
                             table->viewport()->width(),
                     qPrintable(language + QStringLiteral(": Lock at %1 + %2 in %3")
                                               .arg(columns->sectionViewportPosition(lock))
                                               .arg(columns->sectionSize(lock))
                                               .arg(table->viewport()->width())));
            QVERIFY(columns->sectionSize(SessionListModel::AppColumn) >= 80);
        }
        loadLanguage(QStringLiteral("en"), QStringLiteral(SD_QM_DIR));
    }

    void languageSwitchReachesChartsAndDialogs()
    {
        // Issue 12 point 15: a language change re-applies the texts of what tst_language does not see: the
        // charts (admin and protocol-only), the session lookup, and open profile and connectivity dialogs.
        FakeStateService fake;
        ConnectionProfile p;
        p.name = QStringLiteral("aspnet_state (fake)");
        p.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(fake.port());
        p.stateNetworkTimeoutSeconds = 2;
        p.protocolOnly = true;
        MainWindow w;
        w.show();
        MonitorWidget *monitor = w.monitor();
        connectProtocolOnly(monitor, p);
        ProfileDialog profile(m_profile, &w);
        profile.show();
        ConnectivityDialog connectivity(m_profile, &w);
        connectivity.show();
        QTRY_VERIFY_WITH_TIMEOUT(!connectivity.isRunning(), 15000);
        const QStringList english = {
            QStringLiteral("Active sessions"),
            QStringLiteral("Lock contention (423)"),
            QStringLiteral("Availability (HEAD probe each second)"),
            QStringLiteral("answered"),
            QStringLiteral("per minute"),
            QStringLiteral("&Look up"),
            QStringLiteral("&Dashboard"),
            QStringLiteral("Generate load"),
            QStringLiteral("Connection profile"),
            QStringLiteral("&Name:"),
            QStringLiteral("Browse..."),
            QStringLiteral("Read-only: monitor only (no abandon, reset, load or write test)"),
            QStringLiteral("Step"),
            QStringLiteral("Test again"),
            QStringLiteral("Test a session database file..."),
            QStringLiteral("pass")};
        const auto all = [&] {
            return shownTexts(&w) + shownTexts(&profile) + shownTexts(&connectivity) +
                   QStringList{connectivity.steps()->topLevelItem(0)->text(1)};
        };
        for (const QString &text : english)
            QVERIFY2(all().contains(text), qPrintable(text));
        QCOMPARE(loadLanguage(QStringLiteral("cs"), QStringLiteral(SD_QM_DIR)), QStringLiteral("cs_CZ"));
        QTest::qWait(50);
        const QStringList czech = all();
        for (const QString &text : english)
            QVERIFY2(!czech.contains(text), qPrintable(QStringLiteral("still English: ") + text));
        QVERIFY(czech.contains(QStringLiteral("Aktivní relace")));
        QVERIFY(czech.contains(QStringLiteral("Profil připojení")));
        loadLanguage(QStringLiteral("en"), QStringLiteral(SD_QM_DIR));
        QTest::qWait(50);
        for (const QString &text : english)
            QVERIFY2(all().contains(text), qPrintable(QStringLiteral("not back: ") + text));
    }

    void embeddedServerStartsAndStopsWithTheApp()
    {
        QString tokenFile;
        QUrl admin;
        {
            MainWindow w;
            w.show();
            MonitorWidget *monitor = w.monitor();
            monitor->setLoadProgram(QStringLiteral(SD_SESSIONCTL));
            monitor->startLocalServer(QStringLiteral(SD_SESSIONSTATED));
            QTRY_VERIFY_WITH_TIMEOUT(monitor->isConnected(), 10000);
            QVERIFY(monitor->currentProfile()->embedded);
            tokenFile = monitor->currentProfile()->tokenFile;
            admin = QUrl(monitor->currentProfile()->adminUrl);
            QVERIFY(QFile::exists(tokenFile));
            QTRY_VERIFY_WITH_TIMEOUT(
                monitor->dashboard()->history().samples(MetricWindow::FiveMinutes).size() >= 1, 10000);
            QSettings settings;
            QVERIFY(loadProfiles(settings).isEmpty()); // never saved
            // "Generate load" runs sessionctl load against it: requests, new sessions, abandons and 423s
            // show.
            auto *load = monitor->findChild<QPushButton *>(QStringLiteral("loadButton"));
            QTRY_VERIFY_WITH_TIMEOUT(load->isEnabled(), 5000); // enabled once the connection settles
            load->click();
            QTRY_VERIFY_WITH_TIMEOUT(monitor->isLoadRunning(), 5000);
            const auto moved = [monitor](Metric m) {
                const auto s = monitor->dashboard()->history().samples(MetricWindow::FiveMinutes);
                return std::any_of(s.begin(), s.end(), [m](const MetricSample &x) { return x.value(m) > 0; });
            };
            for (Metric m : {Metric::Requests, Metric::SessionsStarted, Metric::SessionsAbandoned,
                             Metric::LockContention, Metric::ActiveSessions, Metric::PayloadBytes})
                QTRY_VERIFY2_WITH_TIMEOUT(moved(m), metricKey(m), 15000);
            load->click();
            QVERIFY(!monitor->isLoadRunning());
        }
        QVERIFY(!QFile::exists(tokenFile)); // its private folder went with it
        // and the child was stopped (the window does not wait for it: it ends soon after): nothing listens
        // any more
        const auto listening = [&admin] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(admin.port()));
            return probe.waitForConnected(2000);
        };
        QTRY_VERIFY_WITH_TIMEOUT(!listening(), 7000);
    }
};

QTEST_MAIN(TestMonitorGui)
#include "tst_monitorgui.moc"
