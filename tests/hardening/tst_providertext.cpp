// SPDX-License-Identifier: MIT
// Text that comes from the provider (error_description, error messages built around it) and is
// shown in the window must be shown as text: a QLabel left at Qt::AutoText renders it as rich
// text as soon as it looks like HTML (Qt::mightBeRichText), so a provider, or whoever can shape
// its error_description, could restyle the window, fake instructions or links in it.
#include "errorbanner.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProviderText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorBannerShowsMarkupAsText_data();
    void errorBannerShowsMarkupAsText();
};

void TestProviderText::errorBannerShowsMarkupAsText_data()
{
    QTest::addColumn<QString>("description");
    QTest::newRow("bold") << u"<b>Your account is locked</b>"_s;
    QTest::newRow("link") << u"<a href=\"https://evil.example/\">Sign in again here</a>"_s;
    QTest::newRow("image") << u"<img src=\"file:///etc/hostname\" width=900>"_s;
    QTest::newRow("qt tag") << u"<qt><h1 style=\"font-size:80px\">Update required</h1></qt>"_s;
}

void TestProviderText::errorBannerShowsMarkupAsText()
{
    QFETCH(QString, description);
    // As SignInFlow builds it from an error redirect (app/core/signinflow.cpp, onCallback).
    Logto::Error error{Logto::Error::Code::Provider,
                       u"The sign-in server reported an error: %1"_s.arg(description),
                       u"server_error: %1"_s.arg(description)};
    error.oauthError = u"server_error"_s;
    ErrorBanner banner;
    banner.showError(error, ErrorBanner::actionFor(error));
    banner.show();
    QVERIFY(QTest::qWaitForWindowExposed(&banner));

    const QList<QLabel *> labels = banner.findChildren<QLabel *>();
    int checked = 0;
    for (const QLabel *label : labels) {
        if (!label->text().contains(description))
            continue;
        ++checked;
        const bool rendersRichText = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        QVERIFY2(!rendersRichText,
                 qPrintable(u"QLabel \"%1\" renders the provider's text as rich text (textFormat %2)"_s.arg(
                     label->objectName(), QString::number(label->textFormat()))));
    }
    QVERIFY(checked >= 1); // the message at least
}

QTEST_MAIN(TestProviderText)
#include "tst_providertext.moc"
