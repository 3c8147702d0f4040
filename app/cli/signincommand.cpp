// SPDX-License-Identifier: MIT
#include "signincommand.h"

#include "sessionmanager.h"
#include "sessionstore.h"
#include "signinflow.h"
#include "tokenstore.h"

#include <QJsonObject>

SignInCommand::SignInCommand(
    const CliOptions &options, Logto::TokenStore *tokens, QTextStream &out, QTextStream &err, QObject *parent)
    : Command(options, out, err, parent)
    , m_session(new Logto::SessionManager(options.config, tokens, this))
    , m_flow(new Logto::SignInFlow(options.config, this))
    , m_tokens(tokens)
{
    m_flow->setTimeout(options.timeout);
    m_flow->setPort(options.port);
    m_flow->setNetworkTimeout(options.networkTimeout);
    m_flow->setPushedAuthorization(!options.noPar);
    m_flow->setPersist([this](const Logto::SignInResult &result, auto done) {
        if (result.tokens.refreshToken.isEmpty()) {
            // Logto issues one only for offline_access + prompt=consent.
            m_err << tr("warning: the server issued no refresh token (the prompt must include consent), so the "
                        "session was not kept")
                  << Qt::endl;
            done({});
            return;
        }
        m_session->adopt(result, done);
    });
    connect(m_flow, &Logto::SignInFlow::authorizationUrlReady, this, [this](const QUrl &url) {
        // Printed: the link that works as long as we wait (with PAR, the loopback start link; the
        // request_uri in `url` dies after a minute).
        if (m_options.noBrowser)
            printUrl(m_flow->signInLink());
        else
            openBrowser(url);
    });
    connect(m_flow, &Logto::SignInFlow::succeeded, this, [this](const Logto::SignInResult &result) {
        printJson(result.idToken.claims);
        succeed();
    });
    connect(m_flow, &Logto::SignInFlow::failed, this, [this](const Logto::Error &error) { fail(error); });
}

void SignInCommand::start()
{
    // Learn whether there is a keychain at all before a browser opens: QtKeychain 0.13
    // has no isAvailable(), so a read tells. A missing entry is fine (not signed in yet).
    m_tokens->read(Logto::SessionStore::refreshTokenKey(m_options.config.issuer(), m_options.config.appId()),
                   [this](const Logto::Result<QString> &probe) {
                       if (!probe && probe.error().code == Logto::Error::Code::KeychainUnavailable) {
                           fail(probe.error());
                           return;
                       }
                       m_flow->start(m_options.signIn);
                   });
}

void SignInCommand::openBrowser(const QUrl &url)
{
    if (auto opened = m_launcher.open(url); !opened) {
        m_err << tr("Could not open a browser (%1).").arg(opened.error().message) << Qt::endl;
        // Say what works here, but never switch flows unasked: --device needs another app id.
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
            m_err << tr("No browser and no display here: 'sign-in --device' signs in from a phone or another "
                        "computer instead (it needs Logto 1.38 or later and, as --app-id, an application of type "
                        "Native whose authorization flow is \"Device flow\").")
                  << Qt::endl;
        }
        printUrl(m_flow->signInLink());
    }
}

void SignInCommand::printUrl(const QUrl &url)
{
    m_err << tr("Open this address in your browser to sign in:") << Qt::endl
          << url.toString(QUrl::FullyEncoded) << Qt::endl
          << tr("Waiting for the browser (%n second(s))…", nullptr, static_cast<int>(m_options.timeout.count()))
          << Qt::endl;
}
