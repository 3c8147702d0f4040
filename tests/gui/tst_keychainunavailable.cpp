// SPDX-License-Identifier: MIT
// The window on a machine with no Secret Service (this test runs with a session bus address
// that leads nowhere): a clear banner, no browser, nothing written anywhere else.
#include "appcontroller.h"
#include "errorbanner.h"
#include "mainwindow.h"
#include "tokenstore.h"

#include <QDir>
#include <QDirIterator>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void restoreAndSignInExplainTheMissingKeychain();
};

void TestKeychainUnavailable::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"logto-signin-test"_s);
    QCoreApplication::setApplicationName(u"logto-signin-keychain-test"_s);
    QSettings().clear();
    // A browser that would leave a trace if it were ever started.
    const QByteArray browser = "touch " + QDir::temp().filePath(u"logto-browser-started"_s).toLocal8Bit();
    qputenv("BROWSER", browser);
    QFile::remove(QDir::temp().filePath(u"logto-browser-started"_s));
}

void TestKeychainUnavailable::restoreAndSignInExplainTheMissingKeychain()
{
    Logto::TokenStore tokens(u"io.github.logtosignin.LogtoSignin.test"_s);
    AppController controller(&tokens);
    AppSettings settings;
    settings.endpoint = u"http://127.0.0.1:9"_s; // never reached
    settings.appId = u"native-app"_s;
    controller.setSettings(settings);
    MainWindow window(&controller, nullptr);
    window.show();
    auto *banner = window.findChild<ErrorBanner *>(u"errorBanner"_s);
    QVERIFY(banner);

    controller.restore();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QCOMPARE(controller.state(), AppController::State::SignedOut);
    QVERIFY2(banner->message().startsWith(u"no secure storage available"_s), qPrintable(banner->message()));

    banner->clear();
    QTest::mouseClick(window.findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 30000);
    QVERIFY2(banner->message().startsWith(u"no secure storage available"_s), qPrintable(banner->message()));
    QCOMPARE(controller.state(), AppController::State::SignedOut);
    QVERIFY(!QFile::exists(QDir::temp().filePath(u"logto-browser-started"_s)));
}

QTEST_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
