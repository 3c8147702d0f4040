// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class AvatarLoader;
class QGridLayout;
class QLabel;

// The profile card: avatar, name, username, email (explaining Apple's private relay), phone,
// roles, organizations (names from organization_data), linked identities.
class ProfilePage : public QWidget
{
    Q_OBJECT

public:
    explicit ProfilePage(QWidget *parent = nullptr);

    // Userinfo wins over the ID token where both have a claim: it is fresher.
    void setProfile(const QJsonObject &idTokenClaims, const QJsonObject &userInfo);

    [[nodiscard]] static bool isPrivateRelayEmail(const QString &email);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    [[nodiscard]] QJsonValue claim(const QString &name) const;
    [[nodiscard]] QString organizationsText() const;
    [[nodiscard]] QString identitiesText() const;

    AvatarLoader *m_avatarLoader;
    QLabel *m_avatar;
    QLabel *m_name;
    QLabel *m_username;
    QGridLayout *m_grid;
    QHash<QLabel *, QLabel *> m_labels; // value → its caption
    QLabel *m_email;
    QLabel *m_emailNote;
    QLabel *m_phone;
    QLabel *m_roles;
    QLabel *m_organizations;
    QLabel *m_identities;
    QLabel *m_subject;
    QJsonObject m_idToken;
    QJsonObject m_userInfo;
    QString m_avatarSource;
};
