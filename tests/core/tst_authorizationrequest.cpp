// SPDX-License-Identifier: MIT
#include "authorizationrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace Logto;
using namespace Qt::StringLiterals;

namespace {

DiscoveryDocument discovery()
{
    const QJsonObject json{
        {u"issuer"_s, u"https://abc.logto.app/oidc"_s},
        {u"authorization_endpoint"_s, u"https://abc.logto.app/oidc/auth"_s},
        {u"token_endpoint"_s, u"https://abc.logto.app/oidc/token"_s},
        {u"jwks_uri"_s, u"https://abc.logto.app/oidc/jwks"_s},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
        {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"ES384"_s}},
    };
    return DiscoveryDocument::fromJson(QJsonDocument(json).toJson(), u"https://abc.logto.app/oidc"_s).value();
}

OidcConfig config()
{
    return OidcConfig(QUrl(u"https://abc.logto.app"_s), u"app-123"_s);
}

const QUrl RedirectUri(u"http://127.0.0.1:54321/callback"_s);

} // namespace

class TestAuthorizationRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void standardParameters();
    void freshSecretsEveryTime();
    void logtoParameters();
    void valuesAreEncodedExactly();
    void invalidOptions_data();
    void invalidOptions();
};

void TestAuthorizationRequest::standardParameters()
{
    OidcConfig cfg = config();
    cfg.setExtraScopes({u"email"_s});
    cfg.setResources({u"https://api.example.com"_s, u"https://billing.example.com"_s});
    const auto request = AuthorizationRequest::create(discovery(), cfg, SignInOptions(), RedirectUri);
    QVERIFY(request.hasValue());
    const QUrl url = request.value().url();
    QCOMPARE(url.toString(QUrl::RemoveQuery), u"https://abc.logto.app/oidc/auth"_s);
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(u"client_id"_s), u"app-123"_s);
    QCOMPARE(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded), RedirectUri.toString());
    QCOMPARE(query.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(query.queryItemValue(u"scope"_s, QUrl::FullyDecoded), u"openid offline_access profile email"_s);
    QCOMPARE(query.queryItemValue(u"prompt"_s), u"consent"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s).toLatin1(), Pkce::challengeFor(request.value().codeVerifier()));
    QCOMPARE(query.queryItemValue(u"state"_s), request.value().state());
    QCOMPARE(query.queryItemValue(u"nonce"_s), request.value().nonce());
    QCOMPARE(query.allQueryItemValues(u"resource"_s, QUrl::FullyDecoded),
             QStringList({u"https://api.example.com"_s, u"https://billing.example.com"_s}));
    // No Logto extras unless asked for.
    QVERIFY(!query.hasQueryItem(u"first_screen"_s));
    QVERIFY(!query.hasQueryItem(u"direct_sign_in"_s));
}

void TestAuthorizationRequest::freshSecretsEveryTime()
{
    const auto a = AuthorizationRequest::create(discovery(), config(), SignInOptions(), RedirectUri);
    const auto b = AuthorizationRequest::create(discovery(), config(), SignInOptions(), RedirectUri);
    QVERIFY(a.hasValue() && b.hasValue());
    QVERIFY(a.value().state() != b.value().state());
    QVERIFY(a.value().nonce() != b.value().nonce());
    QVERIFY(a.value().codeVerifier() != b.value().codeVerifier());
    // 128 bits or more each: 16 random bytes are 22 base64url characters.
    QVERIFY(a.value().state().size() >= 22);
    QVERIFY(a.value().nonce().size() >= 22);
    QVERIFY(a.value().codeVerifier().size() >= 43);
}

void TestAuthorizationRequest::logtoParameters()
{
    SignInOptions options;
    options.directSignIn = u"social:apple"_s;
    options.firstScreen = u"identifier:register"_s;
    options.identifiers = {u"email"_s, u"username"_s};
    options.loginHint = u"alice@example.com"_s;
    options.uiLocales = u"th en-US"_s;
    options.organizationId = u"org-acme"_s;
    options.prompt = u"login consent"_s;
    const auto request = AuthorizationRequest::create(discovery(), config(), options, RedirectUri);
    QVERIFY(request.hasValue());
    const QUrlQuery query(request.value().url());
    QCOMPARE(query.queryItemValue(u"direct_sign_in"_s, QUrl::FullyDecoded), u"social:apple"_s);
    QCOMPARE(query.queryItemValue(u"first_screen"_s, QUrl::FullyDecoded), u"identifier:register"_s);
    QCOMPARE(query.queryItemValue(u"identifier"_s, QUrl::FullyDecoded), u"email username"_s);
    QCOMPARE(query.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded), u"alice@example.com"_s);
    QCOMPARE(query.queryItemValue(u"ui_locales"_s, QUrl::FullyDecoded), u"th en-US"_s);
    QCOMPARE(query.queryItemValue(u"organization_id"_s), u"org-acme"_s);
    QCOMPARE(query.queryItemValue(u"prompt"_s, QUrl::FullyDecoded), u"login consent"_s);
    QCOMPARE(SignInOptions::apple().directSignIn, u"social:apple"_s);
    QCOMPARE(SignInOptions::createAccount().firstScreen, u"register"_s);
}

void TestAuthorizationRequest::valuesAreEncodedExactly()
{
    SignInOptions options;
    options.loginHint = u"alice+tag@example.com"_s;
    const auto request = AuthorizationRequest::create(discovery(), config(), options, RedirectUri);
    QVERIFY(request.hasValue());
    const QByteArray encoded = request.value().url().toEncoded();
    // A '+' must reach the server as %2B: a bare '+' would be read as a space.
    QVERIFY2(encoded.contains("login_hint=alice%2Btag%40example.com"), encoded.constData());
    QVERIFY(encoded.contains("scope=openid%20offline_access%20profile"));
}

void TestAuthorizationRequest::invalidOptions_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("first_screen typo") << u"firstScreen"_s << u"signin"_s;
    QTest::newRow("first_screen empty-ish") << u"firstScreen"_s << u" "_s;
    QTest::newRow("direct_sign_in no kind") << u"directSignIn"_s << u"apple"_s;
    QTest::newRow("direct_sign_in bad kind") << u"directSignIn"_s << u"oauth:apple"_s;
    QTest::newRow("direct_sign_in empty target") << u"directSignIn"_s << u"social:"_s;
    QTest::newRow("direct_sign_in injection") << u"directSignIn"_s << u"social:apple&prompt=none"_s;
    QTest::newRow("identifier unknown") << u"identifiers"_s << u"email fax"_s;
    QTest::newRow("identifier twice") << u"identifiers"_s << u"email email"_s;
    QTest::newRow("login_hint control char") << u"loginHint"_s << u"alice\n"_s;
    QTest::newRow("login_hint too long") << u"loginHint"_s << QString(300, u'a');
    QTest::newRow("ui_locales bad tag") << u"uiLocales"_s << u"th_TH"_s;
    QTest::newRow("organization bad") << u"organizationId"_s << u"org acme"_s;
    QTest::newRow("prompt unknown") << u"prompt"_s << u"consnet"_s;
    QTest::newRow("prompt none combined") << u"prompt"_s << u"none consent"_s;
}

void TestAuthorizationRequest::invalidOptions()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    SignInOptions options;
    if (field == u"firstScreen")
        options.firstScreen = value;
    else if (field == u"directSignIn")
        options.directSignIn = value;
    else if (field == u"identifiers")
        options.identifiers = value.split(u' ');
    else if (field == u"loginHint")
        options.loginHint = value;
    else if (field == u"uiLocales")
        options.uiLocales = value;
    else if (field == u"organizationId")
        options.organizationId = value;
    else if (field == u"prompt")
        options.prompt = value;
    const auto request = AuthorizationRequest::create(discovery(), config(), options, RedirectUri);
    QVERIFY(!request.hasValue());
    QCOMPARE(request.error().code, Error::Code::InvalidInput);
    QVERIFY(!request.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "tst_authorizationrequest.moc"
