#include "logging.h"

Q_LOGGING_CATEGORY(lcSchema, "reimagine.schema", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "reimagine.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImaging, "reimagine.imaging", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStructure, "reimagine.structure", QtWarningMsg)
Q_LOGGING_CATEGORY(lcProviders, "reimagine.providers", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJobs, "reimagine.jobs", QtWarningMsg)
Q_LOGGING_CATEGORY(lcHistory, "reimagine.history", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPresets, "reimagine.presets", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSession, "reimagine.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcGui, "reimagine.gui", QtWarningMsg)
Q_LOGGING_CATEGORY(lcCli, "reimagine.cli", QtWarningMsg)
