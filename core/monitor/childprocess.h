// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Child processes the desktop app starts (the local sessionstated, `sessionctl load`): tied to the app's
// life, and stopped without blocking the UI thread.

class QProcess;

namespace sd {

/// Makes `process` (not started yet) receive SIGTERM when this process ends, however it ends (Linux:
/// PR_SET_PDEATHSIG; elsewhere nothing), so a killed app does not leave its children running.
void stopWithParent(QProcess *process);

/**
 * Stops `process` without waiting: SIGTERM now, SIGKILL when it still runs after `killAfterMs` ms (a
 * QTimer). The QProcess is taken from its parent (so its owner may be deleted at once) and deletes itself
 * once the child has ended (QProcess::finished). A child still stopping when the QCoreApplication is
 * destroyed is given the rest of its `killAfterMs`, then killed, so none outlives the app.
 * A process that is not running is just deleted later.
 */
void stopChildProcess(QProcess *process, int killAfterMs);

} // namespace sd
