// SPDX-License-Identifier: MIT
// The device authorization answer (RFC 8628 §3.2) as DeviceSignInFlow reads it: Logto's shape
// (no interval → 5 s), bounds on what a provider may ask for, unsafe links and unreadable codes
// refused, and the user code grouped for reading aloud.
#include "devicesigninflow.h"

#include <QJsonObject>
#include <QTest>

using namespace Logto;
using namespace Qt::StringLiterals;

namespace {

QJsonObject logtoAnswer()
{
    return {{u"device_code"_s, u"secret-device-code"_s},
            {u"user_code"_s, u"WDJB-MJHT"_s},
            {u"verification_uri"_s, u"https://tenant.logto.app/device"_s},
            {u"verification_uri_complete"_s, u"https://tenant.logto.app/device?user_code=WDJB-MJHT"_s},
            {u"expires_in"_s, 600}};
}

} // namespace

class TestDeviceAuthorization : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void logtoShape();
    void interval_data();
    void interval();
    void refused_data();
    void refused();
    void grouped_data();
    void grouped();
};

void TestDeviceAuthorization::logtoShape()
{
    QString deviceCode;
    const auto parsed = DeviceAuthorization::fromJson(logtoAnswer(), &deviceCode);
    QVERIFY(parsed);
    QCOMPARE(deviceCode, u"secret-device-code"_s);
    QCOMPARE(parsed.value().userCode, u"WDJB-MJHT"_s);
    QCOMPARE(parsed.value().verificationUri, QUrl(u"https://tenant.logto.app/device"_s));
    QCOMPARE(parsed.value().verificationUriComplete.query(), u"user_code=WDJB-MJHT"_s);
    QCOMPARE(parsed.value().expiresIn, std::chrono::seconds(600));
    QCOMPARE(parsed.value().interval, std::chrono::seconds(5)); // Logto sends none: RFC 8628's default
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(parsed.value().expiresAt) - 600) <= 2);
}

void TestDeviceAuthorization::interval_data()
{
    QTest::addColumn<QJsonValue>("given");
    QTest::addColumn<int>("expected");
    QTest::newRow("absent") << QJsonValue(QJsonValue::Undefined) << 5;
    QTest::newRow("10") << QJsonValue(10) << 10;
    QTest::newRow("0: at least 1 s") << QJsonValue(0) << 1;
    QTest::newRow("3600: at most 60 s") << QJsonValue(3600) << 60;
    QTest::newRow("a string: the default") << QJsonValue(u"7"_s) << 5;
}

void TestDeviceAuthorization::interval()
{
    QFETCH(QJsonValue, given);
    QFETCH(int, expected);
    QJsonObject answer = logtoAnswer();
    if (!given.isUndefined())
        answer.insert(u"interval"_s, given);
    QString deviceCode;
    const auto parsed = DeviceAuthorization::fromJson(answer, &deviceCode);
    QVERIFY(parsed);
    QCOMPARE(parsed.value().interval, std::chrono::seconds(expected));
}

void TestDeviceAuthorization::refused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no device_code") << u"device_code"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("no user_code") << u"user_code"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("user_code with an escape") << u"user_code"_s << QJsonValue(u"AB\x1b[2JCD"_s);
    QTest::newRow("user_code too long") << u"user_code"_s << QJsonValue(QString(65, u'A'));
    QTest::newRow("no verification_uri") << u"verification_uri"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("http on another host") << u"verification_uri"_s << QJsonValue(u"http://evil.example/device"_s);
    QTest::newRow("complete: javascript") << u"verification_uri_complete"_s << QJsonValue(u"javascript:alert(1)"_s);
    QTest::newRow("no expires_in") << u"expires_in"_s << QJsonValue(QJsonValue::Undefined);
    QTest::newRow("expires_in 0") << u"expires_in"_s << QJsonValue(0);
}

void TestDeviceAuthorization::refused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QJsonObject answer = logtoAnswer();
    if (value.isUndefined())
        answer.remove(field);
    else
        answer.insert(field, value);
    QString deviceCode;
    const auto parsed = DeviceAuthorization::fromJson(answer, &deviceCode);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, Error::Code::Provider);
    QVERIFY(deviceCode.isEmpty());
    QVERIFY(!parsed.error().toString().contains(u"secret-device-code"_s));
}

void TestDeviceAuthorization::grouped_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Logto's") << u"WDJB-MJHT"_s << u"WDJB-MJHT"_s;
    QTest::newRow("plain") << u"WDJBMJHT"_s << u"WDJB-MJHT"_s;
    QTest::newRow("spaces") << u"WDJB MJHT"_s << u"WDJB-MJHT"_s;
    QTest::newRow("nine") << u"123456789"_s << u"1234-5678-9"_s;
}

void TestDeviceAuthorization::grouped()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(DeviceAuthorization::groupedUserCode(code), expected);
}

QTEST_GUILESS_MAIN(TestDeviceAuthorization)
#include "tst_deviceauthorization.moc"
