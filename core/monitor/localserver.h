// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "monitor/connectionprofile.h"

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace sd {

/**
 * A child `sessionstated` the desktop app starts when no profile is saved: protocol and admin API on free
 * loopback ports (--port 0), its own admin token in a private temporary folder (mode 0700), sessions in
 * memory. The banner lines give the ports; ready() then carries an embedded profile for them. stop() or
 * the destructor stops the child without waiting (SIGTERM, then SIGKILL after 5 s; stopChildProcess()),
 * so it ends with the app; isRunning() stays true until it has ended.
 */
class LocalStateServer : public QObject
{
    Q_OBJECT

public:
    explicit LocalStateServer(QObject *parent = nullptr);
    ~LocalStateServer() override;

    /// Where the sessionstated binary is: beside the running executable, else on PATH; empty if neither.
    static QString findProgram(const QString &name = QStringLiteral("sessionstated"));

    /// Starts `program` (default: findProgram()) with `extraArgs`. Emits ready() or failed() later.
    void start(const QString &program = {}, const QStringList &extraArgs = {});
    /// Stops the child (SIGTERM now, SIGKILL after 5 s) without waiting for it to end; no signal follows.
    void stop();
    /// True while a child started here runs, including one stop() is still stopping.
    bool isRunning() const;
    const ConnectionProfile &profile() const { return m_profile; }
    /// What the child printed on stderr (its last 8 KiB), for error reports.
    QString log() const { return QString::fromLocal8Bit(m_stderr); }

signals:
    void ready(const sd::ConnectionProfile &profile);
    void failed(const QString &error);
    /// The child ended after ready() (crash or kill); `error` says how.
    void stopped(const QString &error);

private:
    void onOutput();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_process = nullptr;
    QPointer<QProcess> m_stoppingProcess; ///< the child stop() handed to stopChildProcess(), until deleted
    QByteArray m_stdout, m_stderr;
    ConnectionProfile m_profile;
    bool m_ready = false, m_stopping = false;
};

} // namespace sd
