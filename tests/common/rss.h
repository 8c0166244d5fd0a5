// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: this process's resident set size, for the bounded-memory tests.
#pragma once

#include <QFile>
#include <QList>

/// Resident set size of this process in bytes (Linux /proc/self/statm); 0 when it cannot be read.
inline qint64 rssBytes()
{
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * 4096 : 0;
}
