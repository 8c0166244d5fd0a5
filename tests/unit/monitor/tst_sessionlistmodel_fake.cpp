// SPDX-License-Identifier: GPL-3.0-or-later
// SessionListModel over a fake AdminService that serves pages from an in-memory list: paging, the cap,
// refresh in place and its refusal, the generation counter dropping stale replies, removeSession() and
// error propagation, all under QAbstractItemModelTester. (tests/integration/tst_monitor.cpp runs the same
// model against a real sessionstated.)

#include "client/adminservice.h"
#include "monitor/sessionlistmodel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace sd;

namespace {

/// Serves GET /v1/sessions from `rows` (cursor = index of the next row). Replies are queued and sent by
/// deliver() (or at once on the next event loop turn when `autoDeliver`), so a test can hold them back.
class FakeAdminService : public AdminService
{
public:
    QList<admin::SessionRow> rows;
    QList<admin::SessionQuery> queries; ///< every sessions() call, in order
    QString failWith;                   ///< when set, the next sessions() answers this error (HTTP 500)
    bool autoDeliver = true;

    void stats(QObject *context, Callback done) override { answer(context, std::move(done), {}); }
    void sessions(const admin::SessionQuery &query, QObject *context, Callback done) override
    {
        queries.append(query);
        AdminResult r;
        if (!failWith.isEmpty()) {
            r.httpStatus = 500;
            r.error = failWith;
            failWith.clear();
        } else {
            r.httpStatus = 200;
            r.json = page(query).toJson();
        }
        answer(context, std::move(done), r);
    }
    void session(const QString &, const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done), {});
    }
    void abandon(const QString &, const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done), {});
    }
    void touch(const QString &, const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done), {});
    }

    /// Sends the held replies, oldest first; returns how many.
    int deliver()
    {
        const auto held = std::exchange(m_held, {});
        for (const auto &send : held) {
            send();
        }
        return int(held.size());
    }
    int held() const { return int(m_held.size()); }

private:
    admin::SessionPage page(const admin::SessionQuery &q) const
    {
        admin::SessionPage p;
        const int from = q.cursor.isEmpty() ? 0 : q.cursor.toInt();
        const int to = std::min(int(rows.size()), from + q.limit);
        for (int i = from; i < to; ++i) {
            p.rows.append(rows[i]);
        }
        p.nextCursor = to < rows.size() ? QString::number(to) : QString();
        p.total = rows.size();
        return p;
    }

    void answer(QObject *context, Callback done, const AdminResult &r)
    {
        QPointer<QObject> guard(context);
        auto send = [guard, done = std::move(done), r] {
            if (guard) {
                done(r);
            }
        };
        if (autoDeliver) {
            QMetaObject::invokeMethod(this, send, Qt::QueuedConnection);
        } else {
            m_held.append(send);
        }
    }

    QList<std::function<void()>> m_held;
};

QList<admin::SessionRow> makeRows(int n, const QString &app = QStringLiteral("/app0"))
{
    QList<admin::SessionRow> rows;
    for (int i = 0; i < n; ++i) {
        admin::SessionRow r;
        r.app = app;
        r.id = QStringLiteral("s%1").arg(i, 6, 10, QLatin1Char('0'));
        r.lastAccessUnixMs = 1'700'000'000'000 - qint64(i) * 1000;
        r.expiresUnixMs = r.lastAccessUnixMs + 20 * 60000;
        r.timeoutMinutes = 20;
        r.bytes = 100 + i;
        r.items = i % 3;
        rows.append(r);
    }
    return rows;
}

} // namespace

class TestSessionListModelFake : public QObject
{
    Q_OBJECT

private slots:
    void pagesThroughFetchMore()
    {
        FakeAdminService fake;
        fake.rows = makeRows(2500);
        {
            // Without a view nothing asks for more: one page at a time, on fetchMore().
            SessionListModel plain;
            QCOMPARE(plain.totalCount(), -1);
            plain.setClient(&fake);
            QVERIFY(plain.isLoading());
            QVERIFY(!plain.canFetchMore({})); // one page at a time
            QTRY_VERIFY(!plain.isLoading());
            QCOMPARE(plain.loadedCount(), plain.pageSize());
            QCOMPARE(plain.totalCount(), 2500);
            QVERIFY(plain.hasMore() && plain.canFetchMore({}));
            QCOMPARE(fake.queries.first().limit, admin::kMaxPageSize);
            QVERIFY(fake.queries.first().cursor.isEmpty());
            plain.fetchMore({});
            QVERIFY(plain.isLoading());
            QTRY_VERIFY(!plain.isLoading());
            QCOMPARE(plain.loadedCount(), 2000);
            QCOMPARE(fake.queries.last().cursor, QStringLiteral("1000"));
        }
        // Under the tester (which calls fetchMore() from rowsInserted, as a view scrolled to the end
        // does), every page loads, each once and in order.
        fake.queries.clear();
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&fake);
        QTRY_VERIFY(!model.isLoading() && !model.hasMore());
        QCOMPARE(model.loadedCount(), 2500);
        QCOMPARE(model.totalCount(), 2500);
        QVERIFY(!model.capReached());
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(fake.queries.size(), 3);
        QCOMPARE(fake.queries[1].cursor, QStringLiteral("1000"));
        QCOMPARE(fake.queries[2].cursor, QStringLiteral("2000"));
        for (int r = 0; r < model.loadedCount(); ++r) {
            QCOMPARE(model.row(r).id, fake.rows[r].id);
        }
        QCOMPARE(model.data(model.index(5, SessionListModel::IdColumn)).toString(), fake.rows[5].id);
        QCOMPARE(model.data(model.index(5, SessionListModel::ItemsColumn)).toString(), QStringLiteral("2"));
    }

    void stopsAtTheCap()
    {
        FakeAdminService fake;
        fake.rows = makeRows(2500);
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCap(1500);
        model.setClient(&fake);
        QTRY_VERIFY(model.loadedCount() == 1500 && !model.isLoading());
        // The second page was cut at the cap. (The tester also calls fetchMore() from rowsAboutToBeInserted,
        // before those rows count, so it may ask for a third page once: that page adds nothing.)
        QVERIFY(fake.queries.size() == 2 || fake.queries.size() == 3);
        const auto asked = fake.queries.size();
        QTest::qWait(20);
        QCOMPARE(model.loadedCount(), 1500);
        QVERIFY(model.capReached()); // rows beyond it exist on the server
        QVERIFY(!model.canFetchMore({}));
        model.loadMore(); // does nothing at the cap
        QVERIFY(!model.isLoading());
        QCOMPARE(fake.queries.size(), asked);
        QCOMPARE(model.row(1499).id, fake.rows[1499].id);

        // Exactly at the cap with nothing more on the server: not "reached".
        FakeAdminService small;
        small.rows = makeRows(10);
        SessionListModel exact;
        QAbstractItemModelTester exactTester(&exact, QAbstractItemModelTester::FailureReportingMode::QtTest);
        exact.setCap(10);
        exact.setClient(&small);
        QTRY_VERIFY(!exact.isLoading());
        QCOMPARE(exact.loadedCount(), 10);
        QVERIFY(!exact.capReached());
    }

    void refreshesInPlaceAndRefusesWhenPaged()
    {
        FakeAdminService fake;
        fake.rows = makeRows(1000);
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&fake);
        QVERIFY(!model.refresh()); // a page is loading
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.loadedCount(), 1000);

        // Same keys: rows are updated in place (dataChanged, no reset).
        fake.rows[3].bytes = 4242;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(model.refresh());
        QVERIFY(fake.queries.last().cursor.isEmpty());
        QVERIFY(!model.refresh()); // one already loading
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.row(3).bytes, 4242);
        QCOMPARE(model.loadedCount(), 1000);

        // Other keys: a reset.
        fake.rows.removeAt(0);
        QVERIFY(model.refresh());
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.row(0).id, fake.rows[0].id);
        QCOMPARE(model.loadedCount(), 999);
        QCOMPARE(model.totalCount(), 999);

        // More than one page loaded: refused, nothing asked, nothing moved.
        fake.rows = makeRows(1500);
        model.reload();
        QTRY_VERIFY(!model.isLoading() && model.loadedCount() == 1500);
        const auto asked = fake.queries.size();
        QVERIFY(!model.refresh());
        QVERIFY(!model.isLoading());
        QCOMPARE(fake.queries.size(), asked);
        QCOMPARE(model.loadedCount(), 1500);
    }

    void dropsRepliesToAnOlderQuery()
    {
        FakeAdminService fake;
        fake.autoDeliver = false;
        fake.rows = makeRows(30, QStringLiteral("/a"));
        fake.rows += makeRows(20, QStringLiteral("/b"));
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &SessionListModel::pageLoaded);
        model.setClient(&fake); // asks for the first page of everything: 50 rows
        fake.rows = fake.rows.mid(30);
        model.setQuery(QStringLiteral("/b"), QString(), admin::SessionSort::Size, false); // 20 rows
        QCOMPARE(fake.held(), 2);
        QCOMPARE(fake.queries.last().app, QStringLiteral("/b"));
        QCOMPARE(fake.queries.last().sort, admin::SessionSort::Size);
        QVERIFY(!fake.queries.last().descending);
        // Both replies arrive, the older first: it belongs to the replaced query and is dropped.
        QCOMPARE(fake.deliver(), 2);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(model.loadedCount(), 20);
        QCOMPARE(model.totalCount(), 20);
        QCOMPARE(model.row(0).app, QStringLiteral("/b"));
        QVERIFY(!model.isLoading());

        // A reply that arrives after the client is taken away is dropped too.
        model.reload();
        QCOMPARE(fake.held(), 1);
        model.setClient(nullptr);
        QCOMPARE(model.loadedCount(), 0);
        fake.deliver();
        QCOMPARE(model.loadedCount(), 0);
        QCOMPARE(model.totalCount(), -1);
        QCOMPARE(pages.size(), 1);
    }

    void removesASession()
    {
        FakeAdminService fake;
        fake.rows = makeRows(5);
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&fake);
        QTRY_VERIFY(!model.isLoading());
        QSignalSpy status(&model, &SessionListModel::statusChanged);
        model.removeSession(fake.rows[2].app, fake.rows[2].id);
        QCOMPARE(model.loadedCount(), 4);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(status.size(), 1);
        QCOMPARE(model.row(2).id, fake.rows[3].id);
        model.removeSession(QStringLiteral("/app0"), QStringLiteral("no-such-id")); // not loaded: nothing
        QCOMPARE(model.loadedCount(), 4);
        QCOMPARE(model.totalCount(), 4);
        QCOMPARE(status.size(), 1);
    }

    void showsTimeRemaining()
    {
        // Issue 12 point 12: a Remaining (time to expiry) column, redrawn every second.
        QCOMPARE(SessionListModel::remainingText(0), QStringLiteral("expired"));
        QCOMPARE(SessionListModel::remainingText(-5000), QStringLiteral("expired"));
        QCOMPARE(SessionListModel::remainingText(42'900), QStringLiteral("42 s"));
        QCOMPARE(SessionListModel::remainingText(12 * 60000 + 5000), QStringLiteral("12 min 5 s"));
        QCOMPARE(SessionListModel::remainingText(3600000 + 5 * 60000 + 59000), QStringLiteral("1 h 5 min"));
        FakeAdminService fake;
        fake.rows = makeRows(3);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        fake.rows[0].expiresUnixMs = now + 10 * 60000 + 30000;
        fake.rows[1].expiresUnixMs = now - 1000;
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClient(&fake);
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(model.headerData(SessionListModel::RemainingColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Remaining"));
        QVERIFY(model.data(model.index(0, SessionListModel::RemainingColumn))
                    .toString()
                    .startsWith(QStringLiteral("10 min ")));
        QCOMPARE(model.data(model.index(1, SessionListModel::RemainingColumn)).toString(),
                 QStringLiteral("expired"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000);
        const auto args = changed.first();
        QCOMPARE(args[0].toModelIndex(), model.index(0, SessionListModel::RemainingColumn));
        QCOMPARE(args[1].toModelIndex(), model.index(2, SessionListModel::RemainingColumn));
    }

    void reportsErrors()
    {
        FakeAdminService fake;
        fake.autoDeliver = false;
        fake.rows = makeRows(1200);
        fake.failWith = QStringLiteral("HTTP 500 from http://127.0.0.1:1: boom");
        SessionListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy status(&model, &SessionListModel::statusChanged);
        model.setClient(&fake);
        QCOMPARE(fake.deliver(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.lastError(), QStringLiteral("HTTP 500 from http://127.0.0.1:1: boom"));
        QCOMPARE(model.loadedCount(), 0);
        QCOMPARE(model.totalCount(), -1);
        QCOMPARE(status.size(), 2); // asked, failed

        // A reload clears it; the first page arrives, the tester asks for the next, and that one fails:
        // the rows loaded stay, the error says why, and the page may be asked for again.
        model.reload();
        QVERIFY(model.lastError().isEmpty());
        fake.failWith = QStringLiteral("timeout");
        QCOMPARE(fake.deliver(), 1); // page 1, whose rows make the tester ask for page 2 (fails)
        QCOMPARE(model.loadedCount(), 1000);
        QVERIFY(model.lastError().isEmpty());
        QVERIFY(model.isLoading());
        QCOMPARE(fake.deliver(), 1);
        QVERIFY(!model.isLoading());
        QCOMPARE(model.lastError(), QStringLiteral("timeout"));
        QCOMPARE(model.loadedCount(), 1000);
        QVERIFY(model.canFetchMore({}));
        model.loadMore();
        QCOMPARE(fake.deliver(), 1);
        QVERIFY(model.lastError().isEmpty());
        QCOMPARE(model.loadedCount(), 1200);
        QCOMPARE(fake.queries.last().cursor, QStringLiteral("1000"));
    }
};

QTEST_GUILESS_MAIN(TestSessionListModelFake)
#include "tst_sessionlistmodel_fake.moc"
