// SPDX-License-Identifier: GPL-3.0-or-later
// Widget tests (offscreen): open a file, switch mode to StateServer, generate keys, save through
// the diff preview, reopen and check the values; undo; findings navigation; read-only sections.
#include "aspnet/configschema.h"
#include "aspnet/configvalidator.h"
#include "widgets/common/mainwindow.h"

#include "modal.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QWheelEvent>

using namespace sd;

class TestGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeConfig(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

    static void choose(QComboBox *combo, const QString &value)
    {
        const int i = combo->findText(value);
        QVERIFY2(i >= 0, qPrintable(value));
        combo->setCurrentIndex(i);
        emit combo->activated(i);
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

    void init() { QSettings().clear(); }

    void startPageWithoutFile()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.findChild<QWidget *>(QStringLiteral("startPage"))->isVisible());
        QVERIFY(!w.hasDocument());
    }

    void editSaveReopen()
    {
        const QString path = writeConfig(
            QStringLiteral("web.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<configuration>\r\n  <system.web>\r\n"
            "    <sessionState mode=\"InProc\" timeout=\"20\" />\r\n  </system.web>\r\n</configuration>\r\n");
        QString validationKey;
        {
            MainWindow w;
            w.resize(1024, 768);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openFile(path));
            QVERIFY(w.findChild<QWidget *>(QStringLiteral("pages"))->isVisible());
            auto *outline = w.findChild<QTreeWidget *>(QStringLiteral("outline"));
            QVERIFY(outline->topLevelItemCount() == 1);

            // Switch mode to StateServer: the State server group becomes enabled.
            auto *sessionPage = w.findChild<QWidget *>(QStringLiteral("sessionStatePage"));
            auto *mode = sessionPage->findChild<QComboBox *>(QStringLiteral("mode"));
            auto *scs = sessionPage->findChild<QLineEdit *>(QStringLiteral("stateConnectionString"));
            QVERIFY(!scs->isEnabled() || !scs->parentWidget()->isEnabled());
            choose(mode, QStringLiteral("StateServer"));
            QTRY_COMPARE(
                effectiveValue(w.document(), 0, SectionKind::SessionState, QStringLiteral("mode")).value,
                QStringLiteral("StateServer"));
            QVERIFY(scs->parentWidget()->isEnabled());
            QVERIFY(w.isWindowModified());

            // Type a state server address; an invalid one is flagged as you type.
            scs->setFocus();
            QTest::keyClicks(scs, QStringLiteral("tcpip=stateserver"));
            QVERIFY(scs->property("invalid").toBool());
            QTest::keyClicks(scs, QStringLiteral(":42424"));
            QVERIFY(!scs->property("invalid").toBool());
            QTest::keyClick(scs, Qt::Key_Return);
            QTRY_COMPARE(effectiveValue(w.document(), 0, SectionKind::SessionState,
                                        QStringLiteral("stateConnectionString"))
                             .value,
                         QStringLiteral("tcpip=stateserver:42424"));

            // Generate keys on the Machine Key page (the element is created).
            auto *pages = w.findChild<QTabWidget *>(QStringLiteral("pages"));
            auto *mkPage = w.findChild<QWidget *>(QStringLiteral("machineKeyPage"));
            pages->setCurrentWidget(mkPage);
            QTest::mouseClick(mkPage->findChild<QPushButton *>(QStringLiteral("generateKeys")),
                              Qt::LeftButton);
            validationKey =
                effectiveValue(w.document(), 0, SectionKind::MachineKey, QStringLiteral("validationKey"))
                    .value;
            QCOMPARE(validationKey.size(), 128);
            auto *vkEdit = mkPage->findChild<QLineEdit *>(QStringLiteral("validationKey"));
            QCOMPARE(vkEdit->text(), validationKey);
            QCOMPARE(vkEdit->echoMode(), QLineEdit::Password); // masked until revealed
            mkPage->findChild<QCheckBox *>(QStringLiteral("revealKeys"))->setChecked(true);
            QCOMPARE(vkEdit->echoMode(), QLineEdit::Normal);
            QVERIFY(!mkPage->findChild<QCheckBox *>(QStringLiteral("autoValidationKey"))->isChecked());

            // Undo and redo the key generation.
            QCOMPARE(w.undoStack()->count(), 3);
            w.undoStack()->undo();
            QCOMPARE(w.document().section(0, SectionKind::MachineKey).element, -1);
            w.undoStack()->redo();
            QCOMPARE(effectiveValue(w.document(), 0, SectionKind::MachineKey, QStringLiteral("validationKey"))
                         .value,
                     validationKey);

            // Save through the diff preview.
            bool sawDiff = false;
            whenModal([&sawDiff](QWidget *dialog) {
                QCOMPARE(dialog->objectName(), QStringLiteral("diffDialog"));
                const QString diff =
                    dialog->findChild<QTextEdit *>(QStringLiteral("diffView"))->toPlainText();
                sawDiff = diff.contains(QStringLiteral("mode=\"StateServer\"")) &&
                          diff.contains(QStringLiteral("<machineKey")) &&
                          diff.startsWith(QStringLiteral("@@ -"));
                static_cast<QDialog *>(dialog)->accept();
            });
            QVERIFY(w.save(true));
            QVERIFY(sawDiff);
            QVERIFY(!w.isWindowModified());
            QVERIFY(QFile::exists(path + QStringLiteral(".bak")));
        }
        // Reopen: the values are there, CRLF kept.
        MainWindow again;
        QVERIFY(again.openFile(path));
        QCOMPARE(effectiveValue(again.document(), 0, SectionKind::SessionState, QStringLiteral("mode")).value,
                 QStringLiteral("StateServer"));
        QCOMPARE(effectiveValue(again.document(), 0, SectionKind::MachineKey, QStringLiteral("validationKey"))
                     .value,
                 validationKey);
        QCOMPARE(again.document().lineEnding(), QStringLiteral("\r\n"));
        auto *mode = again.findChild<QWidget *>(QStringLiteral("sessionStatePage"))
                         ->findChild<QComboBox *>(QStringLiteral("mode"));
        QCOMPARE(mode->currentText(), QStringLiteral("StateServer"));
        QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList().first(),
                 QFileInfo(path).absoluteFilePath());
    }

    void findingClickGoesToField()
    {
        const QString path =
            writeConfig(QStringLiteral("finding.config"),
                        "<configuration><system.web><machineKey validation=\"MD5\"/></system.web>"
                        "<location path=\"a\"><system.web><sessionState "
                        "timeout=\"0\"/></system.web></location></configuration>");
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto *findings = w.findChild<QTreeWidget *>(QStringLiteral("findings"));
        QTreeWidgetItem *timeout = nullptr;
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            if (findings->topLevelItem(i)->text(1) == u"SS002")
                timeout = findings->topLevelItem(i);
        QVERIFY(timeout);
        findings->scrollToItem(timeout);
        QTest::mouseClick(findings->viewport(), Qt::LeftButton, {},
                          findings->visualItemRect(timeout).center());
        QTRY_COMPARE(w.currentScope(), 1);
        auto *field = w.findChild<QWidget *>(QStringLiteral("sessionStatePage"))
                          ->findChild<QLineEdit *>(QStringLiteral("timeout"));
        QTRY_VERIFY(field->hasFocus());
        QVERIFY(field->property("invalid").toBool());
        // Issue 12 point 6: the outline follows the finding and the page tabs.
        auto *outline = w.findChild<QTreeWidget *>(QStringLiteral("outline"));
        QVERIFY(outline->currentItem());
        QVERIFY(outline->currentItem()->text(0).startsWith(QStringLiteral("Session State")));
        QCOMPARE(outline->currentItem()->parent()->text(0), QStringLiteral("Location: a"));
        w.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentIndex(1);
        QVERIFY(outline->currentItem()->text(0).startsWith(QStringLiteral("Machine Key")));
        QCOMPARE(w.currentScope(), 1);
    }

    void wheelChangesOnlyFocusedCombos()
    {
        const QString path = writeConfig(QStringLiteral("wheel.config"),
                                         "<configuration><system.web><sessionState mode=\"InProc\" "
                                         "cookieSameSite=\"Lax\"/></system.web></configuration>");
        MainWindow w;
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto *page = w.findChild<QWidget *>(QStringLiteral("sessionStatePage"));
        auto *combo = page->findChild<QComboBox *>(QStringLiteral("cookieSameSite"));
        QVERIFY(combo);
        QCOMPARE(combo->focusPolicy(), Qt::StrongFocus);
        const QString before = combo->currentText();
        const int edits = w.undoStack()->count();
        auto wheel = [combo] {
            const QPointF pos = QPointF(combo->rect().center());
            QWheelEvent ev(pos, combo->mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt::NoButton,
                           Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(combo, &ev);
        };
        // Not focused: the page scrolls, the value and the document stay as they were.
        QVERIFY(!combo->hasFocus());
        wheel();
        QCOMPARE(combo->currentText(), before);
        QCOMPARE(w.undoStack()->count(), edits);
        QVERIFY(!w.isWindowModified());
        // Focused: the wheel changes it (and that is a real edit).
        w.activateWindow();
        combo->setFocus();
        QTRY_VERIFY(combo->hasFocus());
        wheel();
        QVERIFY(combo->currentText() != before);
        QTRY_COMPARE(w.undoStack()->count(), edits + 1);
    }

    void fileGivenAtStartShowsConfiguration()
    {
        const QString path =
            writeConfig(QStringLiteral("start.config"), "<configuration><system.web/></configuration>");
        const QString noServer = m_dir.filePath(QStringLiteral("no-such-sessionstated"));
        {
            // sessiondesk FILE: the file is opened, then the monitor starts the local server.
            MainWindow w;
            w.show();
            QVERIFY(w.openFile(path));
            w.startMonitor(true, noServer);
            auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
            QCOMPARE(tabs->currentIndex(), 0);
            // Opening a file while the Monitor is in front brings the Configuration back.
            w.showMonitor(true);
            QVERIFY(w.openFile(path));
            QCOMPARE(tabs->currentIndex(), 0);
        }
        // sessiondesk without a file still starts on the Monitor with the local server.
        MainWindow w;
        w.show();
        w.startMonitor(true, noServer);
        QCOMPARE(w.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"))->currentIndex(), 1);
    }

    void findingsSortBySeverityAndMaskKeys()
    {
        // The validator lists the session state warning first; the key error must still come first.
        const QString badKey = QStringLiteral("0123456789abcdef0123xy"); // 20 hex digits, then not hex
        const QString path = writeConfig(QStringLiteral("sort.config"),
                                         "<configuration><system.web><sessionState mode=\"StateServer\" "
                                         "stateConnectionString=\"tcpip=127.0.0.1:42424\"/>"
                                         "<machineKey validation=\"SHA1\" validationKey=\"" +
                                             badKey.toLatin1() + "\"/></system.web></configuration>");
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        const QList<Finding> found = validateDocument(w.document(), {});
        QVERIFY(!found.isEmpty());
        QVERIFY2(found.first().severity != Severity::Error, "test needs a non-error found first");
        auto *findings = w.findChild<QTreeWidget *>(QStringLiteral("findings"));
        QVERIFY(findings->isSortingEnabled());
        QCOMPARE(findings->sortColumn(), 0);
        QCOMPARE(findings->topLevelItemCount(), found.size());
        const QStringList order = {tr("Error"), tr("Warning"), tr("Info")};
        int last = 0;
        for (int i = 0; i < findings->topLevelItemCount(); ++i) {
            const int rank = order.indexOf(findings->topLevelItem(i)->text(0));
            QVERIFY(rank >= last);
            last = rank;
        }
        QCOMPARE(findings->topLevelItem(0)->text(0), tr("Error"));
        // Any column sorts: by code.
        findings->sortByColumn(1, Qt::AscendingOrder);
        for (int i = 1; i < findings->topLevelItemCount(); ++i)
            QVERIFY(findings->topLevelItem(i - 1)->text(1) <= findings->topLevelItem(i)->text(1));
        findings->sortByColumn(0, Qt::AscendingOrder);

        // Keys masked: no key material in the message, its tooltip or the status bar.
        QTreeWidgetItem *keyItem = nullptr;
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            if (findings->topLevelItem(i)->text(4).startsWith(QStringLiteral("validationKey is not hex")))
                keyItem = findings->topLevelItem(i);
        QVERIFY(keyItem);
        QVERIFY(!keyItem->text(4).contains(QStringLiteral("0123456789abcdef")));
        QVERIFY(!keyItem->toolTip(4).contains(QStringLiteral("0123456789abcdef")));
        auto *mkPage = w.findChild<QWidget *>(QStringLiteral("machineKeyPage"));
        auto *vkEdit = mkPage->findChild<QLineEdit *>(QStringLiteral("validationKey"));
        QVERIFY(vkEdit->property("invalid").toBool());
        QVERIFY(!vkEdit->toolTip().contains(QStringLiteral("0123456789abcdef")));
        // Shown once "Show keys" is checked.
        w.findChild<QWidget *>(QStringLiteral("machineKeyPage"))
            ->findChild<QCheckBox *>(QStringLiteral("revealKeys"))
            ->setChecked(true);
        bool shown = false;
        for (int i = 0; i < findings->topLevelItemCount(); ++i)
            shown = shown || findings->topLevelItem(i)->text(4).contains(badKey);
        QVERIFY(shown);
        QVERIFY(vkEdit->toolTip().contains(badKey));
    }

    void changedOnDiskIsNeverSilentlyOverwritten()
    {
        // Issue 12 point 3: another program edits the file while it is open; Save asks, Cancel keeps
        // their change, Overwrite replaces it.
        const QByteArray original = "<configuration>\n<system.web>\n<sessionState mode=\"InProc\" />\n"
                                    "</system.web>\n</configuration>\n";
        const QString path = writeConfig(QStringLiteral("watched.config"), original);
        MainWindow w;
        QVERIFY(w.openFile(path));
        choose(w.findChild<QWidget *>(QStringLiteral("sessionStatePage"))
                   ->findChild<QComboBox *>(QStringLiteral("mode")),
               QStringLiteral("StateServer"));
        QTRY_VERIFY(w.isWindowModified());
        const QByteArray theirs = QByteArray(original).replace("InProc", "Off");
        writeConfig(QStringLiteral("watched.config"), theirs);
        auto readBack = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        bool asked = false;
        whenModal([&asked](QWidget *dialog) {
            asked = dialog->objectName() == u"changedOnDiskDialog";
            static_cast<QMessageBox *>(dialog)->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!w.save(false));
        QVERIFY(asked);
        QCOMPARE(readBack(), theirs); // their change kept
        QVERIFY(w.isWindowModified());
        asked = false;
        whenModal([&asked](QWidget *dialog) {
            asked = dialog->objectName() == u"changedOnDiskDialog";
            dialog->findChild<QPushButton *>(QStringLiteral("overwriteButton"))->click();
        });
        QVERIFY(w.save(false));
        QVERIFY(asked);
        QVERIFY(readBack().contains("mode=\"StateServer\""));
        QVERIFY(!w.isWindowModified());
    }

    void changedOnDiskBarAndReloadKeepingEdits()
    {
        // Issue 12 point 3: the watcher says at once that the file changed (a bar, not a dialog); Save offers
        // Reload, which re-applies the user's edits where they still apply and names the others; the watch
        // survives an editor that replaces the file by a rename.
        const QByteArray original = "<configuration>\n<system.web>\n<sessionState mode=\"InProc\" "
                                    "timeout=\"20\" cookieName=\"a\" />\n</system.web>\n</configuration>\n";
        const QString path = writeConfig(QStringLiteral("bar.config"), original);
        auto readBack = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        auto value = [](const MainWindow &w, const char *attr) {
            return effectiveValue(w.document(), 0, SectionKind::SessionState, QString::fromLatin1(attr))
                .value;
        };
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto *bar = w.findChild<QWidget *>(QStringLiteral("changedOnDiskBar"));
        QVERIFY(bar);
        QVERIFY(!bar->isVisible());
        QVERIFY(w.applyEdits(SectionKind::SessionState,
                             {{QStringLiteral("timeout"), QStringLiteral("30")},
                              {QStringLiteral("cookieName"), QStringLiteral("mine")}},
                             QStringLiteral("edit")));
        const QByteArray theirs = QByteArray(original)
                                      .replace("InProc", "Off")
                                      .replace("cookieName=\"a\"", "cookieName=\"theirs\"");
        writeConfig(QStringLiteral("bar.config"), theirs);
        QTRY_VERIFY(bar->isVisible()); // at once, without a save
        auto *text = bar->findChild<QLabel *>(QStringLiteral("changedOnDiskText"));
        QVERIFY2(text->text().contains(QStringLiteral("bar.config changed on disk")),
                 qPrintable(text->text()));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        bar->findChild<QPushButton *>(QStringLiteral("keepMine"))->click();
        QVERIFY(!bar->isVisible());

        // Save: Reload keeps timeout (only we changed it), reports cookieName (both did), writes nothing.
        bool asked = false;
        whenModal([&asked](QWidget *dialog) {
            asked = dialog->objectName() == u"changedOnDiskDialog";
            dialog->findChild<QPushButton *>(QStringLiteral("reloadButton"))->click();
        });
        QVERIFY(!w.save(false));
        QVERIFY(asked);
        QCOMPARE(readBack(), theirs);
        QCOMPARE(value(w, "mode"), QStringLiteral("Off"));
        QCOMPARE(value(w, "timeout"), QStringLiteral("30"));
        QCOMPARE(value(w, "cookieName"), QStringLiteral("theirs"));
        QVERIFY(w.isWindowModified());
        QVERIFY(bar->isVisible());
        QVERIFY2(text->text().contains(QStringLiteral("sessionState.cookieName")), qPrintable(text->text()));
        QVERIFY(!text->text().contains(QStringLiteral("sessionState.timeout")));
        w.undoStack()->undo(); // the re-applied edits are one undo step on their version
        QCOMPARE(value(w, "timeout"), QStringLiteral("20"));
        w.undoStack()->redo();

        // Reload at Save with every edit still applying: the save goes on.
        QVERIFY(w.applyEdits(SectionKind::SessionState,
                             {{QStringLiteral("cookieName"), QStringLiteral("c2")}}, QStringLiteral("edit")));
        writeConfig(QStringLiteral("bar.config"),
                    QByteArray(theirs).replace("<system.web>", "<system.web >"));
        whenModal([](QWidget *dialog) {
            dialog->findChild<QPushButton *>(QStringLiteral("reloadButton"))->click();
        });
        QVERIFY(w.save(false));
        QVERIFY(readBack().contains("<system.web >"));
        QVERIFY(readBack().contains("timeout=\"30\" cookieName=\"c2\""));
        QVERIFY(!w.isWindowModified());
        QTRY_VERIFY(!bar->isVisible()); // our own save is not "another program"

        // An editor that saves by renaming a new file over this one: still watched, Reload from the bar.
        {
            QSaveFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(readBack()).replace("timeout=\"30\"", "timeout=\"40\""));
            QVERIFY(f.commit());
        }
        QTRY_VERIFY(bar->isVisible());
        bar->findChild<QPushButton *>(QStringLiteral("reloadFromDisk"))->click();
        QCOMPARE(value(w, "timeout"), QStringLiteral("40"));
        QVERIFY(!w.isWindowModified());
        QVERIFY(!bar->isVisible());
        writeConfig(QStringLiteral("bar.config"), QByteArray(readBack()).replace("\"40\"", "\"41\""));
        QTRY_VERIFY(bar->isVisible()); // the watch was re-armed after the rename
    }

    void ctrlZInAFieldUndoesDocumentEdits()
    {
        // Issue 12 point 2: Ctrl+Z / Ctrl+Shift+Z undo and redo document edits while a text field has
        // focus; the field's own undo answers only for typing not yet committed.
        const QString path = writeConfig(QStringLiteral("undo.config"),
                                         "<configuration><system.web><sessionState mode=\"InProc\"/>"
                                         "<machineKey validation=\"SHA1\"/></system.web></configuration>");
        MainWindow w;
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openFile(path));
        auto value = [&w](SectionKind kind, const char *attr) {
            return effectiveValue(w.document(), 0, kind, QString::fromLatin1(attr)).value;
        };
        auto *page = w.findChild<QWidget *>(QStringLiteral("sessionStatePage"));
        auto *timeout = page->findChild<QLineEdit *>(QStringLiteral("timeout"));
        timeout->setFocus();
        QTRY_VERIFY(timeout->hasFocus());
        QTest::keyClicks(timeout, QStringLiteral("45"));
        QTest::keyClick(timeout, Qt::Key_Return); // committed: one undo step
        QTRY_COMPARE(value(SectionKind::SessionState, "timeout"), QStringLiteral("45"));
        QCOMPARE(w.undoStack()->index(), 1);
        QTest::keyClick(timeout, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.undoStack()->index(), 0);
        QCOMPARE(value(SectionKind::SessionState, "timeout"), QStringLiteral("20"));
        QCOMPARE(timeout->text(), QString());
        QTest::keyClick(timeout, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.undoStack()->index(), 1);
        QCOMPARE(timeout->text(), QStringLiteral("45"));

        // Typing not yet committed: Ctrl+Z undoes the typing, not the document.
        QTest::keyClicks(timeout, QStringLiteral("6"));
        QCOMPARE(timeout->text(), QStringLiteral("456"));
        QTest::keyClick(timeout, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(timeout->text(), QStringLiteral("45"));
        QCOMPARE(w.undoStack()->index(), 1);

        // The machineKey.validation combo's text field (the toolbar case of the issue).
        auto *mk = w.findChild<QWidget *>(QStringLiteral("machineKeyPage"));
        w.findChild<QTabWidget *>(QStringLiteral("pages"))->setCurrentWidget(mk);
        auto *validation = mk->findChild<QComboBox *>(QStringLiteral("validation"));
        choose(validation, QStringLiteral("HMACSHA512"));
        QTRY_COMPARE(value(SectionKind::MachineKey, "validation"), QStringLiteral("HMACSHA512"));
        validation->setFocus();
        QTRY_VERIFY(validation->hasFocus());
        QTest::keyClick(validation, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(value(SectionKind::MachineKey, "validation"), QStringLiteral("SHA1"));
        QCOMPARE(value(SectionKind::SessionState, "timeout"), QStringLiteral("45"));
    }

    void validationReasonIsVisibleWithoutAMouse()
    {
        // Issue 12 point 6 (first half): the reason a value is refused is a line under the field and the
        // field's accessible description, not only a tooltip.
        const QString path = writeConfig(QStringLiteral("reason.config"),
                                         "<configuration><system.web><sessionState timeout=\"0\"/>"
                                         "</system.web></configuration>");
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto *page = w.findChild<QWidget *>(QStringLiteral("sessionStatePage"));
        auto *timeout = page->findChild<QLineEdit *>(QStringLiteral("timeout"));
        auto *reason = page->findChild<QLabel *>(QStringLiteral("timeoutProblem"));
        QVERIFY(reason);
        QVERIFY(timeout->property("invalid").toBool());
        QVERIFY(reason->isVisible());
        QVERIFY(!reason->text().isEmpty());
        QCOMPARE(timeout->accessibleDescription(), reason->text());
        QCOMPARE(timeout->toolTip(), reason->text());
        // Fields without a problem show no line.
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("cookieNameProblem"))->isVisible());
        // As you type: a valid value hides the line; the description is the field's help again.
        timeout->setFocus();
        timeout->selectAll();
        QTest::keyClicks(timeout, QStringLiteral("30"));
        QVERIFY(!timeout->property("invalid").toBool());
        QVERIFY(!reason->isVisible());
        QVERIFY(timeout->accessibleDescription() != reason->text());
        QVERIFY(!timeout->accessibleDescription().isEmpty());
        QTest::keyClick(timeout, Qt::Key_Backspace);
        QTest::keyClick(timeout, Qt::Key_Backspace);
        QTest::keyClicks(timeout, QStringLiteral("abc"));
        QVERIFY(reason->isVisible());
        QCOMPARE(timeout->accessibleDescription(), reason->text());
    }

    void customModeShowsDeclaredProviders()
    {
        // Issue 12 point 5: Custom mode lists the declared <providers> (secrets masked as keys are) and the
        // Provider field is a list of their names.
        const QString source = QStringLiteral(SD_TESTDATA_DIR "/webconfig/custom-providers.config");
        const QString path = m_dir.filePath(QStringLiteral("custom-providers.config"));
        QFile::remove(path);
        QVERIFY(QFile::copy(source, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto *page = w.findChild<QWidget *>(QStringLiteral("sessionStatePage"));
        auto *provider = page->findChild<QComboBox *>(QStringLiteral("customProvider"));
        QVERIFY(provider);
        QVERIFY(provider->isEnabled());
        QCOMPARE(provider->currentText(), QStringLiteral("MySessionStateStore"));
        for (const char *name : {"MySessionStateStore", "RedisByString", "SqlAsync"})
            QVERIFY2(provider->findText(QString::fromLatin1(name)) > 0, name);
        auto *list = page->findChild<QTreeWidget *>(QStringLiteral("providers"));
        QVERIFY(list);
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 3);
        QTreeWidgetItem *redis = list->topLevelItem(0);
        QCOMPARE(redis->text(0), QStringLiteral("MySessionStateStore"));
        QCOMPARE(redis->text(1), QStringLiteral("Microsoft.Web.Redis.RedisSessionStateProvider"));
        QVERIFY2(redis->text(2).contains(QStringLiteral("host=contoso.redis.cache.windows.net")),
                 qPrintable(redis->text(2)));
        QVERIFY(redis->text(2).contains(QStringLiteral("port=6380")));
        QVERIFY(redis->font(0).bold()); // the provider in force
        auto secretsHidden = [list] {
            QString all;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                all += list->topLevelItem(i)->text(2) + list->topLevelItem(i)->toolTip(2);
            return !all.contains(QStringLiteral("R3d1s")) && !all.contains(QStringLiteral("Str1ng-P4ss")) &&
                   !all.contains(QStringLiteral("Db-S3cret"));
        };
        QVERIFY(secretsHidden());
        QVERIFY(list->topLevelItem(1)->text(2).contains(QStringLiteral("abortConnect=False")));
        const QString sql = list->topLevelItem(2)->text(2);
        QVERIFY2(sql.contains(QStringLiteral("connectionStringName=SessionDb")) &&
                     sql.contains(QStringLiteral("Initial Catalog=Sessions")),
                 qPrintable(sql)); // the named <connectionStrings> entry, masked
        // "Show keys" on the Machine Key page reveals them, and masks them again.
        auto *reveal = w.findChild<QWidget *>(QStringLiteral("machineKeyPage"))
                           ->findChild<QCheckBox *>(QStringLiteral("revealKeys"));
        reveal->setChecked(true);
        QVERIFY(list->topLevelItem(0)->text(2).contains(QStringLiteral("accessKey=R3d1s-Acc3ss-K3y=")));
        QVERIFY(list->topLevelItem(2)->text(2).contains(QStringLiteral("Password=Db-S3cret!")));
        reveal->setChecked(false);
        QVERIFY(secretsHidden());
        // Choosing another declared provider is an edit of customProvider.
        choose(provider, QStringLiteral("SqlAsync"));
        QTRY_COMPARE(
            effectiveValue(w.document(), 0, SectionKind::SessionState, QStringLiteral("customProvider"))
                .value,
            QStringLiteral("SqlAsync"));
        QVERIFY(list->topLevelItem(2)->font(0).bold());
    }

    void findingsSortByAnyColumnHeader()
    {
        // Issue 12 point 7: a click on any header sorts the findings by that column (lines as numbers),
        // a second click reverses it.
        QByteArray text = "<configuration>\n<system.web>\n<sessionState mode=\"StateServer\" "
                          "stateConnectionString=\"tcpip=127.0.0.1:42424\"/>\n";
        for (int i = 0; i < 8; ++i)
            text += "<!-- filler -->\n";
        text += "</system.web>\n<location path=\"z\"><system.web>\n<sessionState timeout=\"0\" "
                "cookieless=\"UseUri\"/>\n</system.web></location>\n<location path=\"a\"><system.web>\n"
                "<machineKey validation=\"MD5\"/>\n</system.web></location>\n</configuration>\n";
        const QString path = writeConfig(QStringLiteral("sortall.config"), text);
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(path));
        auto *findings = w.findChild<QTreeWidget *>(QStringLiteral("findings"));
        QVERIFY(findings->topLevelItemCount() >= 4);
        QHeaderView *header = findings->header();
        QVERIFY(header->sectionsClickable());
        auto click = [header](int column) {
            const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
        };
        const QStringList severities = {QStringLiteral("Error"), QStringLiteral("Warning"),
                                        QStringLiteral("Info")};
        auto key = [&severities](const QTreeWidgetItem *item, int column) -> QVariant {
            if (column == 0)
                return severities.indexOf(item->text(0));
            if (column == 3)
                return item->text(3).toInt();
            return item->text(column);
        };
        for (int column = 0; column < 5; ++column) {
            for (int pass = 0; pass < 2; ++pass) {
                click(column);
                QCOMPARE(findings->sortColumn(), column);
                const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
                for (int i = 1; i < findings->topLevelItemCount(); ++i) {
                    const QVariant a = key(findings->topLevelItem(i - 1), column);
                    const QVariant b = key(findings->topLevelItem(i), column);
                    const bool inOrder =
                        a.typeId() == QMetaType::Int
                            ? (ascending ? a.toInt() <= b.toInt() : a.toInt() >= b.toInt())
                            : (ascending ? a.toString() <= b.toString() : a.toString() >= b.toString());
                    QVERIFY2(inOrder, qPrintable(QStringLiteral("column %1 row %2: %3 / %4")
                                                     .arg(column)
                                                     .arg(i)
                                                     .arg(a.toString(), b.toString())));
                }
            }
        }
        // Lines are numbers: 3 before 14 (as text, "14" < "3").
        click(3);
        if (header->sortIndicatorOrder() != Qt::AscendingOrder)
            click(3);
        QVERIFY(findings->topLevelItem(0)->text(3).toInt() <=
                findings->topLevelItem(findings->topLevelItemCount() - 1)->text(3).toInt());
        // The chosen order survives an edit (the panel is refilled).
        QVERIFY(w.applyEdits(SectionKind::SessionState, {{QStringLiteral("timeout"), QStringLiteral("30")}},
                             QStringLiteral("edit")));
        QCOMPARE(findings->sortColumn(), 3);
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void preferencesRefuseABadDisclosedKeyFile()
    {
        // Issue 12 point 8: a disclosed-key path that does not load is refused with the reason, and the
        // dialog stays open; a good one is taken.
        MainWindow w;
        const QString bad = m_dir.filePath(QStringLiteral("missing.csv"));
        bool refused = false, stayedOpen = false;
        whenModal([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("preferences"));
            dialog->findChild<QLineEdit *>(QStringLiteral("disclosedKeysFile"))->setText(bad);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            auto *problem = dialog->findChild<QLabel *>(QStringLiteral("preferencesError"));
            refused = problem->isVisibleTo(dialog) && problem->text().contains(QStringLiteral("missing.csv"));
            stayedOpen = dialog->isVisible();
            dialog->findChild<QLineEdit *>(QStringLiteral("disclosedKeysFile"))
                ->setText(QStringLiteral(SD_TESTDATA_DIR "/disclosed-keys/MachineKeys.csv"));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        w.findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QVERIFY(refused);
        QVERIFY(stayedOpen);
        QVERIFY(
            QSettings().value(QStringLiteral("disclosedKeysFile")).toString().endsWith(u"MachineKeys.csv"));
    }

    void encryptedSectionIsReadOnly()
    {
        const QString path = writeConfig(QStringLiteral("enc.config"),
                                         "<configuration><system.web><machineKey "
                                         "configProtectionProvider=\"RsaProtectedConfigurationProvider\">"
                                         "<EncryptedData/></machineKey></system.web></configuration>");
        MainWindow w;
        QVERIFY(w.openFile(path));
        auto *mkPage = w.findChild<QWidget *>(QStringLiteral("machineKeyPage"));
        QVERIFY(!mkPage->findChild<QComboBox *>(QStringLiteral("validation"))->isEnabled());
        QVERIFY(mkPage->findChild<QLabel *>(QStringLiteral("sectionStatus"))
                    ->text()
                    .contains(QStringLiteral("encrypted")));
        // Issue 12 point 4: no invented values, the provider named, and how to decrypt.
        const QString status = mkPage->findChild<QLabel *>(QStringLiteral("sectionStatus"))->text();
        QVERIFY2(status.contains(QStringLiteral("RsaProtectedConfigurationProvider")) &&
                     status.contains(QStringLiteral("aspnet_regiis -pdf")),
                 qPrintable(status));
        auto *validation = mkPage->findChild<QComboBox *>(QStringLiteral("validation"));
        QCOMPARE(validation->count(), 1);
        QVERIFY(!validation->currentText().contains(QStringLiteral("default")));
        auto *key = mkPage->findChild<QLineEdit *>(QStringLiteral("validationKey"));
        QVERIFY(key->text().isEmpty());
        QVERIFY(!key->placeholderText().contains(QStringLiteral("default")));
        QVERIFY(key->placeholderText().contains(QStringLiteral("encrypted")));
        QVERIFY(!mkPage->findChild<QCheckBox *>(QStringLiteral("autoValidationKey"))->isChecked());
    }

    void unsavedChangesPrompt()
    {
        const QString path =
            writeConfig(QStringLiteral("prompt.config"), "<configuration><system.web/></configuration>");
        MainWindow w;
        w.show();
        QVERIFY(w.openFile(path));
        QVERIFY(w.applyEdits(SectionKind::SessionState, {{QStringLiteral("timeout"), QStringLiteral("30")}},
                             QStringLiteral("t")));
        whenModal(
            [](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click(); });
        QVERIFY(!w.close()); // cancelled: stays open, nothing written
        QCOMPARE(QFile(path).size(),
                 qint64(QByteArray("<configuration><system.web/></configuration>").size()));
        whenModal(
            [](QWidget *box) { static_cast<QMessageBox *>(box)->button(QMessageBox::Discard)->click(); });
        QVERIFY(w.close());
    }

    void typedValueCountsAsUnsavedAndTeardownIsSafe()
    {
        const QString path =
            writeConfig(QStringLiteral("typed.config"), "<configuration><system.web/></configuration>");
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(w.openFile(path));
            auto *field = w.findChild<QWidget *>(QStringLiteral("sessionStatePage"))
                              ->findChild<QLineEdit *>(QStringLiteral("timeout"));
            field->setFocus();
            QTRY_VERIFY(field->hasFocus());
            field->setText(QStringLiteral("45"));
            // Not committed yet (focus is still in the field), yet closing must ask about it.
            bool asked = false;
            whenModal([&asked](QWidget *box) {
                asked = true;
                static_cast<QMessageBox *>(box)->button(QMessageBox::Cancel)->click();
            });
            QVERIFY(!w.close());
            QVERIFY(asked);
            QVERIFY(w.document().text().contains(QStringLiteral("timeout=\"45\"")));
            w.undoStack()->undo();
            w.activateWindow(); // the message box took activation
            field->setFocus();
            QTRY_VERIFY(field->hasFocus());
            field->setText(QStringLiteral("50"));
        } // destroyed with focus in an edited field: must not commit into a destroyed document
        QCOMPARE(QFile(path).size(),
                 qint64(QByteArray("<configuration><system.web/></configuration>").size()));
    }

    void usableAt1024x640()
    {
        // Issue 12 point 14: at 1024x640 the fields of all groups of a page start in one column, no button
        // is narrower than its text, no label shows a literal '&', and the toolbar's Undo keeps its width
        // whatever step it would undo.
        MainWindow w;
        QVERIFY(w.openFile(QStringLiteral(SD_SAMPLES_DIR "/web.config")));
        w.resize(1024, 640);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *pages = w.findChild<QTabWidget *>(QStringLiteral("pages"));
        for (const char *name : {"sessionStatePage", "machineKeyPage"}) {
            auto *page = w.findChild<QWidget *>(QString::fromLatin1(name));
            pages->setCurrentWidget(page);
            QTest::qWait(20);
            QSet<int> columns;
            for (QLineEdit *e : page->findChildren<QLineEdit *>())
                if (!e->parentWidget()->inherits("QComboBox") && !e->objectName().isEmpty())
                    columns.insert(e->mapTo(page, QPoint(0, 0)).x());
            for (QComboBox *c : page->findChildren<QComboBox *>())
                columns.insert(c->mapTo(page, QPoint(0, 0)).x());
            QVERIFY2(columns.size() == 1, qPrintable(QStringLiteral("%1: fields start at %2 different x")
                                                         .arg(QLatin1String(name))
                                                         .arg(columns.size())));
            for (QAbstractButton *b : page->findChildren<QPushButton *>())
                QVERIFY2(b->width() >= b->sizeHint().width(), qPrintable(b->objectName() + u' ' + b->text()));
        }
        for (QLabel *l : w.findChildren<QLabel *>()) {
            QString t = l->text();
            t.remove(QStringLiteral("&&")).remove(QRegularExpression(QStringLiteral("&[a-z]+;|&#\\d+;")));
            if (l->textFormat() != Qt::RichText && !Qt::mightBeRichText(l->text()))
                QVERIFY2(!t.contains(u'&') || l->buddy(), qPrintable(l->text()));
        }
        auto *toolbar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        auto *undo = w.findChild<QAction *>(QStringLiteral("undoAction"));
        QWidget *button = toolbar->widgetForAction(undo);
        const int before = button->sizeHint().width();
        auto *timeout = w.findChild<QLineEdit *>(QStringLiteral("timeout"));
        timeout->setText(QStringLiteral("45"));
        emit timeout->editingFinished();
        QTRY_VERIFY(undo->isEnabled());
        QVERIFY(undo->text().contains(QStringLiteral("timeout"))); // the menu names the step
        QCOMPARE(button->sizeHint().width(), before);
    }

    void unparseableFileIsRefused()
    {
        const QString path =
            writeConfig(QStringLiteral("broken.config"), "<configuration><system.web></configuration>");
        MainWindow w;
        whenModal([](QWidget *box) { static_cast<QMessageBox *>(box)->accept(); });
        QVERIFY(!w.openFile(path));
        QVERIFY(!w.hasDocument());
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
