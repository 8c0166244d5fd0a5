// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER (wt-h8, issue 13 point 6): a minimal compareFarm() so that the doctor GUI builds and can be
// tested before helper h7's implementation lands. Rows only, no findings. The lead REPLACES this file with
// h7's core/iis/farm.cpp at merge; nothing else depends on its details.
#include "iis/farm.h"

namespace sd {

QStringList farmSettingNames()
{
    return {QStringLiteral("appDomainAppId"),
            QStringLiteral("sessionState.mode"),
            QStringLiteral("sessionState.stateConnectionString"),
            QStringLiteral("sessionState.sqlConnectionString"),
            QStringLiteral("sessionState.timeout"),
            QStringLiteral("sessionState.cookieName"),
            QStringLiteral("sessionState.cookieless"),
            QStringLiteral("sessionState.cookieSameSite"),
            QStringLiteral("machineKey.validationKeyFingerprint"),
            QStringLiteral("machineKey.decryptionKeyFingerprint"),
            QStringLiteral("machineKey.validationKey"),
            QStringLiteral("machineKey.decryptionKey"),
            QStringLiteral("machineKey.validation"),
            QStringLiteral("machineKey.decryption"),
            QStringLiteral("machineKey.compatibilityMode"),
            QStringLiteral("httpRuntime.targetFramework"),
            QStringLiteral("pool.recycling.periodicRestart.time"),
            QStringLiteral("pool.recycling.periodicRestart.schedule"),
            QStringLiteral("pool.processModel.idleTimeout")};
}

namespace {

QString appKey(const SnapshotApplication &a)
{
    return (a.siteName + u'/' + a.path.mid(1)).toLower();
}

FarmCell cellOf(const SnapshotApplication &a, const QString &setting)
{
    if (setting == u"appDomainAppId")
        return {true, a.appDomainAppId, {}};
    const SettingValue *s = findSetting(a.settings, setting);
    return s ? FarmCell{true, s->value, s->from} : FarmCell{true, QString(), {}};
}

} // namespace

FarmComparison compareFarm(const QList<FarmServer> &servers)
{
    FarmComparison out;
    QStringList keys;
    QStringList names;
    for (const FarmServer &s : servers) {
        out.servers.append(s.name);
        for (const SnapshotApplication &a :
             s.snapshot ? s.snapshot->applications() : QList<SnapshotApplication>{})
            if (!keys.contains(appKey(a))) {
                keys.append(appKey(a));
                names.append(a.siteName + u'/' + a.path.mid(1));
            }
    }
    for (int k = 0; k < keys.size(); ++k)
        for (const QString &setting : farmSettingNames()) {
            FarmRow row{names[k], setting, {}, false};
            for (const FarmServer &s : servers) {
                FarmCell cell;
                for (const SnapshotApplication &a :
                     s.snapshot ? s.snapshot->applications() : QList<SnapshotApplication>{})
                    if (appKey(a) == keys[k])
                        cell = cellOf(a, setting);
                if (!row.cells.isEmpty() &&
                    (cell.present != row.cells.first().present || cell.value != row.cells.first().value))
                    row.differs = true;
                row.cells.append(cell);
            }
            out.rows.append(row);
        }
    return out;
}

} // namespace sd
