// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers: start the real sessionstated on an ephemeral loopback port, and a blocking socket client.
#pragma once

#include "stateproto/stateprotocol.h"

#include <QProcess>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>

/// The real sessionstated process: started with `args` + --port 0 (unless args name a port), and with
/// --no-admin unless `args` name an --admin-token-file (then adminPort is the admin API's port).
class ServerProcess
{
public:
    bool start(QStringList args)
    {
        if (!args.contains(QStringLiteral("--port")))
            args << QStringLiteral("--port") << QStringLiteral("0");
        const bool admin = args.contains(QStringLiteral("--admin-token-file"));
        if (!admin && !args.contains(QStringLiteral("--no-admin")))
            args << QStringLiteral("--no-admin");
        proc.setProgram(QStringLiteral(SD_SESSIONSTATED));
        proc.setArguments(args);
        proc.setProcessChannelMode(QProcess::SeparateChannels);
        proc.start();
        if (!proc.waitForStarted(5000))
            return false;
        QByteArray out;
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (out.count('\n') < (admin ? 2 : 1) && std::chrono::steady_clock::now() < deadline) {
            proc.waitForReadyRead(200);
            out += proc.readAllStandardOutput();
            if (proc.state() != QProcess::Running)
                break;
        }
        const auto m =
            QRegularExpression(QStringLiteral("listening on (\\S+):(\\d+)")).match(QString::fromUtf8(out));
        if (!m.hasMatch())
            return false;
        banner = QString::fromUtf8(out).trimmed();
        port = quint16(m.captured(2).toUInt());
        if (admin) {
            const auto a =
                QRegularExpression(QStringLiteral("admin API on http://\\S+:(\\d+)")).match(banner);
            if (!a.hasMatch())
                return false;
            adminPort = quint16(a.captured(1).toUInt());
        }
        return true;
    }
    void kill9()
    {
        proc.kill();
        proc.waitForFinished(5000);
    }
    int terminate()
    {
        proc.terminate();
        proc.waitForFinished(10000);
        return proc.exitCode();
    }
    ~ServerProcess()
    {
        if (proc.state() != QProcess::NotRunning)
            kill9();
    }
    QProcess proc;
    quint16 port = 0;
    quint16 adminPort = 0;
    QString banner;
};

/// A blocking TCP client on 127.0.0.1 with a receive timeout, for raw protocol tests.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        connected = ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0;
        const int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    ~RawClient()
    {
        if (fd >= 0)
            ::close(fd);
    }
    RawClient(const RawClient &) = delete;
    RawClient &operator=(const RawClient &) = delete;

    bool send(const std::string &data)
    {
        std::size_t off = 0;
        while (off < data.size()) {
            const ssize_t n = ::send(fd, data.data() + off, data.size() - off, MSG_NOSIGNAL);
            if (n <= 0)
                return false;
            off += std::size_t(n);
        }
        return true;
    }
    /// Reads one response (HEAD: no body). Returns false on timeout or a closed connection.
    bool read(sd::proto::ResponseParser &r, bool head = false, int timeoutMs = 5000)
    {
        for (;;) {
            if (!buffer.empty()) {
                const auto st = r.parse(buffer, head);
                if (st == sd::proto::ResponseParser::Status::Done) {
                    buffer.erase(0, r.consumed());
                    return true;
                }
                if (st == sd::proto::ResponseParser::Status::Error)
                    return false;
            }
            if (!fill(timeoutMs))
                return false;
        }
    }
    /// True when the server closed the connection within `timeoutMs` (all pending data is drained).
    bool closedByPeer(int timeoutMs = 5000)
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
        while (std::chrono::steady_clock::now() < deadline) {
            pollfd p{fd, POLLIN, 0};
            if (::poll(&p, 1, 100) > 0) {
                char b[4096];
                const ssize_t n = ::recv(fd, b, sizeof b, 0);
                if (n <= 0)
                    return true;
                buffer.append(b, std::size_t(n));
            }
        }
        return false;
    }
    bool fill(int timeoutMs)
    {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, timeoutMs) <= 0)
            return false;
        char b[65536];
        const ssize_t n = ::recv(fd, b, sizeof b, 0);
        if (n <= 0)
            return false;
        buffer.append(b, std::size_t(n));
        return true;
    }
    int fd = -1;
    bool connected = false;
    std::string buffer;
};
