// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/itemsjson.h"

#include "client/admincontract.h"

namespace sd::admin {

QJsonObject itemJson(const SessionItem &item)
{
    const quint8 typeId = item.raw.isEmpty() ? 0 : quint8(item.raw[0]);
    QJsonObject o{{key(field::kItemKey), item.nullKey ? QJsonValue() : QJsonValue(item.key)},
                  {key(field::kType), altTypeName(typeId)},
                  {key(field::kTypeId), typeId},
                  {key(field::kBytes), qint64(item.raw.size())},
                  // The bytes themselves for a viewer's hex dump (never deserialised here or there).
                  {key(field::kRaw), QString::fromLatin1(item.raw.left(kMaxRawItemBytes).toBase64())}};
    const auto v = decodeAltValue(item.raw);
    if (v && typeId != quint8(AltType::Object)) {
        o.insert(key(field::kValue), v->display);
        return o;
    }
    // BinaryFormatter (or undecodable) bytes: never deserialised, shown as hex.
    o.insert(key(field::kPreview), QString::fromLatin1(item.raw.mid(1, 64).toHex(' ')));
    o.insert(key(field::kValue), v ? v->display : QStringLiteral("(undecodable)"));
    if (v && !v->className.isEmpty()) {
        o.insert(key(field::kClass), v->className);
    }
    if (v && !v->assemblyName.isEmpty()) {
        o.insert(key(field::kAssembly), v->assemblyName);
    }
    return o;
}

QJsonArray itemsJson(const QList<SessionItem> &items)
{
    QJsonArray list;
    for (const SessionItem &item : items) {
        list.append(itemJson(item));
    }
    return list;
}

QJsonObject decodedItemsJson(const QByteArray &content)
{
    DecodeError e;
    const auto data = decodeSessionState(content, {}, &e);
    if (!data) {
        return {{key(field::kDecodeError), e.toString()}};
    }
    QJsonObject r{{key(field::kItems), itemsJson(data->items)},
                  {key(field::kCompressed), data->compressed},
                  {key(field::kTimeout), data->timeout}};
    if (data->staticObjects) {
        r.insert(key(field::kStaticObjectsBytes), qint64(data->staticObjects->size()));
    }
    return r;
}

QJsonObject binaryFormatterItemJson(const QString &name, const QByteArray &stream)
{
    SessionItem item;
    item.key = name;
    item.raw = char(AltType::Object) + stream;
    QJsonObject o = itemJson(item);
    o.insert(key(field::kBytes), qint64(stream.size())); // the hash field's own size
    const QString cls = o.value(key(field::kClass)).toString();
    if (cls == u"Microsoft.Web.Redis.RedisNull") {
        o.insert(key(field::kType), QStringLiteral("null"));
        o.insert(key(field::kValue), QStringLiteral("null (RedisNull)"));
    } else if (!cls.isEmpty()) {
        o.insert(key(field::kType), cls);
    }
    return o;
}

} // namespace sd::admin
