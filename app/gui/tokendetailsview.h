// SPDX-License-Identifier: MIT
#pragma once

#include "tokendetails.h"

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTimer;

// The "Token details" tab: how the ID token was signed and checked, when the tokens expire, what
// was granted. It never holds a token: the copy buttons only ask the window to copy one.
class TokenDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit TokenDetailsView(QWidget *parent = nullptr);

    void setDetails(const TokenDetails &details);
    [[nodiscard]] TokenDetails details() const { return m_details; }

    // The time relative hints are computed from; invalid (the default) means the current time.
    void setNow(const QDateTime &now);

Q_SIGNALS:
    void copyAccessTokenRequested();
    void copyIdTokenRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void tintScrollBars();
    // Only the times and their hints ("in 54 min"): the clock ticks without resetting the lists.
    void updateTimes();
    void fillChecks();
    void fillList(QListWidget *list, const QStringList &entries, bool scopes);
    [[nodiscard]] QDateTime now() const;
    [[nodiscard]] QString timeText(const QDateTime &when) const;
    [[nodiscard]] QString expiryText(const QDateTime &when) const;
    [[nodiscard]] QString pastText(const QDateTime &when) const;
    [[nodiscard]] QLabel *addRow(QFormLayout *form, QLabel *&caption, const QString &objectName);
    void addListRow(QFormLayout *form, QLabel *&caption, QListWidget *list);

    TokenDetails m_details;
    QDateTime m_now;
    bool m_hasDetails = false;

    QGroupBox *m_idTokenGroup;
    QGroupBox *m_accessTokenGroup;
    QGroupBox *m_sessionGroup;

    QLabel *m_algorithmCaption = nullptr;
    QLabel *m_algorithm = nullptr;
    QLabel *m_keyIdCaption = nullptr;
    QLabel *m_keyId = nullptr;
    QLabel *m_issuerCaption = nullptr;
    QLabel *m_issuer = nullptr;
    QLabel *m_subjectCaption = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_idIssuedCaption = nullptr;
    QLabel *m_idIssued = nullptr;
    QLabel *m_idExpiresCaption = nullptr;
    QLabel *m_idExpires = nullptr;
    QLabel *m_checksCaption = nullptr;
    QListWidget *m_checks;

    QLabel *m_accessExpiresCaption = nullptr;
    QLabel *m_accessExpires = nullptr;
    QLabel *m_scopesCaption = nullptr;
    QListWidget *m_scopes;
    QLabel *m_resourcesCaption = nullptr;
    QListWidget *m_resources;

    QLabel *m_signedInCaption = nullptr;
    QLabel *m_signedIn = nullptr;
    QLabel *m_refreshedCaption = nullptr;
    QLabel *m_refreshed = nullptr;
    QLabel *m_refreshTokenCaption = nullptr;
    QLabel *m_refreshToken = nullptr;

    QPushButton *m_copyAccessToken;
    QPushButton *m_copyIdToken;
    QTimer *m_clock;
    QScrollArea *m_scroll = nullptr;
};
