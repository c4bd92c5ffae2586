// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include "apierror.h"
#include "bookings.h"
#include "clock.h"
#include "database.h"
#include "fleet.h"
#include "icalendar.h"
#include "leases.h"
#include "packarchive.h"
#include "packs.h"
#include "tokens.h"

#include <httplib.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <vector>

#include <netinet/in.h>
#include <sys/socket.h>

namespace guichet::server {

namespace {

constexpr size_t kMaxBody = 64 * 1024;
// The routes whose body is a pack archive, up to kMaxArchiveBytes.
constexpr const char *kArchivePaths[] = {"/api/v1/packs", "/api/v1/packs/preview"};

enum class Access { Anyone, KioskOrStaff, Staff, Kiosk };

struct Reply {
    int status = 200;
    QByteArray body;
    const char *type = "application/json"; // none: no body at all (304)
    std::vector<std::pair<std::string, std::string>> headers = {};
};

using Handler = std::function<Reply(const httplib::Request &, const Caller &)>;

Reply json(const QJsonValue &value, int status = 200)
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return {status, body};
}

std::string errorBody(const ApiError &e)
{
    QJsonObject o{{QStringLiteral("error"), e.code}, {QStringLiteral("message"), e.message}};
    if (!e.field.isEmpty())
        o.insert(QStringLiteral("field"), e.field);
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject bodyObject(const httplib::Request &req)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &error);
    if (error.error != QJsonParseError::NoError)
        throw invalid(QStringLiteral("body"), QStringLiteral("malformed JSON at offset %1: %2").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        throw invalid(QStringLiteral("body"), QStringLiteral("the body must be a JSON object"));
    return doc.object();
}

QString param(const httplib::Request &req, const char *name, bool required = true)
{
    const QString value = QString::fromStdString(req.get_param_value(name));
    if (required && value.isEmpty())
        throw invalid(QLatin1String(name), QStringLiteral("the %1 parameter is required").arg(QLatin1String(name)));
    if (value.size() > 200)
        throw invalid(QLatin1String(name), QStringLiteral("%1 is too long").arg(QLatin1String(name)));
    return value;
}

QDate dateParam(const httplib::Request &req, const char *name)
{
    const QDate date = QDate::fromString(param(req, name), Qt::ISODate);
    if (!date.isValid())
        throw invalid(QLatin1String(name), QStringLiteral("%1 must be a date, YYYY-MM-DD").arg(QLatin1String(name)));
    return date;
}

QString pathParam(const httplib::Request &req)
{
    const QString value = QString::fromStdString(req.matches[1].str());
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!shape.match(value).hasMatch())
        throw notFound(QStringLiteral("no such item"));
    return value;
}

/**
 * Debian's cpp-httplib 0.11 is built with a listen queue of 5 connections: 64 kiosks coming
 * back at once overflow it and wait a second each (measured: 135 overflows in one run). Linux
 * takes a second listen() on the same socket as a new queue length, so find our socket by its
 * port and call it again.
 */
void widenListenQueue(int port)
{
    for (int fd = 3; fd < 1024; ++fd) {
        sockaddr_storage address{};
        socklen_t length = sizeof address;
        int listening = 0;
        socklen_t size = sizeof listening;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0
            || getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || !listening)
            continue;
        const int bound = address.ss_family == AF_INET ? ntohs(reinterpret_cast<sockaddr_in *>(&address)->sin_port)
                        : address.ss_family == AF_INET6 ? ntohs(reinterpret_cast<sockaddr_in6 *>(&address)->sin6_port) : -1;
        if (bound == port)
            ::listen(fd, SOMAXCONN);
    }
}

bool takesArchive(const httplib::Request &req)
{
    return req.method == "POST" && std::find(std::begin(kArchivePaths), std::end(kArchivePaths), req.path) != std::end(kArchivePaths);
}

/** If-None-Match names this entity tag (or is "*"): the client has it already. Weak tags
 *  ("W/…") match too, as RFC 9110 asks of GET. */
bool hasTag(const std::string &ifNoneMatch, const QString &etag)
{
    for (const QString &item : QString::fromStdString(ifNoneMatch).split(u',')) {
        QString tag = item.trimmed();
        if (tag.startsWith(QStringLiteral("W/")))
            tag = tag.mid(2);
        if (tag == QStringLiteral("*") || tag == etag)
            return true;
    }
    return false;
}

/** GET /packs/latest: its entity tag is the archive's SHA-256, so a kiosk polling every few
 *  minutes gets 304 and no body until a new pack is published. */
Reply latestPack(const httplib::Request &req)
{
    const QJsonObject latest = packs::latest();
    const QString etag = QStringLiteral("\"%1\"").arg(latest.value(QStringLiteral("sha256")).toString());
    Reply reply = json(latest);
    if (hasTag(req.get_header_value("If-None-Match"), etag)) {
        // No body, and a Content-Length only as the 200 would have it (RFC 9110, 8.6), not 0.
        const std::string length = std::to_string(reply.body.size());
        reply = Reply{304, {}, nullptr};
        reply.headers.emplace_back("Content-Length", length);
    }
    reply.headers.emplace_back("ETag", etag.toStdString());
    return reply;
}

QString previewLanguage(const httplib::Request &req)
{
    const QString language = param(req, "lang", false);
    if (language.isEmpty())
        return QStringLiteral("fr");
    if (language != QStringLiteral("fr") && language != QStringLiteral("nl") && language != QStringLiteral("en"))
        throw invalid(QStringLiteral("lang"), QStringLiteral("lang must be fr, nl or en"));
    return language;
}

bool isLoopback(const std::string &address)
{
    return address == "127.0.0.1" || address == "::1" || address == "::ffff:127.0.0.1";
}

} // namespace

Api::Api(Schedule &schedule, ApiOptions options)
    : m_schedule(schedule)
    , m_options(std::move(options))
    , m_byToken(m_options.ratePerToken)
    , m_byAddress(m_options.ratePerAddress)
{
    if (tls())
        m_server = std::make_unique<httplib::SSLServer>(m_options.tlsCert.toLocal8Bit().constData(), m_options.tlsKey.toLocal8Bit().constData());
    else
        m_server = std::make_unique<httplib::Server>();
    const int threads = m_options.threads;
    m_server->new_task_queue = [threads] { return new httplib::ThreadPool(size_t(threads)); };
    m_server->set_tcp_nodelay(true); // without it, a small answer waits for Nagle: 290 req/s (README, Server)
    m_server->set_keep_alive_max_count(1000);
    // 64 KiB for every body but a pack archive; refused from its Content-Length, before reading.
    m_server->set_payload_max_length(size_t(kMaxArchiveBytes));
    m_server->set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        if (!takesArchive(req) && std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10) > kMaxBody) {
            res.status = 413;
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    m_server->set_read_timeout(10, 0);
    m_server->set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (!res.body.empty())
            return;
        // The library's own refusals (unknown route, too large, unreadable request) in our JSON.
        ApiError e{res.status, QStringLiteral("invalid"), QStringLiteral("bad request")};
        if (res.status == 404)
            e = notFound(QStringLiteral("no such route"));
        else if (res.status == 413)
            e = {413, QStringLiteral("too_large"), QStringLiteral("the body is over 64 KiB")};
        res.set_content(errorBody(e), "application/json");
    });
    routes();
}

Api::~Api() = default;

bool Api::bind(QString *error)
{
    if (!m_server->is_valid()) {
        *error = QStringLiteral("cannot use the TLS certificate %1 and key %2").arg(m_options.tlsCert, m_options.tlsKey);
        return false;
    }
    const std::string host = m_options.host.toStdString();
    if (m_options.port == 0)
        m_port = m_server->bind_to_any_port(host);
    else
        m_port = m_server->bind_to_port(host, m_options.port) ? m_options.port : -1;
    if (m_port <= 0) {
        *error = QStringLiteral("cannot listen on %1:%2").arg(m_options.host).arg(m_options.port);
        return false;
    }
    widenListenQueue(m_port);
    return true;
}

void Api::serve()
{
    m_server->listen_after_bind();
}

void Api::stop()
{
    m_server->stop();
}

void Api::routes()
{
    // Every route goes through here: limits, identity, role, errors, metrics, the log line.
    const auto add = [this](const char *method, const char *pattern, const QString &name, Access access, Handler handler) {
        auto wrapped = [this, name, access, handler](const httplib::Request &req, httplib::Response &res) {
            QElapsedTimer timer;
            timer.start();
            try {
                // A rate is a duration: measured on the monotonic clock, not the wall clock.
                const qint64 now = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
                if (const int wait = m_byAddress.admit(QString::fromStdString(req.remote_addr), now)) {
                    res.set_header("Retry-After", std::to_string(wait));
                    throw ApiError{429, QStringLiteral("too_many_requests"), QStringLiteral("too many requests from this address")};
                }
                Caller caller;
                if (access != Access::Anyone) {
                    const std::string header = req.get_header_value("Authorization");
                    const QString token = header.rfind("Bearer ", 0) == 0 ? QString::fromStdString(header.substr(7)).trimmed() : QString();
                    bool revoked = false;
                    const std::optional<Caller> found = tokens::verify(token, &revoked);
                    if (revoked)
                        throw ApiError{401, QStringLiteral("revoked"), QStringLiteral("this token was revoked")};
                    if (!found)
                        throw ApiError{401, QStringLiteral("unauthorized"), QStringLiteral("a valid bearer token is required")};
                    caller = *found;
                    if ((access == Access::Staff && !caller.isStaff()) || (access == Access::Kiosk && caller.isStaff()))
                        throw forbidden(QStringLiteral("this token's role may not use this route"));
                    if (const int wait = m_byToken.admit(QString::number(caller.tokenId), now)) {
                        res.set_header("Retry-After", std::to_string(wait));
                        throw ApiError{429, QStringLiteral("too_many_requests"), QStringLiteral("too many requests with this token")};
                    }
                }
                if (req.body.size() > kMaxBody && !takesArchive(req)) // sent without a length
                    throw ApiError{413, QStringLiteral("too_large"), QStringLiteral("the body is over 64 KiB")};
                const Reply reply = handler(req, caller);
                res.status = reply.status;
                for (const auto &[header, value] : reply.headers)
                    res.set_header(header.c_str(), value);
                if (reply.type)
                    res.set_content(reply.body.constData(), size_t(reply.body.size()), reply.type);
            } catch (const ApiError &e) {
                res.status = e.status;
                res.set_content(errorBody(e), "application/json");
            } catch (const DbError &e) {
                qWarning("%s %s: storage: %s", req.method.c_str(), qPrintable(name), e.what());
                res.status = 503;
                res.set_header("Retry-After", "1");
                res.set_content(errorBody({503, QStringLiteral("unavailable"), QStringLiteral("storage is unavailable; try again")}), "application/json");
            } catch (const std::exception &e) {
                qWarning("%s %s: %s", req.method.c_str(), qPrintable(name), e.what());
                res.status = 503;
                res.set_content(errorBody({503, QStringLiteral("unavailable"), QStringLiteral("the server could not answer; try again")}), "application/json");
            }
            Database::endStatements();
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            m_metrics.request(name, res.status, seconds);
            if (res.status == 409)
                m_metrics.conflict();
            // The route's name, never its body or query: no phone number or name reaches a log.
            if (m_options.accessLog)
                qInfo("%s %s %d %.1f ms", req.method.c_str(), qPrintable(name), res.status, seconds * 1000);
        };
        if (qstrcmp(method, "GET") == 0)
            m_server->Get(pattern, wrapped);
        else if (qstrcmp(method, "POST") == 0)
            m_server->Post(pattern, wrapped);
        else if (qstrcmp(method, "PATCH") == 0)
            m_server->Patch(pattern, wrapped);
        else
            m_server->Delete(pattern, wrapped);
    };

    add("GET", "/api/v1/health", QStringLiteral("health"), Access::Anyone, [](const httplib::Request &, const Caller &) {
        return json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                {QStringLiteral("storage"), Database::kindName()},
                                {QStringLiteral("version"), QStringLiteral(GUICHET_VERSION)}});
    });
    add("GET", "/api/v1/offices", QStringLiteral("offices"), Access::KioskOrStaff, [](const httplib::Request &, const Caller &) {
        QSqlQuery q = Database::run(QStringLiteral("SELECT json FROM offices ORDER BY id"));
        QJsonArray list;
        while (q.next())
            list.append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        return json(list);
    });
    add("GET", "/api/v1/slots", QStringLiteral("slots"), Access::KioskOrStaff, [this](const httplib::Request &req, const Caller &) {
        return json(leases::slotList(m_schedule, param(req, "office"), param(req, "service"), dateParam(req, "from"), dateParam(req, "to")));
    });
    add("POST", "/api/v1/bookings", QStringLiteral("bookings.create"), Access::KioskOrStaff, [this](const httplib::Request &req, const Caller &caller) {
        const bookings::Created made = bookings::create(m_schedule, caller, QString::fromStdString(req.get_header_value("Idempotency-Key")), bodyObject(req));
        if (!made.replay)
            m_metrics.bookingCreated();
        return json(made.booking, made.replay ? 200 : 201);
    });
    add("GET", "/api/v1/bookings", QStringLiteral("bookings.day"), Access::Staff, [this](const httplib::Request &req, const Caller &) {
        return json(bookings::ofDay(m_schedule, param(req, "office"), dateParam(req, "date").toString(Qt::ISODate)));
    });
    add("GET", R"(/api/v1/bookings\.ics)", QStringLiteral("bookings.ics"), Access::Staff, [this](const httplib::Request &req, const Caller &) {
        const QDate from = dateParam(req, "from");
        const QDate to = dateParam(req, "to");
        if (to < from || from.daysTo(to) > 366)
            throw invalid(QStringLiteral("to"), QStringLiteral("to must be after from, within a year"));
        const QJsonArray list = bookings::inSpan(m_schedule, param(req, "office"), from.toString(Qt::ISODate), to.toString(Qt::ISODate));
        return Reply{200, icalendar(list), "text/calendar; charset=utf-8"};
    });
    add("PATCH", R"(/api/v1/bookings/([^/]+))", QStringLiteral("bookings.status"), Access::Staff, [this](const httplib::Request &req, const Caller &) {
        const QJsonObject body = bodyObject(req);
        const QJsonValue status = body.value(QStringLiteral("status"));
        if (!status.isString())
            throw invalid(QStringLiteral("status"), QStringLiteral("status must be a string"));
        const QJsonValue from = body.value(QStringLiteral("from"));
        if (!from.isUndefined() && !from.isString())
            throw invalid(QStringLiteral("from"), QStringLiteral("from must be the status the booking had when it was shown"));
        return json(bookings::setStatus(m_schedule, pathParam(req).toLower(), status.toString(), from.toString()));
    });
    add("POST", "/api/v1/leases", QStringLiteral("leases.take"), Access::Kiosk, [this](const httplib::Request &req, const Caller &caller) {
        return json(leases::take(m_schedule, caller, bodyObject(req)), 201);
    });
    add("DELETE", R"(/api/v1/leases/([^/]+))", QStringLiteral("leases.give_back"), Access::Kiosk, [](const httplib::Request &req, const Caller &caller) {
        return json(leases::giveBack(caller, pathParam(req)));
    });
    add("POST", R"(/api/v1/kiosks/([^/]+)/heartbeat)", QStringLiteral("kiosks.heartbeat"), Access::Kiosk, [](const httplib::Request &req, const Caller &caller) {
        fleet::heartbeat(caller, pathParam(req), bodyObject(req));
        return json(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}});
    });
    add("GET", "/api/v1/kiosks", QStringLiteral("kiosks"), Access::Staff, [](const httplib::Request &, const Caller &) {
        return json(fleet::kiosks(Clock::nowSecs(), packs::latestVersion()));
    });
    add("POST", "/api/v1/alerts", QStringLiteral("alerts.raise"), Access::Kiosk, [](const httplib::Request &req, const Caller &caller) {
        return json(fleet::raise(caller, bodyObject(req)), 201);
    });
    add("GET", "/api/v1/alerts", QStringLiteral("alerts"), Access::Staff, [](const httplib::Request &req, const Caller &) {
        const QString after = param(req, "after", false);
        bool ok = true;
        const qint64 id = after.isEmpty() ? 0 : after.toLongLong(&ok);
        if (!ok)
            throw invalid(QStringLiteral("after"), QStringLiteral("after must be an alert id"));
        const QString open = param(req, "open", false);
        if (!open.isEmpty() && open != QStringLiteral("true") && open != QStringLiteral("false"))
            throw invalid(QStringLiteral("open"), QStringLiteral("open must be true or false"));
        return json(fleet::alerts(id, open == QStringLiteral("true")));
    });
    add("POST", R"(/api/v1/alerts/([^/]+)/taken)", QStringLiteral("alerts.take"), Access::Staff, [](const httplib::Request &req, const Caller &) {
        bool ok = false;
        const qint64 id = pathParam(req).toLongLong(&ok);
        if (!ok)
            throw notFound(QStringLiteral("no alert %1").arg(pathParam(req)));
        return json(fleet::take(id));
    });
    add("POST", "/api/v1/packs", QStringLiteral("packs.publish"), Access::Staff, [this](const httplib::Request &req, const Caller &) {
        const packs::Published published = packs::publish(m_schedule, m_options.packKeys, QByteArray::fromStdString(req.body));
        return json(published.pack, published.created ? 201 : 200);
    });
    add("POST", "/api/v1/packs/preview", QStringLiteral("packs.preview"), Access::Staff, [this](const httplib::Request &req, const Caller &) {
        return json(packs::preview(m_options.packKeys, QByteArray::fromStdString(req.body), previewLanguage(req)));
    });
    add("GET", "/api/v1/packs/latest", QStringLiteral("packs.latest"), Access::KioskOrStaff, [](const httplib::Request &req, const Caller &) {
        return latestPack(req);
    });
    add("GET", R"(/api/v1/packs/([^/]+))", QStringLiteral("packs.archive"), Access::KioskOrStaff, [](const httplib::Request &req, const Caller &) {
        const QString version = QString::fromStdString(req.matches[1].str());
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]{1,64}$")).match(version).hasMatch())
            throw notFound(QStringLiteral("no such pack"));
        return Reply{200, packs::archive(version), "application/gzip"};
    });
    add("GET", "/metrics", QStringLiteral("metrics"), Access::Anyone, [this](const httplib::Request &req, const Caller &) {
        if (!isLoopback(req.remote_addr))
            throw forbidden(QStringLiteral("metrics are served to this machine only"));
        return Reply{200, m_metrics.text(Clock::nowSecs()), "text/plain; version=0.0.4"};
    });
    // The staff console: static files built into the server (no build step).
    const auto file = [](const QString &path, const char *type) {
        return [path, type](const httplib::Request &, const Caller &) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                throw notFound(QStringLiteral("no such page"));
            return Reply{200, f.readAll(), type};
        };
    };
    add("GET", "/", QStringLiteral("console"), Access::Anyone, file(QStringLiteral(":/console/index.html"), "text/html; charset=utf-8"));
    add("GET", "/console/console.js", QStringLiteral("console"), Access::Anyone, file(QStringLiteral(":/console/console.js"), "text/javascript; charset=utf-8"));
    add("GET", "/console/i18n.js", QStringLiteral("console"), Access::Anyone, file(QStringLiteral(":/console/i18n.js"), "text/javascript; charset=utf-8"));
    add("GET", "/console/phone.js", QStringLiteral("console"), Access::Anyone, file(QStringLiteral(":/console/phone.js"), "text/javascript; charset=utf-8"));
    add("GET", "/console/console.css", QStringLiteral("console"), Access::Anyone, file(QStringLiteral(":/console/console.css"), "text/css; charset=utf-8"));
    add("GET", "/console/favicon.svg", QStringLiteral("console"), Access::Anyone, file(QStringLiteral(":/console/favicon.svg"), "image/svg+xml"));
    add("GET", "/console/call.wav", QStringLiteral("console"), Access::Anyone, file(QStringLiteral(":/console/call.wav"), "audio/wav"));
    // Browsers ask for it before reading the page's icon link.
    add("GET", "/favicon.ico", QStringLiteral("console"), Access::Anyone, file(QStringLiteral(":/console/favicon.svg"), "image/svg+xml"));
}

} // namespace guichet::server
