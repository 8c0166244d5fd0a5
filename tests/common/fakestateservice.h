// SPDX-License-Identifier: GPL-3.0-or-later
// A fake of the Windows ASP.NET State Service for tests: it answers as p2pStateServer does
// (tenor/p2pStateServer src/Messages.cs, reply shapes taken from real traffic): bare "200 OK" status lines
// with no HTTP version, headers in the real order (X-AspNet-Version, ActionFlags, LockCookie, Timeout,
// Cache-Control: private, Content-Length; on 423 LockDate, LockAge, LockCookie). Every reply is written as
// literal bytes, never through our own ResponseParser or appendResponse. It has no admin API, like
// aspnet_state.
#pragma once

#include <QDateTime>

#include <arpa/inet.h>
#include <atomic>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

/// A fake State Service on an ephemeral loopback port: an in-memory map, one thread per connection,
/// GET (plain, Exclusive: acquire/release), PUT (ExtraFlags: 1 as a no-op on an existing item), DELETE, HEAD.
class FakeStateService
{
public:
    FakeStateService()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const int one = 1;
        setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        ::bind(m_listen, reinterpret_cast<sockaddr *>(&a), sizeof a);
        ::listen(m_listen, 64);
        socklen_t len = sizeof a;
        getsockname(m_listen, reinterpret_cast<sockaddr *>(&a), &len);
        m_port = ntohs(a.sin_port);
        m_acceptor = std::thread([this] { acceptLoop(); });
    }
    ~FakeStateService()
    {
        m_stop = true;
        m_acceptor.join();
        ::close(m_listen);
        for (auto &t : m_workers)
            t.join();
    }
    quint16 port() const { return m_port; }
    /// When set, a 423 carries this LockAge value instead of the real age.
    std::atomic<long long> forcedLockAge{0};
    std::atomic<bool> forceLockAge{false};
    std::atomic<int> requests{0};

private:
    struct Item
    {
        std::string data;
        int timeout = 20;
        bool locked = false;
        int cookie = 0;
        int flags = 0;
        long long lockDateTicks = 0;
    };

    void acceptLoop()
    {
        while (!m_stop) {
            pollfd p{m_listen, POLLIN, 0};
            if (::poll(&p, 1, 100) <= 0)
                continue;
            const int fd = ::accept4(m_listen, nullptr, nullptr, SOCK_CLOEXEC);
            if (fd >= 0)
                m_workers.emplace_back([this, fd] { serve(fd); });
        }
    }

    static std::string lower(std::string s)
    {
        for (char &c : s)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        return s;
    }

    void serve(int fd)
    {
        std::string in;
        while (!m_stop) {
            const std::size_t end = in.find("\r\n\r\n");
            if (end == std::string::npos) {
                pollfd p{fd, POLLIN, 0};
                if (::poll(&p, 1, 100) <= 0)
                    continue;
                char buf[65536];
                const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
                if (n <= 0)
                    break;
                in.append(buf, std::size_t(n));
                continue;
            }
            std::map<std::string, std::string> h;
            const std::string head = in.substr(0, end);
            const std::size_t firstEnd = head.find("\r\n");
            const std::string requestLine = head.substr(0, firstEnd);
            std::size_t pos = firstEnd == std::string::npos ? head.size() : firstEnd + 2;
            while (pos < head.size()) {
                std::size_t e = head.find("\r\n", pos);
                if (e == std::string::npos)
                    e = head.size();
                const std::string line = head.substr(pos, e - pos);
                const std::size_t colon = line.find(':');
                if (colon != std::string::npos) {
                    std::string v = line.substr(colon + 1);
                    while (!v.empty() && v.front() == ' ')
                        v.erase(0, 1);
                    h[lower(line.substr(0, colon))] = v;
                }
                pos = e + 2;
            }
            const std::size_t length = h.count("content-length") ? std::stoul(h["content-length"]) : 0;
            while (in.size() < end + 4 + length) {
                char buf[65536];
                const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
                if (n <= 0) {
                    ::close(fd);
                    return;
                }
                in.append(buf, std::size_t(n));
            }
            const std::string body = in.substr(end + 4, length);
            in.erase(0, end + 4 + length);
            const std::string reply = answer(requestLine, h, body);
            ++requests;
            if (::send(fd, reply.data(), reply.size(), MSG_NOSIGNAL) != ssize_t(reply.size()))
                break;
        }
        ::close(fd);
    }

    static std::string tail(const std::string &content = {})
    {
        return "Cache-Control: private\r\nContent-Length: " + std::to_string(content.size()) + "\r\n\r\n" +
               content;
    }
    static constexpr const char *kOk = "200 OK\r\nX-AspNet-Version: 2.0.50727\r\n";
    static constexpr const char *kNotFound = "404 Not Found\r\nX-AspNet-Version: 2.0.50727\r\n";

    std::string locked(const Item &it) const
    {
        const long long nowTicks = (QDateTime::currentDateTime().toMSecsSinceEpoch() +
                                    qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000) *
                                       10000 +
                                   621355968000000000LL;
        const long long age = forceLockAge ? forcedLockAge.load() : (nowTicks - it.lockDateTicks) / 10000000;
        return "423 Locked\r\nX-AspNet-Version: 2.0.50727\r\nLockDate: " + std::to_string(it.lockDateTicks) +
               "\r\nLockAge: " + std::to_string(age) + "\r\nLockCookie: " + std::to_string(it.cookie) +
               "\r\n" + tail();
    }

    std::string answer(const std::string &requestLine, std::map<std::string, std::string> &h,
                       const std::string &body)
    {
        const std::string verb = requestLine.substr(0, requestLine.find(' '));
        const std::size_t t = requestLine.find(' ') + 1;
        const std::string key = requestLine.substr(t, requestLine.find(' ', t) - t);
        std::lock_guard lock(m_mutex);
        auto it = m_items.find(key);
        const bool found = it != m_items.end();
        const std::string exclusive = lower(h["exclusive"]);
        const int cookie = h.count("lockcookie") ? std::stoi(h["lockcookie"]) : -1;
        if (verb == "GET" && exclusive == "release") {
            if (!found)
                return kNotFound + tail();
            if (it->second.locked && it->second.cookie == cookie)
                it->second.locked = false;
            return kOk + tail();
        }
        if (verb == "GET") {
            if (!found)
                return kNotFound + tail();
            Item &item = it->second;
            if (item.locked)
                return locked(item);
            std::string r = kOk;
            if (item.flags & 1) {
                r += "ActionFlags: 1\r\n";
                item.flags = 0;
            }
            if (exclusive == "acquire") {
                item.locked = true;
                ++item.cookie;
                item.lockDateTicks = (QDateTime::currentDateTime().toMSecsSinceEpoch() +
                                      qint64(QDateTime::currentDateTime().offsetFromUtc()) * 1000) *
                                         10000 +
                                     621355968000000000LL;
                r += "LockCookie: " + std::to_string(item.cookie) + "\r\n";
            }
            r += "Timeout: " + std::to_string(item.timeout) + "\r\n";
            return r + tail(item.data);
        }
        if (verb == "PUT") {
            const int flags = h.count("extraflags") ? std::stoi(h["extraflags"]) : 0;
            const int timeout = h.count("timeout") ? std::stoi(h["timeout"]) : 20;
            if (found && flags == 1)
                return kOk + tail(); // CreateUninitializedItem on an existing item: no-op
            if (found && it->second.locked && it->second.cookie != cookie)
                return locked(it->second);
            Item &item = m_items[key];
            item.data = body;
            item.timeout = timeout;
            item.locked = false;
            item.flags = flags & 1;
            return kOk + tail();
        }
        if (verb == "DELETE") {
            if (!found)
                return kNotFound + tail();
            if (it->second.locked && it->second.cookie != cookie)
                return locked(it->second);
            m_items.erase(it);
            return kOk + tail();
        }
        if (verb == "HEAD")
            return (found ? kOk : kNotFound) + tail();
        return "400 Bad Request\r\nX-AspNet-Version: 2.0.50727\r\n" + tail();
    }

    int m_listen = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_acceptor;
    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::map<std::string, Item> m_items;
};
