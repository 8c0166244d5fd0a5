// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/sessiondata.h"
#include "aspnet/dotnetticks.h"

#include <QDateTime>
#include <QStringDecoder>
#include <QUuid>

#include <zlib.h>

#include <cmath>
#include <cstring>

namespace sd {

namespace {

/// .NET ticks (100 ns) between 0001-01-01 and 1970-01-01.

/// Little-endian BinaryReader over a byte range; the first failure sticks and records its offset.
class Reader
{
public:
    Reader(const QByteArray &data, qsizetype begin, qsizetype end) : m_data(data), m_pos(begin), m_end(end) {}

    bool ok() const { return m_error.message.isEmpty(); }
    qsizetype pos() const { return m_pos; }
    qsizetype remaining() const { return m_end - m_pos; }
    const DecodeError &error() const { return m_error; }

    bool fail(const QString &message, qsizetype at = -1)
    {
        if (ok())
            m_error = {at < 0 ? m_pos : at, message};
        m_pos = m_end;
        return false;
    }

    bool need(qsizetype n, const char *what)
    {
        if (!ok())
            return false;
        if (n < 0 || remaining() < n)
            return fail(QStringLiteral("%1 needs %2 bytes, %3 left")
                            .arg(QLatin1String(what))
                            .arg(n)
                            .arg(remaining()));
        return true;
    }

    quint64 uint(int bytes, const char *what)
    {
        if (!need(bytes, what))
            return 0;
        quint64 v = 0;
        for (int i = 0; i < bytes; ++i)
            v |= quint64(quint8(m_data[m_pos + i])) << (8 * i);
        m_pos += bytes;
        return v;
    }
    qint32 int32(const char *what) { return qint32(quint32(uint(4, what))); }
    quint8 byte(const char *what) { return quint8(uint(1, what)); }

    bool boolean(const char *what)
    {
        const qsizetype at = m_pos;
        const quint8 b = byte(what);
        if (ok() && b > 1)
            fail(QStringLiteral("%1 must be 0 or 1, found %2").arg(QLatin1String(what)).arg(b), at);
        return b == 1;
    }

    /// BinaryReader.Read7BitEncodedInt: at most 5 bytes.
    qint32 leb128(const char *what)
    {
        const qsizetype at = m_pos;
        quint32 v = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            const quint8 b = byte(what);
            if (!ok())
                return 0;
            v |= quint32(b & 0x7f) << shift;
            if (!(b & 0x80))
                return qint32(v);
        }
        fail(QStringLiteral("%1: 7-bit encoded length longer than 5 bytes").arg(QLatin1String(what)), at);
        return 0;
    }

    /// BinaryReader.ReadString: 7-bit encoded UTF-8 byte count + strict UTF-8.
    QString string(const char *what)
    {
        const qsizetype at = m_pos;
        const qint32 len = leb128(what);
        if (!ok())
            return {};
        if (len < 0)
            return fail(QStringLiteral("%1: negative string length").arg(QLatin1String(what)), at), QString();
        if (!need(len, what))
            return {};
        QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString s = dec(QByteArrayView(m_data.constData() + m_pos, len));
        if (dec.hasError())
            return fail(QStringLiteral("%1 is not valid UTF-8").arg(QLatin1String(what)), m_pos), QString();
        m_pos += len;
        return s;
    }

    QByteArray bytes(qsizetype n, const char *what)
    {
        if (!need(n, what))
            return {};
        QByteArray b = m_data.mid(m_pos, n);
        m_pos += n;
        return b;
    }

    void skip(qsizetype n, const char *what)
    {
        if (need(n, what))
            m_pos += n;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos;
    qsizetype m_end;
    DecodeError m_error;
};

void putInt(QByteArray &out, quint64 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += char((v >> (8 * i)) & 0xff);
}

void putLeb128(QByteArray &out, quint32 v)
{
    while (v >= 0x80) {
        out += char((v & 0x7f) | 0x80);
        v >>= 7;
    }
    out += char(v);
}

void putString(QByteArray &out, const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    putLeb128(out, quint32(utf8.size()));
    out += utf8;
}

/// Size and signedness of the fixed-size integer type ids (Int32, Byte, SByte, Int16, Int64, UInt16/32/64).
struct IntegerLayout
{
    int bytes;
    bool isSigned;
};
std::optional<IntegerLayout> fixedIntegerLayout(AltType type)
{
    switch (type) {
    case AltType::Int32:
        return IntegerLayout{4, true};
    case AltType::Byte:
        return IntegerLayout{1, false};
    case AltType::SByte:
        return IntegerLayout{1, true};
    case AltType::Int16:
        return IntegerLayout{2, true};
    case AltType::Int64:
        return IntegerLayout{8, true};
    case AltType::UInt16:
        return IntegerLayout{2, false};
    case AltType::UInt32:
        return IntegerLayout{4, false};
    case AltType::UInt64:
        return IntegerLayout{8, false};
    default:
        return std::nullopt;
    }
}

/// Converts between RFC 4122 byte order and Guid.ToByteArray's (Data1, Data2, Data3 little-endian);
/// self-inverse.
QByteArray swapGuidFields(const QByteArray &b)
{
    QByteArray out = b;
    static const int order[8] = {3, 2, 1, 0, 5, 4, 7, 6};
    for (int i = 0; i < 8; ++i)
        out[i] = b[order[i]];
    return out;
}

QString ticksToText(qint64 ticks)
{
    if (ticks < 0 || ticks > kMaxDateTimeTicks) // DateTime.MinValue..MaxValue
        return QStringLiteral("(%1 ticks: outside the DateTime range)").arg(ticks);
    const QDateTime dt = dateTimeFromTicks(ticks);
    const int frac = int(((ticks % 10000000) + 10000000) % 10000000);
    return dt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
           (frac ? u'.' + QString::number(frac).rightJustified(7, u'0') : QString());
}

QString timeSpanText(qint64 ticks)
{
    const bool neg = ticks < 0;
    const quint64 t = neg ? quint64(-(ticks + 1)) + 1 : quint64(ticks);
    const quint64 days = t / 864000000000ULL;
    const quint64 rest = t % 864000000000ULL;
    const quint64 h = rest / 36000000000ULL, m = (rest / 600000000ULL) % 60, s = (rest / 10000000ULL) % 60,
                  f = rest % 10000000ULL;
    QString text = neg ? QStringLiteral("-") : QString();
    if (days)
        text += QString::number(days) + u'.';
    text += QStringLiteral("%1:%2:%3")
                .arg(h, 2, 10, QLatin1Char('0'))
                .arg(m, 2, 10, QLatin1Char('0'))
                .arg(s, 2, 10, QLatin1Char('0'));
    if (f)
        text += u'.' + QString::number(f).rightJustified(7, u'0');
    return text;
}

/// Decimal.GetBits (lo, mid, hi, flags) to text: 96-bit magnitude, scale in flags bits 16-23, sign bit 31.
std::optional<QString> decimalText(quint32 lo, quint32 mid, quint32 hi, quint32 flags)
{
    const int scale = int((flags >> 16) & 0xff);
    if (scale > 28 || (flags & 0x7f00ffffU))
        return std::nullopt;
    unsigned __int128 v = (unsigned __int128)hi << 64 | (unsigned __int128)mid << 32 | lo;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(v % 10)));
        v /= 10;
    } while (v);
    if (scale > 0) {
        if (digits.size() <= scale)
            digits = QString(scale - digits.size() + 1, u'0') + digits;
        digits.insert(digits.size() - scale, u'.');
    }
    return (flags & 0x80000000U ? QStringLiteral("-") : QString()) + digits;
}

std::optional<QByteArray> decimalBits(const QString &text)
{
    QString t = text.trimmed();
    bool neg = false;
    if (t.startsWith(u'-') || t.startsWith(u'+')) {
        neg = t.startsWith(u'-');
        t.remove(0, 1);
    }
    const qsizetype dot = t.indexOf(u'.');
    const int scale = dot < 0 ? 0 : int(t.size() - dot - 1);
    if (dot >= 0)
        t.remove(dot, 1);
    if (t.isEmpty() || scale > 28 || t.size() > 29)
        return std::nullopt;
    unsigned __int128 v = 0;
    const unsigned __int128 max = ((unsigned __int128)1 << 96) - 1;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        v = v * 10 + (c.unicode() - u'0');
        if (v > max)
            return std::nullopt;
    }
    QByteArray out;
    putInt(out, quint64(v & 0xffffffffU), 4);
    putInt(out, quint64((v >> 32) & 0xffffffffU), 4);
    putInt(out, quint64((v >> 64) & 0xffffffffU), 4);
    putInt(out, (quint64(scale) << 16) | (neg ? 0x80000000ULL : 0), 4);
    return out;
}

/// Top-level class of an MS-NRBF stream, when it is the usual header, libraries, then a class record.
void describeNrbf(const QByteArray &raw, qsizetype begin, AltValue &v)
{
    Reader r(raw, begin, raw.size());
    if (r.byte("record type") != 0) // SerializationHeaderRecord
        return;
    r.skip(16, "header");
    for (int guard = 0; guard < 8 && r.ok(); ++guard) {
        const quint8 type = r.byte("record type");
        if (!r.ok())
            return;
        switch (type) {
        case 12: { // BinaryLibrary
            r.int32("library id");
            const QString name = r.string("library name");
            if (r.ok() && v.assemblyName.isEmpty())
                v.assemblyName = name;
            break;
        }
        case 2:
        case 3:
        case 4:
        case 5: { // (System)ClassWithMembers(AndTypes): ClassInfo first
            r.int32("object id");
            const QString name = r.string("class name");
            if (r.ok())
                v.className = name;
            return;
        }
        case 6:
            v.className = QStringLiteral("System.String");
            return;
        case 7:
        case 15:
        case 16:
        case 17:
            v.className = QStringLiteral("(array)");
            return;
        default:
            return;
        }
    }
}

} // namespace

QString DecodeError::toString() const
{
    return QStringLiteral("byte %1: %2").arg(offset).arg(message);
}

QString altTypeName(quint8 typeId)
{
    static const char *const names[] = {nullptr,
                                        "System.String",
                                        "System.Int32",
                                        "System.Boolean",
                                        "System.DateTime",
                                        "System.Decimal",
                                        "System.Byte",
                                        "System.Char",
                                        "System.Single",
                                        "System.Double",
                                        "System.SByte",
                                        "System.Int16",
                                        "System.Int64",
                                        "System.UInt16",
                                        "System.UInt32",
                                        "System.UInt64",
                                        "System.TimeSpan",
                                        "System.Guid",
                                        "System.IntPtr",
                                        "System.UIntPtr",
                                        "Object (BinaryFormatter)",
                                        "null"};
    if (typeId >= 1 && typeId <= 21)
        return QString::fromLatin1(names[typeId]);
    return QStringLiteral("unknown (%1)").arg(typeId);
}

namespace {

// ---- decoding: one step per group of type ids. Each reads the payload after the type id from `r`,
// fills `v.value` and `v.display`, and leaves any failure in `r`.

/// A little-endian integer of `bytes` bytes, sign-extended when `isSigned`.
void decodeInteger(Reader &r, AltValue &v, int bytes, bool isSigned)
{
    const quint64 u = r.uint(bytes, "integer");
    if (isSigned) {
        const int shift = 64 - 8 * bytes;
        const qint64 s = qint64(u << shift) >> shift;
        v.value = s;
        v.display = QString::number(s);
    } else {
        v.value = u;
        v.display = QString::number(u);
    }
}

/// String: BinaryWriter.Write(string), shown in double quotes.
void decodeString(Reader &r, AltValue &v)
{
    const QString s = r.string("string");
    v.value = s;
    v.display = u'"' + s + u'"';
}

/// Boolean: one byte, 0 or 1, shown as True/False.
void decodeBoolean(Reader &r, AltValue &v)
{
    const bool b = r.boolean("boolean");
    v.value = b;
    v.display = b ? QStringLiteral("True") : QStringLiteral("False");
}

/// DateTime and TimeSpan: 8 bytes of ticks (100 ns), shown as a date or a duration.
void decodeTicks(Reader &r, AltValue &v, AltType type)
{
    const bool dateTime = type == AltType::DateTime;
    const qint64 ticks = qint64(r.uint(8, dateTime ? "DateTime ticks" : "TimeSpan ticks"));
    v.value = ticks;
    v.display = dateTime ? ticksToText(ticks) : timeSpanText(ticks);
}

/// Decimal: four Int32 (lo, mid, hi, flags) as Decimal.GetBits gives them.
void decodeDecimal(Reader &r, AltValue &v)
{
    const quint32 lo = quint32(r.uint(4, "decimal")), mid = quint32(r.uint(4, "decimal")),
                  hi = quint32(r.uint(4, "decimal")), flags = quint32(r.uint(4, "decimal"));
    if (!r.ok())
        return;
    const auto text = decimalText(lo, mid, hi, flags);
    if (!text) {
        r.fail(QStringLiteral("decimal flags 0x%1 are not valid").arg(flags, 8, 16, QLatin1Char('0')), 13);
        return;
    }
    v.value = *text;
    v.display = *text;
}

/// Char: BinaryWriter.Write(char) writes the char's UTF-8 bytes (1 to 3); the whole remainder of `raw`
/// is the char.
void decodeChar(Reader &r, const QByteArray &raw, AltValue &v)
{
    QStringDecoder dec(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = dec(raw.mid(1));
    if (raw.size() < 2 || raw.size() > 4 || dec.hasError() || s.size() != 1) {
        r.fail(QStringLiteral("Char must be one UTF-8 encoded UTF-16 code unit"), 1);
        return;
    }
    r.skip(r.remaining(), "char");
    v.value = s;
    v.display = u'\'' + s + u'\'';
}

/// Single and Double: IEEE 754 bits, shown with 9 and 17 significant digits.
void decodeFloatingPoint(Reader &r, AltValue &v, AltType type)
{
    if (type == AltType::Single) {
        const quint32 bits = quint32(r.uint(4, "single"));
        float f;
        std::memcpy(&f, &bits, 4);
        v.value = double(f);
        v.display = QString::number(double(f), 'g', 9);
    } else {
        const quint64 bits = r.uint(8, "double");
        double d;
        std::memcpy(&d, &bits, 8);
        v.value = d;
        v.display = QString::number(d, 'g', 17);
    }
}

/// Guid: the 16 bytes of Guid.ToByteArray (Data1-3 little-endian).
void decodeGuid(Reader &r, AltValue &v)
{
    const QByteArray b = r.bytes(16, "Guid");
    if (!r.ok())
        return;
    const QUuid u = QUuid::fromRfc4122(swapGuidFields(b));
    v.value = u;
    v.display = u.toString(QUuid::WithoutBraces);
}

/// IntPtr and UIntPtr: as wide as the writer's pointers, so the payload must be 4 or 8 bytes.
void decodePointer(Reader &r, AltValue &v)
{
    const int n = int(r.remaining());
    if (n != 4 && n != 8) {
        r.fail(QStringLiteral("%1 must be 4 or 8 bytes, found %2").arg(altTypeName(v.typeId)).arg(n));
        return;
    }
    decodeInteger(r, v, n, AltType(v.typeId) == AltType::IntPtr);
}

/// Object: a BinaryFormatter stream, kept opaque; only its first class name is shown.
void decodeObject(Reader &r, const QByteArray &raw, AltValue &v)
{
    describeNrbf(raw, 1, v);
    r.skip(r.remaining(), "object");
    v.display = QStringLiteral("BinaryFormatter, %1 bytes").arg(raw.size() - 1);
    if (!v.className.isEmpty())
        v.display += QStringLiteral(", ") + v.className;
}

/// The payload of every type id but the fixed-size integers.
void decodePayload(Reader &r, const QByteArray &raw, AltValue &v)
{
    const AltType type = AltType(v.typeId);
    switch (type) {
    case AltType::String:
        return decodeString(r, v);
    case AltType::Boolean:
        return decodeBoolean(r, v);
    case AltType::DateTime:
    case AltType::TimeSpan:
        return decodeTicks(r, v, type);
    case AltType::Decimal:
        return decodeDecimal(r, v);
    case AltType::Char:
        return decodeChar(r, raw, v);
    case AltType::Single:
    case AltType::Double:
        return decodeFloatingPoint(r, v, type);
    case AltType::Guid:
        return decodeGuid(r, v);
    case AltType::IntPtr:
    case AltType::UIntPtr:
        return decodePointer(r, v);
    case AltType::Object:
        return decodeObject(r, raw, v);
    case AltType::Null:
        v.display = QStringLiteral("null");
        return;
    default:
        // ReadValueFromStream falls through its switch: the value reads back as null.
        r.skip(r.remaining(), "unknown");
        v.display = QStringLiteral("unknown type id %1 (reads back as null)").arg(v.typeId);
        return;
    }
}

// ---- encoding: one step per group of type ids. Each appends the payload for `value` to `out`, or
// returns false with `why` set.

/// The fixed-size integers, IntPtr and UIntPtr: decimal text (or a number) range-checked for the width.
bool encodeInteger(QByteArray &out, IntegerLayout layout, const QVariant &value, const QString &name,
                   QString *why)
{
    bool ok = true;
    const QString text = value.toString().trimmed();
    const int bits = 8 * layout.bytes;
    quint64 v = 0;
    if (layout.isSigned) {
        const qint64 s = text.toLongLong(&ok);
        ok = ok && (bits == 64 || (s >= -(qint64(1) << (bits - 1)) && s < (qint64(1) << (bits - 1))));
        v = quint64(s);
    } else {
        v = text.toULongLong(&ok);
        ok = ok && (bits == 64 || v < (quint64(1) << bits));
    }
    if (!ok) {
        *why = QStringLiteral("'%1' is not a %2").arg(value.toString(), name);
        return false;
    }
    putInt(out, v, layout.bytes);
    return true;
}

/// Boolean: a bool, or the text true/false/1/0 in any case.
bool encodeBoolean(QByteArray &out, const QVariant &value, QString *why)
{
    const QString t = value.toString().trimmed().toLower();
    if (value.typeId() == QMetaType::Bool)
        out += char(value.toBool() ? 1 : 0);
    else if (t == u"true" || t == u"1")
        out += char(1);
    else if (t == u"false" || t == u"0")
        out += char(0);
    else {
        *why = QStringLiteral("'%1' is not a Boolean (true/false)").arg(value.toString());
        return false;
    }
    return true;
}

/// DateTime and TimeSpan: ticks; a DateTime also takes a QDateTime or ISO 8601 text (read as UTC).
bool encodeTicks(QByteArray &out, AltType type, const QVariant &value, const QString &name, QString *why)
{
    qint64 ticks = 0;
    if (type == AltType::DateTime && value.typeId() == QMetaType::QDateTime) {
        ticks = value.toDateTime().toMSecsSinceEpoch() * 10000 + kUnixEpochTicks;
    } else if (type == AltType::DateTime && !value.toString().trimmed().isEmpty() &&
               QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs).isValid()) {
        QDateTime dt = QDateTime::fromString(value.toString().trimmed(), Qt::ISODateWithMs);
        dt.setTimeSpec(Qt::UTC); // DateTime's Kind is dropped anyway (§3.3)
        ticks = dt.toMSecsSinceEpoch() * 10000 + kUnixEpochTicks;
    } else {
        bool ok = true;
        ticks = value.toString().trimmed().toLongLong(&ok);
        if (!ok) {
            *why = QStringLiteral("'%1' is not a %2 (ticks%3)")
                       .arg(value.toString(), name,
                            type == AltType::DateTime ? QStringLiteral(" or ISO 8601") : QString());
            return false;
        }
    }
    putInt(out, quint64(ticks), 8);
    return true;
}

/// Single and Double: decimal text, written as IEEE 754 bits.
bool encodeFloatingPoint(QByteArray &out, AltType type, const QVariant &value, const QString &name,
                         QString *why)
{
    bool ok = true;
    const double d = value.toString().trimmed().toDouble(&ok);
    if (!ok) {
        *why = QStringLiteral("'%1' is not a %2").arg(value.toString(), name);
        return false;
    }
    if (type == AltType::Single) {
        const float f = float(d);
        quint32 bits;
        std::memcpy(&bits, &f, 4);
        putInt(out, bits, 4);
    } else {
        quint64 bits;
        std::memcpy(&bits, &d, 8);
        putInt(out, bits, 8);
    }
    return true;
}

/// Guid: a QUuid or its text; written as Guid.ToByteArray does.
bool encodeGuid(QByteArray &out, const QVariant &value, QString *why)
{
    const QUuid u =
        value.typeId() == QMetaType::QUuid ? value.toUuid() : QUuid::fromString(value.toString().trimmed());
    if (u.isNull() && value.toString().trimmed() != u"00000000-0000-0000-0000-000000000000") {
        *why = QStringLiteral("'%1' is not a Guid").arg(value.toString());
        return false;
    }
    // RFC 4122 is big-endian; Guid.ToByteArray has Data1-3 little-endian.
    out += swapGuidFields(u.toRfc4122());
    return true;
}

/// The payload of every type but the integers.
bool encodePayload(QByteArray &out, AltType type, const QVariant &value, const QString &name, QString *why)
{
    switch (type) {
    case AltType::String:
        putString(out, value.toString());
        return true;
    case AltType::Boolean:
        return encodeBoolean(out, value, why);
    case AltType::DateTime:
    case AltType::TimeSpan:
        return encodeTicks(out, type, value, name, why);
    case AltType::Decimal: {
        const auto bits = decimalBits(value.toString());
        if (!bits) {
            *why = QStringLiteral("'%1' is not a Decimal").arg(value.toString());
            return false;
        }
        out += *bits;
        return true;
    }
    case AltType::Char: {
        const QString s = value.toString();
        if (s.size() != 1 || s[0].isSurrogate()) {
            *why = QStringLiteral("a Char is exactly one UTF-16 code unit, not a surrogate");
            return false;
        }
        out += s.toUtf8();
        return true;
    }
    case AltType::Single:
    case AltType::Double:
        return encodeFloatingPoint(out, type, value, name, why);
    case AltType::Guid:
        return encodeGuid(out, value, why);
    case AltType::Null:
        return true;
    case AltType::Object:
        *why = QStringLiteral("SessionDesk never writes BinaryFormatter (type 20) data");
        return false;
    default:
        *why = QStringLiteral("unknown AltSerialization type id %1").arg(int(type));
        return false;
    }
}

} // namespace

std::optional<AltValue> decodeAltValue(const QByteArray &raw, DecodeError *error)
{
    Reader r(raw, 0, raw.size());
    AltValue v;
    v.typeId = r.byte("type id");
    if (r.ok()) {
        if (const auto layout = fixedIntegerLayout(AltType(v.typeId)))
            decodeInteger(r, v, layout->bytes, layout->isSigned);
        else
            decodePayload(r, raw, v);
    }
    if (r.ok() && r.remaining() > 0)
        r.fail(QStringLiteral("%1 trailing bytes after the %2 value")
                   .arg(r.remaining())
                   .arg(altTypeName(v.typeId)));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    v.size = raw.size() - 1;
    return v;
}

std::optional<QByteArray> encodeAltValue(AltType type, const QVariant &value, QString *error)
{
    QByteArray out(1, char(type));
    const QString name = altTypeName(quint8(type));
    // IntPtr/UIntPtr are written 8 bytes wide, as a 64-bit writer does.
    const std::optional<IntegerLayout> integer = type == AltType::IntPtr    ? IntegerLayout{8, true}
                                                 : type == AltType::UIntPtr ? IntegerLayout{8, false}
                                                                            : fixedIntegerLayout(type);
    QString why;
    const bool ok = integer ? encodeInteger(out, *integer, value, name, &why)
                            : encodePayload(out, type, value, name, &why);
    if (!ok) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    return out;
}

int SessionStateData::indexOf(const QString &key) const
{
    for (int i = 0; i < items.size(); ++i)
        if (!items[i].nullKey && items[i].key.compare(key, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

void SessionStateData::setRaw(const QString &key, const QByteArray &raw)
{
    const int i = indexOf(key);
    if (i >= 0) {
        items[i].raw = raw;
        items[i].modified = true;
        return;
    }
    items.append({key, false, raw, true});
}

bool SessionStateData::remove(const QString &key)
{
    const int i = indexOf(key);
    if (i < 0)
        return false;
    items.removeAt(i);
    return true;
}

namespace {

std::optional<SessionStateData> decodePlain(const QByteArray &bytes, DecodeError *error)
{
    Reader r(bytes, 0, bytes.size());
    SessionStateData d;
    d.timeout = r.int32("timeout");
    d.itemsPresent = r.boolean("hasItems");
    const bool hasStatic = r.boolean("hasStaticObjects");
    if (d.itemsPresent && r.ok()) {
        const qsizetype countAt = r.pos();
        const qint32 count = r.int32("item count");
        if (r.ok() && (count < 0 || count > r.remaining()))
            r.fail(QStringLiteral("item count %1 is impossible for %2 remaining bytes")
                       .arg(count)
                       .arg(r.remaining()),
                   countAt);
        if (count > 0 && r.ok()) {
            const qsizetype nullAt = r.pos();
            const qint32 nullKey = r.int32("null key index");
            if (r.ok() && (nullKey < -1 || nullKey >= count))
                r.fail(QStringLiteral("null key index %1 is outside -1..%2").arg(nullKey).arg(count - 1),
                       nullAt);
            d.items.resize(count);
            for (int i = 0; i < count && r.ok(); ++i) {
                if (i == nullKey)
                    d.items[i].nullKey = true;
                else
                    d.items[i].key = r.string("item key");
            }
            QList<qint32> ends(count);
            for (int i = 0; i < count && r.ok(); ++i) {
                const qsizetype at = r.pos();
                ends[i] = r.int32("value end offset");
                const qint32 prev = i ? ends[i - 1] : 0;
                if (r.ok() && ends[i] < prev)
                    r.fail(QStringLiteral("end offset %1 of item %2 is before the previous one (%3)")
                               .arg(ends[i])
                               .arg(i)
                               .arg(prev),
                           at);
            }
            const qsizetype valuesAt = r.pos();
            if (r.ok() && ends.last() > r.remaining())
                r.fail(QStringLiteral("values need %1 bytes, %2 left").arg(ends.last()).arg(r.remaining()));
            for (int i = 0; i < count && r.ok(); ++i) {
                const qint32 start = i ? ends[i - 1] : 0;
                d.items[i].raw = bytes.mid(valuesAt + start, ends[i] - start);
                if (d.items[i].raw.isEmpty())
                    r.fail(QStringLiteral("item %1 has an empty value").arg(i), valuesAt + start);
            }
            if (r.ok())
                r.skip(ends.last(), "values");
        }
    }
    if (hasStatic && r.ok()) {
        // HttpStaticObjectsCollection runs up to the final 0xFF; it may hold MS-NRBF streams whose length is
        // only known by parsing them, so it is kept opaque (and byte-exact).
        if (r.remaining() < 5)
            r.fail(QStringLiteral("static objects need at least 5 bytes, %1 left").arg(r.remaining()));
        else
            d.staticObjects = r.bytes(r.remaining() - 1, "static objects");
    }
    const qsizetype endAt = r.pos();
    const quint8 end = r.byte("end marker 0xFF");
    if (r.ok() && end != 0xFF)
        r.fail(QStringLiteral("end marker is 0x%1, not 0xFF").arg(end, 2, 16, QLatin1Char('0')), endAt);
    if (r.ok() && r.remaining() > 0)
        r.fail(QStringLiteral("%1 bytes after the end marker").arg(r.remaining()));
    if (!r.ok()) {
        if (error)
            *error = r.error();
        return std::nullopt;
    }
    return d;
}

} // namespace

std::optional<SessionStateData> decodeSessionState(const QByteArray &bytes, const DecodeOptions &options,
                                                   DecodeError *error)
{
    using C = DecodeOptions::Compression;
    DecodeError plainError;
    if (options.compression != C::Yes) {
        if (auto d = decodePlain(bytes, &plainError))
            return d;
        if (options.compression == C::No) {
            if (error)
                *error = plainError;
            return std::nullopt;
        }
    }
    DecodeError inflateError;
    const auto inflated = inflateStoreData(bytes, options.maxInflatedSize, &inflateError);
    if (!inflated) {
        if (error)
            *error = options.compression == C::Yes ? inflateError : plainError;
        return std::nullopt;
    }
    DecodeError innerError;
    auto d = decodePlain(*inflated, &innerError);
    if (!d) {
        if (error) {
            *error = options.compression == C::Yes ? innerError : plainError;
            if (options.compression == C::Yes)
                error->message = QStringLiteral("(inflated data) ") + error->message;
        }
        return std::nullopt;
    }
    d->compressed = true;
    return d;
}

QByteArray encodeSessionState(const SessionStateData &data)
{
    QByteArray out;
    putInt(out, quint32(data.timeout), 4);
    const bool hasItems = data.itemsPresent || !data.items.isEmpty();
    out += char(hasItems ? 1 : 0);
    out += char(data.staticObjects ? 1 : 0);
    if (hasItems) {
        putInt(out, quint32(data.items.size()), 4);
        if (!data.items.isEmpty()) {
            qint32 nullKey = -1;
            for (int i = 0; i < data.items.size(); ++i)
                if (data.items[i].nullKey)
                    nullKey = i;
            putInt(out, quint32(nullKey), 4);
            for (const SessionItem &item : data.items)
                if (!item.nullKey)
                    putString(out, item.key);
            qint32 end = 0;
            for (const SessionItem &item : data.items) {
                end += qint32(item.raw.size());
                putInt(out, quint32(end), 4);
            }
            for (const SessionItem &item : data.items)
                out += item.raw;
        }
    }
    if (data.staticObjects)
        out += *data.staticObjects;
    out += char(0xFF);
    return data.compressed ? compressStoreData(out) : out;
}

QByteArray compressStoreData(const QByteArray &plain)
{
    z_stream zs{};
    deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&zs, uLong(plain.size()))) + 1, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    zs.avail_in = uInt(plain.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    out += char(0xFF); // SerializeStoreData's pad against ANSI_PADDING trimming
    return out;
}

std::optional<QByteArray> inflateStoreData(const QByteArray &compressed, qsizetype maxSize,
                                           DecodeError *error)
{
    z_stream zs{};
    if (inflateInit2(&zs, -15) != Z_OK) {
        if (error)
            *error = {0, QStringLiteral("zlib inflateInit2 failed")};
        return std::nullopt;
    }
    QByteArray out;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    zs.avail_in = uInt(compressed.size());
    int rc = Z_OK;
    char chunk[16384];
    while (rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(chunk);
        zs.avail_out = sizeof chunk;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(chunk, qsizetype(sizeof chunk - zs.avail_out));
        if (out.size() > maxSize) {
            rc = Z_MEM_ERROR;
            break;
        }
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break;
    }
    const qsizetype at = qsizetype(zs.total_in);
    inflateEnd(&zs);
    if (rc != Z_STREAM_END) {
        if (error)
            *error = {at, rc == Z_MEM_ERROR    ? QStringLiteral("inflated data exceeds %1 bytes").arg(maxSize)
                          : rc == Z_DATA_ERROR ? QStringLiteral("not raw DEFLATE data")
                                               : QStringLiteral("DEFLATE data is truncated")};
        return std::nullopt;
    }
    return out;
}

} // namespace sd
