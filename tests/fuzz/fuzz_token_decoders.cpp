// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the token verifier's decoders (token text of the three kinds, UrlToken, kind detection,
// ObjectStateFormatter description, forms ticket reader, page path → generator, runtime key values) and
// verifyToken() itself, for every kind, with a fixed key and page.
#include "aspnet/dotnethash.h"
#include "aspnet/runtimekeys.h"
#include "aspnet/tokenverify.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)sd::describeViewState(bytes);
    (void)sd::isCompleteViewState(bytes);
    if (const auto ticket = sd::parseFormsTicket(bytes)) {
        // What parses must serialize to a ticket that parses to the same fields.
        const auto again = sd::parseFormsTicket(sd::serializeFormsTicket(*ticket));
        if (!again || again->name != ticket->name || again->userData != ticket->userData ||
            again->cookiePath != ticket->cookiePath || again->issueDate != ticket->issueDate ||
            again->expiration != ticket->expiration || again->persistent != ticket->persistent)
            __builtin_trap();
    }
    static const sd::MachineKeyCandidate key{
        QStringLiteral("fuzz"),
        QStringLiteral("0074D9E5776602E629B362073918A43AD0D631800111D0453DB3416D3827C95B81F575B388A6B425E39AC"
                       "49BCDC2DC8A5"
                       "7AD2207DC726E78544525A83AB4FE08"),
        QStringLiteral("245EDC5AAF1F32D0087178F7409370AF0A2C1FDDE1240212C73604E0DE509029"),
        {},
        {},
        {}};
    sd::TokenContext context;
    context.url = QStringLiteral("/app/default.aspx");
    context.appPath = QStringLiteral("/app");
    context.generator = 0x9BD98A7D;
    const QString asText = QString::fromLatin1(bytes);
    (void)sd::verifyToken(sd::TokenKind::ViewState, QString::fromLatin1(bytes.toBase64()), key, context);
    (void)sd::verifyToken(sd::TokenKind::ViewState, asText, key, context);
    (void)sd::verifyToken(sd::TokenKind::FormsTicket, QString::fromLatin1(bytes.toHex()), key, context);
    (void)sd::verifyToken(sd::TokenKind::FormsTicket, asText, key, context);

    // Resource d= tokens: UrlToken must round-trip; the text is tried raw, as a URL and as a token.
    const QString urlToken = sd::urlTokenEncode(bytes);
    if (!bytes.isEmpty() && sd::decodeTokenText(sd::TokenKind::Resource, urlToken) != bytes)
        __builtin_trap();
    (void)sd::detectTokenKind(asText);
    (void)sd::verifyToken(sd::TokenKind::Resource, urlToken, key, context);
    (void)sd::verifyToken(sd::TokenKind::Resource, asText, key, context);

    // The input as a page URL, an app path / id and a key value.
    sd::TokenContext page;
    page.url = asText;
    page.appPath = asText.section(QLatin1Char('/'), 0, 1);
    page.appId = asText;
    (void)sd::viewStatePurposes(page);
    (void)sd::viewStateGenerator(page);
    (void)sd::invariantIgnoreCaseHash(asText);
    page.autogenKeys = bytes;
    (void)sd::legacyRuntimeKey(asText, true, 0, 64, page);
    (void)sd::legacyRuntimeKey(key.validationKey + QStringLiteral(",IsolateApps,IsolateByAppId"), false, 64,
                               24, page);
    (void)sd::framework45RuntimeKey(asText, false, page);
    return 0;
}
