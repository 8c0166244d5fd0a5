// SPDX-License-Identifier: GPL-3.0-or-later
// The <sessionState>/<machineKey> attribute table (aspnet/configschema.h): names, types, defaults,
// allowed values, effective values per scope, and how the validator reads each type.
#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"
#include "aspnet/configvalidator.h"

#include <QTest>

using namespace sd;

namespace {

ConfigDocument parse(const QByteArray &bytes)
{
    ConfigDocument doc;
    ConfigError e;
    if (!doc.loadFromBytes(bytes, QStringLiteral("schema.config"), &e))
        qWarning() << e.toString();
    return doc;
}

/// Finding codes for one <sessionState>/<machineKey> snippet inside <system.web>.
QStringList codesFor(const QByteArray &systemWeb)
{
    QStringList out;
    for (const Finding &f :
         validateDocument(parse("<configuration><system.web>" + systemWeb + "</system.web></configuration>")))
        out << f.code;
    return out;
}

} // namespace

class TestConfigSchema : public QObject
{
    Q_OBJECT

private slots:
    void sessionStateAttributes()
    {
        const QList<AttributeSpec> &specs = attributeSpecs(SectionKind::SessionState);
        QCOMPARE(specs.size(), 17);
        QCOMPARE(specs.first().name, QStringLiteral("mode")); // IIS Manager order first
        QStringList names;
        for (const AttributeSpec &s : specs) {
            QVERIFY2(!names.contains(s.name), qPrintable(s.name));
            names << s.name;
            QVERIFY2(s.help && *s.help, qPrintable(s.name));
            QVERIFY(!attributeHelp(s).isEmpty());
            if (s.type == AttributeType::Enum || s.type == AttributeType::Algorithm ||
                s.type == AttributeType::Bool) {
                QVERIFY2(!s.allowed.isEmpty(), qPrintable(s.name));
                QVERIFY2(s.allowed.contains(s.defaultValue), qPrintable(s.name)); // the default is allowed
            }
        }
        const AttributeSpec *mode = attributeSpec(SectionKind::SessionState, QStringLiteral("mode"));
        QVERIFY(mode);
        QCOMPARE(mode->type, AttributeType::Enum);
        QCOMPARE(mode->defaultValue, QStringLiteral("InProc"));
        QCOMPARE(mode->allowed,
                 (QStringList{QStringLiteral("Off"), QStringLiteral("InProc"), QStringLiteral("StateServer"),
                              QStringLiteral("SQLServer"), QStringLiteral("Custom")}));
        QCOMPARE(attributeSpec(SectionKind::SessionState, QStringLiteral("timeout"))->type,
                 AttributeType::Minutes);
        QCOMPARE(attributeSpec(SectionKind::SessionState, QStringLiteral("timeout"))->defaultValue,
                 QStringLiteral("20"));
        QCOMPARE(attributeSpec(SectionKind::SessionState, QStringLiteral("stateNetworkTimeout"))->type,
                 AttributeType::Seconds);
        QCOMPARE(
            attributeSpec(SectionKind::SessionState, QStringLiteral("stateNetworkTimeout"))->defaultValue,
            QStringLiteral("10"));
        QCOMPARE(
            attributeSpec(SectionKind::SessionState, QStringLiteral("stateConnectionString"))->defaultValue,
            QStringLiteral("tcpip=loopback:42424"));
        QCOMPARE(attributeSpec(SectionKind::SessionState, QStringLiteral("cookieName"))->defaultValue,
                 QStringLiteral("ASP.NET_SessionId"));
        QCOMPARE(attributeSpec(SectionKind::SessionState, QStringLiteral("compressionEnabled"))->type,
                 AttributeType::Bool);
        QCOMPARE(attributeSpec(SectionKind::SessionState, QStringLiteral("regenerateExpiredSessionId"))
                     ->defaultValue,
                 QStringLiteral("true"));
        QVERIFY(attributeSpec(SectionKind::SessionState, QStringLiteral("cookieless"))
                    ->allowed.contains(QStringLiteral("true")));
        QCOMPARE(attributeSpec(SectionKind::SessionState, QStringLiteral("cookieSameSite"))->allowed.size(),
                 4);
        // Names are case-sensitive; machineKey attributes are not sessionState ones.
        QVERIFY(!attributeSpec(SectionKind::SessionState, QStringLiteral("Timeout")));
        QVERIFY(!attributeSpec(SectionKind::SessionState, QStringLiteral("validation")));
    }

    void machineKeyAttributes()
    {
        const QList<AttributeSpec> &specs = attributeSpecs(SectionKind::MachineKey);
        QCOMPARE(specs.size(), 7);
        const AttributeSpec *validation =
            attributeSpec(SectionKind::MachineKey, QStringLiteral("validation"));
        QCOMPARE(validation->type, AttributeType::Algorithm);
        QCOMPARE(validation->defaultValue, QStringLiteral("HMACSHA256"));
        QCOMPARE(validation->allowed.size(), 7);
        const AttributeSpec *decryption =
            attributeSpec(SectionKind::MachineKey, QStringLiteral("decryption"));
        QCOMPARE(decryption->defaultValue, QStringLiteral("Auto"));
        QCOMPARE(decryption->allowed, (QStringList{QStringLiteral("Auto"), QStringLiteral("AES"),
                                                   QStringLiteral("3DES"), QStringLiteral("DES")}));
        for (const char *key : {"validationKey", "decryptionKey"}) {
            const AttributeSpec *k = attributeSpec(SectionKind::MachineKey, QString::fromLatin1(key));
            QCOMPARE(k->type, AttributeType::Key);
            QCOMPARE(k->defaultValue, QStringLiteral("AutoGenerate,IsolateApps"));
        }
        QCOMPARE(attributeSpec(SectionKind::MachineKey, QStringLiteral("compatibilityMode"))->defaultValue,
                 QStringLiteral("Framework20SP1"));
        QVERIFY(!attributeSpec(SectionKind::MachineKey, QStringLiteral("mode")));
    }

    void genericAttributes()
    {
        for (const char *name :
             {"lockAttributes", "lockAllAttributesExcept", "lockElements", "lockAllElementsExcept",
              "lockItem", "configSource", "configProtectionProvider", "xmlns", "xdt:Transform", "xdt:Locator",
              "xmlns:xdt"})
            QVERIFY2(isGenericConfigAttribute(QString::fromLatin1(name)), name);
        QVERIFY(!isGenericConfigAttribute(QStringLiteral("mode")));
        QVERIFY(!isGenericConfigAttribute(QStringLiteral("LockAttributes")));
        QVERIFY(!isGenericConfigAttribute(QStringLiteral("xdt")));
    }

    void effectiveValuesAndOrigins()
    {
        const ConfigDocument doc =
            parse("<configuration>\n<system.web>\n<sessionState mode=\"StateServer\"\n  Timeout=\"5\" "
                  "/>\n</system.web>\n"
                  "<location path=\"app\"><system.web><sessionState timeout=\"7\"/></system.web></location>\n"
                  "</configuration>");
        const EffectiveValue mode = effectiveValue(doc, 0, SectionKind::SessionState, QStringLiteral("mode"));
        QCOMPARE(mode.value, QStringLiteral("StateServer"));
        QCOMPARE(mode.origin, ValueOrigin::File);
        QCOMPARE(mode.line, 3);
        const EffectiveValue timeout =
            effectiveValue(doc, 0, SectionKind::SessionState, QStringLiteral("timeout"));
        QCOMPARE(timeout.value, QStringLiteral("20"));
        QCOMPARE(timeout.origin, ValueOrigin::Default);
        QCOMPARE(timeout.line, 0);
        QCOMPARE(effectiveValue(doc, 1, SectionKind::SessionState, QStringLiteral("timeout")).value,
                 QStringLiteral("7"));
        QCOMPARE(effectiveValue(doc, 1, SectionKind::SessionState, QStringLiteral("mode")).origin,
                 ValueOrigin::Inherited);
        QCOMPARE(effectiveValue(doc, 1, SectionKind::SessionState, QStringLiteral("mode")).line, 3);
        // effectiveSection: every defined attribute in table order, then unknown written ones.
        const QList<EffectiveValue> all = effectiveSection(doc, 0, SectionKind::SessionState);
        QCOMPARE(all.size(), attributeSpecs(SectionKind::SessionState).size() + 1);
        QCOMPARE(all.first().name, QStringLiteral("mode"));
        QCOMPARE(all.last().name, QStringLiteral("Timeout"));
        QCOMPARE(all.last().value, QStringLiteral("5"));
        QCOMPARE(all.last().origin, ValueOrigin::File);
        QCOMPARE(all.last().line, 4);
        // An unknown attribute has no default.
        QVERIFY(effectiveValue(doc, 0, SectionKind::SessionState, QStringLiteral("nope")).value.isEmpty());
    }

    void compatibilityModeFollowsTargetFramework_data()
    {
        QTest::addColumn<QByteArray>("httpRuntime");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QString>("mode");
        QTest::newRow("none") << QByteArray() << QString() << QStringLiteral("Framework20SP1");
        QTest::newRow("4.0") << QByteArray("<httpRuntime targetFramework=\"4.0\"/>") << QStringLiteral("4.0")
                             << QStringLiteral("Framework20SP1");
        QTest::newRow("4.5") << QByteArray("<httpRuntime targetFramework=\"4.5\"/>") << QStringLiteral("4.5")
                             << QStringLiteral("Framework45");
        QTest::newRow("4.7.2") << QByteArray("<httpRuntime targetFramework=\" 4.7.2 \"/>")
                               << QStringLiteral("4.7.2") << QStringLiteral("Framework45");
    }
    void compatibilityModeFollowsTargetFramework()
    {
        QFETCH(QByteArray, httpRuntime);
        QFETCH(QString, framework);
        QFETCH(QString, mode);
        const ConfigDocument doc = parse("<configuration><system.web>" + httpRuntime +
                                         "</system.web>"
                                         "<location path=\"sub\"><system.web/></location></configuration>");
        QCOMPARE(targetFramework(doc, 0), framework);
        QCOMPARE(targetFramework(doc, 1), framework); // a location inherits the application's
        QCOMPARE(effectiveValue(doc, 0, SectionKind::MachineKey, QStringLiteral("compatibilityMode")).value,
                 mode);
        QCOMPARE(effectiveValue(doc, 0, SectionKind::MachineKey, QStringLiteral("compatibilityMode")).origin,
                 ValueOrigin::Default);
    }

    void typedValues_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("expected");
        // Bool: Boolean.Parse, case-insensitive.
        QTest::newRow("bool FALSE") << QByteArray("<sessionState regenerateExpiredSessionId=\"FALSE\"/>")
                                    << "SS009" << false;
        QTest::newRow("bool 1") << QByteArray("<sessionState useHostingIdentity=\"1\"/>") << "SS009" << true;
        // Enum: case-sensitive.
        QTest::newRow("enum exact") << QByteArray("<sessionState cookieSameSite=\"Strict\"/>") << "SS011"
                                    << false;
        QTest::newRow("enum case") << QByteArray("<sessionState cookieSameSite=\"strict\"/>") << "SS011"
                                   << true;
        QTest::newRow("compat exact")
            << QByteArray("<machineKey compatibilityMode=\"Framework20SP2\"/>") << "MK009" << false;
        // Minutes: whole minutes.
        QTest::newRow("minutes 1") << QByteArray("<sessionState timeout=\"1\"/>") << "SS002" << false;
        QTest::newRow("minutes fraction") << QByteArray("<sessionState timeout=\"1.5\"/>") << "SS002" << true;
        QTest::newRow("minutes text") << QByteArray("<sessionState timeout=\"twenty\"/>") << "SS002" << true;
        // Seconds: whole seconds > 0 or Infinite.
        QTest::newRow("seconds ok") << QByteArray("<sessionState stateNetworkTimeout=\"30\"/>") << "SS004"
                                    << false;
        QTest::newRow("seconds negative")
            << QByteArray("<sessionState stateNetworkTimeout=\"-1\"/>") << "SS004" << true;
        QTest::newRow("sql seconds ok")
            << QByteArray("<sessionState sqlConnectionRetryInterval=\"5\"/>") << "SS010" << false;
        QTest::newRow("sql seconds text")
            << QByteArray("<sessionState sqlConnectionRetryInterval=\"five\"/>") << "SS010" << true;
        // Algorithm: listed or alg:NAME.
        QTest::newRow("alg listed") << QByteArray("<machineKey validation=\"HMACSHA512\"/>") << "MK001"
                                    << false;
        QTest::newRow("alg custom decryption")
            << QByteArray("<machineKey decryption=\"alg:MyCipher\"/>") << "MK002" << false;
        QTest::newRow("alg unlisted")
            << QByteArray("<machineKey decryption=\"Blowfish\"/>") << "MK002" << true;
        // Key: hex or AutoGenerate with known modifiers.
        QTest::newRow("key autogenerate")
            << QByteArray("<machineKey validationKey=\"AutoGenerate,IsolateByAppId\"/>") << "MK003" << false;
        QTest::newRow("key hex") << QByteArray(
                                        "<machineKey decryptionKey=\"0123456789ABCDEF0123456789ABCDEF\"/>")
                                 << "MK005" << false;
        QTest::newRow("key not hex") << QByteArray("<machineKey decryptionKey=\"0123456789ABCDEG\"/>")
                                     << "MK005" << true;
    }
    void typedValues()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QFETCH(bool, expected);
        const QStringList found = codesFor(xml);
        QVERIFY2(found.contains(code) == expected, qPrintable(found.join(u' ')));
    }

    void sectionNames()
    {
        QCOMPARE(sectionElementName(SectionKind::SessionState), QStringLiteral("sessionState"));
        QCOMPARE(sectionElementName(SectionKind::MachineKey), QStringLiteral("machineKey"));
    }

    void sessionStateProviders()
    {
        // Issue 12 point 5: the providers Custom mode can name, merged as ASP.NET merges the collection.
        const ConfigDocument doc = parse(
            "<configuration><connectionStrings><add name=\"Db\" connectionString=\"Server=s;Password=p1\"/>"
            "</connectionStrings><system.web><sessionState mode=\"Custom\" customProvider=\"R\"><providers>"
            "<add name=\"R\" type=\"Microsoft.Web.Redis.RedisSessionStateProvider\" host=\"h\" "
            "accessKey=\"k\"/>"
            "<add name=\"S\" type=\"T\" connectionStringName=\"db\"/></providers></sessionState></system.web>"
            "<location path=\"a\"><system.web><sessionState customProvider=\"X\"><providers><remove "
            "name=\"S\"/>"
            "<add name=\"X\" type=\"TX\"/><add name=\"R\" "
            "type=\"R2\"/></providers></sessionState></system.web>"
            "</location><location path=\"b\"><system.web><sessionState><providers><clear/></providers>"
            "</sessionState></system.web></location></configuration>");
        const QList<SessionStateProvider> app = sd::sessionStateProviders(doc, 0);
        QCOMPARE(app.size(), 2);
        QCOMPARE(app[0].name, QStringLiteral("R"));
        QCOMPARE(app[0].type, QStringLiteral("Microsoft.Web.Redis.RedisSessionStateProvider"));
        QCOMPARE(app[0].settings.size(), 2);
        QCOMPARE(app[0].settings[1].first, QStringLiteral("accessKey"));
        const QList<SessionStateProvider> a =
            sd::sessionStateProviders(doc, doc.scopeIndex(QStringLiteral("a")));
        QCOMPARE(a.size(), 2); // S removed, R replaced
        QCOMPARE(a[0].name, QStringLiteral("X"));
        QCOMPARE(a[1].type, QStringLiteral("R2"));
        QVERIFY(sd::sessionStateProviders(doc, doc.scopeIndex(QStringLiteral("b"))).isEmpty());
        // Location a's customProvider="X" is declared there: no SS006; location b cleared the inherited R.
        QStringList ss006;
        for (const Finding &f : validateDocument(doc))
            if (f.code == u"SS006")
                ss006 << f.scopePath;
        QCOMPARE(ss006, QStringList{QStringLiteral("b")});

        QCOMPARE(namedConnectionString(doc, QStringLiteral("DB")), QStringLiteral("Server=s;Password=p1"));
        QVERIFY(namedConnectionString(doc, QStringLiteral("none")).isNull());
        QVERIFY(isSecretProviderSetting(QStringLiteral("accessKey")));
        QVERIFY(!isSecretProviderSetting(QStringLiteral("host")));
        const QString bullets(8, QChar(0x2022));
        QCOMPARE(maskConnectionSecrets(QStringLiteral("Server=s;Password=p1;User ID=u")),
                 QStringLiteral("Server=s;Password=") + bullets + QStringLiteral(";User ID=u"));
        QCOMPARE(maskConnectionSecrets(QStringLiteral("h:6380,password=x y,ssl=True")),
                 QStringLiteral("h:6380,password=") + bullets + QStringLiteral(",ssl=True"));
        QCOMPARE(maskConnectionSecrets(QStringLiteral("Server=s;Integrated Security=SSPI")),
                 QStringLiteral("Server=s;Integrated Security=SSPI"));
    }
};

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
