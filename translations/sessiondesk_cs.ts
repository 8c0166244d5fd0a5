<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cs_CZ">
<context>
    <name>AdminClient</name>
    <message>
        <source>The admin API at %1 refused the token. Check the profile&apos;s token file (sessionstated prints its path at start).</source>
        <translation>Administrační API na %1 odmítlo token. Zkontrolujte soubor s tokenem v profilu (sessionstated při spuštění vypíše jeho cestu).</translation>
    </message>
    <message>
        <source>HTTP %1 from %2%3</source>
        <translation>HTTP %1 od %2%3</translation>
    </message>
    <message>
        <source>Nothing listens at %1. Is sessionstated running, with its admin API (not --no-admin) on this port?</source>
        <translation>Na %1 nic nenaslouchá. Běží sessionstated a má na tomto portu administrační API (bez --no-admin)?</translation>
    </message>
    <message>
        <source>The host of %1 is unknown: check the name.</source>
        <translation>Hostitel adresy %1 je neznámý: zkontrolujte název.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: a firewall may drop the packets, or the server is overloaded.</source>
        <translation>%1 neodpověděl včas: pakety možná zahazuje firewall, nebo je server přetížen.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a JSON object: is this a sessionstated admin port?</source>
        <translation>%1 odpověděl něčím, co není objekt JSON: je to administrační port sessionstated?</translation>
    </message>
    <message>
        <source>the event stream was closed by the server</source>
        <translation>server uzavřel proud událostí</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>cancelled</source>
        <translation>zrušeno</translation>
    </message>
    <message>
        <source>Nothing listens on %1:%2. Start the state server (Windows: net start aspnet_state, and set the ASP.NET State Service to Automatic; Linux: systemctl start sessionstated) or fix the port (the default is 42424; the service&apos;s Port registry value can change it).</source>
        <translation>Na %1:%2 nic nenaslouchá. Spusťte stavový server (Windows: net start aspnet_state a nastavte službu ASP.NET State Service na automatické spouštění; Linux: systemctl start sessionstated), nebo opravte port (výchozí je 42424; změnit jej může hodnota Port služby v registru).</translation>
    </message>
    <message>
        <source>A server that only listens on loopback also refuses remote hosts: set AllowRemoteConnection=1 (aspnet_state) or --allow-remote --bind (sessionstated).</source>
        <translation>Server, který naslouchá jen na loopbacku, odmítá i vzdálené hostitele: nastavte AllowRemoteConnection=1 (aspnet_state) nebo --allow-remote --bind (sessionstated).</translation>
    </message>
    <message>
        <source>no token file is set in the profile</source>
        <translation>v profilu není nastaven soubor s tokenem</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>soubor s tokenem %1 nelze přečíst: %2</translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation>soubor s tokenem %1 je prázdný</translation>
    </message>
    <message>
        <source>stateConnectionString &quot;%1&quot;: %2</source>
        <translation>stateConnectionString &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>úspěch</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>varování</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>SELHÁNÍ</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>přeskočeno</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>Překlad názvu</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>Připojení TCP</translation>
    </message>
    <message>
        <source>Protocol handshake</source>
        <translation>Handshake protokolu</translation>
    </message>
    <message>
        <source>Write/read/remove round trip</source>
        <translation>Zápis/čtení/odebrání</translation>
    </message>
    <message>
        <source>Admin API auth</source>
        <translation>Ověření u administračního API</translation>
    </message>
    <message>
        <source>Write the stateConnectionString as tcpip=HOST:PORT, e.g. tcpip=127.0.0.1:42424.</source>
        <translation>Zapište stateConnectionString ve tvaru tcpip=HOST:PORT, např. tcpip=127.0.0.1:42424.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve: check its spelling and DNS, or use an IP address.</source>
        <translation>Název hostitele &quot;%1&quot; nelze přeložit: zkontrolujte jeho pravopis a DNS, nebo použijte IP adresu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%n address(es))</source>
        <translation>
            <numerusform>%1 → %2 (%n adresa)</numerusform>
            <numerusform>%1 → %2 (%n adresy)</numerusform>
            <numerusform>%1 → %2 (%n adres)</numerusform>
        </translation>
    </message>
    <message>
        <source>connected to %1:%2</source>
        <translation>připojeno k %1:%2</translation>
    </message>
    <message>
        <source>No answer within stateNetworkTimeout (%1 s): a firewall probably drops the packets. Open TCP port %2 on the server (Windows Defender Firewall inbound rule) and on any network firewall between.</source>
        <translation>Během stateNetworkTimeout (%1 s) nepřišla žádná odpověď: pakety nejspíš zahazuje firewall. Otevřete TCP port %2 na serveru (příchozí pravidlo Windows Defender Firewall) i na všech síťových firewallech po cestě.</translation>
    </message>
    <message>
        <source>Check the host and the port of the stateConnectionString.</source>
        <translation>Zkontrolujte hostitele a port ve stateConnectionString.</translation>
    </message>
    <message>
        <source>needs name resolution</source>
        <translation>vyžaduje překlad názvu</translation>
    </message>
    <message>
        <source>The port accepted the connection but did not answer as a state server: is another program on this port?</source>
        <translation>Port přijal spojení, ale neodpověděl jako stavový server: neběží na tomto portu jiný program?</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. The ASP.NET State Service does that to remote clients unless AllowRemoteConnection=1 (HKLM\SYSTEM\CurrentControlSet\Services\aspnet_state\Parameters; restart the service); sessionstated needs --allow-remote.</source>
        <translation>Server uzavřel spojení bez odpovědi. Služba ASP.NET State Service to vzdáleným klientům dělá, pokud není nastaveno AllowRemoteConnection=1 (HKLM\SYSTEM\CurrentControlSet\Services\aspnet_state\Parameters; restartujte službu); sessionstated potřebuje --allow-remote.</translation>
    </message>
    <message>
        <source>HTTP %1 for a GET of a scratch key</source>
        <translation>HTTP %1 pro GET dočasného klíče</translation>
    </message>
    <message>
        <source>This is not the answer of an ASP.NET state server: check the port.</source>
        <translation>Toto není odpověď stavového serveru ASP.NET: zkontrolujte port.</translation>
    </message>
    <message>
        <source>HTTP %1 without X-AspNet-Version</source>
        <translation>HTTP %1 bez X-AspNet-Version</translation>
    </message>
    <message>
        <source>HTTP %1, X-AspNet-Version %2</source>
        <translation>HTTP %1, X-AspNet-Version %2</translation>
    </message>
    <message>
        <source>The answer lacks X-AspNet-Version: a state server always sends it; check the port.</source>
        <translation>V odpovědi chybí X-AspNet-Version: stavový server ji posílá vždy; zkontrolujte port.</translation>
    </message>
    <message>
        <source>needs a TCP connection</source>
        <translation>vyžaduje připojení TCP</translation>
    </message>
    <message>
        <source>read-only profile: nothing is written</source>
        <translation>profil jen pro čtení: nic se nezapisuje</translation>
    </message>
    <message>
        <source>needs the protocol handshake</source>
        <translation>vyžaduje handshake protokolu</translation>
    </message>
    <message>
        <source>PUT %1, GET %2%3, DELETE %4</source>
        <translation>PUT %1, GET %2%3, DELETE %4</translation>
    </message>
    <message>
        <source> (other bytes)</source>
        <translation> (jiné bajty)</translation>
    </message>
    <message>
        <source>The server answers but does not keep what it is sent: look at its log (sessionstated prints errors; aspnet_state writes to the Windows event log).</source>
        <translation>Server odpovídá, ale neuchovává, co se mu pošle: podívejte se do jeho protokolu (sessionstated vypisuje chyby; aspnet_state zapisuje do protokolu událostí Windows).</translation>
    </message>
    <message>
        <source>PUT, GET and DELETE of a scratch session: %1 ms, %2 ms, %3 ms</source>
        <translation>PUT, GET a DELETE dočasné relace: %1 ms, %2 ms, %3 ms</translation>
    </message>
    <message>
        <source>no token file in the profile (the ASP.NET State Service has no admin API)</source>
        <translation>v profilu není soubor s tokenem (služba ASP.NET State Service nemá administrační API)</translation>
    </message>
    <message>
        <source>Write the admin URL as http://HOST:PORT (sessionstated&apos;s default port is 42425).</source>
        <translation>Zapište administrační URL ve tvaru http://HOST:PORT (výchozí port sessionstated je 42425).</translation>
    </message>
    <message>
        <source>Point the profile at the file sessionstated prints at start (--admin-token-file).</source>
        <translation>Nasměrujte profil na soubor, který sessionstated vypíše při spuštění (--admin-token-file).</translation>
    </message>
    <message>
        <source>Nothing listens at %1: sessionstated&apos;s admin API is off (--no-admin) or on another port (--admin-port); it binds 127.0.0.1 unless --admin-bind says otherwise.</source>
        <translation>Na %1 nic nenaslouchá: administrační API sessionstated je vypnuto (--no-admin) nebo běží na jiném portu (--admin-port); naslouchá na 127.0.0.1, pokud --admin-bind neurčuje jinak.</translation>
    </message>
    <message>
        <source>No answer in time: a firewall may drop the packets to the admin port.</source>
        <translation>Odpověď nepřišla včas: pakety na administrační port možná zahazuje firewall.</translation>
    </message>
    <message>
        <source>sessionstated %1, %2 active sessions</source>
        <translation>sessionstated %1, aktivních relací: %2</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The token was refused: the token file does not belong to this server. Use the file named in sessionstated&apos;s start-up banner (--admin-token-file).</source>
        <translation>Token byl odmítnut: soubor s tokenem nepatří tomuto serveru. Použijte soubor uvedený v úvodním výpisu sessionstated při spuštění (--admin-token-file).</translation>
    </message>
    <message>
        <source>This port does not answer like sessionstated&apos;s admin API: check the admin URL.</source>
        <translation>Tento port neodpovídá jako administrační API sessionstated: zkontrolujte administrační URL.</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Soubor existuje</translation>
    </message>
    <message>
        <source>Schema recognised</source>
        <translation>Schéma rozpoznáno</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>Zápis možný</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 není soubor</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 neexistuje</translation>
    </message>
    <message>
        <source>Point at sessionstated&apos;s --persist file (the unit&apos;s default is /var/lib/sessionstated/sessions.db) or an ASPState-shaped SQLite database.</source>
        <translation>Zadejte soubor --persist serveru sessionstated (výchozí hodnota v jednotce systemd je /var/lib/sessionstated/sessions.db) nebo databázi SQLite se strukturou ASPState.</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, bajtů: %2</translation>
    </message>
    <message>
        <source>The file cannot be opened as SQLite.</source>
        <translation>Soubor nelze otevřít jako databázi SQLite.</translation>
    </message>
    <message>
        <source>no ASPStateTempSessions table (is this SQLite? %1)</source>
        <translation>chybí tabulka ASPStateTempSessions (je to SQLite? %1)</translation>
    </message>
    <message>
        <source>ASPStateTempSessions lacks %1</source>
        <translation>v ASPStateTempSessions chybí %1</translation>
    </message>
    <message>
        <source>This is not a session database: sessionstated creates the schema on first start with --persist; for SQL Server, run aspnet_regsql -ssadd.</source>
        <translation>Toto není databáze relací: sessionstated vytvoří schéma při prvním spuštění s --persist; pro SQL Server spusťte aspnet_regsql -ssadd.</translation>
    </message>
    <message>
        <source>ASPStateTempSessions with %1 columns, %2 sessions stored</source>
        <translation>ASPStateTempSessions: sloupců %1, uložených relací %2</translation>
    </message>
    <message>
        <source>needs the file</source>
        <translation>vyžaduje soubor</translation>
    </message>
    <message>
        <source>needs a recognised schema</source>
        <translation>vyžaduje rozpoznané schéma</translation>
    </message>
    <message>
        <source>the file is not writable by this user</source>
        <translation>tento uživatel nemůže do souboru zapisovat</translation>
    </message>
    <message>
        <source>its folder is not writable (SQLite needs it for the -wal and -shm files)</source>
        <translation>do jeho složky nelze zapisovat (SQLite ji potřebuje pro soubory -wal a -shm)</translation>
    </message>
    <message>
        <source>Run as the server&apos;s user, or fix the owner (the unit runs as sessionstated).</source>
        <translation>Spusťte jako uživatel serveru, nebo opravte vlastníka (jednotka běží jako uživatel sessionstated).</translation>
    </message>
    <message>
        <source>write lock busy: %1</source>
        <translation>zámek pro zápis je obsazen: %1</translation>
    </message>
    <message>
        <source>A server is writing to it right now; that is normal while sessionstated runs.</source>
        <translation>Server do něj právě zapisuje; to je při běhu sessionstated normální.</translation>
    </message>
    <message>
        <source>SQLite refused a write transaction: check the file system (read-only mount, disk full).</source>
        <translation>SQLite odmítlo transakci zápisu: zkontrolujte souborový systém (připojení jen pro čtení, plný disk).</translation>
    </message>
    <message>
        <source>a write transaction can start (rolled back, nothing changed)</source>
        <translation>transakci zápisu lze zahájit (vrácena zpět, nic se nezměnilo)</translation>
    </message>
    <message>
        <source>the admin URL &quot;%1&quot; is not http://HOST:PORT</source>
        <translation>administrační URL &quot;%1&quot; není ve tvaru http://HOST:PORT</translation>
    </message>
    <message>
        <source>protocol-only profile: no admin API</source>
        <translation>profil jen pro protokol: bez administračního API</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>nelze přečíst soubor s heslem %1: %2</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a whole number (an &lt;appSettings&gt; name is not followed)</source>
        <translation>%1=&quot;%2&quot; není celé číslo (název z &lt;appSettings&gt; se nesleduje)</translation>
    </message>
    <message>
        <source>applicationName &quot;%1&quot;: its sessions are the keys {%1_&lt;id&gt;}_...</source>
        <translation>applicationName &quot;%1&quot;: jeho relace jsou klíče {%1_&lt;id&gt;}_...</translation>
    </message>
    <message>
        <source>connectionString is set and not followed: the provider uses it instead of host, port, accessKey and ssl; check the store URL</source>
        <translation>connectionString je nastaven a nesleduje se: poskytovatel jej používá místo host, port, accessKey a ssl; zkontrolujte URL úložiště</translation>
    </message>
    <message>
        <source>settingsClassName/settingsMethodName are set and not followed: the provider takes its connection string from that method; check the store URL</source>
        <translation>settingsClassName/settingsMethodName jsou nastaveny a nesledují se: poskytovatel bere připojovací řetězec z této metody; zkontrolujte URL úložiště</translation>
    </message>
    <message>
        <source>ssl=&quot;%1&quot; is not true or false</source>
        <translation>ssl=&quot;%1&quot; není true ani false</translation>
    </message>
    <message>
        <source>Write the store URL as redis://HOST:PORT, rediss://HOST:PORT (TLS), redis-sentinel://HOST:26379/MASTER or redis-cluster://HOST:PORT,HOST:PORT; the password goes in the password file.</source>
        <translation>Zapište URL úložiště jako redis://HOST:PORT, rediss://HOST:PORT (TLS), redis-sentinel://HOST:26379/MASTER nebo redis-cluster://HOST:PORT,HOST:PORT; heslo patří do souboru s heslem.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) resolve</source>
        <translation>
            <numerusform>%1 z %n hostitele se přeloží</numerusform>
            <numerusform>%1 z %n hostitelů se přeloží</numerusform>
            <numerusform>%1 z %n hostitelů se přeloží</numerusform>
        </translation>
    </message>
    <message>
        <source>These host names do not resolve: %1. Check their spelling and DNS, or use IP addresses.</source>
        <translation>Tyto názvy hostitelů nelze přeložit: %1. Zkontrolujte jejich zápis a DNS, nebo použijte IP adresy.</translation>
    </message>
    <message>
        <source>No answer within connectTimeout (%1 ms): a firewall probably drops the packets. Open the port on the server and on any firewall between.</source>
        <translation>Žádná odpověď během connectTimeout (%1 ms): pakety nejspíš zahazuje firewall. Otevřete port na serveru i na všech firewallech mezi.</translation>
    </message>
    <message>
        <source>Nothing listens there. Start Redis (systemctl start redis-server, or redis-sentinel for a Sentinel) or fix the port (Redis 6379, Sentinel 26379). Redis only listens on the addresses of its &apos;bind&apos; setting: a remote client needs the server&apos;s address there.</source>
        <translation>Nic tam nenaslouchá. Spusťte Redis (systemctl start redis-server, pro Sentinel redis-sentinel) nebo opravte port (Redis 6379, Sentinel 26379). Redis naslouchá jen na adresách z nastavení &apos;bind&apos;: vzdálený klient potřebuje, aby tam byla adresa serveru.</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>připojeno k %1</translation>
    </message>
    <message>
        <source>Not reachable: %1.</source>
        <translation>Nedostupné: %1.</translation>
    </message>
    <message>
        <source>encrypted, certificate verified</source>
        <translation>šifrováno, certifikát ověřen</translation>
    </message>
    <message>
        <source>encrypted, certificate NOT verified (sslVerify=false)</source>
        <translation>šifrováno, certifikát NEOVĚŘEN (sslVerify=false)</translation>
    </message>
    <message>
        <source>sslVerify=false accepts any certificate: for test servers only.</source>
        <translation>sslVerify=false přijme jakýkoli certifikát: jen pro testovací servery.</translation>
    </message>
    <message>
        <source>The port does not speak TLS (Redis needs tls-port), or its certificate is not trusted: add sslCaFile=PATH with the CA&apos;s PEM file and check that the host name matches the certificate.</source>
        <translation>Port nemluví TLS (Redis potřebuje tls-port), nebo jeho certifikát není důvěryhodný: přidejte sslCaFile=CESTA se souborem PEM certifikační autority a ověřte, že název hostitele odpovídá certifikátu.</translation>
    </message>
    <message>
        <source>The sentinels disagree on the master: a failover is under way, or they monitor different servers under one name.</source>
        <translation>Sentinely se neshodnou na masteru: probíhá failover, nebo pod jedním jménem sledují různé servery.</translation>
    </message>
    <message>
        <source>No sentinel names a master called &apos;%1&apos;: check the name after the hosts in the URL (sentinel.conf&apos;s &apos;sentinel monitor NAME ...&apos; line) and the sentinels&apos; password (?sentinelPassword=).</source>
        <translation>Žádný sentinel nezná master s názvem &apos;%1&apos;: zkontrolujte název za hostiteli v URL (řádek &apos;sentinel monitor NÁZEV ...&apos; v sentinel.conf) a heslo sentinelů (?sentinelPassword=).</translation>
    </message>
    <message>
        <source>master &apos;%1&apos; at %2 (%3)</source>
        <translation>master &apos;%1&apos; na %2 (%3)</translation>
    </message>
    <message>
        <source>The sentinels name %1, but it cannot be reached from here: the sentinels give the address the master announces (replica-announce-ip, sentinel announce-ip); check it and the firewall.</source>
        <translation>Sentinely uvádějí %1, ale odsud není dostupný: sentinely předávají adresu, kterou master ohlašuje (replica-announce-ip, sentinel announce-ip); zkontrolujte ji i firewall.</translation>
    </message>
    <message>
        <source>The server accepted a TCP connection but then failed: check the port.</source>
        <translation>Server přijal spojení TCP, ale pak selhal: zkontrolujte port.</translation>
    </message>
    <message>
        <source>password accepted</source>
        <translation>heslo přijato</translation>
    </message>
    <message>
        <source>user %1 accepted</source>
        <translation>uživatel %1 přijat</translation>
    </message>
    <message>
        <source>The server has no password: the profile&apos;s password is not needed.</source>
        <translation>Server nemá heslo: heslo v profilu není potřeba.</translation>
    </message>
    <message>
        <source>The password was refused: check the password (and, for an ACL user, the user name in the URL).</source>
        <translation>Heslo bylo odmítnuto: zkontrolujte heslo (a u uživatele ACL jméno uživatele v URL).</translation>
    </message>
    <message>
        <source>The password was refused: check the password file %1 (its first line is the password) and, for an ACL user, the user name in the URL.</source>
        <translation>Heslo bylo odmítnuto: zkontrolujte soubor s heslem %1 (heslo je jeho první řádek) a u uživatele ACL jméno uživatele v URL.</translation>
    </message>
    <message>
        <source>The server requires a password: set the profile&apos;s password file (or type the password).</source>
        <translation>Server vyžaduje heslo: nastavte v profilu soubor s heslem (nebo heslo zadejte).</translation>
    </message>
    <message>
        <source>Redis runs in protected mode: it refuses clients from other hosts until it has a password (requirepass) or protected-mode is off.</source>
        <translation>Redis běží v chráněném režimu: odmítá klienty z jiných hostitelů, dokud nemá heslo (requirepass) nebo dokud není protected-mode vypnut.</translation>
    </message>
    <message>
        <source>The server refused PING or SELECT: %1.</source>
        <translation>Server odmítl PING nebo SELECT: %1.</translation>
    </message>
    <message>
        <source>The port does not answer like Redis. If it is a TLS port, write the URL as rediss://.</source>
        <translation>Port neodpovídá jako Redis. Jde-li o port TLS, zapište URL jako rediss://.</translation>
    </message>
    <message>
        <source>%1 from %2 in %3 ms, database %4</source>
        <translation>%1 od %2 za %3 ms, databáze %4</translation>
    </message>
    <message>
        <source>ROLE was refused: the role of this server is unknown.</source>
        <translation>ROLE byl odmítnut: role tohoto serveru není známa.</translation>
    </message>
    <message numerus="yes">
        <source>master with %n connected replica(s)</source>
        <translation>
            <numerusform>master s %n připojenou replikou</numerusform>
            <numerusform>master s %n připojenými replikami</numerusform>
            <numerusform>master s %n připojenými replikami</numerusform>
        </translation>
    </message>
    <message>
        <source>replica of %1:%2 (link %3)</source>
        <translation>replika %1:%2 (spojení %3)</translation>
    </message>
    <message>
        <source>This seed node is a replica; the client finds the masters from CLUSTER SLOTS.</source>
        <translation>Tento výchozí uzel je replika; klient najde mastery z CLUSTER SLOTS.</translation>
    </message>
    <message>
        <source>The provider needs the master: a replica refuses its writes (READONLY). Point the URL at the master, or use redis-sentinel://SENTINEL:26379/MASTER so that the master is found, also after a failover.</source>
        <translation>Provider potřebuje master: replika jeho zápisy odmítá (READONLY). Nasměrujte URL na master, nebo použijte redis-sentinel://SENTINEL:26379/MASTER, aby se master našel i po failoveru.</translation>
    </message>
    <message>
        <source>This is a Sentinel&apos;s port: write the URL as redis-sentinel://HOST:PORT/MASTER.</source>
        <translation>Toto je port Sentinelu: zapište URL jako redis-sentinel://HOST:PORT/MASTER.</translation>
    </message>
    <message>
        <source>Not a Redis data node.</source>
        <translation>Není to datový uzel Redis.</translation>
    </message>
    <message>
        <source>This server is not a Redis Cluster node: write the URL as redis://HOST:PORT.</source>
        <translation>Tento server není uzel Redis Cluster: zapište URL jako redis://HOST:PORT.</translation>
    </message>
    <message numerus="yes">
        <source>all 16384 slots covered by %n master(s)</source>
        <translation>
            <numerusform>všech 16384 slotů pokrývá %n master</numerusform>
            <numerusform>všech 16384 slotů pokrývají %n mastery</numerusform>
            <numerusform>všech 16384 slotů pokrývá %n masterů</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 slots not covered: %2</source>
        <translation>nepokryté sloty (%1): %2</translation>
    </message>
    <message>
        <source>Keys in these slots cannot be stored (CLUSTERDOWN): assign the slots (redis-cli --cluster fix) or bring their failed master back.</source>
        <translation>Klíče v těchto slotech nelze uložit (CLUSTERDOWN): přiřaďte sloty (redis-cli --cluster fix) nebo obnovte jejich selhaný master.</translation>
    </message>
    <message>
        <source>The provider runs its commands as Lua scripts (EVAL, EVALSHA): allow them to its ACL user (+@scripting).</source>
        <translation>Provider spouští své příkazy jako skripty Lua (EVAL, EVALSHA): povolte je jeho uživateli ACL (+@scripting).</translation>
    </message>
    <message>
        <source>Lua scripts are refused (SCRIPT and EVAL disabled or renamed in redis.conf?): the provider cannot work without them.</source>
        <translation>Skripty Lua jsou odmítnuty (SCRIPT a EVAL vypnuty nebo přejmenovány v redis.conf?): provider bez nich nemůže fungovat.</translation>
    </message>
    <message numerus="yes">
        <source>a no-op script loads on %n node(s) (SHA1 %1)</source>
        <translation>
            <numerusform>prázdný skript se načte na %n uzlu (SHA1 %1)</numerusform>
            <numerusform>prázdný skript se načte na %n uzlech (SHA1 %1)</numerusform>
            <numerusform>prázdný skript se načte na %n uzlech (SHA1 %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is a read-only replica: the provider needs the master.</source>
        <translation>Server je replika jen pro čtení: provider potřebuje master.</translation>
    </message>
    <message>
        <source>Redis is full and its maxmemory-policy refuses writes: raise maxmemory or use volatile-lru; the provider cannot save sessions now.</source>
        <translation>Redis je plný a jeho maxmemory-policy odmítá zápisy: zvyšte maxmemory nebo použijte volatile-lru; provider teď nemůže ukládat relace.</translation>
    </message>
    <message>
        <source>The ACL user may not write these keys: allow it the provider&apos;s keys.</source>
        <translation>Uživatel ACL nesmí zapisovat tyto klíče: povolte mu klíče provideru.</translation>
    </message>
    <message>
        <source>The server does not keep what it is sent: look at its log.</source>
        <translation>Server neuchovává, co dostane: podívejte se do jeho logu.</translation>
    </message>
    <message>
        <source>GET or DEL did not give back what SET wrote</source>
        <translation>GET nebo DEL nevrátily to, co zapsal SET</translation>
    </message>
    <message>
        <source>SET, GET and DEL of %1</source>
        <translation>SET, GET a DEL klíče %1</translation>
    </message>
    <message>
        <source>skipped: &quot;%1&quot; did not pass</source>
        <translation>přeskočeno: „%1“ neprošlo</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Navázání TLS</translation>
    </message>
    <message>
        <source>not a TLS URL (rediss:// or ?ssl=true)</source>
        <translation>není to URL s TLS (rediss:// nebo ?ssl=true)</translation>
    </message>
    <message>
        <source>Sentinel master discovery</source>
        <translation>Zjištění masteru přes Sentinel</translation>
    </message>
    <message>
        <source>not a redis-sentinel:// URL</source>
        <translation>není to URL redis-sentinel://</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>no password in the profile</source>
        <translation>v profilu není heslo</translation>
    </message>
    <message>
        <source>PING</source>
        <translation>PING</translation>
    </message>
    <message>
        <source>Role (master/replica)</source>
        <translation>Role (master/replika)</translation>
    </message>
    <message>
        <source>Cluster slots coverage</source>
        <translation>Pokrytí slotů clusteru</translation>
    </message>
    <message>
        <source>not a redis-cluster:// URL</source>
        <translation>není to URL redis-cluster://</translation>
    </message>
    <message>
        <source>Provider scripts load (SCRIPT LOAD)</source>
        <translation>Načtení skriptů provideru (SCRIPT LOAD)</translation>
    </message>
    <message>
        <source>Scratch session write/read/delete</source>
        <translation>Zápis/čtení/smazání zkušební relace</translation>
    </message>
</context>
<context>
    <name>RedisSessionStore</name>
    <message>
        <source>no session %1 in application %2</source>
        <translation>relace %1 v aplikaci %2 neexistuje</translation>
    </message>
    <message>
        <source>Redis refused the password: %1</source>
        <translation>Redis odmítl heslo: %1</translation>
    </message>
    <message>
        <source>TLS with Redis at %1 failed: %2</source>
        <translation>TLS s Redisem na %1 selhalo: %2</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer: %2</source>
        <translation>Redis na %1 neodpověděl: %2</translation>
    </message>
    <message>
        <source>%1: this Redis is a read-only replica (%2). Connect to the master, or through Sentinel.</source>
        <translation>%1: tento Redis je replika jen pro čtení (%2). Připojte se k hlavnímu serveru (master), nebo přes Sentinel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cursor of this Redis store</source>
        <translation>„%1“ není kurzor tohoto úložiště Redis</translation>
    </message>
    <message>
        <source>session %1 is locked by a request in progress (lock age %2 s); abandon it anyway with force</source>
        <translation>relace %1 je zamčena probíhajícím požadavkem (stáří zámku %2 s); chcete-li ji přesto ukončit, použijte vynucení</translation>
    </message>
    <message>
        <source>session %1 has no stored timeout: the provider would use the timeout of its configuration, which this store cannot know</source>
        <translation>relace %1 nemá uložený časový limit: poskytovatel by použil časový limit ze své konfigurace, který toto úložiště nemůže znát</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit and check ASP.NET session state settings.</source>
        <translation>Úpravy a kontrola nastavení stavu relací ASP.NET.</translation>
    </message>
    <message>
        <source>A web.config to open.</source>
        <translation>Soubor web.config k otevření.</translation>
    </message>
    <message>
        <source>Open the bundled sample web.config.</source>
        <translation>Otevřít přibalený ukázkový web.config.</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation>Ukončit po MS milisekundách (kouřové testy).</translation>
    </message>
    <message>
        <source>Do not start a local sessionstated when no connection profile is saved.</source>
        <translation>Nespouštět místní sessionstated, když není uložen žádný profil připojení.</translation>
    </message>
    <message>
        <source>Start on the Monitor tab.</source>
        <translation>Spustit na kartě Sledování.</translation>
    </message>
    <message>
        <source>Open a server snapshot (folder, applicationHost.config or web.config) in the Doctor tab.</source>
        <translation>Otevře snímek serveru (složku, applicationHost.config nebo web.config) na kartě Doktor.</translation>
    </message>
    <message>
        <source>Compare the servers of a web farm in the Doctor tab: one snapshot per --farm, two or more.</source>
        <translation>Porovná servery webové farmy na kartě Doktor: jeden snímek na každé --farm, dva či více.</translation>
    </message>
</context>
<context>
    <name>sd</name>
    <message>
        <source>Sessions are InProc and the pool recycles every %1 (the next recycle is due %1 after the worker process started, at another time of day each day): every session is lost at each recycle.</source>
        <translation>Relace jsou InProc a fond se recykluje každých %1 (další recyklace přijde %1 po startu pracovního procesu, každý den v jinou denní dobu): při každé recyklaci se ztratí všechny relace.</translation>
    </message>
    <message>
        <source>Set recycling.periodicRestart.time to 00:00:00 and recycle on a schedule at a quiet hour, or keep sessions out of process (StateServer/SQLServer).</source>
        <translation>Nastavte recycling.periodicRestart.time na 00:00:00 a recyklujte podle plánu v klidné hodině, nebo ukládejte relace mimo proces (StateServer/SQLServer).</translation>
    </message>
    <message>
        <source>Sessions are InProc and the pool recycles every day at %1: every session is lost at each recycle.</source>
        <translation>Relace jsou InProc a fond se recykluje každý den v %1: při každé recyklaci se ztratí všechny relace.</translation>
    </message>
    <message>
        <source>Keep the schedule at a quiet hour and tell users, or keep sessions out of process (StateServer/SQLServer).</source>
        <translation>Ponechte plán v klidné hodině a informujte uživatele, nebo ukládejte relace mimo proces (StateServer/SQLServer).</translation>
    </message>
    <message>
        <source>Sessions are InProc and the pool recycles when %1 reaches %2: every session is lost at each recycle, at an unpredictable time.</source>
        <translation>Relace jsou InProc a fond se recykluje, když %1 dosáhne %2: při každé recyklaci se v nepředvídatelnou dobu ztratí všechny relace.</translation>
    </message>
    <message>
        <source>Set the limit to 0 (find the leak instead), or keep sessions out of process (StateServer/SQLServer).</source>
        <translation>Nastavte limit na 0 (a místo toho najděte únik), nebo ukládejte relace mimo proces (StateServer/SQLServer).</translation>
    </message>
    <message>
        <source>Sessions are InProc and last %1 minutes, but the pool shuts its worker process down after %2 without requests: on a quiet site every session is lost before it expires.</source>
        <translation>Relace jsou InProc a trvají %1 minut, ale fond ukončí pracovní proces po %2 bez požadavků: na málo navštěvovaném webu se každá relace ztratí dřív, než vyprší.</translation>
    </message>
    <message>
        <source>Set processModel.idleTimeout to 00:00:00 (or idleTimeoutAction to Suspend), or keep sessions out of process.</source>
        <translation>Nastavte processModel.idleTimeout na 00:00:00 (nebo idleTimeoutAction na Suspend), nebo ukládejte relace mimo proces.</translation>
    </message>
    <message>
        <source>Sessions are InProc in a web garden (maxProcesses=%1): each worker process has its own sessions, so users lose theirs whenever a request lands on another process.</source>
        <translation>Relace jsou InProc ve webové zahradě (maxProcesses=%1): každý pracovní proces má vlastní relace, takže uživatelé o svou přijdou pokaždé, když požadavek obslouží jiný proces.</translation>
    </message>
    <message>
        <source>Set processModel.maxProcesses to 1, or keep sessions out of process (StateServer/SQLServer).</source>
        <translation>Nastavte processModel.maxProcesses na 1, nebo ukládejte relace mimo proces (StateServer/SQLServer).</translation>
    </message>
    <message>
        <source>The session cookie is marked secure (requireSSL) but the site has only http bindings: browsers never send it back, so every request starts a new session.</source>
        <translation>Soubor cookie relace je označen jako zabezpečený (requireSSL), ale web má jen vazby http: prohlížeče ho nikdy nepošlou zpět, takže každý požadavek začne novou relaci.</translation>
    </message>
    <message>
        <source>Add an https binding and redirect http to it, or set httpCookies requireSSL=&quot;false&quot;.</source>
        <translation>Přidejte vazbu https a přesměrujte na ni http, nebo nastavte httpCookies requireSSL=&quot;false&quot;.</translation>
    </message>
    <message>
        <source>The session cookie is SameSite=None without Secure: current browsers reject such a cookie, so sessions are lost.</source>
        <translation>Soubor cookie relace má SameSite=None bez Secure: současné prohlížeče takový soubor cookie odmítnou, takže se relace ztrácejí.</translation>
    </message>
    <message>
        <source>Set httpCookies requireSSL=&quot;true&quot; and serve the site over https, or use cookieSameSite=&quot;Lax&quot;.</source>
        <translation>Nastavte httpCookies requireSSL=&quot;true&quot; a provozujte web přes https, nebo použijte cookieSameSite=&quot;Lax&quot;.</translation>
    </message>
    <message>
        <source>&lt;sessionState&gt; is configured but the Session module is removed from system.webServer/modules: the application has no sessions at all.</source>
        <translation>&lt;sessionState&gt; je nakonfigurován, ale modul Session je odebrán ze system.webServer/modules: aplikace nemá vůbec žádné relace.</translation>
    </message>
    <message>
        <source>Remove the &lt;remove name=&quot;Session&quot;/&gt; (or add the module back), or drop &lt;sessionState&gt;.</source>
        <translation>Odstraňte &lt;remove name=&quot;Session&quot;/&gt; (nebo modul přidejte zpět), nebo zrušte &lt;sessionState&gt;.</translation>
    </message>
    <message>
        <source>&lt;sessionState&gt; is configured but &lt;pages enableSessionState=&quot;false&quot;&gt;: pages get no session unless each one turns it on.</source>
        <translation>&lt;sessionState&gt; je nakonfigurován, ale &lt;pages enableSessionState=&quot;false&quot;&gt;: stránky nedostanou relaci, pokud si ji každá sama nezapne.</translation>
    </message>
    <message>
        <source>Set pages enableSessionState to true (or ReadOnly), or drop &lt;sessionState&gt;.</source>
        <translation>Nastavte pages enableSessionState na true (nebo ReadOnly), nebo zrušte &lt;sessionState&gt;.</translation>
    </message>
    <message>
        <source>The site answers to the host name %1, which contains &apos;_&apos;: some browsers drop cookies for such names, so the %2 session is lost on every request.</source>
        <translation>Web odpovídá na název hostitele %1, který obsahuje „_“: některé prohlížeče pro takové názvy zahazují soubory cookie, takže se relace %2 ztratí při každém požadavku.</translation>
    </message>
    <message>
        <source>Use a host name without &apos;_&apos; (DNS names allow only letters, digits and &apos;-&apos;).</source>
        <translation>Použijte název hostitele bez „_“ (názvy DNS povolují jen písmena, číslice a „-“).</translation>
    </message>
    <message>
        <source>Sessions are InProc and file change notifications are on (fcnMode=%1): every change to web.config, bin or App_Code, and some antivirus scans, restart the application and lose every session.</source>
        <translation>Relace jsou InProc a oznámení o změnách souborů jsou zapnutá (fcnMode=%1): každá změna web.config, bin nebo App_Code a některé antivirové kontroly restartují aplikaci a ztratí všechny relace.</translation>
    </message>
    <message>
        <source>Deploy outside working hours and exclude the site from antivirus scans, or keep sessions out of process.</source>
        <translation>Nasazujte mimo pracovní dobu a vyjměte web z antivirových kontrol, nebo ukládejte relace mimo proces.</translation>
    </message>
    <message>
        <source>The ARR farm %1 balances %2 servers without client affinity: applications behind it that keep sessions InProc lose them whenever ARR picks another server.</source>
        <translation>Farma ARR %1 rozkládá zátěž mezi %2 servery bez spřažení klienta: aplikace za ní, které ukládají relace InProc, o ně přijdou pokaždé, když ARR zvolí jiný server.</translation>
    </message>
    <message>
        <source>Turn on client affinity (applicationRequestRouting/affinity useCookie=&quot;true&quot;), or keep sessions in a StateServer or SQL Server all servers share.</source>
        <translation>Zapněte spřažení klienta (applicationRequestRouting/affinity useCookie=&quot;true&quot;), nebo ukládejte relace do StateServeru nebo SQL Serveru sdíleného všemi servery.</translation>
    </message>
    <message>
        <source>The servers give this application different AppDomainAppIds (%1; a different site ID or path letter case): each server stores the session under another key: users lose their session whenever the load balancer switches servers.</source>
        <translation>Servery dávají této aplikaci různá AppDomainAppId (%1; jiné ID webu nebo jiná velikost písmen v cestě): každý server ukládá relaci pod jiným klíčem: uživatelé přijdou o relaci pokaždé, když nástroj pro vyrovnávání zatížení přepne server.</translation>
    </message>
    <message>
        <source>Give the site the same ID on every server (sessionctl iis set FILE --site NAME id=N) and write the application path in the same letter case everywhere.</source>
        <translation>Dejte webu na všech serverech stejné ID (sessionctl iis set FILE --site NAME id=N) a pište cestu aplikace všude se stejnou velikostí písmen.</translation>
    </message>
    <message>
        <source>The servers keep sessions in different stores (%1): a session stored by one server is not found by another, so users lose their session whenever the load balancer switches servers.</source>
        <translation>Servery ukládají relace do různých úložišť (%1): relaci uloženou jedním serverem jiný server nenajde, takže uživatelé přijdou o relaci pokaždé, když nástroj pro vyrovnávání zatížení přepne server.</translation>
    </message>
    <message>
        <source>Point every server&apos;s %1 at the same state server or database.</source>
        <translation>Nasměrujte %1 všech serverů na stejný stavový server nebo databázi.</translation>
    </message>
    <message>
        <source>The %1 of %2 points at the server itself: each server keeps its own sessions, so users lose their session whenever the load balancer switches servers.</source>
        <translation>%1 na %2 ukazuje na server samotný: každý server má vlastní relace, takže uživatelé přijdou o relaci pokaždé, když nástroj pro vyrovnávání zatížení přepne server.</translation>
    </message>
    <message>
        <source>Point every server at one shared state server or SQL Server by its name or address.</source>
        <translation>Nasměrujte všechny servery na jeden sdílený stavový server nebo SQL Server podle jeho jména nebo adresy.</translation>
    </message>
    <message>
        <source>The servers keep sessions in different places (%1): a session made on one server is not found on another, so users lose their session whenever the load balancer switches servers.</source>
        <translation>Servery ukládají relace na různá místa (%1): relace vytvořená na jednom serveru se na jiném nenajde, takže uživatelé přijdou o relaci pokaždé, když nástroj pro vyrovnávání zatížení přepne server.</translation>
    </message>
    <message>
        <source>Use the same sessionState mode, and the same state server or database, on every server.</source>
        <translation>Použijte na všech serverech stejný režim sessionState a stejný stavový server nebo databázi.</translation>
    </message>
    <message>
        <source>Sessions are InProc on a farm of %1 servers: each server keeps its own sessions in memory, so users lose their session whenever the load balancer switches servers (and whenever a server goes down).</source>
        <translation>Relace jsou InProc na farmě %1 serverů: každý server drží své relace ve vlastní paměti, takže uživatelé přijdou o relaci pokaždé, když nástroj pro vyrovnávání zatížení přepne server (a pokaždé, když server vypadne).</translation>
    </message>
    <message>
        <source>Keep sessions in a StateServer or SQL Server all servers share, or at least turn on client affinity (sticky sessions) on the load balancer.</source>
        <translation>Ukládejte relace na StateServer nebo SQL Server sdílený všemi servery, nebo aspoň zapněte na nástroji pro vyrovnávání zatížení afinitu klientů (sticky sessions).</translation>
    </message>
    <message>
        <source>The servers set different session timeouts (%1 minutes): a session expires after the timeout of the server that served its last request, so users lose it earlier than expected on some servers.</source>
        <translation>Servery nastavují různé časové limity relace (%1 minut): relace vyprší po limitu serveru, který obsloužil její poslední požadavek, takže na některých serverech o ni uživatelé přijdou dřív, než čekají.</translation>
    </message>
    <message>
        <source>Set the same sessionState timeout on every server.</source>
        <translation>Nastavte na všech serverech stejný timeout v sessionState.</translation>
    </message>
    <message>
        <source>The servers use different session cookies (%1: %2): the cookie one server sets is not the one another server reads, so users lose their session whenever the load balancer switches servers.</source>
        <translation>Servery používají různé soubory cookie relace (%1: %2): cookie, kterou nastaví jeden server, není ta, kterou čte jiný, takže uživatelé přijdou o relaci pokaždé, když nástroj pro vyrovnávání zatížení přepne server.</translation>
    </message>
    <message>
        <source>Set the same sessionState %1 on every server.</source>
        <translation>Nastavte na všech serverech stejné %1 v sessionState.</translation>
    </message>
    <message>
        <source>The servers use different machine keys (%1): a forms-authentication ticket, ViewState or anti-forgery token made on one server is rejected by another, so users are logged out and lose their work whenever the load balancer switches servers.</source>
        <translation>Servery používají různé klíče počítače (%1): lístek ověřování formulářů, ViewState nebo token proti padělání vytvořený na jednom serveru jiný server odmítne, takže uživatelé jsou odhlášeni a přijdou o práci pokaždé, když nástroj pro vyrovnávání zatížení přepne server.</translation>
    </message>
    <message>
        <source>Copy one server&apos;s &lt;machineKey&gt; to all the others.</source>
        <translation>Zkopírujte &lt;machineKey&gt; jednoho serveru na všechny ostatní.</translation>
    </message>
    <message>
        <source>The machine key is generated per server on %1 (AutoGenerate): each server signs and encrypts forms-authentication tickets and ViewState with its own key, so users are logged out and lose their work whenever the load balancer switches servers.</source>
        <translation>Klíč počítače se na %1 generuje pro každý server zvlášť (AutoGenerate): každý server podepisuje a šifruje lístky ověřování formulářů a ViewState vlastním klíčem, takže uživatelé jsou odhlášeni a přijdou o práci pokaždé, když nástroj pro vyrovnávání zatížení přepne server.</translation>
    </message>
    <message>
        <source>Generate one explicit &lt;machineKey&gt; (sessionctl genkey) and put the same one on every server.</source>
        <translation>Vygenerujte jeden explicitní &lt;machineKey&gt; (sessionctl genkey) a dejte stejný na všechny servery.</translation>
    </message>
    <message>
        <source>The servers protect data differently (%1: %2): a forms-authentication ticket or ViewState made on one server cannot be read by another, so users are logged out and lose their work whenever the load balancer switches servers.</source>
        <translation>Servery chrání data různě (%1: %2): lístek ověřování formulářů nebo ViewState vytvořený na jednom serveru jiný server nepřečte, takže uživatelé jsou odhlášeni a přijdou o práci pokaždé, když nástroj pro vyrovnávání zatížení přepne server.</translation>
    </message>
    <message>
        <source>Set the same %1 on every server.</source>
        <translation>Nastavte na všech serverech stejné %1.</translation>
    </message>
    <message>
        <source>The servers run the application with different httpRuntime targetFramework values (%1): ASP.NET behaves differently on each (cryptography defaults, request validation), so what one server writes another may reject.</source>
        <translation>Servery spouštějí aplikaci s různými hodnotami httpRuntime targetFramework (%1): ASP.NET se na každém chová jinak (výchozí kryptografie, ověřování požadavků), takže co jeden server zapíše, jiný může odmítnout.</translation>
    </message>
    <message>
        <source>Set the same httpRuntime targetFramework on every server.</source>
        <translation>Nastavte na všech serverech stejný httpRuntime targetFramework.</translation>
    </message>
    <message>
        <source>The servers&apos; application pools differ in %1 (%2): InProc sessions are lost at different times on each server, and a pool fix made on one server is missing on the others.</source>
        <translation>Fondy aplikací serverů se liší v %1 (%2): relace InProc se na každém serveru ztrácejí v jinou dobu a oprava fondu provedená na jednom serveru na ostatních chybí.</translation>
    </message>
    <message>
        <source>Set the same %1 on every server (sessionctl iis set FILE --pool NAME ...).</source>
        <translation>Nastavte na všech serverech stejné %1 (sessionctl iis set FILE --pool NAME ...).</translation>
    </message>
    <message>
        <source>The application is missing on %1: requests the load balancer sends there fail or reach another application, and the session is lost.</source>
        <translation>Aplikace chybí na %1: požadavky, které tam nástroj pro vyrovnávání zatížení pošle, selžou nebo dojdou k jiné aplikaci a relace se ztratí.</translation>
    </message>
    <message>
        <source>Create the application on every server of the farm, or take the servers that lack it out of its load-balancing pool.</source>
        <translation>Vytvořte aplikaci na všech serverech farmy, nebo servery, kterým chybí, vyřaďte z jejího fondu pro vyrovnávání zatížení.</translation>
    </message>
    <message>
        <source>%1 has no explicit %2 to copy (AutoGenerate or not written)</source>
        <translation>%1 nemá explicitní %2 ke zkopírování (AutoGenerate nebo nezapsáno)</translation>
    </message>
    <message>
        <source>no file to write the &lt;machineKey&gt; of %1 into on %2 (%3)</source>
        <translation>na %2 není soubor, do kterého by šlo zapsat &lt;machineKey&gt; aplikace %1 (%3)</translation>
    </message>
    <message>
        <source>no web.config</source>
        <translation>žádný web.config</translation>
    </message>
    <message>
        <source>the &lt;machineKey&gt; of %1 in %2 is not the one in force</source>
        <translation>&lt;machineKey&gt; aplikace %1 v %2 není ten platný</translation>
    </message>
    <message>
        <source>the source server has no application %1</source>
        <translation>zdrojový server nemá aplikaci %1</translation>
    </message>
    <message>
        <source>%1 has no applicationHost.config with the application pool of %2</source>
        <translation>%1 nemá applicationHost.config s fondem aplikací %2</translation>
    </message>
    <message>
        <source>no server has the application %1</source>
        <translation>žádný server nemá aplikaci %1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written</source>
        <translation>%1 se od načtení na disku změnil; nic nebylo zapsáno</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 nebyl uložen: %2</translation>
    </message>
    <message>
        <source>%1 has no explicit %2 (AutoGenerate or not written)</source>
        <translation>%1 nemá explicitní %2 (AutoGenerate nebo nezapsáno)</translation>
    </message>
    <message>
        <source>ViewState</source>
        <translation>ViewState</translation>
    </message>
    <message>
        <source>forms ticket</source>
        <translation>lístek ověřování formulářů</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>přijat</translation>
    </message>
    <message>
        <source>accepted (same server)</source>
        <translation>přijat (tentýž server)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>odmítnut</translation>
    </message>
    <message>
        <source>no such application</source>
        <translation>taková aplikace není</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nekontrolováno</translation>
    </message>
    <message>
        <source>The user gets the error page &quot;Validation of viewstate MAC failed.&quot; (event 4009 &quot;Viewstate verification failed. Reason: The viewstate supplied failed integrity check.&quot;) and loses what the page held.</source>
        <translation>Uživatel dostane chybovou stránku &quot;Validation of viewstate MAC failed.&quot; (událost 4009 &quot;Viewstate verification failed. Reason: The viewstate supplied failed integrity check.&quot;) a přijde o to, co stránka obsahovala.</translation>
    </message>
    <message>
        <source>Event 4005 &quot;Forms authentication failed for the request. Reason: The ticket supplied was invalid.&quot; is logged and the user is sent to the login page again.</source>
        <translation>Zaznamená se událost 4005 &quot;Forms authentication failed for the request. Reason: The ticket supplied was invalid.&quot; a uživatel je znovu poslán na přihlašovací stránku.</translation>
    </message>
    <message>
        <source>%1 generates its own machine key (AutoGenerate): each server makes its own key, so a token %1 makes is valid only on %1.</source>
        <translation>%1 si generuje vlastní klíč počítače (AutoGenerate): každý server si vytváří svůj klíč, takže token vytvořený na %1 platí jen na %1.</translation>
    </message>
    <message>
        <source>%1 generates its own machine key (AutoGenerate): each server makes its own key, so %1 accepts only the tokens it made itself.</source>
        <translation>%1 si generuje vlastní klíč počítače (AutoGenerate): každý server si vytváří svůj klíč, takže %1 přijímá jen tokeny, které sám vytvořil.</translation>
    </message>
    <message>
        <source>Different validationKey (fingerprints %1: %2, %3: %4).</source>
        <translation>Jiný validationKey (otisky %1: %2, %3: %4).</translation>
    </message>
    <message>
        <source>Different decryptionKey (fingerprints %1: %2, %3: %4).</source>
        <translation>Jiný decryptionKey (otisky %1: %2, %3: %4).</translation>
    </message>
    <message>
        <source>Different validation algorithm (%1: %2, %3: %4).</source>
        <translation>Jiný ověřovací algoritmus (%1: %2, %3: %4).</translation>
    </message>
    <message>
        <source>Different decryption algorithm (%1: %2, %3: %4).</source>
        <translation>Jiný šifrovací algoritmus (%1: %2, %3: %4).</translation>
    </message>
    <message>
        <source>Different compatibilityMode (%1: %2, %3: %4): the servers protect tokens in different formats.</source>
        <translation>Jiný compatibilityMode (%1: %2, %3: %4): servery chrání tokeny v různých formátech.</translation>
    </message>
    <message>
        <source>Different key isolation (%1: %2, %3: %4): IsolateApps changes the key for each application path.</source>
        <translation>Jiná izolace klíče (%1: %2, %3: %4): IsolateApps mění klíč pro každou cestu aplikace.</translation>
    </message>
    <message>
        <source>Different key isolation by AppDomainAppId (%1: %2, %3: %4): IsolateByAppId changes the key for each site ID and application path.</source>
        <translation>Jiná izolace klíče podle AppDomainAppId (%1: %2, %3: %4): IsolateByAppId mění klíč pro každé ID webu a cestu aplikace.</translation>
    </message>
    <message>
        <source>%1: an explicit %2 with IsolateApps or IsolateByAppId is a configuration error in Framework45 mode; the application does not start.</source>
        <translation>%1: explicitní %2 s IsolateApps nebo IsolateByAppId je v režimu Framework45 chyba konfigurace; aplikace se nespustí.</translation>
    </message>
    <message>
        <source>%1: validation=&quot;%2&quot; is a configuration error in Framework45 mode; the application does not start.</source>
        <translation>%1: validation=&quot;%2&quot; je v režimu Framework45 chyba konfigurace; aplikace se nespustí.</translation>
    </message>
    <message>
        <source>%1: %2 is not modelled by the token check.</source>
        <translation>%1: %2 kontrola tokenů nemodeluje.</translation>
    </message>
    <message>
        <source>%1: the %2 is not hex or does not fit its algorithm (a configuration error).</source>
        <translation>%1: %2 není hexadecimální nebo neodpovídá svému algoritmu (chyba konfigurace).</translation>
    </message>
    <message>
        <source>The token does not verify: %1.</source>
        <translation>Token neprošel ověřením: %1.</translation>
    </message>
    <message>
        <source>%1: cannot compute the .NET hash of &quot;%2&quot; (only printable ASCII without &apos;-&apos; or apostrophes is known)</source>
        <translation>%1: nelze spočítat hash .NET pro „%2“ (znám je jen pro tisknutelné ASCII bez „-“ a apostrofů)</translation>
    </message>
    <message>
        <source>%1: the key is shorter than %2 bytes</source>
        <translation>%1: klíč je kratší než %2 bajtů</translation>
    </message>
    <message>
        <source>%1 is AutoGenerate and the auto-generated key blob (HttpRuntime.s_autogenKeys) is not given</source>
        <translation>%1 je AutoGenerate a automaticky generovaný blok klíčů (HttpRuntime.s_autogenKeys) nebyl zadán</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not accepted by the legacy modes (%3)</source>
        <translation>%1 „%2“ starší režimy nepřijímají (%3)</translation>
    </message>
    <message>
        <source>needs at least 40 hex digits, even length</source>
        <translation>potřebuje aspoň 40 šestnáctkových číslic, sudý počet</translation>
    </message>
    <message>
        <source>needs even-length hex</source>
        <translation>potřebuje šestnáctkový zápis sudé délky</translation>
    </message>
    <message>
        <source>IsolateByAppId needs the AppDomainAppId (e.g. /LM/W3SVC/1/ROOT/app)</source>
        <translation>IsolateByAppId potřebuje AppDomainAppId (např. /LM/W3SVC/1/ROOT/app)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a configuration error in Framework45 (only plain hex or AutoGenerate[,IsolateApps][,IsolateByAppId]; IsolateApps cannot modify an explicit key)</source>
        <translation>%1 „%2“ je v režimu Framework45 chyba konfigurace (jen čisté hex nebo AutoGenerate[,IsolateApps][,IsolateByAppId]; IsolateApps nemůže měnit explicitní klíč)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no AutoGenerate: a configuration error in Framework45</source>
        <translation>%1 „%2“ nemá AutoGenerate: v režimu Framework45 chyba konfigurace</translation>
    </message>
    <message>
        <source>forms tickets and resource tokens are always encrypted</source>
        <translation>lístky formulářového ověřování a tokeny prostředků jsou vždy šifrované</translation>
    </message>
    <message>
        <source>Framework45 does not accept MD5 validation</source>
        <translation>Framework45 nepřijímá ověřování MD5</translation>
    </message>
    <message>
        <source>cannot protect: key size does not fit the algorithm, or OpenSSL failed</source>
        <translation>nelze chránit: velikost klíče neodpovídá algoritmu, nebo selhalo OpenSSL</translation>
    </message>
    <message>
        <source>no page URL given, so Framework45 was not tried</source>
        <translation>nebyla zadána URL stránky, proto se Framework45 nezkoušel</translation>
    </message>
    <message>
        <source>no __VIEWSTATEGENERATOR given, so the legacy modes were not tried</source>
        <translation>nebyl zadán __VIEWSTATEGENERATOR, proto se starší režimy nezkoušely</translation>
    </message>
    <message>
        <source>legacy modes: </source>
        <translation>starší režimy: </translation>
    </message>
    <message>
        <source>Framework45: </source>
        <translation>Framework45: </translation>
    </message>
    <message>
        <source>the MAC matches but the payload is not a version 1 forms ticket</source>
        <translation>MAC souhlasí, ale obsah není lístek formulářového ověřování verze 1</translation>
    </message>
    <message>
        <source>__VIEWSTATEGENERATOR %1 was computed from the URL; give the page&apos;s own if it differs</source>
        <translation>__VIEWSTATEGENERATOR %1 byl spočítán z URL; pokud se liší, zadejte ten ze stránky</translation>
    </message>
    <message>
        <source>the __VIEWSTATEGENERATOR cannot be computed for this page path (only printable ASCII without &apos;-&apos; or apostrophes is known); give it</source>
        <translation>__VIEWSTATEGENERATOR nelze pro tuto cestu stránky spočítat (znám je jen pro tisknutelné ASCII bez „-“ a apostrofů); zadejte ho</translation>
    </message>
    <message>
        <source>the MAC matches but decryption fails: wrong decryptionKey or decryption algorithm</source>
        <translation>MAC souhlasí, ale dešifrování selhává: špatný decryptionKey nebo algoritmus dešifrování</translation>
    </message>
    <message>
        <source>no MAC matches: wrong validationKey, validation algorithm, compatibility mode, or (ViewState) generator, page or ViewStateUserKey</source>
        <translation>žádný MAC nesouhlasí: špatný validationKey, algoritmus ověřování, režim kompatibility, nebo (u ViewState) generátor, stránka či ViewStateUserKey</translation>
    </message>
    <message>
        <source>the keys were derived with IsolateApps/IsolateByAppId for app path %1: another application path or id gives other keys</source>
        <translation>klíče byly odvozeny pomocí IsolateApps/IsolateByAppId pro cestu aplikace %1: jiná cesta nebo ID aplikace dává jiné klíče</translation>
    </message>
    <message>
        <source>the keys were derived with IsolateApps/IsolateByAppId for app path %1 and app id %2: another application path or id gives other keys</source>
        <translation>klíče byly odvozeny pomocí IsolateApps/IsolateByAppId pro cestu aplikace %1 a ID aplikace %2: jiná cesta nebo ID aplikace dává jiné klíče</translation>
    </message>
    <message>
        <source>not a hex forms ticket</source>
        <translation>není to šestnáctkový lístek formulářového ověřování</translation>
    </message>
    <message>
        <source>not a UrlToken d= value (base64 with - and _, padding count last)</source>
        <translation>není to hodnota d= ve formátu UrlToken (base64 s - a _, počet doplnění na konci)</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>není to base64</translation>
    </message>
    <message>
        <source>a bare ObjectStateFormatter payload: MAC disabled (EnableViewStateMac=false), nothing to verify</source>
        <translation>holý obsah ObjectStateFormatter: MAC vypnutý (EnableViewStateMac=false), není co ověřit</translation>
    </message>
    <message>
        <source>truncated: too short to hold data and a MAC</source>
        <translation>zkrácený: příliš krátký na data a MAC</translation>
    </message>
    <message>
        <source>the candidate key cannot be checked: </source>
        <translation>kandidátní klíč nelze ověřit: </translation>
    </message>
</context>
<context>
    <name>sd::Checker</name>
    <message>
        <source>the document element is &lt;%1&gt;, not &lt;configuration&gt;: this is not an ASP.NET configuration file</source>
        <translation>Kořenový element je &lt;%1&gt;, ne &lt;configuration&gt;: nejde o konfigurační soubor ASP.NET</translation>
    </message>
    <message>
        <source>open a web.config, machine.config or transform file</source>
        <translation>otevřete web.config, machine.config nebo transformační soubor</translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears %2 times at this level; ASP.NET accepts one, and SessionDesk edits the last</source>
        <translation>&lt;%1&gt; je na této úrovni %2krát; ASP.NET přijme jen jeden a SessionDesk upravuje poslední</translation>
    </message>
    <message>
        <source>keep a single &lt;%1&gt; per &lt;system.web&gt; level</source>
        <translation>ponechte jediný &lt;%1&gt; na každé úrovni &lt;system.web&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is encrypted with protected configuration and is shown read-only</source>
        <translation>&lt;%1&gt; je zašifrován chráněnou konfigurací a zobrazuje se jen pro čtení</translation>
    </message>
    <message>
        <source>decrypt with aspnet_regiis -pdf to edit, then encrypt again with -pef</source>
        <translation>pro úpravy dešifrujte pomocí aspnet_regiis -pdf, pak znovu zašifrujte pomocí -pef</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is kept in the file %2</source>
        <translation>&lt;%1&gt; je uložen v souboru %2</translation>
    </message>
    <message>
        <source>open %1 to see and edit these settings</source>
        <translation>otevřete %1, chcete-li tato nastavení zobrazit a upravit</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is a MachineToApplication section: in &lt;location path=&quot;%2&quot;&gt; it is valid only if %2 is an application</source>
        <translation>&lt;%1&gt; je sekce MachineToApplication: v &lt;location path=&quot;%2&quot;&gt; platí jen tehdy, je-li %2 aplikace</translation>
    </message>
    <message>
        <source>move it to the application&apos;s own web.config unless %1 is an IIS application</source>
        <translation>přesuňte ji do vlastního web.config aplikace, pokud %1 není aplikace IIS</translation>
    </message>
    <message>
        <source>unrecognized attribute &apos;%1&apos; (attribute names are case-sensitive)</source>
        <translation>nerozpoznaný atribut &apos;%1&apos; (názvy atributů rozlišují velikost písmen)</translation>
    </message>
    <message>
        <source>remove the attribute</source>
        <translation>odstraňte atribut</translation>
    </message>
    <message>
        <source>write it as %1</source>
        <translation>zapište jej jako %1</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>použijte jednu z hodnot: %1</translation>
    </message>
    <message>
        <source>write it as %1 (values are case-sensitive)</source>
        <translation>zapište jej jako %1 (hodnoty rozlišují velikost písmen)</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a valid value</source>
        <translation>%1=&quot;%2&quot; není platná hodnota</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not true or false</source>
        <translation>%1=&quot;%2&quot; není true ani false</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>zapište true nebo false</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a whole number of seconds%3</source>
        <translation>%1=&quot;%2&quot; není celý počet sekund%3</translation>
    </message>
    <message>
        <source> above zero</source>
        <translation> větší než nula</translation>
    </message>
    <message>
        <source>write whole seconds, e.g. %1, or Infinite</source>
        <translation>zapište celé sekundy, např. %1, nebo Infinite</translation>
    </message>
    <message>
        <source>stateConnectionString=&quot;%1&quot; is not tcpip=HOST:PORT</source>
        <translation>stateConnectionString=&quot;%1&quot; není ve tvaru tcpip=HOSTITEL:PORT</translation>
    </message>
    <message>
        <source>write tcpip=HOST:PORT, e.g. tcpip=10.0.0.5:42424 or tcpip=[::1]:42424</source>
        <translation>zapište tcpip=HOSTITEL:PORT, např. tcpip=10.0.0.5:42424 nebo tcpip=[::1]:42424</translation>
    </message>
    <message>
        <source>port %1 in stateConnectionString is outside 1-65535</source>
        <translation>port %1 ve stateConnectionString je mimo rozsah 1-65535</translation>
    </message>
    <message>
        <source>the ASP.NET State Service listens on 42424 unless its Port registry value says otherwise</source>
        <translation>služba ASP.NET State Service naslouchá na portu 42424, pokud hodnota Port v registru neříká jinak</translation>
    </message>
    <message>
        <source>the state server is on this machine (%1): each web server of a farm keeps its own sessions</source>
        <translation>stavový server běží na tomto počítači (%1): každý webový server farmy má vlastní relace</translation>
    </message>
    <message>
        <source>for a web farm, point every server at one shared state server host</source>
        <translation>pro webovou farmu nasměrujte všechny servery na jeden sdílený stavový server</translation>
    </message>
    <message>
        <source>sqlConnectionString=&quot;%1&quot; is neither a connection string nor the name of a &lt;connectionStrings&gt; entry</source>
        <translation>sqlConnectionString=&quot;%1&quot; není připojovací řetězec ani název položky &lt;connectionStrings&gt;</translation>
    </message>
    <message>
        <source>write e.g. data source=SERVER;Integrated Security=SSPI</source>
        <translation>zapište např. data source=SERVER;Integrated Security=SSPI</translation>
    </message>
    <message>
        <source>sqlConnectionString names a database (Initial Catalog) but allowCustomSqlDatabase is not true</source>
        <translation>sqlConnectionString určuje databázi (Initial Catalog), ale allowCustomSqlDatabase není true</translation>
    </message>
    <message>
        <source>set allowCustomSqlDatabase=&quot;true&quot;, or remove Initial Catalog to use ASPState</source>
        <translation>nastavte allowCustomSqlDatabase=&quot;true&quot;, nebo odstraňte Initial Catalog a použijte ASPState</translation>
    </message>
    <message>
        <source>allowCustomSqlDatabase is true but the connection string names no database</source>
        <translation>allowCustomSqlDatabase je true, ale připojovací řetězec neurčuje databázi</translation>
    </message>
    <message>
        <source>add Initial Catalog=YOUR_SESSION_DB, or set allowCustomSqlDatabase=&quot;false&quot;</source>
        <translation>přidejte Initial Catalog=VAŠE_DB_RELACÍ, nebo nastavte allowCustomSqlDatabase=&quot;false&quot;</translation>
    </message>
    <message>
        <source>sqlConnectionString holds a password in plain text</source>
        <translation>sqlConnectionString obsahuje heslo v čitelné podobě</translation>
    </message>
    <message>
        <source>use Integrated Security, or encrypt the section: aspnet_regiis -pef system.web/sessionState DIR</source>
        <translation>použijte Integrated Security, nebo sekci zašifrujte: aspnet_regiis -pef system.web/sessionState ADRESÁŘ</translation>
    </message>
    <message>
        <source>timeout=&quot;%1&quot; is not a whole number of minutes of at least 1</source>
        <translation>timeout=&quot;%1&quot; není celý počet minut, alespoň 1</translation>
    </message>
    <message>
        <source>write whole minutes, e.g. 20 (IIS Manager shows hh:mm:ss, the file holds minutes)</source>
        <translation>zapište celé minuty, např. 20 (Správce IIS ukazuje hh:mm:ss, soubor obsahuje minuty)</translation>
    </message>
    <message>
        <source>timeout=&quot;%1&quot; is more than 525600 minutes (one year), which %2 mode refuses</source>
        <translation>timeout=&quot;%1&quot; je více než 525600 minut (jeden rok), což režim %2 odmítne</translation>
    </message>
    <message>
        <source>use at most 525600</source>
        <translation>použijte nejvýše 525600</translation>
    </message>
    <message>
        <source>InProc sessions live %1 minutes: every idle visitor holds worker-process memory that long, and all of it is lost on an app-pool recycle</source>
        <translation>Relace InProc žijí %1 minut: každý nečinný návštěvník tak dlouho drží paměť pracovního procesu a při recyklaci fondu aplikací se vše ztratí</translation>
    </message>
    <message>
        <source>keep InProc timeouts at 20-60 minutes, or move sessions out of process</source>
        <translation>držte časové limity InProc na 20-60 minutách, nebo přesuňte relace mimo proces</translation>
    </message>
    <message>
        <source>mode=&quot;Custom&quot; needs customProvider naming a provider</source>
        <translation>mode=&quot;Custom&quot; vyžaduje customProvider s názvem poskytovatele</translation>
    </message>
    <message>
        <source>set customProvider to the name of a &lt;providers&gt;&lt;add&gt;</source>
        <translation>nastavte customProvider na název některého &lt;providers&gt;&lt;add&gt;</translation>
    </message>
    <message>
        <source>customProvider=&quot;%1&quot; names no &lt;providers&gt;&lt;add name=...&gt; of this &lt;sessionState&gt;</source>
        <translation>customProvider=&quot;%1&quot; neodpovídá žádnému &lt;providers&gt;&lt;add name=...&gt; tohoto &lt;sessionState&gt;</translation>
    </message>
    <message>
        <source>add the provider under &lt;providers&gt;, or correct the name</source>
        <translation>přidejte poskytovatele do &lt;providers&gt;, nebo opravte název</translation>
    </message>
    <message>
        <source>InProc session state with a web garden: each worker process has its own sessions, so visitors lose theirs when a request lands on another process</source>
        <translation>Stav relací InProc s webovou zahradou: každý pracovní proces má vlastní relace, takže návštěvníci o ně přijdou, když požadavek skončí v jiném procesu</translation>
    </message>
    <message>
        <source>use StateServer or SQLServer mode, or a single worker process</source>
        <translation>použijte režim StateServer nebo SQLServer, nebo jediný pracovní proces</translation>
    </message>
    <message>
        <source>%1 mode shares sessions between servers, but &lt;machineKey&gt; keys are generated per server: a web farm will reject each other&apos;s ViewState and authentication cookies</source>
        <translation>Režim %1 sdílí relace mezi servery, ale klíče &lt;machineKey&gt; se generují pro každý server zvlášť: servery webové farmy si navzájem odmítnou ViewState a ověřovací soubory cookie</translation>
    </message>
    <message>
        <source>generate one &lt;machineKey&gt; and put the same keys on every server</source>
        <translation>vygenerujte jeden &lt;machineKey&gt; a na všechny servery dejte stejné klíče</translation>
    </message>
    <message>
        <source>session ids travel in the URL (cookieless=&quot;%1&quot;): they leak through links, logs and Referer headers and allow session fixation</source>
        <translation>ID relací se přenášejí v URL (cookieless=&quot;%1&quot;): unikají odkazy, protokoly a hlavičkami Referer a umožňují fixaci relace</translation>
    </message>
    <message>
        <source>use cookieless=&quot;UseCookies&quot;</source>
        <translation>použijte cookieless=&quot;UseCookies&quot;</translation>
    </message>
    <message>
        <source>cookieless=&quot;%1&quot; puts the session id in the URL for some clients</source>
        <translation>cookieless=&quot;%1&quot; u některých klientů vkládá ID relace do URL</translation>
    </message>
    <message>
        <source>use cookieless=&quot;UseCookies&quot; unless cookie-less clients must be served</source>
        <translation>použijte cookieless=&quot;UseCookies&quot;, pokud nemusíte obsloužit klienty bez cookies</translation>
    </message>
    <message>
        <source>with ids in URLs, regenerateExpiredSessionId=&quot;false&quot; lets a shared link reuse an expired id</source>
        <translation>při ID v URL umožní regenerateExpiredSessionId=&quot;false&quot; sdíleným odkazem znovu použít prošlé ID</translation>
    </message>
    <message>
        <source>set regenerateExpiredSessionId=&quot;true&quot;</source>
        <translation>nastavte regenerateExpiredSessionId=&quot;true&quot;</translation>
    </message>
    <message>
        <source>stateConnectionString is ignored in %1 mode</source>
        <translation>stateConnectionString se v režimu %1 nepoužívá</translation>
    </message>
    <message>
        <source>remove it, or switch to StateServer</source>
        <translation>odstraňte jej, nebo přepněte na StateServer</translation>
    </message>
    <message>
        <source>sqlConnectionString is ignored in %1 mode</source>
        <translation>sqlConnectionString se v režimu %1 nepoužívá</translation>
    </message>
    <message>
        <source>remove it, or switch to SQLServer</source>
        <translation>odstraňte jej, nebo přepněte na SQLServer</translation>
    </message>
    <message>
        <source>validation=&quot;%1&quot; is not a valid algorithm</source>
        <translation>validation=&quot;%1&quot; není platný algoritmus</translation>
    </message>
    <message>
        <source>use HMACSHA256 (or HMACSHA384/HMACSHA512)</source>
        <translation>použijte HMACSHA256 (nebo HMACSHA384/HMACSHA512)</translation>
    </message>
    <message>
        <source>decryption=&quot;%1&quot; is not a valid algorithm</source>
        <translation>decryption=&quot;%1&quot; není platný algoritmus</translation>
    </message>
    <message>
        <source>use AES</source>
        <translation>použijte AES</translation>
    </message>
    <message>
        <source>validation=&quot;%1&quot; is not allowed with compatibilityMode Framework45</source>
        <translation>validation=&quot;%1&quot; není s compatibilityMode Framework45 povoleno</translation>
    </message>
    <message>
        <source>use HMACSHA256</source>
        <translation>použijte HMACSHA256</translation>
    </message>
    <message>
        <source>validation=&quot;%1&quot; is a weak MAC (MD5/SHA-1)</source>
        <translation>validation=&quot;%1&quot; je slabý MAC (MD5/SHA-1)</translation>
    </message>
    <message>
        <source>use HMACSHA256 and generate a new validationKey</source>
        <translation>použijte HMACSHA256 a vygenerujte nový validationKey</translation>
    </message>
    <message>
        <source>decryption=&quot;%1&quot; is a weak cipher</source>
        <translation>decryption=&quot;%1&quot; je slabá šifra</translation>
    </message>
    <message>
        <source>use AES and generate a new decryptionKey</source>
        <translation>použijte AES a vygenerujte nový decryptionKey</translation>
    </message>
    <message>
        <source>validationKey has %1 hex digits; ASP.NET needs at least 40 outside Framework45</source>
        <translation>validationKey má %1 hexadecimálních číslic; mimo Framework45 ASP.NET potřebuje alespoň 40</translation>
    </message>
    <message>
        <source>generate a new key (128 hex digits for HMACSHA256)</source>
        <translation>vygenerujte nový klíč (128 hexadecimálních číslic pro HMACSHA256)</translation>
    </message>
    <message>
        <source>validationKey has %1 hex digits; %2 keys are normally %3</source>
        <translation>validationKey má %1 hexadecimálních číslic; klíče %2 mají obvykle %3</translation>
    </message>
    <message>
        <source>generate a full-length key</source>
        <translation>vygenerujte klíč plné délky</translation>
    </message>
    <message>
        <source>decryptionKey has %1 hex digits, which %2 cannot use (expected %3)</source>
        <translation>decryptionKey má %1 hexadecimálních číslic, které %2 nemůže použít (očekáváno %3)</translation>
    </message>
    <message>
        <source>generate a new key for %1</source>
        <translation>vygenerujte nový klíč pro %1</translation>
    </message>
    <message>
        <source>an explicit %1 cannot carry ,%2 in Framework45 mode</source>
        <translation>explicitní %1 nemůže v režimu Framework45 nést ,%2</translation>
    </message>
    <message>
        <source>remove the modifiers after the hex key</source>
        <translation>odstraňte modifikátory za hexadecimálním klíčem</translation>
    </message>
    <message>
        <source>%1 is explicit but IsolateApps rewrites its first bytes per application path</source>
        <translation>%1 je explicitní, ale IsolateApps přepisuje jeho první bajty podle cesty aplikace</translation>
    </message>
    <message>
        <source>servers of a farm must host the application at the same virtual path</source>
        <translation>servery farmy musí hostovat aplikaci na stejné virtuální cestě</translation>
    </message>
    <message>
        <source>one key is explicit and the other is generated per server: a web farm shares only half of its machine key</source>
        <translation>jeden klíč je explicitní a druhý se generuje na každém serveru: webová farma sdílí jen polovinu klíče počítače</translation>
    </message>
    <message>
        <source>set both keys explicitly (Generate Keys), or let both be generated on a single server</source>
        <translation>nastavte oba klíče explicitně (Generovat klíče), nebo je na jediném serveru nechte oba generovat</translation>
    </message>
    <message>
        <source>%1 is on Microsoft&apos;s list of publicly disclosed machine keys: attackers can forge ViewState with it and run code on the server</source>
        <translation>%1 je na seznamu veřejně zveřejněných klíčů počítače od Microsoftu: útočníci s ním mohou podvrhnout ViewState a spustit kód na serveru</translation>
    </message>
    <message>
        <source>generate new keys and put the same new keys on every server of the farm (or remove &lt;machineKey&gt; on a single server); then look for signs of compromise</source>
        <translation>vygenerujte nové klíče a dejte stejné nové klíče na všechny servery farmy (nebo na jediném serveru odstraňte &lt;machineKey&gt;); pak hledejte známky průniku</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 je prázdný</translation>
    </message>
    <message>
        <source>write AutoGenerate,IsolateApps or a generated hex key</source>
        <translation>zapište AutoGenerate,IsolateApps nebo vygenerovaný hexadecimální klíč</translation>
    </message>
    <message>
        <source>%1 has the unknown part &quot;%2&quot;</source>
        <translation>%1 obsahuje neznámou část &quot;%2&quot;</translation>
    </message>
    <message>
        <source>modifiers are AutoGenerate, IsolateApps and IsolateByAppId, separated by commas</source>
        <translation>modifikátory jsou AutoGenerate, IsolateApps a IsolateByAppId, oddělené čárkami</translation>
    </message>
    <message>
        <source>%1 has modifiers but no AutoGenerate</source>
        <translation>%1 má modifikátory, ale ne AutoGenerate</translation>
    </message>
    <message>
        <source>write AutoGenerate,IsolateApps</source>
        <translation>zapište AutoGenerate,IsolateApps</translation>
    </message>
    <message>
        <source>%1 has an odd number of hex digits</source>
        <translation>%1 má lichý počet hexadecimálních číslic</translation>
    </message>
    <message>
        <source>%1 is not hexadecimal (&quot;%2&quot;)</source>
        <translation>%1 není hexadecimální (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>generate a new key</source>
        <translation>vygenerujte nový klíč</translation>
    </message>
    <message>
        <source>cookieSameSite=&quot;None&quot; without &lt;httpCookies requireSSL=&quot;true&quot;&gt;: browsers drop a SameSite=None cookie that is not Secure, so every request starts a new session</source>
        <translation>cookieSameSite=&quot;None&quot; bez &lt;httpCookies requireSSL=&quot;true&quot;&gt;: prohlížeče zahodí cookie se SameSite=None, která není Secure, takže každý požadavek začne novou relaci</translation>
    </message>
    <message>
        <source>set &lt;httpCookies requireSSL=&quot;true&quot;/&gt; (HTTPS only), or use cookieSameSite=&quot;Lax&quot;</source>
        <translation>nastavte &lt;httpCookies requireSSL=&quot;true&quot;/&gt; (jen HTTPS), nebo použijte cookieSameSite=&quot;Lax&quot;</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; keeps a secret in plain text (%2)</source>
        <translation>poskytovatel &quot;%1&quot; uchovává tajný údaj jako prostý text (%2)</translation>
    </message>
    <message>
        <source>move the secret to an encrypted &lt;connectionStrings&gt; entry or an app setting (aspnet_regiis -pef), and refer to it by name</source>
        <translation>přesuňte tajný údaj do zašifrované položky &lt;connectionStrings&gt; nebo nastavení aplikace (aspnet_regiis -pef) a odkazujte na něj názvem</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: retryTimeoutInMilliseconds (%2 ms) is shorter than the operation timeout (%3 ms): an operation that times out is never retried</source>
        <translation>poskytovatel &quot;%1&quot;: retryTimeoutInMilliseconds (%2 ms) je kratší než časový limit operace (%3 ms): operace, která vyprší, se nikdy nezopakuje</translation>
    </message>
    <message>
        <source>make retryTimeoutInMilliseconds at least the operation timeout (e.g. twice it)</source>
        <translation>nastavte retryTimeoutInMilliseconds alespoň na časový limit operace (např. dvojnásobek)</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: throwOnError=&quot;false&quot; hides Redis errors: a request gets an empty session and its changes are silently not saved</source>
        <translation>poskytovatel &quot;%1&quot;: throwOnError=&quot;false&quot; skrývá chyby Redisu: požadavek dostane prázdnou relaci a jeho změny se tiše neuloží</translation>
    </message>
    <message>
        <source>remove throwOnError (default true), or check the provider&apos;s LastException after every request</source>
        <translation>odstraňte throwOnError (výchozí true), nebo po každém požadavku kontrolujte LastException poskytovatele</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; talks to Redis on %2 without TLS: the access key and every session travel in plain text</source>
        <translation>poskytovatel &quot;%1&quot; komunikuje s Redisem na %2 bez TLS: přístupový klíč i každá relace putují jako prostý text</translation>
    </message>
    <message>
        <source>use TLS (ssl=&quot;true&quot;, or ssl=True in the connection string; Azure Cache for Redis: port 6380)</source>
        <translation>použijte TLS (ssl=&quot;true&quot; nebo ssl=True v připojovacím řetězci; Azure Cache for Redis: port 6380)</translation>
    </message>
</context>
<context>
    <name>sd::ConfigDocument</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>soubor nelze otevřít: %1</translation>
    </message>
    <message>
        <source>the XML declaration names the encoding &quot;%1&quot;, which this tool cannot read and write back byte for byte</source>
        <translation>deklarace XML uvádí kódování &quot;%1&quot;, které tento nástroj neumí přečíst a zapsat zpět bajt po bajtu</translation>
    </message>
    <message>
        <source>the file is not valid %1 text; it is left untouched</source>
        <translation>soubor není platný text %1; zůstává nedotčen</translation>
    </message>
    <message>
        <source>the file&apos;s %1 bytes do not survive decoding and encoding unchanged, so it is opened for nothing and never written</source>
        <translation>bajty %1 tohoto souboru nepřežijí dekódování a zakódování beze změny, proto se neotevře a nikdy se nezapíše</translation>
    </message>
    <message>
        <source>cannot read the file to back it up: %1</source>
        <translation>soubor nelze přečíst kvůli záloze: %1</translation>
    </message>
    <message>
        <source>cannot write the backup: %1</source>
        <translation>zálohu nelze zapsat: %1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>soubor nelze zapsat: %1</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML není správně utvořené: %1</translation>
    </message>
    <message>
        <source>unexpected end tag &lt;/%1&gt;</source>
        <translation>neočekávaná koncová značka &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; that starts no element</source>
        <translation>&apos;&lt;&apos;, který nezačíná žádný element</translation>
    </message>
    <message>
        <source>unterminated start tag &lt;%1&gt;</source>
        <translation>neukončená počáteční značka &lt;%1&gt;</translation>
    </message>
    <message>
        <source>malformed attribute in &lt;%1&gt;</source>
        <translation>chybný atribut v &lt;%1&gt;</translation>
    </message>
    <message>
        <source>unquoted attribute value in &lt;%1&gt;</source>
        <translation>hodnota atributu bez uvozovek v &lt;%1&gt;</translation>
    </message>
    <message>
        <source>unterminated attribute value in &lt;%1&gt;</source>
        <translation>neukončená hodnota atributu v &lt;%1&gt;</translation>
    </message>
    <message>
        <source>unterminated markup</source>
        <translation>neukončená značka</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is never closed</source>
        <translation>element &lt;%1&gt; není nikdy uzavřen</translation>
    </message>
    <message>
        <source>edit outside the document</source>
        <translation>úprava mimo dokument</translation>
    </message>
    <message>
        <source>the edit would break the file (%1); nothing was changed</source>
        <translation>úprava by poškodila soubor (%1); nic nebylo změněno</translation>
    </message>
    <message>
        <source>internal error: inserted element not found</source>
        <translation>vnitřní chyba: vložený element nebyl nalezen</translation>
    </message>
    <message>
        <source>the document element is not &lt;configuration&gt;</source>
        <translation>kořenový element není &lt;configuration&gt;</translation>
    </message>
    <message>
        <source>no such location</source>
        <translation>takové umístění neexistuje</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is encrypted; decrypt it (aspnet_regiis -pd) to edit it</source>
        <translation>&lt;%1&gt; je zašifrován; pro úpravy jej dešifrujte (aspnet_regiis -pd)</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is kept in %2; edit that file instead</source>
        <translation>&lt;%1&gt; je uložen v %2; upravte raději ten soubor</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is read-only here (encrypted or in another file)</source>
        <translation>&lt;%1&gt; je zde jen pro čtení (zašifrován nebo v jiném souboru)</translation>
    </message>
    <message>
        <source>the file changed on disk since it was read (another program edited it); nothing was written, so that change is not lost</source>
        <translation>soubor se od načtení na disku změnil (upravil ho jiný program); nic nebylo zapsáno, takže tato změna není ztracena</translation>
    </message>
    <message>
        <source>no such element</source>
        <translation>žádný takový prvek</translation>
    </message>
</context>
<context>
    <name>sd::ConfigViewer</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (jen pro čtení)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, řádek %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nelze přečíst: %2</translation>
    </message>
</context>
<context>
    <name>sd::ConnectivityDialog</name>
    <message>
        <source>Test connectivity: %1</source>
        <translation>Test připojení: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Čas</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Podrobnosti</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Otestovat znovu</translation>
    </message>
    <message>
        <source>Test a session database file...</source>
        <translation>Otestovat soubor databáze relací...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>Session database file</source>
        <translation>Soubor databáze relací</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Databáze SQLite (*.db *.sqlite *.sqlite3);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Krok %1 selhal.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every step passed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Všechny kroky proběhly úspěšně.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test session database: %1</source>
        <translation>Test databáze relací: %1</translation>
    </message>
</context>
<context>
    <name>sd::Dashboard</name>
    <message>
        <source>Window:</source>
        <translation>Časové okno:</translation>
    </message>
    <message>
        <source>5 minutes (1 s)</source>
        <translation>5 minut (1 s)</translation>
    </message>
    <message>
        <source>1 hour (10 s averages)</source>
        <translation>1 hodina (průměry za 10 s)</translation>
    </message>
    <message>
        <source>24 hours (2 min averages)</source>
        <translation>24 hodin (průměry za 2 min)</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Exportovat CSV...</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>Exportovat PNG...</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktivní relace</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktivní</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>relace</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Paměť</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>užitečná data</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>režie</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Požadavky</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>požadavky</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>za sekundu</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>Zahájené relace</translation>
    </message>
    <message>
        <source>started</source>
        <translation>zahájené</translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation>Skončené relace</translation>
    </message>
    <message>
        <source>timed out (evictions)</source>
        <translation>vypršelé (vyřazení)</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>ukončené</translation>
    </message>
    <message>
        <source>Lock contention (423)</source>
        <translation>Soupeření o zámky (423)</translation>
    </message>
    <message>
        <source>423 answers</source>
        <translation>odpovědi 423</translation>
    </message>
    <message>
        <source>History not kept: %1</source>
        <translation>Historie se neukládá: %1</translation>
    </message>
    <message>
        <source>History not read: %1</source>
        <translation>Historie nebyla načtena: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1: obrázek nelze zapsat</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the visible data as CSV</source>
        <translation>Exportovat zobrazená data jako CSV</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>Exportovat grafy jako PNG</translation>
    </message>
    <message>
        <source>Availability (HEAD probe each second)</source>
        <translation>Dostupnost (sonda HEAD každou sekundu)</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>odpovězeno</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Round trip (HEAD)</source>
        <translation>Doba odezvy (HEAD)</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>průměr</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Connection failures</source>
        <translation>Selhání spojení</translation>
    </message>
    <message>
        <source>failed probes</source>
        <translation>neúspěšné sondy</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>za minutu</translation>
    </message>
    <message>
        <source>%1: protocol only (no admin API)</source>
        <translation>%1: jen protokol (bez administračního API)</translation>
    </message>
    <message>
        <source>No probe yet.</source>
        <translation>Zatím žádná sonda.</translation>
    </message>
    <message>
        <source>%1 % of %2 probes answered; round trip p50 %3 ms, p99 %4 ms; %5 connection failures; X-AspNet-Version %6</source>
        <translation>%1 % z %2 sond zodpovězeno; doba odezvy p50 %3 ms, p99 %4 ms; %5 selhání spojení; X-AspNet-Version %6</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>neviděna</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Redis commands</source>
        <translation>Příkazy Redis</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>příkazy</translation>
    </message>
    <message>
        <source>Keys expired and evicted</source>
        <translation>Klíče vypršelé a vyřazené</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vypršelé</translation>
    </message>
    <message>
        <source>evicted</source>
        <translation>vyřazené</translation>
    </message>
    <message>
        <source>Locks held</source>
        <translation>Držené zámky</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>zámky</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Závažnost</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Zjištění</translation>
    </message>
    <message>
        <source>%1: %2 keys, %3 MiB used, %4 clients</source>
        <translation>%1: %2 klíčů, použito %3 MiB, %4 klientů</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 MiB (%3)</source>
        <translation>Paměť: %1 z %2 MiB (%3)</translation>
    </message>
    <message>
        <source>Memory: %1 MiB, no maxmemory (%2)</source>
        <translation>Paměť: %1 MiB, bez maxmemory (%2)</translation>
    </message>
    <message>
        <source>Commands: %1/s</source>
        <translation>Příkazy: %1/s</translation>
    </message>
    <message>
        <source>Expired keys: %1/s</source>
        <translation>Vypršelé klíče: %1/s</translation>
    </message>
    <message>
        <source>Evicted keys: %1/s (%2 in all)</source>
        <translation>Vyřazené klíče: %1/s (celkem %2)</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Klienti: %1</translation>
    </message>
    <message>
        <source>Hits/misses: %1/s, %2/s (%3 % hits)</source>
        <translation>Zásahy/minutí: %1/s, %2/s (%3 % zásahů)</translation>
    </message>
    <message>
        <source>Locks held: %1</source>
        <translation>Držené zámky: %1</translation>
    </message>
    <message>
        <source>Locks held: %1, oldest %2 s</source>
        <translation>Držené zámky: %1, nejstarší %2 s</translation>
    </message>
    <message>
        <source>EVALSHA: not called yet</source>
        <translation>EVALSHA: zatím nevoláno</translation>
    </message>
    <message>
        <source>EVALSHA: %1 µs per call (%2 calls)</source>
        <translation>EVALSHA: %1 µs na volání (%2 volání)</translation>
    </message>
    <message>
        <source>Persistence: %1</source>
        <translation>Perzistence: %1</translation>
    </message>
    <message>
        <source>Redis %1, %2, %3</source>
        <translation>Redis %1, %2, %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Sessions per application (counted): %1</source>
        <translation>Relace podle aplikací (spočítané): %1</translation>
    </message>
    <message>
        <source>Sessions per application (estimated from a sample): %1</source>
        <translation>Relace podle aplikací (odhad ze vzorku): %1</translation>
    </message>
</context>
<context>
    <name>sd::DisclosedKeyList</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: nelze otevřít: %2</translation>
    </message>
    <message>
        <source>%1: no key or key hash found; expected lines of &quot;validationKey, decryptionKey&quot;</source>
        <translation>%1: nenalezen žádný klíč ani otisk klíče; očekávány řádky &quot;validationKey, decryptionKey&quot;</translation>
    </message>
</context>
<context>
    <name>sd::DoctorView</name>
    <message>
        <source>default</source>
        <translation>výchozí</translation>
    </message>
    <message>
        <source>Open a server snapshot (File › Open Server Snapshot) to see every site, application and effective session setting of one IIS server with where it comes from, or compare the servers of a web farm (File › Compare Farm).</source>
        <translation>Otevřete snímek serveru (Soubor › Otevřít snímek serveru) a uvidíte každý web, aplikaci a platné nastavení relací jednoho serveru IIS i to, odkud pochází, nebo porovnejte servery webové farmy (Soubor › Porovnat farmu).</translation>
    </message>
    <message>
        <source>Site / application</source>
        <translation>Web / aplikace</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Soubor</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Chybí</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>Jen &amp;rozdíly</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servery</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Načítá se %1...</translation>
    </message>
    <message>
        <source>%1 servers chosen: SessionDesk compares at most %2; nothing was compared.</source>
        <translation>Vybráno serverů: %1. SessionDesk porovná nejvýše %2; nic nebylo porovnáno.</translation>
    </message>
    <message>
        <source>a farm of %1 servers</source>
        <translation>farmu se %1 servery</translation>
    </message>
    <message>
        <source>Cannot open the snapshot: %1</source>
        <translation>Snímek nelze otevřít: %1</translation>
    </message>
    <message>
        <source>%1: %2 application(s), %3 finding(s), %4 gap(s)</source>
        <translation>%1: aplikace: %2, zjištění: %3, chybějící soubory: %4</translation>
    </message>
    <message>
        <source>Site %1 (id %2)</source>
        <translation>Web %1 (id %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádné</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Aplikace %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>fond %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>neznámé</translation>
    </message>
    <message>
        <source>Physical path: %1
AppDomainAppId: %2
State server key prefix: %3</source>
        <translation>Fyzická cesta: %1
AppDomainAppId: %2
Předpona klíče na stavovém serveru: %3</translation>
    </message>
    <message>
        <source>No file sets it: the default applies.</source>
        <translation>Žádný soubor ho nenastavuje: platí výchozí hodnota.</translation>
    </message>
    <message>
        <source>Click to open the file at this line.</source>
        <translation>Kliknutím otevřete soubor na tomto řádku.</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Oprava: %1</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Oprava: %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Zjištění (%1)</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <translation>Chybějící soubory (%1)</translation>
    </message>
    <message>
        <source>%1 server(s) over the limit of %2 are not shown.</source>
        <translation>Servery nad limit %2 se nezobrazují (%1).</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 rows are shown.</source>
        <translation>Zobrazeno je jen prvních %1 z %2 řádků.</translation>
    </message>
    <message>
        <source>Farm of %1 servers: %2 row(s), %3 differ; %4 finding(s)</source>
        <translation>Farma se servery: %1; řádky: %2, liší se: %3; zjištění: %4</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Zdroj</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Závažnost</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Nález</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varování</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informace</translation>
    </message>
    <message>
        <source>Make consistent</source>
        <translation>Sjednotit</translation>
    </message>
    <message>
        <source>Select a machineKey or pool row of the matrix: copy one server&apos;s machine key to the others, or fix the pool settings on every server.</source>
        <translation>Vyberte v matici řádek machineKey nebo fondu: zkopírujte strojový klíč jednoho serveru na ostatní, nebo opravte nastavení fondu na všech serverech.</translation>
    </message>
    <message>
        <source>Set idle timeout to 0 on all servers</source>
        <translation>Nastavit časový limit nečinnosti na 0 na všech serverech</translation>
    </message>
    <message>
        <source>Recycle at a scheduled hour instead of every 29 hours</source>
        <translation>Recyklovat v plánovanou hodinu místo každých 29 hodin</translation>
    </message>
    <message>
        <source>periodicRestart time 00:00:00, and a recycle at 03:00:00 where the pool has no schedule</source>
        <translation>periodicRestart time 00:00:00 a recyklace v 03:00:00 tam, kde fond nemá plán</translation>
    </message>
    <message>
        <source>Copy machine key from %1...</source>
        <translation>Kopírovat strojový klíč z %1...</translation>
    </message>
    <message>
        <source>Copy machine key from a server...</source>
        <translation>Kopírovat strojový klíč ze serveru...</translation>
    </message>
    <message>
        <source>Copy the machine key of %1 (application %2) to the other servers.</source>
        <translation>Zkopírovat strojový klíč serveru %1 (aplikace %2) na ostatní servery.</translation>
    </message>
    <message>
        <source>Set the idle timeout of the application pool of %1 to 0 on all servers.</source>
        <translation>Nastavit časový limit nečinnosti fondu aplikací %1 na 0 na všech serverech.</translation>
    </message>
    <message>
        <source>Recycle the application pool of %1 at a scheduled hour (03:00:00 unless it has a schedule) instead of every 29 hours, on all servers.</source>
        <translation>Recyklovat fond aplikací %1 v plánovanou hodinu (03:00:00, pokud nemá plán) místo každých 29 hodin, na všech serverech.</translation>
    </message>
    <message>
        <source>Preparing the edit...</source>
        <translation>Připravuji úpravu...</translation>
    </message>
    <message>
        <source>The edit could not be prepared.</source>
        <translation>Úpravu se nepodařilo připravit.</translation>
    </message>
    <message>
        <source>Every server already agrees: nothing to change.</source>
        <translation>Všechny servery se již shodují: není co měnit.</translation>
    </message>
    <message>
        <source>Nothing can be changed: %1</source>
        <translation>Nelze nic změnit: %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nic nebylo zapsáno.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written; each previous file is kept as FILE.bak.</source>
        <translation>
            <numerusform>Zapsán %n soubor; každý předchozí soubor je zachován jako FILE.bak.</numerusform>
            <numerusform>Zapsány %n soubory; každý předchozí soubor je zachován jako FILE.bak.</numerusform>
            <numerusform>Zapsáno %n souborů; každý předchozí soubor je zachován jako FILE.bak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>Nic nebylo zapsáno: %1</translation>
    </message>
    <message>
        <source>%1
Written before it: %2</source>
        <translation>%1
Zapsáno před tím: %2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Token check</source>
        <translation>Kontrola tokenů</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Aplikace:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>ViewState</source>
        <translation>ViewState</translation>
    </message>
    <message>
        <source>Forms ticket</source>
        <translation>Lístek ověřování formulářů</translation>
    </message>
    <message>
        <source>Rows: the server that makes the token (a ViewState of default.aspx, or a forms ticket) with its machine key; columns: the server that receives it. Select a cell for the error the user sees and why. Keys are never shown.</source>
        <translation>Řádky: server, který token vytvoří svým klíčem počítače (ViewState stránky default.aspx nebo lístek ověřování formulářů); sloupce: server, který ho přijme. Vyberte buňku a uvidíte chybu, kterou uživatel dostane, a proč. Klíče se nikdy nezobrazují.</translation>
    </message>
    <message>
        <source>Select a cell: what the user sees when the receiving server rejects the token, and why.</source>
        <translation>Vyberte buňku: co uživatel uvidí, když přijímající server token odmítne, a proč.</translation>
    </message>
    <message>
        <source>No ASP.NET application to check.</source>
        <translation>Žádná aplikace ASP.NET ke kontrole.</translation>
    </message>
    <message>
        <source>Every server accepts the others&apos; tokens.</source>
        <translation>Každý server přijímá tokeny ostatních.</translation>
    </message>
    <message>
        <source>%1 of %2 server pairs reject the token.</source>
        <translation>%1 z %2 dvojic serverů token odmítá.</translation>
    </message>
    <message>
        <source>%1 not checked or without the application.</source>
        <translation>%1 nekontrolováno nebo bez aplikace.</translation>
    </message>
</context>
<context>
    <name>sd::FarmDialog</name>
    <message>
        <source>Add a Server Snapshot Folder</source>
        <translation>Přidat složku se snímkem serveru</translation>
    </message>
    <message>
        <source>Add applicationHost.config or web.config Files</source>
        <translation>Přidat soubory applicationHost.config nebo web.config</translation>
    </message>
    <message>
        <source>Configuration files (*.config);;All files (*)</source>
        <translation>Konfigurační soubory (*.config);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Compare Farm</source>
        <translation>Porovnat farmu</translation>
    </message>
    <message>
        <source>Choose one snapshot per server of the farm: a snapshot folder, an applicationHost.config or a web.config.</source>
        <translation>Za každý server farmy vyberte jeden snímek: složku se snímkem, applicationHost.config nebo web.config.</translation>
    </message>
    <message>
        <source>Add &amp;Folder...</source>
        <translation>Přidat &amp;složku...</translation>
    </message>
    <message>
        <source>Add F&amp;ile...</source>
        <translation>Přidat so&amp;ubor...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Odebrat</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Porovnat</translation>
    </message>
    <message>
        <source>Add at least two servers.</source>
        <translation>Přidejte alespoň dva servery.</translation>
    </message>
    <message>
        <source>%1 servers chosen: SessionDesk compares at most %2. Remove %3.</source>
        <translation>Vybráno serverů: %1. SessionDesk porovná nejvýše %2. Odeberte %3.</translation>
    </message>
    <message>
        <source>%1 servers.</source>
        <translation>Serverů: %1.</translation>
    </message>
</context>
<context>
    <name>sd::FarmEditPreview</name>
    <message>
        <source>Make consistent</source>
        <translation>Sjednotit</translation>
    </message>
    <message numerus="yes">
        <source>These lines change in %n file(s); nothing else is touched. Each previous file is kept as FILE.bak.</source>
        <translation>
            <numerusform>Tyto řádky se změní v %n souboru; nic jiného se nemění. Každý předchozí soubor je zachován jako FILE.bak.</numerusform>
            <numerusform>Tyto řádky se změní ve %n souborech; nic jiného se nemění. Každý předchozí soubor je zachován jako FILE.bak.</numerusform>
            <numerusform>Tyto řádky se změní v %n souborech; nic jiného se nemění. Každý předchozí soubor je zachován jako FILE.bak.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::FarmMatrixModel</name>
    <message>
        <source>(no such application)</source>
        <translation>(aplikace tu není)</translation>
    </message>
    <message>
        <source>%1 has no application %2</source>
        <translation>%1 nemá aplikaci %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>výchozí</translation>
    </message>
    <message>
        <source>%1
Differs from most servers.</source>
        <translation>%1
Liší se od většiny serverů.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
</context>
<context>
    <name>sd::FarmTokenModel</name>
    <message>
        <source>Accepted</source>
        <translation>Přijat</translation>
    </message>
    <message>
        <source>Accepted (same server)</source>
        <translation>Přijat (tentýž server)</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odmítnut</translation>
    </message>
    <message>
        <source>No such application</source>
        <translation>Taková aplikace není</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nekontrolováno</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <source>A %1 made by %2 is accepted by %3.</source>
        <translation>%1 vytvořený na %2 server %3 přijme.</translation>
    </message>
    <message>
        <source>The key is generated on the server (AutoGenerate): it accepts its own tokens only.</source>
        <translation>Klíč se generuje na serveru (AutoGenerate): server přijímá jen své vlastní tokeny.</translation>
    </message>
    <message>
        <source>%1 or %2 has no application %3.</source>
        <translation>%1 nebo %2 nemá aplikaci %3.</translation>
    </message>
    <message>
        <source>%1 receives the token</source>
        <translation>%1 token přijímá</translation>
    </message>
    <message>
        <source>%1 makes the token</source>
        <translation>%1 token vytváří</translation>
    </message>
</context>
<context>
    <name>sd::IisConfig</name>
    <message>
        <source>no application pool &quot;%1&quot; in %2</source>
        <translation>v %2 není fond aplikací „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute path such as processModel.idleTimeout</source>
        <translation>„%1“ není cesta k atributu jako processModel.idleTimeout</translation>
    </message>
    <message>
        <source>no site &quot;%1&quot; in %2</source>
        <translation>v %2 není web „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time of day such as 03:00:00</source>
        <translation>„%1“ není denní čas, jako například 03:00:00</translation>
    </message>
</context>
<context>
    <name>sd::LocalStateServer</name>
    <message>
        <source>sessionstated was not found beside sessiondesk or on PATH</source>
        <translation>sessionstated nebyl nalezen vedle sessiondesk ani v PATH</translation>
    </message>
    <message>
        <source>cannot create a private folder for the token: %1</source>
        <translation>nelze vytvořit soukromou složku pro token: %1</translation>
    </message>
    <message>
        <source>Local sessionstated (started by SessionDesk)</source>
        <translation>Místní sessionstated (spuštěný aplikací SessionDesk)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>nelze spustit %1: %2</translation>
    </message>
    <message>
        <source>sessionstated crashed</source>
        <translation>sessionstated spadl</translation>
    </message>
    <message>
        <source>sessionstated exited with code %1</source>
        <translation>sessionstated skončil s kódem %1</translation>
    </message>
</context>
<context>
    <name>sd::MachineKey</name>
    <message>
        <source>OpenSSL could not supply random bytes: %1</source>
        <translation>OpenSSL nedokázalo poskytnout náhodné bajty: %1</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Soubor</translation>
    </message>
    <message>
        <source>&amp;New web.config...</source>
        <translation>&amp;Nový web.config...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Otevřít...</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>Otevřít &amp;ukázku</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otevřít &amp;nedávné</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Uložit...</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>&amp;Zavřít soubor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Konec</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Úp&amp;ravy</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Zpět</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Znovu</translation>
    </message>
    <message>
        <source>&amp;Generate Machine Keys</source>
        <translation>&amp;Generovat klíče počítače</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Předvolby...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Zobrazení</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>&amp;Další nález</translation>
    </message>
    <message>
        <source>&amp;Session State</source>
        <translation>&amp;Stav relací</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Machine Key</source>
        <translation>&amp;Klíč počítače</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Jazyk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Výchozí podle systému</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Nápověda</translation>
    </message>
    <message>
        <source>&amp;About SessionDesk</source>
        <translation>&amp;O aplikaci SessionDesk</translation>
    </message>
    <message>
        <source>About SessionDesk</source>
        <translation>O aplikaci SessionDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SessionDesk %1&lt;/h3&gt;&lt;p&gt;Edit, check and watch ASP.NET session state.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionDesk %1&lt;/h3&gt;&lt;p&gt;Úpravy, kontrola a sledování stavu relací ASP.NET.&lt;/p&gt;&lt;p&gt;Licencováno pod GNU GPL verze 3 nebo novější.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hlavní</translation>
    </message>
    <message>
        <source>&lt;h1&gt;SessionDesk&lt;/h1&gt;&lt;p&gt;Open a web.config to edit its session state and machine key settings safely: only what you change is written, and the previous file is kept as &lt;i&gt;.bak&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;SessionDesk&lt;/h1&gt;&lt;p&gt;Otevřete web.config a bezpečně upravte nastavení stavu relací a klíče počítače: zapíše se jen to, co změníte, a předchozí soubor zůstane jako &lt;i&gt;.bak&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Otevřít...</translation>
    </message>
    <message>
        <source>New web.config...</source>
        <translation>Nový web.config...</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>Otevřít ukázku</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt; (drop a .config file anywhere to open it)</source>
        <translation>&lt;b&gt;Nedávné soubory&lt;/b&gt; (soubor .config otevřete přetažením kamkoli)</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Osnova</translation>
    </message>
    <message>
        <source>Session State</source>
        <translation>Stav relací</translation>
    </message>
    <message>
        <source>Machine Key</source>
        <translation>Klíč počítače</translation>
    </message>
    <message>
        <source>Remove %1.%2</source>
        <translation>Odstranit %1.%2</translation>
    </message>
    <message>
        <source>Set %1.%2</source>
        <translation>Nastavit %1.%2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Nálezy</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Závažnost</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Úroveň</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Řádek</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Nález</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Úpravy</translation>
    </message>
    <message>
        <source>Application level</source>
        <translation>Úroveň aplikace</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Umístění: %1</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (zašifrováno)</translation>
    </message>
    <message>
        <source> (not set)</source>
        <translation> (nenastaveno)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Chyba</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varování</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informace</translation>
    </message>
    <message>
        <source>application</source>
        <translation>aplikace</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
Oprava: %2</translation>
    </message>
    <message>
        <source>disclosed-key list not set (Edit &gt; Preferences)</source>
        <translation>seznam zveřejněných klíčů není nastaven (Úpravy &gt; Předvolby)</translation>
    </message>
    <message>
        <source>keys checked against %1 disclosed keys</source>
        <translation>klíče ověřeny proti %1 zveřejněným klíčům</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s); %3</source>
        <translation>chyb: %1, varování: %2; %3</translation>
    </message>
    <message>
        <source>SessionDesk</source>
        <translation>SessionDesk</translation>
    </message>
    <message>
        <source>%1[*] - SessionDesk</source>
        <translation>%1[*] - SessionDesk</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otevřít</translation>
    </message>
    <message>
        <source>SessionDesk cannot open this file; it was not changed.

%1</source>
        <translation>SessionDesk tento soubor nemůže otevřít; nebyl změněn.

%1</translation>
    </message>
    <message>
        <source>The document element is not &lt;configuration&gt;: nothing here can be edited.</source>
        <translation>Kořenový element není &lt;configuration&gt;: nelze zde nic upravovat.</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Uložit %1</translation>
    </message>
    <message>
        <source>No change to write.</source>
        <translation>Není co zapsat.</translation>
    </message>
    <message>
        <source>These lines change; nothing else in the file is touched. The previous file is kept as %1.bak.</source>
        <translation>Mění se tyto řádky; nic jiného v souboru se nemění. Předchozí soubor zůstane jako %1.bak.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n error(s) remain&lt;/b&gt;: ASP.NET may refuse this file.</source>
        <translation>
            <numerusform>&lt;b&gt;Zbývá chyb: %n&lt;/b&gt;: ASP.NET může tento soubor odmítnout.</numerusform>
            <numerusform>&lt;b&gt;Zbývá chyb: %n&lt;/b&gt;: ASP.NET může tento soubor odmítnout.</numerusform>
            <numerusform>&lt;b&gt;Zbývá chyb: %n&lt;/b&gt;: ASP.NET může tento soubor odmítnout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Uložit</translation>
    </message>
    <message>
        <source>The file was not saved; it is unchanged on disk.

%1</source>
        <translation>Soubor nebyl uložen; na disku zůstal beze změny.

%1</translation>
    </message>
    <message>
        <source>Saved %1 (previous version in %2.bak)</source>
        <translation>Uloženo %1 (předchozí verze v %2.bak)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Neuložené změny</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 obsahuje neuložené změny. Uložit je?</translation>
    </message>
    <message>
        <source>Open configuration file</source>
        <translation>Otevřít konfigurační soubor</translation>
    </message>
    <message>
        <source>Configuration files (*.config);;All files (*)</source>
        <translation>Konfigurační soubory (*.config);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>New web.config</source>
        <translation>Nový web.config</translation>
    </message>
    <message>
        <source>Configuration files (*.config)</source>
        <translation>Konfigurační soubory (*.config)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Předvolby</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procházet...</translation>
    </message>
    <message>
        <source>Disclosed machine keys</source>
        <translation>Zveřejněné klíče počítače</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV nebo text (*.csv *.txt);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>Disclosed-key list:</source>
        <translation>Seznam zveřejněných klíčů:</translation>
    </message>
    <message>
        <source>Microsoft&apos;s list of publicly disclosed machine keys: MachineKeys.csv from the microsoft/mstic repository (RapidReleaseTI). Keys on it are reported as errors.</source>
        <translation>Seznam veřejně zveřejněných klíčů počítače od Microsoftu: MachineKeys.csv z repozitáře microsoft/mstic (RapidReleaseTI). Klíče z něj se hlásí jako chyby.</translation>
    </message>
    <message>
        <source>Disclosed-key list</source>
        <translation>Seznam zveřejněných klíčů</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfigurace</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>S&amp;ledování</translation>
    </message>
    <message>
        <source>C&amp;onfiguration</source>
        <translation>K&amp;onfigurace</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>M&amp;onitor</source>
        <translation>Sledo&amp;vání</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>Ser&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Test Connectivity...</source>
        <translation>&amp;Test připojení...</translation>
    </message>
    <message>
        <source>New Profile from &amp;web.config...</source>
        <translation>Nový profil z &amp;web.config...</translation>
    </message>
    <message>
        <source>&amp;Generate Load</source>
        <translation>&amp;Generovat zátěž</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Přepsat</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>Tento soubor nelze použít: %1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened: another program edited it.

Reload reads their version and re-applies your edits where they still apply. Overwrite replaces their change with this document. Cancel writes nothing.</source>
        <translation>%1 se od otevření na disku změnil: upravil ho jiný program.

Znovu načíst přečte jeho verzi a znovu použije vaše úpravy tam, kde stále platí. Přepsat nahradí jeho změnu tímto dokumentem. Zrušit nic nezapíše.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Znovu načíst</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Soubor se na disku změnil</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Znovu načíst</translation>
    </message>
    <message>
        <source>Read the file again and re-apply your edits where they still apply</source>
        <translation>Načíst soubor znovu a znovu použít vaše úpravy tam, kde stále platí</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Ponechat moje</translation>
    </message>
    <message>
        <source>Keep editing this version; Save will ask before replacing the other change</source>
        <translation>Pokračovat v úpravách této verze; Uložit se zeptá, než nahradí cizí změnu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zavřít</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened: another program edited it.</source>
        <translation>%1 se od otevření na disku změnil: upravil ho jiný program.</translation>
    </message>
    <message>
        <source>%1 was removed from disk since it was opened; Save writes it again.</source>
        <translation>%1 byl od otevření z disku odstraněn; Uložit ho zapíše znovu.</translation>
    </message>
    <message>
        <source>%1 in &lt;location path=&quot;%2&quot;&gt;</source>
        <translation>%1 v &lt;location path=&quot;%2&quot;&gt;</translation>
    </message>
    <message>
        <source>The file cannot be reloaded; your version is kept.
%1</source>
        <translation>Soubor nelze znovu načíst; vaše verze zůstává.
%1</translation>
    </message>
    <message>
        <source>Re-apply my edits</source>
        <translation>Znovu použít moje úpravy</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %1; %n edit(s) of yours re-applied.</source>
        <translation>
            <numerusform>%1 znovu načten; znovu použito vašich úprav: %n.</numerusform>
            <numerusform>%1 znovu načten; znovu použito vašich úprav: %n.</numerusform>
            <numerusform>%1 znovu načten; znovu použito vašich úprav: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded %1. These edits of yours no longer apply (the other program changed them too, or their level is gone), so its version is kept: %2</source>
        <translation>%1 znovu načten. Tyto vaše úpravy již neplatí (jiný program je změnil také, nebo jejich úroveň zmizela), proto zůstává jeho verze: %2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Zpět: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Znovu: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Zpět</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Znovu</translation>
    </message>
    <message>
        <source>&amp;Doctor</source>
        <translation>&amp;Doktor</translation>
    </message>
    <message>
        <source>Open Server Sna&amp;pshot</source>
        <translation>Otevřít &amp;snímek serveru</translation>
    </message>
    <message>
        <source>Snapshot &amp;Folder...</source>
        <translation>&amp;Složka snímku...</translation>
    </message>
    <message>
        <source>&amp;applicationHost.config or web.config...</source>
        <translation>&amp;applicationHost.config nebo web.config...</translation>
    </message>
    <message>
        <source>Compare &amp;Farm...</source>
        <translation>Porovnat &amp;farmu...</translation>
    </message>
    <message>
        <source>Open a Server Snapshot Folder</source>
        <translation>Otevřít složku se snímkem serveru</translation>
    </message>
    <message>
        <source>Open applicationHost.config or web.config</source>
        <translation>Otevřít applicationHost.config nebo web.config</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, řádek %2</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>&amp;Tokeny</translation>
    </message>
</context>
<context>
    <name>sd::MonitorConnection</name>
    <message>
        <source>no answer within stateNetworkTimeout (%1 s): a firewall may drop the packets</source>
        <translation>žádná odpověď během stateNetworkTimeout (%1 s): pakety možná zahazuje firewall</translation>
    </message>
    <message>
        <source>stateConnectionString: %1</source>
        <translation>stateConnectionString: %1</translation>
    </message>
    <message>
        <source>nothing listens there (%1): start the state server or fix the port</source>
        <translation>nic tam nenaslouchá (%1): spusťte stavový server nebo opravte port</translation>
    </message>
    <message>
        <source>TCP connect to %1:%2 failed: %3</source>
        <translation>TCP spojení na %1:%2 selhalo: %3</translation>
    </message>
    <message>
        <source>the State Service port answers, but the admin API cannot be used: %1 (for the Windows ASP.NET State Service, tick &quot;No admin API&quot; in the profile)</source>
        <translation>port State Service odpovídá, ale administrační API nelze použít: %1 (pro Windows ASP.NET State Service zaškrtněte v profilu „Bez administračního API“)</translation>
    </message>
    <message>
        <source>store URL: %1</source>
        <translation>URL úložiště: %1</translation>
    </message>
</context>
<context>
    <name>sd::MonitorWidget</name>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Připojit</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profily</translation>
    </message>
    <message>
        <source>&amp;New profile...</source>
        <translation>&amp;Nový profil...</translation>
    </message>
    <message>
        <source>&amp;Edit profile...</source>
        <translation>&amp;Upravit profil...</translation>
    </message>
    <message>
        <source>New profile from the open &amp;web.config...</source>
        <translation>Nový profil z otevřeného &amp;web.config...</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>&amp;Smazat profil</translation>
    </message>
    <message>
        <source>Test connectivity...</source>
        <translation>Otestovat připojení...</translation>
    </message>
    <message>
        <source> READ-ONLY </source>
        <translation> JEN PRO ČTENÍ </translation>
    </message>
    <message>
        <source>This profile only monitors: nothing is written to the server.</source>
        <translation>Tento profil pouze sleduje: na server se nic nezapisuje.</translation>
    </message>
    <message>
        <source>Generate load</source>
        <translation>Generovat zátěž</translation>
    </message>
    <message>
        <source>Runs sessionctl load against this server (new, returning, read-only, abandoning and expiring visitors, and a second tab that meets a lock) so the charts move.</source>
        <translation>Spustí proti tomuto serveru sessionctl load (noví, vracející se, jen čtoucí, ukončující a vypršívající návštěvníci a druhá karta, která narazí na zámek), aby se grafy hýbaly.</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Přehled</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>R&amp;elace</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (jen pro čtení)</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>Upravit profil</translation>
    </message>
    <message>
        <source>The local server&apos;s ports and token are its own; they change at every start.</source>
        <translation>Porty a token místního serveru si určuje server sám; mění se při každém spuštění.</translation>
    </message>
    <message>
        <source>State server %1</source>
        <translation>Stavový server %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Smazat profil</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? The token file is not touched.</source>
        <translation>Smazat profil &quot;%1&quot;? Soubor s tokenem zůstane nedotčen.</translation>
    </message>
    <message>
        <source>New profile from web.config</source>
        <translation>Nový profil z web.config</translation>
    </message>
    <message>
        <source>From web.config (%1)</source>
        <translation>Z web.config (%1)</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Odpojit</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Nelze se připojit k %1: %2</translation>
    </message>
    <message>
        <source>sessionstated %1 · %2 active sessions · %3 requests/s · %4 MiB payload · up %5 s</source>
        <translation>sessionstated %1 · aktivní relace: %2 · požadavky/s: %3 · užitečná data: %4 MiB · v provozu %5 s</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Připojeno k %1 (%2).</translation>
    </message>
    <message>
        <source>%1: %2 Retrying...</source>
        <translation>%1: %2 Zkouší se znovu...</translation>
    </message>
    <message>
        <source>The local state server did not start: %1</source>
        <translation>Místní stavový server se nespustil: %1</translation>
    </message>
    <message>
        <source>The local state server stopped: %1</source>
        <translation>Místní stavový server se zastavil: %1</translation>
    </message>
    <message>
        <source>Starting a local sessionstated...</source>
        <translation>Spouští se místní sessionstated...</translation>
    </message>
    <message>
        <source>Generate load on %1?

This writes test sessions to that server (application /app0) at about 300 pages a second until you stop it. Do not do this to a production server.</source>
        <translation>Generovat zátěž na %1?

Na tento server (aplikace /app0) se budou zapisovat testovací relace rychlostí asi 300 stránek za sekundu, dokud to nezastavíte. Nedělejte to na produkčním serveru.</translation>
    </message>
    <message>
        <source>sessionctl was not found beside sessiondesk or on PATH.</source>
        <translation>sessionctl nebyl nalezen vedle sessiondesk ani v PATH.</translation>
    </message>
    <message>
        <source>The load generator stopped (exit code %1).</source>
        <translation>Generátor zátěže se zastavil (návratový kód %1).</translation>
    </message>
    <message>
        <source>%1 (protocol only)</source>
        <translation>%1 (jen protokol)</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 je jen pro čtení.</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 není dosažitelný: %2</translation>
    </message>
    <message>
        <source>%1 is not connected yet.</source>
        <translation>%1 ještě není připojen.</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>Nejprve se připojte k serveru.</translation>
    </message>
    <message>
        <source>Not connected: %1 is selected (Connect connects to it).</source>
        <translation>Nepřipojeno: vybrán je %1 (Připojit se k němu připojí).</translation>
    </message>
    <message>
        <source>Connecting to %1: TCP passed; admin API %2...</source>
        <translation>Připojuji se k %1: TCP prošlo; administrační API %2...</translation>
    </message>
    <message>
        <source>Connecting to %1: TCP %2...</source>
        <translation>Připojuji se k %1: TCP %2...</translation>
    </message>
    <message>
        <source>Connected to %1 (%2; protocol only: no admin API).</source>
        <translation>Připojeno k %1 (%2; jen protokol: bez administračního API).</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 neodpovídá: %2</translation>
    </message>
    <message>
        <source>Generate load: %1</source>
        <translation>Generovat zátěž: %1</translation>
    </message>
    <message>
        <source>The load generator stopped (exit code %1): %2</source>
        <translation>Generátor zátěže skončil (návratový kód %1): %2</translation>
    </message>
    <message>
        <source>The load generator did not start: %1</source>
        <translation>Generátor zátěže se nespustil: %1</translation>
    </message>
    <message>
        <source>%1 (Redis)</source>
        <translation>%1 (Redis)</translation>
    </message>
    <message>
        <source>the load generator drives one Redis server without TLS only.</source>
        <translation>generátor zátěže umí jen jeden server Redis bez TLS.</translation>
    </message>
    <message>
        <source>Connecting to %1: Redis %2...</source>
        <translation>Připojování k %1: Redis %2...</translation>
    </message>
    <message>
        <source>Redis %1 (%2) · %3 sessions%4 · %5 commands/s · %6 MiB used</source>
        <translation>Redis %1 (%2) · relací: %3%4 · %5 příkazů/s · použito %6 MiB</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (odhad)</translation>
    </message>
    <message>
        <source>Open a web.config whose &lt;sessionState&gt; sets a stateConnectionString or uses RedisSessionStateProvider first.</source>
        <translation>Nejprve otevřete web.config, jehož &lt;sessionState&gt; nastavuje stateConnectionString nebo používá RedisSessionStateProvider.</translation>
    </message>
    <message>
        <source>From web.config (Redis %1)</source>
        <translation>Z web.config (Redis %1)</translation>
    </message>
</context>
<context>
    <name>sd::ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Profil připojení</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>file with the admin token (sessionstated prints its path)</source>
        <translation>soubor s administračním tokenem (sessionstated vypíše jeho cestu)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procházet...</translation>
    </message>
    <message>
        <source>Admin token file</source>
        <translation>Soubor s administračním tokenem</translation>
    </message>
    <message>
        <source>Read-only: monitor only (no abandon, reset, load or write test)</source>
        <translation>Jen pro čtení: pouze sledování (bez ukončování relací, resetu časového limitu, zátěže a testu zápisu)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Ná&amp;zev:</translation>
    </message>
    <message>
        <source>&amp;stateConnectionString:</source>
        <translation>&amp;stateConnectionString:</translation>
    </message>
    <message>
        <source>state&amp;NetworkTimeout:</source>
        <translation>state&amp;NetworkTimeout:</translation>
    </message>
    <message>
        <source>&amp;Admin API URL:</source>
        <translation>URL &amp;administračního API:</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>Soubor s &amp;tokenem:</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Profil musí mít název.</translation>
    </message>
    <message>
        <source>stateConnectionString: %1</source>
        <translation>stateConnectionString: %1</translation>
    </message>
    <message>
        <source>No admin API (Windows ASP.NET State Service, or sessionstated --no-admin)</source>
        <translation>Bez administračního API (Windows ASP.NET State Service nebo sessionstated --no-admin)</translation>
    </message>
    <message>
        <source>The monitor then watches the server through the State Service protocol only: availability, round-trip latency, connection failures and X-AspNet-Version; sessions can only be looked up by id.</source>
        <translation>Monitor pak sleduje server jen přes protokol State Service: dostupnost, dobu odezvy, selhání spojení a X-AspNet-Version; relace lze jen vyhledat podle id.</translation>
    </message>
    <message>
        <source>The token and the Redis password are never stored in the settings: only the path of the file that holds them (a Redis password typed here is kept in memory until SessionDesk quits).</source>
        <translation>Token a heslo k Redis se v nastavení nikdy neukládají: jen cesta k souboru, který je obsahuje (heslo k Redis zadané zde zůstane v paměti, dokud SessionDesk neskončí).</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>State server (stateConnectionString)</source>
        <translation>Stavový server (stateConnectionString)</translation>
    </message>
    <message>
        <source>Redis (RedisSessionStateProvider)</source>
        <translation>Redis (RedisSessionStateProvider)</translation>
    </message>
    <message>
        <source>Store &amp;URL:</source>
        <translation>&amp;URL úložiště:</translation>
    </message>
    <message>
        <source>Password &amp;file:</source>
        <translation>&amp;Soubor s heslem:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Heslo:</translation>
    </message>
    <message>
        <source>redis://HOST:PORT/DB, rediss:// (TLS), redis-sentinel://HOST:PORT/MASTER or redis-cluster://HOST:PORT,HOST:PORT; a password typed here is moved to the password field</source>
        <translation>redis://HOST:PORT/DB, rediss:// (TLS), redis-sentinel://HOST:PORT/MASTER nebo redis-cluster://HOST:PORT,HOST:PORT; heslo zadané zde se přesune do pole pro heslo</translation>
    </message>
    <message>
        <source>file with the Redis password (first line)</source>
        <translation>soubor s heslem k Redis (první řádek)</translation>
    </message>
    <message>
        <source>kept in memory only, never saved</source>
        <translation>jen v paměti, nikdy se neukládá</translation>
    </message>
    <message>
        <source>Store URL: %1</source>
        <translation>URL úložiště: %1</translation>
    </message>
</context>
<context>
    <name>sd::Schema</name>
    <message>
        <source>Where session state is kept</source>
        <translation>Kde se ukládá stav relací</translation>
    </message>
    <message>
        <source>State server address, tcpip=host:port (StateServer mode)</source>
        <translation>Adresa stavového serveru, tcpip=hostitel:port (režim StateServer)</translation>
    </message>
    <message>
        <source>Seconds a state server request may take (StateServer mode)</source>
        <translation>Počet sekund pro požadavek na stavový server (režim StateServer)</translation>
    </message>
    <message>
        <source>SQL Server connection string (SQLServer mode)</source>
        <translation>Připojovací řetězec SQL Serveru (režim SQLServer)</translation>
    </message>
    <message>
        <source>Seconds a SQL command may take (SQLServer mode)</source>
        <translation>Počet sekund pro příkaz SQL (režim SQLServer)</translation>
    </message>
    <message>
        <source>Seconds between SQL connection retries (SQLServer mode)</source>
        <translation>Sekundy mezi pokusy o připojení k SQL (režim SQLServer)</translation>
    </message>
    <message>
        <source>Allow a database other than ASPState (Initial Catalog)</source>
        <translation>Povolit jinou databázi než ASPState (Initial Catalog)</translation>
    </message>
    <message>
        <source>Name of the provider in &lt;providers&gt; (Custom mode)</source>
        <translation>Název poskytovatele v &lt;providers&gt; (režim Custom)</translation>
    </message>
    <message>
        <source>How the session id travels: cookie or URL</source>
        <translation>Jak se přenáší ID relace: cookie nebo URL</translation>
    </message>
    <message>
        <source>Name of the session cookie</source>
        <translation>Název souboru cookie relace</translation>
    </message>
    <message>
        <source>SameSite attribute of the session cookie (.NET 4.7.2+)</source>
        <translation>Atribut SameSite souboru cookie relace (.NET 4.7.2+)</translation>
    </message>
    <message>
        <source>Minutes a session lives without a request</source>
        <translation>Počet minut, po které relace žije bez požadavku</translation>
    </message>
    <message>
        <source>Issue a new id when a client sends an expired one</source>
        <translation>Vydat nové ID, když klient pošle prošlé</translation>
    </message>
    <message>
        <source>Use the process identity, not the impersonated user, for the store</source>
        <translation>Pro úložiště použít identitu procesu, ne zosobněného uživatele</translation>
    </message>
    <message>
        <source>Compress session data (DEFLATE) in out-of-process modes</source>
        <translation>Komprimovat data relací (DEFLATE) v režimech mimo proces</translation>
    </message>
    <message>
        <source>IPartitionResolver type that spreads sessions over servers</source>
        <translation>Typ IPartitionResolver, který rozděluje relace mezi servery</translation>
    </message>
    <message>
        <source>ISessionIDManager type that replaces the default id format</source>
        <translation>Typ ISessionIDManager, který nahrazuje výchozí formát ID</translation>
    </message>
    <message>
        <source>Validation (MAC) algorithm</source>
        <translation>Ověřovací (MAC) algoritmus</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>Šifrovací algoritmus</translation>
    </message>
    <message>
        <source>Validation key: hex, or AutoGenerate with modifiers</source>
        <translation>Ověřovací klíč: hexadecimálně, nebo AutoGenerate s modifikátory</translation>
    </message>
    <message>
        <source>Decryption key: hex, or AutoGenerate with modifiers</source>
        <translation>Dešifrovací klíč: hexadecimálně, nebo AutoGenerate s modifikátory</translation>
    </message>
    <message>
        <source>Cryptography generation (Framework45 uses SP800-108 key derivation)</source>
        <translation>Generace kryptografie (Framework45 odvozuje klíče podle SP800-108)</translation>
    </message>
    <message>
        <source>Application name used by IsolateApps key derivation</source>
        <translation>Název aplikace pro odvození klíčů IsolateApps</translation>
    </message>
    <message>
        <source>Custom DataProtector type (Framework45 only)</source>
        <translation>Vlastní typ DataProtector (jen Framework45)</translation>
    </message>
</context>
<context>
    <name>sd::SectionForm</name>
    <message>
        <source>Session state mode:</source>
        <translation>Režim stavu relací:</translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation>Připojovací řetězec:</translation>
    </message>
    <message>
        <source>Time-out (seconds):</source>
        <translation>Časový limit (sekundy):</translation>
    </message>
    <message>
        <source>Retry interval (seconds):</source>
        <translation>Interval opakování (sekundy):</translation>
    </message>
    <message>
        <source>Enable custom database:</source>
        <translation>Povolit vlastní databázi:</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Poskytovatel:</translation>
    </message>
    <message>
        <source>Cookie mode:</source>
        <translation>Režim cookie:</translation>
    </message>
    <message>
        <source>Cookie name:</source>
        <translation>Název cookie:</translation>
    </message>
    <message>
        <source>SameSite:</source>
        <translation>SameSite:</translation>
    </message>
    <message>
        <source>Time-out (minutes):</source>
        <translation>Časový limit (minuty):</translation>
    </message>
    <message>
        <source>Regenerate expired session ID:</source>
        <translation>Znovu generovat prošlé ID relace:</translation>
    </message>
    <message>
        <source>Use hosting identity:</source>
        <translation>Použít identitu hostitele:</translation>
    </message>
    <message>
        <source>Compress session data:</source>
        <translation>Komprimovat data relací:</translation>
    </message>
    <message>
        <source>Partition resolver type:</source>
        <translation>Typ rozdělovače oddílů:</translation>
    </message>
    <message>
        <source>Session ID manager type:</source>
        <translation>Typ správce ID relací:</translation>
    </message>
    <message>
        <source>Validation method:</source>
        <translation>Metoda ověření:</translation>
    </message>
    <message>
        <source>Encryption method:</source>
        <translation>Metoda šifrování:</translation>
    </message>
    <message>
        <source>Validation key:</source>
        <translation>Ověřovací klíč:</translation>
    </message>
    <message>
        <source>Decryption key:</source>
        <translation>Dešifrovací klíč:</translation>
    </message>
    <message>
        <source>Compatibility mode:</source>
        <translation>Režim kompatibility:</translation>
    </message>
    <message>
        <source>Application name:</source>
        <translation>Název aplikace:</translation>
    </message>
    <message>
        <source>Data protector type:</source>
        <translation>Typ ochrany dat:</translation>
    </message>
    <message>
        <source>State server</source>
        <translation>Stavový server</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>Custom provider</source>
        <translation>Vlastní poskytovatel</translation>
    </message>
    <message>
        <source>Cookie settings</source>
        <translation>Nastavení cookie</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Pokročilé</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algoritmy</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klíče</translation>
    </message>
    <message>
        <source>Key options</source>
        <translation>Volby klíčů</translation>
    </message>
    <message>
        <source>Automatically generate at runtime</source>
        <translation>Automaticky generovat za běhu</translation>
    </message>
    <message>
        <source>Generate a unique key for each application</source>
        <translation>Generovat jedinečný klíč pro každou aplikaci</translation>
    </message>
    <message>
        <source>Generate %1 at runtime</source>
        <translation>Generovat %1 za běhu</translation>
    </message>
    <message>
        <source>Set an explicit %1</source>
        <translation>Nastavit explicitní %1</translation>
    </message>
    <message>
        <source>Show keys</source>
        <translation>Zobrazit klíče</translation>
    </message>
    <message>
        <source>&amp;Generate Keys</source>
        <translation>&amp;Generovat klíče</translation>
    </message>
    <message>
        <source>&amp;Copy XML</source>
        <translation>&amp;Kopírovat XML</translation>
    </message>
    <message>
        <source>In a web farm every server needs the same validation and decryption keys.</source>
        <translation>Ve webové farmě potřebuje každý server stejný ověřovací a dešifrovací klíč.</translation>
    </message>
    <message>
        <source>Generate Keys</source>
        <translation>Generovat klíče</translation>
    </message>
    <message>
        <source>Copied the &lt;machineKey&gt; element to the clipboard.</source>
        <translation>Element &lt;machineKey&gt; byl zkopírován do schránky.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádná)</translation>
    </message>
    <message>
        <source>inherited: %1</source>
        <translation>zděděno: %1</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>výchozí: %1</translation>
    </message>
    <message>
        <source>(inherited: %1)</source>
        <translation>(zděděno: %1)</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>(výchozí: %1)</translation>
    </message>
    <message>
        <source>This section is kept in %1 and is shown read-only.</source>
        <translation>Tato sekce je uložena v %1 a zobrazuje se jen pro čtení.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not in this level: the values shown are in force. Changing one adds the element.</source>
        <translation>&lt;%1&gt; na této úrovni není: zobrazují se platné hodnoty. Změna kterékoli z nich element přidá.</translation>
    </message>
    <message>
        <source>&lt;%1&gt; at line %2.</source>
        <translation>&lt;%1&gt; na řádku %2.</translation>
    </message>
    <message>
        <source>(encrypted: value unknown)</source>
        <translation>(zašifrováno: hodnota neznámá)</translation>
    </message>
    <message>
        <source>This section is encrypted with %1: its values are unknown here and it is shown read-only. To read it, decrypt it on the server: aspnet_regiis -pdf &quot;system.web/%2&quot; &lt;site folder&gt;.</source>
        <translation>Tato sekce je zašifrována pomocí %1: její hodnoty zde nejsou známy a zobrazuje se jen pro čtení. Chcete-li ji přečíst, dešifrujte ji na serveru: aspnet_regiis -pdf &quot;system.web/%2&quot; &lt;složka webu&gt;.</translation>
    </message>
    <message>
        <source>protected configuration</source>
        <translation>chráněná konfigurace</translation>
    </message>
    <message>
        <source>Declared providers</source>
        <translation>Deklarovaní poskytovatelé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Název</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Nastavení</translation>
    </message>
    <message>
        <source>Declared providers:</source>
        <translation>Deklarovaní poskytovatelé:</translation>
    </message>
    <message>
        <source> (&lt;connectionStrings&gt; entry: %1)</source>
        <translation> (položka &lt;connectionStrings&gt;: %1)</translation>
    </message>
    <message>
        <source>&lt;add&gt; at line %1</source>
        <translation>&lt;add&gt; na řádku %1</translation>
    </message>
    <message>
        <source>No &lt;providers&gt; are declared here: Custom mode needs an &lt;add name=... type=...&gt; under &lt;sessionState&gt;&lt;providers&gt;.</source>
        <translation>Nejsou zde deklarováni žádní &lt;providers&gt;: režim Custom potřebuje &lt;add name=... type=...&gt; v &lt;sessionState&gt;&lt;providers&gt;.</translation>
    </message>
    <message>
        <source>Secrets (accessKey, passwords) follow Show keys on the Machine Key page.</source>
        <translation>Tajné údaje (accessKey, hesla) se řídí volbou Zobrazit klíče na stránce Klíč počítače.</translation>
    </message>
</context>
<context>
    <name>sd::ServerSnapshot</name>
    <message>
        <source>the variable %1 in %2 is not known; copy the folder it names into the snapshot by hand</source>
        <translation>proměnná %1 v %2 není známa; zkopírujte složku, kterou označuje, do snímku ručně</translation>
    </message>
    <message>
        <source>%1 is not an absolute Windows path</source>
        <translation>%1 není absolutní cesta Windows</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); its settings are left out</source>
        <translation>%1 nelze přečíst (%2); jeho nastavení jsou vynechána</translation>
    </message>
    <message>
        <source>%1 is not in the snapshot; its settings are left out (ASP.NET defaults assumed)</source>
        <translation>%1 není ve snímku; jeho nastavení jsou vynechána (předpokládají se výchozí hodnoty ASP.NET)</translation>
    </message>
    <message>
        <source>only applicationHost.config was opened: machine.config, the root web.config and the sites&apos; web.config files are not read, so their settings show as ASP.NET defaults; open a snapshot folder (docs/doctor.md) to see them</source>
        <translation>byl otevřen jen applicationHost.config: machine.config, kořenový web.config ani soubory web.config webů se nečtou, takže jejich nastavení se zobrazují jako výchozí hodnoty ASP.NET; chcete-li je vidět, otevřete složku snímku (docs/doctor.md)</translation>
    </message>
    <message>
        <source>a web.config alone: no application pool, site ID or machine-wide settings are known</source>
        <translation>samotný web.config: není známý žádný fond aplikací, ID webu ani nastavení celého počítače</translation>
    </message>
    <message>
        <source>shared configuration is on: the server reads applicationHost.config from %1; copy that file into the snapshot in its place</source>
        <translation>sdílená konfigurace je zapnutá: server čte applicationHost.config z %1; zkopírujte tento soubor do snímku na jeho místo</translation>
    </message>
    <message>
        <source>%1 is not in the snapshot: no application pools, sites or applications are known</source>
        <translation>%1 není ve snímku: nejsou známy žádné fondy aplikací, weby ani aplikace</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 nelze přečíst (%2)</translation>
    </message>
    <message>
        <source>the application pool &quot;%1&quot; of %2%3 is not defined</source>
        <translation>fond aplikací „%1“ aplikace %2%3 není definován</translation>
    </message>
    <message>
        <source>%1%2 has no root virtual directory, so its web.config is not known</source>
        <translation>%1%2 nemá kořenový virtuální adresář, takže jeho web.config není znám</translation>
    </message>
</context>
<context>
    <name>sd::SessionBrowser</name>
    <message>
        <source>Application:</source>
        <translation>Aplikace:</translation>
    </message>
    <message>
        <source>all applications</source>
        <translation>všechny aplikace</translation>
    </message>
    <message>
        <source>Session ID starts with:</source>
        <translation>ID relace začíná na:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrovat</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>Načíst další</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Obnovit</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>Automaticky obnovovat</translation>
    </message>
    <message>
        <source>Reloads the first page every 5 seconds; pauses while more than one page is loaded or a session is selected, so the list does not move while you read it.</source>
        <translation>Každých 5 sekund znovu načte první stránku; pozastaví se, když je načteno více stránek nebo je vybrána relace, aby se seznam při čtení nehýbal.</translation>
    </message>
    <message>
        <source>Select a session to see its items.</source>
        <translation>Vyberte relaci, chcete-li zobrazit její položky.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klíč</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bajty</translation>
    </message>
    <message>
        <source>Abandon...</source>
        <translation>Ukončit...</translation>
    </message>
    <message>
        <source>Reset timeout</source>
        <translation>Resetovat časový limit</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>Kopírovat ID</translation>
    </message>
    <message>
        <source>Abandon all matching...</source>
        <translation>Ukončit všechny odpovídající...</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nepřipojeno.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Chyba: %1</translation>
    </message>
    <message>
        <source>Loading the first page...</source>
        <translation>Načítá se první stránka...</translation>
    </message>
    <message>
        <source>%1 of %2 sessions loaded</source>
        <translation>Načteno relací: %1 z %2</translation>
    </message>
    <message>
        <source> (loading...)</source>
        <translation> (načítání...)</translation>
    </message>
    <message>
        <source>— the cap of %1 rows is reached: narrow the filter to see the others.</source>
        <translation>— byl dosažen limit %1 řádků: pro zobrazení ostatních zužte filtr.</translation>
    </message>
    <message>
        <source>(auto-refresh paused while more than one page is loaded)</source>
        <translation>(automatické obnovování je pozastaveno, dokud je načteno více stránek)</translation>
    </message>
    <message>
        <source>(auto-refresh paused while a session is selected; Refresh reloads)</source>
        <translation>(automatické obnovování je pozastaveno, dokud je vybrána relace; znovu načte tlačítko Obnovit)</translation>
    </message>
    <message>
        <source>The profile is read-only.</source>
        <translation>Profil je jen pro čtení.</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>Načítá se %1...</translation>
    </message>
    <message>
        <source>This session is gone (expired or abandoned).</source>
        <translation>Tato relace již neexistuje (vypršela nebo byla ukončena).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2&lt;br&gt;created %3, last access %4, expires %5 (timeout %6 min), %7 bytes%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; v %2&lt;br&gt;vytvořeno %3, poslední přístup %4, vyprší %5 (časový limit %6 min), bajtů: %7%8</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>, komprimováno</translation>
    </message>
    <message>
        <source>&lt;br&gt;locked for %1 s (lock cookie %2)</source>
        <translation>&lt;br&gt;zamčeno %1 s (cookie zámku %2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;The items cannot be decoded: %1</source>
        <translation>&lt;br&gt;Položky nelze dekódovat: %1</translation>
    </message>
    <message>
        <source>[opaque BinaryFormatter data]</source>
        <translation>[neprůhledná data BinaryFormatter]</translation>
    </message>
    <message>
        <source>[opaque %1]</source>
        <translation>[neprůhledný %1]</translation>
    </message>
    <message>
        <source>(null key)</source>
        <translation>(klíč null)</translation>
    </message>
    <message>
        <source>Abandon session</source>
        <translation>Ukončit relaci</translation>
    </message>
    <message>
        <source>Abandon session %1?

Its data is deleted now, as Session.Abandon() would; a lock held by a running request is overridden, and Session_End is raised.</source>
        <translation>Ukončit relaci %1?

Její data se hned smažou, stejně jako by to udělalo Session.Abandon(); zámek držený běžícím požadavkem se zruší a vyvolá se Session_End.</translation>
    </message>
    <message>
        <source>ALL %1 sessions on this server (no filter is set)</source>
        <translation>VŠECHNY relace na tomto serveru, celkem %1 (není nastaven žádný filtr)</translation>
    </message>
    <message>
        <source>%1 sessions matching application &quot;%2&quot; and id prefix &quot;%3&quot;</source>
        <translation>relace odpovídající aplikaci &quot;%2&quot; a předponě ID &quot;%3&quot;, celkem %1</translation>
    </message>
    <message>
        <source>Abandon all matching</source>
        <translation>Ukončit všechny odpovídající</translation>
    </message>
    <message>
        <source>Abandoning sessions...</source>
        <translation>Ukončují se relace...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zastavit</translation>
    </message>
    <message>
        <source>%1 sessions abandoned, %2 could not be (already gone or refused).</source>
        <translation>Ukončené relace: %1; nelze ukončit: %2 (již neexistují nebo byly odmítnuty).</translation>
    </message>
    <message>
        <source>BinaryFormatter data of class &lt;b&gt;%1&lt;/b&gt;%2, %3 bytes: shown as hex, never deserialised</source>
        <translation>Data BinaryFormatter třídy &lt;b&gt;%1&lt;/b&gt;%2, %3 bajtů: zobrazena šestnáctkově, nikdy se nedeserializují</translation>
    </message>
    <message>
        <source> (assembly %1)</source>
        <translation> (sestavení %1)</translation>
    </message>
    <message>
        <source>%1 data without a readable class name, %2 bytes: shown as hex</source>
        <translation>Data %1 bez čitelného názvu třídy, %2 bajtů: zobrazena šestnáctkově</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 bajtů</translation>
    </message>
    <message>
        <source>... %1 more bytes not shown (the server sends the first %2).</source>
        <translation>... dalších %1 bajtů se nezobrazuje (server posílá prvních %2).</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID relace</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... a dalších %1</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Kopírovat hodnotu</translation>
    </message>
    <message>
        <source>Copies what the open tab shows: the text or the hex dump.</source>
        <translation>Zkopíruje to, co ukazuje otevřená karta: text, nebo šestnáctkový výpis.</translation>
    </message>
    <message>
        <source>Copied the hex dump of item %1.</source>
        <translation>Šestnáctkový výpis položky %1 zkopírován.</translation>
    </message>
    <message>
        <source>Copied the value of item %1.</source>
        <translation>Hodnota položky %1 zkopírována.</translation>
    </message>
    <message>
        <source>Select an item to see its whole value.</source>
        <translation>Vyberte položku, chcete-li zobrazit celou její hodnotu.</translation>
    </message>
    <message>
        <source>Copied the session ID %1.</source>
        <translation>ID relace %1 zkopírováno.</translation>
    </message>
    <message>
        <source>Copied %1 session IDs, one a line.</source>
        <translation>Zkopírováno ID relací: %1, jedno na řádek.</translation>
    </message>
    <message>
        <source>Their data is deleted now, as Session.Abandon() would; a lock held by a running request is overridden, and Session_End is raised.</source>
        <translation>Jejich data se hned smažou, stejně jako by to udělalo Session.Abandon(); zámek držený běžícím požadavkem se přepíše a vyvolá se Session_End.</translation>
    </message>
    <message>
        <source>Abandon these %1 sessions?</source>
        <translation>Ukončit tyto relace (%1)?</translation>
    </message>
    <message>
        <source>Session %1 abandoned.</source>
        <translation>Relace %1 ukončena.</translation>
    </message>
    <message>
        <source>%1 sessions abandoned.</source>
        <translation>Ukončené relace: %1.</translation>
    </message>
    <message>
        <source>%1 sessions abandoned, %2 not: %3</source>
        <translation>Ukončené relace: %1, neukončené: %2: %3</translation>
    </message>
    <message>
        <source>Reset timeout: %1 of %2 sessions failed: %3</source>
        <translation>Resetování časového limitu: selhalo u %1 z %2 relací: %3</translation>
    </message>
    <message>
        <source>Timeout of session %1 reset: it expires %2 minutes from now.</source>
        <translation>Časový limit relace %1 resetován: vyprší za %2 minut.</translation>
    </message>
    <message>
        <source>Timeout of %1 sessions reset.</source>
        <translation>Časový limit resetován u relací: %1.</translation>
    </message>
    <message>
        <source>Abandon %1?</source>
        <translation>Ukončit %1?</translation>
    </message>
    <message>
        <source>The first of them:</source>
        <translation>První z nich:</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>Relace je zamčená</translation>
    </message>
    <message numerus="yes">
        <source>A request holds the lock of %n session(s) (%1). Abandoning now deletes the data under that request, which may write it back when it ends.

Force?</source>
        <translation>
            <numerusform>Požadavek drží zámek %n relace (%1). Opuštění teď smaže data pod tímto požadavkem, který je po skončení může zapsat zpět.

Vynutit?</numerusform>
            <numerusform>Požadavek drží zámek %n relací (%1). Opuštění teď smaže data pod tímto požadavkem, který je po skončení může zapsat zpět.

Vynutit?</numerusform>
            <numerusform>Požadavek drží zámek %n relací (%1). Opuštění teď smaže data pod tímto požadavkem, který je po skončení může zapsat zpět.

Vynutit?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked session(s) not abandoned.</source>
        <translation>
            <numerusform>%n zamčená relace nebyla opuštěna.</numerusform>
            <numerusform>%n zamčené relace nebyly opuštěny.</numerusform>
            <numerusform>%n zamčených relací nebylo opuštěno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked session(s) abandoned (forced).</source>
        <translation>
            <numerusform>%n zamčená relace byla opuštěna (vynuceně).</numerusform>
            <numerusform>%n zamčené relace byly opuštěny (vynuceně).</numerusform>
            <numerusform>%n zamčených relací bylo opuštěno (vynuceně).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::SessionListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>locked %1 s</source>
        <translation>zamčeno %1 s</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplikace</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>ID relace</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>Poslední přístup</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vyprší</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Časový limit</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Položky</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zámek</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vypršela</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Zbývá</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bajty</translation>
    </message>
</context>
<context>
    <name>sd::SessionLookup</name>
    <message>
        <source>&lt;b&gt;This server has no admin API.&lt;/b&gt; The Windows ASP.NET State Service (aspnet_state) cannot list sessions: its protocol only reads, writes and removes one session whose id is known. Look one up by application and id (a GET, as a page reading the session does: it slides the expiration).</source>
        <translation>&lt;b&gt;Tento server nemá administrační API.&lt;/b&gt; Windows ASP.NET State Service (aspnet_state) neumí vypsat relace: jeho protokol jen čte, zapisuje a odstraňuje jednu relaci se známým id. Vyhledejte ji podle aplikace a id (GET, jako když stránka čte relaci: posune vypršení).</translation>
    </message>
    <message>
        <source>The application&apos;s appDomainAppId (IIS metabase path), as the state server key starts with it.</source>
        <translation>appDomainAppId aplikace (cesta v metabázi IIS), protože jím začíná klíč na stavovém serveru.</translation>
    </message>
    <message>
        <source>24-character session id (ASP.NET_SessionId cookie)</source>
        <translation>24znakové id relace (cookie ASP.NET_SessionId)</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Vyhledat</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Aplikace:</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>&amp;Id relace:</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klíč</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Hodnota</translation>
    </message>
    <message>
        <source>Give the application (e.g. /LM/W3SVC/1/ROOT) and a session id of at most %1 characters.</source>
        <translation>Zadejte aplikaci (např. /LM/W3SVC/1/ROOT) a id relace o nejvýše %1 znacích.</translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation>Vyhledávám %1...</translation>
    </message>
    <message>
        <source> (X-AspNet-Version %1)</source>
        <translation> (X-AspNet-Version %1)</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Žádná odpověď: %1</translation>
    </message>
    <message>
        <source>404: no session %1 in %2 (never created, expired or abandoned)%3.</source>
        <translation>404: relace %1 v %2 není (nikdy nevznikla, vypršela nebo byla opuštěna)%3.</translation>
    </message>
    <message>
        <source>423: session %1 is locked by a request for %2 s (lock cookie %3)%4.</source>
        <translation>423: relace %1 je zamčena požadavkem již %2 s (lock cookie %3)%4.</translation>
    </message>
    <message>
        <source>The server answered %1 for session %2%3.</source>
        <translation>Server na relaci %2 odpověděl %1%3.</translation>
    </message>
    <message>
        <source>200: session %1 exists but holds no data yet (an uninitialized item)%2.</source>
        <translation>200: relace %1 existuje, ale zatím nemá data (neinicializovaná položka)%2.</translation>
    </message>
    <message>
        <source>200: session %1, timeout %2 min, %3 bytes%4.</source>
        <translation>200: relace %1, timeout %2 min, %3 bajtů%4.</translation>
    </message>
    <message>
        <source>The items cannot be decoded: %1</source>
        <translation>Položky nelze dekódovat: %1</translation>
    </message>
    <message>
        <source>(cannot be decoded)</source>
        <translation>(nelze dekódovat)</translation>
    </message>
</context>
<context>
    <name>sd::TokenResultModel</name>
    <message>
        <source>Valid</source>
        <translation>Platný</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Neplatný</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>Nechráněný</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Poškozený</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>nechráněný</translation>
    </message>
    <message>
        <source>legacy MAC</source>
        <translation>starší MAC</translation>
    </message>
    <message>
        <source>legacy encrypted</source>
        <translation>starší šifrovaný</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidát</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Režim</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Ověřování</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>Šifrování</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Zveřejněný</translation>
    </message>
</context>
<context>
    <name>sd::TokensPage</name>
    <message>
        <source>ViewState</source>
        <translation>ViewState</translation>
    </message>
    <message>
        <source>Forms ticket</source>
        <translation>Lístek Forms</translation>
    </message>
    <message>
        <source>Resource token</source>
        <translation>Token prostředku</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… a ještě %n bajt</numerusform>
            <numerusform>… a ještě %n bajty</numerusform>
            <numerusform>… a ještě %n bajtů</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 local time (%2 UTC)</source>
        <translation>%1 místního času (%2 UTC)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>žádný</translation>
    </message>
    <message>
        <source>Token, HTML &amp;page or Cookie header:</source>
        <translation>Token, HTML &amp;stránka nebo hlavička Cookie:</translation>
    </message>
    <message>
        <source>Paste a __VIEWSTATE value or a .ASPXAUTH cookie, the HTML of a page (its __VIEWSTATE and __VIEWSTATEGENERATOR are picked out), or a Cookie header (its .ASPXAUTH is picked out).</source>
        <translation>Vložte hodnotu __VIEWSTATE nebo cookie .ASPXAUTH, HTML stránky (vybere se z něj __VIEWSTATE a __VIEWSTATEGENERATOR) nebo hlavičku Cookie (vybere se z ní .ASPXAUTH).</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automaticky</translation>
    </message>
    <message>
        <source>Resource (WebResource.axd / ScriptResource.axd d=)</source>
        <translation>Prostředek (d= z WebResource.axd / ScriptResource.axd)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Druh:</translation>
    </message>
    <message>
        <source>Page &amp;URL:</source>
        <translation>&amp;URL stránky:</translation>
    </message>
    <message>
        <source>Applicatio&amp;n path:</source>
        <translation>Cesta &amp;aplikace:</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>&amp;ID aplikace:</translation>
    </message>
    <message>
        <source>__VIEWSTATE&amp;GENERATOR:</source>
        <translation>__VIEWSTATE&amp;GENERATOR:</translation>
    </message>
    <message>
        <source>ViewStateUserKe&amp;y:</source>
        <translation>ViewStateUserKe&amp;y:</translation>
    </message>
    <message>
        <source>http://server/app/page.aspx (Framework45 ViewState, generator)</source>
        <translation>http://server/app/page.aspx (ViewState Framework45, generátor)</translation>
    </message>
    <message>
        <source>/ or /app</source>
        <translation>/ nebo /app</translation>
    </message>
    <message>
        <source>optional: /LM/W3SVC/1/ROOT/app, for IsolateByAppId</source>
        <translation>volitelné: /LM/W3SVC/1/ROOT/app, pro IsolateByAppId</translation>
    </message>
    <message>
        <source>optional: 8 hex digits; else from the page or the URL</source>
        <translation>volitelné: 8 šestnáctkových číslic; jinak ze stránky nebo z URL</translation>
    </message>
    <message>
        <source>optional: Page.ViewStateUserKey</source>
        <translation>volitelné: Page.ViewStateUserKey</translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>&amp;Ověřit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Zrušit</translation>
    </message>
    <message>
        <source>Candidate keys (checked ones are tried):</source>
        <translation>Kandidátní klíče (zkoušejí se zaškrtnuté):</translation>
    </message>
    <message>
        <source>&amp;Add key...</source>
        <translation>&amp;Přidat klíč...</translation>
    </message>
    <message>
        <source>Type a validation and decryption key; kept in memory only, never saved</source>
        <translation>Zadejte ověřovací a šifrovací klíč; drží se jen v paměti, nikdy se neukládá</translation>
    </message>
    <message>
        <source>Add key list...</source>
        <translation>Přidat seznam klíčů...</translation>
    </message>
    <message>
        <source>A text file with one validationKey,decryptionKey[,validation[,decryption]] per line</source>
        <translation>Textový soubor s jedním validationKey,decryptionKey[,validation[,decryption]] na řádek</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Odeb&amp;rat</translation>
    </message>
    <message>
        <source>Select a result to see its details.</source>
        <translation>Vyberte výsledek, zobrazí se jeho podrobnosti.</translation>
    </message>
    <message>
        <source>Paste a token to check which candidate key made it.</source>
        <translation>Vložte token a zjistěte, který kandidátní klíč ho vytvořil.</translation>
    </message>
    <message>
        <source>No token found: no __VIEWSTATE field in the page, no .ASPXAUTH cookie in the header.</source>
        <translation>Token nenalezen: stránka nemá pole __VIEWSTATE, hlavička nemá cookie .ASPXAUTH.</translation>
    </message>
    <message>
        <source>%1 from an HTML page, generator %2</source>
        <translation>%1 z HTML stránky, generátor %2</translation>
    </message>
    <message>
        <source>%1 from an HTML page, without __VIEWSTATEGENERATOR</source>
        <translation>%1 z HTML stránky, bez __VIEWSTATEGENERATOR</translation>
    </message>
    <message>
        <source>%1 from a Cookie header (.ASPXAUTH)</source>
        <translation>%1 z hlavičky Cookie (.ASPXAUTH)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n znak</numerusform>
            <numerusform>%1, %n znaky</numerusform>
            <numerusform>%1, %n znaků</numerusform>
        </translation>
    </message>
    <message>
        <source>(generator %1 as typed)</source>
        <translation>(generátor %1 podle zadání)</translation>
    </message>
    <message>
        <source>__VIEWSTATEGENERATOR takes up to 8 hex digits.</source>
        <translation>__VIEWSTATEGENERATOR má nejvýše 8 šestnáctkových číslic.</translation>
    </message>
    <message>
        <source>Typed key %1 (%2)</source>
        <translation>Zadaný klíč %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nelze číst %1: %2</translation>
    </message>
    <message>
        <source>%1 holds key hashes (Microsoft&apos;s MachineKeys.csv), not keys: set it as the disclosed-key list in Edit &gt; Preferences.</source>
        <translation>%1 obsahuje haše klíčů (MachineKeys.csv od Microsoftu), ne klíče: nastavte ho jako seznam zveřejněných klíčů v Úpravy &gt; Předvolby.</translation>
    </message>
    <message>
        <source>%1 holds no key: expected lines of validationKey,decryptionKey[,validation[,decryption]].</source>
        <translation>%1 neobsahuje žádný klíč: očekávají se řádky validationKey,decryptionKey[,validation[,decryption]].</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n key(s))</source>
        <translation>
            <numerusform>%1 (%n klíč)</numerusform>
            <numerusform>%1 (%n klíče)</numerusform>
            <numerusform>%1 (%n klíčů)</numerusform>
        </translation>
    </message>
    <message>
        <source>The &lt;machineKey&gt; of the open web.config (application level)</source>
        <translation>&lt;machineKey&gt; otevřeného web.config (úroveň aplikace)</translation>
    </message>
    <message>
        <source>The &lt;machineKey&gt; in force for this application of a server snapshot open in the Doctor</source>
        <translation>Platný &lt;machineKey&gt; této aplikace ze snímku serveru otevřeného v Doktorovi</translation>
    </message>
    <message>
        <source>Typed in: kept in memory only, never saved</source>
        <translation>Zadaný ručně: drží se jen v paměti, nikdy se neukládá</translation>
    </message>
    <message numerus="yes">
        <source>Key list file: %n key(s), each tried</source>
        <translation>
            <numerusform>Soubor se seznamem klíčů: %n klíč, zkouší se každý</numerusform>
            <numerusform>Soubor se seznamem klíčů: %n klíče, zkouší se každý</numerusform>
            <numerusform>Soubor se seznamem klíčů: %n klíčů, zkouší se každý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of key hashes skipped: a hash list belongs in Edit &gt; Preferences</source>
        <translation>
            <numerusform>Přeskočen %n řádek s haši klíčů: seznam hašů patří do Úpravy &gt; Předvolby</numerusform>
            <numerusform>Přeskočeny %n řádky s haši klíčů: seznam hašů patří do Úpravy &gt; Předvolby</numerusform>
            <numerusform>Přeskočeno %n řádků s haši klíčů: seznam hašů patří do Úpravy &gt; Předvolby</numerusform>
        </translation>
    </message>
    <message>
        <source>any</source>
        <translation>libovolný</translation>
    </message>
    <message>
        <source>Validation: %1; decryption: %2; mode: %3</source>
        <translation>Ověřování: %1; šifrování: %2; režim: %3</translation>
    </message>
    <message>
        <source>legacy (Framework20SP1/SP2)</source>
        <translation>starší (Framework20SP1/SP2)</translation>
    </message>
    <message>
        <source>Key fingerprints (SHA-256, first 8 hex digits): validation %1, decryption %2</source>
        <translation>Otisky klíčů (SHA-256, prvních 8 šestnáctkových číslic): ověřovací %1, šifrovací %2</translation>
    </message>
    <message>
        <source>No candidate key: open a web.config or a server snapshot, or add keys.</source>
        <translation>Žádný kandidátní klíč: otevřete web.config nebo snímek serveru, nebo přidejte klíče.</translation>
    </message>
    <message>
        <source>Up to %1 single keys are listed; a key list file is one row with all its keys.</source>
        <translation>Jednotlivých klíčů se uvádí nejvýše %1; soubor se seznamem klíčů je jeden řádek se všemi svými klíči.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) over that limit are left out.</source>
        <translation>
            <numerusform>%n klíč nad tento limit je vynechán.</numerusform>
            <numerusform>%n klíče nad tento limit jsou vynechány.</numerusform>
            <numerusform>%n klíčů nad tento limit je vynecháno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Key List</source>
        <translation>Přidat seznam klíčů</translation>
    </message>
    <message>
        <source>Key lists (*.txt *.csv);;All files (*)</source>
        <translation>Seznamy klíčů (*.txt *.csv);;Všechny soubory (*)</translation>
    </message>
    <message>
        <source>No disclosed-key list: set Microsoft&apos;s MachineKeys.csv (or a plain key list) in Edit &gt; Preferences to find tokens made with publicly disclosed keys.</source>
        <translation>Žádný seznam zveřejněných klíčů: nastavte MachineKeys.csv od Microsoftu (nebo prostý seznam klíčů) v Úpravy &gt; Předvolby, aby se našly tokeny vytvořené veřejně zveřejněnými klíči.</translation>
    </message>
    <message numerus="yes">
        <source>Disclosed-key list (Edit &gt; Preferences): %1, %n key hash(es); every candidate is checked against it.</source>
        <translation>
            <numerusform>Seznam zveřejněných klíčů (Úpravy &gt; Předvolby): %1, %n haš klíče; každý kandidát se s ním porovná.</numerusform>
            <numerusform>Seznam zveřejněných klíčů (Úpravy &gt; Předvolby): %1, %n haše klíčů; každý kandidát se s nimi porovná.</numerusform>
            <numerusform>Seznam zveřejněných klíčů (Úpravy &gt; Předvolby): %1, %n hašů klíčů; každý kandidát se s nimi porovná.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclosed-key list (Edit &gt; Preferences): %1, %n key(s); each is also tried against the token.</source>
        <translation>
            <numerusform>Seznam zveřejněných klíčů (Úpravy &gt; Předvolby): %1, %n klíč; i ten se zkouší na token.</numerusform>
            <numerusform>Seznam zveřejněných klíčů (Úpravy &gt; Předvolby): %1, %n klíče; každý se také zkouší na token.</numerusform>
            <numerusform>Seznam zveřejněných klíčů (Úpravy &gt; Předvolby): %1, %n klíčů; každý se také zkouší na token.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(žádný klíč)</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Ruší se...</translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 of %n key(s)...</source>
        <translation>
            <numerusform>Ověřuje se %1 z %n klíče...</numerusform>
            <numerusform>Ověřuje se %1 z %n klíčů...</numerusform>
            <numerusform>Ověřuje se %1 z %n klíčů...</numerusform>
        </translation>
    </message>
    <message>
        <source>This token was made with a publicly disclosed machine key: anyone can forge ViewState and tickets for this application, which attackers use for code injection.</source>
        <translation>Tento token byl vytvořen veřejně zveřejněným klíčem počítače: kdokoli může pro tuto aplikaci padělat ViewState i lístky, čehož útočníci využívají ke vkládání kódu.</translation>
    </message>
    <message>
        <source>This candidate key is on the publicly disclosed list, though it did not make this token.</source>
        <translation>Tento kandidátní klíč je na seznamu veřejně zveřejněných klíčů, i když tento token nevytvořil.</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritické</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varování</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s).</source>
        <translation>
            <numerusform>… a ještě %n nález.</numerusform>
            <numerusform>… a ještě %n nálezy.</numerusform>
            <numerusform>… a ještě %n nálezů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft&apos;s advice for a publicly disclosed key:</source>
        <translation>Doporučení Microsoftu pro veřejně zveřejněný klíč:</translation>
    </message>
    <message>
        <source>Web farm with fixed keys: generate new keys and put the same new values on all servers.</source>
        <translation>Webová farma s pevnými klíči: vygenerujte nové klíče a dejte stejné nové hodnoty na všechny servery.</translation>
    </message>
    <message>
        <source>Single server with fixed keys: remove &lt;machineKey&gt; so ASP.NET uses keys auto-generated at runtime.</source>
        <translation>Jeden server s pevnými klíči: odeberte &lt;machineKey&gt;, aby ASP.NET používal klíče generované automaticky za běhu.</translation>
    </message>
    <message>
        <source>SharePoint or Exchange: use their own key-rotation procedure.</source>
        <translation>SharePoint nebo Exchange: použijte jejich vlastní postup pro obměnu klíčů.</translation>
    </message>
    <message>
        <source>Rotating keys does not remove a backdoor already planted: investigate the servers, and consider rebuilding web-facing servers offline if they were exploited.</source>
        <translation>Obměna klíčů neodstraní již nastraženou zadní vrátka: prošetřete servery a zvažte přestavbu serverů přístupných z webu v offline režimu, pokud byly zneužity.</translation>
    </message>
    <message>
        <source>Paste a token, check the candidate keys and press Verify.</source>
        <translation>Vložte token, zaškrtněte kandidátní klíče a stiskněte Ověřit.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n key(s); the results so far are shown.</source>
        <translation>
            <numerusform>Zrušeno po %n klíči; zobrazují se dosavadní výsledky.</numerusform>
            <numerusform>Zrušeno po %n klíčích; zobrazují se dosavadní výsledky.</numerusform>
            <numerusform>Zrušeno po %n klíčích; zobrazují se dosavadní výsledky.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with a publicly disclosed key: %1.</source>
        <translation>Vytvořeno veřejně zveřejněným klíčem: %1.</translation>
    </message>
    <message>
        <source>Valid with %1.</source>
        <translation>Platný s klíčem %1.</translation>
    </message>
    <message>
        <source>Not protected: this ViewState carries no MAC, so anyone can change it (enableViewStateMac is off).</source>
        <translation>Nechráněný: tento ViewState nemá MAC, takže ho kdokoli může změnit (enableViewStateMac je vypnuto).</translation>
    </message>
    <message>
        <source>Malformed: this is not a token of that kind; the detail says why.</source>
        <translation>Poškozený: nejde o token tohoto druhu; proč, uvádějí podrobnosti.</translation>
    </message>
    <message>
        <source>No candidate key validates this token.</source>
        <translation>Žádný kandidátní klíč tento token neověří.</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) checked.</source>
        <translation>
            <numerusform>Ověřen %n kandidát.</numerusform>
            <numerusform>Ověřeni %n kandidáti.</numerusform>
            <numerusform>Ověřeno %n kandidátů.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publicly disclosed key(s) tried.</source>
        <translation>
            <numerusform>Vyzkoušen %n veřejně zveřejněný klíč.</numerusform>
            <numerusform>Vyzkoušeny %n veřejně zveřejněné klíče.</numerusform>
            <numerusform>Vyzkoušeno %n veřejně zveřejněných klíčů.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket name</source>
        <translation>Jméno v lístku</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Vydán</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vyprší</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>Trvalý</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>Uživatelská data</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(žádná)</translation>
    </message>
    <message>
        <source>Cookie path</source>
        <translation>Cesta cookie</translation>
    </message>
    <message>
        <source>Ticket version</source>
        <translation>Verze lístku</translation>
    </message>
    <message>
        <source>%1 (computed from the page URL)</source>
        <translation>%1 (vypočten z URL stránky)</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Obslužná rutina</translation>
    </message>
    <message>
        <source>Runtime keys</source>
        <translation>Klíče za běhu</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidát</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Výsledek</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Nalezen v</translation>
    </message>
    <message>
        <source>the disclosed-key list</source>
        <translation>seznamu zveřejněných klíčů</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>Zveřejněný</translation>
    </message>
    <message>
        <source>Yes: this key is publicly disclosed</source>
        <translation>Ano: tento klíč je veřejně zveřejněný</translation>
    </message>
    <message>
        <source>Key fingerprints</source>
        <translation>Otisky klíčů</translation>
    </message>
    <message>
        <source>validation %1, decryption %2</source>
        <translation>ověřovací %1, šifrovací %2</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Příčina</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>Text pro %1</translation>
    </message>
    <message>
        <source>ViewState structure</source>
        <translation>Struktura ViewState</translation>
    </message>
    <message numerus="yes">
        <source>Clear bytes (%n byte(s)):</source>
        <translation>
            <numerusform>Nešifrované bajty (%n bajt):</numerusform>
            <numerusform>Nešifrované bajty (%n bajty):</numerusform>
            <numerusform>Nešifrované bajty (%n bajtů):</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: how the results name this key</source>
        <translation>volitelné: jak výsledky tento klíč pojmenují</translation>
    </message>
    <message>
        <source>Show keys</source>
        <translation>Zobrazit klíče</translation>
    </message>
    <message>
        <source>Any (try each)</source>
        <translation>Libovolný (zkusit každý)</translation>
    </message>
    <message>
        <source>Legacy (Framework20SP1/SP2)</source>
        <translation>Starší (Framework20SP1/SP2)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Název:</translation>
    </message>
    <message>
        <source>&amp;validationKey:</source>
        <translation>&amp;validationKey:</translation>
    </message>
    <message>
        <source>&amp;decryptionKey:</source>
        <translation>&amp;decryptionKey:</translation>
    </message>
    <message>
        <source>V&amp;alidation:</source>
        <translation>Ověřov&amp;ání:</translation>
    </message>
    <message>
        <source>D&amp;ecryption:</source>
        <translation>Ši&amp;frování:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Režim:</translation>
    </message>
    <message>
        <source>The validationKey must be hex digits (an even number of them).</source>
        <translation>validationKey musí být šestnáctkové číslice (sudý počet).</translation>
    </message>
    <message>
        <source>The decryptionKey must be hex digits (an even number of them), or empty.</source>
        <translation>decryptionKey musí být šestnáctkové číslice (sudý počet), nebo prázdný.</translation>
    </message>
    <message>
        <source>Add a Key</source>
        <translation>Přidat klíč</translation>
    </message>
    <message>
        <source>The key is kept in memory only while SessionDesk runs: it is never saved, and the results name it, never show it.</source>
        <translation>Klíč se drží jen v paměti, dokud SessionDesk běží: nikdy se neukládá a výsledky ho jen pojmenují, nikdy nezobrazí.</translation>
    </message>
    <message>
        <source>The list holds at most %1 single keys; put more keys in a key list file.</source>
        <translation>Seznam pojme nejvýše %1 jednotlivých klíčů; další klíče dejte do souboru se seznamem klíčů.</translation>
    </message>
</context>
</TS>
