// SPDX-License-Identifier: GPL-3.0-or-later
// sessionctl's command registry, its main help (generated from the registry) and the dispatch.
#include "sessionctl.h"
#include "sessionctl_p.h"

namespace sd {

namespace ctl {

namespace {

const QString kStateSummary =
    QStringLiteral("Single state server operations, for scripts and support (exit 1 on 404/423).");
const QString kAdminSummary =
    QStringLiteral("Watch and act through sessionstated's admin API (default http://127.0.0.1:42425).");
/// The commands that have sub-commands ("config show", "farm compare", "iis set", "token verify").
const QStringList kGroups{QStringLiteral("config"), QStringLiteral("farm"), QStringLiteral("iis"),
                          QStringLiteral("token")};

/// Prints the main help: the command list is the registry's usage lines and summaries.
void printMainHelp()
{
    out() << "Usage: sessionctl COMMAND [OPTIONS]\n\n"
             "SessionDesk's command line for ASP.NET session state.\n\n"
             "Commands:\n";
    const QList<Command> &all = commands();
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (const QString &line : all[i].usage) {
            out() << "  " << line << '\n';
        }
        if (i + 1 == all.size() || all[i + 1].summary != all[i].summary) {
            out() << "      " << all[i].summary << '\n';
        }
    }
    out() << "\n'sessionctl COMMAND --help' describes each command.\n"
             "Exit status: 0 fine, 1 findings of error severity, 2 usage or I/O error.\n";
    out().flush();
}

/// `sessionctl GROUP SUB ...` (GROUP config, farm or iis): the sub-commands are the registry's "GROUP ..."
/// entries.
int dispatchGroup(const QStringList &args)
{
    const QString prefix = args[1] + u' ';
    if (args.size() < 3 || args[2] == u"--help" || args[2] == u"-h") {
        printMainHelp();
        return args.size() < 3 ? ExitUsage : ExitOk;
    }
    QStringList sub = args.mid(3);
    sub.prepend(args[0]);
    if (const Command *c = findCommand(prefix + args[2])) {
        return c->run(sub);
    }
    QStringList known;
    for (const Command &c : commands()) {
        if (c.name.startsWith(prefix)) {
            known << c.name.mid(prefix.size());
        }
    }
    return usageError(QStringLiteral("unknown %1 command '%2' (%3)")
                          .arg(args[1], args[2], known.join(QStringLiteral(", "))));
}

/// The commands over IIS configuration and farms (issue 13): doctor, farm compare|sync-machinekey, iis set.
QList<Command> iisCommands()
{
    return {
        {QStringLiteral("doctor"),
         {QStringLiteral("doctor PATH... [--json]")},
         QStringLiteral(
             "Find why sessions are lost on a server: pools, sites, effective settings, findings."),
         cmdDoctor},
        {QStringLiteral("farm compare"),
         {QStringLiteral("farm compare PATH PATH... [--json] [--only-differences]")},
         QStringLiteral("Compare the servers of a web farm: settings that must agree, findings FARM001..."),
         cmdFarmCompare},
        {QStringLiteral("farm sync-machinekey"),
         {QStringLiteral(
             "farm sync-machinekey --from SERVER_PATH --app SITE/path TARGET_PATH... [--dry-run]")},
         QStringLiteral(
             "Copy one server's <machineKey> to the other servers of a farm (diff with --dry-run)."),
         cmdFarmSyncMachineKey},
        {QStringLiteral("iis set"),
         {QStringLiteral("iis set FILE (--pool NAME | --site NAME) ELEMENT.ATTR=VALUE... [--dry-run]")},
         QStringLiteral("Edit a pool's or site's attributes in applicationHost.config; only the edited bytes "
                        "change."),
         cmdIisSet},
    };
}

/// The token commands (issue 14): token verify, token farm.
QList<Command> tokenCommands()
{
    return {
        {QStringLiteral("token verify"),
         {QStringLiteral(
             "token verify TOKEN|--file F [--kind viewstate|forms] [--generator HEX] [--url URL "
             "--app-path PATH] [--viewstate-user-key K] [--config FILE...] [--keys FILE] [--json]")},
         QStringLiteral("Check which candidate <machineKey> validates a __VIEWSTATE or a .ASPXAUTH ticket."),
         cmdTokenVerify},
        {QStringLiteral("token farm"),
         {QStringLiteral("token farm PATH PATH... [--application APP] [--kind viewstate|forms] [--json]")},
         QStringLiteral("Which server of a farm accepts the ViewState and forms tickets of which (and why "
                        "not)."),
         cmdTokenFarm},
    };
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> table =
        QList<Command>{
            {QStringLiteral("genkey"),
             {QStringLiteral("genkey [--validation ALG] [--decryption ALG] [--json]")},
             QStringLiteral("Generate a <machineKey> (OpenSSL CSPRNG, Microsoft's key sizes)."),
             cmdGenkey},
            {QStringLiteral("config show"),
             {QStringLiteral("config show FILE [--location PATH] [--json] [--show-keys]")},
             QStringLiteral("Effective <sessionState> and <machineKey>, defaults filled in."),
             cmdConfigShow},
            {QStringLiteral("config set"),
             {QStringLiteral("config set FILE [--location PATH] ELEMENT.ATTR=VALUE... [--dry-run] [--force]"),
              QStringLiteral("config set FILE [--location PATH] --generate-machine-key [--validation ALG] "
                             "[--decryption ALG]")},
             QStringLiteral(
                 "Edit attributes; only the edited bytes change; FILE.bak keeps the previous file."),
             cmdConfigSet},
            {QStringLiteral("config unset"),
             {QStringLiteral("config unset FILE [--location PATH] ELEMENT.ATTR|ELEMENT...")},
             QStringLiteral("Remove attributes or whole elements."),
             cmdConfigUnset},
            {QStringLiteral("check"),
             {QStringLiteral("check FILE... [--disclosed-keys CSV] [--json]")},
             QStringLiteral("Report errors, session-loss risks and security findings."),
             cmdCheck},
        } +
        tokenCommands() + iisCommands() +
        QList<Command>{
            {QStringLiteral("ping"),
             {QStringLiteral("ping tcpip=HOST:PORT [--count N] [--json]")},
             QStringLiteral("Check that a state server answers; print its version and round-trip time."),
             cmdPing},
            {QStringLiteral("get"),
             {QStringLiteral("get tcpip=HOST:PORT SESSIONID [--app ID] [--exclusive | --release COOKIE] "
                             "[--raw] [--json]")},
             kStateSummary,
             cmdGet},
            {QStringLiteral("put"),
             {QStringLiteral("put tcpip=HOST:PORT SESSIONID [--timeout MIN] [--item N=V]... [--typed "
                             "N=TYPE:V]... [--file F]")},
             kStateSummary,
             cmdPut},
            {QStringLiteral("remove"),
             {QStringLiteral("remove tcpip=HOST:PORT SESSIONID [--lock-cookie N]")},
             kStateSummary,
             cmdRemove},
            {QStringLiteral("stats"),
             {QStringLiteral("stats [--watch] [--server URL] [--token-file F] [--json]")},
             kAdminSummary,
             cmdStats},
            {QStringLiteral("sessions"),
             {QStringLiteral(
                 "sessions list|show|abandon|touch ... [--server URL] [--token-file F] [--json]")},
             kAdminSummary,
             cmdSessions},
            {QStringLiteral("events"),
             {QStringLiteral("events [--count N] [--no-stats] [--server URL] [--token-file F] [--json]")},
             kAdminSummary,
             cmdEvents},
            {QStringLiteral("load"),
             {QStringLiteral(
                 "load tcpip=HOST:PORT|redis://HOST:PORT [--sessions N] [--concurrency N] [--duration S] "
                 "[--mix SPEC]...")},
             QStringLiteral(
                 "Play SessionStateModule's requests against a store; print throughput and latency "
                 "percentiles."),
             cmdLoad},
        };
    return table;
}

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands()) {
        if (c.name == name) {
            return &c;
        }
    }
    return nullptr;
}

} // namespace ctl

int sessionctlMain(const QStringList &args)
{
    using namespace ctl;
    if (args.size() < 2 || args[1] == u"help" || args[1] == u"--help" || args[1] == u"-h") {
        if (args.size() >= 3 && args[1] == u"help") {
            return sessionctlMain({args[0], args[2], QStringLiteral("--help")});
        }
        printMainHelp();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    if (args[1] == u"--version") {
        out() << "sessionctl " << SESSIONDESK_VERSION << '\n';
        out().flush();
        return ExitOk;
    }
    const QString &verb = args[1];
    if (kGroups.contains(verb)) {
        return dispatchGroup(args);
    }
    const Command *command = verb.contains(u' ') ? nullptr : findCommand(verb);
    if (!command) {
        return usageError(QStringLiteral("unknown command '%1'").arg(verb));
    }
    QStringList rest = args.mid(2);
    rest.prepend(args[0]);
    return command->run(rest);
}

} // namespace sd
