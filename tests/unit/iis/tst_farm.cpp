// SPDX-License-Identifier: GPL-3.0-or-later
// Farm comparison (issue 13 point 5): the three-server farm of tests/data/iis/farm/three-server (one server
// with another site ID, one with another machineKey: exactly two findings), one pair of servers per farm
// finding code in tests/data/iis/farm/cases, rows and cells, and the server names.
#include "aspnet/textdiff.h"
#include "iis/farm.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace sd;

namespace {

QString farmDir()
{
    return QStringLiteral(SD_TESTDATA_DIR "/iis/farm");
}

/// Opened snapshots that outlive the comparison that points at them.
struct Farm
{
    std::vector<std::unique_ptr<ServerSnapshot>> snapshots;
    FarmComparison comparison;
};

/// Opens `paths` (names from farmServerNames) and compares them; fails the test when one does not open.
bool compare(const QStringList &paths, Farm *farm)
{
    const QStringList names = farmServerNames(paths);
    QList<FarmServer> servers;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto s = std::make_unique<ServerSnapshot>();
        QString error;
        if (!s->open(paths[i], &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        servers.append({names[i], s.get()});
        farm->snapshots.push_back(std::move(s));
    }
    farm->comparison = compareFarm(servers);
    return true;
}

QStringList codes(const QList<FarmFinding> &findings)
{
    QStringList out;
    for (const FarmFinding &f : findings)
        out << f.code;
    return out;
}

const FarmRow *findRow(const FarmComparison &c, const QString &app, const QString &setting)
{
    for (const FarmRow &r : c.rows)
        if (r.application == app && r.setting == setting)
            return &r;
    return nullptr;
}

} // namespace

class TestFarm : public QObject
{
    Q_OBJECT

private slots:
    void threeServerFarm()
    {
        Farm farm;
        const QString dir = farmDir() + QStringLiteral("/three-server/");
        QVERIFY(compare(
            {dir + QStringLiteral("web1"), dir + QStringLiteral("web2"), dir + QStringLiteral("web3")},
            &farm));
        const FarmComparison &c = farm.comparison;
        QCOMPARE(c.servers,
                 (QStringList{QStringLiteral("web1"), QStringLiteral("web2"), QStringLiteral("web3")}));
        QCOMPARE(c.rows.size(), farmSettingNames().size()); // one application
        QCOMPARE(codes(c.findings), (QStringList{QStringLiteral("FARM001"), QStringLiteral("FARM005")}));
        const FarmFinding &siteId = c.findings[0];
        QCOMPARE(siteId.severity, Severity::Error);
        QCOMPARE(siteId.application, QStringLiteral("Shop/"));
        QCOMPARE(siteId.setting, QStringLiteral("appDomainAppId"));
        QCOMPARE(siteId.servers, QStringList{QStringLiteral("web2")});
        QVERIFY(
            siteId.message.contains(QStringLiteral("each server stores the session under another key: users "
                                                   "lose their session whenever the load balancer switches "
                                                   "servers")));
        QVERIFY(siteId.message.contains(QStringLiteral("/LM/W3SVC/2/ROOT")));
        QVERIFY(!siteId.fix.isEmpty());
        const FarmFinding &key = c.findings[1];
        QCOMPARE(key.servers, QStringList{QStringLiteral("web3")});
        QCOMPARE(key.setting, QStringLiteral("machineKey.validationKeyFingerprint"));
        QVERIFY(!key.message.contains(QStringLiteral("6907A054"))); // fingerprints only, never the key
        // the matrix: differing rows marked, cells with provenance
        const FarmRow *appId = findRow(c, QStringLiteral("Shop/"), QStringLiteral("appDomainAppId"));
        QVERIFY(appId && appId->differs);
        QCOMPARE(appId->cells.size(), 3);
        QCOMPARE(appId->cells[1].value, QStringLiteral("/LM/W3SVC/2/ROOT"));
        QVERIFY(appId->cells[1].from.file.endsWith(QStringLiteral("applicationHost.config")));
        QVERIFY(appId->cells[1].from.line > 0);
        const FarmRow *mode = findRow(c, QStringLiteral("Shop/"), QStringLiteral("sessionState.mode"));
        QVERIFY(mode && !mode->differs);
        QCOMPARE(mode->cells[2].value, QStringLiteral("StateServer"));
        QVERIFY(mode->cells[2].from.file.endsWith(QStringLiteral("web.config")));
        const FarmRow *decryption =
            findRow(c, QStringLiteral("Shop/"), QStringLiteral("machineKey.decryptionKeyFingerprint"));
        QVERIFY(decryption && decryption->differs);
        QCOMPARE(decryption->cells[0].value, decryption->cells[1].value);
        QVERIFY(decryption->cells[0].value != decryption->cells[2].value);
    }

    void findings_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("setting");
        const auto row = [](const char *folder, const QStringList &expected, const char *setting) {
            QTest::newRow(folder) << QString::fromLatin1(folder) << expected << QString::fromLatin1(setting);
        };
        const QString appId = QStringLiteral("appDomainAppId");
        row("clean", {}, "");
        row("FARM001-siteid", {QStringLiteral("FARM001"), QStringLiteral("FARM001")}, "appDomainAppId");
        row("FARM001-pathcase", {QStringLiteral("FARM001")}, "appDomainAppId");
        row("sql-pathcase", {}, ""); // SQL Server looks the application up by LOWER(AppDomainAppId)
        row("FARM002-mode", {QStringLiteral("FARM002"), QStringLiteral("FARM002")}, "sessionState.mode");
        row("FARM003-target", {QStringLiteral("FARM003"), QStringLiteral("FARM003")},
            "sessionState.stateConnectionString");
        row("FARM004-timeout", {QStringLiteral("FARM004"), QStringLiteral("FARM004")},
            "sessionState.timeout");
        row("FARM005-machinekey", {QStringLiteral("FARM005"), QStringLiteral("FARM005")},
            "machineKey.validationKeyFingerprint");
        row("FARM006-autogenerate", {QStringLiteral("FARM006"), QStringLiteral("FARM006")},
            "machineKey.validationKey");
        row("FARM007-validation", {QStringLiteral("FARM007"), QStringLiteral("FARM007")},
            "machineKey.validation");
        row("FARM008-cookiename", {QStringLiteral("FARM008"), QStringLiteral("FARM008")},
            "sessionState.cookieName");
        row("FARM009-missing", {QStringLiteral("FARM009")}, "appDomainAppId");
        row("FARM010-inproc", {QStringLiteral("FARM010"), QStringLiteral("FARM010")}, "sessionState.mode");
        row("FARM011-pool", {QStringLiteral("FARM011"), QStringLiteral("FARM011")},
            "pool.processModel.idleTimeout");
        row("FARM012-loopback", {QStringLiteral("FARM012"), QStringLiteral("FARM012")},
            "sessionState.stateConnectionString");
        Q_UNUSED(appId);
    }

    /// Two servers a and b per case; both have the applications "Shop/" and "Shop/cart" (b may lack one).
    void findings()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, expected);
        QFETCH(QString, setting);
        Farm farm;
        const QString dir = farmDir() + QStringLiteral("/cases/") + folder + u'/';
        QVERIFY(compare({dir + QStringLiteral("a.config"), dir + QStringLiteral("b.config")}, &farm));
        const FarmComparison &c = farm.comparison;
        QCOMPARE(c.servers, (QStringList{QStringLiteral("a.config"), QStringLiteral("b.config")}));
        QCOMPARE(codes(c.findings), expected);
        for (const FarmFinding &f : c.findings) {
            QCOMPARE(f.setting, setting);
            QVERIFY(!f.message.isEmpty());
            QVERIFY(!f.fix.isEmpty());
            if (f.code != u"FARM010" && f.code != u"FARM012")
                QCOMPARE(f.servers, QStringList{QStringLiteral("b.config")});
            const FarmRow *r = findRow(c, f.application, f.setting);
            QVERIFY(r);
            QVERIFY(r->differs || f.code == u"FARM010" || f.code == u"FARM012");
        }
        int differing = 0;
        for (const FarmRow &r : c.rows)
            differing += r.differs;
        // sql-pathcase: the AppDomainAppIds differ in letter case (marked) but SQL Server does not mind
        const bool sameValues = (expected.isEmpty() && folder != u"sql-pathcase") ||
                                folder == u"FARM010-inproc" || folder == u"FARM012-loopback";
        QCOMPARE(differing == 0, sameValues);
    }

    void pathCaseIsOneApplication()
    {
        Farm farm;
        const QString dir = farmDir() + QStringLiteral("/cases/FARM001-pathcase/");
        QVERIFY(compare({dir + QStringLiteral("a.config"), dir + QStringLiteral("b.config")}, &farm));
        // matched case-insensitively: two applications, no FARM009
        QCOMPARE(farm.comparison.rows.size(), 2 * farmSettingNames().size());
        const FarmRow *r =
            findRow(farm.comparison, QStringLiteral("Shop/cart"), QStringLiteral("appDomainAppId"));
        QVERIFY(r);
        QCOMPARE(r->cells[1].value, QStringLiteral("/LM/W3SVC/1/ROOT/Cart"));
        QCOMPARE(farm.comparison.findings[0].severity, Severity::Error);
    }

    void missingApplication()
    {
        Farm farm;
        const QString dir = farmDir() + QStringLiteral("/cases/FARM009-missing/");
        QVERIFY(compare({dir + QStringLiteral("b.config"), dir + QStringLiteral("a.config")}, &farm));
        // "Shop/cart" only on the second server: its rows come last, every one marked, its cells absent on b
        const FarmRow &last = farm.comparison.rows.last();
        QCOMPARE(last.application, QStringLiteral("Shop/cart"));
        QVERIFY(last.differs);
        QVERIFY(!last.cells[0].present);
        QVERIFY(last.cells[1].present);
        QCOMPARE(farm.comparison.findings[0].servers, QStringList{QStringLiteral("b.config")});
    }

    void oneServer()
    {
        Farm farm;
        QVERIFY(compare({farmDir() + QStringLiteral("/cases/FARM010-inproc/a.config")}, &farm));
        QCOMPARE(farm.comparison.rows.size(), 2 * farmSettingNames().size());
        QVERIFY(farm.comparison.findings.isEmpty());
        for (const FarmRow &r : farm.comparison.rows)
            QVERIFY(!r.differs);
        QVERIFY(compareFarm({}).rows.isEmpty());
    }

    void serverNames()
    {
        QCOMPARE(farmServerNames({QStringLiteral("/s/web1"), QStringLiteral("/s/web2/")}),
                 (QStringList{QStringLiteral("web1"), QStringLiteral("web2")}));
        QCOMPARE(farmServerNames({QStringLiteral("/a/web1/applicationHost.config"),
                                  QStringLiteral("/b/web2/applicationHost.config")}),
                 (QStringList{QStringLiteral("web1/applicationHost.config"),
                              QStringLiteral("web2/applicationHost.config")}));
        QCOMPARE(farmServerNames({QStringLiteral("/a/x/web.config"), QStringLiteral("/b/x/web.config")}),
                 (QStringList{QStringLiteral("x/web.config"), QStringLiteral("x/web.config (2)")}));
    }

    /// Pool and site edits of applicationHost.config (the "make consistent" pool fixes): only the edited
    /// bytes change; save() refuses a file that changed on disk since it was read.
    void poolAndSiteEdits()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("applicationHost.config"));
        QVERIFY(QFile::copy(farmDir() + QStringLiteral("/cases/clean/a.config"), file));
        IisConfig config;
        ConfigError e;
        QVERIFY(config.load(file, &e));
        QString error;
        QVERIFY(config.site(QStringLiteral("shop")));
        QVERIFY(!config.setSiteAttribute(QStringLiteral("Nope"), QStringLiteral("id"), QStringLiteral("2"),
                                         &error));
        QVERIFY(error.contains(QStringLiteral("Nope")));
        QVERIFY(config.setSiteAttribute(QStringLiteral("Shop"), QStringLiteral("id"), QStringLiteral("2"),
                                        &error));
        QVERIFY(config.setPoolAttribute(QStringLiteral("Shop"), QStringLiteral("processModel.idleTimeout"),
                                        QStringLiteral("00:20:00"), &error));
        QCOMPARE(config.sites().first().id, QStringLiteral("2"));
        QString expected = config.document().savedText();
        expected.replace(QStringLiteral("id=\"1\""), QStringLiteral("id=\"2\""));
        expected.replace(QStringLiteral("idleTimeout=\"00:00:00\""),
                         QStringLiteral("idleTimeout=\"00:20:00\""));
        QCOMPARE(config.document().text(), expected);
        QVERIFY2(config.save(&e), qPrintable(e.toString()));
        QVERIFY(!config.document().isModified());
        // another program edits the file: the next save is refused, naming the file
        QVERIFY(config.setSiteAttribute(QStringLiteral("Shop"), QStringLiteral("id"), QStringLiteral("3"),
                                        &error));
        QFile f(file);
        QVERIFY(f.open(QIODevice::Append));
        f.write("<!-- edited elsewhere -->\n");
        f.close();
        QVERIFY(!config.save(&e));
        QVERIFY(e.toString().contains(file));
    }

    /// "Make consistent": a's <machineKey> copied to b changes only b's key values; the farm then agrees.
    void syncMachineKeyCase()
    {
        Farm farm;
        const QString dir = farmDir() + QStringLiteral("/cases/FARM005-machinekey/");
        QVERIFY(compare({dir + QStringLiteral("a.config"), dir + QStringLiteral("b.config")}, &farm));
        QList<FarmServer> servers;
        for (qsizetype i = 0; i < 2; ++i)
            servers.append({farm.comparison.servers[i], farm.snapshots[size_t(i)].get()});
        QList<FarmFileEdit> edits;
        QString error;
        QVERIFY2(syncMachineKey(servers, 0, QStringLiteral("shop/"), &edits, &error), qPrintable(error));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits[0].server, QStringLiteral("b.config"));
        const ConfigDocument &doc = *edits[0].document;
        QCOMPARE(doc.fileName(), dir + QStringLiteral("b.config"));
        // only the two key values differ: one line changed
        const QList<DiffLine> diff = diffLines(doc.savedText(), doc.text(), 0);
        QCOMPARE(diff.size(), 2);
        QVERIFY(diff[1].text.contains(QStringLiteral("6907A054")));
        QFile a(dir + QStringLiteral("a.config"));
        QVERIFY(a.open(QIODevice::ReadOnly));
        const QString aText = QString::fromUtf8(a.readAll());
        QVERIFY(aText.contains(diff[1].text));
        // the edited b agrees with a
        QTemporaryDir tmp;
        const QString edited = tmp.filePath(QStringLiteral("b.config"));
        ConfigError e;
        QVERIFY(doc.save(edited, &e));
        Farm after;
        QVERIFY(compare({dir + QStringLiteral("a.config"), edited}, &after));
        QVERIFY(after.comparison.findings.isEmpty());
        // a source without explicit keys is refused
        Farm generated;
        const QString gen = farmDir() + QStringLiteral("/cases/FARM006-autogenerate/");
        QVERIFY(compare({gen + QStringLiteral("b.config"), gen + QStringLiteral("a.config")}, &generated));
        servers = {{QStringLiteral("b"), generated.snapshots[0].get()},
                   {QStringLiteral("a"), generated.snapshots[1].get()}};
        QVERIFY(!syncMachineKey(servers, 0, QStringLiteral("Shop/"), &edits, &error));
        QVERIFY(error.contains(QStringLiteral("validationKey")));
        QVERIFY(edits.isEmpty());
        // the other way round, the generated server gets the keys written into its <machineKey>
        QVERIFY2(syncMachineKey(servers, 1, QStringLiteral("Shop/"), &edits, &error), qPrintable(error));
        QCOMPARE(edits.size(), 1);
        QVERIFY(edits[0].document->text().contains(QStringLiteral("validationKey=\"6907A054")));
    }

    /// "Make consistent" for pools: idle timeout 0 and a scheduled recycle change only b's pool (a already
    /// has both); the schedule is added only where none is in force; saveFarmEdits writes with FILE.bak and
    /// refuses, writing nothing, when a file changed on disk since it was read.
    void fixPoolsAndSave()
    {
        QTemporaryDir tmp;
        const QString dir = farmDir() + QStringLiteral("/cases/FARM011-pool/");
        const QString a = tmp.filePath(QStringLiteral("a.config")),
                      b = tmp.filePath(QStringLiteral("b.config"));
        QVERIFY(QFile::copy(dir + QStringLiteral("a.config"), a));
        QFile bf(dir + QStringLiteral("b.config"));
        QVERIFY(bf.open(QIODevice::ReadOnly));
        QByteArray bText = bf.readAll();
        const qsizetype from = bText.indexOf("<periodicRestart");
        const qsizetype to = bText.indexOf("</periodicRestart>") + 18;
        bText.replace(from, to - from, "<periodicRestart time=\"1.05:00:00\" />");
        QFile out(b);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bText);
        out.close();
        Farm farm;
        QVERIFY(compare({a, b}, &farm));
        QList<FarmServer> servers{{QStringLiteral("a"), farm.snapshots[0].get()},
                                  {QStringLiteral("b"), farm.snapshots[1].get()}};
        QList<FarmFileEdit> edits;
        QString error;
        QVERIFY2(fixFarmPools(servers, QStringLiteral("Shop/"), FarmPoolFix::IdleTimeoutZero, &edits, &error),
                 qPrintable(error));
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits[0].server, QStringLiteral("b"));
        QString expected = QString::fromUtf8(bText);
        expected.replace(QStringLiteral("idleTimeout=\"00:20:00\""),
                         QStringLiteral("idleTimeout=\"00:00:00\""));
        QCOMPARE(edits[0].document->text(), expected);
        QVERIFY2(
            fixFarmPools(servers, QStringLiteral("Shop/"), FarmPoolFix::ScheduledRecycle, &edits, &error),
            qPrintable(error));
        QCOMPARE(edits.size(), 1);
        expected = QString::fromUtf8(bText);
        expected.replace(QStringLiteral("<periodicRestart time=\"1.05:00:00\" />"),
                         QStringLiteral("<periodicRestart time=\"00:00:00\">\n"
                                        "                        <schedule>\n"
                                        "                            <add value=\"03:00:00\" />\n"
                                        "                        </schedule>\n"
                                        "                    </periodicRestart>"));
        QCOMPARE(edits[0].document->text(), expected);
        QVERIFY(
            !fixFarmPools(servers, QStringLiteral("Nope/"), FarmPoolFix::IdleTimeoutZero, &edits, &error));
        QVERIFY(error.contains(QStringLiteral("Nope/")));
        // save: refused when b changed on disk, then written with b.config.bak
        QVERIFY(
            fixFarmPools(servers, QStringLiteral("Shop/"), FarmPoolFix::ScheduledRecycle, &edits, &error));
        QVERIFY(out.open(QIODevice::Append));
        out.write("<!-- elsewhere -->\n");
        out.close();
        QStringList written;
        QVERIFY(!saveFarmEdits(edits, &written, &error));
        QVERIFY(error.contains(b));
        QVERIFY(written.isEmpty());
        QVERIFY(!QFile::exists(b + QStringLiteral(".bak")));
        QVERIFY(
            fixFarmPools(servers, QStringLiteral("Shop/"), FarmPoolFix::ScheduledRecycle, &edits, &error));
        QVERIFY2(saveFarmEdits(edits, &written, &error), qPrintable(error));
        QCOMPARE(written, QStringList{b});
        QVERIFY(!edits[0].document->isModified());
        QVERIFY(QFile::exists(b + QStringLiteral(".bak")));
        Farm after;
        QVERIFY(compare({a, b}, &after));
        const FarmRow *schedule = findRow(after.comparison, QStringLiteral("Shop/"),
                                          QStringLiteral("pool.recycling.periodicRestart.schedule"));
        QVERIFY(schedule && !schedule->differs);
    }
};

QTEST_GUILESS_MAIN(TestFarm)
#include "tst_farm.moc"
