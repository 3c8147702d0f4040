<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AppController</name>
    <message>
        <source>Logto issued no refresh token, so the session could not be kept. Check that the app is a Native app.</source>
        <translation>Logto がリフレッシュトークンを発行しなかったため、セッションを保持できませんでした。アプリがネイティブアプリであることを確認してください。</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but Logto could not be told (%1). The session ends when it expires.</source>
        <translation>このコンピューターではサインアウトしましたが、Logto に通知できませんでした（%1）。セッションは有効期限が切れると終了します。</translation>
    </message>
    <message>
        <source>Access token copied to the clipboard.</source>
        <translation>アクセストークンをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>ID token copied to the clipboard.</source>
        <translation>ID トークンをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Signed out. Your browser is ending the Logto session too.</source>
        <translation>サインアウトしました。ブラウザーでも Logto のセッションを終了しています。</translation>
    </message>
    <message>
        <source>Signed out. The session was removed from this computer.</source>
        <translation>サインアウトしました。このコンピューターからセッションを削除しました。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Set your Logto endpoint and app ID in Settings to sign in.</source>
        <translation>サインインするには、設定で Logto エンドポイントとアプリ ID を指定してください。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400</source>
        <translation>--timeout には 1～86400 の秒数を指定してください</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>None of the browsers in $BROWSER could be started.</source>
        <translation>$BROWSER に指定されたブラウザーをどれも起動できませんでした。</translation>
    </message>
    <message>
        <source>Could not open the web browser.</source>
        <translation>Web ブラウザーを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You&apos;re signed in</source>
        <extracomment>Heading of the browser page shown after a successful sign-in.</extracomment>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>You can close this tab and return to the app.</source>
        <extracomment>Text of the browser page shown after a successful sign-in.</extracomment>
        <translation>このタブを閉じて、アプリに戻ってください。</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <extracomment>Heading of the browser page shown when the sign-in failed; the reason follows below it.</extracomment>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>This sign-in link has expired</source>
        <extracomment>Heading of the browser page for a sign-in redirect the app is not waiting for (old tab, replayed link).</extracomment>
        <translation>このサインインリンクは期限切れです</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in the app is waiting for. Start the sign-in again from the app.</source>
        <extracomment>Text of the browser page for a sign-in redirect the app is not waiting for.</extracomment>
        <translation>このページは、アプリが待っているサインインのものではありません。アプリからもう一度サインインを始めてください。</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Your unique user ID at this Logto tenant</source>
        <translation>この Logto テナントでのあなたの一意のユーザー ID</translation>
    </message>
    <message>
        <source>Who issued the token: the Logto tenant&apos;s OpenID Connect address</source>
        <translation>トークンの発行者：Logto テナントの OpenID Connect アドレス</translation>
    </message>
    <message>
        <source>Who the token is for: this app&apos;s ID in Logto</source>
        <translation>トークンの受信者：Logto でのこのアプリの ID</translation>
    </message>
    <message>
        <source>The app the token was issued to (authorized party)</source>
        <translation>トークンの発行先のアプリ（authorized party）</translation>
    </message>
    <message>
        <source>When the ID token expires</source>
        <translation>ID トークンの有効期限</translation>
    </message>
    <message>
        <source>When the ID token was issued</source>
        <translation>ID トークンの発行日時</translation>
    </message>
    <message>
        <source>The token is not valid before this time</source>
        <translation>この日時より前はトークンが無効です</translation>
    </message>
    <message>
        <source>When you last entered your credentials at Logto</source>
        <translation>Logto で最後に認証情報を入力した日時</translation>
    </message>
    <message>
        <source>A one-time value this app sent with the sign-in request, tying the token to it</source>
        <translation>このアプリがサインインリクエストとともに送った使い捨ての値で、トークンをそのリクエストに結び付けます</translation>
    </message>
    <message>
        <source>A hash of the access token, tying it to this ID token</source>
        <translation>アクセストークンのハッシュで、アクセストークンをこの ID トークンに結び付けます</translation>
    </message>
    <message>
        <source>The ID of your sign-in session at Logto</source>
        <translation>Logto でのあなたのサインインセッションの ID</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>あなたのフルネーム</translation>
    </message>
    <message>
        <source>Your given name</source>
        <translation>あなたの名</translation>
    </message>
    <message>
        <source>Your family name</source>
        <translation>あなたの姓</translation>
    </message>
    <message>
        <source>Your username at Logto</source>
        <translation>Logto でのあなたのユーザー名</translation>
    </message>
    <message>
        <source>The name you prefer to be called by</source>
        <translation>あなたが呼ばれたい名前</translation>
    </message>
    <message>
        <source>The address of your profile picture</source>
        <translation>あなたのプロフィール画像のアドレス</translation>
    </message>
    <message>
        <source>Your primary email address</source>
        <translation>あなたのメインのメールアドレス</translation>
    </message>
    <message>
        <source>Whether your email address has been verified</source>
        <translation>メールアドレスが確認済みかどうか</translation>
    </message>
    <message>
        <source>Your primary phone number</source>
        <translation>あなたのメインの電話番号</translation>
    </message>
    <message>
        <source>Whether your phone number has been verified</source>
        <translation>電話番号が確認済みかどうか</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>あなたの住所</translation>
    </message>
    <message>
        <source>Your preferred language</source>
        <translation>あなたの希望する言語</translation>
    </message>
    <message>
        <source>The roles you have in this tenant</source>
        <translation>このテナントでのあなたのロール</translation>
    </message>
    <message>
        <source>The IDs of the organizations you belong to</source>
        <translation>あなたが所属する組織の ID</translation>
    </message>
    <message>
        <source>Your roles in your organizations, as organization ID:role</source>
        <translation>所属する組織でのあなたのロール（組織 ID:ロール の形式）</translation>
    </message>
    <message>
        <source>The organizations you belong to, with their names and descriptions</source>
        <translation>あなたが所属する組織と、その名前と説明</translation>
    </message>
    <message>
        <source>Extra data stored on your user profile</source>
        <translation>ユーザープロフィールに保存された追加データ</translation>
    </message>
    <message>
        <source>Accounts you signed in with (for example Apple) and what they shared</source>
        <translation>サインインに使ったアカウント（Apple など）と、そのアカウントが共有した情報</translation>
    </message>
    <message>
        <source>When your account was created</source>
        <translation>アカウントの作成日時</translation>
    </message>
    <message>
        <source>When your profile last changed (every sign-in changes it)</source>
        <translation>プロフィールの最終更新日時（サインインのたびに更新されます）</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in whole hours, as in &quot;expires in 2 h&quot;.</extracomment>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours (%1) and minutes (%2), as in &quot;expires in 2 h 5 min&quot;.</extracomment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A duration in whole days, as in &quot;expires in 3 days&quot;.</extracomment>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown for a claim whose value is null (not set).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>%1 (expires in %2)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;54 min&quot;.</extracomment>
        <translation>%1（あと %2で期限切れ）</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;3 min&quot;.</extracomment>
        <translation>%1（%2前に期限切れ）</translation>
    </message>
    <message>
        <source>%1 (Apple private relay)</source>
        <extracomment>%1 is an email address that Apple&apos;s &quot;Hide My Email&quot; created; &quot;Apple&quot; is a brand name.</extracomment>
        <translation>%1（Apple のプライベートメールリレー）</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Summary of a list value; %n is the number of elements.</extracomment>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <extracomment>Summary of an object value; %n is the number of fields.</extracomment>
        <translation>
            <numerusform>%n フィールド</numerusform>
        </translation>
    </message>
    <message>
        <source>ID token, userinfo</source>
        <extracomment>Where a claim came from: both the ID token and the userinfo endpoint.</extracomment>
        <translation>ID トークン、userinfo</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID トークン</translation>
    </message>
    <message>
        <source>userinfo</source>
        <extracomment>Where a claim came from: the userinfo endpoint (/oidc/me). Technical term, usually kept.</extracomment>
        <translation>userinfo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>The same value is in the verified ID token and in the userinfo answer.</source>
        <translation>検証済みの ID トークンと userinfo の応答に同じ値が含まれています。</translation>
    </message>
    <message>
        <source>From the verified ID token.</source>
        <translation>検証済みの ID トークンから取得しました。</translation>
    </message>
    <message>
        <source>From Logto&apos;s userinfo endpoint.</source>
        <translation>Logto の userinfo エンドポイントから取得しました。</translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>Column header: the name of a claim (sub, email, ...).</extracomment>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: where the claim came from (ID token, userinfo).</extracomment>
        <translation>取得元</translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Copied.</source>
        <extracomment>Brief confirmation next to the &quot;Copy all as JSON&quot; button.</extracomment>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>クレームを絞り込む</translation>
    </message>
    <message>
        <source>Shows only claims whose name or value contains this text.</source>
        <translation>名前または値にこのテキストを含むクレームだけを表示します。</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>The claims of the ID token and of the userinfo answer. Press Ctrl+C to copy the selected claim.</source>
        <translation>ID トークンと userinfo の応答のクレームです。Ctrl+C を押すと、選択したクレームをコピーします。</translation>
    </message>
    <message>
        <source>Copy all as JSON</source>
        <translation>すべて JSON としてコピー</translation>
    </message>
    <message>
        <source>Copies the ID token&apos;s claims and the userinfo answer as one JSON object.</source>
        <translation>ID トークンのクレームと userinfo の応答を、1 つの JSON オブジェクトとしてコピーします。</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Context menu entry: copies the selected claim as &quot;name: value&quot;.</extracomment>
        <translation>コピー</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>One of: %1.</source>
        <translation>次のいずれか：%1。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Logto endpoint, e.g. https://your-tenant.logto.app (env LOGTO_ENDPOINT).</source>
        <translation>Logto エンドポイント。例：https://your-tenant.logto.app （環境変数 LOGTO_ENDPOINT）。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Native app&apos;s ID from the Logto Console (env LOGTO_APP_ID).</source>
        <translation>Logto Console にあるネイティブアプリのアプリ ID（環境変数 LOGTO_APP_ID）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Extra scope, repeatable; added to openid offline_access profile.</source>
        <translation>追加のスコープ。繰り返し指定できます。openid offline_access profile に追加されます。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>API resource (RFC 8707), repeatable.</source>
        <translation>API リソース（RFC 8707）。繰り返し指定できます。</translation>
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
        <translation>sign-in: 最初に表示する画面。sign_in, register, reset_password, identifier:sign_in, identifier:register, single_sign_on のいずれか。</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>sign-in: identifiers to offer, a subset of &quot;email phone username&quot;.</source>
        <translation>sign-in: サインインページで使える識別子。&quot;email phone username&quot; から選びます。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>sign-in: pre-fills the identifier.</source>
        <translation>sign-in: 識別子をあらかじめ入力しておきます。</translation>
    </message>
    <message>
        <source>sign-in: OpenID prompt (default consent; &quot;login consent&quot; forces a fresh login).</source>
        <translation>sign-in: OpenID の prompt（デフォルトは consent。&quot;login consent&quot; を指定すると改めてサインインを求めます）。</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>sign-in: language of Logto&apos;s pages (default: the app&apos;s language).</source>
        <translation>sign-in: Logto のページの言語（デフォルト：アプリの言語）。</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>sign-in, token: organization ID.</source>
        <translation>sign-in, token: 組織 ID。</translation>
    </message>
    <message>
        <source>sign-in: print the sign-in URL on stderr instead of opening a browser.</source>
        <translation>sign-in: ブラウザーを開かずに、サインイン用の URL を stderr に出力します。</translation>
    </message>
    <message>
        <source>sign-in: seconds to wait for the browser (default 300).</source>
        <translation>sign-in: ブラウザーを待つ秒数（デフォルト 300）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>sign-in: loopback port (default 0: the system picks one).</source>
        <translation>sign-in: loopback のポート（デフォルト 0：システムが選びます）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>status: list every stored session.</source>
        <translation>status: 保存済みのセッションをすべて一覧表示します。</translation>
    </message>
    <message>
        <source>sign-out: also end the browser session at Logto.</source>
        <translation>sign-out: ブラウザーでの Logto のセッションも終了します。</translation>
    </message>
    <message>
        <source>token, claims, userinfo: refresh when the access token expires within SECONDS (default 60).</source>
        <translation>token, claims, userinfo: アクセストークンの有効期限まで SECONDS 秒以内なら更新します（デフォルト 60）。</translation>
    </message>
    <message>
        <source>Seconds to wait for each request to Logto (default 15).</source>
        <translation>Logto への各リクエストを待つ秒数（デフォルト 15）。</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>コマンドが指定されていません（--help を参照）</translation>
    </message>
    <message>
        <source>expected one command, got %1</source>
        <translation>コマンドは 1 つだけ指定してください（指定されたもの：%1）</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;</source>
        <translation>オプション --%1 は &apos;%2&apos; には使えません</translation>
    </message>
    <message>
        <source>no Logto endpoint: pass --endpoint URL or set LOGTO_ENDPOINT</source>
        <translation>Logto エンドポイントがありません：--endpoint URL を指定するか、LOGTO_ENDPOINT を設定してください</translation>
    </message>
    <message>
        <source>no app ID: pass --app-id ID or set LOGTO_APP_ID</source>
        <translation>アプリ ID がありません：--app-id ID を指定するか、LOGTO_APP_ID を設定してください</translation>
    </message>
    <message>
        <source>token takes at most one --resource</source>
        <translation>token に指定できる --resource は 1 つまでです</translation>
    </message>
    <message>
        <source>--apple and --direct-sign-in cannot be combined</source>
        <translation>--apple と --direct-sign-in は同時に指定できません</translation>
    </message>
    <message>
        <source>--identifier needs at least one of email, phone, username</source>
        <translation>--identifier には email、phone、username のうち少なくとも 1 つが必要です</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400</source>
        <translation>--timeout には 1～86400 の秒数を指定してください</translation>
    </message>
    <message>
        <source>--port takes a port number from 0 to 65535</source>
        <translation>--port には 0～65535 のポート番号を指定してください</translation>
    </message>
    <message>
        <source>--min-validity takes a number of seconds from 0 to 86400</source>
        <translation>--min-validity には 0～86400 の秒数を指定してください</translation>
    </message>
    <message>
        <source>--network-timeout takes a number of seconds from 1 to 600</source>
        <translation>--network-timeout には 1～600 の秒数を指定してください</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are %2 (see --help)</source>
        <translation>不明なコマンド &apos;%1&apos;（使えるコマンド: %2。--help を参照）</translation>
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
        <translation>デスクトップから Logto にサインインします。ブラウザーで Logto のページが開き、セッションはシステムのキーチェーンに保存されます。

コマンド：
  sign-in    ブラウザーでサインインし、検証済みの ID トークンのクレームを表示します
  status     ネットワークを使わずに保存済みのセッションを表示します（サインインしていない場合は終了コード 3）
  claims     保存済みセッションの検証済み ID トークンのクレームを表示します
  userinfo   Logto の userinfo エンドポイントから取得したプロフィールを表示します
  token      アクセストークンを表示します（必要に応じて更新します）
  sign-out   セッションを失効させ、キーチェーンから削除します
  doctor     ブラウザーを開かずに設定を確認し、問題ごとの直し方を示します

コマンドを指定しない場合は、ウィンドウが開きます（ディスプレイが必要です）。</translation>
    </message>
    <message>
        <source>doctor: print the checklist as one JSON object.</source>
        <translation>doctor: チェックリストを 1 つの JSON オブジェクトとして出力します。</translation>
    </message>
    <message>
        <source>sign-in: continue with Apple (same as --direct-sign-in social:apple); doctor: check that the tenant offers it.</source>
        <translation>sign-in: Apple で続けます (--direct-sign-in social:apple と同じ)。doctor: テナントが提供しているか確認します。</translation>
    </message>
    <message>
        <source>sign-in: social:&lt;target&gt; or sso:&lt;connector id&gt;; doctor: check that the tenant offers social:&lt;target&gt;.</source>
        <translation>sign-in: social:&lt;target&gt; または sso:&lt;connector id&gt;。doctor: テナントが social:&lt;target&gt; を提供しているか確認します。</translation>
    </message>
    <message>
        <source>sign-in: put the authorization request in the URL even when the provider offers pushed authorization requests (PAR, the default).</source>
        <translation>sign-in: プロバイダーがプッシュ型認可リクエスト (PAR、既定) に対応していても、認可リクエストを URL に入れて送ります。</translation>
    </message>
    <message>
        <source>sign-in: sign in on another device (RFC 8628 device flow): shows a code, a link and a QR code; --app-id is then the tenant&apos;s device-flow app.</source>
        <translation>sign-in: 別のデバイスでサインインします（RFC 8628 デバイスフロー）。コード、リンク、QR コードを表示します。このとき --app-id はテナントのデバイスフロー用アプリです。</translation>
    </message>
    <message>
        <source>doctor checks --direct-sign-in social:&lt;target&gt; only</source>
        <translation>doctor が確認するのは --direct-sign-in social:&lt;target&gt; だけです</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;sign-in --device&apos;</source>
        <translation>オプション --%1 は &apos;sign-in --device&apos; には使用できません</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>コードの有効期限まで %1:%2</translation>
    </message>
    <message>
        <source>Sign in with another device</source>
        <translation>別のデバイスでサインイン</translation>
    </message>
    <message>
        <source>On your phone or another computer, open this link and enter the code, or scan the QR code. This window continues when you have signed in there.</source>
        <translation>スマートフォンまたは別のコンピューターでこのリンクを開いてコードを入力するか、QR コードをスキャンしてください。そちらでサインインすると、このウィンドウが続行します。</translation>
    </message>
    <message>
        <source>QR code of the link, with the code filled in</source>
        <translation>コードが入力済みのリンクの QR コード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>DeviceSignInCommand</name>
    <message>
        <source>warning: the server issued no refresh token, so the session was not kept</source>
        <translation>warning: サーバーがリフレッシュトークンを発行しなかったため、セッションは保存されませんでした</translation>
    </message>
    <message>
        <source>To sign in, open this link on a phone or another computer:</source>
        <translation>サインインするには、スマートフォンまたは別のコンピューターでこのリンクを開いてください：</translation>
    </message>
    <message>
        <source>and enter this code:</source>
        <translation>次のコードを入力してください：</translation>
    </message>
    <message>
        <source>Or scan this QR code, which fills in the code:</source>
        <translation>または、この QR コードをスキャンしてください（コードが入力されます）：</translation>
    </message>
    <message>
        <source>(The QR code does not fit this terminal; use the link and the code.)</source>
        <translation>（QR コードがこの端末に収まりません。リンクとコードを使用してください。）</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the other device (up to %n second(s); Ctrl-C cancels)…</source>
        <translation>
            <numerusform>別のデバイスを待っています（最大 %n 秒。Ctrl-C でキャンセル）…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <source>The provider&apos;s OpenID configuration is not valid JSON.</source>
        <translation>ID プロバイダーの OpenID 構成が有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The provider&apos;s issuer does not match the endpoint: check the Logto endpoint (a custom domain has its own issuer).</source>
        <translation>ID プロバイダーの発行者（issuer）がエンドポイントと一致しません。Logto エンドポイントを確認してください（カスタムドメインには独自の発行者があります）。</translation>
    </message>
    <message>
        <source>The provider&apos;s OpenID configuration has no %1.</source>
        <translation>ID プロバイダーの OpenID 構成に %1 がありません。</translation>
    </message>
    <message>
        <source>The provider&apos;s %1 is not a safe address.</source>
        <translation>ID プロバイダーの %1 は安全なアドレスではありません。</translation>
    </message>
    <message>
        <source>The provider does not support PKCE with S256, which a desktop app needs.</source>
        <translation>ID プロバイダーが、デスクトップアプリに必要な S256 方式の PKCE をサポートしていません。</translation>
    </message>
    <message>
        <source>The provider&apos;s OpenID configuration lists no ID-token signing algorithms.</source>
        <translation>ID プロバイダーの OpenID 構成に、ID トークンの署名アルゴリズムが 1 つも記載されていません。</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Fix: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not pass.</source>
        <translation>
            <numerusform>%n 件のチェックが不合格でした。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>OAuth error: %1</source>
        <translation>OAuth エラー：%1</translation>
    </message>
    <message>
        <source>Logto code: %1</source>
        <translation>Logto のエラーコード：%1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>HTTP ステータス：%1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Expands the technical details of an error.</extracomment>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度試す</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>もう一度サインイン</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>設定を開く</translation>
    </message>
</context>
<context>
    <name>IdTokenVerifier</name>
    <message>
        <source>The ID token was issued for a different app than this one.</source>
        <translation>ID トークンは、このアプリではなく別のアプリに対して発行されています。</translation>
    </message>
    <message>
        <source>The sign-in settings are incomplete, so the ID token cannot be checked.</source>
        <translation>サインインの設定が不完全なため、ID トークンを検証できません。</translation>
    </message>
    <message>
        <source>The ID token&apos;s signing algorithm is not allowed.</source>
        <translation>ID トークンの署名アルゴリズムは許可されていません。</translation>
    </message>
    <message>
        <source>The ID token&apos;s signing algorithm is not one the provider announced.</source>
        <translation>ID トークンの署名アルゴリズムは、ID プロバイダーが公開しているものではありません。</translation>
    </message>
    <message>
        <source>None of the provider&apos;s signing keys can check the ID token.</source>
        <translation>ID プロバイダーの署名鍵のどれでも ID トークンを検証できません。</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is not valid.</source>
        <translation>ID トークンの署名が無効です。</translation>
    </message>
    <message>
        <source>The ID token&apos;s issuer does not match the provider.</source>
        <translation>ID トークンの発行者が ID プロバイダーと一致しません。</translation>
    </message>
    <message>
        <source>The ID token&apos;s expiry time is missing or invalid.</source>
        <translation>ID トークンの有効期限がないか、無効です。</translation>
    </message>
    <message>
        <source>The ID token has expired. If this keeps happening, check that the computer&apos;s clock is right.</source>
        <translation>ID トークンの有効期限が切れています。これが繰り返し起こる場合は、コンピューターの時計が正しいか確認してください。</translation>
    </message>
    <message>
        <source>The ID token&apos;s issue time is missing or invalid.</source>
        <translation>ID トークンの発行日時がないか、無効です。</translation>
    </message>
    <message>
        <source>The ID token was issued in the future — is the computer&apos;s clock right?</source>
        <translation>ID トークンの発行日時が未来になっています — コンピューターの時計は正しいですか？</translation>
    </message>
    <message>
        <source>The ID token is not valid yet — is the computer&apos;s clock right?</source>
        <translation>ID トークンはまだ有効になっていません — コンピューターの時計は正しいですか？</translation>
    </message>
    <message>
        <source>The ID token does not say who signed in.</source>
        <translation>ID トークンに、サインインしたユーザーが示されていません。</translation>
    </message>
    <message>
        <source>The ID token is for a different user than the one signed in.</source>
        <translation>ID トークンは、サインイン中のユーザーとは別のユーザーのものです。</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in attempt.</source>
        <translation>ID トークンは、今回のサインインのものではありません。</translation>
    </message>
    <message>
        <source>The ID token does not match the access token.</source>
        <translation>ID トークンがアクセストークンと一致しません。</translation>
    </message>
</context>
<context>
    <name>JsonWebKey</name>
    <message>
        <source>The provider published a signing key this app cannot use.</source>
        <translation>ID プロバイダーが、このアプリでは使えない署名鍵を公開しています。</translation>
    </message>
    <message>
        <source>The signature does not match the provider&apos;s signing key.</source>
        <translation>署名が ID プロバイダーの署名鍵と一致しません。</translation>
    </message>
    <message>
        <source>The signing algorithm is not allowed.</source>
        <translation>署名アルゴリズムは許可されていません。</translation>
    </message>
</context>
<context>
    <name>JsonWebKeySet</name>
    <message>
        <source>The provider&apos;s list of signing keys could not be read.</source>
        <translation>ID プロバイダーの署名鍵の一覧を読み取れませんでした。</translation>
    </message>
</context>
<context>
    <name>JsonWebSignature</name>
    <message>
        <source>The token from the provider is malformed.</source>
        <translation>ID プロバイダーから受け取ったトークンの形式が正しくありません。</translation>
    </message>
</context>
<context>
    <name>Logto::DeviceSignInFlow</name>
    <message numerus="yes">
        <source>timed out waiting for the other device: the sign-in was not completed within %n second(s)</source>
        <translation>
            <numerusform>別のデバイスの待機がタイムアウトしました：%n 秒以内にサインインが完了しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The code expired before the sign-in was completed. Start again.</source>
        <translation>サインインが完了する前にコードの有効期限が切れました。もう一度やり直してください。</translation>
    </message>
    <message>
        <source>This Logto tenant does not offer sign-in with another device (the device flow needs Logto 1.38 or later and an application whose authorization flow is &quot;Device flow&quot;).</source>
        <translation>この Logto テナントは別のデバイスでのサインインを提供していません（デバイスフローには Logto 1.38 以降と、認可フローが「Device flow」のアプリケーションが必要です）。</translation>
    </message>
    <message>
        <source>The app id is not a device-flow app: in Logto, create an application of type Native with &quot;Device flow&quot; as its authorization flow, and use its app id.</source>
        <translation>このアプリ ID はデバイスフローのアプリではありません。Logto で種類が Native、認可フローが「Device flow」のアプリケーションを作成し、そのアプリ ID を使用してください。</translation>
    </message>
    <message>
        <source>The sign-in was denied on the other device.</source>
        <translation>別のデバイスでサインインが拒否されました。</translation>
    </message>
    <message>
        <source>The sign-in server returned no ID token.</source>
        <translation>サインインサーバーが ID トークンを返しませんでした。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer to the device code request cannot be used.</source>
        <translation>デバイスコードの要求に対するサインインサーバーの応答を使用できません。</translation>
    </message>
</context>
<context>
    <name>Logto::HttpClient</name>
    <message>
        <source>The sign-in server did not answer in time. Check your connection and try again.</source>
        <translation>サインインサーバーが時間内に応答しませんでした。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server. Check your connection and try again.</source>
        <translation>サインインサーバーに接続できませんでした。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer this app cannot read.</source>
        <translation>サインインサーバーから、このアプリでは読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>The sign-in server is busy (too many requests). Try again in a moment.</source>
        <translation>サインインサーバーが混み合っています（リクエストが多すぎます）。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in server had a problem (HTTP %1). Try again later.</source>
        <translation>サインインサーバーで問題が発生しました（HTTP %1）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>サインインサーバーがリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request: %1</source>
        <translation>サインインサーバーがリクエストを拒否しました：%1</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer that is too large (over %1).</source>
        <translation>サインインサーバーから、大きすぎる応答（%1 超）が返されました。</translation>
    </message>
</context>
<context>
    <name>Logto::OidcProvider</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) ahead of the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</source>
        <translation>
            <numerusform>コンピューターの時計がサインインサーバーより %n 分進んでいます。正しい時刻に合わせて（時刻の自動設定をオンにして）、もう一度お試しください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) behind the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</source>
        <translation>
            <numerusform>コンピューターの時計がサインインサーバーより %n 分遅れています。正しい時刻に合わせて（時刻の自動設定をオンにして）、もう一度お試しください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logto::SessionLock</name>
    <message>
        <source>Could not create the session lock file.</source>
        <translation>セッションのロックファイルを作成できませんでした。</translation>
    </message>
    <message>
        <source>Another logto-signin process is busy with this session; try again.</source>
        <translation>別の logto-signin プロセスがこのセッションを使用中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Could not create the folder for the session lock. Check that your home folder is writable.</source>
        <translation>セッションロック用のフォルダーを作成できませんでした。ホームフォルダーに書き込めるか確認してください。</translation>
    </message>
    <message>
        <source>The folder for the session lock belongs to another user or is not a folder: %1</source>
        <translation>セッションロック用のフォルダーが別のユーザーのものか、フォルダーではありません: %1</translation>
    </message>
    <message>
        <source>Could not make the folder for the session lock private: %1</source>
        <translation>セッションロック用のフォルダーを非公開にできませんでした: %1</translation>
    </message>
</context>
<context>
    <name>Logto::SessionManager</name>
    <message>
        <source>not signed in: run sign-in first</source>
        <translation>サインインしていません：先に sign-in を実行してください</translation>
    </message>
    <message>
        <source>The API resource %1 was not requested at sign-in. Sign in again with --resource %1.</source>
        <translation>API リソース %1 はサインイン時に要求されていません。--resource %1 を付けてもう一度サインインしてください。</translation>
    </message>
    <message>
        <source>keychain locked: unlock your keychain (login keyring) and try again</source>
        <translation>キーチェーンがロックされています：キーチェーン（login キーリング）のロックを解除して、もう一度お試しください</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>アクセスが拒否されました：%1</translation>
    </message>
    <message>
        <source>No access to organization %1: the account is not a member, or the organization requires multi-factor authentication.</source>
        <translation>組織 %1 にアクセスできません：アカウントがメンバーではないか、組織で多要素認証が必要です。</translation>
    </message>
    <message>
        <source>The sign-in server did not return a new refresh token.</source>
        <translation>サインインサーバーが新しいリフレッシュトークンを返しませんでした。</translation>
    </message>
    <message>
        <source>The provider has no userinfo endpoint.</source>
        <translation>ID プロバイダーに userinfo エンドポイントがありません。</translation>
    </message>
    <message>
        <source>The profile from the sign-in server belongs to a different user than the ID token (sub mismatch).</source>
        <translation>サインインサーバーから取得したプロフィールは、ID トークンとは別のユーザーのものです（sub が一致しません）。</translation>
    </message>
    <message>
        <source>The provider has no revocation endpoint.</source>
        <translation>ID プロバイダーに失効エンドポイントがありません。</translation>
    </message>
    <message>
        <source>The keychain did not take the renewed sign-in: it is kept in memory and saving is retried. Keep the app open until the keychain works again.</source>
        <translation>キーチェーンが更新されたサインインを保存できませんでした。メモリーに保持し、保存を再試行します。キーチェーンが再び使えるようになるまでアプリを開いたままにしてください。</translation>
    </message>
</context>
<context>
    <name>Logto::SetupCheck</name>
    <message>
        <source>Logto endpoint answers</source>
        <translation>Logto エンドポイントの応答</translation>
    </message>
    <message>
        <source>OpenID discovery and issuer</source>
        <translation>OpenID ディスカバリーと発行者</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>アプリ ID</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation>リフレッシュトークン</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>Web ブラウザー</translation>
    </message>
    <message>
        <source>Display for the window</source>
        <translation>ウィンドウ用のディスプレイ</translation>
    </message>
    <message>
        <source>Loopback listener</source>
        <translation>ループバックのリスナー</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>Stored session</source>
        <translation>保存されたセッション</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s https:// address, as shown in the Logto Console under Applications → your app → Endpoints &amp; Credentials → Logto endpoint (plain http is only for Logto on this computer: 127.0.0.1 or localhost).</source>
        <translation>テナントの https:// アドレスを使ってください。Logto Console の Applications → お使いのアプリ → Endpoints &amp; Credentials → Logto endpoint に表示されています（平文の http はこのコンピューター上の Logto、つまり 127.0.0.1 または localhost の場合だけです）。</translation>
    </message>
    <message>
        <source>Not checked: the endpoint is not usable.</source>
        <translation>未確認: エンドポイントが使えません。</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2).</source>
        <translation>名前 %1 を解決できませんでした（%2）。</translation>
    </message>
    <message>
        <source>Check the spelling of the endpoint (Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint) and this computer&apos;s network and DNS settings.</source>
        <translation>エンドポイントの綴り（Logto Console → Applications → お使いのアプリ → Endpoints &amp; Credentials → Logto endpoint）と、このコンピューターのネットワークと DNS の設定を確認してください。</translation>
    </message>
    <message>
        <source>Not checked: the endpoint does not answer.</source>
        <translation>未確認: エンドポイントが応答しません。</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>through the proxy %1:%2</source>
        <translation>プロキシ %1:%2 経由</translation>
    </message>
    <message>
        <source>%1 did not answer (%2): %3</source>
        <translation>%1 が応答しませんでした（%2）: %3</translation>
    </message>
    <message>
        <source>The secure connection failed: check the endpoint&apos;s address and the computer&apos;s date. If your network inspects HTTPS (a company proxy), install its certificate authority in the system.</source>
        <translation>安全な接続に失敗しました。エンドポイントのアドレスとコンピューターの日付を確認してください。ネットワークが HTTPS を検査している場合（社内プロキシ）は、その認証局をシステムにインストールしてください。</translation>
    </message>
    <message>
        <source>Check that the endpoint and its port are right (Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint), that this computer is online, and the proxy settings (https_proxy, no_proxy).</source>
        <translation>エンドポイントとポートが正しいか（Logto Console → Applications → お使いのアプリ → Endpoints &amp; Credentials → Logto endpoint）、このコンピューターがオンラインか、プロキシの設定（https_proxy、no_proxy）を確認してください。</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2, %3).</source>
        <translation>%1 が応答しました（HTTP %2、%3）。</translation>
    </message>
    <message>
        <source>Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint</source>
        <translation>Logto Console → Applications → お使いのアプリ → Endpoints &amp; Credentials → Logto endpoint</translation>
    </message>
    <message>
        <source>No OpenID discovery document at %1 (%2).</source>
        <translation>%1 に OpenID ディスカバリー文書がありません（%2）。</translation>
    </message>
    <message>
        <source>Use the endpoint itself, without /oidc or any other path: %1.</source>
        <translation>/oidc などのパスを付けず、エンドポイントそのものを使ってください: %1。</translation>
    </message>
    <message>
        <source>Not checked: discovery failed.</source>
        <translation>未確認: ディスカバリーに失敗しました。</translation>
    </message>
    <message>
        <source>the tenant&apos;s own domain</source>
        <translation>テナント自身のドメイン</translation>
    </message>
    <message>
        <source>a custom domain</source>
        <translation>カスタムドメイン</translation>
    </message>
    <message>
        <source>The issuer is %1, not %2: %3 is %4 and %5 is %6. A custom domain and the tenant&apos;s domain are different issuers.</source>
        <translation>発行者は %2 ではなく %1 です。%3 は%4、%5 は%6です。カスタムドメインとテナントのドメインは別々の発行者です。</translation>
    </message>
    <message>
        <source>Use --endpoint %1, and the same endpoint every time (%2).</source>
        <translation>--endpoint %1 を使い、毎回同じエンドポイントを使ってください（%2）。</translation>
    </message>
    <message>
        <source>The issuer is %1, not %2.</source>
        <translation>発行者は %2 ではなく %1 です。</translation>
    </message>
    <message>
        <source>Use the endpoint exactly as Logto gives it, without /oidc or a trailing slash (%1). A server whose issuer is not &lt;endpoint&gt;/oidc is not a Logto endpoint.</source>
        <translation>Logto が示すとおりのエンドポイントを、/oidc や末尾のスラッシュを付けずに使ってください（%1）。発行者が &lt;endpoint&gt;/oidc でないサーバーは Logto のエンドポイントではありません。</translation>
    </message>
    <message>
        <source>The discovery document at %1 is not usable: %2</source>
        <translation>%1 のディスカバリー文書は使えません: %2</translation>
    </message>
    <message>
        <source>Check that the endpoint is a Logto server (%1).</source>
        <translation>エンドポイントが Logto のサーバーか確認してください（%1）。</translation>
    </message>
    <message>
        <source>The issuer is %1, as expected.</source>
        <translation>発行者は想定どおり %1 です。</translation>
    </message>
    <message>
        <source>The provider offers offline_access.</source>
        <translation>プロバイダーは offline_access を提供しています。</translation>
    </message>
    <message>
        <source>The provider does not list offline_access in scopes_supported: no refresh token, so the session ends when the access token expires.</source>
        <translation>プロバイダーの scopes_supported に offline_access がありません。リフレッシュトークンがないため、アクセストークンの期限が切れるとセッションは終わります。</translation>
    </message>
    <message>
        <source>Logto always offers offline_access: check that the endpoint is your Logto tenant (%1).</source>
        <translation>Logto は常に offline_access を提供します。エンドポイントがお使いの Logto テナントか確認してください（%1）。</translation>
    </message>
    <message>
        <source>Not checked: the provider offers no pushed authorization requests (PAR), so this cannot be checked without a browser.</source>
        <translation>未確認: プロバイダーがプッシュ型認可リクエスト（PAR）を提供していないため、ブラウザーなしでは確認できません。</translation>
    </message>
    <message>
        <source>Run logto-signin sign-in once to check it.</source>
        <translation>確認するには logto-signin sign-in を一度実行してください。</translation>
    </message>
    <message>
        <source>In the Logto Console open Applications → your app → Redirect URIs, add exactly %1 and save. The app must be a Native app: only Native apps accept any port on 127.0.0.1.</source>
        <translation>Logto Console で Applications → お使いのアプリ → Redirect URIs を開き、%1 をそのとおりに追加して保存してください。アプリは Native アプリである必要があります。127.0.0.1 の任意のポートを受け付けるのは Native アプリだけです。</translation>
    </message>
    <message>
        <source>Logto knows the app %1.</source>
        <translation>Logto はアプリ %1 を認識しています。</translation>
    </message>
    <message>
        <source>%1 is accepted (a Native app with %2 registered).</source>
        <translation>%1 は受け付けられました（%2 が登録された Native アプリです）。</translation>
    </message>
    <message>
        <source>Logto does not accept the app ID %1 as a public client (%2).</source>
        <translation>Logto はアプリ ID %1 を公開クライアントとして受け付けません（%2）。</translation>
    </message>
    <message>
        <source>In the Logto Console open Applications, choose your Native app and copy its App ID (Endpoints &amp; Credentials); if there is none, create one: Applications → Create application → Native. A Traditional web or machine-to-machine app cannot be used.</source>
        <translation>Logto Console で Applications を開き、Native アプリを選んで App ID をコピーしてください（Endpoints &amp; Credentials）。ない場合は Applications → Create application → Native で作成してください。Traditional web や machine-to-machine のアプリは使えません。</translation>
    </message>
    <message>
        <source>Not checked: the app ID is not accepted.</source>
        <translation>未確認: アプリ ID が受け付けられません。</translation>
    </message>
    <message>
        <source>Logto refused %1 (%2).</source>
        <translation>Logto は %1 を拒否しました（%2）。</translation>
    </message>
    <message>
        <source>The test authorization request was refused: %1</source>
        <translation>テスト用の認可リクエストが拒否されました: %1</translation>
    </message>
    <message>
        <source>Register each --resource under API resources in the Logto Console, or leave it out.</source>
        <translation>各 --resource を Logto Console の API resources に登録するか、指定しないでください。</translation>
    </message>
    <message>
        <source>Check the app&apos;s settings in the Logto Console (Applications → your app).</source>
        <translation>Logto Console でアプリの設定を確認してください（Applications → お使いのアプリ）。</translation>
    </message>
    <message>
        <source>Not checked: the test authorization request failed.</source>
        <translation>未確認: テスト用の認可リクエストが失敗しました。</translation>
    </message>
    <message>
        <source>Unlock the login keyring (for example in Passwords and Keys, or by signing in to the desktop again) and run doctor again.</source>
        <translation>ログインキーリング（キーチェーン）のロックを解除して（たとえば「パスワードと鍵」/Passwords and Keys で、またはデスクトップにもう一度サインインして）、doctor をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Install and start a Secret Service in your desktop session (gnome-keyring, or KeePassXC with Secret Service integration). logto-signin never keeps tokens in a file.</source>
        <translation>デスクトップのセッションで Secret Service をインストールして起動してください（gnome-keyring、または Secret Service 連携を有効にした KeePassXC）。logto-signin はトークンをファイルに保存しません。</translation>
    </message>
    <message>
        <source>The keychain gave back something else than was written.</source>
        <translation>キーチェーンから、書き込んだものと違う値が返されました。</translation>
    </message>
    <message>
        <source>A test entry was written, read back and deleted.</source>
        <translation>テスト用の項目を書き込み、読み戻し、削除できました。</translation>
    </message>
    <message>
        <source>Not signed in to %1 with this app.</source>
        <translation>このアプリで %1 にサインインしていません。</translation>
    </message>
    <message>
        <source>Run logto-signin sign-in.</source>
        <translation>logto-signin sign-in を実行してください。</translation>
    </message>
    <message>
        <source>signed in as %1 on %2</source>
        <translation>%2 に %1 としてサインイン</translation>
    </message>
    <message>
        <source>last refreshed %1</source>
        <translation>最終リフレッシュ %1</translation>
    </message>
    <message>
        <source>ID token valid until %1</source>
        <translation>ID トークンの有効期限 %1</translation>
    </message>
    <message>
        <source>access token valid until %1</source>
        <translation>アクセストークンの有効期限 %1</translation>
    </message>
    <message>
        <source>no API resources</source>
        <translation>API リソースなし</translation>
    </message>
    <message>
        <source>API resources: %1</source>
        <translation>API リソース: %1</translation>
    </message>
    <message>
        <source>organization tokens granted</source>
        <translation>組織トークンが許可されています</translation>
    </message>
    <message>
        <source>no organization tokens</source>
        <translation>組織トークンなし</translation>
    </message>
    <message>
        <source>%1; its refresh token cannot be read while the keychain fails.</source>
        <translation>%1。キーチェーンが使えない間はリフレッシュトークンを読めません。</translation>
    </message>
    <message>
        <source>Fix the keychain first (see above).</source>
        <translation>先にキーチェーンを直してください（上記参照）。</translation>
    </message>
    <message>
        <source>%1; but its refresh token is missing from the keychain.</source>
        <translation>%1。ただし、リフレッシュトークンがキーチェーンにありません。</translation>
    </message>
    <message>
        <source>Sign in again: logto-signin sign-in.</source>
        <translation>もう一度サインインしてください: logto-signin sign-in。</translation>
    </message>
    <message>
        <source>On a computer without a browser use logto-signin sign-in --no-browser and open the link elsewhere.</source>
        <translation>ブラウザーのないコンピューターでは logto-signin sign-in --no-browser を使い、リンクを別の場所で開いてください。</translation>
    </message>
    <message>
        <source>$BROWSER starts %1.</source>
        <translation>$BROWSER は %1 を起動します。</translation>
    </message>
    <message>
        <source>None of the programs in $BROWSER exists: %1.</source>
        <translation>$BROWSER のプログラムがどれも存在しません: %1。</translation>
    </message>
    <message>
        <source>Set BROWSER to a browser that is installed (e.g. export BROWSER=firefox), or unset it to use the desktop&apos;s default browser.</source>
        <translation>BROWSER にインストール済みのブラウザーを設定するか（例: export BROWSER=firefox）、設定を外してデスクトップの既定のブラウザーを使ってください。</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser is used.</source>
        <translation>デスクトップの既定のブラウザーを使います。</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser, through %1.</source>
        <translation>%1 経由でデスクトップの既定のブラウザーを使います。</translation>
    </message>
    <message>
        <source>BROWSER is not set and %1 is not on PATH.</source>
        <translation>BROWSER が設定されておらず、%1 も PATH にありません。</translation>
    </message>
    <message>
        <source>Install xdg-utils (sudo apt install xdg-utils), or set BROWSER to your browser (e.g. export BROWSER=firefox).</source>
        <translation>xdg-utils をインストールするか（sudo apt install xdg-utils）、BROWSER にお使いのブラウザーを設定してください（例: export BROWSER=firefox）。</translation>
    </message>
    <message>
        <source>Wayland display %1.</source>
        <translation>Wayland ディスプレイ %1。</translation>
    </message>
    <message>
        <source>X11 display %1.</source>
        <translation>X11 ディスプレイ %1。</translation>
    </message>
    <message>
        <source>DISPLAY is %1 but no X server listens there: the window cannot open; the commands work.</source>
        <translation>DISPLAY は %1 ですが、そこで待ち受けている X サーバーがありません。ウィンドウは開けませんが、コマンドは使えます。</translation>
    </message>
    <message>
        <source>Start the window from your desktop session, or use the commands (logto-signin --help).</source>
        <translation>デスクトップのセッションからウィンドウを開くか、コマンドを使ってください（logto-signin --help）。</translation>
    </message>
    <message>
        <source>No display (DISPLAY and WAYLAND_DISPLAY are not set): the window cannot open here; the commands work.</source>
        <translation>ディスプレイがありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。ここではウィンドウを開けませんが、コマンドは使えます。</translation>
    </message>
    <message>
        <source>The desktop is available.</source>
        <translation>デスクトップを利用できます。</translation>
    </message>
    <message>
        <source>127.0.0.1 accepted a listener (port %1).</source>
        <translation>127.0.0.1 でリスナーを開けました（ポート %1）。</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation>127.0.0.1 で待ち受けできませんでした: %1</translation>
    </message>
    <message>
        <source>Allow this app to listen on 127.0.0.1 (a firewall or sandbox blocks it; in Flatpak or Snap, give it network access). The browser returns to it after sign-in.</source>
        <translation>このアプリが 127.0.0.1 で待ち受けられるようにしてください（ファイアウォールかサンドボックスが妨げています。Flatpak や Snap ではネットワークへのアクセスを許可してください）。サインイン後、ブラウザーはここに戻ります。</translation>
    </message>
    <message>
        <source>The provider sent no Date header to compare with.</source>
        <translation>プロバイダーが比較用の Date ヘッダーを送りませんでした。</translation>
    </message>
    <message>
        <source>Turn on automatic time (for example: timedatectl set-ntp true), or set the correct time and time zone: ID tokens are checked against this clock.</source>
        <translation>時刻の自動設定をオンにするか（例: timedatectl set-ntp true）、正しい時刻とタイムゾーンを設定してください。ID トークンはこの時計で検証されます。</translation>
    </message>
    <message numerus="yes">
        <source>Within %n second(s) of the provider&apos;s clock.</source>
        <translation>
            <numerusform>プロバイダーの時計との差は %n 秒以内です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the provider&apos;s.</source>
        <translation>
            <numerusform>このコンピューターの時計はプロバイダーより %n 分進んでいます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the provider&apos;s.</source>
        <translation>
            <numerusform>このコンピューターの時計はプロバイダーより %n 分遅れています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in still works (5 minutes are allowed).</source>
        <translation>サインインはまだできます（5 分までの差は許容されます）。</translation>
    </message>
    <message>
        <source>Social sign-in</source>
        <translation>ソーシャルサインイン</translation>
    </message>
    <message>
        <source>Sign-in with another device</source>
        <translation>別のデバイスでのサインイン</translation>
    </message>
    <message>
        <source>The tenant offers sign-in with another device (device flow) at %1.</source>
        <translation>このテナントは別のデバイスでのサインイン（デバイスフロー）を %1 で提供しています。</translation>
    </message>
    <message>
        <source>The tenant does not offer sign-in with another device (no device_authorization_endpoint).</source>
        <translation>このテナントは別のデバイスでのサインインを提供していません（device_authorization_endpoint がありません）。</translation>
    </message>
    <message>
        <source>Logto 1.38 and later offer it: for sign-in --device, create an application of type Native whose authorization flow is &quot;Device flow&quot; and use its app id.</source>
        <translation>Logto 1.38 以降で利用できます。sign-in --device には、種類が Native で認可フローが「Device flow」のアプリケーションを作成し、そのアプリ ID を使用してください。</translation>
    </message>
    <message>
        <source>Check the app ID and the options.</source>
        <translation>アプリ ID とオプションを確認してください。</translation>
    </message>
    <message>
        <source>Not checked: the test authorization request could not be made.</source>
        <translation>未確認: テスト用の認可リクエストを作れませんでした。</translation>
    </message>
    <message>
        <source>The tenant&apos;s sign-in experience could not be read at %1 (%2): the window offers the social sign-ins set in Settings.</source>
        <translation>テナントのサインイン体験を %1 から読み取れませんでした (%2)。ウィンドウは設定で指定したソーシャルサインインを表示します。</translation>
    </message>
    <message>
        <source>Whether it offers %1 cannot be checked.</source>
        <translation>%1 が提供されているかどうかは確認できません。</translation>
    </message>
    <message>
        <source>The tenant offers no social sign-in, so not %1 either.</source>
        <translation>テナントはソーシャルサインインを提供していないため、%1 もありません。</translation>
    </message>
    <message>
        <source>The tenant does not offer %1; it offers %2.</source>
        <translation>テナントは %1 を提供していません。提供しているのは %2 です。</translation>
    </message>
    <message>
        <source>With %1 Logto shows its ordinary sign-in page instead.</source>
        <translation>%1 を指定すると、Logto は代わりに通常のサインインページを表示します。</translation>
    </message>
    <message>
        <source>In the Logto Console add the %1 connector (Connectors → Social connectors → Add social connector) and turn it on under Sign-in experience → Sign-up and sign-in → Social sign-in; or sign in without %2.</source>
        <translation>Logto Console で %1 コネクターを追加し (Connectors → Social connectors → Add social connector)、Sign-in experience → Sign-up and sign-in → Social sign-in で有効にしてください。または %2 を付けずにサインインしてください。</translation>
    </message>
    <message>
        <source>The tenant offers no social sign-in: the window shows no &quot;Continue with ...&quot; button.</source>
        <translation>テナントはソーシャルサインインを提供していません。ウィンドウに「... で続ける」ボタンは表示されません。</translation>
    </message>
    <message>
        <source>To offer one, add a social connector in the Logto Console (Connectors → Social connectors → Add social connector) and turn it on under Sign-in experience → Sign-up and sign-in → Social sign-in.</source>
        <translation>提供するには、Logto Console でソーシャルコネクターを追加し (Connectors → Social connectors → Add social connector)、Sign-in experience → Sign-up and sign-in → Social sign-in で有効にしてください。</translation>
    </message>
    <message>
        <source>The tenant offers %1.</source>
        <translation>テナントは %1 を提供しています。</translation>
    </message>
</context>
<context>
    <name>Logto::SignInFlow</name>
    <message numerus="yes">
        <source>timed out waiting for the browser: the sign-in was not completed within %n second(s)</source>
        <translation>
            <numerusform>ブラウザーの待機がタイムアウトしました：%n 秒以内にサインインが完了しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in response did not come from the expected provider (issuer mismatch).</source>
        <translation>サインイン応答が、想定した ID プロバイダーから届いていません（発行者が一致しません）。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or denied.</source>
        <translation>サインインがキャンセルまたは拒否されました。</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>サインインサーバーからエラーが報告されました：%1</translation>
    </message>
    <message>
        <source>The sign-in response has no authorization code.</source>
        <translation>サインイン応答に認可コードがありません。</translation>
    </message>
    <message>
        <source>The sign-in server returned no ID token.</source>
        <translation>サインインサーバーが ID トークンを返しませんでした。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>This sign-in has ended.</source>
        <translation>このサインインは終了しました。</translation>
    </message>
    <message>
        <source>Could not open the sign-in page</source>
        <translation>サインインページを開けませんでした</translation>
    </message>
    <message>
        <source>%1 Try this link again, or return to the app.</source>
        <translation>%1 このリンクをもう一度開くか、アプリに戻ってください。</translation>
    </message>
</context>
<context>
    <name>Logto::TokenClient</name>
    <message>
        <source>signed out: the session was revoked or expired, sign in again</source>
        <translation>サインアウトされています：セッションが失効したか期限切れです。もう一度サインインしてください</translation>
    </message>
    <message>
        <source>The sign-in server rejected the sign-in code (expired or already used). Start the sign-in again.</source>
        <translation>サインインサーバーがサインインコードを拒否しました（期限切れか使用済みです）。もう一度サインインを始めてください。</translation>
    </message>
    <message>
        <source>The sign-in server rejected the device code (unknown, or already used). Start the sign-in again.</source>
        <translation>サインインサーバーがデバイスコードを拒否しました（不明、または使用済み）。サインインをやり直してください。</translation>
    </message>
</context>
<context>
    <name>Logto::TokenStore</name>
    <message>
        <source>The keychain did not answer. It may be locked or waiting for a password prompt.</source>
        <translation>キーチェーンが応答しませんでした。ロックされているか、パスワードの入力を待っている可能性があります。</translation>
    </message>
    <message>
        <source>No session is stored in the keychain.</source>
        <translation>キーチェーンにセッションが保存されていません。</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (e.g. in Passwords and Keys) and try again.</source>
        <translation>キーチェーンへのアクセスが拒否されました。「パスワードと鍵」（Passwords and Keys）などでロックを解除して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>no secure storage available: %1</source>
        <translation>使用できる安全なストレージがありません：%1</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Nothing to do here</source>
        <extracomment>Heading of the browser page for a request to the app&apos;s local sign-in address that is not the sign-in response.</extracomment>
        <translation>このページですることはありません</translation>
    </message>
    <message>
        <source>This address only receives the sign-in response from your browser. Return to the app to continue.</source>
        <extracomment>Text of the browser page for a request to the app&apos;s local sign-in address that is not the sign-in response.</extracomment>
        <translation>このアドレスは、ブラウザーからのサインイン応答を受け取るためだけのものです。続けるには、アプリに戻ってください。</translation>
    </message>
    <message>
        <source>A sign-in is already waiting for the browser.</source>
        <extracomment>Error when the app starts a second sign-in while the first one still waits for the browser.</extracomment>
        <translation>すでに別のサインインがブラウザーを待っています。</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in.</source>
        <extracomment>Error when the app cannot open the local port the browser returns to after sign-in.</extracomment>
        <translation>サインイン用のローカルポートを開けませんでした。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Logto Sign-in</source>
        <translation>Logto Sign-in について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Logto Sign-in %1&lt;/h3&gt;&lt;p&gt;Signs you in to Logto through your own browser (RFC 8252), keeps the session in the system keychain and shows your profile and claims.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Logto Sign-in %1&lt;/h3&gt;&lt;p&gt;お使いのブラウザーで Logto にサインインし（RFC 8252）、セッションをシステムのキーチェーンに保存して、プロフィールとクレームを表示します。&lt;/p&gt;&lt;p&gt;MIT ライセンス。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>セッションを復元しています…</translation>
    </message>
    <message>
        <source>Logto Sign-in</source>
        <translation>Logto Sign-in</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Logto Sign-in</source>
        <translation>Logto Sign-in について(&amp;A)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Revoke this session and remove it from the keychain</source>
        <translation>このセッションを失効させ、キーチェーンから削除します</translation>
    </message>
    <message>
        <source>Sign out and end the browser session</source>
        <translation>サインアウトして、ブラウザーのセッションも終了します</translation>
    </message>
</context>
<context>
    <name>OidcConfig</name>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>アドレスが有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>アドレスにユーザー名やパスワードを含めることはできません。</translation>
    </message>
    <message>
        <source>Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>暗号化されていない http は、このコンピューター上（127.0.0.1、::1、localhost）でのみ使用できます。https を使用してください。</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>アドレスは https:// で始まる必要があります。</translation>
    </message>
    <message>
        <source>No Logto endpoint is set.</source>
        <translation>Logto エンドポイントが設定されていません。</translation>
    </message>
    <message>
        <source>The Logto endpoint is not a valid URL, e.g. https://your-tenant.logto.app.</source>
        <translation>Logto エンドポイントが有効な URL ではありません（例：https://your-tenant.logto.app）。</translation>
    </message>
    <message>
        <source>The Logto endpoint must not contain a query or fragment.</source>
        <translation>Logto エンドポイントにクエリ（query）やフラグメント（fragment）を含めることはできません。</translation>
    </message>
    <message>
        <source>No app ID is set. Copy it from the Native app in the Logto Console.</source>
        <translation>アプリ ID が設定されていません。Logto Console のネイティブアプリからコピーしてください。</translation>
    </message>
    <message>
        <source>The app ID may only contain letters, digits and . _ ~ -.</source>
        <translation>アプリ ID に使えるのは、英字、数字、. _ ~ - だけです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid scope.</source>
        <translation>「%1」は有効なスコープではありません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API resource: use an absolute URI such as https://api.example.com.</source>
        <translation>「%1」は有効な API リソースではありません。https://api.example.com のような絶対 URI を使用してください。</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Signed in</source>
        <translation>サインイン済み</translation>
    </message>
    <message>
        <source>This is an Apple private relay address: you chose &quot;Hide My Email&quot;, and Apple forwards mail sent here to your real inbox.</source>
        <translation>これは Apple のプライベートメールリレーのアドレスです。「メールを非公開」（Hide My Email）が選択されているため、このアドレスに届いたメールは Apple が実際の受信トレイに転送します。</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>リンクされたアカウント</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
</context>
<context>
    <name>PushedAuthorization</name>
    <message>
        <source>The sign-in server sent an answer to the pushed authorization request (PAR) that this app cannot read.</source>
        <translation>サインインサーバーがプッシュ型認可リクエスト (PAR) に、このアプリでは読めない応答を返しました。</translation>
    </message>
    <message>
        <source>Could not send the authorization request to the sign-in server (PAR): %1 If this goes on, sign in without PAR (--no-par).</source>
        <extracomment>%1 is the reason (a full sentence). PAR: pushed authorization request; --no-par is a command-line option, not translated.</extracomment>
        <translation>認可リクエストをサインインサーバーに送れませんでした (PAR): %1 続く場合は PAR なしでサインインしてください (--no-par)。</translation>
    </message>
    <message>
        <source>Logto does not know the app ID %1 as a Native app. In the Logto Console open Applications, choose your Native app and copy its App ID.</source>
        <translation>Logto はアプリ ID %1 を Native アプリとして認識していません。Logto Console で Applications を開き、Native アプリを選んでその App ID をコピーしてください。</translation>
    </message>
    <message>
        <source>Logto refused the redirect URI %1. In the Logto Console open Applications → your app → Redirect URIs, add exactly %2 and save; the app must be a Native app.</source>
        <translation>Logto がリダイレクト URI %1 を拒否しました。Logto Console で Applications → アプリ → Redirect URIs を開き、%2 をそのまま追加して保存してください。アプリは Native アプリである必要があります。</translation>
    </message>
    <message>
        <source>Logto refused an API resource of this sign-in. Register each resource under API resources in the Logto Console, or leave it out.</source>
        <translation>Logto がこのサインインの API リソースを拒否しました。各リソースを Logto Console の API resources に登録するか、指定しないでください。</translation>
    </message>
    <message>
        <source>The sign-in server refused the authorization request (PAR): %1 Check the app&apos;s settings in the Logto Console, or sign in without PAR (--no-par).</source>
        <extracomment>%1 is the server&apos;s reason (a full sentence). PAR: pushed authorization request; --no-par is a command-line option, not translated.</extracomment>
        <translation>サインインサーバーが認可リクエストを拒否しました (PAR): %1 Logto Console でアプリの設定を確認するか、PAR なしでサインインしてください (--no-par)。</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>the keychain did not take the renewed sign-in; trying again</source>
        <translation>キーチェーンが更新されたサインインを保存できませんでした。再試行しています</translation>
    </message>
    <message>
        <source>the renewed sign-in could not be saved in the keychain (%1): the next command will have to sign in again</source>
        <translation>更新されたサインインをキーチェーンに保存できませんでした (%1)。次のコマンドでは再度サインインが必要です</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Logto connection</source>
        <translation>Logto との接続</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>エンドポイント(&amp;E)：</translation>
    </message>
    <message>
        <source>https://your-tenant.logto.app</source>
        <extracomment>An example address: keep it as it is.</extracomment>
        <translation>https://your-tenant.logto.app</translation>
    </message>
    <message>
        <source>Your Logto tenant&apos;s address, as shown in the Logto Console</source>
        <translation>Logto Console に表示される、あなたの Logto テナントのアドレス</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>アプリ ID(&amp;I)：</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>アプリ ID</translation>
    </message>
    <message>
        <source>Create a Native app in the Logto Console and register the redirect URI http://127.0.0.1/callback</source>
        <translation>Logto Console でネイティブアプリを作成し、リダイレクト URI に http://127.0.0.1/callback を登録してください</translation>
    </message>
    <message>
        <source>What the app asks for</source>
        <translation>アプリが要求する情報</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>スコープ(&amp;P)：</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>カスタムデータ</translation>
    </message>
    <message>
        <source>Linked identities (social accounts)</source>
        <translation>リンクされた ID（ソーシャルアカウント）</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>組織のロール</translation>
    </message>
    <message>
        <source>Asks for the scope %1</source>
        <extracomment>%1 is an OAuth scope such as email or urn:logto:scope:organizations</extracomment>
        <translation>スコープ %1 を要求します</translation>
    </message>
    <message>
        <source>O&amp;ther scopes:</source>
        <translation>その他のスコープ(&amp;T)：</translation>
    </message>
    <message>
        <source>Separated by spaces, e.g. address</source>
        <translation>スペース区切り（例：address）</translation>
    </message>
    <message>
        <source>Scopes not listed above, separated by spaces</source>
        <translation>上に挙げていないスコープ（スペース区切り）</translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation>その他のスコープ</translation>
    </message>
    <message>
        <source>API &amp;resources:</source>
        <translation>API リソース(&amp;R)：</translation>
    </message>
    <message>
        <source>One per line, e.g. https://api.example.com</source>
        <extracomment>An example API resource indicator: keep the address as it is.</extracomment>
        <translation>1 行に 1 つ（例：https://api.example.com）</translation>
    </message>
    <message>
        <source>API resource indicators (RFC 8707) defined in the Logto Console, one per line</source>
        <translation>Logto Console で定義した API リソースインジケーター（RFC 8707）。1 行に 1 つ</translation>
    </message>
    <message>
        <source>API resources</source>
        <translation>API リソース</translation>
    </message>
    <message>
        <source>One URI per line</source>
        <translation>1 行に 1 つの URI</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>組織 ID(&amp;O)：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>サインイン画面</translation>
    </message>
    <message>
        <source>&amp;Social sign-in:</source>
        <translation>ソーシャルサインイン(&amp;S)：</translation>
    </message>
    <message>
        <source>e.g. apple google</source>
        <extracomment>Social connector targets: keep the words apple and google as they are.</extracomment>
        <translation>例：apple google</translation>
    </message>
    <message>
        <source>Social sign-in</source>
        <translation>ソーシャルサインイン</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムのデフォルト</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field&apos;s name, then what is wrong with what was typed there.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Social targets look like apple or google; &quot;%1&quot; is not one.</source>
        <extracomment>%1 is what was typed; apple and google are connector targets: keep them as they are.</extracomment>
        <translation>ソーシャルの target は apple や google のような形式です。「%1」はこれに当てはまりません。</translation>
    </message>
    <message>
        <source>Without an endpoint and an app ID the window cannot sign in yet; you can add them later.</source>
        <translation>エンドポイントとアプリ ID がないと、まだサインインできません。後から追加することもできます。</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Check setup…</source>
        <translation>セットアップを確認…</translation>
    </message>
    <message>
        <source>Runs the checks of logto-signin doctor on the endpoint and app ID above</source>
        <translation>上のエンドポイントとアプリ ID に対して logto-signin doctor のチェックを実行します</translation>
    </message>
    <message>
        <source>&amp;Device-flow app ID:</source>
        <translation>デバイスフローのアプリ ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Device-flow app ID</source>
        <translation>デバイスフローのアプリ ID</translation>
    </message>
    <message>
        <source>Optional: for &quot;Sign in with another device&quot;</source>
        <translation>任意：「別のデバイスでサインイン」用</translation>
    </message>
    <message>
        <source>Each social connector target becomes a &quot;Continue with ...&quot; button. When the tenant publishes its sign-in experience, the window offers the social sign-ins it has instead, these first.</source>
        <extracomment>&quot;Continue with ...&quot; is the label of those buttons on the sign-in page.</extracomment>
        <translation>ソーシャルコネクターの target ごとに、「... で続ける」ボタンが 1 つ表示されます。テナントがサインイン体験を公開している場合、ウィンドウは代わりにテナントのソーシャルサインインを表示し、ここに挙げたものを先に並べます。</translation>
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
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Check setup</source>
        <translation>セットアップを確認</translation>
    </message>
    <message>
        <source>The same checks as logto-signin doctor, for %1 with the app ID %2. No browser is opened.</source>
        <extracomment>%1 is the Logto endpoint, %2 the app ID.</extracomment>
        <translation>logto-signin doctor と同じチェックを、%1 とアプリ ID %2 に対して行います。ブラウザーは開きません。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>The checks did not finish in the time allowed (%1 seconds).</source>
        <translation>チェックが制限時間内 (%1 秒) に終わりませんでした。</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>warning: the server issued no refresh token (the prompt must include consent), so the session was not kept</source>
        <translation>warning: サーバーがリフレッシュトークンを発行しなかったため、セッションは保存されませんでした（prompt に consent を含める必要があります）</translation>
    </message>
    <message>
        <source>Could not open a browser (%1).</source>
        <translation>ブラウザーを開けませんでした（%1）。</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:</source>
        <translation>サインインするには、このアドレスをブラウザーで開いてください：</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the browser (%n second(s))…</source>
        <translation>
            <numerusform>ブラウザーを待っています（%n 秒）…</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser and no display here: &apos;sign-in --device&apos; signs in from a phone or another computer instead (it needs Logto 1.38 or later and, as --app-id, an application of type Native whose authorization flow is &quot;Device flow&quot;).</source>
        <translation>ここにはブラウザーもディスプレイもありません。代わりに &apos;sign-in --device&apos; でスマートフォンや別のコンピューターからサインインできます（Logto 1.38 以降と、--app-id として種類が Native で認可フローが「Device flow」のアプリケーションが必要です）。</translation>
    </message>
</context>
<context>
    <name>SignInExperience</name>
    <message>
        <source>The sign-in experience is larger than %1 KiB.</source>
        <translation>サインイン体験が %1 KiB を超えています。</translation>
    </message>
    <message>
        <source>The sign-in experience is not a JSON object.</source>
        <translation>サインイン体験が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The sign-in experience has no list of social connectors.</source>
        <translation>サインイン体験にソーシャルコネクターの一覧がありません。</translation>
    </message>
</context>
<context>
    <name>SignInOptions</name>
    <message>
        <source>The prompt is empty; use consent, login consent, or another OpenID prompt value.</source>
        <translation>prompt が空です。consent、login consent、またはその他の OpenID の prompt 値を使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenID prompt value (none, login, consent, select_account).</source>
        <translation>「%1」は OpenID の prompt 値ではありません（none、login、consent、select_account）。</translation>
    </message>
    <message>
        <source>The prompt &quot;none&quot; cannot be combined with other values.</source>
        <translation>prompt の「none」は他の値と組み合わせられません。</translation>
    </message>
    <message>
        <source>Direct sign-in must be social:&lt;target&gt; (e.g. social:apple) or sso:&lt;connector id&gt;.</source>
        <translation>直接サインインは social:&lt;target&gt;（例：social:apple）または sso:&lt;connector id&gt; の形式で指定してください。</translation>
    </message>
    <message>
        <source>The first screen must be one of: %1.</source>
        <translation>最初の画面は次のいずれかにしてください：%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier; use email, phone or username.</source>
        <translation>「%1」は識別子ではありません。email、phone、username のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>The identifier &quot;%1&quot; is listed twice.</source>
        <translation>識別子「%1」が 2 回指定されています。</translation>
    </message>
    <message>
        <source>The login hint must be a short, printable text such as an email address.</source>
        <translation>login hint は、メールアドレスのような短い表示可能なテキストにしてください。</translation>
    </message>
    <message>
        <source>The UI locales are empty; use language tags such as th or en-US.</source>
        <translation>UI locales が空です。th や en-US のような言語タグを使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag such as th or en-US.</source>
        <translation>「%1」は th や en-US のような言語タグではありません。</translation>
    </message>
    <message>
        <source>The organization ID may only contain letters, digits and . _ ~ -.</source>
        <translation>組織 ID に使えるのは、英字、数字、. _ ~ - だけです。</translation>
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
        <translation>ブラウザーでサインインします。セッションはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>テナント：%1</translation>
    </message>
    <message>
        <source>No Logto tenant is set up yet. Open Settings to add one.</source>
        <translation>Logto テナントがまだ設定されていません。設定を開いて追加してください。</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Create account</source>
        <extracomment>Opens Logto&apos;s registration page (first_screen=register).</extracomment>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Sign in with another device</source>
        <translation>別のデバイスでサインイン</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Not signed in; nothing to revoke.</source>
        <translation>サインインしていないため、失効させるものはありません。</translation>
    </message>
    <message>
        <source>warning: the session was removed from this computer, but could not be revoked at the server: %1</source>
        <extracomment>The keychain was cleared, but the provider could not be told (e.g. offline).</extracomment>
        <translation>warning: このコンピューターからセッションを削除しましたが、サーバー側で失効させることはできませんでした：%1</translation>
    </message>
    <message>
        <source>warning: could not open the browser to end the browser session: %1</source>
        <translation>warning: ブラウザーのセッションを終了するためにブラウザーを開こうとしましたが、開けませんでした：%1</translation>
    </message>
</context>
<context>
    <name>SocialButton</name>
    <message>
        <source>Continue with %1</source>
        <extracomment>%1 is a sign-in provider&apos;s brand name such as Apple or Google; do not translate it.</extracomment>
        <translation>%1 で続ける</translation>
    </message>
    <message>
        <source>Sign in with your %1 account in your browser</source>
        <extracomment>Tooltip of a &quot;Continue with ...&quot; button; %1 is a brand name.</extracomment>
        <translation>ブラウザーで %1 アカウントを使ってサインインします</translation>
    </message>
</context>
<context>
    <name>TokenDetailsView</name>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>The signing algorithm is one Logto announces and this app accepts.</source>
        <translation>署名アルゴリズムは、Logto が公開していて、このアプリが受け入れるものです。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>The token was signed with one of Logto&apos;s published keys.</source>
        <translation>トークンは、Logto が公開している鍵のいずれかで署名されています。</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>The token comes from the configured Logto tenant.</source>
        <translation>トークンは、設定された Logto テナントから発行されています。</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>オーディエンス</translation>
    </message>
    <message>
        <source>The token was issued to this app.</source>
        <translation>トークンは、このアプリに対して発行されています。</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>The token had not expired when it arrived.</source>
        <translation>受信した時点で、トークンは期限切れではありませんでした。</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>The token was not issued in the future.</source>
        <translation>トークンの発行日時は未来ではありません。</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>有効開始日時</translation>
    </message>
    <message>
        <source>The token was already valid when it arrived.</source>
        <translation>受信した時点で、トークンはすでに有効でした。</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The token is about the same user as before.</source>
        <translation>トークンは、以前と同じユーザーのものです。</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>The token answers this app&apos;s own sign-in request.</source>
        <translation>トークンは、このアプリ自身のサインインリクエストに対する応答です。</translation>
    </message>
    <message>
        <source>Access token hash</source>
        <translation>アクセストークンのハッシュ</translation>
    </message>
    <message>
        <source>The token is bound to the access token that came with it.</source>
        <translation>トークンは、一緒に受け取ったアクセストークンに結び付けられています。</translation>
    </message>
    <message>
        <source>Sign in with OpenID Connect: an ID token</source>
        <translation>OpenID Connect でサインイン：ID トークン</translation>
    </message>
    <message>
        <source>Stay signed in: a refresh token</source>
        <translation>サインイン状態を維持：リフレッシュトークン</translation>
    </message>
    <message>
        <source>Your name, username and picture</source>
        <translation>あなたの名前、ユーザー名、プロフィール画像</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>あなたのメールアドレス</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>あなたの電話番号</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>あなたの住所</translation>
    </message>
    <message>
        <source>Extra data stored on your profile</source>
        <translation>プロフィールに保存された追加データ</translation>
    </message>
    <message>
        <source>The accounts you signed in with, such as Apple</source>
        <translation>サインインに使ったアカウント（Apple など）</translation>
    </message>
    <message>
        <source>Your roles in this tenant</source>
        <translation>このテナントでのあなたのロール</translation>
    </message>
    <message>
        <source>The organizations you belong to</source>
        <translation>あなたが所属する組織</translation>
    </message>
    <message>
        <source>Your roles in your organizations</source>
        <translation>所属する組織でのあなたのロール</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>An expiry time the app does not know.</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;54 min&quot;.</extracomment>
        <translation>%1（あと %2）</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;3 min&quot;.</extracomment>
        <translation>%1（%2前に期限切れ）</translation>
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
        <translation>%1：合格</translation>
    </message>
    <message>
        <source>– %1: not checked</source>
        <extracomment>A verification check the app did not run; %1 is its name (&quot;Nonce&quot;).</extracomment>
        <translation>– %1：未検証</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1：未検証</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Shown in an empty list of scopes or resources.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID トークン</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>Group of facts about the sign-in session (when, refresh token).</extracomment>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <extracomment>The signing algorithm of the ID token (the JOSE &quot;alg&quot; header), e.g. RS256.</extracomment>
        <translation>アルゴリズム：</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <extracomment>The ID of the signing key (the JOSE &quot;kid&quot; header).</extracomment>
        <translation>鍵 ID：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>発行者：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <extracomment>The user ID the token is about (the &quot;sub&quot; claim).</extracomment>
        <translation>ユーザー：</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>発行日時：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>有効期限：</translation>
    </message>
    <message>
        <source>Checks:</source>
        <extracomment>The checks the app ran on the ID token before trusting it.</extracomment>
        <translation>検証：</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <extracomment>The OAuth scopes Logto granted.</extracomment>
        <translation>スコープ：</translation>
    </message>
    <message>
        <source>Resources:</source>
        <extracomment>The API resources (audiences) the session may ask access tokens for.</extracomment>
        <translation>リソース：</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>サインイン日時：</translation>
    </message>
    <message>
        <source>Last refreshed:</source>
        <translation>最終更新日時：</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>リフレッシュトークン：</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Kept in the system keychain; Logto renews it on every use.</source>
        <translation>システムのキーチェーンに保存されています。使うたびに Logto が更新します。</translation>
    </message>
    <message>
        <source>ID token checks</source>
        <translation>ID トークンの検証</translation>
    </message>
    <message>
        <source>The checks this app ran on the ID token before trusting it.</source>
        <translation>このアプリが ID トークンを信頼する前に行った検証です。</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>許可されたスコープ</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>アクセストークンをコピー</translation>
    </message>
    <message>
        <source>Copies the access token to the clipboard. Anyone who has it can act as you until it expires.</source>
        <translation>アクセストークンをクリップボードにコピーします。このトークンを持つ人は、有効期限が切れるまであなたとして操作できます。</translation>
    </message>
    <message>
        <source>Copy ID token</source>
        <translation>ID トークンをコピー</translation>
    </message>
    <message>
        <source>Copies the ID token to the clipboard. It holds your profile claims.</source>
        <translation>ID トークンをクリップボードにコピーします。ID トークンにはプロフィールのクレームが含まれています。</translation>
    </message>
    <message>
        <source>Not yet</source>
        <extracomment>The session has not been refreshed since sign-in.</extracomment>
        <translation>まだ更新されていません</translation>
    </message>
    <message>
        <source>– %1: not applicable (restored session; checked at sign-in)</source>
        <extracomment>A check that has nothing to check in a session restored from the keychain; %1 is its name (&quot;Nonce&quot;).</extracomment>
        <translation>– %1：該当なし（復元したセッション。サインイン時に検証済み）</translation>
    </message>
    <message>
        <source>%1: not applicable, restored session; it was checked at sign-in</source>
        <translation>%1：該当なし。復元したセッションで、サインイン時に検証済みです</translation>
    </message>
    <message>
        <source>This session was restored from the system keychain. Its ID token answers no sign-in request of this run, so there is no nonce to compare; the nonce was checked when you signed in.</source>
        <translation>このセッションはシステムのキーチェーンから復元されました。その ID トークンは今回の実行でのサインイン要求に応えたものではないため、比較する nonce がありません。nonce はサインイン時に検証済みです。</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in server&apos;s token answer has no access token.</source>
        <translation>サインインサーバーのトークン応答にアクセストークンがありません。</translation>
    </message>
    <message>
        <source>The sign-in server issued a token type this app does not support.</source>
        <translation>サインインサーバーが、このアプリでサポートしていない種類のトークンを発行しました。</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Finishing sign-in…</source>
        <translation>サインインを完了しています…</translation>
    </message>
    <message>
        <source>Checking the answer from Logto and loading your profile.</source>
        <translation>Logto からの応答を確認し、プロフィールを読み込んでいます。</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>ブラウザーで続けてください</translation>
    </message>
    <message>
        <source>Your browser opened Logto&apos;s sign-in page. Sign in there, then come back: this window updates by itself.</source>
        <translation>ブラウザーで Logto のサインインページが開きました。そこでサインインしてから戻ってきてください。このウィンドウは自動的に更新されます。</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>Countdown while waiting for the browser; %1 is minutes:seconds, e.g. 4:59.</extracomment>
        <translation>残り時間：%1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>ブラウザーをもう一度開く</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>サインインリンクをコピー</translation>
    </message>
    <message>
        <source>Copy the link and paste it into any browser on this computer.</source>
        <translation>リンクをコピーして、このコンピューター上の任意のブラウザーに貼り付けてください。</translation>
    </message>
    <message>
        <source>Sign-in link copied. Paste it into your browser.</source>
        <translation>サインインリンクをコピーしました。ブラウザーに貼り付けてください。</translation>
    </message>
</context>
<context>
    <name>WindowDisplay</name>
    <message>
        <source>the window needs a display and there is none (DISPLAY and WAYLAND_DISPLAY are not set); to sign in without one run &apos;%1&apos;, or see &apos;%2&apos; for every command</source>
        <extracomment>One line on stderr when the window is started without a display (e.g. over ssh). %1 and %2 are commands to type, keep them as they are.</extracomment>
        <translation>ウィンドウにはディスプレイが必要ですが、見つかりません（DISPLAY と WAYLAND_DISPLAY が設定されていません）。ディスプレイなしでサインインするには &apos;%1&apos; を実行してください。すべてのコマンドは &apos;%2&apos; で確認できます</translation>
    </message>
</context>
</TS>
