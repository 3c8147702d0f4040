// SPDX-License-Identifier: MIT
// OpenID Foundation RP conformance cases that apply to a public, native code-flow client, run end
// to end: the real logto-signin, the Logto-shaped provider corrupting its answers (--mutate, see
// tests/idp/README.md), the real Secret Service. Each data row is named after the conformance
// suite's test ID. A rejected ID token must leave nothing behind: no userinfo call, nothing in the
// keychain, no secret in any output or file (every logging category is on).
#include "cliprocess.h"
#include "harness.h"

#include <QJsonDocument>
#include <QTest>

using namespace Hardening;
using namespace Qt::StringLiterals;

class TestRpConformance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void idToken_data();
    void idToken();
    void responseTypeCode();
    void discovery_data();
    void discovery();
    void userinfo_data();
    void userinfo();
    void keyRotation_data();
    void keyRotation();
    void refreshedIdToken_data();
    void refreshedIdToken();
};

void TestRpConformance::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY2(QFile::exists(Idp::directory() + u"/node_modules"_s), "tests/idp/node_modules is missing: npm ci");
    // The leak scan must be able to fail: a verifier is found through its challenge.
    Secrets secrets;
    const QByteArray verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    secrets.addAuthorizationRequest(QUrl(u"http://x/?state=0123456789abcdef0123&code_challenge="_s
                                         + u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s));
    QCOMPARE(secrets.findIn("log: verifier=" + verifier + "\n", u"x"_s).size(), 1);
    QCOMPARE(secrets.findIn("state 0123456789abcdef0123", u"x"_s).size(), 1);
    QCOMPARE(secrets.findIn("nothing here", u"x"_s).size(), 0);
}

void TestRpConformance::init()
{
    Keyring::clear();
    QCOMPARE(Keyring::itemCount(), 0);
}

// ---------------------------------------------------------------------------------------------
// ID token checks at sign-in

void TestRpConformance::idToken_data()
{
    QTest::addColumn<QStringList>("idpArguments");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("message"); // rejected: in the error line; accepted: the stored token's alg

    const auto row = [](const char *id,
                        const QString &mutation,
                        bool accepted,
                        const QString &message,
                        const QString &alg = u"ES384"_s) {
        // ES256 tokens come from a mutation (the provider's own key is ES384 or RS256).
        QStringList arguments{u"--alg"_s, alg == "ES256"_L1 ? u"ES384"_s : alg};
        if (!mutation.isEmpty())
            arguments << u"--mutate"_s << mutation;
        QTest::newRow(id) << arguments << accepted << (accepted ? alg : message);
    };
    // Claims (each mutation re-signs with the provider's real key: only the claim is wrong).
    row("rp-id_token-issuer-mismatch", u"id_token_iss"_s, false, u"issuer does not match"_s);
    row("rp-id_token-sub", u"id_token_sub_missing"_s, false, u"does not say who signed in"_s);
    row("rp-id_token-aud", u"id_token_aud"_s, false, u"different app"_s);
    row("rp-id_token-aud/missing", u"id_token_aud_missing"_s, false, u"different app"_s);
    row("rp-id_token-iat", u"id_token_iat_missing"_s, false, u"issue time is missing"_s);
    row("rp-nonce-invalid", u"id_token_nonce"_s, false, u"does not belong to this sign-in"_s);
    // Keys and signatures.
    row("rp-id_token-kid-absent-single-jwks", u"id_token_kid_absent"_s, true, {});
    // Two keys fit and the header does not say which: ambiguous, so rejected (documented choice,
    // app/core/jsonwebkeyset.h), never "try each key".
    row("rp-id_token-kid-absent-multiple-jwks",
        u"id_token_kid_absent_multiple_jwks"_s,
        false,
        u"None of the provider's signing keys"_s);
    row("rp-id_token-sig-rs256", {}, true, {}, u"RS256"_s);
    row("rp-id_token-sig-es256", u"id_token_es256"_s, true, {}, u"ES256"_s);
    row("rp-id_token-sig-es384", {}, true, {});
    row("rp-id_token-sig-none", u"id_token_alg_none"_s, false, u"algorithm is not allowed"_s);
    row("rp-id_token-bad-sig-rs256", u"id_token_bad_sig"_s, false, u"signature is not valid"_s, u"RS256"_s);
    row("rp-id_token-bad-sig-rs256/every-byte",
        u"id_token_sig_inverted"_s,
        false,
        u"signature is not valid"_s,
        u"RS256"_s);
    row("rp-id_token-bad-sig-es256", u"id_token_bad_sig_es256"_s, false, u"signature is not valid"_s, u"ES256"_s);
    row("rp-id_token-bad-sig-es384", u"id_token_bad_sig"_s, false, u"signature is not valid"_s);
    row("rp-id_token-bad-sig-es384/every-byte", u"id_token_sig_inverted"_s, false, u"signature is not valid"_s);
    // Any HS*: an HMAC "signed" with a guessable secret, whatever discovery lists.
    row("rp-id_token-bad-sig-hs256", u"id_token_alg_hs256"_s, false, u"algorithm is not allowed"_s);
}

void TestRpConformance::idToken()
{
    QFETCH(QStringList, idpArguments);
    QFETCH(bool, accepted);
    QFETCH(QString, message);

    Idp idp(idpArguments);
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const QString mutation = idpArguments.value(idpArguments.indexOf(u"--mutate"_s) + 1);
    if (mutation == "id_token_kid_absent_multiple_jwks"_L1 || mutation.contains("es256"_L1)) {
        QVERIFY2(idp.getJson(u"/oidc/jwks"_s).value("keys"_L1).toArray().size() == 2,
                 "the JWKS has no second key: server.mjs needs the `jwks` mutation hook (tests/idp/README.md)");
        QVERIFY(idp.post(u"/__test/log/clear"_s));
    }
    SignIn signIn(idp);
    RawResponse page;
    signInToTheEnd(signIn, &page);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(idp.tokenRequests(u"authorization_code"_s), 1);
    // The sign-in itself never calls userinfo; after a rejected ID token nothing else may either.
    QCOMPARE(idp.userinfoRequests(), 0);
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("Cache-Control"), "no-store");
    if (accepted) {
        QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
        const QJsonObject claims = QJsonDocument::fromJson(signIn.out()).object();
        QCOMPARE(claims.value("iss"_L1).toString(), idp.issuer());
        QCOMPARE(claims.value("sub"_L1).toString(), u"u-alice"_s);
        QCOMPARE(Keyring::itemCount(), 3);
        const QJsonObject header = jwsHeader(Keyring::lookup(u"%1 %2 id_token"_s.arg(idp.issuer(), AppId)));
        QCOMPARE(header.value("alg"_L1).toString(), message);
        if (QByteArray(QTest::currentDataTag()).contains("kid-absent"))
            QVERIFY(!header.contains("kid"_L1));
        QVERIFY2(page.body.contains("class=\"success\""), page.body.constData());
    } else {
        QVERIFY2(signIn.exitCode() == 1, signIn.describe().constData());
        QVERIFY(signIn.out().isEmpty());
        QVERIFY2(isOneErrorLine(signIn.err()), signIn.describe().constData());
        QVERIFY2(signIn.err().contains(message.toUtf8()), signIn.describe().constData());
        QCOMPARE(Keyring::itemCount(), 0);
        QVERIFY2(page.body.contains("class=\"error\""), page.body.constData());
    }
    verifyNoSecretLeaked(signIn);
}

// rp-response_type-code: the authorization request asks for the code flow only, with PKCE S256,
// state and nonce, and the code goes to the token endpoint exactly once. This one runs with the
// real headless Chromium as the browser (record-browser.sh, then tests/idp/browser.mjs).
void TestRpConformance::responseTypeCode()
{
    Idp idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn signIn(idp);
    signIn.environment().insert(u"HARDENING_CHROMIUM"_s, u"1"_s);
    QVERIFY(signIn.start());
    QVERIFY2(signIn.waitForAuthorizationUrl(), signIn.describe().constData());
    QVERIFY2(signIn.waitForFinished(90000), signIn.describe().constData());
    QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
    QCOMPARE(signIn.parameter(u"response_type"_s), u"code"_s);
    QCOMPARE(signIn.parameter(u"code_challenge_method"_s), u"S256"_s);
    QVERIFY(!signIn.parameter(u"response_mode"_s).contains("fragment"_L1));
    QVERIFY(signIn.state().size() >= 22); // 128 bits, base64url
    QVERIFY(signIn.parameter(u"nonce"_s).size() >= 22);
    QCOMPARE(signIn.parameter(u"code_challenge"_s).size(), 43);
    QCOMPARE(idp.count(u"GET"_s, u"/oidc/auth"_s), 1);
    QCOMPARE(idp.tokenRequests(u"authorization_code"_s), 1);
    QCOMPARE(Keyring::itemCount(), 3);
    verifyNoSecretLeaked(signIn);
}

// ---------------------------------------------------------------------------------------------
// Discovery

void TestRpConformance::discovery_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::newRow("rp-discovery-openid-configuration") << QString();
    QTest::newRow("rp-discovery-jwks_uri-keys") << QString();
    QTest::newRow("rp-discovery-issuer-not-matching-config") << u"issuer_mismatch"_s;
}

void TestRpConformance::discovery()
{
    QFETCH(QString, mutation);
    Idp idp(mutation.isEmpty() ? QStringList() : QStringList{u"--mutate"_s, mutation});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn signIn(idp);

    if (!mutation.isEmpty()) {
        // The issuer in the document is not <endpoint>/oidc: stop before any browser opens.
        QVERIFY(signIn.start());
        QVERIFY2(signIn.waitForFinished(), signIn.describe().constData());
        QVERIFY2(signIn.exitCode() == 1, signIn.describe().constData());
        QVERIFY2(signIn.err().contains("issuer does not match the endpoint"), signIn.describe().constData());
        QVERIFY(signIn.authorizationUrl().isEmpty());
        QVERIFY(!QFile::exists(signIn.environment().value(u"HARDENING_URL_FILE"_s)));
        QCOMPARE(idp.count(u"GET"_s, u"/oidc/.well-known/openid-configuration"_s), 1);
        QCOMPARE(idp.count(u"GET"_s, u"/oidc/auth"_s), 0); // no authorization request was made
        QCOMPARE(idp.tokenRequests(), 0);
        QCOMPARE(Keyring::itemCount(), 0);
        return;
    }

    signInToTheEnd(signIn);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
    // Endpoints come from the document, fetched first; the keys from its jwks_uri.
    const QJsonObject document = idp.getJson(u"/oidc/.well-known/openid-configuration"_s);
    QCOMPARE(signIn.authorizationUrl().adjusted(QUrl::RemoveQuery).toString(),
             document.value("authorization_endpoint"_L1).toString());
    const QJsonArray log = idp.log();
    QVERIFY(!log.isEmpty());
    QCOMPARE(log.first().toObject().value("path"_L1).toString(), u"/oidc/.well-known/openid-configuration"_s);
    QCOMPARE(QUrl(document.value("jwks_uri"_L1).toString()).path(), u"/oidc/jwks"_s);
    QCOMPARE(idp.count(u"GET"_s, u"/oidc/jwks"_s), 1);
    const QString kid =
        jwsHeader(Keyring::lookup(u"%1 %2 id_token"_s.arg(idp.issuer(), AppId))).value("kid"_L1).toString();
    const QJsonArray keys = idp.getJson(u"/oidc/jwks"_s).value("keys"_L1).toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().toObject().value("kid"_L1).toString(), kid);
    verifyNoSecretLeaked(signIn);
}

// ---------------------------------------------------------------------------------------------
// Userinfo (after sign-in, with `logto-signin userinfo`)

void TestRpConformance::userinfo_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QStringList>("scopes");
    // The ID token's sub (re-signed: valid) is not the sub /oidc/me answers with.
    QTest::newRow("rp-userinfo-bad-sub-claim") << u"id_token_sub"_s << QStringList();
    // oidc-provider takes no access token from the query (acceptQueryParamAccessTokens: false) and
    // a GET has no body: a 200 on GET /oidc/me means the Authorization: Bearer header was used.
    QTest::newRow("rp-userinfo-bearer-header") << QString() << QStringList();
    QTest::newRow("rp-scope-userinfo-claims") << QString() << QStringList{u"email"_s, u"phone"_s, u"custom_data"_s};
}

void TestRpConformance::userinfo()
{
    QFETCH(QString, mutation);
    QFETCH(QStringList, scopes);
    Idp idp(mutation.isEmpty() ? QStringList() : QStringList{u"--mutate"_s, mutation});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    QStringList extra;
    for (const QString &scope : std::as_const(scopes))
        extra << u"--scope"_s << scope;
    SignIn signIn(idp, extra);
    signInToTheEnd(signIn);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
    verifyNoSecretLeaked(signIn);

    const CliResult info = runCli(idp, u"userinfo"_s);
    QCOMPARE(idp.userinfoRequests(), 1);
    QCOMPARE(idp.count(u"GET"_s, u"/oidc/me"_s), 1);
    QVERIFY2(!signIn.secrets().findIn(info.err, u"userinfo stderr"_s).size(), info.describe().constData());
    if (mutation == "id_token_sub"_L1) {
        QVERIFY2(info.exitCode == 1, info.describe().constData());
        QVERIFY(info.out.isEmpty()); // nothing of the other user's profile is shown
        QVERIFY2(info.err.contains("sub mismatch"), info.describe().constData());
        return;
    }
    QVERIFY2(info.exitCode == 0, info.describe().constData());
    const QJsonObject profile = QJsonDocument::fromJson(info.out).object();
    QCOMPARE(profile.value("sub"_L1).toString(), u"u-alice"_s);
    const QJsonArray log = idp.log();
    for (const QJsonValue &entry : log) {
        if (entry.toObject().value("path"_L1).toString() == "/oidc/me"_L1)
            QCOMPARE(entry.toObject().value("status"_L1).toInt(), 200);
    }
    if (scopes.isEmpty())
        return;
    // rp-scope-userinfo-claims: the claims of the requested scopes, and only with them.
    QCOMPARE(profile.value("email"_L1).toString(), u"alice@example.com"_s);
    QVERIFY(profile.contains("email_verified"_L1));
    QCOMPARE(profile.value("phone_number"_L1).toString(), u"+15555550100"_s);
    QCOMPARE(profile.value("custom_data"_L1).toObject().value("plan"_L1).toString(), u"pro"_s);
    QVERIFY(!profile.contains("roles"_L1));
    QVERIFY(!profile.contains("organizations"_L1));
}

// ---------------------------------------------------------------------------------------------
// Key rotation

void TestRpConformance::keyRotation_data()
{
    QTest::addColumn<bool>("withinSignIn");
    // Between sign-in and refresh: the refreshed ID token is signed by the new key.
    QTest::newRow("rp-key-rotation-op-sign-key") << false;
    // Within one process: the keys were fetched while the browser was open, then the provider
    // rotated, so the ID token's kid is unknown to the cached set: one re-fetch, then success.
    QTest::newRow("rp-key-rotation-op-sign-key-native") << true;
}

void TestRpConformance::keyRotation()
{
    QFETCH(bool, withinSignIn);
    Idp idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const QString oldKid =
        idp.getJson(u"/oidc/jwks"_s).value("keys"_L1).toArray().first().toObject().value("kid"_L1).toString();
    QVERIFY(!oldKid.isEmpty());
    QVERIFY(idp.post(u"/__test/log/clear"_s));

    SignIn signIn(idp);
    if (withinSignIn) {
        QVERIFY(signIn.start());
        QVERIFY2(signIn.waitForAuthorizationUrl(), signIn.describe().constData());
        // The prefetch of the key set (while the person is in the browser) must be done first.
        QTRY_COMPARE_WITH_TIMEOUT(idp.count(u"GET"_s, u"/oidc/jwks"_s), 1, 20000);
        QVERIFY(idp.mutate(u"rotate_signing_key"_s));
        const QJsonArray keys = idp.getJson(u"/oidc/jwks"_s).value("keys"_L1).toArray();
        QVERIFY2(keys.size() == 2,
                 "the provider did not rotate: server.mjs needs the `jwks` mutation hook (see "
                 "tests/idp/README.md, Mutations)");
        QVERIFY(idp.post(u"/__test/log/clear"_s));
        ScriptedBrowser browser;
        const QUrl callback = browser.authorize(signIn.authorizationUrl());
        QVERIFY2(!callback.isEmpty(), qPrintable(browser.errorString()));
        signIn.secrets().addAuthorizationResponse(callback);
        const RawResponse page = deliver(callback);
        QVERIFY2(signIn.waitForFinished(), signIn.describe().constData());
        QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
        QCOMPARE(page.status, 200);
        QCOMPARE(idp.count(u"GET"_s, u"/oidc/jwks"_s), 1); // exactly one re-fetch
    } else {
        signInToTheEnd(signIn);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
        QCOMPARE(jwsHeader(Keyring::lookup(u"%1 %2 id_token"_s.arg(idp.issuer(), AppId))).value("kid"_L1).toString(),
                 oldKid);
        QVERIFY(idp.mutate(u"rotate_signing_key"_s));
        QVERIFY2(idp.getJson(u"/oidc/jwks"_s).value("keys"_L1).toArray().size() == 2,
                 "the provider did not rotate: server.mjs needs the `jwks` mutation hook (see "
                 "tests/idp/README.md, Mutations)");
        const CliResult refreshed = runCli(idp, u"token"_s, {u"--min-validity"_s, ForceRefresh});
        QVERIFY2(refreshed.exitCode == 0, refreshed.describe().constData());
        QCOMPARE(idp.tokenRequests(u"refresh_token"_s), 1);
        // The ID token signed with the old key at sign-in still verifies (the old key is kept).
        const CliResult claims = runCli(idp, u"claims"_s);
        QVERIFY2(claims.exitCode == 0, claims.describe().constData());
    }
    const QString kid =
        jwsHeader(Keyring::lookup(u"%1 %2 id_token"_s.arg(idp.issuer(), AppId))).value("kid"_L1).toString();
    QVERIFY2(kid.startsWith("rotated-"_L1), qPrintable(kid));
    verifyNoSecretLeaked(signIn);
}

// ---------------------------------------------------------------------------------------------
// Refresh (OpenID Connect Core §12.2): the refreshed ID token is checked like the first one.

void TestRpConformance::refreshedIdToken_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("message");
    QTest::newRow("rp-refresh-id_token-issuer-mismatch") << u"id_token_iss"_s << u"issuer does not match"_s;
    QTest::newRow("rp-refresh-id_token-sub") << u"id_token_sub"_s << u"different user"_s;
    QTest::newRow("rp-refresh-id_token-aud") << u"id_token_aud"_s << u"different app"_s;
    QTest::newRow("rp-refresh-id_token-bad-sig") << u"id_token_bad_sig"_s << u"signature is not valid"_s;
    QTest::newRow("rp-refresh-id_token-sig-none") << u"id_token_alg_none"_s << u"algorithm is not allowed"_s;
}

void TestRpConformance::refreshedIdToken()
{
    QFETCH(QString, mutation);
    QFETCH(QString, message);
    Idp idp({u"--reuse-window"_s, u"0"_s});
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn signIn(idp);
    signInToTheEnd(signIn);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
    const auto entry = [&idp](const QString &name) {
        return Keyring::lookup(u"%1 %2 %3"_s.arg(idp.issuer(), AppId, name));
    };
    const QByteArray idToken = entry(u"id_token"_s);
    const QByteArray accessToken = entry(u"access_token"_s);
    const QByteArray refreshToken = entry(u"refresh_token"_s);

    QVERIFY(idp.mutate(mutation));
    const CliResult refreshed = runCli(idp, u"token"_s, {u"--min-validity"_s, ForceRefresh});
    QVERIFY(idp.mutate({}));
    QVERIFY2(refreshed.exitCode == 1, refreshed.describe().constData());
    QVERIFY(refreshed.out.isEmpty()); // no access token handed out
    QVERIFY2(isOneErrorLine(refreshed.err), refreshed.describe().constData());
    QVERIFY2(refreshed.err.contains(message.toUtf8()), refreshed.describe().constData());
    QCOMPARE(idp.tokenRequests(u"refresh_token"_s), 1);
    QCOMPARE(idp.userinfoRequests(), 0);
    // Nothing from the rejected answer is kept but the rotated refresh token (the old one is used
    // up at the provider); the ID and access tokens are still the sign-in's.
    QCOMPARE(entry(u"id_token"_s), idToken);
    QCOMPARE(entry(u"access_token"_s), accessToken);
    QVERIFY(entry(u"refresh_token"_s) != refreshToken);
    Secrets secrets = signIn.secrets();
    secrets.addStoredTokens(idp.issuer(), AppId);
    const QStringList leaks = secrets.findIn(refreshed.out + refreshed.err, u"token's output"_s);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
}

QTEST_GUILESS_MAIN(TestRpConformance)
#include "tst_rpconformance.moc"
