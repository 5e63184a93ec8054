#pragma once

#include "gui/queue/PlaceOfferDialog.h"

#include <QString>

#include <optional>
#include <utility>

class QPrinter;
class QWidget;

namespace kense {

/// The modal questions the windows ask a person, in one place: a yes or no before what cannot be undone, a
/// warning, a file to save to, a printer, the applicant's survey, and the place offered to a child. This class asks
/// them with the real QMessageBox, QFileDialog, QPrintDialog and the survey dialog; tests put their own answers in with
/// setInstance (ScriptedPrompts in tests/support). The texts shown are the caller's, translated in the caller's
/// context.
class Prompts
{
    Q_DISABLE_COPY_MOVE(Prompts)

public:
    Prompts() = default;
    virtual ~Prompts() = default;

    /// Asks `question` under `title`; true for Yes.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& question);
    /// Tells of a failure the person must know of (a setting that could not be saved), with an OK button.
    virtual void warn(QWidget* parent, const QString& title, const QString& message);
    /// Asks where to save a file, starting at `suggested`; empty when cancelled.
    virtual QString saveFileName(QWidget* parent, const QString& caption, const QString& suggested,
                                 const QString& filter);
    /// Asks which printer to use and sets `printer` up; false when cancelled.
    virtual bool choosePrinter(QWidget* parent, QPrinter& printer);
    /// Asks the applicant the quality survey (seed 001): the answers (1–3 each), or nullopt when declined.
    virtual std::optional<std::pair<int, int>> surveyAnswers(QWidget* parent);
    /// Asks which kindergarten (and group) offers the child of request `number` a place; nullopt when cancelled.
    virtual std::optional<PlaceOffer> placeOffer(QWidget* parent, const QString& number);

    /// The prompts in force for the whole process: the real dialogs unless a test put its own in.
    static Prompts& instance();
    /// Puts `prompts` in force (not owned; it must outlive its use); nullptr puts the real dialogs back.
    static void setInstance(Prompts* prompts);
};

} // namespace kense
