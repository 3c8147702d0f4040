// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"

#include <QDialog>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QAction;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Settings: the Logto tenant and Native app, the scopes and API resources to ask for, the
// organization, the "Continue with ..." buttons and the UI language. Every edit is checked at
// once with the same rules the sign-in uses; OK stays disabled while anything is invalid.
// An empty endpoint or app ID may be saved (the window then asks to configure).
// "Check setup" runs doctor's checks on what the dialog shows now (SetupCheckDialog).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    // What the dialog shows now; an untouched dialog gives back what it was given.
    [[nodiscard]] AppSettings settings() const;
    // Whether OK may be pressed: nothing entered is invalid.
    [[nodiscard]] bool isInputValid() const { return m_valid; }

    // The objectName of a scope's checkbox: "scope_" then the scope, non-alphanumerics as "_".
    [[nodiscard]] static QString scopeObjectName(const QString &scope);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void load(const AppSettings &settings);
    void validate();
    void updateNotePalette();
    void showProblem(QLineEdit *edit, QAction *marker, const QString &problem);
    void checkSetup();

    [[nodiscard]] QStringList extraScopes() const;
    [[nodiscard]] QStringList resources() const;
    [[nodiscard]] QStringList socialTargets() const;

    const AppSettings m_original; // keeps the order of scopes a person did not touch
    bool m_valid = true;

    QLabel *m_connectionHeading = nullptr;
    QLabel *m_endpointLabel = nullptr;
    QLineEdit *m_endpointEdit = nullptr;
    QAction *m_endpointMarker = nullptr;
    QLabel *m_appIdLabel = nullptr;
    QLineEdit *m_appIdEdit = nullptr;
    QLabel *m_deviceAppIdLabel = nullptr;
    QLineEdit *m_deviceAppIdEdit = nullptr;
    QAction *m_appIdMarker = nullptr;
    QLabel *m_appIdNote = nullptr;

    QLabel *m_accessHeading = nullptr;
    QLabel *m_scopesLabel = nullptr;
    QList<std::pair<QString, QCheckBox *>> m_scopeBoxes;
    QLabel *m_extraScopesLabel = nullptr;
    QLineEdit *m_extraScopesEdit = nullptr;
    QAction *m_extraScopesMarker = nullptr;
    QLabel *m_resourcesLabel = nullptr;
    QPlainTextEdit *m_resourcesEdit = nullptr;
    QLabel *m_organizationLabel = nullptr;
    QLineEdit *m_organizationEdit = nullptr;
    QAction *m_organizationMarker = nullptr;

    QLabel *m_windowHeading = nullptr;
    QLabel *m_socialTargetsLabel = nullptr;
    QLineEdit *m_socialTargetsEdit = nullptr;
    QAction *m_socialTargetsMarker = nullptr;
    QLabel *m_socialTargetsNote = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_languageCombo = nullptr;

    QLabel *m_validationIcon = nullptr;
    QLabel *m_validationMessage = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_checkSetup = nullptr;
};
