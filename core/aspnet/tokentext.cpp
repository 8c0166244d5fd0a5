// SPDX-License-Identifier: GPL-3.0-or-later
// Token text: decodeTokenText() for the three kinds, HttpServerUtility.UrlTokenEncode and the kind guess.
#include "aspnet/tokenverify.h"

#include <QRegularExpression>
#include <QUrl>

namespace sd {

namespace {

const QRegularExpression &hexText()
{
    static const QRegularExpression re(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
    return re;
}

const QRegularExpression &urlTokenText()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+[012]$"));
    return re;
}

/// The `d` parameter of a pasted URL or HTML attribute ("&amp;" as "&"), or `t` itself when it has none.
QString resourceValue(const QString &t)
{
    static const QRegularExpression param(QStringLiteral("(?:^|[?&;])d=([^&#\\s\"'<>]*)"));
    QString s = t;
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    const auto m = param.match(s);
    return m.hasMatch() ? m.captured(1) : t;
}

bool namesResourceHandler(const QString &t)
{
    return t.contains(QStringLiteral("WebResource.axd"), Qt::CaseInsensitive) ||
           t.contains(QStringLiteral("ScriptResource.axd"), Qt::CaseInsensitive);
}

/// HttpServerUtility.UrlTokenDecode (referencesource System.Web/Util/HttpEncoder.cs): the last character is
/// the number of '=' to append (0-2 here; more never decodes), '-' and '_' stand for '+' and '/'.
std::optional<QByteArray> urlTokenDecode(const QString &t)
{
    if (t.size() < 2 || !urlTokenText().match(t).hasMatch()) {
        return std::nullopt;
    }
    QByteArray b64 = t.left(t.size() - 1).toLatin1();
    b64.replace('-', '+').replace('_', '/');
    b64.append(QByteArray(t.back().unicode() - u'0', '='));
    if (b64.size() % 4 != 0) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return std::nullopt;
    }
    return decoded.decoded;
}

} // namespace

std::optional<QByteArray> decodeTokenText(TokenKind kind, const QString &text)
{
    QString t = text.trimmed();
    if (kind == TokenKind::FormsTicket) {
        if (!hexText().match(t).hasMatch()) {
            return std::nullopt;
        }
        return QByteArray::fromHex(t.toLatin1());
    }
    if (kind == TokenKind::Resource) {
        t = resourceValue(t);
    }
    if (t.contains(QLatin1Char('%'))) {
        t = QUrl::fromPercentEncoding(t.toLatin1());
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    t.remove(space); // a token pasted over several lines
    if (kind == TokenKind::Resource) {
        return urlTokenDecode(t);
    }
    auto decoded = QByteArray::fromBase64Encoding(t.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty()) {
        return std::nullopt;
    }
    return decoded.decoded;
}

QString urlTokenEncode(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return {};
    }
    QByteArray b64 = bytes.toBase64();
    qsizetype end = b64.size();
    while (end > 0 && b64[end - 1] == '=') {
        --end;
    }
    const char padding = char('0' + (b64.size() - end));
    b64.truncate(end);
    b64.replace('+', '-').replace('/', '_').append(padding);
    return QString::fromLatin1(b64);
}

TokenKind detectTokenKind(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression dParam(QStringLiteral("(?:^|[?&;])d="));
    if (namesResourceHandler(t) || dParam.match(t).hasMatch()) {
        return TokenKind::Resource;
    }
    if (hexText().match(t).hasMatch()) {
        return TokenKind::FormsTicket;
    }
    if (urlTokenText().match(t).hasMatch() &&
        (t.contains(QLatin1Char('-')) || t.contains(QLatin1Char('_')) || t.size() % 4 != 0)) {
        return TokenKind::Resource;
    }
    return TokenKind::ViewState;
}

} // namespace sd
