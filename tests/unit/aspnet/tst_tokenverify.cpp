// SPDX-License-Identifier: GPL-3.0-or-later
// Token verifier: the machinekey.md §3.2 vectors, round trips for every algorithm pair in both modes, and
// negative cases (bit flipped, wrong generator/purpose, truncated, non-base64).
#include "aspnet/dotnethash.h"
#include "aspnet/runtimekeys.h"
#include "aspnet/tokencheck.h"
#include "aspnet/tokenverify.h"

#include <QtEndian>

#include <QTest>

using namespace sd;

namespace {

const QString kKeyBVal = QStringLiteral("0074D9E5776602E629B362073918A43AD0D631800111D0453DB3416D3827C95B81F5"
                                        "75B388A6B425E39AC49BCDC2DC8A57AD2207DC72"
                                        "6E78544525A83AB4FE08");
const QString kKeyBDec = QStringLiteral("245EDC5AAF1F32D0087178F7409370AF0A2C1FDDE1240212C73604E0DE509029");
const QString kKeyAVal = QStringLiteral("F5144F1A581A57BA3B60311AF7562A855998F7DD203CD8A71405599B980D8694B5C9"
                                        "86C888BE4FC0E6571C2CE600D58CE82B8FA131"
                                        "06B17D77EA4CECDDBBEC1B");
const QString kKeyADec = QStringLiteral("B47D3CD1E780CF30C739A080995B9B10B64354AA135A2D78");

MachineKeyCandidate keyA()
{
    return {QStringLiteral("A"), kKeyAVal, kKeyADec, std::nullopt, std::nullopt, std::nullopt};
}
MachineKeyCandidate keyB()
{
    return {QStringLiteral("B"), kKeyBVal, kKeyBDec, std::nullopt, std::nullopt, std::nullopt};
}

TokenContext context(const QString &url, std::optional<quint32> generator)
{
    TokenContext c;
    c.url = url;
    c.generator = generator;
    return c;
}

} // namespace

class TestTokenVerify : public QObject
{
    Q_OBJECT

private slots:
    void vectors_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("isA");
        QTest::addColumn<QString>("url");
        QTest::addColumn<quint32>("generator");
        QTest::addColumn<int>("protection");
        QTest::addColumn<int>("validation");
        QTest::newRow("B legacy MAC SHA1")
            << "/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw==" << false
            << "http://10.1.1.43/default2.aspx" << quint32(0x9BD98A7D) << int(TokenProtection::LegacyMac)
            << int(ValidationAlgorithm::SHA1);
        QTest::newRow("B Framework45")
            << "3RP87RgckNbfc7fNdaHzH9YLqbIhzpA64gFfWB49lhzHpuHFAAO7C7Dl2zh0dWUqobBb4hwiZJ1a2bhP77aQiwqvVqg="
            << false << "http://10.1.1.43/default2.aspx" << quint32(0x9BD98A7D)
            << int(TokenProtection::Framework45) << int(ValidationAlgorithm::SHA1);
        QTest::newRow("A legacy MAC HMACSHA256")
            << "/wEPDwUJODExMDE5NzY5ZGScGv/wvQQvxzX/syyICaMJbvdEU3+6rpkkQNkouaLjoQ==" << true
            << "/default.aspx" << quint32(0xEDD8C9AE) << int(TokenProtection::LegacyMac)
            << int(ValidationAlgorithm::HMACSHA256);
        QTest::newRow("A legacy encrypted 3DES SHA1")
            << "Sku67tgd5zl62MFTQS6R5/o3UAFb3RcqLRKRbq1QmH8o0VN+eaFOlONe3Gz1j82CEcYFb/1qdebQa3JrRwtUSAi/LIs="
            << true << "/default.aspx" << quint32(0xEDD8C9AE) << int(TokenProtection::LegacyEncrypted)
            << int(ValidationAlgorithm::SHA1);
    }
    void vectors()
    {
        QFETCH(QString, token);
        QFETCH(bool, isA);
        QFETCH(QString, url);
        QFETCH(quint32, generator);
        QFETCH(int, protection);
        QFETCH(int, validation);
        const TokenContext c = context(url, generator);
        const TokenVerifyResult r = verifyToken(TokenKind::ViewState, token, isA ? keyA() : keyB(), c);
        QCOMPARE(int(r.status), int(TokenStatus::Valid));
        QCOMPARE(int(r.protection), protection);
        QCOMPARE(int(*r.validation), validation);
        QVERIFY2(r.structure.startsWith(QLatin1String("Pair(Pair(String")), qPrintable(r.structure));
        if (protection == int(TokenProtection::LegacyEncrypted)) {
            QCOMPARE(int(*r.decryption), int(DecryptionAlgorithm::TripleDES));
        }
        const TokenVerifyResult other = verifyToken(TokenKind::ViewState, token, isA ? keyB() : keyA(), c);
        QCOMPARE(int(other.status), int(TokenStatus::Invalid));
        QVERIFY(!other.cause.isEmpty());
    }

    void notProtected()
    {
        const QString token = QStringLiteral("/wEPDwUJODc0\nMjgwMjkwZGQ%3D"); // wrapped and URL-encoded
        for (const auto &k : {keyA(), keyB()}) {
            const auto r = verifyToken(TokenKind::ViewState, token, k,
                                       context(QStringLiteral("/default2.aspx"), 0x9BD98A7D));
            QCOMPARE(int(r.status), int(TokenStatus::NotProtected));
            QCOMPARE(r.structure, QStringLiteral("Pair(Pair(String \"874280290\", Null), Null)"));
        }
    }

    void purposes()
    {
        TokenContext c;
        c.url = QStringLiteral("http://host/mac/vsk/test/default.aspx?x=1");
        c.appPath = QStringLiteral("/mac/vsk");
        QCOMPARE(viewStatePurposes(c), (QStringList{QStringLiteral("TemplateSourceDirectory: /MAC/VSK/TEST"),
                                                    QStringLiteral("Type: TEST_DEFAULT_ASPX")}));
        c.url = QStringLiteral("/Content/default.aspx");
        c.appPath = QStringLiteral("/");
        c.viewStateUserKey = QStringLiteral("user1");
        QCOMPARE(viewStatePurposes(c), (QStringList{QStringLiteral("TemplateSourceDirectory: /CONTENT"),
                                                    QStringLiteral("Type: CONTENT_DEFAULT_ASPX"),
                                                    QStringLiteral("ViewStateUserKey: user1")}));
    }

    void generator()
    {
        // Sort keys as LCMapString gives them (the letters of "aok" as in Michael Kaplan's "A&P of Sort
        // Keys").
        QCOMPARE(invariantIgnoreCaseSortKey(u"aOk")->toHex(), QByteArray("0e020e7c0e360101010100"));
        QCOMPARE(invariantIgnoreCaseHash(u""), std::optional<qint32>(0));
        QVERIFY(!invariantIgnoreCaseHash(u"co-op"));
        QVERIFY(!invariantIgnoreCaseHash(u"caf\u00e9"));
        // machinekey.md 3.2 key set B: http://10.1.1.43/default2.aspx in "/" has __VIEWSTATEGENERATOR
        // 9BD98A7D.
        TokenContext c;
        c.url = QStringLiteral("http://10.1.1.43/default2.aspx");
        QCOMPARE(viewStateGenerator(c), std::optional<quint32>(0x9BD98A7D));
        c.url = QStringLiteral("/DEFAULT2.ASPX?x=1#top"); // case, query and fragment do not matter
        QCOMPARE(viewStateGenerator(c), std::optional<quint32>(0x9BD98A7D));
        c.url = QStringLiteral("/my-dir/page.aspx"); // '-' in TemplateSourceDirectory: not computed
        QVERIFY(!viewStateGenerator(c));
        c.url = QStringLiteral("/dir/");
        QVERIFY(!viewStateGenerator(c));

        // verifyToken computes it when only the URL is given.
        const TokenContext byUrl = context(QStringLiteral("http://10.1.1.43/default2.aspx"), std::nullopt);
        const auto r = verifyToken(TokenKind::ViewState,
                                   QStringLiteral("/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw=="),
                                   keyB(), byUrl);
        QCOMPARE(int(r.status), int(TokenStatus::Valid));
        QCOMPARE(int(r.protection), int(TokenProtection::LegacyMac));
        QCOMPARE(r.generator, std::optional<quint32>(0x9BD98A7D));
        QVERIFY(r.generatorComputed);
        const auto wrongKey = verifyToken(
            TokenKind::ViewState, QStringLiteral("/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw=="),
            keyA(), byUrl);
        QVERIFY2(wrongKey.cause.contains(QLatin1String("9BD98A7D was computed from the URL")),
                 qPrintable(wrongKey.cause));
        // A page the hash cannot be computed for says so.
        const auto n = verifyToken(TokenKind::ViewState,
                                   QStringLiteral("/wEPDwUJODc0MjgwMjkwZGTCdzCrBtl0AFYdKsWX1bQ8DcMilw=="),
                                   keyB(), context(QStringLiteral("/caf\u00e9/default2.aspx"), std::nullopt));
        QCOMPARE(int(n.status), int(TokenStatus::Invalid));
        QVERIFY2(n.cause.contains(QLatin1String("cannot be computed")), qPrintable(n.cause));
    }

    void pageTypeNames()
    {
        TokenContext c;
        c.appPath = QStringLiteral("/app");
        c.url = QStringLiteral("/app/My-Page.v2.aspx");
        QCOMPARE(viewStatePurposes(c), (QStringList{QStringLiteral("TemplateSourceDirectory: /APP"),
                                                    QStringLiteral("Type: MY_PAGE_V2_ASPX")}));
        c.url = QStringLiteral("/app/sub%20dir/1st.aspx");
        QCOMPARE(viewStatePurposes(c), (QStringList{QStringLiteral("TemplateSourceDirectory: /APP/SUB DIR"),
                                                    QStringLiteral("Type: SUB_DIR_1ST_ASPX")}));
        c.url = QStringLiteral("/1st.aspx");
        c.appPath = QStringLiteral("/");
        QCOMPARE(viewStatePurposes(c).value(1), QStringLiteral("Type: _1ST_ASPX"));
        c.url = QStringLiteral("/application/x.aspx"); // not inside "/app"
        c.appPath = QStringLiteral("/app");
        QCOMPARE(viewStatePurposes(c).value(1), QStringLiteral("Type: APPLICATION_X_ASPX"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<int>("validation");
        QTest::addColumn<int>("decryption");
        QTest::addColumn<int>("protection");
        const QList<ValidationAlgorithm> vs{ValidationAlgorithm::MD5, ValidationAlgorithm::SHA1,
                                            ValidationAlgorithm::HMACSHA256, ValidationAlgorithm::HMACSHA384,
                                            ValidationAlgorithm::HMACSHA512};
        const QList<DecryptionAlgorithm> ds{DecryptionAlgorithm::DES, DecryptionAlgorithm::TripleDES,
                                            DecryptionAlgorithm::AES128, DecryptionAlgorithm::AES192,
                                            DecryptionAlgorithm::AES256};
        const QList<TokenProtection> ps{TokenProtection::LegacyMac, TokenProtection::LegacyEncrypted,
                                        TokenProtection::Framework45};
        for (auto v : vs) {
            for (auto d : ds) {
                for (auto p : ps) {
                    if (p == TokenProtection::Framework45 && v == ValidationAlgorithm::MD5) {
                        continue;
                    }
                    QTest::addRow(
                        "%s/%s/%s", qPrintable(validationName(v)),
                        qPrintable(
                            QStringLiteral("%1-%2").arg(decryptionName(d)).arg(decryptionKeyBytes(d) * 8)),
                        qPrintable(protectionName(p)))
                        << int(v) << int(d) << int(p);
                }
            }
        }
    }
    void roundTrip()
    {
        QFETCH(int, validation);
        QFETCH(int, decryption);
        QFETCH(int, protection);
        QString error;
        const auto key =
            generateMachineKey(ValidationAlgorithm(validation), DecryptionAlgorithm(decryption), &error);
        QVERIFY(key);
        ProtectOptions o{key->validationKey, key->decryptionKey, ValidationAlgorithm(validation),
                         DecryptionAlgorithm(decryption), TokenProtection(protection)};
        MachineKeyCandidate cand{QStringLiteral("k"),
                                 key->validationKey,
                                 key->decryptionKey,
                                 ValidationAlgorithm(validation),
                                 DecryptionAlgorithm(decryption),
                                 std::nullopt};
        TokenContext c = context(QStringLiteral("/app/sub/page.aspx"), 0x1234ABCD);
        c.appPath = QStringLiteral("/app");
        c.viewStateUserKey = QStringLiteral("session-42");
        const QByteArray clear = QByteArray::fromBase64("/wEPDwUJODc0MjgwMjkwZGQ=");
        const auto vs = protectToken(TokenKind::ViewState, clear, o, c, &error);
        QVERIFY2(vs, qPrintable(error));
        auto r = verifyToken(TokenKind::ViewState, *vs, cand, c);
        QCOMPARE(int(r.status), int(TokenStatus::Valid));
        QCOMPARE(int(r.protection), protection);
        QCOMPARE(r.clear, clear);

        // Negative: other generator / ViewStateUserKey / page; one bit flipped; truncated.
        TokenContext wrong = c;
        wrong.generator = 0x1234ABCE;
        wrong.url = QStringLiteral("/app/sub/other.aspx");
        wrong.viewStateUserKey = QStringLiteral("session-43");
        // MD5 legacy MAC: the modifier never enters the hash (machinekey.md §2.3), so ASP.NET accepts it too.
        const bool md5Quirk =
            validation == int(ValidationAlgorithm::MD5) && protection == int(TokenProtection::LegacyMac);
        QCOMPARE(int(verifyToken(TokenKind::ViewState, *vs, cand, wrong).status),
                 int(md5Quirk ? TokenStatus::Valid : TokenStatus::Invalid));
        QByteArray bytes = QByteArray::fromBase64(vs->toLatin1());
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x04);
        QVERIFY(verifyToken(TokenKind::ViewState, QString::fromLatin1(bytes.toBase64()), cand, c).status !=
                TokenStatus::Valid);
        bytes = QByteArray::fromBase64(vs->toLatin1()).chopped(3);
        QVERIFY(verifyToken(TokenKind::ViewState, QString::fromLatin1(bytes.toBase64()), cand, c).status !=
                TokenStatus::Valid);

        if (protection == int(TokenProtection::LegacyMac)) {
            return; // forms tickets are always encrypted
        }
        FormsTicket t;
        t.name = QStringLiteral("alice@example.com");
        t.issueDate = QDateTime(QDate(2026, 11, 30), QTime(2, 0), Qt::UTC);
        t.expiration = t.issueDate.addSecs(1800);
        t.persistent = true;
        t.userData = QStringLiteral("roles=admin;ž");
        t.cookiePath = QStringLiteral("/app");
        const auto forms = protectToken(TokenKind::FormsTicket, serializeFormsTicket(t), o, c, &error);
        QVERIFY2(forms, qPrintable(error));
        r = verifyToken(TokenKind::FormsTicket, *forms, cand, {});
        QCOMPARE(int(r.status), int(TokenStatus::Valid));
        QVERIFY(r.ticket);
        QCOMPARE(r.ticket->name, t.name);
        QCOMPARE(r.ticket->issueDate, t.issueDate);
        QCOMPARE(r.ticket->expiration, t.expiration);
        QCOMPARE(r.ticket->persistent, true);
        QCOMPARE(r.ticket->userData, t.userData);
        QCOMPARE(r.ticket->cookiePath, t.cookiePath);
        QCOMPARE(r.ticket->version, 2);
        QString flipped = *forms;
        flipped[4] = flipped[4] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        QCOMPARE(int(verifyToken(TokenKind::FormsTicket, flipped, cand, {}).status),
                 int(TokenStatus::Invalid));
        QCOMPARE(int(verifyToken(TokenKind::FormsTicket, *forms, keyA(), {}).status),
                 int(TokenStatus::Invalid));
    }

    void runtimeKeyBytes()
    {
        TokenContext c;
        c.appPath = QStringLiteral("/app/");
        c.appId = QStringLiteral("/LM/W3SVC/1/ROOT/app");
        const QByteArray plain = QByteArray::fromHex(kKeyAVal.toLatin1());
        RuntimeKey k = legacyRuntimeKey(kKeyAVal + QStringLiteral(",IsolateApps"), true, 0, 64, c);
        QVERIFY2(k.bytes, qPrintable(k.error));
        QCOMPARE(qFromLittleEndian<qint32>(k.bytes->constData()), *invariantIgnoreCaseHash(u"/app"));
        QCOMPARE(k.bytes->mid(4), plain.mid(4));
        QCOMPARE(k.derivation, QStringLiteral("IsolateApps (/app)"));
        k = legacyRuntimeKey(QStringLiteral(" %1,IsolateApps,IsolateByAppId ").arg(kKeyAVal), true, 0, 64, c);
        QVERIFY2(k.bytes, qPrintable(k.error));
        QCOMPARE(qFromLittleEndian<qint32>(k.bytes->constData() + 4), *invariantIgnoreCaseHash(c.appId));
        QCOMPARE(k.bytes->mid(8), plain.mid(8));
        // The suffixes are removed IsolateByAppId first, exactly as written: the other order is no key.
        QVERIFY(!legacyRuntimeKey(kKeyAVal + QStringLiteral(",IsolateByAppId,IsolateApps"), true, 0, 64, c)
                     .bytes);
        QVERIFY(!legacyRuntimeKey(kKeyAVal + QStringLiteral(", IsolateApps"), true, 0, 64, c).bytes);
        QVERIFY(!legacyRuntimeKey(QStringLiteral("ABCDEF"), true, 0, 64, c).bytes); // < 40 hex digits
        // Case-insensitive hash; a path the hash cannot be computed for is an error, not a wrong key.
        QCOMPARE(invariantIgnoreCaseHash(u"/APP"), invariantIgnoreCaseHash(u"/app"));
        c.appPath = QStringLiteral("/caf\u00e9");
        k = legacyRuntimeKey(kKeyAVal + QStringLiteral(",IsolateApps"), true, 0, 64, c);
        QVERIFY(!k.bytes);
        QVERIFY2(k.error.contains(QLatin1String("IsolateApps")), qPrintable(k.error));
        // Framework45: plain hex as is; hex with a modifier is a configuration error.
        QCOMPARE(*framework45RuntimeKey(kKeyAVal, true, c).bytes, plain);
        k = framework45RuntimeKey(kKeyAVal + QStringLiteral(",IsolateApps"), true, c);
        QVERIFY(!k.bytes);
        QVERIFY2(k.error.contains(QLatin1String("configuration error")), qPrintable(k.error));
        k = framework45RuntimeKey(QStringLiteral("AutoGenerate,IsolateApps"), true, c);
        QVERIFY2(!k.bytes && k.error.contains(QLatin1String("s_autogenKeys")), qPrintable(k.error));
    }

    void isolatedRoundTrip_data()
    {
        QTest::addColumn<QString>("modifier");
        QTest::addColumn<int>("protection");
        QTest::addColumn<int>("validation");
        QTest::addColumn<int>("decryption");
        const QList<TokenProtection> legacy{TokenProtection::LegacyMac, TokenProtection::LegacyEncrypted};
        for (const QString &m :
             {QStringLiteral(",IsolateApps"), QStringLiteral(",IsolateApps,IsolateByAppId"),
              QStringLiteral(",IsolateByAppId")}) {
            for (auto p : legacy) {
                QTest::addRow("hex%s/%s/SHA1/AES", qPrintable(m), qPrintable(protectionName(p)))
                    << m << int(p) << int(ValidationAlgorithm::SHA1) << int(DecryptionAlgorithm::AES256);
                QTest::addRow("hex%s/%s/HMACSHA512/3DES", qPrintable(m), qPrintable(protectionName(p)))
                    << m << int(p) << int(ValidationAlgorithm::HMACSHA512)
                    << int(DecryptionAlgorithm::TripleDES);
            }
        }
        // AutoGenerate from a pasted s_autogenKeys blob, every mode.
        for (auto p :
             {TokenProtection::LegacyMac, TokenProtection::LegacyEncrypted, TokenProtection::Framework45}) {
            for (auto v : {ValidationAlgorithm::HMACSHA256, ValidationAlgorithm::HMACSHA384}) {
                QTest::addRow("AutoGenerate,IsolateApps/%s/%s", qPrintable(protectionName(p)),
                              qPrintable(validationName(v)))
                    << QStringLiteral("auto,IsolateApps") << int(p) << int(v)
                    << int(p == TokenProtection::Framework45 ? DecryptionAlgorithm::AES256
                                                             : DecryptionAlgorithm::AES192);
            }
            QTest::addRow("AutoGenerate,IsolateByAppId/%s/SHA1/DES", qPrintable(protectionName(p)))
                << QStringLiteral("auto,IsolateByAppId") << int(p) << int(ValidationAlgorithm::SHA1)
                << int(p == TokenProtection::Framework45 ? DecryptionAlgorithm::AES256
                                                         : DecryptionAlgorithm::DES);
        }
    }
    void isolatedRoundTrip()
    {
        QFETCH(QString, modifier);
        QFETCH(int, protection);
        QFETCH(int, validation);
        QFETCH(int, decryption);
        QString error;
        const auto gen =
            generateMachineKey(ValidationAlgorithm(validation), DecryptionAlgorithm(decryption), &error);
        QVERIFY(gen);
        TokenContext c;
        c.url = QStringLiteral("/app/sub/page.aspx");
        c.appPath = QStringLiteral("/app");
        c.appId = QStringLiteral("/LM/W3SVC/2/ROOT/app");
        c.generator = 0x1234ABCD;
        QString vkey = gen->validationKey + modifier;
        QString dkey = gen->decryptionKey + modifier;
        if (modifier.startsWith(QLatin1String("auto"))) {
            vkey = dkey = QStringLiteral("AutoGenerate") + modifier.mid(4);
            c.autogenKeys =
                QByteArray::fromHex((gen->validationKey + gen->validationKey).toLatin1()).left(1024);
        }
        const ProtectOptions o{vkey, dkey, ValidationAlgorithm(validation), DecryptionAlgorithm(decryption),
                               TokenProtection(protection)};
        const QByteArray clear = QByteArray::fromBase64("/wEPDwUJODc0MjgwMjkwZGQ=");
        const auto token = protectToken(TokenKind::ViewState, clear, o, c, &error);
        QVERIFY2(token, qPrintable(error));
        const MachineKeyCandidate cand{QStringLiteral("k"), vkey,         dkey,
                                       std::nullopt,        std::nullopt, std::nullopt};
        TokenVerifyResult r = verifyToken(TokenKind::ViewState, *token, cand, c);
        QCOMPARE(int(r.status), int(TokenStatus::Valid));
        QCOMPARE(int(r.protection), protection);
        QCOMPARE(r.clear, clear);
        QVERIFY2(r.keyDerivation.contains(QLatin1String("Isolate")), qPrintable(r.keyDerivation));

        // Another application: other keys, and the cause says why.
        TokenContext other = c;
        if (modifier.contains(QLatin1String("IsolateApps"))) {
            other.appPath = QStringLiteral("/other");
            other.url = QStringLiteral("/other/sub/page.aspx"); // same Framework45 purposes as before
        } else {
            other.appId = QStringLiteral("/LM/W3SVC/3/ROOT/app");
        }
        r = verifyToken(TokenKind::ViewState, *token, cand, other);
        QCOMPARE(int(r.status), int(TokenStatus::Invalid));
        QVERIFY2(r.cause.contains(QLatin1String("IsolateApps")), qPrintable(r.cause));
        // The same hex without the modifier is not the key that made it.
        if (!modifier.startsWith(QLatin1String("auto"))) {
            const MachineKeyCandidate bare{
                QStringLiteral("bare"), gen->validationKey, gen->decryptionKey, {}, {}, {}};
            QCOMPARE(int(verifyToken(TokenKind::ViewState, *token, bare, c).status),
                     int(TokenStatus::Invalid));
        }
    }

    void framework45RejectsIsolatedHex()
    {
        TokenContext c;
        c.url = QStringLiteral("http://10.1.1.43/default2.aspx");
        MachineKeyCandidate k = keyB();
        k.validationKey += QStringLiteral(",IsolateApps");
        k.compatibility = KeyCompatibility::Framework45;
        const QString token = QStringLiteral(
            "3RP87RgckNbfc7fNdaHzH9YLqbIhzpA64gFfWB49lhzHpuHFAAO7C7Dl2zh0dWUqobBb4hwiZJ1a2bhP77aQiwqvVqg=");
        const TokenVerifyResult r = verifyToken(TokenKind::ViewState, token, k, c);
        QCOMPARE(int(r.status), int(TokenStatus::Invalid));
        QVERIFY2(r.cause.contains(QLatin1String("configuration error")), qPrintable(r.cause));
        QString error;
        const ProtectOptions o{k.validationKey, kKeyBDec, ValidationAlgorithm::SHA1,
                               DecryptionAlgorithm::AES256, TokenProtection::Framework45};
        QVERIFY(!protectToken(TokenKind::ViewState, "x", o, c, &error));
        QVERIFY2(error.contains(QLatin1String("configuration error")), qPrintable(error));
        // AutoGenerate without the blob cannot be checked in any mode.
        k.validationKey = k.decryptionKey = QStringLiteral("AutoGenerate,IsolateApps");
        k.compatibility.reset();
        const TokenVerifyResult a = verifyToken(TokenKind::ViewState, token, k, c);
        QCOMPARE(int(a.status), int(TokenStatus::Invalid));
        QVERIFY2(a.cause.contains(QLatin1String("s_autogenKeys")), qPrintable(a.cause));
    }

    // d= tokens captured from an ASP.NET application with key set B (SHA1, AES), published as test data in
    // blacklanternsecurity/badsecrets tests/aspnet_resource_test.py.
    void resourceVectors_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("protection");
        QTest::addColumn<int>("handler");
        QTest::addColumn<QString>("text");
        QTest::newRow("WebResource legacy")
            << "csxgANq6A8wDXhKZYWeOxTn12X5UGyMiDbr-_rZsj1_Cg6UVSJFYesWU78zHhAVtCyLGHu3-2T_yBK-Qpp1SMtNG6Iw1"
            << int(TokenProtection::LegacyEncrypted) << int(ResourceHandler::WebResource) << "s|WebForms.js";
        QTest::newRow("ScriptResource legacy")
            << "nD02RwClrfMB2f5tq4Vr7s4jWsUP9oh0sBqLUY3-AcYIO0PkURwv_brBCwRyzTRI_HbSO_AiWCioQV07FB-"
               "uWGbCZtMGqK3-"
               "nmcwpAdCeEw_dWIfTcNwh1GtOGdOP0_oY8YHTtfHpoX_brEcgohMt7btG1vXEjqR6bFWo6hLf5TTHDna0"
            << int(TokenProtection::LegacyEncrypted) << int(ResourceHandler::ScriptResource)
            << "ZSystem.Web.Extensions,4.0.0.0,,31bf3856ad364e35|MicrosoftAjax.debug.js|";
        QTest::newRow("WebResource Framework45")
            << "pynGkmcFUV13He1Qd6_TZD7cNfcANy9mBt65tolX3YDVIrXxWds2-a5ETFEwSmjGQoJw2A2"
            << int(TokenProtection::Framework45) << int(ResourceHandler::WebResource) << "s|WebForms.js";
        QTest::newRow("ScriptResource Framework45")
            << "NJmAwtEo3Ipnlaxl6CMhvk5STlL2tDTDCG0e3oilid6ymxLvreNy45XCPnvXrp1sgG9OErpDERufQ_"
               "h5SXHO9Yqm3OlsG39tFrk2"
               "Mrl2rmXqAGfxWzeWnl81_ZGZKKlD6FHMYMND0ZJ4CM_LQmUmqPmDAQI1"
            << int(TokenProtection::Framework45) << int(ResourceHandler::ScriptResource)
            << "ZSystem.Web.Extensions,4.0.0.0,,31bf3856ad364e35|MicrosoftAjax.js|";
    }
    void resourceVectors()
    {
        QFETCH(QString, token);
        QFETCH(int, protection);
        QFETCH(int, handler);
        QFETCH(QString, text);
        QCOMPARE(int(detectTokenKind(token)), int(TokenKind::Resource));
        const TokenVerifyResult r = verifyToken(TokenKind::Resource, token, keyB(), {});
        QVERIFY2(r.status == TokenStatus::Valid, qPrintable(r.cause));
        QCOMPARE(int(r.protection), protection);
        QCOMPARE(int(*r.validation), int(ValidationAlgorithm::SHA1));
        QCOMPARE(int(*r.resourceHandler), handler);
        QCOMPARE(r.structure, text);
        // IVType.Hash (legacy, SHA-1 chain) and the predictable IV (Framework45) make d= deterministic: our
        // protectToken gives the very same token.
        ProtectOptions o{kKeyBVal, kKeyBDec, ValidationAlgorithm::SHA1, DecryptionAlgorithm::AES256,
                         TokenProtection(protection)};
        o.resource = ResourceHandler(handler);
        QString error;
        QCOMPARE(protectToken(TokenKind::Resource, text.toUtf8(), o, {}, &error),
                 std::optional<QString>(token));
        QCOMPARE(int(verifyToken(TokenKind::Resource, token, keyA(), {}).status), int(TokenStatus::Invalid));
        // The same value inside a pasted URL or HTML attribute.
        const QString url = QStringLiteral("<script src=\"/%1?d=%2&amp;t=638470699943647751\">")
                                .arg(resourceHandlerName(ResourceHandler(handler)), token);
        QCOMPARE(int(detectTokenKind(url)), int(TokenKind::Resource));
        QCOMPARE(verifyToken(TokenKind::Resource, url, keyB(), {}).clear, r.clear);
    }

    void resourceRoundTrip_data()
    {
        QTest::addColumn<int>("validation");
        QTest::addColumn<int>("decryption");
        QTest::addColumn<int>("protection");
        QTest::addColumn<int>("handler");
        for (auto v : {ValidationAlgorithm::MD5, ValidationAlgorithm::SHA1, ValidationAlgorithm::HMACSHA256,
                       ValidationAlgorithm::HMACSHA384, ValidationAlgorithm::HMACSHA512}) {
            for (auto d :
                 {DecryptionAlgorithm::DES, DecryptionAlgorithm::TripleDES, DecryptionAlgorithm::AES128,
                  DecryptionAlgorithm::AES192, DecryptionAlgorithm::AES256}) {
                for (auto p : {TokenProtection::LegacyEncrypted, TokenProtection::Framework45}) {
                    if (p == TokenProtection::Framework45 && v == ValidationAlgorithm::MD5) {
                        continue;
                    }
                    for (auto h : {ResourceHandler::WebResource, ResourceHandler::ScriptResource}) {
                        QTest::addRow("%s/%s-%d/%s/%s", qPrintable(validationName(v)),
                                      qPrintable(decryptionName(d)), decryptionKeyBytes(d) * 8,
                                      qPrintable(protectionName(p)), qPrintable(resourceHandlerName(h)))
                            << int(v) << int(d) << int(p) << int(h);
                    }
                }
            }
        }
    }
    void resourceRoundTrip()
    {
        QFETCH(int, validation);
        QFETCH(int, decryption);
        QFETCH(int, protection);
        QFETCH(int, handler);
        QString error;
        const auto key =
            generateMachineKey(ValidationAlgorithm(validation), DecryptionAlgorithm(decryption), &error);
        QVERIFY(key);
        ProtectOptions o{key->validationKey, key->decryptionKey, ValidationAlgorithm(validation),
                         DecryptionAlgorithm(decryption), TokenProtection(protection)};
        o.resource = ResourceHandler(handler);
        const QByteArray clear = handler == int(ResourceHandler::WebResource)
                                     ? QByteArray("pFOO|BAR")
                                     : QByteArray("ZSystem.Web.Extensions|MicrosoftAjax.js|");
        const auto token = protectToken(TokenKind::Resource, clear, o, {}, &error);
        QVERIFY2(token, qPrintable(error));
        QCOMPARE(protectToken(TokenKind::Resource, clear, o, {}, &error),
                 token); // IVType.Hash / predictable IV
        const MachineKeyCandidate cand{
            QStringLiteral("k"), key->validationKey, key->decryptionKey, {}, {}, {}};
        TokenVerifyResult r = verifyToken(TokenKind::Resource, *token, cand, {});
        QCOMPARE(int(r.status), int(TokenStatus::Valid));
        QCOMPARE(int(r.protection), protection);
        QCOMPARE(int(*r.validation), validation);
        QCOMPARE(r.clear, clear);
        QCOMPARE(r.structure, QString::fromLatin1(clear));
        QCOMPARE(int(*r.resourceHandler), handler);

        // Negatives: one bit flipped, truncated, the other key, the ViewState purpose is not a resource's.
        QByteArray bytes = *decodeTokenText(TokenKind::Resource, *token);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x10);
        QCOMPARE(int(verifyToken(TokenKind::Resource, urlTokenEncode(bytes), cand, {}).status),
                 int(TokenStatus::Invalid));
        bytes = decodeTokenText(TokenKind::Resource, *token)->chopped(1);
        QVERIFY(verifyToken(TokenKind::Resource, urlTokenEncode(bytes), cand, {}).status !=
                TokenStatus::Valid);
        QCOMPARE(int(verifyToken(TokenKind::Resource, *token, keyA(), {}).status), int(TokenStatus::Invalid));
        QVERIFY(
            verifyToken(TokenKind::ViewState, *token, cand, context(QStringLiteral("/a.aspx"), 0)).status !=
            TokenStatus::Valid);
        o.protection = TokenProtection::LegacyMac;
        QVERIFY(!protectToken(TokenKind::Resource, clear, o, {}, &error));
    }

    void resourceText()
    {
        QCOMPARE(urlTokenEncode(QByteArray("\xfb\xff", 2)), QStringLiteral("-_81"));
        QCOMPARE(urlTokenEncode(QByteArray("abc")), QStringLiteral("YWJj0"));
        QCOMPARE(*decodeTokenText(TokenKind::Resource, QStringLiteral("-_81")), QByteArray("\xfb\xff", 2));
        QCOMPARE(*decodeTokenText(TokenKind::Resource, QStringLiteral("/ScriptResource.axd?t=1&d=YWJj0")),
                 QByteArray("abc"));
        QVERIFY(!decodeTokenText(TokenKind::Resource, QStringLiteral("YWJj")));  // no padding count
        QVERIFY(!decodeTokenText(TokenKind::Resource, QStringLiteral("YWJ0")));  // count does not fit
        QVERIFY(!decodeTokenText(TokenKind::Resource, QStringLiteral("YW+j0"))); // '+' is not UrlToken text
        QCOMPARE(int(detectTokenKind(QStringLiteral("/wEPDwUJODc0MjgwMjkwZGQ="))), int(TokenKind::ViewState));
        QCOMPARE(int(detectTokenKind(QStringLiteral("0A1B2C3D"))), int(TokenKind::FormsTicket));
        QCOMPARE(int(detectTokenKind(QStringLiteral("YWJj0"))), int(TokenKind::Resource));
        QCOMPARE(int(detectTokenKind(QStringLiteral("WebResource.axd?d=x"))), int(TokenKind::Resource));
        const auto bad = verifyToken(TokenKind::Resource, QStringLiteral("not a token!"), keyB(), {});
        QCOMPARE(int(bad.status), int(TokenStatus::Malformed));
    }

    void malformed()
    {
        const auto c = context(QStringLiteral("/default.aspx"), 0xEDD8C9AE);
        QCOMPARE(int(verifyToken(TokenKind::ViewState, QStringLiteral("not base64 !!"), keyA(), c).status),
                 int(TokenStatus::Malformed));
        QCOMPARE(int(verifyToken(TokenKind::ViewState, QStringLiteral("/wEPDw=="), keyA(), c).status),
                 int(TokenStatus::Malformed));
        QCOMPARE(int(verifyToken(TokenKind::FormsTicket, QStringLiteral("XYZ1"), keyA(), c).status),
                 int(TokenStatus::Malformed));
        QCOMPARE(int(verifyToken(TokenKind::ViewState,
                                 QStringLiteral(
                                     "/wEPDwUJODExMDE5NzY5ZGScGv/wvQQvxzX/syyICaMJbvdEU3+6rpkkQNkouaLjoQ=="),
                                 keyA(), context({}, std::nullopt))
                         .status),
                 int(TokenStatus::Invalid)); // legacy without generator: cannot validate
        QVERIFY(!parseFormsTicket(QByteArray("\x01\x02garbage")).has_value());
        FormsTicket far; // a date outside DateTime's range is written as DateTime.MinValue, never overflowing
        far.issueDate = QDateTime(QDate(30000, 1, 1), QTime(0, 0), Qt::UTC);
        const auto parsed = parseFormsTicket(serializeFormsTicket(far));
        QVERIFY(parsed);
        QCOMPARE(parsed->issueDate, QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC));
    }

    /// tokencheck: tokens picked out of a Cookie header, a Set-Cookie line and bare text.
    void extractFromCookies()
    {
        auto t = extractToken(QStringLiteral("Cookie: ASP.NET_SessionId=abc; .ASPXAUTH=0A1B2C; theme=dark"));
        QVERIFY(t);
        QCOMPARE(t->kind, TokenKind::FormsTicket);
        QCOMPARE(t->token, QStringLiteral("0A1B2C"));
        QCOMPARE(t->source, QStringLiteral("Cookie header"));
        t = extractToken(QStringLiteral("Set-Cookie: .ASPXAUTH=FFEE; path=/; HttpOnly"));
        QVERIFY(t);
        QCOMPARE(t->token, QStringLiteral("FFEE"));
        t = extractToken(QStringLiteral("Cookie: a=1; b=2"));
        QVERIFY(!t);
        t = extractToken(QStringLiteral("Cookie: auth=99"), std::nullopt, QStringLiteral("auth"));
        QVERIFY(t && t->token == QStringLiteral("99"));
        t = extractToken(QStringLiteral("  /wEPDwUJODc0MjgwMjkwZGQ=\n"));
        QVERIFY(t && t->kind == TokenKind::ViewState && t->source == QStringLiteral("token"));
        QVERIFY(!extractToken(QStringLiteral("   ")));
    }

    /// A plain key list keeps keys and skips headers, comments and Microsoft's hash lines.
    void keyListSkipsHashes()
    {
        int hashes = -1;
        const auto c = candidatesFromKeyList(
            "validationKey, decryptionKey\n# comment\n\n"
            "17f20fa58c12c81798126b8864ec2f0df13e44be1bbfac68f6c6429dddc8098d, "
            "1f52a7457638177225d058807d3d6a8bc338ef2530269361ef8a6255a36c115e\n"
            "0074D9E5776602E629B362073918A43AD0D631800111D0453DB3416D3827C95B,245EDC5AAF1F32D0,SHA1,AES\n"
            "AutoGenerate,IsolateApps\n",
            QStringLiteral("k.txt"), &hashes);
        QCOMPARE(hashes, 1);
        QCOMPARE(c.size(), 1);
        QCOMPARE(c[0].label, QStringLiteral("k.txt:5"));
        QCOMPARE(c[0].validation, ValidationAlgorithm::SHA1);
        QCOMPARE(c[0].decryption, DecryptionAlgorithm::AES256);
    }
};

QTEST_GUILESS_MAIN(TestTokenVerify)
#include "tst_tokenverify.moc"
