// SPDX-License-Identifier: MIT
#include "appsettings.h"
#include "settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(AppSettings)

namespace {

AppSettings configured()
{
    AppSettings s;
    s.endpoint = u"https://abc.logto.app"_s;
    s.appId = u"abc123"_s;
    return s;
}

template<typename T>
T *child(const QWidget &dialog, const QString &name)
{
    T *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

QPushButton *okButton(const SettingsDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, u"buttons"_s)->button(QDialogButtonBox::Ok);
}

QLabel *message(const SettingsDialog &dialog)
{
    return child<QLabel>(dialog, u"validationMessage"_s);
}

// Replaces a line edit's text the way a person does: select all, then type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

// Clicks a checkbox where its box is (its middle may be past a short label).
void clickBox(QCheckBox *box)
{
    const int middle = box->height() / 2;
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(middle, middle));
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void remoteHttpEndpointBlocksOk();
    void invalidFieldBlocksOk_data();
    void invalidFieldBlocksOk();
    void emptyConnectionMayBeSaved();
    void scopeCheckboxes_data();
    void scopeCheckboxes();
    void checkingBoxesAddsScopes();
    void defaultScopesCanBeTakenAway();
    void resourcesOnePerLine();
    void socialTargets_data();
    void socialTargets();
    void languageCombo_data();
    void languageCombo();
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void keyboardAndAccessibility();
    void appIdNote();
    void retranslates();
};

void TestSettingsDialog::remoteHttpEndpointBlocksOk()
{
    SettingsDialog dialog(configured());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *endpoint = child<QLineEdit>(dialog, u"endpointEdit"_s);
    QCOMPARE(endpoint->placeholderText(), u"https://your-tenant.logto.app"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!message(dialog)->isVisible());

    retype(endpoint, u"http://abc.logto.app"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.isInputValid());
    QVERIFY(message(dialog)->isVisible());
    QVERIFY2(message(dialog)->text().contains(u"Plain http is allowed only on this computer"_s),
             qPrintable(message(dialog)->text()));

    retype(endpoint, u"https://abc.logto.app"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!message(dialog)->isVisible());
    QVERIFY(message(dialog)->text().isEmpty());

    retype(endpoint, u"http://127.0.0.1:3001"_s);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.settings().endpoint, u"http://127.0.0.1:3001"_s);
}

void TestSettingsDialog::invalidFieldBlocksOk_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("endpoint not a URL") << u"endpointEdit"_s << u"abc.logto.app"_s << u"not a valid URL"_s;
    QTest::newRow("endpoint with query") << u"endpointEdit"_s << u"https://abc.logto.app/?a=b"_s << u"query"_s;
    QTest::newRow("endpoint ftp") << u"endpointEdit"_s << u"ftp://abc.logto.app"_s << u"https://"_s;
    QTest::newRow("app id with a space") << u"appIdEdit"_s << u"abc 123"_s << u"app ID"_s;
    QTest::newRow("scope with a quote") << u"extraScopesEdit"_s << u"address bad\"scope"_s << u"bad\"scope"_s;
    QTest::newRow("organization with a slash") << u"organizationEdit"_s << u"org/1"_s << u"organization ID"_s;
    QTest::newRow("social target with a colon")
        << u"socialTargetsEdit"_s << u"apple social:google"_s << u"Social targets look like apple or google"_s;
    QTest::newRow("social target with a slash") << u"socialTargetsEdit"_s << u"goo/gle"_s << u"\"goo/gle\""_s;
}

void TestSettingsDialog::invalidFieldBlocksOk()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, mentions);

    SettingsDialog dialog(configured());
    auto *edit = child<QLineEdit>(dialog, field);
    QVERIFY(okButton(dialog)->isEnabled());
    retype(edit, text);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(message(dialog)->text().contains(mentions), qPrintable(message(dialog)->text()));
    QVERIFY(!message(dialog)->isHidden());
    // The field itself is marked, for those who do not read the message first.
    QVERIFY(!edit->accessibleDescription().isEmpty());

    edit->clear();
    QVERIFY2(okButton(dialog)->isEnabled(), qPrintable(message(dialog)->text()));
}

void TestSettingsDialog::emptyConnectionMayBeSaved()
{
    SettingsDialog dialog{AppSettings()};
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(!message(dialog)->isHidden());
    QVERIFY2(message(dialog)->text().contains(u"endpoint"_s), qPrintable(message(dialog)->text()));

    retype(child<QLineEdit>(dialog, u"endpointEdit"_s), u"https://abc.logto.app"_s);
    QVERIFY(!message(dialog)->isHidden()); // the app ID is still missing
    retype(child<QLineEdit>(dialog, u"appIdEdit"_s), u"abc123"_s);
    QVERIFY(message(dialog)->isHidden());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.settings().isConfigured());
}

void TestSettingsDialog::scopeCheckboxes_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QStringList>("checked");
    QTest::addColumn<QString>("extra");

    QTest::newRow("none") << QStringList() << QStringList() << QString();
    QTest::newRow("email") << QStringList{u"email"_s} << QStringList{u"email"_s} << QString();
    QTest::newRow("all known") << AppSettings::knownScopes() << AppSettings::knownScopes() << QString();
    QTest::newRow("known and unknown")
        << QStringList{u"address"_s, u"roles"_s, u"urn:logto:scope:organization_roles"_s, u"read:reports"_s}
        << QStringList{u"roles"_s, u"urn:logto:scope:organization_roles"_s} << u"address read:reports"_s;
}

void TestSettingsDialog::scopeCheckboxes()
{
    QFETCH(QStringList, scopes);
    QFETCH(QStringList, checked);
    QFETCH(QString, extra);

    AppSettings input = configured();
    input.scopes = scopes;
    SettingsDialog dialog(input);
    const QStringList known = AppSettings::knownScopes();
    for (const QString &scope : known) {
        auto *box = child<QCheckBox>(dialog, SettingsDialog::scopeObjectName(scope));
        QVERIFY2(box->isChecked() == checked.contains(scope), qPrintable(scope));
        QVERIFY(!box->text().isEmpty());
        QVERIFY(box->toolTip().contains(scope));
    }
    QCOMPARE(child<QLineEdit>(dialog, u"extraScopesEdit"_s)->text(), extra);
    QCOMPARE(dialog.settings().scopes, scopes);
}

void TestSettingsDialog::checkingBoxesAddsScopes()
{
    QCOMPARE(SettingsDialog::scopeObjectName(u"urn:logto:scope:organizations"_s),
             u"scope_urn_logto_scope_organizations"_s);
    QCOMPARE(SettingsDialog::scopeObjectName(u"custom_data"_s), u"scope_custom_data"_s);

    AppSettings input = configured();
    input.scopes = {u"roles"_s, u"email"_s};
    SettingsDialog dialog(input);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    auto *email = child<QCheckBox>(dialog, u"scope_email"_s);
    auto *organizations = child<QCheckBox>(dialog, u"scope_urn_logto_scope_organizations"_s);
    auto *phone = child<QCheckBox>(dialog, u"scope_phone"_s);
    QCOMPARE(email->text(), u"Email address"_s);
    QCOMPARE(phone->text(), u"Phone number"_s);
    QCOMPARE(child<QCheckBox>(dialog, u"scope_identities"_s)->text(), u"Linked identities (social accounts)"_s);
    QCOMPARE(organizations->text(), u"Organizations"_s);

    clickBox(email);
    QCOMPARE(dialog.settings().scopes, QStringList{u"roles"_s});
    clickBox(organizations);
    email->setFocus();
    QTest::keyClick(email, Qt::Key_Space);
    // Kept scopes keep their place; new ones follow in the order of the list.
    QCOMPARE(dialog.settings().scopes, (QStringList{u"roles"_s, u"email"_s, u"urn:logto:scope:organizations"_s}));
    QTest::keyClicks(child<QLineEdit>(dialog, u"extraScopesEdit"_s), u"  address   phone "_s);
    QCOMPARE(dialog.settings().scopes,
             (QStringList{u"roles"_s, u"email"_s, u"urn:logto:scope:organizations"_s, u"address"_s, u"phone"_s}));
    clickBox(phone); // also typed: listed once
    QCOMPARE(dialog.settings().scopes,
             (QStringList{u"roles"_s, u"email"_s, u"phone"_s, u"urn:logto:scope:organizations"_s, u"address"_s}));
}

void TestSettingsDialog::defaultScopesCanBeTakenAway()
{
    // A first start asks for what the profile page shows; a person can still say no to each.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings file(dir.filePath(u"first-start.ini"_s), QSettings::IniFormat);
    AppSettings input = AppSettings::load(file);
    input.endpoint = u"https://abc.logto.app"_s;
    input.appId = u"abc123"_s;
    SettingsDialog dialog(input);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const QString &scope : {u"email"_s, u"roles"_s, u"urn:logto:scope:organizations"_s})
        QVERIFY2(child<QCheckBox>(dialog, SettingsDialog::scopeObjectName(scope))->isChecked(), qPrintable(scope));
    QVERIFY(!child<QCheckBox>(dialog, u"scope_phone"_s)->isChecked());

    clickBox(child<QCheckBox>(dialog, u"scope_roles"_s));
    clickBox(child<QCheckBox>(dialog, u"scope_urn_logto_scope_organizations"_s));
    QCOMPARE(dialog.settings().scopes, QStringList{u"email"_s});
    clickBox(child<QCheckBox>(dialog, u"scope_email"_s));
    QVERIFY(dialog.settings().scopes.isEmpty());
    QVERIFY(okButton(dialog)->isEnabled());

    // Saved that way, the defaults do not come back at the next start.
    dialog.settings().save(file);
    QVERIFY(AppSettings::load(file).scopes.isEmpty());
}

void TestSettingsDialog::resourcesOnePerLine()
{
    AppSettings input = configured();
    input.resources = {u"https://api.example.com"_s, u"https://other.example.com/v1"_s};
    SettingsDialog dialog(input);
    auto *resources = child<QPlainTextEdit>(dialog, u"resourcesEdit"_s);
    QCOMPARE(resources->toPlainText(), u"https://api.example.com\nhttps://other.example.com/v1"_s);

    resources->setPlainText(u"  https://a.example.com \n\n https://b.example.com/x\n"_s);
    QCOMPARE(dialog.settings().resources, (QStringList{u"https://a.example.com"_s, u"https://b.example.com/x"_s}));
    QVERIFY(okButton(dialog)->isEnabled());

    resources->setPlainText(u"https://a.example.com\napi.example.com"_s);
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY2(message(dialog)->text().contains(u"\"api.example.com\""_s), qPrintable(message(dialog)->text()));

    resources->setPlainText(u"https://a.example.com#frag"_s);
    QVERIFY(!okButton(dialog)->isEnabled());

    resources->clear();
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.settings().resources.isEmpty());
}

void TestSettingsDialog::socialTargets_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("targets");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("one") << u"apple"_s << QStringList{u"apple"_s};
    QTest::newRow("spaces") << u" apple  google "_s << QStringList{u"apple"_s, u"google"_s};
    QTest::newRow("commas") << u"apple,google, github"_s << QStringList{u"apple"_s, u"google"_s, u"github"_s};
}

void TestSettingsDialog::socialTargets()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, targets);

    SettingsDialog dialog(configured());
    auto *edit = child<QLineEdit>(dialog, u"socialTargetsEdit"_s);
    QCOMPARE(edit->text(), u"apple"_s);
    retype(edit, typed);
    QVERIFY(okButton(dialog)->isEnabled());
    QCOMPARE(dialog.settings().socialTargets, targets);
}

void TestSettingsDialog::languageCombo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("shown");

    QTest::newRow("system") << QString() << u"System default"_s;
    QTest::newRow("en") << u"en"_s << u"English"_s;
    QTest::newRow("th") << u"th"_s << u"ไทย"_s;
    QTest::newRow("ja") << u"ja"_s << u"日本語"_s;
    QTest::newRow("zh_CN") << u"zh_CN"_s << u"简体中文"_s;
    QTest::newRow("saved by another version") << u"de"_s << u"Deutsch"_s;
}

void TestSettingsDialog::languageCombo()
{
    QFETCH(QString, language);
    QFETCH(QString, shown);

    AppSettings input = configured();
    input.language = language;
    SettingsDialog dialog(input);
    auto *combo = child<QComboBox>(dialog, u"languageCombo"_s);
    QVERIFY(combo->count() >= 5);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->currentText(), shown);
    QCOMPARE(combo->currentData().toString(), language);
    QCOMPARE(dialog.settings().language, language);

    // Choosing another one, by keyboard.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(dialog.settings().language, QString());
    const int th = combo->findData(u"th"_s);
    QVERIFY(th > 0);
    combo->setCurrentIndex(th);
    QCOMPARE(dialog.settings().language, u"th"_s);
}

void TestSettingsDialog::settingsRoundTrip_data()
{
    QTest::addColumn<AppSettings>("input");

    QTest::newRow("defaults") << AppSettings();
    QTest::newRow("configured") << configured();
    AppSettings full = configured();
    full.scopes = {u"urn:logto:scope:organizations"_s, u"address"_s, u"email"_s, u"roles"_s};
    full.resources = {u"https://api.example.com"_s, u"urn:example:api"_s};
    full.organizationId = u"org_42"_s;
    full.socialTargets = {u"google"_s, u"apple"_s, u"github"_s};
    full.language = u"zh_CN"_s;
    QTest::newRow("everything") << full;
    AppSettings bare = configured();
    bare.scopes.clear();
    bare.socialTargets.clear();
    bare.language = u"ja"_s;
    QTest::newRow("no scopes, no social buttons") << bare;
    AppSettings loopback = full;
    loopback.endpoint = u"http://localhost:3001"_s;
    loopback.language = u"th"_s;
    QTest::newRow("loopback") << loopback;
}

void TestSettingsDialog::settingsRoundTrip()
{
    QFETCH(AppSettings, input);
    SettingsDialog dialog(input);
    const AppSettings output = dialog.settings();
    QCOMPARE(output.endpoint, input.endpoint);
    QCOMPARE(output.appId, input.appId);
    QCOMPARE(output.scopes, input.scopes);
    QCOMPARE(output.resources, input.resources);
    QCOMPARE(output.organizationId, input.organizationId);
    QCOMPARE(output.socialTargets, input.socialTargets);
    QCOMPARE(output.language, input.language);
    QVERIFY(output == input);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestSettingsDialog::keyboardAndAccessibility()
{
    SettingsDialog dialog(configured());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Every field has a label that names it and jumps to it (Alt+letter).
    const QStringList fields{u"endpointEdit"_s,
                             u"appIdEdit"_s,
                             u"extraScopesEdit"_s,
                             u"resourcesEdit"_s,
                             u"organizationEdit"_s,
                             u"socialTargetsEdit"_s,
                             u"languageCombo"_s,
                             u"deviceAppIdEdit"_s};
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const QString &name : fields) {
        QWidget *field = child<QWidget>(dialog, name);
        const bool hasBuddy = std::any_of(labels.cbegin(), labels.cend(), [field](QLabel *label) {
            return label->buddy() == field && label->text().contains(u'&');
        });
        QVERIFY2(hasBuddy, qPrintable(name));
        QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(name));
    }

    // Tab walks the form top to bottom; Tab in the resources box moves on instead of typing a tab.
    QStringList order;
    QWidget *widget = child<QWidget>(dialog, u"endpointEdit"_s);
    for (int i = 0; i < 20 && widget; ++i) {
        if (!widget->objectName().isEmpty() && widget->focusPolicy() & Qt::TabFocus)
            order.append(widget->objectName());
        widget = widget->nextInFocusChain();
        if (widget == child<QWidget>(dialog, u"endpointEdit"_s))
            break;
    }
    const QStringList expected{u"endpointEdit"_s,
                               u"appIdEdit"_s,
                               u"deviceAppIdEdit"_s,
                               u"scope_email"_s,
                               u"scope_phone"_s,
                               u"scope_custom_data"_s,
                               u"scope_identities"_s,
                               u"scope_roles"_s,
                               u"scope_urn_logto_scope_organizations"_s,
                               u"scope_urn_logto_scope_organization_roles"_s,
                               u"extraScopesEdit"_s,
                               u"resourcesEdit"_s,
                               u"organizationEdit"_s,
                               u"socialTargetsEdit"_s,
                               u"languageCombo"_s};
    QCOMPARE(order.mid(0, expected.size()), expected);

    auto *resources = child<QPlainTextEdit>(dialog, u"resourcesEdit"_s);
    resources->setFocus();
    QTRY_VERIFY(resources->hasFocus());
    QTest::keyClick(resources, Qt::Key_Tab);
    QVERIFY(resources->toPlainText().isEmpty());
    QTRY_VERIFY(child<QLineEdit>(dialog, u"organizationEdit"_s)->hasFocus());

    // Enter accepts when valid.
    QTest::keyClick(child<QLineEdit>(dialog, u"organizationEdit"_s), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    // Escape closes without saving, wherever the focus is.
    SettingsDialog again(configured());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    child<QLineEdit>(again, u"appIdEdit"_s)->setFocus();
    QTest::keyClick(child<QLineEdit>(again, u"appIdEdit"_s), Qt::Key_Escape);
    QVERIFY(!again.isVisible());
    QCOMPARE(again.result(), int(QDialog::Rejected));
}

void TestSettingsDialog::appIdNote()
{
    SettingsDialog dialog(configured());
    auto *note = child<QLabel>(dialog, u"appIdNote"_s);
    QVERIFY(note->text().contains(u"Native app"_s));
    QVERIFY(note->text().contains(u"http://127.0.0.1/callback"_s));
}

void TestSettingsDialog::retranslates()
{
    SettingsDialog dialog(configured());
    auto *email = child<QCheckBox>(dialog, u"scope_email"_s);
    email->setText(QString());
    retype(child<QLineEdit>(dialog, u"endpointEdit"_s), u"http://abc.logto.app"_s);
    const QString shown = message(dialog)->text();
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&dialog, &event);
    QCOMPARE(email->text(), u"Email address"_s);
    QCOMPARE(message(dialog)->text(), shown);
    QVERIFY(!okButton(dialog)->isEnabled());
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
