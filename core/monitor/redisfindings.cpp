// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/redisfindings.h"

#include "client/admincontract.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace sd {

namespace {

/// RDS005: applications with sessions in more than one layout.
void addLayoutFindings(const QJsonArray &apps, QList<RedisFinding> &out)
{
    QMap<QString, QSet<QString>> layouts;
    for (const auto &v : apps) {
        const QJsonObject a = v.toObject();
        layouts[a.value(admin::key(admin::field::kApp)).toString()].insert(
            a.value(admin::key(admin::field::kLayout)).toString());
    }
    for (auto it = layouts.cbegin(); it != layouts.cend(); ++it) {
        if (it.value().size() > 1) {
            QStringList names = it.value().values();
            names.sort();
            out.append(
                {QStringLiteral("RDS005"), QStringLiteral("info"),
                 QStringLiteral("Application %1 has sessions in the layouts %2: a provider upgrade is in "
                                "progress; old sessions stay readable only by the old release.")
                     .arg(it.key(), names.join(QStringLiteral(", ")))});
        }
    }
}

} // namespace

QList<RedisFinding> redisStoreFindings(const QJsonObject &stats, int requestTimeoutSeconds)
{
    using namespace admin::field;
    QList<RedisFinding> out;
    const QJsonObject r = stats.value(admin::key(kRedis)).toObject();
    const QString policy = r.value(admin::key(info::kMaxMemoryPolicy)).toString();
    if (policy.startsWith(QLatin1String("allkeys-"))) {
        out.append({QStringLiteral("RDS001"), QStringLiteral("warning"),
                    QStringLiteral("maxmemory-policy %1 evicts session keys under memory pressure, silently: "
                                   "use volatile-lru (or noeviction) so that sessions are not lost.")
                        .arg(policy)});
    }
    if (r.contains(admin::key(info::kMaxMemory)) && r.value(admin::key(info::kMaxMemory)).toInteger() == 0) {
        out.append(
            {QStringLiteral("RDS002"), QStringLiteral("info"),
             QStringLiteral("maxmemory is 0 (no limit): on a shared cache, set a limit with a volatile-* "
                            "policy so that other data cannot push Redis out of memory.")});
    }
    if (r.value(admin::key(info::kPersistence)).toString() == u"off") {
        out.append({QStringLiteral("RDS003"), QStringLiteral("info"),
                    QStringLiteral("Persistence is off (no save points, no AOF): every session is lost when "
                                   "Redis restarts.")});
    }
    const QJsonValue oldest = stats.value(admin::key(kSessions)).toObject().value(admin::key(kOldestLockAge));
    if (!oldest.isNull() && oldest.toInteger() > requestTimeoutSeconds) {
        out.append({QStringLiteral("RDS004"), QStringLiteral("warning"),
                    QStringLiteral("A session lock is %1 s old, longer than the request timeout (%2 s): a "
                                   "request died holding it; the session waits until the lock key expires.")
                        .arg(oldest.toInteger())
                        .arg(requestTimeoutSeconds)});
    }
    addLayoutFindings(stats.value(admin::key(kApplications)).toArray(), out);
    if (r.value(admin::key(info::kRole)).toString() == u"slave") {
        out.append(
            {QStringLiteral("RDS006"), QStringLiteral("warning"),
             QStringLiteral("The node answering is a replica: the provider's writes fail with READONLY. "
                            "Point the connection string at the master (or a Sentinel).")});
    }
    return out;
}

} // namespace sd
