#pragma once

#include <QString>

namespace RichText {

// A file path or server address as rich text that wraps inside a label instead of being cut: a
// break is allowed after each separator, since folder and file names often have no spaces.
QString wrappablePath(const QString& location);

} // namespace RichText
