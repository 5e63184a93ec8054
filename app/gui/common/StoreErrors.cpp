#include "gui/common/StoreErrors.h"

namespace kense {

QString StoreErrors::forClerk(const StorageError& error)
{
    if (!error.isFailure())
        return error.message;
    if (error.isLost()) // trying again cannot help
        return tr("Not saved: the desk's database is gone (%1). This is not a refusal by the rules; nothing more can "
                  "be saved until the program is started again.")
            .arg(error.message);
    return tr("Not saved: the desk's database or disk failed (%1). This is not a refusal by the rules; try again, "
              "and if it fails again, call the administrator.")
        .arg(error.message);
}

} // namespace kense
