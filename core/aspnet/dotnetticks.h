// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// .NET DateTime ticks (100 ns since 0001-01-01 UTC), as session data and forms tickets store dates.

#include <QDateTime>

namespace sd {

/// DateTime(1970, 1, 1).Ticks: the Unix epoch in .NET ticks.
constexpr qint64 kUnixEpochTicks = 621355968000000000LL;
/// DateTime.MaxValue.Ticks (9999-12-31 23:59:59.9999999).
constexpr qint64 kMaxDateTimeTicks = 3155378975999999999LL;

/// The UTC QDateTime of `ticks` (to the millisecond; sub-millisecond ticks dropped). The caller checks the
/// range 0..kMaxDateTimeTicks where it matters.
inline QDateTime dateTimeFromTicks(qint64 ticks)
{
    return QDateTime::fromMSecsSinceEpoch((ticks - kUnixEpochTicks) / 10000, Qt::UTC);
}

/// The ticks of `t`, or 0 (DateTime.MinValue) when `t` is invalid or outside DateTime's range.
inline qint64 ticksFromDateTime(const QDateTime &t)
{
    if (!t.isValid()) {
        return 0;
    }
    const qint64 ms = t.toMSecsSinceEpoch();
    return ms < -kUnixEpochTicks / 10000 || ms > (kMaxDateTimeTicks - kUnixEpochTicks) / 10000
               ? qint64(0)
               : ms * 10000 + kUnixEpochTicks;
}

} // namespace sd
