// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl token verify: the machinekey.md §3.2 vectors through the real executable, candidates from a
// web.config and a --keys file, JSON, and the exit codes (0 valid, 1 invalid / not protected / disclosed, 2
// usage), the disclosed-key list (hashes and plain keys), and tokens picked out of an HTML page.
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

    /// Microsoft's hash list (a two-line copy in tests/data) marks the candidate that made the token: TOK001,
    /// critical, exit 1 although the token is valid.
    void hashListMarksDisclosedCandidate()
    {
        const Run r = sessionctl(
            {QStringLiteral("token"), QStringLiteral("verify"),
             QStringLiteral("3RP87RgckNbfc7fNdaHzH9YLqbIhzpA64gFfWB49lhzHpuHFAAO7C7Dl2zh"
                            "0dWUqobBb4hwiZJ1a2bhP77aQiwqvVqg="),
             QStringLiteral("--url"), QStringLiteral("/default2.aspx"), QStringLiteral("--config"), m_configB,
             QStringLiteral("--keys"), m_keys, QStringLiteral("--disclosed-keys"),
             QStringLiteral(SD_TESTDATA_DIR "/disclosed-keys/MachineKeys.csv"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("disclosed")).toBool(), true);
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 2); // key A (the --keys candidate) is on the list too, but did not make it
        QCOMPARE(findings[0].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("TOK001"));
        QCOMPARE(findings[1].toObject().value(QStringLiteral("code")).toString(), QStringLiteral("TOK002"));
        QCOMPARE(findings[1].toObject().value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
        QCOMPARE(findings[0].toObject().value(QStringLiteral("level")).toString(),
                 QStringLiteral("critical"));
        QCOMPARE(findings[0].toObject().value(QStringLiteral("candidate")).toString(), m_configB);
        QVERIFY(!findings[0].toObject().value(QStringLiteral("advice")).toArray().isEmpty());
        QVERIFY(!r.out.contains(kKeyBVal)); // keys are never printed
    }

    /// A plain disclosed key list is searched key by key; the one that validates is reported with its line.
    void plainListIsSearched()
    {
        QByteArray list("validationKey,decryptionKey\n");
        for (int i = 0; i < 300; ++i) {
            list += QByteArray::number(i).rightJustified(4, '0').repeated(16) + ',' +
                    QByteArray::number(i).rightJustified(4, '0').repeated(8) + '\n';
        }
        list += QByteArray(kKeyBVal) + ',' + kKeyBDec + '\n';
        const QString file = m_dir.filePath(QStringLiteral("plain.txt"));
        QVERIFY(writeFile(file, list));
        const Run r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"),
                                  QStringLiteral("/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw=="),
                                  QStringLiteral("--generator"), QStringLiteral("9BD98A7D"),
                                  QStringLiteral("--disclosed-keys"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(file.toUtf8() + ":302: valid (legacy MAC, SHA1) [publicly disclosed key]"),
                 r.out.constData());
        QVERIFY(r.out.contains("301 publicly disclosed keys tried"));
        QVERIFY(r.out.contains("CRITICAL TOK001"));
    }

    /// --file takes a whole HTML page: __VIEWSTATE and __VIEWSTATEGENERATOR are picked out of it.
    void htmlPage()
    {
        const QString page = m_dir.filePath(QStringLiteral("page.html"));
        QVERIFY(writeFile(
            page, "<html><body><form method=\"post\" action=\"./default.aspx\" id=\"form1\">\n"
                  "<div class=\"aspNetHidden\">\n<input type=\"hidden\" name=\"__VIEWSTATE\" "
                  "id=\"__VIEWSTATE\" value=\"/wEPDwUJODExMDE5NzY5ZGScGv/wvQQvxzX/syyICaMJbvdEU3+6rpkkQNk"
                  "ouaLjoQ==\" />\n</div>\n<div class=\"aspNetHidden\">\n<input type=\"hidden\" "
                  "name=\"__VIEWSTATEGENERATOR\" id=\"__VIEWSTATEGENERATOR\" value=\"EDD8C9AE\" />"
                  "\n</div></form></body></html>\n"));
        Run r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("--file"), page,
                            QStringLiteral("--keys"), m_keys});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("valid (legacy MAC, HMACSHA256)"), r.out.constData());
        const QString empty = m_dir.filePath(QStringLiteral("empty.html"));
        QVERIFY(writeFile(empty, "<html><input type=\"text\" name=\"q\" /></html>\n"));
        r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("--file"), empty});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("no token found"));
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
