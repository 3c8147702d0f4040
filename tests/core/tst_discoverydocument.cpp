// SPDX-License-Identifier: MIT
#include "discoverydocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Logto;
using namespace Qt::StringLiterals;

namespace {

const QString Issuer = u"https://abc.logto.app/oidc"_s;

// The shape Logto serves (trimmed to what we read).
QJsonObject logtoDiscovery()
{
    return QJsonObject{
        {u"issuer"_s, Issuer},
        {u"authorization_endpoint"_s, u"https://abc.logto.app/oidc/auth"_s},
        {u"token_endpoint"_s, u"https://abc.logto.app/oidc/token"_s},
        {u"userinfo_endpoint"_s, u"https://abc.logto.app/oidc/me"_s},
        {u"jwks_uri"_s, u"https://abc.logto.app/oidc/jwks"_s},
        {u"revocation_endpoint"_s, u"https://abc.logto.app/oidc/token/revocation"_s},
        {u"end_session_endpoint"_s, u"https://abc.logto.app/oidc/session/end"_s},
        {u"code_challenge_methods_supported"_s, QJsonArray{u"S256"_s}},
        {u"id_token_signing_alg_values_supported"_s, QJsonArray{u"ES384"_s, u"RS256"_s}},
        {u"authorization_response_iss_parameter_supported"_s, true},
    };
}

} // namespace

class TestDiscoveryDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsLogtoShape();
    void rejects_data();
    void rejects();
    void notJson();
};

void TestDiscoveryDocument::acceptsLogtoShape()
{
    const auto result = DiscoveryDocument::fromJson(QJsonDocument(logtoDiscovery()).toJson(), Issuer);
    QVERIFY(result.hasValue());
    const DiscoveryDocument &doc = result.value();
    QCOMPARE(doc.issuer(), Issuer);
    QCOMPARE(doc.tokenEndpoint().toString(), u"https://abc.logto.app/oidc/token"_s);
    QCOMPARE(doc.userinfoEndpoint().toString(), u"https://abc.logto.app/oidc/me"_s);
    QCOMPARE(doc.revocationEndpoint().toString(), u"https://abc.logto.app/oidc/token/revocation"_s);
    QCOMPARE(doc.idTokenSigningAlgorithms(), QStringList({u"ES384"_s, u"RS256"_s}));
    QVERIFY(doc.authorizationResponseIssParameterSupported());
}

void TestDiscoveryDocument::rejects_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");

    // rp-discovery-issuer-not-matching-config and friends: one character off is a mismatch.
    QTest::newRow("issuer + 1 char") << u"issuer"_s << QJsonValue(Issuer + u"x"_s);
    QTest::newRow("issuer trailing slash") << u"issuer"_s << QJsonValue(Issuer + u"/"_s);
    QTest::newRow("issuer other host") << u"issuer"_s << QJsonValue(u"https://evil.example/oidc"_s);
    QTest::newRow("issuer missing") << u"issuer"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no token endpoint") << u"token_endpoint"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no jwks_uri") << u"jwks_uri"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("http token endpoint") << u"token_endpoint"_s << QJsonValue(u"http://abc.logto.app/oidc/token"_s);
    QTest::newRow("http jwks") << u"jwks_uri"_s << QJsonValue(u"http://abc.logto.app/oidc/jwks"_s);
    QTest::newRow("no PKCE") << u"code_challenge_methods_supported"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("plain PKCE only") << u"code_challenge_methods_supported"_s << QJsonValue(QJsonArray{u"plain"_s});
    QTest::newRow("no algorithms") << u"id_token_signing_alg_values_supported"_s << QJsonValue(QJsonArray());
}

void TestDiscoveryDocument::rejects()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject doc = logtoDiscovery();
    if (value.isUndefined())
        doc.remove(field);
    else
        doc.insert(field, value);
    const auto result = DiscoveryDocument::fromJson(QJsonDocument(doc).toJson(), Issuer);
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().code, Error::Code::Verification);
    QVERIFY(!result.error().message.isEmpty());
}

void TestDiscoveryDocument::notJson()
{
    QVERIFY(!DiscoveryDocument::fromJson("<html>", Issuer).hasValue());
    QVERIFY(!DiscoveryDocument::fromJson("[1,2]", Issuer).hasValue());
}

QTEST_GUILESS_MAIN(TestDiscoveryDocument)
#include "tst_discoverydocument.moc"
