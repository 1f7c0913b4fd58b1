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
    if (!rows)
        return rows;
    if (std::rename(QFile::encodeName(scratch).constData(), QFile::encodeName(path).constData()) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return cannotWrite(path, reason);
    }
    reserved.setAutoRemove(false); // it is PATH now
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
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
