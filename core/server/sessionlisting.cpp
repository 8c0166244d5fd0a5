// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/sessionlisting.h"

#include "aspnet/sessiondata.h"

#include <QJsonArray>

#include <algorithm>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

namespace sd {

namespace {

QString fromStd(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QByteArray toBase64Url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

std::pair<std::string_view, std::string_view> splitSessionKey(std::string_view key)
{
    const auto slash = key.rfind('/');
    if (slash == std::string_view::npos) {
        return {std::string_view(), key};
    }
    return {key.substr(0, slash), key.substr(slash + 1)};
}

namespace {

/// When the session was last touched: expires - timeout. A Timeout 0 session never expires (its expires is
/// kNeverExpiresUnixMs, DateTime.MaxValue) and keeps no touch time, so its creation time stands in.
std::int64_t lastAccess(const SessionView &s)
{
    if (s.timeoutMinutes == 0) {
        return s.createdUnixMs;
    }
    return s.expiresUnixMs - std::int64_t(s.timeoutMinutes) * 60000;
}

} // namespace

admin::SessionRow sessionRow(const SessionView &s, std::int64_t nowUnixMs)
{
    const auto [app, id] = splitSessionKey(s.key);
    admin::SessionRow row;
    row.app = fromStd(app);
    row.id = fromStd(id);
    row.createdUnixMs = s.createdUnixMs;
    row.lastAccessUnixMs = lastAccess(s);
    row.expiresUnixMs = s.expiresUnixMs; // 9999-12-31T23:59:59.999Z (DateTime.MaxValue) for Timeout 0
    row.timeoutMinutes = s.timeoutMinutes;
    row.bytes = std::int64_t(s.content.size());
    row.locked = s.locked;
    row.lockAgeSeconds = s.locked ? std::max<std::int64_t>(0, (nowUnixMs - s.lockDateUnixMs) / 1000) : 0;
    row.lockCookie = s.lockCookie;
    return row;
}

namespace {

std::string encodeCursor(std::int64_t value, std::string_view key)
{
    QByteArray raw = QByteArray::number(qint64(value));
    raw += '\n';
    raw += QByteArray(key.data(), qsizetype(key.size()));
    return toBase64Url(raw).toStdString();
}

bool decodeCursor(const std::string &cursor, std::int64_t *value, std::string *key)
{
    const auto r = QByteArray::fromBase64Encoding(QByteArray::fromStdString(cursor),
                                                  QByteArray::Base64UrlEncoding |
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!r) {
        return false;
    }
    const qsizetype nl = r.decoded.indexOf('\n');
    if (nl <= 0) {
        return false;
    }
    bool ok = false;
    *value = r.decoded.left(nl).toLongLong(&ok);
    *key = r.decoded.mid(nl + 1).toStdString();
    return ok;
}

/// Whether the session under `key` is in application `wantApp` (when not empty) and its id starts with
/// `wantPrefix` (when not empty).
bool matchesFilter(std::string_view key, std::string_view wantApp, std::string_view wantPrefix)
{
    const auto [app, id] = splitSessionKey(key);
    if (!wantApp.empty() && app != wantApp) {
        return false;
    }
    return wantPrefix.empty() || id.substr(0, wantPrefix.size()) == wantPrefix;
}

/// The value `s` is sorted by: last access (expires - timeout), expiry, or content size.
std::int64_t sortValue(const SessionView &s, admin::SessionSort sort)
{
    if (sort == admin::SessionSort::Expires) {
        return s.expiresUnixMs;
    }
    if (sort == admin::SessionSort::Size) {
        return std::int64_t(s.content.size());
    }
    return lastAccess(s);
}

/// The best `limit + 1` sessions seen so far in page order ((sort value, key), reversed when descending):
/// a max-heap whose top is the last row kept, so a scan of N sessions costs O(N log limit) and O(limit)
/// memory.
class PageHeap
{
public:
    PageHeap(std::size_t limit, bool descending) : m_limit(limit), m_desc(descending)
    {
        m_heap.reserve(limit + 2);
    }

    /// "a before b" in page order.
    bool before(std::int64_t av, std::string_view ak, std::int64_t bv, std::string_view bk) const
    {
        if (av != bv) {
            return m_desc ? av > bv : av < bv;
        }
        return m_desc ? ak > bk : ak < bk;
    }

    /// Keeps `s` (sorted by `value`) if it is among the best `limit + 1`. A session offered twice (the
    /// stepped scan may show one twice) is kept once.
    void offer(std::int64_t value, const SessionView &s)
    {
        if (m_heap.size() > m_limit && !before(value, s.key, m_heap.front().value, *m_heap.front().key)) {
            return;
        }
        if (m_inHeap.count(s.key)) {
            return;
        }
        SessionView view = s;
        view.content = {};
        m_heap.push_back({value, std::make_unique<std::string>(s.key), view, s.content.size()});
        m_heap.back().view.key = *m_heap.back().key;
        m_inHeap.insert(*m_heap.back().key);
        std::push_heap(m_heap.begin(), m_heap.end(), heapLess());
        if (m_heap.size() > m_limit + 1) {
            std::pop_heap(m_heap.begin(), m_heap.end(), heapLess());
            m_inHeap.erase(*m_heap.back().key);
            m_heap.pop_back();
        }
    }

    /// Moves the first `limit` rows, in page order, into `page`, and sets its cursor when more follow.
    void finish(admin::SessionPage &page, std::int64_t nowUnixMs)
    {
        std::sort_heap(m_heap.begin(), m_heap.end(), heapLess());
        const bool more = m_heap.size() > m_limit;
        if (more) {
            m_heap.pop_back();
        }
        page.rows.reserve(qsizetype(m_heap.size()));
        for (const Candidate &c : m_heap) {
            admin::SessionRow row = sessionRow(c.view, nowUnixMs);
            row.bytes = std::int64_t(c.contentBytes);
            page.rows.push_back(std::move(row));
        }
        if (more && !m_heap.empty()) {
            page.nextCursor = QString::fromStdString(encodeCursor(m_heap.back().value, *m_heap.back().key));
        }
    }

private:
    struct Candidate
    {
        std::int64_t value;
        std::unique_ptr<std::string> key; ///< stable address for the string_views in m_inHeap
        SessionView view;                 ///< content left empty: only its size is kept
        std::size_t contentBytes;
    };
    /// Heap order: "a before b" in page order, so the heap's top is the last row kept.
    struct Less
    {
        const PageHeap *self;
        bool operator()(const Candidate &a, const Candidate &b) const
        {
            return self->before(a.value, *a.key, b.value, *b.key);
        }
    };
    Less heapLess() const { return Less{this}; }

    std::size_t m_limit;
    bool m_desc;
    std::vector<Candidate> m_heap;
    std::unordered_set<std::string_view> m_inHeap;
};

} // namespace

std::optional<admin::SessionPage> listSessions(const SessionStore &store, const admin::SessionQuery &query,
                                               std::int64_t nowUnixMs, QString *error)
{
    std::int64_t cursorValue = 0;
    std::string cursorKey;
    const bool hasCursor = !query.cursor.isEmpty();
    if (hasCursor && !decodeCursor(query.cursor.toStdString(), &cursorValue, &cursorKey)) {
        if (error) {
            *error = QStringLiteral("cursor is not one this server gave out");
        }
        return std::nullopt;
    }
    const std::string wantApp = query.app.toStdString(), wantPrefix = query.prefix.toStdString();
    PageHeap best(std::size_t(std::clamp(query.limit, 1, admin::kMaxPageSize)), query.descending);
    admin::SessionPage page;
    const bool filtered = !wantApp.empty() || !wantPrefix.empty();
    store.forEachInSteps([&](const SessionView &s) {
        // Only when filtered touch the key's bytes: a scan of millions is bound by cache misses.
        if (filtered && !matchesFilter(s.key, wantApp, wantPrefix)) {
            return;
        }
        ++page.total;
        const std::int64_t value = sortValue(s, query.sort);
        if (hasCursor && !best.before(cursorValue, cursorKey, value, s.key)) {
            return; // on an earlier page
        }
        best.offer(value, s);
    });
    best.finish(page, nowUnixMs);
    return page;
}

} // namespace sd
