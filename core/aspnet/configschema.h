// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aspnet/configdocument.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace sd {

/// How an attribute's text is read by ASP.NET's configuration converters.
enum class AttributeType
{
    Enum,      ///< one of `allowed`, case-sensitive (GenericEnumConverter)
    Bool,      ///< "true"/"false", case-insensitive (Boolean.Parse)
    Minutes,   ///< whole minutes or "Infinite" (TimeSpanMinutesOrInfiniteConverter)
    Seconds,   ///< whole seconds or "Infinite" (TimeSpanSecondsOrInfiniteConverter)
    String,    ///< free text
    Key,       ///< machine key: hex or "AutoGenerate[,IsolateApps][,IsolateByAppId]"
    Algorithm, ///< one of `allowed` or "alg:NAME"
};

/// One attribute of `<sessionState>` or `<machineKey>` as ASP.NET defines it.
/// Source: aspnet-state-service.md §5.1/§5.2 (RS SessionStateSection.cs, MachineKeySection.cs).
struct AttributeSpec
{
    QString name;
    AttributeType type;
    QString defaultValue; ///< the value in force when the attribute is absent
    QStringList allowed;  ///< for Enum/Algorithm
    const char
        *help; ///< one-line description (translate with QCoreApplication::translate("sd::Schema", help))
};

/// The attributes of a section, in the order IIS Manager shows them, then the rest.
const QList<AttributeSpec> &attributeSpecs(SectionKind kind);
/// The spec of one attribute, or nullptr for an attribute ASP.NET does not define.
const AttributeSpec *attributeSpec(SectionKind kind, const QString &name);
/// Attributes every config element may carry (lockAttributes, xdt:*, xmlns:*...): never "unknown".
bool isGenericConfigAttribute(const QString &name);

/// Where an effective value came from.
enum class ValueOrigin
{
    File,      ///< written on this scope's element
    Inherited, ///< written at the application level, in force in a location scope
    Default    ///< not written anywhere in this file: ASP.NET's default
};

/// One attribute's value in force in a scope.
struct EffectiveValue
{
    QString name;
    QString value;
    ValueOrigin origin = ValueOrigin::Default;
    int line = 0; ///< 1-based line of the attribute, 0 for defaults
};

/**
 * The effective attribute values of a section in `scope`: every defined attribute, from the
 * scope's element, else (for a location scope) the application level, else the default. Unknown
 * attributes written on the element are appended as File values. The machineKey
 * `compatibilityMode` default is Framework45 when `<httpRuntime targetFramework>` is 4.5 or later
 * (RS ConfigUtil.SetFX45DefaultValue), else Framework20SP1.
 */
QList<EffectiveValue> effectiveSection(const ConfigDocument &doc, int scope, SectionKind kind);
/// The effective value of one attribute (see effectiveSection()).
EffectiveValue effectiveValue(const ConfigDocument &doc, int scope, SectionKind kind, const QString &name);

/// The `<httpRuntime targetFramework>` in force in `scope`, "" if none.
QString targetFramework(const ConfigDocument &doc, int scope);

/// Translated help text of an attribute spec.
QString attributeHelp(const AttributeSpec &spec);

/// One `<providers><add>` of `<sessionState>`: a custom session-state store (Custom mode's customProvider
/// names one). Source: aspnet-state-service.md §5.1 (`<providers>` child: add/remove/clear).
struct SessionStateProvider
{
    QString name;
    QString type; ///< the provider class, e.g. "Microsoft.Web.Redis.RedisSessionStateProvider"
    int line = 0; ///< 1-based line of its `<add>`
    QList<std::pair<QString, QString>> settings; ///< its other attributes in file order (values expanded)
};

/**
 * The session-state providers in force in `scope`, as ASP.NET merges the collection: the application
 * level's `<sessionState><providers>` first, then (for a location scope) those of the location's own
 * `<sessionState>`, each applying its `<add>`, `<remove name>` and `<clear/>` in order. An `<add>` of a
 * name already declared replaces it. Empty when no `<providers>` is written.
 */
QList<SessionStateProvider> sessionStateProviders(const ConfigDocument &doc, int scope);

/// The value of `<configuration><appSettings><add key="key" value>` (keys compare case-insensitively, as the
/// NameValueCollection of ConfigurationManager.AppSettings; `<clear/>`
/// and `<remove>` applied in order); "" when there is none. RedisSessionStateProvider reads each setting
/// through it first (aspnet-redis-providers ProviderConfiguration.GetFromAppSetting).
QString appSettingValue(const ConfigDocument &doc, const QString &key);

/// True for the type of Azure/aspnet-redis-providers' session-state provider,
/// "Microsoft.Web.Redis.RedisSessionStateProvider", with or without its assembly name after a comma.
bool isRedisSessionStateProviderType(const QString &type);

/// The connectionString of `<configuration><connectionStrings><add name="name">` (names compare
/// case-insensitively, as ConnectionStringSettingsCollection does); a null string when there is none.
QString namedConnectionString(const ConfigDocument &doc, const QString &name);

/// True for a provider setting that is a secret as a whole: accessKey (RedisSessionStateProvider),
/// password, pwd (any case).
bool isSecretProviderSetting(const QString &name);

/// `value` with the secret parts of a connection string (password=, pwd=, accessKey= up to the next ';' or
/// ',', as SqlClient and StackExchange.Redis strings write them) replaced by bullets; otherwise unchanged.
QString maskConnectionSecrets(const QString &value);

} // namespace sd
