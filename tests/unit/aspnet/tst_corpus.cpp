// SPDX-License-Identifier: GPL-3.0-or-later
// Every real web.config in ../shared/fixtures/webconfig: no-op saves are byte-identical, and
// edits change only the bytes of what they touch.
#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"
#include "aspnet/configvalidator.h"

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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Byte offset of a text offset (the text is re-encoded with the document's own encoding).
qsizetype byteOffset(const ConfigDocument &doc, qsizetype textOffset)
{
    QStringEncoder enc(doc.encodingName().toLatin1().constData());
    return (doc.hasBom() ? doc.toBytes().size() - QByteArray(enc(doc.text())).size() : 0) +
           QByteArray(enc(doc.text().left(textOffset))).size();
}

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QDir(QStringLiteral(SD_FIXTURES_DIR "/webconfig")).exists())
            QSKIP("../shared/fixtures/webconfig is absent beside the checkout: the corpus test needs the shared fixtures");
    }

    void corpus_data()
    {
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
                QVERIFY(!d.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"), QStringLiteral("37"), &error));
            } else {
                const XmlAttribute *old = ref.element >= 0 ? d.elements()[ref.element].attribute(QStringLiteral("timeout")) : nullptr;
                const qsizetype valueStart = old ? byteOffset(d, old->valueStart) : -1;
                const qsizetype valueEnd = old ? byteOffset(d, old->valueEnd) : -1;
                QVERIFY2(d.setAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"), QStringLiteral("37"), &error), qPrintable(error));
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
                QCOMPARE(effectiveValue(again, 0, SectionKind::SessionState, QStringLiteral("timeout")).value, QStringLiteral("37"));
                // Removing an attribute that was added gives the original bytes back.
                if (old == nullptr && ref.element >= 0) {
                    QVERIFY(again.unsetAttribute(0, SectionKind::SessionState, QStringLiteral("timeout"), &error));
                    QCOMPARE(again.toBytes(), original);
                }
            }
        }

        // 3. Adding a <machineKey> where none exists keeps the rest byte-identical and re-parses.
        if (doc.section(0, SectionKind::MachineKey).element < 0) {
            ConfigDocument d = doc;
            QString error;
            QVERIFY2(d.setAttribute(0, SectionKind::MachineKey, QStringLiteral("validation"), QStringLiteral("HMACSHA256"), &error), qPrintable(error));
            QVERIFY(d.setAttribute(0, SectionKind::MachineKey, QStringLiteral("decryption"), QStringLiteral("AES"), &error));
            const QByteArray edited = d.toBytes();
            const Change c = changedRange(original, edited);
            QCOMPARE(c.oldEnd, c.prefix); // only an insertion
            ConfigDocument again;
            QVERIFY2(again.loadFromBytes(edited, path, &e), qPrintable(e.toString()));
            const SectionRef mk = again.section(0, SectionKind::MachineKey);
            QVERIFY(mk.element >= 0);
            QCOMPARE(again.elements().size(), doc.elements().size() + (doc.scopes()[0].systemWebs.isEmpty() ? 2 : 1));
            QCOMPARE(effectiveValue(again, 0, SectionKind::MachineKey, QStringLiteral("decryption")).value, QStringLiteral("AES"));
            // The new element sits on its own line with the line ending of the file.
            const QString nl = doc.lineEnding();
            const qsizetype at = again.elements()[mk.element].end;
            QCOMPARE(again.text().mid(at, nl.size()), nl);
        }
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
