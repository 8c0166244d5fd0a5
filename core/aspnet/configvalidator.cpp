// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/configvalidator.h"

#include "aspnet/configschema.h"
#include "aspnet/disclosedkeys.h"
#include "aspnet/machinekey.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::Checker", text);
}

constexpr qint64 kMaxTimeoutMinutes =
    525600; // one year: RS SessionStateModule.MAX_CACHE_BASED_TIMEOUT_MINUTES
constexpr qint64 kLongInProcTimeoutMinutes = 60;

/// Parses whole numbers as Int32.Parse would (surrounding whitespace, optional sign).
std::optional<qint64> parseWhole(const QString &s)
{
    bool ok = false;
    const qint64 v = s.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

/// SqlClient-style "key=value;key=value" into lower-cased keys (values may be quoted).
QHash<QString, QString> parseConnectionString(const QString &s)
{
    QHash<QString, QString> out;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype eq = s.indexOf(u'=', i);
        if (eq < 0)
            break;
        const QString key = s.mid(i, eq - i).trimmed().toLower().simplified();
        qsizetype j = eq + 1;
        while (j < s.size() && s[j].isSpace())
            ++j;
        QString value;
        if (j < s.size() && (s[j] == u'"' || s[j] == u'\'')) {
            const QChar q = s[j];
            const qsizetype close = s.indexOf(q, j + 1);
            value = s.mid(j + 1, (close < 0 ? s.size() : close) - j - 1);
            j = close < 0 ? s.size() : close + 1;
            const qsizetype semi = s.indexOf(u';', j);
            i = semi < 0 ? s.size() : semi + 1;
        } else {
            const qsizetype semi = s.indexOf(u';', j);
            value = s.mid(j, (semi < 0 ? s.size() : semi) - j).trimmed();
            i = semi < 0 ? s.size() : semi + 1;
        }
        if (!key.isEmpty())
            out.insert(key, value);
    }
    return out;
}

/// The host of "host", "host:port", "[v6]:port".
QString redisEndpointHost(const QString &endpoint)
{
    if (endpoint.startsWith(u'[')) {
        const qsizetype close = endpoint.indexOf(u']');
        return close < 0 ? endpoint : endpoint.mid(1, close - 1);
    }
    const qsizetype colon = endpoint.indexOf(u':');
    return colon >= 0 && endpoint.indexOf(u':', colon + 1) < 0 ? endpoint.left(colon) : endpoint;
}

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    return h == u"localhost" || h.startsWith(u"127.") || h == u"::1";
}

/// What the validator reads from a StackExchange.Redis connection string ("host:port,option=value,...";
/// ConfigurationOptions.Parse): the first endpoint's host, ssl=, syncTimeout=.
struct RedisConnectionFacts
{
    QString host;
    bool ssl = false; ///< StackExchange.Redis default
    std::optional<qint64> syncTimeoutMs;
};

RedisConnectionFacts redisConnectionFacts(const QString &cs)
{
    RedisConnectionFacts out;
    for (const QString &part : cs.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        const qsizetype eq = t.indexOf(u'=');
        if (eq < 0) {
            if (out.host.isEmpty())
                out.host = redisEndpointHost(t);
            continue;
        }
        const QString key = t.left(eq).trimmed().toLower();
        const QString v = t.mid(eq + 1).trimmed();
        if (key == u"ssl")
            out.ssl = v.compare(u"true", Qt::CaseInsensitive) == 0;
        else if (key == u"synctimeout")
            out.syncTimeoutMs = parseWhole(v);
    }
    return out;
}

class Checker
{
public:
    Checker(const ConfigDocument &doc, const ValidationOptions &options) : m_doc(doc), m_options(options) {}

    QList<Finding> run()
    {
        if (!m_doc.isConfiguration()) {
            const int root = m_doc.rootElement();
            add({QStringLiteral("CF001"), Severity::Error, QStringLiteral("configuration"), QString(), 0,
                 QString(), root >= 0 ? m_doc.elements()[root].line : 1,
                 tr("the document element is <%1>, not <configuration>: this is not an ASP.NET configuration "
                    "file")
                     .arg(root >= 0 ? m_doc.elements()[root].name : QString()),
                 tr("open a web.config, machine.config or transform file")});
            return m_findings;
        }
        for (int s = 0; s < m_doc.scopes().size(); ++s) {
            checkScopeCommon(s, SectionKind::SessionState);
            checkScopeCommon(s, SectionKind::MachineKey);
            checkSessionState(s);
            checkMachineKey(s);
        }
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const Finding &a, const Finding &b) { return a.line < b.line; });
        return m_findings;
    }

private:
    void add(Finding f) { m_findings.append(std::move(f)); }

    /// A finding about an attribute of the section of `kind` in `scope`.
    void addAttr(int scope, SectionKind kind, const QString &code, Severity sev, const QString &attr,
                 const QString &message, const QString &fix)
    {
        Finding f;
        f.code = code;
        f.severity = sev;
        f.element = sectionElementName(kind);
        f.attribute = attr;
        f.scope = scope;
        f.scopePath = m_doc.scopes()[scope].path;
        const EffectiveValue v = attr.isEmpty() ? EffectiveValue{} : effectiveValue(m_doc, scope, kind, attr);
        f.line = v.line;
        if (f.line == 0) {
            const SectionRef ref = m_doc.section(scope, kind);
            f.line = ref.element >= 0 ? m_doc.elements()[ref.element].line : 0;
        }
        f.message = message;
        f.fix = fix;
        add(std::move(f));
    }

    /// Only values written in this scope are checked here (inherited ones are checked at theirs).
    bool written(int scope, SectionKind kind, const QString &attr, QString *value) const
    {
        const EffectiveValue v = effectiveValue(m_doc, scope, kind, attr);
        if (value)
            *value = v.value;
        return v.origin == ValueOrigin::File;
    }

    QString value(int scope, SectionKind kind, const QString &attr) const
    {
        return effectiveValue(m_doc, scope, kind, attr).value;
    }

    bool isTransformFile() const
    {
        const XmlElement &root = m_doc.elements()[m_doc.rootElement()];
        return std::any_of(root.attributes.begin(), root.attributes.end(), [](const XmlAttribute &a) {
            return a.name.startsWith(u"xmlns:") && a.value().contains(u"XML-Document-Transform");
        });
    }

    void checkScopeCommon(int scope, SectionKind kind)
    {
        const SectionRef ref = m_doc.section(scope, kind);
        if (ref.element < 0)
            return;
        const QString name = sectionElementName(kind);
        if (ref.count > 1)
            addAttr(
                scope, kind, QStringLiteral("CF002"), isTransformFile() ? Severity::Info : Severity::Warning,
                QString(),
                tr("<%1> appears %2 times at this level; ASP.NET accepts one, and SessionDesk edits the last")
                    .arg(name)
                    .arg(ref.count),
                tr("keep a single <%1> per <system.web> level").arg(name));
        if (ref.encrypted)
            addAttr(scope, kind, QStringLiteral("CF003"), Severity::Info, QString(),
                    tr("<%1> is encrypted with protected configuration and is shown read-only").arg(name),
                    tr("decrypt with aspnet_regiis -pdf to edit, then encrypt again with -pef"));
        if (!ref.configSource.isEmpty())
            addAttr(scope, kind, QStringLiteral("CF004"), Severity::Info, QStringLiteral("configSource"),
                    tr("<%1> is kept in the file %2").arg(name, ref.configSource),
                    tr("open %1 to see and edit these settings").arg(ref.configSource));
        if (scope != 0)
            addAttr(
                scope, kind, QStringLiteral("CF005"), Severity::Warning, QString(),
                tr("<%1> is a MachineToApplication section: in <location path=\"%2\"> it is valid only if %2 "
                   "is an application")
                    .arg(name, m_doc.scopes()[scope].path),
                tr("move it to the application's own web.config unless %1 is an IIS application")
                    .arg(m_doc.scopes()[scope].path));
        const XmlElement &e = m_doc.elements()[ref.element];
        for (const auto &a : e.attributes)
            if (!attributeSpec(kind, a.name) && !isGenericConfigAttribute(a.name)) {
                QString hint;
                for (const auto &spec : attributeSpecs(kind))
                    if (spec.name.compare(a.name, Qt::CaseInsensitive) == 0)
                        hint = spec.name;
                addAttr(scope, kind, QStringLiteral("CF006"), Severity::Error, a.name,
                        tr("unrecognized attribute '%1' (attribute names are case-sensitive)").arg(a.name),
                        hint.isEmpty() ? tr("remove the attribute") : tr("write it as %1").arg(hint));
            }
    }

    // ---------------------------------------------------------------- sessionState
    void checkEnum(int scope, SectionKind kind, const QString &attr, const QString &code)
    {
        QString v;
        if (!written(scope, kind, attr, &v))
            return;
        const AttributeSpec *spec = attributeSpec(kind, attr);
        if (spec->allowed.contains(v))
            return;
        QString fix = tr("use one of: %1").arg(spec->allowed.join(QStringLiteral(", ")));
        for (const auto &a : spec->allowed)
            if (a.compare(v.trimmed(), Qt::CaseInsensitive) == 0)
                fix = tr("write it as %1 (values are case-sensitive)").arg(a);
        addAttr(scope, kind, code, Severity::Error, attr, tr("%1=\"%2\" is not a valid value").arg(attr, v),
                fix);
    }

    void checkBool(int scope, const QString &attr)
    {
        QString v;
        if (!written(scope, SectionKind::SessionState, attr, &v))
            return;
        const QString t = v.trimmed().toLower();
        if (t != u"true" && t != u"false")
            addAttr(scope, SectionKind::SessionState, QStringLiteral("SS009"), Severity::Error, attr,
                    tr("%1=\"%2\" is not true or false").arg(attr, v), tr("write true or false"));
    }

    void checkSeconds(int scope, const QString &attr, const QString &code, bool mustBePositive)
    {
        QString v;
        if (!written(scope, SectionKind::SessionState, attr, &v) || v.trimmed() == u"Infinite")
            return;
        const auto n = parseWhole(v);
        if (!n || *n < 0 || (mustBePositive && *n == 0))
            addAttr(scope, SectionKind::SessionState, code, Severity::Error, attr,
                    tr("%1=\"%2\" is not a whole number of seconds%3")
                        .arg(attr, v, mustBePositive ? tr(" above zero") : QString()),
                    tr("write whole seconds, e.g. %1, or Infinite")
                        .arg(attributeSpec(SectionKind::SessionState, attr)->defaultValue));
    }

    bool connectionStringNamed(const QString &name) const
    {
        const int cs = m_doc.childElement(m_doc.rootElement(), QStringLiteral("connectionStrings"));
        if (cs < 0)
            return false;
        for (int c : m_doc.elements()[cs].children)
            if (const XmlAttribute *n = m_doc.elements()[c].attribute(QStringLiteral("name")))
                if (n->value() == name)
                    return true;
        return false;
    }

    void checkStateConnectionString(int scope, const QString &mode)
    {
        const EffectiveValue ev =
            effectiveValue(m_doc, scope, SectionKind::SessionState, QStringLiteral("stateConnectionString"));
        const QString v = ev.value.trimmed();
        const bool mine = ev.origin == ValueOrigin::File;
        static const QRegularExpression re(
            QStringLiteral(R"(^tcpip\s*=\s*(\[[0-9A-Fa-f:.%A-Za-z]+\]|[^:\[\]\s]+):(\d{1,5})$)"),
            QRegularExpression::CaseInsensitiveOption);
        const auto m = re.match(v);
        if (!m.hasMatch()) {
            if (!v.contains(u'=') && !v.isEmpty() && connectionStringNamed(v))
                return; // a <connectionStrings> entry: ReadConnectionString
            if (mine)
                addAttr(scope, SectionKind::SessionState, QStringLiteral("SS003"), Severity::Error,
                        QStringLiteral("stateConnectionString"),
                        tr("stateConnectionString=\"%1\" is not tcpip=HOST:PORT").arg(ev.value),
                        tr("write tcpip=HOST:PORT, e.g. tcpip=10.0.0.5:42424 or tcpip=[::1]:42424"));
            return;
        }
        const int port = m.captured(2).toInt();
        if (port < 1 || port > 65535) {
            if (mine)
                addAttr(scope, SectionKind::SessionState, QStringLiteral("SS003"), Severity::Error,
                        QStringLiteral("stateConnectionString"),
                        tr("port %1 in stateConnectionString is outside 1-65535").arg(port),
                        tr("the ASP.NET State Service listens on 42424 unless its Port registry value says "
                           "otherwise"));
            return;
        }
        const QString host = m.captured(1).toLower();
        if (mode == u"StateServer" &&
            (host == u"loopback" || host == u"localhost" || host.startsWith(u"127.") || host == u"[::1]"))
            addAttr(scope, SectionKind::SessionState, QStringLiteral("SS106"), Severity::Info,
                    QStringLiteral("stateConnectionString"),
                    tr("the state server is on this machine (%1): each web server of a farm keeps its own "
                       "sessions")
                        .arg(m.captured(1)),
                    tr("for a web farm, point every server at one shared state server host"));
    }

    void checkSqlConnectionString(int scope, const QString &mode)
    {
        QString v;
        const bool mine =
            written(scope, SectionKind::SessionState, QStringLiteral("sqlConnectionString"), &v);
        if (!mine || (mode != u"SQLServer"))
            return;
        if (!v.contains(u'=')) {
            if (!connectionStringNamed(v.trimmed()))
                addAttr(scope, SectionKind::SessionState, QStringLiteral("SS007"), Severity::Error,
                        QStringLiteral("sqlConnectionString"),
                        tr("sqlConnectionString=\"%1\" is neither a connection string nor the name of a "
                           "<connectionStrings> entry")
                            .arg(v),
                        tr("write e.g. data source=SERVER;Integrated Security=SSPI"));
            return;
        }
        const auto cs = parseConnectionString(v);
        const bool hasCatalog =
            cs.contains(QStringLiteral("initial catalog")) || cs.contains(QStringLiteral("database"));
        const bool custom = value(scope, SectionKind::SessionState, QStringLiteral("allowCustomSqlDatabase"))
                                .trimmed()
                                .compare(u"true", Qt::CaseInsensitive) == 0;
        if (hasCatalog && !custom)
            addAttr(scope, SectionKind::SessionState, QStringLiteral("SS007"), Severity::Error,
                    QStringLiteral("sqlConnectionString"),
                    tr("sqlConnectionString names a database (Initial Catalog) but allowCustomSqlDatabase is "
                       "not true"),
                    tr("set allowCustomSqlDatabase=\"true\", or remove Initial Catalog to use ASPState"));
        if (!hasCatalog && custom)
            addAttr(scope, SectionKind::SessionState, QStringLiteral("SS008"), Severity::Warning,
                    QStringLiteral("sqlConnectionString"),
                    tr("allowCustomSqlDatabase is true but the connection string names no database"),
                    tr("add Initial Catalog=YOUR_SESSION_DB, or set allowCustomSqlDatabase=\"false\""));
        if (cs.contains(QStringLiteral("password")) || cs.contains(QStringLiteral("pwd")))
            addAttr(scope, SectionKind::SessionState, QStringLiteral("SS104"), Severity::Warning,
                    QStringLiteral("sqlConnectionString"),
                    tr("sqlConnectionString holds a password in plain text"),
                    tr("use Integrated Security, or encrypt the section: aspnet_regiis -pef "
                       "system.web/sessionState DIR"));
    }

    void checkSessionState(int scope)
    {
        const SectionKind k = SectionKind::SessionState;
        const SectionRef ref = m_doc.section(scope, k);
        if (ref.readOnly())
            return;
        checkSessionStateSyntax(scope);
        const QString mode = value(scope, k, QStringLiteral("mode"));
        checkTimeout(scope, mode);
        checkStateConnectionString(scope, mode);
        checkSqlConnectionString(scope, mode);
        checkCustomProvider(scope, mode, ref);
        checkSessionSharing(scope, mode);
        checkCookieless(scope);
        checkSameSiteNone(scope);
        checkProviderSecrets(scope, ref);
        checkRedisProviders(scope, mode, ref);
        checkIgnoredConnectionStrings(scope, mode, ref);
    }

    /// Enumerations, booleans and second counts of <sessionState> that the parser would refuse.
    void checkSessionStateSyntax(int scope)
    {
        const SectionKind k = SectionKind::SessionState;
        checkEnum(scope, k, QStringLiteral("mode"), QStringLiteral("SS001"));
        checkEnum(scope, k, QStringLiteral("cookieless"), QStringLiteral("SS005"));
        checkEnum(scope, k, QStringLiteral("cookieSameSite"), QStringLiteral("SS011"));
        for (const auto &b :
             {QStringLiteral("allowCustomSqlDatabase"), QStringLiteral("compressionEnabled"),
              QStringLiteral("regenerateExpiredSessionId"), QStringLiteral("useHostingIdentity")})
            checkBool(scope, b);
        checkSeconds(scope, QStringLiteral("stateNetworkTimeout"), QStringLiteral("SS004"), true);
        checkSeconds(scope, QStringLiteral("sqlCommandTimeout"), QStringLiteral("SS010"), false);
        checkSeconds(scope, QStringLiteral("sqlConnectionRetryInterval"), QStringLiteral("SS010"), false);
    }

    /// SS002/SS105: timeout must be whole minutes, at most a year in cache-based modes; long InProc timeouts.
    void checkTimeout(int scope, const QString &mode)
    {
        const SectionKind k = SectionKind::SessionState;
        QString t;
        const bool timeoutMine = written(scope, k, QStringLiteral("timeout"), &t);
        const bool cacheBased = mode == u"InProc" || mode == u"StateServer";
        std::optional<qint64> minutes;
        if (t.trimmed() == u"Infinite")
            minutes = std::numeric_limits<qint64>::max();
        else
            minutes = parseWhole(t);
        if (timeoutMine && (!minutes || *minutes < 1))
            addAttr(scope, k, QStringLiteral("SS002"), Severity::Error, QStringLiteral("timeout"),
                    tr("timeout=\"%1\" is not a whole number of minutes of at least 1").arg(t),
                    tr("write whole minutes, e.g. 20 (IIS Manager shows hh:mm:ss, the file holds minutes)"));
        else if (minutes && *minutes > kMaxTimeoutMinutes && cacheBased)
            addAttr(scope, k, QStringLiteral("SS002"), Severity::Error, QStringLiteral("timeout"),
                    tr("timeout=\"%1\" is more than 525600 minutes (one year), which %2 mode refuses")
                        .arg(t, mode),
                    tr("use at most 525600"));
        else if (minutes && mode == u"InProc" && *minutes > kLongInProcTimeoutMinutes)
            addAttr(scope, k, QStringLiteral("SS105"), Severity::Warning, QStringLiteral("timeout"),
                    tr("InProc sessions live %1 minutes: every idle visitor holds worker-process memory that "
                       "long, and all of it is lost on an app-pool recycle")
                        .arg(*minutes),
                    tr("keep InProc timeouts at 20-60 minutes, or move sessions out of process"));
    }

    /// SS006: mode="Custom" needs customProvider, and customProvider must name a provider of the section.
    void checkCustomProvider(int scope, const QString &mode, const SectionRef &ref)
    {
        const SectionKind k = SectionKind::SessionState;
        const QString provider = value(scope, k, QStringLiteral("customProvider")).trimmed();
        if (mode == u"Custom" && provider.isEmpty())
            addAttr(scope, k, QStringLiteral("SS006"), Severity::Error, QStringLiteral("mode"),
                    tr("mode=\"Custom\" needs customProvider naming a provider"),
                    tr("set customProvider to the name of a <providers><add>"));
        else if (!provider.isEmpty() && ref.element >= 0 && !providerNames(scope).contains(provider))
            addAttr(scope, k, QStringLiteral("SS006"),
                    mode == u"Custom" ? Severity::Error : Severity::Warning, QStringLiteral("customProvider"),
                    tr("customProvider=\"%1\" names no <providers><add name=...> of this <sessionState>")
                        .arg(provider),
                    tr("add the provider under <providers>, or correct the name"));
    }

    /// SS100/SS101: modes in which sessions are lost or shared unsafely between processes or servers.
    void checkSessionSharing(int scope, const QString &mode)
    {
        const SectionKind k = SectionKind::SessionState;
        if (mode == u"InProc" && webGarden())
            addAttr(scope, k, QStringLiteral("SS100"), Severity::Warning, QStringLiteral("mode"),
                    tr("InProc session state with a web garden: each worker process has its own sessions, so "
                       "visitors lose theirs when a request lands on another process"),
                    tr("use StateServer or SQLServer mode, or a single worker process"));
        const bool outOfProc = mode == u"StateServer" || mode == u"SQLServer" || mode == u"Custom";
        if (outOfProc && !sharedMachineKey(scope))
            addAttr(
                scope, k, QStringLiteral("SS101"), Severity::Warning, QStringLiteral("mode"),
                tr("%1 mode shares sessions between servers, but <machineKey> keys are generated per server: "
                   "a web farm will reject each other's ViewState and authentication cookies")
                    .arg(mode),
                tr("generate one <machineKey> and put the same keys on every server"));
    }

    /// SS102/SS103/SS107: session ids in URLs.
    void checkCookieless(int scope)
    {
        const SectionKind k = SectionKind::SessionState;
        const QString cookieless = value(scope, k, QStringLiteral("cookieless"));
        const bool uri = cookieless == u"UseUri" || cookieless == u"true";
        if (uri)
            addAttr(scope, k, QStringLiteral("SS102"), Severity::Warning, QStringLiteral("cookieless"),
                    tr("session ids travel in the URL (cookieless=\"%1\"): they leak through links, logs and "
                       "Referer headers and allow session fixation")
                        .arg(cookieless),
                    tr("use cookieless=\"UseCookies\""));
        else if (cookieless == u"AutoDetect" || cookieless == u"UseDeviceProfile")
            addAttr(scope, k, QStringLiteral("SS103"), Severity::Info, QStringLiteral("cookieless"),
                    tr("cookieless=\"%1\" puts the session id in the URL for some clients").arg(cookieless),
                    tr("use cookieless=\"UseCookies\" unless cookie-less clients must be served"));
        if ((uri || cookieless == u"AutoDetect" || cookieless == u"UseDeviceProfile") &&
            value(scope, k, QStringLiteral("regenerateExpiredSessionId"))
                    .trimmed()
                    .compare(u"false", Qt::CaseInsensitive) == 0)
            addAttr(scope, k, QStringLiteral("SS107"), Severity::Warning,
                    QStringLiteral("regenerateExpiredSessionId"),
                    tr("with ids in URLs, regenerateExpiredSessionId=\"false\" lets a shared link reuse an "
                       "expired id"),
                    tr("set regenerateExpiredSessionId=\"true\""));
    }

    /// SS012: cookieSameSite="None" on a cookie that is not Secure: browsers (Chrome 80+, Firefox, Safari)
    /// drop a SameSite=None cookie without the Secure flag, which ASP.NET sets from <httpCookies requireSSL>.
    void checkSameSiteNone(int scope)
    {
        const SectionKind k = SectionKind::SessionState;
        QString v;
        if (!written(scope, k, QStringLiteral("cookieSameSite"), &v) || v.trimmed() != u"None" ||
            requireSsl())
            return;
        addAttr(scope, k, QStringLiteral("SS012"), Severity::Warning, QStringLiteral("cookieSameSite"),
                tr("cookieSameSite=\"None\" without <httpCookies requireSSL=\"true\">: browsers drop a "
                   "SameSite=None cookie that is not Secure, so every request starts a new session"),
                tr("set <httpCookies requireSSL=\"true\"/> (HTTPS only), or use cookieSameSite=\"Lax\""));
    }

    /// SS108: a secret in plain text in a session-state <providers><add> entry (RedisSessionStateProvider's
    /// accessKey, a password in a connectionString), shown without its value.
    void checkProviderSecrets(int scope, const SectionRef &ref)
    {
        if (ref.element < 0)
            return;
        const int providers = m_doc.childElement(ref.element, QStringLiteral("providers"));
        if (providers < 0)
            return;
        for (int c : m_doc.elements()[providers].children) {
            const XmlElement &e = m_doc.elements()[c];
            if (e.localName != u"add")
                continue;
            const XmlAttribute *name = e.attribute(QStringLiteral("name"));
            for (const QString &attr : providerSecretAttributes(e)) {
                Finding f;
                f.code = QStringLiteral("SS108");
                f.severity = Severity::Warning;
                f.element = sectionElementName(SectionKind::SessionState);
                f.scope = scope;
                f.scopePath = m_doc.scopes()[scope].path;
                f.line = e.line;
                f.message = tr("provider \"%1\" keeps a secret in plain text (%2)")
                                .arg(name ? name->value() : QString(), attr);
                f.fix = tr("move the secret to an encrypted <connectionStrings> entry or an app setting "
                           "(aspnet_regiis -pef), and refer to it by name");
                add(std::move(f));
            }
        }
    }

    /// SS110-SS112: RedisSessionStateProvider settings of the <providers><add> entries written in this scope
    /// that lose sessions or expose them: every add whose type is the Redis provider, and in Custom mode the
    /// one customProvider names. Defaults and semantics: aspnet-redis-providers src/Shared/
    /// ProviderConfiguration.cs (ssl true, throwOnError true, retryTimeoutInMilliseconds 5000, host
    /// 127.0.0.1, operationTimeoutInMilliseconds 0 = StackExchange.Redis syncTimeout 5000) and
    /// RedisSharedConnection.cs.
    void checkRedisProviders(int scope, const QString &mode, const SectionRef &ref)
    {
        if (ref.element < 0)
            return;
        const int providers = m_doc.childElement(ref.element, QStringLiteral("providers"));
        if (providers < 0)
            return;
        const QString active =
            value(scope, SectionKind::SessionState, QStringLiteral("customProvider")).trimmed();
        for (int c : m_doc.elements()[providers].children) {
            const XmlElement &e = m_doc.elements()[c];
            const XmlAttribute *name = e.attribute(QStringLiteral("name"));
            const XmlAttribute *type = e.attribute(QStringLiteral("type"));
            if (e.localName != u"add" || !name)
                continue;
            const bool named = mode == u"Custom" && name->value().trimmed() == active;
            if (named || (type && isRedisSessionStateProviderType(type->value())))
                checkRedisProvider(scope, e, name->value());
        }
    }

    /// A setting of a provider <add> as the provider reads it: the attribute's value, replaced by the
    /// <appSettings> value of that name when there is one (ProviderConfiguration.GetStringSettings); "" if
    /// not written.
    QString providerSetting(const XmlElement &e, const QString &attr) const
    {
        const XmlAttribute *a = e.attribute(attr);
        if (!a || a->value().isEmpty())
            return QString();
        const QString fromAppSettings = appSettingValue(m_doc, a->value());
        return fromAppSettings.isEmpty() ? a->value() : fromAppSettings;
    }

    /// The StackExchange.Redis connection string the provider uses ("" when none): connectionString through
    /// <appSettings>, then <connectionStrings> (GetConnectionStringFromConfig), else the literal value.
    QString redisConnectionString(const XmlElement &e) const
    {
        const XmlAttribute *a = e.attribute(QStringLiteral("connectionString"));
        if (!a || a->value().isEmpty())
            return QString();
        if (const QString s = appSettingValue(m_doc, a->value()); !s.isEmpty())
            return s;
        if (const QString s = namedConnectionString(m_doc, a->value()); !s.trimmed().isEmpty())
            return s;
        return a->value();
    }

    /// A finding about the provider <add> `e` (its line), named `provider`.
    void addProviderFinding(int scope, const XmlElement &e, const QString &code, const QString &attr,
                            const QString &message, const QString &fix)
    {
        Finding f;
        f.code = code;
        f.severity = Severity::Warning;
        f.element = sectionElementName(SectionKind::SessionState);
        f.attribute = attr;
        f.scope = scope;
        f.scopePath = m_doc.scopes()[scope].path;
        f.line = e.line;
        f.message = message;
        f.fix = fix;
        add(std::move(f));
    }

    void checkRedisProvider(int scope, const XmlElement &e, const QString &provider)
    {
        const QString cs = redisConnectionString(e);
        const RedisConnectionFacts facts = redisConnectionFacts(cs);
        // operationTimeoutInMilliseconds is applied only without a connectionString (RedisSharedConnection).
        qint64 operationMs = 5000;
        if (!cs.isEmpty())
            operationMs = facts.syncTimeoutMs.value_or(5000);
        else if (const auto op =
                     parseWhole(providerSetting(e, QStringLiteral("operationTimeoutInMilliseconds")));
                 op && *op != 0)
            operationMs = *op;
        const auto retry = parseWhole(providerSetting(e, QStringLiteral("retryTimeoutInMilliseconds")));
        if (retry && *retry < operationMs)
            addProviderFinding(
                scope, e, QStringLiteral("SS110"), QStringLiteral("retryTimeoutInMilliseconds"),
                tr("provider \"%1\": retryTimeoutInMilliseconds (%2 ms) is shorter than the operation "
                   "timeout "
                   "(%3 ms): an operation that times out is never retried")
                    .arg(provider)
                    .arg(*retry)
                    .arg(operationMs),
                tr("make retryTimeoutInMilliseconds at least the operation timeout (e.g. twice it)"));
        if (providerSetting(e, QStringLiteral("throwOnError"))
                .trimmed()
                .compare(u"false", Qt::CaseInsensitive) == 0)
            addProviderFinding(
                scope, e, QStringLiteral("SS111"), QStringLiteral("throwOnError"),
                tr("provider \"%1\": throwOnError=\"false\" hides Redis errors: a request gets an "
                   "empty session and its changes are silently not saved")
                    .arg(provider),
                tr("remove throwOnError (default true), or check the provider's LastException "
                   "after every request"));
        checkRedisSsl(scope, e, provider, cs, facts);
    }

    void checkRedisSsl(int scope, const XmlElement &e, const QString &provider, const QString &cs,
                       const RedisConnectionFacts &facts)
    {
        QString host;
        bool ssl = true;
        if (!cs.isEmpty()) {
            // A bare word may be an app setting defined outside the file (Azure App Service): not judged.
            if (!cs.contains(u',') && !cs.contains(u':'))
                return;
            host = facts.host;
            ssl = facts.ssl;
        } else {
            host = providerSetting(e, QStringLiteral("host")).trimmed();
            ssl =
                providerSetting(e, QStringLiteral("ssl")).trimmed().compare(u"false", Qt::CaseInsensitive) !=
                0;
        }
        if (ssl || host.isEmpty() || isLoopbackHost(host))
            return;
        addProviderFinding(scope, e, QStringLiteral("SS112"),
                           cs.isEmpty() ? QStringLiteral("ssl") : QStringLiteral("connectionString"),
                           tr("provider \"%1\" talks to Redis on %2 without TLS: the access key and every "
                              "session travel in plain text")
                               .arg(provider, host),
                           tr("use TLS (ssl=\"true\", or ssl=True in the connection string; Azure Cache for "
                              "Redis: port 6380)"));
    }

    /// The attributes of a <providers><add> that hold a secret: accessKey (Redis), and a connectionString
    /// with a password in it.
    static QStringList providerSecretAttributes(const XmlElement &e)
    {
        QStringList out;
        if (const XmlAttribute *a = e.attribute(QStringLiteral("accessKey"));
            a && !a->value().trimmed().isEmpty())
            out << QStringLiteral("accessKey");
        if (const XmlAttribute *a = e.attribute(QStringLiteral("connectionString"))) {
            const QString cs = a->value().toLower();
            if (cs.contains(QStringLiteral("password=")) || cs.contains(QStringLiteral("pwd=")))
                out << QStringLiteral("connectionString");
        }
        return out;
    }

    bool requireSsl() const
    {
        for (int sw : m_doc.scopes()[0].systemWebs) {
            const int hc = m_doc.childElement(sw, QStringLiteral("httpCookies"));
            if (hc < 0)
                continue;
            if (const XmlAttribute *a = m_doc.elements()[hc].attribute(QStringLiteral("requireSSL")))
                if (a->value().trimmed().compare(u"true", Qt::CaseInsensitive) == 0)
                    return true;
        }
        return false;
    }

    /// SS109: connection strings the application-level mode does not use.
    void checkIgnoredConnectionStrings(int scope, const QString &mode, const SectionRef &ref)
    {
        const SectionKind k = SectionKind::SessionState;
        if (ref.element >= 0 && scope == 0) {
            QString v;
            if (mode != u"StateServer" && written(scope, k, QStringLiteral("stateConnectionString"), &v) &&
                mode != u"Off")
                addAttr(scope, k, QStringLiteral("SS109"), Severity::Info,
                        QStringLiteral("stateConnectionString"),
                        tr("stateConnectionString is ignored in %1 mode").arg(mode),
                        tr("remove it, or switch to StateServer"));
            if (mode != u"SQLServer" && written(scope, k, QStringLiteral("sqlConnectionString"), &v) &&
                mode != u"Off")
                addAttr(scope, k, QStringLiteral("SS109"), Severity::Info,
                        QStringLiteral("sqlConnectionString"),
                        tr("sqlConnectionString is ignored in %1 mode").arg(mode),
                        tr("remove it, or switch to SQLServer"));
        }
    }

    /// The provider names in force in `scope` (the application level's, merged with the location's).
    QStringList providerNames(int scope) const
    {
        QStringList names;
        for (const SessionStateProvider &p : sessionStateProviders(m_doc, scope))
            names.append(p.name);
        return names;
    }

    bool webGarden() const
    {
        for (int sw : m_doc.scopes()[0].systemWebs) {
            const int pm = m_doc.childElement(sw, QStringLiteral("processModel"));
            if (pm < 0)
                continue;
            if (const XmlAttribute *a = m_doc.elements()[pm].attribute(QStringLiteral("webGarden")))
                if (a->value().trimmed().compare(u"true", Qt::CaseInsensitive) == 0)
                    return true;
        }
        return false;
    }

    bool sharedMachineKey(int scope) const
    {
        const KeyValue v =
            parseKeyValue(value(scope, SectionKind::MachineKey, QStringLiteral("validationKey")));
        const KeyValue d =
            parseKeyValue(value(scope, SectionKind::MachineKey, QStringLiteral("decryptionKey")));
        return !v.autoGenerate() && !v.hex.isEmpty() && !d.autoGenerate() && !d.hex.isEmpty();
    }

    // ---------------------------------------------------------------- machineKey
    void checkMachineKey(int scope)
    {
        const SectionKind k = SectionKind::MachineKey;
        const SectionRef ref = m_doc.section(scope, k);
        if (ref.element < 0 || ref.readOnly())
            return;
        checkEnum(scope, k, QStringLiteral("compatibilityMode"), QStringLiteral("MK009"));
        const QString compat = value(scope, k, QStringLiteral("compatibilityMode"));
        const bool fx45 = compat == u"Framework45";
        const QString validation = value(scope, k, QStringLiteral("validation")).trimmed();
        const QString decryption = value(scope, k, QStringLiteral("decryption")).trimmed();
        const auto [validationOk, decryptionOk] = checkAlgorithms(scope, validation, decryption, fx45);

        const KeyValue vkey = checkKey(scope, QStringLiteral("validationKey"), QStringLiteral("MK003"), fx45);
        const KeyValue dkey = checkKey(scope, QStringLiteral("decryptionKey"), QStringLiteral("MK005"), fx45);
        checkValidationKeyLength(scope, vkey, validation, validationOk, fx45);
        checkDecryptionKeyLength(scope, dkey, decryption, decryptionOk, fx45);
        checkKeyModifiers(scope, vkey, dkey, fx45);
        checkKeyPair(scope, vkey, dkey);
        checkDisclosedKeys(scope, vkey, dkey);
    }

    /// MK001/MK002/MK007/MK010/MK011: unknown, forbidden and weak algorithms. Returns whether the
    /// validation and the decryption algorithm are valid.
    std::pair<bool, bool> checkAlgorithms(int scope, const QString &validation, const QString &decryption,
                                          bool fx45)
    {
        const SectionKind k = SectionKind::MachineKey;
        const AttributeSpec *vs = attributeSpec(k, QStringLiteral("validation"));
        const bool validationOk = vs->allowed.contains(validation) || validation.startsWith(u"alg:");
        if (!validationOk)
            addAttr(scope, k, QStringLiteral("MK001"), Severity::Error, QStringLiteral("validation"),
                    tr("validation=\"%1\" is not a valid algorithm").arg(validation),
                    tr("use HMACSHA256 (or HMACSHA384/HMACSHA512)"));
        const AttributeSpec *ds = attributeSpec(k, QStringLiteral("decryption"));
        const bool decryptionOk = ds->allowed.contains(decryption) || decryption.startsWith(u"alg:");
        if (!decryptionOk)
            addAttr(scope, k, QStringLiteral("MK002"), Severity::Error, QStringLiteral("decryption"),
                    tr("decryption=\"%1\" is not a valid algorithm").arg(decryption), tr("use AES"));
        if (fx45 && (validation == u"MD5" || validation == u"3DES" || validation == u"AES"))
            addAttr(scope, k, QStringLiteral("MK007"), Severity::Error, QStringLiteral("validation"),
                    tr("validation=\"%1\" is not allowed with compatibilityMode Framework45").arg(validation),
                    tr("use HMACSHA256"));
        else if (validation == u"MD5" || validation == u"SHA1" || validation == u"3DES" ||
                 validation == u"AES")
            addAttr(scope, k, QStringLiteral("MK010"), Severity::Warning, QStringLiteral("validation"),
                    tr("validation=\"%1\" is a weak MAC (MD5/SHA-1)").arg(validation),
                    tr("use HMACSHA256 and generate a new validationKey"));
        if (decryption == u"DES" || decryption == u"3DES")
            addAttr(scope, k, QStringLiteral("MK011"), Severity::Warning, QStringLiteral("decryption"),
                    tr("decryption=\"%1\" is a weak cipher").arg(decryption),
                    tr("use AES and generate a new decryptionKey"));
        return {validationOk, decryptionOk};
    }

    /// MK004/MK014: validationKey too short for ASP.NET, or shorter than its algorithm's usual length.
    void checkValidationKeyLength(int scope, const KeyValue &vkey, const QString &validation,
                                  bool validationOk, bool fx45)
    {
        const SectionKind k = SectionKind::MachineKey;
        if (!vkey.hex.isEmpty() && isEvenHex(vkey.hex) && !fx45 && vkey.hex.size() < 40)
            addAttr(scope, k, QStringLiteral("MK004"), Severity::Error, QStringLiteral("validationKey"),
                    tr("validationKey has %1 hex digits; ASP.NET needs at least 40 outside Framework45")
                        .arg(vkey.hex.size()),
                    tr("generate a new key (128 hex digits for HMACSHA256)"));
        else if (!vkey.hex.isEmpty() && isEvenHex(vkey.hex) && validationOk) {
            const int want = validation == u"HMACSHA384" || validation == u"HMACSHA512" ? 256 : 128;
            if (vkey.hex.size() < want && !validation.startsWith(u"alg:"))
                addAttr(scope, k, QStringLiteral("MK014"), Severity::Info, QStringLiteral("validationKey"),
                        tr("validationKey has %1 hex digits; %2 keys are normally %3")
                            .arg(vkey.hex.size())
                            .arg(validation)
                            .arg(want),
                        tr("generate a full-length key"));
        }
    }

    /// MK006: decryptionKey length the decryption algorithm cannot use.
    void checkDecryptionKeyLength(int scope, const KeyValue &dkey, const QString &decryption,
                                  bool decryptionOk, bool fx45)
    {
        const SectionKind k = SectionKind::MachineKey;
        if (!dkey.hex.isEmpty() && isEvenHex(dkey.hex) && decryptionOk) {
            const qsizetype len = dkey.hex.size();
            QString expected;
            bool ok = true;
            if (decryption == u"DES") {
                ok = len == 16 || (!fx45 && len > 16);
                expected = QStringLiteral("16");
            } else if (decryption == u"3DES") {
                ok = len == 48 || len == 32;
                expected = QStringLiteral("48");
            } else if (decryption == u"AES" || (decryption == u"Auto" && len != 16)) {
                ok = len == 32 || len == 48 || len == 64;
                expected = QStringLiteral("32, 48 or 64");
            }
            if (!ok)
                addAttr(scope, k, QStringLiteral("MK006"), Severity::Error, QStringLiteral("decryptionKey"),
                        tr("decryptionKey has %1 hex digits, which %2 cannot use (expected %3)")
                            .arg(len)
                            .arg(decryption, expected),
                        tr("generate a new key for %1")
                            .arg(decryption == u"Auto" ? QStringLiteral("AES") : decryption));
        }
    }

    /// MK008/MK015: modifiers after an explicit key (refused in Framework45, IsolateApps otherwise).
    void checkKeyModifiers(int scope, const KeyValue &vkey, const KeyValue &dkey, bool fx45)
    {
        const SectionKind k = SectionKind::MachineKey;
        if (fx45) {
            for (const auto &[attr, kv] : {std::pair{QStringLiteral("validationKey"), vkey},
                                           std::pair{QStringLiteral("decryptionKey"), dkey}})
                if (!kv.hex.isEmpty() && !kv.modifiers.isEmpty())
                    addAttr(scope, k, QStringLiteral("MK008"), Severity::Error, attr,
                            tr("an explicit %1 cannot carry ,%2 in Framework45 mode")
                                .arg(attr, kv.modifiers.join(u',')),
                            tr("remove the modifiers after the hex key"));
        } else {
            for (const auto &[attr, kv] : {std::pair{QStringLiteral("validationKey"), vkey},
                                           std::pair{QStringLiteral("decryptionKey"), dkey}})
                if (!kv.hex.isEmpty() && kv.modifiers.contains(QStringLiteral("IsolateApps")))
                    addAttr(scope, k, QStringLiteral("MK015"), Severity::Info, attr,
                            tr("%1 is explicit but IsolateApps rewrites its first bytes per application path")
                                .arg(attr),
                            tr("servers of a farm must host the application at the same virtual path"));
        }
    }

    /// MK013: one key explicit and the other generated per server.
    void checkKeyPair(int scope, const KeyValue &vkey, const KeyValue &dkey)
    {
        const SectionKind k = SectionKind::MachineKey;
        const bool vAuto = vkey.hex.isEmpty();
        const bool dAuto = dkey.hex.isEmpty();
        if (vAuto != dAuto)
            addAttr(
                scope, k, QStringLiteral("MK013"), Severity::Warning,
                vAuto ? QStringLiteral("validationKey") : QStringLiteral("decryptionKey"),
                tr("one key is explicit and the other is generated per server: a web farm shares only half "
                   "of "
                   "its machine key"),
                tr("set both keys explicitly (Generate Keys), or let both be generated on a single server"));
    }

    /// MK012: keys on the list of publicly disclosed machine keys (when the options carry the list).
    void checkDisclosedKeys(int scope, const KeyValue &vkey, const KeyValue &dkey)
    {
        const SectionKind k = SectionKind::MachineKey;
        if (m_options.disclosedKeys) {
            for (const auto &[attr, kv] : {std::pair{QStringLiteral("validationKey"), vkey},
                                           std::pair{QStringLiteral("decryptionKey"), dkey}})
                if (!kv.hex.isEmpty() && m_options.disclosedKeys->contains(kv.hex))
                    addAttr(scope, k, QStringLiteral("MK012"), Severity::Error, attr,
                            tr("%1 is on Microsoft's list of publicly disclosed machine keys: attackers can "
                               "forge "
                               "ViewState with it and run code on the server")
                                .arg(attr),
                            tr("generate new keys and put the same new keys on every server of the farm (or "
                               "remove "
                               "<machineKey> on a single server); then look for signs of compromise"));
        }
    }

    KeyValue checkKey(int scope, const QString &attr, const QString &code, bool fx45)
    {
        const SectionKind k = SectionKind::MachineKey;
        QString raw;
        const bool mine = written(scope, k, attr, &raw);
        const KeyValue kv = parseKeyValue(raw);
        if (!mine)
            return kv;
        if (raw.trimmed().isEmpty()) {
            addAttr(scope, k, code, Severity::Error, attr, tr("%1 is empty").arg(attr),
                    tr("write AutoGenerate,IsolateApps or a generated hex key"));
            return kv;
        }
        for (const QString &m : kv.modifiers)
            if (m != u"AutoGenerate" && m != u"IsolateApps" && m != u"IsolateByAppId") {
                addAttr(
                    scope, k, code, Severity::Error, attr, tr("%1 has the unknown part \"%2\"").arg(attr, m),
                    tr("modifiers are AutoGenerate, IsolateApps and IsolateByAppId, separated by commas"));
                return kv;
            }
        if (kv.hex.isEmpty() && !kv.autoGenerate() && (fx45 || !kv.modifiers.isEmpty()))
            addAttr(scope, k, code, Severity::Error, attr,
                    tr("%1 has modifiers but no AutoGenerate").arg(attr),
                    tr("write AutoGenerate,IsolateApps"));
        if (!kv.hex.isEmpty() && !isEvenHex(kv.hex))
            addAttr(scope, k, code, Severity::Error, attr,
                    kv.hex.size() % 2 ? tr("%1 has an odd number of hex digits").arg(attr)
                                      : tr("%1 is not hexadecimal (\"%2\")").arg(attr, kv.hex.left(24)),
                    tr("generate a new key"));
        return kv;
    }

    const ConfigDocument &m_doc;
    const ValidationOptions &m_options;
    QList<Finding> m_findings;
};

} // namespace

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QList<Finding> validateDocument(const ConfigDocument &doc, const ValidationOptions &options)
{
    return Checker(doc, options).run();
}

bool hasErrors(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

} // namespace sd
