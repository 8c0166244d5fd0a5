// SPDX-License-Identifier: GPL-3.0-or-later
// Session ids, the session data codec, the protocol parser and the store's StateRuntime semantics.
#include "aspnet/sessiondata.h"
#include "aspnet/sessionid.h"
#include "server/sessionpersist.h"
#include "stateproto/sessionstore.h"
#include "stateproto/stateprotocol.h"
#include "stateproto/stateruntime.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sd;

namespace {
QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h).replace(' ', "").replace('|', ""));
}
} // namespace

class TestSessionCore : public QObject
{
    Q_OBJECT

private slots:
    // ------------------------------------------------------------------ ids (§2)
    void sessionIdEncoding()
    {
        QByteArray bytes;
        for (int i = 1; i <= 15; ++i)
            bytes += char(i);
        // Worked out by hand from SessionId.Encode's packing (not RFC 4648).
        QCOMPARE(encodeSessionId(bytes), QStringLiteral("bqagacuagybqqeiblad0ah2b"));
        QCOMPARE(encodeSessionId(QByteArray(15, char(0xff))), QString(24, u'5'));
        QCOMPARE(encodeSessionId(QByteArray(15, '\0')), QString(24, u'a'));
        QCOMPARE(*decodeSessionIdBytes(QStringLiteral("bqagacuagybqqeiblad0ah2b")), bytes);
        QVERIFY(encodeSessionId(QByteArray(14, 'x')).isEmpty());
    }

    void sessionIdRandomRoundTrip()
    {
        for (int i = 0; i < 2000; ++i) {
            const auto id = createSessionId();
            QVERIFY(id);
            QVERIFY(isLegitSessionId(*id));
            QCOMPARE(encodeSessionId(*decodeSessionIdBytes(*id)), *id);
        }
    }

    void sessionIdValidation()
    {
        QVERIFY(!isLegitSessionId(QStringLiteral("bqagacuagybqqeiblad0ah2")));   // 23
        QVERIFY(!isLegitSessionId(QStringLiteral("bqagacuagybqqeiblad0ah2b9"))); // 25
        QVERIFY(!isLegitSessionId(QStringLiteral("bqagacuagybqqeiblad0ah26")));  // '6' not in alphabet
        QVERIFY(!isLegitSessionId(QStringLiteral("BQAGACUAGYBQQEIBLAD0AH2B")));  // upper case
        QString error;
        QCOMPARE(*normalizeSessionId(QStringLiteral("BQAGACUAGYBQQEIBLAD0AH2B")),
                 QStringLiteral("bqagacuagybqqeiblad0ah2b"));
        QVERIFY(!normalizeSessionId(QString(81, u'a'), &error));
        QVERIFY(error.contains(QStringLiteral("80")));
        QVERIFY(!normalizeSessionId(QStringLiteral("bqagacuagybqqeiblad0ah2!"), &error));
        QVERIFY(error.contains(QStringLiteral("24")));
    }

    // ------------------------------------------------------------------ codec (§3)
    void workedExample()
    {
        // §3.2: {"a": (int)5}, timeout 20.
        const QByteArray bytes = hex("14000000 01 00 | 01000000 FFFFFFFF 01 61 05000000 | 02 05000000 | FF");
        DecodeError e;
        const auto d = decodeSessionState(bytes, {}, &e);
        QVERIFY2(d, qPrintable(e.toString()));
        QCOMPARE(d->timeout, 20);
        QCOMPARE(d->items.size(), 1);
        QCOMPARE(d->items[0].key, QStringLiteral("a"));
        const auto v = decodeAltValue(d->items[0].raw);
        QCOMPARE(v->typeId, quint8(2));
        QCOMPARE(v->value.toLongLong(), 5);
        QCOMPARE(encodeSessionState(*d), bytes);
        // §3.1: empty session, timeout 20.
        const QByteArray empty = hex("14 00 00 00 00 00 FF");
        QVERIFY(decodeSessionState(empty));
        QCOMPARE(encodeSessionState(*decodeSessionState(empty)), empty);
        SessionStateData fresh;
        QCOMPARE(encodeSessionState(fresh), empty);
    }

    void allTypeIds_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("display");
        QTest::newRow("String") << 1 << QStringLiteral("héllo") << QStringLiteral("\"héllo\"");
        QTest::newRow("Int32") << 2 << QStringLiteral("-42") << QStringLiteral("-42");
        QTest::newRow("Boolean") << 3 << QStringLiteral("true") << QStringLiteral("True");
        QTest::newRow("DateTime") << 4 << QStringLiteral("2024-05-01T10:00:00")
                                  << QStringLiteral("2024-05-01 10:00:00");
        QTest::newRow("Decimal") << 5 << QStringLiteral("-12.50") << QStringLiteral("-12.50");
        QTest::newRow("Byte") << 6 << QStringLiteral("255") << QStringLiteral("255");
        QTest::newRow("Char") << 7 << QStringLiteral("€") << QStringLiteral("'€'");
        QTest::newRow("Single") << 8 << QStringLiteral("1.5") << QStringLiteral("1.5");
        QTest::newRow("Double") << 9 << QStringLiteral("0.1") << QStringLiteral("0.10000000000000001");
        QTest::newRow("SByte") << 10 << QStringLiteral("-128") << QStringLiteral("-128");
        QTest::newRow("Int16") << 11 << QStringLiteral("-32768") << QStringLiteral("-32768");
        QTest::newRow("Int64") << 12 << QStringLiteral("-9223372036854775807")
                               << QStringLiteral("-9223372036854775807");
        QTest::newRow("UInt16") << 13 << QStringLiteral("65535") << QStringLiteral("65535");
        QTest::newRow("UInt32") << 14 << QStringLiteral("4294967295") << QStringLiteral("4294967295");
        QTest::newRow("UInt64") << 15 << QStringLiteral("18446744073709551615")
                                << QStringLiteral("18446744073709551615");
        QTest::newRow("TimeSpan") << 16 << QStringLiteral("864000000000") << QStringLiteral("1.00:00:00");
        QTest::newRow("Guid") << 17 << QStringLiteral("00112233-4455-6677-8899-aabbccddeeff")
                              << QStringLiteral("00112233-4455-6677-8899-aabbccddeeff");
        QTest::newRow("IntPtr") << 18 << QStringLiteral("-1") << QStringLiteral("-1");
        QTest::newRow("UIntPtr") << 19 << QStringLiteral("7") << QStringLiteral("7");
        QTest::newRow("Null") << 21 << QString() << QStringLiteral("null");
    }

    void allTypeIds()
    {
        QFETCH(int, type);
        QFETCH(QString, input);
        QFETCH(QString, display);
        QString error;
        const auto raw = encodeAltValue(AltType(type), input, &error);
        QVERIFY2(raw, qPrintable(error));
        DecodeError e;
        const auto v = decodeAltValue(*raw, &e);
        QVERIFY2(v, qPrintable(e.toString()));
        QCOMPARE(int(v->typeId), type);
        QCOMPARE(v->display, display);
        // And inside a session, byte-exact.
        SessionStateData d;
        d.setRaw(QStringLiteral("k"), *raw);
        const QByteArray bytes = encodeSessionState(d);
        const auto back = decodeSessionState(bytes);
        QVERIFY(back);
        QCOMPARE(back->items[0].raw, *raw);
        QCOMPARE(encodeSessionState(*back), bytes);
    }

    void fuzzFindings()
    {
        // libFuzzer (scripts/fuzz.sh): DateTime ticks outside MinValue..MaxValue overflowed the display code.
        const auto v = decodeAltValue(hex("04 FFFFFFFFFFFFFF83"));
        QVERIFY(v);
        QVERIFY(v->display.contains(QStringLiteral("outside the DateTime range")));
        QVERIFY(decodeAltValue(hex("04 0000000000000080")));
    }

    void guidByteOrder()
    {
        // Guid.ToByteArray: Data1 (LE32), Data2 (LE16), Data3 (LE16), Data4.
        const auto raw =
            encodeAltValue(AltType::Guid, QStringLiteral("00112233-4455-6677-8899-aabbccddeeff"));
        QCOMPARE(*raw, hex("11 33221100 5544 7766 8899aabbccddeeff"));
    }

    void binaryFormatterStaysOpaque()
    {
        // Header record, BinaryLibrary "MyApp", ClassWithMembersAndTypes "MyApp.Cart", then junk we never
        // parse.
        QByteArray nrbf = hex("00 01000000 FFFFFFFF 01000000 00000000");
        nrbf += hex("0C 02000000") + char(5) + QByteArray("MyApp");
        nrbf += hex("05 01000000") + char(10) + QByteArray("MyApp.Cart") + QByteArray(40, '\x07');
        const QByteArray raw = char(20) + nrbf;
        const auto v = decodeAltValue(raw);
        QVERIFY(v);
        QCOMPARE(v->className, QStringLiteral("MyApp.Cart"));
        QCOMPARE(v->assemblyName, QStringLiteral("MyApp"));
        QCOMPARE(v->size, nrbf.size());
        QString error;
        QVERIFY(!encodeAltValue(AltType::Object, QVariant(), &error));
        // Untouched items are written back byte-exact next to a changed one.
        SessionStateData d;
        d.setRaw(QStringLiteral("cart"), raw);
        d.setRaw(QStringLiteral("n"), *encodeAltValue(AltType::Int32, 1));
        auto back = *decodeSessionState(encodeSessionState(d));
        back.setRaw(QStringLiteral("N"), *encodeAltValue(AltType::Int32, 2)); // case-insensitive key
        QCOMPARE(back.items.size(), 2);
        const auto again = *decodeSessionState(encodeSessionState(back));
        QCOMPARE(again.items[0].raw, raw);
        QCOMPARE(decodeAltValue(again.items[1].raw)->value.toLongLong(), 2);
    }

    void nullKeyAndStaticObjects()
    {
        // Two items, the second with the null key; static objects kept opaque up to the 0xFF.
        QByteArray bytes = hex("1e000000 01 01 | 02000000 01000000 01 78 | 02000000 03000000 | 06 07 15 |");
        bytes += hex("01000000 03 616263 00 06 53797374656d 00") + hex("FF");
        DecodeError e;
        const auto d = decodeSessionState(bytes, {}, &e);
        QVERIFY2(d, qPrintable(e.toString()));
        QCOMPARE(d->timeout, 30);
        QVERIFY(d->items[1].nullKey);
        QVERIFY(d->staticObjects);
        QCOMPARE(encodeSessionState(*d), bytes);
    }

    void compression()
    {
        SessionStateData d;
        d.timeout = 45;
        for (int i = 0; i < 50; ++i)
            d.setRaw(QStringLiteral("key%1").arg(i), *encodeAltValue(AltType::String, QString(100, u'x')));
        d.compressed = true;
        const QByteArray packed = encodeSessionState(d);
        QCOMPARE(quint8(packed.back()), quint8(0xFF));
        QVERIFY(packed.size() < 1000);
        const auto back = decodeSessionState(packed);
        QVERIFY(back);
        QVERIFY(back->compressed);
        QCOMPARE(back->items.size(), 50);
        DecodeOptions no;
        no.compression = DecodeOptions::Compression::No;
        QVERIFY(!decodeSessionState(packed, no));
        DecodeError e;
        QVERIFY(!inflateStoreData(packed, 100, &e));
        QVERIFY(e.message.contains(QStringLiteral("exceeds")));
    }

    void malformedGivesOffsets_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("offset");
        QTest::newRow("empty") << QByteArray() << qsizetype(0);
        QTest::newRow("bad bool") << hex("14000000 02 00 FF") << qsizetype(4);
        QTest::newRow("no end marker") << hex("14000000 00 00") << qsizetype(6);
        QTest::newRow("wrong end marker") << hex("14000000 00 00 FE") << qsizetype(6);
        QTest::newRow("trailing") << hex("14000000 00 00 FF 00") << qsizetype(7);
        QTest::newRow("huge count") << hex("14000000 01 00 FFFFFF7F FF") << qsizetype(6);
        QTest::newRow("bad null index") << hex("14000000 01 00 01000000 05000000 FF") << qsizetype(10);
        QTest::newRow("offsets backwards")
            << hex("14000000 01 00 02000000 FFFFFFFF 0161 0162 05000000 02000000 FF") << qsizetype(22);
        QTest::newRow("values short")
            << hex("14000000 01 00 01000000 FFFFFFFF 0161 09000000 0205 FF") << qsizetype(20);
        QTest::newRow("string past end") << hex("14000000 01 00 01000000 FFFFFFFF 7F 61") << qsizetype(15);
    }

    void malformedGivesOffsets()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, offset);
        DecodeOptions plain;
        plain.compression = DecodeOptions::Compression::No;
        DecodeError e;
        QVERIFY(!decodeSessionState(bytes, plain, &e));
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(e.offset, offset);
    }

    void randomRoundTripsAndGarbage()
    {
        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < 300; ++round) {
            SessionStateData d;
            d.timeout = int(rng->bounded(525600));
            const int n = int(rng->bounded(8));
            for (int i = 0; i < n; ++i) {
                const int type = 1 + int(rng->bounded(21));
                if (type == 20)
                    continue;
                QVariant v = QString::number(rng->bounded(100));
                if (type == 17)
                    v = QUuid::createUuid();
                if (type == 7)
                    v = QStringLiteral("z");
                if (type == 3)
                    v = true;
                const auto raw = encodeAltValue(AltType(type), v);
                QVERIFY2(raw, qPrintable(QString::number(type)));
                d.setRaw(QStringLiteral("k%1").arg(i), *raw);
            }
            d.compressed = rng->bounded(2) == 1;
            const QByteArray bytes = encodeSessionState(d);
            const auto back = decodeSessionState(bytes);
            QVERIFY(back);
            QCOMPARE(encodeSessionState(*back), bytes);
            // Flip bytes: must fail cleanly or decode, never crash.
            QByteArray bad = bytes;
            for (int k = 0; k < 3 && !bad.isEmpty(); ++k)
                bad[int(rng->bounded(int(bad.size())))] = char(rng->bounded(256));
            decodeSessionState(bad);
            decodeSessionState(bad.left(int(rng->bounded(int(bad.size()) + 1))));
        }
    }

    // ------------------------------------------------------------------ protocol parser
    void parserPipelinedAndPartial()
    {
        const std::string wire = "PUT %2fLM%2fW3SVC%2f1%2fROOT(h)%2fid HTTP/1.1\r\nHost: a\r\ntimeout: "
                                 "5\r\nLock-Cookie: 3\r\nContent-Length: 3\r\n\r\nabc"
                                 "GET /w3svc/root/app(x)%2fid2 HTTP/1.1\r\nEXCLUSIVE: Acquire\r\n\r\n";
        proto::RequestParser p;
        for (std::size_t cut = 0; cut < 40; ++cut)
            QCOMPARE(p.parse(std::string_view(wire).substr(0, cut)), proto::RequestParser::Status::NeedMore);
        QCOMPARE(p.parse(wire), proto::RequestParser::Status::Done);
        QCOMPARE(p.request().key, std::string("/LM/W3SVC/1/ROOT(h)/id"));
        QCOMPARE(*p.request().timeout, std::string("5"));
        QCOMPARE(*p.request().lockCookie, std::string("3"));
        QCOMPARE(p.request().body, std::string("abc"));
        const std::size_t used = p.consumed();
        QCOMPARE(p.parse(std::string_view(wire).substr(used)), proto::RequestParser::Status::Done);
        QCOMPARE(p.request().key, std::string("/w3svc/root/app(x)/id2"));
        QCOMPARE(p.request().exclusive, proto::Exclusive::Acquire);
    }

    void parserLimits()
    {
        proto::Limits l;
        l.maxLineBytes = 300;
        l.maxHeaders = 3;
        l.maxBodyBytes = 10;
        proto::RequestParser p(l);
        QCOMPARE(p.parse("GET /" + std::string(400, 'a')), proto::RequestParser::Status::Error);
        QCOMPARE(p.parse("GET /a HTTP/1.1\r\nA: 1\r\nB: 1\r\nC: 1\r\nD: 1\r\n\r\n"),
                 proto::RequestParser::Status::Error);
        QCOMPARE(p.parse("PUT /a HTTP/1.1\r\nContent-Length: 11\r\n\r\n"),
                 proto::RequestParser::Status::Error);
        QCOMPARE(p.parse("PUT /a HTTP/1.1\r\nContent-Length: x\r\n\r\n"),
                 proto::RequestParser::Status::Error);
        QCOMPARE(p.parse("GET /a HTTP/2\r\n\r\n"), proto::RequestParser::Status::Error);
        QCOMPARE(p.parse("GET /a HTTP/1.1\r\nno colon\r\n\r\n"), proto::RequestParser::Status::Error);
        QCOMPARE(p.parse("GET /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"),
                 proto::RequestParser::Status::Error);
    }

    void urlCoding()
    {
        QCOMPARE(proto::urlDecodeKey("%2fa+b%u00e9%zz%2"), std::string("/a b\xc3\xa9%zz%2"));
        QCOMPARE(proto::urlDecodeKey("//x"), std::string("/x"));
        QCOMPARE(proto::urlEncode("/LM/W3SVC/1/ROOT(ab+c=)/id x"),
                 std::string("%2fLM%2fW3SVC%2f1%2fROOT(ab%2bc%3d)%2fid+x"));
        QCOMPARE(*proto::parseInt32(" +12 "), 12);
        QCOMPARE(*proto::parseInt32("-2147483648"), std::numeric_limits<std::int32_t>::min());
        QVERIFY(!proto::parseInt32("2147483648"));
        QVERIFY(!proto::parseInt32("1x"));
        QVERIFY(!proto::parseInt32(""));
    }

    // ------------------------------------------------------------------ store semantics (§1.5)
    void storeStatusPaths()
    {
        SessionStore s;
        qint64 now = 1'700'000'000'000;
        s.setClock([&now] { return now; });
        QCOMPARE(s.getItem("k").status, 404);
        QCOMPARE(s.getItemExclusive("k").status, 404);
        QCOMPARE(s.removeItem("k", std::nullopt).status, 404);
        QCOMPARE(s.resetItemTimeout("k").status, 404);
        QCOMPARE(s.setAndReleaseItemExclusive("k", "data", 525601, std::nullopt, 0).status, 400);
        QCOMPARE(s.setAndReleaseItemExclusive("k", "data", -1, std::nullopt, 0).status, 400);
        QCOMPARE(s.setAndReleaseItemExclusive("k", "data", 20, std::nullopt, 0).status, 200);
        QCOMPARE(s.snapshot("k")->lockCookie, 1); // insert sets 1
        auto g = s.getItem("k");
        QCOMPARE(g.status, 200);
        QCOMPARE(g.content, std::string("data"));
        QCOMPARE(g.timeoutMinutes, 20);
        QVERIFY(!g.lockCookie);
        auto x = s.getItemExclusive("k");
        QCOMPARE(x.status, 200);
        QCOMPARE(*x.lockCookie, 2); // first acquire yields 2
        now += 5500;
        auto locked = s.getItem("k");
        QCOMPARE(locked.status, 423);
        QCOMPARE(*locked.lockCookie, 2);
        QCOMPARE(locked.lockAgeSeconds, 5);
        QVERIFY(locked.content.empty());
        QCOMPARE(locked.lockDateLocalTicks, unixMsToLocalTicks(now - 5500));
        QCOMPARE(s.getItemExclusive("k").status, 423);
        QCOMPARE(s.setAndReleaseItemExclusive("k", "new", 20, 7, 0).status, 423);            // wrong cookie
        QCOMPARE(s.setAndReleaseItemExclusive("k", "new", 20, std::nullopt, 0).status, 423); // no cookie
        QCOMPARE(s.removeItem("k", 9).status, 423);
        QCOMPARE(s.releaseItemExclusive("k", 9).status, 423);
        QCOMPARE(s.releaseItemExclusive("k", 2).status, 200);
        QCOMPARE(s.releaseItemExclusive("k", 2).status, 200); // not locked: 200
        QCOMPARE(*s.getItemExclusive("k").lockCookie, 3);
        QCOMPARE(s.setAndReleaseItemExclusive("k", "v2", 20, 3, 0).status, 200);
        QVERIFY(!s.snapshot("k")->locked);
        QCOMPARE(s.getItem("k").content, std::string("v2"));
        QCOMPARE(s.counters().lockContention.load(), 6);
        QCOMPARE(s.removeItem("k", std::nullopt).status, 200); // unlocked: any cookie
        QCOMPARE(s.counters().sessionsAbandoned.load(), 1);
        QCOMPARE(s.counters().sessionsActive.load(), 0);
        QCOMPARE(s.counters().sessionsTotal.load(), 1);
    }

    void uninitializedFlagReportedOnce()
    {
        SessionStore s;
        QCOMPARE(s.createUninitializedItem("u", std::string("\x14\0\0\0\0\0\xff", 7), 20).status, 200);
        // A second CreateUninitializedItem never overwrites.
        QCOMPARE(s.createUninitializedItem("u", "other", 20).status, 200);
        QCOMPARE(s.snapshot("u")->content.size(), std::size_t(7));
        auto first = s.getItemExclusive("u");
        QVERIFY(first.initializeItem);
        QCOMPARE(*first.lockCookie, 2);
        QCOMPARE(s.releaseItemExclusive("u", 2).status, 200);
        QVERIFY(!s.getItem("u").initializeItem);
        // Through the runtime: ActionFlags: 1 on the first GET only.
        s.createUninitializedItem("w", "x", 20);
        proto::Request r;
        r.verb = proto::Verb::Get;
        r.key = "w";
        QCOMPARE(processRequest(s, r).actionFlags.value_or(0), 1);
        QVERIFY(!processRequest(s, r).actionFlags);
    }

    void timeoutChangeAndSlidingExpiry()
    {
        SessionStore s;
        qint64 now = 1'000'000;
        s.setClock([&now] { return now; });
        std::vector<std::pair<std::string, EndReason>> ended;
        int started = 0;
        s.setSessionStartHandler([&started](const std::string &) { ++started; });
        s.setSessionEndHandler([&ended](const std::string &k, EndReason r) { ended.emplace_back(k, r); });
        s.setAndReleaseItemExclusive("a", "1", 1, std::nullopt, 0);
        s.setAndReleaseItemExclusive("b", "2", 2, std::nullopt, 0);
        QCOMPARE(started, 2);
        now += 50'000;
        QCOMPARE(s.resetItemTimeout("a").status, 200); // slides a to now + 60 s
        now += 50'000;
        QCOMPARE(s.expire(now), std::size_t(0));
        now += 11'000;
        QCOMPARE(s.expire(now), std::size_t(1));
        QCOMPARE(ended.size(), std::size_t(1));
        QCOMPARE(ended[0].first, std::string("a"));
        QCOMPARE(ended[0].second, EndReason::TimedOut);
        QCOMPARE(s.counters().sessionsTimedOut.load(), 1);
        // Timeout change on PUT: the new entry takes the request's cookie (StateRuntime.FinishPut).
        QCOMPARE(*s.getItemExclusive("b").lockCookie, 2);
        QCOMPARE(s.setAndReleaseItemExclusive("b", "3", 30, 2, 0).status, 200);
        QCOMPARE(s.snapshot("b")->timeoutMinutes, 30);
        QCOMPARE(s.snapshot("b")->lockCookie, 2);
        QCOMPARE(s.getItem("b").timeoutMinutes, 30);
        now += 29 * 60'000;
        QCOMPARE(s.expire(now), std::size_t(0));
        now += 60'001;
        QCOMPARE(s.expire(now), std::size_t(1));
        QCOMPARE(s.counters().sessionsActive.load(), 0);
    }

    void expiryRemovesOnlyDueSessions()
    {
        SessionStore s;
        qint64 now = 0;
        s.setClock([&now] { return now; });
        for (int i = 0; i < 20000; ++i)
            s.setAndReleaseItemExclusive(std::string("k").append(std::to_string(i)), "x", 1 + (i % 100),
                                         std::nullopt, 0);
        now = 60'000; // only the 1-minute ones
        QCOMPARE(s.expire(now), std::size_t(200));
        QCOMPARE(s.size(), std::size_t(19800));
        QCOMPARE(s.counters().payloadBytes.load(), 19800);
        QVERIFY(s.counters().overheadBytes.load() > 19800 * 64);
    }

    void runtimeHeaders()
    {
        SessionStore s;
        proto::Request put;
        put.verb = proto::Verb::Put;
        put.key = "k";
        put.body = "abc";
        put.timeout = "x";
        QCOMPARE(processRequest(s, put).body, proto::invalidHeaderBody("Http_Timeout"));
        put.timeout = "525601";
        QCOMPARE(processRequest(s, put).status, 400);
        put.timeout.reset(); // default 20
        put.extraFlags = "junk";
        QCOMPARE(processRequest(s, put).status, 400);
        put.extraFlags.reset();
        QCOMPARE(processRequest(s, put).status, 200);
        proto::Request get;
        get.verb = proto::Verb::Get;
        get.key = "k";
        const auto r = processRequest(s, get);
        QCOMPARE(*r.timeout, 20);
        QCOMPARE(r.body, std::string("abc"));
        get.exclusive = proto::Exclusive::Release; // LockCookie required
        QCOMPARE(processRequest(s, get).body, proto::invalidHeaderBody("Http_LockCookie"));
        get.exclusive = proto::Exclusive::Invalid;
        QCOMPARE(processRequest(s, get).status, 400);
        proto::Request other;
        other.verb = proto::Verb::Other;
        QCOMPARE(processRequest(s, other).status, 400);
        std::string wire;
        proto::Response locked;
        locked.status = 423;
        locked.lockCookie = 4;
        locked.lockAge = 3;
        locked.lockDate = 638000000000000000;
        proto::appendResponse(wire, locked);
        QCOMPARE(wire, std::string("HTTP/1.1 423 Locked\r\nContent-Length: 0\r\nX-AspNet-Version: "
                                   "4.0.30319\r\nCache-Control: private\r\n"
                                   "LockCookie: 4\r\nLockAge: 3\r\nLockDate: 638000000000000000\r\n\r\n"));
    }

    void ticks()
    {
        QCOMPARE(unixMsToTicks(0), Q_INT64_C(621355968000000000));
        QCOMPARE(aspStateSessionId("abc", -1), std::string("abcffffffff"));
        QCOMPARE(aspStateSessionId("abc", 255), std::string("abc000000ff"));
        QCOMPARE(aspStateAppHash("/W3SVC/1/ROOT"), aspStateAppHash("/w3svc/1/root"));
    }
};

QTEST_GUILESS_MAIN(TestSessionCore)
#include "tst_sessioncore.moc"
