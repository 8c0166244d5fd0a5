// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl ping|get|put|remove: single State Service requests (client/stateclient.h).
#include "sessionctl.h"
#include "sessionctl_p.h"

#include "aspnet/sessiondata.h"
#include "aspnet/sessionid.h"
#include "client/stateclient.h"
#include "stateproto/httpstatus.h"
#include "stateproto/stateprotocol.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace sd::ctl {

namespace {

// ------------------------------------------------------------------------------ state server

/// Options shared by ping/get/put/remove: the connection string, the session key and stateNetworkTimeout.
struct StateTarget
{
    QCommandLineOption app{QStringLiteral("app"),
                           QStringLiteral("AppDomainAppId of the application (default /LM/W3SVC/1/ROOT)."),
                           QStringLiteral("ID"), QStringLiteral("/LM/W3SVC/1/ROOT")};
    QCommandLineOption rawKey{
        QStringLiteral("raw-key"),
        QStringLiteral("Send this request target as it is instead of APP + SESSIONID.")};
    QCommandLineOption timeout{QStringLiteral("network-timeout"),
                               QStringLiteral("stateNetworkTimeout in seconds (default 10)."),
                               QStringLiteral("SECONDS"), QStringLiteral("10")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print JSON.")};
    void add(QCommandLineParser &p, bool withKey)
    {
        if (withKey) {
            p.addOption(app);
            p.addOption(rawKey);
        }
        p.addOption(timeout);
        p.addOption(json);
    }
};

/// The endpoint in the first positional argument; with `needsSessionId`, exactly one SESSIONID must follow.
/// Prints the usage error and returns nullopt when the arguments are wrong.
std::optional<StateEndpoint> endpointArg(const QCommandLineParser &p, const QString &verb,
                                         bool needsSessionId)
{
    if (p.positionalArguments().isEmpty()) {
        usageError(QStringLiteral("%1 needs tcpip=HOST:PORT").arg(verb), verb);
        return std::nullopt;
    }
    QString error;
    auto e = parseStateConnectionString(p.positionalArguments().first(), &error);
    if (!e) {
        usageError(error, verb);
        return std::nullopt;
    }
    if (needsSessionId && p.positionalArguments().size() != 2) {
        usageError(QStringLiteral("%1 needs tcpip=HOST:PORT and SESSIONID").arg(verb), verb);
        return std::nullopt;
    }
    return e;
}

std::string keyArg(const QCommandLineParser &p, const StateTarget &t, const QString &id)
{
    return p.isSet(t.rawKey) ? id.toStdString() : stateRequestTarget(p.value(t.app), id);
}

QJsonObject replyJson(const StateReply &r)
{
    QJsonObject o{{QStringLiteral("status"), r.status}, {QStringLiteral("roundTripMs"), r.roundTripMs}};
    if (!r.serverVersion.isEmpty()) {
        o.insert(QStringLiteral("serverVersion"), r.serverVersion);
    }
    if (r.timeout) {
        o.insert(QStringLiteral("timeout"), *r.timeout);
    }
    if (r.lockCookie) {
        o.insert(QStringLiteral("lockCookie"), *r.lockCookie);
    }
    if (r.lockAge) {
        o.insert(QStringLiteral("lockAge"), double(*r.lockAge));
    }
    if (r.lockDate) {
        o.insert(QStringLiteral("lockDate"), QString::number(*r.lockDate));
    }
    if (r.actionFlags) {
        o.insert(QStringLiteral("actionFlags"), *r.actionFlags);
    }
    if (!r.error.isEmpty()) {
        o.insert(QStringLiteral("error"), r.error);
    }
    return o;
}

/// Prints a reply's status line and headers; returns the exit code (0 for 200, 1 for 400/404/423, 2 on
/// failure).
int reportReply(const StateReply &r, bool json, const QJsonObject &extra = {})
{
    if (r.status == 0) {
        if (json) {
            printJson(replyJson(r));
        } else {
            err() << kProgram << ": " << r.error << '\n';
            err().flush();
        }
        return ExitUsage;
    }
    if (json) {
        QJsonObject o = replyJson(r);
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            o.insert(it.key(), it.value());
        }
        printJson(o);
    } else {
        out() << r.status << ' ' << QString::fromLatin1(QByteArrayView(httpReasonPhrase(r.status)));
        if (r.timeout) {
            out() << "  Timeout: " << *r.timeout;
        }
        if (r.lockCookie) {
            out() << "  LockCookie: " << *r.lockCookie;
        }
        if (r.lockAge) {
            out() << "  LockAge: " << *r.lockAge << " s";
        }
        if (r.lockDate) {
            out() << "  LockDate: " << *r.lockDate;
        }
        if (r.actionFlags) {
            out() << "  ActionFlags: " << *r.actionFlags;
        }
        out() << QStringLiteral("  (%1 ms)").arg(r.roundTripMs, 0, 'f', 2) << '\n';
        out().flush();
    }
    return r.status == 200 ? ExitOk : ExitFindings;
}

} // namespace

int cmdPing(const QStringList &args)
{
    QCommandLineParser p;
    StateTarget t;
    t.add(p, false);
    const QCommandLineOption count(QStringLiteral("count"),
                                   QStringLiteral("Round trips to time (default 5)."), QStringLiteral("N"),
                                   QStringLiteral("5"));
    p.addOption(count);
    p.addPositionalArgument(QStringLiteral("tcpip=HOST:PORT"), QStringLiteral("The stateConnectionString."));
    if (int rc = parse(p, args, QStringLiteral("ping"),
                       QStringLiteral("Connect to a state server, send ResetItemTimeout (HEAD) for a random "
                                      "session id and print the "
                                      "server's X-AspNet-Version and the round-trip time. Exit 0 when it "
                                      "answers like a state server."));
        rc >= 0) {
        return rc;
    }
    const auto endpoint = endpointArg(p, QStringLiteral("ping"), false);
    if (!endpoint) {
        return ExitUsage;
    }
    StateClient client(*endpoint, p.value(t.timeout).toInt());
    const std::string key = stateRequestTarget(QStringLiteral("/LM/W3SVC/1/ROOT"),
                                               createSessionId().value_or(QStringLiteral("sessionctlping")));
    const int n = std::clamp(p.value(count).toInt(), 1, 1000);
    double best = 1e9, total = 0;
    StateReply first;
    for (int i = 0; i < n; ++i) {
        const StateReply r = client.resetItemTimeout(key);
        if (i == 0) {
            first = r;
        }
        if (r.status == 0) {
            return reportReply(r, p.isSet(t.json));
        }
        best = std::min(best, r.roundTripMs);
        total += r.roundTripMs;
    }
    const bool looksRight = first.status == 404 && !first.serverVersion.isEmpty();
    if (p.isSet(t.json)) {
        printJson(
            {{QStringLiteral("server"), QStringLiteral("%1:%2").arg(endpoint->host).arg(endpoint->port)},
             {QStringLiteral("serverVersion"), first.serverVersion},
             {QStringLiteral("status"), first.status},
             {QStringLiteral("count"), n},
             {QStringLiteral("minMs"), best},
             {QStringLiteral("avgMs"), total / n},
             {QStringLiteral("ok"), looksRight}});
    } else {
        out() << endpoint->host << ':' << endpoint->port << ": X-AspNet-Version "
              << (first.serverVersion.isEmpty() ? QStringLiteral("(none)") : first.serverVersion)
              << ", round trip "
              << QStringLiteral("min %1 ms, avg %2 ms over %3")
                     .arg(best, 0, 'f', 3)
                     .arg(total / n, 0, 'f', 3)
                     .arg(n)
              << '\n';
        if (!looksRight) {
            out() << "warning: the answer to a HEAD for an unknown session was " << first.status
                  << (first.serverVersion.isEmpty() ? QStringLiteral(" without X-AspNet-Version") : QString())
                  << "; an ASP.NET state server answers 404 with X-AspNet-Version\n";
        }
        out().flush();
    }
    return looksRight ? ExitOk : ExitFindings;
}

namespace {

/// Reports a 200 GetItem answer with its items decoded (SessionStateUtility data; each value by
/// decodeAltValue()): the JSON reply with "items", or the status line and one line per item.
/// Returns reportReply()'s exit code.
int reportDecodedItems(const StateReply &r, bool json)
{
    DecodeError e;
    const auto data = decodeSessionState(r.body, {}, &e);
    QJsonArray items;
    QStringList lines;
    if (data) {
        for (const SessionItem &item : data->items) {
            const auto v = decodeAltValue(item.raw);
            const QString type = altTypeName(item.raw.isEmpty() ? 0 : quint8(item.raw[0]));
            const QString shown = v ? v->display : QStringLiteral("(undecodable)");
            items.append(
                QJsonObject{{QStringLiteral("key"), item.nullKey ? QJsonValue() : QJsonValue(item.key)},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("value"), shown},
                            {QStringLiteral("bytes"), int(item.raw.size())}});
            lines << QStringLiteral("  %1 = %2  [%3]")
                         .arg(item.nullKey ? QStringLiteral("(null key)") : item.key, shown, type);
        }
    }
    QJsonObject extra{{QStringLiteral("bytes"), int(r.body.size())}};
    if (data) {
        extra.insert(QStringLiteral("items"), items);
        extra.insert(QStringLiteral("sessionTimeout"), data->timeout);
        extra.insert(QStringLiteral("compressed"), data->compressed);
    } else {
        extra.insert(QStringLiteral("decodeError"), e.toString());
    }
    const int rc = reportReply(r, json, extra);
    if (!json) {
        if (data) {
            out() << r.body.size() << " bytes" << (data->compressed ? ", compressed" : "") << ", "
                  << data->items.size() << " item(s)" << (data->staticObjects ? ", static objects" : "")
                  << '\n'
                  << lines.join(u'\n') << (lines.isEmpty() ? "" : "\n");
        } else {
            out() << r.body.size() << " bytes that are not SessionStateUtility data: " << e.toString()
                  << '\n';
        }
        out().flush();
    }
    return rc;
}

} // namespace

int cmdGet(const QStringList &args)
{
    QCommandLineParser p;
    StateTarget t;
    t.add(p, true);
    const QCommandLineOption exclusive(
        QStringLiteral("exclusive"), QStringLiteral("GetItemExclusive: take the lock (Exclusive: acquire)."));
    const QCommandLineOption release(QStringLiteral("release"),
                                     QStringLiteral("ReleaseItemExclusive with this lock cookie."),
                                     QStringLiteral("COOKIE"));
    const QCommandLineOption raw(QStringLiteral("raw"),
                                 QStringLiteral("Write the item bytes to standard output, undecoded."));
    p.addOption(exclusive);
    p.addOption(release);
    p.addOption(raw);
    p.addPositionalArgument(QStringLiteral("tcpip=HOST:PORT"), QStringLiteral("The stateConnectionString."));
    p.addPositionalArgument(QStringLiteral("SESSIONID"),
                            QStringLiteral("The session id (or the request target with --raw-key)."));
    if (int rc =
            parse(p, args, QStringLiteral("get"),
                  QStringLiteral(
                      "GetItem (GET) one session and show its items decoded (SessionStateItemCollection; "
                      "BinaryFormatter values are shown by size and class, never deserialised). "
                      "Exit 0 on 200, 1 on 404/423/400, 2 when the server cannot be reached."));
        rc >= 0) {
        return rc;
    }
    const auto endpoint = endpointArg(p, QStringLiteral("get"), true);
    if (!endpoint) {
        return ExitUsage;
    }
    StateClient client(*endpoint, p.value(t.timeout).toInt());
    const std::string key = keyArg(p, t, p.positionalArguments()[1]);
    StateReply r;
    if (p.isSet(release)) {
        r = client.releaseItemExclusive(key, p.value(release).toInt());
    } else {
        r = p.isSet(exclusive) ? client.getItemExclusive(key) : client.getItem(key);
    }
    if (r.status != 200 || r.body.isEmpty()) {
        return reportReply(r, p.isSet(t.json));
    }
    if (p.isSet(raw)) {
        std::fwrite(r.body.constData(), 1, std::size_t(r.body.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    return reportDecodedItems(r, p.isSet(t.json));
}

namespace {

/// The AltType a --typed TYPE name (lower case) writes; std::nullopt for an unknown name.
std::optional<AltType> altTypeByName(const QString &name)
{
    static const QList<std::pair<QString, AltType>> types = {
        {QStringLiteral("string"), AltType::String},     {QStringLiteral("int32"), AltType::Int32},
        {QStringLiteral("int"), AltType::Int32},         {QStringLiteral("bool"), AltType::Boolean},
        {QStringLiteral("datetime"), AltType::DateTime}, {QStringLiteral("decimal"), AltType::Decimal},
        {QStringLiteral("byte"), AltType::Byte},         {QStringLiteral("char"), AltType::Char},
        {QStringLiteral("single"), AltType::Single},     {QStringLiteral("double"), AltType::Double},
        {QStringLiteral("sbyte"), AltType::SByte},       {QStringLiteral("int16"), AltType::Int16},
        {QStringLiteral("int64"), AltType::Int64},       {QStringLiteral("uint16"), AltType::UInt16},
        {QStringLiteral("uint32"), AltType::UInt32},     {QStringLiteral("uint64"), AltType::UInt64},
        {QStringLiteral("timespan"), AltType::TimeSpan}, {QStringLiteral("guid"), AltType::Guid},
        {QStringLiteral("null"), AltType::Null}};
    auto it =
        std::find_if(types.begin(), types.end(), [&name](const auto &pair) { return pair.first == name; });
    if (it == types.end()) {
        return std::nullopt;
    }
    return it->second;
}

/// Adds one --item NAME=VALUE (or with `isTyped` one --typed NAME=TYPE:VALUE) to `data`. Returns what is
/// wrong with `spec`, empty when it was added.
QString addItemSpec(SessionStateData &data, const QString &spec, bool isTyped)
{
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0) {
        return QStringLiteral("'%1' is not NAME=VALUE").arg(spec);
    }
    QString value = spec.mid(eq + 1);
    AltType type = AltType::String;
    if (isTyped) {
        const qsizetype colon = value.indexOf(u':');
        const QString name = (colon < 0 ? value : value.left(colon)).toLower();
        const auto t = altTypeByName(name);
        if (!t) {
            return QStringLiteral("unknown type '%1' in '%2'").arg(name, spec);
        }
        type = *t;
        value = colon < 0 ? QString() : value.mid(colon + 1);
    }
    QString error;
    const auto raw = encodeAltValue(type, value, &error);
    if (!raw) {
        return QStringLiteral("%1: %2").arg(spec, error);
    }
    data.setRaw(spec.left(eq), *raw);
    return {};
}

/// The options of `put` beyond StateTarget's.
struct PutOptions
{
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Session timeout in minutes (default 20)."),
                               QStringLiteral("MINUTES"), QStringLiteral("20")};
    QCommandLineOption item{QStringLiteral("item"), QStringLiteral("A String item NAME=VALUE (repeatable)."),
                            QStringLiteral("NAME=VALUE")};
    QCommandLineOption typed{
        QStringLiteral("typed"),
        QStringLiteral("An item of another type, NAME=TYPE:VALUE, TYPE one of int32, int64, bool, "
                       "double, decimal, datetime, timespan, guid, null... (repeatable)."),
        QStringLiteral("NAME=TYPE:VALUE")};
    QCommandLineOption file{QStringLiteral("file"),
                            QStringLiteral("Send this file's bytes as the item instead."),
                            QStringLiteral("FILE")};
    QCommandLineOption cookie{QStringLiteral("lock-cookie"),
                              QStringLiteral("LockCookie of the lock being released."), QStringLiteral("N")};
    QCommandLineOption uninit{QStringLiteral("uninitialized"),
                              QStringLiteral("CreateUninitializedItem (ExtraFlags: 1).")};
    QCommandLineOption compress{QStringLiteral("compress"),
                                QStringLiteral("Write compressionEnabled data (raw DEFLATE + 0xFF).")};
};

/// The PUT body: the bytes of --file, or SessionStateUtility data built from --item/--typed. Returns
/// std::nullopt with `error` set (a usage error) when the file cannot be read or a spec is wrong.
std::optional<QByteArray> putBody(const QCommandLineParser &p, const PutOptions &o, int minutes,
                                  QString *error)
{
    if (p.isSet(o.file)) {
        QFile f(p.value(o.file));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
            return std::nullopt;
        }
        return f.readAll();
    }
    SessionStateData data;
    data.timeout = minutes;
    data.compressed = p.isSet(o.compress);
    for (const QString &spec : p.values(o.item)) {
        if (*error = addItemSpec(data, spec, false); !error->isEmpty()) {
            return std::nullopt;
        }
    }
    for (const QString &spec : p.values(o.typed)) {
        if (*error = addItemSpec(data, spec, true); !error->isEmpty()) {
            return std::nullopt;
        }
    }
    return encodeSessionState(data);
}

} // namespace

int cmdPut(const QStringList &args)
{
    QCommandLineParser p;
    StateTarget t;
    t.add(p, true);
    const PutOptions o;
    for (const auto *opt : {&o.timeout, &o.item, &o.typed, &o.file, &o.cookie, &o.uninit, &o.compress}) {
        p.addOption(*opt);
    }
    p.addPositionalArgument(QStringLiteral("tcpip=HOST:PORT"), QStringLiteral("The stateConnectionString."));
    p.addPositionalArgument(QStringLiteral("SESSIONID"),
                            QStringLiteral("The session id (or the request target with --raw-key)."));
    if (int rc = parse(p, args, QStringLiteral("put"),
                       QStringLiteral("SetAndReleaseItemExclusive (PUT) a session built from --item/--typed, "
                                      "or the bytes of --file. "
                                      "Exit 0 on 200, 1 on 423/400, 2 on a usage or connection error."));
        rc >= 0) {
        return rc;
    }
    const auto endpoint = endpointArg(p, QStringLiteral("put"), true);
    if (!endpoint) {
        return ExitUsage;
    }
    bool ok = false;
    const int minutes = p.value(o.timeout).toInt(&ok);
    if (!ok) {
        return usageError(QStringLiteral("--timeout must be a number of minutes"), QStringLiteral("put"));
    }
    QString error;
    const auto body = putBody(p, o, minutes, &error);
    if (!body) {
        return usageError(error, QStringLiteral("put"));
    }
    StateClient client(*endpoint, p.value(t.timeout).toInt());
    const std::string key = keyArg(p, t, p.positionalArguments()[1]);
    std::optional<int> lockCookie;
    if (p.isSet(o.cookie)) {
        lockCookie = p.value(o.cookie).toInt();
    }
    const StateReply r = p.isSet(o.uninit)
                             ? client.createUninitializedItem(key, *body, minutes)
                             : client.setAndReleaseItemExclusive(key, *body, minutes, lockCookie);
    return reportReply(r, p.isSet(t.json), {{QStringLiteral("bytes"), int(body->size())}});
}

int cmdRemove(const QStringList &args)
{
    QCommandLineParser p;
    StateTarget t;
    t.add(p, true);
    const QCommandLineOption cookie(QStringLiteral("lock-cookie"),
                                    QStringLiteral("LockCookie of the lock held."), QStringLiteral("N"));
    p.addOption(cookie);
    p.addPositionalArgument(QStringLiteral("tcpip=HOST:PORT"), QStringLiteral("The stateConnectionString."));
    p.addPositionalArgument(QStringLiteral("SESSIONID"),
                            QStringLiteral("The session id (or the request target with --raw-key)."));
    if (int rc = parse(p, args, QStringLiteral("remove"),
                       QStringLiteral("RemoveItem (DELETE): abandon one session. Exit 0 on 200, 1 on "
                                      "404/423, 2 on a usage or connection error."));
        rc >= 0) {
        return rc;
    }
    const auto endpoint = endpointArg(p, QStringLiteral("remove"), true);
    if (!endpoint) {
        return ExitUsage;
    }
    StateClient client(*endpoint, p.value(t.timeout).toInt());
    std::optional<int> lockCookie;
    if (p.isSet(cookie)) {
        lockCookie = p.value(cookie).toInt();
    }
    return reportReply(client.removeItem(keyArg(p, t, p.positionalArguments()[1]), lockCookie),
                       p.isSet(t.json));
}

} // namespace sd::ctl
