// SPDX-License-Identifier: MIT
#include "oidcconfig.h"

#include <QTest>

using namespace Logto;
using namespace Qt::StringLiterals;

class TestOidcConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateEndpoint_data();
    void validateEndpoint();
    void issuerAndDiscovery();
    void scopesStartWithReservedOnes();
    void validate_data();
    void validate();
};

void TestOidcConfig::validateEndpoint_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("https tenant") << u"https://abc.logto.app/"_s << true << u"https://abc.logto.app"_s;
    QTest::newRow("https upper case host") << u"https://ABC.Logto.app"_s << true << u"https://abc.logto.app"_s;
    QTest::newRow("https with path") << u"https://example.com/logto//"_s << true << u"https://example.com/logto"_s;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:3001"_s << true << u"http://127.0.0.1:3001"_s;
    QTest::newRow("http loopback 127/8") << u"http://127.1.2.3"_s << true << u"http://127.1.2.3"_s;
    QTest::newRow("http loopback v6") << u"http://[::1]:3001"_s << true << u"http://[::1]:3001"_s;
    QTest::newRow("http localhost") << u"http://LOCALHOST:3001"_s << true << u"http://localhost:3001"_s;
    QTest::newRow("http remote") << u"http://abc.logto.app"_s << false << QString();
    QTest::newRow("http lookalike") << u"http://127.0.0.1.evil.example"_s << false << QString();
    QTest::newRow("http private range") << u"http://192.168.1.10"_s << false << QString();
    QTest::newRow("credentials") << u"https://user:pass@abc.logto.app"_s << false << QString();
    QTest::newRow("query") << u"https://abc.logto.app/?x=1"_s << false << QString();
    QTest::newRow("fragment") << u"https://abc.logto.app/#x"_s << false << QString();
    QTest::newRow("no scheme") << u"abc.logto.app"_s << false << QString();
    QTest::newRow("ftp") << u"ftp://abc.logto.app"_s << false << QString();
    QTest::newRow("empty") << QString() << false << QString();
}

void TestOidcConfig::validateEndpoint()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(QString, normalised);

    const auto result = OidcConfig::validateEndpoint(input);
    QCOMPARE(result.hasValue(), accepted);
    if (accepted)
        QCOMPARE(result.value().toString(), normalised);
    else
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
}

void TestOidcConfig::issuerAndDiscovery()
{
    const OidcConfig config(QUrl(u"https://abc.logto.app"_s), u"app"_s);
    QCOMPARE(config.issuer(), u"https://abc.logto.app/oidc"_s);
    QCOMPARE(config.discoveryUrl().toString(), u"https://abc.logto.app/oidc/.well-known/openid-configuration"_s);
}

void TestOidcConfig::scopesStartWithReservedOnes()
{
    OidcConfig config(QUrl(u"https://abc.logto.app"_s), u"app"_s);
    config.setExtraScopes({u"email"_s, u"openid"_s, u"roles"_s, u"email"_s});
    QCOMPARE(config.scopes(), QStringList({u"openid"_s, u"offline_access"_s, u"profile"_s, u"email"_s, u"roles"_s}));
}

void TestOidcConfig::validate_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("resources");
    QTest::addColumn<bool>("valid");

    QTest::newRow("plain") << u"abc123xyz"_s << QStringList() << QStringList() << true;
    QTest::newRow("logto scopes") << u"abc"_s << QStringList{u"urn:logto:scope:organizations"_s, u"custom_data"_s}
                                  << QStringList{u"https://api.example.com"_s} << true;
    QTest::newRow("org resource") << u"abc"_s << QStringList() << QStringList{u"urn:logto:resource:organizations"_s}
                                  << true;
    QTest::newRow("empty app id") << QString() << QStringList() << QStringList() << false;
    QTest::newRow("app id with space") << u"a b"_s << QStringList() << QStringList() << false;
    QTest::newRow("scope with space") << u"abc"_s << QStringList{u"a b"_s} << QStringList() << false;
    QTest::newRow("scope with quote") << u"abc"_s << QStringList{u"a\"b"_s} << QStringList() << false;
    QTest::newRow("relative resource") << u"abc"_s << QStringList() << QStringList{u"/api"_s} << false;
    QTest::newRow("resource with fragment")
        << u"abc"_s << QStringList() << QStringList{u"https://api.example.com#x"_s} << false;
}

void TestOidcConfig::validate()
{
    QFETCH(QString, appId);
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, resources);
    QFETCH(bool, valid);

    OidcConfig config(QUrl(u"https://abc.logto.app"_s), appId);
    config.setExtraScopes(scopes);
    config.setResources(resources);
    const auto result = config.validate();
    QCOMPARE(result.hasValue(), valid);
}

QTEST_GUILESS_MAIN(TestOidcConfig)
#include "tst_oidcconfig.moc"
