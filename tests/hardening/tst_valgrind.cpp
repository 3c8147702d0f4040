// SPDX-License-Identifier: MIT
// A full `logto-signin sign-in` (discovery, listener, code exchange, ID-token verification with
// OpenSSL, the Secret Service through QtKeychain and D-Bus), then `token` (a refresh) and
// `sign-out`, each under Valgrind memcheck: no invalid read or write, no use of uninitialised
// memory, no definite leak. Noise from Qt, glib, D-Bus and libsecret that is not ours is in
// tests/hardening/valgrind.supp, each entry with the reason it is there.
#include "cliprocess.h"
#include "harness.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Hardening;
using namespace Qt::StringLiterals;

class TestValgrind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signInRefreshSignOutAreClean();

private:
    QStringList valgrind(const QString &name) const;
    void verifyClean(const QString &name) const;

    // The full reports stay in the build tree (the messages show only their end).
    QDir m_logs{QStringLiteral(LOGTO_BINARY_DIR "/tests/hardening/valgrind-logs")};
};

void TestValgrind::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run this test through tests/with-keyring.sh");
    QVERIFY2(QFile::exists(Idp::directory() + u"/node_modules"_s), "tests/idp/node_modules is missing: npm ci");
    QVERIFY(m_logs.removeRecursively() || !m_logs.exists());
    QVERIFY(m_logs.mkpath(u"."_s));
    Keyring::clear();
}

QStringList TestValgrind::valgrind(const QString &name) const
{
    return {QStringLiteral(LOGTO_VALGRIND),
            u"--tool=memcheck"_s,
            u"--error-exitcode=99"_s,
            u"--leak-check=full"_s,
            u"--show-leak-kinds=definite"_s,
            u"--errors-for-leak-kinds=definite"_s,
            u"--track-origins=yes"_s,
            u"--num-callers=30"_s,
            u"--gen-suppressions=all"_s,
            // A fork that has not exec'd yet (QProcess::startDetached's intermediate child, on its
            // way to the browser) keeps only the forking thread: blocks that other threads still
            // pointed to look "definitely lost" there, depending on what those threads were doing at
            // that instant. Nothing of ours runs in it, so only the real process is checked.
            u"--child-silent-after-fork=yes"_s,
            u"--suppressions="_s + QStringLiteral(LOGTO_SOURCE_DIR "/tests/hardening/valgrind.supp"),
            u"--log-file="_s + m_logs.filePath(name + u".log"_s)};
}

void TestValgrind::verifyClean(const QString &name) const
{
    QFile log(m_logs.filePath(name + u".log"_s));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const QString text = QString::fromUtf8(log.readAll());
    // One summary per checked process (forks are silent, see valgrind() above).
    static const QRegularExpression summary(u"ERROR SUMMARY: (\\d+) errors"_s);
    auto summaries = summary.globalMatch(text);
    int count = 0;
    while (summaries.hasNext()) {
        ++count;
        QVERIFY2(summaries.next().captured(1) == "0"_L1, qPrintable(text.right(20000)));
    }
    QVERIFY2(count == 1, qPrintable(text.right(3000)));
    static const QRegularExpression definite(u"definitely lost: ([\\d,]+) bytes"_s);
    auto leaks = definite.globalMatch(text);
    while (leaks.hasNext())
        QVERIFY2(leaks.next().captured(1) == "0"_L1, qPrintable(text.right(20000)));
}

void TestValgrind::signInRefreshSignOutAreClean()
{
    Idp idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    SignIn signIn(idp, {u"--timeout"_s, u"240"_s, u"--network-timeout"_s, u"120"_s});
    signIn.setWrapper(valgrind(u"sign-in"_s));
    signIn.environment().remove(u"QT_LOGGING_RULES"_s); // the log's formatting is not what is tested
    QVERIFY(signIn.start());
    QVERIFY2(signIn.waitForAuthorizationUrl(180'000), signIn.describe().constData());
    ScriptedBrowser browser;
    const QUrl callback = browser.authorize(signIn.authorizationUrl());
    QVERIFY2(!callback.isEmpty(), qPrintable(browser.errorString()));
    const RawResponse page = rawHttp(signIn.port(), getRequest(callback), 240'000);
    QCOMPARE(page.status, 200);
    QVERIFY2(signIn.waitForFinished(240'000), signIn.describe().constData());
    QVERIFY2(signIn.exitCode() == 0, signIn.describe().constData());
    verifyClean(u"sign-in"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(Keyring::itemCount(), 3);

    for (const QStringList &command :
         {QStringList{u"token"_s, u"--min-validity"_s, ForceRefresh}, QStringList{u"sign-out"_s}}) {
        CliProcess cli;
        cli.setWrapper(valgrind(command.first()));
        const CliRun run = cli.run(QStringList{command.first(),
                                               u"--endpoint"_s,
                                               idp.endpoint().toString(),
                                               u"--app-id"_s,
                                               AppId,
                                               u"--network-timeout"_s,
                                               u"120"_s}
                                       + command.mid(1),
                                   240'000);
        QVERIFY2(run.exitCode == 0, run.err.right(3000).constData());
        verifyClean(command.first());
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(idp.tokenRequests(u"refresh_token"_s), 1);
    QCOMPARE(Keyring::itemCount(), 0);
}

QTEST_GUILESS_MAIN(TestValgrind)
#include "tst_valgrind.moc"
