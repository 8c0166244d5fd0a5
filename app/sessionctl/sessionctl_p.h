// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the sessionctl command files (not a public API).

#include <QCommandLineParser>
#include <QJsonObject>
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

/// `sessionctl stats`, `sessions list|show|abandon|touch`, `events` (sessionctl_admin.cpp).
int cmdStats(const QStringList &args);
int cmdSessions(const QStringList &args);
int cmdEvents(const QStringList &args);
/// `sessionctl load` (sessionctl_load.cpp).
int cmdLoad(const QStringList &args);

} // namespace sd::ctl
