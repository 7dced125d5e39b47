#pragma once

/// The umbrella header: everything a host program needs.
#include "rapport/crm.hpp"
#include "rapport/error.hpp"
#include "rapport/model/actor.hpp"
#include "rapport/model/client.hpp"
#include "rapport/model/ids.hpp"
#include "rapport/model/interaction.hpp"
#include "rapport/model/money.hpp"
#include "rapport/model/note.hpp"
#include "rapport/model/staff.hpp"
#include "rapport/model/time.hpp"
#include "rapport/model/validate.hpp"
#include "rapport/store/store.hpp"
#include "rapport/version.hpp"
