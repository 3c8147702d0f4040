// SPDX-License-Identifier: MIT
#include "doctorcommand.h"

#include "tokenstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <chrono>

DoctorCommand::DoctorCommand(
    const CliOptions &options, Logto::TokenStore *tokens, QTextStream &out, QTextStream &err, QObject *parent)
    : Command(options, out, err, parent)
    , m_check(new Logto::SetupCheck(options.endpointInput, options.config.appId(), tokens, this))
{
    // A keychain waiting on an invisible unlock prompt must not hold the checklist for long.
    tokens->setTimeout(std::chrono::seconds(10));
    m_check->setNetworkTimeout(options.networkTimeout);
    m_check->setScopes(options.config.extraScopes());
    m_check->setResources(options.config.resources());
    // doctor --apple (or --direct-sign-in social:<target>): is that sign-in offered at all?
    const QString social = QStringLiteral("social:");
    if (options.signIn.directSignIn.startsWith(social))
        m_check->setRequiredSocialTarget(options.signIn.directSignIn.mid(social.size()));
}

void DoctorCommand::start()
{
    m_check->run([this](const Logto::SetupCheck::Results &results) { report(results); });
}

void DoctorCommand::report(const Logto::SetupCheck::Results &results)
{
    const bool ok = Logto::SetupCheck::allOk(results);
    if (m_options.json) {
        QJsonArray checks;
        for (const Logto::SetupCheckResult &result : results) {
            QJsonObject check{
                {QStringLiteral("id"), result.id},
                {QStringLiteral("ok"), result.ok()},
                {QStringLiteral("status"), Logto::SetupCheck::statusName(result.status)},
                {QStringLiteral("title"), result.title},
                {QStringLiteral("detail"), result.detail},
            };
            if (!result.fix.isEmpty())
                check.insert(QStringLiteral("fix"), result.fix);
            checks.append(check);
        }
        QJsonObject report{{QStringLiteral("ok"), ok},
                           {QStringLiteral("endpoint"), m_options.endpointInput},
                           {QStringLiteral("app_id"), m_options.config.appId()},
                           {QStringLiteral("checks"), checks}};
        // The tenant's social sign-ins, when its sign-in experience could be read.
        if (const auto experience = m_check->signInExperience())
            report.insert(QStringLiteral("social_targets"), QJsonArray::fromStringList(experience->socialTargets()));
        printJson(report);
    } else {
        // The window's "Check setup" shows the same lines (SetupCheck words them).
        for (const Logto::SetupCheckResult &result : results) {
            m_out << Logto::SetupCheck::line(result) << '\n';
            if (const QString fix = Logto::SetupCheck::fixLine(result); !fix.isEmpty())
                m_out << "    " << fix << '\n';
        }
        m_out << Logto::SetupCheck::summary(results) << Qt::endl;
    }
    m_out.flush();
    Q_EMIT finished(ok ? ExitCode::Success : ExitCode::Failure);
}
