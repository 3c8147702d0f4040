// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "logto.signin.gui.language", QtInfoMsg)

// ui_locales for the system locale: the same tag the command line sends.
QString systemTag(const QLocale &locale)
{
    if (locale.language() == QLocale::C)
        return {};
    return locale.name().replace(QLatin1Char('_'), QLatin1Char('-'));
}

// ui_locales for a chosen language: as specific as the choice ("th" → th, "zh_CN" → zh-CN).
QString chosenTag(const QString &language, const QLocale &locale)
{
    const bool withTerritory = language.contains(QLatin1Char('_')) || language.contains(QLatin1Char('-'));
    if (withTerritory)
        return systemTag(locale);
    return QLocale::languageToCode(locale.language());
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_locale(QLocale())
    , m_uiLocalesTag(systemTag(QLocale()))
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<std::pair<QString, QString>> LanguageManager::availableLanguages()
{
    // Each language's name in that language: these are not translated.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("th"), QStringLiteral(u"ไทย")},
            {QStringLiteral("ja"), QStringLiteral(u"日本語")},
            {QStringLiteral("zh_CN"), QStringLiteral(u"简体中文")}};
}

void LanguageManager::removeTranslators()
{
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    m_qtInstalled = false;
    m_appInstalled = false;
}

void LanguageManager::applyFont(const QLocale &locale)
{
    auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance());
    if (!app)
        return; // the command line draws nothing
    if (!m_baseFont)
        m_baseFont = QGuiApplication::font();
    QFont font = *m_baseFont;
    if (locale.language() == QLocale::Thai) {
        // Thai above- and below-base marks need a Thai font's taller line box: with a Latin
        // primary font they are clipped where a label wraps. Latin text keeps the usual family.
        font.setFamilies({QStringLiteral("Noto Sans Thai UI"),
                          QStringLiteral("Noto Sans Thai"),
                          QStringLiteral("Loma"),
                          QStringLiteral("Tlwg Typo"),
                          m_baseFont->family()});
    }
    QGuiApplication::setFont(font);
}

void LanguageManager::apply(const QString &language)
{
    const QString name = language.trimmed();
    QLocale locale = name.isEmpty() ? QLocale::system() : QLocale(name);
    bool chosen = !name.isEmpty();
    if (chosen && locale.language() == QLocale::C && name != QLatin1String("C")) {
        qCWarning(lcLanguage) << "Unknown UI language" << name << "- following the system instead";
        locale = QLocale::system();
        chosen = false;
    }

    m_language = name;
    m_locale = locale;
    m_uiLocalesTag = chosen ? chosenTag(name, locale) : systemTag(locale);
    // Before the translators change: the LanguageChange they cause must already see the new locale.
    QLocale::setDefault(locale);

    applyFont(locale);
    const bool hadTranslators = m_qtInstalled || m_appInstalled;
    removeTranslators();
    if (m_qtTranslator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);
    if (m_appTranslator.load(locale, QStringLiteral("logto-signin"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        // No catalogue for this language (or the C locale): English, whose catalogue holds the
        // plural forms ("1 day", "2 days") the source text can only write as "%n day(s)".
        || m_appTranslator.load(QStringLiteral("logto-signin_en"), QStringLiteral(":/i18n")))
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    qCDebug(lcLanguage) << "UI language" << locale.name() << "Qt catalogue:" << m_qtInstalled
                        << "app catalogue:" << m_appInstalled;

    // Installing or removing a translator already told every widget; when neither happened
    // (English to English, say) the locale may still have changed, so say it ourselves.
    if (!hadTranslators && !m_qtInstalled && !m_appInstalled) {
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QEvent event(QEvent::LanguageChange);
            QCoreApplication::sendEvent(app, &event);
        }
    }
    Q_EMIT languageChanged(locale);
}
