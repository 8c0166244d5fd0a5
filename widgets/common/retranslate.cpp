// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/common/retranslate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QPointer>

#include <vector>

namespace sd {

namespace {

/// The one application event filter: on LanguageChange it runs every registered function whose owner
/// still lives, in registration order, and forgets the others.
class LanguageHub : public QObject
{
public:
    explicit LanguageHub(QCoreApplication *app) : QObject(app) { app->installEventFilter(this); }

    void add(QObject *owner, std::function<void()> apply) { m_hooks.push_back({owner, std::move(apply)}); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::LanguageChange || watched != parent()) {
            return false;
        }
        std::erase_if(m_hooks, [](const Hook &h) { return h.owner.isNull(); });
        // Copy: an apply function may register further hooks.
        const auto hooks = m_hooks;
        for (const Hook &h : hooks) {
            if (!h.owner.isNull()) {
                h.apply();
            }
        }
        return false;
    }

private:
    struct Hook
    {
        QPointer<QObject> owner;
        std::function<void()> apply;
    };
    std::vector<Hook> m_hooks;
};

LanguageHub *hub()
{
    auto *app = QCoreApplication::instance();
    if (!app) {
        return nullptr;
    }
    static QPointer<LanguageHub> one;
    if (one.isNull() || one->parent() != app) {
        one = new LanguageHub(app);
    }
    return one.data();
}

} // namespace

void onLanguageChange(QObject *owner, std::function<void()> apply)
{
    apply();
    if (auto *h = hub()) {
        h->add(owner, std::move(apply));
    }
}

} // namespace sd
