// SPDX-License-Identifier: GPL-3.0-or-later
#include "iis/farmtokens.h"

#include "aspnet/configdocument.h"
#include "aspnet/machinekey.h"

#include <QCoreApplication>

namespace sd {

namespace {

/// The tr() of this file's free functions; lupdate files them under the enclosing namespace, "sd".
QString tr(const char *text)
{
    return QCoreApplication::translate("sd", text);
}

} // namespace

int machineKeyAt(const ConfigDocument &doc, const QString &attr, int line)
{
    for (int e = 0; e < doc.elements().size(); ++e) {
        const XmlAttribute *a = doc.elements()[e].attribute(attr);
        if (doc.elements()[e].localName == u"machineKey" && a && doc.lineOf(a->start) == line) {
            return e;
        }
    }
    return -1;
}

std::optional<QString> writtenKeyValue(const SnapshotApplication &a, const QString &attr, QString *error)
{
    const SettingValue *v = findSetting(a.settings, QStringLiteral("machineKey.") + attr);
    if (v && v->value.startsWith(u"AutoGenerate")) {
        return v->value;
    }
    ConfigDocument doc;
    ConfigError e;
    const int el =
        !v || v->from.isDefault || !doc.load(v->from.file, &e) ? -1 : machineKeyAt(doc, attr, v->from.line);
    if (el < 0) {
        if (error) {
            *error = tr("%1 has no explicit %2 (AutoGenerate or not written)").arg(a.siteName + a.path, attr);
        }
        return std::nullopt;
    }
    return doc.elements()[el].attribute(attr)->value();
}

MachineKeyCandidate applicationKeyCandidate(const SnapshotApplication &a, const QString &label)
{
    MachineKeyCandidate c;
    c.label = label;
    c.validationKey = writtenKeyValue(a, QStringLiteral("validationKey"), nullptr)
                          .value_or(QStringLiteral("AutoGenerate,IsolateApps"));
    c.decryptionKey = writtenKeyValue(a, QStringLiteral("decryptionKey"), nullptr)
                          .value_or(QStringLiteral("AutoGenerate,IsolateApps"));
    c.validation =
        parseValidationAlgorithm(settingValue(a.settings, QStringLiteral("machineKey.validation")));
    const QString decryption = settingValue(a.settings, QStringLiteral("machineKey.decryption"));
    if (decryption.compare(QStringLiteral("Auto"), Qt::CaseInsensitive) != 0) {
        c.decryption = parseDecryptionAlgorithm(decryption);
    }
    c.compatibility =
        settingValue(a.settings, QStringLiteral("machineKey.compatibilityMode")) == u"Framework45"
            ? KeyCompatibility::Framework45
            : KeyCompatibility::Legacy;
    return c;
}

QList<MachineKeyCandidate> snapshotKeyCandidates(const ServerSnapshot &snapshot, const QString &server)
{
    QList<MachineKeyCandidate> out;
    for (const SnapshotApplication &a : snapshot.applications()) {
        out << applicationKeyCandidate(a, QStringLiteral("%1: %2%3").arg(server, a.siteName, a.path));
    }
    return out;
}

} // namespace sd
