#pragma once
#include "widgets/view.h" // core including the GUI: a violation
