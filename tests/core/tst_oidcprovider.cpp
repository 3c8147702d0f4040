// SPDX-License-Identifier: MIT
#include "oidcprovider.h"
#include "utc.h"

#include <QTest>

using namespace Logto;
using namespace Qt::StringLiterals;

class TestOidcProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainClockSkew_data();
    void explainClockSkew();
};

void TestOidcProvider::explainClockSkew_data()
{
    QTest::addColumn<int>("offsetSeconds"); // local clock minus server clock
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("validDate");
    QTest::addColumn<QString>("expected"); // substring of the message; empty: unchanged

    const int verification = static_cast<int>(Error::Code::Verification);
    QTest::newRow("20 min ahead") << 20 * 60 << verification << true << u"20 minute(s) ahead"_s;
    QTest::newRow("7 min behind") << -7 * 60 << verification << true << u"7 minute(s) behind"_s;
    QTest::newRow("rounded to the nearest minute") << 6 * 60 + 40 << verification << true << u"7 minute(s) ahead"_s;
    QTest::newRow("within the allowed skew") << 299 << verification << true << QString();
    QTest::newRow("no Date header") << 3600 << verification << false << QString();
    QTest::newRow("not a verification error") << 3600 << static_cast<int>(Error::Code::Network) << true << QString();
}

void TestOidcProvider::explainClockSkew()
{
    QFETCH(int, offsetSeconds);
    QFETCH(int, code);
    QFETCH(bool, validDate);
    QFETCH(QString, expected);

    const QDateTime now = Logto::Utc::dateTime(QDate(2026, 11, 24), QTime(12, 0));
    const QDateTime serverDate = validDate ? now.addSecs(-offsetSeconds) : QDateTime();
    const Error original{static_cast<Error::Code>(code), u"The ID token has expired."_s};
    const Error explained = OidcProvider::explainClockSkew(original, serverDate, std::chrono::seconds(300), now);
    if (expected.isEmpty()) {
        QCOMPARE(explained.message, original.message);
        return;
    }
    QVERIFY2(explained.message.contains(expected), qPrintable(explained.message));
    QCOMPARE(explained.code, original.code);
    QVERIFY(explained.detail.contains(original.message)); // the original check stays in the details
}

QTEST_GUILESS_MAIN(TestOidcProvider)
#include "tst_oidcprovider.moc"
