// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QWidget>

class ClaimsModel;
class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

// The "Claims" tab: every claim of the ID token and the userinfo answer in a filterable tree,
// with copy (selected rows as "name: raw JSON", or everything as one JSON object).
class ClaimsView : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsView(QWidget *parent = nullptr);

    void setClaims(const QJsonObject &idTokenClaims, const QJsonObject &userInfo);
    [[nodiscard]] ClaimsModel *model() const { return m_model; }

    // Copies the selected rows, one "path: raw JSON" line each.
    void copySelectedClaims();
    // Copies {"id_token": {...}, "userinfo": {...}} as indented JSON.
    void copyAllClaims();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter(const QString &text);
    void showCopied();

    ClaimsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QPushButton *m_copyAll;
    QLabel *m_copied;
    QAction *m_copyAction;
    QAction *m_copyAllAction;
    QTimer *m_clock;
    QTimer *m_copiedTimer;
};
