// SPDX-License-Identifier: GPL-3.0-or-later
// Parser round-trip and edit checks over the project's own tests/data/webconfig (one file per quirk,
// always run) and over every real web.config in ../shared/fixtures/webconfig (skipped when absent):
// no-op saves are byte-identical, and edits change only the bytes of what they touch.
#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"
#include "aspnet/configvalidator.h"

#include "testfiles.h"

#include <QDir>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;

namespace {

/// Bytes `a` and `b` share at the start and at the end (not overlapping).
struct Change
{
    qsizetype prefix;
    qsizetype oldEnd; ///< end of the changed range in a
    qsizetype newEnd; ///< end of the changed range in b
};

Change changedRange(const QByteArray &a, const QByteArray &b)
{
    qsizetype p = 0;
    while (p < a.size() && p < b.size() && a[p] == b[p])
        ++p;
    qsizetype s = 0;
    while (s < a.size() - p && s < b.size() - p && a[a.size() - 1 - s] == b[b.size() - 1 - s])
        ++s;
    return {p, a.size() - s, b.size() - s};
}

/// Byte offset of a text offset (the text is re-encoded with the document's own encoding).
qsizetype byteOffset(const ConfigDocument &doc, qsizetype textOffset)
{
    QStringEncoder enc(doc.encodingName().toLatin1().constData());
    return (doc.hasBom() ? doc.toBytes().size() - QByteArray(enc(doc.text())).size() : 0) +
           QByteArray(enc(doc.text().left(textOffset))).size();
}

/**
 * The checks every web.config goes through: a no-op save gives identical bytes, every finding is
 * actionable, setting sessionState.timeout changes only that value, adding a <machineKey> is a pure
 * insertion. QVERIFY/QCOMPARE return from here; the caller has nothing after the call.
 */
void checkRoundTripAndEdits(const QString &path)
{
    const QByteArray original = readAll(path);
    ConfigDocument doc;
    ConfigError e;
    QVERIFY2(doc.load(path, &e), qPrintable(e.toString()));
    QVERIFY(doc.isConfiguration());

    // 1. A save with no edit gives identical bytes (through the real save path).
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("web.config"));
    QVERIFY(doc.save(copy, &e));
    QCOMPARE(readAll(copy), original);
    for (const Finding &f : validateDocument(doc)) { // every finding on a real file is actionable
        QVERIFY2(f.line > 0, qPrintable(f.code));
        QVERIFY2(!f.message.isEmpty() && !f.fix.isEmpty(), qPrintable(f.code));
    }

    // 2. Setting sessionState.timeout changes only that attribute's text.
    {
        ConfigDocument d = doc;
        const SectionRef ref = d.section(0, SectionKind::SessionState);
        QString error;
        if (ref.readOnly()) {
            QVERIFY(!d.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"),
                                    QStringLiteral("37"), &error));
        } else {
            const XmlAttribute *old =
                ref.element >= 0 ? d.elements()[ref.element].attribute(QStringLiteral("timeout")) : nullptr;
            const qsizetype valueStart = old ? byteOffset(d, old->valueStart) : -1;
            const qsizetype valueEnd = old ? byteOffset(d, old->valueEnd) : -1;
            QVERIFY2(d.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"),
                                    QStringLiteral("37"), &error),
                     qPrintable(error));
            const QByteArray edited = d.toBytes();
            const Change c = changedRange(original, edited);
            if (old) { // replaced inside the old value only
                QVERIFY(c.prefix >= valueStart);
                QVERIFY(c.oldEnd <= valueEnd);
            } else { // a pure insertion
                QCOMPARE(c.oldEnd, c.prefix);
            }
            ConfigDocument again;
            QVERIFY2(again.loadFromBytes(edited, path, &e), qPrintable(e.toString()));
            QCOMPARE(effectiveValue(again, 0, SectionKind::SessionState, QStringLiteral("timeout")).value,
                     QStringLiteral("37"));
            // Removing an attribute that was added gives the original bytes back.
            if (old == nullptr && ref.element >= 0) {
                QVERIFY(
                    again.unsetAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"), &error));
                QCOMPARE(again.toBytes(), original);
            }
        }
    }

    // 3. Adding a <machineKey> where none exists keeps the rest byte-identical and re-parses.
    if (doc.section(0, SectionKind::MachineKey).element < 0) {
        ConfigDocument d = doc;
        QString error;
        QVERIFY2(d.setAttribute(0, SectionKind::MachineKey, QStringLiteral("validation"),
                                QStringLiteral("HMACSHA256"), &error),
                 qPrintable(error));
        QVERIFY(d.setAttribute(0, SectionKind::MachineKey, QStringLiteral("decryption"),
                               QStringLiteral("AES"), &error));
        const QByteArray edited = d.toBytes();
        const Change c = changedRange(original, edited);
        QCOMPARE(c.oldEnd, c.prefix); // only an insertion
        ConfigDocument again;
        QVERIFY2(again.loadFromBytes(edited, path, &e), qPrintable(e.toString()));
        const SectionRef mk = again.section(0, SectionKind::MachineKey);
        QVERIFY(mk.element >= 0);
        QCOMPARE(again.elements().size(),
                 doc.elements().size() + (doc.scopes()[0].systemWebs.isEmpty() ? 2 : 1));
        QCOMPARE(effectiveValue(again, 0, SectionKind::MachineKey, QStringLiteral("decryption")).value,
                 QStringLiteral("AES"));
        // The new element sits on its own line with the line ending of the file.
        const QString nl = doc.lineEnding();
        const qsizetype at = again.elements()[mk.element].end;
        QCOMPARE(again.text().mid(at, nl.size()), nl);
    }
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private:
    /// Loads a file of tests/data/webconfig (fails the test when it does not load).
    static ConfigDocument loadTestData(const QString &name)
    {
        ConfigDocument doc;
        ConfigError e;
        if (!doc.load(QStringLiteral(SD_TESTDATA_DIR "/webconfig/") + name, &e))
            qWarning() << e.toString();
        return doc;
    }

    /// The finding with `code` in `findings`, or an empty one.
    static Finding findingOf(const QList<Finding> &findings, const QString &code)
    {
        for (const Finding &f : findings)
            if (f.code == code)
                return f;
        return {};
    }

private slots:
    // ---- tests/data/webconfig: project-written files, one per parser quirk; never skipped.
    void testdata_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SD_TESTDATA_DIR "/webconfig"));
        const auto files = dir.entryList({QStringLiteral("*.config")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 12);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void testdata()
    {
        QFETCH(QString, path);
        checkRoundTripAndEdits(path);
    }

    void testdataEncodings()
    {
        const ConfigDocument bom = loadTestData(QStringLiteral("utf8-bom.config"));
        QVERIFY(bom.hasBom());
        QCOMPARE(bom.encodingName(), QStringLiteral("UTF-8"));
        QVERIFY(bom.text().contains(QStringLiteral("café €")));
        QCOMPARE(effectiveValue(bom, 0, SectionKind::SessionState, QStringLiteral("mode")).line, 4);

        const ConfigDocument utf16 = loadTestData(QStringLiteral("utf16le-bom.config"));
        QVERIFY(utf16.hasBom());
        QCOMPARE(utf16.encodingName(), QStringLiteral("UTF-16LE"));
        QCOMPARE(utf16.lineEnding(), QStringLiteral("\r\n"));
        QVERIFY(utf16.text().contains(QStringLiteral("Zürich")));
        QCOMPARE(effectiveValue(utf16, 0, SectionKind::SessionState, QStringLiteral("cookieless")).value,
                 QStringLiteral("UseCookies"));

        const ConfigDocument latin1 = loadTestData(QStringLiteral("iso-8859-1.config"));
        QVERIFY(!latin1.hasBom());
        QCOMPARE(latin1.encodingName(), QStringLiteral("ISO-8859-1"));
        QVERIFY(latin1.text().contains(QStringLiteral("München")));
        QVERIFY(latin1.text().contains(QStringLiteral("© café")));
        QCOMPARE(effectiveValue(latin1, 0, SectionKind::SessionState, QStringLiteral("timeout")).line, 7);
    }

    void testdataLayout()
    {
        const ConfigDocument crlf = loadTestData(QStringLiteral("crlf.config"));
        QCOMPARE(crlf.lineEnding(), QStringLiteral("\r\n"));
        QCOMPARE(crlf.indentUnit(), QStringLiteral("  "));
        QCOMPARE(effectiveValue(crlf, 0, SectionKind::SessionState, QStringLiteral("timeout")).line, 8);

        const ConfigDocument tabs = loadTestData(QStringLiteral("tabs.config"));
        QCOMPARE(tabs.lineEnding(), QStringLiteral("\n"));
        QCOMPARE(tabs.indentUnit(), QStringLiteral("\t"));
        const EffectiveValue timeout =
            effectiveValue(tabs, 0, SectionKind::SessionState, QStringLiteral("timeout"));
        QCOMPARE(timeout.value, QStringLiteral("15"));
        QCOMPARE(timeout.line, 5);
    }

    void testdataCommentsAndCdata()
    {
        // Half a <sessionState> in one comment, its end in another, a whole one inside <machineKey>'s
        // comment: none of them is an element.
        const ConfigDocument split = loadTestData(QStringLiteral("comment-split.config"));
        QCOMPARE(split.section(0, SectionKind::SessionState).element, -1);
        QCOMPARE(split.section(0, SectionKind::SessionState).count, 0);
        const SectionRef mk = split.section(0, SectionKind::MachineKey);
        QVERIFY(mk.element >= 0);
        QCOMPARE(split.elements()[mk.element].line, 6);
        QVERIFY(split.elements()[mk.element].children.isEmpty());

        // Markup inside CDATA is text.
        const ConfigDocument cdata = loadTestData(QStringLiteral("cdata.config"));
        QCOMPARE(cdata.section(0, SectionKind::MachineKey).element, -1);
        QCOMPARE(cdata.section(0, SectionKind::SessionState).count, 1);
        QCOMPARE(cdata.scopes()[0].systemWebs.size(), 1);
        QCOMPARE(effectiveValue(cdata, 0, SectionKind::SessionState, QStringLiteral("timeout")).line, 7);
        QCOMPARE(effectiveValue(cdata, 0, SectionKind::SessionState, QStringLiteral("mode")).origin,
                 ValueOrigin::Default);
    }

    void testdataNamespacedRoot()
    {
        const ConfigDocument doc = loadTestData(QStringLiteral("netconfig-v20-xmlns.config"));
        QVERIFY(doc.isConfiguration());
        QCOMPARE(effectiveValue(doc, 0, SectionKind::SessionState, QStringLiteral("cookieless")).value,
                 QStringLiteral("AutoDetect"));
        const Finding f = findingOf(validateDocument(doc), QStringLiteral("SS103"));
        QCOMPARE(f.severity, Severity::Info);
        QCOMPARE(f.line, 4);
    }

    void testdataLocations()
    {
        const ConfigDocument doc = loadTestData(QStringLiteral("locations.config"));
        QCOMPARE(doc.scopes().size(), 3);
        QCOMPARE(doc.scopeIndex(QStringLiteral(".")), 0);
        QCOMPARE(doc.scopeIndex(QStringLiteral("admin")), 1);
        QCOMPARE(doc.scopeIndex(QStringLiteral("api/v1")), 2);
        QCOMPARE(doc.scopes()[0].systemWebs.size(), 2); // root <system.web> and <location path=".">'s
        QCOMPARE(effectiveValue(doc, 0, SectionKind::MachineKey, QStringLiteral("validation")).line, 7);
        const EffectiveValue adminMode =
            effectiveValue(doc, 1, SectionKind::SessionState, QStringLiteral("mode"));
        QCOMPARE(adminMode.value, QStringLiteral("Off"));
        QCOMPARE(adminMode.origin, ValueOrigin::File);
        QCOMPARE(adminMode.line, 12);
        const EffectiveValue apiMode =
            effectiveValue(doc, 2, SectionKind::SessionState, QStringLiteral("mode"));
        QCOMPARE(apiMode.value, QStringLiteral("InProc"));
        QCOMPARE(apiMode.origin, ValueOrigin::Inherited);
        QCOMPARE(effectiveValue(doc, 2, SectionKind::MachineKey, QStringLiteral("validation")).value,
                 QStringLiteral("HMACSHA256"));
        QList<int> cf005Lines;
        for (const Finding &f : validateDocument(doc))
            if (f.code == u"CF005") {
                QCOMPARE(f.severity, Severity::Warning);
                cf005Lines << f.line;
            }
        QCOMPARE(cf005Lines, (QList<int>{12, 13, 18}));
        // An edit in a location scope touches only that scope.
        ConfigDocument d = doc;
        QString error;
        QVERIFY2(d.setAttribute(2, SectionKind::SessionState, QStringLiteral("timeout"), QStringLiteral("9"),
                                &error),
                 qPrintable(error));
        QCOMPARE(d.toBytes(), QByteArray(doc.toBytes()).replace("timeout=\"5\"", "timeout=\"9\""));
    }

    void testdataReadOnlySections()
    {
        ConfigDocument source = loadTestData(QStringLiteral("configsource.config"));
        const SectionRef ss = source.section(0, SectionKind::SessionState);
        QCOMPARE(ss.configSource, QStringLiteral("session.config"));
        QVERIFY(ss.readOnly());
        QVERIFY(!source.section(0, SectionKind::MachineKey).readOnly());
        QString error;
        QVERIFY(!source.setAttribute(0, SectionKind::SessionState, QStringLiteral("mode"),
                                     QStringLiteral("Off"), &error));
        QVERIFY(!source.isModified());
        const Finding cf004 = findingOf(validateDocument(source), QStringLiteral("CF004"));
        QCOMPARE(cf004.severity, Severity::Info);
        QCOMPARE(cf004.line, 4);

        ConfigDocument enc = loadTestData(QStringLiteral("encrypted.config"));
        const SectionRef mk = enc.section(0, SectionKind::MachineKey);
        QVERIFY(mk.encrypted);
        QVERIFY(mk.readOnly());
        QVERIFY(!enc.setAttribute(0, SectionKind::MachineKey, QStringLiteral("validation"),
                                  QStringLiteral("SHA1"), &error));
        QVERIFY(error.contains(QStringLiteral("encrypted")));
        QVERIFY(!enc.isModified());
        const Finding cf003 = findingOf(validateDocument(enc), QStringLiteral("CF003"));
        QCOMPARE(cf003.severity, Severity::Info);
        QCOMPARE(cf003.line, 4);
        // The unencrypted <sessionState> beside it stays editable.
        QVERIFY2(enc.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"),
                                  QStringLiteral("10"), &error),
                 qPrintable(error));
    }

    void testdataTransform()
    {
        const ConfigDocument doc = loadTestData(QStringLiteral("web.Release.config"));
        QVERIFY(doc.isConfiguration());
        const SectionRef ss = doc.section(0, SectionKind::SessionState);
        QCOMPARE(ss.count, 2);
        QCOMPARE(doc.elements()[ss.element].line, 7); // the last one is the one in force
        QCOMPARE(doc.elements()[ss.element].attribute(QStringLiteral("xdt:Transform"))->value(),
                 QStringLiteral("SetAttributes(timeout)"));
        const QList<Finding> findings = validateDocument(doc);
        const Finding cf002 = findingOf(findings, QStringLiteral("CF002"));
        QCOMPARE(cf002.severity, Severity::Info); // info in transform files, warning elsewhere
        QVERIFY(cf002.line > 0);
        QVERIFY(findingOf(findings, QStringLiteral("CF006")).code.isEmpty()); // xdt:* are never unknown
    }

    void testdataMalformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::newRow("mismatched end tag") << QStringLiteral("mismatched-end-tag.config") << 5;
        QTest::newRow("unquoted attribute") << QStringLiteral("unquoted-attribute.config") << 3;
    }

    void testdataMalformed()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        ConfigDocument doc;
        ConfigError e;
        const QString path = QStringLiteral(SD_TESTDATA_DIR "/malformed/") + file;
        QVERIFY(!doc.load(path, &e));
        QCOMPARE(e.line, line);
        QVERIFY(e.column > 0);
        QVERIFY(!e.message.isEmpty());
        QVERIFY2(e.toString().contains(QStringLiteral(":%1:%2: ").arg(line).arg(e.column)),
                 qPrintable(e.toString()));
    }

    // ---- ../shared/fixtures/webconfig: real files, when the shared folder is beside the checkout.
    void corpus_data()
    {
        if (!QDir(QStringLiteral(SD_FIXTURES_DIR "/webconfig")).exists())
            QSKIP("../shared/fixtures/webconfig is absent beside the checkout: the corpus test needs the "
                  "shared fixtures");
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(SD_FIXTURES_DIR "/webconfig"));
        const auto files = dir.entryList({QStringLiteral("*.config")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 20);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void corpus()
    {
        QFETCH(QString, path);
        checkRoundTripAndEdits(path);
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
