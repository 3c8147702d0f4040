// SPDX-License-Identifier: MIT
#include "idtokenverifier.h"
#include "jsonwebkey.h"
#include "jsonwebkeyset.h"
#include "jsonwebsignature.h"
#include "jwsfactory.h"
#include "utc.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Logto;
using namespace Qt::StringLiterals;
using Logto::Testing::JwsFactory;

namespace {

const QString Issuer = u"https://tenant.logto.app/oidc"_s;
const QString ClientId = u"k3x9q2client"_s;
const QString Subject = u"u7gh2k1subject"_s;
const QString Nonce = u"n0nce-Vh3kq9Zx"_s;
const QByteArray AccessToken = "opaque-access-token-4qP9";
const QDateTime Now = Logto::Utc::fromSecsSinceEpoch(1750000000);
constexpr qint64 T = 1750000000;
constexpr qint64 Skew = 300;

const QStringList AllAlgorithms = {
    u"RS256"_s,
    u"RS384"_s,
    u"RS512"_s,
    u"PS256"_s,
    u"PS384"_s,
    u"PS512"_s,
    u"ES256"_s,
    u"ES384"_s,
    u"ES512"_s,
    u"EdDSA"_s,
};

// The key name (in m_keys) that signs with `alg`.
QString keyNameFor(const QString &alg)
{
    if (alg.startsWith(u"RS") || alg.startsWith(u"PS"))
        return u"rsa"_s;
    if (alg == u"ES256")
        return u"p256"_s;
    if (alg == u"ES384")
        return u"p384"_s;
    if (alg == u"ES512")
        return u"p521"_s;
    return u"ed"_s;
}

// The expected value with one character appended: the smallest difference there is.
QString oneMore(const QString &value, QChar extra = u'x')
{
    return value + extra;
}

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

IdTokenExpectations expectations()
{
    IdTokenExpectations expect;
    expect.issuer = Issuer;
    expect.clientId = ClientId;
    expect.nonce = Nonce;
    expect.allowedAlgorithms = AllAlgorithms;
    expect.clockSkew = std::chrono::seconds(Skew);
    expect.now = Now;
    return expect;
}

QJsonObject standardClaims()
{
    return JwsFactory::standardClaims(Issuer, ClientId, Subject, Now, Nonce);
}

Result<VerifiedIdToken> verify(const QByteArray &token, const JsonWebKeySet &keys, const IdTokenExpectations &expect)
{
    const auto jws = JsonWebSignature::parse(token);
    if (!jws)
        return jws.error();
    return IdTokenVerifier::verify(jws.value(), keys, expect);
}

// Neither the token nor any part of it, nor the nonce, may reach a message or detail.
bool leaksSecrets(const Error &error, const QByteArray &token)
{
    const QString text = error.message + u'\n' + error.detail;
    const QList<QByteArray> parts = token.split('.');
    for (const QByteArray &part : parts) {
        if (part.size() > 8 && text.contains(QString::fromLatin1(part)))
            return true;
    }
    return text.contains(Nonce) || text.contains(QString::fromLatin1(AccessToken));
}

} // namespace

class TestIdTokenVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void parseAccepts();
    void parseRejects_data();
    void parseRejects();

    void acceptsGoodToken_data();
    void acceptsGoodToken();
    void rejectsEveryFlippedSignatureByte_data();
    void rejectsEveryFlippedSignatureByte();
    void rejectsPssWithOtherSaltLength_data();
    void rejectsPssWithOtherSaltLength();
    void rejectsAlgorithmKeyMismatch_data();
    void rejectsAlgorithmKeyMismatch();
    void rejectsForbiddenAlgorithm_data();
    void rejectsForbiddenAlgorithm();
    void rejectsAlgorithmNotAnnounced_data();
    void rejectsAlgorithmNotAnnounced();
    void keySelection_data();
    void keySelection();
    void claims_data();
    void claims();
    void signatureCheckedBeforeClaims();
    void rejectsIncompleteExpectations();
    void defaultsToCurrentTime();

private:
    JwsFactory::Key key(const QString &name) const { return m_keys.value(name); }
    JsonWebKeySet keySet(const QList<JwsFactory::Key> &keys) const;

    QHash<QString, JwsFactory::Key> m_keys;
    JsonWebKeySet m_allKeys;
};

void TestIdTokenVerifier::initTestCase()
{
    m_keys.insert(u"rsa"_s, JwsFactory::generateKey(JwsFactory::KeyKind::Rsa2048, u"rsa-1"_s));
    m_keys.insert(u"p256"_s, JwsFactory::generateKey(JwsFactory::KeyKind::EcP256, u"p256-1"_s));
    m_keys.insert(u"p384"_s, JwsFactory::generateKey(JwsFactory::KeyKind::EcP384, u"p384-1"_s));
    m_keys.insert(u"p384b"_s, JwsFactory::generateKey(JwsFactory::KeyKind::EcP384, u"p384-2"_s));
    m_keys.insert(u"p521"_s, JwsFactory::generateKey(JwsFactory::KeyKind::EcP521, u"p521-1"_s));
    m_keys.insert(u"ed"_s, JwsFactory::generateKey(JwsFactory::KeyKind::Ed25519, u"ed-1"_s));
    m_allKeys = keySet({key(u"rsa"_s), key(u"p256"_s), key(u"p384"_s), key(u"p521"_s), key(u"ed"_s)});
    QCOMPARE(m_allKeys.keys().size(), 5);
}

JsonWebKeySet TestIdTokenVerifier::keySet(const QList<JwsFactory::Key> &keys) const
{
    auto set = JsonWebKeySet::fromJson(JwsFactory::jwks(keys));
    if (!set)
        qFatal("test JWKS does not parse: %s", qPrintable(set.error().toString()));
    return std::move(set).value();
}

void TestIdTokenVerifier::parseAccepts()
{
    const QByteArray token = JwsFactory::sign(key(u"p384"_s), u"ES384"_s, standardClaims());
    const auto jws = JsonWebSignature::parse(token);
    QVERIFY(jws);
    const QList<QByteArray> parts = token.split('.');
    QCOMPARE(jws.value().compact(), token);
    QCOMPARE(jws.value().algorithm(), u"ES384"_s);
    QCOMPARE(jws.value().keyId(), u"p384-1"_s);
    QCOMPARE(jws.value().header(), JwsFactory::header(u"ES384"_s, u"p384-1"_s));
    QCOMPARE(jws.value().payload(), standardClaims());
    QCOMPARE(jws.value().signingInput(), QByteArray(parts.at(0) + '.' + parts.at(1)));
    QCOMPARE(b64url(jws.value().signature()), parts.at(2));
    QCOMPARE(jws.value().signature().size(), 96); // ES384: r‖s, 48 bytes each
}

void TestIdTokenVerifier::parseRejects_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("detailFragment");

    const auto part = [](const QByteArray &json) { return b64url(json); };
    const QByteArray header = part(R"({"alg":"ES384","kid":"p384-1"})");
    const QByteArray payload = part(R"({"sub":"x"})");
    const QByteArray signature = b64url(QByteArray(96, 'x'));
    const auto token = [&](const QByteArray &h, const QByteArray &p) -> QByteArray {
        return h + '.' + p + '.' + signature;
    };

    QJsonObject big = standardClaims();
    big.insert(u"padding"_s, QString(int(JsonWebSignature::MaximumSize), u'p'));

    QTest::newRow("empty") << QByteArray() << u"1 dot-separated"_s;
    QTest::newRow("one part") << header << u"1 dot-separated"_s;
    QTest::newRow("two parts") << QByteArray(header + '.' + payload) << u"2 dot-separated"_s;
    QTest::newRow("four parts") << QByteArray(token(header, payload) + ".e30") << u"4 dot-separated"_s;
    QTest::newRow("JWE (five parts)") << QByteArray(header + "..iv.ct.tag") << u"5 dot-separated"_s;
    QTest::newRow("padded header") << token(QByteArray(header + "="), payload) << u"header"_s;
    QTest::newRow("standard base64 signature") << QByteArray(header + '.' + payload + ".ab+/") << u"signature"_s;
    QTest::newRow("trailing newline") << QByteArray(token(header, payload) + '\n') << u"signature"_s;
    QTest::newRow("space in payload") << token(header, QByteArray(payload.left(4) + ' ' + payload.mid(4)))
                                      << u"payload"_s;
    QTest::newRow("header not JSON") << token(part("alg=ES384"), payload) << u"header"_s;
    QTest::newRow("header JSON array") << token(part(R"(["ES384"])"), payload) << u"header"_s;
    QTest::newRow("header trailing garbage") << token(part(R"({"alg":"ES384"}x)"), payload) << u"header"_s;
    QTest::newRow("payload JSON array") << token(header, part("[1]")) << u"payload"_s;
    QTest::newRow("payload JSON string") << token(header, part(R"("sub")")) << u"payload"_s;
    QTest::newRow("payload empty") << token(header, QByteArray()) << u"payload"_s;
    QTest::newRow("alg missing") << token(part(R"({"kid":"p384-1"})"), payload) << u"\"alg\""_s;
    QTest::newRow("alg a number") << token(part(R"({"alg":384})"), payload) << u"\"alg\""_s;
    QTest::newRow("alg empty") << token(part(R"({"alg":""})"), payload) << u"\"alg\""_s;
    QTest::newRow("alg null") << token(part(R"({"alg":null})"), payload) << u"\"alg\""_s;
    QTest::newRow("kid a number") << token(part(R"({"alg":"ES384","kid":1})"), payload) << u"\"kid\""_s;
    QTest::newRow("crit present") << token(part(R"({"alg":"ES384","crit":["exp"],"exp":1})"), payload) << u"\"crit\""_s;
    QTest::newRow("crit empty array") << token(part(R"({"alg":"ES384","crit":[]})"), payload) << u"\"crit\""_s;
    QTest::newRow("over 64 KiB") << JwsFactory::sign(key(u"p384"_s), u"ES384"_s, big) << u"more than 65536"_s;
}

void TestIdTokenVerifier::parseRejects()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, detailFragment);
    const auto jws = JsonWebSignature::parse(token);
    QVERIFY(!jws);
    QCOMPARE(jws.error().code, Error::Code::Verification);
    QVERIFY2(jws.error().detail.contains(detailFragment), qPrintable(jws.error().detail));
    QVERIFY(!leaksSecrets(jws.error(), token));
}

void TestIdTokenVerifier::acceptsGoodToken_data()
{
    QTest::addColumn<QString>("alg");
    for (const QString &alg : AllAlgorithms)
        QTest::newRow(qPrintable(alg)) << alg;
}

void TestIdTokenVerifier::acceptsGoodToken()
{
    QFETCH(QString, alg);
    const JwsFactory::Key signer = key(keyNameFor(alg));
    QJsonObject payload = standardClaims();
    payload.insert(u"at_hash"_s, JwsFactory::atHash(alg, AccessToken));
    payload.insert(u"name"_s, u"Ada"_s);
    const QByteArray token = JwsFactory::sign(signer, alg, payload);

    IdTokenExpectations expect = expectations();
    expect.accessToken = QString::fromLatin1(AccessToken);
    expect.subject = Subject;
    const auto verified = verify(token, m_allKeys, expect);
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().toString()));

    const VerifiedIdToken &id = verified.value();
    QCOMPARE(id.raw, token);
    QCOMPARE(id.algorithm, alg);
    QCOMPARE(id.keyId, signer.keyId());
    QCOMPARE(id.header, JwsFactory::header(alg, signer.keyId()));
    QCOMPARE(id.claims, payload);
    QCOMPARE(id.issuedAt, Now);
    QCOMPARE(id.expiresAt, Now.addSecs(3600));
    const QStringList checks = {u"algorithm"_s,
                                u"signature"_s,
                                u"issuer"_s,
                                u"audience"_s,
                                u"expiry"_s,
                                u"issued-at"_s,
                                u"subject"_s,
                                u"nonce"_s,
                                u"at_hash"_s};
    QCOMPARE(id.checksPassed, checks);
}

void TestIdTokenVerifier::rejectsEveryFlippedSignatureByte_data()
{
    acceptsGoodToken_data();
}

void TestIdTokenVerifier::rejectsEveryFlippedSignatureByte()
{
    QFETCH(QString, alg);
    const QByteArray token = JwsFactory::sign(key(keyNameFor(alg)), alg, standardClaims());
    const auto jws = JsonWebSignature::parse(token);
    QVERIFY(jws);
    const QByteArray input = jws.value().signingInput();
    const QByteArray signature = jws.value().signature();
    QVERIFY(verify(token, m_allKeys, expectations())); // the unmodified token passes

    const auto rejectedAsBadSignature = [&](const QByteArray &candidate) {
        const auto result = verify(JwsFactory::compact(input, candidate), m_allKeys, expectations());
        return !result && result.error().code == Error::Code::Verification
            && result.error().message.contains(u"signature is not valid"_s);
    };
    // One bit per byte, over all bytes, as the OpenID conformance suite does.
    for (qsizetype i = 0; i < signature.size(); ++i) {
        QByteArray flipped = signature;
        flipped[i] = char(flipped.at(i) ^ 0x01);
        QVERIFY2(rejectedAsBadSignature(flipped), qPrintable(u"byte %1 of %2"_s.arg(i).arg(signature.size())));
        flipped[i] = char(signature.at(i) ^ 0x80);
        QVERIFY2(rejectedAsBadSignature(flipped), qPrintable(u"high bit, byte %1"_s.arg(i)));
    }
    QVERIFY(rejectedAsBadSignature(signature.chopped(1)));
    QVERIFY(rejectedAsBadSignature(signature + '\0'));
    QVERIFY(rejectedAsBadSignature('\0' + signature));
    QVERIFY(rejectedAsBadSignature(QByteArray()));
    QVERIFY(rejectedAsBadSignature(QByteArray(signature.size(), '\0')));
    // The signature of a different payload.
    QJsonObject other = standardClaims();
    other.insert(u"sub"_s, u"someone-else"_s);
    const auto otherJws = JsonWebSignature::parse(JwsFactory::sign(key(keyNameFor(alg)), alg, other));
    QVERIFY(otherJws);
    QVERIFY(rejectedAsBadSignature(otherJws.value().signature()));
}

void TestIdTokenVerifier::rejectsPssWithOtherSaltLength_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("saltLength");
    QTest::addColumn<bool>("accepted");

    // RSA-2048: the largest salt is 256 - hash size - 2 bytes.
    const QList<QPair<QString, int>> hashSizes = {{u"PS256"_s, 32}, {u"PS384"_s, 48}, {u"PS512"_s, 64}};
    for (const auto &[alg, hashSize] : hashSizes) {
        QTest::addRow("%s salt %d (hash size)", qPrintable(alg), hashSize) << alg << hashSize << true;
        for (const int salt : {0, hashSize - 1, hashSize + 1, 20, 256 - hashSize - 2})
            QTest::addRow("%s salt %d", qPrintable(alg), salt) << alg << salt << false;
    }
}

void TestIdTokenVerifier::rejectsPssWithOtherSaltLength()
{
    QFETCH(QString, alg);
    QFETCH(int, saltLength);
    QFETCH(bool, accepted);
    const QByteArray input = JwsFactory::signingInput(JwsFactory::header(alg, u"rsa-1"_s), standardClaims());
    const QByteArray token = JwsFactory::compact(input, key(u"rsa"_s).signPss(alg, input, saltLength));
    const auto result = verify(token, m_allKeys, expectations());
    QCOMPARE(bool(result), accepted);
    if (!accepted)
        QCOMPARE(result.error().message, u"The ID token's signature is not valid."_s);
}

void TestIdTokenVerifier::rejectsAlgorithmKeyMismatch_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("signingAlg");
    QTest::addColumn<QString>("headerAlg");

    QTest::newRow("RS256 header on a P-256 key") << u"p256"_s << u"ES256"_s << u"RS256"_s;
    QTest::newRow("PS256 header on a P-256 key") << u"p256"_s << u"ES256"_s << u"PS256"_s;
    QTest::newRow("ES256 header on an RSA key") << u"rsa"_s << u"RS256"_s << u"ES256"_s;
    QTest::newRow("ES384 header on a P-256 key") << u"p256"_s << u"ES256"_s << u"ES384"_s;
    QTest::newRow("ES256 header on a P-384 key") << u"p384"_s << u"ES384"_s << u"ES256"_s;
    QTest::newRow("ES512 header on a P-384 key") << u"p384"_s << u"ES384"_s << u"ES512"_s;
    QTest::newRow("EdDSA header on a P-256 key") << u"p256"_s << u"ES256"_s << u"EdDSA"_s;
    QTest::newRow("ES256 header on an Ed25519 key") << u"ed"_s << u"EdDSA"_s << u"ES256"_s;
    QTest::newRow("RS256 header on an Ed25519 key") << u"ed"_s << u"EdDSA"_s << u"RS256"_s;
    QTest::newRow("PS256 header, RS256 signature") << u"rsa"_s << u"RS256"_s << u"PS256"_s;
    QTest::newRow("RS256 header, PS256 signature") << u"rsa"_s << u"PS256"_s << u"RS256"_s;
    QTest::newRow("RS384 header, RS256 signature") << u"rsa"_s << u"RS256"_s << u"RS384"_s;
    QTest::newRow("PS512 header, PS384 signature") << u"rsa"_s << u"PS384"_s << u"PS512"_s;
}

void TestIdTokenVerifier::rejectsAlgorithmKeyMismatch()
{
    QFETCH(QString, signer);
    QFETCH(QString, signingAlg);
    QFETCH(QString, headerAlg);
    const JwsFactory::Key signingKey = key(signer);
    const QByteArray token =
        JwsFactory::sign(signingKey, signingAlg, JwsFactory::header(headerAlg, signingKey.keyId()), standardClaims());
    const auto result = verify(token, m_allKeys, expectations());
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Verification);
    // Either no key fits the header alg, or the one that does rejects the signature.
    const QString message = result.error().message;
    QVERIFY2(message.contains(u"signing keys"_s) || message.contains(u"signature is not valid"_s),
             qPrintable(result.error().toString()));
}

void TestIdTokenVerifier::rejectsForbiddenAlgorithm_data()
{
    QTest::addColumn<QByteArray>("token");

    const JwsFactory::Key rsa = key(u"rsa"_s);
    const JwsFactory::Key p384 = key(u"p384"_s);
    const QJsonObject payload = standardClaims();
    const auto hmacHeader = [](const QString &alg, const QString &kid) {
        return QJsonObject{{u"alg"_s, alg}, {u"kid"_s, kid}, {u"typ"_s, u"JWT"_s}};
    };
    const QByteArray rsaJwk = QJsonDocument(rsa.publicJwk()).toJson(QJsonDocument::Compact);

    QTest::newRow("none") << JwsFactory::unsecured(payload);
    QTest::newRow("none with kid") << JwsFactory::compact(
        JwsFactory::signingInput(QJsonObject{{u"alg"_s, u"none"_s}, {u"kid"_s, u"rsa-1"_s}}, payload), QByteArray());
    QTest::newRow("none with a real RS256 signature")
        << JwsFactory::sign(rsa, u"RS256"_s, hmacHeader(u"none"_s, u"rsa-1"_s), payload);
    QTest::newRow("None") << JwsFactory::compact(JwsFactory::signingInput({{u"alg"_s, u"None"_s}}, payload), {});
    QTest::newRow("NONE") << JwsFactory::compact(JwsFactory::signingInput({{u"alg"_s, u"NONE"_s}}, payload), {});
    // The classic confusion attack: the public key, which anyone has, used as the HMAC secret.
    QTest::newRow("HS256 keyed with the RSA public key PEM")
        << JwsFactory::signHmac(u"HS256"_s, rsa.publicKeyPem(), hmacHeader(u"HS256"_s, u"rsa-1"_s), payload);
    QTest::newRow("HS256 keyed with the P-384 public key PEM")
        << JwsFactory::signHmac(u"HS256"_s, p384.publicKeyPem(), hmacHeader(u"HS256"_s, u"p384-1"_s), payload);
    QTest::newRow("HS256 keyed with the RSA JWK")
        << JwsFactory::signHmac(u"HS256"_s, rsaJwk, hmacHeader(u"HS256"_s, u"rsa-1"_s), payload);
    QTest::newRow("HS384 keyed with the RSA public key PEM")
        << JwsFactory::signHmac(u"HS384"_s, rsa.publicKeyPem(), hmacHeader(u"HS384"_s, u"rsa-1"_s), payload);
    QTest::newRow("HS512 keyed with the RSA public key PEM")
        << JwsFactory::signHmac(u"HS512"_s, rsa.publicKeyPem(), hmacHeader(u"HS512"_s, u"rsa-1"_s), payload);
    QTest::newRow("HS256 keyed with the client ID")
        << JwsFactory::signHmac(u"HS256"_s, ClientId.toUtf8(), hmacHeader(u"HS256"_s, u"rsa-1"_s), payload);
    QTest::newRow("ES256K") << JwsFactory::sign(p384, u"ES384"_s, hmacHeader(u"ES256K"_s, u"p384-1"_s), payload);
    QTest::newRow("lower-case es384") << JwsFactory::sign(
        p384, u"ES384"_s, hmacHeader(u"es384"_s, u"p384-1"_s), payload);
}

void TestIdTokenVerifier::rejectsForbiddenAlgorithm()
{
    QFETCH(QByteArray, token);
    // Even if discovery (wrongly, or tampered) announces them.
    IdTokenExpectations expect = expectations();
    expect.allowedAlgorithms << u"none"_s << u"None"_s << u"NONE"_s << u"HS256"_s << u"HS384"_s << u"HS512"_s
                             << u"ES256K"_s << u"es384"_s;
    const auto result = verify(token, m_allKeys, expect);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Verification);
    QCOMPARE(result.error().message, u"The ID token's signing algorithm is not allowed."_s);
    QVERIFY(!leaksSecrets(result.error(), token));
}

void TestIdTokenVerifier::rejectsAlgorithmNotAnnounced_data()
{
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QStringList>("announced");

    QTest::newRow("ES384, RS256 announced") << u"ES384"_s << QStringList{u"RS256"_s};
    QTest::newRow("RS256, ES384 announced") << u"RS256"_s << QStringList{u"ES384"_s};
    QTest::newRow("PS256, RS256 announced") << u"PS256"_s << QStringList{u"RS256"_s};
    QTest::newRow("EdDSA, Logto's list") << u"EdDSA"_s
                                         << QStringList{u"RS256"_s, u"PS256"_s, u"ES256"_s, u"ES384"_s, u"ES512"_s};
    QTest::newRow("ES384, nothing announced") << u"ES384"_s << QStringList{};
    QTest::newRow("ES384, es384 announced") << u"ES384"_s << QStringList{u"es384"_s};
}

void TestIdTokenVerifier::rejectsAlgorithmNotAnnounced()
{
    QFETCH(QString, alg);
    QFETCH(QStringList, announced);
    IdTokenExpectations expect = expectations();
    expect.allowedAlgorithms = announced;
    const QByteArray token = JwsFactory::sign(key(keyNameFor(alg)), alg, standardClaims());
    const auto result = verify(token, m_allKeys, expect);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Verification);
    QCOMPARE(result.error().message, u"The ID token's signing algorithm is not one the provider announced."_s);
    // The same token passes when its alg is announced.
    expect.allowedAlgorithms << alg;
    QVERIFY(verify(token, m_allKeys, expect));
}

void TestIdTokenVerifier::keySelection_data()
{
    QTest::addColumn<QList<JwsFactory::Key>>("jwks");
    QTest::addColumn<QString>("signer");
    QTest::addColumn<QString>("headerKid"); // "-" = the signer's own kid; empty = no kid
    QTest::addColumn<QString>("detailFragment"); // empty = accepted

    const QList<JwsFactory::Key> all = {key(u"rsa"_s), key(u"p256"_s), key(u"p384"_s), key(u"p521"_s), key(u"ed"_s)};
    const QList<JwsFactory::Key> rotation = {key(u"p384b"_s), key(u"p384"_s)};

    QTest::newRow("kid of the signer") << all << u"p384"_s << u"-"_s << QString();
    QTest::newRow("no kid, single key") << QList<JwsFactory::Key>{key(u"p384"_s)} << u"p384"_s << QString()
                                        << QString();
    QTest::newRow("no kid, single RSA key")
        << QList<JwsFactory::Key>{key(u"rsa"_s)} << u"rsa"_s << QString() << QString();
    QTest::newRow("no kid, the only key that fits") << all << u"p384"_s << QString() << QString();
    QTest::newRow("no kid, two keys fit") << rotation << u"p384"_s << QString() << u"no kid in the header and 2 of 2"_s;
    QTest::newRow("rotation, previous key's kid") << rotation << u"p384"_s << u"-"_s << QString();
    QTest::newRow("rotation, new key's kid") << rotation << u"p384b"_s << u"-"_s << QString();
    QTest::newRow("unknown kid") << all << u"p384"_s << u"rotated-away-kid"_s
                                 << u"kid \"rotated-away-kid\" is not in the JWKS"_s;
    QTest::newRow("signer not published") << all << u"p384b"_s << u"-"_s << u"kid \"p384-2\" is not in the JWKS"_s;
    QTest::newRow("kid of an RSA key") << all << u"p384"_s << u"rsa-1"_s << u"kid \"rsa-1\" is in the JWKS"_s;
    QTest::newRow("kid of another P-384 key") << rotation << u"p384"_s << u"p384-2"_s << u"does not verify"_s;
}

void TestIdTokenVerifier::keySelection()
{
    QFETCH(QList<JwsFactory::Key>, jwks);
    QFETCH(QString, signer);
    QFETCH(QString, headerKid);
    QFETCH(QString, detailFragment);

    const JwsFactory::Key signingKey = key(signer);
    const QString alg = JwsFactory::defaultAlgorithm(signingKey.kind());
    const QString kid = headerKid == u"-" ? signingKey.keyId() : headerKid;
    const QByteArray token = JwsFactory::sign(signingKey, alg, JwsFactory::header(alg, kid), standardClaims());
    const auto result = verify(token, keySet(jwks), expectations());
    if (detailFragment.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result.value().keyId, kid);
        return;
    }
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Verification);
    QVERIFY2(result.error().detail.contains(detailFragment), qPrintable(result.error().detail));
}

void TestIdTokenVerifier::claims_data()
{
    QTest::addColumn<QJsonObject>("set");
    QTest::addColumn<QStringList>("removed");
    QTest::addColumn<bool>("nonceExpected");
    QTest::addColumn<QString>("accessToken");
    QTest::addColumn<QString>("expectedSubject"); // empty: no expectation
    QTest::addColumn<QString>("messageFragment"); // empty: accepted

    const QStringList none;
    const QString noToken;
    const QString anySubject;
    const QString accepted;
    const QString accessToken = QString::fromLatin1(AccessToken);
    const QString atHash = JwsFactory::atHash(u"ES384"_s, AccessToken);
    const QString expired = u"has expired"_s;
    const QString future = u"issued in the future"_s;
    const QString issuer = u"issuer does not match"_s;
    const QString audience = u"different app"_s;
    const QString nonce = u"this sign-in attempt"_s;

    QTest::newRow("baseline") << QJsonObject{} << none << true << noToken << anySubject << accepted;

    QTest::newRow("exp = now - skew - 1") << QJsonObject{{u"exp"_s, T - Skew - 1}, {u"iat"_s, T - 3600}} << none << true
                                          << noToken << anySubject << expired;
    QTest::newRow("exp = now - skew") << QJsonObject{{u"exp"_s, T - Skew}, {u"iat"_s, T - 3600}} << none << true
                                      << noToken << anySubject << accepted;
    QTest::newRow("exp a minute ago (within skew)")
        << QJsonObject{{u"exp"_s, T - 60}, {u"iat"_s, T - 3600}} << none << true << noToken << anySubject << accepted;
    QTest::newRow("exp a day ago") << QJsonObject{{u"exp"_s, T - 86400}, {u"iat"_s, T - 90000}} << none << true
                                   << noToken << anySubject << expired;
    QTest::newRow("exp fractional") << QJsonObject{{u"exp"_s, double(T) + 0.5}} << none << true << noToken << anySubject
                                    << accepted;
    QTest::newRow("exp missing") << QJsonObject{} << QStringList{u"exp"_s} << true << noToken << anySubject
                                 << u"expiry time is missing"_s;
    QTest::newRow("exp a string") << QJsonObject{{u"exp"_s, QString::number(T + 3600)}} << none << true << noToken
                                  << anySubject << u"expiry time is missing"_s;
    QTest::newRow("exp null") << QJsonObject{{u"exp"_s, QJsonValue::Null}} << none << true << noToken << anySubject
                              << u"expiry time is missing"_s;
    QTest::newRow("exp negative") << QJsonObject{{u"exp"_s, -1}} << none << true << noToken << anySubject
                                  << u"expiry time is missing"_s;
    QTest::newRow("exp 1e300") << QJsonObject{{u"exp"_s, 1e300}} << none << true << noToken << anySubject
                               << u"expiry time is missing"_s;

    QTest::newRow("iat = now + skew + 1") << QJsonObject{{u"iat"_s, T + Skew + 1}, {u"exp"_s, T + 3600}} << none << true
                                          << noToken << anySubject << future;
    QTest::newRow("iat = now + skew") << QJsonObject{{u"iat"_s, T + Skew}, {u"exp"_s, T + 3600}} << none << true
                                      << noToken << anySubject << accepted;
    QTest::newRow("iat a minute ahead (within skew)")
        << QJsonObject{{u"iat"_s, T + 60}} << none << true << noToken << anySubject << accepted;
    QTest::newRow("iat an hour ahead") << QJsonObject{{u"iat"_s, T + 3600}, {u"exp"_s, T + 7200}} << none << true
                                       << noToken << anySubject << future;
    QTest::newRow("iat missing") << QJsonObject{} << QStringList{u"iat"_s} << true << noToken << anySubject
                                 << u"issue time is missing"_s;
    QTest::newRow("iat a string") << QJsonObject{{u"iat"_s, u"now"_s}} << none << true << noToken << anySubject
                                  << u"issue time is missing"_s;
    QTest::newRow("nbf in the past") << QJsonObject{{u"nbf"_s, T - 10}} << none << true << noToken << anySubject
                                     << accepted;
    QTest::newRow("nbf beyond skew") << QJsonObject{{u"nbf"_s, T + Skew + 1}} << none << true << noToken << anySubject
                                     << u"not valid yet"_s;

    QTest::newRow("sub missing") << QJsonObject{} << QStringList{u"sub"_s} << true << noToken << anySubject
                                 << u"who signed in"_s;
    QTest::newRow("sub empty") << QJsonObject{{u"sub"_s, QString()}} << none << true << noToken << anySubject
                               << u"who signed in"_s;
    QTest::newRow("sub a number") << QJsonObject{{u"sub"_s, 42}} << none << true << noToken << anySubject
                                  << u"who signed in"_s;
    QTest::newRow("sub as expected") << QJsonObject{} << none << false << noToken << Subject << accepted;
    QTest::newRow("sub changed") << QJsonObject{{u"sub"_s, oneMore(Subject)}} << none << false << noToken << Subject
                                 << u"different user"_s;

    QTest::newRow("iss + 1 char") << QJsonObject{{u"iss"_s, oneMore(Issuer)}} << none << true << noToken << anySubject
                                  << issuer;
    QTest::newRow("iss + slash") << QJsonObject{{u"iss"_s, oneMore(Issuer, u'/')}} << none << true << noToken
                                 << anySubject << issuer;
    QTest::newRow("iss - 1 char") << QJsonObject{{u"iss"_s, Issuer.chopped(1)}} << none << true << noToken << anySubject
                                  << issuer;
    QTest::newRow("iss upper case") << QJsonObject{{u"iss"_s, Issuer.toUpper()}} << none << true << noToken
                                    << anySubject << issuer;
    QTest::newRow("iss missing") << QJsonObject{} << QStringList{u"iss"_s} << true << noToken << anySubject << issuer;
    QTest::newRow("iss an array") << QJsonObject{{u"iss"_s, QJsonArray{Issuer}}} << none << true << noToken
                                  << anySubject << issuer;

    QTest::newRow("aud + 1 char") << QJsonObject{{u"aud"_s, oneMore(ClientId)}} << none << true << noToken << anySubject
                                  << audience;
    QTest::newRow("aud missing") << QJsonObject{} << QStringList{u"aud"_s} << true << noToken << anySubject << audience;
    QTest::newRow("aud a number") << QJsonObject{{u"aud"_s, 1}} << none << true << noToken << anySubject << audience;
    QTest::newRow("aud [client]") << QJsonObject{{u"aud"_s, QJsonArray{ClientId}}} << none << true << noToken
                                  << anySubject << accepted;
    QTest::newRow("aud [client, api] + azp client")
        << QJsonObject{{u"aud"_s, QJsonArray{ClientId, u"https://api.example"_s}}, {u"azp"_s, ClientId}} << none << true
        << noToken << anySubject << accepted;
    QTest::newRow("aud [client, api] without azp")
        << QJsonObject{{u"aud"_s, QJsonArray{ClientId, u"https://api.example"_s}}} << none << true << noToken
        << anySubject << audience;
    QTest::newRow("aud [client, api] + azp other")
        << QJsonObject{{u"aud"_s, QJsonArray{ClientId, u"https://api.example"_s}}, {u"azp"_s, u"other"_s}} << none
        << true << noToken << anySubject << audience;
    QTest::newRow("aud client + azp client")
        << QJsonObject{{u"azp"_s, ClientId}} << none << true << noToken << anySubject << accepted;
    QTest::newRow("aud client + azp client + 1 char")
        << QJsonObject{{u"azp"_s, oneMore(ClientId)}} << none << true << noToken << anySubject << audience;
    QTest::newRow("aud client + azp a number")
        << QJsonObject{{u"azp"_s, 1}} << none << true << noToken << anySubject << audience;
    QTest::newRow("aud [client + 1 char, api] + azp client")
        << QJsonObject{{u"aud"_s, QJsonArray{oneMore(ClientId), u"https://api.example"_s}}, {u"azp"_s, ClientId}}
        << none << true << noToken << anySubject << audience;
    QTest::newRow("aud []") << QJsonObject{{u"aud"_s, QJsonArray{}}} << none << true << noToken << anySubject
                            << audience;
    QTest::newRow("aud [client, 42] + azp client")
        << QJsonObject{{u"aud"_s, QJsonArray{ClientId, 42}}, {u"azp"_s, ClientId}} << none << true << noToken
        << anySubject << audience;

    QTest::newRow("nonce + 1 char") << QJsonObject{{u"nonce"_s, oneMore(Nonce)}} << none << true << noToken
                                    << anySubject << nonce;
    QTest::newRow("nonce missing") << QJsonObject{} << QStringList{u"nonce"_s} << true << noToken << anySubject
                                   << nonce;
    QTest::newRow("nonce a number") << QJsonObject{{u"nonce"_s, 1}} << none << true << noToken << anySubject << nonce;
    QTest::newRow("nonce not expected (refresh), present")
        << QJsonObject{} << none << false << noToken << anySubject << accepted;
    QTest::newRow("nonce not expected (refresh), absent")
        << QJsonObject{} << QStringList{u"nonce"_s} << false << noToken << anySubject << accepted;

    QTest::newRow("at_hash matches") << QJsonObject{{u"at_hash"_s, atHash}} << none << true << accessToken << anySubject
                                     << accepted;
    QTest::newRow("at_hash + 1 char") << QJsonObject{{u"at_hash"_s, oneMore(atHash, u'A')}} << none << true
                                      << accessToken << anySubject << u"access token"_s;
    QTest::newRow("at_hash of another token")
        << QJsonObject{{u"at_hash"_s, JwsFactory::atHash(u"ES384"_s, "another-access-token")}} << none << true
        << accessToken << anySubject << u"access token"_s;
    QTest::newRow("at_hash with SHA-256 for ES384")
        << QJsonObject{{u"at_hash"_s, JwsFactory::atHash(u"ES256"_s, AccessToken)}} << none << true << accessToken
        << anySubject << u"access token"_s;
    QTest::newRow("at_hash a number") << QJsonObject{{u"at_hash"_s, 1}} << none << true << accessToken << anySubject
                                      << u"access token"_s;
    QTest::newRow("at_hash absent (Logto 1.42)")
        << QJsonObject{} << none << true << accessToken << anySubject << accepted;
    QTest::newRow("at_hash present, no access token")
        << QJsonObject{{u"at_hash"_s, u"garbage"_s}} << none << true << noToken << anySubject << accepted;
}

void TestIdTokenVerifier::claims()
{
    QFETCH(QJsonObject, set);
    QFETCH(QStringList, removed);
    QFETCH(bool, nonceExpected);
    QFETCH(QString, accessToken);
    QFETCH(QString, expectedSubject);
    QFETCH(QString, messageFragment);

    QJsonObject payload = standardClaims();
    for (auto it = set.constBegin(); it != set.constEnd(); ++it)
        payload.insert(it.key(), it.value());
    for (const QString &name : removed)
        payload.remove(name);
    // ES384 with a kid: what Logto sends by default.
    const QByteArray token = JwsFactory::sign(key(u"p384"_s), u"ES384"_s, payload);

    IdTokenExpectations expect = expectations();
    if (!nonceExpected)
        expect.nonce.reset();
    expect.accessToken = accessToken;
    if (!expectedSubject.isEmpty())
        expect.subject = expectedSubject;

    const auto result = verify(token, m_allKeys, expect);
    if (messageFragment.isEmpty()) {
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QStringList checks = {u"algorithm"_s, u"signature"_s, u"issuer"_s, u"audience"_s, u"expiry"_s, u"issued-at"_s};
        if (payload.contains(u"nbf"_s))
            checks << u"not-before"_s;
        checks << u"subject"_s;
        if (nonceExpected)
            checks << u"nonce"_s;
        if (!accessToken.isEmpty() && payload.contains(u"at_hash"_s))
            checks << u"at_hash"_s;
        QCOMPARE(result.value().checksPassed, checks);
        QCOMPARE(result.value().claims, payload);
        return;
    }
    QVERIFY2(!result, "accepted a token it should have rejected");
    QCOMPARE(result.error().code, Error::Code::Verification);
    QVERIFY2(result.error().message.contains(messageFragment), qPrintable(result.error().toString()));
    QVERIFY(!result.error().detail.isEmpty());
    QVERIFY2(!leaksSecrets(result.error(), token), qPrintable(result.error().toString()));
}

void TestIdTokenVerifier::signatureCheckedBeforeClaims()
{
    QJsonObject payload = standardClaims();
    payload.insert(u"iss"_s, u"https://evil.example"_s);
    payload.insert(u"exp"_s, 1);
    payload.remove(u"nonce"_s);
    const QByteArray token = JwsFactory::sign(key(u"p384"_s), u"ES384"_s, payload);
    const auto jws = JsonWebSignature::parse(token);
    QVERIFY(jws);

    // Correctly signed: the claims are reached, and the first claim check fails.
    const auto claimsChecked = verify(token, m_allKeys, expectations());
    QVERIFY(!claimsChecked);
    QVERIFY(claimsChecked.error().message.contains(u"issuer"_s));

    // Badly signed: the signature error wins; nothing about the claims is said.
    QByteArray signature = jws.value().signature();
    signature[0] = char(signature.at(0) ^ 1);
    const auto forged = verify(JwsFactory::compact(jws.value().signingInput(), signature), m_allKeys, expectations());
    QVERIFY(!forged);
    QCOMPARE(forged.error().message, u"The ID token's signature is not valid."_s);
    QVERIFY(!forged.error().detail.contains(u"evil"_s));

    // Signed by a key not in the JWKS: the key error wins.
    const auto unknown = verify(JwsFactory::sign(key(u"p384b"_s), u"ES384"_s, payload), m_allKeys, expectations());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().message, u"None of the provider's signing keys can check the ID token."_s);
}

void TestIdTokenVerifier::rejectsIncompleteExpectations()
{
    const auto jws = JsonWebSignature::parse(JwsFactory::sign(key(u"p384"_s), u"ES384"_s, standardClaims()));
    QVERIFY(jws);
    QVERIFY(IdTokenVerifier::verify(jws.value(), m_allKeys, expectations()));

    IdTokenExpectations noIssuer = expectations();
    noIssuer.issuer.clear();
    IdTokenExpectations noClient = expectations();
    noClient.clientId.clear();
    IdTokenExpectations emptyNonce = expectations();
    emptyNonce.nonce = QString();
    for (const IdTokenExpectations &expect : {noIssuer, noClient, emptyNonce}) {
        const auto result = IdTokenVerifier::verify(jws.value(), m_allKeys, expect);
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
    }
}

void TestIdTokenVerifier::defaultsToCurrentTime()
{
    IdTokenExpectations expect = expectations();
    expect.now = QDateTime();
    const QDateTime current = QDateTime::currentDateTimeUtc();
    const JwsFactory::Key signer = key(u"p384"_s);

    const auto fresh = verify(
        JwsFactory::sign(signer, u"ES384"_s, JwsFactory::standardClaims(Issuer, ClientId, Subject, current, Nonce)),
        m_allKeys,
        expect);
    QVERIFY2(fresh, qPrintable(fresh ? QString() : fresh.error().toString()));

    // Valid at the fixed test time, long expired now.
    const auto old = verify(JwsFactory::sign(signer, u"ES384"_s, standardClaims()), m_allKeys, expect);
    QVERIFY(!old);
    QVERIFY(old.error().message.contains(u"has expired"_s));
}

QTEST_GUILESS_MAIN(TestIdTokenVerifier)
#include "tst_idtokenverifier.moc"
