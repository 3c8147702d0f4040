// SPDX-License-Identifier: MIT
#include "qrcode.h"

#include <memory>
#include <qrencode.h>

std::optional<QrCode> QrCode::encode(const QByteArray &text)
{
    if (text.isEmpty())
        return std::nullopt;
    // QRcode_encodeData takes a length, so the text need not be NUL-terminated or NUL-free.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(
            static_cast<int>(text.size()), reinterpret_cast<const unsigned char *>(text.constData()), 0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code || code->width <= 0)
        return std::nullopt;
    QrCode result;
    result.m_size = code->width;
    result.m_dark.resize(static_cast<qsizetype>(code->width) * code->width);
    for (qsizetype i = 0; i < result.m_dark.size(); ++i)
        result.m_dark[i] = (code->data[i] & 0x01) != 0; // bit 0: dark module
    return result;
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false; // the quiet zone
    return m_dark.at(static_cast<qsizetype>(y) * m_size + x);
}

QStringList QrCode::toHalfBlocks(int quiet, bool ansiColours) const
{
    QStringList lines;
    const int first = -quiet;
    const int last = m_size + quiet; // exclusive
    for (int y = first; y < last; y += 2) {
        QString line;
        if (ansiColours)
            line += QStringLiteral("\x1b[30;107m"); // black on bright white
        for (int x = first; x < last; ++x) {
            const bool top = isDark(x, y);
            const bool bottom = y + 1 < last && isDark(x, y + 1);
            line += top && bottom ? QChar(0x2588) : top ? QChar(0x2580) : bottom ? QChar(0x2584) : QChar(u' ');
        }
        if (ansiColours)
            line += QStringLiteral("\x1b[0m");
        lines << line;
    }
    return lines;
}
