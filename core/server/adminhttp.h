// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The admin API's HTTP/1.1 (RFC 9112) framing: reading one request head from the front of a connection's
// buffer, and writing a response. Bodies are skipped (no endpoint reads one); no chunked encoding.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace sd {

/// One request as the admin API sees it.
struct HttpRequest
{
    QByteArray method, path, query;        ///< query: after '?', still percent-encoded
    QHash<QByteArray, QByteArray> headers; ///< names lower-cased, values trimmed
    bool keepAlive = true; ///< HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "keep-alive"
};

/// What parseHttpRequest() found at the front of a buffer.
struct HttpParse
{
    enum class State
    {
        Incomplete, ///< read more first
        Complete,   ///< `request` is ready; drop `consumed` bytes (head and ignored body)
        Error,      ///< answer `errorStatus` with `errorMessage`, then close
    } state = State::Incomplete;
    HttpRequest request;
    qsizetype consumed = 0;
    int errorStatus = 0;
    QString errorMessage;
};

/// Reads the request at the front of `buffer`. Errors: 400 for a head over `maxHeadBytes` without its end
/// or a request line that is not "METHOD TARGET HTTP/1.x", 413 for a Content-Length that is not a number
/// from 0 to `maxBodyBytes`.
HttpParse parseHttpRequest(const QByteArray &buffer, qsizetype maxHeadBytes, qint64 maxBodyBytes);

/// A whole response: status line with its reason phrase (stateproto/httpstatus.h), Content-Type,
/// Content-Length, "Cache-Control: no-store", `extraHeaders`, "Connection: close" when `close`, then `body`.
QByteArray httpResponse(int status, const QByteArray &contentType, const QByteArray &body,
                        const QList<QPair<QByteArray, QByteArray>> &extraHeaders, bool close);

} // namespace sd
