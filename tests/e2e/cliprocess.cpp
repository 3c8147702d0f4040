// SPDX-License-Identifier: MIT
#include "cliprocess.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QProcess>

using namespace Qt::StringLiterals;

CliProcess::CliProcess()
    : m_environment(QProcessEnvironment::systemEnvironment())
{
}

QString CliProcess::executable()
{
    return QStringLiteral(LOGTO_BINARY_DIR "/app/logto-signin");
}

CliRun CliProcess::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setStandardInputFile(QProcess::nullDevice());
    if (m_wrapper.isEmpty())
        process.start(executable(), arguments);
    else
        process.start(m_wrapper.first(), m_wrapper.mid(1) + QStringList{executable()} + arguments);
    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

namespace Keyring {

namespace {

QByteArray secretTool(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("secret-tool"), arguments);
    process.waitForFinished(15000);
    return process.readAllStandardOutput();
}

const QByteArray KeyringPassword = "test-keyring-password"; // tests/with-keyring.sh's

// The Secret Service's secret: (session, parameters, value, content type).
struct Secret
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const Secret &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, Secret &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

const QString SecretsService = u"org.freedesktop.secrets"_s;
const QString SecretsPath = u"/org/freedesktop/secrets"_s;
const QDBusObjectPath LoginCollection(u"/org/freedesktop/secrets/collection/login"_s);

} // namespace
} // namespace Keyring

Q_DECLARE_METATYPE(Keyring::Secret)

namespace Keyring {

// Locks the login collection as a screen lock or `secret-tool lock` would: reads answer "not
// found" and writes fail (the unlock prompt cannot show without a display).
bool lock()
{
    QDBusMessage call =
        QDBusMessage::createMethodCall(SecretsService, SecretsPath, u"org.freedesktop.Secret.Service"_s, u"Lock"_s);
    call << QVariant::fromValue(QList<QDBusObjectPath>{LoginCollection});
    const QDBusMessage reply = QDBusConnection::sessionBus().call(call);
    if (reply.type() == QDBusMessage::ErrorMessage)
        qWarning("Lock: %s", qPrintable(reply.errorMessage()));
    return reply.type() == QDBusMessage::ReplyMessage;
}

// The person unlocks it again with the password, in the same daemon (a new daemon would leave
// the app's Secret Service connection talking to the old one). gnome-keyring's own interface
// for this takes the password as a Secret Service secret of a "plain" session.
bool unlock()
{
    qDBusRegisterMetaType<Secret>();
    // Plain method calls: QDBusInterface would introspect the service and cache what it learnt.
    QDBusMessage open = QDBusMessage::createMethodCall(
        SecretsService, SecretsPath, u"org.freedesktop.Secret.Service"_s, u"OpenSession"_s);
    open << u"plain"_s << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = QDBusConnection::sessionBus().call(open);
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() != 2) {
        qWarning("OpenSession: %s", qPrintable(opened.errorMessage()));
        return false;
    }
    const Secret password{opened.arguments().at(1).value<QDBusObjectPath>(), {}, KeyringPassword, u"text/plain"_s};
    QDBusMessage unlock = QDBusMessage::createMethodCall(SecretsService,
                                                         SecretsPath,
                                                         u"org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"_s,
                                                         u"UnlockWithMasterPassword"_s);
    unlock << QVariant::fromValue(LoginCollection) << QVariant::fromValue(password);
    const QDBusMessage reply = QDBusConnection::sessionBus().call(unlock);
    if (reply.type() == QDBusMessage::ErrorMessage)
        qWarning("UnlockWithMasterPassword: %s", qPrintable(reply.errorMessage()));
    return reply.type() == QDBusMessage::ReplyMessage;
}

QString service()
{
    return QStringLiteral("io.github.logtosignin.LogtoSignin");
}

QByteArray lookup(const QString &account)
{
    return secretTool({QStringLiteral("lookup"), QStringLiteral("server"), service(), QStringLiteral("user"), account});
}

int itemCount()
{
    const QByteArray listing =
        secretTool({QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service()});
    return static_cast<int>(listing.count("\nlabel = ") + (listing.startsWith("label = ") ? 1 : 0));
}

void clear()
{
    secretTool({QStringLiteral("clear"), QStringLiteral("server"), service()});
}

} // namespace Keyring
