// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl token verify: the machinekey.md §3.2 vectors through the real executable, candidates from a
// web.config and a --keys file, JSON, and the exit codes (0 valid, 1 invalid / not protected, 2 usage).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "sessionctlrun.h"

namespace {

const char *kKeyA =
    "F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C986C888BE4FC0E6571C2CE600D58CE82B8F"
    "A13106B17D77EA4CECDDBBEC1B,B47D3CD1E780CF30C739A080995B9B10B64354AA135A2D78";
const char *kKeyBVal =
    "0074D9E5776602E629B362073918A43AD0D631800111D0453DB3416D3827C95B81F575B388A6B425E39AC49BCDC2DC8A57A"
    "D2207DC726E78544525A83AB4FE08";
const char *kKeyBDec = "245EDC5AAF1F32D0087178F7409370AF0A2C1FDDE1240212C73604E0DE509029";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestTokenCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keys;
    QString m_configB;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keys = m_dir.filePath(QStringLiteral("keys.txt"));
        QVERIFY(writeFile(m_keys, QByteArray("# key A\n") + kKeyA + "\n"));
        m_configB = m_dir.filePath(QStringLiteral("web.config"));
        QVERIFY(writeFile(m_configB,
                          QByteArray("<?xml version=\"1.0\"?>\n<configuration><system.web>"
                                     "<httpRuntime targetFramework=\"4.8\" />"
                                     "<machineKey validation=\"SHA1\" decryption=\"AES\" validationKey=\"") +
                              kKeyBVal + "\" decryptionKey=\"" + kKeyBDec +
                              "\" /></system.web></configuration>\n"));
    }

    void framework45FromConfig()
    {
        const Run r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"),
                                  QStringLiteral("3RP87RgckNbfc7fNdaHzH9YLqbIhzpA64gFfWB49lhzHpuHFAAO7C7Dl2zh"
                                                 "0dWUqobBb4hwiZJ1a2bhP77aQiwqvVqg="),
                                  QStringLiteral("--url"), QStringLiteral("http://10.1.1.43/default2.aspx"),
                                  QStringLiteral("--config"), m_configB, QStringLiteral("--keys"), m_keys,
                                  QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        const QJsonArray results = o.value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(results[0].toObject().value(QStringLiteral("mode")).toString(),
                 QStringLiteral("Framework45"));
        QCOMPARE(results[1].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    }

    void legacyFromKeys()
    {
        const QStringList base{
            QStringLiteral("token"), QStringLiteral("verify"),
            QStringLiteral("Sku67tgd5zl62MFTQS6R5/o3UAFb3RcqLRKRbq1QmH8o0VN+eaFOlONe3Gz1j82CEcYFb/"
                           "1qdebQa3JrRwtUSAi/LIs="),
            QStringLiteral("--keys"), m_keys};
        Run r = sessionctl(base + QStringList{QStringLiteral("--generator"), QStringLiteral("EDD8C9AE")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("valid (legacy encrypted, SHA1, 3DES"), r.out.constData());
        r = sessionctl(base + QStringList{QStringLiteral("--generator"), QStringLiteral("EDD8C9AF")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("invalid"));
    }

    void notProtectedAndUsage()
    {
        Run r = sessionctl(
            {QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("/wEPDwUJODc0MjgwMjkwZGQ=")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("not protected"));
        r = sessionctl({QStringLiteral("token"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 2);
        r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("x"),
                        QStringLiteral("--kind"), QStringLiteral("resource")});
        QCOMPARE(r.exitCode, 2);
        r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("not base64!"),
                        QStringLiteral("--keys"), m_keys});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("malformed"));
    }
};

QTEST_GUILESS_MAIN(TestTokenCli)
#include "tst_tokencli.moc"
