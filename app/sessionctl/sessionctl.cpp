// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"
#include "aspnet/configvalidator.h"
#include "aspnet/disclosedkeys.h"
#include "aspnet/machinekey.h"
#include "aspnet/sessiondata.h"
#include "aspnet/sessionid.h"
#include "client/stateclient.h"
#include "stateproto/httpstatus.h"
#include "stateproto/stateprotocol.h"
#include "aspnet/textdiff.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace sd {

namespace {

using namespace ctl;

bool openDocument(const QString &path, ConfigDocument &doc)
{
    ConfigError e;
    if (doc.load(path, &e))
        return true;
    err() << kProgram << ": " << e.toString() << '\n';
    err().flush();
    return false;
}

int resolveScope(const ConfigDocument &doc, const QCommandLineParser &p, const QCommandLineOption &location)
{
    const QString path = p.value(location);
    const int scope = doc.scopeIndex(path);
    if (scope < 0) {
        QStringList known;
        for (const auto &s : doc.scopes())
            if (!s.isApplicationLevel())
                known << s.path;
        err() << kProgram << ": " << doc.fileName() << ": no <location path=\"" << path << "\">"
              << (known.isEmpty() ? QStringLiteral("; the file has none")
                                  : QStringLiteral("; it has: ") + known.join(QStringLiteral(", ")))
              << '\n';
        err().flush();
    }
    return scope;
}

QString originName(ValueOrigin o)
{
    switch (o) {
    case ValueOrigin::File:
        return QStringLiteral("file");
    case ValueOrigin::Inherited:
        return QStringLiteral("inherited");
    case ValueOrigin::Default:
        return QStringLiteral("default");
    }
    return {};
}

/// Explicit hex keys are secrets: shown only with --show-keys.
QString displayValue(const EffectiveValue &v, bool showKeys)
{
    if (showKeys || (v.name != u"validationKey" && v.name != u"decryptionKey"))
        return v.value;
    const KeyValue kv = parseKeyValue(v.value);
    if (kv.hex.isEmpty())
        return v.value;
    QString masked = QStringLiteral("(hidden: %1 hex digits)").arg(kv.hex.size());
    if (!kv.modifiers.isEmpty())
        masked += u',' + kv.modifiers.join(u',');
    return masked;
}

// ------------------------------------------------------------------------------------ genkey
int cmdGenkey(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption validation(QStringLiteral("validation"),
                                        QStringLiteral("Validation algorithm: %1 (default HMACSHA256).")
                                            .arg(validationAlgorithmNames().join(QStringLiteral(", "))),
                                        QStringLiteral("ALG"), QStringLiteral("HMACSHA256"));
    const QCommandLineOption decryption(QStringLiteral("decryption"),
                                        QStringLiteral("Decryption algorithm: %1 (default AES = AES-256).")
                                            .arg(decryptionAlgorithmNames().join(QStringLiteral(", "))),
                                        QStringLiteral("ALG"), QStringLiteral("AES"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({validation, decryption, json});
    if (int rc = parse(p, args, QStringLiteral("genkey"),
                       QStringLiteral("Generate a <machineKey> with OpenSSL's CSPRNG, in the shape of Microsoft's "
                                      "Generate-MachineKey script.\nPut the same keys on every server of a farm."));
        rc >= 0)
        return rc;
    if (!p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("genkey takes no arguments"), QStringLiteral("genkey"));
    const auto v = parseValidationAlgorithm(p.value(validation));
    if (!v)
        return usageError(QStringLiteral("unknown validation algorithm '%1'").arg(p.value(validation)),
                          QStringLiteral("genkey"));
    const auto d = parseDecryptionAlgorithm(p.value(decryption));
    if (!d)
        return usageError(QStringLiteral("unknown decryption algorithm '%1'").arg(p.value(decryption)),
                          QStringLiteral("genkey"));
    QString error;
    const auto key = generateMachineKey(*v, *d, &error);
    if (!key) {
        err() << kProgram << ": " << error << '\n';
        return ExitUsage;
    }
    if (p.isSet(json)) {
        printJson({{QStringLiteral("validation"), key->validation},
                   {QStringLiteral("decryption"), key->decryption},
                   {QStringLiteral("validationKey"), key->validationKey},
                   {QStringLiteral("decryptionKey"), key->decryptionKey},
                   {QStringLiteral("validationKeyBytes"), validationKeyBytes(*v)},
                   {QStringLiteral("decryptionKeyBytes"), decryptionKeyBytes(*d)},
                   {QStringLiteral("xml"), key->toXml()}});
    } else {
        if (*v == ValidationAlgorithm::MD5 || *v == ValidationAlgorithm::SHA1)
            err() << kProgram << ": warning: " << key->validation << " is a weak MAC; prefer HMACSHA256\n";
        if (*d == DecryptionAlgorithm::DES || *d == DecryptionAlgorithm::TripleDES)
            err() << kProgram << ": warning: " << key->decryption << " is a weak cipher; prefer AES\n";
        err().flush();
        out() << key->toXml() << '\n';
    }
    out().flush();
    return ExitOk;
}

// ------------------------------------------------------------------------------------ config show
QJsonObject sectionJson(const ConfigDocument &doc, int scope, SectionKind kind, bool showKeys)
{
    const SectionRef ref = doc.section(scope, kind);
    QJsonArray attrs;
    for (const auto &v : effectiveSection(doc, scope, kind)) {
        QJsonObject a{{QStringLiteral("name"), v.name},
                      {QStringLiteral("value"), displayValue(v, showKeys)},
                      {QStringLiteral("origin"), originName(v.origin)}};
        if (v.line > 0)
            a.insert(QStringLiteral("line"), v.line);
        attrs.append(a);
    }
    QJsonObject o{{QStringLiteral("present"), ref.element >= 0},
                  {QStringLiteral("encrypted"), ref.encrypted},
                  {QStringLiteral("attributes"), attrs}};
    if (ref.element >= 0)
        o.insert(QStringLiteral("line"), doc.elements()[ref.element].line);
    if (!ref.configSource.isEmpty())
        o.insert(QStringLiteral("configSource"), ref.configSource);
    return o;
}

int cmdConfigShow(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption location(QStringLiteral("location"),
                                      QStringLiteral("Show the <location path=\"PATH\"> level (default: the "
                                                     "application level)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption showKeys(QStringLiteral("show-keys"),
                                      QStringLiteral("Print explicit machine keys (hidden by default)."));
    p.addOptions({location, json, showKeys});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A web.config or other .config file."));
    if (int rc = parse(p, args, QStringLiteral("config show"),
                       QStringLiteral("Show the effective <sessionState> and <machineKey> of a level, defaults "
                                      "filled in, each value marked file, inherited or default."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return usageError(QStringLiteral("config show takes one FILE"), QStringLiteral("config show"));
    ConfigDocument doc;
    if (!openDocument(p.positionalArguments().first(), doc))
        return ExitUsage;
    const int scope = resolveScope(doc, p, location);
    if (scope < 0)
        return ExitUsage;
    QStringList locations;
    for (const auto &s : doc.scopes())
        if (!s.isApplicationLevel())
            locations << s.path;
    if (p.isSet(json)) {
        printJson({{QStringLiteral("file"), doc.fileName()},
                   {QStringLiteral("encoding"), doc.encodingName()},
                   {QStringLiteral("bom"), doc.hasBom()},
                   {QStringLiteral("lineEnding"), doc.lineEnding() == u"\r\n" ? QStringLiteral("CRLF") : QStringLiteral("LF")},
                   {QStringLiteral("location"), doc.scopes()[scope].path},
                   {QStringLiteral("locations"), QJsonArray::fromStringList(locations)},
                   {QStringLiteral("sessionState"), sectionJson(doc, scope, SectionKind::SessionState, p.isSet(showKeys))},
                   {QStringLiteral("machineKey"), sectionJson(doc, scope, SectionKind::MachineKey, p.isSet(showKeys))}});
        return ExitOk;
    }
    out() << doc.fileName() << " (" << doc.encodingName() << (doc.hasBom() ? " with BOM" : "") << ", "
          << (doc.lineEnding() == u"\r\n" ? "CRLF" : "LF") << ")\n";
    out() << "Level: "
          << (scope == 0 ? QStringLiteral("application") : QStringLiteral("<location path=\"%1\">").arg(doc.scopes()[scope].path))
          << '\n';
    if (!locations.isEmpty())
        out() << "Other levels: " << locations.join(QStringLiteral(", ")) << '\n';
    for (SectionKind kind : {SectionKind::SessionState, SectionKind::MachineKey}) {
        const SectionRef ref = doc.section(scope, kind);
        out() << "\n<" << sectionElementName(kind) << ">";
        if (ref.element >= 0)
            out() << "  line " << doc.elements()[ref.element].line;
        else
            out() << "  not in this level";
        if (ref.encrypted)
            out() << "  ENCRYPTED (read-only)";
        if (!ref.configSource.isEmpty())
            out() << "  in " << ref.configSource;
        out() << '\n';
        for (const auto &v : effectiveSection(doc, scope, kind)) {
            QString origin = originName(v.origin);
            if (v.line > 0)
                origin += QStringLiteral(" (line %1)").arg(v.line);
            out() << "  " << v.name.leftJustified(28) << ' ' << displayValue(v, p.isSet(showKeys)).leftJustified(40)
                  << ' ' << origin << '\n';
        }
    }
    out().flush();
    return ExitOk;
}

// ------------------------------------------------------------------------------------ config set / unset
bool splitTarget(const QString &target, SectionKind *kind, QString *attr)
{
    const qsizetype dot = target.indexOf(u'.');
    const QString element = dot < 0 ? target : target.left(dot);
    if (element.compare(u"sessionState", Qt::CaseInsensitive) == 0)
        *kind = SectionKind::SessionState;
    else if (element.compare(u"machineKey", Qt::CaseInsensitive) == 0)
        *kind = SectionKind::MachineKey;
    else
        return false;
    *attr = dot < 0 ? QString() : target.mid(dot + 1);
    return true;
}

/// What identifies a finding when comparing before and after an edit.
QString findingKey(const Finding &f)
{
    return f.code + u'|' + f.element + u'|' + f.attribute + u'|' + QString::number(f.scope) + u'|' + f.message;
}

QStringList errorKeys(const QList<Finding> &findings)
{
    QStringList keys;
    for (const auto &f : findings)
        if (f.severity == Severity::Error)
            keys << findingKey(f);
    return keys;
}

/// Writes (or with --dry-run, shows) the edited document. Refuses edits that add error findings
/// unless `force`.
int finishEdit(ConfigDocument &doc, const QString &originalText, const QList<Finding> &before, bool dryRun,
               bool force, const QString &summary)
{
    const QList<Finding> after = validateDocument(doc);
    const QStringList oldErrors = errorKeys(before);
    QList<Finding> introduced;
    for (const auto &f : after)
        if (f.severity == Severity::Error &&
            !oldErrors.contains(findingKey(f)))
            introduced << f;
    for (const auto &f : introduced)
        err() << doc.fileName() << ':' << f.line << ": error " << f.code << ": " << f.message << "\n    fix: " << f.fix
              << '\n';
    if (!introduced.isEmpty() && !force) {
        err() << kProgram << ": refused: the edit would add " << introduced.size()
              << " error(s); nothing was written (--force writes anyway)\n";
        err().flush();
        return ExitFindings;
    }
    if (dryRun) {
        out() << unifiedDiff(originalText, doc.text(), doc.fileName(), doc.fileName() + QStringLiteral(" (edited)"));
        out().flush();
        return introduced.isEmpty() ? ExitOk : ExitFindings;
    }
    if (doc.text() == originalText) {
        out() << doc.fileName() << ": nothing to change\n";
        out().flush();
        return ExitOk;
    }
    ConfigError e;
    if (!doc.save(doc.fileName(), &e)) {
        err() << kProgram << ": " << e.toString() << '\n';
        err().flush();
        return ExitUsage;
    }
    out() << doc.fileName() << ": " << summary << " (previous file kept as " << QFileInfo(doc.fileName()).fileName()
          << ".bak)\n";
    out().flush();
    return introduced.isEmpty() ? ExitOk : ExitFindings;
}

int cmdConfigEdit(const QStringList &args, bool set)
{
    const QString verb = set ? QStringLiteral("config set") : QStringLiteral("config unset");
    QCommandLineParser p;
    const QCommandLineOption location(QStringLiteral("location"),
                                      QStringLiteral("Edit the <location path=\"PATH\"> level (default: the "
                                                     "application level)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Print the diff; write nothing."));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Write even if the edit adds errors."));
    const QCommandLineOption generate(QStringLiteral("generate-machine-key"),
                                      QStringLiteral("Generate new keys into <machineKey> (with --validation, "
                                                     "--decryption)."));
    const QCommandLineOption validation(QStringLiteral("validation"),
                                        QStringLiteral("With --generate-machine-key: validation algorithm "
                                                       "(default HMACSHA256)."),
                                        QStringLiteral("ALG"), QStringLiteral("HMACSHA256"));
    const QCommandLineOption decryption(QStringLiteral("decryption"),
                                        QStringLiteral("With --generate-machine-key: decryption algorithm "
                                                       "(default AES)."),
                                        QStringLiteral("ALG"), QStringLiteral("AES"));
    p.addOptions({location, dryRun, force});
    if (set) {
        p.addOptions({generate, validation, decryption});
        p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .config file to edit."));
        p.addPositionalArgument(QStringLiteral("ASSIGNMENT"),
                                QStringLiteral("sessionState.ATTR=VALUE or machineKey.ATTR=VALUE."),
                                QStringLiteral("[ELEMENT.ATTR=VALUE...]"));
    } else {
        p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .config file to edit."));
        p.addPositionalArgument(QStringLiteral("TARGET"),
                                QStringLiteral("ELEMENT.ATTR to remove an attribute, or ELEMENT (sessionState, "
                                               "machineKey) to remove the element."),
                                QStringLiteral("TARGET..."));
    }
    if (int rc = parse(p, args, verb,
                       set ? QStringLiteral("Set attributes of <sessionState>/<machineKey>, creating the element "
                                            "(and <system.web>) when missing. Only the edited bytes change; the "
                                            "previous file is kept as FILE.bak.")
                           : QStringLiteral("Remove attributes or whole <sessionState>/<machineKey> elements. Only "
                                            "the removed bytes change; the previous file is kept as FILE.bak."));
        rc >= 0)
        return rc;
    QStringList pos = p.positionalArguments();
    if (pos.isEmpty())
        return usageError(QStringLiteral("missing FILE"), verb);
    const QString file = pos.takeFirst();
    if (pos.isEmpty() && !(set && p.isSet(generate)))
        return usageError(set ? QStringLiteral("nothing to set") : QStringLiteral("nothing to unset"), verb);
    ConfigDocument doc;
    if (!openDocument(file, doc))
        return ExitUsage;
    const int scope = resolveScope(doc, p, location);
    if (scope < 0)
        return ExitUsage;
    const QString original = doc.text();
    const QList<Finding> before = validateDocument(doc);
    QStringList done;
    QString error;
    auto editFailed = [&](const QString &what) {
        err() << kProgram << ": " << doc.fileName() << ": " << what << ": " << error << "; nothing was written\n";
        err().flush();
        return ExitUsage;
    };

    if (set && p.isSet(generate)) {
        const auto v = parseValidationAlgorithm(p.value(validation));
        const auto d = parseDecryptionAlgorithm(p.value(decryption));
        if (!v || !d)
            return usageError(QStringLiteral("unknown algorithm '%1'").arg(!v ? p.value(validation) : p.value(decryption)), verb);
        const auto key = generateMachineKey(*v, *d, &error);
        if (!key)
            return editFailed(QStringLiteral("generate"));
        const QList<std::pair<QString, QString>> attrs{{QStringLiteral("decryption"), key->decryption},
                                                       {QStringLiteral("decryptionKey"), key->decryptionKey},
                                                       {QStringLiteral("validation"), key->validation},
                                                       {QStringLiteral("validationKey"), key->validationKey}};
        for (const auto &[name, value] : attrs)
            if (!doc.setAttribute(scope, SectionKind::MachineKey, name, value, &error))
                return editFailed(QStringLiteral("machineKey.") + name);
        done << QStringLiteral("generated new machineKey (%1/%2)").arg(key->validation, key->decryption);
    }
    for (const QString &arg : pos) {
        SectionKind kind{};
        QString attr;
        if (set) {
            const qsizetype eq = arg.indexOf(u'=');
            if (eq < 0 || !splitTarget(arg.left(eq), &kind, &attr) || attr.isEmpty())
                return usageError(QStringLiteral("'%1' is not ELEMENT.ATTR=VALUE (ELEMENT is sessionState or machineKey)").arg(arg), verb);
            if (!attributeSpec(kind, attr)) {
                QString hint;
                for (const auto &s : attributeSpecs(kind))
                    if (s.name.compare(attr, Qt::CaseInsensitive) == 0)
                        hint = QStringLiteral(" (did you mean %1?)").arg(s.name);
                return usageError(QStringLiteral("<%1> has no attribute '%2'%3").arg(sectionElementName(kind), attr, hint), verb);
            }
            if (!doc.setAttribute(scope, kind, attr, arg.mid(eq + 1), &error))
                return editFailed(arg.left(eq));
            done << QStringLiteral("set %1.%2").arg(sectionElementName(kind), attr);
        } else {
            if (!splitTarget(arg, &kind, &attr))
                return usageError(QStringLiteral("'%1' is not ELEMENT or ELEMENT.ATTR (ELEMENT is sessionState or machineKey)").arg(arg), verb);
            const bool ok = attr.isEmpty() ? doc.removeSection(scope, kind, &error)
                                           : doc.unsetAttribute(scope, kind, attr, &error);
            if (!ok)
                return editFailed(arg);
            done << (attr.isEmpty() ? QStringLiteral("removed <%1>").arg(sectionElementName(kind))
                                    : QStringLiteral("removed %1.%2").arg(sectionElementName(kind), attr));
        }
    }
    return finishEdit(doc, original, before, p.isSet(dryRun), p.isSet(force), done.join(QStringLiteral(", ")));
}

// ------------------------------------------------------------------------------------ check
int cmdCheck(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption disclosed(QStringLiteral("disclosed-keys"),
                                       QStringLiteral("Microsoft's list of publicly disclosed machine keys "
                                                      "(MachineKeys.csv from microsoft/mstic), or a plain list "
                                                      "of keys."),
                                       QStringLiteral("CSV"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    p.addOptions({disclosed, json});
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral(".config files to check."), QStringLiteral("FILE..."));
    if (int rc = parse(p, args, QStringLiteral("check"),
                       QStringLiteral("Check <sessionState> and <machineKey> for errors ASP.NET would refuse, "
                                      "session-loss risks and security problems.\nExit status: 0 no errors, 1 "
                                      "errors found, 2 usage or I/O error."));
        rc >= 0)
        return rc;
    if (p.positionalArguments().isEmpty())
        return usageError(QStringLiteral("missing FILE"), QStringLiteral("check"));
    DisclosedKeyList list;
    ValidationOptions options;
    if (p.isSet(disclosed)) {
        QString error;
        if (!list.load(p.value(disclosed), &error)) {
            err() << kProgram << ": " << error << '\n';
            err().flush();
            return ExitUsage;
        }
        options.disclosedKeys = &list;
    }
    int rc = ExitOk;
    int errors = 0;
    int warnings = 0;
    QJsonArray files;
    for (const QString &file : p.positionalArguments()) {
        ConfigDocument doc;
        ConfigError e;
        QList<Finding> findings;
        QJsonObject fileJson{{QStringLiteral("file"), file}};
        if (!doc.load(file, &e)) {
            if (e.line == 0) { // I/O or encoding: cannot judge the file at all
                err() << kProgram << ": " << e.toString() << '\n';
                fileJson.insert(QStringLiteral("error"), e.toString());
                files.append(fileJson);
                rc = ExitUsage;
                continue;
            }
            findings << Finding{QStringLiteral("CF000"), Severity::Error, QStringLiteral("configuration"), QString(), 0,
                                QString(), e.line, e.message, QStringLiteral("fix the XML; ASP.NET refuses the whole file")};
        } else {
            findings = validateDocument(doc, options);
        }
        QJsonArray fj;
        for (const auto &f : findings) {
            errors += f.severity == Severity::Error;
            warnings += f.severity == Severity::Warning;
            if (p.isSet(json)) {
                fj.append(QJsonObject{{QStringLiteral("code"), f.code},
                                      {QStringLiteral("severity"), severityName(f.severity)},
                                      {QStringLiteral("element"), f.element},
                                      {QStringLiteral("attribute"), f.attribute},
                                      {QStringLiteral("location"), f.scopePath},
                                      {QStringLiteral("line"), f.line},
                                      {QStringLiteral("message"), f.message},
                                      {QStringLiteral("fix"), f.fix}});
            } else {
                out() << file << ':' << f.line << ": " << severityName(f.severity) << ' ' << f.code << " ["
                      << f.element << (f.attribute.isEmpty() ? QString() : u'@' + f.attribute)
                      << (f.scopePath.isEmpty() ? QString() : QStringLiteral(" in location ") + f.scopePath) << "] "
                      << f.message << "\n    fix: " << f.fix << '\n';
            }
        }
        fileJson.insert(QStringLiteral("findings"), fj);
        files.append(fileJson);
        if (hasErrors(findings) && rc == ExitOk)
            rc = ExitFindings;
    }
    if (p.isSet(json)) {
        QJsonObject o{{QStringLiteral("files"), files}, {QStringLiteral("errors"), errors}, {QStringLiteral("warnings"), warnings}};
        if (options.disclosedKeys)
            o.insert(QStringLiteral("disclosedKeys"), QJsonObject{{QStringLiteral("file"), list.path()}, {QStringLiteral("keys"), list.size()}});
        printJson(o);
    } else {
        out() << errors << " error(s), " << warnings << " warning(s) in " << p.positionalArguments().size() << " file(s)";
        if (options.disclosedKeys)
            out() << "; keys checked against " << list.size() << " publicly disclosed keys";
        out() << '\n';
    }
    out().flush();
    err().flush();
    return rc;
}

// ------------------------------------------------------------------------------ state server

/// Options shared by ping/get/put/remove: the connection string, the session key and stateNetworkTimeout.
struct StateTarget
{
    QCommandLineOption app{QStringLiteral("app"), QStringLiteral("AppDomainAppId of the application (default /LM/W3SVC/1/ROOT)."),
                           QStringLiteral("ID"), QStringLiteral("/LM/W3SVC/1/ROOT")};
    QCommandLineOption rawKey{QStringLiteral("raw-key"), QStringLiteral("Send this request target as it is instead of APP + SESSIONID.")};
    QCommandLineOption timeout{QStringLiteral("network-timeout"), QStringLiteral("stateNetworkTimeout in seconds (default 10)."),
                               QStringLiteral("SECONDS"), QStringLiteral("10")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    void add(QCommandLineParser &p, bool withKey)
    {
        if (withKey) {
            p.addOption(app);
            p.addOption(rawKey);
        }
        p.addOption(timeout);
        p.addOption(json);
    }
};

/// The endpoint in the first positional argument; with `needsSessionId`, exactly one SESSIONID must follow.
/// Prints the usage error and returns nullopt when the arguments are wrong.
std::optional<StateEndpoint> endpointArg(const QCommandLineParser &p, const QString &verb, bool needsSessionId)
{
    if (p.positionalArguments().isEmpty()) {
        usageError(QStringLiteral("%1 needs tcpip=HOST:PORT").arg(verb), verb);
        return std::nullopt;
    }
    QString error;
    auto e = parseStateConnectionString(p.positionalArguments().first(), &error);
    if (!e) {
        usageError(error, verb);
        return std::nullopt;
    }
    if (needsSessionId && p.positionalArguments().size() != 2) {
        usageError(QStringLiteral("%1 needs tcpip=HOST:PORT and SESSIONID").arg(verb), verb);
        return std::nullopt;
    }
    return e;
}

std::string keyArg(const QCommandLineParser &p, const StateTarget &t, const QString &id)
{
    return p.isSet(t.rawKey) ? id.toStdString() : stateRequestTarget(p.value(t.app), id);
}

QJsonObject replyJson(const StateReply &r)
{
    QJsonObject o{{QStringLiteral("status"), r.status}, {QStringLiteral("roundTripMs"), r.roundTripMs}};
    if (!r.serverVersion.isEmpty())
        o.insert(QStringLiteral("serverVersion"), r.serverVersion);
    if (r.timeout)
        o.insert(QStringLiteral("timeout"), *r.timeout);
    if (r.lockCookie)
        o.insert(QStringLiteral("lockCookie"), *r.lockCookie);
    if (r.lockAge)
        o.insert(QStringLiteral("lockAge"), double(*r.lockAge));
    if (r.lockDate)
        o.insert(QStringLiteral("lockDate"), QString::number(*r.lockDate));
    if (r.actionFlags)
        o.insert(QStringLiteral("actionFlags"), *r.actionFlags);
    if (!r.error.isEmpty())
        o.insert(QStringLiteral("error"), r.error);
    return o;
}

/// Prints a reply's status line and headers; returns the exit code (0 for 200, 1 for 400/404/423, 2 on failure).
int reportReply(const StateReply &r, bool json, const QJsonObject &extra = {})
{
    if (r.status == 0) {
        if (json) {
            printJson(replyJson(r));
        } else {
            err() << kProgram << ": " << r.error << '\n';
            err().flush();
        }
        return ExitUsage;
    }
    if (json) {
        QJsonObject o = replyJson(r);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            o.insert(it.key(), it.value());
        printJson(o);
    } else {
        out() << r.status << ' ' << QString::fromLatin1(QByteArrayView(httpReasonPhrase(r.status)));
        if (r.timeout)
            out() << "  Timeout: " << *r.timeout;
        if (r.lockCookie)
            out() << "  LockCookie: " << *r.lockCookie;
        if (r.lockAge)
            out() << "  LockAge: " << *r.lockAge << " s";
        if (r.lockDate)
            out() << "  LockDate: " << *r.lockDate;
        if (r.actionFlags)
            out() << "  ActionFlags: " << *r.actionFlags;
        out() << QStringLiteral("  (%1 ms)").arg(r.roundTripMs, 0, 'f', 2) << '\n';
        out().flush();
    }
    return r.status == 200 ? ExitOk : ExitFindings;
}

int cmdPing(const QStringList &args)
{
    QCommandLineParser p;
    StateTarget t;
    t.add(p, false);
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Round trips to time (default 5)."), QStringLiteral("N"), QStringLiteral("5"));
    p.addOption(count);
    p.addPositionalArgument(QStringLiteral("tcpip=HOST:PORT"), QStringLiteral("The stateConnectionString."));
    if (int rc = parse(p, args, QStringLiteral("ping"),
                       QStringLiteral("Connect to a state server, send ResetItemTimeout (HEAD) for a random session id and print the "
                                      "server's X-AspNet-Version and the round-trip time. Exit 0 when it answers like a state server."));
        rc >= 0)
        return rc;
    const auto endpoint = endpointArg(p, QStringLiteral("ping"), false);
    if (!endpoint)
        return ExitUsage;
    StateClient client(*endpoint, p.value(t.timeout).toInt());
    const std::string key = stateRequestTarget(QStringLiteral("/LM/W3SVC/1/ROOT"), createSessionId().value_or(QStringLiteral("sessionctlping")));
    const int n = std::clamp(p.value(count).toInt(), 1, 1000);
    double best = 1e9, total = 0;
    StateReply first;
    for (int i = 0; i < n; ++i) {
        const StateReply r = client.resetItemTimeout(key);
        if (i == 0)
            first = r;
        if (r.status == 0)
            return reportReply(r, p.isSet(t.json));
        best = std::min(best, r.roundTripMs);
        total += r.roundTripMs;
    }
    const bool looksRight = first.status == 404 && !first.serverVersion.isEmpty();
    if (p.isSet(t.json)) {
        printJson({{QStringLiteral("server"), QStringLiteral("%1:%2").arg(endpoint->host).arg(endpoint->port)},
                   {QStringLiteral("serverVersion"), first.serverVersion},
                   {QStringLiteral("status"), first.status},
                   {QStringLiteral("count"), n},
                   {QStringLiteral("minMs"), best},
                   {QStringLiteral("avgMs"), total / n},
                   {QStringLiteral("ok"), looksRight}});
    } else {
        out() << endpoint->host << ':' << endpoint->port << ": X-AspNet-Version "
              << (first.serverVersion.isEmpty() ? QStringLiteral("(none)") : first.serverVersion) << ", round trip "
              << QStringLiteral("min %1 ms, avg %2 ms over %3").arg(best, 0, 'f', 3).arg(total / n, 0, 'f', 3).arg(n) << '\n';
        if (!looksRight)
            out() << "warning: the answer to a HEAD for an unknown session was " << first.status
                  << (first.serverVersion.isEmpty() ? QStringLiteral(" without X-AspNet-Version") : QString())
                  << "; an ASP.NET state server answers 404 with X-AspNet-Version\n";
        out().flush();
    }
    return looksRight ? ExitOk : ExitFindings;
}

int cmdGet(const QStringList &args)
{
    QCommandLineParser p;
    StateTarget t;
    t.add(p, true);
    const QCommandLineOption exclusive(QStringLiteral("exclusive"), QStringLiteral("GetItemExclusive: take the lock (Exclusive: acquire)."));
    const QCommandLineOption release(QStringLiteral("release"), QStringLiteral("ReleaseItemExclusive with this lock cookie."), QStringLiteral("COOKIE"));
    const QCommandLineOption raw(QStringLiteral("raw"), QStringLiteral("Write the item bytes to standard output, undecoded."));
    p.addOption(exclusive);
    p.addOption(release);
    p.addOption(raw);
    p.addPositionalArgument(QStringLiteral("tcpip=HOST:PORT"), QStringLiteral("The stateConnectionString."));
    p.addPositionalArgument(QStringLiteral("SESSIONID"), QStringLiteral("The session id (or the request target with --raw-key)."));
    if (int rc = parse(p, args, QStringLiteral("get"),
                       QStringLiteral("GetItem (GET) one session and show its items decoded (SessionStateItemCollection; "
                                      "BinaryFormatter values are shown by size and class, never deserialised). "
                                      "Exit 0 on 200, 1 on 404/423/400, 2 when the server cannot be reached."));
        rc >= 0)
        return rc;
    const auto endpoint = endpointArg(p, QStringLiteral("get"), true);
    if (!endpoint)
        return ExitUsage;
    StateClient client(*endpoint, p.value(t.timeout).toInt());
    const std::string key = keyArg(p, t, p.positionalArguments()[1]);
    StateReply r;
    if (p.isSet(release))
        r = client.releaseItemExclusive(key, p.value(release).toInt());
    else
        r = p.isSet(exclusive) ? client.getItemExclusive(key) : client.getItem(key);
    if (r.status != 200 || r.body.isEmpty())
        return reportReply(r, p.isSet(t.json));
    if (p.isSet(raw)) {
        std::fwrite(r.body.constData(), 1, std::size_t(r.body.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    DecodeError e;
    const auto data = decodeSessionState(r.body, {}, &e);
    QJsonArray items;
    QStringList lines;
    if (data) {
        for (const SessionItem &item : data->items) {
            const auto v = decodeAltValue(item.raw);
            const QString type = altTypeName(item.raw.isEmpty() ? 0 : quint8(item.raw[0]));
            const QString shown = v ? v->display : QStringLiteral("(undecodable)");
            items.append(QJsonObject{{QStringLiteral("key"), item.nullKey ? QJsonValue() : QJsonValue(item.key)},
                                     {QStringLiteral("type"), type},
                                     {QStringLiteral("value"), shown},
                                     {QStringLiteral("bytes"), int(item.raw.size())}});
            lines << QStringLiteral("  %1 = %2  [%3]").arg(item.nullKey ? QStringLiteral("(null key)") : item.key, shown, type);
        }
    }
    QJsonObject extra{{QStringLiteral("bytes"), int(r.body.size())}};
    if (data) {
        extra.insert(QStringLiteral("items"), items);
        extra.insert(QStringLiteral("sessionTimeout"), data->timeout);
        extra.insert(QStringLiteral("compressed"), data->compressed);
    } else {
        extra.insert(QStringLiteral("decodeError"), e.toString());
    }
    const int rc = reportReply(r, p.isSet(t.json), extra);
    if (!p.isSet(t.json)) {
        if (data)
            out() << r.body.size() << " bytes" << (data->compressed ? ", compressed" : "") << ", " << data->items.size() << " item(s)"
                  << (data->staticObjects ? ", static objects" : "") << '\n'
                  << lines.join(u'\n') << (lines.isEmpty() ? "" : "\n");
        else
            out() << r.body.size() << " bytes that are not SessionStateUtility data: " << e.toString() << '\n';
        out().flush();
    }
    return rc;
}

int cmdPut(const QStringList &args)
{
    QCommandLineParser p;
    StateTarget t;
    t.add(p, true);
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Session timeout in minutes (default 20)."), QStringLiteral("MINUTES"),
                                     QStringLiteral("20"));
    const QCommandLineOption item(QStringLiteral("item"), QStringLiteral("A String item NAME=VALUE (repeatable)."), QStringLiteral("NAME=VALUE"));
    const QCommandLineOption typed(QStringLiteral("typed"),
                                   QStringLiteral("An item of another type, NAME=TYPE:VALUE, TYPE one of int32, int64, bool, double, decimal, "
                                                  "datetime, timespan, guid, null... (repeatable)."),
                                   QStringLiteral("NAME=TYPE:VALUE"));
    const QCommandLineOption file(QStringLiteral("file"), QStringLiteral("Send this file's bytes as the item instead."), QStringLiteral("FILE"));
    const QCommandLineOption cookie(QStringLiteral("lock-cookie"), QStringLiteral("LockCookie of the lock being released."), QStringLiteral("N"));
    const QCommandLineOption uninit(QStringLiteral("uninitialized"), QStringLiteral("CreateUninitializedItem (ExtraFlags: 1)."));
    const QCommandLineOption compress(QStringLiteral("compress"), QStringLiteral("Write compressionEnabled data (raw DEFLATE + 0xFF)."));
    for (const auto *o : {&timeout, &item, &typed, &file, &cookie, &uninit, &compress})
        p.addOption(*o);
    p.addPositionalArgument(QStringLiteral("tcpip=HOST:PORT"), QStringLiteral("The stateConnectionString."));
    p.addPositionalArgument(QStringLiteral("SESSIONID"), QStringLiteral("The session id (or the request target with --raw-key)."));
    if (int rc = parse(p, args, QStringLiteral("put"),
                       QStringLiteral("SetAndReleaseItemExclusive (PUT) a session built from --item/--typed, or the bytes of --file. "
                                      "Exit 0 on 200, 1 on 423/400, 2 on a usage or connection error."));
        rc >= 0)
        return rc;
    const auto endpoint = endpointArg(p, QStringLiteral("put"), true);
    if (!endpoint)
        return ExitUsage;
    bool ok = false;
    const int minutes = p.value(timeout).toInt(&ok);
    if (!ok)
        return usageError(QStringLiteral("--timeout must be a number of minutes"), QStringLiteral("put"));
    QByteArray body;
    if (p.isSet(file)) {
        QFile f(p.value(file));
        if (!f.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()), QStringLiteral("put"));
        body = f.readAll();
    } else {
        SessionStateData data;
        data.timeout = minutes;
        data.compressed = p.isSet(compress);
        static const QList<std::pair<QString, AltType>> types = {
            {QStringLiteral("string"), AltType::String},   {QStringLiteral("int32"), AltType::Int32},
            {QStringLiteral("int"), AltType::Int32},       {QStringLiteral("bool"), AltType::Boolean},
            {QStringLiteral("datetime"), AltType::DateTime}, {QStringLiteral("decimal"), AltType::Decimal},
            {QStringLiteral("byte"), AltType::Byte},       {QStringLiteral("char"), AltType::Char},
            {QStringLiteral("single"), AltType::Single},   {QStringLiteral("double"), AltType::Double},
            {QStringLiteral("sbyte"), AltType::SByte},     {QStringLiteral("int16"), AltType::Int16},
            {QStringLiteral("int64"), AltType::Int64},     {QStringLiteral("uint16"), AltType::UInt16},
            {QStringLiteral("uint32"), AltType::UInt32},   {QStringLiteral("uint64"), AltType::UInt64},
            {QStringLiteral("timespan"), AltType::TimeSpan}, {QStringLiteral("guid"), AltType::Guid},
            {QStringLiteral("null"), AltType::Null}};
        auto add = [&](const QString &spec, bool isTyped) -> QString {
            const qsizetype eq = spec.indexOf(u'=');
            if (eq <= 0)
                return QStringLiteral("'%1' is not NAME=VALUE").arg(spec);
            QString value = spec.mid(eq + 1);
            AltType type = AltType::String;
            if (isTyped) {
                const qsizetype colon = value.indexOf(u':');
                const QString name = (colon < 0 ? value : value.left(colon)).toLower();
                auto it = std::find_if(types.begin(), types.end(), [&name](const auto &pair) { return pair.first == name; });
                if (it == types.end())
                    return QStringLiteral("unknown type '%1' in '%2'").arg(name, spec);
                type = it->second;
                value = colon < 0 ? QString() : value.mid(colon + 1);
            }
            QString error;
            const auto raw = encodeAltValue(type, value, &error);
            if (!raw)
                return QStringLiteral("%1: %2").arg(spec, error);
            data.setRaw(spec.left(eq), *raw);
            return {};
        };
        for (const QString &spec : p.values(item))
            if (const QString e = add(spec, false); !e.isEmpty())
                return usageError(e, QStringLiteral("put"));
        for (const QString &spec : p.values(typed))
            if (const QString e = add(spec, true); !e.isEmpty())
                return usageError(e, QStringLiteral("put"));
        body = encodeSessionState(data);
    }
    StateClient client(*endpoint, p.value(t.timeout).toInt());
    const std::string key = keyArg(p, t, p.positionalArguments()[1]);
    std::optional<int> lockCookie;
    if (p.isSet(cookie))
        lockCookie = p.value(cookie).toInt();
    const StateReply r = p.isSet(uninit) ? client.createUninitializedItem(key, body, minutes)
                                         : client.setAndReleaseItemExclusive(key, body, minutes, lockCookie);
    return reportReply(r, p.isSet(t.json), {{QStringLiteral("bytes"), int(body.size())}});
}

int cmdRemove(const QStringList &args)
{
    QCommandLineParser p;
    StateTarget t;
    t.add(p, true);
    const QCommandLineOption cookie(QStringLiteral("lock-cookie"), QStringLiteral("LockCookie of the lock held."), QStringLiteral("N"));
    p.addOption(cookie);
    p.addPositionalArgument(QStringLiteral("tcpip=HOST:PORT"), QStringLiteral("The stateConnectionString."));
    p.addPositionalArgument(QStringLiteral("SESSIONID"), QStringLiteral("The session id (or the request target with --raw-key)."));
    if (int rc = parse(p, args, QStringLiteral("remove"),
                       QStringLiteral("RemoveItem (DELETE): abandon one session. Exit 0 on 200, 1 on 404/423, 2 on a usage or connection error."));
        rc >= 0)
        return rc;
    const auto endpoint = endpointArg(p, QStringLiteral("remove"), true);
    if (!endpoint)
        return ExitUsage;
    StateClient client(*endpoint, p.value(t.timeout).toInt());
    std::optional<int> lockCookie;
    if (p.isSet(cookie))
        lockCookie = p.value(cookie).toInt();
    return reportReply(client.removeItem(keyArg(p, t, p.positionalArguments()[1]), lockCookie), p.isSet(t.json));
}

void printMainHelp()
{
    out() << "Usage: sessionctl COMMAND [OPTIONS]\n\n"
             "SessionDesk's command line for ASP.NET session state.\n\n"
             "Commands:\n"
             "  genkey [--validation ALG] [--decryption ALG] [--json]\n"
             "      Generate a <machineKey> (OpenSSL CSPRNG, Microsoft's key sizes).\n"
             "  config show FILE [--location PATH] [--json] [--show-keys]\n"
             "      Effective <sessionState> and <machineKey>, defaults filled in.\n"
             "  config set FILE [--location PATH] ELEMENT.ATTR=VALUE... [--dry-run] [--force]\n"
             "  config set FILE [--location PATH] --generate-machine-key [--validation ALG] [--decryption ALG]\n"
             "      Edit attributes; only the edited bytes change; FILE.bak keeps the previous file.\n"
             "  config unset FILE [--location PATH] ELEMENT.ATTR|ELEMENT...\n"
             "      Remove attributes or whole elements.\n"
             "  check FILE... [--disclosed-keys CSV] [--json]\n"
             "      Report errors, session-loss risks and security findings.\n"
             "  ping tcpip=HOST:PORT [--count N] [--json]\n"
             "      Check that a state server answers; print its version and round-trip time.\n"
             "  get tcpip=HOST:PORT SESSIONID [--app ID] [--exclusive | --release COOKIE] [--raw] [--json]\n"
             "  put tcpip=HOST:PORT SESSIONID [--timeout MIN] [--item N=V]... [--typed N=TYPE:V]... [--file F]\n"
             "  remove tcpip=HOST:PORT SESSIONID [--lock-cookie N]\n"
             "      Single state server operations, for scripts and support (exit 1 on 404/423).\n"
             "  stats [--watch] [--server URL] [--token-file F] [--json]\n"
             "  sessions list|show|abandon|touch ... [--server URL] [--token-file F] [--json]\n"
             "  events [--count N] [--no-stats] [--server URL] [--token-file F] [--json]\n"
             "      Watch and act through sessionstated's admin API (default http://127.0.0.1:42425).\n"
             "  load tcpip=HOST:PORT|redis://HOST:PORT [--sessions N] [--concurrency N] [--duration S] [--mix SPEC]...\n"
             "      Play SessionStateModule's requests against a store; print throughput and latency percentiles.\n\n"
             "'sessionctl COMMAND --help' describes each command.\n"
             "Exit status: 0 fine, 1 findings of error severity, 2 usage or I/O error.\n";
    out().flush();
}

} // namespace

int sessionctlMain(const QStringList &args)
{
    if (args.size() < 2 || args[1] == u"help" || args[1] == u"--help" || args[1] == u"-h") {
        if (args.size() >= 3 && args[1] == u"help")
            return sessionctlMain({args[0], args[2], QStringLiteral("--help")});
        printMainHelp();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args[1] == u"--version") {
        out() << "sessionctl " << SESSIONDESK_VERSION << '\n';
        out().flush();
        return ExitOk;
    }
    const QString verb = args[1];
    QStringList rest = args.mid(2);
    rest.prepend(args[0]);
    if (verb == u"genkey")
        return cmdGenkey(rest);
    if (verb == u"check")
        return cmdCheck(rest);
    if (verb == u"ping")
        return cmdPing(rest);
    if (verb == u"get")
        return cmdGet(rest);
    if (verb == u"put")
        return cmdPut(rest);
    if (verb == u"remove")
        return cmdRemove(rest);
    if (verb == u"stats")
        return cmdStats(rest);
    if (verb == u"events")
        return cmdEvents(rest);
    if (verb == u"sessions")
        return cmdSessions(rest);
    if (verb == u"load")
        return cmdLoad(rest);
    if (verb == u"config") {
        if (args.size() < 3 || args[2] == u"--help" || args[2] == u"-h") {
            printMainHelp();
            return args.size() < 3 ? ExitUsage : ExitOk;
        }
        QStringList sub = args.mid(3);
        sub.prepend(args[0]);
        if (args[2] == u"show")
            return cmdConfigShow(sub);
        if (args[2] == u"set")
            return cmdConfigEdit(sub, true);
        if (args[2] == u"unset")
            return cmdConfigEdit(sub, false);
        return usageError(QStringLiteral("unknown config command '%1' (show, set, unset)").arg(args[2]));
    }
    return usageError(QStringLiteral("unknown command '%1'").arg(verb));
}

} // namespace sd
