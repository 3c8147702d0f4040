// SPDX-License-Identifier: MIT
#include "statuscommand.h"

#include "jsonwebsignature.h"
#include "sessionstore.h"

#include <QDateTime>
#include <QJsonObject>

StatusCommand::StatusCommand(
    const CliOptions &options, Logto::TokenStore *tokens, QTextStream &out, QTextStream &err, QObject *parent)
    : Command(options, out, err, parent)
    , m_sessions(new Logto::SessionStore(tokens, this))
{
}

void StatusCommand::start()
{
    const QString issuer = m_options.config.issuer();
    const QString appId = m_options.config.appId();
    m_sessions->load(issuer, appId, [this, issuer, appId](const Logto::Result<Logto::StoredSession> &session) {
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
        // The ID token was verified before it was stored; here only its claims are read,
        // since checking the signature again would need the network.
        const auto token = Logto::JsonWebSignature::parse(session.value().idToken.toLatin1());
        if (!token) {
            fail(token.error());
            return;
        }
        const QJsonObject claims = token.value().payload();
        QJsonObject status{
            {QStringLiteral("signed_in"), true},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("app_id"), appId},
            {QStringLiteral("sub"), claims.value(QLatin1String("sub"))},
        };
        for (const char *name : {"username", "name", "email"}) {
            const QJsonValue value = claims.value(QLatin1String(name));
            if (value.isString())
                status.insert(QLatin1String(name), value);
        }
        printJson(status);
        succeed();
    });
}
