// SPDX-License-Identifier: MIT
#include "doctorcommand.h"

#include "tokenstore.h"

#include <QJsonArray>
#include <QJsonObject>

#include <chrono>

namespace {

// Parts of a detail come from the provider (error_description): no control characters may
// reach the terminal.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(u'\uFFFD');
    }
    return text;
}

QString markFor(Logto::SetupCheckResult::Status status)
{
    switch (status) {
    case Logto::SetupCheckResult::Status::Passed:
        return QStringLiteral("\u2713"); // ✓
    case Logto::SetupCheckResult::Status::Failed:
        return QStringLiteral("\u2717"); // ✗
    case Logto::SetupCheckResult::Status::Note:
        return QStringLiteral("\u2013"); // –
    case Logto::SetupCheckResult::Status::Skipped:
        break;
    }
    return QStringLiteral("\u00b7"); // ·
}

} // namespace

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
        printJson({{QStringLiteral("ok"), ok},
                   {QStringLiteral("endpoint"), m_options.endpointInput},
                   {QStringLiteral("app_id"), m_options.config.appId()},
                   {QStringLiteral("checks"), checks}});
    } else {
        int failed = 0;
        for (const Logto::SetupCheckResult &result : results) {
            m_out << markFor(result.status) << ' ' << result.title << ": " << printable(result.detail) << '\n';
            if (!result.fix.isEmpty() && result.status != Logto::SetupCheckResult::Status::Passed)
                m_out << "    " << tr("Fix: %1").arg(printable(result.fix)) << '\n';
            if (!result.ok())
                ++failed;
        }
        m_out << (ok ? tr("Every check passed.") : tr("%n check(s) did not pass.", nullptr, failed)) << Qt::endl;
    }
    m_out.flush();
    Q_EMIT finished(ok ? ExitCode::Success : ExitCode::Failure);
}
