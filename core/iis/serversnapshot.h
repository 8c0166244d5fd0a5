// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an admin copies off one Windows server (docs/doctor.md): a folder that mirrors the drive, or a single
// applicationHost.config (IIS or IIS Express), or a single web.config. Every application of every site gets
// its effective settings over the files ASP.NET merges; a file that is not in the snapshot is a stated gap.

#include "iis/effectivesettings.h"
#include "iis/iisconfig.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace sd {

/// Something the snapshot lacks, so the result may be incomplete: which file (Windows path as IIS names it,
/// or the local path) and why, one sentence.
struct SnapshotGap
{
    QString file;
    QString message;
};

/// One application of a site with everything that decides whether its sessions survive.
struct SnapshotApplication
{
    int site = -1;                ///< index into IisConfig::sites(), -1 for a lone web.config
    QString siteName;             ///< "" for a lone web.config
    QString siteId;               ///< as written; "" when unknown
    QString path;                 ///< "/" or "/shop"
    QString physicalPath;         ///< as written in applicationHost.config (before variables are resolved)
    QString appDomainAppId;       ///< "/LM/W3SVC/1/ROOT/shop"; "" when the site ID is unknown
    QString stateServerKeyPrefix; ///< stateServerKeyPrefix(appDomainAppId); "" when that is unknown
    QStringList configFiles;      ///< local paths of the files merged, in merge order
    /// effectiveAspNetSettings() of the merged files, then "pool.name" and the pool's settings as
    /// "pool.processModel.idleTimeout"..., and "pool.recycling.periodicRestart.schedule" (times joined by ",
    /// ")
    Settings settings;
};

/**
 * One server's configuration, opened from a snapshot folder, an applicationHost.config or a web.config.
 * Loading never stops at a missing or unreadable file other than the one named: it records a gap and goes
 * on. In a folder, Windows paths map to `ROOT/<drive letter>/...` (`C:\inetpub\wwwroot` →
 * `ROOT/C/inetpub/wwwroot`, compared case-insensitively as Windows does), UNC paths to
 * `ROOT/UNC/server/share`, after %SystemDrive%, %SystemRoot%, %windir%, %ProgramFiles%, %ProgramFiles(x86)%,
 * %ProgramData%, %ALLUSERSPROFILE% and %PUBLIC% are replaced with their defaults on a Windows installed on
 * C:.
 */
class ServerSnapshot
{
public:
    enum class Kind
    {
        Folder,          ///< a folder mirroring the server's drives
        ApplicationHost, ///< one applicationHost.config (IIS or IIS Express)
        WebConfig        ///< one web.config: a single application without IIS data
    };

    /// Opens `path`: a folder, or a .config file. False with `error` set (one sentence naming the file,
    /// with the line for XML errors) only when `path` itself cannot be read; every other problem is a gap.
    bool open(const QString &path, QString *error);

    Kind kind() const { return m_kind; }
    const QString &path() const { return m_path; }
    /// The applicationHost.config model, or nullptr when the snapshot has none (a lone web.config, or a
    /// folder without one).
    const IisConfig *iis() const { return m_iis ? &*m_iis : nullptr; }
    const QList<SnapshotGap> &gaps() const { return m_gaps; }
    const QList<SnapshotApplication> &applications() const { return m_apps; }
    /// The local file a Windows path of this server maps to in the folder (see the class comment), "" with
    /// `why` set when a variable is unknown or the path is not absolute; the file need not exist.
    QString localPath(const QString &windowsPath, QString *why) const;

private:
    bool openFolder(QString *error);
    void buildApplications();
    SnapshotApplication buildApplication(int site, const SiteApplication &app);
    /// Appends the site's root web.config (for an application below "/") and the application's own to
    /// `layers` and `a->configFiles`; `relative` is the application path without its leading '/'.
    void appendSiteLayers(const Site &site, const SiteApplication &app, const QString &relative,
                          QList<ConfigLayer> *layers, SnapshotApplication *a);
    /// The parsed document at local path `file` (cached), or nullptr with a gap recorded once.
    const ConfigDocument *document(const QString &file, const QString &windowsPath, bool expected);
    /// The Framework folder (Windows path) whose machine.config and root web.config a pool loads.
    QString frameworkConfigDir(const ApplicationPool *pool) const;
    void addGap(const QString &file, const QString &message);

    Kind m_kind = Kind::Folder;
    QString m_path;
    std::optional<IisConfig> m_iis;
    std::shared_ptr<ConfigDocument> m_webConfig;            ///< Kind::WebConfig
    QHash<QString, std::shared_ptr<ConfigDocument>> m_docs; ///< by local path; null when missing or bad
    QList<SnapshotGap> m_gaps;
    QList<SnapshotApplication> m_apps;
};

} // namespace sd
