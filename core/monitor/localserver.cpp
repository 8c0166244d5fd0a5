// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/localserver.h"

#include "monitor/childprocess.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace sd {

LocalStateServer::LocalStateServer(QObject *parent) : QObject(parent) {}

LocalStateServer::~LocalStateServer()
{
    stop();
}

QString LocalStateServer::findProgram(const QString &name)
{
    QString beside = QCoreApplication::applicationDirPath() + u'/' + name;
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStandardPaths::findExecutable(name);
}

void LocalStateServer::start(const QString &program, const QStringList &extraArgs)
{
    stop();
    m_ready = m_stopping = false;
    m_stdout.clear();
    m_stderr.clear();
    const QString exe = program.isEmpty() ? findProgram() : program;
    m_dir = std::make_unique<QTemporaryDir>();
    if (exe.isEmpty() || !m_dir->isValid()) {
        const QString error =
            exe.isEmpty() ? tr("sessionstated was not found beside sessiondesk or on PATH")
                          : tr("cannot create a private folder for the token: %1").arg(m_dir->errorString());
        QMetaObject::invokeMethod(
            this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    m_profile = ConnectionProfile();
    m_profile.name = tr("Local sessionstated (started by SessionDesk)");
    m_profile.embedded = true;
    m_profile.tokenFile = m_dir->filePath(QStringLiteral("admin-token"));
    m_process = new QProcess(this);
    stopWithParent(m_process);
    m_process->setProgram(exe);
    m_process->setArguments(QStringList{QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                                        QStringLiteral("--port"), QStringLiteral("0"),
                                        QStringLiteral("--admin-token-file"), m_profile.tokenFile} +
                            extraArgs);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &LocalStateServer::onOutput);
    connect(m_process, &QProcess::readyReadStandardError, this, [this] {
        m_stderr += m_process->readAllStandardError();
        if (m_stderr.size() > 8192) {
            m_stderr = m_stderr.right(8192);
        }
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            emit failed(tr("cannot start %1: %2").arg(m_process->program(), m_process->errorString()));
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (m_stopping) {
            return;
        }
        const QString how = status == QProcess::CrashExit ? tr("sessionstated crashed")
                                                          : tr("sessionstated exited with code %1").arg(code);
        const QString error = how + (m_stderr.isEmpty() ? QString() : QStringLiteral(": ") + log().trimmed());
        if (m_ready) {
            emit stopped(error);
        } else {
            emit failed(error);
        }
    });
    m_process->start();
}

void LocalStateServer::onOutput()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_ready) {
        return;
    }
    const QString text = QString::fromUtf8(m_stdout);
    const auto listen = QRegularExpression(QStringLiteral("listening on (\\S+):(\\d+)")).match(text);
    const auto admin = QRegularExpression(QStringLiteral("admin API on (http://\\S+:\\d+)")).match(text);
    if (!listen.hasMatch() || !admin.hasMatch()) {
        return;
    }
    m_profile.stateConnectionString = QStringLiteral("tcpip=127.0.0.1:%1").arg(listen.captured(2));
    m_profile.adminUrl = admin.captured(1);
    m_ready = true;
    emit ready(m_profile);
}

void LocalStateServer::stop()
{
    if (!m_process) {
        return;
    }
    m_stopping = true;
    m_process->disconnect(this);
    m_stoppingProcess = m_process;
    stopChildProcess(m_process, 5000);
    m_process = nullptr;
    m_ready = false;
}

bool LocalStateServer::isRunning() const
{
    return (m_process && m_process->state() != QProcess::NotRunning) ||
           (m_stoppingProcess && m_stoppingProcess->state() != QProcess::NotRunning);
}

} // namespace sd
