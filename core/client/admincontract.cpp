// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/admincontract.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QUrl>

namespace sd::admin {

QString defaultTokenPath(const QString &persistFile)
{
    if (!persistFile.isEmpty()) {
        return persistFile + QStringLiteral(".admin-token");
    }
    const QByteArray stateDir = qgetenv("STATE_DIRECTORY"); // systemd StateDirectory=
    if (!stateDir.isEmpty()) {
        return QString::fromLocal8Bit(stateDir.split(':').first()) + QStringLiteral("/admin-token");
    }
    QString base = QString::fromLocal8Bit(qgetenv("XDG_STATE_HOME"));
    if (base.isEmpty()) {
        base = QDir::homePath() + QStringLiteral("/.local/state");
    }
    return base + QStringLiteral("/sessionstated/admin-token");
}

QString sortName(SessionSort s)
{
    switch (s) {
    case SessionSort::Expires:
        return QStringLiteral("expires");
    case SessionSort::Size:
        return QStringLiteral("size");
    case SessionSort::LastAccess:
        break;
    }
    return key(field::kLastAccess);
}

std::optional<SessionSort> parseSort(const QString &name)
{
    for (SessionSort s : {SessionSort::LastAccess, SessionSort::Expires, SessionSort::Size}) {
        if (name == sortName(s)) {
            return s;
        }
    }
    return std::nullopt;
}

QUrlQuery SessionQuery::toUrlQuery() const
{
    QUrlQuery q;
    auto add = [&q](const char *name, const QString &v) {
        if (!v.isEmpty()) {
            q.addQueryItem(key(name), QString::fromLatin1(QUrl::toPercentEncoding(v)));
        }
    };
    add(param::kApp, app);
    add(param::kPrefix, prefix);
    add(param::kSort, sortName(sort));
    add(param::kOrder, descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    add(param::kCursor, cursor);
    add(param::kLimit, QString::number(limit));
    return q;
}

std::optional<SessionQuery> SessionQuery::fromUrlQuery(const QUrlQuery &q, QString *error)
{
    auto value = [&q](const char *name) { return q.queryItemValue(key(name), QUrl::FullyDecoded); };
    auto fail = [error](const QString &message) -> std::optional<SessionQuery> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    SessionQuery query;
    query.app = value(param::kApp);
    query.prefix = value(param::kPrefix);
    const QString sort = value(param::kSort);
    if (!sort.isEmpty()) {
        const auto s = parseSort(sort);
        if (!s) {
            return fail(QStringLiteral("sort is last_access, expires or size, not '%1'").arg(sort));
        }
        query.sort = *s;
    }
    const QString order = value(param::kOrder);
    if (order == u"asc") {
        query.descending = false;
    } else if (!order.isEmpty() && order != u"desc") {
        return fail(QStringLiteral("order is asc or desc, not '%1'").arg(order));
    }
    if (q.hasQueryItem(key(param::kLimit))) {
        bool ok = false;
        query.limit = value(param::kLimit).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxPageSize) {
            return fail(QStringLiteral("limit is 1..%1").arg(kMaxPageSize));
        }
    }
    query.cursor = value(param::kCursor);
    return query;
}

QJsonObject SessionRow::toJson() const
{
    QJsonObject o{{key(field::kApp), app},
                  {key(field::kId), id},
                  {key(field::kCreated), isoTime(createdUnixMs)},
                  {key(field::kLastAccess), isoTime(lastAccessUnixMs)},
                  {key(field::kExpires), isoTime(expiresUnixMs)},
                  {key(field::kTimeout), timeoutMinutes},
                  {key(field::kBytes), bytes},
                  {key(field::kLocked), locked},
                  {key(field::kLockAge), locked ? QJsonValue(lockAgeSeconds) : QJsonValue()},
                  {key(field::kLockCookie), lockCookie}};
    if (items >= 0) {
        o.insert(key(field::kItems), items);
    }
    return o;
}

SessionRow SessionRow::fromJson(const QJsonObject &o)
{
    SessionRow r;
    r.app = o.value(key(field::kApp)).toString();
    r.id = o.value(key(field::kId)).toString();
    r.createdUnixMs = parseIsoTime(o.value(key(field::kCreated)).toString());
    r.lastAccessUnixMs = parseIsoTime(o.value(key(field::kLastAccess)).toString());
    r.expiresUnixMs = parseIsoTime(o.value(key(field::kExpires)).toString());
    r.timeoutMinutes = o.value(key(field::kTimeout)).toInt();
    r.bytes = o.value(key(field::kBytes)).toInteger();
    const QJsonValue items = o.value(key(field::kItems));
    r.items = items.isDouble() ? items.toInt() : -1;
    r.locked = o.value(key(field::kLocked)).toBool();
    r.lockAgeSeconds = o.value(key(field::kLockAge)).toInteger();
    r.lockCookie = o.value(key(field::kLockCookie)).toInt();
    return r;
}

QJsonObject SessionPage::toJson() const
{
    QJsonArray list;
    for (const SessionRow &r : rows) {
        list.append(r.toJson());
    }
    return {{key(field::kSessions), list},
            {key(field::kNextCursor), nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor)},
            {key(field::kTotal), total}};
}

SessionPage SessionPage::fromJson(const QJsonObject &o)
{
    SessionPage p;
    const QJsonArray list = o.value(key(field::kSessions)).toArray();
    p.rows.reserve(list.size());
    for (const auto &v : list) {
        p.rows.append(SessionRow::fromJson(v.toObject()));
    }
    p.nextCursor = o.value(key(field::kNextCursor)).toString();
    p.total = o.value(key(field::kTotal)).toInteger();
    p.sorted = o.value(key(field::kSorted)).toBool(true);
    return p;
}

QString isoTime(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 parseIsoTime(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

} // namespace sd::admin
