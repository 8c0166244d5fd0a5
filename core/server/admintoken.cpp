// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/admintoken.h"

#include "base/crypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sd {

std::optional<QByteArray> loadOrCreateAdminToken(const QString &path, bool *created, QString *error)
{
    if (created) {
        *created = false;
    }
    auto fail = [&](const QString &m) {
        if (error) {
            *error = m;
        }
        return std::nullopt;
    };
    QFile f(path);
    if (f.exists()) {
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read admin token file %1: %2").arg(path, f.errorString()));
        }
        const QByteArray token = f.read(4096).trimmed();
        if (token.isEmpty()) {
            return fail(QStringLiteral("admin token file %1 is empty").arg(path));
        }
        if (token.contains('\n') || token.contains(' ')) {
            return fail(
                QStringLiteral("admin token file %1: the token must be one word on one line").arg(path));
        }
        return token;
    }
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        return fail(QStringLiteral("cannot create the folder %1 for the admin token").arg(dir));
    }
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    const std::optional<QByteArray> raw = randomBytes(32);
    if (!raw) {
        return fail(QStringLiteral("OpenSSL RAND_bytes failed; no admin token created"));
    }
    const QByteArray token = raw->toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return fail(QStringLiteral("cannot create admin token file %1: %2")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    const QByteArray line = token + '\n';
    const bool ok =
        ::write(fd, line.constData(), std::size_t(line.size())) == line.size() && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        return fail(QStringLiteral("cannot write admin token file %1").arg(path));
    }
    if (created) {
        *created = true;
    }
    return token;
}

bool bearerMatches(const QByteArray &authorizationHeader, const QByteArray &token)
{
    if (token.isEmpty()) {
        return false;
    }
    const QByteArray expected = "Bearer " + token;
    return constantTimeEquals(authorizationHeader, expected);
}

} // namespace sd
