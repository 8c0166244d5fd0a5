// SPDX-License-Identifier: GPL-3.0-or-later
#include "loadgen/loadgen.h"

#include "aspnet/sessiondata.h"
#include "client/stateclient.h"
#include "redis/providerlayout.h"
#include "stateproto/sessionstore.h"
#include "stateproto/stateprotocol.h"

#include <hiredis/hiredis.h>

#include <QString>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <thread>

namespace sd {

// ------------------------------------------------------------------------------------- histogram

int LatencyHistogram::index(std::int64_t ns)
{
    if (ns < (1 << (kSubBits + 1))) {
        return int(std::max<std::int64_t>(ns, 0));
    }
    const int msb = 63 - std::countl_zero(std::uint64_t(ns));
    const int shift = msb - kSubBits;
    const int idx = (shift + 1) * (1 << kSubBits) +
                    int((std::uint64_t(ns) >> shift) & ((1 << kSubBits) - 1)) + (1 << kSubBits);
    return std::min(idx, kBuckets - 1);
}

std::int64_t LatencyHistogram::valueAt(int idx)
{
    if (idx < (1 << (kSubBits + 1))) {
        return idx;
    }
    const int shift = (idx - (1 << kSubBits)) / (1 << kSubBits) - 1;
    const std::int64_t sub = (idx - (1 << kSubBits)) % (1 << kSubBits);
    const std::int64_t low = ((1 << kSubBits) + sub) << shift;
    return low + ((std::int64_t(1) << shift) / 2);
}

void LatencyHistogram::record(std::int64_t ns)
{
    ++m_counts[std::size_t(index(ns))];
    ++m_count;
    m_sum += ns;
    m_max = std::max(m_max, ns);
}

void LatencyHistogram::merge(const LatencyHistogram &o)
{
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        m_counts[i] += o.m_counts[i];
    }
    m_count += o.m_count;
    m_sum += o.m_sum;
    m_max = std::max(m_max, o.m_max);
}

std::int64_t LatencyHistogram::percentile(double q) const
{
    if (m_count == 0) {
        return 0;
    }
    const std::int64_t rank = std::max<std::int64_t>(1, std::int64_t(std::ceil(q * double(m_count))));
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        seen += m_counts[i];
        if (seen >= rank) {
            return std::min(valueAt(int(i)), m_max);
        }
    }
    return m_max;
}

// ------------------------------------------------------------------------------------- mix

bool LoadMix::parse(const std::string &text, LoadMix *mix, std::string *error)
{
    LoadMix m{0, 0, 0, 0, 0, 0};
    std::stringstream ss(text);
    std::string part;
    while (std::getline(ss, part, ',')) {
        const auto eq = part.find('=');
        const std::string name = part.substr(0, eq);
        int value = -1;
        if (eq != std::string::npos) {
            try {
                value = std::stoi(part.substr(eq + 1));
            } catch (...) {
                value = -1;
            }
        }
        int *slot = name == "new"       ? &m.newVisitor
                    : name == "return"  ? &m.returning
                    : name == "read"    ? &m.readOnly
                    : name == "abandon" ? &m.abandon
                    : name == "reset"   ? &m.reset
                    : name == "expire"  ? &m.expire
                    : name == "contend" ? &m.contend
                                        : nullptr;
        if (!slot || value < 0) {
            if (error) {
                *error = "mix entries are new|return|read|abandon|reset|expire|contend=WEIGHT (a whole "
                         "number >= 0), not '" +
                         part + "'";
            }
            return false;
        }
        *slot = value;
    }
    if (m.newVisitor + m.returning + m.readOnly + m.abandon + m.reset + m.expire + m.contend == 0) {
        if (error) {
            *error = "the mix has no page with a weight above 0";
        }
        return false;
    }
    *mix = m;
    return true;
}

std::string LoadMix::toString() const
{
    return "new=" + std::to_string(newVisitor) + ",return=" + std::to_string(returning) +
           ",read=" + std::to_string(readOnly) + ",abandon=" + std::to_string(abandon) +
           ",reset=" + std::to_string(reset) + ",expire=" + std::to_string(expire) +
           (contend ? ",contend=" + std::to_string(contend) : std::string());
}

// ------------------------------------------------------------------------------------- the runner

namespace {

using Clock = std::chrono::steady_clock;

std::int64_t nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

// Lua following RedisSessionStateProvider's scripts as machinekey.md §5 describes them (our own text), for
// both data layouts: a prologue defines how data and timeout are read and written (v5: strings; v2-v4: a
// hash with one field per item and an _Internal hash with field SessionTimeout), the scripts use it.
// KEYS: lock, data, timeout. A lock taken for a session without data is dropped in the same script (the
// provider releases it in a second round trip; doing it here favours Redis).
const char kLuaStrings[] = R"lua(
local function getData(k) return redis.call('GET', k) or '' end
local function noData() return '' end
local function isEmpty(d) return d == '' end
local function setData(k, field, v) redis.call('SET', k, v) end
local function getTimeout(k) return redis.call('GET', k) end
local function setTimeout(k, t) redis.call('SET', k, t) end
)lua";
const char kLuaHashes[] = R"lua(
local function getData(k) return redis.call('HGETALL', k) end
local function noData() return {} end
local function isEmpty(d) return #d == 0 end
local function setData(k, field, v) redis.call('HSET', k, field, v) end
local function getTimeout(k) return redis.call('HGET', k, 'SessionTimeout') end
local function setTimeout(k, t) redis.call('HSET', k, 'SessionTimeout', t) end
)lua";

// Both Get scripts end alike: slide data and timeout keys by the stored timeout (seconds); '-1' when none.
const char kLuaSlideTimeout[] = R"lua(
local function slideTimeout()
  local t = getTimeout(KEYS[3])
  if not t then return '-1' end
  redis.call('EXPIRE', KEYS[2], t)
  redis.call('EXPIRE', KEYS[3], t)
  return t
end
)lua";

const char kLuaGetExclusive[] = R"lua(
local lockValue = ARGV[1]
local isLocked = 0
if redis.call('SETNX', KEYS[1], ARGV[1]) == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
else
  lockValue = redis.call('GET', KEYS[1])
  isLocked = 1
end
local data = noData()
if lockValue == ARGV[1] then
  isLocked = 0
  data = getData(KEYS[2])
  if isEmpty(data) then redis.call('DEL', KEYS[1]) end
end
return {lockValue or '', data, slideTimeout(), isLocked})lua";

const char kLuaGetShared[] = R"lua(
local lockValue = redis.call('GET', KEYS[1])
local data = noData()
if not lockValue then data = getData(KEYS[2]) end
return {lockValue or '', data, slideTimeout()})lua";

// KEYS: data, timeout. ARGV: bytes, seconds, item name (v2-v4's hash field).
const char kLuaSet[] = R"lua(
setData(KEYS[1], ARGV[3], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
setTimeout(KEYS[2], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return 1)lua";

// KEYS: lock, data, timeout. ARGV: lockId, seconds, bytes, item name.
const char kLuaUpdateAndRelease[] = R"lua(
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
setData(KEYS[2], ARGV[4], ARGV[3])
redis.call('EXPIRE', KEYS[2], ARGV[2])
setTimeout(KEYS[3], ARGV[2])
redis.call('EXPIRE', KEYS[3], ARGV[2])
redis.call('DEL', KEYS[1])
return 1)lua";

// KEYS: lock, data, timeout. ARGV: lockId.
const char kLuaRemove[] = R"lua(
if ARGV[1] ~= '' and redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('DEL', KEYS[2])
redis.call('DEL', KEYS[3])
redis.call('DEL', KEYS[1])
return 1)lua";

// KEYS: data, timeout. ARGV: seconds.
const char kLuaResetTimeout[] = R"lua(
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local t = getTimeout(KEYS[2]) or ARGV[1]
redis.call('EXPIRE', KEYS[1], t)
redis.call('EXPIRE', KEYS[2], t)
return 1)lua";

/// The item every visitor stores, under this name (v2-v4: the hash field).
const char kItemName[] = "cart";

enum class Page : std::uint8_t
{
    New,
    Return,
    Read,
    Abandon,
    Reset,
    Expire,
    Contend,
    Prefill
};
const char *const kPageNames[] = {"new",   "return", "read",    "abandon",
                                  "reset", "expire", "contend", "prefill"};

enum class Op : std::uint8_t
{
    GetExclusive,
    Get,
    PutNew,
    PutUninitialized,
    PutLocked,
    Remove,
    Head
};

struct Shared
{
    explicit Shared(const LoadOptions &options) : o(options) {}
    const LoadOptions &o;
    std::vector<std::string> stateKeyPrefix; ///< per app: URL-encoded "<appId>(<hash>)/" for the state server
    std::vector<std::string> redisApp;       ///< per app: the provider's applicationName
    std::string body, uninitializedBody;     ///< content of a PUT: full item, empty collection
    std::array<std::string, 6> sha;          ///< Redis script SHA1s
    std::string nonce;                       ///< makes this run's session ids unique
    std::atomic<bool> stop{false};
    std::atomic<bool> measuring{false};
    std::atomic<int> prefillDone{0};
    std::atomic<std::int64_t> measuredRequests{0};
    LoadProgress *progress = nullptr;
};

/// A session id of 24 chars from a-z0-5, as SessionIDManager makes them: the run nonce + the slot number.
std::string sessionIdFor(const std::string &nonce, std::uint64_t n, char kind)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz012345";
    std::string id = nonce;
    id += kind;
    while (id.size() < 24) {
        id += alphabet[n & 31];
        n >>= 5;
    }
    return id;
}

int connectTo(const std::string &host, std::uint16_t port, std::string *error)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0 || !res) {
        if (error) {
            *error = "cannot resolve " + host;
        }
        return -1;
    }
    int fd = -1;
    for (addrinfo *a = res; a; a = a->ai_next) {
        fd = ::socket(a->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd >= 0 && ::connect(fd, a->ai_addr, a->ai_addrlen) == 0) {
            break;
        }
        if (error) {
            *error = "cannot connect to " + host + ":" + std::to_string(port) + ": " + std::strerror(errno);
        }
        if (fd >= 0) {
            ::close(fd);
        }
        fd = -1;
    }
    freeaddrinfo(res);
    if (fd >= 0) {
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    return fd;
}

struct Worker
{
    struct Conn
    {
        int fd = -1;
        std::string out;
        std::size_t outPos = 0;
        std::string in;
        proto::ResponseParser resp;
        redisReader *reader = nullptr;
        Page page = Page::New;
        Op op = Op::Get;
        int step = 0;
        bool cookieless = false;
        bool busy = false; ///< a request is in flight
        std::int64_t sentAt = 0;
        std::uint32_t slot = 0; ///< index into present/absent bookkeeping
        std::string id;         ///< session id of the current page
        int app = 0;
        std::int32_t cookie = 0;
        std::string lockId;                         ///< Redis lock value (DateTime.Now.Ticks)
        int handshake = 0;                          ///< Redis: AUTH/SELECT answers still to come
        std::vector<std::uint32_t> present, absent; ///< this connection's own sessions
        std::uint64_t expireCounter = 0;
        int index = 0;
    };

    Shared &sh;
    int id;
    int epfd = -1;
    std::vector<std::unique_ptr<Conn>> conns;
    std::mt19937_64 rng;
    LatencyHistogram latency;
    std::map<std::string, std::int64_t> errors;
    std::array<std::int64_t, 8> pages{};
    std::int64_t requests = 0, pagesDone = 0, prefilled = 0;
    std::deque<Conn *> waitingForRate;
    std::int64_t nextPageAt = 0;
    std::int64_t pageIntervalNs = 0;
    bool prefillPhase = false;
    std::string fatal;

    Worker(Shared &s, int workerId)
        : sh(s), id(workerId), rng(std::random_device{}() + std::uint64_t(workerId))
    {}
    ~Worker()
    {
        for (auto &c : conns) {
            if (c->fd >= 0) {
                ::close(c->fd);
            }
            if (c->reader) {
                redisReaderFree(c->reader);
            }
        }
        if (epfd >= 0) {
            ::close(epfd);
        }
    }

    bool redis() const { return sh.o.target == LoadOptions::Target::Redis; }

    void error(const std::string &kind)
    {
        ++errors[kind];
        if (sh.progress) {
            ++sh.progress->errors;
        }
    }

    bool open(Conn &c)
    {
        std::string e;
        c.fd = connectTo(sh.o.host, sh.o.port, &e);
        if (c.fd < 0) {
            if (fatal.empty()) {
                fatal = e;
            }
            return false;
        }
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLOUT | EPOLLET;
        ev.data.ptr = &c;
        epoll_ctl(epfd, EPOLL_CTL_ADD, c.fd, &ev);
        if (redis()) {
            if (c.reader) {
                redisReaderFree(c.reader);
            }
            c.reader = redisReaderCreate();
            c.reader->maxbuf = 0;
        }
        c.in.clear();
        c.out.clear();
        c.outPos = 0;
        c.resp = proto::ResponseParser();
        c.handshake = 0;
        if (redis() && !sh.o.redisPassword.empty()) { // sent ahead of the first page, answered first
            if (sh.o.redisUser.empty()) {
                redisCommand(c, {"AUTH", sh.o.redisPassword});
            } else {
                redisCommand(c, {"AUTH", sh.o.redisUser, sh.o.redisPassword});
            }
            ++c.handshake;
        }
        if (redis() && sh.o.redisDatabase != 0) {
            redisCommand(c, {"SELECT", std::to_string(sh.o.redisDatabase)});
            ++c.handshake;
        }
        return true;
    }

    /// Reads the answers to AUTH and SELECT; false (and the run stops) when Redis refused one, or when
    /// they have not all arrived yet.
    bool readHandshake(Conn &c)
    {
        while (c.handshake > 0) {
            void *reply = nullptr;
            if (redisReaderGetReply(c.reader, &reply) != REDIS_OK || !reply) {
                return false;
            }
            auto *r = static_cast<redisReply *>(reply);
            const bool refused = r->type == REDIS_REPLY_ERROR;
            const std::string text = refused ? std::string(r->str, r->len) : std::string();
            freeReplyObject(r);
            --c.handshake;
            if (refused) {
                if (fatal.empty()) {
                    fatal = "Redis refused AUTH or SELECT: " + text;
                }
                sh.stop = true;
                return false;
            }
        }
        return true;
    }

    void reconnect(Conn &c, const char *why)
    {
        error(why);
        epoll_ctl(epfd, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
        c.busy = false;
        if (!open(c)) {
            return;
        }
        startPage(c);
    }

    // ---- requests

    std::string stateKey(const Conn &c) const { return sh.stateKeyPrefix[std::size_t(c.app)] + c.id; }

    void redisCommand(Conn &c, std::initializer_list<std::string_view> args)
    {
        std::vector<const char *> argv;
        std::vector<std::size_t> lens;
        for (std::string_view a : args) {
            argv.push_back(a.data());
            lens.push_back(a.size());
        }
        char *cmd = nullptr;
        const int len = redisFormatCommandArgv(&cmd, int(argv.size()), argv.data(), lens.data());
        c.out.append(cmd, std::size_t(len));
        redisFreeCommand(cmd);
    }

    void send(Conn &c, Op op)
    {
        c.op = op;
        const std::int32_t timeout = c.page == Page::Expire ? 1 : sh.o.timeoutMinutes;
        if (!redis()) {
            proto::ClientRequest r;
            r.target = stateKey(c);
            r.host = sh.o.host;
            switch (op) {
            case Op::GetExclusive:
                r.exclusive = proto::Exclusive::Acquire;
                break;
            case Op::Get:
                break;
            case Op::PutNew:
            case Op::PutUninitialized:
            case Op::PutLocked:
                r.verb = proto::Verb::Put;
                r.timeout = timeout;
                r.body = op == Op::PutUninitialized ? sh.uninitializedBody : sh.body;
                if (op == Op::PutUninitialized) {
                    r.extraFlags = kFlagUninitialized;
                }
                if (op == Op::PutLocked) {
                    r.lockCookie = c.cookie;
                }
                break;
            case Op::Remove:
                r.verb = proto::Verb::Delete;
                r.lockCookie = c.cookie;
                break;
            case Op::Head:
                r.verb = proto::Verb::Head;
                break;
            }
            proto::appendRequest(c.out, r);
            c.resp = proto::ResponseParser();
        } else {
            const ProviderKeys k = providerKeys(sh.o.redisLayout, sh.redisApp[std::size_t(c.app)], c.id);
            const std::string seconds = std::to_string(timeout * 60);
            switch (op) {
            case Op::GetExclusive: {
                std::string lockId =
                    std::to_string(unixMsToLocalTicks(std::chrono::duration_cast<std::chrono::milliseconds>(
                                                          std::chrono::system_clock::now().time_since_epoch())
                                                          .count()) +
                                   std::int64_t(rng() % 10000));
                if (!(c.page == Page::Contend && c.step == 1)) {
                    c.lockId = lockId;
                } else if (lockId == c.lockId) { // the second tab's id must differ, or it would own the lock
                    lockId += '1';
                }
                redisCommand(c, {"EVALSHA", sh.sha[0], "3", k.lock, k.data, k.timeout, lockId, "110"});
                break;
            }
            case Op::Get:
                redisCommand(c, {"EVALSHA", sh.sha[1], "3", k.lock, k.data, k.timeout});
                break;
            case Op::PutNew:
            case Op::PutUninitialized:
                redisCommand(c, {"EVALSHA", sh.sha[2], "2", k.data, k.timeout,
                                 op == Op::PutNew ? sh.body : sh.uninitializedBody, seconds, kItemName});
                break;
            case Op::PutLocked:
                redisCommand(c, {"EVALSHA", sh.sha[3], "3", k.lock, k.data, k.timeout, c.lockId, seconds,
                                 sh.body, kItemName});
                break;
            case Op::Remove:
                redisCommand(c, {"EVALSHA", sh.sha[4], "3", k.lock, k.data, k.timeout, c.lockId});
                break;
            case Op::Head:
                redisCommand(c, {"EVALSHA", sh.sha[5], "2", k.data, k.timeout, seconds});
                break;
            }
        }
        c.busy = true;
        c.sentAt = nowNs();
        flush(c);
    }

    void flush(Conn &c)
    {
        while (c.outPos < c.out.size()) {
            const ssize_t n = ::send(c.fd, c.out.data() + c.outPos, c.out.size() - c.outPos, MSG_NOSIGNAL);
            if (n > 0) {
                c.outPos += std::size_t(n);
            } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                return;
            } else {
                return reconnect(c, "closed");
            }
        }
        c.out.clear();
        c.outPos = 0;
    }

    // ---- pages

    void markPresent(Conn &c, bool present)
    {
        if (c.page == Page::Expire) {
            return;
        }
        auto &from = present ? c.absent : c.present;
        auto &to = present ? c.present : c.absent;
        const auto it = std::find(from.begin(), from.end(), c.slot);
        if (it != from.end()) {
            *it = from.back();
            from.pop_back();
            to.push_back(c.slot);
        }
    }

    Page pickPage(Conn &c)
    {
        const LoadMix &m = sh.o.mix;
        const int total =
            m.newVisitor + m.returning + m.readOnly + m.abandon + m.reset + m.expire + m.contend;
        int r = int(rng() % std::uint64_t(total));
        Page p = Page::Expire;
        for (auto [w, page] : {std::pair{m.newVisitor, Page::New},
                               {m.returning, Page::Return},
                               {m.readOnly, Page::Read},
                               {m.abandon, Page::Abandon},
                               {m.reset, Page::Reset},
                               {m.contend, Page::Contend}}) {
            if (r < w) {
                p = page;
                break;
            }
            r -= w;
        }
        if (p == Page::New && c.absent.empty()) {
            p = Page::Return;
        }
        if (p != Page::New && p != Page::Expire && c.present.empty()) {
            p = c.absent.empty() ? Page::Expire : Page::New;
        }
        return p;
    }

    void startPage(Conn &c)
    {
        if (sh.stop.load(std::memory_order_relaxed)) {
            return;
        }
        if (prefillPhase) {
            if (c.absent.empty()) {
                return;
            }
            c.page = Page::Prefill;
            c.slot = c.absent.back();
        } else {
            if (pageIntervalNs > 0) {
                const std::int64_t now = nowNs();
                if (now < nextPageAt) {
                    waitingForRate.push_back(&c);
                    return;
                }
                nextPageAt = std::max(nextPageAt, now - 100'000'000) + pageIntervalNs;
            }
            c.page = pickPage(c);
            if (c.page == Page::New) {
                c.slot = c.absent[rng() % c.absent.size()];
            } else if (c.page != Page::Expire) {
                c.slot = c.present[rng() % c.present.size()];
            }
        }
        c.step = 0;
        if (c.page == Page::Expire) {
            c.app = int(c.expireCounter % std::uint64_t(sh.o.apps));
            c.id = sessionIdFor(sh.nonce, (std::uint64_t(c.index) << 32) | c.expireCounter++, 'x');
        } else {
            c.app = int(c.slot % std::uint32_t(sh.o.apps));
            c.id = sessionIdFor(sh.nonce, c.slot, 's');
        }
        c.cookieless =
            c.page == Page::New && sh.o.cookieless > 0 && double(rng() % 10000) < sh.o.cookieless * 10000.0;
        switch (c.page) {
        case Page::New:
            return send(c, c.cookieless ? Op::PutUninitialized : Op::GetExclusive);
        case Page::Return:
        case Page::Abandon:
        case Page::Contend:
            return send(c, Op::GetExclusive);
        case Page::Read:
            return send(c, Op::Get);
        case Page::Reset:
            return send(c, Op::Head);
        case Page::Expire:
        case Page::Prefill:
            return send(c, Op::PutNew);
        }
    }

    void endPage(Conn &c)
    {
        if (prefillPhase) {
            ++prefilled;
        } else if (sh.measuring.load(std::memory_order_relaxed)) {
            ++pages[std::size_t(c.page)];
            ++pagesDone;
            if (sh.progress) {
                ++sh.progress->pages;
            }
        }
        startPage(c);
    }

    /// The answer to c.op: 200, 404, 423, another status, or -1 for a Redis error reply.
    void onAnswer(Conn &c, int status, std::optional<std::int32_t> cookie)
    {
        c.busy = false;
        if (sh.measuring.load(std::memory_order_relaxed) && !prefillPhase) {
            latency.record(nowNs() - c.sentAt);
            ++requests;
            if (sh.progress) {
                ++sh.progress->requests;
            }
            if (sh.o.requests > 0 && ++sh.measuredRequests >= sh.o.requests) {
                sh.stop = true;
            }
        }
        if (c.page == Page::Contend && c.step == 1) {
            // The second tab's request: 423 is what it should get; either way the first tab then saves.
            c.step = 2;
            if (status != 423) {
                error(status == 200 ? "not locked" : "status " + std::to_string(status));
            }
            return send(c, Op::PutLocked);
        }
        if (status == 423) {
            error("locked");
            return endPage(c);
        }
        if (status != 200 && status != 404) {
            error(status < 0 ? "redis" : "status " + std::to_string(status));
            return endPage(c);
        }
        const bool found = status == 200;
        switch (c.op) {
        case Op::GetExclusive:
            if (found) {
                c.cookie = cookie.value_or(0);
                if (c.page == Page::Contend) {
                    c.step = 1;
                    return send(c, Op::GetExclusive);
                }
                return send(c, c.page == Page::Abandon ? Op::Remove : Op::PutLocked);
            }
            if (c.page != Page::New) {
                error("lost"); // a session we created is gone (expired or abandoned elsewhere)
            }
            markPresent(c, false);
            return send(c, Op::PutNew);
        case Op::Get:
        case Op::Head:
            if (!found) {
                error("lost");
                markPresent(c, false);
            }
            return endPage(c);
        case Op::PutUninitialized:
            return send(c, Op::GetExclusive);
        case Op::PutNew:
        case Op::PutLocked:
            markPresent(c, true);
            return endPage(c);
        case Op::Remove:
            markPresent(c, false);
            return endPage(c);
        }
    }

    void onReadable(Conn &c)
    {
        char buf[65536];
        for (;;) {
            const ssize_t n = ::recv(c.fd, buf, sizeof buf, 0);
            if (n > 0) {
                if (redis()) {
                    redisReaderFeed(c.reader, buf, std::size_t(n));
                } else {
                    c.in.append(buf, std::size_t(n));
                }
            } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                break;
            } else {
                return reconnect(c, "closed");
            }
        }
        if (redis() && !readHandshake(c)) {
            return;
        }
        if (!c.busy) {
            return;
        }
        if (!redis()) {
            const auto st = c.resp.parse(c.in, c.op == Op::Head);
            if (st == proto::ResponseParser::Status::NeedMore) {
                return;
            }
            if (st == proto::ResponseParser::Status::Error) {
                return reconnect(c, "protocol");
            }
            c.in.erase(0, c.resp.consumed());
            // A 200 to a GET is data only with Content-Length > 0 (RS OutOfProcStateClientManager.DoGet):
            // with no bytes the real client sees no item, so it counts as not found here too.
            const bool noItem =
                (c.op == Op::Get || c.op == Op::GetExclusive) && c.resp.status == 200 && !c.resp.hasData();
            return onAnswer(c, noItem ? 404 : c.resp.status, c.resp.lockCookie);
        }
        void *reply = nullptr;
        if (redisReaderGetReply(c.reader, &reply) != REDIS_OK) {
            return reconnect(c, "protocol");
        }
        if (!reply) {
            return;
        }
        auto *r = static_cast<redisReply *>(reply);
        int status = 200; // Redis has no lock cookie: the lock value (c.lockId) plays its part
        if (r->type == REDIS_REPLY_ERROR) {
            status = -1;
        } else if (c.op == Op::GetExclusive || c.op == Op::Get) {
            if (r->type != REDIS_REPLY_ARRAY || r->elements < 3) {
                status = -1;
            } else {
                const bool locked = c.op == Op::GetExclusive
                                        ? (r->elements > 3 && r->element[3]->integer == 1)
                                        : r->element[0]->len > 0;
                const redisReply *data = r->element[1]; // v5: a string; v2-v4: HGETALL's array
                const bool empty = data->type == REDIS_REPLY_ARRAY ? data->elements == 0 : data->len == 0;
                status = locked ? 423 : (empty ? 404 : 200);
            }
        } else if (c.op == Op::PutLocked || c.op == Op::Remove) {
            status = r->integer == 1 ? 200 : 423;
        } else if (c.op == Op::Head) {
            status = r->integer == 1 ? 200 : 404;
        }
        freeReplyObject(r);
        onAnswer(c, status, std::nullopt);
    }

    void checkTimeouts()
    {
        const std::int64_t limit = std::int64_t(sh.o.requestTimeoutMs) * 1'000'000, now = nowNs();
        for (auto &c : conns) {
            if (c->busy && now - c->sentAt > limit) {
                reconnect(*c, "timeout");
            }
        }
    }

    void loop()
    {
        epoll_event events[256];
        std::int64_t lastCheck = nowNs();
        while (!sh.stop.load(std::memory_order_relaxed)) {
            int waitMs = 100;
            if (!waitingForRate.empty()) {
                waitMs = int(std::clamp<std::int64_t>((nextPageAt - nowNs()) / 1'000'000, 0, 100));
            }
            const int n = epoll_wait(epfd, events, 256, waitMs);
            for (int i = 0; i < n; ++i) {
                Conn &c = *static_cast<Conn *>(events[i].data.ptr);
                if (events[i].events & EPOLLOUT) {
                    flush(c);
                }
                if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
                    onReadable(c);
                }
            }
            while (!waitingForRate.empty() && nowNs() >= nextPageAt) {
                Conn *c = waitingForRate.front();
                waitingForRate.pop_front();
                startPage(*c);
            }
            if (prefillPhase &&
                std::none_of(conns.begin(), conns.end(), [](const auto &c) { return c->busy; })) {
                return; // every session of this worker exists
            }
            if (nowNs() - lastCheck > 1'000'000'000) {
                lastCheck = nowNs();
                checkTimeouts();
            }
        }
    }

    void run(int firstConn, int connCount)
    {
        epfd = epoll_create1(EPOLL_CLOEXEC);
        const int total = sh.o.concurrency;
        for (int i = 0; i < connCount; ++i) {
            auto c = std::make_unique<Conn>();
            c->index = firstConn + i;
            for (int s = c->index; s < sh.o.sessions; s += total) {
                c->absent.push_back(std::uint32_t(s));
            }
            if (!open(*c)) {
                sh.stop = true;
                ++sh.prefillDone;
                return;
            }
            conns.push_back(std::move(c));
        }
        if (sh.o.prefill) {
            prefillPhase = true;
            for (auto &c : conns) {
                startPage(*c);
            }
            loop();
            prefillPhase = false;
        }
        ++sh.prefillDone;
        while (!sh.measuring.load() && !sh.stop.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
        if (sh.o.pagesPerSecond > 0) { // this worker's share of the rate, in proportion to its connections
            pageIntervalNs =
                std::int64_t(1e9 / (sh.o.pagesPerSecond * double(conns.size()) / double(sh.o.concurrency)));
        }
        nextPageAt = nowNs();
        for (auto &c : conns) {
            if (!c->busy) {
                startPage(*c);
            }
        }
        loop();
    }
};

std::string randomNonce()
{
    std::random_device rd;
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz012345";
    std::string s;
    for (int i = 0; i < 4; ++i) {
        s += alphabet[rd() % 32];
    }
    return s;
}

bool loadScripts(Shared &sh, std::string *error)
{
    const timeval tv{5, 0};
    redisContext *ctx = redisConnectWithTimeout(sh.o.host.c_str(), sh.o.port, tv);
    if (!ctx || ctx->err) {
        *error = "cannot connect to redis://" + sh.o.host + ":" + std::to_string(sh.o.port) + ": " +
                 (ctx ? ctx->errstr : "out of memory");
        if (ctx) {
            redisFree(ctx);
        }
        return false;
    }
    std::vector<std::vector<std::string>> handshake;
    if (!sh.o.redisPassword.empty()) {
        handshake.push_back(sh.o.redisUser.empty()
                                ? std::vector<std::string>{"AUTH", sh.o.redisPassword}
                                : std::vector<std::string>{"AUTH", sh.o.redisUser, sh.o.redisPassword});
    }
    if (sh.o.redisDatabase != 0) {
        handshake.push_back({"SELECT", std::to_string(sh.o.redisDatabase)});
    }
    for (const auto &args : handshake) {
        std::vector<const char *> argv;
        std::vector<std::size_t> lens;
        for (const std::string &a : args) {
            argv.push_back(a.data());
            lens.push_back(a.size());
        }
        auto *r =
            static_cast<redisReply *>(redisCommandArgv(ctx, int(argv.size()), argv.data(), lens.data()));
        const bool refused = !r || r->type == REDIS_REPLY_ERROR;
        if (refused) {
            *error = "Redis refused " + args[0] + ": " + (r && r->str ? r->str : ctx->errstr);
        }
        if (r) {
            freeReplyObject(r);
        }
        if (refused) {
            redisFree(ctx);
            return false;
        }
    }
    const std::string prologue = sh.o.redisLayout == ProviderLayout::V5 ? kLuaStrings : kLuaHashes;
    const std::string scripts[] = {prologue + kLuaSlideTimeout + kLuaGetExclusive,
                                   prologue + kLuaSlideTimeout + kLuaGetShared,
                                   prologue + kLuaSet,
                                   prologue + kLuaUpdateAndRelease,
                                   kLuaRemove,
                                   prologue + kLuaResetTimeout};
    for (std::size_t i = 0; i < 6; ++i) {
        auto *r = static_cast<redisReply *>(::redisCommand(ctx, "SCRIPT LOAD %s", scripts[i].c_str()));
        if (!r || r->type != REDIS_REPLY_STRING) {
            *error = std::string("SCRIPT LOAD failed: ") + (r && r->str ? r->str : ctx->errstr);
            if (r) {
                freeReplyObject(r);
            }
            redisFree(ctx);
            return false;
        }
        sh.sha[i] = std::string(r->str, r->len);
        freeReplyObject(r);
    }
    redisFree(ctx);
    return true;
}

} // namespace

/// Fills in what every worker sends: the item bytes (one String item padded to about `o.itemBytes`, in the
/// target's layout), the bytes of an uninitialized item, and each application's key prefix.
static void prepareRequests(Shared &sh, const LoadOptions &o)
{
    // Items: one String item padded so that the SessionStateItemCollection is about itemBytes long.
    SessionStateData d;
    d.setRaw(QStringLiteral("cart"),
             *encodeAltValue(AltType::String, QString(std::max(1, o.itemBytes - 16), u'x')));
    d.timeout = o.timeoutMinutes;
    const QByteArray full = encodeSessionState(d);
    SessionStateData empty;
    empty.timeout = o.timeoutMinutes;
    const QByteArray emptyBytes = encodeSessionState(empty);
    if (o.target == LoadOptions::Target::Redis && o.redisLayout == ProviderLayout::V5) {
        // v5 stores SessionStateItemCollection.Serialize bytes (an empty collection: count 0).
        sh.body = encodeV5Collection(d).toStdString();
        sh.uninitializedBody = encodeV5Collection(empty).toStdString();
    } else if (o.target == LoadOptions::Target::Redis) {
        // v1-v4 store each item as a hash field holding BinaryFormatter bytes; a hash cannot be empty, so
        // an uninitialized item gets the same field.
        sh.body = nrbfString(QString(std::max(1, o.itemBytes - 40), u'x')).toStdString();
        sh.uninitializedBody = sh.body;
    } else {
        sh.body = full.toStdString();
        sh.uninitializedBody = emptyBytes.toStdString();
    }
    for (int a = 0; a < o.apps; ++a) {
        const QString appId = QStringLiteral("/LM/W3SVC/1/ROOT/app%1").arg(a);
        const std::string t = stateRequestTarget(appId, QStringLiteral("X"));
        sh.stateKeyPrefix.push_back(t.substr(0, t.size() - 1));
        sh.redisApp.push_back("/app" + std::to_string(a));
    }
}

LoadReport runLoad(const LoadOptions &o, LoadProgress *progress, const std::atomic<bool> *cancel)
{
    LoadReport report;
    Shared sh{o};
    sh.progress = progress;
    sh.nonce = randomNonce();
    prepareRequests(sh, o);
    if (o.target == LoadOptions::Target::Redis && !loadScripts(sh, &report.fatal)) {
        return report;
    }

    int threads = o.threads > 0 ? o.threads : std::min(2, int(std::thread::hardware_concurrency()));
    threads = std::clamp(threads, 1, std::max(1, o.concurrency));
    std::vector<std::unique_ptr<Worker>> workers;
    std::vector<std::thread> ts;
    int first = 0;
    for (int t = 0; t < threads; ++t) {
        const int n = o.concurrency / threads + (t < o.concurrency % threads ? 1 : 0);
        workers.push_back(std::make_unique<Worker>(sh, t));
        ts.emplace_back([w = workers.back().get(), first, n] { w->run(first, n); });
        first += n;
    }
    if (progress) {
        progress->prefilling = o.prefill;
    }
    const auto prefillStart = Clock::now();
    while (sh.prefillDone.load() < threads && !(cancel && cancel->load())) {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    report.prefillSeconds = std::chrono::duration<double>(Clock::now() - prefillStart).count();
    if (progress) {
        progress->prefilling = false;
    }
    const auto start = Clock::now();
    sh.measuring = true;
    const auto end = start + std::chrono::duration<double>(o.durationSeconds);
    while (!sh.stop.load() && !(cancel && cancel->load()) && (o.requests > 0 || Clock::now() < end)) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    sh.stop = true;
    report.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    for (auto &t : ts) {
        t.join();
    }
    for (auto &w : workers) {
        if (report.fatal.empty() && !w->fatal.empty()) {
            report.fatal = w->fatal;
        }
        report.latency.merge(w->latency);
        report.requests += w->requests;
        report.pages += w->pagesDone;
        report.prefilled += w->prefilled;
        for (const auto &[k, v] : w->errors) {
            report.errors[k] += v;
        }
        for (std::size_t p = 0; p < w->pages.size(); ++p) {
            if (w->pages[p]) {
                report.pagesByKind[kPageNames[p]] += w->pages[p];
            }
        }
    }
    return report;
}

} // namespace sd
