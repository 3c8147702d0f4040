// SPDX-License-Identifier: MIT
// SessionManager in a long-running process (as in the window), against the Logto-shaped provider
// and the real Secret Service (inside tests/with-keyring.sh), for what only shows over time:
// - a sign-out that waits for the session lock while refreshes are queued and another process
//   holds the lock completes, revokes, and leaves no waiting accessToken() unanswered;
// - without XDG_RUNTIME_DIR the lock is not in /tmp, where another user could block it;
// - a rotated refresh token the keychain did not take (the collection locked between the read and
//   the write) is kept and saved later: the session stays usable and the grant alive.
// Each case signs in once through the real browser with the real executable.
#include "cliprocess.h"
#include "idpserver.h"
#include "oidcconfig.h"
#include "runningcli.h"
#include "sessionindex.h"
#include "sessionlock.h"
#include "sessionmanager.h"
#include "tokenstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Logto::AccessToken;
using Logto::Result;
using Logto::SignOutReport;

namespace {

const QString AppId = u"native-app"_s;
const QString Api = u"https://api.example.com"_s;
const QString TokenPath = u"/oidc/token"_s;
const QString RefreshGrant = u"refresh_token"_s;
const QString RevocationPath = u"/oidc/token/revocation"_s;
const QString ForceRefresh = u"86400"_s;

QString key(const IdpServer &idp, const QString &entry)
{
    return u"%1 %2 %3"_s.arg(idp.issuer(), AppId, entry);
}

QByteArray describe(const CliRun &run)
{
    return "exit " + QByteArray::number(run.exitCode) + "; stdout: " + run.out + "; stderr: " + run.err;
}

template<typename T>
QByteArray errorOf(const std::optional<Result<T>> &result)
{
    if (!result)
        return "no answer";
    return *result ? QByteArray() : result->error().message.toUtf8() + " (" + result->error().detail.toUtf8() + ')';
}

} // namespace

class TestSessionManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void signOutWaitingForTheLockCompletes();
    void lockIsPrivateWithoutRuntimeDir();
    void failedRefreshTokenWriteKeepsTheSession();

private:
    CliRun signIn(const IdpServer &idp, const QStringList &extra = {});
    static CliRun run(const QString &command, const IdpServer &idp, const QStringList &extra = {});
    std::unique_ptr<Logto::SessionManager> manager(const IdpServer &idp);

    QTemporaryDir m_scratch;
    int m_browserRuns = 0;
    std::unique_ptr<Logto::TokenStore> m_tokens;
    std::unique_ptr<Logto::SessionIndex> m_index;
};

void TestSessionManager::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY(m_scratch.isValid());
    QVERIFY2(QFile::exists(IdpServer::idpDirectory() + u"/node_modules"_s),
             "tests/idp/node_modules is missing: run scripts/setup.sh (npm ci)");
}

void TestSessionManager::init()
{
    Keyring::clear();
    QCOMPARE(Keyring::itemCount(), 0);
    // The same session index the executable keeps (its organization and application name).
    const QString index =
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/logto-signin/logto-signin.conf"_s;
    QVERIFY2(!QFile::exists(index) || QFile::remove(index), qPrintable(index));
    m_tokens = std::make_unique<Logto::TokenStore>(Keyring::service());
}

CliRun TestSessionManager::signIn(const IdpServer &idp, const QStringList &extra)
{
    CliProcess cli;
    cli.environment().insert(u"BROWSER"_s, u"node %1/browser.mjs"_s.arg(IdpServer::idpDirectory()));
    cli.environment().insert(u"BROWSER_RESULT"_s, m_scratch.filePath(u"browser-%1.json"_s.arg(m_browserRuns++)));
    return cli.run(
        QStringList{
            u"sign-in"_s, u"--endpoint"_s, idp.endpoint().toString(), u"--app-id"_s, AppId, u"--timeout"_s, u"60"_s}
        + extra);
}

CliRun TestSessionManager::run(const QString &command, const IdpServer &idp, const QStringList &extra)
{
    return CliProcess().run(QStringList{command, u"--endpoint"_s, idp.endpoint().toString(), u"--app-id"_s, AppId}
                            + extra);
}

std::unique_ptr<Logto::SessionManager> TestSessionManager::manager(const IdpServer &idp)
{
    auto session = std::make_unique<Logto::SessionManager>(Logto::OidcConfig(idp.endpoint(), AppId), m_tokens.get());
    // Opened after the sign-in, so it reads what the executable wrote.
    m_index = std::make_unique<Logto::SessionIndex>(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/logto-signin/logto-signin.conf"_s);
    session->setIndex(m_index.get());
    return session;
}

// Defect 1 of issue 11: SessionLock kept one pending callback, so a second acquire() replaced
// the first. Here two refreshes and a sign-out all wait while another process holds the lock.
void TestSessionManager::signOutWaitingForTheLockCompletes()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun signedIn = signIn(idp, {u"--resource"_s, Api});
    QVERIFY2(signedIn.exitCode == 0, describe(signedIn).constData());
    const int revocationsBefore = idp.countRequests(RevocationPath);

    auto session = manager(idp);
    session->setRefreshMargin(std::chrono::seconds(ForceRefresh.toInt())); // every token counts as expiring

    // Another process holds the session lock (to QLockFile, another holder is another process).
    QVERIFY(Logto::SessionLock::directory());
    QLockFile otherProcess(Logto::SessionLock::pathFor(idp.issuer(), AppId));
    QVERIFY(otherProcess.tryLock(0));

    std::optional<Result<AccessToken>> resourceToken;
    std::optional<Result<AccessToken>> plainToken;
    std::optional<Result<SignOutReport>> signedOut;
    session->accessToken([&](const Result<AccessToken> &token) { resourceToken = token; }, Api);
    session->accessToken([&](const Result<AccessToken> &token) { plainToken = token; });
    session->signOut(false, [&](const Result<SignOutReport> &report) { signedOut = report; });
    // Nothing can happen while the other process holds the lock: give it the time it would take.
    QTest::qWait(500);
    QVERIFY(!resourceToken && !plainToken && !signedOut);

    otherProcess.unlock();
    QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(resourceToken.has_value() && plainToken.has_value(), 30000);
    QVERIFY2(signedOut->hasValue(), errorOf(signedOut).constData());
    QVERIFY2(signedOut->value().revoked, "the sign-out did not revoke the refresh token");
    // Asked for before the sign-out, answered after it: no token from the ended session.
    QVERIFY(!*resourceToken);
    QVERIFY(!*plainToken);
    QCOMPARE(resourceToken->error().code, Logto::Error::Code::NotSignedIn);
    QCOMPARE(plainToken->error().code, Logto::Error::Code::NotSignedIn);

    QCOMPARE(idp.countRequests(RevocationPath) - revocationsBefore, 1);
    QCOMPARE(idp.countRequests(TokenPath, RefreshGrant), 0); // nothing refreshed a session being ended
    QVERIFY(Keyring::lookup(key(idp, u"refresh_token"_s)).isEmpty());
    QVERIFY(Keyring::lookup(key(idp, u"id_token"_s)).isEmpty());
    QCOMPARE(run(u"status"_s, idp).exitCode, 3);

    // And the manager is not stuck: a later request is answered at once.
    std::optional<Result<AccessToken>> later;
    session->accessToken([&](const Result<AccessToken> &token) { later = token; });
    QTRY_VERIFY(later.has_value());
    QCOMPARE(later->error().code, Logto::Error::Code::NotSignedIn);
}

// Defect 2 of issue 11: without XDG_RUNTIME_DIR (cron, some SSH sessions) the lock was a
// predictable name in /tmp that another local user could create first: every refresh then
// waited 30 s and failed. The real executable, without XDG_RUNTIME_DIR, with that name taken.
void TestSessionManager::lockIsPrivateWithoutRuntimeDir()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun signedIn = signIn(idp);
    QVERIFY2(signedIn.exitCode == 0, describe(signedIn).constData());

    const QString lockName = QFileInfo(Logto::SessionLock::pathFor(idp.issuer(), AppId)).fileName();
    const QString squatted = QDir(QDir::tempPath()).filePath(lockName);
    QFile squatter(squatted);
    QVERIFY(squatter.open(QIODevice::WriteOnly));
    squatter.write("1\nsquatter\nanother-host\n");
    squatter.close();
    if (::geteuid() == 0) // as another user would leave it
        QVERIFY(::chown(QFile::encodeName(squatted).constData(), 65534, 65534) == 0);

    CliProcess cron;
    cron.environment().remove(u"XDG_RUNTIME_DIR"_s);
    const CliRun token = cron.run({u"token"_s,
                                   u"--endpoint"_s,
                                   idp.endpoint().toString(),
                                   u"--app-id"_s,
                                   AppId,
                                   u"--min-validity"_s,
                                   ForceRefresh},
                                  20000);
    QFile::remove(squatted);
    QVERIFY2(token.exitCode == 0, describe(token).constData());
    QCOMPARE(idp.countRequests(TokenPath, RefreshGrant), 1);
    // The lock went into the user's own cache folder, private to the user.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + u"/logto"_s;
    QVERIFY(QFileInfo(folder).isDir());
    QCOMPARE(QFileInfo(folder).permissions()
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther
                    | QFile::ExeOther),
             QFile::Permissions());
}

// Defect 4 of issue 11: the keychain refused the rotated refresh token, and the refresh ended in
// an error that dropped it while the keychain kept the consumed one: the next refresh, more than
// 3 s later, presented a used token and Logto revoked the grant.
void TestSessionManager::failedRefreshTokenWriteKeepsTheSession()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    const CliRun signedIn = signIn(idp);
    QVERIFY2(signedIn.exitCode == 0, describe(signedIn).constData());
    const QByteArray signedInRefreshToken = Keyring::lookup(key(idp, u"refresh_token"_s));
    QVERIFY(!signedInRefreshToken.isEmpty());

    auto session = manager(idp);
    session->setRefreshMargin(std::chrono::seconds(ForceRefresh.toInt()));
    QSignalSpy saveFailed(session.get(), &Logto::SessionManager::saveFailed);
    QSignalSpy saved(session.get(), &Logto::SessionManager::unsavedTokensSaved);

    // The provider holds the refresh answer while the keychain is locked under it.
    QVERIFY(idp.post(u"/__test/delay-token?ms=1500"_s));
    std::optional<Result<AccessToken>> token;
    session->accessToken([&](const Result<AccessToken> &answer) { token = answer; });
    QTRY_COMPARE(session->refreshCount(), 1); // the keychain was read, the request is out
    QVERIFY(Keyring::lock());

    QTRY_VERIFY_WITH_TIMEOUT(token.has_value(), 30000);
    QVERIFY2(token->hasValue(), errorOf(token).constData()); // the session is usable
    QVERIFY(!token->value().token.isEmpty());
    QCOMPARE(saveFailed.count(), 1);
    QVERIFY(session->hasUnsavedTokens());
    const QString message = saveFailed.first().first().value<Logto::Error>().message;
    QVERIFY2(message.contains(u"retried"_s), qPrintable(message));

    // Later, more than Logto's 3 s reuse window after the rotation, the keychain is unlocked and
    // the kept token is written by the retry.
    QTest::qWait(3500);
    QVERIFY(session->hasUnsavedTokens());
    QVERIFY(Keyring::unlock());
    QTRY_VERIFY_WITH_TIMEOUT(saved.count() == 1, 40000);
    QVERIFY(!session->hasUnsavedTokens());
    const QByteArray stored = Keyring::lookup(key(idp, u"refresh_token"_s));
    QVERIFY(!stored.isEmpty());
    QVERIFY(stored != signedInRefreshToken);

    // The grant is alive: another process refreshes with what the keychain holds now.
    const CliRun refreshed = run(u"token"_s, idp, {u"--min-validity"_s, ForceRefresh});
    QVERIFY2(refreshed.exitCode == 0, describe(refreshed).constData());
    QCOMPARE(idp.countRequests(TokenPath, RefreshGrant), 2);
    QVERIFY(Keyring::lookup(key(idp, u"refresh_token"_s)) != stored);
}

QTEST_GUILESS_MAIN(TestSessionManager)
#include "tst_sessionmanager.moc"
