#pragma once

#include <QString>

// Asking for a secret on the terminal without echoing it.
namespace Terminal {

bool isInteractive();
// Empty (and ok = false) when there is no terminal to ask on.
QString askSecret(const QString& prompt, bool* ok);

} // namespace Terminal
