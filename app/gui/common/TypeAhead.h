#pragma once

class QComboBox;

namespace kense {

/// Lets a clerk find an item of a long choice by typing any part of it (a word of an office's or a service's name, a
/// district, a code; any case), the matches shown as a list under the box. What is chosen is always one of the items:
/// text that names none goes back to the chosen item's when the box is left, so the choice never differs from what
/// the box shows.
void makeTypeAhead(QComboBox* combo);

} // namespace kense
