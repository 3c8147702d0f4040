<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AppController</name>
    <message>
        <source>Logto issued no refresh token, so the session could not be kept. Check that the app is a Native app.</source>
        <translation>Logto ไม่ได้ออกโทเค็นรีเฟรช จึงไม่สามารถเก็บเซสชันไว้ได้ โปรดตรวจสอบว่าแอปใน Logto Console เป็นแอปเนทีฟ.</translation>
    </message>
    <message>
        <source>You are signed out on this computer, but Logto could not be told (%1). The session ends when it expires.</source>
        <translation>คุณออกจากระบบบนคอมพิวเตอร์เครื่องนี้แล้ว แต่ไม่สามารถแจ้ง Logto ได้ (%1) เซสชันจะสิ้นสุดเมื่อหมดอายุ.</translation>
    </message>
    <message>
        <source>Access token copied to the clipboard.</source>
        <translation>คัดลอกโทเค็นการเข้าถึงไปยังคลิปบอร์ดแล้ว.</translation>
    </message>
    <message>
        <source>ID token copied to the clipboard.</source>
        <translation>คัดลอกโทเค็น ID ไปยังคลิปบอร์ดแล้ว.</translation>
    </message>
    <message>
        <source>Signed out. Your browser is ending the Logto session too.</source>
        <translation>ออกจากระบบแล้ว เบราว์เซอร์ของคุณกำลังสิ้นสุดเซสชันของ Logto ด้วย.</translation>
    </message>
    <message>
        <source>Signed out. The session was removed from this computer.</source>
        <translation>ออกจากระบบแล้ว ลบเซสชันออกจากคอมพิวเตอร์เครื่องนี้แล้ว.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Set your Logto endpoint and app ID in Settings to sign in.</source>
        <translation>โปรดระบุ Logto endpoint และ App ID ในการตั้งค่าเพื่อลงชื่อเข้าใช้.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400</source>
        <translation>--timeout ต้องเป็นจำนวนวินาทีตั้งแต่ 1 ถึง 86400</translation>
    </message>
</context>
<context>
    <name>BrowserLauncher</name>
    <message>
        <source>None of the browsers in $BROWSER could be started.</source>
        <translation>ไม่สามารถเปิดเบราว์เซอร์ใด ๆ ที่ระบุไว้ใน $BROWSER ได้.</translation>
    </message>
    <message>
        <source>Could not open the web browser.</source>
        <translation>ไม่สามารถเปิดเว็บเบราว์เซอร์ได้.</translation>
    </message>
</context>
<context>
    <name>CallbackPage</name>
    <message>
        <source>You&apos;re signed in</source>
        <extracomment>Heading of the browser page shown after a successful sign-in.</extracomment>
        <translation>คุณลงชื่อเข้าใช้แล้ว</translation>
    </message>
    <message>
        <source>You can close this tab and return to the app.</source>
        <extracomment>Text of the browser page shown after a successful sign-in.</extracomment>
        <translation>คุณปิดแท็บนี้แล้วกลับไปที่แอปได้เลย.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <extracomment>Heading of the browser page shown when the sign-in failed; the reason follows below it.</extracomment>
        <translation>ลงชื่อเข้าใช้ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>This sign-in link has expired</source>
        <extracomment>Heading of the browser page for a sign-in redirect the app is not waiting for (old tab, replayed link).</extracomment>
        <translation>ลิงก์ลงชื่อเข้าใช้นี้หมดอายุแล้ว</translation>
    </message>
    <message>
        <source>This page does not belong to the sign-in the app is waiting for. Start the sign-in again from the app.</source>
        <extracomment>Text of the browser page for a sign-in redirect the app is not waiting for.</extracomment>
        <translation>หน้านี้ไม่ใช่ของการลงชื่อเข้าใช้ที่แอปกำลังรออยู่ โปรดเริ่มลงชื่อเข้าใช้ใหม่จากแอป.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Your unique user ID at this Logto tenant</source>
        <translation>ID ผู้ใช้ที่ไม่ซ้ำกันของคุณในผู้เช่า Logto นี้</translation>
    </message>
    <message>
        <source>Who issued the token: the Logto tenant&apos;s OpenID Connect address</source>
        <translation>ผู้ออกโทเค็น: ที่อยู่ OpenID Connect ของผู้เช่า Logto</translation>
    </message>
    <message>
        <source>Who the token is for: this app&apos;s ID in Logto</source>
        <translation>ผู้รับโทเค็น: App ID ของแอปนี้ใน Logto</translation>
    </message>
    <message>
        <source>The app the token was issued to (authorized party)</source>
        <translation>แอปที่ได้รับโทเค็นนี้ (authorized party)</translation>
    </message>
    <message>
        <source>When the ID token expires</source>
        <translation>เวลาที่โทเค็น ID หมดอายุ</translation>
    </message>
    <message>
        <source>When the ID token was issued</source>
        <translation>เวลาที่ออกโทเค็น ID</translation>
    </message>
    <message>
        <source>The token is not valid before this time</source>
        <translation>โทเค็นจะยังใช้ไม่ได้ก่อนเวลานี้</translation>
    </message>
    <message>
        <source>When you last entered your credentials at Logto</source>
        <translation>เวลาล่าสุดที่คุณป้อนข้อมูลรับรองที่ Logto</translation>
    </message>
    <message>
        <source>A one-time value this app sent with the sign-in request, tying the token to it</source>
        <translation>ค่าใช้ครั้งเดียวที่แอปนี้ส่งไปพร้อมคำขอลงชื่อเข้าใช้ เพื่อผูกโทเค็นไว้กับคำขอนั้น</translation>
    </message>
    <message>
        <source>A hash of the access token, tying it to this ID token</source>
        <translation>ค่าแฮชของโทเค็นการเข้าถึง ซึ่งผูกโทเค็นนั้นไว้กับโทเค็น ID นี้</translation>
    </message>
    <message>
        <source>The ID of your sign-in session at Logto</source>
        <translation>ID ของเซสชันลงชื่อเข้าใช้ของคุณที่ Logto</translation>
    </message>
    <message>
        <source>Your full name</source>
        <translation>ชื่อเต็มของคุณ</translation>
    </message>
    <message>
        <source>Your given name</source>
        <translation>ชื่อจริงของคุณ</translation>
    </message>
    <message>
        <source>Your family name</source>
        <translation>นามสกุลของคุณ</translation>
    </message>
    <message>
        <source>Your username at Logto</source>
        <translation>ชื่อผู้ใช้ของคุณที่ Logto</translation>
    </message>
    <message>
        <source>The name you prefer to be called by</source>
        <translation>ชื่อที่คุณต้องการให้ใช้เรียก</translation>
    </message>
    <message>
        <source>The address of your profile picture</source>
        <translation>ที่อยู่ของรูปโปรไฟล์ของคุณ</translation>
    </message>
    <message>
        <source>Your primary email address</source>
        <translation>ที่อยู่อีเมลหลักของคุณ</translation>
    </message>
    <message>
        <source>Whether your email address has been verified</source>
        <translation>ที่อยู่อีเมลของคุณได้รับการยืนยันแล้วหรือไม่</translation>
    </message>
    <message>
        <source>Your primary phone number</source>
        <translation>เบอร์โทรศัพท์หลักของคุณ</translation>
    </message>
    <message>
        <source>Whether your phone number has been verified</source>
        <translation>เบอร์โทรศัพท์ของคุณได้รับการยืนยันแล้วหรือไม่</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>ที่อยู่ทางไปรษณีย์ของคุณ</translation>
    </message>
    <message>
        <source>Your preferred language</source>
        <translation>ภาษาที่คุณต้องการใช้</translation>
    </message>
    <message>
        <source>The roles you have in this tenant</source>
        <translation>บทบาทของคุณในผู้เช่านี้</translation>
    </message>
    <message>
        <source>The IDs of the organizations you belong to</source>
        <translation>ID ขององค์กรที่คุณเป็นสมาชิก</translation>
    </message>
    <message>
        <source>Your roles in your organizations, as organization ID:role</source>
        <translation>บทบาทของคุณในองค์กรต่าง ๆ ในรูปแบบ ID องค์กร:บทบาท</translation>
    </message>
    <message>
        <source>The organizations you belong to, with their names and descriptions</source>
        <translation>องค์กรที่คุณเป็นสมาชิก พร้อมชื่อและคำอธิบาย</translation>
    </message>
    <message>
        <source>Extra data stored on your user profile</source>
        <translation>ข้อมูลเพิ่มเติมที่เก็บไว้ในโปรไฟล์ผู้ใช้ของคุณ</translation>
    </message>
    <message>
        <source>Accounts you signed in with (for example Apple) and what they shared</source>
        <translation>บัญชีที่คุณใช้ลงชื่อเข้าใช้ (เช่น Apple) และข้อมูลที่บัญชีเหล่านั้นแชร์มา</translation>
    </message>
    <message>
        <source>When your account was created</source>
        <translation>เวลาที่สร้างบัญชีของคุณ</translation>
    </message>
    <message>
        <source>When your profile last changed (every sign-in changes it)</source>
        <translation>เวลาที่โปรไฟล์ของคุณเปลี่ยนแปลงล่าสุด (เปลี่ยนทุกครั้งที่ลงชื่อเข้าใช้)</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>A short duration in seconds, as in &quot;expires in 45 s&quot;.</extracomment>
        <translation>
            <numerusform>%n วินาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A short duration in minutes, as in &quot;expires in 54 min&quot;.</extracomment>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in whole hours, as in &quot;expires in 2 h&quot;.</extracomment>
        <translation>
            <numerusform>%n ชั่วโมง</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A duration in hours (%1) and minutes (%2), as in &quot;expires in 2 h 5 min&quot;.</extracomment>
        <translation>%1 ชั่วโมง %2 นาที</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Shown for a claim whose value is null (not set).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>%1 (expires in %2)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;54 min&quot;.</extracomment>
        <translation>%1 (หมดอายุในอีก %2)</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;3 min&quot;.</extracomment>
        <translation>%1 (หมดอายุเมื่อ %2 ที่แล้ว)</translation>
    </message>
    <message>
        <source>%1 (Apple private relay)</source>
        <extracomment>%1 is an email address that Apple&apos;s &quot;Hide My Email&quot; created; &quot;Apple&quot; is a brand name.</extracomment>
        <translation>%1 (อีเมลส่งต่อแบบส่วนตัวของ Apple)</translation>
    </message>
    <message>
        <source>ID token, userinfo</source>
        <extracomment>Where a claim came from: both the ID token and the userinfo endpoint.</extracomment>
        <translation>โทเค็น ID, userinfo</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>โทเค็น ID</translation>
    </message>
    <message>
        <source>userinfo</source>
        <extracomment>Where a claim came from: the userinfo endpoint (/oidc/me). Technical term, usually kept.</extracomment>
        <translation>userinfo</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <source>The same value is in the verified ID token and in the userinfo answer.</source>
        <translation>ค่าเดียวกันนี้อยู่ทั้งในโทเค็น ID ที่ตรวจสอบแล้วและในคำตอบจาก userinfo.</translation>
    </message>
    <message>
        <source>From the verified ID token.</source>
        <translation>จากโทเค็น ID ที่ตรวจสอบแล้ว.</translation>
    </message>
    <message>
        <source>From Logto&apos;s userinfo endpoint.</source>
        <translation>จาก endpoint userinfo ของ Logto.</translation>
    </message>
    <message>
        <source>Claim</source>
        <extracomment>Column header: the name of a claim (sub, email, ...).</extracomment>
        <translation>การอ้างสิทธิ์</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>ค่า</translation>
    </message>
    <message>
        <source>Source</source>
        <extracomment>Column header: where the claim came from (ID token, userinfo).</extracomment>
        <translation>แหล่งที่มา</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A duration in whole days, as in &quot;expires in 3 days&quot;.</extracomment>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Summary of a list value; %n is the number of elements.</extracomment>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <extracomment>Summary of an object value; %n is the number of fields.</extracomment>
        <translation>
            <numerusform>%n ฟิลด์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClaimsView</name>
    <message>
        <source>Copied.</source>
        <extracomment>Brief confirmation next to the &quot;Copy all as JSON&quot; button.</extracomment>
        <translation>คัดลอกแล้ว.</translation>
    </message>
    <message>
        <source>Filter claims</source>
        <translation>กรองการอ้างสิทธิ์</translation>
    </message>
    <message>
        <source>Shows only claims whose name or value contains this text.</source>
        <translation>แสดงเฉพาะการอ้างสิทธิ์ที่ชื่อหรือค่ามีข้อความนี้.</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>การอ้างสิทธิ์</translation>
    </message>
    <message>
        <source>The claims of the ID token and of the userinfo answer. Press Ctrl+C to copy the selected claim.</source>
        <translation>การอ้างสิทธิ์จากโทเค็น ID และจากคำตอบของ userinfo กด Ctrl+C เพื่อคัดลอกการอ้างสิทธิ์ที่เลือก.</translation>
    </message>
    <message>
        <source>Copy all as JSON</source>
        <translation>คัดลอกทั้งหมดเป็น JSON</translation>
    </message>
    <message>
        <source>Copies the ID token&apos;s claims and the userinfo answer as one JSON object.</source>
        <translation>คัดลอกการอ้างสิทธิ์ของโทเค็น ID และคำตอบของ userinfo เป็นออบเจ็กต์ JSON เดียว.</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Context menu entry: copies the selected claim as &quot;name: value&quot;.</extracomment>
        <translation>คัดลอก</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>One of: %1.</source>
        <translation>คำสั่งใดคำสั่งหนึ่งต่อไปนี้: %1.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>แสดงข้อความช่วยเหลือนี้.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>แสดงเวอร์ชัน.</translation>
    </message>
    <message>
        <source>Logto endpoint, e.g. https://your-tenant.logto.app (env LOGTO_ENDPOINT).</source>
        <translation>Logto endpoint เช่น https://your-tenant.logto.app (ตัวแปรสภาพแวดล้อม LOGTO_ENDPOINT).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The Native app&apos;s ID from the Logto Console (env LOGTO_APP_ID).</source>
        <translation>App ID ของแอปเนทีฟจาก Logto Console (ตัวแปรสภาพแวดล้อม LOGTO_APP_ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Extra scope, repeatable; added to openid offline_access profile.</source>
        <translation>ขอบเขต (scope) เพิ่มเติม ระบุซ้ำได้ โดยจะเพิ่มต่อจาก openid offline_access profile.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>API resource (RFC 8707), repeatable.</source>
        <translation>ทรัพยากร API (RFC 8707) ระบุซ้ำได้.</translation>
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
        <translation>sign-in: หน้าจอแรกที่จะแสดง ได้แก่ sign_in, register, reset_password, identifier:sign_in, identifier:register หรือ single_sign_on.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>sign-in: identifiers to offer, a subset of &quot;email phone username&quot;.</source>
        <translation>sign-in: ตัวระบุที่จะให้ใช้ในหน้าลงชื่อเข้าใช้ โดยเลือกจาก &quot;email phone username&quot;.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>sign-in: pre-fills the identifier.</source>
        <translation>sign-in: กรอกตัวระบุไว้ให้ล่วงหน้า.</translation>
    </message>
    <message>
        <source>sign-in: OpenID prompt (default consent; &quot;login consent&quot; forces a fresh login).</source>
        <translation>sign-in: ค่า prompt ของ OpenID (ค่าเริ่มต้นคือ consent ส่วน &quot;login consent&quot; จะบังคับให้ลงชื่อเข้าใช้ใหม่).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>sign-in: language of Logto&apos;s pages (default: the app&apos;s language).</source>
        <translation>sign-in: ภาษาของหน้า Logto (ค่าเริ่มต้น: ภาษาของแอป).</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>sign-in, token: organization ID.</source>
        <translation>sign-in, token: ID ขององค์กร.</translation>
    </message>
    <message>
        <source>sign-in: print the sign-in URL on stderr instead of opening a browser.</source>
        <translation>sign-in: แสดง URL สำหรับลงชื่อเข้าใช้ทาง stderr แทนการเปิดเบราว์เซอร์.</translation>
    </message>
    <message>
        <source>sign-in: seconds to wait for the browser (default 300).</source>
        <translation>sign-in: จำนวนวินาทีที่จะรอเบราว์เซอร์ (ค่าเริ่มต้น 300).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>sign-in: loopback port (default 0: the system picks one).</source>
        <translation>sign-in: พอร์ต loopback (ค่าเริ่มต้น 0: ให้ระบบเลือกเอง).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>status: list every stored session.</source>
        <translation>status: แสดงรายการเซสชันทั้งหมดที่เก็บไว้.</translation>
    </message>
    <message>
        <source>sign-out: also end the browser session at Logto.</source>
        <translation>sign-out: สิ้นสุดเซสชันของ Logto ในเบราว์เซอร์ด้วย.</translation>
    </message>
    <message>
        <source>token, claims, userinfo: refresh when the access token expires within SECONDS (default 60).</source>
        <translation>token, claims, userinfo: รีเฟรชเมื่อโทเค็นการเข้าถึงจะหมดอายุภายใน SECONDS วินาที (ค่าเริ่มต้น 60).</translation>
    </message>
    <message>
        <source>Seconds to wait for each request to Logto (default 15).</source>
        <translation>จำนวนวินาทีที่จะรอคำขอแต่ละครั้งไปยัง Logto (ค่าเริ่มต้น 15).</translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation>ไม่ได้ระบุคำสั่ง ลองใช้ --help</translation>
    </message>
    <message>
        <source>expected one command, got %1</source>
        <translation>ต้องระบุคำสั่งเพียงคำสั่งเดียว แต่ได้รับ %1</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;%2&apos;</source>
        <translation>ไม่สามารถใช้ตัวเลือก --%1 กับคำสั่ง &apos;%2&apos; ได้</translation>
    </message>
    <message>
        <source>no Logto endpoint: pass --endpoint URL or set LOGTO_ENDPOINT</source>
        <translation>ไม่ได้ระบุ Logto endpoint: ให้ใช้ --endpoint URL หรือตั้งค่า LOGTO_ENDPOINT</translation>
    </message>
    <message>
        <source>no app ID: pass --app-id ID or set LOGTO_APP_ID</source>
        <translation>ไม่ได้ระบุ App ID: ให้ใช้ --app-id ID หรือตั้งค่า LOGTO_APP_ID</translation>
    </message>
    <message>
        <source>token takes at most one --resource</source>
        <translation>คำสั่ง token รับ --resource ได้ไม่เกินหนึ่งค่า</translation>
    </message>
    <message>
        <source>--apple and --direct-sign-in cannot be combined</source>
        <translation>ไม่สามารถใช้ --apple ร่วมกับ --direct-sign-in ได้</translation>
    </message>
    <message>
        <source>--identifier needs at least one of email, phone, username</source>
        <translation>--identifier ต้องมีอย่างน้อยหนึ่งค่าจาก email, phone, username</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400</source>
        <translation>--timeout ต้องเป็นจำนวนวินาทีตั้งแต่ 1 ถึง 86400</translation>
    </message>
    <message>
        <source>--port takes a port number from 0 to 65535</source>
        <translation>--port ต้องเป็นหมายเลขพอร์ตตั้งแต่ 0 ถึง 65535</translation>
    </message>
    <message>
        <source>--min-validity takes a number of seconds from 0 to 86400</source>
        <translation>--min-validity ต้องเป็นจำนวนวินาทีตั้งแต่ 0 ถึง 86400</translation>
    </message>
    <message>
        <source>--network-timeout takes a number of seconds from 1 to 600</source>
        <translation>--network-timeout ต้องเป็นจำนวนวินาทีตั้งแต่ 1 ถึง 600</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; the commands are %2 (see --help)</source>
        <translation>ไม่รู้จักคำสั่ง &apos;%1&apos; คำสั่งที่มีคือ %2 (ดู --help)</translation>
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
        <translation>ลงชื่อเข้าใช้ Logto จากเดสก์ท็อป: เบราว์เซอร์ของคุณจะเปิดหน้าของ Logto และเซสชันจะถูกเก็บไว้ในพวงกุญแจของระบบ

คำสั่ง:
  sign-in    ลงชื่อเข้าใช้ผ่านเบราว์เซอร์ แล้วแสดงการอ้างสิทธิ์ (claims) ในโทเค็น ID ที่ตรวจสอบแล้ว
  status     แสดงเซสชันที่เก็บไว้โดยไม่ใช้เครือข่าย (ออกด้วยรหัส 3 เมื่อยังไม่ได้ลงชื่อเข้าใช้)
  claims     แสดงการอ้างสิทธิ์ในโทเค็น ID ที่ตรวจสอบแล้วของเซสชันที่เก็บไว้
  userinfo   แสดงโปรไฟล์จาก endpoint userinfo ของ Logto
  token      แสดงโทเค็นการเข้าถึง และรีเฟรชให้เมื่อจำเป็น
  sign-out   เพิกถอนเซสชันและลบออกจากพวงกุญแจ
  doctor     ตรวจการตั้งค่าโดยไม่เปิดเบราว์เซอร์ และบอกวิธีแก้แต่ละปัญหา

หากไม่ระบุคำสั่ง จะเปิดหน้าต่างของแอป ซึ่งต้องมีจอแสดงผล.</translation>
    </message>
    <message>
        <source>doctor: print the checklist as one JSON object.</source>
        <translation>doctor: แสดงรายการตรวจสอบเป็นออบเจ็กต์ JSON เดียว.</translation>
    </message>
    <message>
        <source>sign-in: continue with Apple (same as --direct-sign-in social:apple); doctor: check that the tenant offers it.</source>
        <translation>sign-in: ดำเนินการต่อด้วย Apple (เหมือนกับ --direct-sign-in social:apple); doctor: ตรวจว่า tenant มีให้ใช้.</translation>
    </message>
    <message>
        <source>sign-in: social:&lt;target&gt; or sso:&lt;connector id&gt;; doctor: check that the tenant offers social:&lt;target&gt;.</source>
        <translation>sign-in: social:&lt;target&gt; หรือ sso:&lt;connector id&gt;; doctor: ตรวจว่า tenant มี social:&lt;target&gt; ให้ใช้.</translation>
    </message>
    <message>
        <source>sign-in: put the authorization request in the URL even when the provider offers pushed authorization requests (PAR, the default).</source>
        <translation>sign-in: ใส่คำขออนุญาตไว้ใน URL แม้ผู้ให้บริการจะรองรับคำขออนุญาตแบบส่งล่วงหน้า (PAR ซึ่งเป็นค่าเริ่มต้น).</translation>
    </message>
    <message>
        <source>sign-in: sign in on another device (RFC 8628 device flow): shows a code, a link and a QR code; --app-id is then the tenant&apos;s device-flow app.</source>
        <translation>sign-in: ลงชื่อเข้าใช้บนอุปกรณ์อื่น (โฟลว์อุปกรณ์ RFC 8628): แสดงรหัส ลิงก์ และคิวอาร์โค้ด; --app-id จะต้องเป็นแอปโฟลว์อุปกรณ์ของผู้เช่า.</translation>
    </message>
    <message>
        <source>doctor checks --direct-sign-in social:&lt;target&gt; only</source>
        <translation>doctor ตรวจเฉพาะ --direct-sign-in social:&lt;target&gt;</translation>
    </message>
    <message>
        <source>option --%1 does not apply to &apos;sign-in --device&apos;</source>
        <translation>ตัวเลือก --%1 ใช้กับ &apos;sign-in --device&apos; ไม่ได้</translation>
    </message>
</context>
<context>
    <name>DevicePage</name>
    <message>
        <source>The code expires in %1:%2</source>
        <translation>รหัสจะหมดอายุใน %1:%2</translation>
    </message>
    <message>
        <source>Sign in with another device</source>
        <translation>ลงชื่อเข้าใช้ด้วยอุปกรณ์อื่น</translation>
    </message>
    <message>
        <source>On your phone or another computer, open this link and enter the code, or scan the QR code. This window continues when you have signed in there.</source>
        <translation>บนโทรศัพท์หรือคอมพิวเตอร์เครื่องอื่น ให้เปิดลิงก์นี้แล้วป้อนรหัส หรือสแกนคิวอาร์โค้ด หน้าต่างนี้จะดำเนินการต่อเมื่อคุณลงชื่อเข้าใช้ที่นั่นแล้ว.</translation>
    </message>
    <message>
        <source>QR code of the link, with the code filled in</source>
        <translation>คิวอาร์โค้ดของลิงก์ พร้อมกรอกรหัสไว้แล้ว</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
</context>
<context>
    <name>DeviceSignInCommand</name>
    <message>
        <source>warning: the server issued no refresh token, so the session was not kept</source>
        <translation>warning: เซิร์ฟเวอร์ไม่ได้ออกโทเค็นรีเฟรช จึงไม่ได้เก็บเซสชันไว้</translation>
    </message>
    <message>
        <source>To sign in, open this link on a phone or another computer:</source>
        <translation>หากต้องการลงชื่อเข้าใช้ ให้เปิดลิงก์นี้บนโทรศัพท์หรือคอมพิวเตอร์เครื่องอื่น:</translation>
    </message>
    <message>
        <source>and enter this code:</source>
        <translation>แล้วป้อนรหัสนี้:</translation>
    </message>
    <message>
        <source>Or scan this QR code, which fills in the code:</source>
        <translation>หรือสแกนคิวอาร์โค้ดนี้ ซึ่งจะกรอกรหัสให้:</translation>
    </message>
    <message>
        <source>(The QR code does not fit this terminal; use the link and the code.)</source>
        <translation>(คิวอาร์โค้ดไม่พอดีกับเทอร์มินัลนี้ โปรดใช้ลิงก์และรหัสแทน)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the other device (up to %n second(s); Ctrl-C cancels)…</source>
        <translation>
            <numerusform>กำลังรออุปกรณ์อื่น (สูงสุด %n วินาที; กด Ctrl-C เพื่อยกเลิก)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiscoveryDocument</name>
    <message>
        <source>The provider&apos;s OpenID configuration is not valid JSON.</source>
        <translation>การกำหนดค่า OpenID ของผู้ให้บริการไม่ใช่ JSON ที่ถูกต้อง.</translation>
    </message>
    <message>
        <source>The provider&apos;s issuer does not match the endpoint: check the Logto endpoint (a custom domain has its own issuer).</source>
        <translation>ผู้ออกโทเค็น (issuer) ของผู้ให้บริการไม่ตรงกับ endpoint: โปรดตรวจสอบ Logto endpoint (โดเมนที่กำหนดเองจะมีผู้ออกโทเค็นของตัวเอง).</translation>
    </message>
    <message>
        <source>The provider&apos;s OpenID configuration has no %1.</source>
        <translation>การกำหนดค่า OpenID ของผู้ให้บริการไม่มี %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s %1 is not a safe address.</source>
        <translation>%1 ของผู้ให้บริการไม่ใช่ที่อยู่ที่ปลอดภัย.</translation>
    </message>
    <message>
        <source>The provider does not support PKCE with S256, which a desktop app needs.</source>
        <translation>ผู้ให้บริการไม่รองรับ PKCE แบบ S256 ซึ่งแอปเดสก์ท็อปจำเป็นต้องใช้.</translation>
    </message>
    <message>
        <source>The provider&apos;s OpenID configuration lists no ID-token signing algorithms.</source>
        <translation>การกำหนดค่า OpenID ของผู้ให้บริการไม่ได้ระบุอัลกอริทึมการลงนามโทเค็น ID ไว้เลย.</translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message>
        <source>Fix: %1</source>
        <translation>วิธีแก้: %1</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>ผ่านการตรวจสอบทุกข้อ.</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not pass.</source>
        <translation>
            <numerusform>ไม่ผ่านการตรวจสอบ %n ข้อ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>OAuth error: %1</source>
        <translation>ข้อผิดพลาด OAuth: %1</translation>
    </message>
    <message>
        <source>Logto code: %1</source>
        <translation>รหัสข้อผิดพลาดของ Logto: %1</translation>
    </message>
    <message>
        <source>HTTP status: %1</source>
        <translation>สถานะ HTTP: %1</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>Expands the technical details of an error.</extracomment>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>ลงชื่อเข้าใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>เปิดการตั้งค่า</translation>
    </message>
</context>
<context>
    <name>IdTokenVerifier</name>
    <message>
        <source>The ID token was issued for a different app than this one.</source>
        <translation>โทเค็น ID นี้ออกให้แอปอื่น ไม่ใช่แอปนี้.</translation>
    </message>
    <message>
        <source>The sign-in settings are incomplete, so the ID token cannot be checked.</source>
        <translation>การตั้งค่าการลงชื่อเข้าใช้ไม่ครบถ้วน จึงไม่สามารถตรวจสอบโทเค็น ID ได้.</translation>
    </message>
    <message>
        <source>The ID token&apos;s signing algorithm is not allowed.</source>
        <translation>อัลกอริทึมการลงนามของโทเค็น ID ไม่ได้รับอนุญาต.</translation>
    </message>
    <message>
        <source>The ID token&apos;s signing algorithm is not one the provider announced.</source>
        <translation>อัลกอริทึมการลงนามของโทเค็น ID ไม่ใช่อัลกอริทึมที่ผู้ให้บริการประกาศไว้.</translation>
    </message>
    <message>
        <source>None of the provider&apos;s signing keys can check the ID token.</source>
        <translation>ไม่มีคีย์การลงนามใดของผู้ให้บริการที่สามารถตรวจสอบโทเค็น ID ได้.</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is not valid.</source>
        <translation>ลายเซ็นของโทเค็น ID ไม่ถูกต้อง.</translation>
    </message>
    <message>
        <source>The ID token&apos;s issuer does not match the provider.</source>
        <translation>ผู้ออกโทเค็น ID ไม่ตรงกับผู้ให้บริการ.</translation>
    </message>
    <message>
        <source>The ID token&apos;s expiry time is missing or invalid.</source>
        <translation>เวลาหมดอายุของโทเค็น ID ไม่มีหรือไม่ถูกต้อง.</translation>
    </message>
    <message>
        <source>The ID token has expired. If this keeps happening, check that the computer&apos;s clock is right.</source>
        <translation>โทเค็น ID หมดอายุแล้ว หากเกิดขึ้นซ้ำ ๆ โปรดตรวจสอบว่านาฬิกาของคอมพิวเตอร์ตั้งไว้ถูกต้อง.</translation>
    </message>
    <message>
        <source>The ID token&apos;s issue time is missing or invalid.</source>
        <translation>เวลาที่ออกโทเค็น ID ไม่มีหรือไม่ถูกต้อง.</translation>
    </message>
    <message>
        <source>The ID token was issued in the future — is the computer&apos;s clock right?</source>
        <translation>เวลาที่ออกโทเค็น ID อยู่ในอนาคต — นาฬิกาของคอมพิวเตอร์ถูกต้องหรือไม่?</translation>
    </message>
    <message>
        <source>The ID token is not valid yet — is the computer&apos;s clock right?</source>
        <translation>โทเค็น ID ยังไม่ถึงเวลาที่ใช้ได้ — นาฬิกาของคอมพิวเตอร์ถูกต้องหรือไม่?</translation>
    </message>
    <message>
        <source>The ID token does not say who signed in.</source>
        <translation>โทเค็น ID ไม่ได้ระบุว่าใครลงชื่อเข้าใช้.</translation>
    </message>
    <message>
        <source>The ID token is for a different user than the one signed in.</source>
        <translation>โทเค็น ID เป็นของผู้ใช้คนอื่น ไม่ใช่ผู้ใช้ที่ลงชื่อเข้าใช้อยู่.</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in attempt.</source>
        <translation>โทเค็น ID ไม่ได้เป็นของการลงชื่อเข้าใช้ครั้งนี้.</translation>
    </message>
    <message>
        <source>The ID token does not match the access token.</source>
        <translation>โทเค็น ID ไม่ตรงกับโทเค็นการเข้าถึง.</translation>
    </message>
</context>
<context>
    <name>JsonWebKey</name>
    <message>
        <source>The provider published a signing key this app cannot use.</source>
        <translation>ผู้ให้บริการเผยแพร่คีย์การลงนามที่แอปนี้ไม่สามารถใช้ได้.</translation>
    </message>
    <message>
        <source>The signature does not match the provider&apos;s signing key.</source>
        <translation>ลายเซ็นไม่ตรงกับคีย์การลงนามของผู้ให้บริการ.</translation>
    </message>
    <message>
        <source>The signing algorithm is not allowed.</source>
        <translation>อัลกอริทึมการลงนามไม่ได้รับอนุญาต.</translation>
    </message>
</context>
<context>
    <name>JsonWebKeySet</name>
    <message>
        <source>The provider&apos;s list of signing keys could not be read.</source>
        <translation>ไม่สามารถอ่านรายการคีย์การลงนามของผู้ให้บริการได้.</translation>
    </message>
</context>
<context>
    <name>JsonWebSignature</name>
    <message>
        <source>The token from the provider is malformed.</source>
        <translation>โทเค็นจากผู้ให้บริการมีรูปแบบไม่ถูกต้อง.</translation>
    </message>
</context>
<context>
    <name>Logto::DeviceSignInFlow</name>
    <message numerus="yes">
        <source>timed out waiting for the other device: the sign-in was not completed within %n second(s)</source>
        <translation>
            <numerusform>หมดเวลารออุปกรณ์อื่น: การลงชื่อเข้าใช้ไม่เสร็จสิ้นภายใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>The code expired before the sign-in was completed. Start again.</source>
        <translation>รหัสหมดอายุก่อนที่การลงชื่อเข้าใช้จะเสร็จสิ้น โปรดเริ่มใหม่.</translation>
    </message>
    <message>
        <source>This Logto tenant does not offer sign-in with another device (the device flow needs Logto 1.38 or later and an application whose authorization flow is &quot;Device flow&quot;).</source>
        <translation>ผู้เช่า Logto นี้ไม่มีการลงชื่อเข้าใช้ด้วยอุปกรณ์อื่น (โฟลว์อุปกรณ์ต้องใช้ Logto 1.38 ขึ้นไป และแอปพลิเคชันที่มีโฟลว์การอนุญาตเป็น &quot;Device flow&quot;).</translation>
    </message>
    <message>
        <source>The app id is not a device-flow app: in Logto, create an application of type Native with &quot;Device flow&quot; as its authorization flow, and use its app id.</source>
        <translation>รหัสแอปนี้ไม่ใช่แอปโฟลว์อุปกรณ์: ใน Logto ให้สร้างแอปพลิเคชันประเภท Native ที่มีโฟลว์การอนุญาตเป็น &quot;Device flow&quot; แล้วใช้รหัสแอปของแอปนั้น.</translation>
    </message>
    <message>
        <source>The sign-in was denied on the other device.</source>
        <translation>การลงชื่อเข้าใช้ถูกปฏิเสธบนอุปกรณ์อื่น.</translation>
    </message>
    <message>
        <source>The sign-in server returned no ID token.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ไม่ได้ส่งโทเค็น ID กลับมา.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>การลงชื่อเข้าใช้ถูกยกเลิก.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer to the device code request cannot be used.</source>
        <translation>ไม่สามารถใช้คำตอบของเซิร์ฟเวอร์ลงชื่อเข้าใช้ต่อคำขอรหัสอุปกรณ์ได้.</translation>
    </message>
</context>
<context>
    <name>Logto::HttpClient</name>
    <message>
        <source>The sign-in server did not answer in time. Check your connection and try again.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ไม่ตอบสนองภายในเวลาที่กำหนด โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server. Check your connection and try again.</source>
        <translation>ไม่สามารถติดต่อเซิร์ฟเวอร์ลงชื่อเข้าใช้ได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer this app cannot read.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ส่งคำตอบที่แอปนี้ไม่สามารถอ่านได้.</translation>
    </message>
    <message>
        <source>The sign-in server is busy (too many requests). Try again in a moment.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ไม่ว่าง (มีคำขอมากเกินไป) โปรดลองอีกครั้งในอีกสักครู่.</translation>
    </message>
    <message>
        <source>The sign-in server had a problem (HTTP %1). Try again later.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้เกิดปัญหา (HTTP %1) โปรดลองอีกครั้งภายหลัง.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ปฏิเสธคำขอ (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the request: %1</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ปฏิเสธคำขอ: %1</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer that is too large (over %1).</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ส่งคำตอบที่มีขนาดใหญ่เกินไป (เกิน %1).</translation>
    </message>
</context>
<context>
    <name>Logto::OidcProvider</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) ahead of the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</source>
        <translation>
            <numerusform>นาฬิกาของคอมพิวเตอร์คุณเร็วกว่าเซิร์ฟเวอร์ลงชื่อเข้าใช้ %n นาที โปรดตั้งเวลาให้ถูกต้อง (เปิดการตั้งเวลาอัตโนมัติ) แล้วลองอีกครั้ง.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) behind the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</source>
        <translation>
            <numerusform>นาฬิกาของคอมพิวเตอร์คุณช้ากว่าเซิร์ฟเวอร์ลงชื่อเข้าใช้ %n นาที โปรดตั้งเวลาให้ถูกต้อง (เปิดการตั้งเวลาอัตโนมัติ) แล้วลองอีกครั้ง.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logto::SessionLock</name>
    <message>
        <source>Could not create the session lock file.</source>
        <translation>ไม่สามารถสร้างไฟล์ล็อกของเซสชันได้.</translation>
    </message>
    <message>
        <source>Another logto-signin process is busy with this session; try again.</source>
        <translation>โปรเซส logto-signin อื่นกำลังใช้เซสชันนี้อยู่ โปรดลองอีกครั้ง.</translation>
    </message>
    <message>
        <source>Could not create the folder for the session lock. Check that your home folder is writable.</source>
        <translation>สร้างโฟลเดอร์สำหรับล็อกเซสชันไม่ได้ ตรวจสอบว่าโฟลเดอร์หลักของคุณเขียนได้.</translation>
    </message>
    <message>
        <source>The folder for the session lock belongs to another user or is not a folder: %1</source>
        <translation>โฟลเดอร์สำหรับล็อกเซสชันเป็นของผู้ใช้อื่นหรือไม่ใช่โฟลเดอร์: %1</translation>
    </message>
    <message>
        <source>Could not make the folder for the session lock private: %1</source>
        <translation>ตั้งโฟลเดอร์สำหรับล็อกเซสชันให้เป็นส่วนตัวไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>Logto::SessionManager</name>
    <message>
        <source>not signed in: run sign-in first</source>
        <translation>ยังไม่ได้ลงชื่อเข้าใช้: ให้รัน sign-in ก่อน</translation>
    </message>
    <message>
        <source>The API resource %1 was not requested at sign-in. Sign in again with --resource %1.</source>
        <translation>ไม่ได้ขอทรัพยากร API %1 ไว้ตอนลงชื่อเข้าใช้ โปรดลงชื่อเข้าใช้ใหม่ด้วย --resource %1.</translation>
    </message>
    <message>
        <source>keychain locked: unlock your keychain (login keyring) and try again</source>
        <translation>พวงกุญแจถูกล็อก: ปลดล็อกพวงกุญแจของคุณ (พวงกุญแจ login) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Access denied: %1</source>
        <translation>ถูกปฏิเสธการเข้าถึง: %1</translation>
    </message>
    <message>
        <source>No access to organization %1: the account is not a member, or the organization requires multi-factor authentication.</source>
        <translation>ไม่มีสิทธิ์เข้าถึงองค์กร %1: บัญชีนี้ไม่ได้เป็นสมาชิก หรือองค์กรกำหนดให้ใช้การยืนยันตัวตนแบบหลายปัจจัย.</translation>
    </message>
    <message>
        <source>The sign-in server did not return a new refresh token.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ไม่ได้ส่งโทเค็นรีเฟรชใหม่กลับมา.</translation>
    </message>
    <message>
        <source>The provider has no userinfo endpoint.</source>
        <translation>ผู้ให้บริการไม่มี endpoint userinfo.</translation>
    </message>
    <message>
        <source>The profile from the sign-in server belongs to a different user than the ID token (sub mismatch).</source>
        <translation>โปรไฟล์จากเซิร์ฟเวอร์ลงชื่อเข้าใช้เป็นของผู้ใช้คนละคนกับในโทเค็น ID (ค่า sub ไม่ตรงกัน).</translation>
    </message>
    <message>
        <source>The provider has no revocation endpoint.</source>
        <translation>ผู้ให้บริการไม่มี endpoint สำหรับเพิกถอนโทเค็น.</translation>
    </message>
    <message>
        <source>The keychain did not take the renewed sign-in: it is kept in memory and saving is retried. Keep the app open until the keychain works again.</source>
        <translation>พวงกุญแจไม่รับการลงชื่อเข้าใช้ที่ต่ออายุแล้ว: แอปเก็บไว้ในหน่วยความจำและจะลองบันทึกอีกครั้ง เปิดแอปไว้จนกว่าพวงกุญแจจะใช้งานได้อีกครั้ง.</translation>
    </message>
</context>
<context>
    <name>Logto::SetupCheck</name>
    <message>
        <source>Logto endpoint answers</source>
        <translation>endpoint ของ Logto ตอบกลับ</translation>
    </message>
    <message>
        <source>OpenID discovery and issuer</source>
        <translation>OpenID discovery และผู้ออก (issuer)</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>รหัสแอป (App ID)</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI เปลี่ยนเส้นทาง</translation>
    </message>
    <message>
        <source>Refresh tokens</source>
        <translation>โทเค็นรีเฟรช</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>พวงกุญแจ</translation>
    </message>
    <message>
        <source>Web browser</source>
        <translation>เว็บเบราว์เซอร์</translation>
    </message>
    <message>
        <source>Display for the window</source>
        <translation>จอแสดงผลสำหรับหน้าต่าง</translation>
    </message>
    <message>
        <source>Loopback listener</source>
        <translation>ตัวรับฟังบน loopback</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>นาฬิกา</translation>
    </message>
    <message>
        <source>Stored session</source>
        <translation>เซสชันที่เก็บไว้</translation>
    </message>
    <message>
        <source>Use your tenant&apos;s https:// address, as shown in the Logto Console under Applications → your app → Endpoints &amp; Credentials → Logto endpoint (plain http is only for Logto on this computer: 127.0.0.1 or localhost).</source>
        <translation>ใช้ที่อยู่ https:// ของ tenant ตามที่แสดงใน Logto Console ที่ Applications → แอปของคุณ → Endpoints &amp; Credentials → Logto endpoint (http ธรรมดาใช้ได้เฉพาะ Logto บนคอมพิวเตอร์เครื่องนี้: 127.0.0.1 หรือ localhost).</translation>
    </message>
    <message>
        <source>Not checked: the endpoint is not usable.</source>
        <translation>ไม่ได้ตรวจ: ใช้ endpoint นี้ไม่ได้.</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (%2).</source>
        <translation>ไม่สามารถค้นหาชื่อ %1 ได้ (%2).</translation>
    </message>
    <message>
        <source>Check the spelling of the endpoint (Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint) and this computer&apos;s network and DNS settings.</source>
        <translation>ตรวจการสะกดของ endpoint (Logto Console → Applications → แอปของคุณ → Endpoints &amp; Credentials → Logto endpoint) และการตั้งค่าเครือข่ายและ DNS ของคอมพิวเตอร์เครื่องนี้.</translation>
    </message>
    <message>
        <source>Not checked: the endpoint does not answer.</source>
        <translation>ไม่ได้ตรวจ: endpoint ไม่ตอบกลับ.</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>ไม่มีพร็อกซี</translation>
    </message>
    <message>
        <source>through the proxy %1:%2</source>
        <translation>ผ่านพร็อกซี %1:%2</translation>
    </message>
    <message>
        <source>%1 did not answer (%2): %3</source>
        <translation>%1 ไม่ตอบกลับ (%2): %3</translation>
    </message>
    <message>
        <source>The secure connection failed: check the endpoint&apos;s address and the computer&apos;s date. If your network inspects HTTPS (a company proxy), install its certificate authority in the system.</source>
        <translation>การเชื่อมต่อที่ปลอดภัยล้มเหลว: ตรวจที่อยู่ของ endpoint และวันที่ของคอมพิวเตอร์ หากเครือข่ายของคุณตรวจ HTTPS (พร็อกซีของบริษัท) ให้ติดตั้งผู้ออกใบรับรองของเครือข่ายนั้นในระบบ.</translation>
    </message>
    <message>
        <source>Check that the endpoint and its port are right (Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint), that this computer is online, and the proxy settings (https_proxy, no_proxy).</source>
        <translation>ตรวจว่า endpoint และพอร์ตถูกต้อง (Logto Console → Applications → แอปของคุณ → Endpoints &amp; Credentials → Logto endpoint) คอมพิวเตอร์เครื่องนี้ออนไลน์อยู่ และการตั้งค่าพร็อกซี (https_proxy, no_proxy).</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2, %3).</source>
        <translation>%1 ตอบกลับแล้ว (HTTP %2, %3).</translation>
    </message>
    <message>
        <source>Logto Console → Applications → your app → Endpoints &amp; Credentials → Logto endpoint</source>
        <translation>Logto Console → Applications → แอปของคุณ → Endpoints &amp; Credentials → Logto endpoint</translation>
    </message>
    <message>
        <source>No OpenID discovery document at %1 (%2).</source>
        <translation>ไม่พบเอกสาร OpenID discovery ที่ %1 (%2).</translation>
    </message>
    <message>
        <source>Use the endpoint itself, without /oidc or any other path: %1.</source>
        <translation>ใช้ endpoint เท่านั้น โดยไม่มี /oidc หรือพาธอื่น: %1.</translation>
    </message>
    <message>
        <source>Not checked: discovery failed.</source>
        <translation>ไม่ได้ตรวจ: discovery ล้มเหลว.</translation>
    </message>
    <message>
        <source>the tenant&apos;s own domain</source>
        <translation>โดเมนของ tenant เอง</translation>
    </message>
    <message>
        <source>a custom domain</source>
        <translation>โดเมนที่กำหนดเอง</translation>
    </message>
    <message>
        <source>The issuer is %1, not %2: %3 is %4 and %5 is %6. A custom domain and the tenant&apos;s domain are different issuers.</source>
        <translation>ผู้ออก (issuer) คือ %1 ไม่ใช่ %2: %3 คือ%4 และ %5 คือ%6 โดเมนที่กำหนดเองกับโดเมนของ tenant เป็นผู้ออกคนละราย.</translation>
    </message>
    <message>
        <source>Use --endpoint %1, and the same endpoint every time (%2).</source>
        <translation>ใช้ --endpoint %1 และใช้ endpoint เดิมทุกครั้ง (%2).</translation>
    </message>
    <message>
        <source>The issuer is %1, not %2.</source>
        <translation>ผู้ออก (issuer) คือ %1 ไม่ใช่ %2.</translation>
    </message>
    <message>
        <source>Use the endpoint exactly as Logto gives it, without /oidc or a trailing slash (%1). A server whose issuer is not &lt;endpoint&gt;/oidc is not a Logto endpoint.</source>
        <translation>ใช้ endpoint ตรงตามที่ Logto ให้มา โดยไม่มี /oidc หรือเครื่องหมาย / ต่อท้าย (%1) เซิร์ฟเวอร์ที่ผู้ออกไม่ใช่ &lt;endpoint&gt;/oidc ไม่ใช่ endpoint ของ Logto.</translation>
    </message>
    <message>
        <source>The discovery document at %1 is not usable: %2</source>
        <translation>ใช้เอกสาร discovery ที่ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Check that the endpoint is a Logto server (%1).</source>
        <translation>ตรวจว่า endpoint เป็นเซิร์ฟเวอร์ Logto (%1).</translation>
    </message>
    <message>
        <source>The issuer is %1, as expected.</source>
        <translation>ผู้ออก (issuer) คือ %1 ตามที่คาดไว้.</translation>
    </message>
    <message>
        <source>The provider offers offline_access.</source>
        <translation>ผู้ให้บริการมี offline_access.</translation>
    </message>
    <message>
        <source>The provider does not list offline_access in scopes_supported: no refresh token, so the session ends when the access token expires.</source>
        <translation>ผู้ให้บริการไม่ได้ระบุ offline_access ใน scopes_supported: จะไม่มีโทเค็นรีเฟรช เซสชันจึงสิ้นสุดเมื่อโทเค็นการเข้าถึงหมดอายุ.</translation>
    </message>
    <message>
        <source>Logto always offers offline_access: check that the endpoint is your Logto tenant (%1).</source>
        <translation>Logto มี offline_access เสมอ: ตรวจว่า endpoint เป็น tenant ของ Logto ของคุณ (%1).</translation>
    </message>
    <message>
        <source>Not checked: the provider offers no pushed authorization requests (PAR), so this cannot be checked without a browser.</source>
        <translation>ไม่ได้ตรวจ: ผู้ให้บริการไม่มีคำขออนุญาตแบบส่งล่วงหน้า (PAR) จึงตรวจข้อนี้โดยไม่ใช้เบราว์เซอร์ไม่ได้.</translation>
    </message>
    <message>
        <source>Run logto-signin sign-in once to check it.</source>
        <translation>เรียก logto-signin sign-in หนึ่งครั้งเพื่อตรวจ.</translation>
    </message>
    <message>
        <source>In the Logto Console open Applications → your app → Redirect URIs, add exactly %1 and save. The app must be a Native app: only Native apps accept any port on 127.0.0.1.</source>
        <translation>ใน Logto Console เปิด Applications → แอปของคุณ → Redirect URIs เพิ่ม %1 ให้ตรงทุกตัวอักษรแล้วบันทึก แอปต้องเป็นแอปแบบ Native: มีเพียงแอป Native ที่ยอมรับทุกพอร์ตบน 127.0.0.1.</translation>
    </message>
    <message>
        <source>Logto knows the app %1.</source>
        <translation>Logto รู้จักแอป %1.</translation>
    </message>
    <message>
        <source>%1 is accepted (a Native app with %2 registered).</source>
        <translation>ยอมรับ %1 แล้ว (แอป Native ที่ลงทะเบียน %2 ไว้).</translation>
    </message>
    <message>
        <source>Logto does not accept the app ID %1 as a public client (%2).</source>
        <translation>Logto ไม่ยอมรับรหัสแอป %1 เป็นไคลเอนต์สาธารณะ (%2).</translation>
    </message>
    <message>
        <source>In the Logto Console open Applications, choose your Native app and copy its App ID (Endpoints &amp; Credentials); if there is none, create one: Applications → Create application → Native. A Traditional web or machine-to-machine app cannot be used.</source>
        <translation>ใน Logto Console เปิด Applications เลือกแอป Native ของคุณแล้วคัดลอก App ID (Endpoints &amp; Credentials) หากยังไม่มี ให้สร้าง: Applications → Create application → Native ใช้แอปแบบ Traditional web หรือ machine-to-machine ไม่ได้.</translation>
    </message>
    <message>
        <source>Not checked: the app ID is not accepted.</source>
        <translation>ไม่ได้ตรวจ: รหัสแอปไม่ได้รับการยอมรับ.</translation>
    </message>
    <message>
        <source>Logto refused %1 (%2).</source>
        <translation>Logto ปฏิเสธ %1 (%2).</translation>
    </message>
    <message>
        <source>The test authorization request was refused: %1</source>
        <translation>คำขออนุญาตทดสอบถูกปฏิเสธ: %1</translation>
    </message>
    <message>
        <source>Register each --resource under API resources in the Logto Console, or leave it out.</source>
        <translation>ลงทะเบียน --resource แต่ละรายการเป็นทรัพยากร API ใน Logto Console หรือไม่ต้องใส่.</translation>
    </message>
    <message>
        <source>Check the app&apos;s settings in the Logto Console (Applications → your app).</source>
        <translation>ตรวจการตั้งค่าแอปใน Logto Console (Applications → แอปของคุณ).</translation>
    </message>
    <message>
        <source>Not checked: the test authorization request failed.</source>
        <translation>ไม่ได้ตรวจ: คำขออนุญาตทดสอบล้มเหลว.</translation>
    </message>
    <message>
        <source>Unlock the login keyring (for example in Passwords and Keys, or by signing in to the desktop again) and run doctor again.</source>
        <translation>ปลดล็อกพวงกุญแจ login (เช่น ในแอป Passwords and Keys หรือโดยลงชื่อเข้าใช้เดสก์ท็อปอีกครั้ง) แล้วเรียก doctor อีกครั้ง.</translation>
    </message>
    <message>
        <source>Install and start a Secret Service in your desktop session (gnome-keyring, or KeePassXC with Secret Service integration). logto-signin never keeps tokens in a file.</source>
        <translation>ติดตั้งและเริ่ม Secret Service ในเซสชันเดสก์ท็อปของคุณ (gnome-keyring หรือ KeePassXC ที่เปิดการเชื่อมต่อ Secret Service) logto-signin ไม่เก็บโทเค็นไว้ในไฟล์เลย.</translation>
    </message>
    <message>
        <source>The keychain gave back something else than was written.</source>
        <translation>พวงกุญแจคืนค่าที่ไม่ตรงกับที่เขียนไว้.</translation>
    </message>
    <message>
        <source>A test entry was written, read back and deleted.</source>
        <translation>เขียน อ่านกลับ และลบรายการทดสอบได้แล้ว.</translation>
    </message>
    <message>
        <source>Not signed in to %1 with this app.</source>
        <translation>ยังไม่ได้ลงชื่อเข้าใช้ %1 ด้วยแอปนี้.</translation>
    </message>
    <message>
        <source>Run logto-signin sign-in.</source>
        <translation>เรียก logto-signin sign-in.</translation>
    </message>
    <message>
        <source>signed in as %1 on %2</source>
        <translation>ลงชื่อเข้าใช้เป็น %1 เมื่อ %2</translation>
    </message>
    <message>
        <source>last refreshed %1</source>
        <translation>รีเฟรชล่าสุด %1</translation>
    </message>
    <message>
        <source>ID token valid until %1</source>
        <translation>โทเค็น ID ใช้ได้ถึง %1</translation>
    </message>
    <message>
        <source>access token valid until %1</source>
        <translation>โทเค็นการเข้าถึงใช้ได้ถึง %1</translation>
    </message>
    <message>
        <source>no API resources</source>
        <translation>ไม่มีทรัพยากร API</translation>
    </message>
    <message>
        <source>API resources: %1</source>
        <translation>ทรัพยากร API: %1</translation>
    </message>
    <message>
        <source>organization tokens granted</source>
        <translation>ได้รับสิทธิ์โทเค็นองค์กร</translation>
    </message>
    <message>
        <source>no organization tokens</source>
        <translation>ไม่มีโทเค็นองค์กร</translation>
    </message>
    <message>
        <source>%1; its refresh token cannot be read while the keychain fails.</source>
        <translation>%1; อ่านโทเค็นรีเฟรชไม่ได้ขณะที่พวงกุญแจยังมีปัญหา.</translation>
    </message>
    <message>
        <source>Fix the keychain first (see above).</source>
        <translation>แก้ไขพวงกุญแจก่อน (ดูด้านบน).</translation>
    </message>
    <message>
        <source>%1; but its refresh token is missing from the keychain.</source>
        <translation>%1; แต่ไม่มีโทเค็นรีเฟรชในพวงกุญแจ.</translation>
    </message>
    <message>
        <source>Sign in again: logto-signin sign-in.</source>
        <translation>ลงชื่อเข้าใช้อีกครั้ง: logto-signin sign-in.</translation>
    </message>
    <message>
        <source>On a computer without a browser use logto-signin sign-in --no-browser and open the link elsewhere.</source>
        <translation>บนคอมพิวเตอร์ที่ไม่มีเบราว์เซอร์ ให้ใช้ logto-signin sign-in --no-browser แล้วเปิดลิงก์ที่เครื่องอื่น.</translation>
    </message>
    <message>
        <source>$BROWSER starts %1.</source>
        <translation>$BROWSER เปิดเบราว์เซอร์ด้วย %1.</translation>
    </message>
    <message>
        <source>None of the programs in $BROWSER exists: %1.</source>
        <translation>ไม่มีโปรแกรมเบราว์เซอร์ใดใน $BROWSER อยู่ในเครื่อง: %1.</translation>
    </message>
    <message>
        <source>Set BROWSER to a browser that is installed (e.g. export BROWSER=firefox), or unset it to use the desktop&apos;s default browser.</source>
        <translation>ตั้ง BROWSER เป็นเบราว์เซอร์ที่ติดตั้งไว้ (เช่น export BROWSER=firefox) หรือยกเลิกการตั้งค่าเพื่อใช้เบราว์เซอร์เริ่มต้นของเดสก์ท็อป.</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser is used.</source>
        <translation>ใช้เบราว์เซอร์เริ่มต้นของเดสก์ท็อป.</translation>
    </message>
    <message>
        <source>The desktop&apos;s default browser, through %1.</source>
        <translation>เบราว์เซอร์เริ่มต้นของเดสก์ท็อป ผ่าน %1.</translation>
    </message>
    <message>
        <source>BROWSER is not set and %1 is not on PATH.</source>
        <translation>ไม่ได้ตั้ง BROWSER (เบราว์เซอร์) และไม่มี %1 ใน PATH.</translation>
    </message>
    <message>
        <source>Install xdg-utils (sudo apt install xdg-utils), or set BROWSER to your browser (e.g. export BROWSER=firefox).</source>
        <translation>ติดตั้ง xdg-utils (sudo apt install xdg-utils) หรือตั้ง BROWSER เป็นเบราว์เซอร์ของคุณ (เช่น export BROWSER=firefox).</translation>
    </message>
    <message>
        <source>Wayland display %1.</source>
        <translation>จอแสดงผล Wayland %1.</translation>
    </message>
    <message>
        <source>X11 display %1.</source>
        <translation>จอแสดงผล X11 %1.</translation>
    </message>
    <message>
        <source>DISPLAY is %1 but no X server listens there: the window cannot open; the commands work.</source>
        <translation>DISPLAY เป็น %1 แต่ไม่มีเซิร์ฟเวอร์ X รอรับอยู่: เปิดหน้าต่างไม่ได้ แต่คำสั่งต่าง ๆ ใช้ได้.</translation>
    </message>
    <message>
        <source>Start the window from your desktop session, or use the commands (logto-signin --help).</source>
        <translation>เปิดหน้าต่างจากเซสชันเดสก์ท็อปของคุณ หรือใช้คำสั่ง (logto-signin --help).</translation>
    </message>
    <message>
        <source>No display (DISPLAY and WAYLAND_DISPLAY are not set): the window cannot open here; the commands work.</source>
        <translation>ไม่มีจอแสดงผล (ไม่ได้ตั้ง DISPLAY และ WAYLAND_DISPLAY): เปิดหน้าต่างที่นี่ไม่ได้ แต่คำสั่งต่าง ๆ ใช้ได้.</translation>
    </message>
    <message>
        <source>The desktop is available.</source>
        <translation>เดสก์ท็อปพร้อมใช้งาน.</translation>
    </message>
    <message>
        <source>127.0.0.1 accepted a listener (port %1).</source>
        <translation>127.0.0.1 รับตัวรับฟังได้ (พอร์ต %1).</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1: %1</source>
        <translation>รอรับการเชื่อมต่อบน 127.0.0.1 ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Allow this app to listen on 127.0.0.1 (a firewall or sandbox blocks it; in Flatpak or Snap, give it network access). The browser returns to it after sign-in.</source>
        <translation>อนุญาตให้แอปนี้รอรับการเชื่อมต่อบน 127.0.0.1 (ไฟร์วอลล์หรือแซนด์บ็อกซ์บล็อกอยู่ ใน Flatpak หรือ Snap ให้สิทธิ์เข้าถึงเครือข่าย) เบราว์เซอร์จะกลับมาที่แอปหลังลงชื่อเข้าใช้.</translation>
    </message>
    <message>
        <source>The provider sent no Date header to compare with.</source>
        <translation>ผู้ให้บริการไม่ได้ส่งส่วนหัว Date มาให้เทียบ.</translation>
    </message>
    <message>
        <source>Turn on automatic time (for example: timedatectl set-ntp true), or set the correct time and time zone: ID tokens are checked against this clock.</source>
        <translation>เปิดการตั้งเวลาอัตโนมัติ (เช่น timedatectl set-ntp true) หรือตั้งเวลาและเขตเวลาให้ถูกต้อง: โทเค็น ID จะถูกตรวจเทียบกับนาฬิกานี้.</translation>
    </message>
    <message numerus="yes">
        <source>Within %n second(s) of the provider&apos;s clock.</source>
        <translation>
            <numerusform>ต่างจากนาฬิกาของผู้ให้บริการไม่เกิน %n วินาที.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the provider&apos;s.</source>
        <translation>
            <numerusform>นาฬิกาของคอมพิวเตอร์เครื่องนี้เร็วกว่าของผู้ให้บริการ %n นาที.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the provider&apos;s.</source>
        <translation>
            <numerusform>นาฬิกาของคอมพิวเตอร์เครื่องนี้ช้ากว่าของผู้ให้บริการ %n นาที.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign-in still works (5 minutes are allowed).</source>
        <translation>ยังลงชื่อเข้าใช้ได้ (ยอมให้ต่างกันได้ 5 นาที).</translation>
    </message>
    <message>
        <source>Social sign-in</source>
        <translation>ลงชื่อเข้าใช้ผ่านโซเชียล</translation>
    </message>
    <message>
        <source>Sign-in with another device</source>
        <translation>การลงชื่อเข้าใช้ด้วยอุปกรณ์อื่น</translation>
    </message>
    <message>
        <source>The tenant offers sign-in with another device (device flow) at %1.</source>
        <translation>ผู้เช่ามีการลงชื่อเข้าใช้ด้วยอุปกรณ์อื่น (โฟลว์อุปกรณ์) ที่ %1.</translation>
    </message>
    <message>
        <source>The tenant does not offer sign-in with another device (no device_authorization_endpoint).</source>
        <translation>ผู้เช่าไม่มีการลงชื่อเข้าใช้ด้วยอุปกรณ์อื่น (ไม่มี device_authorization_endpoint).</translation>
    </message>
    <message>
        <source>Logto 1.38 and later offer it: for sign-in --device, create an application of type Native whose authorization flow is &quot;Device flow&quot; and use its app id.</source>
        <translation>Logto 1.38 ขึ้นไปมีฟีเจอร์นี้: สำหรับ sign-in --device ให้สร้างแอปพลิเคชันประเภท Native ที่มีโฟลว์การอนุญาตเป็น &quot;Device flow&quot; แล้วใช้รหัสแอปของแอปนั้น.</translation>
    </message>
    <message>
        <source>Check the app ID and the options.</source>
        <translation>ตรวจสอบรหัสแอปและตัวเลือก.</translation>
    </message>
    <message>
        <source>Not checked: the test authorization request could not be made.</source>
        <translation>ไม่ได้ตรวจสอบ: สร้างคำขออนุญาตสำหรับทดสอบไม่ได้.</translation>
    </message>
    <message>
        <source>The tenant&apos;s sign-in experience could not be read at %1 (%2): the window offers the social sign-ins set in Settings.</source>
        <translation>อ่านประสบการณ์การลงชื่อเข้าใช้ของ tenant ที่ %1 ไม่ได้ (%2): หน้าต่างจะแสดงการลงชื่อเข้าใช้ผ่านโซเชียลตามที่ตั้งไว้ในการตั้งค่า.</translation>
    </message>
    <message>
        <source>Whether it offers %1 cannot be checked.</source>
        <translation>ตรวจสอบไม่ได้ว่ามี %1 ให้ใช้หรือไม่.</translation>
    </message>
    <message>
        <source>The tenant offers no social sign-in, so not %1 either.</source>
        <translation>tenant ไม่มีการลงชื่อเข้าใช้ผ่านโซเชียลเลย จึงไม่มี %1 ด้วย.</translation>
    </message>
    <message>
        <source>The tenant does not offer %1; it offers %2.</source>
        <translation>tenant ไม่มี %1 ให้ใช้ แต่มี %2.</translation>
    </message>
    <message>
        <source>With %1 Logto shows its ordinary sign-in page instead.</source>
        <translation>เมื่อใช้ %1 Logto จะแสดงหน้าลงชื่อเข้าใช้ปกติแทน.</translation>
    </message>
    <message>
        <source>In the Logto Console add the %1 connector (Connectors → Social connectors → Add social connector) and turn it on under Sign-in experience → Sign-up and sign-in → Social sign-in; or sign in without %2.</source>
        <translation>ใน Logto Console เพิ่มตัวเชื่อมต่อ %1 (Connectors → Social connectors → Add social connector) แล้วเปิดใช้ที่ Sign-in experience → Sign-up and sign-in → Social sign-in หรือลงชื่อเข้าใช้โดยไม่ใส่ %2.</translation>
    </message>
    <message>
        <source>The tenant offers no social sign-in: the window shows no &quot;Continue with ...&quot; button.</source>
        <translation>tenant ไม่มีการลงชื่อเข้าใช้ผ่านโซเชียล: หน้าต่างจะไม่แสดงปุ่ม &quot;ดำเนินการต่อด้วย ...&quot;.</translation>
    </message>
    <message>
        <source>To offer one, add a social connector in the Logto Console (Connectors → Social connectors → Add social connector) and turn it on under Sign-in experience → Sign-up and sign-in → Social sign-in.</source>
        <translation>หากต้องการให้มี ให้เพิ่มตัวเชื่อมต่อโซเชียลใน Logto Console (Connectors → Social connectors → Add social connector) แล้วเปิดใช้ที่ Sign-in experience → Sign-up and sign-in → Social sign-in.</translation>
    </message>
    <message>
        <source>The tenant offers %1.</source>
        <translation>tenant มี %1 ให้ใช้.</translation>
    </message>
</context>
<context>
    <name>Logto::SignInFlow</name>
    <message numerus="yes">
        <source>timed out waiting for the browser: the sign-in was not completed within %n second(s)</source>
        <translation>
            <numerusform>หมดเวลารอเบราว์เซอร์: การลงชื่อเข้าใช้ไม่เสร็จสิ้นภายใน %n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in response did not come from the expected provider (issuer mismatch).</source>
        <translation>การตอบกลับการลงชื่อเข้าใช้ไม่ได้มาจากผู้ให้บริการที่คาดไว้ (ผู้ออกโทเค็นไม่ตรงกัน).</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or denied.</source>
        <translation>การลงชื่อเข้าใช้ถูกยกเลิกหรือถูกปฏิเสธ.</translation>
    </message>
    <message>
        <source>The sign-in server reported an error: %1</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้แจ้งข้อผิดพลาด: %1</translation>
    </message>
    <message>
        <source>The sign-in response has no authorization code.</source>
        <translation>การตอบกลับการลงชื่อเข้าใช้ไม่มีรหัสการอนุญาต (authorization code).</translation>
    </message>
    <message>
        <source>The sign-in server returned no ID token.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ไม่ได้ส่งโทเค็น ID กลับมา.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>การลงชื่อเข้าใช้ถูกยกเลิก.</translation>
    </message>
    <message>
        <source>This sign-in has ended.</source>
        <translation>การลงชื่อเข้าใช้นี้สิ้นสุดแล้ว.</translation>
    </message>
    <message>
        <source>Could not open the sign-in page</source>
        <translation>เปิดหน้าลงชื่อเข้าใช้ไม่ได้</translation>
    </message>
    <message>
        <source>%1 Try this link again, or return to the app.</source>
        <translation>%1 ลองเปิดลิงก์นี้อีกครั้ง หรือกลับไปที่แอป.</translation>
    </message>
</context>
<context>
    <name>Logto::TokenClient</name>
    <message>
        <source>signed out: the session was revoked or expired, sign in again</source>
        <translation>ออกจากระบบแล้ว: เซสชันถูกเพิกถอนหรือหมดอายุ โปรดลงชื่อเข้าใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>The sign-in server rejected the sign-in code (expired or already used). Start the sign-in again.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ปฏิเสธรหัสลงชื่อเข้าใช้ (หมดอายุหรือถูกใช้ไปแล้ว) โปรดเริ่มลงชื่อเข้าใช้ใหม่.</translation>
    </message>
    <message>
        <source>The sign-in server rejected the device code (unknown, or already used). Start the sign-in again.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ปฏิเสธรหัสอุปกรณ์ (ไม่รู้จักหรือถูกใช้ไปแล้ว) โปรดเริ่มลงชื่อเข้าใช้ใหม่.</translation>
    </message>
</context>
<context>
    <name>Logto::TokenStore</name>
    <message>
        <source>The keychain did not answer. It may be locked or waiting for a password prompt.</source>
        <translation>พวงกุญแจไม่ตอบสนอง อาจถูกล็อกอยู่หรือกำลังรอให้ป้อนรหัสผ่าน.</translation>
    </message>
    <message>
        <source>No session is stored in the keychain.</source>
        <translation>ไม่มีเซสชันที่เก็บไว้ในพวงกุญแจ.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock it (e.g. in Passwords and Keys) and try again.</source>
        <translation>พวงกุญแจปฏิเสธการเข้าถึง โปรดปลดล็อก (เช่น ในแอป Passwords and Keys) แล้วลองอีกครั้ง.</translation>
    </message>
    <message>
        <source>no secure storage available: %1</source>
        <translation>ไม่มีที่เก็บข้อมูลแบบปลอดภัยที่ใช้งานได้: %1</translation>
    </message>
</context>
<context>
    <name>LoopbackListener</name>
    <message>
        <source>Nothing to do here</source>
        <extracomment>Heading of the browser page for a request to the app&apos;s local sign-in address that is not the sign-in response.</extracomment>
        <translation>ไม่มีอะไรให้ทำในหน้านี้</translation>
    </message>
    <message>
        <source>This address only receives the sign-in response from your browser. Return to the app to continue.</source>
        <extracomment>Text of the browser page for a request to the app&apos;s local sign-in address that is not the sign-in response.</extracomment>
        <translation>ที่อยู่นี้มีไว้รับการตอบกลับการลงชื่อเข้าใช้จากเบราว์เซอร์ของคุณเท่านั้น โปรดกลับไปที่แอปเพื่อดำเนินการต่อ.</translation>
    </message>
    <message>
        <source>A sign-in is already waiting for the browser.</source>
        <extracomment>Error when the app starts a second sign-in while the first one still waits for the browser.</extracomment>
        <translation>มีการลงชื่อเข้าใช้ที่กำลังรอเบราว์เซอร์อยู่แล้ว.</translation>
    </message>
    <message>
        <source>Could not open a local port for the sign-in.</source>
        <extracomment>Error when the app cannot open the local port the browser returns to after sign-in.</extracomment>
        <translation>ไม่สามารถเปิดพอร์ตในเครื่องสำหรับการลงชื่อเข้าใช้ได้.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Logto Sign-in</source>
        <translation>เกี่ยวกับ Logto Sign-in</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Logto Sign-in %1&lt;/h3&gt;&lt;p&gt;Signs you in to Logto through your own browser (RFC 8252), keeps the session in the system keychain and shows your profile and claims.&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Logto Sign-in %1&lt;/h3&gt;&lt;p&gt;ลงชื่อเข้าใช้ Logto ผ่านเบราว์เซอร์ของคุณเอง (RFC 8252) เก็บเซสชันไว้ในพวงกุญแจของระบบ และแสดงโปรไฟล์และการอ้างสิทธิ์ (claims) ของคุณ.&lt;/p&gt;&lt;p&gt;สัญญาอนุญาต MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Restoring your session…</source>
        <translation>กำลังกู้คืนเซสชันของคุณ…</translation>
    </message>
    <message>
        <source>Logto Sign-in</source>
        <translation>Logto Sign-in</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออกจากโปรแกรม (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Logto Sign-in</source>
        <translation>เกี่ยวกับ Logto Sign-in (&amp;A)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>โปรไฟล์</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>การอ้างสิทธิ์</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>รายละเอียดโทเค็น</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Revoke this session and remove it from the keychain</source>
        <translation>เพิกถอนเซสชันนี้และลบออกจากพวงกุญแจ</translation>
    </message>
    <message>
        <source>Sign out and end the browser session</source>
        <translation>ออกจากระบบและสิ้นสุดเซสชันในเบราว์เซอร์</translation>
    </message>
</context>
<context>
    <name>OidcConfig</name>
    <message>
        <source>The address is not a valid URL.</source>
        <translation>ที่อยู่นี้ไม่ใช่ URL ที่ถูกต้อง.</translation>
    </message>
    <message>
        <source>The address must not contain a user name or password.</source>
        <translation>ที่อยู่ต้องไม่มีชื่อผู้ใช้หรือรหัสผ่าน.</translation>
    </message>
    <message>
        <source>Plain http is allowed only on this computer (127.0.0.1, ::1 or localhost); use https.</source>
        <translation>อนุญาตให้ใช้ http ธรรมดาได้เฉพาะบนคอมพิวเตอร์เครื่องนี้ (127.0.0.1, ::1 หรือ localhost) โปรดใช้ https.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>ที่อยู่ต้องขึ้นต้นด้วย https://.</translation>
    </message>
    <message>
        <source>No Logto endpoint is set.</source>
        <translation>ยังไม่ได้ตั้งค่า Logto endpoint.</translation>
    </message>
    <message>
        <source>The Logto endpoint is not a valid URL, e.g. https://your-tenant.logto.app.</source>
        <translation>Logto endpoint ไม่ใช่ URL ที่ถูกต้อง ตัวอย่าง URL ที่ถูกต้อง: https://your-tenant.logto.app.</translation>
    </message>
    <message>
        <source>The Logto endpoint must not contain a query or fragment.</source>
        <translation>Logto endpoint ต้องไม่มีส่วน query หรือ fragment.</translation>
    </message>
    <message>
        <source>No app ID is set. Copy it from the Native app in the Logto Console.</source>
        <translation>ยังไม่ได้ตั้งค่า App ID โปรดคัดลอกจากแอปเนทีฟใน Logto Console.</translation>
    </message>
    <message>
        <source>The app ID may only contain letters, digits and . _ ~ -.</source>
        <translation>App ID ประกอบได้เฉพาะตัวอักษร ตัวเลข และ . _ ~ - เท่านั้น.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid scope.</source>
        <translation>&quot;%1&quot; ไม่ใช่ขอบเขต (scope) ที่ถูกต้อง.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid API resource: use an absolute URI such as https://api.example.com.</source>
        <translation>&quot;%1&quot; ไม่ใช่ทรัพยากร API ที่ถูกต้อง: โปรดใช้ URI แบบเต็ม เช่น https://api.example.com.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Signed in</source>
        <translation>ลงชื่อเข้าใช้แล้ว</translation>
    </message>
    <message>
        <source>This is an Apple private relay address: you chose &quot;Hide My Email&quot;, and Apple forwards mail sent here to your real inbox.</source>
        <translation>นี่คือที่อยู่อีเมลส่งต่อแบบส่วนตัวของ Apple: คุณเลือก &quot;ซ่อนอีเมลของฉัน&quot; (Hide My Email) และ Apple จะส่งต่ออีเมลที่ส่งมาที่ที่อยู่นี้ไปยังกล่องจดหมายจริงของคุณ.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>บัญชีที่เชื่อมโยง</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID ผู้ใช้</translation>
    </message>
</context>
<context>
    <name>PushedAuthorization</name>
    <message>
        <source>The sign-in server sent an answer to the pushed authorization request (PAR) that this app cannot read.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ตอบคำขออนุญาตแบบส่งล่วงหน้า (PAR) ในรูปแบบที่แอปนี้อ่านไม่ได้.</translation>
    </message>
    <message>
        <source>Could not send the authorization request to the sign-in server (PAR): %1 If this goes on, sign in without PAR (--no-par).</source>
        <extracomment>%1 is the reason (a full sentence). PAR: pushed authorization request; --no-par is a command-line option, not translated.</extracomment>
        <translation>ส่งคำขออนุญาตไปยังเซิร์ฟเวอร์ลงชื่อเข้าใช้ไม่ได้ (PAR): %1 หากยังเกิดขึ้นอีก ให้ลงชื่อเข้าใช้โดยไม่ใช้ PAR (--no-par).</translation>
    </message>
    <message>
        <source>Logto does not know the app ID %1 as a Native app. In the Logto Console open Applications, choose your Native app and copy its App ID.</source>
        <translation>Logto ไม่รู้จักรหัสแอป %1 ในฐานะแอป Native ใน Logto Console ให้เปิด Applications เลือกแอป Native ของคุณ แล้วคัดลอก App ID.</translation>
    </message>
    <message>
        <source>Logto refused the redirect URI %1. In the Logto Console open Applications → your app → Redirect URIs, add exactly %2 and save; the app must be a Native app.</source>
        <translation>Logto ปฏิเสธ URI เปลี่ยนเส้นทาง %1 ใน Logto Console ให้เปิด Applications → แอปของคุณ → Redirect URIs เพิ่ม %2 ตามนี้ทุกตัวอักษรแล้วบันทึก แอปต้องเป็นแอป Native.</translation>
    </message>
    <message>
        <source>Logto refused an API resource of this sign-in. Register each resource under API resources in the Logto Console, or leave it out.</source>
        <translation>Logto ปฏิเสธทรัพยากร API ของการลงชื่อเข้าใช้นี้ ให้ลงทะเบียนทรัพยากรแต่ละรายการใน API resources ของ Logto Console หรือไม่ต้องขอทรัพยากรนั้น.</translation>
    </message>
    <message>
        <source>The sign-in server refused the authorization request (PAR): %1 Check the app&apos;s settings in the Logto Console, or sign in without PAR (--no-par).</source>
        <extracomment>%1 is the server&apos;s reason (a full sentence). PAR: pushed authorization request; --no-par is a command-line option, not translated.</extracomment>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ปฏิเสธคำขออนุญาต (PAR): %1 ตรวจสอบการตั้งค่าของแอปใน Logto Console หรือลงชื่อเข้าใช้โดยไม่ใช้ PAR (--no-par).</translation>
    </message>
</context>
<context>
    <name>SessionCommand</name>
    <message>
        <source>the keychain did not take the renewed sign-in; trying again</source>
        <translation>พวงกุญแจไม่รับการลงชื่อเข้าใช้ที่ต่ออายุแล้ว กำลังลองอีกครั้ง</translation>
    </message>
    <message>
        <source>the renewed sign-in could not be saved in the keychain (%1): the next command will have to sign in again</source>
        <translation>บันทึกการลงชื่อเข้าใช้ที่ต่ออายุแล้วลงในพวงกุญแจไม่ได้ (%1): คำสั่งถัดไปจะต้องลงชื่อเข้าใช้ใหม่</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Logto connection</source>
        <translation>การเชื่อมต่อ Logto</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>Endpoint (&amp;E):</translation>
    </message>
    <message>
        <source>https://your-tenant.logto.app</source>
        <extracomment>An example address: keep it as it is.</extracomment>
        <translation>https://your-tenant.logto.app</translation>
    </message>
    <message>
        <source>Your Logto tenant&apos;s address, as shown in the Logto Console</source>
        <translation>ที่อยู่ของผู้เช่า Logto ของคุณ ตามที่แสดงใน Logto Console</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>App &amp;ID:</source>
        <translation>App &amp;ID:</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>Create a Native app in the Logto Console and register the redirect URI http://127.0.0.1/callback</source>
        <translation>สร้างแอปเนทีฟใน Logto Console และลงทะเบียน Redirect URI เป็น http://127.0.0.1/callback</translation>
    </message>
    <message>
        <source>What the app asks for</source>
        <translation>ข้อมูลที่แอปขอเข้าถึง</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>ขอบเขต (&amp;P):</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>เบอร์โทรศัพท์</translation>
    </message>
    <message>
        <source>Custom data</source>
        <translation>ข้อมูลกำหนดเอง</translation>
    </message>
    <message>
        <source>Linked identities (social accounts)</source>
        <translation>ตัวตนที่เชื่อมโยง (บัญชีโซเชียล)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Organization roles</source>
        <translation>บทบาทในองค์กร</translation>
    </message>
    <message>
        <source>Asks for the scope %1</source>
        <extracomment>%1 is an OAuth scope such as email or urn:logto:scope:organizations</extracomment>
        <translation>ร้องขอขอบเขต %1</translation>
    </message>
    <message>
        <source>O&amp;ther scopes:</source>
        <translation>ขอบเขตอื่น ๆ (&amp;T):</translation>
    </message>
    <message>
        <source>Separated by spaces, e.g. address</source>
        <translation>คั่นด้วยช่องว่าง เช่น address</translation>
    </message>
    <message>
        <source>Scopes not listed above, separated by spaces</source>
        <translation>ขอบเขตที่ไม่ได้แสดงไว้ด้านบน คั่นด้วยช่องว่าง</translation>
    </message>
    <message>
        <source>Other scopes</source>
        <translation>ขอบเขตอื่น ๆ</translation>
    </message>
    <message>
        <source>API &amp;resources:</source>
        <translation>ทรัพยากร API (&amp;R):</translation>
    </message>
    <message>
        <source>One per line, e.g. https://api.example.com</source>
        <extracomment>An example API resource indicator: keep the address as it is.</extracomment>
        <translation>บรรทัดละหนึ่งรายการ เช่น https://api.example.com</translation>
    </message>
    <message>
        <source>API resource indicators (RFC 8707) defined in the Logto Console, one per line</source>
        <translation>ตัวระบุทรัพยากร API (RFC 8707) ที่กำหนดไว้ใน Logto Console บรรทัดละหนึ่งรายการ</translation>
    </message>
    <message>
        <source>API resources</source>
        <translation>ทรัพยากร API</translation>
    </message>
    <message>
        <source>One URI per line</source>
        <translation>บรรทัดละหนึ่ง URI</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>ID ขององค์กร (&amp;O):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>ไม่บังคับ</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>ID ขององค์กร</translation>
    </message>
    <message>
        <source>Sign-in window</source>
        <translation>หน้าต่างลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>&amp;Social sign-in:</source>
        <translation>ลงชื่อเข้าใช้ผ่านโซเชียล (&amp;S):</translation>
    </message>
    <message>
        <source>e.g. apple google</source>
        <extracomment>Social connector targets: keep the words apple and google as they are.</extracomment>
        <translation>เช่น apple google</translation>
    </message>
    <message>
        <source>Social sign-in</source>
        <translation>ลงชื่อเข้าใช้ผ่านโซเชียล</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ตามค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field&apos;s name, then what is wrong with what was typed there.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Social targets look like apple or google; &quot;%1&quot; is not one.</source>
        <extracomment>%1 is what was typed; apple and google are connector targets: keep them as they are.</extracomment>
        <translation>target ของตัวเชื่อมต่อโซเชียลมีรูปแบบเช่น apple หรือ google แต่ &quot;%1&quot; ไม่ใช่รูปแบบนั้น.</translation>
    </message>
    <message>
        <source>Without an endpoint and an app ID the window cannot sign in yet; you can add them later.</source>
        <translation>หากไม่มี endpoint และ App ID หน้าต่างนี้จะยังไม่สามารถลงชื่อเข้าใช้ได้ คุณเพิ่มข้อมูลเหล่านี้ภายหลังได้.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Check setup…</source>
        <translation>ตรวจสอบการตั้งค่า…</translation>
    </message>
    <message>
        <source>Runs the checks of logto-signin doctor on the endpoint and app ID above</source>
        <translation>เรียกใช้การตรวจสอบของ logto-signin doctor กับ Endpoint และ App ID ด้านบน</translation>
    </message>
    <message>
        <source>&amp;Device-flow app ID:</source>
        <translation>รหัสแอปโฟลว์อุปกรณ์ (&amp;D):</translation>
    </message>
    <message>
        <source>Device-flow app ID</source>
        <translation>รหัสแอปโฟลว์อุปกรณ์</translation>
    </message>
    <message>
        <source>Optional: for &quot;Sign in with another device&quot;</source>
        <translation>ไม่บังคับ: สำหรับ &quot;ลงชื่อเข้าใช้ด้วยอุปกรณ์อื่น&quot;</translation>
    </message>
    <message>
        <source>Each social connector target becomes a &quot;Continue with ...&quot; button. When the tenant publishes its sign-in experience, the window offers the social sign-ins it has instead, these first.</source>
        <extracomment>&quot;Continue with ...&quot; is the label of those buttons on the sign-in page.</extracomment>
        <translation>target ของตัวเชื่อมต่อโซเชียลแต่ละรายการจะแสดงเป็นปุ่ม &quot;ดำเนินการต่อด้วย ...&quot; หนึ่งปุ่ม เมื่อ tenant เผยแพร่ประสบการณ์การลงชื่อเข้าใช้ หน้าต่างจะแสดงการลงชื่อเข้าใช้ผ่านโซเชียลที่ tenant มีแทน โดยเรียงรายการเหล่านี้ไว้ก่อน.</translation>
    </message>
</context>
<context>
    <name>SetupCheckDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>For screen readers: a check&apos;s title, then passed / failed / note / not checked.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>วิธีแก้: %1</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ไม่ได้ตรวจ</translation>
    </message>
    <message>
        <source>Check setup</source>
        <translation>ตรวจสอบการตั้งค่า</translation>
    </message>
    <message>
        <source>The same checks as logto-signin doctor, for %1 with the app ID %2. No browser is opened.</source>
        <extracomment>%1 is the Logto endpoint, %2 the app ID.</extracomment>
        <translation>การตรวจสอบเดียวกับ logto-signin doctor สำหรับ %1 กับ App ID %2 โดยไม่เปิดเบราว์เซอร์.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>The checks did not finish in the time allowed (%1 seconds).</source>
        <translation>การตรวจสอบไม่เสร็จภายในเวลาที่กำหนด (%1 วินาที).</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>ตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>warning: the server issued no refresh token (the prompt must include consent), so the session was not kept</source>
        <translation>warning: เซิร์ฟเวอร์ไม่ได้ออกโทเค็นรีเฟรช (prompt ต้องมี consent) จึงไม่ได้เก็บเซสชันไว้</translation>
    </message>
    <message>
        <source>Could not open a browser (%1).</source>
        <translation>ไม่สามารถเปิดเบราว์เซอร์ได้ (%1).</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:</source>
        <translation>เปิดที่อยู่นี้ในเบราว์เซอร์เพื่อลงชื่อเข้าใช้:</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the browser (%n second(s))…</source>
        <translation>
            <numerusform>กำลังรอเบราว์เซอร์ (%n วินาที)…</numerusform>
        </translation>
    </message>
    <message>
        <source>No browser and no display here: &apos;sign-in --device&apos; signs in from a phone or another computer instead (it needs Logto 1.38 or later and, as --app-id, an application of type Native whose authorization flow is &quot;Device flow&quot;).</source>
        <translation>ที่นี่ไม่มีเบราว์เซอร์และไม่มีจอแสดงผล: &apos;sign-in --device&apos; ลงชื่อเข้าใช้จากโทรศัพท์หรือคอมพิวเตอร์เครื่องอื่นแทนได้ (ต้องใช้ Logto 1.38 ขึ้นไป และใช้แอปพลิเคชันประเภท Native ที่มีโฟลว์การอนุญาตเป็น &quot;Device flow&quot; เป็น --app-id).</translation>
    </message>
</context>
<context>
    <name>SignInExperience</name>
    <message>
        <source>The sign-in experience is larger than %1 KiB.</source>
        <translation>ประสบการณ์การลงชื่อเข้าใช้มีขนาดใหญ่กว่า %1 KiB.</translation>
    </message>
    <message>
        <source>The sign-in experience is not a JSON object.</source>
        <translation>ประสบการณ์การลงชื่อเข้าใช้ไม่ใช่ออบเจ็กต์ JSON.</translation>
    </message>
    <message>
        <source>The sign-in experience has no list of social connectors.</source>
        <translation>ประสบการณ์การลงชื่อเข้าใช้ไม่มีรายการตัวเชื่อมต่อโซเชียล.</translation>
    </message>
</context>
<context>
    <name>SignInOptions</name>
    <message>
        <source>The prompt is empty; use consent, login consent, or another OpenID prompt value.</source>
        <translation>ค่า prompt ว่างเปล่า โปรดใช้ consent, login consent หรือค่า prompt อื่นของ OpenID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an OpenID prompt value (none, login, consent, select_account).</source>
        <translation>&quot;%1&quot; ไม่ใช่ค่า prompt ของ OpenID (none, login, consent, select_account).</translation>
    </message>
    <message>
        <source>The prompt &quot;none&quot; cannot be combined with other values.</source>
        <translation>ไม่สามารถใช้ค่า prompt &quot;none&quot; ร่วมกับค่าอื่นได้.</translation>
    </message>
    <message>
        <source>Direct sign-in must be social:&lt;target&gt; (e.g. social:apple) or sso:&lt;connector id&gt;.</source>
        <translation>การลงชื่อเข้าใช้โดยตรงต้องอยู่ในรูปแบบ social:&lt;target&gt; (เช่น social:apple) หรือ sso:&lt;connector id&gt;.</translation>
    </message>
    <message>
        <source>The first screen must be one of: %1.</source>
        <translation>หน้าจอแรกต้องเป็นค่าใดค่าหนึ่งต่อไปนี้: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an identifier; use email, phone or username.</source>
        <translation>&quot;%1&quot; ไม่ใช่ตัวระบุ โปรดใช้ email, phone หรือ username.</translation>
    </message>
    <message>
        <source>The identifier &quot;%1&quot; is listed twice.</source>
        <translation>ตัวระบุ &quot;%1&quot; ถูกใส่ไว้ซ้ำสองครั้ง.</translation>
    </message>
    <message>
        <source>The login hint must be a short, printable text such as an email address.</source>
        <translation>ค่า login hint ต้องเป็นข้อความสั้น ๆ ที่แสดงผลได้ เช่น ที่อยู่อีเมล.</translation>
    </message>
    <message>
        <source>The UI locales are empty; use language tags such as th or en-US.</source>
        <translation>ค่าภาษาของหน้าจอ (UI locales) ว่างเปล่า โปรดใช้แท็กภาษา เช่น th หรือ en-US.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language tag such as th or en-US.</source>
        <translation>&quot;%1&quot; ไม่ใช่แท็กภาษา (เช่น th หรือ en-US).</translation>
    </message>
    <message>
        <source>The organization ID may only contain letters, digits and . _ ~ -.</source>
        <translation>ID ขององค์กรประกอบได้เฉพาะตัวอักษร ตัวเลข และ . _ ~ - เท่านั้น.</translation>
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
        <translation>ลงชื่อเข้าใช้ผ่านเบราว์เซอร์ของคุณ เซสชันจะถูกเก็บไว้ในพวงกุญแจของระบบ.</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>ผู้เช่า: %1</translation>
    </message>
    <message>
        <source>No Logto tenant is set up yet. Open Settings to add one.</source>
        <translation>ยังไม่ได้ตั้งค่าผู้เช่า Logto โปรดเปิดการตั้งค่าเพื่อเพิ่มผู้เช่า.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>Create account</source>
        <extracomment>Opens Logto&apos;s registration page (first_screen=register).</extracomment>
        <translation>สร้างบัญชี</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>การตั้งค่า…</translation>
    </message>
    <message>
        <source>Sign in with another device</source>
        <translation>ลงชื่อเข้าใช้ด้วยอุปกรณ์อื่น</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Not signed in; nothing to revoke.</source>
        <translation>ยังไม่ได้ลงชื่อเข้าใช้ จึงไม่มีอะไรต้องเพิกถอน.</translation>
    </message>
    <message>
        <source>warning: the session was removed from this computer, but could not be revoked at the server: %1</source>
        <extracomment>The keychain was cleared, but the provider could not be told (e.g. offline).</extracomment>
        <translation>warning: ลบเซสชันออกจากคอมพิวเตอร์เครื่องนี้แล้ว แต่ไม่สามารถเพิกถอนที่เซิร์ฟเวอร์ได้: %1</translation>
    </message>
    <message>
        <source>warning: could not open the browser to end the browser session: %1</source>
        <translation>warning: ไม่สามารถเปิดเบราว์เซอร์เพื่อสิ้นสุดเซสชันของเบราว์เซอร์ได้: %1</translation>
    </message>
</context>
<context>
    <name>SocialButton</name>
    <message>
        <source>Continue with %1</source>
        <extracomment>%1 is a sign-in provider&apos;s brand name such as Apple or Google; do not translate it.</extracomment>
        <translation>ดำเนินการต่อด้วย %1</translation>
    </message>
    <message>
        <source>Sign in with your %1 account in your browser</source>
        <extracomment>Tooltip of a &quot;Continue with ...&quot; button; %1 is a brand name.</extracomment>
        <translation>ลงชื่อเข้าใช้ด้วยบัญชี %1 ของคุณในเบราว์เซอร์</translation>
    </message>
</context>
<context>
    <name>TokenDetailsView</name>
    <message>
        <source>Algorithm</source>
        <translation>อัลกอริทึม</translation>
    </message>
    <message>
        <source>The signing algorithm is one Logto announces and this app accepts.</source>
        <translation>อัลกอริทึมการลงนามเป็นแบบที่ Logto ประกาศไว้และแอปนี้ยอมรับ.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ลายเซ็น</translation>
    </message>
    <message>
        <source>The token was signed with one of Logto&apos;s published keys.</source>
        <translation>โทเค็นลงนามด้วยคีย์หนึ่งที่ Logto เผยแพร่ไว้.</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>ผู้ออกโทเค็น</translation>
    </message>
    <message>
        <source>The token comes from the configured Logto tenant.</source>
        <translation>โทเค็นมาจากผู้เช่า Logto ที่ตั้งค่าไว้.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>ผู้รับโทเค็น</translation>
    </message>
    <message>
        <source>The token was issued to this app.</source>
        <translation>โทเค็นออกให้แอปนี้.</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>เวลาหมดอายุ</translation>
    </message>
    <message>
        <source>The token had not expired when it arrived.</source>
        <translation>โทเค็นยังไม่หมดอายุเมื่อได้รับ.</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>เวลาที่ออก</translation>
    </message>
    <message>
        <source>The token was not issued in the future.</source>
        <translation>เวลาที่ออกโทเค็นไม่ได้อยู่ในอนาคต.</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>ใช้ได้ตั้งแต่</translation>
    </message>
    <message>
        <source>The token was already valid when it arrived.</source>
        <translation>โทเค็นใช้ได้แล้วเมื่อได้รับ.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>The token is about the same user as before.</source>
        <translation>โทเค็นเป็นของผู้ใช้คนเดียวกับก่อนหน้านี้.</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>The token answers this app&apos;s own sign-in request.</source>
        <translation>โทเค็นเป็นการตอบกลับคำขอลงชื่อเข้าใช้ของแอปนี้เอง.</translation>
    </message>
    <message>
        <source>Access token hash</source>
        <translation>แฮชของโทเค็นการเข้าถึง</translation>
    </message>
    <message>
        <source>The token is bound to the access token that came with it.</source>
        <translation>โทเค็นผูกไว้กับโทเค็นการเข้าถึงที่มาพร้อมกัน.</translation>
    </message>
    <message>
        <source>Sign in with OpenID Connect: an ID token</source>
        <translation>ลงชื่อเข้าใช้ด้วย OpenID Connect: โทเค็น ID</translation>
    </message>
    <message>
        <source>Stay signed in: a refresh token</source>
        <translation>คงสถานะลงชื่อเข้าใช้: โทเค็นรีเฟรช</translation>
    </message>
    <message>
        <source>Your name, username and picture</source>
        <translation>ชื่อ ชื่อผู้ใช้ และรูปภาพของคุณ</translation>
    </message>
    <message>
        <source>Your email address</source>
        <translation>ที่อยู่อีเมลของคุณ</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>เบอร์โทรศัพท์ของคุณ</translation>
    </message>
    <message>
        <source>Your postal address</source>
        <translation>ที่อยู่ทางไปรษณีย์ของคุณ</translation>
    </message>
    <message>
        <source>Extra data stored on your profile</source>
        <translation>ข้อมูลเพิ่มเติมที่เก็บไว้ในโปรไฟล์ของคุณ</translation>
    </message>
    <message>
        <source>The accounts you signed in with, such as Apple</source>
        <translation>บัญชีที่คุณใช้ลงชื่อเข้าใช้ เช่น Apple</translation>
    </message>
    <message>
        <source>Your roles in this tenant</source>
        <translation>บทบาทของคุณในผู้เช่านี้</translation>
    </message>
    <message>
        <source>The organizations you belong to</source>
        <translation>องค์กรที่คุณเป็นสมาชิก</translation>
    </message>
    <message>
        <source>Your roles in your organizations</source>
        <translation>บทบาทของคุณในองค์กรต่าง ๆ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>An expiry time the app does not know.</extracomment>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;54 min&quot;.</extracomment>
        <translation>%1 (ในอีก %2)</translation>
    </message>
    <message>
        <source>%1 (expired %2 ago)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;3 min&quot;.</extracomment>
        <translation>%1 (หมดอายุเมื่อ %2 ที่แล้ว)</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <extracomment>%1 is a date and time, %2 a duration such as &quot;3 h 5 min&quot;.</extracomment>
        <translation>%1 (%2 ที่แล้ว)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>A verification check that passed; %1 is its name (&quot;Signature&quot;).</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>%1: passed</source>
        <extracomment>Read by screen readers; %1 is a check&apos;s name (&quot;Signature&quot;).</extracomment>
        <translation>%1: ผ่าน</translation>
    </message>
    <message>
        <source>– %1: not checked</source>
        <extracomment>A verification check the app did not run; %1 is its name (&quot;Nonce&quot;).</extracomment>
        <translation>– %1: ไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>%1: not checked</source>
        <translation>%1: ไม่ได้ตรวจสอบ</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>Shown in an empty list of scopes or resources.</extracomment>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>โทเค็น ID</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>โทเค็นการเข้าถึง</translation>
    </message>
    <message>
        <source>Session</source>
        <extracomment>Group of facts about the sign-in session (when, refresh token).</extracomment>
        <translation>เซสชัน</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>ออกเมื่อ:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>หมดอายุ:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>ลงชื่อเข้าใช้เมื่อ:</translation>
    </message>
    <message>
        <source>Last refreshed:</source>
        <translation>รีเฟรชล่าสุด:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>โทเค็นรีเฟรช:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not yet</source>
        <extracomment>The session has not been refreshed since sign-in.</extracomment>
        <translation>ยังไม่เคยรีเฟรช</translation>
    </message>
    <message>
        <source>Kept in the system keychain; Logto renews it on every use.</source>
        <translation>เก็บไว้ในพวงกุญแจของระบบ Logto จะออกโทเค็นใหม่ให้ทุกครั้งที่ใช้.</translation>
    </message>
    <message>
        <source>ID token checks</source>
        <translation>การตรวจสอบโทเค็น ID</translation>
    </message>
    <message>
        <source>The checks this app ran on the ID token before trusting it.</source>
        <translation>การตรวจสอบที่แอปนี้ทำกับโทเค็น ID ก่อนจะเชื่อถือ.</translation>
    </message>
    <message>
        <source>Granted scopes</source>
        <translation>ขอบเขตที่ได้รับอนุญาต</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>ทรัพยากร</translation>
    </message>
    <message>
        <source>Copy access token</source>
        <translation>คัดลอกโทเค็นการเข้าถึง</translation>
    </message>
    <message>
        <source>Copies the access token to the clipboard. Anyone who has it can act as you until it expires.</source>
        <translation>คัดลอกโทเค็นการเข้าถึงไปยังคลิปบอร์ด ใครก็ตามที่มีโทเค็นนี้จะดำเนินการในนามของคุณได้จนกว่าโทเค็นจะหมดอายุ.</translation>
    </message>
    <message>
        <source>Copy ID token</source>
        <translation>คัดลอกโทเค็น ID</translation>
    </message>
    <message>
        <source>Copies the ID token to the clipboard. It holds your profile claims.</source>
        <translation>คัดลอกโทเค็น ID ไปยังคลิปบอร์ด โทเค็นนี้มีการอ้างสิทธิ์ในโปรไฟล์ของคุณ.</translation>
    </message>
    <message>
        <source>Algorithm:</source>
        <extracomment>The signing algorithm of the ID token (the JOSE &quot;alg&quot; header), e.g. RS256.</extracomment>
        <translation>อัลกอริทึม:</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <extracomment>The ID of the signing key (the JOSE &quot;kid&quot; header).</extracomment>
        <translation>ID ของคีย์:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>ผู้ออกโทเค็น:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <extracomment>The user ID the token is about (the &quot;sub&quot; claim).</extracomment>
        <translation>ผู้ใช้:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <extracomment>The checks the app ran on the ID token before trusting it.</extracomment>
        <translation>การตรวจสอบ:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <extracomment>The OAuth scopes Logto granted.</extracomment>
        <translation>ขอบเขต:</translation>
    </message>
    <message>
        <source>Resources:</source>
        <extracomment>The API resources (audiences) the session may ask access tokens for.</extracomment>
        <translation>ทรัพยากร:</translation>
    </message>
    <message>
        <source>– %1: not applicable (restored session; checked at sign-in)</source>
        <extracomment>A check that has nothing to check in a session restored from the keychain; %1 is its name (&quot;Nonce&quot;).</extracomment>
        <translation>– %1: ไม่เกี่ยวข้อง (เซสชันที่กู้คืน ตรวจสอบแล้วตอนลงชื่อเข้าใช้)</translation>
    </message>
    <message>
        <source>%1: not applicable, restored session; it was checked at sign-in</source>
        <translation>%1: ไม่เกี่ยวข้อง เป็นเซสชันที่กู้คืน ได้ตรวจสอบแล้วตอนลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>This session was restored from the system keychain. Its ID token answers no sign-in request of this run, so there is no nonce to compare; the nonce was checked when you signed in.</source>
        <translation>เซสชันนี้กู้คืนจากพวงกุญแจของระบบ โทเค็น ID ของเซสชันไม่ได้ตอบคำขอลงชื่อเข้าใช้ใดของการทำงานครั้งนี้ จึงไม่มี nonce ให้เปรียบเทียบ nonce ได้รับการตรวจสอบแล้วตอนที่คุณลงชื่อเข้าใช้.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The sign-in server&apos;s token answer has no access token.</source>
        <translation>คำตอบจากเซิร์ฟเวอร์ลงชื่อเข้าใช้เมื่อขอโทเค็นไม่มีโทเค็นการเข้าถึง.</translation>
    </message>
    <message>
        <source>The sign-in server issued a token type this app does not support.</source>
        <translation>เซิร์ฟเวอร์ลงชื่อเข้าใช้ออกโทเค็นประเภทที่แอปนี้ไม่รองรับ.</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <source>Finishing sign-in…</source>
        <translation>กำลังลงชื่อเข้าใช้ให้เสร็จสิ้น…</translation>
    </message>
    <message>
        <source>Checking the answer from Logto and loading your profile.</source>
        <translation>กำลังตรวจสอบคำตอบจาก Logto และโหลดโปรไฟล์ของคุณ.</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>ดำเนินการต่อในเบราว์เซอร์ของคุณ</translation>
    </message>
    <message>
        <source>Your browser opened Logto&apos;s sign-in page. Sign in there, then come back: this window updates by itself.</source>
        <translation>เบราว์เซอร์ของคุณเปิดหน้าลงชื่อเข้าใช้ของ Logto แล้ว โปรดลงชื่อเข้าใช้ที่นั่นแล้วกลับมาที่นี่ หน้าต่างนี้จะอัปเดตเอง.</translation>
    </message>
    <message>
        <source>Time left: %1</source>
        <extracomment>Countdown while waiting for the browser; %1 is minutes:seconds, e.g. 4:59.</extracomment>
        <translation>เวลาที่เหลือ: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Open browser again</source>
        <translation>เปิดเบราว์เซอร์อีกครั้ง</translation>
    </message>
    <message>
        <source>Copy sign-in link</source>
        <translation>คัดลอกลิงก์ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>Copy the link and paste it into any browser on this computer.</source>
        <translation>คัดลอกลิงก์แล้ววางในเบราว์เซอร์ใดก็ได้บนคอมพิวเตอร์เครื่องนี้.</translation>
    </message>
    <message>
        <source>Sign-in link copied. Paste it into your browser.</source>
        <translation>คัดลอกลิงก์ลงชื่อเข้าใช้แล้ว โปรดวางลงในเบราว์เซอร์ของคุณ.</translation>
    </message>
</context>
<context>
    <name>WindowDisplay</name>
    <message>
        <source>the window needs a display and there is none (DISPLAY and WAYLAND_DISPLAY are not set); to sign in without one run &apos;%1&apos;, or see &apos;%2&apos; for every command</source>
        <extracomment>One line on stderr when the window is started without a display (e.g. over ssh). %1 and %2 are commands to type, keep them as they are.</extracomment>
        <translation>หน้าต่างของแอปต้องมีจอแสดงผล แต่ที่นี่ไม่มี (ไม่ได้ตั้งค่า DISPLAY และ WAYLAND_DISPLAY) หากต้องการลงชื่อเข้าใช้โดยไม่มีจอแสดงผล ให้รัน &apos;%1&apos; หรือดูคำสั่งทั้งหมดได้ที่ &apos;%2&apos;</translation>
    </message>
</context>
</TS>
