// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupcommit.h"

#include "apierror.h"
#include "database.h"

#include <memory>

namespace guichet::server {

namespace {
/** More than this many jobs wait for the next commit: a batch's answers do not wait too long. */
constexpr std::size_t kMaxBatch = 128;

std::mutex s_instanceMutex;
std::unique_ptr<GroupCommit> s_instance;
} // namespace

GroupCommit &GroupCommit::instance()
{
    const std::lock_guard lock(s_instanceMutex);
    if (!s_instance)
        s_instance.reset(new GroupCommit);
    return *s_instance;
}

void GroupCommit::shutdown()
{
    const std::lock_guard lock(s_instanceMutex);
    s_instance.reset();
}

GroupCommit::GroupCommit()
    : m_writer([this] { writerLoop(); })
{
}

GroupCommit::~GroupCommit()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_queued.notify_all();
    m_writer.join();
}

void GroupCommit::submit(const std::function<void()> &work)
{
    Job job;
    job.work = work;
    std::unique_lock lock(m_mutex);
    m_queue.push_back(&job);
    m_queued.notify_one();
    job.finished.wait(lock, [&] { return job.done; });
    if (job.error)
        std::rethrow_exception(job.error);
}

void GroupCommit::writerLoop()
{
    for (;;) {
        std::deque<Job *> batch;
        {
            std::unique_lock lock(m_mutex);
            m_queued.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and nothing is left
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(m_queue.front());
                m_queue.pop_front();
            }
        }
        if (batch.size() == 1 || !commitTogether(batch)) {
            for (Job *job : batch)
                commitAlone(job);
        }
        // Every job ran inside a Transaction, which ended its statements on commit or rollback.
        const std::lock_guard lock(m_mutex);
        for (Job *job : batch) {
            job->done = true;
            job->finished.notify_one();
        }
    }
}

bool GroupCommit::commitTogether(std::deque<Job *> &jobs)
{
    try {
        Transaction tx;
        for (Job *job : jobs) {
            try {
                job->work();
            } catch (const ApiError &) {
                job->error = std::current_exception(); // refused before it wrote anything
            }
        }
        tx.commit();
        return true;
    } catch (...) {
        // Rolled back: every job runs again, alone, and answers for itself.
        for (Job *job : jobs)
            job->error = nullptr;
        return false;
    }
}

void GroupCommit::commitAlone(Job *job)
{
    try {
        Transaction tx;
        job->work();
        tx.commit();
    } catch (...) {
        job->error = std::current_exception();
    }
}

} // namespace guichet::server
