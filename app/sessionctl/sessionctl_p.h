// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the sessionctl command files, and the command registry (not a public API).

#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QTextStream>

namespace sd::ctl {

inline constexpr const char *kProgram = "sessionctl";

/// Standard output / error streams (UTF-8 QTextStreams over stdout/stderr).
QTextStream &out();
QTextStream &err();
/// Prints "sessionctl: MESSAGE" and "Try 'sessionctl VERB --help'." to stderr; returns ExitUsage.
int usageError(const QString &message, const QString &verb = {});
/// Prints `o` as indented JSON to stdout.
void printJson(const QJsonObject &o);
/// Parses `args` for `verb` (adds -h/--help); returns -1 to continue, else the exit code to return.
int parse(QCommandLineParser &p, const QStringList &args, const QString &verb, const QString &description);

/// A command's entry point: `args[0]` is the program name, the command's own arguments follow. Returns a
/// SessionCtlExit code.
using CommandFunction = int (*)(const QStringList &args);

/**
 * One sessionctl command, as the registry lists it (in the style of KeePassXC's cli `Command` classes):
 * its name ("genkey", or "config show" for a sub-command), the usage lines and the one-line summary the
 * main help prints, and the function that runs it. Consecutive commands with the same summary share it
 * in the main help (it is printed once, after the last of them).
 */
struct Command
{
    QString name;
    QStringList usage;
    QString summary;
    CommandFunction run = nullptr;
};

/// Every command, in the order the main help lists them (sessionctl.cpp).
const QList<Command> &commands();
/// The command called `name` (e.g. "config show"), or nullptr.
const Command *findCommand(const QString &name);

/// `sessionctl genkey` (sessionctl_genkey.cpp).
int cmdGenkey(const QStringList &args);
/// `sessionctl config show|set|unset` (sessionctl_config.cpp).
int cmdConfigShow(const QStringList &args);
int cmdConfigSet(const QStringList &args);
int cmdConfigUnset(const QStringList &args);
/// `sessionctl check` (sessionctl_check.cpp).
int cmdCheck(const QStringList &args);
/// `sessionctl doctor` (sessionctl_doctor.cpp).
int cmdDoctor(const QStringList &args);
/// `sessionctl farm compare` (sessionctl_farm.cpp).
int cmdFarmCompare(const QStringList &args);
/// `sessionctl farm sync-machinekey`: copies one server's <machineKey> to the others (sessionctl_farm.cpp).
int cmdFarmSyncMachineKey(const QStringList &args);
/// `sessionctl iis set` (sessionctl_iis.cpp).
int cmdIisSet(const QStringList &args);
/// `sessionctl ping|get|put|remove`: one State Service request each (sessionctl_state.cpp).
int cmdPing(const QStringList &args);
int cmdGet(const QStringList &args);
int cmdPut(const QStringList &args);
int cmdRemove(const QStringList &args);
/// `sessionctl stats`, `sessions list|show|abandon|touch`, `events` (sessionctl_admin.cpp).
int cmdStats(const QStringList &args);
int cmdSessions(const QStringList &args);
int cmdEvents(const QStringList &args);
/// `sessionctl token verify` (sessionctl_token.cpp).
int cmdTokenVerify(const QStringList &args);
/// `sessionctl token farm`: the farm token check, who accepts whose tokens (sessionctl_farm.cpp).
int cmdTokenFarm(const QStringList &args);
/// `sessionctl load` (sessionctl_load.cpp).
int cmdLoad(const QStringList &args);

} // namespace sd::ctl
