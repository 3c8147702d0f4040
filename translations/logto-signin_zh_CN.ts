<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppController</name>
    <message>
        <source>Logto issued no refresh token, so the session could not be kept. Check that the app is a Native app.</source>
        <translation>Logto 未颁发刷新令牌，因此无法保持会话。请检查该应用是否为原生应用。</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but Logto could not be told (%1). The session ends when it expires.</source>
        <translation>你已在这台电脑上退出登录，但无法通知 Logto（%1）。会话将在过期时结束。</translation>
    </message>
    <message>
        <source>Access token copied to the clipboard.</source>
        <translation>已将访问令牌复制到剪贴板。</translation>
    </message>
    <message>
        <source>ID token copied to the clipboard.</source>
        <translation>已将 ID 令牌复制到剪贴板。</translation>
    </message>
    <message>
        <source>Signed out. Your browser is ending the Logto session too.</source>
        <translation>已退出登录。浏览器也正在结束 Logto 会话。</translation>
    </message>
    <message>
        <source>Signed out. The session was removed from this computer.</source>
        <translation>已退出登录。会话已从这台计算机中删除。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Set your Logto endpoint and app ID in Settings to sign in.</source>
        <translation>要登录，请在设置中填写 Logto 端点和应用 ID。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400</source>
        <translation>--timeout 需要 1 到 86400 之间的秒数</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>None of the browsers in $BROWSER could be started.</source>
        <translation>无法启动 $BROWSER 中列出的任何浏览器。</translation>
    </message>
    <message>
        <source>Could not open the web browser.</source>
        <translation>无法打开网页浏览器。</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You&apos;re signed in</source>
        <extracomment>Heading of the browser page shown after a successful sign-in.</extracomment>
        <translation>你已登录</translation>
    </message>
    <message>
        <source>You can close this tab and return to the app.</source>
        <extracomment>Text of the browser page shown after a successful sign-in.</extracomment>
        <translation>你可以关闭此标签页并返回应用。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <extracomment>Heading of the browser page shown when the sign-in failed; the reason follows below it.</extracomment>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>This sign-in link has expired</source>
        <extracomment>Heading of the browser page for a sign-in redirect the app is not waiting for (old tab, replayed link).</extracomment>
        <translation>此登录链接已过期</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in the app is waiting for. Start the sign-in again from the app.</source>
        <extracomment>Text of the browser page for a sign-in redirect the app is not waiting for.</extracomment>
        <translation>此页面不属于应用正在等待的登录。请从应用重新开始登录。</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Your unique user ID at this Logto tenant</source>
        <translation>你在此 Logto 租户中的唯一用户 ID</translation>
    </message>
    <message>
        <source>Who issued the token: the Logto tenant&apos;s OpenID Connect address</source>
        <translation>令牌的颁发者：Logto 租户的 OpenID Connect 地址</translation>
    </message>
    <message>
        <source>Who the token is for: this app&apos;s ID in Logto</source>
        <translation>令牌的接收方：此应用在 Logto 中的 ID</translation>
    </message>
    <message>
        <source>The app the token was issued to (authorized party)</source>
        <translation>令牌颁发给的应用（authorized party）</translation>
    </message>
    <message>
        <source>When the ID token expires</source>
        <translation>ID 令牌的过期时间</translation>
    </message>
    <message>
        <source>When the ID token was issued</source>
        <translation>ID 令牌的颁发时间</translation>
    </message>
    <message>
        <source>The token is not valid before this time</source>
        <translation>在此时间之前令牌无效</translation>
    </message>
    <message>
        <source>When you last entered your credentials at Logto</source>
        <translation>你上次在 Logto 输入凭据的时间</translation>
    </message>
    <message>
        <source>A one-time value this app sent with the sign-in request, tying the token to it</source>
        <translation>此应用随登录请求发送的一次性值，用于将令牌与该请求绑定</translation>
    </message>
    <message>
        <source>A hash of the access token, tying it to this ID token</source>
        <translation>访问令牌的哈希值，用于将访问令牌与此 ID 令牌绑定</translation>
    </message>
    <message>
        <source>The ID of your sign-in session at Logto</source>
        <translation>你在 Logto 的登录会话 ID</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>你的全名</translation>
    </message>
    <message>
        <source>Your given name</source>
        <translation>你的名字</translation>
    </message>
    <message>
        <source>Your family name</source>
        <translation>你的姓氏</translation>
    </message>
    <message>
        <source>Your username at Logto</source>
        <translation>你在 Logto 的用户名</translation>
    </message>
    <message>
        <source>The name you prefer to be called by</source>
        <translation>你希望别人称呼你的名字</translation>
    </message>
    <message>
        <source>The address of your profile picture</source>
        <translation>你的头像地址</translation>
    </message>
    <message>
        <source>Your primary email address</source>
        <translation>你的主要电子邮箱地址</translation>
    </message>
    <message>
        <source>Whether your email address has been verified</source>
        <translation>你的电子邮箱地址是否已验证</translation>
    </message>
    <message>
        <source>Your primary phone number</source>
        <translation>你的主要电话号码</translation>
    </message>
    <message>
        <source>Whether your phone number has been verified</source>
        <translation>你的电话号码是否已验证</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>你的邮寄地址</translation>
    </message>
    <message>
        <source>Your preferred language</source>
        <translation>你的首选语言</translation>
    </message>
    <message>
        <source>The roles you have in this tenant</source>
        <translation>你在此租户中的角色</translation>
    </message>
    <message>
        <source>The IDs of the organizations you belong to</source>
        <translation>你所属组织的 ID</translation>
    </message>
    <message>
        <source>Your roles in your organizations, as organization ID:role</source>
        <translation>你在所属组织中的角色，格式为 组织 ID:角色</translation>
    </message>
    <message>
        <source>The organizations you belong to, with their names and descriptions</source>
        <translation>你所属的组织及其名称和描述</translation>
    </message>
    <message>
        <source>Extra data stored on your user profile</source>
        <translation>保存在你的用户资料中的额外数据</translation>
    </message>
    <message>
        <source>Accounts you signed in with (for example Apple) and what they shared</source>
        <translation>你用于登录的账号（例如 Apple）及其共享的信息</translation>
    </message>
    <message>
        <source>When your account was created</source>
        <translation>你的账号创建时间</translation>
    </message>
    <message>
        <source>When your profile last changed (every sign-in changes it)</source>
        <translation>你的个人资料上次更改的时间（每次登录都会更改）</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>A short duration in seconds, as in &quot;expires in 45 s&quot;.</extracomment>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A short duration in minutes, as in &quot;expires in 54 min&quot;.</extracomment>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in whole hours, as in &quot;expires in 2 h&quot;.</extracomment>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours (%1) and minutes (%2), as in &quot;expires in 2 h 5 min&quot;.</extracomment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A duration in whole days, as in &quot;expires in 3 days&quot;.</extracomment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown for a claim whose value is null (not set).</extracomment>
        <translation>—</translation>
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
        <source>%1 (expires in %2)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;54 min&quot;.</extracomment>
        <translation>%1（%2后过期）</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;3 min&quot;.</extracomment>
        <translation>%1（%2前已过期）</translation>
    </message>
    <message>
        <source>%1 (Apple private relay)</source>
        <extracomment>%1 is an email address that Apple&apos;s &quot;Hide My Email&quot; created; &quot;Apple&quot; is a brand name.</extracomment>
        <translation>%1（Apple 私人邮件中继）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Summary of a list value; %n is the number of elements.</extracomment>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <extracomment>Summary of an object value; %n is the number of fields.</extracomment>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>ID token, userinfo</source>
        <extracomment>Where a claim came from: both the ID token and the userinfo endpoint.</extracomment>
        <translation>ID 令牌、userinfo</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 令牌</translation>
    </message>
    <message>
        <source>userinfo</source>
        <extracomment>Where a claim came from: the userinfo endpoint (/oidc/me). Technical term, usually kept.</extracomment>
        <translation>userinfo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>The same value is in the verified ID token and in the userinfo answer.</source>
        <translation>经过验证的 ID 令牌和 userinfo 响应中包含相同的值。</translation>
    </message>
    <message>
        <source>From the verified ID token.</source>
        <translation>来自经过验证的 ID 令牌。</translation>
    </message>
    <message>
        <source>From Logto&apos;s userinfo endpoint.</source>
        <translation>来自 Logto 的 userinfo 端点。</translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>Column header: the name of a claim (sub, email, ...).</extracomment>
        <translation>声明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: where the claim came from (ID token, userinfo).</extracomment>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Copied.</source>
        <extracomment>Brief confirmation next to the &quot;Copy all as JSON&quot; button.</extracomment>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>筛选声明</translation>
    </message>
    <message>
        <source>Shows only claims whose name or value contains this text.</source>
        <translation>仅显示名称或值包含此文本的声明。</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>The claims of the ID token and of the userinfo answer. Press Ctrl+C to copy the selected claim.</source>
        <translation>ID 令牌和 userinfo 响应中的声明。按 Ctrl+C 可复制所选声明。</translation>
    </message>
    <message>
        <source>Copy all as JSON</source>
        <translation>全部复制为 JSON</translation>
    </message>
    <message>
        <source>Copies the ID token&apos;s claims and the userinfo answer as one JSON object.</source>
        <translation>将 ID 令牌的声明和 userinfo 响应复制为一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Context menu entry: copies the selected claim as &quot;name: value&quot;.</extracomment>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>One of: %1.</source>
        <translation>以下之一：%1。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Logto endpoint, e.g. https://your-tenant.logto.app (env LOGTO_ENDPOINT).</source>
        <translation>Logto 端点，例如 https://your-tenant.logto.app （环境变量 LOGTO_ENDPOINT）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Native app&apos;s ID from the Logto Console (env LOGTO_APP_ID).</source>
        <translation>Logto Console 中原生应用的应用 ID（环境变量 LOGTO_APP_ID）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Extra scope, repeatable; added to openid offline_access profile.</source>
        <translation>额外的权限范围（scope），可重复指定；会添加到 openid offline_access profile 之后。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>API resource (RFC 8707), repeatable.</source>
        <translation>API 资源（RFC 8707），可重复指定。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>sign-in: sign_in, register, reset_password, identifier:sign_in, identifier:register or single_sign_on.</source>
        <translation>sign-in: 首先显示的页面，可为 sign_in, register, reset_password, identifier:sign_in, identifier:register 或 single_sign_on。</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>sign-in: identifiers to offer, a subset of &quot;email phone username&quot;.</source>
        <translation>sign-in: 登录页面提供的标识符，取自 &quot;email phone username&quot; 的子集。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>sign-in: pre-fills the identifier.</source>
        <translation>sign-in: 预先填写标识符。</translation>
    </message>
    <message>
        <source>sign-in: OpenID prompt (default consent; &quot;login consent&quot; forces a fresh login).</source>
        <translation>sign-in: OpenID 的 prompt（默认为 consent；&quot;login consent&quot; 会强制重新登录）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>sign-in: language of Logto&apos;s pages (default: the app&apos;s language).</source>
        <translation>sign-in: Logto 页面的语言（默认：应用的语言）。</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>sign-in, token: organization ID.</source>
        <translation>sign-in, token: 组织 ID。</translation>
    </message>
    <message>
        <source>sign-in: print the sign-in URL on stderr instead of opening a browser.</source>
        <translation>sign-in: 不打开浏览器，而是将登录 URL 输出到 stderr。</translation>
    </message>
    <message>
        <source>sign-in: seconds to wait for the browser (default 300).</source>
        <translation>sign-in: 等待浏览器的秒数（默认 300）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>sign-in: loopback port (default 0: the system picks one).</source>
        <translation>sign-in: loopback 端口（默认 0：由系统选择）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>status: list every stored session.</source>
        <translation>status: 列出所有已保存的会话。</translation>
    </message>
    <message>
        <source>sign-out: also end the browser session at Logto.</source>
        <translation>sign-out: 同时结束浏览器中 Logto 的会话。</translation>
    </message>
    <message>
        <source>token, claims, userinfo: refresh when the access token expires within SECONDS (default 60).</source>
        <translation>token, claims, userinfo: 访问令牌将在 SECONDS 秒内过期时刷新（默认 60）。</translation>
    </message>
    <message>
        <source>Seconds to wait for each request to Logto (default 15).</source>
        <translation>每个发往 Logto 的请求的等待秒数（默认 15）。</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>未指定命令；请尝试 --help</translation>
    </message>
    <message>
        <source>expected one command, got %1</source>
        <translation>应只指定一个命令，但收到了 %1</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;</source>
        <translation>选项 --%1 不适用于 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no Logto endpoint: pass --endpoint URL or set LOGTO_ENDPOINT</source>
        <translation>没有 Logto 端点：请传入 --endpoint URL 或设置 LOGTO_ENDPOINT</translation>
    </message>
    <message>
        <source>no app ID: pass --app-id ID or set LOGTO_APP_ID</source>
        <translation>没有应用 ID：请传入 --app-id ID 或设置 LOGTO_APP_ID</translation>
    </message>
    <message>
        <source>token takes at most one --resource</source>
        <translation>token 最多只接受一个 --resource</translation>
    </message>
    <message>
        <source>--apple and --direct-sign-in cannot be combined</source>
        <translation>--apple 和 --direct-sign-in 不能同时使用</translation>
    </message>
    <message>
        <source>--identifier needs at least one of email, phone, username</source>
        <translation>--identifier 至少需要 email、phone、username 之一</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400</source>
        <translation>--timeout 需要 1 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>--port takes a port number from 0 to 65535</source>
        <translation>--port 需要 0 到 65535 之间的端口号</translation>
    </message>
    <message>
        <source>--min-validity takes a number of seconds from 0 to 86400</source>
        <translation>--min-validity 需要 0 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>--network-timeout takes a number of seconds from 1 to 600</source>
        <translation>--network-timeout 需要 1 到 600 之间的秒数</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are %2 (see --help)</source>
        <translation>未知命令 &apos;%1&apos;；可用的命令有 %2（见 --help）</translation>
    </message>
    <message>
        <source>Sign in to Logto from the desktop: your browser opens Logto&apos;s page, and the session is kept in the system keychain.

Commands:
  sign-in    sign in through the browser; prints the verified ID-token claims
  status     shows the stored session without using the network (exit 3 when signed out)
  claims     prints the verified ID-token claims of the stored session
  userinfo   prints the profile from Logto&apos;s userinfo endpoint
  token      prints an access token, refreshing it when needed
  sign-out   revokes the session and removes it from the keychain
  doctor     checks the set-up without opening a browser; says how to fix each problem

Without a command the window opens; it needs a display.</source>
        <translation>从桌面登录 Logto：浏览器会打开 Logto 的页面，会话保存在系统钥匙串中。

命令：
  sign-in    通过浏览器登录，并输出经过验证的 ID 令牌声明
  status     不联网显示已保存的会话（未登录时退出码为 3）
  claims     输出已保存会话中经过验证的 ID 令牌声明
  userinfo   输出来自 Logto userinfo 端点的个人资料
  token      输出访问令牌，必要时先刷新
  sign-out   撤销会话并将其从钥匙串中删除
  doctor     不打开浏览器检查设置，并说明每个问题的解决方法

不指定命令时打开窗口；窗口需要显示器。</translation>
    </message>
    <message>
        <source>doctor: print the checklist as one JSON object.</source>
        <translation>doctor: 将检查清单输出为一个 JSON 对象。</translation>
    </message>
    <message>
        <source>sign-in: continue with Apple (same as --direct-sign-in social:apple); doctor: check that the tenant offers it.</source>
        <translation>sign-in: 通过 Apple 继续（等同于 --direct-sign-in social:apple）；doctor：检查租户是否提供它。</translation>
    </message>
    <message>
        <source>sign-in: social:&lt;target&gt; or sso:&lt;connector id&gt;; doctor: check that the tenant offers social:&lt;target&gt;.</source>
        <translation>sign-in: social:&lt;target&gt; 或 sso:&lt;connector id&gt;；doctor：检查租户是否提供 social:&lt;target&gt;。</translation>
    </message>
    <message>
        <source>sign-in: put the authorization request in the URL even when the provider offers pushed authorization requests (PAR, the default).</source>
        <translation>sign-in: 即使提供方支持推送授权请求（PAR，默认使用），也将授权请求放在 URL 中发送。</translation>
    </message>
    <message>
        <source>sign-in: sign in on another device (RFC 8628 device flow): shows a code, a link and a QR code; --app-id is then the tenant&apos;s device-flow app.</source>
        <translation>sign-in: 在另一台设备上登录（RFC 8628 设备流程）：显示代码、链接和二维码；此时 --app-id 为租户的设备流程应用。</translation>
    </message>
    <message>
        <source>doctor checks --direct-sign-in social:&lt;target&gt; only</source>
        <translation>doctor 只检查 --direct-sign-in social:&lt;target&gt;</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;sign-in --device&apos;</source>
        <translation>选项 --%1 不适用于 &apos;sign-in --device&apos;</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>代码将在 %1:%2 后过期</translation>
    </message>
    <message>
        <source>Sign in with another device</source>
        <translation>通过另一台设备登录</translation>
    </message>
    <message>
        <source>On your phone or another computer, open this link and enter the code, or scan the QR code. This window continues when you have signed in there.</source>
        <translation>在手机或另一台计算机上打开此链接并输入代码，或扫描二维码。在那里登录后，此窗口将继续。</translation>
    </message>
    <message>
        <source>QR code of the link, with the code filled in</source>
        <translation>已填入代码的链接二维码</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>DeviceSignInCommand</name>
    <message>
        <source>warning: the server issued no refresh token, so the session was not kept</source>
        <translation>warning: 服务器未颁发刷新令牌，因此未保存会话</translation>
    </message>
    <message>
        <source>To sign in, open this link on a phone or another computer:</source>
        <translation>要登录，请在手机或另一台计算机上打开此链接：</translation>
    </message>
    <message>
        <source>and enter this code:</source>
        <translation>并输入此代码：</translation>
    </message>
    <message>
        <source>Or scan this QR code, which fills in the code:</source>
        <translation>或扫描此二维码（会自动填入代码）：</translation>
    </message>
    <message>
        <source>(The QR code does not fit this terminal; use the link and the code.)</source>
        <translation>（二维码无法在此终端中完整显示；请使用链接和代码。）</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the other device (up to %n second(s); Ctrl-C cancels)…</source>
        <translation>
            <numerusform>正在等待另一台设备（最多 %n 秒；按 Ctrl-C 取消）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <source>The provider&apos;s OpenID configuration is not valid JSON.</source>
        <translation>身份提供者的 OpenID 配置不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The provider&apos;s issuer does not match the endpoint: check the Logto endpoint (a custom domain has its own issuer).</source>
        <translation>身份提供者的颁发者（issuer）与端点不匹配：请检查 Logto 端点（自定义域名有自己的颁发者）。</translation>
    </message>
    <message>
        <source>The provider&apos;s OpenID configuration has no %1.</source>
        <translation>身份提供者的 OpenID 配置中没有 %1。</translation>
    </message>
    <message>
        <source>The provider&apos;s %1 is not a safe address.</source>
        <translation>身份提供者的 %1 不是安全的地址。</translation>
    </message>
    <message>
        <source>The provider does not support PKCE with S256, which a desktop app needs.</source>
        <translation>身份提供者不支持桌面应用所需的 S256 方式的 PKCE。</translation>
    </message>
    <message>
        <source>The provider&apos;s OpenID configuration lists no ID-token signing algorithms.</source>
        <translation>身份提供者的 OpenID 配置未列出任何 ID 令牌签名算法。</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Fix: %1</source>
        <translation>解决方法: %1</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>所有检查均已通过。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not pass.</source>
        <translation>
            <numerusform>%n 项检查未通过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>OAuth error: %1</source>
        <translation>OAuth 错误：%1</translation>
    </message>
    <message>
        <source>Logto code: %1</source>
        <translation>Logto 错误代码：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP 状态：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Expands the technical details of an error.</extracomment>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
</context>
<context>
    <name>IdTokenVerifier</name>
    <message>
        <source>The ID token was issued for a different app than this one.</source>
        <translation>此 ID 令牌是颁发给其他应用的，而不是此应用。</translation>
    </message>
    <message>
        <source>The sign-in settings are incomplete, so the ID token cannot be checked.</source>
        <translation>登录设置不完整，因此无法检查 ID 令牌。</translation>
    </message>
    <message>
        <source>The ID token&apos;s signing algorithm is not allowed.</source>
        <translation>ID 令牌的签名算法不被允许。</translation>
    </message>
    <message>
        <source>The ID token&apos;s signing algorithm is not one the provider announced.</source>
        <translation>ID 令牌的签名算法不在身份提供者公布的算法之列。</translation>
    </message>
    <message>
        <source>None of the provider&apos;s signing keys can check the ID token.</source>
        <translation>身份提供者的签名密钥都无法检查此 ID 令牌。</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is not valid.</source>
        <translation>ID 令牌的签名无效。</translation>
    </message>
    <message>
        <source>The ID token&apos;s issuer does not match the provider.</source>
        <translation>ID 令牌的颁发者与身份提供者不匹配。</translation>
    </message>
    <message>
        <source>The ID token&apos;s expiry time is missing or invalid.</source>
        <translation>ID 令牌的过期时间缺失或无效。</translation>
    </message>
    <message>
        <source>The ID token has expired. If this keeps happening, check that the computer&apos;s clock is right.</source>
        <translation>ID 令牌已过期。如果此问题反复出现，请检查电脑的时钟是否准确。</translation>
    </message>
    <message>
        <source>The ID token&apos;s issue time is missing or invalid.</source>
        <translation>ID 令牌的颁发时间缺失或无效。</translation>
    </message>
    <message>
        <source>The ID token was issued in the future — is the computer&apos;s clock right?</source>
        <translation>ID 令牌的颁发时间在未来——电脑的时钟准确吗？</translation>
    </message>
    <message>
        <source>The ID token is not valid yet — is the computer&apos;s clock right?</source>
        <translation>ID 令牌尚未生效——电脑的时钟准确吗？</translation>
    </message>
    <message>
        <source>The ID token does not say who signed in.</source>
        <translation>ID 令牌没有说明是谁登录的。</translation>
    </message>
    <message>
        <source>The ID token is for a different user than the one signed in.</source>
        <translation>此 ID 令牌属于另一个用户，而不是已登录的用户。</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in attempt.</source>
        <translation>此 ID 令牌不属于本次登录。</translation>
    </message>
    <message>
        <source>The ID token does not match the access token.</source>
        <translation>ID 令牌与访问令牌不匹配。</translation>
    </message>
</context>
<context>
    <name>JsonWebKey</name>
    <message>
        <source>The provider published a signing key this app cannot use.</source>
        <translation>身份提供者公布了此应用无法使用的签名密钥。</translation>
    </message>
    <message>
        <source>The signature does not match the provider&apos;s signing key.</source>
        <translation>签名与身份提供者的签名密钥不匹配。</translation>
    </message>
    <message>
        <source>The signing algorithm is not allowed.</source>
        <translation>签名算法不被允许。</translation>
    </message>
</context>
<context>
    <name>JsonWebKeySet</name>
    <message>
        <source>The provider&apos;s list of signing keys could not be read.</source>
        <translation>无法读取身份提供者的签名密钥列表。</translation>
    </message>
</context>
<context>
    <name>JsonWebSignature</name>
    <message>
        <source>The token from the provider is malformed.</source>
        <translation>来自身份提供者的令牌格式错误。</translation>
    </message>
</context>
<context>
    <name>Logto::DeviceSignInFlow</name>
    <message numerus="yes">
        <source>timed out waiting for the other device: the sign-in was not completed within %n second(s)</source>
        <translation>
            <numerusform>等待另一台设备超时：登录未在 %n 秒内完成</numerusform>
        </translation>
    </message>
    <message>
        <source>The code expired before the sign-in was completed. Start again.</source>
        <translation>登录完成前代码已过期。请重新开始。</translation>
    </message>
    <message>
        <source>This Logto tenant does not offer sign-in with another device (the device flow needs Logto 1.38 or later and an application whose authorization flow is &quot;Device flow&quot;).</source>
        <translation>此 Logto 租户不提供通过另一台设备登录（设备流程需要 Logto 1.38 或更高版本，以及授权流程为“Device flow”的应用程序）。</translation>
    </message>
    <message>
        <source>The app id is not a device-flow app: in Logto, create an application of type Native with &quot;Device flow&quot; as its authorization flow, and use its app id.</source>
        <translation>此应用 ID 不是设备流程应用：请在 Logto 中创建类型为 Native、授权流程为“Device flow”的应用程序，并使用其应用 ID。</translation>
    </message>
    <message>
        <source>The sign-in was denied on the other device.</source>
        <translation>登录在另一台设备上被拒绝。</translation>
    </message>
    <message>
        <source>The sign-in server returned no ID token.</source>
        <translation>登录服务器未返回 ID 令牌。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer to the device code request cannot be used.</source>
        <translation>无法使用登录服务器对设备码请求的响应。</translation>
    </message>
</context>
<context>
    <name>Logto::HttpClient</name>
    <message>
        <source>The sign-in server did not answer in time. Check your connection and try again.</source>
        <translation>登录服务器未能及时响应。请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server. Check your connection and try again.</source>
        <translation>无法连接到登录服务器。请检查网络连接，然后重试。</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer this app cannot read.</source>
        <translation>登录服务器返回了此应用无法读取的响应。</translation>
    </message>
    <message>
        <source>The sign-in server is busy (too many requests). Try again in a moment.</source>
        <translation>登录服务器繁忙（请求过多）。请稍后重试。</translation>
    </message>
    <message>
        <source>The sign-in server had a problem (HTTP %1). Try again later.</source>
        <translation>登录服务器出现问题（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>登录服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request: %1</source>
        <translation>登录服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer that is too large (over %1).</source>
        <translation>登录服务器返回的响应过大（超过 %1）。</translation>
    </message>
</context>
<context>
    <name>Logto::OidcProvider</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) ahead of the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</source>
        <translation>
            <numerusform>你的电脑时钟比登录服务器快 %n 分钟。请设置正确的时间（开启自动设置时间），然后重试。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) behind the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</source>
        <translation>
            <numerusform>你的电脑时钟比登录服务器慢 %n 分钟。请设置正确的时间（开启自动设置时间），然后重试。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logto::SessionLock</name>
    <message>
        <source>Could not create the session lock file.</source>
        <translation>无法创建会话锁文件。</translation>
    </message>
    <message>
        <source>Another logto-signin process is busy with this session; try again.</source>
        <translation>另一个 logto-signin 进程正在使用此会话；请重试。</translation>
    </message>
    <message>
        <source>Could not create the folder for the session lock. Check that your home folder is writable.</source>
        <translation>无法创建会话锁所用的文件夹。请检查主文件夹是否可写。</translation>
    </message>
    <message>
        <source>The folder for the session lock belongs to another user or is not a folder: %1</source>
        <translation>会话锁所用的文件夹属于其他用户，或者不是文件夹：%1</translation>
    </message>
    <message>
        <source>Could not make the folder for the session lock private: %1</source>
        <translation>无法将会话锁所用的文件夹设为私有：%1</translation>
    </message>
</context>
<context>
    <name>Logto::SessionManager</name>
    <message>
        <source>not signed in: run sign-in first</source>
        <translation>未登录：请先运行 sign-in</translation>
    </message>
    <message>
        <source>The API resource %1 was not requested at sign-in. Sign in again with --resource %1.</source>
        <translation>登录时未请求 API 资源 %1。请使用 --resource %1 重新登录。</translation>
    </message>
    <message>
        <source>keychain locked: unlock your keychain (login keyring) and try again</source>
        <translation>钥匙串已锁定：请解锁钥匙串（login 密钥环）后重试</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>访问被拒绝：%1</translation>
    </message>
    <message>
        <source>No access to organization %1: the account is not a member, or the organization requires multi-factor authentication.</source>
        <translation>无法访问组织 %1：该账号不是成员，或者该组织要求多因素认证。</translation>
    </message>
    <message>
        <source>The sign-in server did not return a new refresh token.</source>
        <translation>登录服务器未返回新的刷新令牌。</translation>
    </message>
    <message>
        <source>The provider has no userinfo endpoint.</source>
        <translation>身份提供者没有 userinfo 端点。</translation>
    </message>
    <message>
        <source>The profile from the sign-in server belongs to a different user than the ID token (sub mismatch).</source>
        <translation>来自登录服务器的个人资料与 ID 令牌属于不同的用户（sub 不匹配）。</translation>
    </message>
    <message>
        <source>The provider has no revocation endpoint.</source>
        <translation>身份提供者没有撤销端点。</translation>
    </message>
    <message>
        <source>The keychain did not take the renewed sign-in: it is kept in memory and saving is retried. Keep the app open until the keychain works again.</source>
        <translation>钥匙串未能保存续期后的登录：它已保存在内存中，并将重试保存。请保持应用打开，直到钥匙串恢复正常。</translation>
    </message>
</context>
<context>
    <name>Logto::SetupCheck</name>
    <message>
        <source>Logto endpoint answers</source>
        <translation>Logto 端点响应</translation>
    </message>
    <message>
        <source>OpenID discovery and issuer</source>
        <translation>OpenID 发现文档与签发者</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>网页浏览器</translation>
    </message>
    <message>
        <source>Display for the window</source>
        <translation>窗口所需的显示器</translation>
    </message>
    <message>
        <source>Loopback listener</source>
        <translation>回环监听</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Stored session</source>
        <translation>已保存的会话</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s https:// address, as shown in the Logto Console under Applications → your app → Endpoints &amp; Credentials → Logto endpoint (plain http is only for Logto on this computer: 127.0.0.1 or localhost).</source>
        <translation>请使用租户的 https:// 地址，即 Logto Console 中 Applications → 你的应用 → Endpoints &amp; Credentials → Logto endpoint 显示的地址（明文 http 仅适用于本机上的 Logto：127.0.0.1 或 localhost）。</translation>
    </message>
    <message>
        <source>Not checked: the endpoint is not usable.</source>
        <translation>未检查：该端点不可用。</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2).</source>
        <translation>无法解析名称 %1（%2）。</translation>
    </message>
    <message>
        <source>Check the spelling of the endpoint (Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint) and this computer&apos;s network and DNS settings.</source>
        <translation>请检查端点的拼写（Logto Console → Applications → 你的应用 → Endpoints &amp; Credentials → Logto endpoint）以及本机的网络和 DNS 设置。</translation>
    </message>
    <message>
        <source>Not checked: the endpoint does not answer.</source>
        <translation>未检查：端点没有响应。</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>未使用代理</translation>
    </message>
    <message>
        <source>through the proxy %1:%2</source>
        <translation>经由代理 %1:%2</translation>
    </message>
    <message>
        <source>%1 did not answer (%2): %3</source>
        <translation>%1 没有响应（%2）：%3</translation>
    </message>
    <message>
        <source>The secure connection failed: check the endpoint&apos;s address and the computer&apos;s date. If your network inspects HTTPS (a company proxy), install its certificate authority in the system.</source>
        <translation>安全连接失败：请检查端点地址和计算机的日期。如果你的网络会检查 HTTPS（公司代理），请在系统中安装其证书颁发机构。</translation>
    </message>
    <message>
        <source>Check that the endpoint and its port are right (Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint), that this computer is online, and the proxy settings (https_proxy, no_proxy).</source>
        <translation>请检查端点及其端口是否正确（Logto Console → Applications → 你的应用 → Endpoints &amp; Credentials → Logto endpoint）、本机是否联网，以及代理设置（https_proxy、no_proxy）。</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2, %3).</source>
        <translation>%1 已响应（HTTP %2，%3）。</translation>
    </message>
    <message>
        <source>Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint</source>
        <translation>Logto Console → Applications → 你的应用 → Endpoints &amp; Credentials → Logto endpoint</translation>
    </message>
    <message>
        <source>No OpenID discovery document at %1 (%2).</source>
        <translation>%1 处没有 OpenID 发现文档（%2）。</translation>
    </message>
    <message>
        <source>Use the endpoint itself, without /oidc or any other path: %1.</source>
        <translation>请使用端点本身，不要带 /oidc 或其他路径：%1。</translation>
    </message>
    <message>
        <source>Not checked: discovery failed.</source>
        <translation>未检查：发现文档获取失败。</translation>
    </message>
    <message>
        <source>the tenant&apos;s own domain</source>
        <translation>租户自己的域名</translation>
    </message>
    <message>
        <source>a custom domain</source>
        <translation>自定义域名</translation>
    </message>
    <message>
        <source>The issuer is %1, not %2: %3 is %4 and %5 is %6. A custom domain and the tenant&apos;s domain are different issuers.</source>
        <translation>签发者是 %1，而不是 %2：%3 是%4，%5 是%6。自定义域名和租户域名是不同的签发者。</translation>
    </message>
    <message>
        <source>Use --endpoint %1, and the same endpoint every time (%2).</source>
        <translation>请使用 --endpoint %1，并且每次都使用同一个端点（%2）。</translation>
    </message>
    <message>
        <source>The issuer is %1, not %2.</source>
        <translation>签发者是 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Use the endpoint exactly as Logto gives it, without /oidc or a trailing slash (%1). A server whose issuer is not &lt;endpoint&gt;/oidc is not a Logto endpoint.</source>
        <translation>请完全按照 Logto 给出的端点使用，不要带 /oidc 或末尾的斜杠（%1）。签发者不是 &lt;endpoint&gt;/oidc 的服务器不是 Logto 端点。</translation>
    </message>
    <message>
        <source>The discovery document at %1 is not usable: %2</source>
        <translation>%1 处的发现文档不可用：%2</translation>
    </message>
    <message>
        <source>Check that the endpoint is a Logto server (%1).</source>
        <translation>请确认该端点是 Logto 服务器（%1）。</translation>
    </message>
    <message>
        <source>The issuer is %1, as expected.</source>
        <translation>签发者是 %1，符合预期。</translation>
    </message>
    <message>
        <source>The provider offers offline_access.</source>
        <translation>提供方支持 offline_access。</translation>
    </message>
    <message>
        <source>The provider does not list offline_access in scopes_supported: no refresh token, so the session ends when the access token expires.</source>
        <translation>提供方的 scopes_supported 中没有 offline_access：没有刷新令牌，因此访问令牌过期时会话即结束。</translation>
    </message>
    <message>
        <source>Logto always offers offline_access: check that the endpoint is your Logto tenant (%1).</source>
        <translation>Logto 始终支持 offline_access：请确认该端点是你的 Logto 租户（%1）。</translation>
    </message>
    <message>
        <source>Not checked: the provider offers no pushed authorization requests (PAR), so this cannot be checked without a browser.</source>
        <translation>未检查：提供方不支持推送授权请求（PAR），因此无法在不打开浏览器的情况下检查。</translation>
    </message>
    <message>
        <source>Run logto-signin sign-in once to check it.</source>
        <translation>运行一次 logto-signin sign-in 来检查。</translation>
    </message>
    <message>
        <source>In the Logto Console open Applications → your app → Redirect URIs, add exactly %1 and save. The app must be a Native app: only Native apps accept any port on 127.0.0.1.</source>
        <translation>在 Logto Console 中打开 Applications → 你的应用 → Redirect URIs，原样添加 %1 并保存。该应用必须是 Native 应用：只有 Native 应用接受 127.0.0.1 上的任意端口。</translation>
    </message>
    <message>
        <source>Logto knows the app %1.</source>
        <translation>Logto 识别应用 %1。</translation>
    </message>
    <message>
        <source>%1 is accepted (a Native app with %2 registered).</source>
        <translation>%1 被接受（已注册 %2 的 Native 应用）。</translation>
    </message>
    <message>
        <source>Logto does not accept the app ID %1 as a public client (%2).</source>
        <translation>Logto 不接受应用 ID %1 作为公共客户端（%2）。</translation>
    </message>
    <message>
        <source>In the Logto Console open Applications, choose your Native app and copy its App ID (Endpoints &amp; Credentials); if there is none, create one: Applications → Create application → Native. A Traditional web or machine-to-machine app cannot be used.</source>
        <translation>在 Logto Console 中打开 Applications，选择你的 Native 应用并复制其 App ID（Endpoints &amp; Credentials）；如果没有，请创建一个：Applications → Create application → Native。Traditional web 或 machine-to-machine 应用不能使用。</translation>
    </message>
    <message>
        <source>Not checked: the app ID is not accepted.</source>
        <translation>未检查：应用 ID 未被接受。</translation>
    </message>
    <message>
        <source>Logto refused %1 (%2).</source>
        <translation>Logto 拒绝了 %1（%2）。</translation>
    </message>
    <message>
        <source>The test authorization request was refused: %1</source>
        <translation>测试授权请求被拒绝：%1</translation>
    </message>
    <message>
        <source>Register each --resource under API resources in the Logto Console, or leave it out.</source>
        <translation>请在 Logto Console 的 API resources 中注册每个 --resource，或者不要指定它。</translation>
    </message>
    <message>
        <source>Check the app&apos;s settings in the Logto Console (Applications → your app).</source>
        <translation>请在 Logto Console 中检查应用设置（Applications → 你的应用）。</translation>
    </message>
    <message>
        <source>Not checked: the test authorization request failed.</source>
        <translation>未检查：测试授权请求失败。</translation>
    </message>
    <message>
        <source>Unlock the login keyring (for example in Passwords and Keys, or by signing in to the desktop again) and run doctor again.</source>
        <translation>请解锁登录钥匙串（例如在“密码和密钥”/Passwords and Keys 中，或重新登录桌面），然后再次运行 doctor。</translation>
    </message>
    <message>
        <source>Install and start a Secret Service in your desktop session (gnome-keyring, or KeePassXC with Secret Service integration). logto-signin never keeps tokens in a file.</source>
        <translation>请在桌面会话中安装并启动 Secret Service（gnome-keyring，或开启 Secret Service 集成的 KeePassXC）。logto-signin 从不把令牌保存在文件中。</translation>
    </message>
    <message>
        <source>The keychain gave back something else than was written.</source>
        <translation>钥匙串返回的内容与写入的不同。</translation>
    </message>
    <message>
        <source>A test entry was written, read back and deleted.</source>
        <translation>已写入、读回并删除一个测试条目。</translation>
    </message>
    <message>
        <source>Not signed in to %1 with this app.</source>
        <translation>尚未用此应用登录 %1。</translation>
    </message>
    <message>
        <source>Run logto-signin sign-in.</source>
        <translation>请运行 logto-signin sign-in。</translation>
    </message>
    <message>
        <source>signed in as %1 on %2</source>
        <translation>于 %2 以 %1 身份登录</translation>
    </message>
    <message>
        <source>last refreshed %1</source>
        <translation>上次刷新 %1</translation>
    </message>
    <message>
        <source>ID token valid until %1</source>
        <translation>ID 令牌有效期至 %1</translation>
    </message>
    <message>
        <source>access token valid until %1</source>
        <translation>访问令牌有效期至 %1</translation>
    </message>
    <message>
        <source>no API resources</source>
        <translation>无 API 资源</translation>
    </message>
    <message>
        <source>API resources: %1</source>
        <translation>API 资源：%1</translation>
    </message>
    <message>
        <source>organization tokens granted</source>
        <translation>已授予组织令牌</translation>
    </message>
    <message>
        <source>no organization tokens</source>
        <translation>无组织令牌</translation>
    </message>
    <message>
        <source>%1; its refresh token cannot be read while the keychain fails.</source>
        <translation>%1；钥匙串出错时无法读取其刷新令牌。</translation>
    </message>
    <message>
        <source>Fix the keychain first (see above).</source>
        <translation>请先修复钥匙串（见上文）。</translation>
    </message>
    <message>
        <source>%1; but its refresh token is missing from the keychain.</source>
        <translation>%1；但钥匙串中没有其刷新令牌。</translation>
    </message>
    <message>
        <source>Sign in again: logto-signin sign-in.</source>
        <translation>请重新登录：logto-signin sign-in。</translation>
    </message>
    <message>
        <source>On a computer without a browser use logto-signin sign-in --no-browser and open the link elsewhere.</source>
        <translation>在没有浏览器的计算机上，请使用 logto-signin sign-in --no-browser，并在其他地方打开链接。</translation>
    </message>
    <message>
        <source>$BROWSER starts %1.</source>
        <translation>$BROWSER 会启动 %1。</translation>
    </message>
    <message>
        <source>None of the programs in $BROWSER exists: %1.</source>
        <translation>$BROWSER 中的程序都不存在：%1。</translation>
    </message>
    <message>
        <source>Set BROWSER to a browser that is installed (e.g. export BROWSER=firefox), or unset it to use the desktop&apos;s default browser.</source>
        <translation>请把 BROWSER 设为已安装的浏览器（例如 export BROWSER=firefox），或取消设置以使用桌面的默认浏览器。</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser is used.</source>
        <translation>使用桌面的默认浏览器。</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser, through %1.</source>
        <translation>通过 %1 使用桌面的默认浏览器。</translation>
    </message>
    <message>
        <source>BROWSER is not set and %1 is not on PATH.</source>
        <translation>未设置 BROWSER，PATH 中也没有 %1。</translation>
    </message>
    <message>
        <source>Install xdg-utils (sudo apt install xdg-utils), or set BROWSER to your browser (e.g. export BROWSER=firefox).</source>
        <translation>请安装 xdg-utils（sudo apt install xdg-utils），或把 BROWSER 设为你的浏览器（例如 export BROWSER=firefox）。</translation>
    </message>
    <message>
        <source>Wayland display %1.</source>
        <translation>Wayland 显示器 %1。</translation>
    </message>
    <message>
        <source>X11 display %1.</source>
        <translation>X11 显示器 %1。</translation>
    </message>
    <message>
        <source>DISPLAY is %1 but no X server listens there: the window cannot open; the commands work.</source>
        <translation>DISPLAY 为 %1，但那里没有 X 服务器在监听：无法打开窗口，命令仍可使用。</translation>
    </message>
    <message>
        <source>Start the window from your desktop session, or use the commands (logto-signin --help).</source>
        <translation>请在桌面会话中打开窗口，或使用命令（logto-signin --help）。</translation>
    </message>
    <message>
        <source>No display (DISPLAY and WAYLAND_DISPLAY are not set): the window cannot open here; the commands work.</source>
        <translation>没有显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）：这里无法打开窗口，命令仍可使用。</translation>
    </message>
    <message>
        <source>The desktop is available.</source>
        <translation>桌面可用。</translation>
    </message>
    <message>
        <source>127.0.0.1 accepted a listener (port %1).</source>
        <translation>127.0.0.1 可以监听（端口 %1）。</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation>无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <source>Allow this app to listen on 127.0.0.1 (a firewall or sandbox blocks it; in Flatpak or Snap, give it network access). The browser returns to it after sign-in.</source>
        <translation>请允许此应用在 127.0.0.1 上监听（防火墙或沙盒阻止了它；在 Flatpak 或 Snap 中请授予网络访问权限）。登录后浏览器会回到这里。</translation>
    </message>
    <message>
        <source>The provider sent no Date header to compare with.</source>
        <translation>提供方没有发送可供比较的 Date 标头。</translation>
    </message>
    <message>
        <source>Turn on automatic time (for example: timedatectl set-ntp true), or set the correct time and time zone: ID tokens are checked against this clock.</source>
        <translation>请开启自动时间（例如：timedatectl set-ntp true），或设置正确的时间和时区：ID 令牌会依据此时钟进行校验。</translation>
    </message>
    <message numerus="yes">
        <source>Within %n second(s) of the provider&apos;s clock.</source>
        <translation>
            <numerusform>与提供方的时钟相差不超过 %n 秒。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the provider&apos;s.</source>
        <translation>
            <numerusform>本机时钟比提供方快 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the provider&apos;s.</source>
        <translation>
            <numerusform>本机时钟比提供方慢 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in still works (5 minutes are allowed).</source>
        <translation>仍然可以登录（允许相差 5 分钟）。</translation>
    </message>
    <message>
        <source>Social sign-in</source>
        <translation>社交登录</translation>
    </message>
    <message>
        <source>Sign-in with another device</source>
        <translation>通过另一台设备登录</translation>
    </message>
    <message>
        <source>The tenant offers sign-in with another device (device flow) at %1.</source>
        <translation>该租户在 %1 提供通过另一台设备登录（设备流程）。</translation>
    </message>
    <message>
        <source>The tenant does not offer sign-in with another device (no device_authorization_endpoint).</source>
        <translation>该租户不提供通过另一台设备登录（没有 device_authorization_endpoint）。</translation>
    </message>
    <message>
        <source>Logto 1.38 and later offer it: for sign-in --device, create an application of type Native whose authorization flow is &quot;Device flow&quot; and use its app id.</source>
        <translation>Logto 1.38 及更高版本提供此功能：要使用 sign-in --device，请创建类型为 Native、授权流程为“Device flow”的应用程序，并使用其应用 ID。</translation>
    </message>
    <message>
        <source>Check the app ID and the options.</source>
        <translation>请检查应用 ID 和选项。</translation>
    </message>
    <message>
        <source>Not checked: the test authorization request could not be made.</source>
        <translation>未检查：无法生成测试授权请求。</translation>
    </message>
    <message>
        <source>The tenant&apos;s sign-in experience could not be read at %1 (%2): the window offers the social sign-ins set in Settings.</source>
        <translation>无法读取租户在 %1 的登录体验（%2）：窗口将提供设置中指定的社交登录。</translation>
    </message>
    <message>
        <source>Whether it offers %1 cannot be checked.</source>
        <translation>无法确认它是否提供 %1。</translation>
    </message>
    <message>
        <source>The tenant offers no social sign-in, so not %1 either.</source>
        <translation>该租户未提供任何社交登录，因此也没有 %1。</translation>
    </message>
    <message>
        <source>The tenant does not offer %1; it offers %2.</source>
        <translation>该租户未提供 %1；它提供的是 %2。</translation>
    </message>
    <message>
        <source>With %1 Logto shows its ordinary sign-in page instead.</source>
        <translation>使用 %1 时，Logto 会改为显示普通的登录页面。</translation>
    </message>
    <message>
        <source>In the Logto Console add the %1 connector (Connectors → Social connectors → Add social connector) and turn it on under Sign-in experience → Sign-up and sign-in → Social sign-in; or sign in without %2.</source>
        <translation>在 Logto Console 中添加 %1 连接器（Connectors → Social connectors → Add social connector），并在 Sign-in experience → Sign-up and sign-in → Social sign-in 中启用它；或者不带 %2 登录。</translation>
    </message>
    <message>
        <source>The tenant offers no social sign-in: the window shows no &quot;Continue with ...&quot; button.</source>
        <translation>该租户未提供社交登录：窗口不会显示“通过 ... 继续”按钮。</translation>
    </message>
    <message>
        <source>To offer one, add a social connector in the Logto Console (Connectors → Social connectors → Add social connector) and turn it on under Sign-in experience → Sign-up and sign-in → Social sign-in.</source>
        <translation>如需提供，请在 Logto Console 中添加社交连接器（Connectors → Social connectors → Add social connector），并在 Sign-in experience → Sign-up and sign-in → Social sign-in 中启用它。</translation>
    </message>
    <message>
        <source>The tenant offers %1.</source>
        <translation>该租户提供 %1。</translation>
    </message>
</context>
<context>
    <name>Logto::SignInFlow</name>
    <message numerus="yes">
        <source>timed out waiting for the browser: the sign-in was not completed within %n second(s)</source>
        <translation>
            <numerusform>等待浏览器超时：登录未在 %n 秒内完成</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in response did not come from the expected provider (issuer mismatch).</source>
        <translation>登录响应并非来自预期的身份提供者（颁发者不匹配）。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or denied.</source>
        <translation>登录已被取消或拒绝。</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>登录服务器报告了错误：%1</translation>
    </message>
    <message>
        <source>The sign-in response has no authorization code.</source>
        <translation>登录响应中没有授权码。</translation>
    </message>
    <message>
        <source>The sign-in server returned no ID token.</source>
        <translation>登录服务器未返回 ID 令牌。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>This sign-in has ended.</source>
        <translation>此次登录已结束。</translation>
    </message>
    <message>
        <source>Could not open the sign-in page</source>
        <translation>无法打开登录页面</translation>
    </message>
    <message>
        <source>%1 Try this link again, or return to the app.</source>
        <translation>%1 请再次打开此链接，或返回应用。</translation>
    </message>
</context>
<context>
    <name>Logto::TokenClient</name>
    <message>
        <source>signed out: the session was revoked or expired, sign in again</source>
        <translation>已退出登录：会话已被撤销或已过期，请重新登录</translation>
    </message>
    <message>
        <source>The sign-in server rejected the sign-in code (expired or already used). Start the sign-in again.</source>
        <translation>登录服务器拒绝了登录码（已过期或已被使用）。请重新开始登录。</translation>
    </message>
    <message>
        <source>The sign-in server rejected the device code (unknown, or already used). Start the sign-in again.</source>
        <translation>登录服务器拒绝了设备码（未知或已使用）。请重新开始登录。</translation>
    </message>
</context>
<context>
    <name>Logto::TokenStore</name>
    <message>
        <source>The keychain did not answer. It may be locked or waiting for a password prompt.</source>
        <translation>钥匙串没有响应。它可能已锁定，或正在等待输入密码。</translation>
    </message>
    <message>
        <source>No session is stored in the keychain.</source>
        <translation>钥匙串中没有保存会话。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (e.g. in Passwords and Keys) and try again.</source>
        <translation>钥匙串拒绝了访问。请解锁钥匙串（例如在“密码和密钥”/Passwords and Keys 中），然后重试。</translation>
    </message>
    <message>
        <source>no secure storage available: %1</source>
        <translation>没有可用的安全存储：%1</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Nothing to do here</source>
        <extracomment>Heading of the browser page for a request to the app&apos;s local sign-in address that is not the sign-in response.</extracomment>
        <translation>此页面无需任何操作</translation>
    </message>
    <message>
        <source>This address only receives the sign-in response from your browser. Return to the app to continue.</source>
        <extracomment>Text of the browser page for a request to the app&apos;s local sign-in address that is not the sign-in response.</extracomment>
        <translation>此地址仅用于接收来自浏览器的登录响应。请返回应用继续。</translation>
    </message>
    <message>
        <source>A sign-in is already waiting for the browser.</source>
        <extracomment>Error when the app starts a second sign-in while the first one still waits for the browser.</extracomment>
        <translation>已有一个登录正在等待浏览器。</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in.</source>
        <extracomment>Error when the app cannot open the local port the browser returns to after sign-in.</extracomment>
        <translation>无法为登录打开本地端口。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Logto Sign-in</source>
        <translation>关于 Logto Sign-in</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Logto Sign-in %1&lt;/h3&gt;&lt;p&gt;Signs you in to Logto through your own browser (RFC 8252), keeps the session in the system keychain and shows your profile and claims.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Logto Sign-in %1&lt;/h3&gt;&lt;p&gt;通过你自己的浏览器登录 Logto（RFC 8252），将会话保存在系统钥匙串中，并显示你的个人资料和声明。&lt;/p&gt;&lt;p&gt;MIT 许可证。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>正在恢复你的会话…</translation>
    </message>
    <message>
        <source>Logto Sign-in</source>
        <translation>Logto Sign-in</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Logto Sign-in</source>
        <translation>关于 Logto Sign-in(&amp;A)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>令牌详情</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Revoke this session and remove it from the keychain</source>
        <translation>撤销此会话并将其从钥匙串中删除</translation>
    </message>
    <message>
        <source>Sign out and end the browser session</source>
        <translation>退出登录并结束浏览器中的会话</translation>
    </message>
</context>
<context>
    <name>OidcConfig</name>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>该地址不是有效的 URL。</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>地址中不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>仅在本机（127.0.0.1、::1 或 localhost）上允许使用未加密的 http；请使用 https。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>No Logto endpoint is set.</source>
        <translation>未设置 Logto 端点。</translation>
    </message>
    <message>
        <source>The Logto endpoint is not a valid URL, e.g. https://your-tenant.logto.app.</source>
        <translation>Logto 端点不是有效的 URL（例如 https://your-tenant.logto.app）。</translation>
    </message>
    <message>
        <source>The Logto endpoint must not contain a query or fragment.</source>
        <translation>Logto 端点不能包含查询（query）或片段（fragment）。</translation>
    </message>
    <message>
        <source>No app ID is set. Copy it from the Native app in the Logto Console.</source>
        <translation>未设置应用 ID。请从 Logto Console 中的原生应用复制。</translation>
    </message>
    <message>
        <source>The app ID may only contain letters, digits and . _ ~ -.</source>
        <translation>应用 ID 只能包含字母、数字以及 . _ ~ -。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid scope.</source>
        <translation>“%1”不是有效的权限范围。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API resource: use an absolute URI such as https://api.example.com.</source>
        <translation>“%1”不是有效的 API 资源：请使用绝对 URI，例如 https://api.example.com。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>This is an Apple private relay address: you chose &quot;Hide My Email&quot;, and Apple forwards mail sent here to your real inbox.</source>
        <translation>这是 Apple 私人邮件中继地址：你选择了“隐藏邮件地址”（Hide My Email），Apple 会将发送到此地址的邮件转发到你真实的收件箱。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>已关联的账号</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
</context>
<context>
    <name>PushedAuthorization</name>
    <message>
        <source>The sign-in server sent an answer to the pushed authorization request (PAR) that this app cannot read.</source>
        <translation>登录服务器对推送授权请求（PAR）的应答本应用无法读取。</translation>
    </message>
    <message>
        <source>Could not send the authorization request to the sign-in server (PAR): %1 If this goes on, sign in without PAR (--no-par).</source>
        <extracomment>%1 is the reason (a full sentence). PAR: pushed authorization request; --no-par is a command-line option, not translated.</extracomment>
        <translation>无法将授权请求发送到登录服务器（PAR）：%1 如果问题持续，请不使用 PAR 登录（--no-par）。</translation>
    </message>
    <message>
        <source>Logto does not know the app ID %1 as a Native app. In the Logto Console open Applications, choose your Native app and copy its App ID.</source>
        <translation>Logto 不认识作为原生应用的应用 ID %1。请在 Logto Console 中打开 Applications，选择您的原生应用并复制其 App ID。</translation>
    </message>
    <message>
        <source>Logto refused the redirect URI %1. In the Logto Console open Applications → your app → Redirect URIs, add exactly %2 and save; the app must be a Native app.</source>
        <translation>Logto 拒绝了重定向 URI %1。请在 Logto Console 中打开 Applications → 您的应用 → Redirect URIs，原样添加 %2 并保存；该应用必须是原生应用。</translation>
    </message>
    <message>
        <source>Logto refused an API resource of this sign-in. Register each resource under API resources in the Logto Console, or leave it out.</source>
        <translation>Logto 拒绝了此次登录的某个 API 资源。请在 Logto Console 的 API resources 中注册每个资源，或不再请求它。</translation>
    </message>
    <message>
        <source>The sign-in server refused the authorization request (PAR): %1 Check the app&apos;s settings in the Logto Console, or sign in without PAR (--no-par).</source>
        <extracomment>%1 is the server&apos;s reason (a full sentence). PAR: pushed authorization request; --no-par is a command-line option, not translated.</extracomment>
        <translation>登录服务器拒绝了授权请求（PAR）：%1 请在 Logto Console 中检查应用的设置，或不使用 PAR 登录（--no-par）。</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>the keychain did not take the renewed sign-in; trying again</source>
        <translation>钥匙串未能保存续期后的登录；正在重试</translation>
    </message>
    <message>
        <source>the renewed sign-in could not be saved in the keychain (%1): the next command will have to sign in again</source>
        <translation>无法将续期后的登录保存到钥匙串（%1）：下一个命令需要重新登录</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Logto connection</source>
        <translation>Logto 连接</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>https://your-tenant.logto.app</source>
        <extracomment>An example address: keep it as it is.</extracomment>
        <translation>https://your-tenant.logto.app</translation>
    </message>
    <message>
        <source>Your Logto tenant&apos;s address, as shown in the Logto Console</source>
        <translation>你的 Logto 租户地址，即 Logto Console 中显示的地址</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>应用 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>Create a Native app in the Logto Console and register the redirect URI http://127.0.0.1/callback</source>
        <translation>在 Logto Console 中创建原生应用，并注册重定向 URI http://127.0.0.1/callback</translation>
    </message>
    <message>
        <source>What the app asks for</source>
        <translation>应用请求的内容</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>权限范围(&amp;P)：</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>电子邮箱地址</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>自定义数据</translation>
    </message>
    <message>
        <source>Linked identities (social accounts)</source>
        <translation>已关联的身份（社交账号）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>组织角色</translation>
    </message>
    <message>
        <source>Asks for the scope %1</source>
        <extracomment>%1 is an OAuth scope such as email or urn:logto:scope:organizations</extracomment>
        <translation>请求权限范围 %1</translation>
    </message>
    <message>
        <source>O&amp;ther scopes:</source>
        <translation>其他权限范围(&amp;T)：</translation>
    </message>
    <message>
        <source>Separated by spaces, e.g. address</source>
        <translation>以空格分隔，例如 address</translation>
    </message>
    <message>
        <source>Scopes not listed above, separated by spaces</source>
        <translation>上面未列出的权限范围，以空格分隔</translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation>其他权限范围</translation>
    </message>
    <message>
        <source>API &amp;resources:</source>
        <translation>API 资源(&amp;R)：</translation>
    </message>
    <message>
        <source>One per line, e.g. https://api.example.com</source>
        <extracomment>An example API resource indicator: keep the address as it is.</extracomment>
        <translation>每行一个，例如 https://api.example.com</translation>
    </message>
    <message>
        <source>API resource indicators (RFC 8707) defined in the Logto Console, one per line</source>
        <translation>在 Logto Console 中定义的 API 资源标识符（RFC 8707），每行一个</translation>
    </message>
    <message>
        <source>API resources</source>
        <translation>API 资源</translation>
    </message>
    <message>
        <source>One URI per line</source>
        <translation>每行一个 URI</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>组织 ID(&amp;O)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>组织 ID</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>登录窗口</translation>
    </message>
    <message>
        <source>&amp;Social sign-in:</source>
        <translation>社交登录(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. apple google</source>
        <extracomment>Social connector targets: keep the words apple and google as they are.</extracomment>
        <translation>例如 apple google</translation>
    </message>
    <message>
        <source>Social sign-in</source>
        <translation>社交登录</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field&apos;s name, then what is wrong with what was typed there.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Social targets look like apple or google; &quot;%1&quot; is not one.</source>
        <extracomment>%1 is what was typed; apple and google are connector targets: keep them as they are.</extracomment>
        <translation>社交 target 的格式类似 apple 或 google；“%1”不符合。</translation>
    </message>
    <message>
        <source>Without an endpoint and an app ID the window cannot sign in yet; you can add them later.</source>
        <translation>没有端点和应用 ID，窗口暂时无法登录；你可以稍后再添加。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Check setup…</source>
        <translation>检查设置…</translation>
    </message>
    <message>
        <source>Runs the checks of logto-signin doctor on the endpoint and app ID above</source>
        <translation>对上方的端点和应用 ID 运行 logto-signin doctor 的检查</translation>
    </message>
    <message>
        <source>&amp;Device-flow app ID:</source>
        <translation>设备流程应用 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Device-flow app ID</source>
        <translation>设备流程应用 ID</translation>
    </message>
    <message>
        <source>Optional: for &quot;Sign in with another device&quot;</source>
        <translation>可选：用于“通过另一台设备登录”</translation>
    </message>
    <message>
        <source>Each social connector target becomes a &quot;Continue with ...&quot; button. When the tenant publishes its sign-in experience, the window offers the social sign-ins it has instead, these first.</source>
        <extracomment>&quot;Continue with ...&quot; is the label of those buttons on the sign-in page.</extracomment>
        <translation>每个社交连接器 target 都会显示为一个“通过 ... 继续”按钮。当租户公开其登录体验时，窗口会改为提供租户已有的社交登录，并把这里列出的排在前面。</translation>
    </message>
</context>
<context>
    <name>SetupCheckDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>For screen readers: a check&apos;s title, then passed / failed / note / not checked.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>解决方法：%1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Check setup</source>
        <translation>检查设置</translation>
    </message>
    <message>
        <source>The same checks as logto-signin doctor, for %1 with the app ID %2. No browser is opened.</source>
        <extracomment>%1 is the Logto endpoint, %2 the app ID.</extracomment>
        <translation>与 logto-signin doctor 相同的检查，针对 %1 和应用 ID %2。不会打开浏览器。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The checks did not finish in the time allowed (%1 seconds).</source>
        <translation>检查未能在限定时间（%1 秒）内完成。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>warning: the server issued no refresh token (the prompt must include consent), so the session was not kept</source>
        <translation>warning: 服务器未颁发刷新令牌（prompt 必须包含 consent），因此未保存会话</translation>
    </message>
    <message>
        <source>Could not open a browser (%1).</source>
        <translation>无法打开浏览器（%1）。</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:</source>
        <translation>请在浏览器中打开此地址以登录：</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the browser (%n second(s))…</source>
        <translation>
            <numerusform>正在等待浏览器（%n 秒）…</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser and no display here: &apos;sign-in --device&apos; signs in from a phone or another computer instead (it needs Logto 1.38 or later and, as --app-id, an application of type Native whose authorization flow is &quot;Device flow&quot;).</source>
        <translation>此处没有浏览器也没有显示器：可改用 &apos;sign-in --device&apos; 从手机或另一台计算机登录（需要 Logto 1.38 或更高版本，并以类型为 Native、授权流程为“Device flow”的应用程序作为 --app-id）。</translation>
    </message>
</context>
<context>
    <name>SignInExperience</name>
    <message>
        <source>The sign-in experience is larger than %1 KiB.</source>
        <translation>登录体验文档大于 %1 KiB。</translation>
    </message>
    <message>
        <source>The sign-in experience is not a JSON object.</source>
        <translation>登录体验文档不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The sign-in experience has no list of social connectors.</source>
        <translation>登录体验文档中没有社交连接器列表。</translation>
    </message>
</context>
<context>
    <name>SignInOptions</name>
    <message>
        <source>The prompt is empty; use consent, login consent, or another OpenID prompt value.</source>
        <translation>prompt 为空；请使用 consent、login consent 或其他 OpenID prompt 值。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenID prompt value (none, login, consent, select_account).</source>
        <translation>“%1”不是 OpenID prompt 值（none、login、consent、select_account）。</translation>
    </message>
    <message>
        <source>The prompt &quot;none&quot; cannot be combined with other values.</source>
        <translation>prompt 值“none”不能与其他值组合使用。</translation>
    </message>
    <message>
        <source>Direct sign-in must be social:&lt;target&gt; (e.g. social:apple) or sso:&lt;connector id&gt;.</source>
        <translation>直接登录必须为 social:&lt;target&gt;（例如 social:apple）或 sso:&lt;connector id&gt;。</translation>
    </message>
    <message>
        <source>The first screen must be one of: %1.</source>
        <translation>首个页面必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier; use email, phone or username.</source>
        <translation>“%1”不是标识符；请使用 email、phone 或 username。</translation>
    </message>
    <message>
        <source>The identifier &quot;%1&quot; is listed twice.</source>
        <translation>标识符“%1”被列出了两次。</translation>
    </message>
    <message>
        <source>The login hint must be a short, printable text such as an email address.</source>
        <translation>login hint 必须是简短的可打印文本，例如电子邮箱地址。</translation>
    </message>
    <message>
        <source>The UI locales are empty; use language tags such as th or en-US.</source>
        <translation>UI locales 为空；请使用 th 或 en-US 之类的语言标签。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag such as th or en-US.</source>
        <translation>“%1”不是 th 或 en-US 之类的语言标签。</translation>
    </message>
    <message>
        <source>The organization ID may only contain letters, digits and . _ ~ -.</source>
        <translation>组织 ID 只能包含字母、数字以及 . _ ~ -。</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Logto Sign-in</source>
        <translation>Logto Sign-in</translation>
    </message>
    <message>
        <source>Sign in with your browser. Your session stays in the system keychain.</source>
        <translation>使用浏览器登录。你的会话会保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>租户：%1</translation>
    </message>
    <message>
        <source>No Logto tenant is set up yet. Open Settings to add one.</source>
        <translation>尚未设置 Logto 租户。请打开设置进行添加。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Create account</source>
        <extracomment>Opens Logto&apos;s registration page (first_screen=register).</extracomment>
        <translation>注册</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Sign in with another device</source>
        <translation>通过另一台设备登录</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Not signed in; nothing to revoke.</source>
        <translation>未登录；没有需要撤销的内容。</translation>
    </message>
    <message>
        <source>warning: the session was removed from this computer, but could not be revoked at the server: %1</source>
        <extracomment>The keychain was cleared, but the provider could not be told (e.g. offline).</extracomment>
        <translation>warning: 已从这台电脑上删除会话，但无法在服务器端撤销：%1</translation>
    </message>
    <message>
        <source>warning: could not open the browser to end the browser session: %1</source>
        <translation>warning: 无法打开浏览器来结束浏览器会话：%1</translation>
    </message>
</context>
<context>
    <name>SocialButton</name>
    <message>
        <source>Continue with %1</source>
        <extracomment>%1 is a sign-in provider&apos;s brand name such as Apple or Google; do not translate it.</extracomment>
        <translation>通过 %1 继续</translation>
    </message>
    <message>
        <source>Sign in with your %1 account in your browser</source>
        <extracomment>Tooltip of a &quot;Continue with ...&quot; button; %1 is a brand name.</extracomment>
        <translation>在浏览器中使用你的 %1 账号登录</translation>
    </message>
</context>
<context>
    <name>TokenDetailsView</name>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>The signing algorithm is one Logto announces and this app accepts.</source>
        <translation>签名算法是 Logto 公布且此应用接受的算法。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The token was signed with one of Logto&apos;s published keys.</source>
        <translation>令牌由 Logto 公布的密钥之一签名。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>The token comes from the configured Logto tenant.</source>
        <translation>令牌来自已配置的 Logto 租户。</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众</translation>
    </message>
    <message>
        <source>The token was issued to this app.</source>
        <translation>令牌是颁发给此应用的。</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>The token had not expired when it arrived.</source>
        <translation>收到令牌时，它尚未过期。</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>颁发时间</translation>
    </message>
    <message>
        <source>The token was not issued in the future.</source>
        <translation>令牌的颁发时间不在未来。</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>The token was already valid when it arrived.</source>
        <translation>收到令牌时，它已经生效。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The token is about the same user as before.</source>
        <translation>令牌针对的是与之前相同的用户。</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>The token answers this app&apos;s own sign-in request.</source>
        <translation>令牌是对此应用自身登录请求的响应。</translation>
    </message>
    <message>
        <source>Access token hash</source>
        <translation>访问令牌哈希</translation>
    </message>
    <message>
        <source>The token is bound to the access token that came with it.</source>
        <translation>令牌与随它一起收到的访问令牌绑定。</translation>
    </message>
    <message>
        <source>Sign in with OpenID Connect: an ID token</source>
        <translation>使用 OpenID Connect 登录：ID 令牌</translation>
    </message>
    <message>
        <source>Stay signed in: a refresh token</source>
        <translation>保持登录状态：刷新令牌</translation>
    </message>
    <message>
        <source>Your name, username and picture</source>
        <translation>你的名称、用户名和头像</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>你的电子邮箱地址</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>你的电话号码</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>你的邮寄地址</translation>
    </message>
    <message>
        <source>Extra data stored on your profile</source>
        <translation>保存在你的个人资料中的额外数据</translation>
    </message>
    <message>
        <source>The accounts you signed in with, such as Apple</source>
        <translation>你用于登录的账号，例如 Apple</translation>
    </message>
    <message>
        <source>Your roles in this tenant</source>
        <translation>你在此租户中的角色</translation>
    </message>
    <message>
        <source>The organizations you belong to</source>
        <translation>你所属的组织</translation>
    </message>
    <message>
        <source>Your roles in your organizations</source>
        <translation>你在所属组织中的角色</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>An expiry time the app does not know.</extracomment>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;54 min&quot;.</extracomment>
        <translation>%1（%2后）</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;3 min&quot;.</extracomment>
        <translation>%1（%2前已过期）</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;3 h 5 min&quot;.</extracomment>
        <translation>%1（%2前）</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>A verification check that passed; %1 is its name (&quot;Signature&quot;).</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <extracomment>Read by screen readers; %1 is a check&apos;s name (&quot;Signature&quot;).</extracomment>
        <translation>%1：通过</translation>
    </message>
    <message>
        <source>– %1: not checked</source>
        <extracomment>A verification check the app did not run; %1 is its name (&quot;Nonce&quot;).</extracomment>
        <translation>– %1：未检查</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1：未检查</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Shown in an empty list of scopes or resources.</extracomment>
        <translation>无</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 令牌</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>Group of facts about the sign-in session (when, refresh token).</extracomment>
        <translation>会话</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <extracomment>The signing algorithm of the ID token (the JOSE &quot;alg&quot; header), e.g. RS256.</extracomment>
        <translation>算法：</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <extracomment>The ID of the signing key (the JOSE &quot;kid&quot; header).</extracomment>
        <translation>密钥 ID：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <extracomment>The user ID the token is about (the &quot;sub&quot; claim).</extracomment>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>颁发时间：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Checks:</source>
        <extracomment>The checks the app ran on the ID token before trusting it.</extracomment>
        <translation>检查：</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <extracomment>The OAuth scopes Logto granted.</extracomment>
        <translation>权限范围：</translation>
    </message>
    <message>
        <source>Resources:</source>
        <extracomment>The API resources (audiences) the session may ask access tokens for.</extracomment>
        <translation>资源：</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>登录时间：</translation>
    </message>
    <message>
        <source>Last refreshed:</source>
        <translation>上次刷新：</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>刷新令牌：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Kept in the system keychain; Logto renews it on every use.</source>
        <translation>保存在系统钥匙串中；每次使用时 Logto 都会更新它。</translation>
    </message>
    <message>
        <source>ID token checks</source>
        <translation>ID 令牌检查</translation>
    </message>
    <message>
        <source>The checks this app ran on the ID token before trusting it.</source>
        <translation>此应用在信任 ID 令牌之前对其进行的检查。</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>已授予的权限范围</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>复制访问令牌</translation>
    </message>
    <message>
        <source>Copies the access token to the clipboard. Anyone who has it can act as you until it expires.</source>
        <translation>将访问令牌复制到剪贴板。在令牌过期之前，任何持有它的人都可以以你的身份进行操作。</translation>
    </message>
    <message>
        <source>Copy ID token</source>
        <translation>复制 ID 令牌</translation>
    </message>
    <message>
        <source>Copies the ID token to the clipboard. It holds your profile claims.</source>
        <translation>将 ID 令牌复制到剪贴板。其中包含你的个人资料声明。</translation>
    </message>
    <message>
        <source>Not yet</source>
        <extracomment>The session has not been refreshed since sign-in.</extracomment>
        <translation>尚未刷新</translation>
    </message>
    <message>
        <source>– %1: not applicable (restored session; checked at sign-in)</source>
        <extracomment>A check that has nothing to check in a session restored from the keychain; %1 is its name (&quot;Nonce&quot;).</extracomment>
        <translation>– %1：不适用（已恢复的会话；登录时已检查）</translation>
    </message>
    <message>
        <source>%1: not applicable, restored session; it was checked at sign-in</source>
        <translation>%1：不适用，这是已恢复的会话；登录时已检查</translation>
    </message>
    <message>
        <source>This session was restored from the system keychain. Its ID token answers no sign-in request of this run, so there is no nonce to compare; the nonce was checked when you signed in.</source>
        <translation>此会话是从系统钥匙串恢复的。它的 ID 令牌并非对本次运行中任何登录请求的应答，因此没有可比较的 nonce；nonce 已在你登录时检查过。</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in server&apos;s token answer has no access token.</source>
        <translation>登录服务器的令牌响应中没有访问令牌。</translation>
    </message>
    <message>
        <source>The sign-in server issued a token type this app does not support.</source>
        <translation>登录服务器颁发了此应用不支持的令牌类型。</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Finishing sign-in…</source>
        <translation>正在完成登录…</translation>
    </message>
    <message>
        <source>Checking the answer from Logto and loading your profile.</source>
        <translation>正在检查 Logto 的响应并加载你的个人资料。</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>请在浏览器中继续</translation>
    </message>
    <message>
        <source>Your browser opened Logto&apos;s sign-in page. Sign in there, then come back: this window updates by itself.</source>
        <translation>浏览器已打开 Logto 的登录页面。请在那里登录，然后返回：此窗口会自动更新。</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>Countdown while waiting for the browser; %1 is minutes:seconds, e.g. 4:59.</extracomment>
        <translation>剩余时间：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>再次打开浏览器</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>复制登录链接</translation>
    </message>
    <message>
        <source>Copy the link and paste it into any browser on this computer.</source>
        <translation>复制链接，然后粘贴到这台电脑上的任意浏览器中。</translation>
    </message>
    <message>
        <source>Sign-in link copied. Paste it into your browser.</source>
        <translation>已复制登录链接。请将其粘贴到浏览器中。</translation>
    </message>
</context>
<context>
    <name>WindowDisplay</name>
    <message>
        <source>the window needs a display and there is none (DISPLAY and WAYLAND_DISPLAY are not set); to sign in without one run &apos;%1&apos;, or see &apos;%2&apos; for every command</source>
        <extracomment>One line on stderr when the window is started without a display (e.g. over ssh). %1 and %2 are commands to type, keep them as they are.</extracomment>
        <translation>窗口需要显示器，但这里没有（未设置 DISPLAY 和 WAYLAND_DISPLAY）；若要在没有显示器时登录，请运行 &apos;%1&apos;，或用 &apos;%2&apos; 查看所有命令</translation>
    </message>
</context>
</TS>
