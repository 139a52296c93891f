#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace cp {

// Runs `work` on a thread of its own and then `done(result)` on `context`'s thread,
// unless `context` is gone by then. For one-off slow steps (deriving a key from a
// passphrase) that must not freeze the window; no nested event loop.
template <typename Work, typename Done> void runInBackground(QObject* context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work&>;
    auto result = std::make_shared<std::optional<Value>>();
    QThread* thread = QThread::create([work = std::move(work), result]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context, [result, done = std::move(done)]() mutable {
        if (*result)
            done(std::move(**result));
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace cp
