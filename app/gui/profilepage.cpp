// SPDX-License-Identifier: MIT
#include "profilepage.h"

#include "avatarloader.h"
#include "socialbutton.h"

#include <QEvent>
#include <QGridLayout>
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
    , m_grid(new QGridLayout)
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

    // A grid rather than a QFormLayout: rows come and go with the claims, and hidden grid cells
    // take no room, where hidden form rows left gaps.
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
    int row = 0;
    for (QLabel *field : {m_email, m_emailNote, m_phone, m_roles, m_organizations, m_identities, m_subject}) {
        auto *label = new QLabel(this);
        label->setAlignment(Qt::AlignRight | Qt::AlignTop);
        label->setBuddy(field);
        m_labels.insert(field, label);
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(field, row, 1);
        ++row;
    }

    // The card keeps its natural height at the top; the page's spare room goes below it.
    auto *card = new QWidget(this);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    cardLayout->addLayout(header);
    cardLayout->addSpacing(16);
    cardLayout->addLayout(m_grid);
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
        QLabel *labelWidget = m_labels.value(field);
        labelWidget->setText(label);
        field->setText(value);
        labelWidget->setVisible(!value.isEmpty());
        field->setVisible(!value.isEmpty());
    };
    setRow(m_email, tr("Email"), email);
    setRow(m_emailNote,
           QString(),
           isPrivateRelayEmail(email) ? tr("This is an Apple private relay address: you chose \"Hide My Email\", "
                                           "and Apple forwards mail sent here to your real inbox.")
                                      : QString());
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
