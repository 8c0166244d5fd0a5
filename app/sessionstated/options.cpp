// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

#include "stateproto/stateprotocol.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>
#include <string>

namespace sd {

namespace {

/// What an option takes.
enum class OptionKind
{
    Flag,   ///< no value
    Number, ///< a whole number in [min, max]; `def` when absent (or invalid: the usage error wins)
    Text,   ///< a string, checked (if at all) after every number
};

/// Where the manual lists an option.
enum class OptionSection
{
    Server,  ///< OPTIONS
    Admin,   ///< ADMIN API, after its introduction
    General, ///< right after the ADMIN API options (--version, --help)
    Hidden,  ///< nowhere: options for tests only
};

/// One option's value on this command line.
struct OptionValue
{
    bool set = false;  ///< given on the command line
    QString text;      ///< as given ("" when not set)
    qint64 number = 0; ///< Number options: the value, or the default when absent or invalid
};

/// One row of the option table.
struct OptionRow
{
    const char *name;      ///< long name, without "--"
    const char *alias;     ///< one-letter alias or nullptr
    const char *valueName; ///< shown after the name; nullptr for flags
    OptionKind kind;
    OptionSection section;
    qint64 def, min, max; ///< Number options only; "{default}" in `help` prints `def`
    const char *synopsis; ///< the SYNOPSIS fragment; "" when another row's fragment shows this option
    const char *help;     ///< manual text; '\n' starts a new line in the help column
    void (*apply)(DaemonConfig &, const OptionValue &); ///< stores the value into the options structs
};

// Number options are checked in table order, so the first bad one in this order is the one reported.
const OptionRow kOptions[] = {
    {"port", nullptr, "N", OptionKind::Number, OptionSection::Server, 42424, 0, 65535, "[--port N]",
     "TCP port (default {default}; 0 picks a free port, printed at start).",
     [](DaemonConfig &c, const OptionValue &v) { c.server.port = std::uint16_t(v.number); }},
    {"bind", nullptr, "ADDR", OptionKind::Text, OptionSection::Server, 0, 0, 0, "[--bind ADDR]",
     "IPv4 or IPv6 address to listen on (default 127.0.0.1 and ::1, or 0.0.0.0\nand :: with --allow-remote).",
     [](DaemonConfig &c, const OptionValue &v) {
         if (v.set) {
             c.bind = v.text;
         }
     }},
    {"allow-remote", nullptr, nullptr, OptionKind::Flag, OptionSection::Server, 0, 0, 0, "[--allow-remote]",
     "Accept connections from other hosts (aspnet_state's AllowRemoteConnection).\n"
     "Without it, non-loopback peers are disconnected at once.",
     [](DaemonConfig &c, const OptionValue &v) { c.server.allowRemote = v.set; }},
    {"socket-timeout", nullptr, "SECONDS", OptionKind::Number, OptionSection::Server, 60, 0, 86400,
     "[--socket-timeout SECONDS]",
     "Close connections idle this long, and requests not complete this long after\n"
     "their first byte (aspnet_state's SocketTimeout; default {default}; 0 = never).",
     [](DaemonConfig &c, const OptionValue &v) { c.server.socketTimeoutSeconds = int(v.number); }},
    {"max-line", nullptr, "BYTES", OptionKind::Number, OptionSection::Server, 8192, 256, 1 << 20,
     "[--max-line BYTES]", "Longest request line or header line (default {default}).",
     [](DaemonConfig &c, const OptionValue &v) { c.server.limits.maxLineBytes = std::size_t(v.number); }},
    {"max-headers", nullptr, "N", OptionKind::Number, OptionSection::Server, 64, 1, 10000,
     "[--max-headers N]", "Most header lines in one request (default {default}).",
     [](DaemonConfig &c, const OptionValue &v) { c.server.limits.maxHeaders = std::size_t(v.number); }},
    {"max-body", nullptr, "BYTES", OptionKind::Number, OptionSection::Server, qint64(2147483647), 0,
     qint64(1) << 31, "[--max-body BYTES]",
     "Largest Content-Length (default {default} = 2 GiB - 1, as aspnet_state: no cap\n"
     "of its own; memory is the bound). A body over it is read and dropped, then\n"
     "answered \"400 Bad Request\" saying why, and the connection is closed.",
     [](DaemonConfig &c, const OptionValue &v) { c.server.limits.maxBodyBytes = std::size_t(v.number); }},
    {"threads", nullptr, "N", OptionKind::Number, OptionSection::Server, 0, 0, 256, "[--threads N]",
     "Network threads (default: one per CPU core).",
     [](DaemonConfig &c, const OptionValue &v) { c.server.threads = int(v.number); }},
    {"max-connections", nullptr, "N", OptionKind::Number, OptionSection::Server, 100000, 1, 10000000,
     "[--max-connections N]", "Connections held at once (default {default}); more are closed on accept.",
     [](DaemonConfig &c, const OptionValue &v) { c.server.maxConnections = std::size_t(v.number); }},
    {"persist", nullptr, "FILE", OptionKind::Text, OptionSection::Server, 0, 0, 0,
     "[--persist FILE [--sync batched|full]]",
     "Keep sessions in the SQLite database FILE (WAL mode, ASPState schema:\n"
     "ASPStateTempSessions, ASPStateTempApplications). At start, expired sessions\n"
     "are dropped and the rest, with the counters, are loaded.",
     [](DaemonConfig &c, const OptionValue &v) {
         if (v.set) {
             c.persistFile = v.text;
         }
     }},
    {"sync", nullptr, "batched|full", OptionKind::Text, OptionSection::Server, 0, 0, 0, "",
     "batched (default): changes are committed every --flush-interval ms; a crash\n"
     "loses at most that window. full: every change is committed (synchronous=FULL)\n"
     "before its response is sent; no acknowledged write is lost.",
     [](DaemonConfig &c, const OptionValue &v) {
         if (v.set) {
             c.sync = v.text;
         }
     }},
    {"flush-interval", nullptr, "MS", OptionKind::Number, OptionSection::Server, 1000, 1, 3600000,
     "[--flush-interval MS]", "Commit interval of --sync batched (default {default}).",
     [](DaemonConfig &c, const OptionValue &v) { c.persist.flushIntervalMs = int(v.number); }},
    {"log-sessions", nullptr, nullptr, OptionKind::Flag, OptionSection::Server, 0, 0, 0, "[--log-sessions]",
     "Log Session_Start and Session_End (with the reason) to standard error.",
     [](DaemonConfig &c, const OptionValue &v) { c.logSessions = v.set; }},
    {"admin-bind", nullptr, "ADDR", OptionKind::Text, OptionSection::Admin, 0, 0, 0, "[--admin-bind ADDR]",
     "Address of the admin listener (default 127.0.0.1).",
     [](DaemonConfig &c, const OptionValue &v) {
         if (v.set) {
             c.admin.bind = v.text;
         }
     }},
    // Applied after --port: when --port is 0 and this is absent, it is 0 too.
    {"admin-port", nullptr, "N", OptionKind::Number, OptionSection::Admin, 42425, 0, 65535,
     "[--admin-port N]",
     "Its port (default {default}; 0 picks a free port, printed at start; when --port is\n"
     "0 and --admin-port is not given, the admin port is picked freely too).",
     [](DaemonConfig &c, const OptionValue &v) {
         c.admin.port = quint16(!v.set && c.server.port == 0 ? 0 : v.number);
     }},
    {"admin-token-file", nullptr, "PATH", OptionKind::Text, OptionSection::Admin, 0, 0, 0,
     "[--admin-token-file PATH | --no-admin]",
     "The bearer token: read if the file exists, else created with a random token\n"
     "(mode 0600). Default: FILE.admin-token beside --persist FILE, else\n"
     "$STATE_DIRECTORY/admin-token, else ~/.local/state/sessionstated/admin-token.",
     [](DaemonConfig &c, const OptionValue &v) {
         if (v.set) {
             c.adminTokenFile = v.text;
         }
     }},
    {"no-admin", nullptr, nullptr, OptionKind::Flag, OptionSection::Admin, 0, 0, 0, "", "No admin listener.",
     [](DaemonConfig &c, const OptionValue &v) { c.noAdmin = v.set; }},
    {"version", nullptr, nullptr, OptionKind::Flag, OptionSection::General, 0, 0, 0, "", "Print the version.",
     [](DaemonConfig &c, const OptionValue &v) { c.showVersion = v.set; }},
    {"help", "h", nullptr, OptionKind::Flag, OptionSection::General, 0, 0, 0, "", "Print this page.",
     [](DaemonConfig &c, const OptionValue &v) { c.showHelp = v.set; }},
    // For tests of expiry over the wire: session time (timeouts, expiry, lock ages) runs N times as fast as
    // the wall clock, and expired sessions are collected every 1000/N ms. Not in the manual.
    {"test-time-scale", nullptr, "N", OptionKind::Number, OptionSection::Hidden, 1, 1, 1000, "",
     "Session time runs N times fast (tests only).",
     [](DaemonConfig &c, const OptionValue &v) { c.timeScale = int(v.number); }},
};

// ------------------------------------------------------------------------------------------ the manual

const char kManHead[] = R"(NAME
    sessionstated - ASP.NET State Service compatible session state server

SYNOPSIS
)";

const char kDescription[] = R"(
DESCRIPTION
    sessionstated answers the ASP.NET State Service protocol (the one aspnet_state.exe speaks on TCP
    42424), so an ASP.NET application with
        <sessionState mode="StateServer" stateConnectionString="tcpip=HOST:42424" />
    can keep its sessions here. It follows StateRuntime's semantics: GET (GetItem, GetItemExclusive with
    "Exclusive: acquire", ReleaseItemExclusive with "Exclusive: release"), PUT (SetAndReleaseItemExclusive,
    CreateUninitializedItem with "ExtraFlags: 1"), DELETE (RemoveItem) and HEAD (ResetItemTimeout), with lock
    cookies, 423 Locked answers carrying LockCookie, LockAge and LockDate, and sliding expiration.

    Like aspnet_state it listens on 127.0.0.1:42424 (and on [::1]:42424, so that tcpip=localhost:42424
    connects whichever way localhost resolves) and refuses connections from other hosts unless
    --allow-remote is given. With --persist, sessions survive a restart.

OPTIONS
)";

const char kAdminIntro[] = R"(
ADMIN API
    A second listener serves HTTP/1.1 + JSON for monitoring and administration: GET /v1/stats,
    GET /v1/sessions (paged), GET|DELETE /v1/sessions/{app}/{id}, POST /v1/sessions/{app}/{id}/touch,
    GET /v1/events (server-sent events) and GET /metrics (Prometheus). Every request must carry
    "Authorization: Bearer TOKEN"; without it the answer is 401. See docs/admin-api.md.
)";

const char kManTail[] = R"(
SIGNALS
    SIGINT, SIGTERM         Stop accepting, deliver the responses already computed, commit pending
                            changes to --persist, exit 0.

EXIT STATUS
    0 after a clean stop, 1 when the server cannot start (address in use, database unusable),
    2 on a usage error.

EXAMPLES
    sessionstated
    sessionstated --persist /var/lib/sessionstated/sessions.db --sync full
    sessionstated --allow-remote --bind 10.0.0.5 --socket-timeout 120

SEE ALSO
    sessionctl(1): sessionctl ping tcpip=127.0.0.1:42424
)";

constexpr int kIndent = 4;          ///< option names and SYNOPSIS start here
constexpr int kHelpColumn = 28;     ///< option help text starts here
constexpr int kSynopsisWidth = 106; ///< SYNOPSIS lines are wrapped before this column
const char kProgram[] = "sessionstated";

/// "--name VALUE", "-h, --help".
QString optionLabel(const OptionRow &o)
{
    QString label = o.alias ? QStringLiteral("-%1, ").arg(QLatin1String(o.alias)) : QString();
    label += QStringLiteral("--") + QLatin1String(o.name);
    if (o.valueName) {
        label += u' ' + QLatin1String(o.valueName);
    }
    return label;
}

/// One option's manual entry: its label, then its help in the help column (on the next line when the
/// label reaches into that column).
QString optionEntry(const OptionRow &o)
{
    const QString label = QString(kIndent, u' ') + optionLabel(o);
    QString help = QString::fromLatin1(o.help);
    help.replace(QStringLiteral("{default}"), QString::number(o.def));
    help.replace(u'\n', u'\n' + QString(kHelpColumn, u' '));
    if (label.size() < kHelpColumn) {
        return label.leftJustified(kHelpColumn, u' ') + help + u'\n';
    }
    return label + u'\n' + QString(kHelpColumn, u' ') + help + u'\n';
}

/// The entries of every option in `section`, in table order.
QString sectionEntries(OptionSection section)
{
    QString text;
    for (const OptionRow &o : kOptions) {
        if (o.section == section) {
            text += optionEntry(o);
        }
    }
    return text;
}

/// The SYNOPSIS: the program name, then each section's fragments wrapped under it; the admin options
/// start a line of their own.
QString synopsis()
{
    const QString program = QString(kIndent, u' ') + QLatin1String(kProgram);
    const QString continuation(program.size(), u' ');
    QString text, line = program;
    for (const OptionSection section : {OptionSection::Server, OptionSection::Admin}) {
        if (line != program) {
            text += line + u'\n';
            line = continuation;
        }
        for (const OptionRow &o : kOptions) {
            if (o.section != section || !*o.synopsis) {
                continue;
            }
            const QString fragment = QLatin1String(o.synopsis);
            if (line != program && line != continuation &&
                line.size() + 1 + fragment.size() > kSynopsisWidth) {
                text += line + u'\n';
                line = continuation;
            }
            line += u' ' + fragment;
        }
    }
    return text + line + u'\n';
}

// ------------------------------------------------------------------------------------------ parsing

/// Prints a usage error; returns the exit status 2.
int usage(const QString &message)
{
    QTextStream(stderr) << kProgram << ": " << message << "\nTry 'sessionstated --help'.\n";
    return 2;
}

/// The parser's option for `o`.
QCommandLineOption parserOption(const OptionRow &o)
{
    QStringList names;
    if (o.alias) {
        names << QLatin1String(o.alias);
    }
    names << QLatin1String(o.name);
    QCommandLineOption option(names);
    if (o.valueName) {
        option.setValueName(QLatin1String(o.valueName));
    }
    return option;
}

/// The value of `o` on the parsed command line. A Number outside [min, max] or not a number reads as its
/// default, and the first such one sets `*bad` to the usage error.
OptionValue optionValue(const QCommandLineParser &p, const OptionRow &o, QString *bad)
{
    const QString name = QLatin1String(o.name);
    OptionValue v{p.isSet(name), o.kind == OptionKind::Flag ? QString() : p.value(name), o.def};
    if (o.kind != OptionKind::Number || !v.set) {
        return v;
    }
    bool good = false;
    const qint64 n = v.text.toLongLong(&good);
    if (good && n >= o.min && n <= o.max) {
        v.number = n;
    } else if (bad->isEmpty()) {
        *bad = QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                   .arg(name)
                   .arg(o.min)
                   .arg(o.max)
                   .arg(v.text);
    }
    return v;
}

/// The checks between options, after the numbers: --no-admin alone among the admin options, and --sync's
/// value and its --persist. Returns the usage error, or "" when the combination is fine.
QString combinationError(const QCommandLineParser &p, DaemonConfig *c)
{
    if (c->noAdmin) {
        for (const OptionRow &o : kOptions) {
            if (o.section == OptionSection::Admin && QLatin1String(o.name) != u"no-admin" &&
                p.isSet(QLatin1String(o.name))) {
                return QStringLiteral("--no-admin cannot be combined with other --admin options");
            }
        }
    }
    if (c->sync) {
        if (*c->sync == u"full") {
            c->persist.sync = PersistOptions::Sync::Full;
        } else if (*c->sync != u"batched") {
            return QStringLiteral("--sync is 'batched' or 'full', not '%1'").arg(*c->sync);
        }
        if (!c->persistFile) {
            return QStringLiteral("--sync needs --persist FILE");
        }
    }
    return {};
}

} // namespace

QString manualText()
{
    return QLatin1String(kManHead) + synopsis() + QLatin1String(kDescription) +
           sectionEntries(OptionSection::Server) + QLatin1String(kAdminIntro) +
           sectionEntries(OptionSection::Admin) + sectionEntries(OptionSection::General) +
           QLatin1String(kManTail);
}

std::optional<int> readCommandLine(const QStringList &args, DaemonConfig *config)
{
    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionRow &o : kOptions) {
        p.addOption(parserOption(o));
    }
    if (!p.parse(args)) {
        return usage(p.errorText());
    }
    QString bad; // the first invalid number
    for (const OptionRow &o : kOptions) {
        o.apply(*config, optionValue(p, o, &bad));
    }
    if (config->showHelp) {
        std::fputs(manualText().toUtf8().constData(), stdout);
        return 0;
    }
    if (config->showVersion) {
        std::printf("sessionstated %s (X-AspNet-Version %s)\n", SESSIONDESK_VERSION,
                    std::string(proto::kAspNetVersion).c_str());
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        return usage(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    }
    if (!bad.isEmpty()) {
        return usage(bad);
    }
    if (const QString error = combinationError(p, config); !error.isEmpty()) {
        return usage(error);
    }
    // Without --bind, both loopback addresses (or both wildcards), so that tcpip=localhost:PORT connects
    // whichever way localhost resolves; --bind ADDR is exactly ADDR.
    const bool remote = config->server.allowRemote;
    config->server.bind = config->bind ? config->bind->toStdString() : (remote ? "0.0.0.0" : "127.0.0.1");
    config->server.alsoBind = config->bind ? "" : (remote ? "::" : "::1");
    config->server.expiryIntervalMs = 1000 / config->timeScale;
    return std::nullopt;
}

} // namespace sd
