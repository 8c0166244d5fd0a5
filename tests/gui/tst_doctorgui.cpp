// SPDX-License-Identifier: GPL-3.0-or-later
// The Doctor tab (issue 13 point 6), offscreen at 1024x640: a server snapshot shows its sites, applications,
// effective settings with provenance, gaps and findings (errors first); a click on a finding or setting opens
// its file at its line (a web.config in the Configuration tab, applicationHost.config in a read-only
// viewer); a farm of three snapshots shows the matrix with the differing cells marked and "Only
// differences"; the token check tab shows which server accepts whose ViewState and forms tickets; the models
// pass QAbstractItemModelTester; the caps (16 servers, 10,000 rows) are said.
#include "widgets/common/application.h"
#include "widgets/common/mainwindow.h"
#include "widgets/doctor/configviewer.h"
#include "widgets/doctor/doctorview.h"
#include "widgets/doctor/farmdialog.h"
#include "widgets/doctor/farmeditpreview.h"
#include "widgets/doctor/farmmatrixmodel.h"
#include "widgets/doctor/farmtokenmodel.h"

#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace sd;

namespace {

QString data(const char *relative)
{
    return QStringLiteral(SD_TESTDATA_DIR "/iis/") + QString::fromLatin1(relative);
}

/// The first item of `tree` (any depth) whose column `column` is `text`.
QTreeWidgetItem *findItem(QTreeWidget *tree, int column, const QString &text)
{
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->text(column) == text)
            return *it;
    return nullptr;
}

/// Clicks `item` as the user would (scrolled into view, expanded parents).
void clickItem(QTreeWidget *tree, QTreeWidgetItem *item)
{
    for (QTreeWidgetItem *p = item->parent(); p; p = p->parent())
        p->setExpanded(true);
    tree->scrollToItem(item);
    const QRect r = tree->visualItemRect(item);
    QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, r.center());
}

/// A comparison of `servers` servers and `rows` rows; every third row differs on the last server.
FarmComparison handMade(int servers, int rows)
{
    FarmComparison c;
    for (int s = 0; s < servers; ++s)
        c.servers << QStringLiteral("web%1").arg(s + 1);
    for (int r = 0; r < rows; ++r) {
        FarmRow row{QStringLiteral("Shop/"), QStringLiteral("setting%1").arg(r), {}, r % 3 == 0};
        for (int s = 0; s < servers; ++s)
            row.cells.append({true,
                              row.differs && s == servers - 1 ? QStringLiteral("b") : QStringLiteral("a"),
                              {QStringLiteral("/x/web.config"), r + 1, false}});
        c.rows.append(row);
    }
    return c;
}

bool writeAll(const QString &file, const QByteArray &bytes)
{
    QFile f(file);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// The row of proxy model `m` whose setting column is `setting`, or -1.
int settingRow(const QAbstractItemModel *m, const QString &setting)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->index(r, 1).data().toString() == setting)
            return r;
    return -1;
}

const char *const kWebConfig = "/C/inetpub/shop/web.config";
const char *const kAppHost = "/C/Windows/System32/inetsrv/config/applicationHost.config";

} // namespace

class TestDoctorGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Selects the cell (setting row, column) of the farm matrix and triggers action `action`; returns the
    /// preview it shows (nullptr on failure).
    static FarmEditPreview *runAction(DoctorView *d, const QString &setting, int column, const char *action)
    {
        auto *view = d->findChild<QTableView *>(QStringLiteral("farmMatrix"));
        const int row = settingRow(view->model(), setting);
        if (row < 0)
            return nullptr;
        view->setCurrentIndex(view->model()->index(row, column));
        auto *a = d->findChild<QAction *>(QString::fromLatin1(action));
        if (!a || !a->isEnabled())
            return nullptr;
        QSignalSpy prepared(d, &DoctorView::editPrepared);
        a->trigger();
        if (prepared.isEmpty() && !prepared.wait(20000))
            return nullptr;
        return qobject_cast<FarmEditPreview *>(qvariant_cast<QDialog *>(prepared[0][0]));
    }

    /// Clicks Save or Cancel of `preview`; with Save, waits for the comparison run again after it.
    static bool finishPreview(DoctorView *d, FarmEditPreview *preview, QDialogButtonBox::StandardButton which)
    {
        QSignalSpy loaded(d, &DoctorView::loaded);
        QSignalSpy saved(d, &DoctorView::editSaved);
        auto *box = preview->findChild<QDialogButtonBox *>(QStringLiteral("farmEditButtons"));
        QTest::mouseClick(box->button(which), Qt::LeftButton);
        if (which == QDialogButtonBox::Cancel)
            return saved.isEmpty();
        return saved.size() == 1 && saved[0][1].toString().isEmpty() && loaded.wait(20000) && !d->isBusy();
    }

    /// Whether the farm matrix row of `setting` differs.
    static bool rowDiffers(DoctorView *d, const QString &setting)
    {
        const QAbstractItemModel *m = d->findChild<QTableView *>(QStringLiteral("farmMatrix"))->model();
        return m->index(settingRow(m, setting), 0).data(FarmMatrixModel::RowDiffersRole).toBool();
    }

    static DoctorView *waitForDoctor(MainWindow &w)
    {
        DoctorView *d = w.doctor();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!d->isBusy() && d->result() != nullptr, 20000); }();
        return d;
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QApplication::setOrganizationName(QStringLiteral("SessionDeskTest"));
        QApplication::setApplicationName(QStringLiteral("SessionDeskTest"));
        QLocale::setDefault(QLocale::c());
    }

    void snapshotOutline()
    {
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy loaded(w.doctor(), &DoctorView::loaded);
        w.openServerSnapshot(data("snapshot-basic"));
        // The load runs on a worker thread: the call returns at once with the busy bar up.
        QVERIFY(w.doctor()->result() == nullptr);
        QVERIFY(w.doctor()->findChild<QWidget *>(QStringLiteral("doctorBusy"))->isVisible());
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
        QCOMPARE(tabs->currentWidget(), w.doctor());
        QTRY_COMPARE(loaded.size(), 1);
        DoctorView *d = waitForDoctor(w);
        QVERIFY(d->result()->error.isEmpty());
        QVERIFY(!d->findChild<QWidget *>(QStringLiteral("doctorBusy"))->isVisible());
        auto *outline = d->findChild<QTreeWidget *>(QStringLiteral("doctorOutline"));
        QVERIFY(outline->isVisible());
        QVERIFY(findItem(outline, 0, QStringLiteral("Site Default Web Site (id 1)")));
        QVERIFY(findItem(outline, 0, QStringLiteral("Site Intranet (id 7)")));
        QTreeWidgetItem *shop = findItem(outline, 0, QStringLiteral("Application /shop"));
        QVERIFY(shop);
        QCOMPARE(shop->text(1), QStringLiteral("pool Shop"));
        QCOMPARE(shop->parent()->text(1), QStringLiteral("http *:80:, https *:443:www.example.com"));
        // Effective settings with provenance: a written one as file:line, an unwritten one as default.
        QTreeWidgetItem *validation = nullptr;
        QTreeWidgetItem *mode = nullptr;
        QTreeWidgetItem *cookie = nullptr;
        for (int i = 0; i < shop->childCount(); ++i) {
            if (shop->child(i)->text(0) == u"machineKey.decryption")
                validation = shop->child(i);
            if (shop->child(i)->text(0) == u"sessionState.mode")
                mode = shop->child(i);
            if (shop->child(i)->text(0) == u"sessionState.cookieName")
                cookie = shop->child(i);
        }
        QVERIFY(validation && mode && cookie);
        QCOMPARE(validation->text(1), QStringLiteral("AES"));
        QVERIFY2(validation->text(2).endsWith(QStringLiteral("shop/web.config:4")),
                 qPrintable(validation->text(2)));
        QCOMPARE(mode->text(1), QStringLiteral("StateServer")); // from the site's web.config
        QVERIFY2(mode->text(2).endsWith(QStringLiteral("wwwroot/web.config:4")), qPrintable(mode->text(2)));
        QCOMPARE(cookie->text(2), QStringLiteral("default"));
        // Gaps listed plainly: the Intranet site's web.config is not in the snapshot.
        auto *gaps = d->findChild<QTreeWidget *>(QStringLiteral("doctorGaps"));
        QVERIFY(gaps->topLevelItemCount() >= 1);
        bool intranet = false;
        for (int i = 0; i < gaps->topLevelItemCount(); ++i)
            intranet |=
                gaps->topLevelItem(i)->text(0).contains(QStringLiteral("intranet"), Qt::CaseInsensitive);
        QVERIFY(intranet);
        // Findings: sorted errors first, tool tip = the fix.
        auto *findings = d->findChild<QTreeWidget *>(QStringLiteral("doctorFindings"));
        QVERIFY(findings->topLevelItemCount() > 0);
        QCOMPARE(findings->topLevelItemCount(), d->result()->findings.size());
        int last = 0;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            QTreeWidgetItem *f = findings->topLevelItem(i);
            const int rank = f->text(0) == u"Error" ? 0 : f->text(0) == u"Warning" ? 1 : 2;
            QVERIFY2(rank >= last, "errors, then warnings, then infos");
            last = rank;
            QVERIFY(f->toolTip(1).startsWith(QStringLiteral("Fix: ")));
            QVERIFY(f->toolTip(4).startsWith(f->text(4) + QStringLiteral("\nFix: ")));
            QVERIFY(f->text(1).startsWith(QStringLiteral("IIS")));
        }
    }

    void findingOpensApplicationHostAtLine()
    {
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openServerSnapshot(data("findings/IIS004-idle"));
        DoctorView *d = waitForDoctor(w);
        auto *findings = d->findChild<QTreeWidget *>(QStringLiteral("doctorFindings"));
        QTreeWidgetItem *idle = findItem(findings, 1, QStringLiteral("IIS004"));
        QVERIFY(idle);
        const DoctorFinding *f = nullptr;
        for (const DoctorFinding &x : d->result()->findings)
            if (x.code == u"IIS004")
                f = &x;
        QVERIFY(f && f->line > 0);
        QVERIFY(f->file.endsWith(QStringLiteral("applicationHost.config")));
        clickItem(findings, idle);
        ConfigViewer *viewer = nullptr;
        QTRY_VERIFY((viewer = d->findChild<ConfigViewer *>(QStringLiteral("configViewer"))) != nullptr);
        QTRY_VERIFY(viewer->isVisible());
        QCOMPARE(viewer->currentLine(), f->line);
        auto *text = viewer->findChild<QPlainTextEdit *>(QStringLiteral("configViewerText"));
        QVERIFY(text->isReadOnly());
        QVERIFY(text->textCursor().block().text().contains(QStringLiteral("idleTimeout")) ||
                text->textCursor().block().text().contains(QStringLiteral("<add")));
        QCOMPARE(text->extraSelections().size(), 1);
        viewer->close();
    }

    void findingOpensWebConfigInConfigurationTab()
    {
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openServerSnapshot(data("findings/IIS007-requiressl"));
        DoctorView *d = waitForDoctor(w);
        auto *findings = d->findChild<QTreeWidget *>(QStringLiteral("doctorFindings"));
        QTreeWidgetItem *ssl = findItem(findings, 1, QStringLiteral("IIS007"));
        QVERIFY(ssl);
        QVERIFY(!w.hasDocument());
        clickItem(findings, ssl);
        QTRY_VERIFY(w.hasDocument());
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(QFileInfo(w.windowTitle().section(u'[', 0, 0)).fileName(), QStringLiteral("web.config"));
        QVERIFY(w.windowTitle().contains(QStringLiteral("IIS007-requiressl")));
        // A setting of the same snapshot: machineKey.* opens the Machine Key page.
        w.openServerSnapshot(data("snapshot-basic"));
        d = waitForDoctor(w);
        QTRY_VERIFY(d->result()->snapshots.first()->path().endsWith(QStringLiteral("snapshot-basic")));
        auto *outline = d->findChild<QTreeWidget *>(QStringLiteral("doctorOutline"));
        QTreeWidgetItem *shop = findItem(outline, 0, QStringLiteral("Application /shop"));
        QTreeWidgetItem *decryption = nullptr;
        for (int i = 0; i < shop->childCount(); ++i)
            if (shop->child(i)->text(0) == u"machineKey.decryption")
                decryption = shop->child(i);
        QVERIFY(decryption);
        clickItem(outline, decryption);
        QTRY_VERIFY(w.windowTitle().contains(QStringLiteral("shop")));
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("pages"))->currentIndex(), 1);
        // /shop's timeout comes from <location path="shop"> of the site's web.config (line 9): that file
        // opens on the location's scope, Session State page.
        tabs->setCurrentWidget(d);
        QTreeWidgetItem *timeout = nullptr;
        for (int i = 0; i < shop->childCount(); ++i)
            if (shop->child(i)->text(0) == u"sessionState.timeout")
                timeout = shop->child(i);
        QVERIFY(timeout);
        QVERIFY2(timeout->text(2).endsWith(QStringLiteral("wwwroot/web.config:9")),
                 qPrintable(timeout->text(2)));
        clickItem(outline, timeout);
        QTRY_VERIFY(w.windowTitle().contains(QStringLiteral("wwwroot")));
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(w.document().scopes()[w.currentScope()].path, QStringLiteral("shop"));
        QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("pages"))->currentIndex(), 0);
    }

    void badSnapshotSaysWhy()
    {
        MainWindow w;
        w.openServerSnapshot(m_dir.filePath(QStringLiteral("no-such-folder/applicationHost.config")));
        DoctorView *d = waitForDoctor(w);
        QVERIFY(!d->result()->error.isEmpty());
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("doctorStatus"))->text().contains(u"Cannot open"));
    }

    void farmMatrix()
    {
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.compareFarm({data("guifarm/web1"), data("guifarm/web2"), data("guifarm/web3")});
        DoctorView *d = waitForDoctor(w);
        QVERIFY2(d->result()->error.isEmpty(), qPrintable(d->result()->error));
        auto *view = d->findChild<QTableView *>(QStringLiteral("farmMatrix"));
        QVERIFY(view->isVisible());
        QAbstractItemModel *m = view->model();
        QCOMPARE(m->columnCount(), 5);
        QCOMPARE(m->headerData(2, Qt::Horizontal).toString(), QStringLiteral("web1"));
        QCOMPARE(m->headerData(4, Qt::Horizontal).toString(), QStringLiteral("web3"));
        auto row = [m](const QString &setting) {
            for (int r = 0; r < m->rowCount(); ++r)
                if (m->index(r, 1).data().toString() == setting)
                    return r;
            return -1;
        };
        const int appId = row(QStringLiteral("appDomainAppId"));
        const int key = row(QStringLiteral("machineKey.validationKeyFingerprint"));
        const int mode = row(QStringLiteral("sessionState.mode"));
        QVERIFY(appId >= 0 && key >= 0 && mode >= 0);
        QCOMPARE(m->index(appId, 4).data().toString(), QStringLiteral("/LM/W3SVC/2/ROOT"));
        QVERIFY(m->index(appId, 4).data(FarmMatrixModel::CellDiffersRole).toBool());
        QVERIFY(!m->index(appId, 2).data(FarmMatrixModel::CellDiffersRole).toBool());
        QVERIFY(m->index(appId, 4).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(m->index(appId, 4).data(Qt::BackgroundRole).isValid());
        QVERIFY(!m->index(appId, 2).data(Qt::BackgroundRole).isValid());
        QVERIFY(m->index(key, 3).data(FarmMatrixModel::CellDiffersRole).toBool());
        QVERIFY(!m->index(key, 4).data(FarmMatrixModel::CellDiffersRole).toBool());
        QVERIFY(!m->index(mode, 2).data(FarmMatrixModel::RowDiffersRole).toBool());
        QCOMPARE(m->index(mode, 3).data().toString(), QStringLiteral("StateServer"));
        QVERIFY(m->index(key, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("web.config:")));
        // The farm findings as the comparison gives them (the placeholder compareFarm() gives none).
        QCOMPARE(d->findChild<QTreeWidget *>(QStringLiteral("farmFindings"))->topLevelItemCount(),
                 d->result()->comparison.findings.size());
        // Only differences: the agreeing rows go, the differing ones stay.
        const int all = m->rowCount();
        auto *only = d->findChild<QCheckBox *>(QStringLiteral("onlyDifferences"));
        only->click();
        QVERIFY(only->isChecked());
        QTRY_VERIFY(m->rowCount() < all);
        QVERIFY(m->rowCount() >= 2);
        for (int r = 0; r < m->rowCount(); ++r)
            QVERIFY(m->index(r, 0).data(FarmMatrixModel::RowDiffersRole).toBool());
        QVERIFY(row(QStringLiteral("appDomainAppId")) >= 0);
        QCOMPARE(row(QStringLiteral("sessionState.mode")), -1);
        only->click();
        QTRY_COMPARE(m->rowCount(), all);
    }

    void tokenCheck()
    {
        // The token check tab over tests/data/iis/farm/tokens: web1 and web2 share a key, sha1 validates
        // with SHA1, autogen generates its own key.
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList paths;
        for (const char *n : {"web1", "web2", "sha1", "autogen"})
            paths << data("farm/tokens/") + QLatin1String(n) + QStringLiteral(".config");
        w.compareFarm(paths);
        DoctorView *d = waitForDoctor(w);
        QVERIFY2(d->result()->error.isEmpty(), qPrintable(d->result()->error));
        auto *tabs = d->findChild<QTabWidget *>(QStringLiteral("farmTabs"));
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Token check"));
        tabs->setCurrentIndex(1);
        auto *view = d->findChild<QTableView *>(QStringLiteral("tokenMatrix"));
        QVERIFY(view->isVisible());
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *app = d->findChild<QComboBox *>(QStringLiteral("tokenApplication"));
        auto *kind = d->findChild<QComboBox *>(QStringLiteral("tokenKind"));
        QCOMPARE(app->count(), 1);
        QCOMPARE(app->currentText(), QStringLiteral("/"));
        QCOMPARE(kind->currentText(), QStringLiteral("ViewState"));
        QAbstractItemModel *m = view->model();
        QCOMPARE(m->rowCount(), 4);
        QCOMPARE(m->columnCount(), 4);
        QCOMPARE(m->headerData(2, Qt::Horizontal).toString(), QStringLiteral("sha1.config"));
        QCOMPARE(m->headerData(3, Qt::Vertical).toString(), QStringLiteral("autogen.config"));
        const char *const expected[] = {"Accepted", "Accepted", "Rejected", "Rejected", //
                                        "Accepted", "Accepted", "Rejected", "Rejected", //
                                        "Rejected", "Rejected", "Accepted", "Rejected", //
                                        "Rejected", "Rejected", "Rejected", "Accepted (same server)"};
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                QCOMPARE(m->index(r, c).data().toString(), QString::fromLatin1(expected[r * 4 + c]));
        QVERIFY(m->index(0, 2).data(Qt::BackgroundRole).value<QColor>() !=
                m->index(0, 1).data(Qt::BackgroundRole).value<QColor>());
        QVERIFY(m->index(0, 2).data(Qt::DecorationRole).isValid());
        const QString tip = m->index(0, 2).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Validation of viewstate MAC failed.")) &&
                     tip.contains(QStringLiteral("Different validation algorithm (web1.config: HMACSHA256, "
                                                 "sha1.config: SHA1)")),
                 qPrintable(tip));
        QVERIFY(m->index(3, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("AutoGenerate")));
        // Keys are never shown.
        for (int r = 0; r < 4; ++r)
            for (int c = 0; c < 4; ++c)
                QVERIFY(
                    !m->index(r, c).data(Qt::ToolTipRole).toString().contains(QStringLiteral("6907A054")));
        // The selected cell's explanation shows below the matrix.
        auto *details = d->findChild<QPlainTextEdit *>(QStringLiteral("tokenDetails"));
        QVERIFY(details->toPlainText().isEmpty());
        view->setCurrentIndex(m->index(0, 2));
        QCOMPARE(details->toPlainText(), tip);
        QVERIFY(tip.startsWith(QStringLiteral("web1.config → sha1.config: Rejected\n")));
        auto *summary = d->findChild<QLabel *>(QStringLiteral("tokenSummary"));
        QCOMPARE(summary->text(), QStringLiteral("10 of 16 server pairs reject the token."));
        // Forms tickets: the same shape here; the tool tip says what the user sees.
        kind->setCurrentIndex(1);
        QCOMPARE(d->tokenModel()->current()->kind, TokenKind::FormsTicket);
        QCOMPARE(m->index(1, 2).data().toString(), QStringLiteral("Rejected"));
        QVERIFY(m->index(1, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("4005")));
        QVERIFY(m->index(1, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("login page")));
        QCOMPARE(view->currentIndex(), m->index(0, 2)); // the same cell, now for forms tickets
        QVERIFY(details->toPlainText().contains(QStringLiteral("The ticket supplied was invalid.")));
    }

    void tokenCheckMissingApplication()
    {
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.compareFarm(
            {data("farm/cases/FARM009-missing/a.config"), data("farm/cases/FARM009-missing/b.config")});
        DoctorView *d = waitForDoctor(w);
        auto *app = d->findChild<QComboBox *>(QStringLiteral("tokenApplication"));
        QCOMPARE(app->count(), 2);
        app->setCurrentIndex(1);
        QCOMPARE(app->currentText(), QStringLiteral("Shop/cart"));
        QAbstractItemModel *m = d->findChild<QTableView *>(QStringLiteral("tokenMatrix"))->model();
        QCOMPARE(m->index(0, 0).data().toString(), QStringLiteral("Accepted"));
        QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("No such application"));
        QCOMPARE(m->index(0, 1).data(FarmTokenModel::OutcomeRole).toInt(),
                 int(FarmTokenOutcome::NoApplication));
        QVERIFY(d->findChild<QLabel *>(QStringLiteral("tokenSummary"))
                    ->text()
                    .contains(QStringLiteral("3 not checked")));
        app->setCurrentIndex(0);
        QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("Accepted"));
        QCOMPARE(d->findChild<QLabel *>(QStringLiteral("tokenSummary"))->text(),
                 QStringLiteral("Every server accepts the others' tokens."));
    }

    void tokenModelTester()
    {
        FarmTokenModel model;
        QAbstractItemModelTester t(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        FarmTokenMatrix a{QStringLiteral("Shop/"),
                          TokenKind::ViewState,
                          {QStringLiteral("web1"), QStringLiteral("web2")},
                          {}};
        for (int i = 0; i < 2; ++i) {
            QList<FarmTokenCell> row;
            for (int j = 0; j < 2; ++j)
                row << FarmTokenCell{i == j ? FarmTokenOutcome::Accepted : FarmTokenOutcome::Rejected,
                                     {FarmTokenReasonItem{FarmTokenReason::ValidationKey,
                                                          -1,
                                                          QStringLiteral("aaaa"),
                                                          QStringLiteral("bbbb"),
                                                          {}}},
                                     true};
            a.cells << row;
        }
        FarmTokenMatrix b = a;
        b.kind = TokenKind::FormsTicket;
        b.cells[0][1].outcome = FarmTokenOutcome::NotChecked;
        FarmTokenMatrix c = a;
        c.application = QStringLiteral("Other/");
        c.servers << QStringLiteral("web3");
        c.cells = {{{}, {}, {}}, {{}, {}, {}}, {{}, {}, {}}};
        model.setMatrices({a, b, c});
        QCOMPARE(model.applications(), QStringList({QStringLiteral("Shop/"), QStringLiteral("Other/")}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Rejected"));
        QVERIFY(model.index(0, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("web1: aaaa")));
        model.setSelection(QStringLiteral("Shop/"), TokenKind::FormsTicket);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("Not checked"));
        model.setSelection(QStringLiteral("Other/"), TokenKind::ViewState);
        QCOMPARE(model.columnCount(), 3);
        model.retranslate();
        model.setSelection(QStringLiteral("Nowhere/"), TokenKind::ViewState);
        QVERIFY(!model.current());
        QCOMPARE(model.rowCount(), 0);
        model.setMatrices({a});
        QCOMPARE(model.current()->application,
                 QStringLiteral("Shop/")); // the first when the shown one is gone
        model.setMatrices({});
        QCOMPARE(model.columnCount(), 0);
    }

    void matrixModelTester()
    {
        FarmMatrixModel model;
        FarmDifferenceFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setComparison(handMade(3, 9));
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.columnCount(), 5);
        filter.setOnlyDifferences(true);
        QCOMPARE(filter.rowCount(), 3);
        QVERIFY(model.index(0, 4).data(FarmMatrixModel::CellDiffersRole).toBool());
        QVERIFY(!model.index(0, 2).data(FarmMatrixModel::CellDiffersRole).toBool());
        QCOMPARE(model.index(0, 2).data(Qt::ToolTipRole).toString(), QStringLiteral("/x/web.config:1"));
        model.setComparison(handMade(2, 4));
        QCOMPARE(filter.rowCount(), 2);
        filter.setOnlyDifferences(false);
        QCOMPARE(filter.rowCount(), 4);
        // A server without the application, and a malformed row with too few cells, do not crash.
        FarmComparison c = handMade(2, 1);
        c.rows[0].cells[1].present = false;
        c.rows[0].differs = true;
        c.rows.append(FarmRow{QStringLiteral("Other/"), QStringLiteral("x"), {}, true});
        model.setComparison(c);
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("(no such application)"));
        QVERIFY(
            model.index(1, 3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("no application")));
        model.retranslate();
        model.setComparison({});
        QCOMPARE(model.columnCount(), 2);
    }

    void caps()
    {
        FarmMatrixModel model;
        model.setComparison(handMade(17, FarmMatrixModel::maxRows() + 5));
        QCOMPARE(model.rowCount(), FarmMatrixModel::maxRows());
        QCOMPARE(model.columnCount(), 2 + FarmMatrixModel::maxServers());
        QCOMPARE(model.refusedRows(), 5);
        QCOMPARE(model.refusedServers(), 1);

        MainWindow w;
        QStringList seventeen;
        for (int i = 0; i < 17; ++i)
            seventeen << data("guifarm/web1");
        w.compareFarm(seventeen);
        QVERIFY(!w.doctor()->isBusy());
        QVERIFY(
            w.doctor()->findChild<QLabel *>(QStringLiteral("doctorStatus"))->text().contains(u"at most 16"));

        FarmDialog dialog;
        auto *compare = dialog.findChild<QPushButton *>(QStringLiteral("farmCompare"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("farmNote"));
        QVERIFY(!compare->isEnabled());
        QStringList paths;
        for (int i = 0; i < 17; ++i)
            paths << m_dir.filePath(QStringLiteral("server%1").arg(i));
        dialog.addPaths(paths);
        dialog.addPaths({paths.first()}); // a duplicate is skipped
        QCOMPARE(dialog.paths().size(), 17);
        QVERIFY(!compare->isEnabled());
        QVERIFY(note->text().contains(QStringLiteral("at most 16")));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("farmPaths"));
        list->item(16)->setSelected(true);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("farmRemove")), Qt::LeftButton);
        QCOMPARE(dialog.paths().size(), 16);
        QVERIFY(compare->isEnabled());
    }

    void languageSwitchApplies()
    {
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        w.openServerSnapshot(data("snapshot-basic"));
        DoctorView *d = waitForDoctor(w);
        auto *findings = d->findChild<QTreeWidget *>(QStringLiteral("doctorFindings"));
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
        const int rows = findings->topLevelItemCount();
        QCOMPARE(findings->headerItem()->text(0), QStringLiteral("Severity"));
        const QString tab = tabs->tabText(2);
        QCOMPARE(loadLanguage(QStringLiteral("cs"), QStringLiteral(SD_QM_DIR)), QStringLiteral("cs_CZ"));
        QTRY_VERIFY(findings->headerItem()->text(0) != u"Severity");
        QCOMPARE(findings->topLevelItemCount(), rows); // the items are built again, none lost
        QVERIFY(findings->topLevelItem(0)->text(0) != u"Error" &&
                findings->topLevelItem(0)->text(0) != u"Warning");
        QCOMPARE(loadLanguage(QStringLiteral("en"), QStringLiteral(SD_QM_DIR)), QStringLiteral("en"));
        QTRY_COMPARE(findings->headerItem()->text(0), QStringLiteral("Severity"));
        QCOMPARE(tabs->tabText(2), tab);
    }

    void serverNamesAreUnique()
    {
        QCOMPARE(DoctorView::serverNames({QStringLiteral("/a/web1"), QStringLiteral("/b/web2")}),
                 QStringList({QStringLiteral("web1"), QStringLiteral("web2")}));
        QCOMPARE(DoctorView::serverNames({QStringLiteral("/s1/applicationHost.config"),
                                          QStringLiteral("/s2/applicationHost.config")}),
                 QStringList({QStringLiteral("s1/applicationHost.config"),
                              QStringLiteral("s2/applicationHost.config")}));
        const QStringList same =
            DoctorView::serverNames({QStringLiteral("/x/web"), QStringLiteral("/x/web")});
        QCOMPARE(same.size(), 2);
        QVERIFY(same[0] != same[1]);
    }

    /// Make consistent (a): on web1's machineKey cell, "Copy machine key from web1..." previews web2's one
    /// changed line (web3 already agrees); Cancel writes nothing; Save changes only web2's validationKey
    /// value, keeps web.config.bak, and the compared-again row no longer differs.
    void makeConsistentMachineKey()
    {
        QTemporaryDir tmp;
        QVERIFY(copyTree(data("guifarm"), tmp.path()));
        const QStringList servers{tmp.filePath(QStringLiteral("web1")), tmp.filePath(QStringLiteral("web2")),
                                  tmp.filePath(QStringLiteral("web3"))};
        QList<QByteArray> before;
        for (const QString &s : servers)
            before << readAll(s + QLatin1String(kWebConfig));
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.compareFarm(servers);
        DoctorView *d = waitForDoctor(w);
        const QString key = QStringLiteral("machineKey.validationKeyFingerprint");
        QVERIFY(rowDiffers(d, key));
        auto *copy = d->findChild<QAction *>(QStringLiteral("copyMachineKeyAction"));
        QVERIFY(!copy->isEnabled()); // nothing selected yet
        FarmEditPreview *preview =
            runAction(d, key, FarmMatrixModel::kFirstServerColumn, "copyMachineKeyAction");
        QVERIFY(preview);
        QVERIFY(copy->text().contains(QStringLiteral("web1")));
        QVERIFY(preview->isVisible());
        const QString diff = preview->findChild<QTextEdit *>(QStringLiteral("farmEditDiff"))->toPlainText();
        QVERIFY2(diff.startsWith(QStringLiteral("web2: ")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("@@ -")));
        QVERIFY(diff.contains(QStringLiteral("validationKey=\"FEDCBA98")));
        QVERIFY(diff.contains(QStringLiteral("validationKey=\"01234567")));
        QVERIFY(!diff.contains(QStringLiteral("web3: ")));
        QVERIFY(finishPreview(d, preview, QDialogButtonBox::Cancel));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(readAll(servers[i] + QLatin1String(kWebConfig)), before[i]);
            QVERIFY(!QFile::exists(servers[i] + QLatin1String(kWebConfig) + QStringLiteral(".bak")));
        }
        preview = runAction(d, key, FarmMatrixModel::kFirstServerColumn, "copyMachineKeyAction");
        QVERIFY(preview);
        QVERIFY(finishPreview(d, preview, QDialogButtonBox::Save));
        QByteArray expected = before[1];
        expected.replace("FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210FEDCBA9876543210",
                         "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF");
        QCOMPARE(readAll(servers[1] + QLatin1String(kWebConfig)), expected);
        QCOMPARE(readAll(servers[1] + QLatin1String(kWebConfig) + QStringLiteral(".bak")), before[1]);
        QCOMPARE(readAll(servers[0] + QLatin1String(kWebConfig)), before[0]);
        QCOMPARE(readAll(servers[2] + QLatin1String(kWebConfig)), before[2]);
        QVERIFY(!rowDiffers(d, key));
        QVERIFY(rowDiffers(d, QStringLiteral("appDomainAppId"))); // web3's site ID is another matter
    }

    /// Make consistent (b): web2's idle timeout and web3's 29-hour recycle. "Set idle timeout to 0" writes
    /// only web2's idleTimeout value; "Recycle at a scheduled hour" writes time 00:00:00 and a 03:00:00
    /// schedule into every server's pool; a file changed on disk after the preview makes Save refuse, writing
    /// nothing.
    void makeConsistentPools()
    {
        QTemporaryDir tmp;
        QVERIFY(copyTree(data("guifarm"), tmp.path()));
        const QStringList servers{tmp.filePath(QStringLiteral("web1")), tmp.filePath(QStringLiteral("web2")),
                                  tmp.filePath(QStringLiteral("web3"))};
        QStringList hosts;
        for (const QString &s : servers)
            hosts << s + QLatin1String(kAppHost);
        const QByteArray original = readAll(hosts[1]);
        QVERIFY(writeAll(
            hosts[1], QByteArray(original).replace("idleTimeout=\"00:00:00\"", "idleTimeout=\"00:20:00\"")));
        QVERIFY(writeAll(hosts[2], readAll(hosts[2]).replace("periodicRestart time=\"00:00:00\"",
                                                             "periodicRestart time=\"1.05:00:00\"")));
        QList<QByteArray> before;
        for (const QString &h : hosts)
            before << readAll(h);
        MainWindow w;
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.compareFarm(servers);
        DoctorView *d = waitForDoctor(w);
        const QString idle = QStringLiteral("pool.processModel.idleTimeout");
        const QString time = QStringLiteral("pool.recycling.periodicRestart.time");
        QVERIFY(rowDiffers(d, idle) && rowDiffers(d, time));
        // idle timeout: only web2 changes, back to the bytes it had
        FarmEditPreview *preview = runAction(d, idle, 0, "idleTimeoutZeroAction");
        QVERIFY(preview);
        QVERIFY(!d->findChild<QAction *>(QStringLiteral("scheduledRecycleAction"))->isEnabled());
        QString diff = preview->findChild<QTextEdit *>(QStringLiteral("farmEditDiff"))->toPlainText();
        QVERIFY2(diff.startsWith(QStringLiteral("web2: ")) && !diff.contains(QStringLiteral("web1: ")),
                 qPrintable(diff));
        QVERIFY(finishPreview(d, preview, QDialogButtonBox::Save));
        QCOMPARE(readAll(hosts[1]), original);
        QCOMPARE(readAll(hosts[1] + QStringLiteral(".bak")), before[1]);
        QCOMPARE(readAll(hosts[0]), before[0]);
        QVERIFY(!rowDiffers(d, idle));
        // scheduled recycle: every server; first refused because web1 changed on disk after the preview
        before[1] = original;
        preview = runAction(d, time, 0, "scheduledRecycleAction");
        QVERIFY(preview);
        diff = preview->findChild<QTextEdit *>(QStringLiteral("farmEditDiff"))->toPlainText();
        QVERIFY(diff.contains(QStringLiteral("web1: ")) && diff.contains(QStringLiteral("web3: ")));
        QVERIFY(diff.contains(QStringLiteral("<add value=\"03:00:00\" />")));
        const QByteArray touched = before[0] + "<!-- edited elsewhere -->\n";
        QVERIFY(writeAll(hosts[0], touched));
        QSignalSpy saved(d, &DoctorView::editSaved);
        QTest::mouseClick(preview->findChild<QDialogButtonBox *>(QStringLiteral("farmEditButtons"))
                              ->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QCOMPARE(saved.size(), 1);
        QVERIFY(saved[0][0].toStringList().isEmpty());
        QVERIFY(saved[0][1].toString().contains(hosts[0]));
        auto *box = d->findChild<QMessageBox *>(QStringLiteral("farmEditError"));
        QVERIFY(box);
        box->close();
        QCOMPARE(readAll(hosts[0]), touched);
        QCOMPARE(readAll(hosts[1]), before[1]);
        QCOMPARE(readAll(hosts[2]), before[2]);
        QVERIFY(!QFile::exists(hosts[2] + QStringLiteral(".bak")));
        QVERIFY(writeAll(hosts[0], before[0]));
        preview = runAction(d, time, 0, "scheduledRecycleAction");
        QVERIFY(preview);
        QVERIFY(finishPreview(d, preview, QDialogButtonBox::Save));
        const QByteArray block = "<periodicRestart time=\"00:00:00\">\n"
                                 "                        <schedule>\n"
                                 "                            <add value=\"03:00:00\" />\n"
                                 "                        </schedule>\n"
                                 "                    </periodicRestart>";
        for (int i = 0; i < 3; ++i) {
            QByteArray expected = before[i];
            expected.replace(i == 2 ? QByteArray("<periodicRestart time=\"1.05:00:00\" />")
                                    : QByteArray("<periodicRestart time=\"00:00:00\" />"),
                             block);
            QCOMPARE(readAll(hosts[i]), expected);
        }
        QVERIFY(!rowDiffers(d, time));
        QVERIFY(!rowDiffers(d, QStringLiteral("pool.recycling.periodicRestart.schedule")));
    }
};

QTEST_MAIN(TestDoctorGui)
#include "tst_doctorgui.moc"
