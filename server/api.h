// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "metrics.h"
#include "ratelimiter.h"
#include "schedule.h"

#include <QString>

#include <memory>

namespace httplib {
class Server;
}

namespace guichet::server {

struct ApiOptions {
    QString host = QStringLiteral("127.0.0.1");
    int port = 8080; // 0: any free port
    QString tlsCert;
    QString tlsKey;
    double ratePerToken = 20;    // requests per second per token
    double ratePerAddress = 100; // and per client address
    int threads = 64; // cpp-httplib gives each kept-alive connection a thread while it lasts
    bool accessLog = false;
    QList<QByteArray> packKeys; // Ed25519 public keys whose packs may be published
};

/**
 * docs/PROTOCOL.md over HTTP (cpp-httplib): routes, roles, JSON errors, limits, the staff console
 * at `/` and `/metrics`. Every answer to bad input is a 4xx JSON error; a storage failure is
 * 503; nothing personal is logged.
 */
class Api
{
public:
    Api(Schedule &schedule, ApiOptions options);
    ~Api();

    /** Binds the address; false with the reason (port taken, bad certificate). */
    bool bind(QString *error);
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] bool tls() const { return !m_options.tlsCert.isEmpty(); }
    /** Serves until stop(). */
    void serve();
    void stop();

private:
    void routes();

    Schedule &m_schedule;
    ApiOptions m_options;
    std::unique_ptr<httplib::Server> m_server;
    Metrics m_metrics;
    RateLimiter m_byToken;
    RateLimiter m_byAddress;
    int m_port = 0;
};

} // namespace guichet::server
