// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

// A QR code's module matrix, encoded by libqrencode (no encoder of our own), and its drawing
// for a terminal with Unicode half blocks: one character cell holds two modules, one above
// the other, so the code stays square and small (a 33-module code with its quiet zone is
// 41 columns by 21 lines).
class QrCode
{
public:
    // Byte mode, error correction level M. nullopt when the text cannot be encoded.
    [[nodiscard]] static std::optional<QrCode> encode(const QByteArray &text);

    [[nodiscard]] int size() const { return m_size; } // modules per side, without the quiet zone
    [[nodiscard]] bool isDark(int x, int y) const;

    // Columns the drawing takes with a quiet zone of `quiet` modules on each side.
    [[nodiscard]] int columns(int quiet = 4) const { return m_size + 2 * quiet; }
    // Half-block lines: '█' both modules dark, '▀' top dark, '▄' bottom dark, ' ' both light.
    // With `ansiColours`, each line is drawn black on white, so dark terminal themes (light text
    // on black) do not show an inverted code.
    [[nodiscard]] QStringList toHalfBlocks(int quiet = 4, bool ansiColours = false) const;

private:
    int m_size = 0;
    QVector<bool> m_dark; // row-major
};
