// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/adminhttp.h"

#include "stateproto/httpstatus.h"

namespace sd {

namespace {

/// An Error result.
HttpParse parseError(int status, const QString &message)
{
    HttpParse p;
    p.state = HttpParse::State::Error;
    p.errorStatus = status;
    p.errorMessage = message;
    return p;
}

/// The header lines after the request line: "Name: value", names lower-cased; lines without ':' skipped.
QHash<QByteArray, QByteArray> parseHeaders(const QList<QByteArray> &lines)
{
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0) {
            headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    return headers;
}

} // namespace

HttpParse parseHttpRequest(const QByteArray &buffer, qsizetype maxHeadBytes, qint64 maxBodyBytes)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > maxHeadBytes) {
            return parseError(400, QStringLiteral("request head over %1 bytes").arg(maxHeadBytes));
        }
        return {};
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.first().trimmed().split(' ');
    if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
        return parseError(400, QStringLiteral("not an HTTP/1.x request line"));
    }
    HttpParse p;
    HttpRequest &r = p.request;
    r.method = first[0];
    const QByteArray &target = first[1];
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    r.query = q < 0 ? QByteArray() : target.mid(q + 1);
    r.headers = parseHeaders(lines);
    const QByteArray connection = r.headers.value("connection").toLower();
    r.keepAlive = first[2] == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    bool lengthOk = true;
    const qint64 length = r.headers.value("content-length", "0").toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > maxBodyBytes) {
        return parseError(413, QStringLiteral("request bodies are limited to %1 bytes").arg(maxBodyBytes));
    }
    if (buffer.size() < end + 4 + length) {
        return {}; // wait for the (ignored) body
    }
    p.state = HttpParse::State::Complete;
    p.consumed = end + 4 + length;
    return p;
}

QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &extraHeaders, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' +
                      QByteArrayView(httpReasonPhrase(status)).toByteArray() + "\r\n";
    head += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\nCache-Control: no-store\r\n";
    for (const auto &[name, value] : extraHeaders) {
        head += name + ": " + value + "\r\n";
    }
    if (close) {
        head += "Connection: close\r\n";
    }
    head += "\r\n";
    return head + body;
}

} // namespace sd
