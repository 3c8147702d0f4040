// SPDX-License-Identifier: MIT
// The tenant's public sign-in experience (<endpoint>/api/.well-known/sign-in-exp): Logto's shape
// is read, and whatever else a server sends is either refused whole or cut down to what is safe
// to put on a button.
#include "httpclient.h"
#include "signinexperience.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Logto;
using namespace Qt::StringLiterals;

namespace {

QJsonObject connector(const QString &id, const QString &target, const QJsonObject &name, const QString &platform)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"target"_s, target},
        {u"name"_s, name},
        {u"logo"_s, u"https://logto.example/%1.svg"_s.arg(target)},
        {u"logoDark"_s, QJsonValue::Null},
        {u"platform"_s, platform},
        {u"isStandard"_s, false},
        {u"description"_s, QJsonObject{{u"en"_s, u"Sign in with %1"_s.arg(target)}}},
    };
}

// What Logto 1.37 serves, trimmed of branding, CSS and policies (which are not read).
QJsonObject logtoDocument()
{
    return QJsonObject{
        {u"id"_s, u"default"_s},
        {u"tenantId"_s, u"default"_s},
        {u"signInMode"_s, u"SignInAndRegister"_s},
        {u"singleSignOnEnabled"_s, false},
        {u"languageInfo"_s, QJsonObject{{u"autoDetect"_s, true}, {u"fallbackLanguage"_s, u"en"_s}}},
        {u"signIn"_s,
         QJsonObject{{u"methods"_s,
                      QJsonArray{QJsonObject{{u"identifier"_s, u"username"_s},
                                             {u"password"_s, true},
                                             {u"verificationCode"_s, false},
                                             {u"isPasswordPrimary"_s, true}},
                                 QJsonObject{{u"identifier"_s, u"email"_s},
                                             {u"password"_s, true},
                                             {u"verificationCode"_s, true},
                                             {u"isPasswordPrimary"_s, true}}}}}},
        {u"signUp"_s,
         QJsonObject{{u"identifiers"_s, QJsonArray{u"username"_s}}, {u"password"_s, true}, {u"verify"_s, false}}},
        {u"socialSignInConnectorTargets"_s, QJsonArray{u"apple"_s, u"wechat"_s}},
        {u"socialConnectors"_s,
         QJsonArray{connector(u"k1apple"_s, u"apple"_s, {{u"en"_s, u"Apple"_s}}, u"Web"_s),
                    connector(u"k2wechat"_s,
                              u"wechat"_s,
                              {{u"en"_s, u"WeChat"_s}, {u"zh-CN"_s, u"微信"_s}, {u"zh-TW"_s, u"微信（繁）"_s}},
                              u"Web"_s),
                    // The same target again for another platform: one button.
                    connector(u"k3wechat"_s, u"wechat"_s, {{u"en"_s, u"WeChat (app)"_s}}, u"Native"_s)}},
        {u"ssoConnectors"_s, QJsonArray()},
    };
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestSignInExperience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsLogtoShape();
    void noSocialConnectors();
    void names_data();
    void names();
    void url_data();
    void url();
    void refuses_data();
    void refuses();
    void skipsUnusableConnectors();
    void cleansNames();
    void boundsTheList();
};

void TestSignInExperience::readsLogtoShape()
{
    const auto parsed = SignInExperience::fromJson(bytes(logtoDocument()));
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
    const SignInExperience &experience = parsed.value();
    QCOMPARE(experience.socialTargets(), QStringList({u"apple"_s, u"wechat"_s}));
    QVERIFY(experience.offers(u"apple"_s));
    QVERIFY(!experience.offers(u"google"_s));
    QVERIFY(!experience.offers(u"Apple"_s)); // targets are exact
    QCOMPARE(experience.socialConnector(u"wechat"_s)->id, u"k2wechat"_s); // the first of a target
    QCOMPARE(experience.socialConnector(u"apple"_s)->names.value(u"en"_s), u"Apple"_s);
    QCOMPARE(experience.signInIdentifiers(), QStringList({u"username"_s, u"email"_s}));
    QCOMPARE(experience.signUpIdentifiers(), QStringList({u"username"_s}));
}

void TestSignInExperience::noSocialConnectors()
{
    QJsonObject document = logtoDocument();
    document.insert(u"socialConnectors"_s, QJsonArray());
    const auto parsed = SignInExperience::fromObject(document);
    QVERIFY(parsed);
    QVERIFY(parsed.value().socialConnectors().isEmpty());
    QVERIFY(!parsed.value().offers(u"apple"_s));
}

void TestSignInExperience::names_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact tag") << u"zh_CN"_s << u"微信"_s;
    QTest::newRow("other region of the language") << u"zh_HK"_s << u"微信"_s;
    QTest::newRow("English") << u"en_US"_s << u"WeChat"_s;
    QTest::newRow("none in Thai: English") << u"th_TH"_s << u"WeChat"_s;
    QTest::newRow("C locale: English") << u"C"_s << u"WeChat"_s;
}

void TestSignInExperience::names()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const auto parsed = SignInExperience::fromObject(logtoDocument());
    QVERIFY(parsed);
    const SocialConnector wechat = *parsed.value().socialConnector(u"wechat"_s);
    QCOMPARE(wechat.name(QLocale(locale)), expected);

    // No English name: whatever the tenant gave; none at all: empty (the caller names it).
    SocialConnector only;
    only.target = u"line"_s;
    only.names = {{u"ja"_s, u"LINE（日本）"_s}};
    QCOMPARE(only.name(QLocale(locale)), u"LINE（日本）"_s);
    only.names.clear();
    QVERIFY(only.name(QLocale(locale)).isEmpty());
}

void TestSignInExperience::url_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tenant") << u"https://abc.logto.app"_s << u"https://abc.logto.app/api/.well-known/sign-in-exp"_s;
    QTest::newRow("port") << u"http://127.0.0.1:3001"_s << u"http://127.0.0.1:3001/api/.well-known/sign-in-exp"_s;
    QTest::newRow("path prefix") << u"https://example.com/logto/"_s
                                 << u"https://example.com/logto/api/.well-known/sign-in-exp"_s;
}

void TestSignInExperience::url()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    QCOMPARE(SignInExperience::url(QUrl(endpoint)).toString(), expected);
}

void TestSignInExperience::refuses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"not a JSON object"_s;
    QTest::newRow("HTML") << QByteArray("<!doctype html><title>Logto</title>") << u"not a JSON object"_s;
    QTest::newRow("array") << QByteArray("[{\"target\":\"apple\"}]") << u"not a JSON object"_s;
    QTest::newRow("cut off") << bytes(logtoDocument()).chopped(10) << u"not a JSON object"_s;
    QTest::newRow("no connectors") << QByteArray("{\"signIn\":{\"methods\":[]}}") << u"no list"_s;
    QTest::newRow("connectors not a list") << QByteArray("{\"socialConnectors\":{\"apple\":{}}}") << u"no list"_s;
    QTest::newRow("error object") << QByteArray("{\"code\":\"guard.invalid_pathname\",\"message\":\"x\"}")
                                  << u"no list"_s;
    // Valid JSON one byte over the cap: refused before it is parsed.
    QByteArray huge = "{\"socialConnectors\":[],\"padding\":\"";
    huge += QByteArray(ResponseLimit::SignInExperience + 1 - huge.size() - 2, 'A');
    huge += "\"}";
    QCOMPARE(huge.size(), ResponseLimit::SignInExperience + 1);
    QTest::newRow("over the cap") << huge << u"larger than 256 KiB"_s;
}

void TestSignInExperience::refuses()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    const auto parsed = SignInExperience::fromJson(body);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().message.contains(reason), qPrintable(parsed.error().message));

    // Exactly at the cap is still read.
    if (reason.contains(u"larger"_s)) {
        const auto atCap = SignInExperience::fromJson(body.remove(body.size() - 3, 1));
        QVERIFY2(atCap, qPrintable(atCap ? QString() : atCap.error().message));
    }
}

void TestSignInExperience::skipsUnusableConnectors()
{
    QJsonObject document = logtoDocument();
    document.insert(u"socialConnectors"_s,
                    QJsonArray{u"apple"_s,
                               42,
                               QJsonValue::Null,
                               QJsonObject{{u"id"_s, u"no-target"_s}},
                               connector(u"a"_s, u"apple google"_s, {}, u"Web"_s),
                               connector(u"b"_s, u"../apple"_s, {}, u"Web"_s),
                               connector(u"c"_s, QString(), {}, u"Web"_s),
                               connector(u"d"_s, QString(129, u'a'), {}, u"Web"_s),
                               QJsonObject{{u"id"_s, u"e"_s}, {u"target"_s, 7}},
                               connector(u"f"_s, u"google"_s, {}, u"Universal"_s)});
    // Identifiers Logto does not have are left out, and so are repeats.
    document.insert(u"signUp"_s, QJsonObject{{u"identifiers"_s, QJsonArray{u"email"_s, u"fax"_s, u"email"_s, 1}}});
    const auto parsed = SignInExperience::fromObject(document);
    QVERIFY(parsed);
    QCOMPARE(parsed.value().socialTargets(), QStringList{u"google"_s});
    QVERIFY(parsed.value().socialConnector(u"google"_s)->names.isEmpty());
    QCOMPARE(parsed.value().signUpIdentifiers(), QStringList{u"email"_s});
}

void TestSignInExperience::cleansNames()
{
    QJsonObject document = logtoDocument();
    const QString longName = QString(80, u'x');
    document.insert(u"socialConnectors"_s,
                    QJsonArray{connector(u"a"_s,
                                         u"acme"_s,
                                         {{u"en"_s, u"  Acme\nID\u202e\u0007  "_s},
                                          {u"fr"_s, longName},
                                          {u"de"_s, u"   "_s},
                                          {u"not a tag"_s, u"Spoof"_s},
                                          {u"ja"_s, 3}},
                                         u"Web"_s)});
    const auto parsed = SignInExperience::fromObject(document);
    QVERIFY(parsed);
    const QMap<QString, QString> names = parsed.value().socialConnector(u"acme"_s)->names;
    QCOMPARE(names.keys(), QStringList({u"en"_s, u"fr"_s}));
    QCOMPARE(names.value(u"en"_s), u"Acme ID"_s); // one line, no direction override, no bell
    QCOMPARE(names.value(u"fr"_s).size(), SignInExperience::MaximumNameLength + 1);
    QVERIFY(names.value(u"fr"_s).endsWith(QChar(0x2026)));
}

void TestSignInExperience::boundsTheList()
{
    QJsonArray many;
    for (int i = 0; i < 500; ++i)
        many.append(connector(u"id%1"_s.arg(i), u"target%1"_s.arg(i), {{u"en"_s, u"T%1"_s.arg(i)}}, u"Web"_s));
    QJsonObject document = logtoDocument();
    document.insert(u"socialConnectors"_s, many);
    const auto parsed = SignInExperience::fromObject(document);
    QVERIFY(parsed);
    QCOMPARE(parsed.value().socialConnectors().size(), SignInExperience::MaximumConnectors);
    QCOMPARE(parsed.value().socialTargets().first(), u"target0"_s);
}

QTEST_GUILESS_MAIN(TestSignInExperience)
#include "tst_signinexperience.moc"
