// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionctl.h"

#include "configdocument.h"
#include "configschema.h"
#include "configvalidator.h"
#include "disclosedkeys.h"
#include "machinekey.h"
#include "textdiff.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace sd {

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

constexpr const char *kProgram = "sessionctl";

int usageError(const QString &message, const QString &verb = {})
{
    err() << kProgram << ": " << message << '\n';
    err() << "Try '" << kProgram << (verb.isEmpty() ? QString() : u' ' + verb) << " --help'.\n";
    err().flush();
    return ExitUsage;
}

void printJson(const QJsonObject &o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    out().flush();
}

/// Parses `args` for `verb`; handles --help. Returns -1 to continue, else an exit code.
int parse(QCommandLineParser &p, const QStringList &args, const QString &verb, const QString &description)
{
    p.setApplicationDescription(description);
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    p.addOption(help);
    if (!p.parse(args))
        return usageError(p.errorText(), verb);
    if (p.isSet(help)) {
        QString text = p.helpText();
        text.replace(QStringLiteral("Usage: ") + args.first(),
                     QStringLiteral("Usage: ") + QString::fromLatin1(kProgram) + u' ' + verb);
        out() << text;
        out().flush();
        return ExitOk;
    }
    return -1;
}

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
             "      Report errors, session-loss risks and security findings.\n\n"
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
