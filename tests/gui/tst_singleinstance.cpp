// SPDX-License-Identifier: MIT
#include "singleinstance.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QString uniqueKey()
{
    return u"tst-singleinstance-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondLaunchReachesFirst_data();
    void secondLaunchReachesFirst();
    void severalSecondaries();
    void serverAfterTheFirstFrame();
    void nobodyToReach();
    void staleLockFromDeadProcess();
    void oldLockOfLiveProcessHolds();
#ifdef Q_OS_UNIX
    void staleSocketIsReplaced();
#endif
    void malformedRequestIsIgnored();
    void namesArePerUser();
};

void TestSingleInstance::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSingleInstance::secondLaunchReachesFirst_data()
{
    QTest::addColumn<QStringList>("arguments");

    QTest::newRow("no arguments") << QStringList();
    QTest::newRow("program only") << QStringList{u"logto-signin"_s};
    QTest::newRow("options") << QStringList{
        u"logto-signin"_s, u"--endpoint"_s, u"https://abc.logto.app"_s, u"--scope=roles"_s};
    QTest::newRow("spaces, quotes, newlines, Thai")
        << QStringList{u"logto-signin"_s, u"a b"_s, u"\"quoted\""_s, u"two\nlines"_s, u"ภาษาไทย"_s, QString()};
}

void TestSingleInstance::secondLaunchReachesFirst()
{
    QFETCH(QStringList, arguments);
    const QString key = uniqueKey();

    auto first = std::make_unique<SingleInstance>(key);
    QVERIFY(first->tryBecomePrimary());
    QVERIFY(first->isPrimary());
    QVERIFY(first->tryBecomePrimary()); // asking again changes nothing
    QVERIFY(QFileInfo::exists(first->lockFilePath()));
    QVERIFY(first->lockFilePath().endsWith(key + u".lock"_s));

    SingleInstance second(key);
    QCOMPARE(second.serverName(), first->serverName());
    QVERIFY(!second.tryBecomePrimary());
    QVERIFY(!second.isPrimary());

    QSignalSpy activated(first.get(), &SingleInstance::activated);
    QVERIFY(second.sendToPrimary(arguments));
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), arguments);

    // The first one goes away: its lock goes with it, and the next launch becomes primary.
    first.reset();
    QVERIFY(!QFileInfo::exists(second.lockFilePath()));
    SingleInstance third(key);
    QVERIFY(third.tryBecomePrimary());
    QSignalSpy thirdActivated(&third, &SingleInstance::activated);
    QVERIFY(second.sendToPrimary({u"again"_s}));
    QTRY_COMPARE(thirdActivated.count(), 1);
    QCOMPARE(thirdActivated.at(0).at(0).toStringList(), QStringList{u"again"_s});
}

void TestSingleInstance::severalSecondaries()
{
    const QString key = uniqueKey();
    SingleInstance primary(key);
    QVERIFY(primary.tryBecomePrimary());
    QSignalSpy activated(&primary, &SingleInstance::activated);
    for (int i = 0; i < 5; ++i) {
        SingleInstance secondary(key);
        QVERIFY(!secondary.tryBecomePrimary());
        QVERIFY(secondary.sendToPrimary({QString::number(i)}));
    }
    QTRY_COMPARE(activated.count(), 5);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(activated.at(i).at(0).toStringList(), QStringList{QString::number(i)});
}

void TestSingleInstance::serverAfterTheFirstFrame()
{
    // The window takes the lock before it shows and starts listening after its first frame: a
    // launch in between waits for the server instead of becoming a second window.
    const QString key = uniqueKey();
    SingleInstance primary(key);
    QVERIFY(primary.tryLock());
    QVERIFY(primary.isPrimary());
    QSignalSpy activated(&primary, &SingleInstance::activated);
    QTimer::singleShot(200, &primary, &SingleInstance::listen);
    SingleInstance secondary(key);
    QVERIFY(!secondary.tryLock());
    QVERIFY(secondary.sendToPrimary({u"early"_s}));
    QTRY_COMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toStringList(), QStringList{u"early"_s});
    primary.listen(); // again: nothing changes
    SingleInstance third(key);
    QVERIFY(third.sendToPrimary({u"later"_s}));
    QTRY_COMPARE(activated.count(), 2);
}

void TestSingleInstance::nobodyToReach()
{
    SingleInstance lonely(uniqueKey());
    QElapsedTimer timer;
    timer.start();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"did not answer within 300 ms"_s));
    QVERIFY(!lonely.sendToPrimary({u"x"_s}, 300));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed()))); // it did retry
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestSingleInstance::staleLockFromDeadProcess()
{
    const QString key = uniqueKey();
    SingleInstance instance(key);

    // A lock file left by a process that has exited: same host, same program, a PID now unused.
    QProcess process;
    process.start(u"true"_s, QStringList());
    QVERIFY(process.waitForStarted(10000));
    const qint64 deadPid = process.processId();
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(QDir().mkpath(QFileInfo(instance.lockFilePath()).absolutePath()));
    QFile stale(instance.lockFilePath());
    QVERIFY(stale.open(QIODevice::WriteOnly));
    const QByteArray pid = QByteArray::number(deadPid ? deadPid : 999999999);
    stale.write(pid + '\n' + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8()
                + '\n');
    stale.close();
    {
        QLockFile probe(instance.lockFilePath());
        qint64 probePid = 0;
        QString host;
        QString app;
        QVERIFY(probe.getLockInfo(&probePid, &host, &app));
        QCOMPARE(probePid, pid.toLongLong());
    }

    QVERIFY(instance.tryBecomePrimary());
    SingleInstance second(key);
    QVERIFY(!second.tryBecomePrimary());
}

void TestSingleInstance::oldLockOfLiveProcessHolds()
{
    // The window runs for days: a lock is stale because its owner died, never because it is old.
    const QString key = uniqueKey();
    SingleInstance primary(key);
    QVERIFY(primary.tryBecomePrimary());
    QFile lock(primary.lockFilePath());
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addDays(-3), QFileDevice::FileModificationTime));
    lock.close();

    SingleInstance second(key);
    QVERIFY(!second.tryBecomePrimary());
    QSignalSpy activated(&primary, &SingleInstance::activated);
    QVERIFY(second.sendToPrimary({u"still here"_s}));
    QTRY_COMPARE(activated.count(), 1);
}

#ifdef Q_OS_UNIX // local sockets are files only on Unix
void TestSingleInstance::staleSocketIsReplaced()
{
    const QString key = uniqueKey();
    SingleInstance instance(key);
    // A crashed primary leaves its socket file behind; listen() would fail on it.
    QFile leftover(QDir(QDir::tempPath()).filePath(instance.serverName()));
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.close();

    QVERIFY(instance.tryBecomePrimary());
    QSignalSpy activated(&instance, &SingleInstance::activated);
    SingleInstance second(key);
    QVERIFY(second.sendToPrimary({u"hello"_s}));
    QTRY_COMPARE(activated.count(), 1);
}
#endif

void TestSingleInstance::malformedRequestIsIgnored()
{
    const QString key = uniqueKey();
    SingleInstance primary(key);
    QVERIFY(primary.tryBecomePrimary());
    QSignalSpy activated(&primary, &SingleInstance::activated);

    for (const QByteArray &junk :
         {QByteArray("not json\n"), QByteArray("{\"arguments\":\"no list\"}\n"), QByteArray("[1,2]\n")}) {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"malformed request"_s));
        QLocalSocket socket;
        socket.connectToServer(primary.serverName());
        QVERIFY(socket.waitForConnected(2000));
        socket.write(junk);
        QVERIFY(socket.waitForBytesWritten(2000));
        // The primary hangs up without answering.
        QTRY_COMPARE(socket.state(), QLocalSocket::UnconnectedState);
        QVERIFY(socket.readAll().isEmpty());
    }
    QCOMPARE(activated.count(), 0);

    SingleInstance secondary(key);
    QVERIFY(secondary.sendToPrimary({u"still works"_s}));
    QTRY_COMPARE(activated.count(), 1);
}

void TestSingleInstance::namesArePerUser()
{
    const QString key = uniqueKey();
    SingleInstance instance(key);
    QVERIFY(instance.serverName().startsWith(key + u'-'));
    QVERIFY(instance.serverName().size() > key.size() + 8); // carries a per-user digest
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    QCOMPARE(QFileInfo(instance.lockFilePath()).absolutePath(), QFileInfo(runtime).absoluteFilePath());
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
