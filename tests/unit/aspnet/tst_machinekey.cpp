// SPDX-License-Identifier: GPL-3.0-or-later
// Machine key generation (sizes, randomness, weak keys, XML shape) and the disclosed-key list.
#include "aspnet/disclosedkeys.h"
#include "aspnet/machinekey.h"

#include <QRegularExpression>
#include <QTest>

using namespace sd;

class TestMachineKey : public QObject
{
    Q_OBJECT

private slots:
    void sizes_data()
    {
        QTest::addColumn<QString>("validation");
        QTest::addColumn<QString>("decryption");
        QTest::addColumn<int>("vhex");
        QTest::addColumn<int>("dhex");
        QTest::addColumn<QString>("dname");
        QTest::newRow("default") << "HMACSHA256"
                                 << "AES" << 128 << 64 << "AES";
        QTest::newRow("md5/des") << "MD5"
                                 << "DES" << 128 << 16 << "DES";
        QTest::newRow("sha1/3des") << "SHA1"
                                   << "3DES" << 128 << 48 << "3DES";
        QTest::newRow("384/aes128") << "HMACSHA384"
                                    << "AES-128" << 256 << 32 << "AES";
        QTest::newRow("512/aes192") << "HMACSHA512"
                                    << "AES-192" << 256 << 48 << "AES";
    }
    void sizes()
    {
        QFETCH(QString, validation);
        QFETCH(QString, decryption);
        QFETCH(int, vhex);
        QFETCH(int, dhex);
        QFETCH(QString, dname);
        QString error;
        const auto k = generateMachineKey(*parseValidationAlgorithm(validation),
                                          *parseDecryptionAlgorithm(decryption), &error);
        QVERIFY2(k, qPrintable(error));
        QCOMPARE(k->validationKey.size(), vhex);
        QCOMPARE(k->decryptionKey.size(), dhex);
        QCOMPARE(k->decryption, dname);
        QCOMPARE(k->validation, validation);
        static const QRegularExpression upperHex(QStringLiteral("^[0-9A-F]+$"));
        QVERIFY(upperHex.match(k->validationKey).hasMatch());
        QVERIFY(upperHex.match(k->decryptionKey).hasMatch());
        QCOMPARE(k->toXml(), QStringLiteral("<machineKey decryption=\"%1\" decryptionKey=\"%2\" "
                                            "validation=\"%3\" validationKey=\"%4\" />")
                                 .arg(dname, k->decryptionKey, validation, k->validationKey));
    }

    void differentEveryTime()
    {
        QSet<QString> seen;
        for (int i = 0; i < 200; ++i) {
            const auto k =
                generateMachineKey(ValidationAlgorithm::HMACSHA256, DecryptionAlgorithm::DES, nullptr);
            QVERIFY(k);
            QVERIFY(!seen.contains(k->validationKey));
            seen.insert(k->validationKey);
            QVERIFY(!isWeakDesKey(QByteArray::fromHex(k->decryptionKey.toLatin1())));
        }
    }

    void weakKeys()
    {
        QVERIFY(isWeakDesKey(QByteArray::fromHex("0101010101010101")));
        QVERIFY(isWeakDesKey(QByteArray::fromHex("0000000000000000"))); // parity bits ignored
        QVERIFY(isWeakDesKey(QByteArray::fromHex("01FE01FE01FE01FE")));
        QVERIFY(!isWeakDesKey(QByteArray::fromHex("133457799BBCDFF1")));
        QVERIFY(isWeakTripleDesKey(QByteArray::fromHex("133457799BBCDFF1133457799BBCDFF10123456789ABCDEF")));
        QVERIFY(!isWeakTripleDesKey(QByteArray::fromHex("133457799BBCDFF10123456789ABCDEF23456789ABCDEF01")));
    }

    void parsesNames()
    {
        QCOMPARE(*parseDecryptionAlgorithm(QStringLiteral("tripledes")), DecryptionAlgorithm::TripleDES);
        QCOMPARE(*parseValidationAlgorithm(QStringLiteral("hmacsha512")), ValidationAlgorithm::HMACSHA512);
        QVERIFY(!parseValidationAlgorithm(QStringLiteral("SHA2")));
        const KeyValue kv = parseKeyValue(QStringLiteral("ABCD,IsolateApps"));
        QCOMPARE(kv.hex, QStringLiteral("ABCD"));
        QCOMPARE(kv.modifiers, QStringList{QStringLiteral("IsolateApps")});
        QVERIFY(parseKeyValue(QStringLiteral("AutoGenerate,IsolateApps")).autoGenerate());
    }

    void disclosedListFormats()
    {
        // Microsoft's format: sha256(upper(key)), lower-case hex, ", " separated.
        const QString keyB =
            QStringLiteral("0074D9E5776602E629B362073918A43AD0D631800111D0453DB3416D3827C95B81F575B388A6B425E"
                           "39AC49BCDC2DC8A57AD2207DC726E78544525A83AB4FE08");
        DisclosedKeyList ms;
        QCOMPARE(ms.loadFromText("validationKey, decryptionKey\n" + DisclosedKeyList::keyHash(keyB) + ", " +
                                 DisclosedKeyList::keyHash(QString()) + "\n"),
                 1);
        QVERIFY(ms.contains(keyB));
        QVERIFY(ms.contains(keyB.toLower())); // hashed upper-cased
        QVERIFY(ms.contains(keyB + QStringLiteral(",IsolateApps")));
        QVERIFY(!ms.contains(QString())); // the empty-key hash never matches
        QVERIFY(!ms.contains(QStringLiteral("AutoGenerate,IsolateApps")));
        // A plain key list (badsecrets/Blacklist3r shape).
        DisclosedKeyList plain;
        QCOMPARE(plain.loadFromText(keyB.toLatin1() +
                                    ",245EDC5AAF1F32D0087178F7409370AF0A2C1FDDE1240212C73604E0DE509029\n"),
                 1);
        QVERIFY(plain.contains(
            QStringLiteral("245edc5aaf1f32d0087178f7409370af0a2c1fdde1240212c73604e0de509029")));
    }

    void microsoftList_data()
    {
        // Microsoft's MachineKeys.csv (../shared/fixtures, 3,713 key pairs) when it is beside the checkout,
        // and always the small list in tests/data written in the same format (key sets A and B of
        // machinekey.md §3.2 plus three made-up pairs).
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("pairs");
        QTest::newRow("testdata") << QStringLiteral(SD_TESTDATA_DIR "/disclosed-keys/MachineKeys.csv") << 5;
        const QString fixture = QStringLiteral(SD_FIXTURES_DIR "/disclosed-keys/MachineKeys.csv");
        if (QFile::exists(fixture))
            QTest::newRow("fixtures") << fixture << 3713;
    }
    void microsoftList()
    {
        QFETCH(QString, path);
        QFETCH(int, pairs);
        DisclosedKeyList list;
        QString error;
        QVERIFY2(list.load(path, &error), qPrintable(error));
        QCOMPARE(list.size(), pairs * 2);
        // Test keys A and B of machinekey.md §3.2 are on Microsoft's list.
        QVERIFY(
            list.contains(QStringLiteral("F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C"
                                         "986C888BE4FC0E6571C2CE600D58CE82B8FA13106B17D77EA4CECDDBBEC1B")));
        QVERIFY(list.contains(
            QStringLiteral("245EDC5AAF1F32D0087178F7409370AF0A2C1FDDE1240212C73604E0DE509029")));
        const auto fresh =
            generateMachineKey(ValidationAlgorithm::HMACSHA256, DecryptionAlgorithm::AES256, nullptr);
        QVERIFY(!list.contains(fresh->validationKey));
        QVERIFY(!list.contains(fresh->decryptionKey));
    }
};

QTEST_GUILESS_MAIN(TestMachineKey)
#include "tst_machinekey.moc"
