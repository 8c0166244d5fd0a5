// SPDX-License-Identifier: GPL-3.0-or-later
#include "iis/iisconfig.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sd {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sd::IisConfig", text);
}

/// The children of `element` with local name `localName`, in document order.
QList<int> childrenNamed(const ConfigDocument &doc, int element, const QString &localName)
{
    QList<int> out;
    if (element < 0) {
        return out;
    }
    for (int c : doc.elements()[element].children) {
        if (doc.elements()[c].localName == localName) {
            out.append(c);
        }
    }
    return out;
}

/// The value of attribute `name` of `element`, or a null string.
QString attributeValue(const ConfigDocument &doc, int element, const QString &name)
{
    if (element < 0) {
        return {};
    }
    const XmlAttribute *a = doc.elements()[element].attribute(name);
    return a ? a->value() : QString();
}

/// Splits "processModel.idleTimeout" into the element path "processModel" and the attribute.
std::pair<QString, QString> splitAttributePath(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0) {
        return {QString(), name};
    }
    return {name.left(dot).replace(u'.', u'/'), name.mid(dot + 1)};
}

/// The value of "ELEMENT.ATTR" below element `base` with its provenance; nullopt when not written.
std::optional<SettingValue> writtenPoolValue(const ConfigDocument &doc, int base, const QString &name)
{
    const auto [path, attr] = splitAttributePath(name);
    const int e = path.isEmpty() ? base : descendantElement(doc, base, path);
    if (e < 0) {
        return std::nullopt;
    }
    const XmlAttribute *a = doc.elements()[e].attribute(attr);
    if (!a) {
        return std::nullopt;
    }
    return SettingValue{name, a->value(), {doc.fileName(), doc.lineOf(a->start), false}};
}

/// The `<add value>` times of a `<schedule>` collection (clear/remove applied) into `out`.
void applySchedule(const ConfigDocument &doc, int base, QStringList *out, Provenance *from)
{
    const int schedule = descendantElement(doc, base, QStringLiteral("recycling/periodicRestart/schedule"));
    if (schedule < 0) {
        return;
    }
    *from = {doc.fileName(), doc.elements()[schedule].line, false};
    for (int c : doc.elements()[schedule].children) {
        const XmlElement &e = doc.elements()[c];
        const QString value = attributeValue(doc, c, QStringLiteral("value"));
        if (e.localName == u"clear") {
            out->clear();
        } else if (e.localName == u"remove") {
            out->removeAll(value);
        } else if (e.localName == u"add" && !out->contains(value)) {
            out->append(value);
        }
    }
}

/// A pool from its `<add>` element, `applicationPoolDefaults` (-1 if none) and the schema defaults.
ApplicationPool makePool(const ConfigDocument &doc, int add, int defaults)
{
    ApplicationPool p;
    p.name = attributeValue(doc, add, QStringLiteral("name"));
    p.element = add;
    p.line = doc.elements()[add].line;
    for (const PoolAttributeSpec &spec : poolAttributeSpecs()) {
        std::optional<SettingValue> v = writtenPoolValue(doc, add, spec.name);
        if (!v && defaults >= 0) {
            v = writtenPoolValue(doc, defaults, spec.name);
        }
        p.settings.append(v ? *v : SettingValue{spec.name, spec.defaultValue, {}});
    }
    // The pool's own collection starts from the defaults' entries unless it has <clear/>.
    if (defaults >= 0) {
        applySchedule(doc, defaults, &p.schedule, &p.scheduleFrom);
    }
    applySchedule(doc, add, &p.schedule, &p.scheduleFrom);
    return p;
}

/// Every pool of `<applicationPools>` (add/remove/clear applied).
QList<ApplicationPool> readPools(const ConfigDocument &doc, int appHost)
{
    QList<ApplicationPool> pools;
    const int section = descendantElement(doc, appHost, QStringLiteral("applicationPools"));
    if (section < 0) {
        return pools;
    }
    const int defaults = doc.childElement(section, QStringLiteral("applicationPoolDefaults"));
    for (int c : doc.elements()[section].children) {
        const XmlElement &e = doc.elements()[c];
        const QString name = attributeValue(doc, c, QStringLiteral("name"));
        if (e.localName == u"clear") {
            pools.clear();
        } else if (e.localName == u"remove") {
            pools.removeIf(
                [&](const ApplicationPool &p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
        } else if (e.localName == u"add") {
            pools.append(makePool(doc, c, defaults));
        }
    }
    return pools;
}

/// One `<application>`: its path, pool (own, else the site's or the server's applicationDefaults, else
/// DefaultAppPool) and virtual directories.
SiteApplication readApplication(const ConfigDocument &doc, int app, const QList<int> &defaultsChain)
{
    SiteApplication a;
    a.path = attributeValue(doc, app, QStringLiteral("path"));
    a.line = doc.elements()[app].line;
    a.applicationPool = {QStringLiteral("applicationPool"), QStringLiteral("DefaultAppPool"), {}};
    QList<int> chain{app};
    chain += defaultsChain;
    for (int e : chain) {
        if (const XmlAttribute *attr =
                e >= 0 ? doc.elements()[e].attribute(QStringLiteral("applicationPool")) : nullptr) {
            a.applicationPool = {QStringLiteral("applicationPool"),
                                 attr->value(),
                                 {doc.fileName(), doc.lineOf(attr->start), false}};
            break;
        }
    }
    for (int v : childrenNamed(doc, app, QStringLiteral("virtualDirectory"))) {
        a.virtualDirectories.append({attributeValue(doc, v, QStringLiteral("path")),
                                     attributeValue(doc, v, QStringLiteral("physicalPath")),
                                     doc.elements()[v].line});
    }
    return a;
}

/// Every `<site>` of `<sites>`.
QList<Site> readSites(const ConfigDocument &doc, int appHost)
{
    QList<Site> sites;
    const int section = descendantElement(doc, appHost, QStringLiteral("sites"));
    if (section < 0) {
        return sites;
    }
    const int serverDefaults = doc.childElement(section, QStringLiteral("applicationDefaults"));
    for (int s : childrenNamed(doc, section, QStringLiteral("site"))) {
        Site site;
        site.name = attributeValue(doc, s, QStringLiteral("name"));
        site.id = attributeValue(doc, s, QStringLiteral("id"));
        site.element = s;
        site.line = doc.elements()[s].line;
        for (int b :
             childrenNamed(doc, doc.childElement(s, QStringLiteral("bindings")), QStringLiteral("binding"))) {
            site.bindings.append({attributeValue(doc, b, QStringLiteral("protocol")),
                                  attributeValue(doc, b, QStringLiteral("bindingInformation")),
                                  doc.elements()[b].line});
        }
        const QList<int> defaults{doc.childElement(s, QStringLiteral("applicationDefaults")), serverDefaults};
        for (int a : childrenNamed(doc, s, QStringLiteral("application"))) {
            site.applications.append(readApplication(doc, a, defaults));
        }
        sites.append(site);
    }
    return sites;
}

/// Every ARR `<webFarm>` of the `<webFarms>` child of `parent` (`<configuration>`, where ARR writes it, or
/// system.applicationHost).
QList<WebFarm> readWebFarms(const ConfigDocument &doc, int parent)
{
    QList<WebFarm> farms;
    const int section = parent < 0 ? -1 : doc.childElement(parent, QStringLiteral("webFarms"));
    for (int f : childrenNamed(doc, section, QStringLiteral("webFarm"))) {
        WebFarm farm;
        farm.name = attributeValue(doc, f, QStringLiteral("name"));
        farm.enabled =
            attributeValue(doc, f, QStringLiteral("enabled")).compare(u"false", Qt::CaseInsensitive) != 0;
        farm.line = doc.elements()[f].line;
        for (int s : childrenNamed(doc, f, QStringLiteral("server"))) {
            farm.servers.append(attributeValue(doc, s, QStringLiteral("address")));
        }
        farm.affinityUseCookie = {QStringLiteral("affinity.useCookie"), QStringLiteral("false"), {}};
        const int affinity = descendantElement(doc, f, QStringLiteral("applicationRequestRouting/affinity"));
        if (const XmlAttribute *a =
                affinity >= 0 ? doc.elements()[affinity].attribute(QStringLiteral("useCookie")) : nullptr) {
            farm.affinityUseCookie = {
                farm.affinityUseCookie.name, a->value(), {doc.fileName(), doc.lineOf(a->start), false}};
        }
        farms.append(farm);
    }
    return farms;
}

} // namespace

std::optional<qint64> parseTimeSpan(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.\d{1,7})?)?\s*$)"));
    static const QRegularExpression days(QStringLiteral(R"(^\s*(-)?(\d{1,8})\s*$)"));
    if (const auto m = days.match(text); m.hasMatch()) {
        const qint64 s = m.captured(2).toLongLong() * 86400;
        return m.capturedLength(1) ? -s : s;
    }
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    const int h = m.captured(3).toInt(), min = m.captured(4).toInt(), sec = m.captured(5).toInt();
    if (h > 23 || min > 59 || sec > 59) {
        return std::nullopt;
    }
    const qint64 s = m.captured(2).toLongLong() * 86400 + qint64(h) * 3600 + qint64(min) * 60 + sec;
    return m.capturedLength(1) ? -s : s;
}

QString formatTimeSpan(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg((s / 3600) % 24, 2, 10, QChar(u'0'))
                            .arg((s / 60) % 60, 2, 10, QChar(u'0'))
                            .arg(s % 60, 2, 10, QChar(u'0'));
    return s >= 86400 ? sign + QString::number(s / 86400) + u'.' + hms : sign + hms;
}

const SettingValue *findSetting(const Settings &settings, const QString &name)
{
    for (const SettingValue &s : settings) {
        if (s.name == name) {
            return &s;
        }
    }
    return nullptr;
}

QString settingValue(const Settings &settings, const QString &name, const QString &fallback)
{
    const SettingValue *s = findSetting(settings, name);
    return s ? s->value : fallback;
}

const QList<PoolAttributeSpec> &poolAttributeSpecs()
{
    static const QList<PoolAttributeSpec> specs{
        {QStringLiteral("managedRuntimeVersion"), QStringLiteral("v4.0")},
        {QStringLiteral("managedPipelineMode"), QStringLiteral("Integrated")},
        {QStringLiteral("autoStart"), QStringLiteral("true")},
        {QStringLiteral("enable32BitAppOnWin64"), QStringLiteral("false")},
        {QStringLiteral("processModel.identityType"), QStringLiteral("ApplicationPoolIdentity")},
        {QStringLiteral("processModel.idleTimeout"), QStringLiteral("00:20:00")},
        {QStringLiteral("processModel.idleTimeoutAction"), QStringLiteral("Terminate")},
        {QStringLiteral("processModel.maxProcesses"), QStringLiteral("1")},
        {QStringLiteral("recycling.periodicRestart.time"), QStringLiteral("1.05:00:00")},
        {QStringLiteral("recycling.periodicRestart.requests"), QStringLiteral("0")},
        {QStringLiteral("recycling.periodicRestart.memory"), QStringLiteral("0")},
        {QStringLiteral("recycling.periodicRestart.privateMemory"), QStringLiteral("0")},
    };
    return specs;
}

QString SiteBinding::hostName() const
{
    if (!protocol.startsWith(u"http", Qt::CaseInsensitive)) {
        return {};
    }
    // "IP:PORT:HOST"; an IPv6 address is bracketed, so the host is what follows the last ':'.
    const qsizetype colon = bindingInformation.lastIndexOf(u':');
    return colon < 0 ? QString() : bindingInformation.mid(colon + 1);
}

QString SiteApplication::physicalPath() const
{
    for (const VirtualDirectory &v : virtualDirectories) {
        if (v.path == u"/") {
            return v.physicalPath;
        }
    }
    return {};
}

int descendantElement(const ConfigDocument &doc, int element, const QString &path)
{
    int e = element;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (e < 0) {
            return -1;
        }
        e = doc.childElement(e, part);
    }
    return e;
}

bool IisConfig::load(const QString &path, ConfigError *error)
{
    if (!m_doc.load(path, error)) {
        return false;
    }
    buildModel();
    return true;
}

bool IisConfig::loadFromBytes(const QByteArray &bytes, const QString &fileName, ConfigError *error)
{
    if (!m_doc.loadFromBytes(bytes, fileName, error)) {
        return false;
    }
    buildModel();
    return true;
}

bool IisConfig::isApplicationHost() const
{
    return m_doc.isConfiguration() &&
           m_doc.childElement(m_doc.rootElement(), QStringLiteral("system.applicationHost")) >= 0;
}

void IisConfig::buildModel()
{
    const int root = m_doc.rootElement();
    const int appHost = root < 0 ? -1 : m_doc.childElement(root, QStringLiteral("system.applicationHost"));
    m_pools = readPools(m_doc, appHost);
    m_sites = readSites(m_doc, appHost);
    m_farms = readWebFarms(m_doc, root);
    m_farms += readWebFarms(m_doc, appHost);
    m_locations.clear();
    for (int l : childrenNamed(m_doc, root, QStringLiteral("location"))) {
        LocationBlock b{attributeValue(m_doc, l, QStringLiteral("path")), l, m_doc.elements()[l].line, {}};
        for (int c : m_doc.elements()[l].children) {
            b.sections.append(m_doc.elements()[c].localName);
        }
        m_locations.append(b);
    }
}

const ApplicationPool *IisConfig::applicationPool(const QString &name) const
{
    for (const ApplicationPool &p : m_pools) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &p;
        }
    }
    return nullptr;
}

bool IisConfig::setPoolAttribute(const QString &pool, const QString &attribute, const QString &value,
                                 QString *error)
{
    const ApplicationPool *p = applicationPool(pool);
    if (!p) {
        if (error) {
            *error = tr("no application pool \"%1\" in %2").arg(pool, fileName());
        }
        return false;
    }
    return setAttributeBelow(p->element, attribute, value, error);
}

const Site *IisConfig::site(const QString &name) const
{
    for (const Site &s : m_sites) {
        if (s.name.compare(name, Qt::CaseInsensitive) == 0) {
            return &s;
        }
    }
    return nullptr;
}

bool IisConfig::setSiteAttribute(const QString &siteName, const QString &attribute, const QString &value,
                                 QString *error)
{
    const Site *s = site(siteName);
    if (!s) {
        if (error) {
            *error = tr("no site \"%1\" in %2").arg(siteName, fileName());
        }
        return false;
    }
    return setAttributeBelow(s->element, attribute, value, error);
}

bool IisConfig::addPoolScheduleTime(const QString &pool, const QString &time, QString *error)
{
    const ApplicationPool *p = applicationPool(pool);
    const std::optional<qint64> seconds = parseTimeSpan(time);
    if (!p || !seconds || *seconds < 0 || *seconds >= qint64(24) * 3600) {
        if (error) {
            *error = p ? tr("\"%1\" is no time of day such as 03:00:00").arg(time)
                       : tr("no application pool \"%1\" in %2").arg(pool, fileName());
        }
        return false;
    }
    const QString before = m_doc.text();
    int e = p->element;
    for (const QString &part :
         {QStringLiteral("recycling"), QStringLiteral("periodicRestart"), QStringLiteral("schedule")}) {
        int child = m_doc.childElement(e, part);
        if (child < 0) {
            child = m_doc.insertChildElement(e, u'<' + part + QStringLiteral(" />"), error);
        }
        e = child;
        if (e < 0) {
            break;
        }
    }
    bool listed = false;
    for (int c : e >= 0 ? m_doc.elements()[e].children : QList<int>()) {
        const XmlAttribute *v = m_doc.elements()[c].attribute(QStringLiteral("value"));
        listed =
            listed || (m_doc.elements()[c].localName == u"add" && v && parseTimeSpan(v->value()) == seconds);
    }
    if (e < 0 || (!listed &&
                  m_doc.insertChildElement(
                      e, QStringLiteral("<add value=\"%1\" />").arg(formatTimeSpan(*seconds)), error) < 0)) {
        m_doc.setText(before);
        buildModel();
        return false;
    }
    buildModel();
    return true;
}

bool IisConfig::save(ConfigError *error)
{
    if (!m_doc.save(m_doc.fileName(), error)) {
        return false;
    }
    m_doc.markSaved();
    return true;
}

bool IisConfig::setAttributeBelow(int element, const QString &attribute, const QString &value, QString *error)
{
    const auto [path, attr] = splitAttributePath(attribute);
    static const QRegularExpression name(QStringLiteral(R"(^[A-Za-z][A-Za-z0-9]*$)"));
    if (!name.match(attr).hasMatch()) {
        if (error) {
            *error = tr("\"%1\" is not an attribute path such as processModel.idleTimeout").arg(attribute);
        }
        return false;
    }
    const QString before = m_doc.text();
    int e = element;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        int child = e < 0 || !name.match(part).hasMatch() ? -1 : m_doc.childElement(e, part);
        if (child < 0 && e >= 0 && name.match(part).hasMatch()) {
            child = m_doc.insertChildElement(e, u'<' + part + QStringLiteral(" />"), error);
        }
        e = child;
    }
    if (e < 0 || !m_doc.setElementAttribute(e, attr, value, error)) {
        if (e < 0 && error && error->isEmpty()) {
            *error = tr("\"%1\" is not an attribute path such as processModel.idleTimeout").arg(attribute);
        }
        m_doc.setText(before);
        buildModel();
        return false;
    }
    buildModel();
    return true;
}

} // namespace sd
