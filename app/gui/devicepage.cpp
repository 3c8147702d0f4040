// SPDX-License-Identifier: MIT
#include "devicepage.h"

#include "devicesigninflow.h"
#include "qrcode.h"

#include <QEvent>
#include <QImage>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The QR code as an image: black modules on white with the 4-module quiet zone, whole pixels
// per module so that no module blurs, about `target` pixels wide.
QPixmap qrPixmap(const QUrl &url, int target)
{
    const auto code = QrCode::encode(url.toString(QUrl::FullyEncoded).toUtf8());
    if (!code)
        return {};
    constexpr int Quiet = 4;
    const int modules = code->columns(Quiet);
    const int scale = std::max(3, target / modules);
    QImage image(modules * scale, modules * scale, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < code->size(); ++y) {
        for (int x = 0; x < code->size(); ++x) {
            if (!code->isDark(x, y))
                continue;
            for (int dy = 0; dy < scale; ++dy) {
                uchar *line = image.scanLine((y + Quiet) * scale + dy);
                std::fill_n(line + (x + Quiet) * scale, scale, uchar(0));
            }
        }
    }
    return QPixmap::fromImage(image);
}

} // namespace

DevicePage::DevicePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_instructions(new QLabel(this))
    , m_link(new QLabel(this))
    , m_code(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("devicePage"));
    m_link->setObjectName(QStringLiteral("deviceLink"));
    m_code->setObjectName(QStringLiteral("deviceUserCode"));
    m_qr->setObjectName(QStringLiteral("deviceQrCode"));
    m_countdown->setObjectName(QStringLiteral("deviceCountdown"));
    m_cancel->setObjectName(QStringLiteral("deviceCancelButton"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    QFont codeFont = m_code->font();
    codeFont.setPointSizeF(codeFont.pointSizeF() * 2.2);
    codeFont.setWeight(QFont::Bold);
    codeFont.setFamily(QStringLiteral("monospace"));
    codeFont.setStyleHint(QFont::Monospace);
    m_code->setFont(codeFont);
    for (QLabel *label : {m_title, m_instructions, m_link, m_code, m_qr, m_countdown})
        label->setAlignment(Qt::AlignCenter);
    m_instructions->setWordWrap(true);
    // The link and the code are for the person to copy or read out; nothing here is a secret.
    m_link->setTextFormat(Qt::PlainText);
    m_link->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addWidget(m_title);
    column->addWidget(m_instructions);
    column->addWidget(m_link);
    column->addWidget(m_code);
    column->addWidget(m_qr);
    column->addWidget(m_countdown);
    column->addWidget(m_cancel, 0, Qt::AlignHCenter);
    auto *centre = new QHBoxLayout;
    centre->addStretch();
    centre->addLayout(column);
    centre->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addLayout(centre);
    layout->addStretch();

    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &DevicePage::tick);
    connect(m_cancel, &QPushButton::clicked, this, &DevicePage::cancelRequested);
    retranslateUi();
}

void DevicePage::start(const Logto::DeviceAuthorization &authorization, std::function<int()> secondsLeft)
{
    m_secondsLeft = std::move(secondsLeft);
    m_link->setText(authorization.verificationUri.toString(QUrl::FullyEncoded));
    m_code->setText(Logto::DeviceAuthorization::groupedUserCode(authorization.userCode));
    const QPixmap qr = authorization.verificationUriComplete.isEmpty()
        ? QPixmap()
        : qrPixmap(authorization.verificationUriComplete, 220);
    m_qr->setPixmap(qr);
    m_qr->setVisible(!qr.isNull());
    tick();
    m_ticker.start();
    m_cancel->setFocus();
}

void DevicePage::stop()
{
    m_ticker.stop();
}

void DevicePage::tick()
{
    const int left = m_secondsLeft ? std::max(0, m_secondsLeft()) : 0;
    m_countdown->setText(tr("The code expires in %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
}

void DevicePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DevicePage::retranslateUi()
{
    m_title->setText(tr("Sign in with another device"));
    m_instructions->setText(tr("On your phone or another computer, open this link and enter the code, or scan "
                               "the QR code. This window continues when you have signed in there."));
    m_qr->setAccessibleName(tr("QR code of the link, with the code filled in"));
    m_cancel->setText(tr("Cancel"));
    if (m_ticker.isActive())
        tick();
}
