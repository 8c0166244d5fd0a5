// SPDX-License-Identifier: GPL-3.0-or-later
#include "iis/effectivesettings.h"

#include "aspnet/configschema.h"
#include "base/crypto.h"

#include <QRegularExpression>
#include <QVersionNumber>

#include <algorithm>

namespace sd {

namespace {

/// True when a `<location path>` applies to `target` (see ConfigLayer).
bool locationApplies(const QString &path, const QString &target)
{
    QString p = path.trimmed();
    while (p.endsWith(u'/')) {
        p.chop(1);
    }
    if (p.isEmpty() || p == u".") {
        return true;
    }
    return target.compare(p, Qt::CaseInsensitive) == 0 || target.startsWith(p + u'/', Qt::CaseInsensitive);
}

/// The elements that hold settings for `layer.target`: the root, then the applying locations, less
/// specific paths first (document order among equals).
QList<int> containers(const ConfigLayer &layer)
{
    const ConfigDocument &doc = *layer.doc;
    QList<int> out;
    if (doc.rootElement() < 0) {
        return out;
    }
    out.append(doc.rootElement());
    QList<std::pair<qsizetype, int>> locations;
    for (int c : doc.elements()[doc.rootElement()].children) {
        const XmlElement &e = doc.elements()[c];
        if (e.localName != u"location") {
            continue;
        }
        const XmlAttribute *path = e.attribute(QStringLiteral("path"));
        const QString p = path ? path->value() : QString();
        if (locationApplies(p, layer.target)) {
            locations.append({p == u"." ? 0 : p.size(), c});
        }
    }
    std::stable_sort(locations.begin(), locations.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &l : locations) {
        out.append(l.second);
    }
    return out;
}

/// The last written value of ELEMENT_PATH@attr over all layers, else `def` as a default.
SettingValue lookup(const QList<ConfigLayer> &layers, const QString &elementPath, const QString &attr,
                    const QString &name, const QString &def)
{
    SettingValue v{name, def, {}};
    for (const ConfigLayer &layer : layers) {
        for (int c : containers(layer)) {
            const int e = descendantElement(*layer.doc, c, elementPath);
            const XmlAttribute *a = e >= 0 ? layer.doc->elements()[e].attribute(attr) : nullptr;
            if (a) {
                v = {name, a->value(), {layer.doc->fileName(), layer.doc->lineOf(a->start), false}};
            }
        }
    }
    return v;
}

/// Whether the Session module is in force: system.webServer/modules add, remove and clear in merge order.
SettingValue sessionModule(const QList<ConfigLayer> &layers)
{
    SettingValue v{QStringLiteral("modules.Session"), QStringLiteral("present"), {}};
    for (const ConfigLayer &layer : layers) {
        const ConfigDocument &doc = *layer.doc;
        for (int c : containers(layer)) {
            const int modules = descendantElement(doc, c, QStringLiteral("system.webServer/modules"));
            if (modules < 0) {
                continue;
            }
            for (int m : doc.elements()[modules].children) {
                const XmlElement &e = doc.elements()[m];
                const XmlAttribute *n = e.attribute(QStringLiteral("name"));
                const bool session = n && n->value().compare(u"Session", Qt::CaseInsensitive) == 0;
                const Provenance from{doc.fileName(), e.line, false};
                if (e.localName == u"clear" || (e.localName == u"remove" && session)) {
                    v = {v.name, QStringLiteral("removed"), from};
                } else if (e.localName == u"add" && session) {
                    v = {v.name, QStringLiteral("present"), from};
                }
            }
        }
    }
    return v;
}

/// The machineKey entries: algorithms and modes as written, keys only as AutoGenerate text or fingerprint.
void appendMachineKey(const QList<ConfigLayer> &layers, const QString &targetFramework, Settings *out)
{
    const QString mk = QStringLiteral("system.web/machineKey");
    for (const AttributeSpec &spec : attributeSpecs(SectionKind::MachineKey)) {
        SettingValue v =
            lookup(layers, mk, spec.name, QStringLiteral("machineKey.") + spec.name, spec.defaultValue);
        if (spec.name == u"compatibilityMode" && v.from.isDefault) {
            const QVersionNumber fw = QVersionNumber::fromString(targetFramework);
            if (!fw.isNull() && fw >= QVersionNumber(4, 5)) {
                v.value = QStringLiteral("Framework45");
            }
        }
        if (spec.type == AttributeType::Key) {
            const QString fingerprint = keyFingerprint(v.value);
            if (!v.value.trimmed().startsWith(u"AutoGenerate")) {
                v.value = QStringLiteral("(explicit)");
            }
            out->append(v);
            out->append({v.name + QStringLiteral("Fingerprint"), fingerprint, v.from});
            continue;
        }
        out->append(v);
    }
}

/// `<processModel>` (allowDefinition MachineOnly, so only machine.config sets it), defaults as in
/// machine.config.comments ("Infinite" is how machine.config writes TimeSpan.MaxValue and int.MaxValue).
/// Under IIS 7+ the application pool decides recycling and idle shutdown; these are what ASP.NET itself reads
/// (autoConfig sizes its thread pools) and what a classic-mode or IIS 6 setup would use.
void appendProcessModel(const QList<ConfigLayer> &layers, Settings *out)
{
    static const std::pair<const char *, const char *> kProcessModel[] = {
        {"enable", "true"},           {"timeout", "Infinite"}, {"idleTimeout", "Infinite"},
        {"requestLimit", "Infinite"}, {"memoryLimit", "60"},   {"webGarden", "false"},
        {"autoConfig", "false"},
    };
    for (const auto &[attr, fallback] : kProcessModel) {
        out->append(lookup(layers, QStringLiteral("system.web/processModel"), QString::fromLatin1(attr),
                           QStringLiteral("processModel.") + QString::fromLatin1(attr),
                           QString::fromLatin1(fallback)));
    }
}

} // namespace

Settings effectiveAspNetSettings(const QList<ConfigLayer> &layers)
{
    Settings out;
    const QString ss = QStringLiteral("system.web/sessionState");
    for (const AttributeSpec &spec : attributeSpecs(SectionKind::SessionState)) {
        SettingValue v =
            lookup(layers, ss, spec.name, QStringLiteral("sessionState.") + spec.name, spec.defaultValue);
        v.value = maskConnectionSecrets(v.value);
        out.append(v);
    }
    const SettingValue tf =
        lookup(layers, QStringLiteral("system.web/httpRuntime"), QStringLiteral("targetFramework"),
               QStringLiteral("httpRuntime.targetFramework"), QString());
    appendMachineKey(layers, tf.value, &out);
    out.append(tf);
    out.append(lookup(layers, QStringLiteral("system.web/httpRuntime"), QStringLiteral("fcnMode"),
                      QStringLiteral("httpRuntime.fcnMode"), QStringLiteral("Default")));
    out.append(lookup(layers, QStringLiteral("system.web/httpCookies"), QStringLiteral("requireSSL"),
                      QStringLiteral("httpCookies.requireSSL"), QStringLiteral("false")));
    out.append(lookup(layers, QStringLiteral("system.web/httpCookies"), QStringLiteral("sameSite"),
                      QStringLiteral("httpCookies.sameSite"), QString()));
    out.append(lookup(layers, QStringLiteral("system.web/pages"), QStringLiteral("enableSessionState"),
                      QStringLiteral("pages.enableSessionState"), QStringLiteral("true")));
    out.append(sessionModule(layers));
    appendProcessModel(layers, &out);
    return out;
}

QString appDomainAppId(const QString &siteId, const QString &applicationPath)
{
    QString path = applicationPath;
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    if (!path.isEmpty() && !path.startsWith(u'/')) {
        path.prepend(u'/');
    }
    return QStringLiteral("/LM/W3SVC/") + siteId + QStringLiteral("/ROOT") + path;
}

QString stateServerKeyPrefix(const QString &appId)
{
    return appId + u'(' + QString::fromLatin1(sha256(appId.toUtf8()).toBase64()) + QStringLiteral(")/");
}

} // namespace sd
