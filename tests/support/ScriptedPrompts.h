#pragma once

// The windows' modal questions (Prompts) answered from a script instead of by a person.
#include "gui/common/Prompts.h"

#include <QList>
#include <QPrinter>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace kense::test {

/// In force for as long as it lives (the prompts in force before come back when it ends). Answers what the test
/// queued, in order; with nothing queued a file, a printer or an offer is cancelled, the survey declined, and a
/// confirmation gets the standing answer (no, unless setConfirmAnswer said otherwise). Keeps every question it was
/// asked.
class ScriptedPrompts final : public Prompts
{
public:
    enum class Kind
    {
        Confirm,  ///< the question asked
        Warning,  ///< the message shown
        SaveFile, ///< the file name suggested
        Printer,
        Survey,
        PlaceOffer, ///< the request's number
    };
    struct Asked
    {
        Kind kind;
        QString text;
    };

    ScriptedPrompts()
        : m_previous(&Prompts::instance())
    {
        Prompts::setInstance(this);
    }
    ~ScriptedPrompts() override { Prompts::setInstance(m_previous); }

    void setConfirmAnswer(bool yes) { m_confirm = yes; }
    void queueSaveFileName(const QString& path) { m_files << path; }
    /// The next print goes to a PDF file at `path` (no printer queue runs on the test machine).
    void queuePrintToPdf(const QString& path) { m_printers << path; }
    void queuePrintCancelled() { m_printers << std::nullopt; }
    void queueSurveyAnswers(int quality, int information) { m_surveys << std::pair{quality, information}; }
    void queuePlaceOffer(const QString& kindergarten, const QString& group = QString(), const QDate& answerBy = {})
    {
        m_offers << kense::PlaceOffer{kindergarten, group, answerBy};
    }

    const QList<Asked>& asked() const { return m_asked; }
    qsizetype count(Kind kind) const
    {
        return std::count_if(m_asked.begin(), m_asked.end(), [kind](const Asked& a) { return a.kind == kind; });
    }
    /// What the last question of `kind` said (empty: none was asked).
    QString last(Kind kind) const
    {
        for (auto it = m_asked.rbegin(); it != m_asked.rend(); ++it) {
            if (it->kind == kind)
                return it->text;
        }
        return {};
    }

    bool confirm(QWidget*, const QString&, const QString& question) override
    {
        m_asked << Asked{Kind::Confirm, question};
        return m_confirm;
    }
    void warn(QWidget*, const QString&, const QString& message) override { m_asked << Asked{Kind::Warning, message}; }
    QString saveFileName(QWidget*, const QString&, const QString& suggested, const QString&) override
    {
        m_asked << Asked{Kind::SaveFile, suggested};
        return m_files.isEmpty() ? QString() : m_files.takeFirst();
    }
    bool choosePrinter(QWidget*, QPrinter& printer) override
    {
        m_asked << Asked{Kind::Printer, {}};
        const std::optional<QString> pdf = m_printers.isEmpty() ? std::nullopt : m_printers.takeFirst();
        if (!pdf)
            return false;
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(*pdf);
        return true;
    }
    std::optional<std::pair<int, int>> surveyAnswers(QWidget*) override
    {
        m_asked << Asked{Kind::Survey, {}};
        return m_surveys.isEmpty() ? std::nullopt : std::optional{m_surveys.takeFirst()};
    }

    std::optional<kense::PlaceOffer> placeOffer(QWidget*, const QString& number) override
    {
        m_asked << Asked{Kind::PlaceOffer, number};
        return m_offers.isEmpty() ? std::nullopt : std::optional{m_offers.takeFirst()};
    }

private:
    Prompts* m_previous;
    bool m_confirm = false;
    QStringList m_files;
    QList<std::optional<QString>> m_printers;
    QList<std::pair<int, int>> m_surveys;
    QList<kense::PlaceOffer> m_offers;
    QList<Asked> m_asked;
};

} // namespace kense::test
