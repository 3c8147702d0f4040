// SPDX-License-Identifier: MIT
#include "sessionindex.h"

#include <QCryptographicHash>
#include <QSettings>

namespace Logto {

namespace {

const QString Root = QStringLiteral("sessions");

} // namespace

SessionIndex::SessionIndex()
    : m_settings(std::make_unique<QSettings>())
{
}

SessionIndex::SessionIndex(const QString &settingsFile)
    : m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

SessionIndex::~SessionIndex() = default;

QString SessionIndex::groupFor(const QString &issuer, const QString &appId)
{
    // A stable, path-safe group name per (issuer, app id).
    const QByteArray id = issuer.toUtf8() + '\n' + appId.toUtf8();
    return Root + QLatin1Char('/')
        + QString::fromLatin1(QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(24));
}

std::optional<SessionMetadata> SessionIndex::find(const QString &issuer, const QString &appId) const
{
    m_settings->sync(); // another process may have refreshed or signed out
    m_settings->beginGroup(groupFor(issuer, appId));
    std::optional<SessionMetadata> found;
    if (m_settings->value(QStringLiteral("issuer")).toString() == issuer
        && m_settings->value(QStringLiteral("app_id")).toString() == appId) {
        SessionMetadata m;
        m.issuer = issuer;
        m.appId = appId;
        m.subject = m_settings->value(QStringLiteral("sub")).toString();
        m.scopes = m_settings->value(QStringLiteral("scopes")).toStringList();
        m.resources = m_settings->value(QStringLiteral("resources")).toStringList();
        m.signedInAt = m_settings->value(QStringLiteral("signed_in_at")).toDateTime();
        m.refreshedAt = m_settings->value(QStringLiteral("refreshed_at")).toDateTime();
        m.accessTokenExpiresAt = m_settings->value(QStringLiteral("access_token_expires_at")).toDateTime();
        m.idTokenExpiresAt = m_settings->value(QStringLiteral("id_token_expires_at")).toDateTime();
        m.endSessionEndpoint = m_settings->value(QStringLiteral("end_session_endpoint")).toString();
        m.revocationEndpoint = m_settings->value(QStringLiteral("revocation_endpoint")).toString();
        found = m;
    }
    m_settings->endGroup();
    return found;
}

QList<SessionMetadata> SessionIndex::all() const
{
    m_settings->sync();
    QList<SessionMetadata> sessions;
    m_settings->beginGroup(Root);
    const QStringList groups = m_settings->childGroups();
    QList<QPair<QString, QString>> keys;
    for (const QString &group : groups) {
        keys.append({m_settings->value(group + QStringLiteral("/issuer")).toString(),
                     m_settings->value(group + QStringLiteral("/app_id")).toString()});
    }
    m_settings->endGroup();
    for (const auto &[issuer, appId] : keys) {
        if (auto metadata = find(issuer, appId))
            sessions.append(*metadata);
    }
    return sessions;
}

void SessionIndex::save(const SessionMetadata &m)
{
    m_settings->beginGroup(groupFor(m.issuer, m.appId));
    m_settings->setValue(QStringLiteral("issuer"), m.issuer);
    m_settings->setValue(QStringLiteral("app_id"), m.appId);
    m_settings->setValue(QStringLiteral("sub"), m.subject);
    m_settings->setValue(QStringLiteral("scopes"), m.scopes);
    m_settings->setValue(QStringLiteral("resources"), m.resources);
    m_settings->setValue(QStringLiteral("signed_in_at"), m.signedInAt);
    m_settings->setValue(QStringLiteral("refreshed_at"), m.refreshedAt);
    m_settings->setValue(QStringLiteral("access_token_expires_at"), m.accessTokenExpiresAt);
    m_settings->setValue(QStringLiteral("id_token_expires_at"), m.idTokenExpiresAt);
    m_settings->setValue(QStringLiteral("end_session_endpoint"), m.endSessionEndpoint);
    m_settings->setValue(QStringLiteral("revocation_endpoint"), m.revocationEndpoint);
    m_settings->endGroup();
    m_settings->sync();
}

void SessionIndex::remove(const QString &issuer, const QString &appId)
{
    m_settings->remove(groupFor(issuer, appId));
    m_settings->sync();
}

} // namespace Logto
