// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/wheelguard.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

namespace sd {

namespace {

/// Ignores wheel events sent to a widget without focus; QApplication then offers the event to the
/// parent chain (a QScrollArea's viewport scrolls).
class WheelGuard : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Wheel)
            return false;
        const auto *w = qobject_cast<QWidget *>(watched);
        if (w == nullptr || w->hasFocus())
            return false;
        event->ignore();
        return true;
    }
};

/// The one filter shared by all guarded widgets; owned by the application object when there is one.
WheelGuard *sharedGuard()
{
    static QPointer<WheelGuard> guard;
    if (guard.isNull())
        guard = new WheelGuard(QCoreApplication::instance());
    return guard.data();
}

} // namespace

void guardWheel(QWidget *w)
{
    if (w == nullptr)
        return;
    w->setFocusPolicy(Qt::StrongFocus);
    WheelGuard *guard = sharedGuard();
    w->removeEventFilter(guard); // installing twice would run the filter twice
    w->installEventFilter(guard);
}

} // namespace sd
