// SPDX-License-Identifier: GPL-3.0-or-later
// Validation rules: each snippet must give (or not give) the named finding code.
#include "aspnet/configdocument.h"
#include "aspnet/configvalidator.h"
#include "aspnet/disclosedkeys.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace sd;

namespace {

QStringList codes(const QByteArray &systemWeb, const QByteArray &extra = {},
                  const DisclosedKeyList *list = nullptr)
{
    ConfigDocument doc;
    ConfigError e;
    if (!doc.loadFromBytes("<configuration>" + extra + "<system.web>" + systemWeb +
                               "</system.web></configuration>",
                           QStringLiteral("t.config"), &e)) {
        qWarning() << e.toString();
        return {QStringLiteral("PARSE")};
    }
    QStringList out;
    ValidationOptions o;
    o.disclosedKeys = list;
    for (const auto &f : validateDocument(doc, o)) {
        out << f.code;
        if (f.line <= 0 || f.message.isEmpty() || f.fix.isEmpty())
            out << QStringLiteral("INCOMPLETE:") + f.code;
    }
    return out;
}

const QByteArray kKey128 = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0"
                           "123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";
const QByteArray kKey64 = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

/// "<configuration>\n<system.web>\n<ELEMENT\n  ATTR1\n  ATTR2\n/>\n</system.web>\n</configuration>": the
/// element is on line 3 and attribute i (0-based) on line 4 + i.
QByteArray section(const char *element, const QList<QByteArray> &attributes)
{
    QByteArray out = "<configuration>\n<system.web>\n<" + QByteArray(element) + "\n";
    for (const QByteArray &a : attributes)
        out += "  " + a + "\n";
    return out + "/>\n</system.web>\n</configuration>\n";
}

const QByteArray kDisclosedKey = "F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C986C888B"
                                 "E4FC0E6571C2CE600D58CE82B8FA13106B17D77EA4CECDDBBEC1B";

/// A small file that gives finding `code` with `severity` on `line`.
struct CodeCase
{
    const char *tag;
    QByteArray xml;
    QString code;
    Severity severity;
    int line;
};

/// One case per code of docs/findings.md (CF000 comes from `sessionctl check`, tested in tst_findingcodes).
QList<CodeCase> codeCases()
{
    QList<CodeCase> cases;
    const Severity info = Severity::Info;
    const Severity warning = Severity::Warning;
    const Severity error = Severity::Error;
    cases.append({"CF001", QByteArray("<?xml version=\"1.0\"?>\n<project>\n</project>"),
                  QStringLiteral("CF001"), error, 2});
    cases.append({"CF002",
                  QByteArray("<configuration>\n<system.web>\n<sessionState/>\n<sessionState\n "
                             "timeout=\"10\"/>\n</system.web>\n</configuration>"),
                  QStringLiteral("CF002"), warning, 4});
    cases.append(
        {"CF002 xdt",
         QByteArray("<configuration "
                    "xmlns:xdt=\"http://schemas.microsoft.com/XML-Document-Transform\">\n<system.web>\n"
                    "<sessionState/>\n<sessionState\n timeout=\"10\"/>\n</system.web>\n</configuration>"),
         QStringLiteral("CF002"), info, 4});
    cases.append(
        {"CF003",
         QByteArray(
             "<configuration>\n<system.web>\n<machineKey configProtectionProvider=\"P\">\n<EncryptedData/>\n"
             "</machineKey>\n</system.web>\n</configuration>"),
         QStringLiteral("CF003"), info, 3});
    cases.append(
        {"CF004", section("sessionState", {"configSource=\"s.config\""}), QStringLiteral("CF004"), info, 4});
    cases.append(
        {"CF005",
         QByteArray("<configuration>\n<location path=\"sub\">\n<system.web>\n<sessionState/>\n</system.web>\n"
                    "</location>\n</configuration>"),
         QStringLiteral("CF005"), warning, 4});
    cases.append({"CF006", section("sessionState", {"mode=\"InProc\"", "Timeout=\"20\""}),
                  QStringLiteral("CF006"), error, 5});
    cases.append({"SS001", section("sessionState", {"timeout=\"20\"", "mode=\"stateserver\""}),
                  QStringLiteral("SS001"), error, 5});
    cases.append({"SS002", section("sessionState", {"mode=\"InProc\"", "timeout=\"0\""}),
                  QStringLiteral("SS002"), error, 5});
    cases.append({"SS003",
                  section("sessionState", {"mode=\"StateServer\"", "stateConnectionString=\"tcpip=host\""}),
                  QStringLiteral("SS003"), error, 5});
    cases.append({"SS004", section("sessionState", {"mode=\"StateServer\"", "stateNetworkTimeout=\"0\""}),
                  QStringLiteral("SS004"), error, 5});
    cases.append({"SS005", section("sessionState", {"mode=\"InProc\"", "cookieless=\"useuri\""}),
                  QStringLiteral("SS005"), error, 5});
    cases.append({"SS006 error", section("sessionState", {"timeout=\"20\"", "mode=\"Custom\""}),
                  QStringLiteral("SS006"), error, 5});
    cases.append({"SS006 warning",
                  QByteArray("<configuration>\n<system.web>\n<sessionState\n  "
                             "customProvider=\"R\">\n<providers><add name=\"X\" type=\"T\"/></providers>\n"
                             "</sessionState>\n</system.web>\n</configuration>"),
                  QStringLiteral("SS006"), warning, 4});
    cases.append({"SS007",
                  section("sessionState",
                          {"mode=\"SQLServer\"", "sqlConnectionString=\"data source=x;Initial Catalog=S\""}),
                  QStringLiteral("SS007"), error, 5});
    cases.append({"SS008",
                  section("sessionState", {"mode=\"SQLServer\"", "allowCustomSqlDatabase=\"true\"",
                                           "sqlConnectionString=\"data source=x\""}),
                  QStringLiteral("SS008"), warning, 6});
    cases.append({"SS009", section("sessionState", {"mode=\"InProc\"", "compressionEnabled=\"yes\""}),
                  QStringLiteral("SS009"), error, 5});
    cases.append({"SS010", section("sessionState", {"mode=\"SQLServer\"", "sqlCommandTimeout=\"x\""}),
                  QStringLiteral("SS010"), error, 5});
    cases.append({"SS011", section("sessionState", {"mode=\"InProc\"", "cookieSameSite=\"lax\""}),
                  QStringLiteral("SS011"), error, 5});
    cases.append({"SS100",
                  QByteArray("<configuration>\n<system.web>\n<processModel "
                             "webGarden=\"true\"/>\n<sessionState\n  mode=\"InProc\"/>\n"
                             "</system.web>\n</configuration>"),
                  QStringLiteral("SS100"), warning, 5});
    cases.append({"SS101", section("sessionState", {"timeout=\"20\"", "mode=\"SQLServer\""}),
                  QStringLiteral("SS101"), warning, 5});
    cases.append({"SS102", section("sessionState", {"mode=\"InProc\"", "cookieless=\"UseUri\""}),
                  QStringLiteral("SS102"), warning, 5});
    cases.append({"SS103", section("sessionState", {"mode=\"InProc\"", "cookieless=\"AutoDetect\""}),
                  QStringLiteral("SS103"), info, 5});
    cases.append({"SS104",
                  section("sessionState", {"mode=\"SQLServer\"",
                                           "sqlConnectionString=\"data source=x;User ID=sa;Password=p\""}),
                  QStringLiteral("SS104"), warning, 5});
    cases.append({"SS105", section("sessionState", {"mode=\"InProc\"", "timeout=\"240\""}),
                  QStringLiteral("SS105"), warning, 5});
    cases.append(
        {"SS106",
         section("sessionState", {"mode=\"StateServer\"", "stateConnectionString=\"tcpip=127.0.0.1:42424\""}),
         QStringLiteral("SS106"), info, 5});
    cases.append({"SS107",
                  section("sessionState", {"cookieless=\"UseUri\"", "regenerateExpiredSessionId=\"false\""}),
                  QStringLiteral("SS107"), warning, 5});
    cases.append({"SS012", section("sessionState", {"mode=\"InProc\"", "cookieSameSite=\"None\""}),
                  QStringLiteral("SS012"), warning, 5});
    cases.append(
        {"SS108",
         QByteArray("<configuration>\n<system.web>\n<sessionState mode=\"Custom\" customProvider=\"r\">\n"
                    "<providers>\n<add name=\"r\" type=\"Microsoft.Web.Redis.RedisSessionStateProvider\" "
                    "host=\"h\" accessKey=\"s3cr3tValue\"/>\n</providers>\n</sessionState>\n</system.web>\n"
                    "</configuration>\n"),
         QStringLiteral("SS108"), warning, 5});
    const QByteArray redisHead(
        "<configuration>\n<system.web>\n<sessionState mode=\"Custom\" customProvider=\"r\">\n"
        "<providers>\n<add name=\"r\" type=\"Microsoft.Web.Redis.RedisSessionStateProvider\" ");
    const QByteArray redisTail("/>\n</providers>\n</sessionState>\n</system.web>\n</configuration>\n");
    cases.append({"SS110", redisHead + "retryTimeoutInMilliseconds=\"1000\" " + redisTail,
                  QStringLiteral("SS110"), warning, 5});
    cases.append(
        {"SS111", redisHead + "throwOnError=\"False\" " + redisTail, QStringLiteral("SS111"), warning, 5});
    cases.append({"SS112", redisHead + "host=\"cache.example.net\" ssl=\"false\" " + redisTail,
                  QStringLiteral("SS112"), warning, 5});
    cases.append({"SS109",
                  section("sessionState", {"mode=\"InProc\"", "stateConnectionString=\"tcpip=a:1\""}),
                  QStringLiteral("SS109"), info, 5});
    cases.append({"MK001", section("machineKey", {"decryption=\"AES\"", "validation=\"sha1\""}),
                  QStringLiteral("MK001"), error, 5});
    cases.append({"MK002", section("machineKey", {"validation=\"SHA1\"", "decryption=\"Rijndael\""}),
                  QStringLiteral("MK002"), error, 5});
    cases.append({"MK003", section("machineKey", {"validation=\"SHA1\"", "validationKey=\"XYZ0\""}),
                  QStringLiteral("MK003"), error, 5});
    cases.append({"MK004", section("machineKey", {"validation=\"SHA1\"", "validationKey=\"0123456789\""}),
                  QStringLiteral("MK004"), error, 5});
    cases.append({"MK005", section("machineKey", {"decryption=\"AES\"", "decryptionKey=\"ABC\""}),
                  QStringLiteral("MK005"), error, 5});
    cases.append(
        {"MK006",
         section("machineKey", {"decryption=\"AES\"", "decryptionKey=\"0123456789ABCDEF0123456789\""}),
         QStringLiteral("MK006"), error, 5});
    cases.append({"MK007", section("machineKey", {"compatibilityMode=\"Framework45\"", "validation=\"MD5\""}),
                  QStringLiteral("MK007"), error, 5});
    cases.append({"MK008",
                  section("machineKey", {"compatibilityMode=\"Framework45\"",
                                         "validationKey=\"" + kKey128 + ",IsolateApps\""}),
                  QStringLiteral("MK008"), error, 5});
    cases.append({"MK009",
                  section("machineKey", {"validation=\"SHA1\"", "compatibilityMode=\"Framework40\""}),
                  QStringLiteral("MK009"), error, 5});
    cases.append({"MK010", section("machineKey", {"decryption=\"AES\"", "validation=\"SHA1\""}),
                  QStringLiteral("MK010"), warning, 5});
    cases.append({"MK011", section("machineKey", {"validation=\"HMACSHA256\"", "decryption=\"DES\""}),
                  QStringLiteral("MK011"), warning, 5});
    cases.append({"MK012",
                  section("machineKey",
                          {"decryptionKey=\"" + kKey64 + "\"", "validationKey=\"" + kDisclosedKey + "\""}),
                  QStringLiteral("MK012"), error, 5});
    cases.append({"MK013",
                  section("machineKey", {"validation=\"HMACSHA256\"", "validationKey=\"" + kKey128 + "\""}),
                  QStringLiteral("MK013"), warning, 3});
    cases.append({"MK014",
                  section("machineKey", {"decryptionKey=\"" + kKey64 + "\"",
                                         "validationKey=\"0123456789ABCDEF0123456789ABCDEF01234567\""}),
                  QStringLiteral("MK014"), info, 5});
    cases.append({"MK015",
                  section("machineKey", {"decryptionKey=\"" + kKey64 + "\"",
                                         "validationKey=\"" + kKey128 + ",IsolateApps\""}),
                  QStringLiteral("MK015"), info, 5});
    return cases;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("expected");
        const QByteArray shared =
            "<machineKey validationKey=\"" + kKey128 + "\" decryptionKey=\"" + kKey64 + "\"/>";
        QTest::newRow("mode case") << QByteArray("<sessionState mode=\"stateserver\"/>") << QByteArray()
                                   << "SS001" << true;
        QTest::newRow("mode ok") << QByteArray("<sessionState mode=\"StateServer\"/>") << QByteArray()
                                 << "SS001" << false;
        QTest::newRow("timeout 0") << QByteArray("<sessionState timeout=\"0\"/>") << QByteArray() << "SS002"
                                   << true;
        QTest::newRow("timeout hh:mm")
            << QByteArray("<sessionState timeout=\"00:20:00\"/>") << QByteArray() << "SS002" << true;
        QTest::newRow("timeout max") << QByteArray("<sessionState timeout=\"525600\" mode=\"StateServer\"/>")
                                     << QByteArray() << "SS002" << false;
        QTest::newRow("timeout over") << QByteArray("<sessionState timeout=\"525601\" mode=\"StateServer\"/>")
                                      << QByteArray() << "SS002" << true;
        QTest::newRow("timeout over sql")
            << QByteArray("<sessionState timeout=\"525601\" mode=\"SQLServer\"/>") << QByteArray() << "SS002"
            << false;
        QTest::newRow("scs ok")
            << QByteArray(
                   "<sessionState mode=\"StateServer\" stateConnectionString=\"tcpip=10.0.0.5:42424\"/>")
            << QByteArray() << "SS003" << false;
        QTest::newRow("scs v6")
            << QByteArray(
                   "<sessionState mode=\"StateServer\" stateConnectionString=\"tcpip=[fe80::1]:42424\"/>")
            << QByteArray() << "SS003" << false;
        QTest::newRow("scs no port")
            << QByteArray("<sessionState mode=\"StateServer\" stateConnectionString=\"tcpip=host\"/>")
            << QByteArray() << "SS003" << true;
        QTest::newRow("scs port range")
            << QByteArray("<sessionState mode=\"StateServer\" stateConnectionString=\"tcpip=host:70000\"/>")
            << QByteArray() << "SS003" << true;
        QTest::newRow("scs named")
            << QByteArray("<sessionState mode=\"StateServer\" stateConnectionString=\"Sess\"/>")
            << QByteArray("<connectionStrings><add name=\"Sess\" "
                          "connectionString=\"tcpip=a:1\"/></connectionStrings>")
            << "SS003" << false;
        QTest::newRow("snt zero") << QByteArray("<sessionState stateNetworkTimeout=\"0\"/>") << QByteArray()
                                  << "SS004" << true;
        QTest::newRow("snt infinite") << QByteArray("<sessionState stateNetworkTimeout=\"Infinite\"/>")
                                      << QByteArray() << "SS004" << false;
        QTest::newRow("cookieless bad")
            << QByteArray("<sessionState cookieless=\"useuri\"/>") << QByteArray() << "SS005" << true;
        QTest::newRow("custom no provider")
            << QByteArray("<sessionState mode=\"Custom\"/>") << QByteArray() << "SS006" << true;
        QTest::newRow("custom unknown provider")
            << QByteArray("<sessionState mode=\"Custom\" customProvider=\"R\"><providers><add name=\"X\" "
                          "type=\"T\"/></providers></sessionState>")
            << QByteArray() << "SS006" << true;
        QTest::newRow("custom provider ok")
            << QByteArray("<sessionState mode=\"Custom\" customProvider=\"R\"><providers><add name=\"R\" "
                          "type=\"T\"/></providers></sessionState>")
            << QByteArray() << "SS006" << false;
        QTest::newRow("sql catalog") << QByteArray(
                                            "<sessionState mode=\"SQLServer\" sqlConnectionString=\"data "
                                            "source=x;Initial Catalog=Sess;Integrated Security=SSPI\"/>")
                                     << QByteArray() << "SS007" << true;
        QTest::newRow("sql catalog allowed")
            << QByteArray("<sessionState mode=\"SQLServer\" allowCustomSqlDatabase=\"true\" "
                          "sqlConnectionString=\"data source=x;Initial Catalog=Sess\"/>")
            << QByteArray() << "SS007" << false;
        QTest::newRow("sql custom no catalog")
            << QByteArray("<sessionState mode=\"SQLServer\" allowCustomSqlDatabase=\"true\" "
                          "sqlConnectionString=\"data source=x\"/>")
            << QByteArray() << "SS008" << true;
        QTest::newRow("bool") << QByteArray("<sessionState compressionEnabled=\"yes\"/>") << QByteArray()
                              << "SS009" << true;
        QTest::newRow("bool case") << QByteArray("<sessionState compressionEnabled=\"True\"/>")
                                   << QByteArray() << "SS009" << false;
        QTest::newRow("sqlCommandTimeout")
            << QByteArray("<sessionState sqlCommandTimeout=\"x\"/>") << QByteArray() << "SS010" << true;
        QTest::newRow("samesite") << QByteArray("<sessionState cookieSameSite=\"lax\"/>") << QByteArray()
                                  << "SS011" << true;
        QTest::newRow("web garden")
            << QByteArray("<processModel webGarden=\"true\"/><sessionState mode=\"InProc\"/>") << QByteArray()
            << "SS100" << true;
        QTest::newRow("farm without key")
            << QByteArray("<sessionState mode=\"SQLServer\"/>") << QByteArray() << "SS101" << true;
        QTest::newRow("farm with key")
            << QByteArray("<sessionState mode=\"SQLServer\"/>" + shared) << QByteArray() << "SS101" << false;
        QTest::newRow("useuri") << QByteArray("<sessionState cookieless=\"UseUri\"/>") << QByteArray()
                                << "SS102" << true;
        QTest::newRow("password") << QByteArray("<sessionState mode=\"SQLServer\" sqlConnectionString=\"data "
                                                "source=x;User ID=sa;Password=secret\"/>")
                                  << QByteArray() << "SS104" << true;
        QTest::newRow("long inproc") << QByteArray("<sessionState timeout=\"240\"/>") << QByteArray()
                                     << "SS105" << true;
        QTest::newRow("short inproc")
            << QByteArray("<sessionState timeout=\"30\"/>") << QByteArray() << "SS105" << false;
        QTest::newRow("loopback state server")
            << QByteArray("<sessionState mode=\"StateServer\"/>") << QByteArray() << "SS106" << true;
        QTest::newRow("unknown attribute")
            << QByteArray("<sessionState Timeout=\"20\"/>") << QByteArray() << "CF006" << true;
        QTest::newRow("lockAttributes ok")
            << QByteArray("<sessionState lockAttributes=\"mode\"/>") << QByteArray() << "CF006" << false;
        QTest::newRow("duplicate") << QByteArray("<sessionState/><sessionState/>") << QByteArray() << "CF002"
                                   << true;
        QTest::newRow("encrypted")
            << QByteArray("<machineKey configProtectionProvider=\"P\"><EncryptedData/></machineKey>")
            << QByteArray() << "CF003" << true;
        QTest::newRow("location")
            << QByteArray()
            << QByteArray("<location path=\"sub\"><system.web><sessionState/></system.web></location>")
            << "CF005" << true;
        // machineKey
        QTest::newRow("validation bad")
            << QByteArray("<machineKey validation=\"sha1\"/>") << QByteArray() << "MK001" << true;
        QTest::newRow("validation alg:")
            << QByteArray("<machineKey validation=\"alg:HMACSHA256\"/>") << QByteArray() << "MK001" << false;
        QTest::newRow("decryption bad")
            << QByteArray("<machineKey decryption=\"Rijndael\"/>") << QByteArray() << "MK002" << true;
        QTest::newRow("vkey not hex")
            << QByteArray("<machineKey validationKey=\"XYZ0\"/>") << QByteArray() << "MK003" << true;
        QTest::newRow("vkey odd") << QByteArray("<machineKey validationKey=\"ABC\"/>") << QByteArray()
                                  << "MK003" << true;
        QTest::newRow("vkey modifier typo")
            << QByteArray("<machineKey validationKey=\"AutoGenerate,IsolateApp\"/>") << QByteArray()
            << "MK003" << true;
        QTest::newRow("vkey short") << QByteArray("<machineKey validationKey=\"0123456789\"/>")
                                    << QByteArray() << "MK004" << true;
        QTest::newRow("vkey short fx45")
            << QByteArray("<machineKey compatibilityMode=\"Framework45\" validationKey=\"0123456789\"/>")
            << QByteArray() << "MK004" << false;
        QTest::newRow("dkey odd") << QByteArray("<machineKey decryptionKey=\"ABC\"/>") << QByteArray()
                                  << "MK005" << true;
        QTest::newRow("dkey aes len")
            << QByteArray("<machineKey decryption=\"AES\" decryptionKey=\"0123456789ABCDEF0123456789\"/>")
            << QByteArray() << "MK006" << true;
        QTest::newRow("dkey 3des len")
            << QByteArray("<machineKey decryption=\"3DES\" decryptionKey=\"" + kKey64 + "\"/>")
            << QByteArray() << "MK006" << true;
        QTest::newRow("dkey auto des")
            << QByteArray("<machineKey decryption=\"Auto\" decryptionKey=\"0123456789ABCDEF\"/>")
            << QByteArray() << "MK006" << false;
        QTest::newRow("fx45 md5") << QByteArray(
                                         "<machineKey compatibilityMode=\"Framework45\" validation=\"MD5\"/>")
                                  << QByteArray() << "MK007" << true;
        QTest::newRow("fx45 via httpRuntime")
            << QByteArray("<httpRuntime targetFramework=\"4.7.2\"/><machineKey validation=\"MD5\"/>")
            << QByteArray() << "MK007" << true;
        QTest::newRow("fx45 isolate")
            << QByteArray("<machineKey compatibilityMode=\"Framework45\" validationKey=\"" + kKey128 +
                          ",IsolateApps\"/>")
            << QByteArray() << "MK008" << true;
        QTest::newRow("compat bad") << QByteArray("<machineKey compatibilityMode=\"Framework40\"/>")
                                    << QByteArray() << "MK009" << true;
        QTest::newRow("weak mac") << QByteArray("<machineKey validation=\"SHA1\"/>") << QByteArray()
                                  << "MK010" << true;
        QTest::newRow("weak cipher") << QByteArray("<machineKey decryption=\"DES\"/>") << QByteArray()
                                     << "MK011" << true;
        QTest::newRow("mixed keys") << QByteArray("<machineKey validationKey=\"" + kKey128 + "\"/>")
                                    << QByteArray() << "MK013" << true;
        QTest::newRow("both keys") << shared << QByteArray() << "MK013" << false;
        QTest::newRow("not configuration") << QByteArray() << QByteArray() << "CF001" << false;
    }
    void rules()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QByteArray, extra);
        QFETCH(QString, code);
        QFETCH(bool, expected);
        const QStringList found = codes(xml, extra);
        QVERIFY2(!found.join(u' ').contains(QStringLiteral("INCOMPLETE")), qPrintable(found.join(u' ')));
        QVERIFY2(found.contains(code) == expected, qPrintable(found.join(u' ')));
    }

    // Every code of docs/findings.md (CF000 comes from `sessionctl check`: tst_findingcodes) from a small
    // file, asserted with its severity and line.
    void everyCode_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<int>("line");
        for (const CodeCase &c : codeCases())
            QTest::newRow(c.tag) << c.xml << c.code << int(c.severity) << c.line;
    }
    void everyCode()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(int, line);
        ConfigDocument doc;
        ConfigError e;
        QVERIFY2(doc.loadFromBytes(xml, QStringLiteral("t.config"), &e), qPrintable(e.toString()));
        DisclosedKeyList list;
        list.loadFromText(DisclosedKeyList::keyHash(QString::fromLatin1(kDisclosedKey)) +
                          ", e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n");
        ValidationOptions o;
        o.disclosedKeys = &list;
        QStringList all;
        const Finding *found = nullptr;
        const QList<Finding> findings = validateDocument(doc, o);
        for (const Finding &f : findings) {
            all << QStringLiteral("%1/%2/%3").arg(f.code, severityName(f.severity)).arg(f.line);
            if (f.code == code && !found)
                found = &f;
        }
        QVERIFY2(found, qPrintable(all.join(u' ')));
        QCOMPARE(severityName(found->severity), severityName(Severity(severity)));
        QCOMPARE(found->line, line);
        QVERIFY(!found->message.isEmpty());
        QVERIFY(!found->fix.isEmpty());
    }

    void sameSiteNoneAndProviderSecrets()
    {
        // SS012 is silent when <httpCookies requireSSL="true"> makes the cookie Secure.
        auto codes = [](const QByteArray &xml) {
            ConfigDocument doc;
            ConfigError e;
            doc.loadFromBytes(xml, QStringLiteral("t.config"), &e);
            QStringList out;
            for (const Finding &f : validateDocument(doc, {}))
                out << f.code + u' ' + f.message;
            return out.join(u'\n');
        };
        const QString secure = codes("<configuration><system.web><httpCookies requireSSL=\"true\"/>"
                                     "<sessionState cookieSameSite=\"None\"/></system.web></configuration>");
        QVERIFY2(!secure.contains(QStringLiteral("SS012")), qPrintable(secure));
        // SS108 names the provider and the attribute, never the secret; a password in a connection string
        // counts too, a connection string without one does not.
        const QString redis =
            codes("<configuration><system.web><sessionState mode=\"Custom\" customProvider=\"r\"><providers>"
                  "<add name=\"r\" type=\"T\" accessKey=\"s3cr3tValue\"/>"
                  "<add name=\"s\" type=\"T\" connectionString=\"Server=x;Password=hunter2\"/>"
                  "<add name=\"t\" type=\"T\" connectionString=\"Server=x;Integrated Security=SSPI\"/>"
                  "</providers></sessionState></system.web></configuration>");
        QCOMPARE(redis.count(QStringLiteral("SS108")), 2);
        QVERIFY(redis.contains(QStringLiteral("\"r\"")) && redis.contains(QStringLiteral("\"s\"")));
        QVERIFY(!redis.contains(QStringLiteral("s3cr3tValue")) && !redis.contains(QStringLiteral("hunter2")));
    }

    void redisProviderSettings_data()
    {
        QTest::addColumn<QByteArray>("add");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QStringList>("expected");
        const QByteArray none;
        QTest::newRow("defaults") << QByteArray("host=\"cache.example.net\"") << none << QStringList();
        QTest::newRow("retry below operation")
            << QByteArray("operationTimeoutInMilliseconds=\"8000\" retryTimeoutInMilliseconds=\"6000\"")
            << none << QStringList{QStringLiteral("SS110")};
        QTest::newRow("retry equal to default operation")
            << QByteArray("retryTimeoutInMilliseconds=\"5000\"") << none << QStringList();
        QTest::newRow("operation 0 is the default 5000")
            << QByteArray("operationTimeoutInMilliseconds=\"0\" retryTimeoutInMilliseconds=\"4000\"") << none
            << QStringList{QStringLiteral("SS110")};
        QTest::newRow("retry from appSettings")
            << QByteArray("retryTimeoutInMilliseconds=\"RetryMs\"")
            << QByteArray("<appSettings><add key=\"RetryMs\" value=\"100\"/></appSettings>")
            << QStringList{QStringLiteral("SS110")};
        QTest::newRow("connection string syncTimeout wins")
            << QByteArray("connectionString=\"r.example.net:6380,ssl=true,syncTimeout=9000\" "
                          "operationTimeoutInMilliseconds=\"100\" retryTimeoutInMilliseconds=\"6000\"")
            << none << QStringList{QStringLiteral("SS110")};
        QTest::newRow("throwOnError true") << QByteArray("throwOnError=\"true\"") << none << QStringList();
        QTest::newRow("ssl false on loopback")
            << QByteArray("host=\"127.0.0.1\" ssl=\"false\"") << none << QStringList();
        QTest::newRow("ssl false default host") << QByteArray("ssl=\"false\"") << none << QStringList();
        QTest::newRow("connection string without ssl")
            << QByteArray("connectionString=\"redis.example.net:6379,abortConnect=false\"") << none
            << QStringList{QStringLiteral("SS112")};
        QTest::newRow("connection string name defined elsewhere")
            << QByteArray("connectionString=\"RedisConnection\"") << none << QStringList();
        QTest::newRow("named connection string with ssl")
            << QByteArray("connectionString=\"R\"")
            << QByteArray(
                   "<connectionStrings><add name=\"R\" connectionString=\"redis.example.net:6380,ssl=True\"/>"
                   "</connectionStrings>")
            << QStringList();
    }
    void redisProviderSettings()
    {
        // SS110-SS112 against ProviderConfiguration.cs's defaults; only SS11x codes are compared.
        QFETCH(QByteArray, add);
        QFETCH(QByteArray, extra);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const QString &c :
             codes("<sessionState mode=\"Custom\" customProvider=\"r\"><providers><add name=\"r\" "
                   "type=\"Microsoft.Web.Redis.RedisSessionStateProvider\" " +
                       add + "/></providers></sessionState>",
                   extra))
            if (c.startsWith(u"SS11") || c.startsWith(u"INCOMPLETE"))
                found << c;
        QCOMPARE(found, expected);
    }

    void redisProviderFile()
    {
        // tests/data/webconfig/redis-provider.config: the active provider gives SS110/SS111/SS112 on its
        // <add> line (12); the second provider's appSettings connection string (syncTimeout 8000, no ssl)
        // gives SS110 and SS112 on line 16. A non-Redis provider that is not active is not checked.
        ConfigDocument doc;
        ConfigError e;
        QVERIFY2(doc.load(QStringLiteral(SD_TESTDATA_DIR "/webconfig/redis-provider.config"), &e),
                 qPrintable(e.toString()));
        QStringList found;
        for (const Finding &f : validateDocument(doc, {}))
            if (f.code.startsWith(u"SS11"))
                found << QStringLiteral("%1@%2:%3").arg(f.code).arg(f.line).arg(f.attribute);
        QCOMPARE(found, (QStringList{QStringLiteral("SS110@12:retryTimeoutInMilliseconds"),
                                     QStringLiteral("SS111@12:throwOnError"), QStringLiteral("SS112@12:ssl"),
                                     QStringLiteral("SS110@16:retryTimeoutInMilliseconds"),
                                     QStringLiteral("SS112@16:connectionString")}));
        const QString other =
            codes("<sessionState mode=\"Custom\" customProvider=\"a\"><providers><add name=\"a\" type=\"T\"/>"
                  "<add name=\"b\" type=\"Other.Store\" throwOnError=\"false\"/></providers></sessionState>")
                .join(u' ');
        QVERIFY2(!other.contains(QStringLiteral("SS111")), qPrintable(other));
    }

    void everyDocumentedCodeIsCovered()
    {
        // The codes in docs/findings.md's table: a documented code without a case above fails here.
        QFile doc(QStringLiteral(SD_TESTDATA_DIR "/../../docs/findings.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QRegularExpression row(QStringLiteral("^\\| ((?:CF|SS|MK)\\d{3}) \\|"),
                                     QRegularExpression::MultilineOption);
        QStringList documented;
        for (auto it = row.globalMatch(QString::fromUtf8(doc.readAll())); it.hasNext();)
            documented << it.next().captured(1);
        QVERIFY(documented.size() >= 40);
        QStringList covered{
            QStringLiteral("CF000")}; // from `sessionctl check`: tests/integration/tst_findingcodes.cpp
        for (const CodeCase &c : codeCases())
            covered << c.code;
        for (const QString &code : documented)
            QVERIFY2(covered.contains(code), qPrintable(code));
    }

    void disclosedKey()
    {
        const QByteArray keyA = "F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C986C888BE"
                                "4FC0E6571C2CE600D58CE82B8FA13106B17D77EA4CECDDBBEC1B";
        DisclosedKeyList list;
        list.loadFromText(DisclosedKeyList::keyHash(QString::fromLatin1(keyA)) +
                          ", e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n");
        const QByteArray mk = "<machineKey validationKey=\"" + keyA + "\" decryptionKey=\"" + kKey64 + "\"/>";
        QVERIFY(codes(mk, {}, &list).contains(QStringLiteral("MK012")));
        QVERIFY(!codes(mk).contains(QStringLiteral("MK012")));
    }

    void notAConfigFile()
    {
        ConfigDocument doc;
        ConfigError e;
        QVERIFY(doc.loadFromBytes("<project><x/></project>", QStringLiteral("p.xml"), &e));
        const auto f = validateDocument(doc);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().code, QStringLiteral("CF001"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
