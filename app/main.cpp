// SPDX-License-Identifier: MIT
#include "appcontroller.h"
#include "appsettings.h"
#include "buildinfo.h"
#include "clirunner.h"
#include "commandline.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "processlocale.h"
#include "singleinstance.h"
#include "tokenstore.h"
#include "windowdisplay.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("logto-signin"));
    QCoreApplication::setApplicationName(QStringLiteral("logto-signin"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::Version));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Sub-commands run headless: a QCoreApplication needs no display.
int runCommandLine(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    LanguageManager languages;
    languages.apply(QString()); // the system's language

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    const ParsedCommandLine parsed =
        commandLine.parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), out, err);
    if (!parsed.options)
        return static_cast<int>(parsed.exitCode);
    return static_cast<int>(CliRunner(*parsed.options, out, err).exec());
}

// The window started where it cannot show: one line and exit 2 (a usage error), before
// QApplication would abort in its platform plugin.
int reportNoDisplay(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    LanguageManager languages;
    languages.apply(QString());
    QTextStream(stderr) << "error: " << WindowDisplay::missingMessage() << Qt::endl;
    return static_cast<int>(ExitCode::Usage);
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    setIdentity();
    // The Wayland app_id and the dock's match with the installed .desktop file and icon.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(BuildInfo::AppId));

    // A malformed --timeout is a usage error, as in `sign-in`, even when a window is already open.
    if (!AppSettings::signInTimeout(QCoreApplication::arguments())) {
        LanguageManager languages;
        languages.apply(QString()); // the system's language, as for the other usage errors
        QTextStream(stderr) << "error: " << AppSettings::signInTimeout(QCoreApplication::arguments()).error().message
                            << Qt::endl;
        return static_cast<int>(ExitCode::Usage);
    }

    // One window per user: a second launch hands its options to the first and leaves. The
    // first also owns refreshing, so two windows never race on Logto's rotating tokens. Only the
    // lock is taken here; the server that hears later launches starts after the first frame.
    SingleInstance instance(QString::fromLatin1(BuildInfo::AppId));
    if (!instance.tryLock())
        return instance.sendToPrimary(QCoreApplication::arguments()) ? 0 : 1;

    QSettings settings;
    AppSettings config = AppSettings::load(settings);
    config.applyOverrides(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment());
    LanguageManager languages;
    languages.apply(config.language);
    // --timeout bounds the wait for the browser in the window as in `sign-in` (checked above).
    const auto timeout = AppSettings::signInTimeout(QCoreApplication::arguments());

    Logto::TokenStore tokens(QString::fromLatin1(BuildInfo::AppId));
    AppController controller(&tokens);
    // Through the desktop's URL handler (and the OpenURI portal inside Flatpak) unless $BROWSER is set.
    controller.setBrowserOpener([](const QUrl &url) { return QDesktopServices::openUrl(url); });
    controller.setUiLocales(languages.uiLocalesTag());
    if (timeout && timeout.value())
        controller.setSignInTimeout(*timeout.value());
    controller.setSettings(config);
    // The first frame shows "Restoring your session…"; the keychain is read once it is out (below).
    controller.showRestoring();

    MainWindow window(&controller, &languages);
    QObject::connect(&instance, &SingleInstance::activated, &window, [&](const QStringList &arguments) {
        AppSettings updated = controller.settings();
        updated.applyOverrides(arguments, QProcessEnvironment());
        controller.setSettings(updated);
        if (const auto later = AppSettings::signInTimeout(arguments); later && later.value())
            controller.setSignInTimeout(*later.value());
        window.showNormal();
        window.raise();
        window.activateWindow();
    });
    QObject::connect(&languages, &LanguageManager::languageChanged, &controller, [&] {
        controller.setUiLocales(languages.uiLocalesTag());
    });
    QObject::connect(&window, &MainWindow::firstFrameShown, &instance, &SingleInstance::listen);
    // The icon is an SVG that X11 wants rendered at four sizes when it is set: after the first frame too.
    QObject::connect(&window, &MainWindow::firstFrameShown, &app, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.logtosignin.LogtoSignin.svg")));
    });
    // QtKeychain loads libsecret and its GLib stack on its first job: that need not delay the first frame.
    QObject::connect(&window, &MainWindow::firstFrameShown, &controller, &AppController::restore);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    ProcessLocale::useUtf8Codeset();
    if (CommandLine::wantsCommandLine(argumentsOf(argc, argv)))
        return runCommandLine(argc, argv);
    if (!WindowDisplay::isAvailable(argumentsOf(argc, argv), QProcessEnvironment::systemEnvironment()))
        return reportNoDisplay(argc, argv);
    return runWindow(argc, argv);
}
