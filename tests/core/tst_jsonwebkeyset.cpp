// SPDX-License-Identifier: MIT
#include "jsonwebkey.h"
#include "jsonwebkeyset.h"
#include "jwsfactory.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Logto;
using namespace Qt::StringLiterals;
using Logto::Testing::JwsFactory;

namespace {

const QStringList AllAlgorithms = {
    QStringLiteral("RS256"),
    QStringLiteral("RS384"),
    QStringLiteral("RS512"),
    QStringLiteral("PS256"),
    QStringLiteral("PS384"),
    QStringLiteral("PS512"),
    QStringLiteral("ES256"),
    QStringLiteral("ES384"),
    QStringLiteral("ES512"),
    QStringLiteral("EdDSA"),
};

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray b64urlDecode(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1(), QByteArray::Base64UrlEncoding);
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestJsonWebKeySet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void importsKey_data();
    void importsKey();
    void rejectsKey_data();
    void rejectsKey();
    void fitsByKeyType_data();
    void fitsByKeyType();
    void fitsHonoursJwkMembers_data();
    void fitsHonoursJwkMembers();
    void supportedAlgorithms();

    void rejectsSet_data();
    void rejectsSet();
    void skipsUnusableKeys();
    void defaultSetIsEmpty();
    void hasKeyId();
    void select_data();
    void select();

private:
    QJsonObject jwk(const QString &name) const { return m_keys.value(name).publicJwk(); }
    QJsonObject jwkWith(const QString &name, const QString &member, const QJsonValue &value) const;

    QHash<QString, JwsFactory::Key> m_keys;
};

void TestJsonWebKeySet::initTestCase()
{
    m_keys.insert(QStringLiteral("rsa"),
                  JwsFactory::generateKey(JwsFactory::KeyKind::Rsa2048, QStringLiteral("rsa-1")));
    m_keys.insert(QStringLiteral("p256"),
                  JwsFactory::generateKey(JwsFactory::KeyKind::EcP256, QStringLiteral("p256-1")));
    m_keys.insert(QStringLiteral("p384"),
                  JwsFactory::generateKey(JwsFactory::KeyKind::EcP384, QStringLiteral("p384-1")));
    m_keys.insert(QStringLiteral("p384b"),
                  JwsFactory::generateKey(JwsFactory::KeyKind::EcP384, QStringLiteral("p384-2")));
    m_keys.insert(QStringLiteral("p521"),
                  JwsFactory::generateKey(JwsFactory::KeyKind::EcP521, QStringLiteral("p521-1")));
    m_keys.insert(QStringLiteral("ed"), JwsFactory::generateKey(JwsFactory::KeyKind::Ed25519, QStringLiteral("ed-1")));
}

QJsonObject TestJsonWebKeySet::jwkWith(const QString &name, const QString &member, const QJsonValue &value) const
{
    QJsonObject object = jwk(name);
    if (value.isUndefined())
        object.remove(member);
    else
        object.insert(member, value);
    return object;
}

void TestJsonWebKeySet::importsKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("keyType");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<int>("bits");
    QTest::newRow("RSA 2048") << u"rsa"_s << u"RSA"_s << QString() << 2048;
    QTest::newRow("EC P-256") << u"p256"_s << u"EC"_s << u"P-256"_s << 256;
    QTest::newRow("EC P-384") << u"p384"_s << u"EC"_s << u"P-384"_s << 384;
    QTest::newRow("EC P-521") << u"p521"_s << u"EC"_s << u"P-521"_s << 521;
    QTest::newRow("OKP Ed25519") << u"ed"_s << u"OKP"_s << u"Ed25519"_s << 256;
}

void TestJsonWebKeySet::importsKey()
{
    QFETCH(QString, key);
    QFETCH(QString, keyType);
    QFETCH(QString, curve);
    QFETCH(int, bits);

    const auto imported = JsonWebKey::fromJson(m_keys.value(key).publicJwk(QStringLiteral("XX1")));
    QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
    QCOMPARE(imported.value().keyId(), m_keys.value(key).keyId());
    QCOMPARE(imported.value().keyType(), keyType);
    QCOMPARE(imported.value().curve(), curve);
    QCOMPARE(imported.value().bits(), bits);
    QCOMPARE(imported.value().algorithm(), u"XX1"_s);
    QCOMPARE(imported.value().use(), u"sig"_s);
}

void TestJsonWebKeySet::rejectsKey_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("detailFragment");

    const QJsonObject rsa = jwk(QStringLiteral("rsa"));
    QByteArray modulus = b64urlDecode(rsa.value(QStringLiteral("n")));
    QCOMPARE(modulus.size(), 256);
    // Odd moduli just under the limit, so only the size can be the reason.
    QByteArray modulus1024 = modulus.left(128);
    modulus1024[127] = char(modulus1024.at(127) | 1);
    QByteArray modulus2040 = modulus.mid(1);
    QByteArray evenModulus = modulus;
    evenModulus[255] = char(evenModulus.at(255) & ~1);

    const QJsonObject p256 = jwk(QStringLiteral("p256"));
    QByteArray offCurveY = b64urlDecode(p256.value(QStringLiteral("y")));
    offCurveY[31] = char(offCurveY.at(31) ^ 1);
    const QByteArray shortX = b64urlDecode(p256.value(QStringLiteral("x"))).mid(1);

    QTest::newRow("kty missing") << jwkWith(u"p256"_s, u"kty"_s, QJsonValue::Undefined) << u"kty"_s;
    QTest::newRow("kty not a string") << jwkWith(u"p256"_s, u"kty"_s, 1) << u"kty"_s;
    QTest::newRow("kty oct (symmetric)") << QJsonObject{{u"kty"_s, u"oct"_s}, {u"k"_s, u"c2VjcmV0"_s}}
                                         << u"unsupported key type"_s;
    QTest::newRow("kty lower-case ec") << jwkWith(u"p256"_s, u"kty"_s, u"ec"_s) << u"unsupported key type"_s;
    QTest::newRow("kid not a string") << jwkWith(u"p256"_s, u"kid"_s, 7) << u"not a string"_s;
    QTest::newRow("use not a string") << jwkWith(u"p256"_s, u"use"_s, true) << u"not a string"_s;
    QTest::newRow("key_ops not an array") << jwkWith(u"p256"_s, u"key_ops"_s, u"verify"_s) << u"key_ops"_s;

    QTest::newRow("RSA 1024 bits") << jwkWith(u"rsa"_s, u"n"_s, QString::fromLatin1(b64url(modulus1024)))
                                   << u"1024 bits"_s;
    QTest::newRow("RSA 2039 or 2040 bits")
        << jwkWith(u"rsa"_s, u"n"_s, QString::fromLatin1(b64url(modulus2040))) << u"bits; 2048 to 16384 are accepted"_s;
    QTest::newRow("RSA even modulus") << jwkWith(u"rsa"_s, u"n"_s, QString::fromLatin1(b64url(evenModulus)))
                                      << u"odd"_s;
    QTest::newRow("RSA exponent 1") << jwkWith(u"rsa"_s, u"e"_s, u"AQ"_s) << u"odd"_s;
    QTest::newRow("RSA without e") << jwkWith(u"rsa"_s, u"e"_s, QJsonValue::Undefined) << u"\"e\""_s;
    QTest::newRow("RSA n padded base64") << jwkWith(u"rsa"_s, u"n"_s, QString(rsa.value(u"n"_s).toString() + u"=="_s))
                                         << u"\"n\""_s;
    QTest::newRow("RSA n is a number") << jwkWith(u"rsa"_s, u"n"_s, 65537) << u"\"n\""_s;

    QTest::newRow("EC point not on the curve")
        << jwkWith(u"p256"_s, u"y"_s, QString::fromLatin1(b64url(offCurveY))) << u"not a valid point"_s;
    QTest::newRow("EC x one byte short") << jwkWith(u"p256"_s, u"x"_s, QString::fromLatin1(b64url(shortX)))
                                         << u"exactly 32 bytes"_s;
    QTest::newRow("EC P-384 coordinates labelled P-256")
        << jwkWith(u"p384"_s, u"crv"_s, u"P-256"_s) << u"exactly 32 bytes"_s;
    QTest::newRow("EC without y") << jwkWith(u"p256"_s, u"y"_s, QJsonValue::Undefined) << u"\"y\""_s;
    QTest::newRow("EC without crv") << jwkWith(u"p256"_s, u"crv"_s, QJsonValue::Undefined) << u"curve"_s;
    QTest::newRow("EC secp256k1") << jwkWith(u"p256"_s, u"crv"_s, u"secp256k1"_s) << u"unsupported EC curve"_s;
    QTest::newRow("EC all-zero point") << jwkWith(u"p256"_s, u"x"_s, QString::fromLatin1(b64url(QByteArray(32, 0))))
                                       << u"not a valid point"_s;

    QTest::newRow("OKP Ed448") << jwkWith(u"ed"_s, u"crv"_s, u"Ed448"_s) << u"unsupported OKP curve"_s;
    QTest::newRow("OKP X25519") << jwkWith(u"ed"_s, u"crv"_s, u"X25519"_s) << u"unsupported OKP curve"_s;
    QTest::newRow("OKP x 31 bytes") << jwkWith(u"ed"_s, u"x"_s, QString::fromLatin1(b64url(QByteArray(31, 'a'))))
                                    << u"exactly 32 bytes"_s;
}

void TestJsonWebKeySet::rejectsKey()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, detailFragment);
    const auto key = JsonWebKey::fromJson(jwk);
    QVERIFY(!key);
    QCOMPARE(key.error().code, Error::Code::Verification);
    QVERIFY2(key.error().detail.contains(detailFragment), qPrintable(key.error().detail));
    QVERIFY(!key.error().message.isEmpty());
}

void TestJsonWebKeySet::fitsByKeyType_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("fits");

    const QList<QPair<QString, QStringList>> fitting = {
        {u"rsa"_s, {u"RS256"_s, u"RS384"_s, u"RS512"_s, u"PS256"_s, u"PS384"_s, u"PS512"_s}},
        {u"p256"_s, {u"ES256"_s}},
        {u"p384"_s, {u"ES384"_s}},
        {u"p521"_s, {u"ES512"_s}},
        {u"ed"_s, {u"EdDSA"_s}},
    };
    const QStringList neverFit = {
        u"none"_s, u"HS256"_s, u"HS384"_s, u"HS512"_s, u"RS1"_s, u"ES256K"_s, u"Ed25519"_s, u"rs256"_s, {}};
    for (const auto &[key, algs] : fitting) {
        for (const QString &alg : AllAlgorithms + neverFit) {
            QTest::addRow("%s %s", qPrintable(key), qPrintable(alg.isEmpty() ? u"(empty)"_s : alg))
                << key << alg << algs.contains(alg);
        }
    }
}

void TestJsonWebKeySet::fitsByKeyType()
{
    QFETCH(QString, key);
    QFETCH(QString, alg);
    QFETCH(bool, fits);
    const auto imported = JsonWebKey::fromJson(jwk(key));
    QVERIFY(imported);
    QCOMPARE(imported.value().fits(alg), fits);
}

void TestJsonWebKeySet::fitsHonoursJwkMembers_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("fits");

    QTest::newRow("alg RS256 fits RS256") << jwkWith(u"rsa"_s, u"alg"_s, u"RS256"_s) << u"RS256"_s << true;
    QTest::newRow("alg RS256 refuses RS384") << jwkWith(u"rsa"_s, u"alg"_s, u"RS256"_s) << u"RS384"_s << false;
    QTest::newRow("alg RS256 refuses PS256") << jwkWith(u"rsa"_s, u"alg"_s, u"RS256"_s) << u"PS256"_s << false;
    QTest::newRow("alg PS256 fits PS256") << jwkWith(u"rsa"_s, u"alg"_s, u"PS256"_s) << u"PS256"_s << true;
    QTest::newRow("alg ES384 on P-256 key") << jwkWith(u"p256"_s, u"alg"_s, u"ES384"_s) << u"ES384"_s << false;
    QTest::newRow("use absent") << jwkWith(u"p384"_s, u"use"_s, QJsonValue::Undefined) << u"ES384"_s << true;
    QTest::newRow("use enc") << jwkWith(u"p384"_s, u"use"_s, u"enc"_s) << u"ES384"_s << false;
    QTest::newRow("use SIG (case matters)") << jwkWith(u"p384"_s, u"use"_s, u"SIG"_s) << u"ES384"_s << false;
    QTest::newRow("key_ops verify") << jwkWith(u"p384"_s, u"key_ops"_s, QJsonArray{u"verify"_s}) << u"ES384"_s << true;
    QTest::newRow("key_ops encrypt") << jwkWith(u"p384"_s, u"key_ops"_s, QJsonArray{u"encrypt"_s}) << u"ES384"_s
                                     << false;
    QTest::newRow("key_ops empty") << jwkWith(u"p384"_s, u"key_ops"_s, QJsonArray{}) << u"ES384"_s << false;
}

void TestJsonWebKeySet::fitsHonoursJwkMembers()
{
    QFETCH(QJsonObject, jwk);
    QFETCH(QString, alg);
    QFETCH(bool, fits);
    const auto imported = JsonWebKey::fromJson(jwk);
    QVERIFY(imported);
    QCOMPARE(imported.value().fits(alg), fits);
}

void TestJsonWebKeySet::supportedAlgorithms()
{
    QCOMPARE(JsonWebKey::supportedAlgorithms(), AllAlgorithms);
    for (const QString &alg : {u"none"_s, u"HS256"_s, u"HS384"_s, u"HS512"_s, u"ES256K"_s, u""_s})
        QVERIFY2(!JsonWebKey::isSupportedAlgorithm(alg), qPrintable(alg));
}

void TestJsonWebKeySet::rejectsSet_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detailFragment");

    QJsonObject huge{{u"keys"_s, QJsonArray{jwk(u"p384"_s)}},
                     {u"padding"_s, QString(int(JsonWebKeySet::MaximumSize), u'a')}};

    QTest::newRow("empty document") << QByteArray() << u"not valid JSON"_s;
    QTest::newRow("not JSON") << QByteArray("<html>503</html>") << u"not valid JSON"_s;
    QTest::newRow("truncated") << JwsFactory::jwks({jwk(u"p384"_s)}).chopped(2) << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
    QTest::newRow("no keys member") << QByteArray(R"({"key":[]})") << u"\"keys\""_s;
    QTest::newRow("keys is an object") << toJson({{u"keys"_s, jwk(u"p384"_s)}}) << u"\"keys\""_s;
    QTest::newRow("keys empty") << QByteArray(R"({"keys":[]})") << u"no usable key"_s;
    QTest::newRow("only unusable keys") << JwsFactory::jwks(
        {QJsonObject{{u"kty"_s, u"oct"_s}}, jwkWith(u"p256"_s, u"crv"_s, u"P-192"_s)})
                                        << u"no usable key (2 entries"_s;
    QTest::newRow("larger than 1 MiB") << toJson(huge) << u"larger than"_s;
}

void TestJsonWebKeySet::rejectsSet()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detailFragment);
    const auto set = JsonWebKeySet::fromJson(json);
    QVERIFY(!set);
    QCOMPARE(set.error().code, Error::Code::Verification);
    QVERIFY2(set.error().detail.contains(detailFragment), qPrintable(set.error().detail));
}

void TestJsonWebKeySet::skipsUnusableKeys()
{
    QJsonObject offCurve = jwk(u"p256"_s);
    QByteArray y = b64urlDecode(offCurve.value(u"y"_s));
    y[0] = char(y.at(0) ^ 0x40);
    offCurve.insert(u"y"_s, QString::fromLatin1(b64url(y)));

    QJsonArray keys{
        QJsonObject{{u"kty"_s, u"oct"_s}, {u"k"_s, u"c2VjcmV0"_s}},
        jwk(u"p384"_s),
        42,
        offCurve,
        jwkWith(u"ed"_s, u"crv"_s, u"Ed448"_s),
        jwkWith(u"rsa"_s, u"e"_s, QJsonValue::Undefined),
        jwk(u"ed"_s),
    };
    const auto set = JsonWebKeySet::fromJson(toJson({{u"keys"_s, keys}}));
    QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
    QCOMPARE(set.value().keys().size(), 2);
    QCOMPARE(set.value().keys().at(0).keyId(), u"p384-1"_s);
    QCOMPARE(set.value().keys().at(1).keyId(), u"ed-1"_s);
    QVERIFY(!set.value().isEmpty());
    QVERIFY(!set.value().hasKeyId(u"p256-1"_s));
}

void TestJsonWebKeySet::defaultSetIsEmpty()
{
    const JsonWebKeySet set;
    QVERIFY(set.isEmpty());
    QVERIFY(set.keys().isEmpty());
    QCOMPARE(set.select(QString(), u"ES384"_s), nullptr);
    QVERIFY(!set.hasKeyId(QString()));
}

void TestJsonWebKeySet::hasKeyId()
{
    const auto set = JsonWebKeySet::fromJson(
        JwsFactory::jwks(QList<JwsFactory::Key>{m_keys.value(u"rsa"_s), m_keys.value(u"p384"_s)}));
    QVERIFY(set);
    QVERIFY(set.value().hasKeyId(u"rsa-1"_s));
    QVERIFY(set.value().hasKeyId(u"p384-1"_s));
    QVERIFY(!set.value().hasKeyId(u"p384-1 "_s));
    QVERIFY(!set.value().hasKeyId(u"P384-1"_s));
    QVERIFY(!set.value().hasKeyId(QString()));
}

void TestJsonWebKeySet::select_data()
{
    QTest::addColumn<QList<QJsonObject>>("jwks");
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<int>("expectedIndex"); // -1: nullptr

    const QList<QJsonObject> all = {jwk(u"rsa"_s), jwk(u"p256"_s), jwk(u"p384"_s), jwk(u"p521"_s), jwk(u"ed"_s)};
    const QList<QJsonObject> rotation = {jwk(u"p384b"_s), jwk(u"p384"_s)}; // new key first, as Logto lists them
    const QList<QJsonObject> duplicateKid = {jwk(u"p384"_s), jwkWith(u"p384b"_s, u"kid"_s, u"p384-1"_s)};
    const QList<QJsonObject> sharedKid = {jwkWith(u"rsa"_s, u"kid"_s, u"shared"_s),
                                          jwkWith(u"p384"_s, u"kid"_s, u"shared"_s)};

    QTest::newRow("kid and alg match") << all << u"p384-1"_s << u"ES384"_s << 2;
    QTest::newRow("kid RSA, RS256") << all << u"rsa-1"_s << u"RS256"_s << 0;
    QTest::newRow("kid RSA, PS512") << all << u"rsa-1"_s << u"PS512"_s << 0;
    QTest::newRow("kid Ed25519, EdDSA") << all << u"ed-1"_s << u"EdDSA"_s << 4;
    QTest::newRow("kid matches, alg does not fit") << all << u"p384-1"_s << u"ES256"_s << -1;
    QTest::newRow("kid of an EC key, RS256") << all << u"p256-1"_s << u"RS256"_s << -1;
    QTest::newRow("unknown kid") << all << u"rotated-away"_s << u"ES384"_s << -1;
    QTest::newRow("kid differs in case") << all << u"P384-1"_s << u"ES384"_s << -1;
    QTest::newRow("no kid, single fitting key among others") << all << QString() << u"ES384"_s << 2;
    QTest::newRow("no kid, single RSA key") << all << QString() << u"RS256"_s << 0;
    QTest::newRow("no kid, no fitting key") << QList<QJsonObject>{jwk(u"p384"_s)} << QString() << u"ES512"_s << -1;
    QTest::newRow("no kid, only key") << QList<QJsonObject>{jwk(u"p384"_s)} << QString() << u"ES384"_s << 0;
    // rp-id_token-kid-absent-multiple-jwks: no guessing between two candidates.
    QTest::newRow("no kid, two keys fit") << rotation << QString() << u"ES384"_s << -1;
    QTest::newRow("rotation: new kid") << rotation << u"p384-2"_s << u"ES384"_s << 0;
    QTest::newRow("rotation: previous kid") << rotation << u"p384-1"_s << u"ES384"_s << 1;
    QTest::newRow("same kid on two fitting keys") << duplicateKid << u"p384-1"_s << u"ES384"_s << -1;
    QTest::newRow("shared kid, alg picks EC") << sharedKid << u"shared"_s << u"ES384"_s << 1;
    QTest::newRow("shared kid, alg picks RSA") << sharedKid << u"shared"_s << u"RS256"_s << 0;
    QTest::newRow("alg none") << all << QString() << u"none"_s << -1;
    QTest::newRow("alg HS256 with RSA kid") << all << u"rsa-1"_s << u"HS256"_s << -1;
}

void TestJsonWebKeySet::select()
{
    QFETCH(QList<QJsonObject>, jwks);
    QFETCH(QString, kid);
    QFETCH(QString, alg);
    QFETCH(int, expectedIndex);

    const auto set = JsonWebKeySet::fromJson(JwsFactory::jwks(jwks));
    QVERIFY(set);
    QCOMPARE(set.value().keys().size(), jwks.size());
    const JsonWebKey *selected = set.value().select(kid, alg);
    if (expectedIndex < 0) {
        QCOMPARE(selected, nullptr);
    } else {
        QVERIFY(selected);
        QCOMPARE(selected, &set.value().keys().at(expectedIndex));
    }
}

QTEST_GUILESS_MAIN(TestJsonWebKeySet)
#include "tst_jsonwebkeyset.moc"
