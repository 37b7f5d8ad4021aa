#include "core/util/civil_date.h"
