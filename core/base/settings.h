// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one table of the desktop app's QSettings keys and their defaults. Code reads and writes settings
// through readSetting()/writeSetting() and never spells a key itself.

#include <QString>
#include <QVariant>

class QSettings;

namespace sd {

/// Every top-level setting SessionDesk keeps (QSettings, organisation "SessionDesk").
enum class Setting
{
    Language,          ///< "ui/language": "" = the system locale, else "en", "zh_CN", "cs"
    WindowGeometry,    ///< "window/geometry": QWidget::saveGeometry() bytes
    RecentFiles,       ///< "recentFiles": absolute paths, newest first
    DisclosedKeysFile, ///< "disclosedKeysFile": path of Microsoft's MachineKeys.csv, "" = none
    LastProfile,       ///< "monitor/lastProfile": name of the connection profile used last
};

/// The QSettings key of `s`.
QString settingKey(Setting s);
/// The value `s` has when it was never written.
QVariant settingDefault(Setting s);
/// Reads `s` from `settings` (default QSettings() when null), falling back to settingDefault(s).
QVariant readSetting(Setting s, QSettings *settings = nullptr);
/// Writes `v` as `s` into `settings` (default QSettings() when null).
void writeSetting(Setting s, const QVariant &v, QSettings *settings = nullptr);

/// The array of connection profiles (QSettings::beginReadArray) and the keys of each entry.
namespace profilekeys {
inline constexpr char kArray[] = "profiles";
inline constexpr char kName[] = "name";
inline constexpr char kStateConnectionString[] = "stateConnectionString";
inline constexpr char kStateNetworkTimeout[] = "stateNetworkTimeout"; ///< seconds; default 10
inline constexpr char kAdminUrl[] = "adminUrl";
inline constexpr char kTokenFile[] = "tokenFile";       ///< the path only: the token itself is never stored
inline constexpr char kReadOnly[] = "readOnly";         ///< default false
inline constexpr char kProtocolOnly[] = "protocolOnly"; ///< default false: no admin API (aspnet_state)
inline constexpr char kKind[] = "kind";                 ///< "stateServer" (default) or "redis"
inline constexpr char kStoreUrl[] = "storeUrl";         ///< Redis store URL, saved without its password
inline constexpr char kPasswordFile[] = "passwordFile"; ///< the path only: the Redis password is never stored
} // namespace profilekeys

} // namespace sd
