// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the token verifier's decoders (token text, ObjectStateFormatter description, forms ticket
// reader) and verifyToken() itself, for both kinds, with a fixed key and page.
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
    return 0;
}
