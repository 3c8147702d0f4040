// SPDX-License-Identifier: MIT
#include "base64url.h"

#include <QTest>

using namespace Logto;

class TestBase64Url : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void rejects_data();
    void rejects();
};

void TestBase64Url::roundTrip_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one byte") << QByteArray("\xfb", 1) << QByteArray("-w");
    QTest::newRow("two bytes") << QByteArray("\xff\xef", 2) << QByteArray("_-8");
    QTest::newRow("three bytes") << QByteArray("abc") << QByteArray("YWJj");
    QTest::newRow("jose header") << QByteArray(R"({"alg":"ES384"})") << QByteArray("eyJhbGciOiJFUzM4NCJ9");
}

void TestBase64Url::roundTrip()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(Base64Url::encode(raw), encoded);
    const auto decoded = Base64Url::decode(encoded);
    QVERIFY(decoded.has_value());
    QCOMPARE(*decoded, raw);
}

void TestBase64Url::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding") << QByteArray("YQ==");
    QTest::newRow("plus") << QByteArray("a+b_");
    QTest::newRow("slash") << QByteArray("a/b_");
    QTest::newRow("space") << QByteArray("YW Jj");
    QTest::newRow("impossible length") << QByteArray("YWJjZ");
    QTest::newRow("dot") << QByteArray("YW.j");
}

void TestBase64Url::rejects()
{
    QFETCH(QByteArray, text);
    QVERIFY(!Base64Url::decode(text).has_value());
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
