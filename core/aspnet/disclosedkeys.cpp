// SPDX-License-Identifier: GPL-3.0-or-later
#include "aspnet/disclosedkeys.h"

#include "aspnet/machinekey.h"
#include "base/crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QList>

namespace sd {

namespace {

bool isHex(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return true;
}

const QByteArray &emptyHash()
{
    static const QByteArray h = sha256(QByteArray()).toHex();
    return h;
}

} // namespace

QByteArray DisclosedKeyList::keyHash(const QString &key)
{
    return sha256(key.trimmed().toUpper().toUtf8()).toHex();
}

bool DisclosedKeyList::load(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("sd::DisclosedKeyList", "%1: cannot open: %2")
                         .arg(path, f.errorString());
        return false;
    }
    m_hashes.clear();
    m_fields = 0;
    m_path = path;
    if (loadFromText(f.readAll()) == 0) {
        if (error)
            *error = QCoreApplication::translate("sd::DisclosedKeyList",
                                                 "%1: no key or key hash found; expected lines of "
                                                 "\"validationKey, decryptionKey\"")
                         .arg(path);
        return false;
    }
    return true;
}

int DisclosedKeyList::loadFromText(const QByteArray &text)
{
    int used = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        bool any = false;
        for (const QByteArray &rawField : rawLine.split(',')) {
            const QByteArray field = rawField.trimmed();
            if (!isHex(field))
                continue;
            any = true;
            ++m_fields;
            if (field.size() == 64)
                m_hashes.insert(field.toLower());                 // Microsoft's format: already a hash
            m_hashes.insert(keyHash(QString::fromLatin1(field))); // plain key lists
        }
        used += any ? 1 : 0;
    }
    m_hashes.remove(emptyHash());
    return used;
}

bool DisclosedKeyList::contains(const QString &key) const
{
    const KeyValue kv = parseKeyValue(key);
    if (kv.hex.isEmpty())
        return false;
    return m_hashes.contains(keyHash(kv.hex));
}

} // namespace sd
