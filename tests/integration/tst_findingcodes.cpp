// SPDX-License-Identifier: GPL-3.0-or-later
// CF000 (not well-formed XML) is reported by `sessionctl check`, not by the validator: run the real
// binary on tests/data/malformed and check the code, severity, line and exit code in its JSON.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestFindingCodes : public QObject
{
    Q_OBJECT

private slots:
    void cf000_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("mismatched end tag") << QStringLiteral("mismatched-end-tag.config") << 5;
        QTest::newRow("unquoted attribute") << QStringLiteral("unquoted-attribute.config") << 3;
    }
    void cf000()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QProcess p;
        p.start(QStringLiteral(SD_SESSIONCTL), {QStringLiteral("check"), QStringLiteral("--json"),
                                                QStringLiteral(SD_TESTDATA_DIR "/malformed/") + file});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1); // findings with errors
        const QJsonObject out = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        const QJsonArray files = out.value(QStringLiteral("files")).toArray();
        QCOMPARE(files.size(), 1);
        const QJsonArray findings = files[0].toObject().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        const QJsonObject f = findings[0].toObject();
        QCOMPARE(f.value(QStringLiteral("code")).toString(), QStringLiteral("CF000"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(f.value(QStringLiteral("line")).toInt(), line);
        QVERIFY(!f.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!f.value(QStringLiteral("fix")).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFindingCodes)
#include "tst_findingcodes.moc"
