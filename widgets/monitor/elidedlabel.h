// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace sd {

/**
 * A one-line label for status texts of any length (issue 12 point 14, small windows): it never asks for more
 * width than a few characters and never wraps, draws its text cut with "…" when it does not fit, and then
 * shows the whole text as its tool tip. text() stays the whole text. Plain text only.
 */
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    /// Ten average characters wide, one line high: the layout may give it less than its text needs.
    QSize minimumSizeHint() const override;
    /// The width of the whole text (what it would like), one line high.
    QSize sizeHint() const override;
    /// The whole text does not fit in the label's width now.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
};

} // namespace sd
