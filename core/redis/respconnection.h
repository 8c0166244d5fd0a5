// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One synchronous RESP2 connection to one Redis node: hiredis for the protocol only (redisFormatCommandArgv
// writes the commands, a redisReader parses the replies), QTcpSocket or QSslSocket for the transport, so
// that TLS comes from Qt and OpenSSL (hiredis 0.14 has none). Blocking: use it on a worker thread.

#include "redis/redisendpoint.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QTcpSocket;

namespace sd {

/// One RESP2 reply, copied out of hiredis's reply tree.
struct RedisReply
{
    enum class Type
    {
        Nil,
        Status, ///< +OK
        Error,  ///< -ERR ... (the text in `str`)
        Integer,
        String, ///< a bulk string
        Array
    };
    Type type = Type::Nil;
    QByteArray str;
    qint64 integer = 0;
    QList<RedisReply> elements;

    bool isError() const { return type == Type::Error; }
    bool isNil() const { return type == Type::Nil; }
    /// The first word of an error reply ("MOVED", "READONLY", "NOAUTH"); empty for other replies.
    QByteArray errorCode() const;
    /// An integer reply, or a bulk/status string holding a whole number; `fallback` otherwise.
    qint64 toInteger(qint64 fallback = 0) const;
};

/// A command as its arguments ("GET", key).
using RedisCommand = QList<QByteArray>;

/// What went wrong on the transport (not a Redis error reply, which is a RedisReply).
enum class RespFailure
{
    None,
    HostNotFound,
    Refused,
    Timeout,
    Closed, ///< the server closed the connection (or reset it)
    Tls,    ///< handshake or certificate refused
    Auth,   ///< the server refused AUTH (or a command needs it: NOAUTH)
    Protocol,
    Cancelled,
    Other
};

/**
 * A connection to one node. open() connects (and for TLS finishes the handshake); authenticate() and
 * select() are the usual first commands. call() and pipeline() send and wait for the replies, each bounded
 * by the command timeout; a transport failure closes the connection and is reported through `error` and
 * failure(). Every wait is cut in slices of 100 ms so that `cancel` (optional, owned by the caller) stops it.
 */
class RespConnection
{
public:
    RespConnection();
    ~RespConnection();
    RespConnection(const RespConnection &) = delete;
    RespConnection &operator=(const RespConnection &) = delete;

    /// Connects to `node` with the endpoint's TLS settings and connect timeout. False with `error`.
    bool open(const RedisHostPort &node, const RedisEndpoint &settings, QString *error);
    /// AUTH [user] password; false with `error` ("WRONGPASS ...", or the transport's failure).
    bool authenticate(const QString &user, const QString &password, QString *error);
    /// SELECT db (skipped for 0); false with `error`.
    bool select(int database, QString *error);
    /// Drops the connection (and any reply half read); open() may be called again.
    void close();
    /// True while the socket is connected (a transport failure closes it).
    bool isOpen() const;
    /// The node given to the last open().
    RedisHostPort node() const { return m_node; }

    /// Sends one command and waits for its reply. std::nullopt with `error` on a transport failure.
    std::optional<RedisReply> call(const RedisCommand &command, QString *error);
    /// Sends `commands` at once and waits for all replies, in order.
    std::optional<QList<RedisReply>> pipeline(const QList<RedisCommand> &commands, QString *error);

    /// Waits up to `waitMs` for one more reply without sending anything (a SUBSCRIBE connection's messages).
    /// std::nullopt with failure() None when nothing came in time (the connection stays open), or with
    /// `error` and failure() set on a transport failure.
    std::optional<RedisReply> receive(int waitMs, QString *error);

    /// The kind of the last transport failure (None after a success).
    RespFailure failure() const { return m_failure; }
    /// Limit in ms for one call() or pipeline() (open() sets it from the endpoint's commandTimeoutMs).
    void setCommandTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// A flag (owned by the caller, may be null) that cuts every wait short with RespFailure::Cancelled.
    void setCancelFlag(const std::atomic<bool> *cancel) { m_cancel = cancel; }

private:
    bool fail(RespFailure kind, const QString &message, QString *error);
    bool waitFor(bool writing, const QDeadlineTimer &deadline, QString *error);

    std::unique_ptr<QTcpSocket> m_socket;
    void *m_reader = nullptr; ///< redisReader (hiredis types stay out of this header)
    RedisHostPort m_node;
    int m_timeoutMs = 5000;
    RespFailure m_failure = RespFailure::None;
    const std::atomic<bool> *m_cancel = nullptr;
};

} // namespace sd
