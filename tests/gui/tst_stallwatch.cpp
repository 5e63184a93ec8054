#include "gui/StallWatch.h"

#include <QTest>
#include <QThread>

using namespace kense;

class TestStallWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockedUiThread_isMeasured()
    {
        StallWatch watch(nullptr, 20, 100);
        QTest::qWait(100);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("the UI thread stalled for \\d+ ms")));
        QThread::msleep(400); // what a synchronous disk wait would do
        QTest::qWait(60);
        QVERIFY2(watch.longestStallMs() >= 350, qPrintable(QString::number(watch.longestStallMs())));
    }
};

QTEST_MAIN(TestStallWatch)
#include "tst_stallwatch.moc"
