// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl config show|set|unset: read and edit <sessionState> and <machineKey> in a .config file.
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"
#include "aspnet/configvalidator.h"
#include "aspnet/machinekey.h"
#include "aspnet/textdiff.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace sd::ctl {

namespace {

bool openDocument(const QString &path, ConfigDocument &doc)
{
    ConfigError e;
    if (doc.load(path, &e)) {
        return true;
    }
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
        for (const auto &s : doc.scopes()) {
            if (!s.isApplicationLevel()) {
                known << s.path;
            }
        }
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
    if (showKeys || (v.name != u"validationKey" && v.name != u"decryptionKey")) {
        return v.value;
    }
    const KeyValue kv = parseKeyValue(v.value);
    if (kv.hex.isEmpty()) {
        return v.value;
    }
    QString masked = QStringLiteral("(hidden: %1 hex digits)").arg(kv.hex.size());
    if (!kv.modifiers.isEmpty()) {
        masked += u',' + kv.modifiers.join(u',');
    }
    return masked;
}

QJsonObject sectionJson(const ConfigDocument &doc, int scope, SectionKind kind, bool showKeys)
{
    const SectionRef ref = doc.section(scope, kind);
    QJsonArray attrs;
    for (const auto &v : effectiveSection(doc, scope, kind)) {
        QJsonObject a{{QStringLiteral("name"), v.name},
                      {QStringLiteral("value"), displayValue(v, showKeys)},
                      {QStringLiteral("origin"), originName(v.origin)}};
        if (v.line > 0) {
            a.insert(QStringLiteral("line"), v.line);
        }
        attrs.append(a);
    }
    QJsonObject o{{QStringLiteral("present"), ref.element >= 0},
                  {QStringLiteral("encrypted"), ref.encrypted},
                  {QStringLiteral("attributes"), attrs}};
    if (ref.element >= 0) {
        o.insert(QStringLiteral("line"), doc.elements()[ref.element].line);
    }
    if (!ref.configSource.isEmpty()) {
        o.insert(QStringLiteral("configSource"), ref.configSource);
    }
    return o;
}

/// `config show --json`: the file's encoding and line ends, its levels, and both sections of level `scope`.
void printConfigJson(const ConfigDocument &doc, int scope, const QStringList &locations, bool showKeys)
{
    printJson({{QStringLiteral("file"), doc.fileName()},
               {QStringLiteral("encoding"), doc.encodingName()},
               {QStringLiteral("bom"), doc.hasBom()},
               {QStringLiteral("lineEnding"),
                doc.lineEnding() == u"\r\n" ? QStringLiteral("CRLF") : QStringLiteral("LF")},
               {QStringLiteral("location"), doc.scopes()[scope].path},
               {QStringLiteral("locations"), QJsonArray::fromStringList(locations)},
               {QStringLiteral("sessionState"), sectionJson(doc, scope, SectionKind::SessionState, showKeys)},
               {QStringLiteral("machineKey"), sectionJson(doc, scope, SectionKind::MachineKey, showKeys)}});
}

/// `config show` as text: the file, the level, the other levels, then each section's effective values.
void printConfigText(const ConfigDocument &doc, int scope, const QStringList &locations, bool showKeys)
{
    out() << doc.fileName() << " (" << doc.encodingName() << (doc.hasBom() ? " with BOM" : "") << ", "
          << (doc.lineEnding() == u"\r\n" ? "CRLF" : "LF") << ")\n";
    out() << "Level: "
          << (scope == 0 ? QStringLiteral("application")
                         : QStringLiteral("<location path=\"%1\">").arg(doc.scopes()[scope].path))
          << '\n';
    if (!locations.isEmpty()) {
        out() << "Other levels: " << locations.join(QStringLiteral(", ")) << '\n';
    }
    for (SectionKind kind : {SectionKind::SessionState, SectionKind::MachineKey}) {
        const SectionRef ref = doc.section(scope, kind);
        out() << "\n<" << sectionElementName(kind) << ">";
        if (ref.element >= 0) {
            out() << "  line " << doc.elements()[ref.element].line;
        } else {
            out() << "  not in this level";
        }
        if (ref.encrypted) {
            out() << "  ENCRYPTED (read-only)";
        }
        if (!ref.configSource.isEmpty()) {
            out() << "  in " << ref.configSource;
        }
        out() << '\n';
        for (const auto &v : effectiveSection(doc, scope, kind)) {
            QString origin = originName(v.origin);
            if (v.line > 0) {
                origin += QStringLiteral(" (line %1)").arg(v.line);
            }
            out() << "  " << v.name.leftJustified(28) << ' ' << displayValue(v, showKeys).leftJustified(40)
                  << ' ' << origin << '\n';
        }
    }
    out().flush();
}

} // namespace

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
    if (int rc =
            parse(p, args, QStringLiteral("config show"),
                  QStringLiteral("Show the effective <sessionState> and <machineKey> of a level, defaults "
                                 "filled in, each value marked file, inherited or default."));
        rc >= 0) {
        return rc;
    }
    if (p.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("config show takes one FILE"), QStringLiteral("config show"));
    }
    ConfigDocument doc;
    if (!openDocument(p.positionalArguments().first(), doc)) {
        return ExitUsage;
    }
    const int scope = resolveScope(doc, p, location);
    if (scope < 0) {
        return ExitUsage;
    }
    QStringList locations;
    for (const auto &s : doc.scopes()) {
        if (!s.isApplicationLevel()) {
            locations << s.path;
        }
    }
    if (p.isSet(json)) {
        printConfigJson(doc, scope, locations, p.isSet(showKeys));
    } else {
        printConfigText(doc, scope, locations, p.isSet(showKeys));
    }
    return ExitOk;
}

namespace {

// ------------------------------------------------------------------------------------ config set / unset
bool splitTarget(const QString &target, SectionKind *kind, QString *attr)
{
    const qsizetype dot = target.indexOf(u'.');
    const QString element = dot < 0 ? target : target.left(dot);
    if (element.compare(u"sessionState", Qt::CaseInsensitive) == 0) {
        *kind = SectionKind::SessionState;
    } else if (element.compare(u"machineKey", Qt::CaseInsensitive) == 0) {
        *kind = SectionKind::MachineKey;
    } else {
        return false;
    }
    *attr = dot < 0 ? QString() : target.mid(dot + 1);
    return true;
}

/// What identifies a finding when comparing before and after an edit.
QString findingKey(const Finding &f)
{
    return f.code + u'|' + f.element + u'|' + f.attribute + u'|' + QString::number(f.scope) + u'|' +
           f.message;
}

QStringList errorKeys(const QList<Finding> &findings)
{
    QStringList keys;
    for (const auto &f : findings) {
        if (f.severity == Severity::Error) {
            keys << findingKey(f);
        }
    }
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
    for (const auto &f : after) {
        if (f.severity == Severity::Error && !oldErrors.contains(findingKey(f))) {
            introduced << f;
        }
    }
    for (const auto &f : introduced) {
        err() << doc.fileName() << ':' << f.line << ": error " << f.code << ": " << f.message
              << "\n    fix: " << f.fix << '\n';
    }
    if (!introduced.isEmpty() && !force) {
        err() << kProgram << ": refused: the edit would add " << introduced.size()
              << " error(s); nothing was written (--force writes anyway)\n";
        err().flush();
        return ExitFindings;
    }
    if (dryRun) {
        out() << unifiedDiff(originalText, doc.text(), doc.fileName(),
                             doc.fileName() + QStringLiteral(" (edited)"));
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
    out() << doc.fileName() << ": " << summary << " (previous file kept as "
          << QFileInfo(doc.fileName()).fileName() << ".bak)\n";
    out().flush();
    return introduced.isEmpty() ? ExitOk : ExitFindings;
}

/// The options of `config set` and `config unset`.
struct EditOptions
{
    QCommandLineOption location{QStringLiteral("location"),
                                QStringLiteral("Edit the <location path=\"PATH\"> level (default: the "
                                               "application level)."),
                                QStringLiteral("PATH")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), QStringLiteral("Print the diff; write nothing.")};
    QCommandLineOption force{QStringLiteral("force"), QStringLiteral("Write even if the edit adds errors.")};
    QCommandLineOption generate{QStringLiteral("generate-machine-key"),
                                QStringLiteral("Generate new keys into <machineKey> (with --validation, "
                                               "--decryption).")};
    QCommandLineOption validation{QStringLiteral("validation"),
                                  QStringLiteral("With --generate-machine-key: validation algorithm "
                                                 "(default HMACSHA256)."),
                                  QStringLiteral("ALG"), QStringLiteral("HMACSHA256")};
    QCommandLineOption decryption{QStringLiteral("decryption"),
                                  QStringLiteral("With --generate-machine-key: decryption algorithm "
                                                 "(default AES)."),
                                  QStringLiteral("ALG"), QStringLiteral("AES")};

    /// Adds the options and positional arguments of `config set` (`set`) or `config unset` to `p`.
    void add(QCommandLineParser &p, bool set) const
    {
        p.addOptions({location, dryRun, force});
        p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .config file to edit."));
        if (set) {
            p.addOptions({generate, validation, decryption});
            p.addPositionalArgument(QStringLiteral("ASSIGNMENT"),
                                    QStringLiteral("sessionState.ATTR=VALUE or machineKey.ATTR=VALUE."),
                                    QStringLiteral("[ELEMENT.ATTR=VALUE...]"));
        } else {
            p.addPositionalArgument(
                QStringLiteral("TARGET"),
                QStringLiteral("ELEMENT.ATTR to remove an attribute, or ELEMENT (sessionState, "
                               "machineKey) to remove the element."),
                QStringLiteral("TARGET..."));
        }
    }
};

/// One edit in progress: the document, the level edited, what was done so far. An edit step returns -1
/// to go on, or the exit code after printing why it stopped.
struct Edit
{
    ConfigDocument doc;
    int scope = 0;
    QString verb;
    QStringList done;
    QString error;

    /// Prints that `what` could not be applied (with `error`); returns ExitUsage.
    int failed(const QString &what)
    {
        err() << kProgram << ": " << doc.fileName() << ": " << what << ": " << error
              << "; nothing was written\n";
        err().flush();
        return ExitUsage;
    }
};

/// --generate-machine-key: new keys into <machineKey>.
int applyGeneratedKey(Edit &e, const QString &validationName, const QString &decryptionName)
{
    const auto v = parseValidationAlgorithm(validationName);
    const auto d = parseDecryptionAlgorithm(decryptionName);
    if (!v || !d) {
        return usageError(QStringLiteral("unknown algorithm '%1'").arg(!v ? validationName : decryptionName),
                          e.verb);
    }
    const auto key = generateMachineKey(*v, *d, &e.error);
    if (!key) {
        return e.failed(QStringLiteral("generate"));
    }
    const QList<std::pair<QString, QString>> attrs{{QStringLiteral("decryption"), key->decryption},
                                                   {QStringLiteral("decryptionKey"), key->decryptionKey},
                                                   {QStringLiteral("validation"), key->validation},
                                                   {QStringLiteral("validationKey"), key->validationKey}};
    for (const auto &[name, value] : attrs) {
        if (!e.doc.setAttribute(e.scope, SectionKind::MachineKey, name, value, &e.error)) {
            return e.failed(QStringLiteral("machineKey.") + name);
        }
    }
    e.done << QStringLiteral("generated new machineKey (%1/%2)").arg(key->validation, key->decryption);
    return -1;
}

/// One ELEMENT.ATTR=VALUE of `config set`.
int applyAssignment(Edit &e, const QString &arg)
{
    SectionKind kind{};
    QString attr;
    const qsizetype eq = arg.indexOf(u'=');
    if (eq < 0 || !splitTarget(arg.left(eq), &kind, &attr) || attr.isEmpty()) {
        return usageError(
            QStringLiteral("'%1' is not ELEMENT.ATTR=VALUE (ELEMENT is sessionState or machineKey)").arg(arg),
            e.verb);
    }
    if (!attributeSpec(kind, attr)) {
        QString hint;
        for (const auto &s : attributeSpecs(kind)) {
            if (s.name.compare(attr, Qt::CaseInsensitive) == 0) {
                hint = QStringLiteral(" (did you mean %1?)").arg(s.name);
            }
        }
        return usageError(
            QStringLiteral("<%1> has no attribute '%2'%3").arg(sectionElementName(kind), attr, hint), e.verb);
    }
    if (!e.doc.setAttribute(e.scope, kind, attr, arg.mid(eq + 1), &e.error)) {
        return e.failed(arg.left(eq));
    }
    e.done << QStringLiteral("set %1.%2").arg(sectionElementName(kind), attr);
    return -1;
}

/// One ELEMENT or ELEMENT.ATTR of `config unset`.
int applyRemoval(Edit &e, const QString &arg)
{
    SectionKind kind{};
    QString attr;
    if (!splitTarget(arg, &kind, &attr)) {
        return usageError(
            QStringLiteral("'%1' is not ELEMENT or ELEMENT.ATTR (ELEMENT is sessionState or machineKey)")
                .arg(arg),
            e.verb);
    }
    const bool ok = attr.isEmpty() ? e.doc.removeSection(e.scope, kind, &e.error)
                                   : e.doc.unsetAttribute(e.scope, kind, attr, &e.error);
    if (!ok) {
        return e.failed(arg);
    }
    e.done << (attr.isEmpty() ? QStringLiteral("removed <%1>").arg(sectionElementName(kind))
                              : QStringLiteral("removed %1.%2").arg(sectionElementName(kind), attr));
    return -1;
}

/// `config set` (`set`) or `config unset`: parse, open, apply every edit, then finishEdit().
int configEdit(const QStringList &args, bool set)
{
    Edit e;
    e.verb = set ? QStringLiteral("config set") : QStringLiteral("config unset");
    QCommandLineParser p;
    const EditOptions o;
    o.add(p, set);
    if (int rc = parse(
            p, args, e.verb,
            set ? QStringLiteral("Set attributes of <sessionState>/<machineKey>, creating the element "
                                 "(and <system.web>) when missing. Only the edited bytes change; the "
                                 "previous file is kept as FILE.bak.")
                : QStringLiteral("Remove attributes or whole <sessionState>/<machineKey> elements. Only "
                                 "the removed bytes change; the previous file is kept as FILE.bak."));
        rc >= 0) {
        return rc;
    }
    QStringList pos = p.positionalArguments();
    if (pos.isEmpty()) {
        return usageError(QStringLiteral("missing FILE"), e.verb);
    }
    const QString file = pos.takeFirst();
    const bool generate = set && p.isSet(o.generate);
    if (pos.isEmpty() && !generate) {
        return usageError(set ? QStringLiteral("nothing to set") : QStringLiteral("nothing to unset"),
                          e.verb);
    }
    if (!openDocument(file, e.doc)) {
        return ExitUsage;
    }
    e.scope = resolveScope(e.doc, p, o.location);
    if (e.scope < 0) {
        return ExitUsage;
    }
    const QString original = e.doc.text();
    const QList<Finding> before = validateDocument(e.doc);
    if (generate) {
        if (int rc = applyGeneratedKey(e, p.value(o.validation), p.value(o.decryption)); rc >= 0) {
            return rc;
        }
    }
    for (const QString &arg : std::as_const(pos)) {
        if (int rc = set ? applyAssignment(e, arg) : applyRemoval(e, arg); rc >= 0) {
            return rc;
        }
    }
    return finishEdit(e.doc, original, before, p.isSet(o.dryRun), p.isSet(o.force),
                      e.done.join(QStringLiteral(", ")));
}

} // namespace

int cmdConfigSet(const QStringList &args)
{
    return configEdit(args, true);
}

int cmdConfigUnset(const QStringList &args)
{
    return configEdit(args, false);
}

} // namespace sd::ctl
