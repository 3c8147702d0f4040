// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

namespace Logto {

// What may be known about a session without opening the keychain: no secrets, ever.
struct SessionMetadata
{
    QString issuer;
    QString appId;
    QString subject;
    QStringList scopes; // granted at sign-in
    QStringList resources; // requested at sign-in: the only ones a refresh may ask for
    QDateTime signedInAt;
    QDateTime refreshedAt;
    QDateTime accessTokenExpiresAt; // of the opaque (userinfo) access token in the keychain
    QDateTime idTokenExpiresAt;
    QString endSessionEndpoint; // so sign-out works without discovery when offline
    QString revocationEndpoint;
};

// Non-secret metadata of every stored session, in QSettings (the app sets its organisation
// and application names). It lets `status --all` list sessions, and it tells "the keychain
// lost or hides the entry" apart from "never signed in": QtKeychain reads a locked
// Secret Service collection as EntryNotFound.
class SessionIndex
{
public:
    SessionIndex();
    explicit SessionIndex(const QString &settingsFile); // for tests
    ~SessionIndex();

    [[nodiscard]] std::optional<SessionMetadata> find(const QString &issuer, const QString &appId) const;
    [[nodiscard]] QList<SessionMetadata> all() const;
    void save(const SessionMetadata &metadata);
    void remove(const QString &issuer, const QString &appId);

private:
    [[nodiscard]] static QString groupFor(const QString &issuer, const QString &appId);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace Logto
