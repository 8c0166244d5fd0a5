// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/stateclient.h"
#include "base/crypto.h"

#include "stateproto/stateprotocol.h"

#include <QDateTime>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sd {

std::optional<StateEndpoint> parseStateConnectionString(const QString &text, QString *error)
{
    auto fail = [error](const QString &m) -> std::optional<StateEndpoint> {
        if (error) {
            *error = m;
        }
        return std::nullopt;
    };
    QString rest = text.trimmed();
    if (rest.startsWith(QStringLiteral("tcpip="))) {
        rest = rest.mid(6);
    } else if (rest.contains(u'=')) {
        return fail(QStringLiteral("'%1' must start with 'tcpip=' (stateConnectionString)").arg(text));
    }
    QString host, port;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(QStringLiteral("]:"));
        if (close < 0) {
            return fail(QStringLiteral("'%1': an IPv6 address is written tcpip=[address]:port").arg(text));
        }
        host = rest.mid(1, close - 1);
        port = rest.mid(close + 2);
    } else {
        const QStringList parts = rest.split(u':');
        if (parts.size() != 2) {
            return fail(QStringLiteral("'%1' is not tcpip=host:port").arg(text));
        }
        host = parts[0];
        port = parts[1];
    }
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (!ok || p > 65535) {
        return fail(QStringLiteral("'%1': port '%2' is not a number from 0 to 65535").arg(text, port));
    }
    if (host.isEmpty()) {
        return fail(QStringLiteral("'%1' has no server name").arg(text));
    }
    for (QChar c : host) {
        if (c.unicode() > 127) {
            return fail(QStringLiteral("'%1': the server name must be ASCII").arg(text));
        }
    }
    if (host.compare(QStringLiteral("loopback"), Qt::CaseInsensitive) == 0) {
        host = QStringLiteral("127.0.0.1"); // the default tcpip=loopback:42424
    }
    return StateEndpoint{host, quint16(p)};
}

std::string stateRequestTarget(const QString &appDomainAppId, const QString &sessionId)
{
    const QByteArray hash = sha256(appDomainAppId.toUtf8()).toBase64();
    const QString base = (appDomainAppId.startsWith(u'/') ? QString() : QStringLiteral("/")) +
                         appDomainAppId + u'(' + QString::fromLatin1(hash) + QStringLiteral(")/");
    return proto::urlEncode((base + sessionId).toStdString());
}

StateClient::StateClient(StateEndpoint endpoint, int stateNetworkTimeoutSeconds)
    : m_endpoint(std::move(endpoint)), m_timeoutMs(std::max(1, stateNetworkTimeoutSeconds) * 1000)
{
    m_pool.setMaxThreadCount(4);
}

StateClient::~StateClient()
{
    m_pool.waitForDone();
    for (int fd : m_idle) {
        ::close(fd);
    }
}

int StateClient::connectSocket(QString *error) const
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    const QByteArray host = m_endpoint.host.toLatin1(), port = QByteArray::number(m_endpoint.port);
    if (const int rc = getaddrinfo(host.constData(), port.constData(), &hints, &res); rc != 0) {
        *error =
            QStringLiteral("cannot resolve %1: %2").arg(m_endpoint.host, QString::fromUtf8(gai_strerror(rc)));
        return -1;
    }
    int fd = -1;
    QString last;
    for (addrinfo *a = res; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            continue;
        }
        int soError = 0;
        if (::connect(fd, a->ai_addr, a->ai_addrlen) != 0) {
            soError = errno;
            if (soError == EINPROGRESS) {
                pollfd p{fd, POLLOUT, 0};
                socklen_t len = sizeof soError;
                soError = ETIMEDOUT;
                if (::poll(&p, 1, m_timeoutMs) > 0) {
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
                }
            }
        }
        if (soError != 0) {
            last = QString::fromUtf8(std::strerror(soError));
            ::close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(res);
    if (fd < 0) {
        *error =
            QStringLiteral("cannot connect to %1:%2: %3").arg(m_endpoint.host).arg(m_endpoint.port).arg(last);
        return -1;
    }
    const int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    return fd;
}

namespace {
/// DateTime.Now.Ticks: 100 ns units since 0001-01-01 in the local time zone.
qint64 nowLocalTicks()
{
    constexpr qint64 kUnixEpochTicks = 621355968000000000LL;
    const QDateTime now = QDateTime::currentDateTime();
    return (now.toMSecsSinceEpoch() + qint64(now.offsetFromUtc()) * 1000) * 10000 + kUnixEpochTicks;
}
} // namespace

/// One request/answer round on one socket: sends the wire bytes, then reads until the response parser
/// has a whole answer. Every wait is bounded by the deadline set at construction. The first failure
/// stops the round and leaves its message in `error`.
struct StateClient::Exchange
{
    Exchange(int socket, int timeout)
        : fd(socket), timeoutMs(timeout), start(std::chrono::steady_clock::now()),
          deadline(start + std::chrono::milliseconds(timeout))
    {}

    /// Milliseconds left before the deadline, 0 once it has passed.
    int remainingMs() const
    {
        return int(std::max<long long>(0, std::chrono::duration_cast<std::chrono::milliseconds>(
                                              deadline - std::chrono::steady_clock::now())
                                              .count()));
    }

    /// Writes all of `wire`; false with `error` on a send error or timeout.
    bool send(const std::string &wire)
    {
        std::size_t sent = 0;
        while (sent < wire.size()) {
            const ssize_t n = ::send(fd, wire.data() + sent, wire.size() - sent, MSG_NOSIGNAL);
            if (n > 0) {
                sent += std::size_t(n);
            } else if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                pollfd p{fd, POLLOUT, 0};
                if (::poll(&p, 1, remainingMs()) <= 0) {
                    error =
                        QStringLiteral("timed out sending (stateNetworkTimeout %1 s)").arg(timeoutMs / 1000);
                    return false;
                }
            } else {
                error = QStringLiteral("send failed: %1").arg(QString::fromUtf8(std::strerror(errno)));
                return false;
            }
        }
        return true;
    }

    /// Reads until `parser` has a whole answer (no body when `head`); false with `error` on a timeout,
    /// a closed connection, a receive error or bytes that are not a State Service answer.
    bool receive(bool head)
    {
        for (;;) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, remainingMs()) <= 0) {
                error = QStringLiteral("timed out waiting for the answer (stateNetworkTimeout %1 s)")
                            .arg(timeoutMs / 1000);
                return false;
            }
            char buf[65536];
            const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
            if (n <= 0) {
                if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
                    continue;
                }
                error = n == 0 ? QStringLiteral("the server closed the connection")
                               : QString::fromUtf8(std::strerror(errno));
                return false;
            }
            received = true;
            buffer.append(buf, std::size_t(n));
            const auto st = parser.parse(buffer, head);
            if (st == proto::ResponseParser::Status::Error) {
                error = QStringLiteral("not a State Service answer: %1")
                            .arg(QString::fromStdString(parser.errorMessage()));
                return false;
            }
            if (st == proto::ResponseParser::Status::Done) {
                return true;
            }
        }
    }

    /// Copies the parsed answer and the round-trip time (ms since construction) into `reply`.
    void fillReply(StateReply &reply) const
    {
        reply.roundTripMs =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        reply.status = parser.status;
        reply.body = QByteArray(parser.body.data(), qsizetype(parser.body.size()));
        reply.timeout = parser.timeout;
        reply.lockCookie = parser.lockCookie;
        reply.actionFlags = parser.actionFlags;
        reply.lockAge = parser.lockAge;
        reply.lockDate = parser.lockDate;
        reply.hasData = parser.hasData();
        if (parser.status == 423) {
            reply.lockAgeSeconds =
                proto::ResponseParser::clientLockAgeSeconds(parser.lockAge, parser.lockDate, nowLocalTicks());
        }
        reply.serverVersion = QString::fromStdString(parser.aspNetVersion);
    }

    /// True when the socket holds nothing beyond the answer, so it may go back to the pool.
    bool reusable() const { return buffer.size() == parser.consumed(); }

    int fd;
    int timeoutMs;
    std::chrono::steady_clock::time_point start;
    std::chrono::steady_clock::time_point deadline;
    std::string buffer;
    proto::ResponseParser parser;
    bool received = false; ///< at least one byte of the answer arrived
    QString error;
};

int StateClient::takeIdleSocket()
{
    std::lock_guard lock(m_mutex);
    if (m_idle.empty()) {
        return -1;
    }
    const int fd = m_idle.back();
    m_idle.pop_back();
    return fd;
}

void StateClient::releaseSocket(int fd, bool reusable)
{
    if (!reusable) {
        ::close(fd); // unexpected extra bytes: do not reuse
        return;
    }
    std::lock_guard lock(m_mutex);
    m_idle.push_back(fd);
}

StateReply StateClient::exchange(const std::string &wire, bool head)
{
    StateReply reply;
    for (int attempt = 0; attempt < 2; ++attempt) {
        int fd = takeIdleSocket();
        const bool pooled = fd >= 0;
        if (fd < 0 && (fd = connectSocket(&reply.error)) < 0) {
            return reply;
        }
        Exchange x(fd, m_timeoutMs);
        if (!x.send(wire) || !x.receive(head)) {
            reply.error = x.error;
            ::close(fd);
            if (pooled && !x.received) {
                continue; // the pooled connection had gone stale (server idle timeout): retry on a fresh one
            }
            return reply;
        }
        x.fillReply(reply);
        reply.error.clear();
        releaseSocket(fd, x.reusable());
        return reply;
    }
    return reply;
}

namespace {
std::string wireFor(proto::ClientRequest r, const StateEndpoint &e)
{
    r.host = e.host.toStdString() + ":" + std::to_string(e.port);
    std::string out;
    proto::appendRequest(out, r);
    return out;
}
} // namespace

StateReply StateClient::getItem(const std::string &target)
{
    return exchange(
        wireFor({proto::Verb::Get, target, {}, proto::Exclusive::None, {}, {}, {}, {}, false}, m_endpoint),
        false);
}

StateReply StateClient::getItemExclusive(const std::string &target)
{
    return exchange(
        wireFor({proto::Verb::Get, target, {}, proto::Exclusive::Acquire, {}, {}, {}, {}, false}, m_endpoint),
        false);
}

StateReply StateClient::releaseItemExclusive(const std::string &target, int lockCookie)
{
    return exchange(
        wireFor({proto::Verb::Get, target, {}, proto::Exclusive::Release, lockCookie, {}, {}, {}, false},
                m_endpoint),
        false);
}

StateReply StateClient::setAndReleaseItemExclusive(const std::string &target, const QByteArray &data,
                                                   int timeoutMinutes, std::optional<int> lockCookie)
{
    return exchange(wireFor({proto::Verb::Put,
                             target,
                             {},
                             proto::Exclusive::None,
                             lockCookie,
                             timeoutMinutes,
                             {},
                             data.toStdString(),
                             true},
                            m_endpoint),
                    false);
}

StateReply StateClient::createUninitializedItem(const std::string &target, const QByteArray &data,
                                                int timeoutMinutes)
{
    return exchange(wireFor({proto::Verb::Put,
                             target,
                             {},
                             proto::Exclusive::None,
                             {},
                             timeoutMinutes,
                             1,
                             data.toStdString(),
                             true},
                            m_endpoint),
                    false);
}

StateReply StateClient::removeItem(const std::string &target, std::optional<int> lockCookie)
{
    return exchange(
        wireFor({proto::Verb::Delete, target, {}, proto::Exclusive::None, lockCookie, {}, {}, {}, false},
                m_endpoint),
        false);
}

StateReply StateClient::resetItemTimeout(const std::string &target)
{
    return exchange(
        wireFor({proto::Verb::Head, target, {}, proto::Exclusive::None, {}, {}, {}, {}, false}, m_endpoint),
        true);
}

QFuture<StateReply> StateClient::async(std::function<StateReply(StateClient &)> call)
{
    return QtConcurrent::run(&m_pool, [this, call = std::move(call)] { return call(*this); });
}

} // namespace sd
