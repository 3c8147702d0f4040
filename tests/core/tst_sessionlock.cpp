// SPDX-License-Identifier: MIT
// SessionLock: every waiter is answered in order (none replaces another), the lock file lives in
// a directory only this user can enter (also without XDG_RUNTIME_DIR), and a live holder is never
// taken over, however long it holds the lock, while a dead one's lock is.
#include "sessionlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using Logto::Result;
using Logto::SessionLock;

namespace {

const QString Issuer = u"https://tenant.example.com/oidc"_s;
const QString AppId = u"native-app"_s;

// What one acquire() was answered, and when (in the order of answers).
struct Answer
{
    int waiter = 0;
    std::optional<SessionLock::Ticket> ticket;
    QString error;
};

template<typename T>
QByteArray errorOf(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

mode_t modeOf(const QString &path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}

} // namespace

class TestSessionLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void waitersAreServedInOrder();
    void everyWaiterIsAnsweredAtItsDeadline();
    void oldTicketReleasesNothing();
    void lockDirectoryIsPrivate_data();
    void lockDirectoryIsPrivate();
    void lockDirectoryOfAnotherUserIsRefused();
    void fileInSharedTempDoesNotBlock();
    void liveHolderIsNotTakenOver();
    void deadHolderIsTakenOver();

private:
    QTemporaryDir m_home;
};

void TestSessionLock::initTestCase()
{
    QVERIFY(m_home.isValid());
    // QStandardPaths reads these at each call: the lock directory goes into this scratch home.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_CACHE_HOME");
}

void TestSessionLock::init()
{
    qunsetenv("XDG_CACHE_HOME");
    QDir(m_home.filePath(u".cache"_s)).removeRecursively();
}

// The case: a refresh finishing while a sign-out waits queued the next refresh, whose
// acquire() replaced the sign-out's callback; the sign-out never completed. Now each is served.
void TestSessionLock::waitersAreServedInOrder()
{
    SessionLock lock(Issuer, AppId);
    QVERIFY(SessionLock::directory());
    QLockFile otherProcess(lock.path()); // same file, another holder: to QLockFile, another process
    QVERIFY(otherProcess.tryLock(0));

    std::vector<Answer> answers;
    for (int waiter = 1; waiter <= 3; ++waiter) {
        lock.acquire(
            [&answers, &lock, waiter](const Result<SessionLock::Ticket> &result) {
                answers.push_back(Answer{waiter, result ? std::optional(result.value()) : std::nullopt, {}});
                QVERIFY(lock.isLocked());
                // Each holder works a while, then lets the next one in.
                const SessionLock::Ticket ticket = result ? result.value() : 0;
                QTimer::singleShot(20, &lock, [&lock, ticket] { lock.release(ticket); });
            },
            std::chrono::seconds(10));
    }
    QTest::qWait(100);
    QVERIFY(answers.empty()); // the other process still holds it
    otherProcess.unlock();

    QTRY_COMPARE(answers.size(), size_t(3));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(answers[i].waiter, i + 1);
        QVERIFY(answers[i].ticket.has_value());
    }
    QTRY_VERIFY(!lock.isLocked());
    QVERIFY(!QFile::exists(lock.path()));
}

void TestSessionLock::everyWaiterIsAnsweredAtItsDeadline()
{
    SessionLock lock(Issuer, AppId);
    QVERIFY(SessionLock::directory());
    QLockFile otherProcess(lock.path());
    QVERIFY(otherProcess.tryLock(0));

    std::vector<Answer> answers;
    const auto record = [&answers](int waiter) {
        return [&answers, waiter](const Result<SessionLock::Ticket> &result) {
            answers.push_back(Answer{waiter, std::nullopt, result ? QString() : result.error().message});
            QVERIFY(!result);
        };
    };
    lock.acquire(record(1), std::chrono::milliseconds(300));
    lock.acquire(record(2), std::chrono::milliseconds(100));
    lock.acquire(record(3), std::chrono::milliseconds(200));
    QTRY_COMPARE(answers.size(), size_t(3));
    // Answered as each deadline passed, not in the order of asking.
    QCOMPARE(answers[0].waiter, 2);
    QCOMPARE(answers[1].waiter, 3);
    QCOMPARE(answers[2].waiter, 1);
    for (const Answer &answer : answers)
        QVERIFY2(answer.error.contains(u"busy"_s), qPrintable(answer.error));
    QVERIFY(!lock.isLocked());
    QVERIFY(otherProcess.isLocked()); // nobody took it over
}

void TestSessionLock::oldTicketReleasesNothing()
{
    SessionLock lock(Issuer, AppId);
    SessionLock::Ticket first = 0;
    lock.acquire([&first](const Result<SessionLock::Ticket> &result) { first = result.value(); });
    QVERIFY(first != 0);
    lock.release(first);
    QVERIFY(!lock.isLocked());

    SessionLock::Ticket second = 0;
    lock.acquire([&second](const Result<SessionLock::Ticket> &result) { second = result.value(); });
    QTRY_VERIFY(second != 0);
    QVERIFY(second != first);
    // A late release with the first ticket (say, from a refresh that failed to get the lock) must
    // not free the lock the second holder is working under.
    lock.release(first);
    lock.release(0);
    QVERIFY(lock.isLocked());
    QLockFile otherProcess(lock.path());
    QVERIFY(!otherProcess.tryLock(0));
    lock.release(second);
    QVERIFY(!lock.isLocked());
    QVERIFY(otherProcess.tryLock(0));
}

void TestSessionLock::lockDirectoryIsPrivate_data()
{
    QTest::addColumn<bool>("runtimeDir");
    QTest::addColumn<bool>("looseFolderFirst");
    QTest::newRow("no XDG_RUNTIME_DIR (cron, ssh, containers)") << false << false;
    QTest::newRow("with XDG_RUNTIME_DIR: the same file") << true << false;
    QTest::newRow("an existing 0755 folder is made private") << false << true;
}

void TestSessionLock::lockDirectoryIsPrivate()
{
    QFETCH(bool, runtimeDir);
    QFETCH(bool, looseFolderFirst);
    QTemporaryDir runtime;
    if (runtimeDir) {
        QVERIFY(QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime.path()));
    } else {
        qunsetenv("XDG_RUNTIME_DIR");
    }
    const QString expectedDir = m_home.filePath(u".cache/logto"_s);
    if (looseFolderFirst) {
        QVERIFY(QDir().mkpath(expectedDir));
        QVERIFY(::chmod(QFile::encodeName(expectedDir).constData(), 0755) == 0);
    }

    SessionLock lock(Issuer, AppId);
    // Whatever the session has, every process of the user locks the same file.
    QCOMPARE(QFileInfo(lock.path()).absolutePath(), expectedDir);
    QVERIFY(QFileInfo(lock.path()).absolutePath() != QDir::tempPath());
    SessionLock::Ticket ticket = 0;
    lock.acquire([&ticket](const Result<SessionLock::Ticket> &result) {
        QVERIFY2(result, errorOf(result).constData());
        ticket = result.value();
    });
    QVERIFY(ticket != 0);
    QCOMPARE(modeOf(expectedDir), mode_t(0700));
    QFileInfo folder(expectedDir);
    QCOMPARE(folder.ownerId(), uint(::geteuid()));
    QVERIFY(QFile::exists(lock.path()));
    lock.release(ticket);
    qunsetenv("XDG_RUNTIME_DIR");
}

void TestSessionLock::lockDirectoryOfAnotherUserIsRefused()
{
    const QString cache = m_home.filePath(u".cache"_s);
    QVERIFY(QDir().mkpath(cache));
    // A symbolic link where the folder should be: it must not lead the lock into a shared place.
    QTemporaryDir shared;
    QVERIFY(QFile::link(shared.path(), cache + u"/logto"_s));
    auto refused = SessionLock::directory();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"another user"_s), qPrintable(refused.error().message));

    SessionLock lock(Issuer, AppId);
    std::optional<QString> error;
    lock.acquire(
        [&error](const Result<SessionLock::Ticket> &result) { error = result ? QString() : result.error().message; });
    QVERIFY(error.has_value()); // answered at once: waiting cannot help
    QVERIFY(!error->isEmpty());
    QVERIFY(QDir(shared.path()).isEmpty());
    QVERIFY(QFile::remove(cache + u"/logto"_s));

    if (::geteuid() != 0)
        return; // only root can give a folder to another user here
    QVERIFY(QDir().mkpath(cache + u"/logto"_s));
    QVERIFY(::chown(QFile::encodeName(cache + u"/logto"_s).constData(), 65534, 65534) == 0);
    refused = SessionLock::directory();
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"another user"_s), qPrintable(refused.error().message));
}

// The reproduction: without XDG_RUNTIME_DIR the lock used to be a predictable name in
// /tmp, which another local user could create first to lock everyone out.
void TestSessionLock::fileInSharedTempDoesNotBlock()
{
    qunsetenv("XDG_RUNTIME_DIR");
    SessionLock lock(Issuer, AppId);
    const QString oldPlace = QDir(QDir::tempPath()).filePath(QFileInfo(lock.path()).fileName());
    QFile squatter(oldPlace);
    QVERIFY(squatter.open(QIODevice::WriteOnly));
    squatter.write("999999999\nsquatter\nsomewhere-else\n");
    squatter.close();
    if (::geteuid() == 0)
        QVERIFY(::chown(QFile::encodeName(oldPlace).constData(), 65534, 65534) == 0);

    std::optional<Result<SessionLock::Ticket>> answer;
    lock.acquire([&answer](const Result<SessionLock::Ticket> &result) { answer = result; },
                 std::chrono::milliseconds(500));
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(answer->hasValue(), errorOf(*answer).constData());
    lock.release(answer->value());
    QFile::remove(oldPlace);
}

// A refresh may hold the lock for longer than the stale time (five keychain jobs of up to 20 s,
// a slow network). Taking over a live holder means two refreshes at once, which Logto punishes by
// revoking the grant: the holder renews the file, so it is never stale while the holder lives.
void TestSessionLock::liveHolderIsNotTakenOver()
{
    constexpr std::chrono::milliseconds StaleTime{400};
    SessionLock holder(Issuer, AppId);
    holder.setStaleTime(StaleTime);
    SessionLock::Ticket ticket = 0;
    holder.acquire([&ticket](const Result<SessionLock::Ticket> &result) { ticket = result.value(); });
    QVERIFY(ticket != 0);

    // Another process with the same rule tries for three times the stale time.
    SessionLock contender(Issuer, AppId);
    contender.setStaleTime(StaleTime);
    std::optional<Result<SessionLock::Ticket>> answer;
    contender.acquire([&answer](const Result<SessionLock::Ticket> &result) { answer = result; }, StaleTime * 3);
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QVERIFY2(!answer->hasValue(), "a live holder was taken over");
    QVERIFY(holder.isLocked());
    // The file was renewed meanwhile: it is younger than the stale time.
    QVERIFY(QFileInfo(holder.path()).lastModified().msecsTo(QDateTime::currentDateTime()) < StaleTime.count());

    // Once the holder lets go, the contender gets in.
    holder.release(ticket);
    answer.reset();
    contender.acquire([&answer](const Result<SessionLock::Ticket> &result) { answer = result; });
    QTRY_VERIFY(answer.has_value());
    QVERIFY(answer->hasValue());
    contender.release(answer->value());
}

void TestSessionLock::deadHolderIsTakenOver()
{
    SessionLock lock(Issuer, AppId);
    QVERIFY(SessionLock::directory());
    // A lock file left by a process that has exited: same host, same program, a PID now unused.
    QProcess process;
    process.start(u"true"_s, QStringList());
    QVERIFY(process.waitForStarted(10000));
    const qint64 deadPid = process.processId();
    QVERIFY(process.waitForFinished(10000));
    QFile stale(lock.path());
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(QByteArray::number(deadPid) + '\n' + QCoreApplication::applicationName().toUtf8() + '\n'
                + QSysInfo::machineHostName().toUtf8() + '\n');
    stale.close();

    std::optional<Result<SessionLock::Ticket>> answer;
    lock.acquire([&answer](const Result<SessionLock::Ticket> &result) { answer = result; },
                 std::chrono::milliseconds(2000));
    QTRY_VERIFY(answer.has_value());
    QVERIFY2(answer->hasValue(), errorOf(*answer).constData());
    lock.release(answer->value());
}

QTEST_GUILESS_MAIN(TestSessionLock)
#include "tst_sessionlock.moc"
