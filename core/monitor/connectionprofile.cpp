// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitor/connectionprofile.h"
#include "base/settings.h"

#include "client/stateclient.h"

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
    }
    settings.endArray();
}

} // namespace sd
