// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/dotnethash.h"

#include <array>

namespace sd {

namespace {

/// Script member (high byte) and alphabetic weight (low byte) of U+0020..U+007E in the SORTKEY DEFAULT
/// section of Microsoft's Windows 10 Sorting Weight Table. Diacritic weights are all 2 and case weights 2 (or
/// 0x12 for capitals, 2 once NORM_IGNORECASE masks the upper-case bit), so they never reach the key.
/// Script member 6 (PUNCTUATION: '\'' and '-') goes to the special-weight section under word sort.
constexpr std::array<quint16, 95> kAsciiWeights{
    0x0702, 0x071C, 0x071D, 0x071F, 0x0721, 0x0723, 0x0725, 0x0680, 0x0727, 0x072A, 0x072D, 0x0803,
    0x072F, 0x0682, 0x0733, 0x0735, 0x0D03, 0x0D1A, 0x0D1C, 0x0D1E, 0x0D20, 0x0D22, 0x0D24, 0x0D26,
    0x0D28, 0x0D2A, 0x0737, 0x073A, 0x080E, 0x0812, 0x0814, 0x073C, 0x073E, 0x0E02, 0x0E09, 0x0E0A,
    0x0E1A, 0x0E21, 0x0E23, 0x0E25, 0x0E2C, 0x0E32, 0x0E35, 0x0E36, 0x0E48, 0x0E51, 0x0E70, 0x0E7C,
    0x0E7E, 0x0E89, 0x0E8A, 0x0E91, 0x0E99, 0x0E9F, 0x0EA2, 0x0EA4, 0x0EA6, 0x0EA7, 0x0EA9, 0x073F,
    0x0741, 0x0742, 0x0743, 0x0744, 0x0748, 0x0E02, 0x0E09, 0x0E0A, 0x0E1A, 0x0E21, 0x0E23, 0x0E25,
    0x0E2C, 0x0E32, 0x0E35, 0x0E36, 0x0E48, 0x0E51, 0x0E70, 0x0E7C, 0x0E7E, 0x0E89, 0x0E8A, 0x0E91,
    0x0E99, 0x0E9F, 0x0EA2, 0x0EA4, 0x0EA6, 0x0EA7, 0x0EA9, 0x074A, 0x074C, 0x074E, 0x0750,
};

constexpr quint8 kPunctuation = 6;
constexpr char kSeparator = 0x01;

} // namespace

std::optional<QByteArray> invariantIgnoreCaseSortKey(QStringView s)
{
    QByteArray key;
    key.reserve(s.size() * 2 + 5);
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7E) {
            return std::nullopt;
        }
        const quint16 w = kAsciiWeights[u - 0x20];
        if ((w >> 8) == kPunctuation) {
            return std::nullopt;
        }
        key.append(char(w >> 8)).append(char(w & 0xFF));
    }
    // Unicode weights, then the (empty) diacritic, case and extra sections, the (empty) special section
    // and the terminator.
    key.append(4, kSeparator).append('\0');
    return key;
}

std::optional<qint32> invariantIgnoreCaseHash(QStringView s)
{
    if (s.isEmpty()) {
        return 0; // CompareInfo.GetHashCodeOfString returns 0 before calling into native code
    }
    const auto key = invariantIgnoreCaseSortKey(s);
    if (!key) {
        return std::nullopt;
    }
    quint32 h1 = 5381;
    quint32 h2 = 5381;
    const auto *p = reinterpret_cast<const quint8 *>(key->constData());
    for (qsizetype i = 0; i < key->size() && p[i] != 0; i += 2) {
        h1 = ((h1 << 5) + h1) ^ p[i];
        if (i + 1 >= key->size() || p[i + 1] == 0) {
            break;
        }
        h2 = ((h2 << 5) + h2) ^ p[i + 1];
    }
    return qint32(h1 + h2 * 1566083941u);
}

} // namespace sd
