// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/configschema.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QVersionNumber>

namespace sd {

namespace {

const QStringList kBool{QStringLiteral("true"), QStringLiteral("false")};

// Long function: a data table, one row per <sessionState> attribute of the schema.
QList<AttributeSpec> makeSessionState()
{
    return {
        {QStringLiteral("mode"),
         AttributeType::Enum,
         QStringLiteral("InProc"),
         {QStringLiteral("Off"), QStringLiteral("InProc"), QStringLiteral("StateServer"),
          QStringLiteral("SQLServer"), QStringLiteral("Custom")},
         QT_TRANSLATE_NOOP("sd::Schema", "Where session state is kept")},
        {QStringLiteral("stateConnectionString"),
         AttributeType::String,
         QStringLiteral("tcpip=loopback:42424"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "State server address, tcpip=host:port (StateServer mode)")},
        {QStringLiteral("stateNetworkTimeout"),
         AttributeType::Seconds,
         QStringLiteral("10"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Seconds a state server request may take (StateServer mode)")},
        {QStringLiteral("sqlConnectionString"),
         AttributeType::String,
         QStringLiteral("data source=localhost;Integrated Security=SSPI"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "SQL Server connection string (SQLServer mode)")},
        {QStringLiteral("sqlCommandTimeout"),
         AttributeType::Seconds,
         QStringLiteral("30"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Seconds a SQL command may take (SQLServer mode)")},
        {QStringLiteral("sqlConnectionRetryInterval"),
         AttributeType::Seconds,
         QStringLiteral("0"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Seconds between SQL connection retries (SQLServer mode)")},
        {QStringLiteral("allowCustomSqlDatabase"), AttributeType::Bool, QStringLiteral("false"), kBool,
         QT_TRANSLATE_NOOP("sd::Schema", "Allow a database other than ASPState (Initial Catalog)")},
        {QStringLiteral("customProvider"),
         AttributeType::String,
         QString(),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Name of the provider in <providers> (Custom mode)")},
        {QStringLiteral("cookieless"),
         AttributeType::Enum,
         QStringLiteral("UseCookies"),
         {QStringLiteral("UseCookies"), QStringLiteral("UseUri"), QStringLiteral("AutoDetect"),
          QStringLiteral("UseDeviceProfile"), QStringLiteral("true"), QStringLiteral("false")},
         QT_TRANSLATE_NOOP("sd::Schema", "How the session id travels: cookie or URL")},
        {QStringLiteral("cookieName"),
         AttributeType::String,
         QStringLiteral("ASP.NET_SessionId"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Name of the session cookie")},
        {QStringLiteral("cookieSameSite"),
         AttributeType::Enum,
         QStringLiteral("Lax"),
         {QStringLiteral("None"), QStringLiteral("Lax"), QStringLiteral("Strict"),
          QStringLiteral("Unspecified")},
         QT_TRANSLATE_NOOP("sd::Schema", "SameSite attribute of the session cookie (.NET 4.7.2+)")},
        {QStringLiteral("timeout"),
         AttributeType::Minutes,
         QStringLiteral("20"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Minutes a session lives without a request")},
        {QStringLiteral("regenerateExpiredSessionId"), AttributeType::Bool, QStringLiteral("true"), kBool,
         QT_TRANSLATE_NOOP("sd::Schema", "Issue a new id when a client sends an expired one")},
        {QStringLiteral("useHostingIdentity"), AttributeType::Bool, QStringLiteral("true"), kBool,
         QT_TRANSLATE_NOOP("sd::Schema",
                           "Use the process identity, not the impersonated user, for the store")},
        {QStringLiteral("compressionEnabled"), AttributeType::Bool, QStringLiteral("false"), kBool,
         QT_TRANSLATE_NOOP("sd::Schema", "Compress session data (DEFLATE) in out-of-process modes")},
        {QStringLiteral("partitionResolverType"),
         AttributeType::String,
         QString(),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "IPartitionResolver type that spreads sessions over servers")},
        {QStringLiteral("sessionIDManagerType"),
         AttributeType::String,
         QString(),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "ISessionIDManager type that replaces the default id format")},
    };
}

QList<AttributeSpec> makeMachineKey()
{
    return {
        {QStringLiteral("validation"),
         AttributeType::Algorithm,
         QStringLiteral("HMACSHA256"),
         {QStringLiteral("HMACSHA256"), QStringLiteral("HMACSHA384"), QStringLiteral("HMACSHA512"),
          QStringLiteral("SHA1"), QStringLiteral("MD5"), QStringLiteral("3DES"), QStringLiteral("AES")},
         QT_TRANSLATE_NOOP("sd::Schema", "Validation (MAC) algorithm")},
        {QStringLiteral("decryption"),
         AttributeType::Algorithm,
         QStringLiteral("Auto"),
         {QStringLiteral("Auto"), QStringLiteral("AES"), QStringLiteral("3DES"), QStringLiteral("DES")},
         QT_TRANSLATE_NOOP("sd::Schema", "Encryption algorithm")},
        {QStringLiteral("validationKey"),
         AttributeType::Key,
         QStringLiteral("AutoGenerate,IsolateApps"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Validation key: hex, or AutoGenerate with modifiers")},
        {QStringLiteral("decryptionKey"),
         AttributeType::Key,
         QStringLiteral("AutoGenerate,IsolateApps"),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Decryption key: hex, or AutoGenerate with modifiers")},
        {QStringLiteral("compatibilityMode"),
         AttributeType::Enum,
         QStringLiteral("Framework20SP1"),
         {QStringLiteral("Framework20SP1"), QStringLiteral("Framework20SP2"), QStringLiteral("Framework45")},
         QT_TRANSLATE_NOOP("sd::Schema",
                           "Cryptography generation (Framework45 uses SP800-108 key derivation)")},
        {QStringLiteral("applicationName"),
         AttributeType::String,
         QString(),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Application name used by IsolateApps key derivation")},
        {QStringLiteral("dataProtectorType"),
         AttributeType::String,
         QString(),
         {},
         QT_TRANSLATE_NOOP("sd::Schema", "Custom DataProtector type (Framework45 only)")},
    };
}

} // namespace

const QList<AttributeSpec> &attributeSpecs(SectionKind kind)
{
    static const QList<AttributeSpec> sessionState = makeSessionState();
    static const QList<AttributeSpec> machineKey = makeMachineKey();
    return kind == SectionKind::SessionState ? sessionState : machineKey;
}

const AttributeSpec *attributeSpec(SectionKind kind, const QString &name)
{
    for (const auto &s : attributeSpecs(kind))
        if (s.name == name)
            return &s;
    return nullptr;
}

bool isGenericConfigAttribute(const QString &name)
{
    static const QStringList generic{QStringLiteral("lockAttributes"),
                                     QStringLiteral("lockAllAttributesExcept"),
                                     QStringLiteral("lockElements"),
                                     QStringLiteral("lockAllElementsExcept"),
                                     QStringLiteral("lockItem"),
                                     QStringLiteral("configSource"),
                                     QStringLiteral("configProtectionProvider"),
                                     QStringLiteral("xmlns")};
    return generic.contains(name) || name.startsWith(u"xdt:") || name.startsWith(u"xmlns:");
}

QString attributeHelp(const AttributeSpec &spec)
{
    return QCoreApplication::translate("sd::Schema", spec.help);
}

QString targetFramework(const ConfigDocument &doc, int scope)
{
    auto find = [&doc](int s) -> QString {
        if (s < 0 || s >= doc.scopes().size())
            return {};
        QString found;
        for (int sw : doc.scopes()[s].systemWebs) {
            const int rt = doc.childElement(sw, QStringLiteral("httpRuntime"));
            if (rt >= 0)
                if (const XmlAttribute *a = doc.elements()[rt].attribute(QStringLiteral("targetFramework")))
                    found = a->value().trimmed();
        }
        return found;
    };
    const QString own = find(scope);
    return own.isEmpty() && scope != 0 ? find(0) : own;
}

EffectiveValue effectiveValue(const ConfigDocument &doc, int scope, SectionKind kind, const QString &name)
{
    EffectiveValue v;
    v.name = name;
    const QList<int> scopes = scope == 0 ? QList<int>{0} : QList<int>{scope, 0};
    for (int s : scopes) {
        const SectionRef ref = doc.section(s, kind);
        if (ref.element < 0)
            continue;
        if (const XmlAttribute *a = doc.elements()[ref.element].attribute(name)) {
            v.value = a->value();
            v.origin = s == scope ? ValueOrigin::File : ValueOrigin::Inherited;
            v.line = doc.lineOf(a->start);
            return v;
        }
    }
    if (const AttributeSpec *spec = attributeSpec(kind, name))
        v.value = spec->defaultValue;
    if (kind == SectionKind::MachineKey && name == u"compatibilityMode") {
        const QVersionNumber fw = QVersionNumber::fromString(targetFramework(doc, scope));
        if (!fw.isNull() && fw >= QVersionNumber(4, 5))
            v.value = QStringLiteral("Framework45");
    }
    return v;
}

QList<EffectiveValue> effectiveSection(const ConfigDocument &doc, int scope, SectionKind kind)
{
    QList<EffectiveValue> out;
    for (const auto &spec : attributeSpecs(kind))
        out.append(effectiveValue(doc, scope, kind, spec.name));
    const SectionRef ref = doc.section(scope, kind);
    if (ref.element >= 0)
        for (const auto &a : doc.elements()[ref.element].attributes)
            if (!attributeSpec(kind, a.name) && !isGenericConfigAttribute(a.name))
                out.append({a.name, a.value(), ValueOrigin::File, doc.lineOf(a.start)});
    return out;
}

namespace {

/// Applies the `<providers>` children of the `<sessionState>` element `section` to `out`.
void mergeProviders(const ConfigDocument &doc, int section, QList<SessionStateProvider> *out)
{
    const int providers = doc.childElement(section, QStringLiteral("providers"));
    if (providers < 0)
        return;
    for (int c : doc.elements()[providers].children) {
        const XmlElement &e = doc.elements()[c];
        const XmlAttribute *name = e.attribute(QStringLiteral("name"));
        if (e.localName == u"clear") {
            out->clear();
            continue;
        }
        if (!name || (e.localName != u"add" && e.localName != u"remove"))
            continue;
        out->removeIf([&name](const SessionStateProvider &p) { return p.name == name->value(); });
        if (e.localName == u"remove")
            continue;
        SessionStateProvider p;
        p.name = name->value();
        p.line = e.line;
        for (const XmlAttribute &a : e.attributes) {
            if (a.name == u"type")
                p.type = a.value();
            else if (a.name != u"name")
                p.settings.append({a.name, a.value()});
        }
        out->append(p);
    }
}

} // namespace

QList<SessionStateProvider> sessionStateProviders(const ConfigDocument &doc, int scope)
{
    QList<SessionStateProvider> out;
    if (scope < 0 || scope >= doc.scopes().size())
        return out;
    QList<int> levels{0};
    if (scope != 0)
        levels.append(scope);
    for (int level : levels) {
        const SectionRef ref = doc.section(level, SectionKind::SessionState);
        if (ref.element >= 0)
            mergeProviders(doc, ref.element, &out);
    }
    return out;
}

QString namedConnectionString(const ConfigDocument &doc, const QString &name)
{
    const int strings = doc.childElement(doc.rootElement(), QStringLiteral("connectionStrings"));
    if (strings < 0 || name.trimmed().isEmpty())
        return QString();
    QString found;
    for (int c : doc.elements()[strings].children) {
        const XmlElement &e = doc.elements()[c];
        const XmlAttribute *n = e.attribute(QStringLiteral("name"));
        if (e.localName == u"clear")
            found = QString();
        else if (n && n->value().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            found = e.localName == u"add" && e.attribute(QStringLiteral("connectionString"))
                        ? e.attribute(QStringLiteral("connectionString"))->value()
                        : QString();
    }
    return found;
}

QString appSettingValue(const ConfigDocument &doc, const QString &key)
{
    const int settings = doc.childElement(doc.rootElement(), QStringLiteral("appSettings"));
    if (settings < 0 || key.isEmpty())
        return QString();
    QString found;
    for (int c : doc.elements()[settings].children) {
        const XmlElement &a = doc.elements()[c];
        const XmlAttribute *k = a.attribute(QStringLiteral("key"));
        if (a.localName == u"clear")
            found = QString();
        else if (k && k->value().compare(key, Qt::CaseInsensitive) == 0)
            found = a.localName == u"add" && a.attribute(QStringLiteral("value"))
                        ? a.attribute(QStringLiteral("value"))->value()
                        : QString();
    }
    return found;
}

bool isRedisSessionStateProviderType(const QString &type)
{
    return type.section(u',', 0, 0).trimmed() == u"Microsoft.Web.Redis.RedisSessionStateProvider";
}

bool isSecretProviderSetting(const QString &name)
{
    return name.compare(u"accessKey", Qt::CaseInsensitive) == 0 ||
           name.compare(u"password", Qt::CaseInsensitive) == 0 ||
           name.compare(u"pwd", Qt::CaseInsensitive) == 0;
}

QString maskConnectionSecrets(const QString &value)
{
    static const QRegularExpression secret(QStringLiteral("(\\b(?:password|pwd|accesskey)\\s*=\\s*)[^;,]*"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString masked = value;
    masked.replace(secret, QStringLiteral("\\1") + QString(8, QChar(0x2022)));
    return masked;
}

} // namespace sd
