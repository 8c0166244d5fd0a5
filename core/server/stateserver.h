// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// sessionstated's network layer: epoll, edge-triggered, one event loop per worker thread, all sharing the
// listening socket (EPOLLEXCLUSIVE). Linux only. See docs/protocol.md "Network layer" for why not Qt's loop.

#include "stateproto/sessionstore.h"
#include "stateproto/stateprotocol.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace sd {

/// How the server listens and what it tolerates.
struct ServerOptions
{
    std::string bind = "127.0.0.1"; ///< address to bind (IPv4 or IPv6 literal)
    /// A second address on the same port, so that tcpip=localhost:PORT connects whichever way localhost
    /// resolves: "::1" beside 127.0.0.1 (sessionstated's default), "::" beside 0.0.0.0. "" = none. When the
    /// host lacks its address family (EAFNOSUPPORT, EADDRNOTAVAIL) it is skipped: see alsoBindSkipped().
    std::string alsoBind = "::1";
    std::uint16_t port = 42424; ///< aspnet_state's default Port; 0 = ephemeral (see StateServer::port())
    bool allowRemote = false;   ///< AllowRemoteConnection: otherwise peers must be loopback
    int socketTimeoutSeconds =
        60; ///< SocketTimeout: idle connections, and requests not complete, are closed after this; 0 = never
    int threads = 0;                     ///< worker threads; 0 = one per core
    std::size_t maxConnections = 100000; ///< further connections are accepted and closed at once
    proto::Limits limits;                ///< request-line length, header count, body size
    int expiryIntervalMs = 1000;         ///< run() expires due sessions this often (milliseconds, >= 1)
};

/// Traffic counters (cumulative unless noted). Index verbs by proto::Verb, statuses by statusIndex().
struct ServerCounters
{
    std::array<std::array<std::atomic<std::int64_t>, 5>, 5> requests{}; ///< [verb][200,400,404,423,other]
    std::atomic<std::int64_t> bytesIn{0};
    std::atomic<std::int64_t> bytesOut{0};
    std::atomic<std::int64_t> connectionsOpen{0}; ///< current
    std::atomic<std::int64_t> connectionsTotal{0};
    std::atomic<std::int64_t> connectionsRefused{
        0};                                      ///< remote peers without allowRemote, or over maxConnections
    std::atomic<std::int64_t> protocolErrors{0}; ///< malformed or over-limit requests (400 + close)
    /// 0..4 for 200, 400, 404, 423, anything else.
    static int statusIndex(int status);
};

/// The State Service server. listen(), then run() on some thread; stop() from anywhere (also from a signal
/// handler: it only writes to an eventfd).
class StateServer
{
public:
    StateServer(SessionStore &store, ServerOptions options);
    ~StateServer();
    StateServer(const StateServer &) = delete;
    StateServer &operator=(const StateServer &) = delete;

    /// Binds and listens on options.bind, then on options.alsoBind with the same port (with port 0, both
    /// get one free port). false with `error` ("cannot listen on 127.0.0.1:42424: Address already in use").
    bool listen(std::string *error);
    /// The bound port (the ephemeral one when options.port was 0).
    std::uint16_t port() const { return m_port; }
    /// After listen(): the addresses listened on, as "127.0.0.1:42424" and "[::1]:42424", bind first.
    const std::vector<std::string> &listeningOn() const { return m_listeningOn; }
    /// After listen(): why options.alsoBind is not listened on ("[::1]:42424: Cannot assign requested
    /// address"); "" when it is, or when there is none.
    const std::string &alsoBindSkipped() const { return m_alsoBindSkipped; }
    /// Serves until stop(): starts the workers, expires sessions once a second, then closes every connection
    /// after a grace period of up to 2 s for responses still being written.
    void run();
    /// Asks run() to return. Async-signal-safe.
    void stop();

    /// For `--sync full`: a response whose store change got sequence number S (SessionStore::lastSequence)
    /// is held until `committed` >= S. Call before run(); `committed` must outlive the server.
    void setDurableSequence(const std::atomic<std::uint64_t> *committed) { m_committed = committed; }
    /// Wakes the workers to send responses whose sequence is now committed (the persister calls this).
    void notifyCommitted();

    const ServerCounters &counters() const { return m_counters; }

private:
    struct Worker;
    SessionStore &m_store;
    ServerOptions m_options;
    ServerCounters m_counters;
    std::vector<int> m_listenFds; ///< options.bind's socket, then options.alsoBind's (at most 2)
    std::vector<std::string> m_listeningOn;
    std::string m_alsoBindSkipped;
    int m_stopFd = -1;
    std::uint16_t m_port = 0;
    const std::atomic<std::uint64_t> *m_committed = nullptr;
    std::mutex m_workersMutex; ///< guards m_workers against notifyCommitted() from the persister thread
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::atomic<bool> m_stopping{false};
};

} // namespace sd
