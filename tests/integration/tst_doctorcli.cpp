// SPDX-License-Identifier: GPL-3.0-or-later
// `sessionctl doctor PATH... [--json]` (issue 13 point 7): the real binary over every applicationHost.config
// fixture (every pool, site and application reported, counted here independently with QXmlStreamReader), over
// the snapshot folder in tests/data/iis, and its exit codes.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include "sessionctlrun.h"
#include <QXmlStreamReader>

namespace {

Run doctor(const QStringList &args)
{
    return sessionctl(QStringList{QStringLiteral("doctor")} + args);
}

/// Pools, sites and applications of an applicationHost.config, counted without SessionDesk's code.
struct Counts
{
    int pools = 0;
    int sites = 0;
    int applications = 0;
};

Counts countElements(const QString &file)
{
    QFile f(file);
    Counts c;
    if (!f.open(QIODevice::ReadOnly))
        return c;
    QXmlStreamReader xml(&f);
    QStringList stack;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString parent = stack.value(stack.size() - 1);
            if (name == u"add" && parent == u"applicationPools")
                ++c.pools;
            else if (name == u"site" && parent == u"sites")
                ++c.sites;
            else if (name == u"application" && parent == u"site")
                ++c.applications;
            stack.append(name);
        } else if (xml.isEndElement()) {
            stack.removeLast();
        }
    }
    return c;
}

QString dataDir()
{
    return QStringLiteral(SD_TESTDATA_DIR "/iis");
}

} // namespace

class TestDoctorCli : public QObject
{
    Q_OBJECT

private slots:
    void everyFixture()
    {
        const QDir dir(QStringLiteral(SD_FIXTURES_DIR "/iisconfig"));
        if (!dir.exists())
            QSKIP("../shared/fixtures/iisconfig is not there");
        QStringList files;
        for (const QString &f : dir.entryList({QStringLiteral("*.config")}, QDir::Files, QDir::Name))
            files << dir.filePath(f);
        QVERIFY(!files.isEmpty());
        const Run r = doctor(files + QStringList{QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
        const QJsonArray snapshots =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(snapshots.size(), files.size());
        for (int i = 0; i < files.size(); ++i) {
            const QJsonObject s = snapshots[i].toObject();
            const Counts want = countElements(files[i]);
            QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("applicationHost"));
            QCOMPARE(s.value(QStringLiteral("applicationPools")).toArray().size(), want.pools);
            const QJsonArray sites = s.value(QStringLiteral("sites")).toArray();
            QCOMPARE(sites.size(), want.sites);
            int apps = 0;
            for (const QJsonValue &site : sites) {
                QVERIFY(!site.toObject().value(QStringLiteral("name")).toString().isEmpty());
                QVERIFY(site.toObject().contains(QStringLiteral("bindings")));
                for (const QJsonValue &a : site.toObject().value(QStringLiteral("applications")).toArray()) {
                    ++apps;
                    const QJsonObject settings = a.toObject().value(QStringLiteral("settings")).toObject();
                    QVERIFY(settings.contains(QStringLiteral("sessionState.mode")));
                    QVERIFY(settings.contains(QStringLiteral("pool.name")));
                }
            }
            QCOMPARE(apps, want.applications);
        }
    }

    void snapshotFolder()
    {
        const Run r = doctor({dataDir() + QStringLiteral("/snapshot-basic"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = QJsonDocument::fromJson(r.out)
                                  .object()
                                  .value(QStringLiteral("snapshots"))
                                  .toArray()
                                  .first()
                                  .toObject();
        QCOMPARE(s.value(QStringLiteral("kind")).toString(), QStringLiteral("folder"));
        QCOMPARE(s.value(QStringLiteral("gaps"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("file"))
                     .toString(),
                 QStringLiteral("D:\\sites\\intranet\\web.config"));
        const QJsonObject site = s.value(QStringLiteral("sites")).toArray().first().toObject();
        QCOMPARE(site.value(QStringLiteral("id")).toString(), QStringLiteral("1"));
        QCOMPARE(site.value(QStringLiteral("bindings")).toArray().size(), 2);
        const QJsonObject shop = site.value(QStringLiteral("applications")).toArray()[1].toObject();
        QCOMPARE(shop.value(QStringLiteral("appDomainAppId")).toString(),
                 QStringLiteral("/LM/W3SVC/1/ROOT/shop"));
        const QJsonObject timeout = shop.value(QStringLiteral("settings"))
                                        .toObject()
                                        .value(QStringLiteral("sessionState.timeout"))
                                        .toObject();
        QCOMPARE(timeout.value(QStringLiteral("value")).toString(), QStringLiteral("45"));
        QCOMPARE(timeout.value(QStringLiteral("line")).toInt(), 9);
        QVERIFY(timeout.value(QStringLiteral("file"))
                    .toString()
                    .endsWith(QStringLiteral("C/inetpub/wwwroot/web.config")));
        QCOMPARE(timeout.value(QStringLiteral("default")).toBool(), false);
        QVERIFY(!r.out.contains("00112233445566778899")); // the machine key never leaves the files
        const QJsonArray findings = s.value(QStringLiteral("findings")).toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("IIS009"));
    }

    void exitCodes()
    {
        const Run garden = doctor({dataDir() + QStringLiteral("/findings/IIS005-webgarden")});
        QCOMPARE(garden.exitCode, 1); // an error finding
        QVERIFY(garden.out.contains("error IIS005"));
        const Run clean = doctor({dataDir() + QStringLiteral("/findings/clean")});
        QCOMPARE(clean.exitCode, 0);
        QVERIFY(clean.out.contains("0 error(s), 0 warning(s)"));
        const Run missing = doctor({dataDir() + QStringLiteral("/no-such.config")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!missing.err.isEmpty());
        QCOMPARE(doctor({}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestDoctorCli)
#include "tst_doctorcli.moc"
