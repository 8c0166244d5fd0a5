// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/childprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QList>
#include <QPointer>
#include <QProcess>
#include <QTimer>

#ifdef __linux__
#include <signal.h>
#include <sys/prctl.h>
#endif

namespace sd {

namespace {

/// A child being stopped and when it is killed.
struct Stopping
{
    QPointer<QProcess> process;
    QDeadlineTimer killAt;
};

QList<Stopping> &stopping()
{
    static QList<Stopping> list;
    return list;
}

/// At QCoreApplication teardown (qAddPostRoutine): the children still stopping get the rest of their
/// grace, then SIGKILL; the window is gone by then, so this wait blocks no UI.
void finishStoppingChildren()
{
    for (const Stopping &s : std::exchange(stopping(), {})) {
        if (!s.process) {
            continue;
        }
        if (s.process->state() != QProcess::NotRunning &&
            !s.process->waitForFinished(int(std::max<qint64>(0, s.killAt.remainingTime())))) {
            s.process->kill();
            s.process->waitForFinished(2000);
        }
        delete s.process;
    }
}

} // namespace

void stopWithParent(QProcess *process)
{
#ifdef __linux__
    // The kernel sends SIGTERM to the child when this process dies, even by a crash or SIGKILL.
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}

void stopChildProcess(QProcess *process, int killAfterMs)
{
    if (!process) {
        return;
    }
    process->setParent(nullptr);
    if (process->state() == QProcess::NotRunning) {
        process->deleteLater();
        return;
    }
    static const bool registered = [] {
        qAddPostRoutine(finishStoppingChildren);
        return true;
    }();
    Q_UNUSED(registered);
    stopping().append({process, QDeadlineTimer(killAfterMs)});
    QObject::connect(process, &QProcess::finished, process, [process] {
        stopping().removeIf([process](const Stopping &s) { return !s.process || s.process == process; });
        process->deleteLater();
    });
    auto *killer = new QTimer(process);
    killer->setSingleShot(true);
    QObject::connect(killer, &QTimer::timeout, process, [process] {
        if (process->state() != QProcess::NotRunning) {
            process->kill();
        }
    });
    killer->start(killAfterMs);
    process->terminate();
}

} // namespace sd
