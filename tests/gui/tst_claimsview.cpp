// SPDX-License-Identifier: MIT
#include "claimsmodel.h"
#include "claimsview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Built in code, not as raw-string JSON: moc 6.4 loses track of classes after a multi-line raw string.
QJsonObject idTokenClaims()
{
    return QJsonObject{
        {u"sub"_s, u"u_7f3a"_s},
        {u"iss"_s, u"https://tenant.logto.app/oidc"_s},
        {u"aud"_s, u"app_123"_s},
        {u"exp"_s, 1700003600},
        {u"iat"_s, 1700000000},
        {u"name"_s, u"Ada Lovelace"_s},
        {u"email"_s, u"ada@example.com"_s},
        {u"email_verified"_s, true},
        {u"roles"_s, QJsonArray{u"admin"_s, u"editor"_s}},
    };
}

QJsonObject userInfo()
{
    return QJsonObject{
        {u"sub"_s, u"u_7f3a"_s},
        {u"name"_s, u"Ada Lovelace"_s},
        {u"email"_s, u"ada@example.com"_s},
        {u"email_verified"_s, true},
        {u"custom_data"_s,
         QJsonObject{{u"plan"_s, u"pro"_s},
                     {u"prefs"_s, QJsonObject{{u"theme"_s, u"midnight-blue"_s}, {u"beta"_s, false}}}}},
        {u"identities"_s,
         QJsonObject{{u"apple"_s,
                      QJsonObject{{u"userId"_s, u"000123.abc"_s},
                                  {u"details"_s, QJsonObject{{u"email"_s, u"x@privaterelay.appleid.com"_s}}}}}}},
        {u"roles"_s, QJsonArray{u"admin"_s}},
        {u"created_at"_s, 1600000000123.0},
    };
}

QStringList visibleTopLevelNames(const QTreeView *tree)
{
    QStringList names;
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, ClaimsModel::NameColumn).data().toString();
    return names;
}

// The proxy index of the row at `path` ("custom_data.prefs.theme"), or invalid.
QModelIndex findPath(const QAbstractItemModel *model, const QString &path, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, ClaimsModel::NameColumn, parent);
        const QString here = index.data(ClaimsModel::PathRole).toString();
        if (here == path)
            return index;
        if (path.startsWith(here)) {
            const QModelIndex found = findPath(model, path, index);
            if (found.isValid())
                return found;
        }
    }
    return {};
}

} // namespace

class TestClaimsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void widgetsByName();
    void filter_data();
    void filter();
    void filterFindsNestedValue();
    void copyAll();
    void copySelected_data();
    void copySelected();

private:
    std::unique_ptr<ClaimsView> m_view;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
};

void TestClaimsView::init()
{
    m_view = std::make_unique<ClaimsView>();
    m_view->setClaims(idTokenClaims(), userInfo());
    m_view->resize(720, 480);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_filter = m_view->findChild<QLineEdit *>(u"claimsFilter"_s);
    m_tree = m_view->findChild<QTreeView *>(u"claimsTree"_s);
    QVERIFY(m_filter);
    QVERIFY(m_tree);
}

void TestClaimsView::cleanup()
{
    m_view.reset();
}

void TestClaimsView::widgetsByName()
{
    QVERIFY(m_view->findChild<QPushButton *>(u"copyAllClaims"_s));
    QVERIFY(!m_filter->placeholderText().isEmpty());
    QVERIFY(!m_filter->accessibleName().isEmpty());
    QVERIFY(!m_tree->accessibleName().isEmpty());
    QVERIFY(m_tree->alternatingRowColors());
    QVERIFY(qobject_cast<QSortFilterProxyModel *>(m_tree->model()));
    QCOMPARE(m_view->model()->rowCount(), m_tree->model()->rowCount());
    // roles differs between the sources (two rows); the others are merged or single.
    QCOMPARE(visibleTopLevelNames(m_tree),
             (QStringList{u"aud"_s,
                          u"created_at"_s,
                          u"custom_data"_s,
                          u"email"_s,
                          u"email_verified"_s,
                          u"exp"_s,
                          u"iat"_s,
                          u"identities"_s,
                          u"iss"_s,
                          u"name"_s,
                          u"roles"_s,
                          u"roles"_s,
                          u"sub"_s}));
    // Copy is offered on the tree's context menu, with the standard shortcut.
    const auto actions = m_tree->actions();
    QVERIFY(std::any_of(actions.begin(), actions.end(), [](const QAction *action) {
        return action->shortcut() == QKeySequence(QKeySequence::Copy);
    }));
}

void TestClaimsView::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("topLevel");

    QTest::newRow("empty") << QString() << QStringList{};
    QTest::newRow("name") << u"email"_s << QStringList{u"email"_s, u"email_verified"_s, u"identities"_s};
    QTest::newRow("name, upper case") << u"EMAIL_V"_s << QStringList{u"email_verified"_s};
    QTest::newRow("value") << u"lovelace"_s << QStringList{u"name"_s};
    QTest::newRow("raw number") << u"1700003600"_s << QStringList{u"exp"_s};
    QTest::newRow("source is not matched") << u"userinfo"_s << QStringList{};
    QTest::newRow("nothing") << u"no such thing"_s << QStringList{};
}

void TestClaimsView::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, topLevel);

    const int all = m_view->model()->rowCount();
    QTest::keyClicks(m_filter, text);
    QCOMPARE(m_filter->text(), text);
    if (text.isEmpty())
        QCOMPARE(m_tree->model()->rowCount(), all);
    else
        QCOMPARE(visibleTopLevelNames(m_tree), topLevel);

    m_filter->clear();
    QCOMPARE(m_tree->model()->rowCount(), all);
}

void TestClaimsView::filterFindsNestedValue()
{
    // "midnight" is only in custom_data.prefs.theme's value, two levels down.
    QTest::keyClicks(m_filter, u"Midnight"_s);
    QCOMPARE(visibleTopLevelNames(m_tree), QStringList{u"custom_data"_s});
    const QModelIndex customData = m_tree->model()->index(0, 0);
    QCOMPARE(m_tree->model()->rowCount(customData), 1); // prefs, not plan
    const QModelIndex theme = findPath(m_tree->model(), u"custom_data.prefs.theme"_s);
    QVERIFY(theme.isValid());
    QCOMPARE(theme.siblingAtColumn(ClaimsModel::ValueColumn).data().toString(), u"midnight-blue"_s);
    QVERIFY(!findPath(m_tree->model(), u"custom_data.prefs.beta"_s).isValid());
    // The match is shown, not hidden in a collapsed parent.
    QVERIFY(m_tree->isExpanded(customData));
    QVERIFY(m_tree->isExpanded(theme.parent()));

    // A matching parent keeps all its children.
    m_filter->setText(u"custom_data"_s);
    QVERIFY(findPath(m_tree->model(), u"custom_data.plan"_s).isValid());
    QVERIFY(findPath(m_tree->model(), u"custom_data.prefs.beta"_s).isValid());
}

void TestClaimsView::copyAll()
{
    QGuiApplication::clipboard()->clear();
    auto *button = m_view->findChild<QPushButton *>(u"copyAllClaims"_s);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    QJsonParseError error{};
    const QJsonDocument copied = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(copied.isObject());
    QCOMPARE(copied.object().keys(), (QStringList{u"id_token"_s, u"userinfo"_s}));
    QCOMPARE(copied.object().value(u"id_token"_s).toObject(), idTokenClaims());
    QCOMPARE(copied.object().value(u"userinfo"_s).toObject(), userInfo());
}

void TestClaimsView::copySelected_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("copied");

    QTest::newRow("string") << u"email"_s << uR"(email: "ada@example.com")"_s;
    QTest::newRow("timestamp is raw") << u"exp"_s << u"exp: 1700003600"_s;
    QTest::newRow("object") << u"custom_data"_s
                            << uR"(custom_data: {"plan":"pro","prefs":{"beta":false,"theme":"midnight-blue"}})"_s;
    QTest::newRow("nested") << u"custom_data.prefs.theme"_s << uR"(custom_data.prefs.theme: "midnight-blue")"_s;
    QTest::newRow("array element") << u"roles[1]"_s << uR"(roles[1]: "editor")"_s;
}

void TestClaimsView::copySelected()
{
    QFETCH(QString, path);
    QFETCH(QString, copied);

    QGuiApplication::clipboard()->clear();
    const QModelIndex index = findPath(m_tree->model(), path);
    QVERIFY(index.isValid());
    m_tree->expandAll();
    m_tree->setCurrentIndex(index);
    m_tree->setFocus();
    m_view->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
    QTest::keySequence(m_tree, QKeySequence::Copy);
    QCOMPARE(QGuiApplication::clipboard()->text(), copied);
}

QTEST_MAIN(TestClaimsView)
#include "tst_claimsview.moc"
