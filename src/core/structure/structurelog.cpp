#include "structurelog.h"

Q_LOGGING_CATEGORY(lcStructure, "reimagine.structure", QtWarningMsg)
