// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Session starts and ends of a Redis session store, from Redis keyspace notifications (redis.io "Redis
// keyspace notifications"): the provider writes no events of its own, but Redis can announce when a session's
// data key is created (`new`), expires (`expired`) or is deleted (`del`, the provider's remove script:
// Session.Abandon).

#include "redis/redisendpoint.h"

#include <QString>

#include <atomic>
#include <functional>

namespace sd {

/// One session event, in the shape of the admin API's session_start / session_end events.
struct RedisSessionEvent
{
    bool start = false; ///< true: Session_Start (data key created); false: Session_End
    QString reason;     ///< Session_End: "timed_out" (expired) or "abandoned" (deleted)
    QString app, id;    ///< from the key (providerlayout.h parseProviderKey)
    QString layout;     ///< "v5", "v2-v4" or "v1"
};

/// How followRedisSessionEvents() behaves.
struct RedisEventOptions
{
    /// Turn the needed flags on (CONFIG SET notify-keyspace-events, adding E, g, x and n to what is set) when
    /// they are off; otherwise an error says which flags are missing.
    bool enableNotifications = false;
    const std::atomic<bool> *cancel = nullptr; ///< stops the loop when set (may be null)
};

/**
 * Subscribes to `__keyevent@DB__:new`, `:expired` and `:del` on the server or the current master of
 * `endpoint` (standalone or Sentinel; not a Cluster) and calls `onEvent` for each provider data key until it
 * returns false or `options.cancel` is set (returns true then). False with `error` when it cannot connect,
 * the flags are off (and not to be enabled), or the connection is lost.
 */
bool followRedisSessionEvents(const RedisEndpoint &endpoint, const RedisEventOptions &options,
                              const std::function<bool(const RedisSessionEvent &)> &onEvent, QString *error);

/// The notify-keyspace-events flags `current` lacks for followRedisSessionEvents() ("" when none): E
/// (keyevent channels), g (del), x (expired), n (new). "A" stands for g$lshzxetd (not n).
QString missingNotifyFlags(const QString &current);

} // namespace sd
