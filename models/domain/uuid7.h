#pragma once

#include <QString>

// Time-ordered UUID (RFC 9562 version 7) made on the client, so rows created in a store while it is
// offline can never collide with rows made elsewhere, and sort by creation time in any index.
QString newUuid7();
