// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The IIS model of one applicationHost.config (system.applicationHost: applicationPools, sites, webFarms,
// and the <location> blocks), read with the same byte-preserving ConfigDocument engine as web.config.
// Defaults follow Microsoft's IIS configuration reference
// (learn.microsoft.com/iis/configuration/system.applicationHost/...), see docs/doctor.md.

#include "aspnet/configdocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sd {

/**
 * Parses a .NET TimeSpan as IIS writes it: `[-][d.]hh:mm[:ss[.fffffff]]` ("1.05:00:00", "00:20:00") or a
 * whole number of days ("2"). Returns whole seconds (fractions dropped), or std::nullopt for text that is
 * no TimeSpan (hours > 23, minutes or seconds > 59, letters).
 */
std::optional<qint64> parseTimeSpan(const QString &text);
/// Seconds as a TimeSpan text: "1.05:00:00", "00:20:00" (negative values get a leading '-').
QString formatTimeSpan(qint64 seconds);

/// Where a value in force comes from: the file and 1-based line that wrote it, or a schema default.
struct Provenance
{
    QString file;          ///< the file that wrote it; "" for a default
    int line = 0;          ///< 1-based line, 0 for a default
    bool isDefault = true; ///< true when no file wrote it
};

/// One setting in force, with its provenance.
struct SettingValue
{
    QString name;  ///< e.g. "processModel.idleTimeout" or "sessionState.mode"
    QString value; ///< the value as written (entities expanded), or the default
    Provenance from;
};

/// A list of settings; the helpers find one by name.
using Settings = QList<SettingValue>;
/// The setting called `name`, or nullptr.
const SettingValue *findSetting(const Settings &settings, const QString &name);
/// The value of the setting called `name`, or `fallback` when there is none.
QString settingValue(const Settings &settings, const QString &name, const QString &fallback = {});

/// The pool attributes the model reads, "ELEMENT.ATTR" below `<add>` ("" element for the pool's own), with
/// their IIS schema defaults (IIS 8.5 and later).
struct PoolAttributeSpec
{
    QString name;         ///< e.g. "processModel.idleTimeout", "managedRuntimeVersion"
    QString defaultValue; ///< e.g. "00:20:00"
};
/// managedRuntimeVersion v4.0, managedPipelineMode Integrated, autoStart true, enable32BitAppOnWin64 false,
/// processModel (idleTimeout 00:20:00, idleTimeoutAction Terminate, maxProcesses 1, identityType
/// ApplicationPoolIdentity), recycling.periodicRestart (time 1.05:00:00, requests 0, memory 0,
/// privateMemory 0).
const QList<PoolAttributeSpec> &poolAttributeSpecs();

/// One `<applicationPools><add>` with `applicationPoolDefaults` and the schema defaults applied.
struct ApplicationPool
{
    QString name;
    int element = -1; ///< index into the document's elements()
    int line = 0;
    Settings settings;    ///< every poolAttributeSpecs() entry, then nothing else
    QStringList schedule; ///< recycling.periodicRestart.schedule times in force ("03:00:00")
    Provenance scheduleFrom;
};

/// One `<binding>` of a site.
struct SiteBinding
{
    QString protocol;           ///< "http", "https", "net.tcp"...
    QString bindingInformation; ///< "IP:PORT:HOST" for http(s)
    int line = 0;
    /// The host-name part of an http(s) bindingInformation ("" for all names or other protocols).
    QString hostName() const;
};

/// One `<virtualDirectory>` of an application.
struct VirtualDirectory
{
    QString path;         ///< "/" or "/images"
    QString physicalPath; ///< as written, e.g. "%SystemDrive%\\inetpub\\wwwroot"
    int line = 0;
};

/// One `<application>` of a site.
struct SiteApplication
{
    QString path = QStringLiteral("/"); ///< "/" or "/shop", as written
    SettingValue applicationPool;       ///< from the application, `applicationDefaults`, or DefaultAppPool
    QList<VirtualDirectory> virtualDirectories;
    int line = 0;
    /// The physical path of the application's root virtual directory ("/"), "" when it has none.
    QString physicalPath() const;
};

/// One `<sites><site>`.
struct Site
{
    QString name;
    QString id; ///< as written ("1"); "" when the site has no id attribute
    int element = -1;
    int line = 0;
    QList<SiteBinding> bindings;
    QList<SiteApplication> applications;
};

/// One ARR `<webFarms><webFarm>`.
struct WebFarm
{
    QString name;
    bool enabled = true;
    int line = 0;
    QStringList servers;            ///< the `<server address>` values
    SettingValue affinityUseCookie; ///< applicationRequestRouting/affinity@useCookie, default "false"
};

/// One `<location path="...">` of applicationHost.config.
struct LocationBlock
{
    QString path; ///< as written, "Default Web Site/shop"
    int element = -1;
    int line = 0;
    QStringList sections; ///< the section groups it holds, "system.webServer"...
};

/**
 * An applicationHost.config (full IIS or IIS Express) opened for reading and byte-exact editing. load()
 * parses it with ConfigDocument and builds the model; edits go through ConfigDocument too, so a document
 * with no edit gives back the identical bytes.
 */
class IisConfig
{
public:
    /// Reads and parses `path`; false with `error` set (line/column for XML errors).
    bool load(const QString &path, ConfigError *error);
    /// Parses bytes already in memory; `fileName` is used in messages and provenance.
    bool loadFromBytes(const QByteArray &bytes, const QString &fileName, ConfigError *error);
    /// True when the document element is `<configuration>` with a `<system.applicationHost>` child.
    bool isApplicationHost() const;

    const ConfigDocument &document() const { return m_doc; }
    const QString &fileName() const { return m_doc.fileName(); }
    const QList<ApplicationPool> &applicationPools() const { return m_pools; }
    const QList<Site> &sites() const { return m_sites; }
    const QList<WebFarm> &webFarms() const { return m_farms; }
    const QList<LocationBlock> &locations() const { return m_locations; }
    /// The pool called `name` (IIS compares names case-insensitively), or nullptr.
    const ApplicationPool *applicationPool(const QString &name) const;

    /**
     * Sets `attribute` ("processModel.idleTimeout", "recycling.periodicRestart.time", "managedPipelineMode")
     * on the `<add>` of pool `pool`, creating the child elements it needs. Only the edited bytes change.
     * Returns false with `error` set, the document unchanged, for an unknown pool or a bad attribute path.
     */
    bool setPoolAttribute(const QString &pool, const QString &attribute, const QString &value,
                          QString *error);
    /**
     * Adds `<add value="TIME" />` to the `recycling/periodicRestart/schedule` of pool `pool` (creating the
     * elements it needs), e.g. "03:00:00" for a recycle at 3 a.m. each day. Only the inserted bytes change;
     * a TIME the pool's own schedule already lists changes nothing. False with `error` set, the document
     * unchanged, for an unknown pool or a TIME that is no TimeSpan of less than a day.
     */
    bool addPoolScheduleTime(const QString &pool, const QString &time, QString *error);
    /// The site called `name` (compared case-insensitively, as IIS does), or nullptr.
    const Site *site(const QString &name) const;
    /**
     * Sets `attribute` on the `<site>` called `site`: "id" or "serverAutoStart" for the site's own
     * attributes, "limits.connectionTimeout" or "applicationDefaults.applicationPool" below it (child
     * elements created as needed). Only the edited bytes change. False with `error` set, the document
     * unchanged, for an unknown site or a bad attribute path.
     */
    bool setSiteAttribute(const QString &site, const QString &attribute, const QString &value,
                          QString *error);
    /// Writes the edited document back to fileName() with ConfigDocument::save (atomic, FILE.bak kept);
    /// refuses, with `error` naming the file, when the file changed on disk since it was read.
    bool save(ConfigError *error);

private:
    void buildModel();
    /// The edit behind setPoolAttribute/setSiteAttribute: "ELEMENT.ATTR" below element `element`.
    bool setAttributeBelow(int element, const QString &attribute, const QString &value, QString *error);

    ConfigDocument m_doc;
    QList<ApplicationPool> m_pools;
    QList<Site> m_sites;
    QList<WebFarm> m_farms;
    QList<LocationBlock> m_locations;
};

/// The child of `element` reached by the local names in `path` ("recycling/periodicRestart"), or -1.
int descendantElement(const ConfigDocument &doc, int element, const QString &path);

} // namespace sd
