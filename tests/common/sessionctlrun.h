// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built sessionctl (SD_SESSIONCTL) once and keeps what it said: the integration tests of its
// commands share this instead of each writing its own QProcess wrapper.
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

/// Exit code (-1 when sessionctl crashed or did not finish within 60 s), stdout and stderr of one run.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs `sessionctl ARGS...` and waits for it (at most 60 s).
inline Run sessionctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SD_SESSIONCTL), args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
