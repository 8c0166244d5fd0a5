// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/tokencheck.h"

#include "aspnet/configdocument.h"
#include "aspnet/configschema.h"
#include "aspnet/machinekey.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace sd {

namespace {

/// The value of attribute `name` in one HTML tag, entity-decoded for the few entities a base64 value can
/// hold.
QString tagAttribute(const QString &tag, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\b%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))")
                                    .arg(QRegularExpression::escape(name)),
                                QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(tag);
    if (!m.hasMatch()) {
        return {};
    }
    QString v = m.captured(1) + m.captured(2) + m.captured(3);
    v.replace(QStringLiteral("&#43;"), QStringLiteral("+"))
        .replace(QStringLiteral("&#47;"), QStringLiteral("/"))
        .replace(QStringLiteral("&#61;"), QStringLiteral("="))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return v;
}

/// `<input name="NAME" value="…">` in an HTML page: the value, or nullopt when no such input.
std::optional<QString> hiddenField(const QString &html, const QString &name)
{
    static const QRegularExpression input(QStringLiteral("<input\\b[^>]*>"),
                                          QRegularExpression::CaseInsensitiveOption);
    for (auto it = input.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured(0);
        if (tagAttribute(tag, QStringLiteral("name")) == name ||
            tagAttribute(tag, QStringLiteral("id")) == name) {
            return tagAttribute(tag, QStringLiteral("value"));
        }
    }
    return std::nullopt;
}

std::optional<ExtractedToken> fromHtml(const QString &text)
{
    const auto viewState = hiddenField(text, QStringLiteral("__VIEWSTATE"));
    if (!viewState) {
        return std::nullopt;
    }
    ExtractedToken t{TokenKind::ViewState, *viewState, std::nullopt, QStringLiteral("HTML page")};
    if (const auto generator = hiddenField(text, QStringLiteral("__VIEWSTATEGENERATOR"))) {
        bool ok = false;
        const quint32 g = generator->toUInt(&ok, 16);
        if (ok) {
            t.generator = g;
        }
    }
    return t;
}

std::optional<ExtractedToken> fromCookies(const QString &text, const QString &cookieName)
{
    static const QRegularExpression header(QStringLiteral("^\\s*(?:set-)?cookie\\s*:\\s*"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(header);
        for (const QString &pair : line.split(QLatin1Char(';'))) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq > 0 && pair.left(eq).trimmed().compare(cookieName, Qt::CaseInsensitive) == 0) {
                return ExtractedToken{TokenKind::FormsTicket, pair.mid(eq + 1).trimmed(), std::nullopt,
                                      QStringLiteral("Cookie header")};
            }
        }
    }
    return std::nullopt;
}

QStringList microsoftAdvice()
{
    // machinekey.md §4: Microsoft Threat Intelligence, 2025-02-06.
    return {
        QStringLiteral("Web farm with fixed keys: generate new keys and put the same new values on all "
                       "servers."),
        QStringLiteral("Single server with fixed keys: remove <machineKey> so ASP.NET uses keys "
                       "auto-generated at runtime."),
        QStringLiteral("SharePoint or Exchange: use their own key-rotation procedure."),
        QStringLiteral("Rotating keys does not remove a backdoor already planted: investigate the servers, "
                       "and consider rebuilding web-facing servers offline if they were exploited.")};
}

struct DisclosedIndex
{
    const DisclosedKeyList *hashes = nullptr;
    QSet<QString> plain; ///< upper-case hex keys of the plain list

    bool contains(const QString &key) const
    {
        const QString hex = parseKeyValue(key).hex.toUpper();
        if (hex.isEmpty()) {
            return false;
        }
        return plain.contains(hex) || (hashes && hashes->contains(hex));
    }
    bool candidateDisclosed(const MachineKeyCandidate &c) const
    {
        return contains(c.validationKey) || contains(c.decryptionKey);
    }
};

void addFindings(TokenReport &r)
{
    QSet<QString> seen;
    for (const CandidateOutcome &o : std::as_const(r.outcomes)) {
        if (!o.disclosed || seen.contains(o.candidate.label)) {
            continue;
        }
        seen.insert(o.candidate.label);
        const bool made = o.result.status == TokenStatus::Valid;
        TokenFinding f;
        f.code = made ? QStringLiteral("TOK001") : QStringLiteral("TOK002");
        f.level = made ? TokenFindingLevel::Critical : TokenFindingLevel::Warning;
        f.candidate = o.candidate.label;
        f.message = made ? QStringLiteral(
                               "This token was made with a publicly disclosed machine key: anyone can forge "
                               "ViewState and tickets for this application, which attackers use for code "
                               "injection.")
                         : QStringLiteral(
                               "This candidate key is on the publicly disclosed list, though it did not make "
                               "this token.");
        f.advice = microsoftAdvice();
        r.findings << f;
    }
}

} // namespace

std::optional<ExtractedToken> extractToken(const QString &text, std::optional<TokenKind> kind,
                                           const QString &formsCookieName)
{
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return std::nullopt;
    }
    if (t.contains(QStringLiteral("<input"), Qt::CaseInsensitive)) {
        return fromHtml(t);
    }
    const bool resource = kind ? *kind == TokenKind::Resource : detectTokenKind(t) == TokenKind::Resource;
    if (resource) {
        return ExtractedToken{TokenKind::Resource, t, std::nullopt, QStringLiteral("token")};
    }
    if (t.contains(QLatin1Char(';')) || t.contains(QLatin1Char('\n')) ||
        t.startsWith(QStringLiteral("cookie"), Qt::CaseInsensitive) ||
        t.startsWith(QStringLiteral("set-cookie"), Qt::CaseInsensitive) ||
        t.startsWith(formsCookieName + QLatin1Char('='), Qt::CaseInsensitive)) {
        if (auto c = fromCookies(t, formsCookieName)) {
            return c;
        }
        if (!t.startsWith(QStringLiteral("/wE"))) {
            return std::nullopt;
        }
    }
    ExtractedToken out;
    out.token = t;
    out.source = QStringLiteral("token");
    out.kind = kind.value_or(detectTokenKind(t));
    return out;
}

MachineKeyCandidate candidateFromConfig(const ConfigDocument &doc, const QString &label)
{
    auto value = [&](const char *name) {
        return effectiveValue(doc, 0, SectionKind::MachineKey, QString::fromLatin1(name)).value;
    };
    MachineKeyCandidate c;
    c.label = label;
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

QList<MachineKeyCandidate> candidatesFromKeyList(const QByteArray &text, const QString &label, int *hashLines)
{
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    QList<MachineKeyCandidate> out;
    int hashes = 0;
    int line = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++line;
        const QString s = QString::fromUtf8(raw).trimmed();
        if (s.isEmpty() || s.startsWith(QLatin1Char('#'))) {
            continue;
        }
        QStringList parts = s.split(QLatin1Char(','));
        for (QString &p : parts) {
            p = p.trimmed();
        }
        const QString v = parts.value(0);
        const QString d = parts.value(1);
        if (!isEvenHex(v) && !isEvenHex(d)) {
            continue; // a header or a line without key material
        }
        if ((v.isEmpty() || hash.match(v).hasMatch()) && (d.isEmpty() || hash.match(d).hasMatch())) {
            ++hashes;
            continue;
        }
        MachineKeyCandidate c;
        c.label = QStringLiteral("%1:%2").arg(label).arg(line);
        c.validationKey = v;
        c.decryptionKey = d;
        if (parts.size() > 2) {
            c.validation = parseValidationAlgorithm(parts[2]);
        }
        if (parts.size() > 3) {
            c.decryption = parseDecryptionAlgorithm(parts[3]);
        }
        out << c;
    }
    if (hashLines) {
        *hashLines = hashes;
    }
    return out;
}

TokenReport checkToken(const TokenCheckInput &input, const std::function<bool(int, int)> &progress)
{
    TokenReport r;
    r.kind = input.token.kind;
    DisclosedIndex index{input.disclosedHashes, {}};
    for (const MachineKeyCandidate &c : input.disclosedKeys) {
        for (const QString &k : {c.validationKey, c.decryptionKey}) {
            const QString hex = parseKeyValue(k).hex.toUpper();
            if (!hex.isEmpty()) {
                index.plain.insert(hex);
            }
        }
    }
    TokenContext context = input.context;
    if (!context.generator) {
        context.generator = input.token.generator;
    }
    const int total = int(input.candidates.size() + input.disclosedKeys.size());
    int done = 0;
    auto tick = [&] {
        ++done;
        if (progress && (done % 256 == 0 || done == total) && !progress(done, total)) {
            r.cancelled = true;
        }
        return !r.cancelled;
    };
    for (const MachineKeyCandidate &c : input.candidates) {
        CandidateOutcome o{c, verifyToken(r.kind, input.token.token, c, context), false,
                           index.candidateDisclosed(c)};
        r.valid = r.valid || o.result.status == TokenStatus::Valid;
        r.disclosed = r.disclosed || (o.disclosed && o.result.status == TokenStatus::Valid);
        r.outcomes << o;
        if (!tick()) {
            return r;
        }
    }
    for (const MachineKeyCandidate &c : input.disclosedKeys) {
        const TokenVerifyResult v = verifyToken(r.kind, input.token.token, c, context);
        ++r.triedDisclosed;
        if (v.status == TokenStatus::Valid) {
            r.outcomes << CandidateOutcome{c, v, true, true};
            r.valid = true;
            r.disclosed = true;
            break;
        }
        if (v.status == TokenStatus::Malformed || v.status == TokenStatus::NotProtected) {
            break; // the same for every key
        }
        if (!tick()) {
            return r;
        }
    }
    addFindings(r);
    return r;
}

QString tokenStatusName(TokenStatus s)
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

QString tokenKindName(TokenKind k)
{
    switch (k) {
    case TokenKind::ViewState:
        return QStringLiteral("viewstate");
    case TokenKind::FormsTicket:
        return QStringLiteral("forms");
    case TokenKind::Resource:
        return QStringLiteral("resource");
    }
    return {};
}

namespace {

QJsonObject outcomeJson(const CandidateOutcome &o)
{
    const TokenVerifyResult &r = o.result;
    QJsonObject j{{QStringLiteral("candidate"), o.candidate.label},
                  {QStringLiteral("status"), tokenStatusName(r.status)},
                  {QStringLiteral("disclosed"), o.disclosed}};
    if (r.status == TokenStatus::Valid) {
        j.insert(QStringLiteral("mode"), protectionName(r.protection));
        j.insert(QStringLiteral("validation"), validationName(*r.validation));
        if (r.decryption) {
            j.insert(QStringLiteral("decryption"), QStringLiteral("%1-%2")
                                                       .arg(decryptionName(*r.decryption))
                                                       .arg(decryptionKeyBytes(*r.decryption) * 8));
        }
        j.insert(QStringLiteral("clearHex"), QString::fromLatin1(r.clear.toHex()));
        if (r.generator) {
            j.insert(QStringLiteral("generator"),
                     QString::number(*r.generator, 16).toUpper().rightJustified(8, u'0') +
                         (r.generatorComputed ? QStringLiteral(" (computed)") : QString()));
        }
        if (!r.keyDerivation.isEmpty()) {
            j.insert(QStringLiteral("keys"), r.keyDerivation);
        }
        if (r.resourceHandler) {
            j.insert(QStringLiteral("resource"), resourceHandlerName(*r.resourceHandler));
        }
    } else {
        j.insert(QStringLiteral("cause"), r.cause);
    }
    if (!r.structure.isEmpty()) {
        j.insert(QStringLiteral("structure"), r.structure);
    }
    if (r.ticket) {
        j.insert(QStringLiteral("ticket"),
                 QJsonObject{{QStringLiteral("version"), r.ticket->version},
                             {QStringLiteral("name"), r.ticket->name},
                             {QStringLiteral("issueDate"), r.ticket->issueDate.toString(Qt::ISODate)},
                             {QStringLiteral("expiration"), r.ticket->expiration.toString(Qt::ISODate)},
                             {QStringLiteral("persistent"), r.ticket->persistent},
                             {QStringLiteral("userData"), r.ticket->userData},
                             {QStringLiteral("cookiePath"), r.ticket->cookiePath}});
    }
    return j;
}

} // namespace

QJsonObject tokenReportJson(const TokenReport &report)
{
    QJsonArray results;
    for (const CandidateOutcome &o : report.outcomes) {
        results.append(outcomeJson(o));
    }
    QJsonArray findings;
    for (const TokenFinding &f : report.findings) {
        findings.append(QJsonObject{{QStringLiteral("code"), f.code},
                                    {QStringLiteral("level"), f.level == TokenFindingLevel::Critical
                                                                  ? QStringLiteral("critical")
                                                                  : QStringLiteral("warning")},
                                    {QStringLiteral("candidate"), f.candidate},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("advice"), QJsonArray::fromStringList(f.advice)}});
    }
    return {{QStringLiteral("kind"), tokenKindName(report.kind)},
            {QStringLiteral("valid"), report.valid},
            {QStringLiteral("disclosed"), report.disclosed},
            {QStringLiteral("triedDisclosed"), report.triedDisclosed},
            {QStringLiteral("cancelled"), report.cancelled},
            {QStringLiteral("results"), results},
            {QStringLiteral("findings"), findings}};
}

} // namespace sd
