// SPDX-License-Identifier: GPL-3.0-or-later
// `sessionctl farm compare` and `sessionctl iis set` (issue 13 point 7): the real binary over the farm
// snapshots in tests/data/iis/farm, their JSON and exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run sessionctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SD_SESSIONCTL), args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

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
};

QTEST_GUILESS_MAIN(TestFarmCli)
#include "tst_farmcli.moc"
