// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPixmap>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// The profile picture: downloaded from the `picture` claim (https, or http on loopback, at
// most 2 MiB and 15 s, images only), with a generated initials avatar until it arrives or if it fails.
class AvatarLoader : public QObject
{
    Q_OBJECT

public:
    explicit AvatarLoader(QObject *parent = nullptr);

    void load(const QUrl &picture, const QString &name, int size);
    [[nodiscard]] QPixmap pixmap() const { return m_pixmap; }

    // A round avatar with up to two initials on a colour derived from the name.
    [[nodiscard]] static QPixmap initials(const QString &name, int size);
    [[nodiscard]] static QPixmap rounded(const QImage &image, int size);

Q_SIGNALS:
    void pixmapChanged(const QPixmap &pixmap);

private:
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QPixmap m_pixmap;
};
