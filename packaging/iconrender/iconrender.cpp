// SPDX-License-Identifier: MIT
// Build-time host tool: renders the app's SVG icon to the bitmaps the platforms want, so that no
// bitmap is kept in the source tree and nothing beyond Qt Svg (already a dependency) is needed.
//
//   logto-signin-iconrender ICON.svg OUT.png SIZE          one PNG, SIZE x SIZE
//   logto-signin-iconrender ICON.svg OUT.ico SIZE...       Windows icon, one PNG entry per size
//   logto-signin-iconrender ICON.svg OUT.icns              macOS icon, the standard PNG entries
//
// The output is byte-for-byte reproducible: QImage's PNG writer adds no time stamp.
#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <utility>
#include <vector>

namespace {

int fail(const char *message)
{
    std::fprintf(stderr, "logto-signin-iconrender: %s\n", message);
    return 1;
}

QByteArray renderPng(QSvgRenderer &renderer, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    // No physical resolution chunk: the same bytes whatever the build machine's screen.
    image.setDotsPerMeterX(0);
    image.setDotsPerMeterY(0);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.convertToFormat(QImage::Format_ARGB32).save(&buffer, "PNG", 0); // 0: best compression
    return png;
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLittleEndian(QByteArray &out, quint32 value, int size)
{
    for (int i = 0; i < size; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

// ICO with PNG-compressed entries (read by Windows Vista and later, and by every toolchain's rc).
QByteArray makeIco(QSvgRenderer &renderer, const std::vector<int> &sizes)
{
    QByteArray header;
    QByteArray images;
    appendLittleEndian(header, 0, 2); // reserved
    appendLittleEndian(header, 1, 2); // type: icon
    appendLittleEndian(header, static_cast<quint32>(sizes.size()), 2);
    const quint32 firstOffset = 6 + 16 * static_cast<quint32>(sizes.size());
    for (const int size : sizes) {
        const QByteArray png = renderPng(renderer, size);
        header.append(static_cast<char>(size >= 256 ? 0 : size)); // width, 0 = 256
        header.append(static_cast<char>(size >= 256 ? 0 : size)); // height
        header.append('\0'); // palette size
        header.append('\0'); // reserved
        appendLittleEndian(header, 1, 2); // colour planes
        appendLittleEndian(header, 32, 2); // bits per pixel
        appendLittleEndian(header, static_cast<quint32>(png.size()), 4);
        appendLittleEndian(header, firstOffset + static_cast<quint32>(images.size()), 4);
        images.append(png);
    }
    return header + images;
}

// ICNS with PNG entries (macOS 10.7 and later).
QByteArray makeIcns(QSvgRenderer &renderer)
{
    static const std::pair<const char *, int> entries[] = {
        {"icp4", 16},
        {"icp5", 32},
        {"icp6", 64},
        {"ic07", 128},
        {"ic08", 256},
        {"ic09", 512},
        {"ic10", 1024},
        {"ic11", 32},
        {"ic12", 64},
        {"ic13", 256},
        {"ic14", 512},
    };
    QByteArray body;
    for (const auto &[type, size] : entries) {
        const QByteArray png = renderPng(renderer, size);
        body.append(type, 4);
        appendBigEndian32(body, static_cast<quint32>(png.size() + 8));
        body.append(png);
    }
    QByteArray out("icns", 4);
    appendBigEndian32(out, static_cast<quint32>(body.size() + 8));
    return out + body;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 3)
        return fail("usage: logto-signin-iconrender ICON.svg OUT.{png,ico,icns} [SIZE...]");
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);
    std::vector<int> sizes;
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QByteArray(argv[i]).toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail("a size must be a number of pixels from 1 to 1024");
        sizes.push_back(size);
    }

    QSvgRenderer renderer(input);
    if (!renderer.isValid())
        return fail("cannot read the SVG icon");

    QByteArray data;
    if (output.endsWith(QLatin1String(".png"))) {
        if (sizes.size() != 1)
            return fail("a PNG takes exactly one size");
        data = renderPng(renderer, sizes.front());
    } else if (output.endsWith(QLatin1String(".ico"))) {
        if (sizes.empty())
            return fail("an ICO takes at least one size");
        data = makeIco(renderer, sizes);
    } else if (output.endsWith(QLatin1String(".icns"))) {
        data = makeIcns(renderer);
    } else {
        return fail("the output must end in .png, .ico or .icns");
    }

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return fail("cannot write the output file");
    return 0;
}
