// SPDX-License-Identifier: MIT
// Settings → "Check setup": doctor's checklist in the window. Run offscreen against the
// Logto-shaped provider (tests/idp) and the real Secret Service (tests/with-keyring.sh), and
// compared line by line with what the real `logto-signin doctor` prints for the same set-up.
#include "cliprocess.h"
#include "idpserver.h"
#include "languagemanager.h"
#include "settingsdialog.h"
#include "setupcheck.h"
#include "setupcheckdialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int CheckTimeoutMs = 60000;

// Numbers that differ between two runs: a random redirect port, the listener's port, seconds
// of clock difference (and so "second" or "seconds").
QString withoutNumbers(QString line)
{
    static const QRegularExpression digits(u"\\d+"_s);
    return line.replace(digits, u"#"_s).replace(u"# seconds"_s, u"# second"_s);
}

QStringList withoutNumbers(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines)
        result << withoutNumbers(line);
    return result;
}

} // namespace

class TestSetupCheckDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void buttonNeedsEndpointAndAppId();
    void sameLinesAsDoctor_data();
    void sameLinesAsDoctor();
    void deadline();

private:
    LanguageManager m_languages; // English, with its plural forms, as the window runs
    // Opens Settings with these values, presses "Check setup…" and waits for the checklist.
    SetupCheckDialog *runFromSettings(SettingsDialog &settings);
    // The dialog's checklist as doctor prints it: each line, its fix indented, the summary.
    static QStringList linesOf(const SetupCheckDialog &dialog);
};

void TestSetupCheckDialog::initTestCase()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through tests/with-keyring.sh");
    QVERIFY2(QFile::exists(CliProcess::executable()), "build the logto-signin target first");
    // Doctor and the window check the same browser: one that exists and is never started.
    qputenv("BROWSER", "true");
    m_languages.apply(u"en"_s);
}

void TestSetupCheckDialog::init()
{
    Keyring::clear();
}

void TestSetupCheckDialog::buttonNeedsEndpointAndAppId()
{
    AppSettings values;
    SettingsDialog settings(values);
    auto *button = settings.findChild<QPushButton *>(u"checkSetupButton"_s);
    QVERIFY(button);
    QVERIFY(!button->text().isEmpty());
    QVERIFY(!button->isEnabled());
    settings.findChild<QLineEdit *>(u"endpointEdit"_s)->setText(u"https://abc.logto.app"_s);
    QVERIFY(!button->isEnabled());
    settings.findChild<QLineEdit *>(u"appIdEdit"_s)->setText(u"bad id"_s);
    QVERIFY(!button->isEnabled()); // doctor refuses an app ID that cannot be one
    settings.findChild<QLineEdit *>(u"appIdEdit"_s)->setText(u"native-app"_s);
    QVERIFY(button->isEnabled());
    // An endpoint that does not validate is doctor's first failed check, so it may be checked.
    settings.findChild<QLineEdit *>(u"endpointEdit"_s)->setText(u"http://abc.logto.app"_s);
    QVERIFY(button->isEnabled());
}

SetupCheckDialog *TestSetupCheckDialog::runFromSettings(SettingsDialog &settings)
{
    settings.show();
    auto *button = settings.findChild<QPushButton *>(u"checkSetupButton"_s);
    if (!button || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = settings.findChild<SetupCheckDialog *>();
    if (!dialog)
        return nullptr;
    // Working in the background: the busy indicator shows, "Check again" waits.
    auto *busy = dialog->findChild<QProgressBar *>(u"setupCheckBusy"_s);
    auto *again = dialog->findChild<QPushButton *>(u"checkAgainButton"_s);
    if (!dialog->isRunning() || !busy || !busy->isVisible() || !again || again->isEnabled())
        return nullptr;
    QSignalSpy finished(dialog, &SetupCheckDialog::checksFinished);
    if (!finished.wait(CheckTimeoutMs))
        return nullptr;
    return dialog;
}

QStringList TestSetupCheckDialog::linesOf(const SetupCheckDialog &dialog)
{
    QStringList lines;
    for (const QString &id : Logto::SetupCheck::checkIds()) {
        const auto *line = dialog.findChild<QLabel *>(u"check_"_s + id);
        if (!line)
            continue;
        lines << line->text();
        if (const auto *fix = dialog.findChild<QLabel *>(u"fix_"_s + id))
            lines << u"    "_s + fix->text();
    }
    lines << dialog.findChild<QLabel *>(u"setupCheckSummary"_s)->text();
    return lines;
}

void TestSetupCheckDialog::sameLinesAsDoctor_data()
{
    QTest::addColumn<QString>("appId");
    QTest::addColumn<QString>("failed"); // the check that fails, or none
    QTest::addColumn<QString>("fixPart");
    QTest::newRow("good set-up") << u"native-app"_s << QString() << QString();
    QTest::newRow("unknown app ID") << u"no-such-app"_s << u"app"_s
                                    << u"Fix: In the Logto Console open Applications, choose your Native app"_s;
    QTest::newRow("unregistered redirect")
        << u"spa-app"_s << u"redirect"_s << u"Fix: In the Logto Console open Applications → your app → Redirect URIs"_s;
}

void TestSetupCheckDialog::sameLinesAsDoctor()
{
    QFETCH(QString, appId);
    QFETCH(QString, failed);
    QFETCH(QString, fixPart);
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    AppSettings values;
    values.endpoint = idp.endpoint().toString();
    values.appId = appId;
    SettingsDialog settings(values);
    SetupCheckDialog *dialog = runFromSettings(settings);
    QVERIFY(dialog);
    QVERIFY(!dialog->isRunning());
    QVERIFY(!dialog->findChild<QProgressBar *>(u"setupCheckBusy"_s)->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(u"checkAgainButton"_s)->isEnabled());

    // One line per check, in doctor's order, each with ✓ ✗ – or ·.
    const Logto::SetupCheck::Results results = dialog->results();
    QCOMPARE(results.size(), Logto::SetupCheck::checkIds().size());
    for (const Logto::SetupCheckResult &result : results) {
        const auto *line = dialog->findChild<QLabel *>(u"check_"_s + result.id);
        QVERIFY2(line, qPrintable(result.id));
        QTRY_VERIFY(line->isVisible()); // shown once the layout has run
        QVERIFY2(line->text().startsWith(Logto::SetupCheck::mark(result.status) + u' ' + result.title + u": "_s),
                 qPrintable(line->text()));
        // Screen readers hear the title and the outcome in words, not a ✓.
        QVERIFY2(line->accessibleName().startsWith(result.title + u": "_s), qPrintable(line->accessibleName()));
        QVERIFY(!line->accessibleDescription().isEmpty());
        const auto *fix = dialog->findChild<QLabel *>(u"fix_"_s + result.id);
        QCOMPARE(fix != nullptr, !result.fix.isEmpty() && result.status != Logto::SetupCheckResult::Status::Passed);
        if (result.id == failed) {
            QCOMPARE(result.status, Logto::SetupCheckResult::Status::Failed);
            QVERIFY2(line->text().startsWith(u"\u2717 "_s), qPrintable(line->text()));
            QVERIFY(fix);
            QVERIFY2(fix->text().startsWith(fixPart), qPrintable(fix->text()));
            QTRY_VERIFY(fix->isVisible());
        } else if (result.id != u"session"_s && result.id != u"display"_s && result.id != u"social"_s) {
            // redirect is skipped when the app ID is not accepted.
            if (!(failed == u"app"_s && result.id == u"redirect"_s))
                QVERIFY2(result.status == Logto::SetupCheckResult::Status::Passed, qPrintable(line->text()));
        }
    }
    QCOMPARE(dialog->findChild<QLabel *>(u"check_social"_s)->text(),
             u"\u2713 Social sign-in: The tenant offers Apple (social:apple)."_s);

    // With LOGTO_SCREENSHOT_DIR set (scripts/screenshots.sh), a picture of the checklist.
    if (const QString dir = qEnvironmentVariable("LOGTO_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        const QString name = u"check-setup-"_s + (failed.isEmpty() ? u"good"_s : failed);
        QVERIFY(dialog->grab().save(QDir(dir).filePath(name + u".png"_s)));
    }

    // The same words as the command line, line for line.
    CliProcess cli;
    const CliRun doctor =
        cli.run({u"doctor"_s, u"--endpoint"_s, values.endpoint, u"--app-id"_s, appId}, CheckTimeoutMs);
    QCOMPARE(doctor.exitCode, failed.isEmpty() ? 0 : 1);
    const QStringList doctorLines = QString::fromUtf8(doctor.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(withoutNumbers(linesOf(*dialog)), withoutNumbers(doctorLines));
    QCOMPARE(dialog->findChild<QLabel *>(u"setupCheckSummary"_s)->text() == u"Every check passed."_s, failed.isEmpty());

    // Again, from the dialog: the same outcome.
    QSignalSpy finished(dialog, &SetupCheckDialog::checksFinished);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"checkAgainButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(finished.wait(CheckTimeoutMs));
    QCOMPARE(withoutNumbers(linesOf(*dialog)), withoutNumbers(doctorLines));
    QCOMPARE(Keyring::itemCount(), 0); // the keychain probes are gone

    QTest::mouseClick(dialog->findChild<QPushButton *>(u"closeButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!settings.findChild<SetupCheckDialog *>()); // closed and deleted
    QVERIFY(settings.isVisible());
}

// A provider that never finishes answering: the dialog gives up at its deadline, says so, and
// can be run again.
void TestSetupCheckDialog::deadline()
{
    IdpServer idp;
    QVERIFY2(idp.start(), qPrintable(idp.errorString()));
    QVERIFY(idp.post(u"/__test/trickle?path=discovery"_s));
    AppSettings values;
    values.endpoint = idp.endpoint().toString();
    values.appId = u"native-app"_s;
    SetupCheckDialog dialog(values);
    dialog.setNetworkTimeout(std::chrono::seconds(60));
    dialog.setDeadline(std::chrono::seconds(2));
    dialog.show();
    QSignalSpy finished(&dialog, &SetupCheckDialog::checksFinished);
    dialog.start();
    QVERIFY(dialog.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!dialog.isRunning());
    QVERIFY(dialog.results().isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(u"setupCheckSummary"_s)->text(),
             u"The checks did not finish in the time allowed (2 seconds)."_s);
    QVERIFY(!dialog.findChild<QProgressBar *>(u"setupCheckBusy"_s)->isVisible());
    QVERIFY(dialog.findChild<QPushButton *>(u"checkAgainButton"_s)->isEnabled());
    // The check that was cut off answers nothing later.
    QVERIFY(!finished.wait(1500));
    QCOMPARE(finished.size(), 1);
}

QTEST_MAIN(TestSetupCheckDialog)
#include "tst_setupcheckdialog.moc"
