// SPDX-License-Identifier: GPL-3.0-or-later
#include "redis/rediskeyevents.h"

#include "redis/providerlayout.h"
#include "redis/redisclient.h"
#include "redis/respconnection.h"

namespace sd {

namespace {

/// The provider's data key behind a keyevent message, as an event; false for any other key.
bool eventOf(const QByteArray &channel, const QByteArray &key, RedisSessionEvent *out)
{
    const auto k = parseProviderKey(std::string_view(key.constData(), std::size_t(key.size())));
    if (!k || k->role != ProviderKeyRole::Data) {
        return false;
    }
    out->app = QString::fromStdString(k->app);
    out->id = QString::fromStdString(k->id);
    out->layout = QString::fromLatin1(layoutName(k->layout));
    out->start = channel.endsWith(":new");
    out->reason = out->start                     ? QString()
                  : channel.endsWith(":expired") ? QStringLiteral("timed_out")
                                                 : QStringLiteral("abandoned");
    return true;
}

/// Checks (and with `enable` sets) notify-keyspace-events on `c`; false with `error` when the flags are off.
bool ensureNotifications(RespConnection &c, bool enable, QString *error)
{
    const auto got = c.call({"CONFIG", "GET", "notify-keyspace-events"}, error);
    if (!got) {
        return false;
    }
    const QString current = got->elements.size() == 2 ? QString::fromLatin1(got->elements[1].str) : QString();
    const QString missing = missingNotifyFlags(current);
    if (missing.isEmpty()) {
        return true;
    }
    if (!enable) {
        if (error) {
            *error =
                QStringLiteral("keyspace notifications lack the flags %1 (notify-keyspace-events is \"%2\"): "
                               "run CONFIG SET notify-keyspace-events %3%1 or give --enable-notifications")
                    .arg(missing, current, current);
        }
        return false;
    }
    const auto set =
        c.call({"CONFIG", "SET", "notify-keyspace-events", (current + missing).toLatin1()}, error);
    if (set && set->isError()) {
        if (error) {
            *error = QStringLiteral("CONFIG SET notify-keyspace-events refused: %1")
                         .arg(QString::fromUtf8(set->str));
        }
        return false;
    }
    return bool(set);
}

} // namespace

QString missingNotifyFlags(const QString &current)
{
    QString missing;
    const bool all = current.contains(QLatin1Char('A'));
    if (!current.contains(QLatin1Char('E'))) {
        missing += QLatin1Char('E');
    }
    for (const QChar f : {QLatin1Char('g'), QLatin1Char('x')}) {
        if (!all && !current.contains(f)) {
            missing += f;
        }
    }
    if (!current.contains(QLatin1Char('n'))) {
        missing += QLatin1Char('n');
    }
    return missing;
}

bool followRedisSessionEvents(const RedisEndpoint &endpoint, const RedisEventOptions &options,
                              const std::function<bool(const RedisSessionEvent &)> &onEvent, QString *error)
{
    if (endpoint.kind == RedisEndpoint::Kind::Cluster) {
        if (error) {
            *error = QStringLiteral("events are followed on a standalone or Sentinel store, not a Cluster");
        }
        return false;
    }
    RedisClient client(endpoint);
    if (!client.connect(error)) {
        return false;
    }
    RespConnection c;
    c.setCancelFlag(options.cancel);
    if (!c.open(client.node(0), endpoint, error) ||
        !c.authenticate(endpoint.user, endpoint.password, error) ||
        !ensureNotifications(c, options.enableNotifications, error)) {
        return false;
    }
    const QByteArray prefix = "__keyevent@" + QByteArray::number(endpoint.database) + "__:";
    if (!c.call({"SUBSCRIBE", prefix + "new", prefix + "expired", prefix + "del"}, error)) {
        return false;
    }
    while (!(options.cancel && options.cancel->load())) {
        const auto m = c.receive(500, error);
        if (!m) {
            if (c.failure() == RespFailure::None) {
                continue; // quiet half second
            }
            return c.failure() == RespFailure::Cancelled;
        }
        RedisSessionEvent e;
        if (m->elements.size() == 3 && m->elements[0].str == "message" &&
            eventOf(m->elements[1].str, m->elements[2].str, &e) && !onEvent(e)) {
            return true;
        }
    }
    return true;
}

} // namespace sd
