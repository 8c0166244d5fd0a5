// SPDX-License-Identifier: GPL-3.0-or-later
#include "redis/redissessionstore.h"

#include "aspnet/dotnetticks.h"
#include "client/admincontract.h"
#include "client/itemsjson.h"
#include "redis/providerlayout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QtEndian>

#include <algorithm>
#include <map>
#include <utility>

namespace sd {

namespace {

using admin::key;
namespace field = admin::field;

/// DateTime.MaxValue as Unix ms: the "expires" of a session whose data key has no TTL (as sessionstated
/// writes a session that never expires).
constexpr qint64 kNeverMs = (kMaxDateTimeTicks - kUnixEpochTicks) / 10000;

// Our own scripts, following the provider's removeSessionScript and updateExpiryTimeScript
// (RedisConnectionWrapper.cs) as machinekey.md §5 describes them. KEYS: lock, data, timeout.
// ARGV[1]: '1' to remove a session whose lock is held. Returns {removed 0|1, the lock value or ''}.
const char kRemoveScript[] = R"lua(
local l = redis.call('GET', KEYS[1])
if l and ARGV[1] ~= '1' then return {0, l} end
redis.call('DEL', KEYS[2])
redis.call('DEL', KEYS[3])
redis.call('DEL', KEYS[1])
return {1, l or ''})lua";
// KEYS: data, timeout. ARGV[1]: 'hash' for v1-v4 (_Internal hash field SessionTimeout), else v5's string.
// Returns the timeout in seconds, -1 when none is stored, -2 when the data key is gone.
const char kTouchScript[] = R"lua(
if redis.call('EXISTS', KEYS[1]) == 0 then return -2 end
local t
if ARGV[1] == 'hash' then t = redis.call('HGET', KEYS[2], 'SessionTimeout') else t = redis.call('GET', KEYS[2]) end
if not t then return -1 end
redis.call('EXPIRE', KEYS[1], t)
redis.call('EXPIRE', KEYS[2], t)
return tonumber(t))lua";

QNetworkReply::NetworkError networkErrorOf(RespFailure f)
{
    switch (f) {
    case RespFailure::HostNotFound:
        return QNetworkReply::HostNotFoundError;
    case RespFailure::Refused:
        return QNetworkReply::ConnectionRefusedError;
    case RespFailure::Timeout:
        return QNetworkReply::TimeoutError;
    case RespFailure::Closed:
        return QNetworkReply::RemoteHostClosedError;
    case RespFailure::Tls:
        return QNetworkReply::SslHandshakeFailedError;
    case RespFailure::Protocol:
        return QNetworkReply::ProtocolFailure;
    case RespFailure::Cancelled:
        return QNetworkReply::OperationCanceledError;
    case RespFailure::Auth:
    case RespFailure::None:
        return QNetworkReply::NoError;
    case RespFailure::Other:
        break;
    }
    return QNetworkReply::UnknownNetworkError;
}

AdminResult answer(QJsonObject json)
{
    AdminResult r;
    r.httpStatus = 200;
    r.json = std::move(json);
    return r;
}

AdminResult refusal(int status, const QString &message, QJsonObject json = {})
{
    AdminResult r;
    r.httpStatus = status;
    r.error = message;
    json.insert(key(field::kError), message);
    json.insert(key(field::kStatus), status);
    r.json = std::move(json);
    return r;
}

/// 404 for `app`/`id`.
AdminResult noSession(const QString &app, const QString &id)
{
    return refusal(
        404,
        QCoreApplication::translate("RedisSessionStore", "no session %1 in application %2").arg(id, app));
}

/// A call that got no usable answer: no node (status 0), AUTH refused (401) or another refusal (502).
AdminResult failure(const RedisClient &c, const QString &message)
{
    const RespFailure f = c.lastFailure();
    if (f == RespFailure::Auth) {
        return refusal(
            401,
            QCoreApplication::translate("RedisSessionStore", "Redis refused the password: %1").arg(message));
    }
    const QNetworkReply::NetworkError net = networkErrorOf(f);
    if (net == QNetworkReply::NoError) {
        return refusal(502, message);
    }
    AdminResult r =
        refusal(0, f == RespFailure::Tls
                       ? QCoreApplication::translate("RedisSessionStore", "TLS with Redis at %1 failed: %2")
                             .arg(c.endpoint().toString(), message)
                       : QCoreApplication::translate("RedisSessionStore", "Redis at %1 did not answer: %2")
                             .arg(c.endpoint().toString(), message));
    r.networkError = net;
    return r;
}

/// A Redis error answer to `what`.
AdminResult redisError(const RedisReply &reply, const QString &what)
{
    const QByteArray code = reply.errorCode();
    const QString text = QString::fromUtf8(reply.str);
    if (code == "NOAUTH" || code == "WRONGPASS") {
        return refusal(
            401,
            QCoreApplication::translate("RedisSessionStore", "Redis refused the password: %1").arg(text));
    }
    if (code == "READONLY") {
        return refusal(502, QCoreApplication::translate(
                                "RedisSessionStore",
                                "%1: this Redis is a read-only replica (%2). Connect to the master, or "
                                "through Sentinel.")
                                .arg(what, text));
    }
    return refusal(502, QStringLiteral("%1: %2").arg(what, text));
}

/// The wall clock of this machine as .NET DateTime.Now ticks (local time), which is what the provider
/// stores in a lock key; the lock age is only right when the web server's time zone is this machine's.
qint64 nowLocalTicks()
{
    const QDateTime now = QDateTime::currentDateTime();
    return (now.toMSecsSinceEpoch() + qint64(now.offsetFromUtc()) * 1000) * 10000 + kUnixEpochTicks;
}

/// One session picked from a SCAN page.
struct Picked
{
    std::string app, id;
    ProviderLayout layout = ProviderLayout::V5;
};

/// What the row of one session is made of, from one round trip of plain reads.
struct RowFacts
{
    Picked session;
    ProviderKeys keys;
    qint64 pttl = -2; ///< data key: ms left; -1 no TTL; -2 gone
    qint64 bytes = 0;
    int items = -1;
    qint64 timeoutSeconds = -1; ///< -1: no timeout key
    QByteArray lockValue;       ///< empty: not locked
    bool locked = false;
    qint64 lockPttl = -2;
    QList<QByteArray> fields; ///< v1-v4: the hash's field names (for their sizes)
};

bool isHash(ProviderLayout l)
{
    return l != ProviderLayout::V5;
}

QByteArray bytes(const std::string &s)
{
    return QByteArray::fromStdString(s);
}

/// The plain reads of one session's row: 6 commands (data TTL, size, item count or field names, timeout,
/// lock value, lock TTL). Never the lock script: browsing must not take the lock.
QList<RedisCommand> rowCommands(const RowFacts &f)
{
    const QByteArray data = bytes(f.keys.data), timeout = bytes(f.keys.timeout), lock = bytes(f.keys.lock);
    if (isHash(f.session.layout)) {
        return {{"PTTL", data}, {"HLEN", data}, {"HKEYS", data}, {"HGET", timeout, kProviderTimeoutField},
                {"GET", lock},  {"PTTL", lock}};
    }
    return {{"PTTL", data},   {"STRLEN", data}, {"GETRANGE", data, "0", "3"},
            {"GET", timeout}, {"GET", lock},    {"PTTL", lock}};
}

void readRowReplies(RowFacts &f, const RedisReply *r)
{
    f.pttl = r[0].toInteger(-2);
    if (isHash(f.session.layout)) {
        f.items = int(r[1].toInteger(0));
        for (const RedisReply &name : r[2].elements) {
            f.fields << name.str;
        }
    } else {
        f.bytes = r[1].toInteger(0);
        // SessionStateItemCollection.Serialize starts with the int32 item count.
        f.items = r[2].str.size() == 4 ? int(qFromLittleEndian<qint32>(r[2].str.constData())) : -1;
    }
    f.timeoutSeconds = r[3].isNil() ? -1 : r[3].toInteger(-1);
    f.locked = r[4].type == RedisReply::Type::String;
    f.lockValue = r[4].str;
    f.lockPttl = r[5].toInteger(-2);
}

/// Reads the facts of `sessions` in two pipelined round trips (the second: HSTRLEN of v1-v4 fields).
/// Sessions gone meanwhile have pttl -2. std::nullopt with `error` when Redis did not answer.
std::optional<QList<RowFacts>> readFacts(RedisClient &c, const QList<Picked> &sessions, QString *error)
{
    QList<RowFacts> facts;
    QList<RedisCommand> commands;
    for (const Picked &p : sessions) {
        RowFacts f;
        f.session = p;
        f.keys = providerKeys(p.layout, p.app, p.id);
        commands += rowCommands(f);
        facts << f;
    }
    const auto replies = c.pipeline(commands, error);
    if (!replies) {
        return std::nullopt;
    }
    QList<RedisCommand> sizes;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        readRowReplies(facts[i], replies->constData() + i * 6);
        for (const QByteArray &name : facts[i].fields) {
            sizes.append({"HSTRLEN", bytes(facts[i].keys.data), name});
        }
    }
    const auto lengths = c.pipeline(sizes, error);
    if (!lengths) {
        return std::nullopt;
    }
    qsizetype next = 0;
    for (RowFacts &f : facts) {
        for (qsizetype k = 0; k < f.fields.size(); ++k) {
            f.bytes += lengths->at(next++).toInteger(0);
        }
    }
    return facts;
}

/// The contract row of `f`, with the Redis fields (layout, ttl, timeout_stored, lock_id, lock_ttl).
QJsonObject rowJson(const RowFacts &f, qint64 nowMs, qint64 localTicks)
{
    admin::SessionRow row;
    row.app = QString::fromStdString(f.session.app);
    row.id = QString::fromStdString(f.session.id);
    row.timeoutMinutes = f.timeoutSeconds > 0 ? int(f.timeoutSeconds / 60) : 0;
    row.expiresUnixMs = f.pttl >= 0 ? nowMs + f.pttl : kNeverMs;
    // The provider slides the data key's TTL to the timeout on every request: expires - timeout is the
    // last request (unknown without a stored timeout: then the expiry itself).
    row.lastAccessUnixMs =
        f.pttl >= 0 && f.timeoutSeconds > 0 ? row.expiresUnixMs - f.timeoutSeconds * 1000 : row.expiresUnixMs;
    row.bytes = f.bytes;
    row.items = f.items;
    row.locked = f.locked;
    bool ticksOk = false;
    const qint64 lockTicks = f.lockValue.toLongLong(&ticksOk);
    row.lockAgeSeconds = f.locked && ticksOk ? std::max<qint64>(0, (localTicks - lockTicks) / 10000000) : 0;
    QJsonObject o = row.toJson();
    o.insert(key(field::kCreated), QJsonValue()); // Redis keeps no creation time
    o.insert(key(field::kLayout), QString::fromLatin1(layoutName(f.session.layout)));
    o.insert(key(field::kTtl), f.pttl >= 0 ? f.pttl / 1000 : -1);
    o.insert(key(field::kTimeoutStored), f.timeoutSeconds >= 0);
    if (f.locked) {
        o.insert(key(field::kLockId), QString::fromUtf8(f.lockValue));
        o.insert(key(field::kLockTtl), f.lockPttl >= 0 ? f.lockPttl / 1000 : -1);
    }
    return o;
}

} // namespace

// ------------------------------------------------------------------------------------------ browser

RedisStoreBrowser::RedisStoreBrowser(RedisEndpoint endpoint) : m_client(std::move(endpoint)) {}

RedisStoreBrowser::~RedisStoreBrowser() = default;

void RedisStoreBrowser::setCancelFlag(const std::atomic<bool> *cancel)
{
    m_client.setCancelFlag(cancel);
}

// -------------------------------------------------------------------------------------------- pages

namespace {

/// Where a listing stands: data node, its SCAN cursor, data keys of that SCAN batch already listed, and the
/// keys and sessions seen in the batches consumed so far (for "total"). Written "r1.N.C.S.K.M".
struct PageCursor
{
    int node = 0;
    QByteArray cursor = "0";
    qsizetype skip = 0;
    qint64 scanned = 0, matched = 0;

    QString toString() const
    {
        return QStringLiteral("r1.%1.%2.%3.%4.%5")
            .arg(node)
            .arg(QString::fromLatin1(cursor))
            .arg(skip)
            .arg(scanned)
            .arg(matched);
    }
    static std::optional<PageCursor> parse(const QString &text)
    {
        const QStringList parts = text.split(u'.');
        if (parts.size() != 6 || parts.first() != u"r1") {
            return std::nullopt;
        }
        PageCursor c;
        bool ok[5] = {};
        c.node = parts.at(1).toInt(&ok[0]);
        parts.at(2).toULongLong(&ok[1]);
        c.cursor = parts.at(2).toLatin1();
        c.skip = parts.at(3).toLongLong(&ok[2]);
        c.scanned = parts.at(4).toLongLong(&ok[3]);
        c.matched = parts.at(5).toLongLong(&ok[4]);
        if (!std::all_of(std::begin(ok), std::end(ok), [](bool b) { return b; }) || c.node < 0 ||
            c.skip < 0) {
            return std::nullopt;
        }
        return c;
    }
};

/// The data keys of one SCAN batch that match the query exactly.
QList<Picked> dataKeysOf(const RedisReply &keys, const std::string &app, const std::string &prefix)
{
    QList<Picked> out;
    for (const RedisReply &k : keys.elements) {
        const auto parsed = parseProviderKey(std::string_view(k.str.constData(), std::size_t(k.str.size())));
        if (!parsed || parsed->role != ProviderKeyRole::Data || (!app.empty() && parsed->app != app) ||
            parsed->id.compare(0, prefix.size(), prefix) != 0) {
            continue;
        }
        out.append({parsed->app, parsed->id, parsed->layout});
    }
    return out;
}

/// The sum of DBSIZE over the data nodes; -1 when a node did not answer.
qint64 dbKeys(RedisClient &c)
{
    qint64 total = 0;
    for (int n = 0; n < c.nodeCount(); ++n) {
        const auto r = c.nodeCall(n, {"DBSIZE"}, nullptr);
        if (!r || r->type != RedisReply::Type::Integer) {
            return -1;
        }
        total += r->integer;
    }
    return total;
}

} // namespace

AdminResult RedisStoreBrowser::sessions(const admin::SessionQuery &query)
{
    QString error;
    if (!m_client.isConnected() && !m_client.connect(&error)) {
        return failure(m_client, error);
    }
    PageCursor pos;
    if (!query.cursor.isEmpty()) {
        const auto parsed = PageCursor::parse(query.cursor);
        if (!parsed) {
            return refusal(400, QCoreApplication::translate("RedisSessionStore",
                                                            "'%1' is not a cursor of this Redis store")
                                    .arg(query.cursor));
        }
        pos = *parsed;
    }
    const std::string app = query.app.toStdString(), prefix = query.prefix.toStdString();
    const QByteArray pattern = QByteArray::fromStdString(providerScanPattern(app, prefix));
    const qsizetype limit = std::clamp(query.limit, 1, admin::kMaxPageSize);
    QList<Picked> picked;
    qint64 batchKeys = 0, batchSessions = 0; // the batch a full page stopped in (for the estimate)
    bool done = pos.node >= m_client.nodeCount();
    for (int calls = 0; !done && picked.size() < limit && calls < m_pageScanCalls; ++calls) {
        RedisCommand scan{"SCAN", pos.cursor};
        if (!pattern.isEmpty()) {
            scan << "MATCH" << pattern;
        }
        scan << "COUNT" << (pattern.isEmpty() ? "1000" : "5000");
        const auto r = m_client.nodeCall(pos.node, scan, &error);
        if (!r) {
            return failure(m_client, error);
        }
        if (r->type != RedisReply::Type::Array || r->elements.size() != 2) {
            return redisError(*r, QStringLiteral("SCAN"));
        }
        const QList<Picked> data = dataKeysOf(r->elements.at(1), app, prefix);
        const qsizetype available = std::max<qsizetype>(0, data.size() - pos.skip);
        const qsizetype take = std::min(available, limit - picked.size());
        picked += data.mid(pos.skip, take);
        if (take < available) { // the page is full inside this batch: the next page resumes it
            pos.skip += take;
            batchKeys = r->elements.at(1).elements.size();
            batchSessions = data.size();
            break;
        }
        pos.skip = 0;
        pos.scanned += r->elements.at(1).elements.size();
        pos.matched += data.size();
        pos.cursor = r->elements.at(0).str;
        if (pos.cursor == "0") {
            done = ++pos.node >= m_client.nodeCount();
        }
    }
    const auto facts = readFacts(m_client, picked, &error);
    if (!facts) {
        return failure(m_client, error);
    }
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch(), ticks = nowLocalTicks();
    QJsonArray rows;
    for (const RowFacts &f : *facts) {
        if (f.pttl != -2) {
            rows.append(rowJson(f, nowMs, ticks));
        }
    }
    qint64 total = pos.matched + batchSessions;
    if (!done && pattern.isEmpty() && pos.scanned + batchKeys > 0) {
        // Sessions per key in the batches seen so far, times the keys of the database.
        const qint64 keys = dbKeys(m_client);
        if (keys > 0) {
            total = std::max(total, qint64(double(total) / double(pos.scanned + batchKeys) * double(keys)));
        }
    }
    return answer({{key(field::kSessions), rows},
                   {key(field::kNextCursor), done ? QJsonValue() : QJsonValue(pos.toString())},
                   {key(field::kTotal), total},
                   {key(field::kTotalExact), done},
                   {key(field::kSorted), false}});
}

// ---------------------------------------------------------------------------------- one session

namespace {

/// The layouts that hold a data key for `app`/`id`, newest first.
std::optional<QList<ProviderLayout>> layoutsOf(RedisClient &c, const std::string &app, const std::string &id,
                                               QString *error)
{
    const ProviderLayout all[] = {ProviderLayout::V5, ProviderLayout::V2to4, ProviderLayout::V1};
    QList<RedisCommand> commands;
    for (ProviderLayout l : all) {
        commands.append({"EXISTS", bytes(providerKeys(l, app, id).data)});
    }
    const auto r = c.pipeline(commands, error);
    if (!r) {
        return std::nullopt;
    }
    QList<ProviderLayout> present;
    for (qsizetype i = 0; i < 3; ++i) {
        if (r->at(i).toInteger() > 0) {
            present << all[i];
        }
    }
    return present;
}

/// The layouts session `app`/`id` is stored in (never empty; an upgrade may have left two), or nullopt with
/// `instead` the answer to give: the failure, or 404 when no layout holds it.
std::optional<QList<ProviderLayout>> sessionLayouts(RedisClient &c, const QString &app, const QString &id,
                                                    AdminResult *instead)
{
    QString error;
    auto layouts = layoutsOf(c, app.toStdString(), id.toStdString(), &error);
    if (!layouts || layouts->isEmpty()) {
        *instead = layouts ? noSession(app, id) : failure(c, error);
        return std::nullopt;
    }
    return layouts;
}

QJsonArray layoutNames(const QList<ProviderLayout> &layouts)
{
    QJsonArray a;
    for (ProviderLayout l : layouts) {
        a.append(QString::fromLatin1(layoutName(l)));
    }
    return a;
}

/// The decoded items of a v5 value or a v1-v4 HGETALL answer, into `o`.
void addItems(QJsonObject &o, ProviderLayout layout, const RedisReply &data)
{
    o.insert(key(field::kCompressed), false);
    if (isHash(layout)) {
        QJsonArray items;
        for (qsizetype i = 0; i + 1 < data.elements.size(); i += 2) {
            items.append(admin::binaryFormatterItemJson(QString::fromUtf8(data.elements.at(i).str),
                                                        data.elements.at(i + 1).str));
        }
        o.insert(key(field::kItems), items);
        return;
    }
    DecodeError e;
    const auto collection = decodeV5Collection(data.str, &e);
    if (!collection) {
        o.insert(key(field::kItems), QJsonValue());
        o.insert(key(field::kDecodeError), e.toString());
        return;
    }
    o.insert(key(field::kItems), admin::itemsJson(collection->items));
}

} // namespace

AdminResult RedisStoreBrowser::session(const QString &app, const QString &id)
{
    AdminResult instead;
    const auto layouts = sessionLayouts(m_client, app, id, &instead);
    if (!layouts) {
        return instead;
    }
    QString error;
    const std::string a = app.toStdString(), i = id.toStdString();
    const Picked p{a, i, layouts->first()};
    const auto facts = readFacts(m_client, {p}, &error);
    const QByteArray dataKey = bytes(providerKeys(p.layout, a, i).data);
    const auto data = m_client.call({isHash(p.layout) ? "HGETALL" : "GET", dataKey}, &error);
    if (!facts || !data) {
        return failure(m_client, error);
    }
    if (facts->first().pttl == -2 || data->isNil()) {
        return noSession(app, id);
    }
    if (data->isError()) {
        return redisError(*data, QString::fromUtf8(dataKey));
    }
    QJsonObject o = rowJson(facts->first(), QDateTime::currentMSecsSinceEpoch(), nowLocalTicks());
    o.insert(key(field::kLayouts), layoutNames(*layouts));
    addItems(o, p.layout, *data);
    return answer(o);
}

// ----------------------------------------------------------------------------------- abandon, touch

namespace {

/// Runs `script` on the session's keys; a v1 session in a cluster (its keys in different slots: CROSSSLOT)
/// gets `fallback` instead, the same steps as separate commands.
std::optional<RedisReply> runScript(RedisClient &c, const char *script, const QList<QByteArray> &keys,
                                    const QList<QByteArray> &args, QString *error)
{
    RedisCommand eval{"EVAL", script, QByteArray::number(keys.size())};
    eval << keys << args;
    return c.call(eval, error);
}

/// Removes the keys of one layout, as kRemoveScript; nonatomic for CROSSSLOT keys. Returns {removed,
/// lock value} or std::nullopt (then `error` or `refused` says why).
std::optional<std::pair<bool, QByteArray>> removeKeys(RedisClient &c, const ProviderKeys &k, bool force,
                                                      QString *error, std::optional<RedisReply> *refused)
{
    const QList<QByteArray> keys{bytes(k.lock), bytes(k.data), bytes(k.timeout)};
    auto r = runScript(c, kRemoveScript, keys, {force ? "1" : "0"}, error);
    if (!r) {
        return std::nullopt;
    }
    if (r->errorCode() == "CROSSSLOT") {
        const auto lock = c.call({"GET", keys[0]}, error);
        if (!lock) {
            return std::nullopt;
        }
        if (!lock->isNil() && !force) {
            return std::pair{false, lock->str};
        }
        const auto del = c.pipeline({{"DEL", keys[1]}, {"DEL", keys[2]}, {"DEL", keys[0]}}, error);
        return del ? std::optional(std::pair{true, lock->str}) : std::nullopt;
    }
    if (r->type != RedisReply::Type::Array || r->elements.size() != 2) {
        *refused = r;
        return std::nullopt;
    }
    return std::pair{r->elements.at(0).toInteger() == 1, r->elements.at(1).str};
}

/// Re-EXPIREs a session's keys as kTouchScript (nonatomic for CROSSSLOT keys); its answer, or std::nullopt.
std::optional<RedisReply> touchKeys(RedisClient &c, ProviderLayout layout, const ProviderKeys &k,
                                    QString *error)
{
    auto r = runScript(c, kTouchScript, {bytes(k.data), bytes(k.timeout)},
                       {isHash(layout) ? "hash" : "string"}, error);
    if (!r || r->errorCode() != "CROSSSLOT") {
        return r;
    }
    // v1 keys in a cluster: the same steps, one by one.
    const auto t = c.call({"HGET", bytes(k.timeout), kProviderTimeoutField}, error);
    const auto exists = c.call({"EXISTS", bytes(k.data)}, error);
    if (!t || !exists) {
        return std::nullopt;
    }
    RedisReply out;
    out.type = RedisReply::Type::Integer;
    out.integer = exists->toInteger() == 0 ? -2 : t->isNil() ? -1 : t->toInteger();
    if (out.integer > 0 &&
        !c.pipeline({{"EXPIRE", bytes(k.data), t->str}, {"EXPIRE", bytes(k.timeout), t->str}}, error)) {
        return std::nullopt;
    }
    return out;
}

} // namespace

AdminResult RedisStoreBrowser::abandon(const QString &app, const QString &id, bool force)
{
    AdminResult instead;
    const auto layouts = sessionLayouts(m_client, app, id, &instead);
    if (!layouts) {
        return instead;
    }
    QString error;
    const std::string a = app.toStdString(), i = id.toStdString();
    const auto facts = readFacts(m_client, {{a, i, layouts->first()}}, &error);
    if (!facts) {
        return failure(m_client, error);
    }
    QJsonObject o = rowJson(facts->first(), QDateTime::currentMSecsSinceEpoch(), nowLocalTicks());
    o.insert(key(field::kLayouts), layoutNames(*layouts));
    bool wasLocked = false;
    for (ProviderLayout l : *layouts) { // every layout that holds it: an upgrade may have left two
        std::optional<RedisReply> refused;
        const auto removed = removeKeys(m_client, providerKeys(l, a, i), force, &error, &refused);
        if (refused) {
            return redisError(*refused, QStringLiteral("EVAL"));
        }
        if (!removed) {
            return failure(m_client, error);
        }
        wasLocked = wasLocked || !removed->second.isEmpty();
        if (!removed->first) {
            return refusal(409,
                           QCoreApplication::translate(
                               "RedisSessionStore",
                               "session %1 is locked by a request in progress (lock age %2 s); abandon it "
                               "anyway with force")
                               .arg(id)
                               .arg(o.value(key(field::kLockAge)).toInteger()),
                           o);
        }
    }
    o.insert(key(field::kAbandoned), true);
    o.insert(key(field::kWasLocked), wasLocked);
    o.insert(key(field::kForced), force && wasLocked);
    return answer(o);
}

AdminResult RedisStoreBrowser::touch(const QString &app, const QString &id)
{
    AdminResult instead;
    const auto layouts = sessionLayouts(m_client, app, id, &instead);
    if (!layouts) {
        return instead;
    }
    QString error;
    const std::string a = app.toStdString(), i = id.toStdString();
    const ProviderLayout layout = layouts->first();
    const ProviderKeys k = providerKeys(layout, a, i);
    const auto r = touchKeys(m_client, layout, k, &error);
    if (!r) {
        return failure(m_client, error);
    }
    if (r->isError()) {
        return redisError(*r, QStringLiteral("EVAL"));
    }
    if (r->integer == -2) {
        return noSession(app, id);
    }
    const auto facts = readFacts(m_client, {{a, i, layout}}, &error);
    if (!facts) {
        return failure(m_client, error);
    }
    QJsonObject o = rowJson(facts->first(), QDateTime::currentMSecsSinceEpoch(), nowLocalTicks());
    if (r->integer == -1) {
        return refusal(409,
                       QCoreApplication::translate(
                           "RedisSessionStore",
                           "session %1 has no stored timeout: the provider would use the timeout of its "
                           "configuration, which this store cannot know")
                           .arg(id),
                       o);
    }
    return answer(o);
}

// --------------------------------------------------------------------------------------------- stats

namespace {

namespace info = admin::field::info;

/// "key:value" lines of an INFO answer.
QHash<QByteArray, QByteArray> parseInfo(const QByteArray &text)
{
    QHash<QByteArray, QByteArray> out;
    for (const QByteArray &line : text.split('\n')) {
        const QByteArray l = line.trimmed();
        const qsizetype colon = l.indexOf(':');
        if (!l.isEmpty() && !l.startsWith('#') && colon > 0) {
            out.insert(l.left(colon), l.mid(colon + 1));
        }
    }
    return out;
}

/// "calls=12,usec=340,usec_per_call=28.33,..." of INFO commandstats as {calls, usec_per_call}.
QJsonObject commandStat(const QByteArray &value)
{
    QJsonObject o{{key(info::kCalls), 0}, {key(info::kUsecPerCall), 0.0}};
    for (const QByteArray &part : value.split(',')) {
        const qsizetype eq = part.indexOf('=');
        if (part.left(eq) == "calls") {
            o.insert(key(info::kCalls), part.mid(eq + 1).toLongLong());
        } else if (part.left(eq) == "usec_per_call") {
            o.insert(key(info::kUsecPerCall), part.mid(eq + 1).toDouble());
        }
    }
    return o;
}

/// The INFO numbers summed over cluster masters.
constexpr const char *kSummed[] = {
    info::kUsedMemory,  info::kUsedMemoryRss, info::kUsedMemoryDataset, info::kMaxMemory, info::kEvictedKeys,
    info::kExpiredKeys, info::kCommands,      info::kOpsPerSec,         info::kClients,   info::kHits,
    info::kMisses,      info::kReplicas,      info::kRdbChanges};

/// One node's "redis" object from its INFO, INFO commandstats and CONFIG GET save answers.
QJsonObject nodeJson(const QHash<QByteArray, QByteArray> &i, const QHash<QByteArray, QByteArray> &commands,
                     const std::optional<QByteArray> &save)
{
    QJsonObject o;
    for (const char *name : kSummed) {
        o.insert(key(name), i.value(name).toLongLong());
    }
    for (const char *name : {info::kVersion, info::kRole, info::kMaxMemoryPolicy}) {
        o.insert(key(name), QString::fromUtf8(i.value(name)));
    }
    const bool aof = i.value(info::kAofEnabled) == "1";
    o.insert(key(info::kAofEnabled), aof);
    o.insert(key(info::kRdbLastSave), i.value(info::kRdbLastSave).toLongLong());
    o.insert(key(info::kSave), save ? QJsonValue(QString::fromUtf8(*save)) : QJsonValue());
    const bool rdb = save && !save->trimmed().isEmpty();
    o.insert(key(info::kPersistence), !save && !aof ? QStringLiteral("unknown")
                                      : aof && rdb  ? QStringLiteral("aof+rdb")
                                      : aof         ? QStringLiteral("aof")
                                      : rdb         ? QStringLiteral("rdb")
                                                    : QStringLiteral("off"));
    o.insert(key(info::kEvalsha), commandStat(commands.value("cmdstat_evalsha")));
    o.insert(key(info::kEval), commandStat(commands.value("cmdstat_eval")));
    o.insert(QStringLiteral("uptime_seconds"), i.value("uptime_in_seconds").toLongLong());
    return o;
}

/// Sessions and locks per application and layout, as counted (or extrapolated) by the stats SCAN.
struct AppCounts
{
    double sessions = 0, locked = 0;
};

/// What the bounded SCAN of all nodes found.
struct ScanCount
{
    std::map<std::pair<std::string, ProviderLayout>, AppCounts> apps;
    QList<QByteArray> lockKeys; ///< some lock keys (at most 1000), for the oldest lock's age
    qint64 scanned = 0;
    bool exact = true;
};

/// SCANs node `n` (no MATCH, COUNT up to 1000) until its end or `cap` keys, counting data and lock keys;
/// counts of a partial scan are scaled by the node's DBSIZE / keys scanned. False with `error` when it fails.
bool scanNode(RedisClient &c, int n, qint64 cap, qint64 nodeKeys, ScanCount &out, QString *error)
{
    std::map<std::pair<std::string, ProviderLayout>, AppCounts> counts;
    QByteArray cursor = "0";
    qint64 scanned = 0;
    do {
        const qint64 count = std::clamp<qint64>(cap - scanned, 10, 1000); // a hint: SCAN may return more
        const auto r = c.nodeCall(n, {"SCAN", cursor, "COUNT", QByteArray::number(count)}, error);
        if (!r) {
            return false;
        }
        if (r->type != RedisReply::Type::Array || r->elements.size() != 2) {
            if (error) {
                *error =
                    QStringLiteral("SCAN on %1: %2").arg(c.node(n).toString(), QString::fromUtf8(r->str));
            }
            return false;
        }
        cursor = r->elements.at(0).str;
        for (const RedisReply &k : r->elements.at(1).elements) {
            ++scanned;
            const auto p = parseProviderKey(std::string_view(k.str.constData(), std::size_t(k.str.size())));
            if (!p || p->role == ProviderKeyRole::Timeout) {
                continue;
            }
            AppCounts &a = counts[{p->app, p->layout}];
            if (p->role == ProviderKeyRole::Data) {
                a.sessions += 1;
            } else {
                a.locked += 1;
                if (out.lockKeys.size() < 1000) {
                    out.lockKeys << k.str;
                }
            }
        }
    } while (cursor != "0" && scanned < cap);
    const bool complete = cursor == "0";
    const double factor =
        complete || scanned == 0 ? 1.0 : double(std::max(nodeKeys, scanned)) / double(scanned);
    for (const auto &[appLayout, a] : counts) {
        out.apps[appLayout].sessions += a.sessions * factor;
        out.apps[appLayout].locked += a.locked * factor;
    }
    out.scanned += scanned;
    out.exact = out.exact && complete;
    return true;
}

/// The age in seconds of the oldest lock among `lockKeys` (their values are DateTime.Now ticks); -1 when
/// none is readable.
qint64 oldestLockAge(RedisClient &c, const QList<QByteArray> &lockKeys)
{
    QList<RedisCommand> gets;
    for (const QByteArray &k : lockKeys) {
        gets.append({"GET", k});
    }
    const auto values = c.pipeline(gets, nullptr);
    qint64 oldest = -1;
    const qint64 now = nowLocalTicks();
    for (const RedisReply &v : values.value_or(QList<RedisReply>())) {
        bool ok = false;
        const qint64 ticks = v.str.toLongLong(&ok);
        if (ok) {
            oldest = std::max(oldest, std::max<qint64>(0, (now - ticks) / 10000000));
        }
    }
    return oldest;
}

/// The "sessions" and "applications" parts of the stats from `count`.
void addSessionCounts(QJsonObject &o, const ScanCount &count, qint64 keys, qint64 oldestLock)
{
    double sessions = 0, locked = 0;
    QList<std::pair<double, QJsonObject>> apps;
    for (const auto &[appLayout, a] : count.apps) {
        if (a.sessions < 0.5 && a.locked < 0.5) {
            continue;
        }
        sessions += a.sessions;
        locked += a.locked;
        apps.append(
            {a.sessions, QJsonObject{{key(field::kApp), QString::fromStdString(appLayout.first)},
                                     {key(field::kLayout), QString::fromLatin1(layoutName(appLayout.second))},
                                     {key(field::kSessions), qRound64(a.sessions)},
                                     {key(field::kLocked), qRound64(a.locked)}}});
    }
    std::stable_sort(apps.begin(), apps.end(),
                     [](const auto &x, const auto &y) { return x.first > y.first; });
    QJsonArray list;
    for (const auto &a : apps) {
        list.append(a.second);
    }
    o.insert(key(field::kSessions), QJsonObject{{key(field::kActive), qRound64(sessions)},
                                                {key(field::kExact), count.exact},
                                                {key(field::kScannedKeys), count.scanned},
                                                {key(field::kDbKeys), keys},
                                                {key(field::kLocked), qRound64(locked)},
                                                {key(field::kOldestLockAge),
                                                 oldestLock >= 0 ? QJsonValue(oldestLock) : QJsonValue()}});
    o.insert(key(field::kApplications), list);
}

/// Sums the numbers of the nodes' "redis" objects; strings come from the first node.
QJsonObject sumNodes(const QJsonArray &nodes)
{
    QJsonObject total =
        nodes.isEmpty() ? QJsonObject() : nodes.first().toObject().value(key(field::kRedis)).toObject();
    for (qsizetype n = 1; n < nodes.size(); ++n) {
        const QJsonObject r = nodes.at(n).toObject().value(key(field::kRedis)).toObject();
        for (const char *name : kSummed) {
            total.insert(key(name), total.value(key(name)).toInteger() + r.value(key(name)).toInteger());
        }
        total.insert(key(info::kAofEnabled), total.value(key(info::kAofEnabled)).toBool() &&
                                                 r.value(key(info::kAofEnabled)).toBool());
    }
    return total;
}

} // namespace

AdminResult RedisStoreBrowser::stats()
{
    QString error;
    if (!m_client.isConnected() && !m_client.connect(&error)) {
        return failure(m_client, error);
    }
    QJsonArray nodes;
    QList<qint64> nodeKeys;
    for (int n = 0; n < m_client.nodeCount(); ++n) {
        const auto r = m_client.nodePipeline(
            n, {{"INFO"}, {"INFO", "commandstats"}, {"DBSIZE"}, {"CONFIG", "GET", "save"}}, &error);
        if (!r) {
            return failure(m_client, error);
        }
        if (r->at(0).isError()) {
            return redisError(r->at(0), QStringLiteral("INFO"));
        }
        const RedisReply &save = r->at(3);
        const bool saveKnown = save.type == RedisReply::Type::Array && save.elements.size() == 2;
        nodeKeys << r->at(2).toInteger();
        nodes.append(
            QJsonObject{{key(field::kAddress), m_client.node(n).toString()},
                        {key(field::kDbKeys), nodeKeys.last()},
                        {key(field::kRedis),
                         nodeJson(parseInfo(r->at(0).str), parseInfo(r->at(1).str),
                                  saveKnown ? std::optional(save.elements.at(1).str) : std::nullopt)}});
    }
    const QJsonObject redis = sumNodes(nodes);
    QJsonObject o{
        {key(field::kStore), QStringLiteral("redis")},
        {key(field::kKind), m_client.endpoint().kindName()},
        {key(field::kEndpoint), m_client.endpoint().toString()},
        {key(field::kVersion), redis.value(key(info::kVersion))},
        {key(field::kUptimeSeconds), redis.value(QStringLiteral("uptime_seconds"))},
        {QStringLiteral("time"), admin::isoTime(QDateTime::currentMSecsSinceEpoch())},
        {key(field::kRedis), redis},
        {key(field::kNodes), nodes},
        {key(field::kMemory),
         QJsonObject{{key(field::kPayloadBytes), redis.value(key(info::kUsedMemoryDataset))},
                     {key(field::kOverheadBytes), redis.value(key(info::kUsedMemory)).toInteger() -
                                                      redis.value(key(info::kUsedMemoryDataset)).toInteger()},
                     {key(field::kRssBytes), redis.value(key(info::kUsedMemoryRss))}}},
        {key(field::kFailovers), m_client.failoversFollowed()},
        {key(field::kRedirections), m_client.redirectionsFollowed()},
        {key(field::kEvents), QJsonArray::fromStringList(m_client.takeEvents())}};
    ScanCount count;
    qint64 allKeys = 0;
    for (int n = 0; n < m_client.nodeCount(); ++n) {
        allKeys += nodeKeys.value(n);
        const qint64 cap = m_statsScanCap / std::max(1, m_client.nodeCount());
        if (cap > 0 && !scanNode(m_client, n, cap, nodeKeys.value(n), count, &error)) {
            return failure(m_client, error);
        }
    }
    count.exact = count.exact && m_statsScanCap > 0;
    addSessionCounts(o, count, allKeys, oldestLockAge(m_client, count.lockKeys));
    return answer(o);
}

// ---------------------------------------------------------------------------------------- the store

namespace {

/// The worker thread's object: it owns the browser, so the sockets live and die on that thread.
class StoreWorker : public QObject
{
public:
    StoreWorker(const RedisEndpoint &endpoint, const std::atomic<bool> *cancel) : browser(endpoint)
    {
        browser.setCancelFlag(cancel);
    }
    RedisStoreBrowser browser;
};

} // namespace

RedisSessionStore::RedisSessionStore(RedisEndpoint endpoint, QObject *parent)
    : AdminService(parent), m_endpoint(std::move(endpoint))
{
    m_thread.setObjectName(QStringLiteral("redis-store"));
    auto *worker = new StoreWorker(m_endpoint, &m_cancel);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread.start();
}

RedisSessionStore::~RedisSessionStore()
{
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void RedisSessionStore::setStatsScanCap(qint64 keys)
{
    m_statsScanCap = keys;
}

void RedisSessionStore::post(std::function<AdminResult(RedisStoreBrowser &)> work, QObject *context,
                             Callback done)
{
    QPointer<QObject> guard(context);
    auto *worker = static_cast<StoreWorker *>(m_worker);
    const qint64 cap = m_statsScanCap;
    QMetaObject::invokeMethod(
        worker,
        [this, worker, cap, work = std::move(work), guard, done = std::move(done)]() mutable {
            worker->browser.setStatsScanCap(cap);
            AdminResult r = work(worker->browser);
            // Back to this object's thread; dropped with this object (pending events die with it).
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), r = std::move(r)] {
                    if (guard) {
                        done(r);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void RedisSessionStore::stats(QObject *context, Callback done)
{
    post([](RedisStoreBrowser &b) { return b.stats(); }, context, std::move(done));
}

void RedisSessionStore::sessions(const admin::SessionQuery &query, QObject *context, Callback done)
{
    post([query](RedisStoreBrowser &b) { return b.sessions(query); }, context, std::move(done));
}

void RedisSessionStore::session(const QString &app, const QString &id, QObject *context, Callback done)
{
    post([app, id](RedisStoreBrowser &b) { return b.session(app, id); }, context, std::move(done));
}

void RedisSessionStore::abandon(const QString &app, const QString &id, QObject *context, Callback done)
{
    post([app, id](RedisStoreBrowser &b) { return b.abandon(app, id, false); }, context, std::move(done));
}

void RedisSessionStore::abandonForced(const QString &app, const QString &id, QObject *context, Callback done)
{
    post([app, id](RedisStoreBrowser &b) { return b.abandon(app, id, true); }, context, std::move(done));
}

void RedisSessionStore::touch(const QString &app, const QString &id, QObject *context, Callback done)
{
    post([app, id](RedisStoreBrowser &b) { return b.touch(app, id); }, context, std::move(done));
}

} // namespace sd
