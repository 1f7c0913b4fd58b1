#include "schema.h"

const QList<SchemaStep>& schemaSteps()
{
    static const QList<SchemaStep> steps = {
        {1, "every table of the back-office", &schemaV1},
        {2, "catalogue, suppliers and customers", &schemaV2, &applyV2, true},
        {3, "kept counts of customers and suppliers; staff password changes and locks", &schemaV3, &applyV3},
    };
    return steps;
}
