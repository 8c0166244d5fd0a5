// SPDX-License-Identifier: GPL-3.0-or-later
// `sessionctl farm compare`, `sessionctl iis set` (issue 13 point 7) and `sessionctl farm sync-machinekey`
// (point 5, "Make consistent"): the real binary over the farm snapshots in tests/data/iis/farm (copied to a
// temporary folder where a command writes), their JSON and exit codes.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "sessionctlrun.h"
#include "testfiles.h"

namespace {

QString farmDir()
{
    return QStringLiteral(SD_TESTDATA_DIR "/iis/farm");
}

QStringList threeServers()
{
    const QString dir = farmDir() + QStringLiteral("/three-server/");
    return {dir + QStringLiteral("web1"), dir + QStringLiteral("web2"), dir + QStringLiteral("web3")};
}

} // namespace

class TestFarmCli : public QObject
{
    Q_OBJECT

private slots:
    void threeServerJson()
    {
        const Run r = sessionctl(QStringList{QStringLiteral("farm"), QStringLiteral("compare")} +
                                 threeServers() + QStringList{QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1); // error findings
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("servers")).toArray().size(), 3);
        QCOMPARE(o.value(QStringLiteral("servers"))
                     .toArray()[1]
                     .toObject()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("web2"));
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("FARM001"));
        QCOMPARE(findings[0].toObject().value(QStringLiteral("servers")).toArray().first().toString(),
                 QStringLiteral("web2"));
        QCOMPARE(findings[1].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("FARM005"));
        QCOMPARE(o.value(QStringLiteral("errors")).toInt(), 2);
        const QJsonArray apps = o.value(QStringLiteral("applications")).toArray();
        QCOMPARE(apps.size(), 1);
        const QJsonArray rows = apps[0].toObject().value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 19); // every farmSettingNames() entry
        const QJsonObject appId = rows[0].toObject();
        QCOMPARE(appId.value(QStringLiteral("setting")).toString(), QStringLiteral("appDomainAppId"));
        QVERIFY(appId.value(QStringLiteral("differs")).toBool());
        const QJsonObject cell = appId.value(QStringLiteral("cells")).toArray()[1].toObject();
        QCOMPARE(cell.value(QStringLiteral("value")).toString(), QStringLiteral("/LM/W3SVC/2/ROOT"));
        QVERIFY(cell.value(QStringLiteral("line")).toInt() > 0);
    }

    void onlyDifferences()
    {
        Run r = sessionctl(QStringList{QStringLiteral("farm"), QStringLiteral("compare")} + threeServers() +
                           QStringList{QStringLiteral("--json"), QStringLiteral("--only-differences")});
        QCOMPARE(r.exitCode, 1);
        const QJsonArray rows = QJsonDocument::fromJson(r.out)
                                    .object()
                                    .value(QStringLiteral("applications"))
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value(QStringLiteral("rows"))
                                    .toArray();
        QCOMPARE(rows.size(), 3); // appDomainAppId and the two key fingerprints
        r = sessionctl(QStringList{QStringLiteral("farm"), QStringLiteral("compare"),
                                   QStringLiteral("--only-differences")} +
                       threeServers());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("! appDomainAppId"));
        QVERIFY(!r.out.contains("sessionState.mode"));
        QVERIFY(r.out.contains("error FARM001"));
    }

    void cleanFarm()
    {
        const QString dir = farmDir() + QStringLiteral("/cases/clean/");
        const Run r = sessionctl({QStringLiteral("farm"), QStringLiteral("compare"),
                                  dir + QStringLiteral("a.config"), dir + QStringLiteral("b.config"),
                                  QStringLiteral("--json"), QStringLiteral("--only-differences")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("applications")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("findings")).toArray().isEmpty());
    }

    void warningsOnlyExitZero()
    {
        const QString dir = farmDir() + QStringLiteral("/cases/FARM004-timeout/");
        const Run r = sessionctl({QStringLiteral("farm"), QStringLiteral("compare"),
                                  dir + QStringLiteral("a.config"), dir + QStringLiteral("b.config")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("warning FARM004"));
    }

    void usageErrors()
    {
        QCOMPARE(
            sessionctl({QStringLiteral("farm"), QStringLiteral("compare"), threeServers().first()}).exitCode,
            2);
        const Run missing =
            sessionctl({QStringLiteral("farm"), QStringLiteral("compare"), threeServers().first(),
                        QStringLiteral("/nonexistent/applicationHost.config")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains("nonexistent"));
        QCOMPARE(sessionctl({QStringLiteral("farm"), QStringLiteral("bogus")}).exitCode, 2);
    }

    /// `iis set`: only the edited attribute values change, FILE.bak keeps the old bytes; --dry-run writes
    /// nothing; bad input is refused with the file named and nothing written.
    void iisSet()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString file = tmp.filePath(QStringLiteral("applicationHost.config"));
        QVERIFY(QFile::copy(farmDir() + QStringLiteral("/cases/clean/a.config"), file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();
        const QStringList edit{QStringLiteral("iis"),
                               QStringLiteral("set"),
                               file,
                               QStringLiteral("--pool"),
                               QStringLiteral("shop"),
                               QStringLiteral("processModel.idleTimeout=00:20:00"),
                               QStringLiteral("recycling.periodicRestart.time=1.05:00:00")};
        Run r = sessionctl(edit + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("-                <processModel idleTimeout=\"00:00:00\" />"));
        QVERIFY(r.out.contains("+                <processModel idleTimeout=\"00:20:00\" />"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();
        r = sessionctl(edit);
        QCOMPARE(r.exitCode, 0);
        QByteArray expected = before;
        expected.replace("idleTimeout=\"00:00:00\"", "idleTimeout=\"00:20:00\"");
        expected.replace("periodicRestart time=\"00:00:00\"", "periodicRestart time=\"1.05:00:00\"");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), expected);
        f.close();
        QFile bak(file + QStringLiteral(".bak"));
        QVERIFY(bak.open(QIODevice::ReadOnly));
        QCOMPARE(bak.readAll(), before);
        // the site ID: the site's own attribute
        r = sessionctl({QStringLiteral("iis"), QStringLiteral("set"), file, QStringLiteral("--site"),
                        QStringLiteral("Shop"), QStringLiteral("id=2")});
        QCOMPARE(r.exitCode, 0);
        expected.replace("<site name=\"Shop\" id=\"1\">", "<site name=\"Shop\" id=\"2\">");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), expected);
        f.close();
    }

    void iisSetRefuses()
    {
        QTemporaryDir tmp;
        const QString bad = tmp.filePath(QStringLiteral("bad.config"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<configuration><system.applicationHost></configuration>");
        f.close();
        Run r = sessionctl({QStringLiteral("iis"), QStringLiteral("set"), bad, QStringLiteral("--pool"),
                            QStringLiteral("Shop"), QStringLiteral("processModel.idleTimeout=00:00:00")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("bad.config"));
        const QString file = tmp.filePath(QStringLiteral("applicationHost.config"));
        QVERIFY(QFile::copy(farmDir() + QStringLiteral("/cases/clean/a.config"), file));
        const QStringList base{QStringLiteral("iis"), QStringLiteral("set"), file};
        r = sessionctl(
            base + QStringList{QStringLiteral("--pool"), QStringLiteral("Nope"), QStringLiteral("a.b=1")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Nope"));
        r = sessionctl(base + QStringList{QStringLiteral("--pool"), QStringLiteral("Shop"),
                                          QStringLiteral("processModel.idleTimeout=0"),
                                          QStringLiteral("bogus")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(sessionctl(base + QStringList{QStringLiteral("a.b=1")}).exitCode,
                 2);                                            // neither --pool nor --site
        QVERIFY(!QFile::exists(file + QStringLiteral(".bak"))); // nothing was written
    }

    /// `farm sync-machinekey`: --dry-run prints web3's diff and writes nothing; the real run changes only
    /// web3's key attributes (web2 already agrees: untouched, no .bak), keeps web.config.bak, and `farm
    /// compare` then has no FARM005.
    void syncMachineKey()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QVERIFY(copyTree(farmDir() + QStringLiteral("/three-server"), tmp.path()));
        const QStringList servers{tmp.filePath(QStringLiteral("web1")), tmp.filePath(QStringLiteral("web2")),
                                  tmp.filePath(QStringLiteral("web3"))};
        const QString web2 = servers[1] + QStringLiteral("/C/inetpub/shop/web.config");
        const QString web3 = servers[2] + QStringLiteral("/C/inetpub/shop/web.config");
        const QByteArray before2 = readAll(web2), before3 = readAll(web3);
        Run r = sessionctl({QStringLiteral("farm"), QStringLiteral("compare"), QStringLiteral("--json"),
                            servers[0], servers[1], servers[2]});
        const QString app = QJsonDocument::fromJson(r.out)
                                .object()
                                .value(QStringLiteral("applications"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("application"))
                                .toString();
        QVERIFY(!app.isEmpty());
        const QStringList sync{QStringLiteral("farm"),
                               QStringLiteral("sync-machinekey"),
                               QStringLiteral("--from"),
                               servers[0],
                               QStringLiteral("--app"),
                               app,
                               servers[1],
                               servers[2]};
        r = sessionctl(sync + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("# web3\n--- "), r.out.constData());
        QVERIFY(!r.out.contains("# web2"));
        QVERIFY(r.out.contains("-        <machineKey validationKey=\"229BAC1D"));
        QVERIFY(r.out.contains("+        <machineKey validationKey=\"6907A054"));
        QCOMPARE(readAll(web3), before3);
        r = sessionctl(sync);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("web.config.bak"));
        QByteArray expected = before3;
        const QByteArray key1 = readAll(servers[0] + QStringLiteral("/C/inetpub/shop/web.config"));
        const auto attr = [](const QByteArray &text, const QByteArray &name) {
            const qsizetype at = text.indexOf(' ' + name + "=\"") + name.size() + 3;
            return text.mid(at, text.indexOf('"', at) - at);
        };
        for (const QByteArray &name : {QByteArray("validationKey"), QByteArray("decryptionKey")})
            expected.replace(attr(before3, name), attr(key1, name));
        QCOMPARE(readAll(web3), expected); // only the two key values changed
        QCOMPARE(readAll(web3 + QStringLiteral(".bak")), before3);
        QCOMPARE(readAll(web2), before2);
        QVERIFY(!QFile::exists(web2 + QStringLiteral(".bak")));
        r = sessionctl(
            {QStringLiteral("farm"), QStringLiteral("compare"), servers[0], servers[1], servers[2]});
        QVERIFY(!r.out.contains("FARM005"));
        QVERIFY(r.out.contains("FARM001")); // the site ID is not the machine key's business
        // Again: nothing to change.
        r = sessionctl(sync);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("nothing to change"));
    }

    void syncMachineKeyRefuses()
    {
        const QStringList servers = threeServers();
        // no --from / --app / target
        QCOMPARE(sessionctl({QStringLiteral("farm"), QStringLiteral("sync-machinekey"), servers[1]}).exitCode,
                 2);
        // an application no server has
        const Run r =
            sessionctl({QStringLiteral("farm"), QStringLiteral("sync-machinekey"), QStringLiteral("--from"),
                        servers[0], QStringLiteral("--app"), QStringLiteral("Nope/"), servers[2]});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("Nope/"));
        // a missing target
        QCOMPARE(sessionctl({QStringLiteral("farm"), QStringLiteral("sync-machinekey"),
                             QStringLiteral("--from"), servers[0], QStringLiteral("--app"),
                             QStringLiteral("x"), QStringLiteral("/nonexistent/web.config")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestFarmCli)
#include "tst_farmcli.moc"
