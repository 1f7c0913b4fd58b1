#pragma once

#include "common/area.h"

#include <QList>

// Every area of the window, in the order the window lists them. The one place that knows them
// all: adding an area adds its descriptor here and nothing to views/common.
namespace Areas {

const QList<AreaDescriptor>& all();

} // namespace Areas
