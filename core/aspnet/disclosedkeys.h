// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace sd {

/**
 * Microsoft's list of publicly disclosed ASP.NET machine keys (microsoft/mstic
 * RapidReleaseTI/MachineKeys.csv; machinekey.md §3.5): each field is the lower-case hex
 * SHA-256 of the UTF-8 bytes of the key in upper case, as MachineKeyScan.ps1 computes it.
 *
 * load() also takes plain key lists (`VALIDATIONKEY,DECRYPTIONKEY` per line, as badsecrets and
 * Blacklist3r publish them): every field is kept both as a possible hash and hashed as a key,
 * so either kind of file works. Separators: comma with optional spaces. Blank lines, a header
 * line and fields that are not hex are skipped; the empty-string hash never matches.
 */
class DisclosedKeyList
{
public:
    /// Reads `path`. Returns false and sets `error` ("PATH: reason") if it cannot be read or holds
    /// no usable line.
    bool load(const QString &path, QString *error);
    /// Parses text already read; returns the number of lines used.
    int loadFromText(const QByteArray &text);

    /// True if `key` (hex, any case; modifiers such as ",IsolateApps" ignored) is on the list.
    bool contains(const QString &key) const;
    /// Number of key fields read (validation and decryption keys count separately).
    int size() const { return m_fields; }
    bool isEmpty() const { return m_hashes.isEmpty(); }
    const QString &path() const { return m_path; }

    /// The lower-case hex SHA-256 of UTF-8(upper(key)), Microsoft's hashing of a key.
    static QByteArray keyHash(const QString &key);

private:
    QSet<QByteArray> m_hashes;
    QString m_path;
    int m_fields = 0;
};

} // namespace sd
