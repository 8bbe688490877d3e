#pragma once

#include <QLoggingCategory>

// Sketch clean-up, structure maps and scores: "reimagine.structure" (warnings by default).
Q_DECLARE_LOGGING_CATEGORY(lcStructure)
