// SPDX-License-Identifier: GPL-3.0-or-later
#include "iis/doctor.h"

#include <QCoreApplication>

namespace sd {

namespace {

/// The tr() of this file's free functions. lupdate files a tr() call outside a class under the enclosing
/// namespace, "sd", so that is the context looked up at run time too.
QString tr(const char *text)
{
    return QCoreApplication::translate("sd", text);
}

/// What the checks of one application need.
struct AppContext
{
    const ServerSnapshot &snapshot;
    const SnapshotApplication &app;
    QList<DoctorFinding> *out;

    QString value(const QString &name) const { return settingValue(app.settings, name); }
    bool isTrue(const QString &name) const { return value(name).compare(u"true", Qt::CaseInsensitive) == 0; }
    bool inProc() const { return value(QStringLiteral("sessionState.mode")) == u"InProc"; }
    /// Adds a finding about setting `name` (its provenance; a default points at the pool or site line).
    void add(const QString &code, Severity severity, const QString &name, const QString &message,
             const QString &fix) const
    {
        const SettingValue *s = findSetting(app.settings, name);
        QString file = s ? s->from.file : QString();
        int line = s ? s->from.line : 0;
        if (s && s->from.isDefault && snapshot.iis()) {
            file = snapshot.iis()->fileName();
            const ApplicationPool *pool = snapshot.iis()->applicationPool(value(QStringLiteral("pool.name")));
            line = name.startsWith(u"pool.") && pool ? pool->line
                   : app.site >= 0                   ? snapshot.iis()->sites()[app.site].line
                                                     : 0;
        }
        out->append({code, severity, app.siteName, app.path, name, file, line, message, fix});
    }
};

/// Seconds of a TimeSpan setting, 0 when it does not parse.
qint64 seconds(const AppContext &c, const QString &name)
{
    return parseTimeSpan(c.value(name)).value_or(0);
}

/// IIS001-IIS003: InProc sessions die with every recycle.
void checkRecycling(const AppContext &c)
{
    const qint64 time = seconds(c, QStringLiteral("pool.recycling.periodicRestart.time"));
    if (time > 0) {
        c.add(QStringLiteral("IIS001"), Severity::Warning,
              QStringLiteral("pool.recycling.periodicRestart.time"),
              tr("Sessions are InProc and the pool recycles every %1 (the next recycle is due %1 after the "
                 "worker "
                 "process started, at another time of day each day): every session is lost at each recycle.")
                  .arg(formatTimeSpan(time)),
              tr("Set recycling.periodicRestart.time to 00:00:00 and recycle on a schedule at a quiet hour, "
                 "or keep "
                 "sessions out of process (StateServer/SQLServer)."));
    }
    const QString schedule = c.value(QStringLiteral("pool.recycling.periodicRestart.schedule"));
    if (!schedule.isEmpty()) {
        c.add(QStringLiteral("IIS002"), Severity::Warning,
              QStringLiteral("pool.recycling.periodicRestart.schedule"),
              tr("Sessions are InProc and the pool recycles every day at %1: every session is lost at each "
                 "recycle.")
                  .arg(schedule),
              tr("Keep the schedule at a quiet hour and tell users, or keep sessions out of process "
                 "(StateServer/SQLServer)."));
    }
    for (const char *limit : {"requests", "memory", "privateMemory"}) {
        const QString name = QStringLiteral("pool.recycling.periodicRestart.") + QLatin1String(limit);
        if (c.value(name).toLongLong() > 0) {
            c.add(QStringLiteral("IIS003"), Severity::Warning, name,
                  tr("Sessions are InProc and the pool recycles when %1 reaches %2: every session is lost at "
                     "each "
                     "recycle, at an unpredictable time.")
                      .arg(QLatin1String(limit), c.value(name)),
                  tr("Set the limit to 0 (find the leak instead), or keep sessions out of process "
                     "(StateServer/SQLServer)."));
        }
    }
}

/// IIS004 and IIS005: idle shutdown before the session expires, web garden.
void checkIdleAndGarden(const AppContext &c)
{
    const qint64 idle = seconds(c, QStringLiteral("pool.processModel.idleTimeout"));
    const qint64 sessionMinutes = c.value(QStringLiteral("sessionState.timeout")).toLongLong();
    if (idle > 0 && c.value(QStringLiteral("pool.processModel.idleTimeoutAction")) != u"Suspend" &&
        idle < sessionMinutes * 60) {
        c.add(
            QStringLiteral("IIS004"), Severity::Warning, QStringLiteral("pool.processModel.idleTimeout"),
            tr("Sessions are InProc and last %1 minutes, but the pool shuts its worker process down after %2 "
               "without requests: on a quiet site every session is lost before it expires.")
                .arg(sessionMinutes)
                .arg(formatTimeSpan(idle)),
            tr("Set processModel.idleTimeout to 00:00:00 (or idleTimeoutAction to Suspend), or keep sessions "
               "out "
               "of process."));
    }
    const QString maxProcesses = c.value(QStringLiteral("pool.processModel.maxProcesses"));
    if (!maxProcesses.isEmpty() && maxProcesses != u"1") {
        c.add(QStringLiteral("IIS005"), Severity::Error, QStringLiteral("pool.processModel.maxProcesses"),
              tr("Sessions are InProc in a web garden (maxProcesses=%1): each worker process has its own "
                 "sessions, so users lose theirs whenever a request lands on another process.")
                  .arg(maxProcesses),
              tr("Set processModel.maxProcesses to 1, or keep sessions out of process "
                 "(StateServer/SQLServer)."));
    }
}

/// IIS007 and IIS008: the session cookie and the site's bindings.
void checkCookies(const AppContext &c)
{
    const QString cookieless = c.value(QStringLiteral("sessionState.cookieless"));
    if (cookieless == u"UseUri" || cookieless == u"true") {
        return;
    }
    const bool secure = c.isTrue(QStringLiteral("httpCookies.requireSSL"));
    if (secure && c.app.site >= 0) {
        bool https = false;
        for (const SiteBinding &b : c.snapshot.iis()->sites()[c.app.site].bindings) {
            https = https || b.protocol.compare(u"https", Qt::CaseInsensitive) == 0;
        }
        if (!https) {
            c.add(
                QStringLiteral("IIS007"), Severity::Error, QStringLiteral("httpCookies.requireSSL"),
                tr("The session cookie is marked secure (requireSSL) but the site has only http bindings: "
                   "browsers never send it back, so every request starts a new session."),
                tr("Add an https binding and redirect http to it, or set httpCookies requireSSL=\"false\"."));
        }
    }
    if (c.value(QStringLiteral("sessionState.cookieSameSite")) == u"None" && !secure) {
        c.add(QStringLiteral("IIS008"), Severity::Warning, QStringLiteral("sessionState.cookieSameSite"),
              tr("The session cookie is SameSite=None without Secure: current browsers reject such a cookie, "
                 "so "
                 "sessions are lost."),
              tr("Set httpCookies requireSSL=\"true\" and serve the site over https, or use "
                 "cookieSameSite=\"Lax\"."));
    }
}

/// True when any sessionState attribute is written somewhere (the application means to use sessions).
bool sessionStateConfigured(const AppContext &c)
{
    for (const SettingValue &s : c.app.settings) {
        if (s.name.startsWith(u"sessionState.") && !s.from.isDefault) {
            return c.value(QStringLiteral("sessionState.mode")) != u"Off";
        }
    }
    return false;
}

/// IIS009 and IIS010: sessions switched off while configured.
void checkSessionSwitchedOff(const AppContext &c)
{
    if (!sessionStateConfigured(c)) {
        return;
    }
    if (c.value(QStringLiteral("modules.Session")) == u"removed") {
        c.add(QStringLiteral("IIS009"), Severity::Warning, QStringLiteral("modules.Session"),
              tr("<sessionState> is configured but the Session module is removed from "
                 "system.webServer/modules: "
                 "the application has no sessions at all."),
              tr("Remove the <remove name=\"Session\"/> (or add the module back), or drop <sessionState>."));
    }
    if (c.value(QStringLiteral("pages.enableSessionState")).compare(u"false", Qt::CaseInsensitive) == 0) {
        c.add(
            QStringLiteral("IIS010"), Severity::Warning, QStringLiteral("pages.enableSessionState"),
            tr("<sessionState> is configured but <pages enableSessionState=\"false\">: pages get no session "
               "unless each one turns it on."),
            tr("Set pages enableSessionState to true (or ReadOnly), or drop <sessionState>."));
    }
}

/// IIS011: a host name with '_' for out-of-process sessions.
void checkHostNames(const AppContext &c)
{
    const QString mode = c.value(QStringLiteral("sessionState.mode"));
    if (c.app.site < 0 || (mode != u"StateServer" && mode != u"SQLServer")) {
        return;
    }
    for (const SiteBinding &b : c.snapshot.iis()->sites()[c.app.site].bindings) {
        if (!b.hostName().contains(u'_')) {
            continue;
        }
        c.out->append(
            {QStringLiteral("IIS011"), Severity::Warning, c.app.siteName, c.app.path,
             QStringLiteral("binding"), c.snapshot.iis()->fileName(), b.line,
             tr("The site answers to the host name %1, which contains '_': some browsers drop cookies "
                "for such names, so the %2 session is lost on every request.")
                 .arg(b.hostName(), mode),
             tr("Use a host name without '_' (DNS names allow only letters, digits and '-').")});
    }
}

/// One application: every check that applies to its mode.
void checkApplication(const ServerSnapshot &snapshot, const SnapshotApplication &app,
                      QList<DoctorFinding> *out)
{
    const AppContext c{snapshot, app, out};
    const SettingValue *runtime = findSetting(app.settings, QStringLiteral("pool.managedRuntimeVersion"));
    if (runtime && runtime->value.isEmpty()) {
        return; // No Managed Code: no ASP.NET sessions
    }
    checkCookies(c);
    checkSessionSwitchedOff(c);
    checkHostNames(c);
    if (!c.inProc()) {
        return;
    }
    if (findSetting(app.settings, QStringLiteral("pool.processModel.maxProcesses"))) {
        checkRecycling(c);
        checkIdleAndGarden(c);
    }
    if (c.value(QStringLiteral("httpRuntime.fcnMode")) != u"Disabled") {
        c.add(QStringLiteral("IIS012"), Severity::Info, QStringLiteral("httpRuntime.fcnMode"),
              tr("Sessions are InProc and file change notifications are on (fcnMode=%1): every change to "
                 "web.config, bin or App_Code, and some antivirus scans, restart the application and lose "
                 "every "
                 "session.")
                  .arg(c.value(QStringLiteral("httpRuntime.fcnMode"))),
              tr("Deploy outside working hours and exclude the site from antivirus scans, or keep sessions "
                 "out of "
                 "process."));
    }
}

/// IIS006: an ARR farm that balances without client affinity.
void checkWebFarms(const ServerSnapshot &snapshot, QList<DoctorFinding> *out)
{
    if (!snapshot.iis()) {
        return;
    }
    for (const WebFarm &f : snapshot.iis()->webFarms()) {
        if (!f.enabled || f.servers.size() < 2 ||
            f.affinityUseCookie.value.compare(u"true", Qt::CaseInsensitive) == 0) {
            continue;
        }
        const Provenance &p = f.affinityUseCookie.from;
        out->append(
            {QStringLiteral("IIS006"), Severity::Warning, QString(), QString(),
             QStringLiteral("webFarm.applicationRequestRouting.affinity.useCookie"),
             p.isDefault ? snapshot.iis()->fileName() : p.file, p.isDefault ? f.line : p.line,
             tr("The ARR farm %1 balances %2 servers without client affinity: applications behind it that "
                "keep sessions InProc lose them whenever ARR picks another server.")
                 .arg(f.name)
                 .arg(f.servers.size()),
             tr("Turn on client affinity (applicationRequestRouting/affinity useCookie=\"true\"), or keep "
                "sessions in a StateServer or SQL Server all servers share.")});
    }
}

} // namespace

QList<DoctorFinding> diagnose(const ServerSnapshot &snapshot)
{
    QList<DoctorFinding> out;
    for (const SnapshotApplication &app : snapshot.applications()) {
        checkApplication(snapshot, app, &out);
    }
    checkWebFarms(snapshot, &out);
    return out;
}

} // namespace sd
