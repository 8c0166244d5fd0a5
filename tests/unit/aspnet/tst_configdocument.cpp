// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests for the byte-exact configuration document: parsing quirks, edits, saving.
#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

class TestConfigDocument : public QObject
{
    Q_OBJECT

private:
    static ConfigDocument parse(const QByteArray &bytes)
    {
        ConfigDocument doc;
        ConfigError e;
        if (!doc.loadFromBytes(bytes, QStringLiteral("test.config"), &e))
            qWarning() << e.toString();
        return doc;
    }

private slots:
    void noEditIsByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lf") << QByteArray("<configuration>\n  <system.web />\n</configuration>");
        QTest::newRow("crlf+bom") << QByteArray(
            "\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n<configuration>\r\n</configuration>\r\n");
        QTest::newRow("tabs+comment+cdata")
            << QByteArray("<configuration>\n\t<!-- <sessionState mode=\"Off\" "
                          "-->\n\t<x><![CDATA[<machineKey/>]]></x>\n</configuration>\n");
        QTest::newRow("latin1") << QByteArray(
            "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><configuration a=\"caf\xE9\"/>");
    }
    void noEditIsByteIdentical()
    {
        QFETCH(QByteArray, bytes);
        const ConfigDocument doc = parse(bytes);
        QVERIFY(doc.rootElement() >= 0);
        QCOMPARE(doc.toBytes(), bytes);
    }

    void utf16WithBom()
    {
        const QString text = QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"utf-16\"?>\r\n<configuration>\r\n  <system.web>\r\n"
            "    <sessionState mode=\"InProc\" />\r\n  </system.web>\r\n</configuration>\r\n");
        QStringEncoder enc(QStringEncoder::Utf16LE);
        const QByteArray bytes = QByteArray("\xFF\xFE") + QByteArray(enc(text));
        ConfigDocument doc = parse(bytes);
        QCOMPARE(doc.encodingName(), QStringLiteral("UTF-16LE"));
        QCOMPARE(doc.toBytes(), bytes);
        QString error;
        QVERIFY(doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("mode"),
                                 QStringLiteral("StateServer"), &error));
        QStringEncoder enc2(QStringEncoder::Utf16LE);
        QCOMPARE(doc.toBytes(), QByteArray("\xFF\xFE") +
                                    QByteArray(enc2(QString(text).replace(QStringLiteral("InProc"),
                                                                          QStringLiteral("StateServer")))));
    }

    void commentedOutHalvesAreNotElements()
    {
        // Half an element in one comment, the rest in another: neither is a <sessionState>.
        const ConfigDocument doc =
            parse("<configuration><system.web>\n<!-- <sessionState mode=\"SQLServer\" -->\n"
                  "<!-- timeout=\"5\" /> -->\n</system.web></configuration>");
        QCOMPARE(doc.section(0, SectionKind::SessionState).element, -1);
    }

    void namespacedConfiguration()
    {
        const ConfigDocument doc =
            parse("<configuration xmlns=\"http://schemas.microsoft.com/.NetConfiguration/v2.0\">"
                  "<system.web><sessionState cookieless=\"AutoDetect\"/></system.web></configuration>");
        QVERIFY(doc.isConfiguration());
        QVERIFY(doc.section(0, SectionKind::SessionState).element >= 0);
    }

    void locations()
    {
        const ConfigDocument doc = parse(
            "<configuration>\n"
            "<location allowOverride=\"true\"><system.web><machineKey "
            "validation=\"SHA1\"/></system.web></location>\n"
            "<location path=\".\"><system.web><sessionState mode=\"Off\"/></system.web></location>\n"
            "<location path=\"admin\"><system.web><sessionState mode=\"InProc\"/></system.web></location>\n"
            "</configuration>");
        QCOMPARE(doc.scopes().size(), 2);
        QVERIFY(doc.section(0, SectionKind::MachineKey).element >= 0);
        QVERIFY(doc.section(0, SectionKind::SessionState).element >= 0);
        QCOMPARE(doc.scopeIndex(QStringLiteral("admin")), 1);
        QCOMPARE(effectiveValue(doc, 1, SectionKind::SessionState, QStringLiteral("mode")).value,
                 QStringLiteral("InProc"));
        QCOMPARE(effectiveValue(doc, 1, SectionKind::MachineKey, QStringLiteral("validation")).origin,
                 ValueOrigin::Inherited);
    }

    void encryptedAndConfigSourceAreReadOnly()
    {
        ConfigDocument doc = parse(
            "<configuration><system.web>"
            "<machineKey "
            "configProtectionProvider=\"RsaProtectedConfigurationProvider\"><EncryptedData/></machineKey>"
            "<sessionState configSource=\"session.config\"/></system.web></configuration>");
        QVERIFY(doc.section(0, SectionKind::MachineKey).encrypted);
        QCOMPARE(doc.section(0, SectionKind::SessionState).configSource, QStringLiteral("session.config"));
        QString error;
        QVERIFY(!doc.setAttribute(0, SectionKind::MachineKey, QStringLiteral("validation"),
                                  QStringLiteral("SHA1"), &error));
        QVERIFY(error.contains(QStringLiteral("encrypted")));
        QVERIFY(!doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("mode"), QStringLiteral("Off"),
                                  &error));
        QVERIFY(!doc.isModified());
    }

    void setExistingAttributeChangesOnlyItsValue()
    {
        const QByteArray in = "<configuration>\r\n\t<system.web>\r\n\t\t<sessionState mode='InProc' timeout "
                              "= '20'/>\r\n\t</system.web>\r\n</configuration>";
        ConfigDocument doc = parse(in);
        QString error;
        QVERIFY(doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"),
                                 QStringLiteral("45"), &error));
        QCOMPARE(doc.toBytes(), QByteArray(in).replace("'20'", "'45'"));
    }

    void insertAttributeKeepsLayout()
    {
        const QByteArray in = "<configuration>\n  <system.web>\n    <sessionState\n        mode=\"InProc\"\n "
                              "       timeout=\"20\" />\n  </system.web>\n</configuration>\n";
        ConfigDocument doc = parse(in);
        QString error;
        QVERIFY(doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("cookieless"),
                                 QStringLiteral("UseCookies"), &error));
        QCOMPARE(doc.toBytes(), QByteArray(in).replace("timeout=\"20\"",
                                                       "timeout=\"20\"\n        cookieless=\"UseCookies\""));
    }

    void escapesValues()
    {
        ConfigDocument doc = parse("<configuration><system.web><sessionState/></system.web></configuration>");
        QString error;
        QVERIFY(doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("sqlConnectionString"),
                                 QStringLiteral("a=\"b\";c=<&>"), &error));
        QVERIFY(doc.text().contains(QStringLiteral("sqlConnectionString=\"a=&quot;b&quot;;c=&lt;&amp;>\"")));
        QCOMPARE(
            effectiveValue(doc, 0, SectionKind::SessionState, QStringLiteral("sqlConnectionString")).value,
            QStringLiteral("a=\"b\";c=<&>"));
    }

    void addElementInFileStyle()
    {
        const QByteArray in =
            "<configuration>\r\n\t<system.web>\r\n\t\t<pages />\r\n\t</system.web>\r\n</configuration>";
        ConfigDocument doc = parse(in);
        QString error;
        QVERIFY(doc.setAttribute(0, SectionKind::MachineKey, QStringLiteral("validation"),
                                 QStringLiteral("HMACSHA256"), &error));
        QCOMPARE(doc.toBytes(),
                 QByteArray("<configuration>\r\n\t<system.web>\r\n\t\t<pages />\r\n\t\t<machineKey "
                            "validation=\"HMACSHA256\" />\r\n\t</system.web>\r\n</configuration>"));
    }

    void createsSystemWeb()
    {
        ConfigDocument doc = parse("<configuration>\n    <appSettings />\n</configuration>\n");
        QString error;
        QVERIFY(doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("mode"),
                                 QStringLiteral("StateServer"), &error));
        QCOMPARE(
            doc.text(),
            QStringLiteral("<configuration>\n    <appSettings />\n    <system.web>\n        <sessionState "
                           "mode=\"StateServer\" />\n    </system.web>\n</configuration>\n"));
    }

    void expandsSelfClosingSystemWebInLocation()
    {
        ConfigDocument doc = parse(
            "<configuration>\n  <location path=\"api\">\n    <system.web/>\n  </location>\n</configuration>");
        QString error;
        QVERIFY(doc.setAttribute(1, SectionKind::SessionState, QStringLiteral("mode"), QStringLiteral("Off"),
                                 &error));
        QCOMPARE(doc.text(),
                 QStringLiteral(
                     "<configuration>\n  <location path=\"api\">\n    <system.web>\n      <sessionState "
                     "mode=\"Off\" />\n    </system.web>\n  </location>\n</configuration>"));
    }

    void unsetAndRemove()
    {
        const QByteArray in = "<configuration>\n  <system.web>\n    <machineKey validation=\"SHA1\" "
                              "decryption=\"AES\" />\n    <pages/>\n  </system.web>\n</configuration>\n";
        ConfigDocument doc = parse(in);
        QString error;
        QVERIFY(doc.unsetAttribute(0, SectionKind::MachineKey, QStringLiteral("validation"), &error));
        QCOMPARE(doc.toBytes(), QByteArray(in).replace(" validation=\"SHA1\"", ""));
        QVERIFY(doc.removeSection(0, SectionKind::MachineKey, &error));
        QCOMPARE(
            doc.toBytes(),
            QByteArray("<configuration>\n  <system.web>\n    <pages/>\n  </system.web>\n</configuration>\n"));
    }

    void parseErrorHasPosition()
    {
        ConfigDocument doc;
        ConfigError e;
        QVERIFY(!doc.loadFromBytes("<configuration>\n  <system.web>\n  </system.wbe>\n</configuration>",
                                   QStringLiteral("bad.config"), &e));
        QCOMPARE(e.line, 3);
        QVERIFY(e.column > 0);
        QVERIFY(e.toString().startsWith(QStringLiteral("bad.config:3:")));
    }

    void invalidUtf8IsRefused()
    {
        ConfigDocument doc;
        ConfigError e;
        QVERIFY(!doc.loadFromBytes("<configuration a=\"\xC3\x28\"/>", QStringLiteral("bad.config"), &e));
        QVERIFY(e.message.contains(QStringLiteral("UTF-8")));
    }

    void saveIsAtomicWithBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web.config"));
        const QByteArray in = "<configuration><system.web/></configuration>";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(in);
        f.close();
        ConfigDocument doc;
        ConfigError e;
        QVERIFY(doc.load(path, &e));
        QString error;
        QVERIFY(doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"),
                                 QStringLiteral("30"), &error));
        QVERIFY(doc.save(path, &e));
        QFile bak(path + QStringLiteral(".bak"));
        QVERIFY(bak.open(QIODevice::ReadOnly));
        QCOMPARE(bak.readAll(), in);
        ConfigDocument again;
        QVERIFY(again.load(path, &e));
        QCOMPARE(effectiveValue(again, 0, SectionKind::SessionState, QStringLiteral("timeout")).value,
                 QStringLiteral("30"));
    }
    void neverOverwritesAnotherProgramsChange()
    {
        // Issue 12 point 3: a file changed on disk since it was read is never silently written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web.config"));
        const QByteArray original = "<configuration>\n<system.web>\n<sessionState timeout=\"20\"/>\n"
                                    "</system.web>\n</configuration>\n";
        auto write = [&path](const QByteArray &b) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(b);
        };
        write(original);
        ConfigDocument doc;
        ConfigError e;
        QVERIFY(doc.load(path, &e));
        QVERIFY(!doc.changedOnDisk());
        QString error;
        QVERIFY(doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"),
                                 QStringLiteral("30"), &error));
        const QByteArray theirs = QByteArray(original).replace("timeout=\"20\"", "timeout=\"45\"");
        write(theirs); // another tool edits the file
        QVERIFY(doc.changedOnDisk());
        QVERIFY(!doc.save(path, &e));
        QVERIFY2(e.message.contains(QStringLiteral("changed on disk")), qPrintable(e.message));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), theirs); // untouched
        check.close();
        QVERIFY(doc.save(path, &e, ConfigDocument::SaveMode::Overwrite)); // the user chose to overwrite
        QVERIFY(!doc.changedOnDisk());
        QVERIFY(doc.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"),
                                 QStringLiteral("31"), &error));
        QVERIFY(doc.save(path, &e)); // our own last write is not "another change"
    }

    void reloadKeepsEditsThatStillApply()
    {
        // Issue 12 point 3: Reload re-reads the file another program changed and replays the user's
        // attribute edits; an edit of an attribute the other program changed too is reported, not applied.
        const ConfigDocument base =
            parse("<configuration>\n<system.web>\n<sessionState timeout=\"20\" "
                  "cookieName=\"a\" cookieless=\"UseUri\" x=\"\"/>\n</system.web>\n"
                  "<location path=\"admin\"><system.web/></location>\n</configuration>\n");
        ConfigDocument mine = base;
        QString error;
        QVERIFY(mine.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"),
                                  QStringLiteral("30"), &error));
        QVERIFY(mine.setAttribute(0, SectionKind::SessionState, QStringLiteral("cookieName"),
                                  QStringLiteral("b"), &error));
        QVERIFY(mine.unsetAttribute(0, SectionKind::SessionState, QStringLiteral("cookieless"), &error));
        QVERIFY(mine.unsetAttribute(0, SectionKind::SessionState, QStringLiteral("x"), &error));
        QVERIFY(mine.setAttribute(1, SectionKind::MachineKey, QStringLiteral("validation"),
                                  QStringLiteral("SHA1"), &error));
        const QList<AttributeEdit> edits = attributeEdits(base, mine);
        QCOMPARE(edits.size(), 5);
        QCOMPARE(edits[0].attribute, QStringLiteral("timeout"));
        QCOMPARE(edits[0].baseValue, QStringLiteral("20"));
        QVERIFY(edits[2].value.isNull());                  // removed
        QCOMPARE(edits[3].attribute, QStringLiteral("x")); // written empty is not absent
        QVERIFY(!edits[3].baseValue.isNull());
        QCOMPARE(edits[4].scopePath, QStringLiteral("admin"));

        // Another program changed cookieName and a line elsewhere, and dropped the location.
        ConfigDocument theirs = parse("<configuration>\n<!-- edited -->\n<system.web>\n<sessionState "
                                      "timeout=\"20\" cookieName=\"c\" cookieless=\"UseUri\" x=\"\"/>\n"
                                      "</system.web>\n</configuration>\n");
        const QList<AttributeEdit> dropped = reapplyEdits(&theirs, edits);
        QCOMPARE(dropped.size(), 2);
        QCOMPARE(dropped[0].attribute, QStringLiteral("cookieName"));
        QCOMPARE(dropped[1].attribute, QStringLiteral("validation"));
        QCOMPARE(theirs.text(),
                 QStringLiteral("<configuration>\n<!-- edited -->\n<system.web>\n<sessionState "
                                "timeout=\"30\" cookieName=\"c\"/>\n</system.web>\n"
                                "</configuration>\n"));
        QVERIFY(attributeEdits(base, base).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConfigDocument)
#include "tst_configdocument.moc"
