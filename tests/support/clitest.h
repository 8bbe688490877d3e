#pragma once

// The base of tests that run the real reimagine-cli against the in-process fake provider server:
// an isolated environment, the server (keys set, fal walking IN_QUEUE -> COMPLETED), a white
// sketch, and the CLI processes, killed and deleted after each test. The test's event loop
// keeps running while a CLI works (waitExit() spins it), so the server answers.
// Header-only: REIMAGINE_BIN_DIR comes from the test's own target.

#include "fakeproviderserver.h"
#include "testenvironment.h"

#include <QHash>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QTest>

#include <memory>

class CliTest : public QObject
{
protected:
    // From the test's init(); failures are recorded with QVERIFY.
    void setUpCliTest()
    {
        m_env = std::make_unique<TestEnvironment>();
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_server->setKeys(QStringLiteral("fal-test-key"), QStringLiteral("segmind-test-key"),
                          QStringLiteral("freepik-test-key"));
        m_server->setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
        m_server->setSseIntervalMs(20);
        m_sketch = m_env->path(QStringLiteral("sketch.png"));
        QImage sketch(320, 240, QImage::Format_RGB32);
        sketch.fill(Qt::white);
        QVERIFY(sketch.save(m_sketch));
    }

    // From the test's cleanup().
    void tearDownCliTest()
    {
        for (QProcess *p : std::as_const(m_processes)) {
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
            delete p;
        }
        m_processes.clear();
        m_server.reset();
        m_env.reset();
    }

    // Starts reimagine-cli with `args` in the test's environment and the server's URLs.
    QProcess *startCli(const QStringList &args, const QHash<QString, QString> &extraEnv = {},
                       const QStringList &removeEnv = {})
    {
        auto *process = new QProcess;
        m_processes.append(process);
        QProcessEnvironment env = m_env->processEnvironment();
        for (const auto &pair : m_server->environment())
            env.insert(QString::fromUtf8(pair.first), QString::fromUtf8(pair.second));
        for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it)
            env.insert(it.key(), it.value());
        for (const QString &name : removeEnv)
            env.remove(name);
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(REIMAGINE_BIN_DIR "/reimagine-cli"), args);
        return process;
    }

    // The exit code; -2 when it was killed (a crash point), -1 when it did not end in time.
    int waitExit(QProcess *process, int timeoutMs = 30000)
    {
        if (process->state() != QProcess::NotRunning) {
            QSignalSpy finished(process, &QProcess::finished);
            if (!finished.wait(timeoutMs))
                return -1;
        }
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -2;
    }

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeProviderServer> m_server;
    QString m_sketch;
    QList<QProcess *> m_processes;
};
