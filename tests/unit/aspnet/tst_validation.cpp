// SPDX-License-Identifier: GPL-3.0-or-later
// Validation rules: each snippet must give (or not give) the named finding code.
#include "aspnet/configdocument.h"
#include "aspnet/configvalidator.h"
#include "aspnet/disclosedkeys.h"

#include <QTest>

using namespace sd;

namespace {

QStringList codes(const QByteArray &systemWeb, const QByteArray &extra = {}, const DisclosedKeyList *list = nullptr)
{
    ConfigDocument doc;
    ConfigError e;
    if (!doc.loadFromBytes("<configuration>" + extra + "<system.web>" + systemWeb + "</system.web></configuration>",
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

const QByteArray kKey128 = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";
const QByteArray kKey64 = "0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF";

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
        const QByteArray shared = "<machineKey validationKey=\"" + kKey128 + "\" decryptionKey=\"" + kKey64 + "\"/>";
        QTest::newRow("mode case") << QByteArray("<sessionState mode=\"stateserver\"/>") << QByteArray() << "SS001" << true;
        QTest::newRow("mode ok") << QByteArray("<sessionState mode=\"StateServer\"/>") << QByteArray() << "SS001" << false;
        QTest::newRow("timeout 0") << QByteArray("<sessionState timeout=\"0\"/>") << QByteArray() << "SS002" << true;
        QTest::newRow("timeout hh:mm") << QByteArray("<sessionState timeout=\"00:20:00\"/>") << QByteArray() << "SS002" << true;
        QTest::newRow("timeout max") << QByteArray("<sessionState timeout=\"525600\" mode=\"StateServer\"/>") << QByteArray() << "SS002" << false;
        QTest::newRow("timeout over") << QByteArray("<sessionState timeout=\"525601\" mode=\"StateServer\"/>") << QByteArray() << "SS002" << true;
        QTest::newRow("timeout over sql") << QByteArray("<sessionState timeout=\"525601\" mode=\"SQLServer\"/>") << QByteArray() << "SS002" << false;
        QTest::newRow("scs ok") << QByteArray("<sessionState mode=\"StateServer\" stateConnectionString=\"tcpip=10.0.0.5:42424\"/>") << QByteArray() << "SS003" << false;
        QTest::newRow("scs v6") << QByteArray("<sessionState mode=\"StateServer\" stateConnectionString=\"tcpip=[fe80::1]:42424\"/>") << QByteArray() << "SS003" << false;
        QTest::newRow("scs no port") << QByteArray("<sessionState mode=\"StateServer\" stateConnectionString=\"tcpip=host\"/>") << QByteArray() << "SS003" << true;
        QTest::newRow("scs port range") << QByteArray("<sessionState mode=\"StateServer\" stateConnectionString=\"tcpip=host:70000\"/>") << QByteArray() << "SS003" << true;
        QTest::newRow("scs named") << QByteArray("<sessionState mode=\"StateServer\" stateConnectionString=\"Sess\"/>")
                                   << QByteArray("<connectionStrings><add name=\"Sess\" connectionString=\"tcpip=a:1\"/></connectionStrings>") << "SS003" << false;
        QTest::newRow("snt zero") << QByteArray("<sessionState stateNetworkTimeout=\"0\"/>") << QByteArray() << "SS004" << true;
        QTest::newRow("snt infinite") << QByteArray("<sessionState stateNetworkTimeout=\"Infinite\"/>") << QByteArray() << "SS004" << false;
        QTest::newRow("cookieless bad") << QByteArray("<sessionState cookieless=\"useuri\"/>") << QByteArray() << "SS005" << true;
        QTest::newRow("custom no provider") << QByteArray("<sessionState mode=\"Custom\"/>") << QByteArray() << "SS006" << true;
        QTest::newRow("custom unknown provider") << QByteArray("<sessionState mode=\"Custom\" customProvider=\"R\"><providers><add name=\"X\" type=\"T\"/></providers></sessionState>") << QByteArray() << "SS006" << true;
        QTest::newRow("custom provider ok") << QByteArray("<sessionState mode=\"Custom\" customProvider=\"R\"><providers><add name=\"R\" type=\"T\"/></providers></sessionState>") << QByteArray() << "SS006" << false;
        QTest::newRow("sql catalog") << QByteArray("<sessionState mode=\"SQLServer\" sqlConnectionString=\"data source=x;Initial Catalog=Sess;Integrated Security=SSPI\"/>") << QByteArray() << "SS007" << true;
        QTest::newRow("sql catalog allowed") << QByteArray("<sessionState mode=\"SQLServer\" allowCustomSqlDatabase=\"true\" sqlConnectionString=\"data source=x;Initial Catalog=Sess\"/>") << QByteArray() << "SS007" << false;
        QTest::newRow("sql custom no catalog") << QByteArray("<sessionState mode=\"SQLServer\" allowCustomSqlDatabase=\"true\" sqlConnectionString=\"data source=x\"/>") << QByteArray() << "SS008" << true;
        QTest::newRow("bool") << QByteArray("<sessionState compressionEnabled=\"yes\"/>") << QByteArray() << "SS009" << true;
        QTest::newRow("bool case") << QByteArray("<sessionState compressionEnabled=\"True\"/>") << QByteArray() << "SS009" << false;
        QTest::newRow("sqlCommandTimeout") << QByteArray("<sessionState sqlCommandTimeout=\"x\"/>") << QByteArray() << "SS010" << true;
        QTest::newRow("samesite") << QByteArray("<sessionState cookieSameSite=\"lax\"/>") << QByteArray() << "SS011" << true;
        QTest::newRow("web garden") << QByteArray("<processModel webGarden=\"true\"/><sessionState mode=\"InProc\"/>") << QByteArray() << "SS100" << true;
        QTest::newRow("farm without key") << QByteArray("<sessionState mode=\"SQLServer\"/>") << QByteArray() << "SS101" << true;
        QTest::newRow("farm with key") << QByteArray("<sessionState mode=\"SQLServer\"/>" + shared) << QByteArray() << "SS101" << false;
        QTest::newRow("useuri") << QByteArray("<sessionState cookieless=\"UseUri\"/>") << QByteArray() << "SS102" << true;
        QTest::newRow("password") << QByteArray("<sessionState mode=\"SQLServer\" sqlConnectionString=\"data source=x;User ID=sa;Password=secret\"/>") << QByteArray() << "SS104" << true;
        QTest::newRow("long inproc") << QByteArray("<sessionState timeout=\"240\"/>") << QByteArray() << "SS105" << true;
        QTest::newRow("short inproc") << QByteArray("<sessionState timeout=\"30\"/>") << QByteArray() << "SS105" << false;
        QTest::newRow("loopback state server") << QByteArray("<sessionState mode=\"StateServer\"/>") << QByteArray() << "SS106" << true;
        QTest::newRow("unknown attribute") << QByteArray("<sessionState Timeout=\"20\"/>") << QByteArray() << "CF006" << true;
        QTest::newRow("lockAttributes ok") << QByteArray("<sessionState lockAttributes=\"mode\"/>") << QByteArray() << "CF006" << false;
        QTest::newRow("duplicate") << QByteArray("<sessionState/><sessionState/>") << QByteArray() << "CF002" << true;
        QTest::newRow("encrypted") << QByteArray("<machineKey configProtectionProvider=\"P\"><EncryptedData/></machineKey>") << QByteArray() << "CF003" << true;
        QTest::newRow("location") << QByteArray() << QByteArray("<location path=\"sub\"><system.web><sessionState/></system.web></location>") << "CF005" << true;
        // machineKey
        QTest::newRow("validation bad") << QByteArray("<machineKey validation=\"sha1\"/>") << QByteArray() << "MK001" << true;
        QTest::newRow("validation alg:") << QByteArray("<machineKey validation=\"alg:HMACSHA256\"/>") << QByteArray() << "MK001" << false;
        QTest::newRow("decryption bad") << QByteArray("<machineKey decryption=\"Rijndael\"/>") << QByteArray() << "MK002" << true;
        QTest::newRow("vkey not hex") << QByteArray("<machineKey validationKey=\"XYZ0\"/>") << QByteArray() << "MK003" << true;
        QTest::newRow("vkey odd") << QByteArray("<machineKey validationKey=\"ABC\"/>") << QByteArray() << "MK003" << true;
        QTest::newRow("vkey modifier typo") << QByteArray("<machineKey validationKey=\"AutoGenerate,IsolateApp\"/>") << QByteArray() << "MK003" << true;
        QTest::newRow("vkey short") << QByteArray("<machineKey validationKey=\"0123456789\"/>") << QByteArray() << "MK004" << true;
        QTest::newRow("vkey short fx45") << QByteArray("<machineKey compatibilityMode=\"Framework45\" validationKey=\"0123456789\"/>") << QByteArray() << "MK004" << false;
        QTest::newRow("dkey odd") << QByteArray("<machineKey decryptionKey=\"ABC\"/>") << QByteArray() << "MK005" << true;
        QTest::newRow("dkey aes len") << QByteArray("<machineKey decryption=\"AES\" decryptionKey=\"0123456789ABCDEF0123456789\"/>") << QByteArray() << "MK006" << true;
        QTest::newRow("dkey 3des len") << QByteArray("<machineKey decryption=\"3DES\" decryptionKey=\"" + kKey64 + "\"/>") << QByteArray() << "MK006" << true;
        QTest::newRow("dkey auto des") << QByteArray("<machineKey decryption=\"Auto\" decryptionKey=\"0123456789ABCDEF\"/>") << QByteArray() << "MK006" << false;
        QTest::newRow("fx45 md5") << QByteArray("<machineKey compatibilityMode=\"Framework45\" validation=\"MD5\"/>") << QByteArray() << "MK007" << true;
        QTest::newRow("fx45 via httpRuntime") << QByteArray("<httpRuntime targetFramework=\"4.7.2\"/><machineKey validation=\"MD5\"/>") << QByteArray() << "MK007" << true;
        QTest::newRow("fx45 isolate") << QByteArray("<machineKey compatibilityMode=\"Framework45\" validationKey=\"" + kKey128 + ",IsolateApps\"/>") << QByteArray() << "MK008" << true;
        QTest::newRow("compat bad") << QByteArray("<machineKey compatibilityMode=\"Framework40\"/>") << QByteArray() << "MK009" << true;
        QTest::newRow("weak mac") << QByteArray("<machineKey validation=\"SHA1\"/>") << QByteArray() << "MK010" << true;
        QTest::newRow("weak cipher") << QByteArray("<machineKey decryption=\"DES\"/>") << QByteArray() << "MK011" << true;
        QTest::newRow("mixed keys") << QByteArray("<machineKey validationKey=\"" + kKey128 + "\"/>") << QByteArray() << "MK013" << true;
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

    void disclosedKey()
    {
        const QByteArray keyA = "F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C986C888BE4FC0E6571C2CE600D58CE82B8FA13106B17D77EA4CECDDBBEC1B";
        DisclosedKeyList list;
        list.loadFromText(DisclosedKeyList::keyHash(QString::fromLatin1(keyA)) + ", e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n");
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
