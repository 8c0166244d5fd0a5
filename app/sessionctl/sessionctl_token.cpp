// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl token verify: which candidate <machineKey> validates a __VIEWSTATE or a .ASPXAUTH ticket.
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"
#include "aspnet/tokencheck.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>

namespace sd::ctl {

namespace {

const QString kVerb = QStringLiteral("token verify");

/// The candidate of one web.config's application-level <machineKey>; nullopt (message printed) on error.
std::optional<MachineKeyCandidate> loadConfigCandidate(const QString &file)
{
    ConfigDocument doc;
    ConfigError e;
    if (!doc.load(file, &e)) {
        err() << kProgram << ": " << e.toString() << '\n';
        return std::nullopt;
    }
    return candidateFromConfig(doc, file);
}

/// The bytes of `file`; nullopt (message printed) when it cannot be read.
std::optional<QByteArray> readAllOf(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << kProgram << ": cannot read " << file << ": " << f.errorString() << '\n';
        return std::nullopt;
    }
    return f.readAll();
}

void printResultText(const QJsonObject &o)
{
    out() << o.value(QStringLiteral("candidate")).toString() << ": "
          << o.value(QStringLiteral("status")).toString();
    if (o.contains(QStringLiteral("mode"))) {
        out() << " (" << o.value(QStringLiteral("mode")).toString() << ", "
              << o.value(QStringLiteral("validation")).toString();
        if (o.contains(QStringLiteral("decryption"))) {
            out() << ", " << o.value(QStringLiteral("decryption")).toString();
        }
        out() << ')';
    }
    if (o.value(QStringLiteral("disclosed")).toBool()) {
        out() << " [publicly disclosed key]";
    }
    if (o.contains(QStringLiteral("cause"))) {
        out() << ": " << o.value(QStringLiteral("cause")).toString();
    }
    out() << '\n';
    for (const char *key : {"generator", "keys"}) {
        if (o.contains(QLatin1String(key))) {
            out() << "  " << key << ": " << o.value(QLatin1String(key)).toString() << '\n';
        }
    }
    if (o.contains(QStringLiteral("structure"))) {
        out() << "  " << o.value(QStringLiteral("resource")).toString(QStringLiteral("ViewState")) << ": "
              << o.value(QStringLiteral("structure")).toString() << '\n';
    }
    const QJsonObject t = o.value(QStringLiteral("ticket")).toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        out() << "  " << it.key() << ": " << it.value().toVariant().toString() << '\n';
    }
}

void printFindingText(const QJsonObject &f)
{
    out() << f.value(QStringLiteral("level")).toString().toUpper() << ' '
          << f.value(QStringLiteral("code")).toString() << ' '
          << f.value(QStringLiteral("candidate")).toString() << ": "
          << f.value(QStringLiteral("message")).toString() << '\n';
    for (const QJsonValue a : f.value(QStringLiteral("advice")).toArray()) {
        out() << "  - " << a.toString() << '\n';
    }
}

struct TokenInput
{
    TokenCheckInput check;
    DisclosedKeyList hashes;
};

/// Reads the token (a bare value, or with --file also an HTML page or a Cookie header); -1 to continue,
/// else an exit code (message printed).
int readToken(const QCommandLineParser &p, TokenInput &in)
{
    const QStringList pos = p.positionalArguments();
    if (p.isSet(QStringLiteral("file")) == !pos.isEmpty() || pos.size() > 1) {
        return usageError(QStringLiteral("give one TOKEN or --file F"), kVerb);
    }
    QString text = pos.value(0);
    if (p.isSet(QStringLiteral("file"))) {
        const auto bytes = readAllOf(p.value(QStringLiteral("file")));
        if (!bytes) {
            return ExitUsage;
        }
        text = QString::fromUtf8(*bytes);
    }
    const QString kind = p.value(QStringLiteral("kind"));
    static const QHash<QString, TokenKind> kinds{{QStringLiteral("viewstate"), TokenKind::ViewState},
                                                 {QStringLiteral("forms"), TokenKind::FormsTicket},
                                                 {QStringLiteral("resource"), TokenKind::Resource}};
    if (!kind.isEmpty() && !kinds.contains(kind)) {
        return usageError(QStringLiteral("unknown --kind '%1' (viewstate, forms or resource)").arg(kind),
                          kVerb);
    }
    const auto token =
        extractToken(text, kind.isEmpty() ? std::nullopt : std::optional<TokenKind>(kinds.value(kind)));
    if (!token) {
        return usageError(QStringLiteral("no token found (no __VIEWSTATE field or .ASPXAUTH cookie)"), kVerb);
    }
    in.check.token = *token;
    return -1;
}

/// Fills `in` from the parsed options; returns -1 to continue, else an exit code (message printed).
int readInput(const QCommandLineParser &p, TokenInput &in)
{
    if (int rc = readToken(p, in); rc >= 0) {
        return rc;
    }
    TokenContext &context = in.check.context;
    if (p.isSet(QStringLiteral("generator"))) {
        bool ok = false;
        context.generator = p.value(QStringLiteral("generator")).toUInt(&ok, 16);
        if (!ok) {
            return usageError(QStringLiteral("--generator takes 8 hex digits"), kVerb);
        }
    }
    context.url = p.value(QStringLiteral("url"));
    context.appPath = p.value(QStringLiteral("app-path"));
    context.appId = p.value(QStringLiteral("app-id"));
    if (p.isSet(QStringLiteral("autogen-keys"))) {
        const QString blob = p.value(QStringLiteral("autogen-keys")).remove(QLatin1Char(' '));
        context.autogenKeys = QByteArray::fromHex(blob.toLatin1());
        if (!isEvenHex(blob) || context.autogenKeys.size() < 64) {
            return usageError(QStringLiteral("--autogen-keys takes at least 64 bytes of hex"), kVerb);
        }
    }
    if (p.isSet(QStringLiteral("viewstate-user-key"))) {
        context.viewStateUserKey = p.value(QStringLiteral("viewstate-user-key"));
    }
    for (const QString &file : p.values(QStringLiteral("config"))) {
        const auto c = loadConfigCandidate(file);
        if (!c) {
            return ExitUsage;
        }
        in.check.candidates << *c;
    }
    if (p.isSet(QStringLiteral("keys"))) {
        const auto bytes = readAllOf(p.value(QStringLiteral("keys")));
        if (!bytes) {
            return ExitUsage;
        }
        in.check.candidates << candidatesFromKeyList(*bytes, p.value(QStringLiteral("keys")));
    }
    if (p.isSet(QStringLiteral("disclosed-keys"))) {
        const QString file = p.value(QStringLiteral("disclosed-keys"));
        QString error;
        const auto bytes = readAllOf(file);
        if (!bytes || !in.hashes.load(file, &error)) {
            if (bytes) {
                err() << kProgram << ": " << error << '\n';
            }
            return ExitUsage;
        }
        in.check.disclosedHashes = &in.hashes;
        in.check.disclosedKeys = candidatesFromKeyList(*bytes, file);
    }
    return -1;
}

void addOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("TOKEN"),
                            QStringLiteral("The __VIEWSTATE (base64), .ASPXAUTH (hex) or WebResource.axd / "
                                           "ScriptResource.axd d= value (or the whole URL)."));
    p.addOptions({
        {QStringLiteral("file"),
         QStringLiteral("Read the token from F: the bare token, an HTML page (its __VIEWSTATE and "
                        "__VIEWSTATEGENERATOR) or a Cookie header (.ASPXAUTH)."),
         QStringLiteral("F")},
        {QStringLiteral("kind"),
         QStringLiteral("viewstate, forms or resource (default: resource for an .axd URL, d= or UrlToken "
                        "text, forms for hex, else viewstate)."),
         QStringLiteral("KIND")},
        {QStringLiteral("generator"),
         QStringLiteral("__VIEWSTATEGENERATOR (8 hex digits), for legacy ViewState."), QStringLiteral("HEX")},
        {QStringLiteral("url"),
         QStringLiteral("Page URL or path: the Framework45 ViewState purposes, and the legacy "
                        "__VIEWSTATEGENERATOR when --generator is not given."),
         QStringLiteral("URL")},
        {QStringLiteral("app-path"), QStringLiteral("Application virtual path (default /)."),
         QStringLiteral("PATH"), QStringLiteral("/")},
        {QStringLiteral("app-id"),
         QStringLiteral("AppDomainAppId (e.g. /LM/W3SVC/1/ROOT/app), for IsolateByAppId keys."),
         QStringLiteral("ID")},
        {QStringLiteral("autogen-keys"),
         QStringLiteral(
             "The auto-generated key blob (HttpRuntime.s_autogenKeys, hex), for AutoGenerate keys."),
         QStringLiteral("HEX")},
        {QStringLiteral("viewstate-user-key"), QStringLiteral("Page.ViewStateUserKey."), QStringLiteral("K")},
        {QStringLiteral("config"),
         QStringLiteral("A web.config whose <machineKey> is a candidate (repeatable)."),
         QStringLiteral("FILE")},
        {QStringLiteral("keys"),
         QStringLiteral("Candidate keys: validationKey,decryptionKey[,validation[,decryption]] "
                        "per line."),
         QStringLiteral("FILE")},
        {QStringLiteral("disclosed-keys"),
         QStringLiteral(
             "Publicly disclosed keys: Microsoft's MachineKeys.csv (hashes: the candidates are "
             "checked against it) or a plain validationKey,decryptionKey list (every key is tried)."),
         QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Print JSON.")},
    });
}

} // namespace

int cmdTokenVerify(const QStringList &args)
{
    QCommandLineParser p;
    addOptions(p);
    if (int rc =
            parse(p, args, kVerb,
                  QStringLiteral("Check which candidate <machineKey> validates a __VIEWSTATE, a .ASPXAUTH "
                                 "forms ticket or a WebResource.axd / ScriptResource.axd d= token.\nExit 0 "
                                 "valid, 1 invalid, made with a disclosed key or not protected, 2 usage."));
        rc >= 0) {
        return rc;
    }
    TokenInput in;
    if (int rc = readInput(p, in); rc >= 0) {
        return rc;
    }
    if (in.check.candidates.isEmpty() && in.check.disclosedKeys.isEmpty()) {
        in.check.candidates << MachineKeyCandidate{QStringLiteral("(no key)"), {}, {}, {}, {}, {}};
    }
    const TokenReport report = checkToken(in.check);
    const QJsonObject json = tokenReportJson(report);
    if (p.isSet(QStringLiteral("json"))) {
        printJson(json);
    } else {
        for (const QJsonValue o : json.value(QStringLiteral("results")).toArray()) {
            printResultText(o.toObject());
        }
        if (report.triedDisclosed > 0) {
            out() << report.triedDisclosed << " publicly disclosed keys tried\n";
        }
        for (const QJsonValue f : json.value(QStringLiteral("findings")).toArray()) {
            printFindingText(f.toObject());
        }
    }
    out().flush();
    err().flush();
    return report.valid && !report.disclosed ? ExitOk : ExitFindings;
}

} // namespace sd::ctl
