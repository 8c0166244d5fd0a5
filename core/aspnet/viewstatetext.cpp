// SPDX-License-Identifier: GPL-3.0-or-later
// describeViewState(): the top level of an ObjectStateFormatter payload as text. Token codes from
// referencesource System.Web/UI/ObjectStateFormatter.cs; nothing is deserialised into objects.
#include "aspnet/tokenverify.h"

#include <QHash>

namespace sd {

namespace {

constexpr int kMaxDepth = 4;
constexpr int kMaxItems = 8;

/// A cursor over the payload; `ok` turns false at the first byte the reader does not understand.
struct OsfReader
{
    const QByteArray &b;
    qsizetype pos = 0;
    bool ok = true;

    int byte()
    {
        if (pos >= b.size()) {
            ok = false;
            return -1;
        }
        return quint8(b[pos++]);
    }
    /// BinaryReader.Read7BitEncodedInt.
    qint64 encodedInt()
    {
        qint64 v = 0;
        for (int shift = 0; shift < 35 && ok; shift += 7) {
            const int c = byte();
            v |= qint64(c & 0x7f) << shift;
            if (!(c & 0x80)) {
                return v;
            }
        }
        ok = false;
        return 0;
    }
    QString string()
    {
        const qint64 n = encodedInt();
        if (!ok || n < 0 || n > b.size() - pos) {
            ok = false;
            return {};
        }
        QString s = QString::fromUtf8(b.mid(pos, n));
        pos += n;
        return s;
    }
    void skip(qsizetype n)
    {
        if (n > b.size() - pos) {
            ok = false;
        }
        pos = qMin(pos + n, b.size());
    }
};

QString quoted(const QString &s)
{
    const QString shown = s.size() > 60 ? s.left(60) + QStringLiteral("…") : s;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

const QHash<int, QString> &tokenNames()
{
    static const QHash<int, QString> names{{6, QStringLiteral("DateTime")},
                                           {7, QStringLiteral("Double")},
                                           {8, QStringLiteral("Single")},
                                           {9, QStringLiteral("Color")},
                                           {10, QStringLiteral("KnownColor")},
                                           {11, QStringLiteral("IntEnum")},
                                           {20, QStringLiteral("Array")},
                                           {22, QStringLiteral("ArrayList")},
                                           {23, QStringLiteral("Hashtable")},
                                           {24, QStringLiteral("HybridDictionary")},
                                           {25, QStringLiteral("Type")},
                                           {27, QStringLiteral("Unit")},
                                           {29, QStringLiteral("EventValidationStore")},
                                           {40, QStringLiteral("StringFormatted")},
                                           {50, QStringLiteral("BinarySerialized")},
                                           {60, QStringLiteral("SparseArray")}};
    return names;
}

QString readToken(OsfReader &r, int depth);

QString readChildren(OsfReader &r, const QString &name, int count, int depth)
{
    QStringList parts;
    for (int i = 0; i < count && r.ok; ++i) {
        parts << readToken(r, depth + 1);
    }
    return name + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString readStringArray(OsfReader &r)
{
    const qint64 n = r.encodedInt();
    QStringList items;
    for (qint64 i = 0; i < n && r.ok; ++i) {
        const QString s = r.string();
        if (i < kMaxItems) {
            items << quoted(s);
        }
    }
    if (n > kMaxItems) {
        items << QStringLiteral("…");
    }
    return QStringLiteral("StringArray[") + items.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QString readToken(OsfReader &r, int depth)
{
    if (depth > kMaxDepth) {
        r.ok = false;
        return QStringLiteral("…");
    }
    const int t = r.byte();
    switch (t) {
    case 1:
        r.skip(2);
        return QStringLiteral("Int16");
    case 2:
        return QStringLiteral("Int32 %1").arg(r.encodedInt());
    case 3:
        return QStringLiteral("Byte %1").arg(r.byte());
    case 5:
        return QStringLiteral("String ") + quoted(r.string());
    case 15:
        return readChildren(r, QStringLiteral("Pair"), 2, depth);
    case 16:
        return readChildren(r, QStringLiteral("Triplet"), 3, depth);
    case 21:
        return readStringArray(r);
    case 30:
        return QStringLiteral("IndexedString ") + quoted(r.string());
    case 31:
        return QStringLiteral("IndexedStringRef %1").arg(r.byte());
    case 100:
        return QStringLiteral("Null");
    case 101:
        return QStringLiteral("EmptyString");
    case 102:
        return QStringLiteral("ZeroInt32");
    case 103:
        return QStringLiteral("True");
    case 104:
        return QStringLiteral("False");
    default:
        break;
    }
    r.ok = false; // a token whose length we do not read: stop describing here
    return tokenNames().value(t, QStringLiteral("Token%1").arg(t)) + QStringLiteral(" …");
}

} // namespace

QString describeViewState(const QByteArray &clear)
{
    if (clear.size() < 3 || quint8(clear[0]) != 0xFF || quint8(clear[1]) != 0x01) {
        return {};
    }
    OsfReader r{clear};
    r.pos = 2;
    return readToken(r, 0);
}

/// True when `clear` is exactly one complete ObjectStateFormatter payload that this reader understands
/// (used to recognise an unprotected ViewState).
bool isCompleteViewState(const QByteArray &clear)
{
    if (clear.size() < 3 || quint8(clear[0]) != 0xFF || quint8(clear[1]) != 0x01) {
        return false;
    }
    OsfReader r{clear};
    r.pos = 2;
    readToken(r, 0);
    return r.ok && r.pos == clear.size();
}

} // namespace sd
