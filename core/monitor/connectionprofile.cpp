// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/connectionprofile.h"
#include "base/settings.h"

#include "client/stateclient.h"
#include "redis/redisendpoint.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QUrl>

namespace sd {

namespace {

/// Translation context of the connectivity test's messages.
class Connectivity
{
    Q_DECLARE_TR_FUNCTIONS(Connectivity)
};

} // namespace

std::optional<QByteArray> ConnectionProfile::readToken(QString *error) const
{
    QFile f(tokenFile);
    if (tokenFile.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        if (error) {
            *error =
                tokenFile.isEmpty()
                    ? Connectivity::tr("no token file is set in the profile")
                    : Connectivity::tr("cannot read the token file %1: %2").arg(tokenFile, f.errorString());
        }
        return std::nullopt;
    }
    const QByteArray token = f.read(4096).trimmed();
    if (token.isEmpty()) {
        if (error) {
            *error = Connectivity::tr("the token file %1 is empty").arg(tokenFile);
        }
        return std::nullopt;
    }
    return token;
}

QString ConnectionProfile::target() const
{
    if (isRedis()) {
        return storeUrl;
    }
    return isProtocolOnly() ? stateConnectionString : adminUrl;
}

QString ConnectionProfile::withoutPassword(const QString &url, QString *password)
{
    if (password) {
        password->clear();
    }
    const qsizetype scheme = url.indexOf(QLatin1String("://"));
    if (scheme < 0 || !isRedisEndpoint(url)) {
        return url;
    }
    const qsizetype start = scheme + 3;
    qsizetype end = url.indexOf(u'/', start);
    const qsizetype query = url.indexOf(u'?', start);
    if (end < 0 || (query >= 0 && query < end)) {
        end = query < 0 ? url.size() : query;
    }
    const qsizetype at = url.lastIndexOf(u'@', end - 1);
    if (at < start) {
        return url;
    }
    const QString userInfo = url.mid(start, at - start);
    const qsizetype colon = userInfo.indexOf(u':');
    const QString user = colon < 0 ? QString() : userInfo.left(colon);
    if (password) {
        *password = QUrl::fromPercentEncoding((colon < 0 ? userInfo : userInfo.mid(colon + 1)).toUtf8());
    }
    return url.left(start) + (user.isEmpty() ? QString() : user + QLatin1Char('@')) + url.mid(at + 1);
}

std::optional<RedisEndpoint> ConnectionProfile::redisEndpoint(QString *error) const
{
    auto ep = parseRedisEndpoint(storeUrl.trimmed(), error);
    if (!ep) {
        return std::nullopt;
    }
    if (!password.isEmpty()) {
        ep->password = password;
    } else if (!passwordFile.isEmpty()) {
        QFile f(passwordFile);
        if (!f.open(QIODevice::ReadOnly)) {
            if (error) {
                *error = Connectivity::tr("cannot read the password file %1: %2")
                             .arg(passwordFile, f.errorString());
            }
            return std::nullopt;
        }
        ep->password = QString::fromUtf8(f.readLine(4096).trimmed());
    }
    return ep;
}

std::optional<QUrl> ConnectionProfile::adminBaseUrl(QString *error) const
{
    const QUrl url(adminUrl);
    if (!url.isValid() || url.scheme() != u"http" || url.host().isEmpty()) {
        if (error) {
            *error = Connectivity::tr("the admin URL \"%1\" is not http://HOST:PORT").arg(adminUrl);
        }
        return std::nullopt;
    }
    return url;
}

std::optional<ConnectionProfile> ConnectionProfile::fromStateConnectionString(const QString &name,
                                                                              const QString &text,
                                                                              int stateNetworkTimeoutSeconds,
                                                                              QString *error)
{
    QString parseError;
    const auto ep = parseStateConnectionString(text, &parseError);
    if (!ep) {
        if (error) {
            *error = Connectivity::tr("stateConnectionString \"%1\": %2").arg(text, parseError);
        }
        return std::nullopt;
    }
    ConnectionProfile p;
    p.name = name;
    p.stateConnectionString = text.trimmed();
    p.stateNetworkTimeoutSeconds = stateNetworkTimeoutSeconds > 0 ? stateNetworkTimeoutSeconds : 10;
    QUrl admin;
    admin.setScheme(QStringLiteral("http"));
    admin.setHost(ep->host);
    admin.setPort(42425);
    p.adminUrl = admin.toString();
    return p;
}

namespace {

/// The provider attribute `name` (case-insensitive, as the provider's NameValueCollection); "" when absent
/// or empty.
QString providerValue(const QList<std::pair<QString, QString>> &settings, const QString &name)
{
    for (const auto &[key, value] : settings) {
        if (key.compare(name, Qt::CaseInsensitive) == 0 && !value.isEmpty()) {
            return value;
        }
    }
    return QString();
}

/// int.Parse of a provider attribute, `fallback` when absent; nullopt with `error` when not a number.
std::optional<int> providerInt(const QList<std::pair<QString, QString>> &settings, const QString &name,
                               int fallback, QString *error)
{
    const QString v = providerValue(settings, name);
    if (v.isEmpty()) {
        return fallback;
    }
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (!ok) {
        if (error) {
            *error =
                Connectivity::tr("%1=\"%2\" is not a whole number (an <appSettings> name is not followed)")
                    .arg(name, v);
        }
        return std::nullopt;
    }
    return n;
}

/// The note of a profile made from a provider <add>: what SessionDesk did not follow, and the
/// applicationName.
QString redisProviderNote(const QList<std::pair<QString, QString>> &settings)
{
    QStringList lines;
    const QString app = providerValue(settings, QStringLiteral("applicationName"));
    if (!app.isEmpty()) {
        lines << Connectivity::tr("applicationName \"%1\": its sessions are the keys {%1_<id>}_...").arg(app);
    }
    if (!providerValue(settings, QStringLiteral("connectionString")).isEmpty()) {
        lines << Connectivity::tr("connectionString is set and not followed: the provider uses it instead of "
                                  "host, port, accessKey and ssl; check the store URL");
    }
    if (!providerValue(settings, QStringLiteral("settingsClassName")).isEmpty() ||
        !providerValue(settings, QStringLiteral("settingsMethodName")).isEmpty()) {
        lines << Connectivity::tr(
            "settingsClassName/settingsMethodName are set and not followed: the provider "
            "takes its connection string from that method; check the store URL");
    }
    return lines.join(u'\n');
}

} // namespace

std::optional<ConnectionProfile>
ConnectionProfile::fromRedisProvider(const QString &name, const QList<std::pair<QString, QString>> &settings,
                                     QString *error)
{
    const QString sslText = providerValue(settings, QStringLiteral("ssl")).trimmed();
    if (!sslText.isEmpty() && sslText.compare(u"true", Qt::CaseInsensitive) != 0 &&
        sslText.compare(u"false", Qt::CaseInsensitive) != 0) {
        if (error) {
            *error = Connectivity::tr("ssl=\"%1\" is not true or false").arg(sslText);
        }
        return std::nullopt;
    }
    const bool ssl = sslText.isEmpty() || sslText.compare(u"true", Qt::CaseInsensitive) == 0;
    const auto port = providerInt(settings, QStringLiteral("port"), 0, error);
    const auto db = providerInt(settings, QStringLiteral("databaseId"), 0, error);
    const auto connectMs = providerInt(settings, QStringLiteral("connectionTimeoutInMilliseconds"), 0, error);
    const auto operationMs =
        providerInt(settings, QStringLiteral("operationTimeoutInMilliseconds"), 0, error);
    if (!port || !db || !connectMs || !operationMs) {
        return std::nullopt;
    }
    QString host = providerValue(settings, QStringLiteral("host")).trimmed();
    if (host.isEmpty()) {
        host = QStringLiteral("127.0.0.1");
    }
    if (host.contains(u':') && !host.startsWith(u'[')) {
        host = u'[' + host + u']';
    }
    QString url = (ssl ? QStringLiteral("rediss://") : QStringLiteral("redis://")) + host + u':' +
                  QString::number(*port != 0 ? *port : (ssl ? 6380 : 6379)) + u'/' + QString::number(*db);
    QStringList query;
    if (*connectMs > 0) {
        query << QStringLiteral("connectTimeout=%1").arg(*connectMs);
    }
    if (*operationMs > 0) {
        query << QStringLiteral("timeout=%1").arg(*operationMs);
    }
    if (!query.isEmpty()) {
        url += u'?' + query.join(u'&');
    }
    ConnectionProfile p;
    p.kind = Kind::Redis;
    p.name = name;
    p.storeUrl = url;
    p.password = providerValue(settings, QStringLiteral("accessKey"));
    p.note = redisProviderNote(settings);
    return p;
}

QList<ConnectionProfile> loadProfiles(QSettings &settings)
{
    QList<ConnectionProfile> out;
    const int n = settings.beginReadArray(QLatin1String(profilekeys::kArray));
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QLatin1String(profilekeys::kName)).toString();
        p.stateConnectionString =
            settings.value(QLatin1String(profilekeys::kStateConnectionString), p.stateConnectionString)
                .toString();
        p.stateNetworkTimeoutSeconds =
            settings.value(QLatin1String(profilekeys::kStateNetworkTimeout), 10).toInt();
        p.adminUrl = settings.value(QLatin1String(profilekeys::kAdminUrl), p.adminUrl).toString();
        p.tokenFile = settings.value(QLatin1String(profilekeys::kTokenFile)).toString();
        p.readOnly = settings.value(QLatin1String(profilekeys::kReadOnly), false).toBool();
        p.protocolOnly = settings.value(QLatin1String(profilekeys::kProtocolOnly), false).toBool();
        p.kind = settings.value(QLatin1String(profilekeys::kKind)).toString() == u"redis"
                     ? ConnectionProfile::Kind::Redis
                     : ConnectionProfile::Kind::StateServer;
        p.storeUrl = ConnectionProfile::withoutPassword(
            settings.value(QLatin1String(profilekeys::kStoreUrl)).toString(), nullptr);
        p.passwordFile = settings.value(QLatin1String(profilekeys::kPasswordFile)).toString();
        if (!p.name.isEmpty()) {
            out.append(p);
        }
    }
    settings.endArray();
    return out;
}

void saveProfiles(QSettings &settings, const QList<ConnectionProfile> &profiles)
{
    settings.remove(QLatin1String(profilekeys::kArray));
    settings.beginWriteArray(QLatin1String(profilekeys::kArray));
    int i = 0;
    for (const ConnectionProfile &p : profiles) {
        if (p.embedded) {
            continue;
        }
        settings.setArrayIndex(i++);
        settings.setValue(QLatin1String(profilekeys::kName), p.name);
        settings.setValue(QLatin1String(profilekeys::kStateConnectionString), p.stateConnectionString);
        settings.setValue(QLatin1String(profilekeys::kStateNetworkTimeout), p.stateNetworkTimeoutSeconds);
        settings.setValue(QLatin1String(profilekeys::kAdminUrl), p.adminUrl);
        settings.setValue(QLatin1String(profilekeys::kTokenFile), p.tokenFile);
        settings.setValue(QLatin1String(profilekeys::kReadOnly), p.readOnly);
        settings.setValue(QLatin1String(profilekeys::kProtocolOnly), p.protocolOnly);
        settings.setValue(QLatin1String(profilekeys::kKind),
                          p.isRedis() ? QStringLiteral("redis") : QStringLiteral("stateServer"));
        // Never the password: neither the in-memory one nor one left in the URL.
        settings.setValue(QLatin1String(profilekeys::kStoreUrl),
                          ConnectionProfile::withoutPassword(p.storeUrl, nullptr));
        settings.setValue(QLatin1String(profilekeys::kPasswordFile), p.passwordFile);
    }
    settings.endArray();
}

} // namespace sd
