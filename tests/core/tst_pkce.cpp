// SPDX-License-Identifier: MIT
#include "pkce.h"

#include <QSet>
#include <QTest>

using namespace Logto;

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7636AppendixB();
    void generatedVerifierIsFreshAndWellFormed();
};

void TestPkce::rfc7636AppendixB()
{
    // RFC 7636, Appendix B.
    const QByteArray verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QCOMPARE(Pkce::challengeFor(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QCOMPARE(QByteArray(Pkce::method()), QByteArray("S256"));
}

void TestPkce::generatedVerifierIsFreshAndWellFormed()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const Pkce pkce = Pkce::generate();
        // RFC 7636 §4.1: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~].
        QVERIFY(pkce.verifier.size() >= 43 && pkce.verifier.size() <= 128);
        for (const char c : pkce.verifier)
            QVERIFY(QByteArray("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~").contains(c));
        QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
        QVERIFY(!seen.contains(pkce.verifier));
        seen.insert(pkce.verifier);
    }
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
