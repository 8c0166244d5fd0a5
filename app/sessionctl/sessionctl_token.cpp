// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl token verify: which candidate <machineKey> validates a __VIEWSTATE or a .ASPXAUTH ticket.
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"
#include "aspnet/tokenverify.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHash>
#include <QJsonArray>

namespace sd::ctl {

namespace {

const QString kVerb = QStringLiteral("token verify");

/// The candidate of one web.config's application-level <machineKey>; nullopt (message printed) on error.
std::optional<MachineKeyCandidate> candidateFromConfig(const QString &file)
{
    ConfigDocument doc;
    ConfigError e;
    if (!doc.load(file, &e)) {
        err() << kProgram << ": " << e.toString() << '\n';
        return std::nullopt;
    }
    auto value = [&](const char *name) {
        return effectiveValue(doc, 0, SectionKind::MachineKey, QString::fromLatin1(name)).value;
    };
    MachineKeyCandidate c;
    c.label = file;
    c.validationKey = value("validationKey");
    c.decryptionKey = value("decryptionKey");
    c.validation = parseValidationAlgorithm(value("validation"));
    const QString decryption = value("decryption");
    if (decryption.compare(QStringLiteral("Auto"), Qt::CaseInsensitive) != 0) {
        c.decryption = parseDecryptionAlgorithm(decryption);
    }
    const QString mode = value("compatibilityMode");
    c.compatibility =
        mode == QStringLiteral("Framework45") ? KeyCompatibility::Framework45 : KeyCompatibility::Legacy;
    return c;
}

/// Candidates from a --keys file: `validationKey,decryptionKey[,validation[,decryption]]` per line; '#'
/// comments and blank lines skipped. nullopt (message printed) when the file cannot be read.
std::optional<QList<MachineKeyCandidate>> candidatesFromKeys(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        err() << kProgram << ": cannot read " << file << ": " << f.errorString() << '\n';
        return std::nullopt;
    }
    QList<MachineKeyCandidate> out;
    int line = 0;
    while (!f.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(f.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList parts = text.split(QLatin1Char(','));
        MachineKeyCandidate c;
        c.label = QStringLiteral("%1:%2").arg(file).arg(line);
        c.validationKey = parts.value(0).trimmed();
        c.decryptionKey = parts.value(1).trimmed();
        if (parts.size() > 2) {
            c.validation = parseValidationAlgorithm(parts[2].trimmed());
        }
        if (parts.size() > 3) {
            c.decryption = parseDecryptionAlgorithm(parts[3].trimmed());
        }
        out << c;
    }
    return out;
}

QString statusName(TokenStatus s)
{
    switch (s) {
    case TokenStatus::Valid:
        return QStringLiteral("valid");
    case TokenStatus::Invalid:
        return QStringLiteral("invalid");
    case TokenStatus::NotProtected:
        return QStringLiteral("not protected");
    case TokenStatus::Malformed:
        return QStringLiteral("malformed");
    }
    return {};
}

QJsonObject resultJson(const MachineKeyCandidate &c, const TokenVerifyResult &r)
{
    QJsonObject o{{QStringLiteral("candidate"), c.label}, {QStringLiteral("status"), statusName(r.status)}};
    if (r.status == TokenStatus::Valid) {
        o.insert(QStringLiteral("mode"), protectionName(r.protection));
        o.insert(QStringLiteral("validation"), validationName(*r.validation));
        if (r.decryption) {
            o.insert(QStringLiteral("decryption"), QStringLiteral("%1-%2")
                                                       .arg(decryptionName(*r.decryption))
                                                       .arg(decryptionKeyBytes(*r.decryption) * 8));
        }
        o.insert(QStringLiteral("clearHex"), QString::fromLatin1(r.clear.toHex()));
        if (r.generator) {
            o.insert(QStringLiteral("generator"),
                     QString::number(*r.generator, 16).toUpper().rightJustified(8, u'0') +
                         (r.generatorComputed ? QStringLiteral(" (computed)") : QString()));
        }
        if (!r.keyDerivation.isEmpty()) {
            o.insert(QStringLiteral("keys"), r.keyDerivation);
        }
        if (r.resourceHandler) {
            o.insert(QStringLiteral("resource"), resourceHandlerName(*r.resourceHandler));
        }
    } else {
        o.insert(QStringLiteral("cause"), r.cause);
    }
    if (!r.structure.isEmpty()) {
        o.insert(QStringLiteral("structure"), r.structure);
    }
    if (r.ticket) {
        o.insert(QStringLiteral("ticket"),
                 QJsonObject{{QStringLiteral("version"), r.ticket->version},
                             {QStringLiteral("name"), r.ticket->name},
                             {QStringLiteral("issueDate"), r.ticket->issueDate.toString(Qt::ISODate)},
                             {QStringLiteral("expiration"), r.ticket->expiration.toString(Qt::ISODate)},
                             {QStringLiteral("persistent"), r.ticket->persistent},
                             {QStringLiteral("userData"), r.ticket->userData},
                             {QStringLiteral("cookiePath"), r.ticket->cookiePath}});
    }
    return o;
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

struct TokenInput
{
    TokenKind kind = TokenKind::ViewState;
    QString token;
    TokenContext context;
    QList<MachineKeyCandidate> candidates;
};

/// Fills `in` from the parsed options; returns -1 to continue, else an exit code (message printed).
int readInput(const QCommandLineParser &p, TokenInput &in)
{
    const QStringList pos = p.positionalArguments();
    if (p.isSet(QStringLiteral("file")) == !pos.isEmpty() || pos.size() > 1) {
        return usageError(QStringLiteral("give one TOKEN or --file F"), kVerb);
    }
    in.token = pos.value(0);
    if (p.isSet(QStringLiteral("file"))) {
        QFile f(p.value(QStringLiteral("file")));
        if (!f.open(QIODevice::ReadOnly)) {
            return usageError(QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString()), kVerb);
        }
        in.token = QString::fromUtf8(f.readAll()).trimmed();
    }
    const QString kind = p.value(QStringLiteral("kind"));
    static const QHash<QString, TokenKind> kinds{{QStringLiteral("viewstate"), TokenKind::ViewState},
                                                 {QStringLiteral("forms"), TokenKind::FormsTicket},
                                                 {QStringLiteral("resource"), TokenKind::Resource}};
    if (!kind.isEmpty() && !kinds.contains(kind)) {
        return usageError(QStringLiteral("unknown --kind '%1' (viewstate, forms or resource)").arg(kind),
                          kVerb);
    }
    in.kind = kind.isEmpty() ? detectTokenKind(in.token) : kinds.value(kind);
    if (p.isSet(QStringLiteral("generator"))) {
        bool ok = false;
        in.context.generator = p.value(QStringLiteral("generator")).toUInt(&ok, 16);
        if (!ok) {
            return usageError(QStringLiteral("--generator takes 8 hex digits"), kVerb);
        }
    }
    in.context.url = p.value(QStringLiteral("url"));
    in.context.appPath = p.value(QStringLiteral("app-path"));
    in.context.appId = p.value(QStringLiteral("app-id"));
    if (p.isSet(QStringLiteral("autogen-keys"))) {
        const QString blob = p.value(QStringLiteral("autogen-keys")).remove(QLatin1Char(' '));
        in.context.autogenKeys = QByteArray::fromHex(blob.toLatin1());
        if (!isEvenHex(blob) || in.context.autogenKeys.size() < 64) {
            return usageError(QStringLiteral("--autogen-keys takes at least 64 bytes of hex"), kVerb);
        }
    }
    if (p.isSet(QStringLiteral("viewstate-user-key"))) {
        in.context.viewStateUserKey = p.value(QStringLiteral("viewstate-user-key"));
    }
    for (const QString &file : p.values(QStringLiteral("config"))) {
        const auto c = candidateFromConfig(file);
        if (!c) {
            return ExitUsage;
        }
        in.candidates << *c;
    }
    if (p.isSet(QStringLiteral("keys"))) {
        const auto keys = candidatesFromKeys(p.value(QStringLiteral("keys")));
        if (!keys) {
            return ExitUsage;
        }
        in.candidates << *keys;
    }
    return -1;
}

void addOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("TOKEN"),
                            QStringLiteral("The __VIEWSTATE (base64), .ASPXAUTH (hex) or WebResource.axd / "
                                           "ScriptResource.axd d= value (or the whole URL)."));
    p.addOptions({
        {QStringLiteral("file"), QStringLiteral("Read the token from F."), QStringLiteral("F")},
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
                                 "valid, 1 invalid or not protected, 2 usage."));
        rc >= 0) {
        return rc;
    }
    TokenInput in;
    if (int rc = readInput(p, in); rc >= 0) {
        return rc;
    }
    if (in.candidates.isEmpty()) {
        in.candidates << MachineKeyCandidate{QStringLiteral("(no key)"), {}, {}, {}, {}, {}};
    }
    QJsonArray results;
    bool valid = false;
    for (const MachineKeyCandidate &c : in.candidates) {
        const TokenVerifyResult r = verifyToken(in.kind, in.token, c, in.context);
        valid = valid || r.status == TokenStatus::Valid;
        const QJsonObject o = resultJson(c, r);
        results.append(o);
        if (!p.isSet(QStringLiteral("json"))) {
            printResultText(o);
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        static const QStringList kindNames{QStringLiteral("viewstate"), QStringLiteral("forms"),
                                           QStringLiteral("resource")};
        printJson({{QStringLiteral("kind"), kindNames.value(int(in.kind))},
                   {QStringLiteral("valid"), valid},
                   {QStringLiteral("results"), results}});
    }
    out().flush();
    err().flush();
    return valid ? ExitOk : ExitFindings;
}

} // namespace sd::ctl
