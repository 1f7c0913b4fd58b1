// libFuzzer target for the CSV reader: tests/fuzz/run-libfuzzer builds it with clang's fuzzer and
// sanitizers and runs it for a bounded time; CsvFuzz::check says what must hold.
#include "csvfuzzcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), int(size));
    const QString failure = CsvFuzz::check(bytes);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "CSV reader: %s\n", failure.toUtf8().constData());
        std::abort();
    }
    return 0;
}
