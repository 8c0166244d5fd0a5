// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the State Service request parser, the key decoder and the StateRuntime dispatch.
#include "stateproto/sessionstore.h"
#include "stateproto/stateprotocol.h"
#include "stateproto/stateruntime.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static sd::SessionStore store;
    sd::proto::Limits limits;
    limits.maxLineBytes = 512;
    limits.maxHeaders = 16;
    limits.maxBodyBytes = 4096;
    sd::proto::RequestParser parser(limits);
    std::string_view input(reinterpret_cast<const char *>(data), size);
    // Feed it as a connection would: growing prefixes, then whole requests back to back.
    for (std::size_t cut = 0; cut < input.size(); cut += 1 + input.size() / 7)
        (void)parser.parse(input.substr(0, cut));
    while (!input.empty()) {
        const auto st = parser.parse(input);
        if (st != sd::proto::RequestParser::Status::Done)
            break;
        std::string out;
        sd::proto::appendResponse(out, sd::processRequest(store, parser.request()));
        input.remove_prefix(parser.consumed());
    }
    if (store.size() > 10000)
        store.expire(INT64_MAX);
    sd::proto::ResponseParser response;
    (void)response.parse(std::string_view(reinterpret_cast<const char *>(data), size));
    return 0;
}
