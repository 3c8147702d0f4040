// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>

#include <optional>
#include <utility>

// The window's UI language: installs Qt's own catalogue (qtbase_<lang>) and ours
// (logto-signin_<lang>, embedded under :/i18n), makes the chosen locale QLocale's default
// and tells everyone. Installing or removing a translator makes Qt send LanguageChange to
// every widget, whose retranslateUi() then picks up the new texts.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;
    Q_DISABLE_COPY_MOVE(LanguageManager)

    // `language` is a locale name such as "th", "en" or "zh_CN"; empty follows the system.
    // An unknown name also falls back to the system, with a warning in the log.
    void apply(const QString &language);

    // What apply() was last given ("" for the system) and the locale it chose.
    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QLocale locale() const { return m_locale; }
    // Whether our own catalogue was found for the current language (English needs none).
    [[nodiscard]] bool hasAppTranslation() const { return m_appInstalled; }

    // The BCP 47 tag for Logto's ui_locales, so the sign-in page speaks the app's language:
    // "th", "en", "ja", "zh-CN" for a chosen language, the system locale's tag (e.g. "th-TH",
    // as the command line sends) otherwise. Empty for the C locale: then Logto follows the browser.
    [[nodiscard]] QString uiLocalesTag() const { return m_uiLocalesTag; }

    // The languages offered in Settings: locale name and the language's own name for itself.
    [[nodiscard]] static QList<std::pair<QString, QString>> availableLanguages();

Q_SIGNALS:
    void languageChanged(const QLocale &locale);

private:
    void removeTranslators();
    void applyFont(const QLocale &locale);

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    std::optional<QFont> m_baseFont;
    bool m_qtInstalled = false;
    bool m_appInstalled = false;
    QString m_language;
    QLocale m_locale;
    QString m_uiLocalesTag;
};
