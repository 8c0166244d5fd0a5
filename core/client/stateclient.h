// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace sd {

/// Host and port of a `stateConnectionString` ("tcpip=host:port" or "tcpip=[v6]:port"), parsed by
/// OutOfProcSessionStateStore's rules (RS ParseStateConnectionString): "tcpip=" exact, port UInt16, ASCII
/// host. nullopt with `error` otherwise. A bare "host:port" is accepted too, for the CLI.
struct StateEndpoint
{
    QString host;
    quint16 port = 42424;
};
std::optional<StateEndpoint> parseStateConnectionString(const QString &text, QString *error = nullptr);

/// The request target a 4.x OutOfProcSessionStateStore sends for a session (§1.3):
/// UrlEncode(appDomainAppId + "(" + Base64(SHA-256(UTF-8 appDomainAppId)) + ")/" + sessionId), e.g.
/// "%2fLM%2fW3SVC%2f1%2fROOT(...)%2fsessionid" (a leading "/" is added to appDomainAppId when missing).
std::string stateRequestTarget(const QString &appDomainAppId, const QString &sessionId);

/// One answer from a state server. `status` is 0 when the exchange failed (then `error` says why).
struct StateReply
{
    int status = 0;
    QByteArray body;
    std::optional<int> timeout, lockCookie, actionFlags;
    std::optional<qint64> lockAge, lockDate; ///< as sent (LockAge seconds, LockDate local .NET ticks)
    /// On 423: the lock age in seconds as the real client reads it (proto::ResponseParser::
    /// clientLockAgeSeconds: LockAge when 0 <= LockAge < 1 year, 0 from a year on, else from LockDate).
    std::optional<qint64> lockAgeSeconds;
    /// A 200 with Content-Length > 0: data, as OutOfProcStateClientManager.DoGet reads it (a 200 with no
    /// bytes is "no item" to the real client).
    bool hasData = false;
    QString serverVersion; ///< X-AspNet-Version
    double roundTripMs = 0;
    QString error;
};

/// A client for the State Service protocol with a pool of persistent connections, as
/// OutOfProcSessionStateStore keeps one per partition. Blocking calls are thread-safe; use async() from a GUI
/// thread. Every socket wait is bounded by `stateNetworkTimeout` seconds (default 10, like the ASP.NET
/// setting).
class StateClient
{
public:
    explicit StateClient(StateEndpoint endpoint, int stateNetworkTimeoutSeconds = 10);
    ~StateClient();
    StateClient(const StateClient &) = delete;
    StateClient &operator=(const StateClient &) = delete;

    /// GET: 200 with body/timeout, 404, or 423 with lockCookie/lockAge/lockDate (§1.5 DoGet).
    StateReply getItem(const std::string &target);
    /// GET Exclusive: acquire; 200 carries the new lockCookie.
    StateReply getItemExclusive(const std::string &target);
    /// GET Exclusive: release with LockCookie.
    StateReply releaseItemExclusive(const std::string &target, int lockCookie);
    /// PUT with Timeout (minutes), LockCookie when given, body = SessionStateUtility bytes.
    StateReply setAndReleaseItemExclusive(const std::string &target, const QByteArray &data,
                                          int timeoutMinutes, std::optional<int> lockCookie);
    /// PUT with ExtraFlags: 1.
    StateReply createUninitializedItem(const std::string &target, const QByteArray &data, int timeoutMinutes);
    /// DELETE with LockCookie when given.
    StateReply removeItem(const std::string &target, std::optional<int> lockCookie);
    /// HEAD.
    StateReply resetItemTimeout(const std::string &target);

    /// Runs `call` on this client's thread pool; the future never blocks the caller.
    QFuture<StateReply> async(std::function<StateReply(StateClient &)> call);

private:
    struct Exchange;
    /// Sends `wire` on a pooled or new connection and reads the answer (no body when `head`). A pooled
    /// connection that fails before any answer byte arrives is retried once on a fresh one.
    StateReply exchange(const std::string &wire, bool head);
    /// A connected, non-blocking socket to the endpoint, or -1 with `error` set.
    int connectSocket(QString *error) const;
    /// An idle pooled socket, or -1 when the pool is empty.
    int takeIdleSocket();
    /// Returns `fd` to the pool when `reusable`, else closes it.
    void releaseSocket(int fd, bool reusable);

    StateEndpoint m_endpoint;
    int m_timeoutMs;
    std::mutex m_mutex;
    std::vector<int> m_idle; ///< pooled connected sockets
    QThreadPool m_pool;
};

} // namespace sd
