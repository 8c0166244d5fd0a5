// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sd {

/// Exit codes of sessionctl: 0 fine, 1 findings of error severity (or an edit refused for
/// making one), 2 usage or I/O error.
enum SessionCtlExit
{
    ExitOk = 0,
    ExitFindings = 1,
    ExitUsage = 2
};

/**
 * Runs the `sessionctl` command line (`args[0]` is the program name): genkey, config show|set|unset,
 * check. Writes results to stdout and problems to stderr; `--json` switches results to JSON.
 * Returns a SessionCtlExit code. Argument parsing is QCommandLineParser's.
 */
int sessionctlMain(const QStringList &args);

} // namespace sd
