// SPDX-License-Identifier: MIT
#include "socialbutton.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionButton>
#include <QSvgRenderer>

namespace {

constexpr int MinimumWidth = 220;
constexpr int Height = 44;

} // namespace

SocialButton::SocialButton(const Logto::SocialConnector &connector, QWidget *parent)
    : QPushButton(parent)
    , m_connector(connector)
{
    setObjectName(QStringLiteral("socialButton_%1").arg(connector.target));
    setCursor(Qt::PointingHandCursor);
    setMinimumHeight(Height);
    retranslateUi();
}

void SocialButton::retranslateUi()
{
    // The tenant may name a connector: an "&" there is text, not a keyboard shortcut.
    const QString name = m_connector.displayName(QLocale());
    //: %1 is a sign-in provider's brand name such as Apple or Google; do not translate it.
    m_label = tr("Continue with %1").arg(name);
    setText(QString(m_label).replace(QLatin1Char('&'), QStringLiteral("&&")));
    setAccessibleName(m_label);
    //: Tooltip of a "Continue with ..." button; %1 is a brand name.
    setToolTip(tr("Sign in with your %1 account in your browser").arg(name));
}

void SocialButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QPushButton::changeEvent(event);
}

QSize SocialButton::sizeHint() const
{
    const int textWidth = fontMetrics().horizontalAdvance(m_label);
    return {std::max(MinimumWidth, textWidth + 2 * Height), Height};
}

QSize SocialButton::minimumSizeHint() const
{
    return {MinimumWidth, Height};
}

bool SocialButton::darkStyle() const
{
    // Apple asks for a white button on dark backgrounds and a black one on light ones.
    return palette().color(QPalette::Window).lightness() < 128;
}

void SocialButton::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool apple = m_connector.target == QLatin1String("apple");
    const bool dark = darkStyle();

    QColor background;
    QColor foreground;
    if (apple) {
        background = dark ? QColor(Qt::white) : QColor(Qt::black);
        foreground = dark ? QColor(Qt::black) : QColor(Qt::white);
    } else {
        background = palette().color(QPalette::Button);
        foreground = palette().color(QPalette::ButtonText);
    }
    if (!isEnabled())
        background.setAlphaF(0.5);
    else if (isDown())
        background = background.lightness() < 128 ? background.lighter(140) : background.darker(115);

    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = frame.height() / 5.0;
    QPainterPath path;
    path.addRoundedRect(frame, radius, radius);
    painter.fillPath(path, background);
    if (!apple) {
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawPath(path);
    }
    if (hasFocus()) {
        QPen focus(palette().color(QPalette::Highlight), 2);
        painter.setPen(focus);
        painter.drawRoundedRect(frame.adjusted(1.5, 1.5, -1.5, -1.5), radius - 1, radius - 1);
    }

    // Logo and text centred together, the logo as tall as the capital letters plus a bit.
    QFont font = this->font();
    font.setWeight(QFont::DemiBold);
    font.setPixelSize(qRound(height() * 0.38));
    painter.setFont(font);
    const QFontMetrics metrics(font);
    const int logoSize = apple ? qRound(height() * 0.42) : 0;
    const int gap = apple ? qRound(height() * 0.15) : 0;
    const int contentWidth = logoSize + gap + metrics.horizontalAdvance(m_label);
    const int left = (width() - contentWidth) / 2;
    if (apple) {
        QSvgRenderer logo(QStringLiteral(":/icons/apple-logo.svg"));
        // Render to a mask and tint it, so the logo always matches the text colour.
        QImage mask(QSize(logoSize, logoSize) * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
        mask.setDevicePixelRatio(devicePixelRatioF());
        mask.fill(Qt::transparent);
        {
            QPainter maskPainter(&mask);
            logo.render(&maskPainter, QRectF(0, 0, logoSize, logoSize));
            maskPainter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            maskPainter.fillRect(QRectF(0, 0, logoSize, logoSize), foreground);
        }
        painter.drawImage(QPointF(left, (height() - logoSize) / 2.0 - height() * 0.03), mask);
    }
    painter.setPen(foreground);
    painter.drawText(QRect(left + logoSize + gap, 0, width(), height()), Qt::AlignVCenter | Qt::AlignLeft, m_label);
}
