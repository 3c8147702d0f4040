// SPDX-License-Identifier: MIT
#include "claimsview.h"

#include "claimsmodel.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

ClaimsView::ClaimsView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ClaimsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_copyAll(new QPushButton(this))
    , m_copied(new QLabel(this))
    , m_copyAction(new QAction(this))
    , m_copyAllAction(new QAction(this))
    , m_clock(new QTimer(this))
    , m_copiedTimer(new QTimer(this))
{
    setObjectName(u"claimsView"_s);
    m_filter->setObjectName(u"claimsFilter"_s);
    m_tree->setObjectName(u"claimsTree"_s);
    m_copyAll->setObjectName(u"copyAllClaims"_s);
    m_copied->setObjectName(u"claimsCopiedLabel"_s);
    m_copyAction->setObjectName(u"copyClaimAction"_s);
    m_copyAllAction->setObjectName(u"copyAllClaimsAction"_s);

    // The filter looks at the name and the human reading (FilterTextRole), in nested rows too,
    // and keeps the children of a matching parent visible.
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ClaimsModel::FilterTextRole);
    m_proxy->setFilterKeyColumn(ClaimsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);

    m_filter->setClearButtonEnabled(true);
    m_tree->setModel(m_proxy);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ClaimsModel::NameColumn, QHeaderView::ResizeToContents);
    // Long values (picture addresses, JSON) elide; the full raw JSON is the cell's tooltip.
    m_tree->header()->setSectionResizeMode(ClaimsModel::ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ClaimsModel::SourceColumn, QHeaderView::ResizeToContents);

    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tree->addAction(m_copyAction);
    m_tree->addAction(m_copyAllAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_copied->setTextFormat(Qt::PlainText);
    m_copied->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_copied);
    bar->addWidget(m_copyAll);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    setTabOrder(m_filter, m_copyAll);
    setTabOrder(m_copyAll, m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, &ClaimsView::applyFilter);
    connect(m_copyAll, &QPushButton::clicked, this, &ClaimsView::copyAllClaims);
    connect(m_copyAction, &QAction::triggered, this, &ClaimsView::copySelectedClaims);
    connect(m_copyAllAction, &QAction::triggered, this, &ClaimsView::copyAllClaims);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_copyAction->setEnabled(m_tree->selectionModel()->hasSelection());
    });
    m_copyAction->setEnabled(false);

    // "expires in 54 min" moves on with the clock.
    m_clock->setInterval(30s);
    connect(m_clock, &QTimer::timeout, m_model, &ClaimsModel::refresh);
    m_clock->start();
    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(3s);
    connect(m_copiedTimer, &QTimer::timeout, m_copied, &QLabel::clear);

    retranslateUi();
}

void ClaimsView::setClaims(const QJsonObject &idTokenClaims, const QJsonObject &userInfo)
{
    m_model->setClaims(idTokenClaims, userInfo);
    m_copyAll->setEnabled(!idTokenClaims.isEmpty() || !userInfo.isEmpty());
    m_copyAllAction->setEnabled(m_copyAll->isEnabled());
    applyFilter(m_filter->text());
}

void ClaimsView::applyFilter(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    // A match may sit deep inside custom_data or identities: show where.
    if (text.trimmed().isEmpty())
        m_tree->collapseAll();
    else
        m_tree->expandAll();
}

void ClaimsView::copySelectedClaims()
{
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(ClaimsModel::NameColumn);
    if (rows.isEmpty() && m_tree->currentIndex().isValid())
        rows.append(m_tree->currentIndex().siblingAtColumn(ClaimsModel::NameColumn));
    if (rows.isEmpty())
        return;
    // Top to bottom as shown, whatever order they were selected in.
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_tree->visualRect(a).top() < m_tree->visualRect(b).top();
    });
    QStringList lines;
    for (const QModelIndex &row : std::as_const(rows)) {
        lines.append(u"%1: %2"_s.arg(row.data(ClaimsModel::PathRole).toString(),
                                     row.data(ClaimsModel::RawValueRole).toString()));
    }
    QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    showCopied();
}

void ClaimsView::copyAllClaims()
{
    const QJsonObject all{
        {u"id_token"_s, m_model->idTokenClaims()},
        {u"userinfo"_s, m_model->userInfo()},
    };
    QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)));
    showCopied();
}

void ClaimsView::showCopied()
{
    //: Brief confirmation next to the "Copy all as JSON" button.
    m_copied->setText(tr("Copied."));
    m_copiedTimer->start();
}

void ClaimsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ClaimsView::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter claims"));
    m_filter->setAccessibleName(tr("Filter claims"));
    m_filter->setAccessibleDescription(tr("Shows only claims whose name or value contains this text."));
    m_tree->setAccessibleName(tr("Claims"));
    m_tree->setAccessibleDescription(
        tr("The claims of the ID token and of the userinfo answer. Press Ctrl+C to copy the selected claim."));
    m_copyAll->setText(tr("Copy all as JSON"));
    m_copyAll->setToolTip(tr("Copies the ID token's claims and the userinfo answer as one JSON object."));
    m_copyAll->setAccessibleDescription(m_copyAll->toolTip());
    //: Context menu entry: copies the selected claim as "name: value".
    m_copyAction->setText(tr("Copy"));
    m_copyAllAction->setText(tr("Copy all as JSON"));
    if (!m_copied->text().isEmpty())
        m_copied->setText(tr("Copied."));
    m_model->refresh();
}
