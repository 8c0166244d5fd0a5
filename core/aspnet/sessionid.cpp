// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/sessionid.h"
#include "base/crypto.h"

namespace sd {

namespace {
constexpr char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz012345";

int alphabetIndex(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'a' && u <= u'z')
        return u - u'a';
    if (u >= u'0' && u <= u'5')
        return 26 + (u - u'0');
    return -1;
}
} // namespace

QString encodeSessionId(const QByteArray &bytes)
{
    if (bytes.size() != 15)
        return {};
    const auto *b = reinterpret_cast<const unsigned char *>(bytes.constData());
    QString out;
    out.reserve(kSessionIdLength);
    for (int i = 0; i < 15; i += 5) {
        // SessionId.Encode: a little-endian int32 gives six characters, its top two bits and
        // the fifth byte give two more.
        quint32 n =
            quint32(b[i]) | quint32(b[i + 1]) << 8 | quint32(b[i + 2]) << 16 | quint32(b[i + 3]) << 24;
        for (int shift = 0; shift <= 25; shift += 5)
            out += QLatin1Char(kAlphabet[(n >> shift) & 31]);
        n = ((n >> 30) & 3) | (quint32(b[i + 4]) << 2);
        out += QLatin1Char(kAlphabet[n & 31]);
        out += QLatin1Char(kAlphabet[(n >> 5) & 31]);
    }
    return out;
}

std::optional<QByteArray> decodeSessionIdBytes(const QString &id)
{
    if (!isLegitSessionId(id))
        return std::nullopt;
    QByteArray bytes(15, '\0');
    auto *b = reinterpret_cast<unsigned char *>(bytes.data());
    for (int group = 0; group < 3; ++group) {
        int v[8];
        for (int k = 0; k < 8; ++k)
            v[k] = alphabetIndex(id[group * 8 + k]);
        quint32 n = 0;
        for (int k = 0; k < 6; ++k)
            n |= quint32(v[k]) << (5 * k);
        const quint32 tail = quint32(v[6]) | quint32(v[7]) << 5; // 10 bits: 2 from n, 8 from byte 4
        n |= (tail & 3) << 30;
        const int i = group * 5;
        b[i] = n & 0xff;
        b[i + 1] = (n >> 8) & 0xff;
        b[i + 2] = (n >> 16) & 0xff;
        b[i + 3] = (n >> 24) & 0xff;
        b[i + 4] = (tail >> 2) & 0xff;
    }
    return bytes;
}

std::optional<QString> createSessionId()
{
    const std::optional<QByteArray> bytes = randomBytes(15);
    if (!bytes)
        return std::nullopt;
    return encodeSessionId(*bytes);
}

bool isLegitSessionId(const QString &id)
{
    if (id.size() != kSessionIdLength)
        return false;
    for (QChar c : id)
        if (alphabetIndex(c) < 0)
            return false;
    return true;
}

std::optional<QString> normalizeSessionId(const QString &incoming, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (incoming.size() > kSessionIdMaxLength)
        return fail(QStringLiteral("session id is longer than %1 characters").arg(kSessionIdMaxLength));
    const QString id = incoming.toLower();
    if (id.size() != kSessionIdLength)
        return fail(QStringLiteral("session id has %1 characters; SessionIDManager ids have %2")
                        .arg(id.size())
                        .arg(kSessionIdLength));
    for (int i = 0; i < id.size(); ++i)
        if (alphabetIndex(id[i]) < 0)
            return fail(QStringLiteral("character '%1' at %2 is not in the session id alphabet (a-z, 0-5)")
                            .arg(id[i])
                            .arg(i + 1));
    return id;
}

} // namespace sd
