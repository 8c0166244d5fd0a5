// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sd {

/// sessionstated's whole command line: parses `args` (args[0] = program), opens --persist, serves until
/// SIGINT/SIGTERM. Prints "sessionstated: listening on ADDR:PORT" on stdout once ready. Returns the exit
/// status: 0 after a clean stop, 1 when the server cannot start (port in use, database unusable), 2 on a
/// usage error.
int sessionstatedMain(const QStringList &args);

} // namespace sd
