// SPDX-License-Identifier: GPL-3.0-or-later
// The sessionctl executable: genkey, config show/set/unset (byte exactness on every fixture),
// check exit codes, usage errors.
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "sessionctlrun.h"
#include "testfiles.h"

namespace {

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QString fixtures()
{
    return QStringLiteral(SD_FIXTURES_DIR);
}

} // namespace

class TestSessionCtl : public QObject
{
    Q_OBJECT

private slots:
    void genkey()
    {
        static const QRegularExpression shape(QStringLiteral(
            R"re(^<machineKey decryption="AES" decryptionKey="([0-9A-F]{64})" validation="HMACSHA256" validationKey="([0-9A-F]{128})" />\n$)re"));
        const Run a = sessionctl({QStringLiteral("genkey")});
        const Run b = sessionctl({QStringLiteral("genkey")});
        QCOMPARE(a.exitCode, 0);
        const auto ma = shape.match(QString::fromLatin1(a.out));
        const auto mb = shape.match(QString::fromLatin1(b.out));
        QVERIFY2(ma.hasMatch(), a.out.constData());
        QVERIFY(mb.hasMatch());
        QVERIFY(ma.captured(1) != mb.captured(1));
        QVERIFY(ma.captured(2) != mb.captured(2));

        const Run j = sessionctl({QStringLiteral("genkey"), QStringLiteral("--validation"),
                                  QStringLiteral("HMACSHA512"), QStringLiteral("--decryption"),
                                  QStringLiteral("3DES"), QStringLiteral("--json")});
        QCOMPARE(j.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(j.out).object();
        QCOMPARE(o.value(QStringLiteral("validationKey")).toString().size(), 256);
        QCOMPARE(o.value(QStringLiteral("decryptionKey")).toString().size(), 48);
        QCOMPARE(o.value(QStringLiteral("decryption")).toString(), QStringLiteral("3DES"));
    }

    void usageErrors()
    {
        QCOMPARE(
            sessionctl({QStringLiteral("genkey"), QStringLiteral("--validation"), QStringLiteral("SHA3")})
                .exitCode,
            2);
        QCOMPARE(sessionctl({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(sessionctl({QStringLiteral("config"), QStringLiteral("show"),
                             QStringLiteral("/nonexistent/web.config")})
                     .exitCode,
                 2);
        const Run h = sessionctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains("Usage: sessionctl config set"));
        QVERIFY(h.out.contains("--generate-machine-key"));
    }

    void showMasksKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web.config"));
        writeAll(path, "<configuration><system.web><machineKey validationKey=\"" + QByteArray(128, 'A') +
                           "\" decryptionKey=\"" + QByteArray(64, 'B') +
                           "\"/><sessionState mode=\"StateServer\"/></system.web></configuration>");
        const Run r =
            sessionctl({QStringLiteral("config"), QStringLiteral("show"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.contains(QByteArray(128, 'A')));
        QVERIFY(r.out.contains("hidden: 128 hex digits"));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY(o.value(QStringLiteral("sessionState")).toObject().value(QStringLiteral("present")).toBool());
        const Run shown = sessionctl(
            {QStringLiteral("config"), QStringLiteral("show"), path, QStringLiteral("--show-keys")});
        QVERIFY(shown.out.contains(QByteArray(128, 'A')));
        QVERIFY(shown.out.contains("timeout"));
        QVERIFY(shown.out.contains("default"));
    }

    void setRefusesNewErrorsAndUnknownAttributes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web.config"));
        const QByteArray in = "<configuration><system.web><sessionState/></system.web></configuration>";
        writeAll(path, in);
        QCOMPARE(sessionctl({QStringLiteral("config"), QStringLiteral("set"), path,
                             QStringLiteral("sessionState.mode=stateserver")})
                     .exitCode,
                 1);
        QCOMPARE(readAll(path), in);
        QCOMPARE(sessionctl({QStringLiteral("config"), QStringLiteral("set"), path,
                             QStringLiteral("sessionState.Timeout=5")})
                     .exitCode,
                 2);
        QCOMPARE(readAll(path), in);
        QVERIFY(!QFile::exists(path + QStringLiteral(".bak")));
        const Run dry = sessionctl({QStringLiteral("config"), QStringLiteral("set"), path,
                                    QStringLiteral("--dry-run"), QStringLiteral("sessionState.timeout=5")});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.contains("+<configuration><system.web><sessionState timeout=\"5\"/>"));
        QCOMPARE(readAll(path), in);
    }

    void setUnsetEveryFixture_data()
    {
        // tests/data/webconfig always; the real files of ../shared/fixtures/webconfig when they are there.
        QTest::addColumn<QString>("file");
        for (const QString &folder :
             {QStringLiteral(SD_TESTDATA_DIR "/webconfig"), fixtures() + QStringLiteral("/webconfig")}) {
            const QDir dir(folder);
            const QString tag =
                folder.startsWith(QStringLiteral(SD_TESTDATA_DIR)) ? QStringLiteral("testdata/") : QString();
            for (const QString &f : dir.entryList({QStringLiteral("*.config")}, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(tag + f)) << dir.filePath(f);
        }
    }
    void setUnsetEveryFixture()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("web.config"));
        const QByteArray original = readAll(file);
        writeAll(path, original);
        // An attribute the file does not write yet: set it, then unset it.
        const Run show =
            sessionctl({QStringLiteral("config"), QStringLiteral("show"), path, QStringLiteral("--json")});
        const QJsonObject ss =
            QJsonDocument::fromJson(show.out).object().value(QStringLiteral("sessionState")).toObject();
        if (!ss.value(QStringLiteral("present")).toBool() || ss.contains(QStringLiteral("configSource")))
            return; // element creation is covered by tst_corpus
        QString attr;
        for (const auto &a : ss.value(QStringLiteral("attributes")).toArray())
            if (attr.isEmpty() && a.toObject().value(QStringLiteral("origin")).toString() == u"default")
                attr = a.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(!attr.isEmpty());
        const Run set =
            sessionctl({QStringLiteral("config"), QStringLiteral("set"), path, QStringLiteral("--force"),
                        QStringLiteral("sessionState.%1=SDTEST").arg(attr)});
        QVERIFY2(set.exitCode == 0 || set.exitCode == 1, set.err.constData());
        QCOMPARE(readAll(path + QStringLiteral(".bak")), original);
        // Exactly one insertion: ' ATTR="SDTEST"' (possibly on its own line). Compared as text for a UTF-16
        // file (two bytes a character), as bytes otherwise.
        auto asText = [](const QByteArray &b) {
            return b.startsWith("\xFF\xFE")
                       ? QString::fromUtf16(reinterpret_cast<const char16_t *>(b.constData() + 2),
                                            (b.size() - 2) / 2)
                             .toUtf8()
                       : b;
        };
        const QByteArray before = asText(original), edited = asText(readAll(path));
        qsizetype p = 0;
        while (p < before.size() && before[p] == edited[p])
            ++p;
        const QByteArray inserted = edited.mid(p, edited.size() - before.size());
        QVERIFY2(inserted.trimmed() == attr.toLatin1() + "=\"SDTEST\"", inserted.constData());
        QCOMPARE(edited.left(p) + edited.mid(p + inserted.size()), before);
        const Run unset = sessionctl({QStringLiteral("config"), QStringLiteral("unset"), path,
                                      QStringLiteral("sessionState.") + attr});
        QVERIFY2(unset.exitCode == 0 || unset.exitCode == 1, unset.err.constData());
        QCOMPARE(readAll(path), original);
    }

    void checkExitCodes_data()
    {
        // The small list in tests/data always; Microsoft's list too when ../shared is beside the checkout.
        QTest::addColumn<QString>("list");
        QTest::newRow("testdata") << QStringLiteral(SD_TESTDATA_DIR "/disclosed-keys/MachineKeys.csv");
        const QString fixture = fixtures() + QStringLiteral("/disclosed-keys/MachineKeys.csv");
        if (QFile::exists(fixture))
            QTest::newRow("fixtures") << fixture;
    }
    void checkExitCodes()
    {
        QFETCH(QString, list);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.config"));
        // Key set A of machinekey.md §3.2, on Microsoft's list.
        writeAll(bad, "<configuration><system.web><machineKey validation=\"HMACSHA256\" decryption=\"3DES\" "
                      "validationKey="
                      "\"F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C986C888BE4FC0E657"
                      "1C2CE600D58CE82B8FA13106B17D77EA4CECDDBBEC1B\" "
                      "decryptionKey=\"B47D3CD1E780CF30C739A080995B9B10B64354AA135A2D78\"/></system.web></"
                      "configuration>");
        const Run r = sessionctl({QStringLiteral("check"), QStringLiteral("--disclosed-keys"), list, bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("MK012"));

        const QString good = dir.filePath(QStringLiteral("good.config"));
        writeAll(good, "<configuration><system.web><sessionState/></system.web></configuration>");
        QCOMPARE(sessionctl({QStringLiteral("config"), QStringLiteral("set"), good,
                             QStringLiteral("--generate-machine-key")})
                     .exitCode,
                 0);
        const Run g = sessionctl({QStringLiteral("check"), QStringLiteral("--disclosed-keys"), list, good,
                                  QStringLiteral("--json")});
        QCOMPARE(g.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(g.out).object().value(QStringLiteral("errors")).toInt(), 0);

        const QString broken = dir.filePath(QStringLiteral("broken.config"));
        writeAll(broken, "<configuration><system.web></configuration>");
        const Run b = sessionctl({QStringLiteral("check"), broken});
        QCOMPARE(b.exitCode, 1);
        QVERIFY(b.out.contains("CF000"));
        QCOMPARE(
            sessionctl({QStringLiteral("check"), dir.filePath(QStringLiteral("missing.config"))}).exitCode,
            2);
    }
};

QTEST_GUILESS_MAIN(TestSessionCtl)
#include "tst_sessionctl.moc"
