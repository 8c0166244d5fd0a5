// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps the mouse wheel from changing a value by accident (issue 12, point 1): a combo box or spin box
// guarded here takes the wheel only while it has keyboard focus; otherwise the wheel goes on to the
// parent (the scroll area scrolls) and the value stays as it was.
#pragma once

class QWidget;

namespace sd {

/// Guards `w` (a QComboBox or QAbstractSpinBox; any widget works): sets Qt::StrongFocus so the wheel
/// does not give it focus, and installs a shared event filter that ignores wheel events while `w` has
/// no focus, so they propagate to the parent widget. Safe to call more than once on the same widget.
void guardWheel(QWidget *w);

} // namespace sd
