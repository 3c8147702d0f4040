// SPDX-License-Identifier: MIT
// The floor for cold start and memory: a bare Qt Widgets window (one label, the app window's
// default size), built with the same compiler flags as the app. Prints when its first frame is
// out and its peak RSS, then quits.
#include "frameprobe.h"

#include <QJsonObject>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    Bench::Marks::start();
    Bench::Marks marks;
    Bench::BenchApplication app(argc, argv);
    marks.mark("qapplication");
    QWidget window;
    window.setWindowTitle(u"Bare"_s);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(new QLabel(u"Logto Sign-in"_s));
    window.resize(720, 620); // MainWindow's default size

    bool framed = false;
    app.watch(&window, [&](qint64 ns) {
        if (framed)
            return;
        framed = true;
        Bench::report({{u"e"_s, u"first_frame"_s}, {u"t"_s, ns}});
        Bench::report({{u"e"_s, u"exit"_s},
                       {u"peak_rss_kib"_s, Bench::statusKiB("VmHWM")},
                       {u"rss_kib"_s, Bench::statusKiB("VmRSS")}});
        if (qEnvironmentVariableIsSet("BENCH_SMAPS"))
            Bench::report({{u"e"_s, u"smaps"_s}, {u"kib"_s, Bench::residentByMapping()}});
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    });
    window.show();
    marks.mark("show");
    marks.report();
    return app.exec();
}
