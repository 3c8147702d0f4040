// SPDX-License-Identifier: MIT
#pragma once

#include "signinexperience.h"

#include <QPushButton>

// "Continue with <provider>" for Logto's social connectors (direct_sign_in=social:<target>),
// named as SocialConnector::displayName() says (the tenant's name for the connector, in the UI
// language, unless the brand fixes it).
// For Apple it follows Apple's Human Interface Guidelines for Sign in with Apple: a black
// button (white in a dark palette) with the Apple logo and "Continue with Apple", at least
// 140×30 pt, corner radius about a fifth of the height, the logo and text in one colour.
class SocialButton : public QPushButton
{
    Q_OBJECT

public:
    explicit SocialButton(const Logto::SocialConnector &connector, QWidget *parent = nullptr);

    [[nodiscard]] QString target() const { return m_connector.target; }
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    // "Apple" for apple, "Google" for google, else the target with a capital letter.
    [[nodiscard]] static QString displayName(const QString &target)
    {
        return Logto::SocialConnector::brandName(target);
    }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    [[nodiscard]] bool darkStyle() const;

    Logto::SocialConnector m_connector;
    QString m_label; // the text as painted (setText() has "&" doubled, as a mnemonic escape)
};
