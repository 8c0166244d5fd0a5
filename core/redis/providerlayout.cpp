// SPDX-License-Identifier: GPL-3.0-or-later
#include "redis/providerlayout.h"

#include <QtEndian>

#include <array>

namespace sd {

namespace {

struct Suffix
{
    std::string_view text;
    ProviderKeyRole role;
    bool v5;
};

// Longest first where one ends another ("_Write_Lock" before any shorter "_Lock").
constexpr std::array<Suffix, 6> kSuffixes{{
    {"_SessionStateItemCollection", ProviderKeyRole::Data, true},
    {"_SessionTimeout", ProviderKeyRole::Timeout, true},
    {"_WriteLock", ProviderKeyRole::Lock, true},
    {"_Write_Lock", ProviderKeyRole::Lock, false},
    {"_Internal", ProviderKeyRole::Timeout, false},
    {"_Data", ProviderKeyRole::Data, false},
}};

std::string globEscape(std::string_view s)
{
    std::string out;
    for (char c : s) {
        if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

void putInt32(QByteArray &out, qint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

/// A LengthPrefixedString: 7-bit encoded UTF-8 length, then the bytes (BinaryWriter.Write(string)).
void putString(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    quint32 n = quint32(utf8.size());
    while (n >= 0x80) {
        out.append(char((n & 0x7f) | 0x80));
        n >>= 7;
    }
    out.append(char(n));
    out += utf8;
}

/// SerializationHeaderRecord: type 0, root id 1, header id -1, version 1.0.
QByteArray nrbfHeader()
{
    QByteArray out(1, '\0');
    putInt32(out, 1);
    putInt32(out, -1);
    putInt32(out, 1);
    putInt32(out, 0);
    return out;
}

/// BinaryLibrary (12) with id 2, then ClassWithMembersAndTypes (5) of object 1 with the member names.
QByteArray classRecord(const QString &className, const QString &assembly, const QStringList &members)
{
    QByteArray out;
    out.append(char(12));
    putInt32(out, 2);
    putString(out, assembly);
    out.append(char(5));
    putInt32(out, 1);
    putString(out, className);
    putInt32(out, qint32(members.size()));
    for (const QString &m : members) {
        putString(out, m);
    }
    return out;
}

} // namespace

ProviderKeys providerKeys(ProviderLayout layout, std::string_view app, std::string_view id)
{
    std::string base;
    base.reserve(app.size() + id.size() + 3);
    if (layout != ProviderLayout::V1) {
        base += '{';
    }
    base += app;
    base += '_';
    base += id;
    if (layout != ProviderLayout::V1) {
        base += '}';
    }
    if (layout == ProviderLayout::V5) {
        return {base + "_SessionStateItemCollection", base + "_WriteLock", base + "_SessionTimeout"};
    }
    return {base + "_Data", base + "_Write_Lock", base + "_Internal"};
}

std::optional<ProviderKey> parseProviderKey(std::string_view key)
{
    for (const Suffix &s : kSuffixes) {
        if (key.size() <= s.text.size() || key.substr(key.size() - s.text.size()) != s.text) {
            continue;
        }
        std::string_view inner = key.substr(0, key.size() - s.text.size());
        ProviderKey k;
        k.role = s.role;
        const bool tagged = inner.size() >= 2 && inner.front() == '{' && inner.back() == '}';
        if (s.v5) {
            if (!tagged) {
                return std::nullopt;
            }
            k.layout = ProviderLayout::V5;
        } else {
            k.layout = tagged ? ProviderLayout::V2to4 : ProviderLayout::V1;
        }
        if (tagged) {
            inner = inner.substr(1, inner.size() - 2);
        }
        const std::size_t underscore = inner.rfind('_');
        if (underscore == std::string_view::npos || underscore + 1 == inner.size()) {
            return std::nullopt;
        }
        k.app = std::string(inner.substr(0, underscore));
        k.id = std::string(inner.substr(underscore + 1));
        return k;
    }
    return std::nullopt;
}

const char *layoutName(ProviderLayout layout)
{
    switch (layout) {
    case ProviderLayout::V1:
        return "v1";
    case ProviderLayout::V2to4:
        return "v2-v4";
    case ProviderLayout::V5:
        break;
    }
    return "v5";
}

std::optional<ProviderLayout> parseLayoutName(std::string_view name)
{
    if (name == "v5" || name == "5") {
        return ProviderLayout::V5;
    }
    if (name == "v2-v4" || name == "v2" || name == "v3" || name == "v4" || name == "4") {
        return ProviderLayout::V2to4;
    }
    if (name == "v1" || name == "1") {
        return ProviderLayout::V1;
    }
    return std::nullopt;
}

std::string providerScanPattern(std::string_view app, std::string_view idPrefix)
{
    if (app.empty() && idPrefix.empty()) {
        return {};
    }
    // "*" first: v2+ keys start with '{', v1 keys with the application name itself.
    std::string pattern = "*"; // appended piecewise: GCC 12's -Wrestrict misfires on the chained operator+
    pattern += globEscape(app);
    pattern += '_';
    pattern += globEscape(idPrefix);
    pattern += '*';
    return pattern;
}

QByteArray encodeV5Collection(const SessionStateData &data)
{
    SessionStateData d = data;
    d.itemsPresent = true; // an empty collection is still written (count 0)
    d.staticObjects.reset();
    d.compressed = false;
    const QByteArray full = encodeSessionState(d);
    return full.mid(6, full.size() - 7);
}

std::optional<SessionStateData> decodeV5Collection(const QByteArray &bytes, DecodeError *error)
{
    // SessionStateUtility's frame around it: timeout 0, hasItems, no static objects ... 0xFF.
    QByteArray framed("\0\0\0\0\1\0", 6);
    framed += bytes;
    framed += char(0xff);
    DecodeOptions options;
    options.compression = DecodeOptions::Compression::No;
    DecodeError e;
    auto data = decodeSessionState(framed, options, &e);
    if (!data && error) {
        e.offset = std::clamp<qsizetype>(e.offset - 6, 0, bytes.size());
        *error = e;
    }
    return data;
}

QByteArray nrbfString(const QString &text)
{
    QByteArray out = nrbfHeader();
    out.append(char(6)); // BinaryObjectString
    putInt32(out, 1);
    putString(out, text);
    out.append(char(11)); // MessageEnd
    return out;
}

QByteArray nrbfRedisNull()
{
    QByteArray out = nrbfHeader();
    out += classRecord(QString::fromLatin1(kRedisNullClass),
                       QStringLiteral("Microsoft.Web.RedisSessionStateProvider, Version=4.0.1.0, "
                                      "Culture=neutral, PublicKeyToken=null"),
                       {});
    putInt32(out, 2); // library id (no member types: the BinaryTypeEnum list is empty)
    out.append(char(11));
    return out;
}

QByteArray nrbfClassWithInt32(const QString &className, const QString &assembly, const QString &member,
                              qint32 value)
{
    QByteArray out = nrbfHeader();
    out += classRecord(className, assembly, {member});
    out.append(char(0)); // BinaryTypeEnum Primitive
    out.append(char(8)); // PrimitiveTypeEnum Int32
    putInt32(out, 2);    // library id
    putInt32(out, value);
    out.append(char(11));
    return out;
}

} // namespace sd
