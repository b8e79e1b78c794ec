#include "common/Preferences.h"

#include <QFontDatabase>
#include <QSettings>

#include <algorithm>
#include <atomic>

namespace strata {

namespace {

const QString kFontKey = QStringLiteral("editor/font");
const QString kFontSizeKey = QStringLiteral("editor/fontSize");
const QString kTimeoutKey = QStringLiteral("connection/timeout");

std::atomic<int>& cachedTimeout() {
    static std::atomic<int> seconds{0}; // 0: not read yet
    return seconds;
}

int clampTimeout(int seconds) {
    return std::clamp(seconds, 1, 300);
}

} // namespace

QFont Preferences::defaultEditorFont() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(10);
    return font;
}

QFont Preferences::editorFont() {
    QFont font = defaultEditorFont();
    const QSettings settings;
    const QString family = settings.value(kFontKey).toString();
    if (!family.isEmpty())
        font.setFamily(family);
    const int size = settings.value(kFontSizeKey).toInt();
    if (size >= 6 && size <= 48)
        font.setPointSize(size);
    return font;
}

void Preferences::setEditorFont(const QString& family, int pointSize) {
    QSettings settings;
    settings.setValue(kFontKey, family);
    settings.setValue(kFontSizeKey, std::clamp(pointSize, 6, 48));
}

int Preferences::connectTimeoutSeconds() {
    int seconds = cachedTimeout().load();
    if (seconds == 0) {
        seconds = clampTimeout(QSettings().value(kTimeoutKey, kDefaultConnectTimeout).toInt());
        cachedTimeout().store(seconds);
    }
    return seconds;
}

void Preferences::setConnectTimeoutSeconds(int seconds) {
    seconds = clampTimeout(seconds);
    QSettings().setValue(kTimeoutKey, seconds);
    cachedTimeout().store(seconds);
}

} // namespace strata
