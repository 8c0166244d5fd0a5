// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The session-loss doctor: findings about a whole server (pools, sites, web farms and every application's
// effective settings), each with a stable code (IIS001...), severity, provenance and a one-line fix. The
// codes and their sources are listed in docs/doctor.md.

#include "aspnet/configvalidator.h"
#include "iis/serversnapshot.h"

#include <QList>
#include <QString>

namespace sd {

/// One finding of the doctor.
struct DoctorFinding
{
    QString code; ///< "IIS001"...
    Severity severity = Severity::Warning;
    QString site;        ///< site name, "" when about the server
    QString application; ///< application path ("/shop"), "" when about a site or the server
    QString setting;     ///< the deciding setting, e.g. "pool.recycling.periodicRestart.time"
    QString file;        ///< the file that wrote it ("" for a default)
    int line = 0;        ///< 1-based line in `file`, 0 for a default
    QString message;     ///< what happens to the sessions, one sentence
    QString fix;         ///< what to do, one line
};

/**
 * Every finding of `snapshot`, per application in site order, then per web farm. Applications whose pool
 * runs no managed code (managedRuntimeVersion "") get none of the session findings. Never fails.
 */
QList<DoctorFinding> diagnose(const ServerSnapshot &snapshot);

} // namespace sd
