// SPDX-License-Identifier: GPL-3.0-or-later
// Server snapshots, effective settings with provenance, and the doctor's findings (issue 13 points 1, 3, 4):
// the snapshot folders in tests/data/iis, one minimal snapshot per finding code, and every fixture in
// ../shared/fixtures/iisconfig opened alone.
#include "base/crypto.h"
#include "iis/doctor.h"

#include <QDir>
#include <QTest>

using namespace sd;

namespace {

QString dataDir()
{
    return QStringLiteral(SD_TESTDATA_DIR "/iis");
}

const SnapshotApplication *findApp(const ServerSnapshot &s, const QString &site, const QString &path)
{
    for (const SnapshotApplication &a : s.applications())
        if (a.siteName == site && a.path == path)
            return &a;
    return nullptr;
}

/// The warning and error codes of `findings` (info left out), sorted, without repeats.
QStringList codes(const QList<DoctorFinding> &findings, bool withInfo = false)
{
    QStringList out;
    for (const DoctorFinding &f : findings)
        if ((withInfo || f.severity != Severity::Info) && !out.contains(f.code))
            out.append(f.code);
    out.sort();
    return out;
}

} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT

private slots:
    void snapshotFolder()
    {
        ServerSnapshot s;
        QString error;
        QVERIFY2(s.open(dataDir() + QStringLiteral("/snapshot-basic"), &error), qPrintable(error));
        QCOMPARE(s.kind(), ServerSnapshot::Kind::Folder);
        QVERIFY(s.iis());
        QCOMPARE(s.applications().size(), 3);
        // %SystemDrive% resolves into the folder, case-insensitively
        QCOMPARE(s.localPath(QStringLiteral("%systemdrive%\\INETPUB\\wwwroot\\web.config"), nullptr),
                 dataDir() + QStringLiteral("/snapshot-basic/C/inetpub/wwwroot/web.config"));
        QString why;
        QVERIFY(s.localPath(QStringLiteral("%HOMEPATH%\\x"), &why).isEmpty());
        QVERIFY(why.contains(QStringLiteral("%HOMEPATH%")));
        // the Intranet site's web.config is missing: a gap, not an error
        bool intranetGap = false;
        for (const SnapshotGap &g : s.gaps())
            intranetGap = intranetGap || g.file == QStringLiteral("D:\\sites\\intranet\\web.config");
        QVERIFY(intranetGap);
        const SnapshotApplication *intranet = findApp(s, QStringLiteral("Intranet"), QStringLiteral("/"));
        QVERIFY(intranet);
        QCOMPARE(intranet->configFiles.size(), 3); // machine.config, root web.config, applicationHost.config
    }

    void effectiveSettings()
    {
        ServerSnapshot s;
        QString error;
        QVERIFY(s.open(dataDir() + QStringLiteral("/snapshot-basic"), &error));
        const SnapshotApplication *root = findApp(s, QStringLiteral("Default Web Site"), QStringLiteral("/"));
        const SnapshotApplication *shop =
            findApp(s, QStringLiteral("Default Web Site"), QStringLiteral("/shop"));
        QVERIFY(root && shop);
        QCOMPARE(shop->configFiles.size(), 5);
        const auto check = [](const SnapshotApplication *a, const char *name, const QString &value,
                              const QString &fileEnd, int line) {
            const SettingValue *v = findSetting(a->settings, QLatin1String(name));
            QVERIFY2(v, name);
            QCOMPARE(v->value, value);
            QVERIFY2(v->from.file.endsWith(fileEnd), qPrintable(v->from.file));
            QCOMPARE(v->from.line, line);
            QCOMPARE(v->from.isDefault, fileEnd.isEmpty());
        };
        const QString site = QStringLiteral("C/inetpub/wwwroot/web.config");
        check(root, "sessionState.mode", QStringLiteral("StateServer"), site, 4);
        check(root, "sessionState.timeout", QStringLiteral("25"), QStringLiteral("Config/web.config"), 9);
        check(shop, "sessionState.timeout", QStringLiteral("45"), site,
              9); // site web.config <location path="shop">
        check(shop, "sessionState.mode", QStringLiteral("StateServer"), site, 4);
        check(shop, "sessionState.cookieless", QStringLiteral("UseCookies"), QString(), 0);
        check(shop, "machineKey.validation", QStringLiteral("HMACSHA256"), QStringLiteral("machine.config"),
              4);
        check(shop, "machineKey.compatibilityMode", QStringLiteral("Framework45"), QString(), 0); // 4.8
        check(shop, "httpRuntime.targetFramework", QStringLiteral("4.8"), site, 5);
        check(shop, "processModel.autoConfig", QStringLiteral("true"), QStringLiteral("machine.config"), 5);
        check(shop, "processModel.requestLimit", QStringLiteral("Infinite"), QString(), 0);
        check(shop, "machineKey.validationKey", QStringLiteral("(explicit)"),
              QStringLiteral("shop/web.config"), 4);
        check(shop, "machineKey.decryptionKey", QStringLiteral("AutoGenerate,IsolateApps"),
              QStringLiteral("shop/web.config"), 4);
        check(shop, "modules.Session", QStringLiteral("removed"), QStringLiteral("applicationHost.config"),
              52);
        check(root, "modules.Session", QStringLiteral("present"), QString(), 0);
        check(shop, "pool.processModel.maxProcesses", QStringLiteral("2"),
              QStringLiteral("applicationHost.config"), 8);
        check(root, "pool.recycling.periodicRestart.time", QStringLiteral("2.00:00:00"),
              QStringLiteral("applicationHost.config"), 21);
        // the key itself never appears, only its fingerprint
        const QString fp =
            settingValue(shop->settings, QStringLiteral("machineKey.validationKeyFingerprint"));
        QCOMPARE(fp, QString::fromLatin1(
                         sha256(QByteArray::fromHex(
                                    "00112233445566778899AABBCCDDEEFF00112233445566778899AABBCCDDEEFF"))
                             .toHex()
                             .left(8)));
        for (const SettingValue &v : shop->settings)
            QVERIFY(!v.value.contains(QStringLiteral("00112233445566778899")));
        QCOMPARE(shop->appDomainAppId, QStringLiteral("/LM/W3SVC/1/ROOT/shop"));
        QCOMPARE(root->appDomainAppId, QStringLiteral("/LM/W3SVC/1/ROOT"));
        QCOMPARE(shop->stateServerKeyPrefix,
                 QStringLiteral("/LM/W3SVC/1/ROOT/shop(") +
                     QString::fromLatin1(sha256("/LM/W3SVC/1/ROOT/shop").toBase64()) + QStringLiteral(")/"));
    }

    void singleFiles()
    {
        ServerSnapshot s;
        QString error;
        QVERIFY(s.open(dataDir() + QStringLiteral("/applicationHost-model.config"), &error));
        QCOMPARE(s.kind(), ServerSnapshot::Kind::ApplicationHost);
        QCOMPARE(s.applications().size(), 3);
        QCOMPARE(s.gaps().size(), 1);
        ServerSnapshot w;
        QVERIFY(w.open(dataDir() + QStringLiteral("/snapshot-basic/C/inetpub/wwwroot/web.config"), &error));
        QCOMPARE(w.kind(), ServerSnapshot::Kind::WebConfig);
        QCOMPARE(w.applications().size(), 1);
        QCOMPARE(settingValue(w.applications()[0].settings, QStringLiteral("sessionState.mode")),
                 QStringLiteral("StateServer"));
        ServerSnapshot bad;
        QVERIFY(!bad.open(dataDir() + QStringLiteral("/no-such-file.config"), &error));
        QVERIFY(!error.isEmpty());
        // an empty folder: gaps, no crash
        ServerSnapshot empty;
        QVERIFY(empty.open(dataDir() + QStringLiteral("/findings/clean/C/inetpub"), &error));
        QVERIFY(!empty.gaps().isEmpty());
        QVERIFY(empty.applications().isEmpty());
    }

    void findings_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("withInfo");
        const auto row = [](const char *folder, QStringList expected, bool withInfo = false) {
            QTest::newRow(folder) << QString::fromLatin1(folder) << expected << withInfo;
        };
        row("clean", {}, true);
        row("IIS001-time", {QStringLiteral("IIS001")});
        row("IIS002-schedule", {QStringLiteral("IIS002")});
        row("IIS003-requests", {QStringLiteral("IIS003")});
        row("IIS004-idle", {QStringLiteral("IIS004")});
        row("IIS005-webgarden", {QStringLiteral("IIS005")});
        row("IIS006-farm", {QStringLiteral("IIS006")});
        row("IIS007-requiressl", {QStringLiteral("IIS007")});
        row("IIS008-samesite", {QStringLiteral("IIS008")});
        row("IIS009-module", {QStringLiteral("IIS009")});
        row("IIS010-pages", {QStringLiteral("IIS010")});
        row("IIS011-underscore", {QStringLiteral("IIS011")});
        row("IIS012-fcnmode", {QStringLiteral("IIS012")}, true);
    }
    void findings()
    {
        QFETCH(QString, folder);
        QFETCH(QStringList, expected);
        QFETCH(bool, withInfo);
        ServerSnapshot s;
        QString error;
        QVERIFY2(s.open(dataDir() + QStringLiteral("/findings/") + folder, &error), qPrintable(error));
        const QList<DoctorFinding> f = diagnose(s);
        QCOMPARE(codes(f, withInfo), expected);
        for (const DoctorFinding &d : f) {
            QVERIFY(!d.message.isEmpty());
            QVERIFY(!d.fix.isEmpty());
            QVERIFY2(d.line > 0 && !d.file.isEmpty(), qPrintable(d.code + u' ' + d.setting));
        }
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(SD_FIXTURES_DIR "/iisconfig"));
        for (const QString &f : dir.entryList({QStringLiteral("*.config")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void fixtures()
    {
        if (!QDir(QStringLiteral(SD_FIXTURES_DIR "/iisconfig")).exists())
            QSKIP("../shared/fixtures/iisconfig is not there");
        QFETCH(QString, file);
        ServerSnapshot s;
        QString error;
        QVERIFY2(s.open(file, &error), qPrintable(error));
        int apps = 0;
        for (const Site &site : s.iis()->sites())
            apps += int(site.applications.size());
        QCOMPARE(s.applications().size(), apps);
        QVERIFY(apps > 0);
        diagnose(s); // no crash
    }
};

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
