// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Findings for a Redis session store, from one stats answer of RedisSessionStore (docs/redis.md "stats"):
// settings and states that lose or strand RedisSessionStateProvider's sessions. Stable codes RDS001...

#include <QJsonObject>
#include <QList>
#include <QString>

namespace sd {

/// One finding: a stable code, a severity ("warning", "info") and one sentence with what to do.
struct RedisFinding
{
    QString code;
    QString severity;
    QString message;
};

/**
 * The findings of a Redis store's stats (`stats`: "store": "redis"):
 * - RDS001 warning: maxmemory-policy allkeys-*: under memory pressure Redis evicts session keys, which the
 *   provider does not notice (the user's session is silently empty).
 * - RDS002 info: maxmemory 0 (no limit): on a cache shared with other data, sessions compete for memory
 *   until the host swaps or the OOM killer ends Redis.
 * - RDS003 info: persistence off (no RDB save points, no AOF): every session is lost on a restart.
 * - RDS004 warning: the oldest lock is older than `requestTimeoutSeconds` (httpRuntime executionTimeout,
 *   110 s by default): a request died holding it and the session waits for the lock key to expire.
 * - RDS005 info: one application has sessions in two key layouts (an upgrade of the provider in progress).
 * - RDS006 warning: the node answering is a replica (role slave): writes fail with READONLY.
 * Texts are English (sessionctl prints them; the desktop shows them as they are).
 */
QList<RedisFinding> redisStoreFindings(const QJsonObject &stats, int requestTimeoutSeconds = 110);

} // namespace sd
