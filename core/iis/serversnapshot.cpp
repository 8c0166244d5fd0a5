// SPDX-License-Identifier: GPL-3.0-or-later
#include "iis/serversnapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace sd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::ServerSnapshot", text);
}

const QString kAppHost = QStringLiteral("C:\\Windows\\System32\\inetsrv\\config\\applicationHost.config");
const QString kRedirection = QStringLiteral("C:\\Windows\\System32\\inetsrv\\config\\redirection.config");

/// `dir/part` with `part` matched case-insensitively when the exact name is not there.
QString childPath(const QString &dir, const QString &part)
{
    QString exact = dir + u'/' + part;
    if (QFileInfo::exists(exact)) {
        return exact;
    }
    const QStringList entries = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        if (e.compare(part, Qt::CaseInsensitive) == 0) {
            return dir + u'/' + e;
        }
    }
    return exact;
}

/// %VAR% replaced by the default of a Windows installed on C:; false with `unknown` set for another one.
bool expandVariables(QString *path, QString *unknown)
{
    static const QList<std::pair<QString, QString>> vars{
        {QStringLiteral("SystemDrive"), QStringLiteral("C:")},
        {QStringLiteral("SystemRoot"), QStringLiteral("C:\\Windows")},
        {QStringLiteral("windir"), QStringLiteral("C:\\Windows")},
        {QStringLiteral("ProgramFiles"), QStringLiteral("C:\\Program Files")},
        {QStringLiteral("ProgramFiles(x86)"), QStringLiteral("C:\\Program Files (x86)")},
        {QStringLiteral("ProgramData"), QStringLiteral("C:\\ProgramData")},
        {QStringLiteral("ALLUSERSPROFILE"), QStringLiteral("C:\\ProgramData")},
        {QStringLiteral("PUBLIC"), QStringLiteral("C:\\Users\\Public")},
    };
    static const QRegularExpression var(QStringLiteral("%([^%]+)%"));
    QRegularExpressionMatch m;
    while ((m = var.match(*path)).hasMatch()) {
        const auto it = std::find_if(vars.begin(), vars.end(), [&](const auto &v) {
            return v.first.compare(m.captured(1), Qt::CaseInsensitive) == 0;
        });
        if (it == vars.end()) {
            *unknown = m.captured(0);
            return false;
        }
        path->replace(m.capturedStart(), m.capturedLength(), it->second);
    }
    return true;
}

/// The framework folder of a pool's CLR: v2.0 pools load v2.0.50727, the others v4.0.30319; 32-bit pools
/// the Framework folder, 64-bit ones Framework64.
QString frameworkDir(const QString &runtime, bool is32Bit)
{
    const QString version = runtime.startsWith(u"v2", Qt::CaseInsensitive) ? QStringLiteral("v2.0.50727")
                                                                           : QStringLiteral("v4.0.30319");
    return QStringLiteral("C:\\Windows\\Microsoft.NET\\") +
           (is32Bit ? QStringLiteral("Framework") : QStringLiteral("Framework64")) + u'\\' + version +
           QStringLiteral("\\Config");
}

/// `path` + "\\" + `name` in Windows spelling.
QString windowsJoin(const QString &path, const QString &name)
{
    QString p = path;
    while (p.endsWith(u'\\') || p.endsWith(u'/')) {
        p.chop(1);
    }
    return p + u'\\' + name;
}

/// The pool's settings appended to an application's, as "pool.NAME".
void appendPoolSettings(const ApplicationPool *pool, const SettingValue &poolName, Settings *out)
{
    out->append({QStringLiteral("pool.name"), poolName.value, poolName.from});
    if (!pool) {
        return;
    }
    for (const SettingValue &s : pool->settings) {
        out->append({QStringLiteral("pool.") + s.name, s.value, s.from});
    }
    out->append({QStringLiteral("pool.recycling.periodicRestart.schedule"),
                 pool->schedule.join(QStringLiteral(", ")), pool->scheduleFrom});
}

} // namespace

void ServerSnapshot::addGap(const QString &file, const QString &message)
{
    for (const SnapshotGap &g : m_gaps) {
        if (g.file == file && g.message == message) {
            return;
        }
    }
    m_gaps.append({file, message});
}

QString ServerSnapshot::localPath(const QString &windowsPath, QString *why) const
{
    QString p = windowsPath.trimmed();
    QString unknown;
    if (!expandVariables(&p, &unknown)) {
        if (why) {
            *why =
                tr("the variable %1 in %2 is not known; copy the folder it names into the snapshot by hand")
                    .arg(unknown, windowsPath);
        }
        return {};
    }
    p.replace(u'/', u'\\');
    QStringList parts;
    static const QRegularExpression drive(QStringLiteral(R"(^([A-Za-z]):\\(.*)$)"));
    if (const auto m = drive.match(p); m.hasMatch()) {
        parts << m.captured(1).toUpper() << m.captured(2).split(u'\\', Qt::SkipEmptyParts);
    } else if (p.startsWith(QStringLiteral("\\\\"))) {
        parts << QStringLiteral("UNC") << p.mid(2).split(u'\\', Qt::SkipEmptyParts);
    } else {
        if (why) {
            *why = tr("%1 is not an absolute Windows path").arg(windowsPath);
        }
        return {};
    }
    QString local = m_path;
    for (const QString &part : parts) {
        local = childPath(local, part);
    }
    return local;
}

const ConfigDocument *ServerSnapshot::document(const QString &file, const QString &windowsPath, bool expected)
{
    if (const auto it = m_docs.constFind(file); it != m_docs.constEnd()) {
        return it->get();
    }
    std::shared_ptr<ConfigDocument> doc;
    if (QFileInfo(file).isFile()) {
        doc = std::make_shared<ConfigDocument>();
        ConfigError e;
        if (!doc->load(file, &e)) {
            addGap(windowsPath,
                   tr("%1 cannot be read (%2); its settings are left out").arg(file, e.toString()));
            doc.reset();
        }
    } else if (expected) {
        addGap(windowsPath,
               tr("%1 is not in the snapshot; its settings are left out (ASP.NET defaults assumed)")
                   .arg(windowsPath));
    }
    m_docs.insert(file, doc);
    return doc.get();
}

bool ServerSnapshot::open(const QString &path, QString *error)
{
    *this = ServerSnapshot();
    m_path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo info(path);
    if (info.isDir()) {
        m_kind = Kind::Folder;
        return openFolder(error);
    }
    IisConfig config;
    ConfigError e;
    if (!config.load(path, &e)) {
        if (error) {
            *error = e.toString();
        }
        return false;
    }
    if (config.isApplicationHost()) {
        m_kind = Kind::ApplicationHost;
        m_iis = config;
        addGap(path,
               tr("only applicationHost.config was opened: machine.config, the root web.config and the "
                  "sites' web.config files are not read, so their settings show as ASP.NET defaults; open a "
                  "snapshot folder (docs/doctor.md) to see them"));
    } else {
        m_kind = Kind::WebConfig;
        m_webConfig = std::make_shared<ConfigDocument>(config.document());
        addGap(path,
               tr("a web.config alone: no application pool, site ID or machine-wide settings are known"));
    }
    buildApplications();
    return true;
}

bool ServerSnapshot::openFolder(QString *error)
{
    QString appHost = localPath(kAppHost, nullptr);
    if (!QFileInfo(appHost).isFile()) {
        // IIS Express: the solution's .vs/config/applicationhost.config, or a file at the top of the folder
        for (const QString &alt : {QStringLiteral(".vs/config/applicationhost.config"),
                                   QStringLiteral("applicationHost.config")}) {
            QString candidate = m_path;
            for (const QString &part : alt.split(u'/')) {
                candidate = childPath(candidate, part);
            }
            if (QFileInfo(candidate).isFile()) {
                appHost = candidate;
                break;
            }
        }
    }
    const QString redirection = localPath(kRedirection, nullptr);
    if (const ConfigDocument *r = document(redirection, kRedirection, false)) {
        const int e = descendantElement(*r, r->rootElement(), QStringLiteral("configurationRedirection"));
        const XmlAttribute *on = e >= 0 ? r->elements()[e].attribute(QStringLiteral("enabled")) : nullptr;
        const XmlAttribute *to = e >= 0 ? r->elements()[e].attribute(QStringLiteral("path")) : nullptr;
        if (on && on->value().compare(u"true", Qt::CaseInsensitive) == 0) {
            addGap(kRedirection,
                   tr("shared configuration is on: the server reads applicationHost.config from %1; "
                      "copy that file into the snapshot in its place")
                       .arg(to ? to->value() : QString()));
        }
    }
    if (!QFileInfo(appHost).isFile()) {
        addGap(kAppHost,
               tr("%1 is not in the snapshot: no application pools, sites or applications are known")
                   .arg(kAppHost));
        Q_UNUSED(error);
        return true;
    }
    IisConfig config;
    ConfigError e;
    if (!config.load(appHost, &e)) {
        addGap(kAppHost, tr("%1 cannot be read (%2)").arg(appHost, e.toString()));
        return true;
    }
    m_iis = config;
    buildApplications();
    return true;
}

QString ServerSnapshot::frameworkConfigDir(const ApplicationPool *pool) const
{
    if (!pool) {
        return frameworkDir(QStringLiteral("v4.0"), false);
    }
    return frameworkDir(settingValue(pool->settings, QStringLiteral("managedRuntimeVersion")),
                        settingValue(pool->settings, QStringLiteral("enable32BitAppOnWin64"))
                                .compare(u"true", Qt::CaseInsensitive) == 0);
}

void ServerSnapshot::buildApplications()
{
    m_apps.clear();
    if (m_kind == Kind::WebConfig) {
        SnapshotApplication a;
        a.path = QStringLiteral("/");
        a.configFiles << m_webConfig->fileName();
        a.settings = effectiveAspNetSettings({ConfigLayer{m_webConfig.get(), QString()}});
        m_apps.append(a);
        return;
    }
    if (!m_iis) {
        return;
    }
    for (int s = 0; s < m_iis->sites().size(); ++s) {
        for (const SiteApplication &app : m_iis->sites()[s].applications) {
            m_apps.append(buildApplication(s, app));
        }
    }
}

SnapshotApplication ServerSnapshot::buildApplication(int siteIndex, const SiteApplication &app)
{
    const Site &site = m_iis->sites()[siteIndex];
    SnapshotApplication a{siteIndex, site.name, site.id, app.path, app.physicalPath(), {}, {}, {}, {}};
    if (!site.id.isEmpty()) {
        a.appDomainAppId = appDomainAppId(site.id, app.path);
        a.stateServerKeyPrefix = stateServerKeyPrefix(a.appDomainAppId);
    }
    const ApplicationPool *pool = m_iis->applicationPool(app.applicationPool.value);
    if (!pool) {
        addGap(m_iis->fileName(), tr("the application pool \"%1\" of %2%3 is not defined")
                                      .arg(app.applicationPool.value, site.name, app.path));
    }
    QString relative = app.path;
    while (relative.startsWith(u'/')) {
        relative.remove(0, 1);
    }
    const QString serverTarget = relative.isEmpty() ? site.name : site.name + u'/' + relative;
    QList<std::pair<QString, QString>> files; // {windows path, target}
    if (m_kind == Kind::Folder) {
        const QString fw = frameworkConfigDir(pool);
        files << std::pair{windowsJoin(fw, QStringLiteral("machine.config")), serverTarget}
              << std::pair{windowsJoin(fw, QStringLiteral("web.config")), serverTarget};
    }
    QList<ConfigLayer> layers;
    for (const auto &[win, target] : files) {
        if (const ConfigDocument *d = document(localPath(win, nullptr), win, true)) {
            layers.append({d, target});
            a.configFiles << d->fileName();
        }
    }
    layers.append({&m_iis->document(), serverTarget});
    a.configFiles << m_iis->fileName();
    if (m_kind == Kind::Folder) {
        appendSiteLayers(site, app, relative, &layers, &a);
    }
    a.settings = effectiveAspNetSettings(layers);
    appendPoolSettings(pool, app.applicationPool, &a.settings);
    return a;
}

void ServerSnapshot::appendSiteLayers(const Site &site, const SiteApplication &app, const QString &relative,
                                      QList<ConfigLayer> *layers, SnapshotApplication *a)
{
    QList<std::pair<QString, QString>> dirs; // {physical path, target}
    if (!relative.isEmpty()) {
        for (const SiteApplication &root : site.applications) {
            if (root.path == u"/") {
                dirs << std::pair{root.physicalPath(), relative};
            }
        }
    }
    dirs << std::pair{app.physicalPath(), QString()};
    for (const auto &[physical, target] : dirs) {
        if (physical.isEmpty()) {
            addGap(m_iis->fileName(), tr("%1%2 has no root virtual directory, so its web.config is not known")
                                          .arg(site.name, app.path));
            continue;
        }
        const QString win = windowsJoin(physical, QStringLiteral("web.config"));
        QString why;
        const QString local = localPath(win, &why);
        if (local.isEmpty()) {
            addGap(win, why);
            continue;
        }
        if (const ConfigDocument *d = document(local, win, true)) {
            layers->append({d, target});
            a->configFiles << d->fileName();
        }
    }
}

} // namespace sd
