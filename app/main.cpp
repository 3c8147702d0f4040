// SPDX-License-Identifier: MIT
#include "buildinfo.h"
#include "clirunner.h"
#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("logto-signin"));
    QCoreApplication::setApplicationName(QStringLiteral("logto-signin"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(BuildInfo::Version));
}

void installTranslators(QCoreApplication &app)
{
    // Parented to the application: they live as long as it does.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(),
                           QStringLiteral("qtbase"),
                           QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (appTranslator->load(QLocale(), QStringLiteral("logto-signin"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
}

} // namespace

int main(int argc, char **argv)
{
    // Sub-commands run headless: a QCoreApplication needs no display.
    QCoreApplication app(argc, argv);
    setIdentity();
    installTranslators(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine;
    const ParsedCommandLine parsed =
        commandLine.parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), out, err);
    if (!parsed.options)
        return static_cast<int>(parsed.exitCode);
    return static_cast<int>(CliRunner(*parsed.options, out, err).exec());
}
