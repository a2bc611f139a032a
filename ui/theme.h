#pragma once

#include <QPalette>
#include <QString>

namespace loopcraft {

// Light and dark palettes. "system" keeps the platform's palette (Qt 6.4 has no colour-scheme
// query, so the system's choice is read from the lightness of its window colour).
class Theme {
public:
    enum class Mode { System, Light, Dark };

    static Mode modeFromId(const QString &id, bool *ok = nullptr);
    static QString idOf(Mode mode);

    // Applies a mode to the running application; remembers the platform palette on first use.
    static void apply(Mode mode);
    static bool isDark();  // of the palette in effect now

    static QPalette lightPalette();
    static QPalette darkPalette();
};

} // namespace loopcraft
