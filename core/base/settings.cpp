// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/settings.h"

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace sd {

namespace {

struct Entry
{
    Setting setting;
    const char *key;
};

constexpr Entry kTable[] = {
    {Setting::Language, "ui/language"},
    {Setting::WindowGeometry, "window/geometry"},
    {Setting::RecentFiles, "recentFiles"},
    {Setting::DisclosedKeysFile, "disclosedKeysFile"},
    {Setting::LastProfile, "monitor/lastProfile"},
};

} // namespace

QString settingKey(Setting s)
{
    for (const Entry &e : kTable) {
        if (e.setting == s) {
            return QString::fromLatin1(e.key);
        }
    }
    return {};
}

QVariant settingDefault(Setting s)
{
    switch (s) {
    case Setting::WindowGeometry:
        return QByteArray();
    case Setting::RecentFiles:
        return QStringList();
    case Setting::Language:
    case Setting::DisclosedKeysFile:
    case Setting::LastProfile:
        break;
    }
    return QString();
}

QVariant readSetting(Setting s, QSettings *settings)
{
    if (!settings) {
        return QSettings().value(settingKey(s), settingDefault(s));
    }
    return settings->value(settingKey(s), settingDefault(s));
}

void writeSetting(Setting s, const QVariant &v, QSettings *settings)
{
    if (!settings) {
        QSettings().setValue(settingKey(s), v);
        return;
    }
    settings->setValue(settingKey(s), v);
}

} // namespace sd
