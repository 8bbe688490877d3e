#include "crashpoint.h"

#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>

namespace {

struct Armed
{
    QByteArray name;
    int atHit = 1; // "name#N": the N-th time the point is passed
};

Armed armedPoint()
{
    Armed armed;
    const QByteArray value = qgetenv("REIMAGINE_CRASH_AT");
    const qsizetype hash = value.indexOf('#');
    if (hash < 0) {
        armed.name = value;
        return armed;
    }
    armed.name = value.left(hash);
    bool ok = false;
    const int n = value.mid(hash + 1).toInt(&ok);
    armed.atHit = ok && n > 0 ? n : 1;
    return armed;
}

} // namespace

void CrashPoint::hit(const char *name)
{
    static const Armed armed = armedPoint();
    static std::atomic<int> hits{0};
    if (armed.name.isEmpty() || armed.name != name)
        return;
    if (hits.fetch_add(1) + 1 >= armed.atHit)
        std::raise(SIGKILL);
}
