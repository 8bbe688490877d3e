#pragma once

#include <QLoggingCategory>

// One logging category per area, all in one place (after KDE's categories files). Enable one
// with QT_LOGGING_RULES, e.g. "reimagine.providers.debug=true". Nothing logged here ever
// contains an API key.
Q_DECLARE_LOGGING_CATEGORY(lcSchema)     // reimagine.schema
Q_DECLARE_LOGGING_CATEGORY(lcNet)        // reimagine.net
Q_DECLARE_LOGGING_CATEGORY(lcImaging)    // reimagine.imaging
Q_DECLARE_LOGGING_CATEGORY(lcStructure)  // reimagine.structure
Q_DECLARE_LOGGING_CATEGORY(lcProviders)  // reimagine.providers
Q_DECLARE_LOGGING_CATEGORY(lcJobs)       // reimagine.jobs
Q_DECLARE_LOGGING_CATEGORY(lcHistory)    // reimagine.history
Q_DECLARE_LOGGING_CATEGORY(lcPresets)    // reimagine.presets
Q_DECLARE_LOGGING_CATEGORY(lcSession)    // reimagine.session
Q_DECLARE_LOGGING_CATEGORY(lcGui)        // reimagine.gui
Q_DECLARE_LOGGING_CATEGORY(lcCli)        // reimagine.cli
