#include "exportfile.h"

#include "xlsxsink.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

Error cannotWrite(const QString& path, const QString& reason)
{
    return Error::make(Error::Kind::File,
                       ExportFile::tr("%1 cannot be written: %2. Choose a folder you may write in, on a "
                                      "disk with room.")
                           .arg(QDir::toNativeSeparators(path), reason));
}

// What a new file gets: read and write for all, less the process's umask. Read from /proc, as
// setting the umask to learn it would change it for every thread for a moment.
QFileDevice::Permissions newFilePermissions()
{
    uint mask = 022;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:"))
                mask = line.mid(6).trimmed().toUInt(nullptr, 8);
        }
    }
    const QList<QPair<uint, QFileDevice::Permission>> bits = {
        {0400, QFileDevice::ReadOwner},  {0200, QFileDevice::WriteOwner}, {0040, QFileDevice::ReadGroup},
        {0020, QFileDevice::WriteGroup}, {0004, QFileDevice::ReadOther},  {0002, QFileDevice::WriteOther}};
    QFileDevice::Permissions permissions;
    for (const auto& [bit, permission] : bits) {
        if ((mask & bit) == 0)
            permissions |= permission;
    }
    return permissions;
}

} // namespace

Result<qint64> ExportFile::writeCsv(const QString& path, TextEncoding encoding, const Writer& write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    Result<qint64> rows = [&] {
        CsvSink sink(&file, encoding);
        return write(&sink);
    }();
    if (!rows) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return rows;
}

// libxlsxwriter writes the zip itself, at the end, to a name: a reserved name beside PATH, renamed
// over it when done (on one file system, so the rename is atomic).
Result<qint64> ExportFile::writeWorkbook(const QString& path, const QString& sheetName, const Writer& write)
{
    const QFileInfo target(path);
    // As QSaveFile does for CSV: what may not be written over is not replaced either.
    if (target.exists() && (target.isDir() || !target.isWritable()))
        return cannotWrite(path, target.isDir() ? tr("a folder has that name") : tr("the file is read-only"));
    QTemporaryFile reserved(
        target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.xlsx").arg(target.fileName())));
    if (!reserved.open())
        return cannotWrite(path, reserved.errorString());
    const QString scratch = reserved.fileName();
    reserved.close();
    Result<qint64> rows = [&] {
        XlsxSink sink(scratch, sheetName);
        return write(&sink);
    }(); // an unfinished sink removes its file
    if (!rows) {
        // The person chose PATH; the reserved name beside it means nothing to them.
        Error error = rows.error();
        error.message.replace(scratch, QDir::toNativeSeparators(path));
        return error;
    }
    // The workbook gets the permissions of the file it replaces, or those of a new file.
    QFile::setPermissions(scratch, target.exists() ? target.permissions() : newFilePermissions());
    if (std::rename(QFile::encodeName(scratch).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return cannotWrite(path, reason);
    }
    reserved.setAutoRemove(false); // it is PATH now
    return rows;
}

Result<qint64> ExportFile::write(const QString& path, ExportFormat format, const QString& sheetName,
                                 const Writer& write)
{
    switch (format) {
    case ExportFormat::CsvUtf8:
        return writeCsv(path, TextEncoding::Utf8, write);
    case ExportFormat::CsvGbk:
        return writeCsv(path, TextEncoding::Gbk, write);
    case ExportFormat::Xlsx:
        break;
    }
    return writeWorkbook(path, sheetName, write);
}

ExportFormat ExportFile::formatFor(const QString& path, ExportFormat fallback)
{
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return ExportFormat::Xlsx;
    return fallback == ExportFormat::Xlsx ? ExportFormat::CsvUtf8 : fallback;
}
