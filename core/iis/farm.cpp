// SPDX-License-Identifier: GPL-3.0-or-later
#include "iis/farm.h"

#include "iis/farmtokens.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace sd {

namespace {

/// The tr() of this file's free functions. lupdate files a tr() call outside a class under the enclosing
/// namespace, "sd", so that is the context looked up at run time too.
QString tr(const char *text)
{
    return QCoreApplication::translate("sd", text);
}

const QString kAppId = QStringLiteral("appDomainAppId");
const QString kMode = QStringLiteral("sessionState.mode");

/// The key applications are matched by: site name and path, case-insensitively, without a trailing '/'.
QString matchKey(const SnapshotApplication &a)
{
    QString path = a.path;
    while (path.size() > 1 && path.endsWith(u'/')) {
        path.chop(1);
    }
    return (a.siteName + u'\n' + path).toLower();
}

/// What FarmRow::application shows: "SITE/path" ("Default Web Site/shop", "Default Web Site/", "/").
QString applicationName(const SnapshotApplication &a)
{
    return a.siteName + a.path;
}

/// The application of `s` matched by `key`, or nullptr.
const SnapshotApplication *findApplication(const ServerSnapshot *s, const QString &key)
{
    if (!s) {
        return nullptr;
    }
    for (const SnapshotApplication &a : s->applications()) {
        if (matchKey(a) == key) {
            return &a;
        }
    }
    return nullptr;
}

/// The cell of `setting` for application `a` of server `s` (a absent: a cell that is not present).
FarmCell cellOf(const ServerSnapshot *s, const SnapshotApplication *a, const QString &setting)
{
    if (!a) {
        return {};
    }
    if (setting == kAppId) {
        FarmCell c{true, a->appDomainAppId, {}};
        if (a->site >= 0 && s && s->iis() && a->site < s->iis()->sites().size()) {
            c.from = {s->iis()->fileName(), s->iis()->sites()[a->site].line, false};
        }
        return c;
    }
    const SettingValue *v = findSetting(a->settings, setting);
    return v ? FarmCell{true, v->value, v->from} : FarmCell{true, QString(), {}};
}

/// "Data Source" (or Server, Address...) and "Initial Catalog" (or Database) of a SQL connection string,
/// lower-cased: the database the sessions land in.
QString sqlTarget(const QString &connectionString)
{
    static const QStringList serverKeys{QStringLiteral("data source"), QStringLiteral("server"),
                                        QStringLiteral("address"), QStringLiteral("addr"),
                                        QStringLiteral("network address")};
    static const QStringList databaseKeys{QStringLiteral("initial catalog"), QStringLiteral("database")};
    QString server, database;
    for (const QString &part : connectionString.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(u'=');
        if (eq < 0) {
            continue;
        }
        const QString key = part.left(eq).simplified().toLower();
        const QString value = part.mid(eq + 1).trimmed().toLower();
        if (serverKeys.contains(key)) {
            server = value;
        } else if (databaseKeys.contains(key)) {
            database = value;
        }
    }
    if (server.isEmpty() && database.isEmpty()) {
        return connectionString.simplified().toLower();
    }
    return server + u'/' + database;
}

/// True when a state server or SQL Server target names the server itself (localhost, 127.0.0.1, ".").
bool isLoopback(const QString &setting, const QString &value)
{
    QString host;
    if (setting == u"sessionState.stateConnectionString") {
        static const QRegularExpression re(QStringLiteral(R"(tcpip\s*=\s*(\[[^\]]*\]|[^:;\s]+))"),
                                           QRegularExpression::CaseInsensitiveOption);
        host = re.match(value).captured(1).toLower();
    } else {
        host = sqlTarget(value).section(u'/', 0, 0);
        if (host.startsWith(QStringLiteral("tcp:")) || host.startsWith(QStringLiteral("np:"))) {
            host = host.mid(host.indexOf(u':') + 1);
        }
        host = host.section(u'\\', 0, 0).section(u',', 0, 0).trimmed();
    }
    static const QStringList loopback{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                      QStringLiteral("::1"),       QStringLiteral("[::1]"),
                                      QStringLiteral("."),         QStringLiteral("(local)")};
    return loopback.contains(host) || host.startsWith(QStringLiteral("(localdb)"));
}

/// The form of a value that decides whether two servers agree (TimeSpans by length, connection strings by
/// their target, any loopback target alike, SameSite and algorithms case-insensitively); the AppDomainAppId
/// stays case-sensitive.
QString comparable(const QString &setting, const QString &value)
{
    if (setting == u"pool.recycling.periodicRestart.schedule") {
        QStringList times;
        for (const QString &t : value.split(u',', Qt::SkipEmptyParts)) {
            times << comparable(QStringLiteral("pool.time"), t.trimmed());
        }
        times.sort();
        return times.join(u',');
    }
    if (setting.startsWith(u"pool.")) {
        const std::optional<qint64> s = parseTimeSpan(value.trimmed());
        return s ? QString::number(*s) : value.trimmed();
    }
    // every loopback name means "this server": 127.0.0.1 and localhost agree (and FARM012 explains them)
    if (setting == u"sessionState.stateConnectionString" || setting == u"sessionState.sqlConnectionString") {
        if (isLoopback(setting, value)) {
            return QStringLiteral("(this server)");
        }
    }
    if (setting == u"sessionState.stateConnectionString") {
        return value.simplified().remove(u' ').toLower();
    }
    if (setting == u"sessionState.sqlConnectionString") {
        return sqlTarget(value);
    }
    if (setting == u"sessionState.timeout") {
        return QString::number(value.trimmed().toLongLong());
    }
    if (setting == u"sessionState.cookieSameSite" || setting == u"machineKey.validation" ||
        setting == u"machineKey.decryption") {
        return value.trimmed().toLower();
    }
    return setting == kAppId ? value : value.trimmed();
}

/// True when the present cells of `row` disagree or a server lacks the application.
bool rowDiffers(const FarmRow &row)
{
    const FarmCell *first = nullptr;
    for (const FarmCell &c : row.cells) {
        if (!c.present) {
            return true;
        }
        if (!first) {
            first = &c;
        } else if (comparable(row.setting, c.value) != comparable(row.setting, first->value)) {
            return true;
        }
    }
    return false;
}

/// The checks of one application across the servers (the rows of that application, per server its app).
struct FarmCheck
{
    const QStringList &servers;
    const QList<FarmRow> &rows;
    const QList<const SnapshotApplication *> &apps;
    QList<FarmFinding> *out;

    const FarmRow *row(const QString &setting) const
    {
        for (const FarmRow &r : rows) {
            if (r.setting == setting) {
                return &r;
            }
        }
        return nullptr;
    }
    /// The value of `setting` on the first server that has the application.
    QString first(const QString &setting) const
    {
        const FarmRow *r = row(setting);
        for (qsizetype i = 0; r && i < r->cells.size(); ++i) {
            if (r->cells[i].present) {
                return r->cells[i].value;
            }
        }
        return {};
    }
    /// The value of `setting` in the first present application's settings (also settings that are no row).
    QString firstSetting(const QString &setting) const
    {
        for (const SnapshotApplication *a : apps) {
            if (a) {
                return settingValue(a->settings, setting);
            }
        }
        return {};
    }
    int presentCount() const
    {
        return int(std::count_if(apps.begin(), apps.end(), [](const auto *a) { return a != nullptr; }));
    }
    /// The servers whose value of `setting` differs from the first present server's.
    QStringList differing(const QString &setting, bool ignoreCase = false) const
    {
        QStringList names;
        const FarmRow *r = row(setting);
        const QString base = comparable(setting, first(setting));
        for (qsizetype i = 0; r && i < r->cells.size(); ++i) {
            if (r->cells[i].present &&
                comparable(setting, r->cells[i].value)
                        .compare(base, ignoreCase ? Qt::CaseInsensitive : Qt::CaseSensitive) != 0) {
                names << servers.value(i);
            }
        }
        return names;
    }
    /// The servers whose value of `setting` is `value`.
    QStringList having(const QString &setting, const QString &value) const
    {
        QStringList names;
        const FarmRow *r = row(setting);
        for (qsizetype i = 0; r && i < r->cells.size(); ++i) {
            if (r->cells[i].present && r->cells[i].value == value) {
                names << servers.value(i);
            }
        }
        return names;
    }
    /// "web1: X, web2: Y" over the servers that have the application (values as shown in the cells).
    QString values(const QString &setting) const
    {
        QStringList parts;
        const FarmRow *r = row(setting);
        for (qsizetype i = 0; r && i < r->cells.size(); ++i) {
            if (r->cells[i].present) {
                parts << servers.value(i) + QStringLiteral(": ") +
                             (r->cells[i].value.isEmpty() ? QStringLiteral("\"\"") : r->cells[i].value);
            }
        }
        return parts.join(QStringLiteral(", "));
    }
    void add(const QString &code, Severity severity, const QString &setting, const QStringList &which,
             const QString &message, const QString &fix) const
    {
        const FarmRow *r = row(setting);
        out->append(
            {code, severity, r ? r->application : rows.value(0).application, setting, which, message, fix});
    }
};

/// The attribute name of a farmSettingNames() entry, for messages ("timeout", "cookieName").
QString attributeOf(const QString &setting)
{
    return setting.mid(setting.lastIndexOf(u'.') + 1);
}

/// FARM001, FARM003 and FARM012: the key and the store of out-of-process sessions.
void checkStore(const FarmCheck &c, const QString &mode)
{
    const bool sql = mode == u"SQLServer";
    // SQL Server looks the application up by LOWER(AppDomainAppId) (TempGetAppID); the State Server
    // compares the key case-sensitively (aspnet-state-service.md §1.3 and the SQL section).
    if (const QStringList which = c.differing(kAppId, sql); !which.isEmpty()) {
        c.add(QStringLiteral("FARM001"), Severity::Error, kAppId, which,
              tr("The servers give this application different AppDomainAppIds (%1; a different site ID or "
                 "path letter case): each server stores the session under another key: users lose their "
                 "session whenever the load balancer switches servers.")
                  .arg(c.values(kAppId)),
              tr("Give the site the same ID on every server (sessionctl iis set FILE --site NAME id=N) and "
                 "write the application path in the same letter case everywhere."));
    }
    const QString target = sql ? QStringLiteral("sessionState.sqlConnectionString")
                               : QStringLiteral("sessionState.stateConnectionString");
    if (const QStringList which = c.differing(target); !which.isEmpty()) {
        c.add(QStringLiteral("FARM003"), Severity::Error, target, which,
              tr("The servers keep sessions in different stores (%1): a session stored by one server is not "
                 "found by another, so users lose their session whenever the load balancer switches servers.")
                  .arg(c.values(target)),
              tr("Point every server's %1 at the same state server or database.").arg(attributeOf(target)));
    }
    QStringList loopback;
    const FarmRow *r = c.row(target);
    for (qsizetype i = 0; r && i < r->cells.size(); ++i) {
        if (r->cells[i].present && isLoopback(target, r->cells[i].value)) {
            loopback << c.servers.value(i);
        }
    }
    if (c.presentCount() > 1 && !loopback.isEmpty()) {
        c.add(QStringLiteral("FARM012"), Severity::Error, target, loopback,
              tr("The %1 of %2 points at the server itself: each server keeps its own sessions, so users "
                 "lose their session whenever the load balancer switches servers.")
                  .arg(attributeOf(target), loopback.join(QStringLiteral(", "))),
              tr("Point every server at one shared state server or SQL Server by its name or address."));
    }
}

/// FARM002, FARM004, FARM008 and FARM010 (and the store checks): the session settings.
void checkSessions(const FarmCheck &c)
{
    const QString mode = c.first(kMode);
    if (const QStringList which = c.differing(kMode); !which.isEmpty()) {
        c.add(QStringLiteral("FARM002"), Severity::Error, kMode, which,
              tr("The servers keep sessions in different places (%1): a session made on one server is not "
                 "found on another, so users lose their session whenever the load balancer switches servers.")
                  .arg(c.values(kMode)),
              tr("Use the same sessionState mode, and the same state server or database, on every server."));
    }
    if (mode == u"Off") {
        return;
    }
    if (mode == u"StateServer" || mode == u"SQLServer") {
        checkStore(c, mode);
    }
    if (mode == u"InProc" && c.presentCount() > 1) {
        c.add(QStringLiteral("FARM010"), Severity::Warning, kMode, c.having(kMode, QStringLiteral("InProc")),
              tr("Sessions are InProc on a farm of %1 servers: each server keeps its own sessions in memory, "
                 "so users lose their session whenever the load balancer switches servers (and whenever a "
                 "server goes down).")
                  .arg(c.presentCount()),
              tr("Keep sessions in a StateServer or SQL Server all servers share, or at least turn on client "
                 "affinity (sticky sessions) on the load balancer."));
    }
    const QString timeout = QStringLiteral("sessionState.timeout");
    if (const QStringList which = c.differing(timeout); !which.isEmpty()) {
        c.add(QStringLiteral("FARM004"), Severity::Warning, timeout, which,
              tr("The servers set different session timeouts (%1 minutes): a session expires after the "
                 "timeout of the server that served its last request, so users lose it earlier than expected "
                 "on some servers.")
                  .arg(c.values(timeout)),
              tr("Set the same sessionState timeout on every server."));
    }
    for (const char *name : {"cookieName", "cookieless", "cookieSameSite"}) {
        const QString setting = QStringLiteral("sessionState.") + QLatin1String(name);
        if (const QStringList which = c.differing(setting); !which.isEmpty()) {
            c.add(QStringLiteral("FARM008"),
                  setting.endsWith(u"SameSite") ? Severity::Warning : Severity::Error, setting, which,
                  tr("The servers use different session cookies (%1: %2): the cookie one server sets is not "
                     "the one another server reads, so users lose their session whenever the load balancer "
                     "switches servers.")
                      .arg(QLatin1String(name), c.values(setting)),
                  tr("Set the same sessionState %1 on every server.").arg(QLatin1String(name)));
        }
    }
}

/// FARM005 and FARM006: the machine keys themselves.
void checkMachineKeys(const FarmCheck &c)
{
    if (c.presentCount() < 2) {
        return;
    }
    QStringList generated, explicitIdx, differ;
    const FarmRow *v = c.row(QStringLiteral("machineKey.validationKey"));
    const FarmRow *d = c.row(QStringLiteral("machineKey.decryptionKey"));
    const FarmRow *vf = c.row(QStringLiteral("machineKey.validationKeyFingerprint"));
    const FarmRow *df = c.row(QStringLiteral("machineKey.decryptionKeyFingerprint"));
    QString baseV, baseD;
    bool haveBase = false;
    for (qsizetype i = 0; v && d && vf && df && i < v->cells.size(); ++i) {
        if (!v->cells[i].present) {
            continue;
        }
        if (v->cells[i].value.startsWith(u"AutoGenerate") || d->cells[i].value.startsWith(u"AutoGenerate")) {
            generated << c.servers.value(i);
            continue;
        }
        if (!haveBase) {
            baseV = vf->cells[i].value;
            baseD = df->cells[i].value;
            haveBase = true;
        } else if (vf->cells[i].value != baseV || df->cells[i].value != baseD) {
            differ << c.servers.value(i);
        }
    }
    if (!differ.isEmpty()) {
        const QString setting = !c.differing(vf->setting).isEmpty() ? vf->setting : df->setting;
        c.add(QStringLiteral("FARM005"), Severity::Error, setting, differ,
              tr("The servers use different machine keys (%1): a forms-authentication ticket, ViewState or "
                 "anti-forgery token made on one server is rejected by another, so users are logged out and "
                 "lose their work whenever the load balancer switches servers.")
                  .arg(c.values(setting)),
              tr("Copy one server's <machineKey> to all the others."));
    }
    if (!generated.isEmpty()) {
        c.add(QStringLiteral("FARM006"), Severity::Error, QStringLiteral("machineKey.validationKey"),
              generated,
              tr("The machine key is generated per server on %1 (AutoGenerate): each server signs and "
                 "encrypts forms-authentication tickets and ViewState with its own key, so users are logged "
                 "out and lose their work whenever the load balancer switches servers.")
                  .arg(generated.join(QStringLiteral(", "))),
              tr("Generate one explicit <machineKey> (sessionctl genkey) and put the same one on every "
                 "server."));
    }
}

/// FARM007: how the machine key is used.
void checkCryptoSettings(const FarmCheck &c)
{
    for (const char *name :
         {"machineKey.validation", "machineKey.decryption", "machineKey.compatibilityMode"}) {
        const QString setting = QLatin1String(name);
        if (const QStringList which = c.differing(setting); !which.isEmpty()) {
            c.add(QStringLiteral("FARM007"), Severity::Error, setting, which,
                  tr("The servers protect data differently (%1: %2): a forms-authentication ticket or "
                     "ViewState made on one server cannot be read by another, so users are logged out and "
                     "lose their work whenever the load balancer switches servers.")
                      .arg(setting, c.values(setting)),
                  tr("Set the same %1 on every server.").arg(setting));
        }
    }
    const QString tf = QStringLiteral("httpRuntime.targetFramework");
    if (const QStringList which = c.differing(tf); !which.isEmpty()) {
        c.add(QStringLiteral("FARM007"), Severity::Warning, tf, which,
              tr("The servers run the application with different httpRuntime targetFramework values (%1): "
                 "ASP.NET behaves differently on each (cryptography defaults, request validation), so what "
                 "one server writes another may reject.")
                  .arg(c.values(tf)),
              tr("Set the same httpRuntime targetFramework on every server."));
    }
}

/// FARM011: pool recycling and idle timeout.
void checkPools(const FarmCheck &c, bool inProc)
{
    for (const char *name : {"pool.recycling.periodicRestart.time", "pool.recycling.periodicRestart.schedule",
                             "pool.processModel.idleTimeout"}) {
        const QString setting = QLatin1String(name);
        if (const QStringList which = c.differing(setting); !which.isEmpty()) {
            c.add(
                QStringLiteral("FARM011"), inProc ? Severity::Warning : Severity::Info, setting, which,
                tr("The servers' application pools differ in %1 (%2): InProc sessions are lost at different "
                   "times on each server, and a pool fix made on one server is missing on the others.")
                    .arg(setting.mid(5), c.values(setting)),
                tr("Set the same %1 on every server (sessionctl iis set FILE --pool NAME ...).")
                    .arg(setting.mid(5)));
        }
    }
}

/// Every farm finding of one application (`rows` are its rows, `apps` its application per server).
void appendFarmFindings(const QStringList &servers, const QList<FarmRow> &rows,
                        const QList<const SnapshotApplication *> &apps, QList<FarmFinding> *out)
{
    const FarmCheck c{servers, rows, apps, out};
    QStringList missing;
    for (qsizetype i = 0; i < apps.size(); ++i) {
        if (!apps[i]) {
            missing << servers.value(i);
        }
    }
    if (!missing.isEmpty()) {
        c.add(QStringLiteral("FARM009"), Severity::Error, kAppId, missing,
              tr("The application is missing on %1: requests the load balancer sends there fail or reach "
                 "another application, and the session is lost.")
                  .arg(missing.join(QStringLiteral(", "))),
              tr("Create the application on every server of the farm, or take the servers that lack it out "
                 "of its load-balancing pool."));
    }
    const SnapshotApplication *a = *std::find_if(apps.begin(), apps.end(), [](const auto *x) { return x; });
    const SettingValue *runtime = findSetting(a->settings, QStringLiteral("pool.managedRuntimeVersion"));
    if (runtime && runtime->value.isEmpty()) {
        return; // No Managed Code: no ASP.NET sessions or machine keys
    }
    checkSessions(c);
    checkMachineKeys(c);
    checkCryptoSettings(c);
    checkPools(c, c.first(kMode) == u"InProc");
}

} // namespace

QStringList farmSettingNames()
{
    return {kAppId,
            kMode,
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

QStringList farmServerNames(const QStringList &paths)
{
    QStringList base, names;
    for (const QString &p : paths) {
        const QString clean = QDir::cleanPath(p);
        const QString name = QFileInfo(clean).fileName();
        base << (name.isEmpty() ? p : name);
        const QString parent = QFileInfo(QFileInfo(clean).absolutePath()).fileName();
        names << (parent.isEmpty() ? base.last() : parent + u'/' + base.last());
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (base.count(base[i]) < 2) {
            names[i] = base[i];
        }
    }
    for (qsizetype i = 0; i < names.size(); ++i) {
        for (qsizetype j = i + 1, n = 2; j < names.size(); ++j) {
            if (names[j] == names[i]) {
                names[j] += QStringLiteral(" (%1)").arg(n++);
            }
        }
    }
    return names;
}

QString farmApplicationKey(const SnapshotApplication &a)
{
    return matchKey(a);
}

FarmComparison compareFarm(const QList<FarmServer> &servers)
{
    FarmComparison out;
    QStringList keys, shown;
    for (const FarmServer &s : servers) {
        out.servers << s.name;
        if (!s.snapshot) {
            continue;
        }
        for (const SnapshotApplication &a : s.snapshot->applications()) {
            if (!keys.contains(matchKey(a))) {
                keys << matchKey(a);
                shown << applicationName(a);
            }
        }
    }
    const QStringList settings = farmSettingNames();
    for (qsizetype k = 0; k < keys.size(); ++k) {
        QList<const SnapshotApplication *> apps;
        for (const FarmServer &s : servers) {
            apps << findApplication(s.snapshot, keys[k]);
        }
        const qsizetype firstRow = out.rows.size();
        for (const QString &setting : settings) {
            FarmRow row{shown[k], setting, {}, false};
            for (qsizetype i = 0; i < servers.size(); ++i) {
                row.cells << cellOf(servers[i].snapshot, apps[i], setting);
            }
            row.differs = rowDiffers(row);
            out.rows << row;
        }
        appendFarmFindings(out.servers, out.rows.mid(firstRow), apps, &out.findings);
    }
    return out;
}

namespace {

const QStringList kMachineKeyAttributes{QStringLiteral("validationKey"), QStringLiteral("decryptionKey"),
                                        QStringLiteral("validation"), QStringLiteral("decryption"),
                                        QStringLiteral("compatibilityMode")};

/// The application of `s` whose FarmRow::application name is `application` (case-insensitive), or nullptr.
const SnapshotApplication *applicationNamed(const ServerSnapshot *s, const QString &application)
{
    for (const SnapshotApplication &a : s ? s->applications() : QList<SnapshotApplication>()) {
        if (applicationName(a).compare(application, Qt::CaseInsensitive) == 0) {
            return &s->applications()[&a - s->applications().data()];
        }
    }
    return nullptr;
}

/// The raw values to copy from the source application: the explicit keys and the written algorithms.
bool sourceValues(const SnapshotApplication &a, QList<std::pair<QString, QString>> *values, QString *error)
{
    for (const QString &attr : kMachineKeyAttributes) {
        const SettingValue *v = findSetting(a.settings, QStringLiteral("machineKey.") + attr);
        if (!v || (attr == u"compatibilityMode" && v->from.isDefault)) {
            continue;
        }
        QString value = v->value;
        if (attr.endsWith(u"Key")) {
            const auto written = writtenKeyValue(a, attr, nullptr);
            if (!written || written->startsWith(u"AutoGenerate")) {
                *error = tr("%1 has no explicit %2 to copy (AutoGenerate or not written)")
                             .arg(applicationName(a), attr);
                return false;
            }
            value = *written;
        }
        values->append({attr, value});
    }
    return true;
}

/// The file and scope of the `<machineKey>` in force for `a` (or its own web.config, scope 0), edited.
std::shared_ptr<ConfigDocument> targetDocument(const ServerSnapshot &s, const SnapshotApplication &a,
                                               int *scope, QString *error)
{
    const SettingValue *written = nullptr;
    for (const QString &attr : kMachineKeyAttributes) {
        if (const SettingValue *v = findSetting(a.settings, QStringLiteral("machineKey.") + attr);
            !written && v && !v->from.isDefault) {
            written = v;
        }
    }
    const QString file = written ? written->from.file : a.configFiles.value(a.configFiles.size() - 1);
    auto doc = std::make_shared<ConfigDocument>();
    ConfigError e;
    if (file.isEmpty() || (!written && s.iis() && file == s.iis()->fileName()) || !doc->load(file, &e)) {
        *error = tr("no file to write the <machineKey> of %1 into on %2 (%3)")
                     .arg(applicationName(a), s.path(), file.isEmpty() ? tr("no web.config") : file);
        return nullptr;
    }
    *scope = 0;
    if (written) {
        const int el = machineKeyAt(*doc, written->name.mid(11), written->from.line);
        *scope = -1;
        for (int i = 0; el >= 0 && i < doc->scopes().size(); ++i) {
            if (doc->section(i, SectionKind::MachineKey).element == el) {
                *scope = i;
            }
        }
        if (*scope < 0) {
            *error = tr("the <machineKey> of %1 in %2 is not the one in force").arg(applicationName(a), file);
            return nullptr;
        }
    }
    return doc;
}

} // namespace

bool syncMachineKey(const QList<FarmServer> &servers, int from, const QString &application,
                    QList<FarmFileEdit> *edits, QString *error)
{
    edits->clear();
    const SnapshotApplication *source =
        from >= 0 && from < servers.size() ? applicationNamed(servers[from].snapshot, application) : nullptr;
    if (!source) {
        *error = tr("the source server has no application %1").arg(application);
        return false;
    }
    QList<std::pair<QString, QString>> values;
    if (!sourceValues(*source, &values, error)) {
        return false;
    }
    QList<FarmFileEdit> out;
    for (qsizetype i = 0; i < servers.size(); ++i) {
        const SnapshotApplication *a =
            i == from ? nullptr : applicationNamed(servers[i].snapshot, application);
        if (!a) {
            continue;
        }
        int scope = 0;
        const std::shared_ptr<ConfigDocument> doc = targetDocument(*servers[i].snapshot, *a, &scope, error);
        if (!doc) {
            return false;
        }
        for (const auto &[attr, value] : values) {
            if (!doc->setAttribute(scope, SectionKind::MachineKey, attr, value, error)) {
                return false;
            }
        }
        if (doc->isModified()) {
            out.append({servers[i].name, doc});
        }
    }
    *edits = out;
    return true;
}

bool fixFarmPools(const QList<FarmServer> &servers, const QString &application, FarmPoolFix fix,
                  QList<FarmFileEdit> *edits, QString *error)
{
    edits->clear();
    QList<FarmFileEdit> out;
    bool any = false;
    for (const FarmServer &server : servers) {
        const SnapshotApplication *a = applicationNamed(server.snapshot, application);
        if (!a) {
            continue;
        }
        any = true;
        const QString pool = settingValue(a->settings, QStringLiteral("pool.name"));
        if (!server.snapshot->iis() || pool.isEmpty()) {
            *error = tr("%1 has no applicationHost.config with the application pool of %2")
                         .arg(server.name, application);
            return false;
        }
        IisConfig config;
        ConfigError e;
        if (!config.load(server.snapshot->iis()->fileName(), &e)) {
            *error = e.toString();
            return false;
        }
        const bool ok = fix == FarmPoolFix::IdleTimeoutZero
                            ? config.setPoolAttribute(pool, QStringLiteral("processModel.idleTimeout"),
                                                      QStringLiteral("00:00:00"), error)
                            : config.setPoolAttribute(pool, QStringLiteral("recycling.periodicRestart.time"),
                                                      QStringLiteral("00:00:00"), error) &&
                                  (!config.applicationPool(pool)->schedule.isEmpty() ||
                                   config.addPoolScheduleTime(pool, QStringLiteral("03:00:00"), error));
        if (!ok) {
            return false;
        }
        if (config.document().isModified()) {
            out.append({server.name, std::make_shared<ConfigDocument>(config.document())});
        }
    }
    if (!any) {
        *error = tr("no server has the application %1").arg(application);
        return false;
    }
    *edits = out;
    return true;
}

bool saveFarmEdits(const QList<FarmFileEdit> &edits, QStringList *written, QString *error)
{
    for (const FarmFileEdit &edit : edits) {
        if (edit.document->changedOnDisk()) {
            *error = tr("%1 changed on disk since it was read; nothing was written")
                         .arg(edit.document->fileName());
            return false;
        }
    }
    for (const FarmFileEdit &edit : edits) {
        ConfigError e;
        if (!edit.document->save(edit.document->fileName(), &e)) {
            *error = tr("%1 was not saved: %2").arg(edit.document->fileName(), e.toString());
            return false;
        }
        edit.document->markSaved();
        if (written) {
            written->append(edit.document->fileName());
        }
    }
    return true;
}

} // namespace sd
