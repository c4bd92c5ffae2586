// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-bench-minimal: one window, one Text. It prints the same first-frame line as the
// kiosk's --bench-probe, so guichet-bench can say how far the kiosk is from Qt Quick's floor.
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>

#include <sys/resource.h>

#include <atomic>
#include <chrono>

namespace {

// Shown fullscreen, as the kiosk is, so both draw the same number of pixels.
constexpr char kMainQml[] = R"(
import QtQuick
Window {
    width: 1080
    height: 1920
    visible: true
    Text {
        anchors.centerIn: parent
        text: "Bonjour"
        font.pixelSize: 48
    }
}
)";

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kB on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    const auto started = std::chrono::steady_clock::now(); // as in guichet-kiosk's main()
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.loadData(QByteArray(kMainQml));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        QTextStream(stderr) << "guichet-bench-minimal: the window did not load\n";
        return 1;
    }
    // frameSwapped may come from the render thread: time it there, print and quit here.
    std::atomic<bool> seen{false};
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&seen, started, window] {
        if (seen.exchange(true))
            return;
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
        QMetaObject::invokeMethod(window, [ms] {
            QTextStream(stdout) << "probe: first_frame_ms=" << QString::number(ms, 'f', 1)
                                << " peak_rss_mb=" << QString::number(peakRssMb(), 'f', 1) << Qt::endl;
            QCoreApplication::exit(0);
        }, Qt::QueuedConnection);
    }, Qt::DirectConnection);
    window->showFullScreen();
    return QGuiApplication::exec();
}
