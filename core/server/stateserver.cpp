// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/stateserver.h"

#include "stateproto/stateruntime.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <new>
#include <optional>
#include <poll.h>
#include <string>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>
#include <unordered_set>

namespace sd {

namespace {

std::int64_t steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// Output queued beyond this stops request processing on a connection until the peer reads (backpressure).
constexpr std::size_t kMaxPendingOutput = std::size_t(4) * 1024 * 1024;
/// Empties a connection buffer; one that grew past kKeepBufferBytes (a large item) gives its memory back.
constexpr std::size_t kKeepBufferBytes = std::size_t(1) << 20;
void clearBuffer(std::string &buffer)
{
    if (buffer.capacity() > kKeepBufferBytes) {
        std::string().swap(buffer);
    } else {
        buffer.clear();
    }
}

/// A request body at least this large is logged when it starts to arrive: it costs that much memory, about
/// twice while it is copied into the store (the real service has no limit; ours is --max-body).
constexpr std::size_t kLargeBodyBytes = std::size_t(64) * 1024 * 1024;

bool isLoopback(const sockaddr_storage &a)
{
    if (a.ss_family == AF_INET) {
        return (ntohl(reinterpret_cast<const sockaddr_in &>(a).sin_addr.s_addr) >> 24) == 127;
    }
    if (a.ss_family == AF_INET6) {
        const in6_addr &v6 = reinterpret_cast<const sockaddr_in6 &>(a).sin6_addr;
        if (IN6_IS_ADDR_LOOPBACK(&v6)) {
            return true;
        }
        return IN6_IS_ADDR_V4MAPPED(&v6) && v6.s6_addr[12] == 127;
    }
    return a.ss_family == AF_UNIX;
}

char kListenTags[2], kWakeTag; ///< epoll tags: StateServer::m_listenFds[i] is kListenTags[i]

/// A bind address with its port, ready for bind().
struct BindAddress
{
    sockaddr_storage addr{};
    socklen_t len = 0;
    std::string text; ///< as given ("::1")

    int family() const { return addr.ss_family; }
    /// "127.0.0.1:42424" or "[::1]:42424".
    std::string where() const
    {
        const std::uint16_t p =
            ntohs(family() == AF_INET6 ? reinterpret_cast<const sockaddr_in6 &>(addr).sin6_port
                                       : reinterpret_cast<const sockaddr_in &>(addr).sin_port);
        return (family() == AF_INET6 ? "[" + text + "]" : text) + ":" + std::to_string(p);
    }
    void setPort(std::uint16_t port)
    {
        if (family() == AF_INET6) {
            reinterpret_cast<sockaddr_in6 &>(addr).sin6_port = htons(port);
        } else {
            reinterpret_cast<sockaddr_in &>(addr).sin_port = htons(port);
        }
    }
};

/// `host` (an IPv4 or IPv6 literal) and `port`; nullopt with `error` when `host` is neither.
std::optional<BindAddress> parseBindAddress(const std::string &host, std::uint16_t port, std::string *error)
{
    BindAddress a;
    a.text = host;
    auto *v4 = reinterpret_cast<sockaddr_in *>(&a.addr);
    auto *v6 = reinterpret_cast<sockaddr_in6 *>(&a.addr);
    if (inet_pton(AF_INET, host.c_str(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        a.len = sizeof *v4;
    } else if (inet_pton(AF_INET6, host.c_str(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        a.len = sizeof *v6;
    } else {
        if (error) {
            *error = "'" + host + "' is not an IPv4 or IPv6 address";
        }
        return std::nullopt;
    }
    a.setPort(port);
    return a;
}

/// A non-blocking listening socket on `a` (IPv6 sockets are IPv6-only). -1 with errno on failure.
int openListener(const BindAddress &a)
{
    const int fd = socket(a.family(), SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -1;
    }
    const int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (a.family() == AF_INET6) {
        setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one);
    }
    if (bind(fd, reinterpret_cast<const sockaddr *>(&a.addr), a.len) != 0 || ::listen(fd, 4096) != 0) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}

/// The local port of the bound socket `fd`.
std::uint16_t boundPort(int fd)
{
    sockaddr_storage bound{};
    socklen_t len = sizeof bound;
    getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &len);
    return ntohs(bound.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 &>(bound).sin6_port
                                             : reinterpret_cast<sockaddr_in &>(bound).sin_port);
}

/// Attempts at finding an ephemeral port free on both addresses before listen() gives up.
constexpr int kPortAttempts = 16;

} // namespace

int ServerCounters::statusIndex(int status)
{
    switch (status) {
    case 200:
        return 0;
    case 400:
        return 1;
    case 404:
        return 2;
    case 423:
        return 3;
    default:
        return 4;
    }
}

struct StateServer::Worker
{
    struct Hold
    {
        std::uint64_t seq;
        std::size_t offset; ///< first byte in `out` that waits for seq
    };
    struct Conn
    {
        int fd = -1;
        std::string in;
        std::size_t inPos = 0;
        std::string out;
        std::size_t outPos = 0;
        std::deque<Hold> holds;
        proto::RequestParser parser;
        std::int64_t lastActivity = 0;
        std::int64_t requestStart = 0; ///< when the partial request now buffered began; 0 = none
        std::size_t reserved = 0;      ///< request size the input buffer was last reserved for
        std::size_t discardLeft = 0;   ///< body bytes of a rejected request still to read and drop
        std::string rejectMessage;     ///< why that request is rejected (sent in the 400 once it is dropped)
        bool closeAfterFlush = false;
        bool peerClosed = false;
        explicit Conn(const proto::Limits &l) : parser(l) {}
    };

    StateServer &server;
    int epollFd = -1;
    int wakeFd = -1;
    int spareFd = -1;
    std::thread thread;
    std::unordered_set<Conn *> conns;
    std::unordered_set<Conn *> waiting; ///< connections with held responses
    std::size_t maxBuffered;

    explicit Worker(StateServer &s) : server(s)
    {
        const proto::Limits &l = s.m_options.limits;
        maxBuffered = l.maxBodyBytes + l.maxLineBytes * (l.maxHeaders + 1) + 65536;
        epollFd = epoll_create1(EPOLL_CLOEXEC);
        wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        spareFd = open("/dev/null", O_RDONLY | O_CLOEXEC);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.ptr = &kWakeTag;
        epoll_ctl(epollFd, EPOLL_CTL_ADD, wakeFd, &ev);
        ev.events = EPOLLIN | EPOLLEXCLUSIVE;
        for (std::size_t i = 0; i < s.m_listenFds.size(); ++i) {
            ev.data.ptr = &kListenTags[i];
            epoll_ctl(epollFd, EPOLL_CTL_ADD, s.m_listenFds[i], &ev);
        }
    }

    ~Worker()
    {
        for (Conn *c : conns) {
            ::close(c->fd);
            delete c;
            --server.m_counters.connectionsOpen;
        }
        ::close(epollFd);
        ::close(wakeFd);
        if (spareFd >= 0) {
            ::close(spareFd);
        }
    }

    void wake() const
    {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(wakeFd, &one, sizeof one);
    }

    void close(Conn *c)
    {
        epoll_ctl(epollFd, EPOLL_CTL_DEL, c->fd, nullptr);
        ::close(c->fd);
        conns.erase(c);
        waiting.erase(c);
        delete c;
        --server.m_counters.connectionsOpen;
    }

    /// Accepts up to 64 connections from the listening socket `listenFd`; refuses non-loopback peers
    /// without allowRemote (either family) and connections over maxConnections.
    void acceptSome(int listenFd)
    {
        for (int i = 0; i < 64; ++i) {
            sockaddr_storage peer{};
            socklen_t len = sizeof peer;
            const int fd =
                accept4(listenFd, reinterpret_cast<sockaddr *>(&peer), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0) {
                if ((errno == EMFILE || errno == ENFILE) && spareFd >= 0) {
                    // Out of descriptors: accept and drop one so the listen queue does not spin us.
                    ::close(spareFd);
                    const int drop = accept(listenFd, nullptr, nullptr);
                    if (drop >= 0) {
                        ::close(drop);
                    }
                    spareFd = open("/dev/null", O_RDONLY | O_CLOEXEC);
                    ++server.m_counters.connectionsRefused;
                    continue;
                }
                return; // EAGAIN (another worker took it) or a transient error
            }
            if ((!server.m_options.allowRemote && !isLoopback(peer)) ||
                std::size_t(server.m_counters.connectionsOpen.load()) >= server.m_options.maxConnections) {
                ::close(fd);
                ++server.m_counters.connectionsRefused;
                continue;
            }
            const int one = 1;
            setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            auto *c = new Conn(server.m_options.limits);
            c->fd = fd;
            c->lastActivity = steadyMs();
            epoll_event ev{};
            ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
            ev.data.ptr = c;
            if (epoll_ctl(epollFd, EPOLL_CTL_ADD, fd, &ev) != 0) {
                ::close(fd);
                delete c;
                continue;
            }
            conns.insert(c);
            ++server.m_counters.connectionsOpen;
            ++server.m_counters.connectionsTotal;
        }
    }

    std::size_t pendingOutput(const Conn *c) const { return c->out.size() - c->outPos; }

    /// Reads until EAGAIN (or until the input bound), then serves what is complete. false = closed.
    bool onReadable(Conn *c)
    {
        char buf[65536];
        while (!c->peerClosed && c->in.size() - c->inPos < maxBuffered) {
            const ssize_t n = ::read(c->fd, buf, sizeof buf);
            if (n > 0) {
                c->in.append(buf, std::size_t(n));
                server.m_counters.bytesIn += n;
                c->lastActivity = steadyMs();
                if (c->discardLeft > 0) {
                    dropDiscarded(c);
                }
            } else if (n == 0) {
                c->peerClosed = true;
            } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
                break;
            } else if (errno != EINTR) {
                close(c);
                return false;
            }
        }
        return serve(c);
    }

    /// Queues the 400 for a rejected request (c->rejectMessage) and closes after it; drops the rest of the
    /// input.
    void sendReject(Conn *c)
    {
        proto::Response r;
        r.status = 400;
        r.close = true;
        r.body = "<html><head><title>Bad Request</title></head>\r\n<body><h1>Http/1.1 400 Bad "
                 "Request</h1>" +
                 c->rejectMessage + "</body></html>";
        appendOut(c, r, 0);
        c->closeAfterFlush = true;
        c->in.clear();
        c->inPos = 0;
    }

    /// Drops buffered bytes of a rejected body; once the whole body is gone, queues the 400. The client thus
    /// reads a status instead of a broken pipe in the middle of its upload.
    void dropDiscarded(Conn *c)
    {
        const std::size_t n = std::min(c->discardLeft, c->in.size() - c->inPos);
        c->inPos += n;
        c->discardLeft -= n;
        if (c->discardLeft == 0) {
            sendReject(c);
        } else if (c->inPos == c->in.size()) {
            c->in.clear();
            c->inPos = 0;
        }
    }

    /// A request the parser refused: counted, then answered 400 at once, or, for a body over --max-body,
    /// once that body has been read and dropped.
    void rejectRequest(Conn *c)
    {
        ++server.m_counters.protocolErrors;
        ++server.m_counters.requests[std::size_t(proto::Verb::Other)][1];
        c->rejectMessage = c->parser.errorMessage();
        c->discardLeft = c->parser.discardBytes();
        if (c->discardLeft == 0) {
            sendReject(c);
            return;
        }
        std::fprintf(stderr, "sessionstated: request body of %zu bytes refused (over --max-body %zu)\n",
                     c->discardLeft, server.m_options.limits.maxBodyBytes);
        c->inPos += c->parser.consumed();
        if (c->requestStart == 0) {
            c->requestStart = steadyMs();
        }
        dropDiscarded(c);
    }

    /// Head of a large request read: reserves its whole size at once (no doubling copies of the buffer)
    /// and logs it; without the memory for it, the request is rejected like one over --max-body.
    void reserveRequest(Conn *c)
    {
        const std::size_t expected = c->parser.expectedBytes();
        if (expected < kLargeBodyBytes || c->reserved == expected) {
            return;
        }
        c->reserved = expected;
        std::fprintf(stderr, "sessionstated: receiving a large request body (%zu bytes in all)\n", expected);
        try {
            c->in.reserve(c->inPos + expected);
        } catch (const std::bad_alloc &) {
            c->rejectMessage = "no memory for a request of " + std::to_string(expected) + " bytes";
            std::fprintf(stderr, "sessionstated: %s\n", c->rejectMessage.c_str());
            ++server.m_counters.protocolErrors;
            ++server.m_counters.requests[std::size_t(proto::Verb::Other)][1];
            c->discardLeft = expected;
            dropDiscarded(c);
        }
    }

    /// Parses and answers buffered requests, then writes. false = closed.
    bool serve(Conn *c)
    {
        bool incomplete = c->discardLeft > 0;
        while (!c->closeAfterFlush && c->discardLeft == 0 && pendingOutput(c) < kMaxPendingOutput &&
               c->inPos < c->in.size()) {
            const std::string_view view(c->in.data() + c->inPos, c->in.size() - c->inPos);
            const auto st = c->parser.parse(view);
            if (st == proto::RequestParser::Status::NeedMore) {
                if (c->requestStart == 0) {
                    c->requestStart = steadyMs();
                }
                incomplete = true;
                reserveRequest(c);
                break;
            }
            if (st == proto::RequestParser::Status::Error) {
                rejectRequest(c);
                incomplete = c->discardLeft > 0;
                break;
            }
            c->inPos += c->parser.consumed();
            c->requestStart = 0;
            c->reserved = 0;
            proto::Request &req = c->parser.request();
            const proto::Verb verb = req.verb; // read before the body is moved into the store
            const bool closeAfter = req.closeAfter;
            proto::Response r = processRequest(server.m_store, std::move(req));
            const std::uint64_t seq = SessionStore::lastSequence();
            ++server.m_counters
                  .requests[std::size_t(verb)][std::size_t(ServerCounters::statusIndex(r.status))];
            if (closeAfter) {
                r.close = true;
                c->closeAfterFlush = true;
            }
            appendOut(c, r, seq);
        }
        if (c->inPos == c->in.size()) {
            clearBuffer(c->in);
            c->inPos = 0;
        } else if (c->inPos > 65536) {
            c->in.erase(0, c->inPos);
            c->inPos = 0;
        }
        if (c->peerClosed && (incomplete || c->inPos == c->in.size())) {
            c->closeAfterFlush = true; // what is left can never complete
        }
        return flush(c);
    }

    void appendOut(Conn *c, const proto::Response &r, std::uint64_t seq)
    {
        const std::atomic<std::uint64_t> *committed = server.m_committed;
        if (committed && seq > committed->load(std::memory_order_acquire)) {
            c->holds.push_back({seq, c->out.size()});
            waiting.insert(c);
        }
        proto::appendResponse(c->out, r);
    }

    /// Writes what may be sent. false = closed.
    bool flush(Conn *c)
    {
        const std::size_t limit = c->holds.empty() ? c->out.size() : c->holds.front().offset;
        while (c->outPos < limit) {
            const ssize_t n = ::send(c->fd, c->out.data() + c->outPos, limit - c->outPos, MSG_NOSIGNAL);
            if (n > 0) {
                c->outPos += std::size_t(n);
                server.m_counters.bytesOut += n;
                c->lastActivity = steadyMs();
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                return true;
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                close(c);
                return false;
            }
        }
        if (c->outPos == c->out.size()) {
            clearBuffer(c->out);
            c->outPos = 0;
            if (c->closeAfterFlush) {
                close(c);
                return false;
            }
        }
        return true;
    }

    void releaseHolds()
    {
        if (!server.m_committed || waiting.empty()) {
            return;
        }
        const std::uint64_t committed = server.m_committed->load(std::memory_order_acquire);
        std::vector<Conn *> ready;
        for (Conn *c : waiting) {
            while (!c->holds.empty() && c->holds.front().seq <= committed) {
                c->holds.pop_front();
            }
            if (c->holds.empty()) {
                ready.push_back(c);
            }
        }
        for (Conn *c : ready) {
            waiting.erase(c);
            if (flush(c) && pendingOutput(c) == 0) {
                serve(c); // requests held back by backpressure
            }
        }
    }

    void sweepIdle()
    {
        const int timeout = server.m_options.socketTimeoutSeconds;
        if (timeout <= 0) {
            return;
        }
        const std::int64_t now = steadyMs(), limit = std::int64_t(timeout) * 1000;
        std::vector<Conn *> expired;
        for (Conn *c : conns) {
            if ((c->requestStart && now - c->requestStart > limit) ||
                (now - c->lastActivity > limit && c->holds.empty())) {
                expired.push_back(c);
            }
        }
        for (Conn *c : expired) {
            close(c);
        }
    }

    void loop()
    {
        epoll_event events[256];
        std::int64_t lastSweep = steadyMs();
        while (!server.m_stopping.load(std::memory_order_relaxed)) {
            const int n = epoll_wait(epollFd, events, 256, 1000);
            for (int i = 0; i < n; ++i) {
                void *tag = events[i].data.ptr;
                if (tag == &kListenTags[0] || tag == &kListenTags[1]) {
                    acceptSome(server.m_listenFds[std::size_t(static_cast<char *>(tag) - kListenTags)]);
                } else if (tag == &kWakeTag) {
                    std::uint64_t v;
                    [[maybe_unused]] const ssize_t r = ::read(wakeFd, &v, sizeof v);
                    releaseHolds();
                } else {
                    auto *c = static_cast<Conn *>(tag);
                    if (!conns.count(c)) {
                        continue; // closed earlier in this batch
                    }
                    const std::uint32_t e = events[i].events;
                    if (e & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
                        if (!onReadable(c)) {
                            continue;
                        }
                    }
                    if (e & EPOLLOUT) {
                        const bool backlogged =
                            pendingOutput(c) >= kMaxPendingOutput || c->in.size() - c->inPos >= maxBuffered;
                        if (flush(c) && backlogged && pendingOutput(c) < kMaxPendingOutput) {
                            onReadable(c);
                        }
                    }
                }
            }
            const std::int64_t now = steadyMs();
            if (now - lastSweep >= 1000) {
                lastSweep = now;
                sweepIdle();
            }
        }
        // Graceful stop: one last attempt to deliver what was answered; then the destructor closes all.
        for (const int fd : server.m_listenFds) {
            epoll_ctl(epollFd, EPOLL_CTL_DEL, fd, nullptr);
        }
        releaseHolds();
        std::vector<Conn *> all(conns.begin(), conns.end());
        for (Conn *c : all) {
            flush(c);
        }
    }
};

StateServer::StateServer(SessionStore &store, ServerOptions options)
    : m_store(store), m_options(std::move(options))
{
    m_stopFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
}

StateServer::~StateServer()
{
    m_workers.clear();
    for (const int fd : m_listenFds) {
        ::close(fd);
    }
    ::close(m_stopFd);
}

bool StateServer::listen(std::string *error)
{
    std::optional<BindAddress> primary = parseBindAddress(m_options.bind, m_options.port, error);
    std::optional<BindAddress> also;
    if (!primary) {
        return false;
    }
    if (!m_options.alsoBind.empty() &&
        !(also = parseBindAddress(m_options.alsoBind, m_options.port, error))) {
        return false;
    }
    for (int attempt = 0; attempt < kPortAttempts; ++attempt) {
        const int fd = openListener(*primary);
        if (fd < 0) {
            if (error) {
                *error = "cannot listen on " + primary->where() + ": " + std::strerror(errno);
            }
            return false;
        }
        m_port = boundPort(fd);
        primary->setPort(m_port);
        m_listenFds = {fd};
        m_listeningOn = {primary->where()};
        if (!also) {
            return true;
        }
        also->setPort(m_port);
        const int fd2 = openListener(*also);
        if (fd2 >= 0) {
            m_listenFds.push_back(fd2);
            m_listeningOn.push_back(also->where());
            return true;
        }
        const int err = errno;
        if (err == EAFNOSUPPORT || err == EADDRNOTAVAIL) {
            m_alsoBindSkipped = also->where() + ": " + std::strerror(err);
            return true; // no such family on this host: one socket serves
        }
        ::close(fd);
        m_listenFds.clear();
        m_listeningOn.clear();
        if (err != EADDRINUSE || m_options.port != 0) {
            if (error) {
                *error = "cannot listen on " + also->where() + ": " + std::strerror(err);
            }
            return false;
        }
        primary->setPort(0); // the ephemeral port is taken on the other address: try another
        also->setPort(0);
    }
    if (error) {
        *error = "cannot find a port free on both " + m_options.bind + " and " + m_options.alsoBind;
    }
    return false;
}

void StateServer::run()
{
    int threads = m_options.threads > 0 ? m_options.threads : int(std::thread::hardware_concurrency());
    if (threads <= 0) {
        threads = 1;
    }
    {
        std::lock_guard lock(m_workersMutex);
        for (int i = 0; i < threads; ++i) {
            m_workers.push_back(std::make_unique<Worker>(*this));
        }
        for (auto &w : m_workers) {
            w->thread = std::thread([worker = w.get()] { worker->loop(); });
        }
    }
    pollfd p{m_stopFd, POLLIN, 0};
    std::int64_t lastTick = steadyMs();
    for (;;) {
        const int n = poll(&p, 1, std::clamp(m_options.expiryIntervalMs, 1, 1000));
        if (n > 0) {
            break;
        }
        const std::int64_t now = steadyMs();
        if (now - lastTick >= std::max(1, m_options.expiryIntervalMs)) {
            lastTick = now;
            m_store.expireNow();
        }
    }
    m_stopping = true;
    for (auto &w : m_workers) {
        w->wake();
    }
    for (auto &w : m_workers) {
        w->thread.join();
    }
    std::lock_guard lock(m_workersMutex);
    m_workers.clear();
}

void StateServer::stop()
{
    const std::uint64_t one = 1;
    [[maybe_unused]] const ssize_t n = ::write(m_stopFd, &one, sizeof one);
}

void StateServer::notifyCommitted()
{
    std::lock_guard lock(m_workersMutex);
    for (auto &w : m_workers) {
        w->wake();
    }
}

} // namespace sd
