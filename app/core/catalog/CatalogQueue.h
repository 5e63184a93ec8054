#pragma once

#include "ServiceVariant.h"
#include "common/JsonNode.h"

namespace kense {

/// Reads a service's "queue" object: the fields that place a child in a waiting list and the priorities, each checked
/// against the variant's form (an unknown field, a field of the wrong type, a choice the field does not have, a choice
/// in two priorities, a proof that is not a document of the package) with its JSON path.
///   "queue": {"child": "subject.child_iin", "group": "subject.group_kind", "year": "subject.desired_year",
///             "priority": "subject.benefit", "proof": "benefit_proof",
///             "priorities": [{"rank": 1, "values": ["large_family", …], "ref": "…"}]}
QueueRules readQueueRules(const JsonNode& node, const ServiceVariant& variant);

} // namespace kense
