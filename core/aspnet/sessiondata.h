// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace sd {

/// AltSerialization type ids (RS System.Web/Util/altserialization.cs, enum TypeID : byte).
enum class AltType : quint8
{
    String = 1,
    Int32 = 2,
    Boolean = 3,
    DateTime = 4,
    Decimal = 5,
    Byte = 6,
    Char = 7,
    Single = 8,
    Double = 9,
    SByte = 10,
    Int16 = 11,
    Int64 = 12,
    UInt16 = 13,
    UInt32 = 14,
    UInt64 = 15,
    TimeSpan = 16,
    Guid = 17,
    IntPtr = 18,
    UIntPtr = 19,
    Object = 20, ///< BinaryFormatter (MS-NRBF) stream: kept opaque, never deserialised.
    Null = 21,
};

/// .NET type name of an AltSerialization id ("System.Int32"); "unknown (N)" for ids outside 1..21.
QString altTypeName(quint8 typeId);

/// Where a decode failed: byte offset into the buffer that was being read, and what was wrong.
struct DecodeError
{
    qsizetype offset = 0;
    QString message;
    /// "byte 12: ..." for messages shown to users.
    QString toString() const;
};

/// One decoded AltSerialization value, for display and editing.
struct AltValue
{
    quint8 typeId = 0;
    QVariant value;     ///< QString, int, bool, qint64 (ticks for DateTime/TimeSpan), double, QUuid...
    QString display;    ///< human text: "42", "2024-05-01 10:00:00", "\"text\"", "BinaryFormatter, 311 bytes"
    qsizetype size = 0; ///< payload bytes after the type id
    QString className;  ///< type 20: the top-level MS-NRBF class name when cheap to find, else empty
    QString assemblyName; ///< type 20: the first BinaryLibrary record's name, if any
};

/// Decodes one value (type id byte + payload) that must fill `raw` exactly.
/// AltSerialization.ReadValueFromStream; IntPtr/UIntPtr take their size from the payload (4 or 8 bytes). An
/// unknown id decodes as null with a display saying so, as ReadValueFromStream does. Returns nullopt with
/// `error` (offset within `raw`) on truncated or trailing bytes.
std::optional<AltValue> decodeAltValue(const QByteArray &raw, DecodeError *error = nullptr);

/// Encodes a value as AltSerialization.WriteValueToStream would: type id byte + payload. `value` is
/// converted to the type (String: text; Int*: integer; DateTime/TimeSpan: qint64 ticks or a QDateTime;
/// Guid: QUuid or its text; Decimal: a decimal string like "-12.50"; Null: ignored). Object (20) is refused
/// (we never produce BinaryFormatter data). Returns nullopt with `error` when the value does not fit.
std::optional<QByteArray> encodeAltValue(AltType type, const QVariant &value, QString *error = nullptr);

/// One entry of a SessionStateItemCollection. `raw` is the exact AltSerialization bytes read (or written
/// by a setter); items nobody changed are written back byte-for-byte.
struct SessionItem
{
    QString key; ///< empty with nullKey set for the collection's null key
    bool nullKey = false;
    QByteArray raw; ///< type id + payload
    bool modified = false;
};

/// The data a state server or ASPStateTempSessions row holds for one session: SessionStateUtility.Serialize's
/// layout (int32 timeout in minutes, bool hasItems, bool hasStaticObjects, SessionStateItemCollection,
/// HttpStaticObjectsCollection, 0xFF). Source: aspnet-state-service.md §3.1-§3.2, §3.4.
struct SessionStateData
{
    qint32 timeout = 20;       ///< minutes
    bool itemsPresent = false; ///< the hasItems flag as read (an empty collection is still written when set)
    QList<SessionItem> items;  ///< collection order
    std::optional<QByteArray> staticObjects; ///< HttpStaticObjectsCollection bytes, kept opaque and exact
    bool compressed = false;                 ///< read from / to be written as compressionEnabled data (§3.5)

    /// Index of `key` compared case-insensitively (the collection's invariant comparer), or -1.
    int indexOf(const QString &key) const;
    /// Sets (adds or replaces) `key` to already-encoded AltSerialization bytes; marks it modified.
    void setRaw(const QString &key, const QByteArray &raw);
    /// Removes `key` (case-insensitive); false when absent.
    bool remove(const QString &key);
};

/// Options for decodeSessionState().
struct DecodeOptions
{
    enum class Compression
    {
        Auto, ///< plain first; if that fails and the bytes inflate, use the inflated data
        No,
        Yes
    };
    Compression compression = Compression::Auto;
    qsizetype maxInflatedSize = qsizetype(64) * 1024 * 1024; ///< cap against decompression bombs (bytes)
};

/// SessionStateUtility.Deserialize (and DeserializeStoreData for compressed data). Never throws or
/// crashes on malformed data: returns nullopt with `error` giving the byte offset (into the inflated
/// buffer when compressed) and what was expected there.
std::optional<SessionStateData> decodeSessionState(const QByteArray &bytes, const DecodeOptions &options = {},
                                                   DecodeError *error = nullptr);

/// SessionStateUtility.Serialize (+ SerializeStoreData's raw DEFLATE and trailing 0xFF when
/// `data.compressed`). hasItems is written as itemsPresent || !items.isEmpty().
QByteArray encodeSessionState(const SessionStateData &data);

/// Raw DEFLATE (RFC 1951, no zlib header) through zlib, plus the one 0xFF byte SerializeStoreData appends.
QByteArray compressStoreData(const QByteArray &plain);
/// Inflates raw DEFLATE data; bytes after the end of the DEFLATE stream (the 0xFF pad) are ignored.
/// nullopt with `error` when the data is not DEFLATE or would exceed `maxSize` bytes.
std::optional<QByteArray> inflateStoreData(const QByteArray &compressed, qsizetype maxSize,
                                           DecodeError *error = nullptr);

} // namespace sd
