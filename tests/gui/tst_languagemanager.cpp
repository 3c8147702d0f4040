// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "languagemanager.h"
#include "oidcconfig.h"
#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {

// A widget that counts the LanguageChange events it receives, as retranslateUi() would.
class Listener : public QWidget
{
public:
    int languageChanges = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++languageChanges;
        QWidget::changeEvent(event);
    }
};

// A message from the core library, in whatever language is installed now.
QString translatedSample()
{
    return Logto::OidcConfig::validateEndpoint(QString()).error().message;
}

const QString EnglishSample = u"No Logto endpoint is set."_s;

QString systemTag()
{
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QString() : system.name().replace(u'_', u'-');
}

} // namespace

class TestLanguageManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void thai();
    void tags_data();
    void tags();
    void systemDefault();
    void unknownLanguageFollowsSystem();
    void switchingBackRemovesTranslation();
    void widgetsAreTold();
    void availableLanguages();
    void settingsButtonsInThai();
};

void TestLanguageManager::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestLanguageManager::thai()
{
    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    languages.apply(u"th"_s);

    QCOMPARE(QLocale().language(), QLocale::Thai);
    QCOMPARE(languages.locale().language(), QLocale::Thai);
    QCOMPARE(languages.language(), u"th"_s);
    QCOMPARE(languages.uiLocalesTag(), u"th"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QLocale>().language(), QLocale::Thai);

    // The catalogue embedded under :/i18n is installed: the core speaks Thai.
    QVERIFY(languages.hasAppTranslation());
    QVERIFY2(translatedSample() != EnglishSample, qPrintable(translatedSample()));
}

void TestLanguageManager::tags_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QLocale::Language>("expected");
    QTest::addColumn<QString>("tag");

    QTest::newRow("en") << u"en"_s << QLocale::English << u"en"_s;
    QTest::newRow("th") << u"th"_s << QLocale::Thai << u"th"_s;
    QTest::newRow("ja") << u"ja"_s << QLocale::Japanese << u"ja"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << QLocale::Chinese << u"zh-CN"_s;
    QTest::newRow("pt_BR") << u"pt_BR"_s << QLocale::Portuguese << u"pt-BR"_s;
    QTest::newRow("padded") << u" th "_s << QLocale::Thai << u"th"_s;
}

void TestLanguageManager::tags()
{
    QFETCH(QString, language);
    QFETCH(QLocale::Language, expected);

    LanguageManager languages;
    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    languages.apply(language);
    QCOMPARE(QLocale().language(), expected);
    QTEST(languages.uiLocalesTag(), "tag");
    QCOMPARE(changed.count(), 1);
}

void TestLanguageManager::systemDefault()
{
    LanguageManager languages;
    languages.apply(u"th"_s);
    QCOMPARE(QLocale().language(), QLocale::Thai);

    QSignalSpy changed(&languages, &LanguageManager::languageChanged);
    languages.apply(QString());
    QCOMPARE(QLocale(), QLocale::system());
    QCOMPARE(languages.locale(), QLocale::system());
    QVERIFY(languages.language().isEmpty());
    QCOMPARE(languages.uiLocalesTag(), systemTag());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QLocale>(), QLocale::system());
}

void TestLanguageManager::unknownLanguageFollowsSystem()
{
    LanguageManager languages;
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown UI language"_s));
    languages.apply(u"not a language"_s);
    QCOMPARE(QLocale(), QLocale::system());
    QCOMPARE(languages.uiLocalesTag(), systemTag());
}

void TestLanguageManager::switchingBackRemovesTranslation()
{
    LanguageManager languages;
    languages.apply(u"th"_s);
    QVERIFY(translatedSample() != EnglishSample);
    languages.apply(u"en"_s);
    // English has a catalogue too, with plural forms only (translations/logto-signin_en.ts).
    QVERIFY(languages.hasAppTranslation());
    QCOMPARE(translatedSample(), EnglishSample);
    QCOMPARE(QLocale().language(), QLocale::English);

    // Nothing is left installed once the manager is gone.
    {
        LanguageManager scoped;
        scoped.apply(u"th"_s);
        QVERIFY(translatedSample() != EnglishSample);
    }
    QCOMPARE(translatedSample(), EnglishSample);
}

void TestLanguageManager::widgetsAreTold()
{
    Listener window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    LanguageManager languages;

    // From English with no translator to English with none: only the locale could change,
    // and the widgets still hear about it.
    int before = window.languageChanges;
    languages.apply(u"en"_s);
    QTRY_VERIFY(window.languageChanges > before);

    before = window.languageChanges;
    languages.apply(u"th"_s);
    QTRY_VERIFY(window.languageChanges > before);

    before = window.languageChanges;
    languages.apply(u"en"_s);
    QTRY_VERIFY(window.languageChanges > before);
}

void TestLanguageManager::availableLanguages()
{
    const auto languages = LanguageManager::availableLanguages();
    QStringList names;
    for (const auto &[name, nativeName] : languages) {
        names.append(name);
        QVERIFY2(QLocale(name).language() != QLocale::C, qPrintable(name));
        QVERIFY(!nativeName.isEmpty());
    }
    QCOMPARE(names, (QStringList{u"en"_s, u"th"_s, u"ja"_s, u"zh_CN"_s}));
    QCOMPARE(languages.at(1).second, u"ไทย"_s);
    QCOMPARE(languages.at(2).second, u"日本語"_s);
    QCOMPARE(languages.at(3).second, u"简体中文"_s);
}

void TestLanguageManager::settingsButtonsInThai()
{
    // Qt has no Thai catalogue of its own: OK and Cancel must not stay English in Settings.
    LanguageManager languages;
    languages.apply(u"th"_s);
    SettingsDialog dialog{AppSettings()};
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttons"_s);
    QVERIFY(buttons);
    const QString ok = buttons->button(QDialogButtonBox::Ok)->text();
    const QString cancel = buttons->button(QDialogButtonBox::Cancel)->text();
    QVERIFY2(!ok.isEmpty() && !ok.contains(u"OK"_s, Qt::CaseInsensitive), qPrintable(ok));
    QVERIFY2(!cancel.isEmpty() && !cancel.contains(u"Cancel"_s, Qt::CaseInsensitive), qPrintable(cancel));
    // And back, in the dialog that is open.
    languages.apply(u"en"_s);
    QTRY_COMPARE(buttons->button(QDialogButtonBox::Ok)->text(), u"OK"_s); // LanguageChange is posted
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text(), u"Cancel"_s);
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
