// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl token verify: the machinekey.md §3.2 vectors through the real executable, candidates from a
// web.config and a --keys file, JSON, resource d= tokens, IsolateApps / AutoGenerate keys (tokens made with
// protectToken), the disclosed-key list (hashes and plain keys), tokens picked out of an HTML page, and the
// exit codes (0 valid, 1 invalid / not protected / disclosed, 2 usage).
#include "aspnet/tokenverify.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "sessionctlrun.h"
#include "testfiles.h"

namespace {

const char *kKeyA =
    "F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C986C888BE4FC0E6571C2CE600D58CE82B8F"
    "A13106B17D77EA4CECDDBBEC1B,B47D3CD1E780CF30C739A080995B9B10B64354AA135A2D78";
const char *kKeyBVal =
    "0074D9E5776602E629B362073918A43AD0D631800111D0453DB3416D3827C95B81F575B388A6B425E39AC49BCDC2DC8A57A"
    "D2207DC726E78544525A83AB4FE08";
const char *kKeyBDec = "245EDC5AAF1F32D0087178F7409370AF0A2C1FDDE1240212C73604E0DE509029";

} // namespace

class TestTokenCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_keys;
    QString m_keysB;
    QString m_configB;

    QString writeConfig(const QString &name, const QString &machineKey)
    {
        const QString path = m_dir.filePath(name);
        const bool ok = writeFile(path, QByteArray("<?xml version=\"1.0\"?>\n<configuration><system.web>") +
                                            machineKey.toUtf8() + "</system.web></configuration>\n");
        return ok ? path : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_keys = m_dir.filePath(QStringLiteral("keys.txt"));
        QVERIFY(writeFile(m_keys, QByteArray("# key A\n") + kKeyA + "\n"));
        m_keysB = m_dir.filePath(QStringLiteral("keysB.txt"));
        QVERIFY(writeFile(m_keysB, QByteArray(kKeyBVal) + ',' + kKeyBDec + "\n"));
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
                        QStringLiteral("--kind"), QStringLiteral("cookie")});
        QCOMPARE(r.exitCode, 2);
        r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("x"),
                        QStringLiteral("--autogen-keys"), QStringLiteral("abcd")});
        QCOMPARE(r.exitCode, 2);
        r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("not base64!"),
                        QStringLiteral("--keys"), m_keys});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("malformed"));
    }

    void resourceTokens()
    {
        // A whole script URL (auto-detected as a resource), legacy; then a Framework45 d= value in JSON.
        Run r = sessionctl(
            {QStringLiteral("token"), QStringLiteral("verify"),
             QStringLiteral("/WebResource.axd?d=csxgANq6A8wDXhKZYWeOxTn12X5UGyMiDbr-_rZsj1_Cg6UVSJFYesWU78"
                            "zHhAVtCyLGHu3-2T_yBK-Qpp1SMtNG6Iw1&amp;t=638470699943647751"),
             QStringLiteral("--keys"), m_keysB});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("valid (legacy encrypted, SHA1, AES-256)"), r.out.constData());
        QVERIFY2(r.out.contains("WebResource.axd: s|WebForms.js"), r.out.constData());
        r = sessionctl(
            {QStringLiteral("token"), QStringLiteral("verify"),
             QStringLiteral("NJmAwtEo3Ipnlaxl6CMhvk5STlL2tDTDCG0e3oilid6ymxLvreNy45XCPnvXrp1sgG9OErpDERufQ_h5"
                            "SXHO9Yqm3OlsG39tFrk2Mrl2rmXqAGfxWzeWnl81_ZGZKKlD6FHMYMND0ZJ4CM_LQmUmqPmDAQI1"),
             QStringLiteral("--kind"), QStringLiteral("resource"), QStringLiteral("--config"), m_configB,
             QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("resource"));
        const QJsonObject res = o.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(res.value(QStringLiteral("mode")).toString(), QStringLiteral("Framework45"));
        QCOMPARE(res.value(QStringLiteral("resource")).toString(), QStringLiteral("ScriptResource.axd"));
        QCOMPARE(res.value(QStringLiteral("structure")).toString(),
                 QStringLiteral("ZSystem.Web.Extensions,4.0.0.0,,31bf3856ad364e35|MicrosoftAjax.js|"));
    }

    void generatorFromUrl()
    {
        const Run r = sessionctl({QStringLiteral("token"), QStringLiteral("verify"),
                                  QStringLiteral("/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw=="),
                                  QStringLiteral("--url"), QStringLiteral("http://10.1.1.43/default2.aspx"),
                                  QStringLiteral("--keys"), m_keysB});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("valid (legacy MAC, SHA1)"), r.out.constData());
        QVERIFY2(r.out.contains("generator: 9BD98A7D (computed)"), r.out.constData());
    }

    void isolateApps()
    {
        // A legacy web.config with "HEX,IsolateApps" keys; the token is made for the application /shop.
        const QString val = QString::fromLatin1(kKeyBVal) + QStringLiteral(",IsolateApps");
        const QString dec = QString::fromLatin1(kKeyBDec) + QStringLiteral(",IsolateApps");
        const QString config = writeConfig(
            QStringLiteral("isolated.config"),
            QStringLiteral(
                "<machineKey compatibilityMode=\"Framework20SP1\" validation=\"SHA1\" decryption=\"AES\" "
                "validationKey=\"%1\" decryptionKey=\"%2\" />")
                .arg(val, dec));
        QVERIFY(!config.isEmpty());
        sd::TokenContext c;
        c.appPath = QStringLiteral("/shop");
        c.generator = 0x0BADF00D;
        QString error;
        const auto token =
            sd::protectToken(sd::TokenKind::ViewState, QByteArray::fromBase64("/wEPDwUJODc0MjgwMjkwZGQ="),
                             {val, dec, sd::ValidationAlgorithm::SHA1, sd::DecryptionAlgorithm::AES256,
                              sd::TokenProtection::LegacyEncrypted},
                             c, &error);
        QVERIFY2(token, qPrintable(error));
        const QStringList base{QStringLiteral("token"),
                               QStringLiteral("verify"),
                               *token,
                               QStringLiteral("--config"),
                               config,
                               QStringLiteral("--generator"),
                               QStringLiteral("0BADF00D")};
        Run r = sessionctl(base + QStringList{QStringLiteral("--app-path"), QStringLiteral("/shop")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("keys: validationKey IsolateApps (/shop); decryptionKey IsolateApps (/shop)"),
                 r.out.constData());
        r = sessionctl(base + QStringList{QStringLiteral("--app-path"), QStringLiteral("/other")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("IsolateApps"), r.out.constData());
    }

    void autoGenerateBlob()
    {
        // The default keys (AutoGenerate,IsolateApps) of a Framework45 app with IsolateByAppId added, checked
        // with a pasted s_autogenKeys blob and the AppDomainAppId.
        const QString config = writeConfig(
            QStringLiteral("auto.config"),
            QStringLiteral(
                "<httpRuntime targetFramework=\"4.8\" /><machineKey validationKey=\"AutoGenerate,IsolateApps,"
                "IsolateByAppId\" decryptionKey=\"AutoGenerate,IsolateApps,IsolateByAppId\" />"));
        QVERIFY(!config.isEmpty());
        QByteArray blob(1024, '\0');
        for (int i = 0; i < blob.size(); ++i) {
            blob[i] = char(i * 7 + 3);
        }
        sd::TokenContext c;
        c.appPath = QStringLiteral("/");
        c.appId = QStringLiteral("/LM/W3SVC/1/ROOT");
        c.autogenKeys = blob;
        sd::ProtectOptions o{QStringLiteral("AutoGenerate,IsolateApps,IsolateByAppId"),
                             QStringLiteral("AutoGenerate,IsolateApps,IsolateByAppId"),
                             sd::ValidationAlgorithm::HMACSHA256, sd::DecryptionAlgorithm::AES256,
                             sd::TokenProtection::Framework45};
        o.resource = sd::ResourceHandler::ScriptResource;
        QString error;
        const auto token = sd::protectToken(sd::TokenKind::Resource, "ZAjax|x.js|", o, c, &error);
        QVERIFY2(token, qPrintable(error));
        const QStringList base{QStringLiteral("token"),
                               QStringLiteral("verify"),
                               *token,
                               QStringLiteral("--kind"),
                               QStringLiteral("resource"),
                               QStringLiteral("--config"),
                               config,
                               QStringLiteral("--autogen-keys"),
                               QString::fromLatin1(blob.toHex())};
        Run r = sessionctl(base + QStringList{QStringLiteral("--app-id"), c.appId});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("ScriptResource.axd: ZAjax|x.js|"), r.out.constData());
        r = sessionctl(base);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("AppDomainAppId"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestTokenCli)
#include "tst_tokencli.moc"
