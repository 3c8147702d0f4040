// SPDX-License-Identifier: MIT
#include "statuscommand.h"

#include "sessionindex.h"
#include "sessionmanager.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject describe(const Logto::SessionMetadata &session)
{
    QJsonObject object{
        {QStringLiteral("signed_in"), true},
        {QStringLiteral("issuer"), session.issuer},
        {QStringLiteral("app_id"), session.appId},
        {QStringLiteral("sub"), session.subject},
    };
    if (session.signedInAt.isValid())
        object.insert(QStringLiteral("signed_in_at"), session.signedInAt.toString(Qt::ISODate));
    if (session.refreshedAt.isValid())
        object.insert(QStringLiteral("refreshed_at"), session.refreshedAt.toString(Qt::ISODate));
    if (!session.scopes.isEmpty())
        object.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(session.scopes));
    if (!session.resources.isEmpty())
        object.insert(QStringLiteral("resources"), QJsonArray::fromStringList(session.resources));
    return object;
}

} // namespace

void StatusCommand::start()
{
    if (m_options.all) {
        listAll();
        return;
    }
    m_session->restore([this](const Logto::Result<Logto::SessionMetadata> &session) {
        if (!session) {
            if (session.error().code != Logto::Error::Code::NotSignedIn) {
                fail(session.error());
                return;
            }
            printJson({{QStringLiteral("signed_in"), false}});
            m_out.flush();
            Q_EMIT finished(ExitCode::NotSignedIn);
            return;
        }
        printJson(describe(session.value()));
        succeed();
    });
}

void StatusCommand::listAll()
{
    // From the index alone: listing must not unlock (or prompt for) the keychain.
    QJsonArray sessions;
    const QList<Logto::SessionMetadata> all = Logto::SessionIndex().all();
    for (const Logto::SessionMetadata &session : all)
        sessions.append(describe(session));
    printJson({{QStringLiteral("signed_in"), !sessions.isEmpty()}, {QStringLiteral("sessions"), sessions}});
    m_out.flush();
    Q_EMIT finished(sessions.isEmpty() ? ExitCode::NotSignedIn : ExitCode::Success);
}
