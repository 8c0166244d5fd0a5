// SPDX-License-Identifier: GPL-3.0-or-later
// The protocol parser and the store's StateRuntime semantics (stateproto only; session ids and the
// session data codec are in tests/unit/aspnet/tst_sessiondata.cpp, persistence in tests/unit/server/).
#include "stateproto/sessionstore.h"
#include "stateproto/stateprotocol.h"
#include "stateproto/stateruntime.h"

#include <QTest>

using namespace sd;

class TestSessionCore : public QObject
{
    Q_OBJECT

private slots:
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
        put.timeout = std::string("x"); // a std::string: GCC 12 -Wrestrict false positive (PR 105329) on "x"
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
        // issue 11 point 3: the old 400 was wrong; StateWorkerRequest serves another value as a plain GET.
        get.exclusive = proto::Exclusive::Invalid;
        QCOMPARE(processRequest(s, get).status, 200);
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
        // aspStateSessionId/aspStateAppHash (server/sessionpersist.h): tests/unit/server/tst_persist.cpp
        // aspStateIds
    }
};

QTEST_GUILESS_MAIN(TestSessionCore)
#include "tst_sessioncore.moc"
