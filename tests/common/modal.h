// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// GUI tests: answer the modal dialog that the next call opens.

#include <QApplication>
#include <QTest>
#include <QTimer>
#include <QWidget>

/// Runs `code(dialog)` once the event loop shows a modal widget (a QMessageBox, a QDialog::exec()): call it
/// just before the call that opens the dialog. `code` must close the dialog.
template <typename F> void whenModal(F code)
{
    QTimer::singleShot(0, qApp, [code] {
        QTRY_VERIFY(QApplication::activeModalWidget() != nullptr);
        code(QApplication::activeModalWidget());
    });
}
