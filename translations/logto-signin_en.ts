<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ClaimsModel</name>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>A short duration in seconds, as in &quot;expires in 45 s&quot;.</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A short duration in minutes, as in &quot;expires in 54 min&quot;.</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in whole hours, as in &quot;expires in 2 h&quot;.</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>A duration in whole days, as in &quot;expires in 3 days&quot;.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <extracomment>Summary of a list value; %n is the number of elements.</extracomment>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <extracomment>Summary of an object value; %n is the number of fields.</extracomment>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceSignInCommand</name>
    <message numerus="yes">
        <source>Waiting for the other device (up to %n second(s); Ctrl-C cancels)…</source>
        <translation>
            <numerusform>Waiting for the other device (up to %n second; Ctrl-C cancels)…</numerusform>
            <numerusform>Waiting for the other device (up to %n seconds; Ctrl-C cancels)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoctorCommand</name>
    <message numerus="yes">
        <source>%n check(s) did not pass.</source>
        <translation>
            <numerusform>%n check did not pass.</numerusform>
            <numerusform>%n checks did not pass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logto::DeviceSignInFlow</name>
    <message numerus="yes">
        <source>timed out waiting for the other device: the sign-in was not completed within %n second(s)</source>
        <translation>
            <numerusform>timed out waiting for the other device: the sign-in was not completed within %n second</numerusform>
            <numerusform>timed out waiting for the other device: the sign-in was not completed within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logto::OidcProvider</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) ahead of the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</source>
        <translation>
            <numerusform>Your computer&apos;s clock is %n minute ahead of the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</numerusform>
            <numerusform>Your computer&apos;s clock is %n minutes ahead of the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) behind the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</source>
        <translation>
            <numerusform>Your computer&apos;s clock is %n minute behind the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</numerusform>
            <numerusform>Your computer&apos;s clock is %n minutes behind the sign-in server&apos;s. Set the correct time (turn on automatic time) and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logto::SetupCheck</name>
    <message numerus="yes">
        <source>Within %n second(s) of the provider&apos;s clock.</source>
        <translation>
            <numerusform>Within %n second of the provider&apos;s clock.</numerusform>
            <numerusform>Within %n seconds of the provider&apos;s clock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the provider&apos;s.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of the provider&apos;s.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of the provider&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the provider&apos;s.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind the provider&apos;s.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind the provider&apos;s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Logto::SignInFlow</name>
    <message numerus="yes">
        <source>timed out waiting for the browser: the sign-in was not completed within %n second(s)</source>
        <translation>
            <numerusform>timed out waiting for the browser: the sign-in was not completed within %n second</numerusform>
            <numerusform>timed out waiting for the browser: the sign-in was not completed within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message numerus="yes">
        <source>Waiting for the browser (%n second(s))…</source>
        <translation>
            <numerusform>Waiting for the browser (%n second)…</numerusform>
            <numerusform>Waiting for the browser (%n seconds)…</numerusform>
        </translation>
    </message>
</context>
</TS>
