// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace guichet::server {

/**
 * Bookings written together: request threads queue their writes, and one writer thread runs
 * what is queued one after another inside one transaction and commits them at once: one fsync
 * (SQLite) or one WAL flush (PostgreSQL) for many bookings, prepared statements kept on one
 * connection, and no lock handed between 64 threads. Each caller gets its answer only after
 * the commit that holds its write.
 *
 * A job that throws an ApiError must not have written anything (its refusal is kept out of
 * the batch by writing nothing). A job that throws anything else rolls back its batch, whose
 * jobs then run again, each in a transaction of its own, so one bad job fails alone.
 */
class GroupCommit
{
public:
    /** The writer every booking goes through; started on first use. */
    static GroupCommit &instance();
    /** Stops the writer once what is queued is done (at shutdown). */
    static void shutdown();

    /** Runs work in a batch and returns its result once committed; rethrows what work threw. */
    template<typename T>
    T run(const std::function<T()> &work)
    {
        std::optional<T> result;
        submit([&] { result = work(); });
        return std::move(*result);
    }

    GroupCommit(const GroupCommit &) = delete;
    GroupCommit &operator=(const GroupCommit &) = delete;
    ~GroupCommit();

private:
    struct Job {
        std::function<void()> work;
        std::exception_ptr error;
        bool done = false;
        std::condition_variable finished; // one per job: a commit wakes only its own callers
    };

    GroupCommit();
    /** Queues the job and waits for the commit; rethrows the job's error. */
    void submit(const std::function<void()> &work);
    void writerLoop();
    /** One transaction for all of jobs; false if it was rolled back by a job's storage error. */
    bool commitTogether(std::deque<Job *> &jobs);
    void commitAlone(Job *job);

    std::mutex m_mutex;
    std::condition_variable m_queued;
    std::deque<Job *> m_queue;
    bool m_stopping = false;
    std::thread m_writer;
};

} // namespace guichet::server
