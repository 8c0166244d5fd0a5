// SPDX-License-Identifier: GPL-3.0-or-later
#include "client/adminclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>
#include <utility>

namespace sd {

namespace {

QNetworkRequest makeRequest(const QUrl &url, const QByteArray &token, int timeoutMs)
{
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + token);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setTransferTimeout(timeoutMs);
    return r;
}

} // namespace

bool SseReader::feed(const QByteArray &bytes, const Handler &onEvent)
{
    m_buffer += bytes;
    for (;;) {
        const qsizetype end = m_buffer.indexOf("\n\n");
        if (end < 0) {
            return true;
        }
        const QByteArray block = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        QByteArray event, data;
        for (const QByteArray &line : block.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                continue; // a comment (":...") or a line without a field
            }
            QByteArray value = line.mid(colon + 1);
            if (value.startsWith(' ')) {
                value.remove(0, 1);
            }
            const QByteArray field = line.left(colon);
            if (field == "event") {
                event = value;
            } else if (field == "data") {
                data += value;
            }
        }
        if ((!event.isEmpty() || !data.isEmpty()) && !onEvent(event.isEmpty() ? "message" : event, data)) {
            return false;
        }
    }
}

AdminClient::AdminClient(QUrl baseUrl, QByteArray token, QObject *parent)
    : AdminService(parent), m_base(std::move(baseUrl)), m_token(std::move(token)),
      m_nam(new QNetworkAccessManager(this)), m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &AdminClient::startEvents);
}

AdminClient::~AdminClient()
{
    stopEvents();
}

QString AdminClient::sessionPath(const QString &app, const QString &id)
{
    return admin::key(admin::kSessionsPath) + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(app)) +
           u'/' + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString AdminClient::explain(QNetworkReply *reply, const QUrl &base)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = base.toString(QUrl::RemoveUserInfo);
    if (status == 401) {
        return QCoreApplication::translate(
                   "AdminClient", "The admin API at %1 refused the token. Check the profile's token file "
                                  "(sessionstated prints its path at start).")
            .arg(where);
    }
    if (status != 0) {
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        const QString msg = o.value(admin::key(admin::field::kError)).toString();
        return QCoreApplication::translate("AdminClient", "HTTP %1 from %2%3")
            .arg(status)
            .arg(where, msg.isEmpty() ? QString() : QStringLiteral(": ") + msg);
    }
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate(
                   "AdminClient", "Nothing listens at %1. Is sessionstated running, with its admin API "
                                  "(not --no-admin) on this port?")
            .arg(where);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("AdminClient", "The host of %1 is unknown: check the name.")
            .arg(where);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return QCoreApplication::translate(
                   "AdminClient", "%1 did not answer in time: a firewall may drop the packets, or the "
                                  "server is overloaded.")
            .arg(where);
    default:
        return QStringLiteral("%1: %2").arg(where, reply->errorString());
    }
}

QUrl AdminClient::urlFor(const QString &path) const
{
    // A base URL with a path (an admin API behind a reverse proxy at http://host/sessionstated/) keeps it.
    QString prefix = m_base.path();
    if (prefix.endsWith(u'/'))
        prefix.chop(1);
    QUrl url = m_base;
    url.setPath(prefix + path, QUrl::StrictMode);
    return url;
}

void AdminClient::call(const QByteArray &verb, const QString &path, const QUrlQuery &query, QObject *context,
                       Callback done)
{
    QUrl url = urlFor(path);
    url.setQuery(query);
    QNetworkReply *reply = m_nam->sendCustomRequest(makeRequest(url, m_token, m_timeoutMs), verb);
    // Connected to this client, not to `context`: the reply is freed even when `context` is gone first.
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, guard, done = std::move(done)] {
        reply->deleteLater();
        if (!guard) {
            return;
        }
        AdminResult r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.networkError = reply->error();
        if (reply->error() != QNetworkReply::NoError || r.httpStatus / 100 != 2) {
            r.error = explain(reply, m_base);
        } else {
            const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
            if (!doc.isObject()) {
                r.error = QCoreApplication::translate("AdminClient",
                                                      "%1 answered with something that is not a JSON "
                                                      "object: is this a sessionstated admin port?")
                              .arg(m_base.toString());
            }
            r.json = doc.object();
        }
        done(r);
    });
}

void AdminClient::stats(QObject *context, Callback done)
{
    call("GET", admin::key(admin::kStatsPath), {}, context, std::move(done));
}

void AdminClient::sessions(const admin::SessionQuery &query, QObject *context, Callback done)
{
    call("GET", admin::key(admin::kSessionsPath), query.toUrlQuery(), context, std::move(done));
}

void AdminClient::session(const QString &app, const QString &id, QObject *context, Callback done)
{
    call("GET", sessionPath(app, id), {}, context, std::move(done));
}

void AdminClient::abandon(const QString &app, const QString &id, QObject *context, Callback done)
{
    call("DELETE", sessionPath(app, id), {}, context, std::move(done));
}

void AdminClient::touch(const QString &app, const QString &id, QObject *context, Callback done)
{
    call("POST", sessionPath(app, id) + admin::key(admin::kTouchSuffix), {}, context, std::move(done));
}

void AdminClient::startEvents()
{
    m_eventsWanted = true;
    if (m_events) {
        return;
    }
    QUrl url = urlFor(admin::key(admin::kEventsPath));
    // A stats sample arrives every second: 10 s of silence is a dead stream.
    QNetworkRequest r = makeRequest(url, m_token, 10000);
    r.setRawHeader("Accept", "text/event-stream");
    m_eventReader.clear();
    m_events = m_nam->get(r);
    connect(m_events, &QNetworkReply::readyRead, this, &AdminClient::onEventsData);
    connect(m_events, &QNetworkReply::finished, this, &AdminClient::onEventsFinished);
}

void AdminClient::stopEvents()
{
    m_eventsWanted = false;
    m_retry->stop();
    if (m_events) {
        QNetworkReply *r = m_events;
        m_events.clear();
        r->disconnect(this);
        r->abort();
        r->deleteLater();
    }
    if (m_eventsConnected) {
        m_eventsConnected = false;
        emit eventsStateChanged(false, QString());
    }
}

void AdminClient::onEventsData()
{
    if (!m_events) {
        return;
    }
    if (!m_eventsConnected) {
        const int status = m_events->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            return; // the error is reported when the reply finishes
        }
        m_eventsConnected = true;
        emit eventsStateChanged(true, QString());
    }
    m_eventReader.feed(m_events->readAll(), [this](const QByteArray &event, const QByteArray &data) {
        const QJsonObject o = QJsonDocument::fromJson(data).object();
        if (event == admin::event::kStats) {
            emit statsEvent(o);
        } else {
            emit sessionEvent(QString::fromLatin1(event), o);
        }
        return true;
    });
    if (m_eventReader.pending() > qsizetype(4) * 1024 * 1024) {
        m_eventReader.clear(); // not an event stream
    }
}

void AdminClient::onEventsFinished()
{
    QNetworkReply *r = m_events;
    m_events.clear();
    if (!r) {
        return;
    }
    r->deleteLater();
    const QString error =
        r->error() == QNetworkReply::NoError
            ? QCoreApplication::translate("AdminClient", "the event stream was closed by the server")
            : explain(r, m_base);
    m_eventsConnected = false;
    emit eventsStateChanged(false, error);
    if (m_eventsWanted) {
        m_retry->start(retryMs);
    }
}

QNetworkReply *AdminClient::readEvents(QObject *context, SseReader::Handler onEvent, EventsDone done)
{
    QUrl url = urlFor(admin::key(admin::kEventsPath));
    QNetworkRequest request = makeRequest(url, m_token, 0); // 0: no transfer timeout
    request.setRawHeader("Accept", "text/event-stream");
    QNetworkReply *reply = m_nam->get(request);
    auto reader = std::make_shared<SseReader>();
    auto pending = std::make_shared<EventsDone>(std::move(done));
    QPointer<QObject> guard(context);
    auto finish = [this, reply, pending, guard] {
        if (!*pending) {
            return;
        }
        const EventsDone report = std::exchange(*pending, nullptr);
        reply->disconnect(this);
        AdminResult r;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.networkError = reply->error();
        if (reply->error() != QNetworkReply::NoError || r.httpStatus / 100 != 2) {
            // an aborted reply is closed: explain() could not read its body
            r.error = reply->isOpen() ? explain(reply, m_base) : reply->errorString();
        }
        const QString replyError = reply->errorString();
        reply->abort();
        reply->deleteLater();
        if (guard) {
            report(r, replyError);
        }
    };
    connect(reply, &QNetworkReply::readyRead, this, [reply, reader, onEvent = std::move(onEvent), finish] {
        if (!reader->feed(reply->readAll(), onEvent)) {
            finish();
        }
    });
    connect(reply, &QNetworkReply::finished, this, finish);
    return reply;
}

} // namespace sd
