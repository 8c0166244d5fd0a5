// SPDX-License-Identifier: GPL-3.0-or-later
#include "redis/respconnection.h"

#include <hiredis/hiredis.h>

#include <QDeadlineTimer>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>

#include <vector>

namespace sd {

namespace {

constexpr int kSliceMs = 100; // a wait is cut in slices so that a cancel flag is seen quickly

redisReader *reader(void *p)
{
    return static_cast<redisReader *>(p);
}

RedisReply copyReply(const redisReply *r)
{
    RedisReply out;
    switch (r->type) {
    case REDIS_REPLY_STRING:
        out.type = RedisReply::Type::String;
        out.str = QByteArray(r->str, qsizetype(r->len));
        break;
    case REDIS_REPLY_STATUS:
        out.type = RedisReply::Type::Status;
        out.str = QByteArray(r->str, qsizetype(r->len));
        break;
    case REDIS_REPLY_ERROR:
        out.type = RedisReply::Type::Error;
        out.str = QByteArray(r->str, qsizetype(r->len));
        break;
    case REDIS_REPLY_INTEGER:
        out.type = RedisReply::Type::Integer;
        out.integer = r->integer;
        break;
    case REDIS_REPLY_ARRAY:
        out.type = RedisReply::Type::Array;
        out.elements.reserve(qsizetype(r->elements));
        for (std::size_t i = 0; i < r->elements; ++i) {
            out.elements.append(copyReply(r->element[i]));
        }
        break;
    default:
        break; // REDIS_REPLY_NIL
    }
    return out;
}

QByteArray format(const RedisCommand &command)
{
    std::vector<const char *> argv;
    std::vector<std::size_t> lens;
    argv.reserve(std::size_t(command.size()));
    lens.reserve(std::size_t(command.size()));
    for (const QByteArray &a : command) {
        argv.push_back(a.constData());
        lens.push_back(std::size_t(a.size()));
    }
    char *cmd = nullptr;
    const int len = redisFormatCommandArgv(&cmd, int(argv.size()), argv.data(), lens.data());
    QByteArray bytes(cmd, len > 0 ? len : 0);
    redisFreeCommand(cmd);
    return bytes;
}

RespFailure failureOf(QAbstractSocket::SocketError e)
{
    switch (e) {
    case QAbstractSocket::HostNotFoundError:
        return RespFailure::HostNotFound;
    case QAbstractSocket::ConnectionRefusedError:
        return RespFailure::Refused;
    case QAbstractSocket::SocketTimeoutError:
        return RespFailure::Timeout;
    case QAbstractSocket::RemoteHostClosedError:
        return RespFailure::Closed;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return RespFailure::Tls;
    default:
        return RespFailure::Other;
    }
}

/// The TLS settings of `e` on `socket`: extra CAs from a PEM file, or no verification at all.
bool configureTls(QSslSocket *socket, const RedisEndpoint &e, QString *problem)
{
    QSslConfiguration conf = socket->sslConfiguration();
    if (!e.tlsCaFile.isEmpty()) {
        QFile f(e.tlsCaFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *problem = QStringLiteral("cannot read the CA file %1: %2").arg(e.tlsCaFile, f.errorString());
            return false;
        }
        const QList<QSslCertificate> cas = QSslCertificate::fromData(f.readAll(), QSsl::Pem);
        if (cas.isEmpty()) {
            *problem = QStringLiteral("%1 holds no PEM certificate").arg(e.tlsCaFile);
            return false;
        }
        conf.addCaCertificates(cas);
    }
    if (!e.tlsVerify) {
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    }
    socket->setSslConfiguration(conf);
    return true;
}

} // namespace

QByteArray RedisReply::errorCode() const
{
    if (type != Type::Error) {
        return {};
    }
    const qsizetype space = str.indexOf(' ');
    return space < 0 ? str : str.left(space);
}

qint64 RedisReply::toInteger(qint64 fallback) const
{
    if (type == Type::Integer) {
        return integer;
    }
    if (type == Type::String || type == Type::Status) {
        bool ok = false;
        const qint64 v = str.trimmed().toLongLong(&ok);
        return ok ? v : fallback;
    }
    return fallback;
}

RespConnection::RespConnection() = default;

RespConnection::~RespConnection()
{
    close();
}

bool RespConnection::fail(RespFailure kind, const QString &message, QString *error)
{
    m_failure = kind;
    if (error) {
        *error = QStringLiteral("%1: %2").arg(m_node.toString(), message);
    }
    close();
    return false;
}

void RespConnection::close()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
    if (m_reader) {
        redisReaderFree(reader(m_reader));
        m_reader = nullptr;
    }
}

bool RespConnection::isOpen() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RespConnection::open(const RedisHostPort &node, const RedisEndpoint &settings, QString *error)
{
    close();
    m_node = node;
    m_timeoutMs = settings.commandTimeoutMs;
    m_failure = RespFailure::None;
    const QDeadlineTimer deadline(settings.connectTimeoutMs);
    if (settings.tls) {
        if (!QSslSocket::supportsSsl()) {
            return fail(RespFailure::Tls, QStringLiteral("this Qt has no TLS backend"), error);
        }
        auto *ssl = new QSslSocket;
        m_socket.reset(ssl);
        QString problem;
        if (!configureTls(ssl, settings, &problem)) {
            return fail(RespFailure::Tls, problem, error);
        }
        ssl->connectToHostEncrypted(node.host, node.port);
    } else {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(node.host, node.port);
    }
    while (m_socket->state() != QAbstractSocket::ConnectedState) {
        if (!waitFor(false, deadline, error)) {
            return false;
        }
    }
    if (settings.tls) {
        auto *ssl = static_cast<QSslSocket *>(m_socket.get());
        while (!ssl->isEncrypted()) {
            if (!waitFor(false, deadline, error)) {
                return false;
            }
        }
    }
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_reader = redisReaderCreate();
    return true;
}

bool RespConnection::waitFor(bool writing, const QDeadlineTimer &deadline, QString *error)
{
    if (m_cancel && m_cancel->load()) {
        return fail(RespFailure::Cancelled, QStringLiteral("cancelled"), error);
    }
    const qint64 left = deadline.remainingTime();
    if (left <= 0) {
        return fail(
            RespFailure::Timeout,
            QStringLiteral("no answer in time (is a firewall dropping packets, or is the server busy?)"),
            error);
    }
    bool progressed = false;
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        // Not sliced: a timed-out waitForConnected() abandons the attempt.
        progressed = m_socket->waitForConnected(int(left));
    } else if (auto *ssl = qobject_cast<QSslSocket *>(m_socket.get()); ssl && !ssl->isEncrypted()) {
        progressed = ssl->waitForEncrypted(int(left));
    } else {
        const int slice = int(std::min<qint64>(left, kSliceMs));
        progressed = writing ? m_socket->waitForBytesWritten(slice) : m_socket->waitForReadyRead(slice);
    }
    if (progressed) {
        return true;
    }
    if (m_socket->state() == QAbstractSocket::UnconnectedState ||
        (m_socket->error() != QAbstractSocket::SocketTimeoutError &&
         m_socket->error() != QAbstractSocket::UnknownSocketError)) {
        const auto e = m_socket->error();
        return fail(e == QAbstractSocket::UnknownSocketError ? RespFailure::Closed : failureOf(e),
                    e == QAbstractSocket::UnknownSocketError ? QStringLiteral("the connection was closed")
                                                             : m_socket->errorString(),
                    error);
    }
    return true;
}

bool RespConnection::authenticate(const QString &user, const QString &password, QString *error)
{
    if (password.isEmpty()) {
        return true;
    }
    RedisCommand auth{"AUTH"};
    if (!user.isEmpty()) {
        auth << user.toUtf8();
    }
    auth << password.toUtf8();
    const auto r = call(auth, error);
    if (!r) {
        return false;
    }
    if (r->isError()) {
        m_failure = RespFailure::Auth;
        if (error) {
            *error = QStringLiteral("%1 refused AUTH: %2").arg(m_node.toString(), QString::fromUtf8(r->str));
        }
        return false;
    }
    return true;
}

bool RespConnection::select(int database, QString *error)
{
    if (database == 0) {
        return true;
    }
    const auto r = call({"SELECT", QByteArray::number(database)}, error);
    if (!r) {
        return false;
    }
    if (r->isError()) {
        if (error) {
            *error = QStringLiteral("%1 refused SELECT %2: %3")
                         .arg(m_node.toString())
                         .arg(database)
                         .arg(QString::fromUtf8(r->str));
        }
        return false;
    }
    return true;
}

std::optional<RedisReply> RespConnection::call(const RedisCommand &command, QString *error)
{
    auto replies = pipeline({command}, error);
    if (!replies) {
        return std::nullopt;
    }
    return replies->first();
}

std::optional<QList<RedisReply>> RespConnection::pipeline(const QList<RedisCommand> &commands, QString *error)
{
    if (!isOpen() || !m_reader) {
        fail(RespFailure::Closed, QStringLiteral("not connected"), error);
        return std::nullopt;
    }
    m_failure = RespFailure::None;
    QByteArray out;
    for (const RedisCommand &c : commands) {
        out += format(c);
    }
    const QDeadlineTimer deadline(m_timeoutMs);
    m_socket->write(out);
    while (m_socket->bytesToWrite() > 0) {
        if (!waitFor(true, deadline, error)) {
            return std::nullopt;
        }
    }
    QList<RedisReply> replies;
    replies.reserve(commands.size());
    while (replies.size() < commands.size()) {
        void *raw = nullptr;
        if (redisReaderGetReply(reader(m_reader), &raw) != REDIS_OK) {
            fail(RespFailure::Protocol, QStringLiteral("not a RESP answer (is this a Redis port?)"), error);
            return std::nullopt;
        }
        if (raw) {
            replies.append(copyReply(static_cast<redisReply *>(raw)));
            freeReplyObject(raw);
            continue;
        }
        if (m_socket->bytesAvailable() == 0 && !waitFor(false, deadline, error)) {
            return std::nullopt;
        }
        const QByteArray in = m_socket->readAll();
        if (!in.isEmpty()) {
            redisReaderFeed(reader(m_reader), in.constData(), std::size_t(in.size()));
        }
    }
    return replies;
}

std::optional<RedisReply> RespConnection::receive(int waitMs, QString *error)
{
    if (!isOpen() || !m_reader) {
        fail(RespFailure::Closed, QStringLiteral("not connected"), error);
        return std::nullopt;
    }
    m_failure = RespFailure::None;
    const QDeadlineTimer deadline(waitMs);
    for (;;) {
        void *raw = nullptr;
        if (redisReaderGetReply(reader(m_reader), &raw) != REDIS_OK) {
            fail(RespFailure::Protocol, QStringLiteral("not a RESP answer (is this a Redis port?)"), error);
            return std::nullopt;
        }
        if (raw) {
            RedisReply r = copyReply(static_cast<redisReply *>(raw));
            freeReplyObject(raw);
            return r;
        }
        if (m_cancel && m_cancel->load()) {
            fail(RespFailure::Cancelled, QStringLiteral("cancelled"), error);
            return std::nullopt;
        }
        if (m_socket->bytesAvailable() == 0) {
            const qint64 left = deadline.remainingTime();
            if (left <= 0) {
                return std::nullopt; // nothing in time; not a failure
            }
            if (!m_socket->waitForReadyRead(int(std::min<qint64>(left, kSliceMs))) &&
                m_socket->state() != QAbstractSocket::ConnectedState) {
                fail(RespFailure::Closed, QStringLiteral("the connection was closed"), error);
                return std::nullopt;
            }
        }
        const QByteArray in = m_socket->readAll();
        if (!in.isEmpty()) {
            redisReaderFeed(reader(m_reader), in.constData(), std::size_t(in.size()));
        }
    }
}

} // namespace sd
