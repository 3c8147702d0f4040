// SPDX-License-Identifier: MIT
#include "claimsmodel.h"
#include "tokendetailsview.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDateTime kNow = QDateTime::fromSecsSinceEpoch(1700000000);

TokenDetails sampleDetails()
{
    TokenDetails details;
    details.header = QJsonObject{{u"alg"_s, u"ES384"_s}, {u"kid"_s, u"k-2024-06"_s}, {u"typ"_s, u"JWT"_s}};
    details.checksPassed = QStringList{u"algorithm"_s,
                                       u"signature"_s,
                                       u"issuer"_s,
                                       u"audience"_s,
                                       u"expiry"_s,
                                       u"issued-at"_s,
                                       u"subject"_s,
                                       u"nonce"_s};
    details.idTokenIssuedAt = kNow.addSecs(-6 * 60);
    details.idTokenExpiresAt = kNow.addSecs(54 * 60);
    details.accessTokenExpiresAt = kNow.addSecs(-3 * 60);
    details.signedInAt = kNow.addSecs(-2 * 3600);
    details.scopes = QStringList{u"openid"_s, u"offline_access"_s, u"profile"_s, u"email"_s};
    details.resources = QStringList{u"https://api.example.com"_s};
    details.issuer = u"https://tenant.logto.app/oidc"_s;
    details.subject = u"u_7f3a"_s;
    return details;
}

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

// Every text a user (or a screen reader) can get at in the view.
QStringList allTexts(const QWidget *view)
{
    QStringList texts;
    for (const QLabel *label : view->findChildren<QLabel *>())
        texts << label->text() << label->toolTip() << label->accessibleName();
    for (const QListWidget *list : view->findChildren<QListWidget *>()) {
        texts << list->accessibleName() << list->accessibleDescription();
        for (int i = 0; i < list->count(); ++i) {
            const QListWidgetItem *item = list->item(i);
            texts << item->text() << item->toolTip() << item->data(Qt::AccessibleTextRole).toString();
        }
    }
    for (const QAbstractButton *button : view->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip() << button->accessibleDescription();
    for (const QGroupBox *group : view->findChildren<QGroupBox *>())
        texts << group->title();
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTokenDetailsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void headerAndTimes();
    void checks_data();
    void checks();
    void scopesAndResources();
    void notRefreshedYet();
    void neverShowsATokenValue();
    void copyButtons_data();
    void copyButtons();
    void emptyUntilDetails();
    void scrollsForwards();

private:
    template<typename T>
    T *child(const QString &name) const
    {
        return m_view->findChild<T *>(name);
    }

    std::unique_ptr<TokenDetailsView> m_view;
};

void TestTokenDetailsView::init()
{
    m_view = std::make_unique<TokenDetailsView>();
    m_view->setNow(kNow);
    m_view->resize(640, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestTokenDetailsView::cleanup()
{
    m_view.reset();
}

void TestTokenDetailsView::headerAndTimes()
{
    m_view->setDetails(sampleDetails());
    QCOMPARE(child<QLabel>(u"algorithmValue"_s)->text(), u"ES384"_s);
    QCOMPARE(child<QLabel>(u"keyIdValue"_s)->text(), u"k-2024-06"_s);
    QCOMPARE(child<QLabel>(u"issuerValue"_s)->text(), u"https://tenant.logto.app/oidc"_s);
    QCOMPARE(child<QLabel>(u"subjectValue"_s)->text(), u"u_7f3a"_s);

    const QString idExpires = child<QLabel>(u"idTokenExpiresValue"_s)->text();
    QVERIFY2(idExpires.endsWith(u"(in 54 min)"_s), qPrintable(idExpires));
    QVERIFY2(idExpires.startsWith(ClaimsModel::dateTimeText(kNow.addSecs(54 * 60))), qPrintable(idExpires));
    const QString accessExpires = child<QLabel>(u"accessTokenExpiresValue"_s)->text();
    QVERIFY2(accessExpires.endsWith(u"(expired 3 min ago)"_s), qPrintable(accessExpires));
    const QString signedIn = child<QLabel>(u"signedInValue"_s)->text();
    QVERIFY2(signedIn.endsWith(u"(2 h ago)"_s), qPrintable(signedIn));
    const QString issued = child<QLabel>(u"idTokenIssuedValue"_s)->text();
    QVERIFY2(issued.endsWith(u"(6 min ago)"_s), qPrintable(issued));
    QVERIFY(!child<QLabel>(u"refreshTokenNote"_s)->text().isEmpty());

    // Time moves on: the hints follow.
    m_view->setNow(kNow.addSecs(60 * 60));
    QVERIFY(child<QLabel>(u"idTokenExpiresValue"_s)->text().endsWith(u"(expired 6 min ago)"_s));
}

void TestTokenDetailsView::checks_data()
{
    QTest::addColumn<QStringList>("passed");
    QTest::addColumn<QStringList>("shown");
    QTest::addColumn<bool>("restored");

    QTest::newRow("sign-in") << sampleDetails().checksPassed
                             << QStringList{u"✓ Algorithm"_s,
                                            u"✓ Signature"_s,
                                            u"✓ Issuer"_s,
                                            u"✓ Audience"_s,
                                            u"✓ Expiry"_s,
                                            u"✓ Issued at"_s,
                                            u"✓ Subject"_s,
                                            u"✓ Nonce"_s}
                             << false;
    QTest::newRow("refresh: no nonce")
        << QStringList{u"algorithm"_s, u"signature"_s, u"issuer"_s, u"audience"_s, u"expiry"_s, u"issued-at"_s}
        << QStringList{u"✓ Algorithm"_s,
                       u"✓ Signature"_s,
                       u"✓ Issuer"_s,
                       u"✓ Audience"_s,
                       u"✓ Expiry"_s,
                       u"✓ Issued at"_s,
                       u"– Nonce: not checked"_s}
        << false;
    // After a restart: the ID token comes from the keychain, there is no nonce of this run.
    QTest::newRow("restored session")
        << QStringList{u"algorithm"_s, u"signature"_s, u"issuer"_s, u"audience"_s, u"expiry"_s, u"issued-at"_s}
        << QStringList{u"✓ Algorithm"_s,
                       u"✓ Signature"_s,
                       u"✓ Issuer"_s,
                       u"✓ Audience"_s,
                       u"✓ Expiry"_s,
                       u"✓ Issued at"_s,
                       u"– Nonce: not applicable (restored session; checked at sign-in)"_s}
        << true;
    QTest::newRow("restored, nonce passed anyway")
        << QStringList{u"signature"_s, u"issuer"_s, u"audience"_s, u"expiry"_s, u"nonce"_s}
        << QStringList{u"✓ Signature"_s, u"✓ Issuer"_s, u"✓ Audience"_s, u"✓ Expiry"_s, u"✓ Nonce"_s} << true;
    QTest::newRow("nbf and at_hash") << QStringList{u"signature"_s,
                                                    u"issuer"_s,
                                                    u"audience"_s,
                                                    u"expiry"_s,
                                                    u"not-before"_s,
                                                    u"nonce"_s,
                                                    u"at_hash"_s}
                                     << QStringList{u"✓ Signature"_s,
                                                    u"✓ Issuer"_s,
                                                    u"✓ Audience"_s,
                                                    u"✓ Expiry"_s,
                                                    u"✓ Not before"_s,
                                                    u"✓ Nonce"_s,
                                                    u"✓ Access token hash"_s}
                                     << false;
    // The five the user cares about are always there, even when nothing was checked.
    QTest::newRow("none") << QStringList{}
                          << QStringList{u"– Signature: not checked"_s,
                                         u"– Issuer: not checked"_s,
                                         u"– Audience: not checked"_s,
                                         u"– Expiry: not checked"_s,
                                         u"– Nonce: not checked"_s}
                          << false;
    QTest::newRow("unknown id kept")
        << QStringList{u"signature"_s, u"issuer"_s, u"audience"_s, u"expiry"_s, u"nonce"_s, u"x-future"_s}
        << QStringList{u"✓ Signature"_s, u"✓ Issuer"_s, u"✓ Audience"_s, u"✓ Expiry"_s, u"✓ Nonce"_s, u"✓ x-future"_s}
        << false;
}

void TestTokenDetailsView::checks()
{
    QFETCH(QStringList, passed);
    QFETCH(QStringList, shown);
    QFETCH(bool, restored);

    TokenDetails details = sampleDetails();
    details.checksPassed = passed;
    details.restored = restored;
    m_view->setDetails(details);
    auto *list = child<QListWidget>(u"checksList"_s);
    QVERIFY(list);
    QCOMPARE(itemTexts(list), shown);
    // Screen readers hear "passed" / "not checked", not a glyph.
    for (int i = 0; i < list->count(); ++i) {
        const QString spoken = list->item(i)->data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.endsWith(u": passed"_s) || spoken.endsWith(u": not checked"_s)
                     || spoken.contains(u": not applicable, restored session"_s),
                 qPrintable(spoken));
    }
    // The list is as tall as its rows: nothing hides behind a scroll bar.
    QVERIFY(list->visualItemRect(list->item(list->count() - 1)).bottom() <= list->viewport()->height());
}

void TestTokenDetailsView::scopesAndResources()
{
    TokenDetails details = sampleDetails();
    m_view->setDetails(details);
    QCOMPARE(itemTexts(child<QListWidget>(u"scopesList"_s)), details.scopes);
    QCOMPARE(itemTexts(child<QListWidget>(u"resourcesList"_s)), details.resources);
    QVERIFY(!child<QListWidget>(u"scopesList"_s)->item(0)->toolTip().isEmpty()); // openid is explained

    details.resources.clear();
    m_view->setDetails(details);
    QCOMPARE(itemTexts(child<QListWidget>(u"resourcesList"_s)), QStringList{u"None"_s});
}

void TestTokenDetailsView::notRefreshedYet()
{
    TokenDetails details = sampleDetails();
    m_view->setDetails(details);
    QCOMPARE(child<QLabel>(u"refreshedValue"_s)->text(), u"Not yet"_s);
    details.refreshedAt = kNow.addSecs(-90);
    m_view->setDetails(details);
    QVERIFY(child<QLabel>(u"refreshedValue"_s)->text().endsWith(u"(1 min ago)"_s));
}

void TestTokenDetailsView::neverShowsATokenValue()
{
    // Tokens as Logto issues them. The view is never given one (TokenDetails has no place for
    // it); this is a sanity check that nothing token-shaped shows up anyway.
    const QStringList tokens{
        u"eyJhbGciOiJFUzM4NCIsImtpZCI6ImstMjAyNC0wNiJ9.eyJzdWIiOiJ1XzdmM2EifQ.c2lnbmF0dXJl"_s,
        u"zXy9Kq2vB7mN4pL1rT6wE3uY8oI5aS0dF"_s, // opaque access token
        u"rT_Qm8Nv2Lk5Jh7Gf4Ds1Aa9Pp3Oo6Ii0Uu"_s, // refresh token
    };
    TokenDetails details = sampleDetails();
    details.refreshedAt = kNow.addSecs(-90);
    m_view->setDetails(details);

    const QStringList texts = allTexts(m_view.get());
    QVERIFY(texts.size() > 30);
    for (const QString &text : texts) {
        for (const QString &token : tokens)
            QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY2(!text.contains(u"eyJ"_s), qPrintable(text)); // no JWT at all
    }
    // What it does show.
    QVERIFY(texts.contains(u"ES384"_s));
    QVERIFY(texts.contains(u"k-2024-06"_s));
}

void TestTokenDetailsView::copyButtons_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<bool>("accessToken");

    QTest::newRow("access token") << u"copyAccessToken"_s << true;
    QTest::newRow("ID token") << u"copyIdToken"_s << false;
}

void TestTokenDetailsView::copyButtons()
{
    QFETCH(QString, button);
    QFETCH(bool, accessToken);

    m_view->setDetails(sampleDetails());
    QSignalSpy accessRequested(m_view.get(), &TokenDetailsView::copyAccessTokenRequested);
    QSignalSpy idRequested(m_view.get(), &TokenDetailsView::copyIdTokenRequested);
    auto *pushButton = child<QPushButton>(button);
    QVERIFY(pushButton);
    QVERIFY(pushButton->isEnabled());
    QVERIFY(pushButton->focusPolicy() & Qt::TabFocus);
    QVERIFY(!pushButton->accessibleDescription().isEmpty());
    QTest::mouseClick(pushButton, Qt::LeftButton);
    QCOMPARE(accessRequested.count(), accessToken ? 1 : 0);
    QCOMPARE(idRequested.count(), accessToken ? 0 : 1);

    // The keyboard works too.
    pushButton->setFocus();
    QTest::keyClick(pushButton, Qt::Key_Space);
    QCOMPARE(accessRequested.count(), accessToken ? 2 : 0);
    QCOMPARE(idRequested.count(), accessToken ? 0 : 2);
}

void TestTokenDetailsView::emptyUntilDetails()
{
    QVERIFY(!child<QPushButton>(u"copyAccessToken"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"copyIdToken"_s)->isEnabled());
    QCOMPARE(child<QLabel>(u"algorithmValue"_s)->text(), u"—"_s);
}

void TestTokenDetailsView::scrollsForwards()
{
    // Too short for its content: the page scrolls, and its scroll bar goes the usual way. The
    // handle starts at the top with the content's top on screen; moving it down shows more below.
    m_view->setDetails(sampleDetails());
    m_view->resize(420, 220);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    auto *scroll = child<QScrollArea>(u"tokenDetailsScroll"_s);
    QVERIFY(scroll);
    QScrollBar *bar = scroll->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->value(), bar->minimum());
    QVERIFY(!bar->invertedAppearance());
    QCOMPARE(scroll->widget()->y(), 0);

    const auto sliderRect = [bar] {
        QStyleOptionSlider option;
        option.initFrom(bar);
        option.subControls = QStyle::SC_All;
        option.orientation = bar->orientation();
        option.minimum = bar->minimum();
        option.maximum = bar->maximum();
        option.sliderPosition = bar->sliderPosition();
        option.sliderValue = bar->value();
        option.singleStep = bar->singleStep();
        option.pageStep = bar->pageStep();
        option.upsideDown = bar->invertedAppearance();
        return bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarSlider, bar);
    };
    const QRect atTop = sliderRect();
    // The handle must look like one: under Fusion it was drawn in the light button colour over a
    // darker groove, so the groove below a long handle read as a short handle at the bottom
    // ("backwards"), and pressing it paged down.
    const auto grooveRect = [bar, &sliderRect] {
        QStyleOptionSlider option;
        option.initFrom(bar);
        option.orientation = bar->orientation();
        option.minimum = bar->minimum();
        option.maximum = bar->maximum();
        option.sliderPosition = bar->sliderPosition();
        option.sliderValue = bar->value();
        option.pageStep = bar->pageStep();
        return bar->style()->subControlRect(QStyle::CC_ScrollBar, &option, QStyle::SC_ScrollBarAddPage, bar);
    };
    const QImage picture = bar->grab().toImage();
    const auto lightness = [&picture](const QRect &rect) {
        const QRect inner = rect.adjusted(3, 3, -3, -3);
        qint64 sum = 0;
        qint64 count = 0;
        for (int y = inner.top(); y <= inner.bottom(); ++y) {
            for (int x = inner.left(); x <= inner.right(); ++x) {
                sum += QColor(picture.pixel(x, y)).lightness();
                ++count;
            }
        }
        return count ? int(sum / count) : -1;
    };
    const QRect groove = grooveRect();
    if (groove.height() > 8) {
        const int handle = lightness(atTop);
        const int rest = lightness(groove);
        // The handle stands out from the groove at least as much as the groove from the window.
        const bool lightTheme = bar->palette().color(QPalette::Window).lightness() >= 128;
        QVERIFY2(std::abs(handle - rest) >= 24 && (handle < rest) == lightTheme,
                 qPrintable(u"handle lightness %1, groove %2"_s.arg(handle).arg(rest)));
    }
    QVERIFY2(atTop.top() < bar->height() / 2, qPrintable(u"slider at %1 of %2"_s.arg(atTop.top()).arg(bar->height())));

    // Dragging the handle down scrolls the content up (shows what is below).
    QTest::mousePress(bar, Qt::LeftButton, {}, atTop.center());
    QTest::mouseMove(bar, atTop.center() + QPoint(0, 30));
    QTest::mouseRelease(bar, Qt::LeftButton, {}, atTop.center() + QPoint(0, 30));
    QTRY_VERIFY(bar->value() > bar->minimum());
    QVERIFY(scroll->widget()->y() < 0);
    QVERIFY(sliderRect().top() > atTop.top());
    // The wheel too: down is further down.
    bar->setValue(bar->minimum());
    QWheelEvent wheel(QPointF(10, 10),
                      scroll->viewport()->mapToGlobal(QPointF(10, 10)),
                      QPoint(),
                      QPoint(0, -120),
                      Qt::NoButton,
                      Qt::NoModifier,
                      Qt::NoScrollPhase,
                      false);
    QCoreApplication::sendEvent(scroll->viewport(), &wheel);
    QVERIFY(bar->value() > bar->minimum());
    QVERIFY(scroll->widget()->y() < 0);
}

QTEST_MAIN(TestTokenDetailsView)
#include "tst_tokendetailsview.moc"
