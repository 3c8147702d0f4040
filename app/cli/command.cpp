// SPDX-License-Identifier: MIT
#include "command.h"

#include <QJsonDocument>
#include <QJsonObject>

Command::Command(const CliOptions &options, QTextStream &out, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
    , m_err(err)
{
}

ExitCode Command::exitCodeFor(const Logto::Error &error)
{
    switch (error.code) {
    case Logto::Error::Code::NotSignedIn:
        return ExitCode::NotSignedIn;
    case Logto::Error::Code::Timeout:
    case Logto::Error::Code::Cancelled:
        return ExitCode::TimedOut;
    case Logto::Error::Code::InvalidInput:
    case Logto::Error::Code::Network:
    case Logto::Error::Code::Provider:
    case Logto::Error::Code::Verification:
    case Logto::Error::Code::KeychainUnavailable:
    case Logto::Error::Code::KeychainLocked:
        break;
    }
    return ExitCode::Failure;
}

void Command::succeed()
{
    m_out.flush();
    Q_EMIT finished(ExitCode::Success);
}

void Command::fail(const Logto::Error &error)
{
    // One line, as the contract asks; `detail` may name an endpoint or a check, never a secret.
    QString line = error.message;
    if (!error.detail.isEmpty() && error.code != Logto::Error::Code::KeychainUnavailable)
        line += QStringLiteral(" (") + error.detail + QLatin1Char(')');
    // The provider controls parts of this text (error_description): no control characters may
    // reach the terminal (escape sequences, carriage returns that overwrite the line, bells).
    for (QChar &c : line) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar(u'\uFFFD');
    }
    m_err << "error: " << line << Qt::endl;
    Q_EMIT finished(exitCodeFor(error));
}

void Command::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << Qt::endl;
}
