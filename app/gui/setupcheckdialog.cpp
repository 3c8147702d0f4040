// SPDX-License-Identifier: MIT
#include "setupcheckdialog.h"

#include "buildinfo.h"
#include "tokenstore.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QLabel *makeLineLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // it quotes the provider
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus); // screen-reader users reach each line with Tab
    return label;
}

} // namespace

SetupCheckDialog::SetupCheckDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_timer(new QTimer(this))
    , m_intro(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyLabel(new QLabel(this))
    , m_list(new QWidget)
    , m_listLayout(new QVBoxLayout(m_list))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("setupCheckDialog"));
    m_intro->setObjectName(QStringLiteral("setupCheckIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_busy->setObjectName(QStringLiteral("setupCheckBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busyLabel->setObjectName(QStringLiteral("setupCheckBusyLabel"));
    m_summary->setObjectName(QStringLiteral("setupCheckSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setWeight(QFont::DemiBold);
    m_summary->setFont(bold);
    m_list->setObjectName(QStringLiteral("setupCheckList"));
    m_listLayout->setSpacing(6);
    m_listLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("setupCheckScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_list);

    m_again = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_again->setObjectName(QStringLiteral("checkAgainButton"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setDefault(true);
    connect(m_again, &QPushButton::clicked, this, &SetupCheckDialog::start);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);

    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_busy, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(busyRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SetupCheckDialog::showTimedOut);

    resize(640, 560);
    retranslateUi();
}

SetupCheckDialog::~SetupCheckDialog() = default;

void SetupCheckDialog::start()
{
    stop();
    m_timedOut = false;
    m_tokens = std::make_unique<Logto::TokenStore>(QString::fromLatin1(BuildInfo::AppId));
    // A keychain waiting on an invisible unlock prompt must not hold the checklist for long.
    m_tokens->setTimeout(std::chrono::seconds(5));
    m_check = std::make_unique<Logto::SetupCheck>(m_settings.endpoint, m_settings.appId, m_tokens.get());
    m_check->setNetworkTimeout(m_networkTimeout);
    m_check->setScopes(m_settings.scopes);
    m_check->setResources(m_settings.resources);
    m_timer->start(m_deadline);
    retranslateUi();
    // Queued: results that came at once must not arrive before the caller's next line.
    const quint64 run = ++m_run;
    QTimer::singleShot(0, m_check.get(), [this, run] {
        m_check->run([this, run](const Logto::SetupCheck::Results &results) {
            // Leave the check's own call stack before it is destroyed.
            QTimer::singleShot(0, this, [this, run, results] {
                if (run == m_run && isRunning())
                    showResults(results);
            });
        });
    });
}

void SetupCheckDialog::stop()
{
    m_timer->stop();
    m_tokens.reset(); // first: it drops the callbacks into the check
    m_check.reset();
}

void SetupCheckDialog::showResults(const Logto::SetupCheck::Results &results)
{
    stop();
    m_results = results;
    while (QLayoutItem *item = m_listLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Logto::SetupCheckResult &result : results) {
        QLabel *line = makeLineLabel(Logto::SetupCheck::line(result), m_list);
        line->setObjectName(QStringLiteral("check_") + result.id);
        //: For screen readers: a check's title, then passed / failed / note / not checked.
        line->setAccessibleName(tr("%1: %2").arg(result.title, statusWord(result.status)));
        line->setAccessibleDescription(Logto::SetupCheck::printable(result.detail));
        m_listLayout->addWidget(line);
        if (const QString fix = Logto::SetupCheck::fixLine(result); !fix.isEmpty()) {
            QLabel *fixLabel = makeLineLabel(fix, m_list);
            fixLabel->setObjectName(QStringLiteral("fix_") + result.id);
            fixLabel->setContentsMargins(24, 0, 0, 0); // under its check, as doctor indents it
            fixLabel->setAccessibleName(tr("How to fix: %1").arg(result.title));
            fixLabel->setAccessibleDescription(fix);
            m_listLayout->addWidget(fixLabel);
        }
    }
    m_listLayout->addStretch(1);
    retranslateUi();
    Q_EMIT checksFinished();
}

void SetupCheckDialog::showTimedOut()
{
    stop();
    m_timedOut = true;
    retranslateUi();
    Q_EMIT checksFinished();
}

QString SetupCheckDialog::statusWord(Logto::SetupCheckResult::Status status)
{
    switch (status) {
    case Logto::SetupCheckResult::Status::Passed:
        return tr("passed");
    case Logto::SetupCheckResult::Status::Failed:
        return tr("failed");
    case Logto::SetupCheckResult::Status::Note:
        return tr("note");
    case Logto::SetupCheckResult::Status::Skipped:
        break;
    }
    return tr("not checked");
}

void SetupCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SetupCheckDialog::retranslateUi()
{
    setWindowTitle(tr("Check setup"));
    //: %1 is the Logto endpoint, %2 the app ID.
    m_intro->setText(tr("The same checks as logto-signin doctor, for %1 with the app ID %2. No browser is opened.")
                         .arg(m_settings.endpoint, m_settings.appId));
    const bool running = isRunning();
    m_busy->setVisible(running);
    m_busyLabel->setVisible(running);
    m_busyLabel->setText(tr("Checking…"));
    m_busy->setAccessibleName(tr("Checking…"));
    QString summary;
    if (m_timedOut) {
        const int seconds = static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(m_deadline).count());
        summary = tr("The checks did not finish in the time allowed (%1 seconds).").arg(std::max(seconds, 1));
    } else if (!running && !m_results.isEmpty()) {
        summary = Logto::SetupCheck::summary(m_results);
    }
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    m_again->setText(tr("Check again"));
    m_again->setEnabled(!running);
    // Qt's own catalogue has no Thai: the dialog names its buttons itself.
    m_close->setText(tr("Close"));
}
