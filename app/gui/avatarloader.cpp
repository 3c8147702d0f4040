// SPDX-License-Identifier: MIT
#include "avatarloader.h"

#include "oidcconfig.h"

#include <QCryptographicHash>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

#include <chrono>

namespace {

constexpr qint64 MaximumBytes = 2 * 1024 * 1024;
// From the request to the last byte: a server that trickles cannot keep a download open.
constexpr std::chrono::seconds Deadline{15};

} // namespace

AvatarLoader::AvatarLoader(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

QPixmap AvatarLoader::initials(const QString &name, int size)
{
    QString letters;
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (letters.size() == 2)
            break;
        letters += word.left(1).toUpper();
    }
    if (letters.isEmpty())
        letters = QStringLiteral("?");
    // A stable, pleasant colour per name.
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256);
    const QColor colour = QColor::fromHsl(static_cast<unsigned char>(hash.at(0)) * 360 / 256, 140, 110);

    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(colour);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(0, 0, size, size);
    QFont font = painter.font();
    font.setPixelSize(size * 2 / 5);
    font.setWeight(QFont::DemiBold);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, letters);
    return pixmap;
}

QPixmap AvatarLoader::rounded(const QImage &image, int size)
{
    const QImage scaled = image.scaled(size, size, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath clip;
    clip.addEllipse(0, 0, size, size);
    painter.setClipPath(clip);
    painter.drawImage(QPoint((size - scaled.width()) / 2, (size - scaled.height()) / 2), scaled);
    return pixmap;
}

void AvatarLoader::load(const QUrl &picture, const QString &name, int size)
{
    if (m_reply)
        m_reply->abort();
    m_pixmap = initials(name, size);
    Q_EMIT pixmapChanged(m_pixmap);
    if (picture.isEmpty() || !Logto::OidcConfig::checkTransport(picture))
        return;

    QNetworkRequest request(picture);
    request.setTransferTimeout(static_cast<int>(std::chrono::milliseconds(Deadline).count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
        bool known = false;
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        if (known && length > MaximumBytes)
            reply->abort(); // refused before a byte of the body is read
    });
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaximumBytes)
            reply->abort();
    });
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(Deadline);
    connect(reply, &QNetworkReply::finished, this, [this, reply, deadline, size] {
        deadline->stop();
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            return; // keep the initials
        QImageReader reader(reply);
        reader.setAllocationLimit(64); // MiB: a hostile image cannot exhaust memory
        const QImage image = reader.read();
        if (image.isNull())
            return;
        m_pixmap = rounded(image, size);
        Q_EMIT pixmapChanged(m_pixmap);
    });
}
