<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminClient</name>
    <message>
        <source>The admin API at %1 refused the token. Check the profile&apos;s token file (sessionstated prints its path at start).</source>
        <translation>%1 的管理 API 拒绝了令牌。请检查连接配置中的令牌文件（sessionstated 启动时会输出其路径）。</translation>
    </message>
    <message>
        <source>HTTP %1 from %2%3</source>
        <translation>HTTP %1，来自 %2%3</translation>
    </message>
    <message>
        <source>Nothing listens at %1. Is sessionstated running, with its admin API (not --no-admin) on this port?</source>
        <translation>%1 上没有任何程序在监听。sessionstated 是否正在运行，并且其管理 API（未使用 --no-admin）位于此端口？</translation>
    </message>
    <message>
        <source>The host of %1 is unknown: check the name.</source>
        <translation>%1 的主机未知：请检查名称。</translation>
    </message>
    <message>
        <source>%1 did not answer in time: a firewall may drop the packets, or the server is overloaded.</source>
        <translation>%1 未及时响应：可能是防火墙丢弃了数据包，或者服务器过载。</translation>
    </message>
    <message>
        <source>%1 answered with something that is not a JSON object: is this a sessionstated admin port?</source>
        <translation>%1 返回的内容不是 JSON 对象：这是 sessionstated 的管理端口吗？</translation>
    </message>
    <message>
        <source>the event stream was closed by the server</source>
        <translation>服务器关闭了事件流</translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Nothing listens on %1:%2. Start the state server (Windows: net start aspnet_state, and set the ASP.NET State Service to Automatic; Linux: systemctl start sessionstated) or fix the port (the default is 42424; the service&apos;s Port registry value can change it).</source>
        <translation>%1:%2 上没有任何程序在监听。请启动状态服务器（Windows：net start aspnet_state，并将 ASP.NET 状态服务设为自动启动；Linux：systemctl start sessionstated），或更正端口（默认为 42424；该服务的 Port 注册表值可以更改它）。</translation>
    </message>
    <message>
        <source>A server that only listens on loopback also refuses remote hosts: set AllowRemoteConnection=1 (aspnet_state) or --allow-remote --bind (sessionstated).</source>
        <translation>仅在环回地址上监听的服务器也会拒绝远程主机：请设置 AllowRemoteConnection=1（aspnet_state）或 --allow-remote --bind（sessionstated）。</translation>
    </message>
    <message>
        <source>no token file is set in the profile</source>
        <translation>连接配置中未设置令牌文件</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>无法读取令牌文件 %1：%2</translation>
    </message>
    <message>
        <source>the token file %1 is empty</source>
        <translation>令牌文件 %1 为空</translation>
    </message>
    <message>
        <source>stateConnectionString &quot;%1&quot;: %2</source>
        <translation>stateConnectionString“%1”：%2</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>名称解析</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP 连接</translation>
    </message>
    <message>
        <source>Protocol handshake</source>
        <translation>协议握手</translation>
    </message>
    <message>
        <source>Write/read/remove round trip</source>
        <translation>写入/读取/删除往返</translation>
    </message>
    <message>
        <source>Admin API auth</source>
        <translation>管理 API 认证</translation>
    </message>
    <message>
        <source>Write the stateConnectionString as tcpip=HOST:PORT, e.g. tcpip=127.0.0.1:42424.</source>
        <translation>将 stateConnectionString 写成 tcpip=HOST:PORT，例如 tcpip=127.0.0.1:42424。</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; does not resolve: check its spelling and DNS, or use an IP address.</source>
        <translation>主机名“%1”无法解析：请检查拼写和 DNS，或改用 IP 地址。</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %2 (%n address(es))</source>
        <translation>
            <numerusform>%1 → %2（%n 个地址）</numerusform>
        </translation>
    </message>
    <message>
        <source>connected to %1:%2</source>
        <translation>已连接到 %1:%2</translation>
    </message>
    <message>
        <source>No answer within stateNetworkTimeout (%1 s): a firewall probably drops the packets. Open TCP port %2 on the server (Windows Defender Firewall inbound rule) and on any network firewall between.</source>
        <translation>在 stateNetworkTimeout（%1 秒）内没有响应：很可能是防火墙丢弃了数据包。请在服务器上（Windows Defender 防火墙入站规则）以及其间的所有网络防火墙上开放 TCP 端口 %2。</translation>
    </message>
    <message>
        <source>Check the host and the port of the stateConnectionString.</source>
        <translation>请检查 stateConnectionString 中的主机和端口。</translation>
    </message>
    <message>
        <source>needs name resolution</source>
        <translation>需要先完成名称解析</translation>
    </message>
    <message>
        <source>The port accepted the connection but did not answer as a state server: is another program on this port?</source>
        <translation>该端口接受了连接，但没有像状态服务器那样响应：是否有其他程序在使用此端口？</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. The ASP.NET State Service does that to remote clients unless AllowRemoteConnection=1 (HKLM\SYSTEM\CurrentControlSet\Services\aspnet_state\Parameters; restart the service); sessionstated needs --allow-remote.</source>
        <translation>服务器未作响应就关闭了连接。除非设置了 AllowRemoteConnection=1（HKLM\SYSTEM\CurrentControlSet\Services\aspnet_state\Parameters；然后重启该服务），ASP.NET 状态服务会对远程客户端这样做；sessionstated 需要 --allow-remote。</translation>
    </message>
    <message>
        <source>HTTP %1 for a GET of a scratch key</source>
        <translation>对临时键执行 GET 返回 HTTP %1</translation>
    </message>
    <message>
        <source>This is not the answer of an ASP.NET state server: check the port.</source>
        <translation>这不是 ASP.NET 状态服务器的响应：请检查端口。</translation>
    </message>
    <message>
        <source>HTTP %1 without X-AspNet-Version</source>
        <translation>HTTP %1，没有 X-AspNet-Version</translation>
    </message>
    <message>
        <source>HTTP %1, X-AspNet-Version %2</source>
        <translation>HTTP %1，X-AspNet-Version %2</translation>
    </message>
    <message>
        <source>The answer lacks X-AspNet-Version: a state server always sends it; check the port.</source>
        <translation>响应中缺少 X-AspNet-Version：状态服务器总是会发送它；请检查端口。</translation>
    </message>
    <message>
        <source>needs a TCP connection</source>
        <translation>需要先建立 TCP 连接</translation>
    </message>
    <message>
        <source>read-only profile: nothing is written</source>
        <translation>只读连接配置：不写入任何内容</translation>
    </message>
    <message>
        <source>needs the protocol handshake</source>
        <translation>需要先完成协议握手</translation>
    </message>
    <message>
        <source>PUT %1, GET %2%3, DELETE %4</source>
        <translation>PUT %1，GET %2%3，DELETE %4</translation>
    </message>
    <message>
        <source> (other bytes)</source>
        <translation>（字节不同）</translation>
    </message>
    <message>
        <source>The server answers but does not keep what it is sent: look at its log (sessionstated prints errors; aspnet_state writes to the Windows event log).</source>
        <translation>服务器有响应，但没有保存发送给它的内容：请查看其日志（sessionstated 会输出错误；aspnet_state 会写入 Windows 事件日志）。</translation>
    </message>
    <message>
        <source>PUT, GET and DELETE of a scratch session: %1 ms, %2 ms, %3 ms</source>
        <translation>临时会话的 PUT、GET 和 DELETE：%1 毫秒、%2 毫秒、%3 毫秒</translation>
    </message>
    <message>
        <source>no token file in the profile (the ASP.NET State Service has no admin API)</source>
        <translation>连接配置中没有令牌文件（ASP.NET 状态服务没有管理 API）</translation>
    </message>
    <message>
        <source>Write the admin URL as http://HOST:PORT (sessionstated&apos;s default port is 42425).</source>
        <translation>将管理 URL 写成 http://HOST:PORT（sessionstated 的默认端口为 42425）。</translation>
    </message>
    <message>
        <source>Point the profile at the file sessionstated prints at start (--admin-token-file).</source>
        <translation>让连接配置指向 sessionstated 启动时输出的文件（--admin-token-file）。</translation>
    </message>
    <message>
        <source>Nothing listens at %1: sessionstated&apos;s admin API is off (--no-admin) or on another port (--admin-port); it binds 127.0.0.1 unless --admin-bind says otherwise.</source>
        <translation>%1 上没有任何程序在监听：sessionstated 的管理 API 已关闭（--no-admin）或位于其他端口（--admin-port）；除非 --admin-bind 另有指定，它只绑定 127.0.0.1。</translation>
    </message>
    <message>
        <source>No answer in time: a firewall may drop the packets to the admin port.</source>
        <translation>未及时响应：可能是防火墙丢弃了发往管理端口的数据包。</translation>
    </message>
    <message>
        <source>sessionstated %1, %2 active sessions</source>
        <translation>sessionstated %1，%2 个活动会话</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>The token was refused: the token file does not belong to this server. Use the file named in sessionstated&apos;s start-up banner (--admin-token-file).</source>
        <translation>令牌被拒绝：该令牌文件不属于此服务器。请使用 sessionstated 启动横幅中给出的文件（--admin-token-file）。</translation>
    </message>
    <message>
        <source>This port does not answer like sessionstated&apos;s admin API: check the admin URL.</source>
        <translation>此端口的响应不像 sessionstated 的管理 API：请检查管理 URL。</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>文件存在</translation>
    </message>
    <message>
        <source>Schema recognised</source>
        <translation>架构可识别</translation>
    </message>
    <message>
        <source>Writable</source>
        <translation>可写</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>Point at sessionstated&apos;s --persist file (the unit&apos;s default is /var/lib/sessionstated/sessions.db) or an ASPState-shaped SQLite database.</source>
        <translation>请指向 sessionstated 的 --persist 文件（服务单元的默认值为 /var/lib/sessionstated/sessions.db），或具有 ASPState 结构的 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1，%2 字节</translation>
    </message>
    <message>
        <source>The file cannot be opened as SQLite.</source>
        <translation>无法将该文件作为 SQLite 数据库打开。</translation>
    </message>
    <message>
        <source>no ASPStateTempSessions table (is this SQLite? %1)</source>
        <translation>没有 ASPStateTempSessions 表（这是 SQLite 吗？%1）</translation>
    </message>
    <message>
        <source>ASPStateTempSessions lacks %1</source>
        <translation>ASPStateTempSessions 缺少 %1</translation>
    </message>
    <message>
        <source>This is not a session database: sessionstated creates the schema on first start with --persist; for SQL Server, run aspnet_regsql -ssadd.</source>
        <translation>这不是会话数据库：sessionstated 在首次使用 --persist 启动时创建架构；对于 SQL Server，请运行 aspnet_regsql -ssadd。</translation>
    </message>
    <message>
        <source>ASPStateTempSessions with %1 columns, %2 sessions stored</source>
        <translation>ASPStateTempSessions 有 %1 列，存储了 %2 个会话</translation>
    </message>
    <message>
        <source>needs the file</source>
        <translation>需要该文件</translation>
    </message>
    <message>
        <source>needs a recognised schema</source>
        <translation>需要可识别的架构</translation>
    </message>
    <message>
        <source>the file is not writable by this user</source>
        <translation>此用户无法写入该文件</translation>
    </message>
    <message>
        <source>its folder is not writable (SQLite needs it for the -wal and -shm files)</source>
        <translation>其所在文件夹不可写（SQLite 需要在其中创建 -wal 和 -shm 文件）</translation>
    </message>
    <message>
        <source>Run as the server&apos;s user, or fix the owner (the unit runs as sessionstated).</source>
        <translation>请以服务器的用户身份运行，或更正所有者（服务单元以 sessionstated 用户身份运行）。</translation>
    </message>
    <message>
        <source>write lock busy: %1</source>
        <translation>写锁被占用：%1</translation>
    </message>
    <message>
        <source>A server is writing to it right now; that is normal while sessionstated runs.</source>
        <translation>服务器正在写入该文件；sessionstated 运行期间这是正常的。</translation>
    </message>
    <message>
        <source>SQLite refused a write transaction: check the file system (read-only mount, disk full).</source>
        <translation>SQLite 拒绝了写事务：请检查文件系统（只读挂载、磁盘已满）。</translation>
    </message>
    <message>
        <source>a write transaction can start (rolled back, nothing changed)</source>
        <translation>可以开始写事务（已回滚，未做任何更改）</translation>
    </message>
    <message>
        <source>the admin URL &quot;%1&quot; is not http://HOST:PORT</source>
        <translation>管理 URL“%1”不是 http://HOST:PORT 格式</translation>
    </message>
    <message>
        <source>protocol-only profile: no admin API</source>
        <translation>仅协议配置：无管理 API</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>无法读取密码文件 %1：%2</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a whole number (an &lt;appSettings&gt; name is not followed)</source>
        <translation>%1=&quot;%2&quot; 不是整数（不跟随 &lt;appSettings&gt; 中的名称）</translation>
    </message>
    <message>
        <source>applicationName &quot;%1&quot;: its sessions are the keys {%1_&lt;id&gt;}_...</source>
        <translation>applicationName &quot;%1&quot;：其会话是键 {%1_&lt;id&gt;}_...</translation>
    </message>
    <message>
        <source>connectionString is set and not followed: the provider uses it instead of host, port, accessKey and ssl; check the store URL</source>
        <translation>已设置 connectionString 但未跟随：提供程序用它代替 host、port、accessKey 和 ssl；请检查存储 URL</translation>
    </message>
    <message>
        <source>settingsClassName/settingsMethodName are set and not followed: the provider takes its connection string from that method; check the store URL</source>
        <translation>已设置 settingsClassName/settingsMethodName 但未跟随：提供程序从该方法获取连接字符串；请检查存储 URL</translation>
    </message>
    <message>
        <source>ssl=&quot;%1&quot; is not true or false</source>
        <translation>ssl=&quot;%1&quot; 既不是 true 也不是 false</translation>
    </message>
    <message>
        <source>Write the store URL as redis://HOST:PORT, rediss://HOST:PORT (TLS), redis-sentinel://HOST:26379/MASTER or redis-cluster://HOST:PORT,HOST:PORT; the password goes in the password file.</source>
        <translation>将存储 URL 写成 redis://HOST:PORT、rediss://HOST:PORT（TLS）、redis-sentinel://HOST:26379/MASTER 或 redis-cluster://HOST:PORT,HOST:PORT；密码放在密码文件中。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) resolve</source>
        <translation>
            <numerusform>%n 个主机中有 %1 个可解析</numerusform>
        </translation>
    </message>
    <message>
        <source>These host names do not resolve: %1. Check their spelling and DNS, or use IP addresses.</source>
        <translation>这些主机名无法解析：%1。请检查拼写和 DNS，或改用 IP 地址。</translation>
    </message>
    <message>
        <source>No answer within connectTimeout (%1 ms): a firewall probably drops the packets. Open the port on the server and on any firewall between.</source>
        <translation>在 connectTimeout（%1 毫秒）内无应答：可能是防火墙丢弃了数据包。请在服务器及中间的所有防火墙上开放该端口。</translation>
    </message>
    <message>
        <source>Nothing listens there. Start Redis (systemctl start redis-server, or redis-sentinel for a Sentinel) or fix the port (Redis 6379, Sentinel 26379). Redis only listens on the addresses of its &apos;bind&apos; setting: a remote client needs the server&apos;s address there.</source>
        <translation>该处没有程序在监听。请启动 Redis（systemctl start redis-server，Sentinel 则为 redis-sentinel）或修正端口（Redis 6379，Sentinel 26379）。Redis 只监听其 &apos;bind&apos; 设置中的地址：远程客户端需要服务器地址在其中。</translation>
    </message>
    <message>
        <source>connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>Not reachable: %1.</source>
        <translation>不可达：%1。</translation>
    </message>
    <message>
        <source>encrypted, certificate verified</source>
        <translation>已加密，证书已验证</translation>
    </message>
    <message>
        <source>encrypted, certificate NOT verified (sslVerify=false)</source>
        <translation>已加密，证书未验证（sslVerify=false）</translation>
    </message>
    <message>
        <source>sslVerify=false accepts any certificate: for test servers only.</source>
        <translation>sslVerify=false 接受任何证书：仅用于测试服务器。</translation>
    </message>
    <message>
        <source>The port does not speak TLS (Redis needs tls-port), or its certificate is not trusted: add sslCaFile=PATH with the CA&apos;s PEM file and check that the host name matches the certificate.</source>
        <translation>该端口不使用 TLS（Redis 需要 tls-port），或其证书不受信任：添加 sslCaFile=路径 指向 CA 的 PEM 文件，并检查主机名与证书是否一致。</translation>
    </message>
    <message>
        <source>The sentinels disagree on the master: a failover is under way, or they monitor different servers under one name.</source>
        <translation>各 Sentinel 对主节点的看法不一致：正在进行故障转移，或它们以同一名称监控不同的服务器。</translation>
    </message>
    <message>
        <source>No sentinel names a master called &apos;%1&apos;: check the name after the hosts in the URL (sentinel.conf&apos;s &apos;sentinel monitor NAME ...&apos; line) and the sentinels&apos; password (?sentinelPassword=).</source>
        <translation>没有 Sentinel 给出名为 &apos;%1&apos; 的主节点：请检查 URL 中主机之后的名称（sentinel.conf 中的 &apos;sentinel monitor 名称 ...&apos; 行）以及 Sentinel 的密码（?sentinelPassword=）。</translation>
    </message>
    <message>
        <source>master &apos;%1&apos; at %2 (%3)</source>
        <translation>主节点 &apos;%1&apos; 位于 %2（%3）</translation>
    </message>
    <message>
        <source>The sentinels name %1, but it cannot be reached from here: the sentinels give the address the master announces (replica-announce-ip, sentinel announce-ip); check it and the firewall.</source>
        <translation>Sentinel 给出的是 %1，但从这里无法访问：Sentinel 提供的是主节点通告的地址（replica-announce-ip、sentinel announce-ip）；请检查该地址和防火墙。</translation>
    </message>
    <message>
        <source>The server accepted a TCP connection but then failed: check the port.</source>
        <translation>服务器接受了 TCP 连接但随后失败：请检查端口。</translation>
    </message>
    <message>
        <source>password accepted</source>
        <translation>密码已接受</translation>
    </message>
    <message>
        <source>user %1 accepted</source>
        <translation>用户 %1 已接受</translation>
    </message>
    <message>
        <source>The server has no password: the profile&apos;s password is not needed.</source>
        <translation>服务器没有设置密码：不需要配置文件中的密码。</translation>
    </message>
    <message>
        <source>The password was refused: check the password (and, for an ACL user, the user name in the URL).</source>
        <translation>密码被拒绝：请检查密码（对于 ACL 用户，还要检查 URL 中的用户名）。</translation>
    </message>
    <message>
        <source>The password was refused: check the password file %1 (its first line is the password) and, for an ACL user, the user name in the URL.</source>
        <translation>密码被拒绝：请检查密码文件 %1（第一行即密码），对于 ACL 用户还要检查 URL 中的用户名。</translation>
    </message>
    <message>
        <source>The server requires a password: set the profile&apos;s password file (or type the password).</source>
        <translation>服务器需要密码：请在配置文件中设置密码文件（或输入密码）。</translation>
    </message>
    <message>
        <source>Redis runs in protected mode: it refuses clients from other hosts until it has a password (requirepass) or protected-mode is off.</source>
        <translation>Redis 运行在保护模式下：在设置密码（requirepass）或关闭 protected-mode 之前，会拒绝来自其他主机的客户端。</translation>
    </message>
    <message>
        <source>The server refused PING or SELECT: %1.</source>
        <translation>服务器拒绝了 PING 或 SELECT：%1。</translation>
    </message>
    <message>
        <source>The port does not answer like Redis. If it is a TLS port, write the URL as rediss://.</source>
        <translation>该端口的应答不像 Redis。如果是 TLS 端口，请将 URL 写成 rediss://。</translation>
    </message>
    <message>
        <source>%1 from %2 in %3 ms, database %4</source>
        <translation>%1 来自 %2，用时 %3 毫秒，数据库 %4</translation>
    </message>
    <message>
        <source>ROLE was refused: the role of this server is unknown.</source>
        <translation>ROLE 被拒绝：此服务器的角色未知。</translation>
    </message>
    <message numerus="yes">
        <source>master with %n connected replica(s)</source>
        <translation>
            <numerusform>主节点，已连接 %n 个副本</numerusform>
        </translation>
    </message>
    <message>
        <source>replica of %1:%2 (link %3)</source>
        <translation>%1:%2 的副本（链路 %3）</translation>
    </message>
    <message>
        <source>This seed node is a replica; the client finds the masters from CLUSTER SLOTS.</source>
        <translation>此种子节点是副本；客户端会从 CLUSTER SLOTS 找到主节点。</translation>
    </message>
    <message>
        <source>The provider needs the master: a replica refuses its writes (READONLY). Point the URL at the master, or use redis-sentinel://SENTINEL:26379/MASTER so that the master is found, also after a failover.</source>
        <translation>提供程序需要主节点：副本会拒绝其写入（READONLY）。请将 URL 指向主节点，或使用 redis-sentinel://SENTINEL:26379/MASTER，以便在故障转移后也能找到主节点。</translation>
    </message>
    <message>
        <source>This is a Sentinel&apos;s port: write the URL as redis-sentinel://HOST:PORT/MASTER.</source>
        <translation>这是 Sentinel 的端口：请将 URL 写成 redis-sentinel://HOST:PORT/MASTER。</translation>
    </message>
    <message>
        <source>Not a Redis data node.</source>
        <translation>不是 Redis 数据节点。</translation>
    </message>
    <message>
        <source>This server is not a Redis Cluster node: write the URL as redis://HOST:PORT.</source>
        <translation>此服务器不是 Redis Cluster 节点：请将 URL 写成 redis://HOST:PORT。</translation>
    </message>
    <message numerus="yes">
        <source>all 16384 slots covered by %n master(s)</source>
        <translation>
            <numerusform>全部 16384 个槽由 %n 个主节点覆盖</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 slots not covered: %2</source>
        <translation>%1 个槽未覆盖：%2</translation>
    </message>
    <message>
        <source>Keys in these slots cannot be stored (CLUSTERDOWN): assign the slots (redis-cli --cluster fix) or bring their failed master back.</source>
        <translation>这些槽中的键无法存储（CLUSTERDOWN）：请分配这些槽（redis-cli --cluster fix）或恢复其故障的主节点。</translation>
    </message>
    <message>
        <source>The provider runs its commands as Lua scripts (EVAL, EVALSHA): allow them to its ACL user (+@scripting).</source>
        <translation>提供程序以 Lua 脚本（EVAL、EVALSHA）执行其命令：请为其 ACL 用户允许这些命令（+@scripting）。</translation>
    </message>
    <message>
        <source>Lua scripts are refused (SCRIPT and EVAL disabled or renamed in redis.conf?): the provider cannot work without them.</source>
        <translation>Lua 脚本被拒绝（redis.conf 中禁用或重命名了 SCRIPT 和 EVAL？）：提供程序没有它们无法工作。</translation>
    </message>
    <message numerus="yes">
        <source>a no-op script loads on %n node(s) (SHA1 %1)</source>
        <translation>
            <numerusform>空操作脚本可在 %n 个节点上加载（SHA1 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is a read-only replica: the provider needs the master.</source>
        <translation>服务器是只读副本：提供程序需要主节点。</translation>
    </message>
    <message>
        <source>Redis is full and its maxmemory-policy refuses writes: raise maxmemory or use volatile-lru; the provider cannot save sessions now.</source>
        <translation>Redis 已满且其 maxmemory-policy 拒绝写入：请提高 maxmemory 或使用 volatile-lru；提供程序现在无法保存会话。</translation>
    </message>
    <message>
        <source>The ACL user may not write these keys: allow it the provider&apos;s keys.</source>
        <translation>该 ACL 用户不能写入这些键：请允许其访问提供程序的键。</translation>
    </message>
    <message>
        <source>The server does not keep what it is sent: look at its log.</source>
        <translation>服务器没有保存发送给它的内容：请查看其日志。</translation>
    </message>
    <message>
        <source>GET or DEL did not give back what SET wrote</source>
        <translation>GET 或 DEL 没有返回 SET 写入的内容</translation>
    </message>
    <message>
        <source>SET, GET and DEL of %1</source>
        <translation>%1 的 SET、GET 和 DEL</translation>
    </message>
    <message>
        <source>skipped: &quot;%1&quot; did not pass</source>
        <translation>已跳过：“%1”未通过</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS 握手</translation>
    </message>
    <message>
        <source>not a TLS URL (rediss:// or ?ssl=true)</source>
        <translation>不是 TLS URL（rediss:// 或 ?ssl=true）</translation>
    </message>
    <message>
        <source>Sentinel master discovery</source>
        <translation>通过 Sentinel 发现主节点</translation>
    </message>
    <message>
        <source>not a redis-sentinel:// URL</source>
        <translation>不是 redis-sentinel:// URL</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>no password in the profile</source>
        <translation>配置文件中没有密码</translation>
    </message>
    <message>
        <source>PING</source>
        <translation>PING</translation>
    </message>
    <message>
        <source>Role (master/replica)</source>
        <translation>角色（主节点/副本）</translation>
    </message>
    <message>
        <source>Cluster slots coverage</source>
        <translation>集群槽覆盖</translation>
    </message>
    <message>
        <source>not a redis-cluster:// URL</source>
        <translation>不是 redis-cluster:// URL</translation>
    </message>
    <message>
        <source>Provider scripts load (SCRIPT LOAD)</source>
        <translation>提供程序脚本加载（SCRIPT LOAD）</translation>
    </message>
    <message>
        <source>Scratch session write/read/delete</source>
        <translation>临时会话写入/读取/删除</translation>
    </message>
</context>
<context>
    <name>RedisSessionStore</name>
    <message>
        <source>no session %1 in application %2</source>
        <translation>应用程序 %2 中没有会话 %1</translation>
    </message>
    <message>
        <source>Redis refused the password: %1</source>
        <translation>Redis 拒绝了密码：%1</translation>
    </message>
    <message>
        <source>TLS with Redis at %1 failed: %2</source>
        <translation>与 %1 上的 Redis 建立 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer: %2</source>
        <translation>%1 上的 Redis 没有应答：%2</translation>
    </message>
    <message>
        <source>%1: this Redis is a read-only replica (%2). Connect to the master, or through Sentinel.</source>
        <translation>%1：此 Redis 是只读副本（%2）。请连接主节点，或通过 Sentinel 连接。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cursor of this Redis store</source>
        <translation>“%1”不是此 Redis 存储的游标</translation>
    </message>
    <message>
        <source>session %1 is locked by a request in progress (lock age %2 s); abandon it anyway with force</source>
        <translation>会话 %1 被正在进行的请求锁定（锁已持续 %2 秒）；如仍要放弃，请强制执行</translation>
    </message>
    <message>
        <source>session %1 has no stored timeout: the provider would use the timeout of its configuration, which this store cannot know</source>
        <translation>会话 %1 没有存储的超时：提供程序会使用其配置中的超时，而此存储无法得知该值</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Edit and check ASP.NET session state settings.</source>
        <translation>编辑并检查 ASP.NET 会话状态设置。</translation>
    </message>
    <message>
        <source>A web.config to open.</source>
        <translation>要打开的 web.config。</translation>
    </message>
    <message>
        <source>Open the bundled sample web.config.</source>
        <translation>打开内置的示例 web.config。</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation>在 MS 毫秒后退出（冒烟测试）。</translation>
    </message>
    <message>
        <source>Do not start a local sessionstated when no connection profile is saved.</source>
        <translation>未保存连接配置时不启动本地 sessionstated。</translation>
    </message>
    <message>
        <source>Start on the Monitor tab.</source>
        <translation>启动时显示“监视”标签页。</translation>
    </message>
    <message>
        <source>Open a server snapshot (folder, applicationHost.config or web.config) in the Doctor tab.</source>
        <translation>在“诊断”选项卡中打开服务器快照（文件夹、applicationHost.config 或 web.config）。</translation>
    </message>
    <message>
        <source>Compare the servers of a web farm in the Doctor tab: one snapshot per --farm, two or more.</source>
        <translation>在“诊断”选项卡中比较 Web 场的服务器：每个 --farm 一个快照，至少两个。</translation>
    </message>
</context>
<context>
    <name>sd</name>
    <message>
        <source>Sessions are InProc and the pool recycles every %1 (the next recycle is due %1 after the worker process started, at another time of day each day): every session is lost at each recycle.</source>
        <translation>会话为 InProc，且应用程序池每 %1 回收一次（下一次回收在工作进程启动后 %1，每天时间不同）：每次回收都会丢失所有会话。</translation>
    </message>
    <message>
        <source>Set recycling.periodicRestart.time to 00:00:00 and recycle on a schedule at a quiet hour, or keep sessions out of process (StateServer/SQLServer).</source>
        <translation>将 recycling.periodicRestart.time 设为 00:00:00，并在空闲时段按计划回收，或将会话保存在进程外（StateServer/SQLServer）。</translation>
    </message>
    <message>
        <source>Sessions are InProc and the pool recycles every day at %1: every session is lost at each recycle.</source>
        <translation>会话为 InProc，且应用程序池每天在 %1 回收：每次回收都会丢失所有会话。</translation>
    </message>
    <message>
        <source>Keep the schedule at a quiet hour and tell users, or keep sessions out of process (StateServer/SQLServer).</source>
        <translation>将计划保持在空闲时段并告知用户，或将会话保存在进程外（StateServer/SQLServer）。</translation>
    </message>
    <message>
        <source>Sessions are InProc and the pool recycles when %1 reaches %2: every session is lost at each recycle, at an unpredictable time.</source>
        <translation>会话为 InProc，且当 %1 达到 %2 时应用程序池会回收：每次回收都会在不可预测的时间丢失所有会话。</translation>
    </message>
    <message>
        <source>Set the limit to 0 (find the leak instead), or keep sessions out of process (StateServer/SQLServer).</source>
        <translation>将限制设为 0（改为查找泄漏），或将会话保存在进程外（StateServer/SQLServer）。</translation>
    </message>
    <message>
        <source>Sessions are InProc and last %1 minutes, but the pool shuts its worker process down after %2 without requests: on a quiet site every session is lost before it expires.</source>
        <translation>会话为 InProc，有效期 %1 分钟，但应用程序池在 %2 无请求后会关闭工作进程：在访问量少的站点上，每个会话都会在过期前丢失。</translation>
    </message>
    <message>
        <source>Set processModel.idleTimeout to 00:00:00 (or idleTimeoutAction to Suspend), or keep sessions out of process.</source>
        <translation>将 processModel.idleTimeout 设为 00:00:00（或将 idleTimeoutAction 设为 Suspend），或将会话保存在进程外。</translation>
    </message>
    <message>
        <source>Sessions are InProc in a web garden (maxProcesses=%1): each worker process has its own sessions, so users lose theirs whenever a request lands on another process.</source>
        <translation>会话在 Web 园中为 InProc（maxProcesses=%1）：每个工作进程都有自己的会话，因此每当请求落到另一个进程时，用户就会丢失会话。</translation>
    </message>
    <message>
        <source>Set processModel.maxProcesses to 1, or keep sessions out of process (StateServer/SQLServer).</source>
        <translation>将 processModel.maxProcesses 设为 1，或将会话保存在进程外（StateServer/SQLServer）。</translation>
    </message>
    <message>
        <source>The session cookie is marked secure (requireSSL) but the site has only http bindings: browsers never send it back, so every request starts a new session.</source>
        <translation>会话 Cookie 被标记为安全（requireSSL），但站点只有 http 绑定：浏览器从不回传它，因此每个请求都会开始新会话。</translation>
    </message>
    <message>
        <source>Add an https binding and redirect http to it, or set httpCookies requireSSL=&quot;false&quot;.</source>
        <translation>添加 https 绑定并将 http 重定向到它，或设置 httpCookies requireSSL=&quot;false&quot;。</translation>
    </message>
    <message>
        <source>The session cookie is SameSite=None without Secure: current browsers reject such a cookie, so sessions are lost.</source>
        <translation>会话 Cookie 为 SameSite=None 但没有 Secure：当前浏览器会拒绝此类 Cookie，因此会话会丢失。</translation>
    </message>
    <message>
        <source>Set httpCookies requireSSL=&quot;true&quot; and serve the site over https, or use cookieSameSite=&quot;Lax&quot;.</source>
        <translation>设置 httpCookies requireSSL=&quot;true&quot; 并通过 https 提供站点，或使用 cookieSameSite=&quot;Lax&quot;。</translation>
    </message>
    <message>
        <source>&lt;sessionState&gt; is configured but the Session module is removed from system.webServer/modules: the application has no sessions at all.</source>
        <translation>已配置 &lt;sessionState&gt;，但 Session 模块已从 system.webServer/modules 中移除：应用程序根本没有会话。</translation>
    </message>
    <message>
        <source>Remove the &lt;remove name=&quot;Session&quot;/&gt; (or add the module back), or drop &lt;sessionState&gt;.</source>
        <translation>删除 &lt;remove name=&quot;Session&quot;/&gt;（或重新添加该模块），或去掉 &lt;sessionState&gt;。</translation>
    </message>
    <message>
        <source>&lt;sessionState&gt; is configured but &lt;pages enableSessionState=&quot;false&quot;&gt;: pages get no session unless each one turns it on.</source>
        <translation>已配置 &lt;sessionState&gt;，但 &lt;pages enableSessionState=&quot;false&quot;&gt;：除非每个页面自行启用，否则页面不会获得会话。</translation>
    </message>
    <message>
        <source>Set pages enableSessionState to true (or ReadOnly), or drop &lt;sessionState&gt;.</source>
        <translation>将 pages enableSessionState 设为 true（或 ReadOnly），或去掉 &lt;sessionState&gt;。</translation>
    </message>
    <message>
        <source>The site answers to the host name %1, which contains &apos;_&apos;: some browsers drop cookies for such names, so the %2 session is lost on every request.</source>
        <translation>站点响应主机名 %1，其中包含“_”：某些浏览器会丢弃此类名称的 Cookie，因此 %2 会话在每个请求中都会丢失。</translation>
    </message>
    <message>
        <source>Use a host name without &apos;_&apos; (DNS names allow only letters, digits and &apos;-&apos;).</source>
        <translation>使用不含“_”的主机名（DNS 名称只允许字母、数字和“-”）。</translation>
    </message>
    <message>
        <source>Sessions are InProc and file change notifications are on (fcnMode=%1): every change to web.config, bin or App_Code, and some antivirus scans, restart the application and lose every session.</source>
        <translation>会话为 InProc，且文件更改通知已开启（fcnMode=%1）：对 web.config、bin 或 App_Code 的每次更改以及某些防病毒扫描都会重启应用程序并丢失所有会话。</translation>
    </message>
    <message>
        <source>Deploy outside working hours and exclude the site from antivirus scans, or keep sessions out of process.</source>
        <translation>在工作时间以外部署并将站点排除在防病毒扫描之外，或将会话保存在进程外。</translation>
    </message>
    <message>
        <source>The ARR farm %1 balances %2 servers without client affinity: applications behind it that keep sessions InProc lose them whenever ARR picks another server.</source>
        <translation>ARR 服务器场 %1 在没有客户端关联的情况下对 %2 台服务器进行负载均衡：其后将会话保存为 InProc 的应用程序，每当 ARR 选择另一台服务器时就会丢失会话。</translation>
    </message>
    <message>
        <source>Turn on client affinity (applicationRequestRouting/affinity useCookie=&quot;true&quot;), or keep sessions in a StateServer or SQL Server all servers share.</source>
        <translation>开启客户端关联（applicationRequestRouting/affinity useCookie=&quot;true&quot;），或将会话保存在所有服务器共享的 StateServer 或 SQL Server 中。</translation>
    </message>
    <message>
        <source>The servers give this application different AppDomainAppIds (%1; a different site ID or path letter case): each server stores the session under another key: users lose their session whenever the load balancer switches servers.</source>
        <translation>各服务器为此应用程序给出了不同的 AppDomainAppId（%1；站点 ID 不同或路径大小写不同）：每台服务器用不同的键存储会话：每当负载均衡器切换服务器时，用户就会丢失会话。</translation>
    </message>
    <message>
        <source>Give the site the same ID on every server (sessionctl iis set FILE --site NAME id=N) and write the application path in the same letter case everywhere.</source>
        <translation>在每台服务器上为站点设置相同的 ID（sessionctl iis set FILE --site NAME id=N），并在各处以相同的大小写书写应用程序路径。</translation>
    </message>
    <message>
        <source>The servers keep sessions in different stores (%1): a session stored by one server is not found by another, so users lose their session whenever the load balancer switches servers.</source>
        <translation>各服务器将会话保存在不同的存储中（%1）：一台服务器存储的会话另一台服务器找不到，因此每当负载均衡器切换服务器时，用户就会丢失会话。</translation>
    </message>
    <message>
        <source>Point every server&apos;s %1 at the same state server or database.</source>
        <translation>将每台服务器的 %1 指向同一个状态服务器或数据库。</translation>
    </message>
    <message>
        <source>The %1 of %2 points at the server itself: each server keeps its own sessions, so users lose their session whenever the load balancer switches servers.</source>
        <translation>%2 的 %1 指向服务器自身：每台服务器都保存自己的会话，因此每当负载均衡器切换服务器时，用户就会丢失会话。</translation>
    </message>
    <message>
        <source>Point every server at one shared state server or SQL Server by its name or address.</source>
        <translation>按名称或地址将所有服务器指向同一个共享的状态服务器或 SQL Server。</translation>
    </message>
    <message>
        <source>The servers keep sessions in different places (%1): a session made on one server is not found on another, so users lose their session whenever the load balancer switches servers.</source>
        <translation>各服务器将会话保存在不同的位置（%1）：在一台服务器上创建的会话在另一台上找不到，因此每当负载均衡器切换服务器时，用户就会丢失会话。</translation>
    </message>
    <message>
        <source>Use the same sessionState mode, and the same state server or database, on every server.</source>
        <translation>在每台服务器上使用相同的 sessionState 模式以及相同的状态服务器或数据库。</translation>
    </message>
    <message>
        <source>Sessions are InProc on a farm of %1 servers: each server keeps its own sessions in memory, so users lose their session whenever the load balancer switches servers (and whenever a server goes down).</source>
        <translation>在 %1 台服务器组成的场中会话为 InProc：每台服务器在内存中保存自己的会话，因此每当负载均衡器切换服务器（以及服务器宕机）时，用户就会丢失会话。</translation>
    </message>
    <message>
        <source>Keep sessions in a StateServer or SQL Server all servers share, or at least turn on client affinity (sticky sessions) on the load balancer.</source>
        <translation>将会话保存在所有服务器共享的 StateServer 或 SQL Server 中，或至少在负载均衡器上启用客户端关联（粘性会话）。</translation>
    </message>
    <message>
        <source>The servers set different session timeouts (%1 minutes): a session expires after the timeout of the server that served its last request, so users lose it earlier than expected on some servers.</source>
        <translation>各服务器设置了不同的会话超时（%1 分钟）：会话在处理其最后一个请求的服务器的超时之后过期，因此在某些服务器上用户会比预期更早丢失会话。</translation>
    </message>
    <message>
        <source>Set the same sessionState timeout on every server.</source>
        <translation>在每台服务器上设置相同的 sessionState timeout。</translation>
    </message>
    <message>
        <source>The servers use different session cookies (%1: %2): the cookie one server sets is not the one another server reads, so users lose their session whenever the load balancer switches servers.</source>
        <translation>各服务器使用不同的会话 Cookie（%1：%2）：一台服务器设置的 Cookie 不是另一台服务器读取的那个，因此每当负载均衡器切换服务器时，用户就会丢失会话。</translation>
    </message>
    <message>
        <source>Set the same sessionState %1 on every server.</source>
        <translation>在每台服务器上设置相同的 sessionState %1。</translation>
    </message>
    <message>
        <source>The servers use different machine keys (%1): a forms-authentication ticket, ViewState or anti-forgery token made on one server is rejected by another, so users are logged out and lose their work whenever the load balancer switches servers.</source>
        <translation>各服务器使用不同的计算机密钥（%1）：在一台服务器上生成的窗体身份验证票证、ViewState 或防伪令牌会被另一台拒绝，因此每当负载均衡器切换服务器时，用户会被注销并丢失所做的工作。</translation>
    </message>
    <message>
        <source>Copy one server&apos;s &lt;machineKey&gt; to all the others.</source>
        <translation>将一台服务器的 &lt;machineKey&gt; 复制到所有其他服务器。</translation>
    </message>
    <message>
        <source>The machine key is generated per server on %1 (AutoGenerate): each server signs and encrypts forms-authentication tickets and ViewState with its own key, so users are logged out and lose their work whenever the load balancer switches servers.</source>
        <translation>%1 上的计算机密钥按服务器单独生成（AutoGenerate）：每台服务器用自己的密钥签名和加密窗体身份验证票证和 ViewState，因此每当负载均衡器切换服务器时，用户会被注销并丢失所做的工作。</translation>
    </message>
    <message>
        <source>Generate one explicit &lt;machineKey&gt; (sessionctl genkey) and put the same one on every server.</source>
        <translation>生成一个显式的 &lt;machineKey&gt;（sessionctl genkey），并在每台服务器上使用同一个。</translation>
    </message>
    <message>
        <source>The servers protect data differently (%1: %2): a forms-authentication ticket or ViewState made on one server cannot be read by another, so users are logged out and lose their work whenever the load balancer switches servers.</source>
        <translation>各服务器以不同方式保护数据（%1：%2）：在一台服务器上生成的窗体身份验证票证或 ViewState 另一台无法读取，因此每当负载均衡器切换服务器时，用户会被注销并丢失所做的工作。</translation>
    </message>
    <message>
        <source>Set the same %1 on every server.</source>
        <translation>在每台服务器上设置相同的 %1。</translation>
    </message>
    <message>
        <source>The servers run the application with different httpRuntime targetFramework values (%1): ASP.NET behaves differently on each (cryptography defaults, request validation), so what one server writes another may reject.</source>
        <translation>各服务器以不同的 httpRuntime targetFramework 值运行应用程序（%1）：ASP.NET 在每台上的行为不同（默认加密、请求验证），因此一台服务器写入的内容可能被另一台拒绝。</translation>
    </message>
    <message>
        <source>Set the same httpRuntime targetFramework on every server.</source>
        <translation>在每台服务器上设置相同的 httpRuntime targetFramework。</translation>
    </message>
    <message>
        <source>The servers&apos; application pools differ in %1 (%2): InProc sessions are lost at different times on each server, and a pool fix made on one server is missing on the others.</source>
        <translation>各服务器的应用程序池在 %1 上不同（%2）：InProc 会话在每台服务器上于不同时间丢失，而在一台服务器上对池所做的修复在其他服务器上缺失。</translation>
    </message>
    <message>
        <source>Set the same %1 on every server (sessionctl iis set FILE --pool NAME ...).</source>
        <translation>在每台服务器上设置相同的 %1（sessionctl iis set FILE --pool NAME ...）。</translation>
    </message>
    <message>
        <source>The application is missing on %1: requests the load balancer sends there fail or reach another application, and the session is lost.</source>
        <translation>应用程序在 %1 上缺失：负载均衡器发往那里的请求会失败或到达另一个应用程序，会话随之丢失。</translation>
    </message>
    <message>
        <source>Create the application on every server of the farm, or take the servers that lack it out of its load-balancing pool.</source>
        <translation>在场中的每台服务器上创建该应用程序，或将缺少它的服务器从其负载均衡池中移除。</translation>
    </message>
    <message>
        <source>%1 has no explicit %2 to copy (AutoGenerate or not written)</source>
        <translation>%1 没有可复制的显式 %2（AutoGenerate 或未写入）</translation>
    </message>
    <message>
        <source>no file to write the &lt;machineKey&gt; of %1 into on %2 (%3)</source>
        <translation>%2 上没有可写入 %1 的 &lt;machineKey&gt; 的文件（%3）</translation>
    </message>
    <message>
        <source>no web.config</source>
        <translation>没有 web.config</translation>
    </message>
    <message>
        <source>the &lt;machineKey&gt; of %1 in %2 is not the one in force</source>
        <translation>%2 中 %1 的 &lt;machineKey&gt; 不是生效的那个</translation>
    </message>
    <message>
        <source>the source server has no application %1</source>
        <translation>源服务器没有应用程序 %1</translation>
    </message>
    <message>
        <source>%1 has no applicationHost.config with the application pool of %2</source>
        <translation>%1 没有包含 %2 的应用程序池的 applicationHost.config</translation>
    </message>
    <message>
        <source>no server has the application %1</source>
        <translation>没有服务器包含应用程序 %1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; nothing was written</source>
        <translation>%1 在读取后已在磁盘上被更改；未写入任何内容</translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
    <message>
        <source>%1 has no explicit %2 (AutoGenerate or not written)</source>
        <translation>%1 没有显式的 %2（AutoGenerate 或未写入）</translation>
    </message>
    <message>
        <source>ViewState</source>
        <translation>ViewState</translation>
    </message>
    <message>
        <source>forms ticket</source>
        <translation>窗体身份验证票证</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>accepted (same server)</source>
        <translation>已接受（同一服务器）</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>no such application</source>
        <translation>无此应用程序</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>The user gets the error page &quot;Validation of viewstate MAC failed.&quot; (event 4009 &quot;Viewstate verification failed. Reason: The viewstate supplied failed integrity check.&quot;) and loses what the page held.</source>
        <translation>用户会看到错误页“Validation of viewstate MAC failed.”（事件 4009“Viewstate verification failed. Reason: The viewstate supplied failed integrity check.”），并丢失页面中的内容。</translation>
    </message>
    <message>
        <source>Event 4005 &quot;Forms authentication failed for the request. Reason: The ticket supplied was invalid.&quot; is logged and the user is sent to the login page again.</source>
        <translation>系统记录事件 4005“Forms authentication failed for the request. Reason: The ticket supplied was invalid.”，用户被重新送回登录页。</translation>
    </message>
    <message>
        <source>%1 generates its own machine key (AutoGenerate): each server makes its own key, so a token %1 makes is valid only on %1.</source>
        <translation>%1 自行生成计算机密钥（AutoGenerate）：每台服务器各自生成密钥，因此 %1 生成的令牌只在 %1 上有效。</translation>
    </message>
    <message>
        <source>%1 generates its own machine key (AutoGenerate): each server makes its own key, so %1 accepts only the tokens it made itself.</source>
        <translation>%1 自行生成计算机密钥（AutoGenerate）：每台服务器各自生成密钥，因此 %1 只接受它自己生成的令牌。</translation>
    </message>
    <message>
        <source>Different validationKey (fingerprints %1: %2, %3: %4).</source>
        <translation>validationKey 不同（指纹 %1：%2，%3：%4）。</translation>
    </message>
    <message>
        <source>Different decryptionKey (fingerprints %1: %2, %3: %4).</source>
        <translation>decryptionKey 不同（指纹 %1：%2，%3：%4）。</translation>
    </message>
    <message>
        <source>Different validation algorithm (%1: %2, %3: %4).</source>
        <translation>验证算法不同（%1：%2，%3：%4）。</translation>
    </message>
    <message>
        <source>Different decryption algorithm (%1: %2, %3: %4).</source>
        <translation>解密算法不同（%1：%2，%3：%4）。</translation>
    </message>
    <message>
        <source>Different compatibilityMode (%1: %2, %3: %4): the servers protect tokens in different formats.</source>
        <translation>compatibilityMode 不同（%1：%2，%3：%4）：各服务器以不同格式保护令牌。</translation>
    </message>
    <message>
        <source>Different key isolation (%1: %2, %3: %4): IsolateApps changes the key for each application path.</source>
        <translation>密钥隔离方式不同（%1：%2，%3：%4）：IsolateApps 会按应用程序路径改变密钥。</translation>
    </message>
    <message>
        <source>Different key isolation by AppDomainAppId (%1: %2, %3: %4): IsolateByAppId changes the key for each site ID and application path.</source>
        <translation>按 AppDomainAppId 的密钥隔离不同（%1：%2，%3：%4）：IsolateByAppId 会按站点 ID 和应用程序路径改变密钥。</translation>
    </message>
    <message>
        <source>%1: an explicit %2 with IsolateApps or IsolateByAppId is a configuration error in Framework45 mode; the application does not start.</source>
        <translation>%1：在 Framework45 模式下，带 IsolateApps 或 IsolateByAppId 的显式 %2 是配置错误；应用程序无法启动。</translation>
    </message>
    <message>
        <source>%1: validation=&quot;%2&quot; is a configuration error in Framework45 mode; the application does not start.</source>
        <translation>%1：在 Framework45 模式下，validation=&quot;%2&quot; 是配置错误；应用程序无法启动。</translation>
    </message>
    <message>
        <source>%1: %2 is not modelled by the token check.</source>
        <translation>%1：令牌检查不模拟 %2。</translation>
    </message>
    <message>
        <source>%1: the %2 is not hex or does not fit its algorithm (a configuration error).</source>
        <translation>%1：%2 不是十六进制，或与其算法不符（配置错误）。</translation>
    </message>
    <message>
        <source>The token does not verify: %1.</source>
        <translation>令牌未通过验证：%1。</translation>
    </message>
    <message>
        <source>%1: cannot compute the .NET hash of &quot;%2&quot; (only printable ASCII without &apos;-&apos; or apostrophes is known)</source>
        <translation>%1：无法计算“%2”的 .NET 哈希（仅支持不含“-”和撇号的可打印 ASCII）</translation>
    </message>
    <message>
        <source>%1: the key is shorter than %2 bytes</source>
        <translation>%1：密钥短于 %2 字节</translation>
    </message>
    <message>
        <source>%1 is AutoGenerate and the auto-generated key blob (HttpRuntime.s_autogenKeys) is not given</source>
        <translation>%1 为 AutoGenerate，但未提供自动生成的密钥数据（HttpRuntime.s_autogenKeys）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not accepted by the legacy modes (%3)</source>
        <translation>旧版模式不接受 %1“%2”（%3）</translation>
    </message>
    <message>
        <source>needs at least 40 hex digits, even length</source>
        <translation>至少需要 40 个十六进制数字，且长度为偶数</translation>
    </message>
    <message>
        <source>needs even-length hex</source>
        <translation>需要偶数长度的十六进制</translation>
    </message>
    <message>
        <source>IsolateByAppId needs the AppDomainAppId (e.g. /LM/W3SVC/1/ROOT/app)</source>
        <translation>IsolateByAppId 需要 AppDomainAppId（例如 /LM/W3SVC/1/ROOT/app）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a configuration error in Framework45 (only plain hex or AutoGenerate[,IsolateApps][,IsolateByAppId]; IsolateApps cannot modify an explicit key)</source>
        <translation>%1“%2”在 Framework45 中是配置错误（只能是纯十六进制或 AutoGenerate[,IsolateApps][,IsolateByAppId]；IsolateApps 不能修改显式密钥）</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no AutoGenerate: a configuration error in Framework45</source>
        <translation>%1“%2”不含 AutoGenerate：在 Framework45 中是配置错误</translation>
    </message>
    <message>
        <source>forms tickets and resource tokens are always encrypted</source>
        <translation>窗体身份验证票证和资源令牌始终是加密的</translation>
    </message>
    <message>
        <source>Framework45 does not accept MD5 validation</source>
        <translation>Framework45 不接受 MD5 验证</translation>
    </message>
    <message>
        <source>cannot protect: key size does not fit the algorithm, or OpenSSL failed</source>
        <translation>无法保护：密钥长度与算法不符，或 OpenSSL 出错</translation>
    </message>
    <message>
        <source>no page URL given, so Framework45 was not tried</source>
        <translation>未提供页面 URL，因此未尝试 Framework45</translation>
    </message>
    <message>
        <source>no __VIEWSTATEGENERATOR given, so the legacy modes were not tried</source>
        <translation>未提供 __VIEWSTATEGENERATOR，因此未尝试旧版模式</translation>
    </message>
    <message>
        <source>legacy modes: </source>
        <translation>旧版模式：</translation>
    </message>
    <message>
        <source>Framework45: </source>
        <translation>Framework45：</translation>
    </message>
    <message>
        <source>the MAC matches but the payload is not a version 1 forms ticket</source>
        <translation>MAC 匹配，但内容不是第 1 版窗体身份验证票证</translation>
    </message>
    <message>
        <source>__VIEWSTATEGENERATOR %1 was computed from the URL; give the page&apos;s own if it differs</source>
        <translation>__VIEWSTATEGENERATOR %1 由 URL 计算得出；如不同，请提供页面自己的值</translation>
    </message>
    <message>
        <source>the __VIEWSTATEGENERATOR cannot be computed for this page path (only printable ASCII without &apos;-&apos; or apostrophes is known); give it</source>
        <translation>无法为此页面路径计算 __VIEWSTATEGENERATOR（仅支持不含“-”和撇号的可打印 ASCII）；请提供它</translation>
    </message>
    <message>
        <source>the MAC matches but decryption fails: wrong decryptionKey or decryption algorithm</source>
        <translation>MAC 匹配但解密失败：decryptionKey 或解密算法错误</translation>
    </message>
    <message>
        <source>no MAC matches: wrong validationKey, validation algorithm, compatibility mode, or (ViewState) generator, page or ViewStateUserKey</source>
        <translation>没有匹配的 MAC：validationKey、验证算法、兼容模式，或（ViewState 的）生成器、页面或 ViewStateUserKey 有误</translation>
    </message>
    <message>
        <source>the keys were derived with IsolateApps/IsolateByAppId for app path %1: another application path or id gives other keys</source>
        <translation>密钥是按应用路径 %1 通过 IsolateApps/IsolateByAppId 派生的：其他应用路径或 ID 会得到不同的密钥</translation>
    </message>
    <message>
        <source>the keys were derived with IsolateApps/IsolateByAppId for app path %1 and app id %2: another application path or id gives other keys</source>
        <translation>密钥是按应用路径 %1 和应用 ID %2 通过 IsolateApps/IsolateByAppId 派生的：其他应用路径或 ID 会得到不同的密钥</translation>
    </message>
    <message>
        <source>not a hex forms ticket</source>
        <translation>不是十六进制的窗体身份验证票证</translation>
    </message>
    <message>
        <source>not a UrlToken d= value (base64 with - and _, padding count last)</source>
        <translation>不是 UrlToken 格式的 d= 值（使用 - 和 _ 的 base64，末尾为填充数）</translation>
    </message>
    <message>
        <source>not base64</source>
        <translation>不是 base64</translation>
    </message>
    <message>
        <source>a bare ObjectStateFormatter payload: MAC disabled (EnableViewStateMac=false), nothing to verify</source>
        <translation>纯 ObjectStateFormatter 内容：MAC 已禁用（EnableViewStateMac=false），无可验证</translation>
    </message>
    <message>
        <source>truncated: too short to hold data and a MAC</source>
        <translation>被截断：太短，无法容纳数据和 MAC</translation>
    </message>
    <message>
        <source>the candidate key cannot be checked: </source>
        <translation>无法检查候选密钥：</translation>
    </message>
</context>
<context>
    <name>sd::Checker</name>
    <message>
        <source>the document element is &lt;%1&gt;, not &lt;configuration&gt;: this is not an ASP.NET configuration file</source>
        <translation>文档元素是 &lt;%1&gt;，不是 &lt;configuration&gt;：这不是 ASP.NET 配置文件</translation>
    </message>
    <message>
        <source>open a web.config, machine.config or transform file</source>
        <translation>请打开 web.config、machine.config 或转换文件</translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears %2 times at this level; ASP.NET accepts one, and SessionDesk edits the last</source>
        <translation>&lt;%1&gt; 在此级别出现了 %2 次；ASP.NET 只接受一个，SessionDesk 编辑最后一个</translation>
    </message>
    <message>
        <source>keep a single &lt;%1&gt; per &lt;system.web&gt; level</source>
        <translation>每个 &lt;system.web&gt; 级别只保留一个 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is encrypted with protected configuration and is shown read-only</source>
        <translation>&lt;%1&gt; 已用受保护配置加密，以只读方式显示</translation>
    </message>
    <message>
        <source>decrypt with aspnet_regiis -pdf to edit, then encrypt again with -pef</source>
        <translation>用 aspnet_regiis -pdf 解密后再编辑，然后用 -pef 重新加密</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is kept in the file %2</source>
        <translation>&lt;%1&gt; 保存在文件 %2 中</translation>
    </message>
    <message>
        <source>open %1 to see and edit these settings</source>
        <translation>打开 %1 查看和编辑这些设置</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is a MachineToApplication section: in &lt;location path=&quot;%2&quot;&gt; it is valid only if %2 is an application</source>
        <translation>&lt;%1&gt; 是 MachineToApplication 节：在 &lt;location path=&quot;%2&quot;&gt; 中，只有当 %2 是应用程序时才有效</translation>
    </message>
    <message>
        <source>move it to the application&apos;s own web.config unless %1 is an IIS application</source>
        <translation>除非 %1 是 IIS 应用程序，否则请将其移到该应用程序自己的 web.config</translation>
    </message>
    <message>
        <source>unrecognized attribute &apos;%1&apos; (attribute names are case-sensitive)</source>
        <translation>无法识别的属性“%1”（属性名区分大小写）</translation>
    </message>
    <message>
        <source>remove the attribute</source>
        <translation>删除该属性</translation>
    </message>
    <message>
        <source>write it as %1</source>
        <translation>写成 %1</translation>
    </message>
    <message>
        <source>use one of: %1</source>
        <translation>使用以下值之一：%1</translation>
    </message>
    <message>
        <source>write it as %1 (values are case-sensitive)</source>
        <translation>写成 %1（值区分大小写）</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a valid value</source>
        <translation>%1=&quot;%2&quot; 不是有效值</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not true or false</source>
        <translation>%1=&quot;%2&quot; 不是 true 或 false</translation>
    </message>
    <message>
        <source>write true or false</source>
        <translation>写 true 或 false</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not a whole number of seconds%3</source>
        <translation>%1=&quot;%2&quot; 不是整数秒数%3</translation>
    </message>
    <message>
        <source> above zero</source>
        <translation>（大于零）</translation>
    </message>
    <message>
        <source>write whole seconds, e.g. %1, or Infinite</source>
        <translation>写整数秒，例如 %1，或 Infinite</translation>
    </message>
    <message>
        <source>stateConnectionString=&quot;%1&quot; is not tcpip=HOST:PORT</source>
        <translation>stateConnectionString=&quot;%1&quot; 不是 tcpip=主机:端口 格式</translation>
    </message>
    <message>
        <source>write tcpip=HOST:PORT, e.g. tcpip=10.0.0.5:42424 or tcpip=[::1]:42424</source>
        <translation>写成 tcpip=主机:端口，例如 tcpip=10.0.0.5:42424 或 tcpip=[::1]:42424</translation>
    </message>
    <message>
        <source>port %1 in stateConnectionString is outside 1-65535</source>
        <translation>stateConnectionString 中的端口 %1 超出 1-65535</translation>
    </message>
    <message>
        <source>the ASP.NET State Service listens on 42424 unless its Port registry value says otherwise</source>
        <translation>除非注册表 Port 值另有设置，ASP.NET 状态服务监听 42424 端口</translation>
    </message>
    <message>
        <source>the state server is on this machine (%1): each web server of a farm keeps its own sessions</source>
        <translation>状态服务器在本机（%1）：Web 场中的每台服务器各自保存会话</translation>
    </message>
    <message>
        <source>for a web farm, point every server at one shared state server host</source>
        <translation>对于 Web 场，请让所有服务器指向同一台共享的状态服务器</translation>
    </message>
    <message>
        <source>sqlConnectionString=&quot;%1&quot; is neither a connection string nor the name of a &lt;connectionStrings&gt; entry</source>
        <translation>sqlConnectionString=&quot;%1&quot; 既不是连接字符串，也不是 &lt;connectionStrings&gt; 条目的名称</translation>
    </message>
    <message>
        <source>write e.g. data source=SERVER;Integrated Security=SSPI</source>
        <translation>例如写成 data source=SERVER;Integrated Security=SSPI</translation>
    </message>
    <message>
        <source>sqlConnectionString names a database (Initial Catalog) but allowCustomSqlDatabase is not true</source>
        <translation>sqlConnectionString 指定了数据库（Initial Catalog），但 allowCustomSqlDatabase 不是 true</translation>
    </message>
    <message>
        <source>set allowCustomSqlDatabase=&quot;true&quot;, or remove Initial Catalog to use ASPState</source>
        <translation>设置 allowCustomSqlDatabase=&quot;true&quot;，或删除 Initial Catalog 以使用 ASPState</translation>
    </message>
    <message>
        <source>allowCustomSqlDatabase is true but the connection string names no database</source>
        <translation>allowCustomSqlDatabase 为 true，但连接字符串没有指定数据库</translation>
    </message>
    <message>
        <source>add Initial Catalog=YOUR_SESSION_DB, or set allowCustomSqlDatabase=&quot;false&quot;</source>
        <translation>添加 Initial Catalog=会话数据库名，或设置 allowCustomSqlDatabase=&quot;false&quot;</translation>
    </message>
    <message>
        <source>sqlConnectionString holds a password in plain text</source>
        <translation>sqlConnectionString 以明文包含密码</translation>
    </message>
    <message>
        <source>use Integrated Security, or encrypt the section: aspnet_regiis -pef system.web/sessionState DIR</source>
        <translation>使用集成安全性，或加密该节：aspnet_regiis -pef system.web/sessionState 目录</translation>
    </message>
    <message>
        <source>timeout=&quot;%1&quot; is not a whole number of minutes of at least 1</source>
        <translation>timeout=&quot;%1&quot; 不是至少为 1 的整数分钟数</translation>
    </message>
    <message>
        <source>write whole minutes, e.g. 20 (IIS Manager shows hh:mm:ss, the file holds minutes)</source>
        <translation>写整数分钟，例如 20（IIS 管理器显示 hh:mm:ss，文件中保存的是分钟）</translation>
    </message>
    <message>
        <source>timeout=&quot;%1&quot; is more than 525600 minutes (one year), which %2 mode refuses</source>
        <translation>timeout=&quot;%1&quot; 超过 525600 分钟（一年），%2 模式不接受</translation>
    </message>
    <message>
        <source>use at most 525600</source>
        <translation>最多使用 525600</translation>
    </message>
    <message>
        <source>InProc sessions live %1 minutes: every idle visitor holds worker-process memory that long, and all of it is lost on an app-pool recycle</source>
        <translation>InProc 会话保留 %1 分钟：每个空闲访问者都会占用工作进程内存这么久，并且应用程序池回收时全部丢失</translation>
    </message>
    <message>
        <source>keep InProc timeouts at 20-60 minutes, or move sessions out of process</source>
        <translation>将 InProc 超时保持在 20-60 分钟，或将会话移出进程</translation>
    </message>
    <message>
        <source>mode=&quot;Custom&quot; needs customProvider naming a provider</source>
        <translation>mode=&quot;Custom&quot; 需要 customProvider 指定一个提供程序</translation>
    </message>
    <message>
        <source>set customProvider to the name of a &lt;providers&gt;&lt;add&gt;</source>
        <translation>将 customProvider 设为某个 &lt;providers&gt;&lt;add&gt; 的名称</translation>
    </message>
    <message>
        <source>customProvider=&quot;%1&quot; names no &lt;providers&gt;&lt;add name=...&gt; of this &lt;sessionState&gt;</source>
        <translation>customProvider=&quot;%1&quot; 不是此 &lt;sessionState&gt; 中任何 &lt;providers&gt;&lt;add name=...&gt; 的名称</translation>
    </message>
    <message>
        <source>add the provider under &lt;providers&gt;, or correct the name</source>
        <translation>在 &lt;providers&gt; 下添加该提供程序，或更正名称</translation>
    </message>
    <message>
        <source>InProc session state with a web garden: each worker process has its own sessions, so visitors lose theirs when a request lands on another process</source>
        <translation>InProc 会话状态与 Web 园同时使用：每个工作进程有自己的会话，请求落到其他进程时访问者会丢失会话</translation>
    </message>
    <message>
        <source>use StateServer or SQLServer mode, or a single worker process</source>
        <translation>使用 StateServer 或 SQLServer 模式，或只用一个工作进程</translation>
    </message>
    <message>
        <source>%1 mode shares sessions between servers, but &lt;machineKey&gt; keys are generated per server: a web farm will reject each other&apos;s ViewState and authentication cookies</source>
        <translation>%1 模式在服务器之间共享会话，但 &lt;machineKey&gt; 密钥在每台服务器上单独生成：Web 场中的服务器会互相拒绝对方的 ViewState 和身份验证 Cookie</translation>
    </message>
    <message>
        <source>generate one &lt;machineKey&gt; and put the same keys on every server</source>
        <translation>生成一个 &lt;machineKey&gt;，并在每台服务器上使用相同的密钥</translation>
    </message>
    <message>
        <source>session ids travel in the URL (cookieless=&quot;%1&quot;): they leak through links, logs and Referer headers and allow session fixation</source>
        <translation>会话 ID 通过 URL 传递（cookieless=&quot;%1&quot;）：会经由链接、日志和 Referer 标头泄露，并可导致会话固定攻击</translation>
    </message>
    <message>
        <source>use cookieless=&quot;UseCookies&quot;</source>
        <translation>使用 cookieless=&quot;UseCookies&quot;</translation>
    </message>
    <message>
        <source>cookieless=&quot;%1&quot; puts the session id in the URL for some clients</source>
        <translation>cookieless=&quot;%1&quot; 会为部分客户端把会话 ID 放进 URL</translation>
    </message>
    <message>
        <source>use cookieless=&quot;UseCookies&quot; unless cookie-less clients must be served</source>
        <translation>除非必须支持不使用 Cookie 的客户端，否则使用 cookieless=&quot;UseCookies&quot;</translation>
    </message>
    <message>
        <source>with ids in URLs, regenerateExpiredSessionId=&quot;false&quot; lets a shared link reuse an expired id</source>
        <translation>URL 中带 ID 时，regenerateExpiredSessionId=&quot;false&quot; 会让共享链接重用已过期的 ID</translation>
    </message>
    <message>
        <source>set regenerateExpiredSessionId=&quot;true&quot;</source>
        <translation>设置 regenerateExpiredSessionId=&quot;true&quot;</translation>
    </message>
    <message>
        <source>stateConnectionString is ignored in %1 mode</source>
        <translation>在 %1 模式下 stateConnectionString 会被忽略</translation>
    </message>
    <message>
        <source>remove it, or switch to StateServer</source>
        <translation>删除它，或切换到 StateServer</translation>
    </message>
    <message>
        <source>sqlConnectionString is ignored in %1 mode</source>
        <translation>在 %1 模式下 sqlConnectionString 会被忽略</translation>
    </message>
    <message>
        <source>remove it, or switch to SQLServer</source>
        <translation>删除它，或切换到 SQLServer</translation>
    </message>
    <message>
        <source>validation=&quot;%1&quot; is not a valid algorithm</source>
        <translation>validation=&quot;%1&quot; 不是有效的算法</translation>
    </message>
    <message>
        <source>use HMACSHA256 (or HMACSHA384/HMACSHA512)</source>
        <translation>使用 HMACSHA256（或 HMACSHA384/HMACSHA512）</translation>
    </message>
    <message>
        <source>decryption=&quot;%1&quot; is not a valid algorithm</source>
        <translation>decryption=&quot;%1&quot; 不是有效的算法</translation>
    </message>
    <message>
        <source>use AES</source>
        <translation>使用 AES</translation>
    </message>
    <message>
        <source>validation=&quot;%1&quot; is not allowed with compatibilityMode Framework45</source>
        <translation>compatibilityMode 为 Framework45 时不允许 validation=&quot;%1&quot;</translation>
    </message>
    <message>
        <source>use HMACSHA256</source>
        <translation>使用 HMACSHA256</translation>
    </message>
    <message>
        <source>validation=&quot;%1&quot; is a weak MAC (MD5/SHA-1)</source>
        <translation>validation=&quot;%1&quot; 是弱 MAC（MD5/SHA-1）</translation>
    </message>
    <message>
        <source>use HMACSHA256 and generate a new validationKey</source>
        <translation>使用 HMACSHA256 并生成新的 validationKey</translation>
    </message>
    <message>
        <source>decryption=&quot;%1&quot; is a weak cipher</source>
        <translation>decryption=&quot;%1&quot; 是弱加密算法</translation>
    </message>
    <message>
        <source>use AES and generate a new decryptionKey</source>
        <translation>使用 AES 并生成新的 decryptionKey</translation>
    </message>
    <message>
        <source>validationKey has %1 hex digits; ASP.NET needs at least 40 outside Framework45</source>
        <translation>validationKey 有 %1 位十六进制数字；Framework45 以外 ASP.NET 至少需要 40 位</translation>
    </message>
    <message>
        <source>generate a new key (128 hex digits for HMACSHA256)</source>
        <translation>生成新密钥（HMACSHA256 为 128 位十六进制数字）</translation>
    </message>
    <message>
        <source>validationKey has %1 hex digits; %2 keys are normally %3</source>
        <translation>validationKey 有 %1 位十六进制数字；%2 密钥通常为 %3 位</translation>
    </message>
    <message>
        <source>generate a full-length key</source>
        <translation>生成完整长度的密钥</translation>
    </message>
    <message>
        <source>decryptionKey has %1 hex digits, which %2 cannot use (expected %3)</source>
        <translation>decryptionKey 有 %1 位十六进制数字，%2 无法使用（应为 %3 位）</translation>
    </message>
    <message>
        <source>generate a new key for %1</source>
        <translation>为 %1 生成新密钥</translation>
    </message>
    <message>
        <source>an explicit %1 cannot carry ,%2 in Framework45 mode</source>
        <translation>在 Framework45 模式下，显式的 %1 不能带有 ,%2</translation>
    </message>
    <message>
        <source>remove the modifiers after the hex key</source>
        <translation>删除十六进制密钥后的修饰符</translation>
    </message>
    <message>
        <source>%1 is explicit but IsolateApps rewrites its first bytes per application path</source>
        <translation>%1 是显式密钥，但 IsolateApps 会按应用程序路径改写其前几个字节</translation>
    </message>
    <message>
        <source>servers of a farm must host the application at the same virtual path</source>
        <translation>Web 场中的服务器必须在相同的虚拟路径下承载该应用程序</translation>
    </message>
    <message>
        <source>one key is explicit and the other is generated per server: a web farm shares only half of its machine key</source>
        <translation>一个密钥是显式的，另一个在每台服务器上生成：Web 场只共享了一半的计算机密钥</translation>
    </message>
    <message>
        <source>set both keys explicitly (Generate Keys), or let both be generated on a single server</source>
        <translation>显式设置两个密钥（生成密钥），或在单台服务器上让两者都自动生成</translation>
    </message>
    <message>
        <source>%1 is on Microsoft&apos;s list of publicly disclosed machine keys: attackers can forge ViewState with it and run code on the server</source>
        <translation>%1 在 Microsoft 公开泄露的计算机密钥列表中：攻击者可用它伪造 ViewState 并在服务器上执行代码</translation>
    </message>
    <message>
        <source>generate new keys and put the same new keys on every server of the farm (or remove &lt;machineKey&gt; on a single server); then look for signs of compromise</source>
        <translation>生成新密钥，并在 Web 场的每台服务器上使用相同的新密钥（单台服务器可删除 &lt;machineKey&gt;）；然后检查是否有入侵迹象</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>write AutoGenerate,IsolateApps or a generated hex key</source>
        <translation>写 AutoGenerate,IsolateApps 或生成的十六进制密钥</translation>
    </message>
    <message>
        <source>%1 has the unknown part &quot;%2&quot;</source>
        <translation>%1 含有未知部分“%2”</translation>
    </message>
    <message>
        <source>modifiers are AutoGenerate, IsolateApps and IsolateByAppId, separated by commas</source>
        <translation>修饰符为 AutoGenerate、IsolateApps 和 IsolateByAppId，用逗号分隔</translation>
    </message>
    <message>
        <source>%1 has modifiers but no AutoGenerate</source>
        <translation>%1 有修饰符但没有 AutoGenerate</translation>
    </message>
    <message>
        <source>write AutoGenerate,IsolateApps</source>
        <translation>写 AutoGenerate,IsolateApps</translation>
    </message>
    <message>
        <source>%1 has an odd number of hex digits</source>
        <translation>%1 的十六进制数字个数为奇数</translation>
    </message>
    <message>
        <source>%1 is not hexadecimal (&quot;%2&quot;)</source>
        <translation>%1 不是十六进制（“%2”）</translation>
    </message>
    <message>
        <source>generate a new key</source>
        <translation>生成新密钥</translation>
    </message>
    <message>
        <source>cookieSameSite=&quot;None&quot; without &lt;httpCookies requireSSL=&quot;true&quot;&gt;: browsers drop a SameSite=None cookie that is not Secure, so every request starts a new session</source>
        <translation>cookieSameSite=&quot;None&quot; 但未设置 &lt;httpCookies requireSSL=&quot;true&quot;&gt;：浏览器会丢弃不带 Secure 标志的 SameSite=None Cookie，因此每个请求都会开始新的会话</translation>
    </message>
    <message>
        <source>set &lt;httpCookies requireSSL=&quot;true&quot;/&gt; (HTTPS only), or use cookieSameSite=&quot;Lax&quot;</source>
        <translation>设置 &lt;httpCookies requireSSL=&quot;true&quot;/&gt;（仅限 HTTPS），或使用 cookieSameSite=&quot;Lax&quot;</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; keeps a secret in plain text (%2)</source>
        <translation>提供程序“%1”以明文保存机密（%2）</translation>
    </message>
    <message>
        <source>move the secret to an encrypted &lt;connectionStrings&gt; entry or an app setting (aspnet_regiis -pef), and refer to it by name</source>
        <translation>将机密移到加密的 &lt;connectionStrings&gt; 条目或应用设置中（aspnet_regiis -pef），并按名称引用</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: retryTimeoutInMilliseconds (%2 ms) is shorter than the operation timeout (%3 ms): an operation that times out is never retried</source>
        <translation>提供程序 &quot;%1&quot;：retryTimeoutInMilliseconds（%2 毫秒）短于操作超时（%3 毫秒）：超时的操作永远不会重试</translation>
    </message>
    <message>
        <source>make retryTimeoutInMilliseconds at least the operation timeout (e.g. twice it)</source>
        <translation>将 retryTimeoutInMilliseconds 设为不小于操作超时（例如其两倍）</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: throwOnError=&quot;false&quot; hides Redis errors: a request gets an empty session and its changes are silently not saved</source>
        <translation>提供程序 &quot;%1&quot;：throwOnError=&quot;false&quot; 会隐藏 Redis 错误：请求得到空会话，其更改被静默丢弃而不保存</translation>
    </message>
    <message>
        <source>remove throwOnError (default true), or check the provider&apos;s LastException after every request</source>
        <translation>删除 throwOnError（默认 true），或在每个请求后检查提供程序的 LastException</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; talks to Redis on %2 without TLS: the access key and every session travel in plain text</source>
        <translation>提供程序 &quot;%1&quot; 与 %2 上的 Redis 通信未使用 TLS：访问密钥和每个会话都以明文传输</translation>
    </message>
    <message>
        <source>use TLS (ssl=&quot;true&quot;, or ssl=True in the connection string; Azure Cache for Redis: port 6380)</source>
        <translation>使用 TLS（ssl=&quot;true&quot;，或在连接字符串中写 ssl=True；Azure Cache for Redis：端口 6380）</translation>
    </message>
</context>
<context>
    <name>sd::ConfigDocument</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>无法打开文件：%1</translation>
    </message>
    <message>
        <source>the XML declaration names the encoding &quot;%1&quot;, which this tool cannot read and write back byte for byte</source>
        <translation>XML 声明指定的编码“%1”无法被本工具逐字节读取并写回</translation>
    </message>
    <message>
        <source>the file is not valid %1 text; it is left untouched</source>
        <translation>该文件不是有效的 %1 文本；文件未被改动</translation>
    </message>
    <message>
        <source>the file&apos;s %1 bytes do not survive decoding and encoding unchanged, so it is opened for nothing and never written</source>
        <translation>该文件的 %1 字节在解码再编码后无法保持不变，因此不会被打开，也永远不会被写入</translation>
    </message>
    <message>
        <source>cannot read the file to back it up: %1</source>
        <translation>无法读取文件以进行备份：%1</translation>
    </message>
    <message>
        <source>cannot write the backup: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>无法写入文件：%1</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML 格式不正确：%1</translation>
    </message>
    <message>
        <source>unexpected end tag &lt;/%1&gt;</source>
        <translation>意外的结束标记 &lt;/%1&gt;</translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; that starts no element</source>
        <translation>“&lt;”后面没有元素</translation>
    </message>
    <message>
        <source>unterminated start tag &lt;%1&gt;</source>
        <translation>未结束的开始标记 &lt;%1&gt;</translation>
    </message>
    <message>
        <source>malformed attribute in &lt;%1&gt;</source>
        <translation>&lt;%1&gt; 中的属性格式错误</translation>
    </message>
    <message>
        <source>unquoted attribute value in &lt;%1&gt;</source>
        <translation>&lt;%1&gt; 中的属性值没有引号</translation>
    </message>
    <message>
        <source>unterminated attribute value in &lt;%1&gt;</source>
        <translation>&lt;%1&gt; 中的属性值未结束</translation>
    </message>
    <message>
        <source>unterminated markup</source>
        <translation>未结束的标记</translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is never closed</source>
        <translation>元素 &lt;%1&gt; 从未关闭</translation>
    </message>
    <message>
        <source>edit outside the document</source>
        <translation>编辑超出文档范围</translation>
    </message>
    <message>
        <source>the edit would break the file (%1); nothing was changed</source>
        <translation>该编辑会破坏文件（%1）；未做任何更改</translation>
    </message>
    <message>
        <source>internal error: inserted element not found</source>
        <translation>内部错误：找不到插入的元素</translation>
    </message>
    <message>
        <source>the document element is not &lt;configuration&gt;</source>
        <translation>文档元素不是 &lt;configuration&gt;</translation>
    </message>
    <message>
        <source>no such location</source>
        <translation>没有这个位置</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is encrypted; decrypt it (aspnet_regiis -pd) to edit it</source>
        <translation>&lt;%1&gt; 已加密；请先解密（aspnet_regiis -pd）再编辑</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is kept in %2; edit that file instead</source>
        <translation>&lt;%1&gt; 保存在 %2 中；请编辑那个文件</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is read-only here (encrypted or in another file)</source>
        <translation>&lt;%1&gt; 在此处为只读（已加密或位于其他文件）</translation>
    </message>
    <message>
        <source>the file changed on disk since it was read (another program edited it); nothing was written, so that change is not lost</source>
        <translation>文件在读取后已在磁盘上被更改（其他程序编辑了它）；未写入任何内容，因此该更改不会丢失</translation>
    </message>
    <message>
        <source>no such element</source>
        <translation>没有这样的元素</translation>
    </message>
</context>
<context>
    <name>sd::ConfigViewer</name>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>sd::ConnectivityDialog</name>
    <message>
        <source>Test connectivity: %1</source>
        <translation>测试连接：%1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>重新测试</translation>
    </message>
    <message>
        <source>Test a session database file...</source>
        <translation>测试会话数据库文件...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Session database file</source>
        <translation>会话数据库文件</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite 数据库 (*.db *.sqlite *.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 failed.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1 失败。&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;%1：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every step passed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;所有步骤均已通过。&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test session database: %1</source>
        <translation>测试会话数据库：%1</translation>
    </message>
</context>
<context>
    <name>sd::Dashboard</name>
    <message>
        <source>Window:</source>
        <translation>时间窗口：</translation>
    </message>
    <message>
        <source>5 minutes (1 s)</source>
        <translation>5 分钟（1 秒）</translation>
    </message>
    <message>
        <source>1 hour (10 s averages)</source>
        <translation>1 小时（10 秒平均值）</translation>
    </message>
    <message>
        <source>24 hours (2 min averages)</source>
        <translation>24 小时（2 分钟平均值）</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>导出 CSV...</translation>
    </message>
    <message>
        <source>Export PNG...</source>
        <translation>导出 PNG...</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>活动会话</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>payload</source>
        <translation>有效负载</translation>
    </message>
    <message>
        <source>overhead</source>
        <translation>开销</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Sessions started</source>
        <translation>新建的会话</translation>
    </message>
    <message>
        <source>started</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Sessions ended</source>
        <translation>结束的会话</translation>
    </message>
    <message>
        <source>timed out (evictions)</source>
        <translation>超时（逐出）</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Lock contention (423)</source>
        <translation>锁争用（423）</translation>
    </message>
    <message>
        <source>423 answers</source>
        <translation>423 响应</translation>
    </message>
    <message>
        <source>History not kept: %1</source>
        <translation>未保存历史记录：%1</translation>
    </message>
    <message>
        <source>History not read: %1</source>
        <translation>未读取历史记录：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the image</source>
        <translation>%1：无法写入图像</translation>
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
        <translation>将可见数据导出为 CSV</translation>
    </message>
    <message>
        <source>Export the charts as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <source>Availability (HEAD probe each second)</source>
        <translation>可用性（每秒一次 HEAD 探测）</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>已应答</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Round trip (HEAD)</source>
        <translation>往返时间（HEAD）</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <source>Connection failures</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>failed probes</source>
        <translation>失败的探测</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>每分钟</translation>
    </message>
    <message>
        <source>%1: protocol only (no admin API)</source>
        <translation>%1：仅协议（无管理 API）</translation>
    </message>
    <message>
        <source>No probe yet.</source>
        <translation>尚无探测。</translation>
    </message>
    <message>
        <source>%1 % of %2 probes answered; round trip p50 %3 ms, p99 %4 ms; %5 connection failures; X-AspNet-Version %6</source>
        <translation>%2 次探测中 %1 % 已应答；往返时间 p50 %3 毫秒，p99 %4 毫秒；%5 次连接失败；X-AspNet-Version %6</translation>
    </message>
    <message>
        <source>not seen</source>
        <translation>未见</translation>
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
        <translation>Redis 命令</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys expired and evicted</source>
        <translation>过期和被逐出的键</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>evicted</source>
        <translation>已逐出</translation>
    </message>
    <message>
        <source>Locks held</source>
        <translation>持有的锁</translation>
    </message>
    <message>
        <source>locks</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>%1: %2 keys, %3 MiB used, %4 clients</source>
        <translation>%1：%2 个键，已用 %3 MiB，%4 个客户端</translation>
    </message>
    <message>
        <source>Memory: %1 of %2 MiB (%3)</source>
        <translation>内存：%1 / %2 MiB（%3）</translation>
    </message>
    <message>
        <source>Memory: %1 MiB, no maxmemory (%2)</source>
        <translation>内存：%1 MiB，未设 maxmemory（%2）</translation>
    </message>
    <message>
        <source>Commands: %1/s</source>
        <translation>命令：%1/秒</translation>
    </message>
    <message>
        <source>Expired keys: %1/s</source>
        <translation>过期的键：%1/秒</translation>
    </message>
    <message>
        <source>Evicted keys: %1/s (%2 in all)</source>
        <translation>被逐出的键：%1/秒（共 %2）</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>客户端：%1</translation>
    </message>
    <message>
        <source>Hits/misses: %1/s, %2/s (%3 % hits)</source>
        <translation>命中/未命中：%1/秒，%2/秒（命中率 %3 %）</translation>
    </message>
    <message>
        <source>Locks held: %1</source>
        <translation>持有的锁：%1</translation>
    </message>
    <message>
        <source>Locks held: %1, oldest %2 s</source>
        <translation>持有的锁：%1，最久 %2 秒</translation>
    </message>
    <message>
        <source>EVALSHA: not called yet</source>
        <translation>EVALSHA：尚未调用</translation>
    </message>
    <message>
        <source>EVALSHA: %1 µs per call (%2 calls)</source>
        <translation>EVALSHA：每次调用 %1 µs（共 %2 次）</translation>
    </message>
    <message>
        <source>Persistence: %1</source>
        <translation>持久化：%1</translation>
    </message>
    <message>
        <source>Redis %1, %2, %3</source>
        <translation>Redis %1，%2，%3</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Sessions per application (counted): %1</source>
        <translation>各应用的会话（已计数）：%1</translation>
    </message>
    <message>
        <source>Sessions per application (estimated from a sample): %1</source>
        <translation>各应用的会话（按样本估计）：%1</translation>
    </message>
</context>
<context>
    <name>sd::DisclosedKeyList</name>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <source>%1: no key or key hash found; expected lines of &quot;validationKey, decryptionKey&quot;</source>
        <translation>%1：未找到密钥或密钥哈希；每行应为“validationKey, decryptionKey”</translation>
    </message>
</context>
<context>
    <name>sd::DoctorView</name>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Open a server snapshot (File › Open Server Snapshot) to see every site, application and effective session setting of one IIS server with where it comes from, or compare the servers of a web farm (File › Compare Farm).</source>
        <translation>打开服务器快照（文件 › 打开服务器快照），查看一台 IIS 服务器的每个网站、应用程序和生效的会话设置及其来源；或比较 Web 服务器场中的各台服务器（文件 › 比较服务器场）。</translation>
    </message>
    <message>
        <source>Site / application</source>
        <translation>网站 / 应用程序</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>正在加载 %1...</translation>
    </message>
    <message>
        <source>%1 servers chosen: SessionDesk compares at most %2; nothing was compared.</source>
        <translation>已选择 %1 台服务器：SessionDesk 最多比较 %2 台；未进行比较。</translation>
    </message>
    <message>
        <source>a farm of %1 servers</source>
        <translation>包含 %1 台服务器的服务器场</translation>
    </message>
    <message>
        <source>Cannot open the snapshot: %1</source>
        <translation>无法打开快照：%1</translation>
    </message>
    <message>
        <source>%1: %2 application(s), %3 finding(s), %4 gap(s)</source>
        <translation>%1：%2 个应用程序，%3 个发现，%4 处缺失</translation>
    </message>
    <message>
        <source>Site %1 (id %2)</source>
        <translation>网站 %1（ID %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>应用程序 %1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>应用程序池 %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Physical path: %1
AppDomainAppId: %2
State server key prefix: %3</source>
        <translation>物理路径：%1
AppDomainAppId：%2
状态服务器键前缀：%3</translation>
    </message>
    <message>
        <source>No file sets it: the default applies.</source>
        <translation>没有文件设置它：使用默认值。</translation>
    </message>
    <message>
        <source>Click to open the file at this line.</source>
        <translation>单击可在此行打开文件。</translation>
    </message>
    <message>
        <source>server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>修复：%1</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
修复：%2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>发现 (%1)</translation>
    </message>
    <message>
        <source>Gaps (%1)</source>
        <translation>缺失 (%1)</translation>
    </message>
    <message>
        <source>%1 server(s) over the limit of %2 are not shown.</source>
        <translation>超出 %2 台上限的 %1 台服务器未显示。</translation>
    </message>
    <message>
        <source>Only the first %1 of %2 rows are shown.</source>
        <translation>仅显示 %2 行中的前 %1 行。</translation>
    </message>
    <message>
        <source>Farm of %1 servers: %2 row(s), %3 differ; %4 finding(s)</source>
        <translation>服务器场共 %1 台服务器：%2 行，%3 行不同；%4 个发现</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Make consistent</source>
        <translation>统一配置</translation>
    </message>
    <message>
        <source>Select a machineKey or pool row of the matrix: copy one server&apos;s machine key to the others, or fix the pool settings on every server.</source>
        <translation>在矩阵中选择 machineKey 或应用程序池行：将一台服务器的计算机密钥复制到其他服务器，或在每台服务器上修正应用程序池设置。</translation>
    </message>
    <message>
        <source>Set idle timeout to 0 on all servers</source>
        <translation>在所有服务器上将空闲超时设为 0</translation>
    </message>
    <message>
        <source>Recycle at a scheduled hour instead of every 29 hours</source>
        <translation>在计划的时间回收，而不是每 29 小时回收一次</translation>
    </message>
    <message>
        <source>periodicRestart time 00:00:00, and a recycle at 03:00:00 where the pool has no schedule</source>
        <translation>periodicRestart time 00:00:00，并在没有计划的应用程序池中于 03:00:00 回收</translation>
    </message>
    <message>
        <source>Copy machine key from %1...</source>
        <translation>从 %1 复制计算机密钥...</translation>
    </message>
    <message>
        <source>Copy machine key from a server...</source>
        <translation>从服务器复制计算机密钥...</translation>
    </message>
    <message>
        <source>Copy the machine key of %1 (application %2) to the other servers.</source>
        <translation>将 %1 的计算机密钥（应用程序 %2）复制到其他服务器。</translation>
    </message>
    <message>
        <source>Set the idle timeout of the application pool of %1 to 0 on all servers.</source>
        <translation>在所有服务器上将 %1 的应用程序池的空闲超时设为 0。</translation>
    </message>
    <message>
        <source>Recycle the application pool of %1 at a scheduled hour (03:00:00 unless it has a schedule) instead of every 29 hours, on all servers.</source>
        <translation>在所有服务器上，于计划的时间（若无计划则为 03:00:00）回收 %1 的应用程序池，而不是每 29 小时回收一次。</translation>
    </message>
    <message>
        <source>Preparing the edit...</source>
        <translation>正在准备修改...</translation>
    </message>
    <message>
        <source>The edit could not be prepared.</source>
        <translation>无法准备修改。</translation>
    </message>
    <message>
        <source>Every server already agrees: nothing to change.</source>
        <translation>所有服务器已一致：无需更改。</translation>
    </message>
    <message>
        <source>Nothing can be changed: %1</source>
        <translation>无法进行任何更改：%1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written; each previous file is kept as FILE.bak.</source>
        <translation>
            <numerusform>已写入 %n 个文件；每个先前的文件都保留为 FILE.bak。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written: %1</source>
        <translation>未写入任何内容：%1</translation>
    </message>
    <message>
        <source>%1
Written before it: %2</source>
        <translation>%1
在此之前已写入：%2</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Token check</source>
        <translation>令牌检查</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>应用程序(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>ViewState</source>
        <translation>ViewState</translation>
    </message>
    <message>
        <source>Forms ticket</source>
        <translation>窗体身份验证票证</translation>
    </message>
    <message>
        <source>Rows: the server that makes the token (a ViewState of default.aspx, or a forms ticket) with its machine key; columns: the server that receives it. Select a cell for the error the user sees and why. Keys are never shown.</source>
        <translation>行：用自己的计算机密钥生成令牌（default.aspx 的 ViewState 或窗体身份验证票证）的服务器；列：接收令牌的服务器。选择一个单元格可查看用户会看到的错误及原因。密钥从不显示。</translation>
    </message>
    <message>
        <source>Select a cell: what the user sees when the receiving server rejects the token, and why.</source>
        <translation>选择一个单元格：接收服务器拒绝令牌时用户会看到什么，以及原因。</translation>
    </message>
    <message>
        <source>No ASP.NET application to check.</source>
        <translation>没有可检查的 ASP.NET 应用程序。</translation>
    </message>
    <message>
        <source>Every server accepts the others&apos; tokens.</source>
        <translation>每台服务器都接受其他服务器的令牌。</translation>
    </message>
    <message>
        <source>%1 of %2 server pairs reject the token.</source>
        <translation>%2 对服务器中有 %1 对拒绝该令牌。</translation>
    </message>
    <message>
        <source>%1 not checked or without the application.</source>
        <translation>%1 对未检查或缺少该应用程序。</translation>
    </message>
</context>
<context>
    <name>sd::FarmDialog</name>
    <message>
        <source>Add a Server Snapshot Folder</source>
        <translation>添加服务器快照文件夹</translation>
    </message>
    <message>
        <source>Add applicationHost.config or web.config Files</source>
        <translation>添加 applicationHost.config 或 web.config 文件</translation>
    </message>
    <message>
        <source>Configuration files (*.config);;All files (*)</source>
        <translation>配置文件 (*.config);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare Farm</source>
        <translation>比较服务器场</translation>
    </message>
    <message>
        <source>Choose one snapshot per server of the farm: a snapshot folder, an applicationHost.config or a web.config.</source>
        <translation>为服务器场中的每台服务器选择一个快照：快照文件夹、applicationHost.config 或 web.config。</translation>
    </message>
    <message>
        <source>Add &amp;Folder...</source>
        <translation>添加文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Add F&amp;ile...</source>
        <translation>添加文件(&amp;I)...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Add at least two servers.</source>
        <translation>请至少添加两台服务器。</translation>
    </message>
    <message>
        <source>%1 servers chosen: SessionDesk compares at most %2. Remove %3.</source>
        <translation>已选择 %1 台服务器：SessionDesk 最多比较 %2 台。请移除 %3 台。</translation>
    </message>
    <message>
        <source>%1 servers.</source>
        <translation>%1 台服务器。</translation>
    </message>
</context>
<context>
    <name>sd::FarmEditPreview</name>
    <message>
        <source>Make consistent</source>
        <translation>统一配置</translation>
    </message>
    <message numerus="yes">
        <source>These lines change in %n file(s); nothing else is touched. Each previous file is kept as FILE.bak.</source>
        <translation>
            <numerusform>这些行将在 %n 个文件中更改；其他内容不受影响。每个先前的文件都保留为 FILE.bak。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::FarmMatrixModel</name>
    <message>
        <source>(no such application)</source>
        <translation>（无此应用程序）</translation>
    </message>
    <message>
        <source>%1 has no application %2</source>
        <translation>%1 没有应用程序 %2</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>%1
Differs from most servers.</source>
        <translation>%1
与大多数服务器不同。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
</context>
<context>
    <name>sd::FarmTokenModel</name>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Accepted (same server)</source>
        <translation>已接受（同一服务器）</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>No such application</source>
        <translation>无此应用程序</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message>
        <source>A %1 made by %2 is accepted by %3.</source>
        <translation>%2 生成的 %1 被 %3 接受。</translation>
    </message>
    <message>
        <source>The key is generated on the server (AutoGenerate): it accepts its own tokens only.</source>
        <translation>密钥在服务器上生成（AutoGenerate）：它只接受自己的令牌。</translation>
    </message>
    <message>
        <source>%1 or %2 has no application %3.</source>
        <translation>%1 或 %2 没有应用程序 %3。</translation>
    </message>
    <message>
        <source>%1 receives the token</source>
        <translation>%1 接收令牌</translation>
    </message>
    <message>
        <source>%1 makes the token</source>
        <translation>%1 生成令牌</translation>
    </message>
</context>
<context>
    <name>sd::IisConfig</name>
    <message>
        <source>no application pool &quot;%1&quot; in %2</source>
        <translation>%2 中没有应用程序池“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute path such as processModel.idleTimeout</source>
        <translation>“%1”不是 processModel.idleTimeout 这样的属性路径</translation>
    </message>
    <message>
        <source>no site &quot;%1&quot; in %2</source>
        <translation>%2 中没有站点“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no time of day such as 03:00:00</source>
        <translation>“%1”不是一天中的时间，例如 03:00:00</translation>
    </message>
</context>
<context>
    <name>sd::LocalStateServer</name>
    <message>
        <source>sessionstated was not found beside sessiondesk or on PATH</source>
        <translation>在 sessiondesk 所在目录和 PATH 中均未找到 sessionstated</translation>
    </message>
    <message>
        <source>cannot create a private folder for the token: %1</source>
        <translation>无法为令牌创建私有文件夹：%1</translation>
    </message>
    <message>
        <source>Local sessionstated (started by SessionDesk)</source>
        <translation>本地 sessionstated（由 SessionDesk 启动）</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>sessionstated crashed</source>
        <translation>sessionstated 已崩溃</translation>
    </message>
    <message>
        <source>sessionstated exited with code %1</source>
        <translation>sessionstated 已退出，退出代码为 %1</translation>
    </message>
</context>
<context>
    <name>sd::MachineKey</name>
    <message>
        <source>OpenSSL could not supply random bytes: %1</source>
        <translation>OpenSSL 无法提供随机字节：%1</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New web.config...</source>
        <translation>新建 web.config(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>Open the &amp;Sample</source>
        <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>保存(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Close File</source>
        <translation>关闭文件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Generate Machine Keys</source>
        <translation>生成计算机密钥(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>下一个问题(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Session State</source>
        <translation>会话状态(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Machine Key</source>
        <translation>计算机密钥(&amp;M)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SessionDesk</source>
        <translation>关于 SessionDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About SessionDesk</source>
        <translation>关于 SessionDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SessionDesk %1&lt;/h3&gt;&lt;p&gt;Edit, check and watch ASP.NET session state.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SessionDesk %1&lt;/h3&gt;&lt;p&gt;编辑、检查和监视 ASP.NET 会话状态。&lt;/p&gt;&lt;p&gt;依据 GNU GPL 第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&lt;h1&gt;SessionDesk&lt;/h1&gt;&lt;p&gt;Open a web.config to edit its session state and machine key settings safely: only what you change is written, and the previous file is kept as &lt;i&gt;.bak&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;SessionDesk&lt;/h1&gt;&lt;p&gt;打开 web.config，安全地编辑其会话状态和计算机密钥设置：只写入你更改的内容，原文件保留为 &lt;i&gt;.bak&lt;/i&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>打开...</translation>
    </message>
    <message>
        <source>New web.config...</source>
        <translation>新建 web.config...</translation>
    </message>
    <message>
        <source>Open the Sample</source>
        <translation>打开示例</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt; (drop a .config file anywhere to open it)</source>
        <translation>&lt;b&gt;最近的文件&lt;/b&gt;（将 .config 文件拖放到任意位置即可打开）</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>大纲</translation>
    </message>
    <message>
        <source>Session State</source>
        <translation>会话状态</translation>
    </message>
    <message>
        <source>Machine Key</source>
        <translation>计算机密钥</translation>
    </message>
    <message>
        <source>Remove %1.%2</source>
        <translation>删除 %1.%2</translation>
    </message>
    <message>
        <source>Set %1.%2</source>
        <translation>设置 %1.%2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Application level</source>
        <translation>应用程序级别</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation>（已加密）</translation>
    </message>
    <message>
        <source> (not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>%1
Fix: %2</source>
        <translation>%1
修复：%2</translation>
    </message>
    <message>
        <source>disclosed-key list not set (Edit &gt; Preferences)</source>
        <translation>未设置泄露密钥列表（编辑 &gt; 首选项）</translation>
    </message>
    <message>
        <source>keys checked against %1 disclosed keys</source>
        <translation>已对照 %1 个泄露密钥检查</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s); %3</source>
        <translation>%1 个错误，%2 个警告；%3</translation>
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
        <translation>打开</translation>
    </message>
    <message>
        <source>SessionDesk cannot open this file; it was not changed.

%1</source>
        <translation>SessionDesk 无法打开此文件；文件未被更改。

%1</translation>
    </message>
    <message>
        <source>The document element is not &lt;configuration&gt;: nothing here can be edited.</source>
        <translation>文档元素不是 &lt;configuration&gt;：此处没有可编辑的内容。</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>保存 %1</translation>
    </message>
    <message>
        <source>No change to write.</source>
        <translation>没有要写入的更改。</translation>
    </message>
    <message>
        <source>These lines change; nothing else in the file is touched. The previous file is kept as %1.bak.</source>
        <translation>以下行会更改，文件中的其他内容不受影响。原文件保留为 %1.bak。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n error(s) remain&lt;/b&gt;: ASP.NET may refuse this file.</source>
        <translation>
            <numerusform>&lt;b&gt;仍有 %n 个错误&lt;/b&gt;：ASP.NET 可能拒绝此文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>The file was not saved; it is unchanged on disk.

%1</source>
        <translation>文件未保存；磁盘上的文件保持不变。

%1</translation>
    </message>
    <message>
        <source>Saved %1 (previous version in %2.bak)</source>
        <translation>已保存 %1（旧版本在 %2.bak 中）</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Open configuration file</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Configuration files (*.config);;All files (*)</source>
        <translation>配置文件 (*.config);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New web.config</source>
        <translation>新建 web.config</translation>
    </message>
    <message>
        <source>Configuration files (*.config)</source>
        <translation>配置文件 (*.config)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Disclosed machine keys</source>
        <translation>泄露的计算机密钥</translation>
    </message>
    <message>
        <source>CSV or text (*.csv *.txt);;All files (*)</source>
        <translation>CSV 或文本 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Disclosed-key list:</source>
        <translation>泄露密钥列表：</translation>
    </message>
    <message>
        <source>Microsoft&apos;s list of publicly disclosed machine keys: MachineKeys.csv from the microsoft/mstic repository (RapidReleaseTI). Keys on it are reported as errors.</source>
        <translation>Microsoft 公开泄露的计算机密钥列表：microsoft/mstic 仓库（RapidReleaseTI）中的 MachineKeys.csv。列表中的密钥会被报告为错误。</translation>
    </message>
    <message>
        <source>Disclosed-key list</source>
        <translation>泄露密钥列表</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>配置(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>监视(&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;onfiguration</source>
        <translation>配置(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>M&amp;onitor</source>
        <translation>监视(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Test Connectivity...</source>
        <translation>测试连接(&amp;T)...</translation>
    </message>
    <message>
        <source>New Profile from &amp;web.config...</source>
        <translation>从 web.config 新建连接配置(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Generate Load</source>
        <translation>生成负载(&amp;G)</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
    <message>
        <source>This file cannot be used: %1</source>
        <translation>无法使用此文件：%1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened: another program edited it.

Reload reads their version and re-applies your edits where they still apply. Overwrite replaces their change with this document. Cancel writes nothing.</source>
        <translation>%1 自打开后已在磁盘上更改：另一个程序编辑了它。

“重新加载”读取其版本，并在仍适用之处重新应用您的修改。“覆盖”用本文档替换其更改。“取消”不写入任何内容。</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>文件已在磁盘上更改</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Read the file again and re-apply your edits where they still apply</source>
        <translation>重新读取文件，并在仍适用之处重新应用您的修改</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的版本</translation>
    </message>
    <message>
        <source>Keep editing this version; Save will ask before replacing the other change</source>
        <translation>继续编辑此版本；保存前会询问是否替换另一处更改</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened: another program edited it.</source>
        <translation>%1 自打开后已在磁盘上更改：另一个程序编辑了它。</translation>
    </message>
    <message>
        <source>%1 was removed from disk since it was opened; Save writes it again.</source>
        <translation>%1 自打开后已从磁盘删除；保存会重新写入。</translation>
    </message>
    <message>
        <source>%1 in &lt;location path=&quot;%2&quot;&gt;</source>
        <translation>&lt;location path=&quot;%2&quot;&gt; 中的 %1</translation>
    </message>
    <message>
        <source>The file cannot be reloaded; your version is kept.
%1</source>
        <translation>无法重新加载文件；已保留您的版本。
%1</translation>
    </message>
    <message>
        <source>Re-apply my edits</source>
        <translation>重新应用我的修改</translation>
    </message>
    <message numerus="yes">
        <source>Reloaded %1; %n edit(s) of yours re-applied.</source>
        <translation>
            <numerusform>已重新加载 %1；重新应用了您的 %n 处修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reloaded %1. These edits of yours no longer apply (the other program changed them too, or their level is gone), so its version is kept: %2</source>
        <translation>已重新加载 %1。您的以下修改已不再适用（另一个程序也更改了它们，或其级别已不存在），因此保留其版本：%2</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销(&amp;U) %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做(&amp;R) %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>&amp;Doctor</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>Open Server Sna&amp;pshot</source>
        <translation>打开服务器快照(&amp;P)</translation>
    </message>
    <message>
        <source>Snapshot &amp;Folder...</source>
        <translation>快照文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;applicationHost.config or web.config...</source>
        <translation>applicationHost.config 或 web.config(&amp;A)...</translation>
    </message>
    <message>
        <source>Compare &amp;Farm...</source>
        <translation>比较服务器场(&amp;F)...</translation>
    </message>
    <message>
        <source>Open a Server Snapshot Folder</source>
        <translation>打开服务器快照文件夹</translation>
    </message>
    <message>
        <source>Open applicationHost.config or web.config</source>
        <translation>打开 applicationHost.config 或 web.config</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>令牌(&amp;T)</translation>
    </message>
</context>
<context>
    <name>sd::MonitorConnection</name>
    <message>
        <source>no answer within stateNetworkTimeout (%1 s): a firewall may drop the packets</source>
        <translation>在 stateNetworkTimeout（%1 秒）内无应答：防火墙可能丢弃了数据包</translation>
    </message>
    <message>
        <source>stateConnectionString: %1</source>
        <translation>stateConnectionString：%1</translation>
    </message>
    <message>
        <source>nothing listens there (%1): start the state server or fix the port</source>
        <translation>该处无服务监听（%1）：请启动状态服务器或更正端口</translation>
    </message>
    <message>
        <source>TCP connect to %1:%2 failed: %3</source>
        <translation>TCP 连接 %1:%2 失败：%3</translation>
    </message>
    <message>
        <source>the State Service port answers, but the admin API cannot be used: %1 (for the Windows ASP.NET State Service, tick &quot;No admin API&quot; in the profile)</source>
        <translation>State Service 端口有应答，但无法使用管理 API：%1（对于 Windows ASP.NET State Service，请在配置中勾选“无管理 API”）</translation>
    </message>
    <message>
        <source>store URL: %1</source>
        <translation>存储 URL：%1</translation>
    </message>
</context>
<context>
    <name>sd::MonitorWidget</name>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source>&amp;New profile...</source>
        <translation>新建连接配置(&amp;N)...</translation>
    </message>
    <message>
        <source>&amp;Edit profile...</source>
        <translation>编辑连接配置(&amp;E)...</translation>
    </message>
    <message>
        <source>New profile from the open &amp;web.config...</source>
        <translation>从打开的 web.config 新建连接配置(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Delete profile</source>
        <translation>删除连接配置(&amp;D)</translation>
    </message>
    <message>
        <source>Test connectivity...</source>
        <translation>测试连接...</translation>
    </message>
    <message>
        <source> READ-ONLY </source>
        <translation> 只读 </translation>
    </message>
    <message>
        <source>This profile only monitors: nothing is written to the server.</source>
        <translation>此连接配置仅用于监视：不会向服务器写入任何内容。</translation>
    </message>
    <message>
        <source>Generate load</source>
        <translation>生成负载</translation>
    </message>
    <message>
        <source>Runs sessionctl load against this server (new, returning, read-only, abandoning and expiring visitors, and a second tab that meets a lock) so the charts move.</source>
        <translation>对此服务器运行 sessionctl load（模拟新访问者、回访者、只读访问者、终止会话的访问者和会话过期的访问者，以及一个遇到锁的第二个标签页），让图表有数据变化。</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Edit profile</source>
        <translation>编辑连接配置</translation>
    </message>
    <message>
        <source>The local server&apos;s ports and token are its own; they change at every start.</source>
        <translation>本地服务器的端口和令牌由它自己决定，每次启动都会改变。</translation>
    </message>
    <message>
        <source>State server %1</source>
        <translation>状态服务器 %1</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除连接配置</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot;? The token file is not touched.</source>
        <translation>删除连接配置“%1”？令牌文件不会被改动。</translation>
    </message>
    <message>
        <source>New profile from web.config</source>
        <translation>从 web.config 新建连接配置</translation>
    </message>
    <message>
        <source>From web.config (%1)</source>
        <translation>来自 web.config（%1）</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>sessionstated %1 · %2 active sessions · %3 requests/s · %4 MiB payload · up %5 s</source>
        <translation>sessionstated %1 · %2 个活动会话 · %3 请求/秒 · 有效负载 %4 MiB · 已运行 %5 秒</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>已连接到 %1（%2）。</translation>
    </message>
    <message>
        <source>%1: %2 Retrying...</source>
        <translation>%1：%2 正在重试...</translation>
    </message>
    <message>
        <source>The local state server did not start: %1</source>
        <translation>本地状态服务器未能启动：%1</translation>
    </message>
    <message>
        <source>The local state server stopped: %1</source>
        <translation>本地状态服务器已停止：%1</translation>
    </message>
    <message>
        <source>Starting a local sessionstated...</source>
        <translation>正在启动本地 sessionstated...</translation>
    </message>
    <message>
        <source>Generate load on %1?

This writes test sessions to that server (application /app0) at about 300 pages a second until you stop it. Do not do this to a production server.</source>
        <translation>要对 %1 生成负载吗？

这会以每秒约 300 个页面的速度向该服务器（应用程序 /app0）写入测试会话，直到你停止为止。请勿对生产服务器执行此操作。</translation>
    </message>
    <message>
        <source>sessionctl was not found beside sessiondesk or on PATH.</source>
        <translation>在 sessiondesk 所在目录和 PATH 中均未找到 sessionctl。</translation>
    </message>
    <message>
        <source>The load generator stopped (exit code %1).</source>
        <translation>负载生成器已停止（退出代码 %1）。</translation>
    </message>
    <message>
        <source>%1 (protocol only)</source>
        <translation>%1（仅协议）</translation>
    </message>
    <message>
        <source>%1 is read-only.</source>
        <translation>%1 为只读。</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not connected yet.</source>
        <translation>%1 尚未连接。</translation>
    </message>
    <message>
        <source>Connect to a server first.</source>
        <translation>请先连接到服务器。</translation>
    </message>
    <message>
        <source>Not connected: %1 is selected (Connect connects to it).</source>
        <translation>未连接：已选择 %1（“连接”将连接到它）。</translation>
    </message>
    <message>
        <source>Connecting to %1: TCP passed; admin API %2...</source>
        <translation>正在连接 %1：TCP 已通过；管理 API %2...</translation>
    </message>
    <message>
        <source>Connecting to %1: TCP %2...</source>
        <translation>正在连接 %1：TCP %2...</translation>
    </message>
    <message>
        <source>Connected to %1 (%2; protocol only: no admin API).</source>
        <translation>已连接到 %1（%2；仅协议：无管理 API）。</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 无应答：%2</translation>
    </message>
    <message>
        <source>Generate load: %1</source>
        <translation>生成负载：%1</translation>
    </message>
    <message>
        <source>The load generator stopped (exit code %1): %2</source>
        <translation>负载生成器已停止（退出代码 %1）：%2</translation>
    </message>
    <message>
        <source>The load generator did not start: %1</source>
        <translation>负载生成器未能启动：%1</translation>
    </message>
    <message>
        <source>%1 (Redis)</source>
        <translation>%1（Redis）</translation>
    </message>
    <message>
        <source>the load generator drives one Redis server without TLS only.</source>
        <translation>负载生成器只能驱动单个不带 TLS 的 Redis 服务器。</translation>
    </message>
    <message>
        <source>Connecting to %1: Redis %2...</source>
        <translation>正在连接 %1：Redis %2...</translation>
    </message>
    <message>
        <source>Redis %1 (%2) · %3 sessions%4 · %5 commands/s · %6 MiB used</source>
        <translation>Redis %1（%2）· %3 个会话%4 · %5 条命令/秒 · 已用 %6 MiB</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation>（估计）</translation>
    </message>
    <message>
        <source>Open a web.config whose &lt;sessionState&gt; sets a stateConnectionString or uses RedisSessionStateProvider first.</source>
        <translation>请先打开一个 web.config，其 &lt;sessionState&gt; 设置了 stateConnectionString 或使用 RedisSessionStateProvider。</translation>
    </message>
    <message>
        <source>From web.config (Redis %1)</source>
        <translation>来自 web.config（Redis %1）</translation>
    </message>
</context>
<context>
    <name>sd::ProfileDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>file with the admin token (sessionstated prints its path)</source>
        <translation>包含管理令牌的文件（sessionstated 会输出其路径）</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <source>Admin token file</source>
        <translation>管理令牌文件</translation>
    </message>
    <message>
        <source>Read-only: monitor only (no abandon, reset, load or write test)</source>
        <translation>只读：仅监视（不终止会话、不重置超时、不生成负载、不做写入测试）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;stateConnectionString:</source>
        <translation>stateConnectionString(&amp;S)：</translation>
    </message>
    <message>
        <source>state&amp;NetworkTimeout:</source>
        <translation>stateNetworkTimeout(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Admin API URL:</source>
        <translation>管理 API URL(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token file:</source>
        <translation>令牌文件(&amp;T)：</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>连接配置需要一个名称。</translation>
    </message>
    <message>
        <source>stateConnectionString: %1</source>
        <translation>stateConnectionString：%1</translation>
    </message>
    <message>
        <source>No admin API (Windows ASP.NET State Service, or sessionstated --no-admin)</source>
        <translation>无管理 API（Windows ASP.NET State Service，或 sessionstated --no-admin）</translation>
    </message>
    <message>
        <source>The monitor then watches the server through the State Service protocol only: availability, round-trip latency, connection failures and X-AspNet-Version; sessions can only be looked up by id.</source>
        <translation>监视器随后仅通过 State Service 协议观察服务器：可用性、往返延迟、连接失败和 X-AspNet-Version；会话只能按 id 查找。</translation>
    </message>
    <message>
        <source>The token and the Redis password are never stored in the settings: only the path of the file that holds them (a Redis password typed here is kept in memory until SessionDesk quits).</source>
        <translation>令牌和 Redis 密码从不保存在设置中：只保存存放它们的文件路径（在此输入的 Redis 密码仅保存在内存中，直到 SessionDesk 退出）。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>State server (stateConnectionString)</source>
        <translation>状态服务器（stateConnectionString）</translation>
    </message>
    <message>
        <source>Redis (RedisSessionStateProvider)</source>
        <translation>Redis（RedisSessionStateProvider）</translation>
    </message>
    <message>
        <source>Store &amp;URL:</source>
        <translation>存储 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Password &amp;file:</source>
        <translation>密码文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>redis://HOST:PORT/DB, rediss:// (TLS), redis-sentinel://HOST:PORT/MASTER or redis-cluster://HOST:PORT,HOST:PORT; a password typed here is moved to the password field</source>
        <translation>redis://HOST:PORT/DB、rediss://（TLS）、redis-sentinel://HOST:PORT/MASTER 或 redis-cluster://HOST:PORT,HOST:PORT；在此输入的密码会移到密码字段</translation>
    </message>
    <message>
        <source>file with the Redis password (first line)</source>
        <translation>含 Redis 密码的文件（第一行）</translation>
    </message>
    <message>
        <source>kept in memory only, never saved</source>
        <translation>仅保存在内存中，从不保存到磁盘</translation>
    </message>
    <message>
        <source>Store URL: %1</source>
        <translation>存储 URL：%1</translation>
    </message>
</context>
<context>
    <name>sd::Schema</name>
    <message>
        <source>Where session state is kept</source>
        <translation>会话状态的保存位置</translation>
    </message>
    <message>
        <source>State server address, tcpip=host:port (StateServer mode)</source>
        <translation>状态服务器地址，tcpip=主机:端口（StateServer 模式）</translation>
    </message>
    <message>
        <source>Seconds a state server request may take (StateServer mode)</source>
        <translation>状态服务器请求允许的秒数（StateServer 模式）</translation>
    </message>
    <message>
        <source>SQL Server connection string (SQLServer mode)</source>
        <translation>SQL Server 连接字符串（SQLServer 模式）</translation>
    </message>
    <message>
        <source>Seconds a SQL command may take (SQLServer mode)</source>
        <translation>SQL 命令允许的秒数（SQLServer 模式）</translation>
    </message>
    <message>
        <source>Seconds between SQL connection retries (SQLServer mode)</source>
        <translation>SQL 连接重试间隔秒数（SQLServer 模式）</translation>
    </message>
    <message>
        <source>Allow a database other than ASPState (Initial Catalog)</source>
        <translation>允许使用 ASPState 以外的数据库（Initial Catalog）</translation>
    </message>
    <message>
        <source>Name of the provider in &lt;providers&gt; (Custom mode)</source>
        <translation>&lt;providers&gt; 中提供程序的名称（Custom 模式）</translation>
    </message>
    <message>
        <source>How the session id travels: cookie or URL</source>
        <translation>会话 ID 的传递方式：Cookie 或 URL</translation>
    </message>
    <message>
        <source>Name of the session cookie</source>
        <translation>会话 Cookie 的名称</translation>
    </message>
    <message>
        <source>SameSite attribute of the session cookie (.NET 4.7.2+)</source>
        <translation>会话 Cookie 的 SameSite 属性（.NET 4.7.2+）</translation>
    </message>
    <message>
        <source>Minutes a session lives without a request</source>
        <translation>无请求时会话保留的分钟数</translation>
    </message>
    <message>
        <source>Issue a new id when a client sends an expired one</source>
        <translation>客户端发送过期 ID 时颁发新 ID</translation>
    </message>
    <message>
        <source>Use the process identity, not the impersonated user, for the store</source>
        <translation>存储使用进程标识，而不是模拟的用户</translation>
    </message>
    <message>
        <source>Compress session data (DEFLATE) in out-of-process modes</source>
        <translation>在进程外模式下压缩会话数据（DEFLATE）</translation>
    </message>
    <message>
        <source>IPartitionResolver type that spreads sessions over servers</source>
        <translation>在多台服务器间分配会话的 IPartitionResolver 类型</translation>
    </message>
    <message>
        <source>ISessionIDManager type that replaces the default id format</source>
        <translation>替换默认 ID 格式的 ISessionIDManager 类型</translation>
    </message>
    <message>
        <source>Validation (MAC) algorithm</source>
        <translation>验证（MAC）算法</translation>
    </message>
    <message>
        <source>Encryption algorithm</source>
        <translation>加密算法</translation>
    </message>
    <message>
        <source>Validation key: hex, or AutoGenerate with modifiers</source>
        <translation>验证密钥：十六进制，或带修饰符的 AutoGenerate</translation>
    </message>
    <message>
        <source>Decryption key: hex, or AutoGenerate with modifiers</source>
        <translation>解密密钥：十六进制，或带修饰符的 AutoGenerate</translation>
    </message>
    <message>
        <source>Cryptography generation (Framework45 uses SP800-108 key derivation)</source>
        <translation>加密代次（Framework45 使用 SP800-108 密钥派生）</translation>
    </message>
    <message>
        <source>Application name used by IsolateApps key derivation</source>
        <translation>IsolateApps 密钥派生使用的应用程序名称</translation>
    </message>
    <message>
        <source>Custom DataProtector type (Framework45 only)</source>
        <translation>自定义 DataProtector 类型（仅 Framework45）</translation>
    </message>
</context>
<context>
    <name>sd::SectionForm</name>
    <message>
        <source>Session state mode:</source>
        <translation>会话状态模式：</translation>
    </message>
    <message>
        <source>Connection string:</source>
        <translation>连接字符串：</translation>
    </message>
    <message>
        <source>Time-out (seconds):</source>
        <translation>超时（秒）：</translation>
    </message>
    <message>
        <source>Retry interval (seconds):</source>
        <translation>重试间隔（秒）：</translation>
    </message>
    <message>
        <source>Enable custom database:</source>
        <translation>启用自定义数据库：</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>提供程序：</translation>
    </message>
    <message>
        <source>Cookie mode:</source>
        <translation>Cookie 模式：</translation>
    </message>
    <message>
        <source>Cookie name:</source>
        <translation>Cookie 名称：</translation>
    </message>
    <message>
        <source>SameSite:</source>
        <translation>SameSite：</translation>
    </message>
    <message>
        <source>Time-out (minutes):</source>
        <translation>超时（分钟）：</translation>
    </message>
    <message>
        <source>Regenerate expired session ID:</source>
        <translation>重新生成过期的会话 ID：</translation>
    </message>
    <message>
        <source>Use hosting identity:</source>
        <translation>使用宿主标识：</translation>
    </message>
    <message>
        <source>Compress session data:</source>
        <translation>压缩会话数据：</translation>
    </message>
    <message>
        <source>Partition resolver type:</source>
        <translation>分区解析器类型：</translation>
    </message>
    <message>
        <source>Session ID manager type:</source>
        <translation>会话 ID 管理器类型：</translation>
    </message>
    <message>
        <source>Validation method:</source>
        <translation>验证方法：</translation>
    </message>
    <message>
        <source>Encryption method:</source>
        <translation>加密方法：</translation>
    </message>
    <message>
        <source>Validation key:</source>
        <translation>验证密钥：</translation>
    </message>
    <message>
        <source>Decryption key:</source>
        <translation>解密密钥：</translation>
    </message>
    <message>
        <source>Compatibility mode:</source>
        <translation>兼容模式：</translation>
    </message>
    <message>
        <source>Application name:</source>
        <translation>应用程序名称：</translation>
    </message>
    <message>
        <source>Data protector type:</source>
        <translation>数据保护程序类型：</translation>
    </message>
    <message>
        <source>State server</source>
        <translation>状态服务器</translation>
    </message>
    <message>
        <source>SQL Server</source>
        <translation>SQL Server</translation>
    </message>
    <message>
        <source>Custom provider</source>
        <translation>自定义提供程序</translation>
    </message>
    <message>
        <source>Cookie settings</source>
        <translation>Cookie 设置</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Key options</source>
        <translation>密钥选项</translation>
    </message>
    <message>
        <source>Automatically generate at runtime</source>
        <translation>运行时自动生成</translation>
    </message>
    <message>
        <source>Generate a unique key for each application</source>
        <translation>为每个应用程序生成唯一密钥</translation>
    </message>
    <message>
        <source>Generate %1 at runtime</source>
        <translation>运行时生成 %1</translation>
    </message>
    <message>
        <source>Set an explicit %1</source>
        <translation>设置显式的 %1</translation>
    </message>
    <message>
        <source>Show keys</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>&amp;Generate Keys</source>
        <translation>生成密钥(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy XML</source>
        <translation>复制 XML(&amp;C)</translation>
    </message>
    <message>
        <source>In a web farm every server needs the same validation and decryption keys.</source>
        <translation>在 Web 场中，每台服务器都需要相同的验证密钥和解密密钥。</translation>
    </message>
    <message>
        <source>Generate Keys</source>
        <translation>生成密钥</translation>
    </message>
    <message>
        <source>Copied the &lt;machineKey&gt; element to the clipboard.</source>
        <translation>已将 &lt;machineKey&gt; 元素复制到剪贴板。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>inherited: %1</source>
        <translation>继承：%1</translation>
    </message>
    <message>
        <source>default: %1</source>
        <translation>默认：%1</translation>
    </message>
    <message>
        <source>(inherited: %1)</source>
        <translation>（继承：%1）</translation>
    </message>
    <message>
        <source>(default: %1)</source>
        <translation>（默认：%1）</translation>
    </message>
    <message>
        <source>This section is kept in %1 and is shown read-only.</source>
        <translation>此节保存在 %1 中，以只读方式显示。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not in this level: the values shown are in force. Changing one adds the element.</source>
        <translation>此级别中没有 &lt;%1&gt;：显示的是生效的值。更改任何一项都会添加该元素。</translation>
    </message>
    <message>
        <source>&lt;%1&gt; at line %2.</source>
        <translation>&lt;%1&gt; 位于第 %2 行。</translation>
    </message>
    <message>
        <source>(encrypted: value unknown)</source>
        <translation>（已加密：值未知）</translation>
    </message>
    <message>
        <source>This section is encrypted with %1: its values are unknown here and it is shown read-only. To read it, decrypt it on the server: aspnet_regiis -pdf &quot;system.web/%2&quot; &lt;site folder&gt;.</source>
        <translation>此节已使用 %1 加密：此处无法得知其值，仅以只读方式显示。若要读取，请在服务器上解密：aspnet_regiis -pdf &quot;system.web/%2&quot; &lt;站点文件夹&gt;。</translation>
    </message>
    <message>
        <source>protected configuration</source>
        <translation>受保护的配置</translation>
    </message>
    <message>
        <source>Declared providers</source>
        <translation>已声明的提供程序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Declared providers:</source>
        <translation>已声明的提供程序：</translation>
    </message>
    <message>
        <source> (&lt;connectionStrings&gt; entry: %1)</source>
        <translation>（&lt;connectionStrings&gt; 条目：%1）</translation>
    </message>
    <message>
        <source>&lt;add&gt; at line %1</source>
        <translation>第 %1 行的 &lt;add&gt;</translation>
    </message>
    <message>
        <source>No &lt;providers&gt; are declared here: Custom mode needs an &lt;add name=... type=...&gt; under &lt;sessionState&gt;&lt;providers&gt;.</source>
        <translation>此处未声明 &lt;providers&gt;：Custom 模式需要在 &lt;sessionState&gt;&lt;providers&gt; 下有一个 &lt;add name=... type=...&gt;。</translation>
    </message>
    <message>
        <source>Secrets (accessKey, passwords) follow Show keys on the Machine Key page.</source>
        <translation>机密（accessKey、密码）跟随“计算机密钥”页面上的“显示密钥”设置。</translation>
    </message>
</context>
<context>
    <name>sd::ServerSnapshot</name>
    <message>
        <source>the variable %1 in %2 is not known; copy the folder it names into the snapshot by hand</source>
        <translation>%2 中的变量 %1 未知；请手动将其指向的文件夹复制到快照中</translation>
    </message>
    <message>
        <source>%1 is not an absolute Windows path</source>
        <translation>%1 不是 Windows 绝对路径</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); its settings are left out</source>
        <translation>无法读取 %1（%2）；其设置被略过</translation>
    </message>
    <message>
        <source>%1 is not in the snapshot; its settings are left out (ASP.NET defaults assumed)</source>
        <translation>%1 不在快照中；其设置被略过（假定为 ASP.NET 默认值）</translation>
    </message>
    <message>
        <source>only applicationHost.config was opened: machine.config, the root web.config and the sites&apos; web.config files are not read, so their settings show as ASP.NET defaults; open a snapshot folder (docs/doctor.md) to see them</source>
        <translation>仅打开了 applicationHost.config：未读取 machine.config、根 web.config 和各站点的 web.config 文件，因此其设置显示为 ASP.NET 默认值；请打开快照文件夹（docs/doctor.md）查看它们</translation>
    </message>
    <message>
        <source>a web.config alone: no application pool, site ID or machine-wide settings are known</source>
        <translation>仅有一个 web.config：应用程序池、站点 ID 和计算机级设置均未知</translation>
    </message>
    <message>
        <source>shared configuration is on: the server reads applicationHost.config from %1; copy that file into the snapshot in its place</source>
        <translation>共享配置已开启：服务器从 %1 读取 applicationHost.config；请将该文件复制到快照中的相应位置</translation>
    </message>
    <message>
        <source>%1 is not in the snapshot: no application pools, sites or applications are known</source>
        <translation>%1 不在快照中：应用程序池、站点和应用程序均未知</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>无法读取 %1（%2）</translation>
    </message>
    <message>
        <source>the application pool &quot;%1&quot; of %2%3 is not defined</source>
        <translation>%2%3 的应用程序池“%1”未定义</translation>
    </message>
    <message>
        <source>%1%2 has no root virtual directory, so its web.config is not known</source>
        <translation>%1%2 没有根虚拟目录，因此其 web.config 未知</translation>
    </message>
</context>
<context>
    <name>sd::SessionBrowser</name>
    <message>
        <source>Application:</source>
        <translation>应用程序：</translation>
    </message>
    <message>
        <source>all applications</source>
        <translation>所有应用程序</translation>
    </message>
    <message>
        <source>Session ID starts with:</source>
        <translation>会话 ID 开头为：</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Load more</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>Reloads the first page every 5 seconds; pauses while more than one page is loaded or a session is selected, so the list does not move while you read it.</source>
        <translation>每 5 秒重新加载第一页；当已加载多页或选中了某个会话时暂停，以免列表在你阅读时发生变动。</translation>
    </message>
    <message>
        <source>Select a session to see its items.</source>
        <translation>选择一个会话以查看其中的项。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Abandon...</source>
        <translation>终止...</translation>
    </message>
    <message>
        <source>Reset timeout</source>
        <translation>重置超时</translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <source>Abandon all matching...</source>
        <translation>终止所有匹配的会话...</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Loading the first page...</source>
        <translation>正在加载第一页...</translation>
    </message>
    <message>
        <source>%1 of %2 sessions loaded</source>
        <translation>已加载 %1 个会话（共 %2 个）</translation>
    </message>
    <message>
        <source> (loading...)</source>
        <translation>（正在加载...）</translation>
    </message>
    <message>
        <source>— the cap of %1 rows is reached: narrow the filter to see the others.</source>
        <translation>— 已达到 %1 行的上限：请缩小筛选范围以查看其他会话。</translation>
    </message>
    <message>
        <source>(auto-refresh paused while more than one page is loaded)</source>
        <translation>（已加载多页，自动刷新暂停）</translation>
    </message>
    <message>
        <source>(auto-refresh paused while a session is selected; Refresh reloads)</source>
        <translation>（已选中会话，自动刷新暂停；点击“刷新”可重新加载）</translation>
    </message>
    <message>
        <source>The profile is read-only.</source>
        <translation>该连接配置为只读。</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>正在加载 %1...</translation>
    </message>
    <message>
        <source>This session is gone (expired or abandoned).</source>
        <translation>此会话已不存在（已过期或已终止）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2&lt;br&gt;created %3, last access %4, expires %5 (timeout %6 min), %7 bytes%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，位于 %2&lt;br&gt;创建于 %3，上次访问 %4，过期于 %5（超时 %6 分钟），%7 字节%8</translation>
    </message>
    <message>
        <source>, compressed</source>
        <translation>，已压缩</translation>
    </message>
    <message>
        <source>&lt;br&gt;locked for %1 s (lock cookie %2)</source>
        <translation>&lt;br&gt;已锁定 %1 秒（锁 Cookie %2）</translation>
    </message>
    <message>
        <source>&lt;br&gt;The items cannot be decoded: %1</source>
        <translation>&lt;br&gt;无法解码这些项：%1</translation>
    </message>
    <message>
        <source>[opaque BinaryFormatter data]</source>
        <translation>[不透明的 BinaryFormatter 数据]</translation>
    </message>
    <message>
        <source>[opaque %1]</source>
        <translation>[不透明的 %1]</translation>
    </message>
    <message>
        <source>(null key)</source>
        <translation>（空键）</translation>
    </message>
    <message>
        <source>Abandon session</source>
        <translation>终止会话</translation>
    </message>
    <message>
        <source>Abandon session %1?

Its data is deleted now, as Session.Abandon() would; a lock held by a running request is overridden, and Session_End is raised.</source>
        <translation>终止会话 %1？

其数据将立即删除，与 Session.Abandon() 的效果相同；正在运行的请求持有的锁会被强制解除，并引发 Session_End。</translation>
    </message>
    <message>
        <source>ALL %1 sessions on this server (no filter is set)</source>
        <translation>此服务器上的全部 %1 个会话（未设置筛选条件）</translation>
    </message>
    <message>
        <source>%1 sessions matching application &quot;%2&quot; and id prefix &quot;%3&quot;</source>
        <translation>与应用程序“%2”和 ID 前缀“%3”匹配的 %1 个会话</translation>
    </message>
    <message>
        <source>Abandon all matching</source>
        <translation>终止所有匹配的会话</translation>
    </message>
    <message>
        <source>Abandoning sessions...</source>
        <translation>正在终止会话...</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>%1 sessions abandoned, %2 could not be (already gone or refused).</source>
        <translation>已终止 %1 个会话，%2 个无法终止（已不存在或被拒绝）。</translation>
    </message>
    <message>
        <source>BinaryFormatter data of class &lt;b&gt;%1&lt;/b&gt;%2, %3 bytes: shown as hex, never deserialised</source>
        <translation>类 &lt;b&gt;%1&lt;/b&gt;%2 的 BinaryFormatter 数据，%3 字节：以十六进制显示，从不反序列化</translation>
    </message>
    <message>
        <source> (assembly %1)</source>
        <translation>（程序集 %1）</translation>
    </message>
    <message>
        <source>%1 data without a readable class name, %2 bytes: shown as hex</source>
        <translation>%1 数据，无可读的类名，%2 字节：以十六进制显示</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1，%2 字节</translation>
    </message>
    <message>
        <source>... %1 more bytes not shown (the server sends the first %2).</source>
        <translation>... 另有 %1 字节未显示（服务器只发送前 %2 字节）。</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>... and %1 more</source>
        <translation>... 另有 %1 个</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copies what the open tab shows: the text or the hex dump.</source>
        <translation>复制当前选项卡显示的内容：文本或十六进制转储。</translation>
    </message>
    <message>
        <source>Copied the hex dump of item %1.</source>
        <translation>已复制项 %1 的十六进制转储。</translation>
    </message>
    <message>
        <source>Copied the value of item %1.</source>
        <translation>已复制项 %1 的值。</translation>
    </message>
    <message>
        <source>Select an item to see its whole value.</source>
        <translation>选择一个项以查看其完整值。</translation>
    </message>
    <message>
        <source>Copied the session ID %1.</source>
        <translation>已复制会话 ID %1。</translation>
    </message>
    <message>
        <source>Copied %1 session IDs, one a line.</source>
        <translation>已复制 %1 个会话 ID，每行一个。</translation>
    </message>
    <message>
        <source>Their data is deleted now, as Session.Abandon() would; a lock held by a running request is overridden, and Session_End is raised.</source>
        <translation>其数据将立即删除，与 Session.Abandon() 的效果相同；正在运行的请求持有的锁会被强制解除，并引发 Session_End。</translation>
    </message>
    <message>
        <source>Abandon these %1 sessions?</source>
        <translation>终止这 %1 个会话？</translation>
    </message>
    <message>
        <source>Session %1 abandoned.</source>
        <translation>会话 %1 已终止。</translation>
    </message>
    <message>
        <source>%1 sessions abandoned.</source>
        <translation>已终止 %1 个会话。</translation>
    </message>
    <message>
        <source>%1 sessions abandoned, %2 not: %3</source>
        <translation>已终止 %1 个会话，%2 个未终止：%3</translation>
    </message>
    <message>
        <source>Reset timeout: %1 of %2 sessions failed: %3</source>
        <translation>重置超时：%2 个会话中有 %1 个失败：%3</translation>
    </message>
    <message>
        <source>Timeout of session %1 reset: it expires %2 minutes from now.</source>
        <translation>会话 %1 的超时已重置：将在 %2 分钟后过期。</translation>
    </message>
    <message>
        <source>Timeout of %1 sessions reset.</source>
        <translation>已重置 %1 个会话的超时。</translation>
    </message>
    <message>
        <source>Abandon %1?</source>
        <translation>终止%1？</translation>
    </message>
    <message>
        <source>The first of them:</source>
        <translation>其中前几个：</translation>
    </message>
    <message>
        <source>Session locked</source>
        <translation>会话已锁定</translation>
    </message>
    <message numerus="yes">
        <source>A request holds the lock of %n session(s) (%1). Abandoning now deletes the data under that request, which may write it back when it ends.

Force?</source>
        <translation>
            <numerusform>某个请求持有 %n 个会话的锁（%1）。现在放弃会删除该请求正在使用的数据，请求结束时可能会写回。

强制？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked session(s) not abandoned.</source>
        <translation>
            <numerusform>%n 个锁定的会话未被放弃。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked session(s) abandoned (forced).</source>
        <translation>
            <numerusform>已（强制）放弃 %n 个锁定的会话。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::SessionListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>locked %1 s</source>
        <translation>已锁定 %1 秒</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>会话 ID</translation>
    </message>
    <message>
        <source>Last access</source>
        <translation>上次访问</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>项数</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
</context>
<context>
    <name>sd::SessionLookup</name>
    <message>
        <source>&lt;b&gt;This server has no admin API.&lt;/b&gt; The Windows ASP.NET State Service (aspnet_state) cannot list sessions: its protocol only reads, writes and removes one session whose id is known. Look one up by application and id (a GET, as a page reading the session does: it slides the expiration).</source>
        <translation>&lt;b&gt;此服务器没有管理 API。&lt;/b&gt;Windows ASP.NET State Service（aspnet_state）无法列出会话：其协议只能读取、写入和删除一个已知 id 的会话。请按应用程序和 id 查找（一次 GET，与读取会话的页面相同：会顺延过期时间）。</translation>
    </message>
    <message>
        <source>The application&apos;s appDomainAppId (IIS metabase path), as the state server key starts with it.</source>
        <translation>应用程序的 appDomainAppId（IIS 元数据库路径），状态服务器的键以它开头。</translation>
    </message>
    <message>
        <source>24-character session id (ASP.NET_SessionId cookie)</source>
        <translation>24 个字符的会话 id（ASP.NET_SessionId cookie）</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查找(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>应用程序(&amp;A)：</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>会话 id(&amp;I)：</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Give the application (e.g. /LM/W3SVC/1/ROOT) and a session id of at most %1 characters.</source>
        <translation>请给出应用程序（例如 /LM/W3SVC/1/ROOT）和最多 %1 个字符的会话 id。</translation>
    </message>
    <message>
        <source>Looking up %1...</source>
        <translation>正在查找 %1...</translation>
    </message>
    <message>
        <source> (X-AspNet-Version %1)</source>
        <translation>（X-AspNet-Version %1）</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <source>404: no session %1 in %2 (never created, expired or abandoned)%3.</source>
        <translation>404：%2 中没有会话 %1（从未创建、已过期或已放弃）%3。</translation>
    </message>
    <message>
        <source>423: session %1 is locked by a request for %2 s (lock cookie %3)%4.</source>
        <translation>423：会话 %1 已被一个请求锁定 %2 秒（锁 cookie %3）%4。</translation>
    </message>
    <message>
        <source>The server answered %1 for session %2%3.</source>
        <translation>服务器对会话 %2 的应答为 %1%3。</translation>
    </message>
    <message>
        <source>200: session %1 exists but holds no data yet (an uninitialized item)%2.</source>
        <translation>200：会话 %1 存在但尚无数据（未初始化的项）%2。</translation>
    </message>
    <message>
        <source>200: session %1, timeout %2 min, %3 bytes%4.</source>
        <translation>200：会话 %1，超时 %2 分钟，%3 字节%4。</translation>
    </message>
    <message>
        <source>The items cannot be decoded: %1</source>
        <translation>无法解码这些项：%1</translation>
    </message>
    <message>
        <source>(cannot be decoded)</source>
        <translation>（无法解码）</translation>
    </message>
</context>
<context>
    <name>sd::TokenResultModel</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Not protected</source>
        <translation>未受保护</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>格式错误</translation>
    </message>
    <message>
        <source>not protected</source>
        <translation>未受保护</translation>
    </message>
    <message>
        <source>legacy MAC</source>
        <translation>旧式 MAC</translation>
    </message>
    <message>
        <source>legacy encrypted</source>
        <translation>旧式加密</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选密钥</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Decryption</source>
        <translation>解密</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>已泄露</translation>
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
        <translation>Forms 票证</translation>
    </message>
    <message>
        <source>Resource token</source>
        <translation>资源令牌</translation>
    </message>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… 另有 %n 个字节</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 local time (%2 UTC)</source>
        <translation>本地时间 %1（UTC %2）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Token, HTML &amp;page or Cookie header:</source>
        <translation>令牌、HTML 页面或 Cookie 头(&amp;P)：</translation>
    </message>
    <message>
        <source>Paste a __VIEWSTATE value or a .ASPXAUTH cookie, the HTML of a page (its __VIEWSTATE and __VIEWSTATEGENERATOR are picked out), or a Cookie header (its .ASPXAUTH is picked out).</source>
        <translation>粘贴 __VIEWSTATE 值或 .ASPXAUTH Cookie、页面的 HTML（从中提取 __VIEWSTATE 和 __VIEWSTATEGENERATOR），或 Cookie 头（从中提取 .ASPXAUTH）。</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Resource (WebResource.axd / ScriptResource.axd d=)</source>
        <translation>资源（WebResource.axd / ScriptResource.axd 的 d=）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Page &amp;URL:</source>
        <translation>页面 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Applicatio&amp;n path:</source>
        <translation>应用程序路径(&amp;N)：</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>应用程序 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>__VIEWSTATE&amp;GENERATOR:</source>
        <translation>__VIEWSTATEGENERATOR(&amp;G)：</translation>
    </message>
    <message>
        <source>ViewStateUserKe&amp;y:</source>
        <translation>ViewStateUserKey(&amp;Y)：</translation>
    </message>
    <message>
        <source>http://server/app/page.aspx (Framework45 ViewState, generator)</source>
        <translation>http://server/app/page.aspx（Framework45 ViewState、生成器）</translation>
    </message>
    <message>
        <source>/ or /app</source>
        <translation>/ 或 /app</translation>
    </message>
    <message>
        <source>optional: /LM/W3SVC/1/ROOT/app, for IsolateByAppId</source>
        <translation>可选：/LM/W3SVC/1/ROOT/app，用于 IsolateByAppId</translation>
    </message>
    <message>
        <source>optional: 8 hex digits; else from the page or the URL</source>
        <translation>可选：8 位十六进制数字；否则取自页面或 URL</translation>
    </message>
    <message>
        <source>optional: Page.ViewStateUserKey</source>
        <translation>可选：Page.ViewStateUserKey</translation>
    </message>
    <message>
        <source>Ve&amp;rify</source>
        <translation>验证(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Candidate keys (checked ones are tried):</source>
        <translation>候选密钥（尝试已勾选的）：</translation>
    </message>
    <message>
        <source>&amp;Add key...</source>
        <translation>添加密钥(&amp;A)...</translation>
    </message>
    <message>
        <source>Type a validation and decryption key; kept in memory only, never saved</source>
        <translation>输入验证密钥和解密密钥；仅保存在内存中，从不写入磁盘</translation>
    </message>
    <message>
        <source>Add key list...</source>
        <translation>添加密钥列表...</translation>
    </message>
    <message>
        <source>A text file with one validationKey,decryptionKey[,validation[,decryption]] per line</source>
        <translation>文本文件，每行一个 validationKey,decryptionKey[,validation[,decryption]]</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>移除(&amp;O)</translation>
    </message>
    <message>
        <source>Select a result to see its details.</source>
        <translation>选择一个结果以查看详细信息。</translation>
    </message>
    <message>
        <source>Paste a token to check which candidate key made it.</source>
        <translation>粘贴令牌，检查是哪个候选密钥生成了它。</translation>
    </message>
    <message>
        <source>No token found: no __VIEWSTATE field in the page, no .ASPXAUTH cookie in the header.</source>
        <translation>未找到令牌：页面中没有 __VIEWSTATE 字段，头中没有 .ASPXAUTH Cookie。</translation>
    </message>
    <message>
        <source>%1 from an HTML page, generator %2</source>
        <translation>%1，来自 HTML 页面，生成器 %2</translation>
    </message>
    <message>
        <source>%1 from an HTML page, without __VIEWSTATEGENERATOR</source>
        <translation>%1，来自 HTML 页面，没有 __VIEWSTATEGENERATOR</translation>
    </message>
    <message>
        <source>%1 from a Cookie header (.ASPXAUTH)</source>
        <translation>%1，来自 Cookie 头（.ASPXAUTH）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1，%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>(generator %1 as typed)</source>
        <translation>（生成器 %1，手动输入）</translation>
    </message>
    <message>
        <source>__VIEWSTATEGENERATOR takes up to 8 hex digits.</source>
        <translation>__VIEWSTATEGENERATOR 最多为 8 位十六进制数字。</translation>
    </message>
    <message>
        <source>Typed key %1 (%2)</source>
        <translation>输入的密钥 %1（%2）</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds key hashes (Microsoft&apos;s MachineKeys.csv), not keys: set it as the disclosed-key list in Edit &gt; Preferences.</source>
        <translation>%1 包含的是密钥哈希（Microsoft 的 MachineKeys.csv），而不是密钥：请在“编辑 &gt; 首选项”中将其设为泄露密钥列表。</translation>
    </message>
    <message>
        <source>%1 holds no key: expected lines of validationKey,decryptionKey[,validation[,decryption]].</source>
        <translation>%1 中没有密钥：应为 validationKey,decryptionKey[,validation[,decryption]] 格式的行。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n key(s))</source>
        <translation>
            <numerusform>%1（%n 个密钥）</numerusform>
        </translation>
    </message>
    <message>
        <source>The &lt;machineKey&gt; of the open web.config (application level)</source>
        <translation>已打开的 web.config 的 &lt;machineKey&gt;（应用程序级别）</translation>
    </message>
    <message>
        <source>The &lt;machineKey&gt; in force for this application of a server snapshot open in the Doctor</source>
        <translation>在“诊断”中打开的服务器快照里，此应用程序生效的 &lt;machineKey&gt;</translation>
    </message>
    <message>
        <source>Typed in: kept in memory only, never saved</source>
        <translation>手动输入：仅保存在内存中，从不写入磁盘</translation>
    </message>
    <message numerus="yes">
        <source>Key list file: %n key(s), each tried</source>
        <translation>
            <numerusform>密钥列表文件：%n 个密钥，逐一尝试</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of key hashes skipped: a hash list belongs in Edit &gt; Preferences</source>
        <translation>
            <numerusform>跳过了 %n 行密钥哈希：哈希列表应在“编辑 &gt; 首选项”中设置</numerusform>
        </translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Validation: %1; decryption: %2; mode: %3</source>
        <translation>验证：%1；解密：%2；模式：%3</translation>
    </message>
    <message>
        <source>legacy (Framework20SP1/SP2)</source>
        <translation>旧式（Framework20SP1/SP2）</translation>
    </message>
    <message>
        <source>Key fingerprints (SHA-256, first 8 hex digits): validation %1, decryption %2</source>
        <translation>密钥指纹（SHA-256 的前 8 位十六进制数字）：验证 %1，解密 %2</translation>
    </message>
    <message>
        <source>No candidate key: open a web.config or a server snapshot, or add keys.</source>
        <translation>没有候选密钥：请打开 web.config 或服务器快照，或添加密钥。</translation>
    </message>
    <message>
        <source>Up to %1 single keys are listed; a key list file is one row with all its keys.</source>
        <translation>最多列出 %1 个单独的密钥；密钥列表文件占一行，包含其全部密钥。</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) over that limit are left out.</source>
        <translation>
            <numerusform>超出此上限的 %n 个密钥已略去。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a Key List</source>
        <translation>添加密钥列表</translation>
    </message>
    <message>
        <source>Key lists (*.txt *.csv);;All files (*)</source>
        <translation>密钥列表 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No disclosed-key list: set Microsoft&apos;s MachineKeys.csv (or a plain key list) in Edit &gt; Preferences to find tokens made with publicly disclosed keys.</source>
        <translation>没有泄露密钥列表：请在“编辑 &gt; 首选项”中设置 Microsoft 的 MachineKeys.csv（或纯文本密钥列表），以发现用公开泄露的密钥生成的令牌。</translation>
    </message>
    <message numerus="yes">
        <source>Disclosed-key list (Edit &gt; Preferences): %1, %n key hash(es); every candidate is checked against it.</source>
        <translation>
            <numerusform>泄露密钥列表（编辑 &gt; 首选项）：%1，%n 个密钥哈希；每个候选密钥都会与之比对。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Disclosed-key list (Edit &gt; Preferences): %1, %n key(s); each is also tried against the token.</source>
        <translation>
            <numerusform>泄露密钥列表（编辑 &gt; 首选项）：%1，%n 个密钥；每个密钥也会用来验证该令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>（无密钥）</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message numerus="yes">
        <source>Checking %1 of %n key(s)...</source>
        <translation>
            <numerusform>正在检查 %1 / %n 个密钥...</numerusform>
        </translation>
    </message>
    <message>
        <source>This token was made with a publicly disclosed machine key: anyone can forge ViewState and tickets for this application, which attackers use for code injection.</source>
        <translation>此令牌是用公开泄露的计算机密钥生成的：任何人都能为此应用程序伪造 ViewState 和票证，攻击者借此进行代码注入。</translation>
    </message>
    <message>
        <source>This candidate key is on the publicly disclosed list, though it did not make this token.</source>
        <translation>此候选密钥在公开泄露列表中，尽管此令牌不是用它生成的。</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more finding(s).</source>
        <translation>
            <numerusform>… 另有 %n 项检查结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft&apos;s advice for a publicly disclosed key:</source>
        <translation>Microsoft 对公开泄露密钥的建议：</translation>
    </message>
    <message>
        <source>Web farm with fixed keys: generate new keys and put the same new values on all servers.</source>
        <translation>使用固定密钥的 Web 场：生成新密钥，并在所有服务器上设置相同的新值。</translation>
    </message>
    <message>
        <source>Single server with fixed keys: remove &lt;machineKey&gt; so ASP.NET uses keys auto-generated at runtime.</source>
        <translation>使用固定密钥的单台服务器：删除 &lt;machineKey&gt;，让 ASP.NET 使用运行时自动生成的密钥。</translation>
    </message>
    <message>
        <source>SharePoint or Exchange: use their own key-rotation procedure.</source>
        <translation>SharePoint 或 Exchange：使用其自带的密钥轮换流程。</translation>
    </message>
    <message>
        <source>Rotating keys does not remove a backdoor already planted: investigate the servers, and consider rebuilding web-facing servers offline if they were exploited.</source>
        <translation>轮换密钥并不能清除已植入的后门：请调查这些服务器；如果已被利用，请考虑离线重建面向 Web 的服务器。</translation>
    </message>
    <message>
        <source>Paste a token, check the candidate keys and press Verify.</source>
        <translation>粘贴令牌，勾选候选密钥，然后单击“验证”。</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n key(s); the results so far are shown.</source>
        <translation>
            <numerusform>检查 %n 个密钥后已取消；显示目前的结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with a publicly disclosed key: %1.</source>
        <translation>由公开泄露的密钥生成：%1。</translation>
    </message>
    <message>
        <source>Valid with %1.</source>
        <translation>使用 %1 验证有效。</translation>
    </message>
    <message>
        <source>Not protected: this ViewState carries no MAC, so anyone can change it (enableViewStateMac is off).</source>
        <translation>未受保护：此 ViewState 没有 MAC，任何人都能修改它（enableViewStateMac 已关闭）。</translation>
    </message>
    <message>
        <source>Malformed: this is not a token of that kind; the detail says why.</source>
        <translation>格式错误：这不是该类型的令牌；原因见详细信息。</translation>
    </message>
    <message>
        <source>No candidate key validates this token.</source>
        <translation>没有候选密钥能验证此令牌。</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) checked.</source>
        <translation>
            <numerusform>已检查 %n 个候选密钥。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publicly disclosed key(s) tried.</source>
        <translation>
            <numerusform>已尝试 %n 个公开泄露的密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket name</source>
        <translation>票证名称</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Persistent</source>
        <translation>持久</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>User data</source>
        <translation>用户数据</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Cookie path</source>
        <translation>Cookie 路径</translation>
    </message>
    <message>
        <source>Ticket version</source>
        <translation>票证版本</translation>
    </message>
    <message>
        <source>%1 (computed from the page URL)</source>
        <translation>%1（根据页面 URL 计算）</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>处理程序</translation>
    </message>
    <message>
        <source>Runtime keys</source>
        <translation>运行时密钥</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>候选密钥</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>the disclosed-key list</source>
        <translation>泄露密钥列表</translation>
    </message>
    <message>
        <source>Disclosed</source>
        <translation>已泄露</translation>
    </message>
    <message>
        <source>Yes: this key is publicly disclosed</source>
        <translation>是：此密钥已公开泄露</translation>
    </message>
    <message>
        <source>Key fingerprints</source>
        <translation>密钥指纹</translation>
    </message>
    <message>
        <source>validation %1, decryption %2</source>
        <translation>验证 %1，解密 %2</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1 文本</translation>
    </message>
    <message>
        <source>ViewState structure</source>
        <translation>ViewState 结构</translation>
    </message>
    <message numerus="yes">
        <source>Clear bytes (%n byte(s)):</source>
        <translation>
            <numerusform>明文字节（%n 个字节）：</numerusform>
        </translation>
    </message>
    <message>
        <source>optional: how the results name this key</source>
        <translation>可选：结果中此密钥的名称</translation>
    </message>
    <message>
        <source>Show keys</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Any (try each)</source>
        <translation>任意（逐一尝试）</translation>
    </message>
    <message>
        <source>Legacy (Framework20SP1/SP2)</source>
        <translation>旧式（Framework20SP1/SP2）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;validationKey:</source>
        <translation>validationKey(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;decryptionKey:</source>
        <translation>decryptionKey(&amp;D)：</translation>
    </message>
    <message>
        <source>V&amp;alidation:</source>
        <translation>验证(&amp;A)：</translation>
    </message>
    <message>
        <source>D&amp;ecryption:</source>
        <translation>解密(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>The validationKey must be hex digits (an even number of them).</source>
        <translation>validationKey 必须是十六进制数字（位数为偶数）。</translation>
    </message>
    <message>
        <source>The decryptionKey must be hex digits (an even number of them), or empty.</source>
        <translation>decryptionKey 必须是十六进制数字（位数为偶数），或为空。</translation>
    </message>
    <message>
        <source>Add a Key</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>The key is kept in memory only while SessionDesk runs: it is never saved, and the results name it, never show it.</source>
        <translation>密钥仅在 SessionDesk 运行期间保存在内存中：从不写入磁盘，结果中只显示其名称，从不显示密钥本身。</translation>
    </message>
    <message>
        <source>The list holds at most %1 single keys; put more keys in a key list file.</source>
        <translation>列表最多容纳 %1 个单独的密钥；更多密钥请放入密钥列表文件。</translation>
    </message>
</context>
</TS>
