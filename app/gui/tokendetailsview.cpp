// SPDX-License-Identifier: MIT
#include "tokendetailsview.h"

#include "claimsmodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>
#include <iterator>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct CheckInfo
{
    const char *id;
    const char *name;
    const char *explanation;
    // The checks every sign-in must show, passed or not.
    bool alwaysListed;
};

// In the order Logto::IdTokenVerifier runs them.
constexpr CheckInfo kChecks[] = {
    {"algorithm",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Algorithm"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The signing algorithm is one Logto announces and this app accepts."),
     false},
    {"signature",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Signature"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token was signed with one of Logto's published keys."),
     true},
    {"issuer",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Issuer"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token comes from the configured Logto tenant."),
     true},
    {"audience",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Audience"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token was issued to this app."),
     true},
    {"expiry",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Expiry"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token had not expired when it arrived."),
     true},
    {"issued-at",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Issued at"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token was not issued in the future."),
     false},
    {"not-before",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Not before"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token was already valid when it arrived."),
     false},
    {"subject",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Subject"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token is about the same user as before."),
     false},
    {"nonce",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Nonce"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token answers this app's own sign-in request."),
     true},
    {"at_hash",
     QT_TRANSLATE_NOOP("TokenDetailsView", "Access token hash"),
     QT_TRANSLATE_NOOP("TokenDetailsView", "The token is bound to the access token that came with it."),
     false},
};

struct ScopeInfo
{
    const char *scope;
    const char *explanation;
};

constexpr ScopeInfo kScopes[] = {
    {"openid", QT_TRANSLATE_NOOP("TokenDetailsView", "Sign in with OpenID Connect: an ID token")},
    {"offline_access", QT_TRANSLATE_NOOP("TokenDetailsView", "Stay signed in: a refresh token")},
    {"profile", QT_TRANSLATE_NOOP("TokenDetailsView", "Your name, username and picture")},
    {"email", QT_TRANSLATE_NOOP("TokenDetailsView", "Your email address")},
    {"phone", QT_TRANSLATE_NOOP("TokenDetailsView", "Your phone number")},
    {"address", QT_TRANSLATE_NOOP("TokenDetailsView", "Your postal address")},
    {"custom_data", QT_TRANSLATE_NOOP("TokenDetailsView", "Extra data stored on your profile")},
    {"identities", QT_TRANSLATE_NOOP("TokenDetailsView", "The accounts you signed in with, such as Apple")},
    {"roles", QT_TRANSLATE_NOOP("TokenDetailsView", "Your roles in this tenant")},
    {"urn:logto:scope:organizations", QT_TRANSLATE_NOOP("TokenDetailsView", "The organizations you belong to")},
    {"urn:logto:scope:organization_roles", QT_TRANSLATE_NOOP("TokenDetailsView", "Your roles in your organizations")},
};

QString translated(const char *text)
{
    return QCoreApplication::translate("TokenDetailsView", text);
}

// A read-only list that is as tall as its rows, so the page scrolls instead of the list.
void fitHeight(QListWidget *list)
{
    list->ensurePolished();
    const int rows = std::max(list->count(), 1);
    const int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height();
    list->setFixedHeight(rows * rowHeight + 2 * list->frameWidth() + 2);
}

void setupList(QListWidget *list)
{
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    // Fixed vertically (fitHeight): an Expanding list would make its group take the page's spare space.
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    list->setUniformItemSizes(true);
    list->setTextElideMode(Qt::ElideMiddle);
    // Reads as part of the form, not as an input box; selection and focus still show.
    list->setFrameShape(QFrame::NoFrame);
    list->viewport()->setAutoFillBackground(false);
}

void setupValue(QLabel *value)
{
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
}

} // namespace

TokenDetailsView::TokenDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_idTokenGroup(new QGroupBox(this))
    , m_accessTokenGroup(new QGroupBox(this))
    , m_sessionGroup(new QGroupBox(this))
    , m_checks(new QListWidget(this))
    , m_scopes(new QListWidget(this))
    , m_resources(new QListWidget(this))
    , m_copyAccessToken(new QPushButton(this))
    , m_copyIdToken(new QPushButton(this))
    , m_clock(new QTimer(this))
{
    setObjectName(u"tokenDetailsView"_s);
    m_idTokenGroup->setObjectName(u"idTokenGroup"_s);
    m_accessTokenGroup->setObjectName(u"accessTokenGroup"_s);
    m_sessionGroup->setObjectName(u"sessionGroup"_s);
    m_checks->setObjectName(u"checksList"_s);
    m_scopes->setObjectName(u"scopesList"_s);
    m_resources->setObjectName(u"resourcesList"_s);
    m_copyAccessToken->setObjectName(u"copyAccessToken"_s);
    m_copyIdToken->setObjectName(u"copyIdToken"_s);

    auto *idForm = new QFormLayout(m_idTokenGroup);
    m_algorithm = addRow(idForm, m_algorithmCaption, u"algorithmValue"_s);
    m_keyId = addRow(idForm, m_keyIdCaption, u"keyIdValue"_s);
    m_issuer = addRow(idForm, m_issuerCaption, u"issuerValue"_s);
    m_subject = addRow(idForm, m_subjectCaption, u"subjectValue"_s);
    m_idIssued = addRow(idForm, m_idIssuedCaption, u"idTokenIssuedValue"_s);
    m_idExpires = addRow(idForm, m_idExpiresCaption, u"idTokenExpiresValue"_s);
    addListRow(idForm, m_checksCaption, m_checks);

    auto *accessForm = new QFormLayout(m_accessTokenGroup);
    m_accessExpires = addRow(accessForm, m_accessExpiresCaption, u"accessTokenExpiresValue"_s);
    addListRow(accessForm, m_scopesCaption, m_scopes);
    addListRow(accessForm, m_resourcesCaption, m_resources);

    auto *sessionForm = new QFormLayout(m_sessionGroup);
    m_signedIn = addRow(sessionForm, m_signedInCaption, u"signedInValue"_s);
    m_refreshed = addRow(sessionForm, m_refreshedCaption, u"refreshedValue"_s);
    m_refreshToken = addRow(sessionForm, m_refreshTokenCaption, u"refreshTokenNote"_s);
    m_refreshToken->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyAccessToken);
    buttons->addWidget(m_copyIdToken);
    buttons->addStretch();

    auto *content = new QWidget;
    content->setObjectName(u"tokenDetailsContent"_s);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_idTokenGroup);
    contentLayout->addWidget(m_accessTokenGroup);
    contentLayout->addWidget(m_sessionGroup);
    contentLayout->addLayout(buttons);
    contentLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(u"tokenDetailsScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content); // takes ownership
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_copyAccessToken, &QPushButton::clicked, this, &TokenDetailsView::copyAccessTokenRequested);
    connect(m_copyIdToken, &QPushButton::clicked, this, &TokenDetailsView::copyIdTokenRequested);

    // "in 54 min" moves on with the clock.
    m_clock->setInterval(30s);
    connect(m_clock, &QTimer::timeout, this, [this] {
        if (isVisible())
            updateTimes();
    });
    m_clock->start();

    retranslateUi();
    tintScrollBars();
}

QLabel *TokenDetailsView::addRow(QFormLayout *form, QLabel *&caption, const QString &objectName)
{
    caption = new QLabel(form->parentWidget());
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    setupValue(value);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void TokenDetailsView::addListRow(QFormLayout *form, QLabel *&caption, QListWidget *list)
{
    caption = new QLabel(form->parentWidget());
    list->setParent(form->parentWidget());
    setupList(list);
    caption->setBuddy(list);
    form->addRow(caption, list);
}

void TokenDetailsView::setDetails(const TokenDetails &details)
{
    m_details = details;
    m_hasDetails = true;
    retranslateUi();
}

void TokenDetailsView::setNow(const QDateTime &now)
{
    m_now = now;
    updateTimes();
}

QDateTime TokenDetailsView::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTime();
}

QString TokenDetailsView::timeText(const QDateTime &when) const
{
    return ClaimsModel::dateTimeText(when);
}

QString TokenDetailsView::expiryText(const QDateTime &when) const
{
    if (!when.isValid()) {
        //: An expiry time the app does not know.
        return tr("Unknown");
    }
    const qint64 left = now().secsTo(when);
    if (left > 0) {
        //: %1 is a date and time, %2 a duration such as "54 min".
        return tr("%1 (in %2)").arg(timeText(when), ClaimsModel::durationText(left));
    }
    //: %1 is a date and time, %2 a duration such as "3 min".
    return tr("%1 (expired %2 ago)").arg(timeText(when), ClaimsModel::durationText(left));
}

QString TokenDetailsView::pastText(const QDateTime &when) const
{
    if (!when.isValid())
        return tr("Unknown");
    const qint64 ago = when.secsTo(now());
    if (ago < 0)
        return timeText(when);
    //: %1 is a date and time, %2 a duration such as "3 h 5 min".
    return tr("%1 (%2 ago)").arg(timeText(when), ClaimsModel::durationText(ago));
}

void TokenDetailsView::fillChecks()
{
    m_checks->clear();
    const QPalette pal = palette();
    const auto addItem = [this, &pal](const QString &name, const QString &explanation, bool passed, bool applies) {
        auto *item = new QListWidgetItem(m_checks);
        if (!applies) {
            //: A check that has nothing to check in a session restored from the keychain; %1 is its
            //: name ("Nonce").
            item->setText(tr("– %1: not applicable (restored session; checked at sign-in)").arg(name));
            item->setData(Qt::AccessibleTextRole,
                          tr("%1: not applicable, restored session; it was checked at sign-in").arg(name));
            item->setForeground(pal.brush(QPalette::PlaceholderText));
            item->setToolTip(tr("This session was restored from the system keychain. Its ID token answers no "
                                "sign-in request of this run, so there is no nonce to compare; the nonce was "
                                "checked when you signed in."));
            return;
        }
        if (passed) {
            //: A verification check that passed; %1 is its name ("Signature").
            item->setText(tr("✓ %1").arg(name));
            //: Read by screen readers; %1 is a check's name ("Signature").
            item->setData(Qt::AccessibleTextRole, tr("%1: passed").arg(name));
        } else {
            //: A verification check the app did not run; %1 is its name ("Nonce").
            item->setText(tr("– %1: not checked").arg(name));
            item->setData(Qt::AccessibleTextRole, tr("%1: not checked").arg(name));
            item->setForeground(pal.brush(QPalette::PlaceholderText));
        }
        item->setToolTip(explanation);
    };
    for (const CheckInfo &check : kChecks) {
        const bool passed = m_details.checksPassed.contains(QLatin1String(check.id));
        // A restored session's ID token was not requested by this run: no nonce of ours to match.
        const bool applies = passed || !m_details.restored || qstrcmp(check.id, "nonce") != 0;
        if (passed || check.alwaysListed)
            addItem(translated(check.name), translated(check.explanation), passed, applies);
    }
    // A check this version does not know by name: still list it, under its id.
    for (const QString &id : std::as_const(m_details.checksPassed)) {
        const bool known = std::any_of(std::begin(kChecks), std::end(kChecks), [&id](const CheckInfo &check) {
            return id == QLatin1String(check.id);
        });
        if (!known)
            addItem(id, QString(), true, true);
    }
    fitHeight(m_checks);
}

void TokenDetailsView::fillList(QListWidget *list, const QStringList &entries, bool scopes)
{
    list->clear();
    for (const QString &entry : entries) {
        auto *item = new QListWidgetItem(entry, list);
        if (!scopes)
            continue;
        const auto found = std::find_if(std::begin(kScopes), std::end(kScopes), [&entry](const ScopeInfo &scope) {
            return entry == QLatin1String(scope.scope);
        });
        if (found != std::end(kScopes))
            item->setToolTip(translated(found->explanation));
    }
    if (entries.isEmpty()) {
        //: Shown in an empty list of scopes or resources.
        auto *none = new QListWidgetItem(tr("None"), list);
        none->setFlags(Qt::ItemIsEnabled);
        none->setForeground(palette().brush(QPalette::PlaceholderText));
    }
    fitHeight(list);
}

void TokenDetailsView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::PaletteChange: // the greyed "not checked" rows
    case QEvent::FontChange: // list heights, caption widths
    case QEvent::StyleChange:
        retranslateUi();
        if (event->type() != QEvent::LanguageChange)
            tintScrollBars(); // palette(...) is read when the style sheet is applied
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void TokenDetailsView::tintScrollBars()
{
    if (!m_scroll)
        return;
    // Under Fusion a scroll bar's handle is drawn a shade lighter than its groove: with the page
    // only a little taller than the tab, the long light handle read as background and the short
    // darker rest of the groove as a handle at the bottom, so the page seemed to scroll
    // backwards (and pressing that "handle" paged down). A plain handle in the palette's mid
    // tone over the window colour reads as what it is, in light and dark palettes alike.
    m_scroll->verticalScrollBar()->setStyleSheet(
        QStringLiteral("QScrollBar:vertical { background: palette(window); width: 12px; margin: 0; }"
                       "QScrollBar::handle:vertical { background: palette(mid); min-height: 24px; border-radius: 4px;"
                       " margin: 2px; }"
                       "QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; border: none; }"
                       "QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }"));
}

void TokenDetailsView::showEvent(QShowEvent *event)
{
    updateTimes(); // the tab may have been hidden for a while
    QWidget::showEvent(event);
}

void TokenDetailsView::retranslateUi()
{
    m_idTokenGroup->setTitle(tr("ID token"));
    m_accessTokenGroup->setTitle(tr("Access token"));
    //: Group of facts about the sign-in session (when, refresh token).
    m_sessionGroup->setTitle(tr("Session"));

    //: The signing algorithm of the ID token (the JOSE "alg" header), e.g. RS256.
    m_algorithmCaption->setText(tr("Algorithm:"));
    //: The ID of the signing key (the JOSE "kid" header).
    m_keyIdCaption->setText(tr("Key ID:"));
    m_issuerCaption->setText(tr("Issuer:"));
    //: The user ID the token is about (the "sub" claim).
    m_subjectCaption->setText(tr("Subject:"));
    m_idIssuedCaption->setText(tr("Issued:"));
    m_idExpiresCaption->setText(tr("Expires:"));
    //: The checks the app ran on the ID token before trusting it.
    m_checksCaption->setText(tr("Checks:"));
    m_accessExpiresCaption->setText(tr("Expires:"));
    //: The OAuth scopes Logto granted.
    m_scopesCaption->setText(tr("Scopes:"));
    //: The API resources (audiences) the session may ask access tokens for.
    m_resourcesCaption->setText(tr("Resources:"));
    m_signedInCaption->setText(tr("Signed in:"));
    m_refreshedCaption->setText(tr("Last refreshed:"));
    m_refreshTokenCaption->setText(tr("Refresh token:"));
    // One caption column across the three groups, so the values line up.
    const QList<QLabel *> captions{m_algorithmCaption,
                                   m_keyIdCaption,
                                   m_issuerCaption,
                                   m_subjectCaption,
                                   m_idIssuedCaption,
                                   m_idExpiresCaption,
                                   m_checksCaption,
                                   m_accessExpiresCaption,
                                   m_scopesCaption,
                                   m_resourcesCaption,
                                   m_signedInCaption,
                                   m_refreshedCaption,
                                   m_refreshTokenCaption};
    int captionWidth = 0;
    for (QLabel *caption : captions) {
        caption->setMinimumWidth(0);
        captionWidth = std::max(captionWidth, caption->sizeHint().width());
    }
    for (QLabel *caption : captions)
        caption->setMinimumWidth(captionWidth);

    const QString none = tr("—");
    const auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    m_algorithm->setText(orNone(m_details.header.value("alg"_L1).toString()));
    m_keyId->setText(orNone(m_details.header.value("kid"_L1).toString()));
    m_issuer->setText(orNone(m_details.issuer));
    m_subject->setText(orNone(m_details.subject));
    updateTimes();
    m_refreshToken->setText(tr("Kept in the system keychain; Logto renews it on every use."));

    fillChecks();
    fillList(m_scopes, m_details.scopes, true);
    fillList(m_resources, m_details.resources, false);

    m_checks->setAccessibleName(tr("ID token checks"));
    m_checks->setAccessibleDescription(tr("The checks this app ran on the ID token before trusting it."));
    m_scopes->setAccessibleName(tr("Granted scopes"));
    m_resources->setAccessibleName(tr("Resources"));

    m_copyAccessToken->setText(tr("Copy access token"));
    m_copyAccessToken->setToolTip(
        tr("Copies the access token to the clipboard. Anyone who has it can act as you until it expires."));
    m_copyAccessToken->setAccessibleDescription(m_copyAccessToken->toolTip());
    m_copyIdToken->setText(tr("Copy ID token"));
    m_copyIdToken->setToolTip(tr("Copies the ID token to the clipboard. It holds your profile claims."));
    m_copyIdToken->setAccessibleDescription(m_copyIdToken->toolTip());
    m_copyAccessToken->setEnabled(m_hasDetails);
    m_copyIdToken->setEnabled(m_hasDetails && !m_details.header.isEmpty());
}

void TokenDetailsView::updateTimes()
{
    const QString none = tr("—");
    m_idIssued->setText(m_details.idTokenIssuedAt.isValid() ? pastText(m_details.idTokenIssuedAt) : none);
    m_idExpires->setText(m_hasDetails ? expiryText(m_details.idTokenExpiresAt) : none);
    m_accessExpires->setText(m_hasDetails ? expiryText(m_details.accessTokenExpiresAt) : none);
    m_signedIn->setText(m_details.signedInAt.isValid() ? pastText(m_details.signedInAt) : none);
    if (m_details.refreshedAt.isValid()) {
        m_refreshed->setText(pastText(m_details.refreshedAt));
    } else {
        //: The session has not been refreshed since sign-in.
        m_refreshed->setText(m_hasDetails ? tr("Not yet") : none);
    }
}
