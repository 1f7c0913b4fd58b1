#include "terminal.h"

#include <QTextStream>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace Terminal {

bool isInteractive()
{
    return isatty(STDIN_FILENO) != 0;
}

QString askSecret(const QString& prompt, bool* ok)
{
    *ok = false;
    if (!isInteractive())
        return {};
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    *ok = !line.isNull();
    return line;
}

} // namespace Terminal
