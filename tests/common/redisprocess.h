// SPDX-License-Identifier: GPL-3.0-or-later
// Test helpers: a real redis-server (or Sentinel) child on a loopback port with its files in a temporary
// folder, killed when the object goes (also when a test fails half-way), and one-shot commands to it.
#pragma once

#include "redis/respconnection.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

#include <optional>

/// A loopback port nothing listens on right now.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0)) {
        return 0;
    }
    return probe.serverPort();
}

/// True when `port` can be bound on 127.0.0.1 now.
inline bool loopbackPortFree(quint16 port)
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, port);
}

/// One command to 127.0.0.1:`port` on a fresh connection (AUTH `password` first when set).
inline std::optional<sd::RedisReply> redisAt(quint16 port, const sd::RedisCommand &command,
                                             const QByteArray &password = {})
{
    sd::RedisEndpoint settings;
    settings.connectTimeoutMs = 2000;
    settings.commandTimeoutMs = 10000;
    sd::RespConnection c;
    QString error;
    if (!c.open({QStringLiteral("127.0.0.1"), port}, settings, &error) ||
        !c.authenticate({}, QString::fromUtf8(password), &error)) {
        return std::nullopt;
    }
    return c.call(command, &error);
}

/// Polls `done` every 100 ms for at most `ms`; true as soon as it holds.
template <typename F> bool waitUntil(F done, int ms)
{
    const QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (done()) {
            return true;
        }
        QThread::msleep(100);
    }
    return done();
}

/// A redis-server child. start() waits until it answers PING (at most 10 s).
class RedisProcess
{
public:
    /// The redis-server binary, or empty when it is not installed.
    static QString binary() { return QStandardPaths::findExecutable(QStringLiteral("redis-server")); }

    /// Starts a data node on `port` with its files in `dir`, no persistence, plus `extra` arguments.
    bool start(const QString &dir, quint16 port, const QStringList &extra = {},
               const QByteArray &password = {})
    {
        this->port = port;
        this->password = password;
        QStringList args{
            QStringLiteral("--port"),       QString::number(port),
            QStringLiteral("--bind"),       QStringLiteral("127.0.0.1"),
            QStringLiteral("--dir"),        dir,
            QStringLiteral("--save"),       QString(),
            QStringLiteral("--appendonly"), QStringLiteral("no"),
            QStringLiteral("--logfile"),    QStringLiteral("%1/redis-%2.log").arg(dir).arg(port)};
        return run(binary(), args + extra);
    }

    /// Starts a Sentinel on `port` monitoring `masterName` at `masterPort` (quorum 1, down after 1 s,
    /// failover timeout 3 s). Uses redis-sentinel when installed, else redis-server --sentinel.
    bool startSentinel(const QString &dir, quint16 port, const QString &masterName, quint16 masterPort)
    {
        this->port = port;
        const QString conf = QStringLiteral("%1/sentinel-%2.conf").arg(dir).arg(port);
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly)) {
            return false;
        }
        f.write(QStringLiteral("port %1\nbind 127.0.0.1\ndir %2\nlogfile %2/sentinel-%1.log\n"
                               "sentinel monitor %3 127.0.0.1 %4 1\n"
                               "sentinel down-after-milliseconds %3 1000\n"
                               "sentinel failover-timeout %3 3000\n"
                               "sentinel parallel-syncs %3 1\n")
                    .arg(port)
                    .arg(dir, masterName)
                    .arg(masterPort)
                    .toUtf8());
        f.close();
        const QString sentinel = QStandardPaths::findExecutable(QStringLiteral("redis-sentinel"));
        return sentinel.isEmpty() ? run(binary(), {conf, QStringLiteral("--sentinel")})
                                  : run(sentinel, {conf});
    }

    /// Writes a self-signed certificate for 127.0.0.1 (CN and IP subjectAltName, 2 days) and its key to
    /// `dir`/tls-cert.pem and tls-key.pem with the openssl command. False when it is missing or fails.
    static bool makeLoopbackCertificate(const QString &dir, QString *cert, QString *key)
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        *cert = dir + QStringLiteral("/tls-cert.pem");
        *key = dir + QStringLiteral("/tls-key.pem");
        if (openssl.isEmpty()) {
            return false;
        }
        QProcess gen;
        gen.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                            *key, QStringLiteral("-out"), *cert, QStringLiteral("-days"), QStringLiteral("2"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        return gen.waitForFinished(30000) && gen.exitCode() == 0;
    }

    /// Starts a TLS-only data node on `port` (no plain port, clients not authenticated) with `cert` and `key`
    /// (the certificate is its own CA). Does not wait for it: PING needs TLS, which call() does not speak.
    bool startTls(const QString &dir, quint16 port, const QString &cert, const QString &key)
    {
        this->port = port;
        proc.setProgram(binary());
        proc.setArguments({QStringLiteral("--port"),
                           QStringLiteral("0"),
                           QStringLiteral("--tls-port"),
                           QString::number(port),
                           QStringLiteral("--bind"),
                           QStringLiteral("127.0.0.1"),
                           QStringLiteral("--tls-cert-file"),
                           cert,
                           QStringLiteral("--tls-key-file"),
                           key,
                           QStringLiteral("--tls-ca-cert-file"),
                           cert,
                           QStringLiteral("--tls-auth-clients"),
                           QStringLiteral("no"),
                           QStringLiteral("--save"),
                           QString(),
                           QStringLiteral("--dir"),
                           dir,
                           QStringLiteral("--logfile"),
                           dir + QStringLiteral("/tls.log")});
        proc.start();
        return proc.waitForStarted(5000);
    }

    std::optional<sd::RedisReply> call(const sd::RedisCommand &command) const
    {
        return redisAt(port, command, password);
    }

    /// INFO field `name` (e.g. "master_link_status").
    QByteArray info(const QByteArray &name) const
    {
        const auto r = call({"INFO"});
        if (!r) {
            return {};
        }
        for (const QByteArray &line : r->str.split('\n')) {
            if (line.startsWith(name + ':')) {
                return line.mid(name.size() + 1).trimmed();
            }
        }
        return {};
    }

    void kill9()
    {
        if (proc.state() != QProcess::NotRunning) {
            proc.kill();
            proc.waitForFinished(5000);
        }
    }
    ~RedisProcess() { kill9(); }

    QProcess proc;
    quint16 port = 0;
    QByteArray password;

private:
    bool run(const QString &program, const QStringList &args)
    {
        proc.setProgram(program);
        proc.setArguments(args);
        proc.setProcessChannelMode(QProcess::MergedChannels);
        proc.start();
        if (!proc.waitForStarted(5000)) {
            return false;
        }
        return waitUntil(
            [this] {
                const auto r = call({"PING"});
                return r && (r->str == "PONG" || r->errorCode() == "NOAUTH");
            },
            10000);
    }
};

/// Three redis-server masters in cluster mode on loopback ports base .. base+2 (cluster bus +10000), the
/// slots split 0-5460, 5461-10922, 10923-16383 (ADDSLOTSRANGE, MEET). Killed when the object goes.
class RedisCluster
{
public:
    /// Starts the nodes with their files in `dir` and waits (at most 30 s) until each says cluster_state:ok.
    /// False with `why`.
    bool start(const QString &dir, QString *why)
    {
        for (int attempt = 0; attempt < 50 && !base; ++attempt) {
            const quint16 p = quint16(20000 + QRandomGenerator::global()->bounded(9000));
            bool free = true;
            for (int i = 0; i < 3; ++i) {
                free = free && loopbackPortFree(quint16(p + i)) && loopbackPortFree(quint16(p + 10000 + i));
            }
            base = free ? p : 0;
        }
        if (!base) {
            *why = QStringLiteral("no free ports for three cluster nodes");
            return false;
        }
        const int ranges[3][2] = {{0, 5460}, {5461, 10922}, {10923, 16383}};
        for (int i = 0; i < 3; ++i) {
            const quint16 port = quint16(base + i);
            if (!nodes[i].start(dir, port,
                                {QStringLiteral("--cluster-enabled"), QStringLiteral("yes"),
                                 QStringLiteral("--cluster-config-file"),
                                 QStringLiteral("%1/nodes-%2.conf").arg(dir).arg(port),
                                 QStringLiteral("--cluster-node-timeout"), QStringLiteral("2000")}) ||
                !nodes[i].call({"CLUSTER", "ADDSLOTSRANGE", QByteArray::number(ranges[i][0]),
                                QByteArray::number(ranges[i][1])})) {
                *why = QStringLiteral("cluster node %1 did not start").arg(port);
                return false;
            }
            ids[i] = nodes[i].call({"CLUSTER", "MYID"}).value_or(sd::RedisReply()).str;
        }
        for (int i = 1; i < 3; ++i) {
            nodes[0].call({"CLUSTER", "MEET", "127.0.0.1", QByteArray::number(nodes[i].port)});
        }
        const bool up = waitUntil(
            [this] {
                for (auto &n : nodes) {
                    const auto r = n.call({"CLUSTER", "INFO"});
                    if (!r || !r->str.contains("cluster_state:ok")) {
                        return false;
                    }
                }
                return true;
            },
            30000);
        if (!up) {
            *why = QStringLiteral("the cluster did not come up");
        }
        return up;
    }

    RedisProcess nodes[3];
    QByteArray ids[3]; ///< CLUSTER MYID of each node
    quint16 base = 0;  ///< the first node's port
};
