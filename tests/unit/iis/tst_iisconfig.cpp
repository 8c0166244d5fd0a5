// SPDX-License-Identifier: GPL-3.0-or-later
// The IIS model (issue 13 points 2 and 8): TimeSpan parsing, pools with applicationPoolDefaults and schema
// defaults, sites, applications, web farms and locations of applicationHost.config; every real fixture in
// ../shared/fixtures/iisconfig parses, round-trips byte-identical and takes a one-attribute pool edit that
// changes only that attribute.
#include "iis/iisconfig.h"

#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace sd;

namespace {

QString fixturesDir()
{
    return QStringLiteral(SD_FIXTURES_DIR "/iisconfig");
}

/// The text that differs between `a` and `b`: {removed from a, inserted in b}, after common prefix/suffix.
std::pair<QString, QString> difference(const QString &a, const QString &b)
{
    qsizetype p = 0;
    while (p < a.size() && p < b.size() && a[p] == b[p])
        ++p;
    qsizetype s = 0;
    while (s < a.size() - p && s < b.size() - p && a[a.size() - 1 - s] == b[b.size() - 1 - s])
        ++s;
    return {a.mid(p, a.size() - p - s), b.mid(p, b.size() - p - s)};
}

} // namespace

class TestIisConfig : public QObject
{
    Q_OBJECT

private slots:
    void timeSpan_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("29 hours") << QStringLiteral("1.05:00:00") << qint64(29 * 3600);
        QTest::newRow("20 minutes") << QStringLiteral("00:20:00") << qint64(1200);
        QTest::newRow("zero") << QStringLiteral("00:00:00") << qint64(0);
        QTest::newRow("days only") << QStringLiteral("2") << qint64(2 * 86400);
        QTest::newRow("fraction") << QStringLiteral("00:00:01.5000000") << qint64(1);
        QTest::newRow("hh:mm") << QStringLiteral("01:30") << qint64(5400);
        QTest::newRow("negative") << QStringLiteral("-00:01:00") << qint64(-60);
    }
    void timeSpan()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        QCOMPARE(parseTimeSpan(text), std::optional<qint64>(seconds));
        if (seconds >= 0 && !text.contains(u'.') && text.count(u':') == 2)
            QCOMPARE(formatTimeSpan(seconds), text);
    }
    void timeSpanRejects()
    {
        for (const char *bad : {"", "abc", "24:00:00", "00:60:00", "1.2.3", "00:00:61"})
            QVERIFY2(!parseTimeSpan(QString::fromLatin1(bad)), bad);
        QCOMPARE(formatTimeSpan(29 * 3600), QStringLiteral("1.05:00:00"));
    }

    void model()
    {
        IisConfig c;
        ConfigError e;
        QVERIFY2(c.load(QStringLiteral(SD_TESTDATA_DIR "/iis/applicationHost-model.config"), &e),
                 qPrintable(e.toString()));
        QVERIFY(c.isApplicationHost());
        QCOMPARE(c.applicationPools().size(), 3);
        const ApplicationPool *def = c.applicationPool(QStringLiteral("defaultapppool"));
        QVERIFY(def);
        // from applicationPoolDefaults (line 19, 21) and the schema
        QCOMPARE(settingValue(def->settings, QStringLiteral("processModel.idleTimeout")),
                 QStringLiteral("00:00:00"));
        QCOMPARE(findSetting(def->settings, QStringLiteral("processModel.idleTimeout"))->from.line, 19);
        QCOMPARE(settingValue(def->settings, QStringLiteral("recycling.periodicRestart.time")),
                 QStringLiteral("2.00:00:00"));
        QCOMPARE(settingValue(def->settings, QStringLiteral("processModel.maxProcesses")),
                 QStringLiteral("1"));
        QVERIFY(findSetting(def->settings, QStringLiteral("processModel.maxProcesses"))->from.isDefault);
        QCOMPARE(settingValue(def->settings, QStringLiteral("processModel.idleTimeoutAction")),
                 QStringLiteral("Terminate"));
        QCOMPARE(settingValue(def->settings, QStringLiteral("managedPipelineMode")),
                 QStringLiteral("Integrated"));
        QVERIFY(def->schedule.isEmpty());

        const ApplicationPool *shop = c.applicationPool(QStringLiteral("Shop"));
        QVERIFY(shop);
        QCOMPARE(settingValue(shop->settings, QStringLiteral("processModel.idleTimeout")),
                 QStringLiteral("00:05:00"));
        QCOMPARE(settingValue(shop->settings, QStringLiteral("processModel.maxProcesses")),
                 QStringLiteral("2"));
        QCOMPARE(settingValue(shop->settings, QStringLiteral("recycling.periodicRestart.time")),
                 QStringLiteral("00:00:00"));
        QCOMPARE(settingValue(shop->settings, QStringLiteral("recycling.periodicRestart.requests")),
                 QStringLiteral("5000"));
        QCOMPARE(settingValue(shop->settings, QStringLiteral("managedPipelineMode")),
                 QStringLiteral("Classic"));
        QCOMPARE(shop->schedule, QStringList{QStringLiteral("03:00:00")});

        QCOMPARE(c.sites().size(), 2);
        const Site &dws = c.sites()[0];
        QCOMPARE(dws.name, QStringLiteral("Default Web Site"));
        QCOMPARE(dws.id, QStringLiteral("1"));
        QCOMPARE(dws.bindings.size(), 2);
        QCOMPARE(dws.bindings[1].hostName(), QStringLiteral("www.example.com"));
        QCOMPARE(dws.applications.size(), 2);
        QCOMPARE(dws.applications[1].path, QStringLiteral("/shop"));
        QCOMPARE(dws.applications[1].applicationPool.value, QStringLiteral("Shop"));
        QCOMPARE(dws.applications[0].physicalPath(), QStringLiteral("%SystemDrive%\\inetpub\\wwwroot"));
        const Site &intranet = c.sites()[1];
        QCOMPARE(intranet.id, QStringLiteral("7"));
        QCOMPARE(intranet.bindings[0].hostName(), QStringLiteral("intra_net.local"));
        QCOMPARE(intranet.applications[0].applicationPool.value,
                 QStringLiteral("NoRecycle")); // applicationDefaults
        QCOMPARE(intranet.applications[0].applicationPool.from.line, 46);

        QCOMPARE(c.webFarms().size(), 1);
        QCOMPARE(c.webFarms()[0].servers.size(), 2);
        QCOMPARE(c.webFarms()[0].affinityUseCookie.value, QStringLiteral("true"));
        QCOMPARE(c.locations().size(), 1);
        QCOMPARE(c.locations()[0].path, QStringLiteral("Default Web Site/shop"));
        QCOMPARE(c.locations()[0].sections, QStringList{QStringLiteral("system.webServer")});
    }

    void editCreatesOnlyWhatItNeeds()
    {
        IisConfig c;
        ConfigError e;
        QVERIFY(c.load(QStringLiteral(SD_TESTDATA_DIR "/iis/applicationHost-model.config"), &e));
        const QString before = c.document().text();
        QString error;
        QVERIFY2(c.setPoolAttribute(QStringLiteral("Shop"), QStringLiteral("processModel.idleTimeout"),
                                    QStringLiteral("00:00:00"), &error),
                 qPrintable(error));
        auto [removed, inserted] = difference(before, c.document().text());
        QCOMPARE(removed, QStringLiteral("5"));
        QCOMPARE(inserted, QStringLiteral("0"));
        // a pool without <processModel> gets one
        QVERIFY2(c.setPoolAttribute(QStringLiteral("NoRecycle"), QStringLiteral("processModel.maxProcesses"),
                                    QStringLiteral("1"), &error),
                 qPrintable(error));
        QCOMPARE(settingValue(c.applicationPool(QStringLiteral("NoRecycle"))->settings,
                              QStringLiteral("processModel.maxProcesses")),
                 QStringLiteral("1"));
        QVERIFY(!c.applicationPool(QStringLiteral("NoRecycle"))->settings[7].from.isDefault);
        const QString afterTwo = c.document().text();
        QVERIFY(!c.setPoolAttribute(QStringLiteral("Nope"), QStringLiteral("autoStart"),
                                    QStringLiteral("true"), &error));
        QVERIFY(error.contains(QStringLiteral("Nope")));
        QVERIFY(!c.setPoolAttribute(QStringLiteral("Shop"), QStringLiteral("processModel.bad attr"),
                                    QStringLiteral("1"), &error));
        QCOMPARE(c.document().text(), afterTwo);
    }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(fixturesDir());
        for (const QString &f : dir.entryList({QStringLiteral("*.config")}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void fixtures()
    {
        if (!QDir(fixturesDir()).exists())
            QSKIP("../shared/fixtures/iisconfig is not there");
        QFETCH(QString, file);
        IisConfig c;
        ConfigError e;
        QVERIFY2(c.load(file, &e), qPrintable(e.toString()));
        QVERIFY(c.isApplicationHost());
        QVERIFY(!c.applicationPools().isEmpty());
        QVERIFY(!c.sites().isEmpty());
        for (const Site &s : c.sites())
            QVERIFY2(!s.name.isEmpty(), qPrintable(file));
        // no-op round trip
        QCOMPARE(c.document().toBytes(), readAll(file));
        // an edit of one pool attribute changes only that attribute
        const ApplicationPool pool = c.applicationPools().first();
        const QString old = settingValue(pool.settings, QStringLiteral("managedPipelineMode"));
        const QString value = old == u"Classic" ? QStringLiteral("Integrated") : QStringLiteral("Classic");
        const QString before = c.document().text();
        QString error;
        QVERIFY2(c.setPoolAttribute(pool.name, QStringLiteral("managedPipelineMode"), value, &error),
                 qPrintable(error));
        IisConfig fresh;
        QVERIFY(fresh.load(file, &e));
        const bool wasOnPool = fresh.document().elements()[pool.element].attribute(
                                   QStringLiteral("managedPipelineMode")) != nullptr;
        const auto [removed, inserted] = difference(before, c.document().text());
        if (wasOnPool) {
            QCOMPARE(removed, old);
            QCOMPARE(inserted, value);
        } else {
            QVERIFY2(removed.isEmpty(), qPrintable(removed));
            QCOMPARE(inserted.trimmed(), QStringLiteral("managedPipelineMode=\"") + value + u'"');
        }
        QCOMPARE(settingValue(c.applicationPool(pool.name)->settings, QStringLiteral("managedPipelineMode")),
                 value);
        QCOMPARE(c.applicationPools().size(), fresh.applicationPools().size());
        for (int i = 1; i < c.applicationPools().size(); ++i)
            for (int k = 0; k < c.applicationPools()[i].settings.size(); ++k)
                QCOMPARE(c.applicationPools()[i].settings[k].value,
                         fresh.applicationPools()[i].settings[k].value);
    }
};

QTEST_GUILESS_MAIN(TestIisConfig)
#include "tst_iisconfig.moc"
