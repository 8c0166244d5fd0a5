// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the connectivity tests (connectivity.cpp, redisconnectivity.cpp): runs steps in order.

#include "monitor/connectivity.h"

#include <QElapsedTimer>

namespace sd {

/// Runs the steps of a connectivity test in order, timing each and reporting it as it completes.
class ConnectivityRunner
{
public:
    /// `report` (may be empty) gets every step as it completes; `cancel` (may be null) skips the rest.
    ConnectivityRunner(const std::function<void(const ConnectivityStep &)> &report,
                       const std::atomic<bool> *cancel)
        : m_report(report), m_cancel(cancel)
    {}
    /// Runs `body` as a step named `name`; `body` fills verdict, detail and advice. True when it passed or
    /// warned.
    bool run(const QString &name, const std::function<void(ConnectivityStep &)> &body)
    {
        ConnectivityStep s;
        s.name = name;
        if (m_cancel && m_cancel->load()) {
            s.detail = cancelledText();
            return finish(s);
        }
        QElapsedTimer t;
        t.start();
        body(s);
        s.elapsedMs = double(t.nsecsElapsed()) / 1e6;
        return finish(s);
    }
    /// Adds a step that was not run because `why`.
    void skip(const QString &name, const QString &why)
    {
        ConnectivityStep s;
        s.name = name;
        s.detail = why;
        finish(s);
    }
    /// "cancelled", translated (defined in connectivity.cpp, where lupdate sees it).
    static QString cancelledText();
    /// True when the caller's cancel flag is set.
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    QList<ConnectivityStep> steps; ///< every step so far, in order

private:
    bool finish(const ConnectivityStep &s)
    {
        steps.append(s);
        if (m_report) {
            m_report(s);
        }
        return s.verdict == ConnectivityStep::Verdict::Pass || s.verdict == ConnectivityStep::Verdict::Warn;
    }
    const std::function<void(const ConnectivityStep &)> &m_report;
    const std::atomic<bool> *m_cancel;
};

} // namespace sd
