#pragma once

class QWidget;

namespace WindowFit {

// Makes WINDOW tall enough for what its layout now shows at its current width (never narrower,
// never taller than the screen). Qt sizes a window by its layout's minimum, which counts a
// word-wrapped label as one long line: when notes or messages appear, the fields would be
// squeezed instead.
void growToFit(QWidget* window);
// Makes WINDOW as tall as what it shows now needs: taller when notes appear, shorter again when
// they go, so rows neither squeeze nor drift apart.
void fitHeight(QWidget* window);

} // namespace WindowFit
