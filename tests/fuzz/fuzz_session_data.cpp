// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the SessionStateUtility / SessionStateItemCollection / AltSerialization decoder.
#include "aspnet/sessiondata.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sd::DecodeOptions options;
    options.maxInflatedSize = 1 << 20;
    sd::DecodeError error;
    if (const auto decoded = sd::decodeSessionState(bytes, options, &error)) {
        for (const sd::SessionItem &item : decoded->items)
            (void)sd::decodeAltValue(item.raw);
        // What decodes must encode back; uncompressed input must come back byte-exact.
        const QByteArray again = sd::encodeSessionState(*decoded);
        if (!decoded->compressed && again != bytes)
            __builtin_trap();
    }
    (void)sd::decodeAltValue(bytes);
    return 0;
}
