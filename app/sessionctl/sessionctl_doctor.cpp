// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl doctor: the session-loss doctor over server snapshots, applicationHost.config or web.config
// files.
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "iis/doctor.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::ctl {

namespace {

/// The totals of one `doctor` run and its JSON snapshot list.
struct DoctorTally
{
    int rc = ExitOk;
    int errors = 0;
    int warnings = 0;
    QJsonArray snapshots;
};

QString kindName(ServerSnapshot::Kind k)
{
    switch (k) {
    case ServerSnapshot::Kind::Folder:
        return QStringLiteral("folder");
    case ServerSnapshot::Kind::ApplicationHost:
        return QStringLiteral("applicationHost");
    case ServerSnapshot::Kind::WebConfig:
        break;
    }
    return QStringLiteral("webConfig");
}

/// Settings as {"name": {"value", "file", "line", "default"}}.
QJsonObject settingsJson(const Settings &settings)
{
    QJsonObject o;
    for (const SettingValue &s : settings) {
        o.insert(s.name, QJsonObject{{QStringLiteral("value"), s.value},
                                     {QStringLiteral("file"), s.from.file},
                                     {QStringLiteral("line"), s.from.line},
                                     {QStringLiteral("default"), s.from.isDefault}});
    }
    return o;
}

QJsonObject applicationJson(const SnapshotApplication &a)
{
    return QJsonObject{
        {QStringLiteral("path"), a.path},
        {QStringLiteral("applicationPool"), settingValue(a.settings, QStringLiteral("pool.name"))},
        {QStringLiteral("physicalPath"), a.physicalPath},
        {QStringLiteral("appDomainAppId"), a.appDomainAppId},
        {QStringLiteral("stateServerKeyPrefix"), a.stateServerKeyPrefix},
        {QStringLiteral("configFiles"), QJsonArray::fromStringList(a.configFiles)},
        {QStringLiteral("settings"), settingsJson(a.settings)}};
}

QJsonArray poolsJson(const IisConfig &iis)
{
    QJsonArray pools;
    for (const ApplicationPool &p : iis.applicationPools()) {
        pools.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("line"), p.line},
                                 {QStringLiteral("settings"), settingsJson(p.settings)},
                                 {QStringLiteral("schedule"), QJsonArray::fromStringList(p.schedule)}});
    }
    return pools;
}

QJsonArray sitesJson(const ServerSnapshot &s)
{
    QJsonArray sites;
    for (int i = 0; s.iis() && i < s.iis()->sites().size(); ++i) {
        const Site &site = s.iis()->sites()[i];
        QJsonArray bindings, apps;
        for (const SiteBinding &b : site.bindings) {
            bindings.append(QJsonObject{{QStringLiteral("protocol"), b.protocol},
                                        {QStringLiteral("bindingInformation"), b.bindingInformation},
                                        {QStringLiteral("host"), b.hostName()}});
        }
        for (const SnapshotApplication &a : s.applications()) {
            if (a.site == i) {
                apps.append(applicationJson(a));
            }
        }
        sites.append(QJsonObject{{QStringLiteral("id"), site.id},
                                 {QStringLiteral("name"), site.name},
                                 {QStringLiteral("line"), site.line},
                                 {QStringLiteral("bindings"), bindings},
                                 {QStringLiteral("applications"), apps}});
    }
    return sites;
}

QJsonArray farmsAndLocations(const IisConfig *iis, QJsonArray *locations)
{
    QJsonArray farms;
    if (!iis) {
        return farms;
    }
    for (const WebFarm &f : iis->webFarms()) {
        farms.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("enabled"), f.enabled},
                                 {QStringLiteral("line"), f.line},
                                 {QStringLiteral("servers"), QJsonArray::fromStringList(f.servers)},
                                 {QStringLiteral("affinityUseCookie"),
                                  settingsJson({f.affinityUseCookie}).value(f.affinityUseCookie.name)}});
    }
    for (const LocationBlock &l : iis->locations()) {
        locations->append(QJsonObject{{QStringLiteral("path"), l.path},
                                      {QStringLiteral("line"), l.line},
                                      {QStringLiteral("sections"), QJsonArray::fromStringList(l.sections)}});
    }
    return farms;
}

QJsonObject findingJson(const DoctorFinding &f)
{
    return QJsonObject{
        {QStringLiteral("code"), f.code},       {QStringLiteral("severity"), severityName(f.severity)},
        {QStringLiteral("site"), f.site},       {QStringLiteral("application"), f.application},
        {QStringLiteral("setting"), f.setting}, {QStringLiteral("file"), f.file},
        {QStringLiteral("line"), f.line},       {QStringLiteral("message"), f.message},
        {QStringLiteral("fix"), f.fix}};
}

/// The whole JSON object of one snapshot.
QJsonObject snapshotJson(const ServerSnapshot &s, const QList<DoctorFinding> &findings)
{
    QJsonArray gaps, fj, locations, apps;
    for (const SnapshotGap &g : s.gaps()) {
        gaps.append(QJsonObject{{QStringLiteral("file"), g.file}, {QStringLiteral("message"), g.message}});
    }
    for (const DoctorFinding &f : findings) {
        fj.append(findingJson(f));
    }
    for (const SnapshotApplication &a : s.applications()) {
        if (a.site < 0) {
            apps.append(applicationJson(a));
        }
    }
    const QJsonArray farms = farmsAndLocations(s.iis(), &locations);
    QJsonObject o{{QStringLiteral("path"), s.path()},
                  {QStringLiteral("kind"), kindName(s.kind())},
                  {QStringLiteral("gaps"), gaps},
                  {QStringLiteral("applicationPools"), s.iis() ? poolsJson(*s.iis()) : QJsonArray()},
                  {QStringLiteral("sites"), sitesJson(s)},
                  {QStringLiteral("webFarms"), farms},
                  {QStringLiteral("locations"), locations},
                  {QStringLiteral("findings"), fj}};
    if (!apps.isEmpty()) {
        o.insert(QStringLiteral("applications"), apps);
    }
    return o;
}

/// The text report of one snapshot: what it holds, its gaps, its applications and findings.
void printSnapshot(const ServerSnapshot &s, const QList<DoctorFinding> &findings)
{
    const int pools = s.iis() ? int(s.iis()->applicationPools().size()) : 0;
    const int sites = s.iis() ? int(s.iis()->sites().size()) : 0;
    out() << s.path() << " (" << kindName(s.kind()) << "): " << pools << " application pool(s), " << sites
          << " site(s), " << s.applications().size() << " application(s), " << s.gaps().size() << " gap(s)\n";
    for (const SnapshotGap &g : s.gaps()) {
        out() << "  gap: " << g.file << ": " << g.message << '\n';
    }
    for (const SnapshotApplication &a : s.applications()) {
        out() << "  " << (a.siteName.isEmpty() ? QString() : a.siteName) << a.path << "  site "
              << (a.siteId.isEmpty() ? QStringLiteral("?") : a.siteId) << "  pool "
              << settingValue(a.settings, QStringLiteral("pool.name"), QStringLiteral("-")) << "  mode "
              << settingValue(a.settings, QStringLiteral("sessionState.mode")) << "  timeout "
              << settingValue(a.settings, QStringLiteral("sessionState.timeout")) << "  appId "
              << (a.appDomainAppId.isEmpty() ? QStringLiteral("?") : a.appDomainAppId) << '\n';
    }
    for (const DoctorFinding &f : findings) {
        out() << (f.file.isEmpty() ? s.path() : f.file) << ':' << f.line << ": " << severityName(f.severity)
              << ' ' << f.code << " [" << f.site << f.application
              << (f.setting.isEmpty() ? QString() : u' ' + f.setting) << "] " << f.message
              << "\n    fix: " << f.fix << '\n';
    }
}

/// Diagnoses one PATH into `t`.
void doctorPath(const QString &path, bool json, DoctorTally &t)
{
    ServerSnapshot s;
    QString error;
    if (!s.open(path, &error)) {
        err() << kProgram << ": " << error << '\n';
        t.snapshots.append(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("error"), error}});
        t.rc = ExitUsage;
        return;
    }
    const QList<DoctorFinding> findings = diagnose(s);
    for (const DoctorFinding &f : findings) {
        t.errors += f.severity == Severity::Error;
        t.warnings += f.severity == Severity::Warning;
        if (f.severity == Severity::Error && t.rc == ExitOk) {
            t.rc = ExitFindings;
        }
    }
    if (json) {
        t.snapshots.append(snapshotJson(s, findings));
    } else {
        printSnapshot(s, findings);
    }
}

} // namespace

int cmdDoctor(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOption(json);
    p.addPositionalArgument(
        QStringLiteral("PATH"),
        QStringLiteral("Server snapshot folders (docs/doctor.md), applicationHost.config or "
                       "web.config files."),
        QStringLiteral("PATH..."));
    if (int rc = parse(
            p, args, QStringLiteral("doctor"),
            QStringLiteral("Find why sessions are lost on a server: application pools, sites, web farms "
                           "and every application's effective settings with the file and line they come "
                           "from.\nExit status: 0 no errors, 1 errors found, 2 usage or I/O error."));
        rc >= 0) {
        return rc;
    }
    if (p.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("missing PATH"), QStringLiteral("doctor"));
    }
    DoctorTally tally;
    for (const QString &path : p.positionalArguments()) {
        doctorPath(path, p.isSet(json), tally);
    }
    if (p.isSet(json)) {
        printJson(QJsonObject{{QStringLiteral("snapshots"), tally.snapshots},
                              {QStringLiteral("errors"), tally.errors},
                              {QStringLiteral("warnings"), tally.warnings}});
    } else {
        out() << tally.errors << " error(s), " << tally.warnings << " warning(s) in "
              << p.positionalArguments().size() << " snapshot(s)\n";
    }
    out().flush();
    err().flush();
    return tally.rc;
}

} // namespace sd::ctl
