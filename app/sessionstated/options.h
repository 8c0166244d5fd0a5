// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// sessionstated's command line: one table of options (name, value name, default, range, help text and how
// the value is applied to the options structs, in the manner of Redis's config table) drives both the
// QCommandLineParser parsing and the man-page style --help text, so the two cannot drift apart.

#include "server/adminapi.h"
#include "server/sessionpersist.h"
#include "server/stateserver.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

/// Everything sessionstated's command line sets, with the defaults applied.
struct DaemonConfig
{
    ServerOptions server;   ///< the protocol listener (--port, --bind, --allow-remote, limits, --threads)
    PersistOptions persist; ///< --sync, --flush-interval; `path` is filled from persistFile when opening
    AdminOptions admin;     ///< --admin-bind, --admin-port (the token is read later)
    std::optional<QString> persistFile;    ///< --persist FILE; nullopt without it
    std::optional<QString> adminTokenFile; ///< --admin-token-file PATH; nullopt = the default path
    bool noAdmin = false;                  ///< --no-admin
    bool logSessions = false;              ///< --log-sessions
    std::optional<QString> bind;           ///< --bind as given; server.bind holds the resolved address
    std::optional<QString> sync;           ///< --sync as given (checked after every number)
    int timeScale = 1;        ///< hidden --test-time-scale N: the store's clock runs N times fast
    bool showHelp = false;    ///< -h, --help
    bool showVersion = false; ///< --version
};

/// Parses `args` (args[0] = program) into `config`. Returns std::nullopt when the server should start;
/// otherwise the exit status after printing what the command line asked for or what is wrong with it:
/// 0 after --help (the manual on stdout) or --version, 2 after a usage error ("sessionstated: MESSAGE" and
/// "Try 'sessionstated --help'." on stderr).
std::optional<int> readCommandLine(const QStringList &args, DaemonConfig *config);

/// The manual --help prints (NAME, SYNOPSIS, DESCRIPTION, OPTIONS, ADMIN API, SIGNALS, EXIT STATUS, ...);
/// its SYNOPSIS and option lists are generated from the option table.
QString manualText();

} // namespace sd
