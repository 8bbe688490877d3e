#pragma once
#include "jobs/job.h" // a provider reaching up into jobs: a violation
