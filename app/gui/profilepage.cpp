// SPDX-License-Identifier: MIT
#include "profilepage.h"

#include "avatarloader.h"
#include "socialbutton.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace {

constexpr int AvatarSize = 96;

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString joined(const QJsonValue &value)
{
    QStringList items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        items << item.toString();
    return items.join(QStringLiteral(", "));
}

} // namespace

ProfilePage::ProfilePage(QWidget *parent)
    : QWidget(parent)
    , m_avatarLoader(new AvatarLoader(this))
    , m_avatar(new QLabel(this))
    , m_name(valueLabel(this, QStringLiteral("profileName")))
    , m_username(valueLabel(this, QStringLiteral("profileUsername")))
    , m_form(new QFormLayout)
    , m_email(valueLabel(this, QStringLiteral("profileEmail")))
    , m_emailNote(valueLabel(this, QStringLiteral("profileEmailNote")))
    , m_phone(valueLabel(this, QStringLiteral("profilePhone")))
    , m_roles(valueLabel(this, QStringLiteral("profileRoles")))
    , m_organizations(valueLabel(this, QStringLiteral("profileOrganizations")))
    , m_identities(valueLabel(this, QStringLiteral("profileIdentities")))
    , m_subject(valueLabel(this, QStringLiteral("profileSubject")))
{
    setObjectName(QStringLiteral("profilePage"));
    // Short values on one line: wrapped labels make QFormLayout reserve height for them.
    for (QLabel *label : {m_name, m_username, m_email, m_phone, m_subject})
        label->setWordWrap(false);
    m_avatar->setObjectName(QStringLiteral("profileAvatar"));
    m_avatar->setFixedSize(AvatarSize, AvatarSize);
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);
    QPalette muted = m_username->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_username->setPalette(muted);
    m_emailNote->setPalette(muted);

    auto *identity = new QVBoxLayout;
    identity->setSpacing(2);
    identity->addWidget(m_name);
    identity->addWidget(m_username);
    auto *header = new QHBoxLayout;
    header->addWidget(m_avatar);
    header->addSpacing(16);
    header->addLayout(identity, 1);
    header->setAlignment(identity, Qt::AlignVCenter);

    auto *emailBox = new QVBoxLayout;
    emailBox->setSpacing(2);
    emailBox->addWidget(m_email);
    emailBox->addWidget(m_emailNote);
    m_form->setLabelAlignment(Qt::AlignRight);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_emailNote->setMinimumWidth(320);
    m_emailLabel = new QLabel(this);
    m_form->addRow(m_emailLabel, emailBox);
    for (QLabel *field : {m_phone, m_roles, m_organizations, m_identities, m_subject}) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_form->addRow(label, field);
    }

    // The card keeps its natural height at the top; the page's spare room goes below it.
    auto *card = new QWidget(this);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addLayout(header);
    cardLayout->addSpacing(16);
    cardLayout->addLayout(m_form);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(card);
    layout->addStretch(1);

    connect(m_avatarLoader, &AvatarLoader::pixmapChanged, m_avatar, &QLabel::setPixmap);
    render();
}

bool ProfilePage::isPrivateRelayEmail(const QString &email)
{
    return email.endsWith(QLatin1String("@privaterelay.appleid.com"), Qt::CaseInsensitive);
}

void ProfilePage::setProfile(const QJsonObject &idTokenClaims, const QJsonObject &userInfo)
{
    m_idToken = idTokenClaims;
    m_userInfo = userInfo;
    render();
}

QJsonValue ProfilePage::claim(const QString &name) const
{
    const QJsonValue fromUserInfo = m_userInfo.value(name);
    if (!fromUserInfo.isUndefined() && !fromUserInfo.isNull())
        return fromUserInfo;
    return m_idToken.value(name);
}

QString ProfilePage::organizationsText() const
{
    // Names from userinfo's organization_data; otherwise the IDs from the organizations claim.
    QStringList names;
    const QJsonArray data = claim(QStringLiteral("organization_data")).toArray();
    for (const QJsonValue &organization : data) {
        const QJsonObject object = organization.toObject();
        const QString name = object.value(QLatin1String("name")).toString();
        names << (name.isEmpty() ? object.value(QLatin1String("id")).toString() : name);
    }
    if (names.isEmpty())
        return joined(claim(QStringLiteral("organizations")));
    return names.join(QStringLiteral(", "));
}

QString ProfilePage::identitiesText() const
{
    QStringList linked;
    const QJsonObject identities = claim(QStringLiteral("identities")).toObject();
    for (auto it = identities.begin(); it != identities.end(); ++it)
        linked << SocialButton::displayName(it.key());
    return linked.join(QStringLiteral(", "));
}

void ProfilePage::render()
{
    const QString name = claim(QStringLiteral("name")).toString();
    const QString username = claim(QStringLiteral("username")).toString();
    const QString email = claim(QStringLiteral("email")).toString();
    const QString display = !name.isEmpty() ? name : !username.isEmpty() ? username : email;
    m_name->setText(display.isEmpty() ? tr("Signed in") : display);
    m_username->setText(username.isEmpty() ? QString() : QStringLiteral("@") + username);
    m_username->setVisible(!username.isEmpty());

    const QString picture = claim(QStringLiteral("picture")).toString();
    const QString avatarSource = picture + QLatin1Char('\n') + display;
    if (avatarSource != m_avatarSource) {
        m_avatarSource = avatarSource;
        m_avatarLoader->load(QUrl(picture), display, AvatarSize);
    }

    const auto setRow = [this](QLabel *field, const QString &label, const QString &value) {
        m_form->setRowVisible(field, !value.isEmpty());
        if (auto *labelWidget = qobject_cast<QLabel *>(m_form->labelForField(field)))
            labelWidget->setText(label);
        field->setText(value);
    };
    m_email->setText(email);
    m_form->setRowVisible(0, !email.isEmpty()); // before the note: showing a row shows all of it
    m_emailNote->setVisible(isPrivateRelayEmail(email));
    m_emailNote->setText(tr("This is an Apple private relay address: you chose \"Hide My Email\", and Apple "
                            "forwards mail sent here to your real inbox."));
    m_emailLabel->setText(tr("Email"));
    setRow(m_phone, tr("Phone"), claim(QStringLiteral("phone_number")).toString());
    setRow(m_roles, tr("Roles"), joined(claim(QStringLiteral("roles"))));
    setRow(m_organizations, tr("Organizations"), organizationsText());
    setRow(m_identities, tr("Linked accounts"), identitiesText());
    setRow(m_subject, tr("User ID"), claim(QStringLiteral("sub")).toString());
}

void ProfilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}
