// SPDX-License-Identifier: MIT
#include "settingsdialog.h"

#include "languagemanager.h"
#include "oidcconfig.h"
#include "setupcheckdialog.h"
#include "signinoptions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

namespace {

const QRegularExpression &whitespace()
{
    static const QRegularExpression pattern(QStringLiteral("\\s+"));
    return pattern;
}

const QRegularExpression &whitespaceOrComma()
{
    static const QRegularExpression pattern(QStringLiteral("[\\s,]+"));
    return pattern;
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

QLabel *makeHeading(QWidget *parent)
{
    auto *heading = new QLabel(parent);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    return heading;
}

QLabel *makeNote(QWidget *parent)
{
    auto *note = new QLabel(parent);
    note->setWordWrap(true);
    note->setTextFormat(Qt::PlainText);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return note;
}

// Notes are quieter than labels but must stay readable: the placeholder grey is too faint
// (about 3:1 on Fusion), so mix the text colour with the background instead (about 7:1).
void mutePalette(QLabel *note, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor back = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 7 + b * 3) / 10; };
    QPalette muted = note->palette();
    muted.setColor(QPalette::WindowText,
                   QColor(mix(text.red(), back.red()), mix(text.green(), back.green()), mix(text.blue(), back.blue())));
    note->setPalette(muted);
}

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    buildUi();
    load(settings);
    retranslateUi(); // validates too
}

QString SettingsDialog::scopeObjectName(const QString &scope)
{
    QString name = scope;
    for (QChar &c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = QLatin1Char('_');
    }
    return QStringLiteral("scope_") + name;
}

void SettingsDialog::buildUi()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const auto addMarker = [&warning](QLineEdit *edit) {
        QAction *marker = edit->addAction(warning, QLineEdit::TrailingPosition);
        marker->setVisible(false);
        return marker;
    };

    // The Logto tenant and the Native app.
    m_connectionHeading = makeHeading(this);
    m_endpointLabel = new QLabel(this);
    m_endpointEdit = new QLineEdit(this);
    m_endpointEdit->setObjectName(QStringLiteral("endpointEdit"));
    m_endpointEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_endpointMarker = addMarker(m_endpointEdit);
    m_appIdLabel = new QLabel(this);
    m_appIdEdit = new QLineEdit(this);
    m_appIdEdit->setObjectName(QStringLiteral("appIdEdit"));
    m_appIdEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_appIdMarker = addMarker(m_appIdEdit);
    m_appIdNote = makeNote(this);
    m_appIdNote->setObjectName(QStringLiteral("appIdNote"));
    m_deviceAppIdLabel = new QLabel(this);
    m_deviceAppIdEdit = new QLineEdit(this);
    m_deviceAppIdEdit->setObjectName(QStringLiteral("deviceAppIdEdit"));
    m_deviceAppIdEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    // What the app asks for.
    m_accessHeading = makeHeading(this);
    m_scopesLabel = new QLabel(this);
    auto *scopesBox = new QWidget(this);
    auto *scopesGrid = new QGridLayout(scopesBox);
    scopesGrid->setContentsMargins(0, 0, 0, 0);
    const QStringList known = AppSettings::knownScopes();
    for (qsizetype i = 0; i < known.size(); ++i) {
        auto *box = new QCheckBox(scopesBox);
        box->setObjectName(scopeObjectName(known.at(i)));
        scopesGrid->addWidget(box, static_cast<int>(i / 2), static_cast<int>(i % 2));
        m_scopeBoxes.append({known.at(i), box});
    }
    m_extraScopesLabel = new QLabel(this);
    m_extraScopesEdit = new QLineEdit(this);
    m_extraScopesEdit->setObjectName(QStringLiteral("extraScopesEdit"));
    m_extraScopesMarker = addMarker(m_extraScopesEdit);
    m_resourcesLabel = new QLabel(this);
    m_resourcesEdit = new QPlainTextEdit(this);
    m_resourcesEdit->setObjectName(QStringLiteral("resourcesEdit"));
    m_resourcesEdit->setTabChangesFocus(true); // Tab moves on, as in every other field
    m_resourcesEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    {
        // Three lines tall: enough to see that it takes a list.
        const int lines = 3;
        const int margins =
            static_cast<int>(m_resourcesEdit->document()->documentMargin() * 2) + m_resourcesEdit->frameWidth() * 2;
        m_resourcesEdit->setFixedHeight(m_resourcesEdit->fontMetrics().lineSpacing() * lines + margins);
    }
    m_organizationLabel = new QLabel(this);
    m_organizationEdit = new QLineEdit(this);
    m_organizationEdit->setObjectName(QStringLiteral("organizationEdit"));
    m_organizationMarker = addMarker(m_organizationEdit);

    // The sign-in window itself.
    m_windowHeading = makeHeading(this);
    m_socialTargetsLabel = new QLabel(this);
    m_socialTargetsEdit = new QLineEdit(this);
    m_socialTargetsEdit->setObjectName(QStringLiteral("socialTargetsEdit"));
    m_socialTargetsMarker = addMarker(m_socialTargetsEdit);
    m_socialTargetsNote = makeNote(this);
    m_socialTargetsNote->setObjectName(QStringLiteral("socialTargetsNote"));
    m_languageLabel = new QLabel(this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    m_languageCombo->addItem(QString(), QString()); // "System default", named in retranslateUi()
    const auto languages = LanguageManager::availableLanguages();
    for (const auto &[name, nativeName] : languages)
        m_languageCombo->addItem(nativeName, name);

    m_validationIcon = new QLabel(this);
    m_validationIcon->setObjectName(QStringLiteral("validationIcon"));
    m_validationMessage = new QLabel(this);
    m_validationMessage->setObjectName(QStringLiteral("validationMessage"));
    m_validationMessage->setWordWrap(true);
    m_validationMessage->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_validationMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    m_checkSetup = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_checkSetup->setObjectName(QStringLiteral("checkSetupButton"));
    m_checkSetup->setAutoDefault(false); // Enter still means OK

    // Labels name their fields for keyboard users (Alt+letter) and screen readers.
    m_endpointLabel->setBuddy(m_endpointEdit);
    m_appIdLabel->setBuddy(m_appIdEdit);
    m_deviceAppIdLabel->setBuddy(m_deviceAppIdEdit);
    m_scopesLabel->setBuddy(m_scopeBoxes.isEmpty() ? nullptr : m_scopeBoxes.first().second);
    m_extraScopesLabel->setBuddy(m_extraScopesEdit);
    m_resourcesLabel->setBuddy(m_resourcesEdit);
    m_organizationLabel->setBuddy(m_organizationEdit);
    m_socialTargetsLabel->setBuddy(m_socialTargetsEdit);
    m_languageLabel->setBuddy(m_languageCombo);

    // A grid rather than a QFormLayout: the notes wrap, and QGridLayout sizes wrapped text by
    // its height at the real width, so the dialog opens at the height it needs.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addHeading = [form, &row](QLabel *heading) {
        if (row > 0)
            form->setRowMinimumHeight(row++, 8);
        form->addWidget(heading, row++, 0, 1, 2);
    };
    // Labels of tall fields sit at the top, as tall as one line of the field, so that their text
    // lines up with the field's first line.
    const auto addRow = [form, &row](QLabel *label, QWidget *field, int firstLineHeight = 0) {
        if (firstLineHeight > 0) {
            label->setMinimumHeight(firstLineHeight);
            form->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        } else {
            form->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        }
        form->addWidget(field, row++, 1);
    };
    const auto addNote = [form, &row](QLabel *note) { form->addWidget(note, row++, 1); };
    addHeading(m_connectionHeading);
    addRow(m_endpointLabel, m_endpointEdit);
    addRow(m_appIdLabel, m_appIdEdit);
    addNote(m_appIdNote);
    addRow(m_deviceAppIdLabel, m_deviceAppIdEdit);
    addHeading(m_accessHeading);
    addRow(m_scopesLabel, scopesBox, m_scopeBoxes.isEmpty() ? 0 : m_scopeBoxes.first().second->sizeHint().height());
    addRow(m_extraScopesLabel, m_extraScopesEdit);
    addRow(m_resourcesLabel, m_resourcesEdit, m_extraScopesEdit->sizeHint().height());
    addRow(m_organizationLabel, m_organizationEdit);
    addHeading(m_windowHeading);
    addRow(m_socialTargetsLabel, m_socialTargetsEdit);
    addNote(m_socialTargetsNote);
    addRow(m_languageLabel, m_languageCombo);

    auto *validationRow = new QHBoxLayout;
    validationRow->addWidget(m_validationIcon, 0, Qt::AlignTop);
    validationRow->addWidget(m_validationMessage, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1); // spare height goes here, not between the rows
    layout->addSpacing(4);
    layout->addLayout(validationRow);
    layout->addWidget(m_buttons);

    // Tab follows the eye: top to bottom, the scopes row by row, then OK and Cancel.
    QWidget *previous = m_endpointEdit;
    const auto chain = [&previous](QWidget *next) {
        setTabOrder(previous, next);
        previous = next;
    };
    chain(m_appIdEdit);
    chain(m_deviceAppIdEdit);
    for (const auto &scopeBox : std::as_const(m_scopeBoxes))
        chain(scopeBox.second);
    chain(m_extraScopesEdit);
    chain(m_resourcesEdit);
    chain(m_organizationEdit);
    chain(m_socialTargetsEdit);
    chain(m_languageCombo);
    chain(m_buttons);
    m_endpointEdit->setFocus();

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkSetup, &QPushButton::clicked, this, &SettingsDialog::checkSetup);
    for (QLineEdit *edit : {m_endpointEdit, m_appIdEdit, m_extraScopesEdit, m_organizationEdit, m_socialTargetsEdit})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_resourcesEdit, &QPlainTextEdit::textChanged, this, &SettingsDialog::validate);

    setMinimumWidth(560);
    updateNotePalette();
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    // Qt's own catalogue has no Thai (no qtbase_th.qm upstream or in Debian), and may not be
    // installed at all: the dialog names its buttons itself, in every language.
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("OK"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_checkSetup->setText(tr("Check setup…"));
    m_checkSetup->setToolTip(tr("Runs the checks of logto-signin doctor on the endpoint and app ID above"));

    m_connectionHeading->setText(tr("Logto connection"));
    m_endpointLabel->setText(tr("&Endpoint:"));
    //: An example address: keep it as it is.
    m_endpointEdit->setPlaceholderText(tr("https://your-tenant.logto.app"));
    m_endpointEdit->setToolTip(tr("Your Logto tenant's address, as shown in the Logto Console"));
    m_endpointEdit->setAccessibleName(tr("Endpoint"));
    m_appIdLabel->setText(tr("App &ID:"));
    m_appIdEdit->setAccessibleName(tr("App ID"));
    m_appIdNote->setText(
        tr("Create a Native app in the Logto Console and register the redirect URI http://127.0.0.1/callback"));
    m_appIdEdit->setAccessibleDescription(m_appIdNote->text());
    m_deviceAppIdLabel->setText(tr("&Device-flow app ID:"));
    m_deviceAppIdEdit->setAccessibleName(tr("Device-flow app ID"));
    m_deviceAppIdEdit->setPlaceholderText(tr("Optional: for \"Sign in with another device\""));

    m_accessHeading->setText(tr("What the app asks for"));
    m_scopesLabel->setText(tr("Sco&pes:"));
    for (const auto &[scope, box] : std::as_const(m_scopeBoxes)) {
        QString label = scope;
        if (scope == QLatin1String("email"))
            label = tr("Email address");
        else if (scope == QLatin1String("phone"))
            label = tr("Phone number");
        else if (scope == QLatin1String("custom_data"))
            label = tr("Custom data");
        else if (scope == QLatin1String("identities"))
            label = tr("Linked identities (social accounts)");
        else if (scope == QLatin1String("roles"))
            label = tr("Roles");
        else if (scope == QLatin1String("urn:logto:scope:organizations"))
            label = tr("Organizations");
        else if (scope == QLatin1String("urn:logto:scope:organization_roles"))
            label = tr("Organization roles");
        box->setText(label);
        //: %1 is an OAuth scope such as email or urn:logto:scope:organizations
        box->setToolTip(tr("Asks for the scope %1").arg(scope));
    }
    m_extraScopesLabel->setText(tr("O&ther scopes:"));
    m_extraScopesEdit->setPlaceholderText(tr("Separated by spaces, e.g. address"));
    m_extraScopesEdit->setToolTip(tr("Scopes not listed above, separated by spaces"));
    m_extraScopesEdit->setAccessibleName(tr("Other scopes"));
    m_resourcesLabel->setText(tr("API &resources:"));
    //: An example API resource indicator: keep the address as it is.
    m_resourcesEdit->setPlaceholderText(tr("One per line, e.g. https://api.example.com"));
    m_resourcesEdit->setToolTip(tr("API resource indicators (RFC 8707) defined in the Logto Console, one per line"));
    m_resourcesEdit->setAccessibleName(tr("API resources"));
    m_resourcesEdit->setAccessibleDescription(tr("One URI per line"));
    m_organizationLabel->setText(tr("&Organization ID:"));
    m_organizationEdit->setPlaceholderText(tr("Optional"));
    m_organizationEdit->setAccessibleName(tr("Organization ID"));

    m_windowHeading->setText(tr("Sign-in window"));
    m_socialTargetsLabel->setText(tr("&Social sign-in:"));
    //: Social connector targets: keep the words apple and google as they are.
    m_socialTargetsEdit->setPlaceholderText(tr("e.g. apple google"));
    m_socialTargetsEdit->setAccessibleName(tr("Social sign-in"));
    //: "Continue with ..." is the label of those buttons on the sign-in page.
    m_socialTargetsNote->setText(tr("Each social connector target becomes a \"Continue with ...\" button. When the "
                                    "tenant publishes its sign-in experience, the window offers the social sign-ins "
                                    "it has instead, these first."));
    m_socialTargetsEdit->setAccessibleDescription(m_socialTargetsNote->text());
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setItemText(0, tr("System default"));
    m_languageCombo->setAccessibleName(tr("Language"));

    validate();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateNotePalette();
    QDialog::changeEvent(event);
}

void SettingsDialog::updateNotePalette()
{
    for (QLabel *note : {m_appIdNote, m_socialTargetsNote})
        mutePalette(note, palette());
}

void SettingsDialog::load(const AppSettings &settings)
{
    m_endpointEdit->setText(settings.endpoint);
    m_appIdEdit->setText(settings.appId);
    m_deviceAppIdEdit->setText(settings.deviceAppId);
    QStringList others;
    for (const QString &scope : settings.scopes) {
        if (!AppSettings::knownScopes().contains(scope))
            appendUnique(others, scope);
    }
    for (const auto &[scope, box] : std::as_const(m_scopeBoxes))
        box->setChecked(settings.scopes.contains(scope));
    m_extraScopesEdit->setText(others.join(QLatin1Char(' ')));
    m_resourcesEdit->setPlainText(settings.resources.join(QLatin1Char('\n')));
    m_organizationEdit->setText(settings.organizationId);
    m_socialTargetsEdit->setText(settings.socialTargets.join(QLatin1Char(' ')));

    int index = m_languageCombo->findData(settings.language);
    if (index < 0) {
        // A language saved by another version: keep offering it so OK does not lose it.
        const QLocale locale(settings.language);
        const QString name = locale.language() == QLocale::C ? settings.language : locale.nativeLanguageName();
        m_languageCombo->addItem(name, settings.language);
        index = m_languageCombo->count() - 1;
    }
    m_languageCombo->setCurrentIndex(index);
}

QStringList SettingsDialog::extraScopes() const
{
    return m_extraScopesEdit->text().split(whitespace(), Qt::SkipEmptyParts);
}

QStringList SettingsDialog::resources() const
{
    QStringList list;
    const QStringList lines = m_resourcesEdit->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString resource = line.trimmed();
        if (!resource.isEmpty())
            list.append(resource);
    }
    return list;
}

QStringList SettingsDialog::socialTargets() const
{
    return m_socialTargetsEdit->text().split(whitespaceOrComma(), Qt::SkipEmptyParts);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings result = m_original;
    result.endpoint = m_endpointEdit->text().trimmed();
    result.appId = m_appIdEdit->text().trimmed();
    result.deviceAppId = m_deviceAppIdEdit->text().trimmed();

    QStringList chosen;
    for (const auto &[scope, box] : m_scopeBoxes) {
        if (box->isChecked())
            appendUnique(chosen, scope);
    }
    for (const QString &scope : extraScopes())
        appendUnique(chosen, scope);
    // Scopes that were there and still are keep their place; new ones follow.
    QStringList scopes;
    for (const QString &scope : m_original.scopes) {
        if (chosen.contains(scope))
            appendUnique(scopes, scope);
    }
    for (const QString &scope : std::as_const(chosen))
        appendUnique(scopes, scope);
    result.scopes = scopes;

    result.resources = resources();
    result.organizationId = m_organizationEdit->text().trimmed();
    result.socialTargets = socialTargets();
    result.language = m_languageCombo->currentData().toString();
    return result;
}

void SettingsDialog::showProblem(QLineEdit *edit, QAction *marker, const QString &problem)
{
    marker->setVisible(!problem.isEmpty());
    marker->setToolTip(problem);
    edit->setAccessibleDescription(problem);
}

void SettingsDialog::validate()
{
    QStringList problems;
    const auto report = [&problems](const QString &field, const QString &problem) {
        //: A field's name, then what is wrong with what was typed there.
        problems.append(tr("%1: %2").arg(field, problem));
    };

    QString endpointProblem;
    if (const QString endpoint = m_endpointEdit->text().trimmed(); !endpoint.isEmpty()) {
        if (auto url = Logto::OidcConfig::validateEndpoint(endpoint); !url)
            endpointProblem = url.error().message;
    }
    showProblem(m_endpointEdit, m_endpointMarker, endpointProblem);
    if (!endpointProblem.isEmpty())
        report(tr("Endpoint"), endpointProblem);

    QString appIdProblem;
    if (const QString appId = m_appIdEdit->text().trimmed(); !appId.isEmpty()) {
        if (auto ok = Logto::OidcConfig::validateAppId(appId); !ok)
            appIdProblem = ok.error().message;
    }
    showProblem(m_appIdEdit, m_appIdMarker, appIdProblem);
    if (!appIdProblem.isEmpty())
        report(tr("App ID"), appIdProblem);

    QString scopeProblem;
    for (const QString &scope : extraScopes()) {
        if (auto ok = Logto::OidcConfig::validateScope(scope); !ok) {
            scopeProblem = ok.error().message;
            break;
        }
    }
    showProblem(m_extraScopesEdit, m_extraScopesMarker, scopeProblem);
    if (!scopeProblem.isEmpty())
        report(tr("Other scopes"), scopeProblem);

    QString resourceProblem;
    for (const QString &resource : resources()) {
        if (auto ok = Logto::OidcConfig::validateResource(resource); !ok) {
            resourceProblem = ok.error().message;
            break;
        }
    }
    m_resourcesEdit->setAccessibleDescription(resourceProblem.isEmpty() ? tr("One URI per line") : resourceProblem);
    if (!resourceProblem.isEmpty())
        report(tr("API resources"), resourceProblem);

    QString organizationProblem;
    if (const QString organization = m_organizationEdit->text().trimmed(); !organization.isEmpty()) {
        if (auto ok = Logto::SignInOptions::validateOrganizationId(organization); !ok)
            organizationProblem = ok.error().message;
    }
    showProblem(m_organizationEdit, m_organizationMarker, organizationProblem);
    if (!organizationProblem.isEmpty())
        report(tr("Organization ID"), organizationProblem);

    QString socialProblem;
    for (const QString &target : socialTargets()) {
        if (auto ok = Logto::SignInOptions::validateDirectSignIn(QStringLiteral("social:") + target); !ok) {
            //: %1 is what was typed; apple and google are connector targets: keep them as they are.
            socialProblem = tr("Social targets look like apple or google; \"%1\" is not one.").arg(target);
            break;
        }
    }
    showProblem(m_socialTargetsEdit, m_socialTargetsMarker, socialProblem);
    if (!socialProblem.isEmpty())
        report(tr("Social sign-in"), socialProblem);

    m_valid = problems.isEmpty();
    const bool configured = !m_endpointEdit->text().trimmed().isEmpty() && !m_appIdEdit->text().trimmed().isEmpty();
    QString message = problems.join(QLatin1Char('\n'));
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
    if (m_valid && !configured) {
        message = tr("Without an endpoint and an app ID the window cannot sign in yet; you can add them later.");
        icon = QStyle::SP_MessageBoxInformation;
    }
    m_validationMessage->setText(message);
    m_validationMessage->setVisible(!message.isEmpty());
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_validationIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize, iconSize));
    m_validationIcon->setVisible(!message.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
    // An endpoint that does not validate is doctor's first failed check; an app ID must be usable.
    m_checkSetup->setEnabled(configured && appIdProblem.isEmpty());
}

void SettingsDialog::checkSetup()
{
    // open(), not exec(): no nested event loop; the checks run in the background.
    auto *dialog = new SetupCheckDialog(settings(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}
