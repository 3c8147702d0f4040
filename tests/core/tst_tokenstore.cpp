// SPDX-License-Identifier: MIT
// Runs against the real Secret Service (tests/with-keyring.sh), never a mock.
#include "sessionstore.h"
#include "tokenstore.h"

#include <QTest>

#include <optional>

using namespace Logto;
using namespace Qt::StringLiterals;

namespace {

const QString Service = u"io.github.logtosignin.LogtoSignin.test"_s;

template<typename T>
std::optional<Result<T>> await(const std::function<void(std::function<void(Result<T>)>)> &start)
{
    std::optional<Result<T>> outcome;
    start([&outcome](Result<T> result) { outcome.emplace(std::move(result)); });
    // QTRY_* return void; a helper that returns a value spins the event loop with qWaitFor.
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 20000))
        return std::nullopt;
    return outcome;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void missingEntryIsNotSignedIn();
    void removingMissingEntrySucceeds();
    void queuedJobsRunInOrder();
    void sessionsPerIssuerAndAppDoNotCollide();
};

void TestTokenStore::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/with-keyring.sh");
}

void TestTokenStore::roundTrip_data()
{
    QTest::addColumn<QString>("secret");
    QTest::newRow("opaque refresh token") << u"rt_0123456789abcdefABCDEF-_"_s;
    QTest::newRow("long ID token") << QString(4000, u'x');
    QTest::newRow("unicode") << u"ทดสอบ-token-✓"_s;
}

void TestTokenStore::roundTrip()
{
    QFETCH(QString, secret);
    TokenStore store(Service);
    const QString key = u"round trip"_s;
    auto written = await<void>([&](auto done) { store.write(key, secret, done); });
    QVERIFY(written && written->hasValue());
    auto read = await<QString>([&](auto done) { store.read(key, done); });
    QVERIFY(read && read->hasValue());
    QCOMPARE(read->value(), secret);
    auto removed = await<void>([&](auto done) { store.remove(key, done); });
    QVERIFY(removed && removed->hasValue());
    read = await<QString>([&](auto done) { store.read(key, done); });
    QVERIFY(read && !read->hasValue());
    QCOMPARE(read->error().code, Error::Code::NotSignedIn);
}

void TestTokenStore::missingEntryIsNotSignedIn()
{
    TokenStore store(Service);
    auto read = await<QString>([&](auto done) { store.read(u"never written"_s, done); });
    QVERIFY(read && !read->hasValue());
    QCOMPARE(read->error().code, Error::Code::NotSignedIn);
}

void TestTokenStore::removingMissingEntrySucceeds()
{
    TokenStore store(Service);
    auto removed = await<void>([&](auto done) { store.remove(u"never written"_s, done); });
    QVERIFY(removed && removed->hasValue());
}

void TestTokenStore::queuedJobsRunInOrder()
{
    // Many requests at once: QtKeychain must see one job at a time, and results come back in order.
    TokenStore store(Service);
    QStringList order;
    for (int i = 0; i < 10; ++i) {
        store.write(u"queued"_s, QString::number(i), [&order, i](const Result<void> &r) {
            QVERIFY(r.hasValue());
            order << u"w%1"_s.arg(i);
        });
    }
    std::optional<QString> last;
    store.read(u"queued"_s, [&](const Result<QString> &r) {
        order << u"r"_s;
        if (r)
            last = r.value();
    });
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 11, 20000);
    QCOMPARE(order.last(), u"r"_s);
    QCOMPARE(order.first(), u"w0"_s);
    QCOMPARE(last.value_or(QString()), u"9"_s);
}

void TestTokenStore::sessionsPerIssuerAndAppDoNotCollide()
{
    TokenStore tokens(Service);
    SessionStore sessions(&tokens);
    const QString a = u"https://a.logto.app/oidc"_s;
    const QString b = u"https://b.logto.app/oidc"_s;
    auto saved = await<void>([&](auto done) { sessions.save(a, u"app"_s, {u"rt-a"_s, u"id-a"_s}, done); });
    QVERIFY(saved && saved->hasValue());
    saved = await<void>([&](auto done) { sessions.save(b, u"app"_s, {u"rt-b"_s, u"id-b"_s}, done); });
    QVERIFY(saved && saved->hasValue());
    saved = await<void>([&](auto done) { sessions.save(a, u"other"_s, {u"rt-a2"_s, u"id-a2"_s}, done); });
    QVERIFY(saved && saved->hasValue());

    auto loaded = await<StoredSession>([&](auto done) { sessions.load(a, u"app"_s, done); });
    QVERIFY(loaded && loaded->hasValue());
    QCOMPARE(loaded->value().refreshToken, u"rt-a"_s);
    QCOMPARE(loaded->value().idToken, u"id-a"_s);
    loaded = await<StoredSession>([&](auto done) { sessions.load(b, u"app"_s, done); });
    QCOMPARE(loaded->value().refreshToken, u"rt-b"_s);

    auto removed = await<void>([&](auto done) { sessions.remove(a, u"app"_s, done); });
    QVERIFY(removed && removed->hasValue());
    loaded = await<StoredSession>([&](auto done) { sessions.load(a, u"app"_s, done); });
    QCOMPARE(loaded->error().code, Error::Code::NotSignedIn);
    loaded = await<StoredSession>([&](auto done) { sessions.load(a, u"other"_s, done); });
    QCOMPARE(loaded->value().refreshToken, u"rt-a2"_s);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
