#include "category.h"

#include "textrules.h"

QString CategoryRules::nameProblem(const QString& name)
{
    if (QString problem = TextRules::problem(name, maxNameLength, true); !problem.isEmpty())
        return problem;
    if (name.contains(pathSeparator))
        return tr("A name cannot hold \"/\": it separates the levels of a category path.");
    return {};
}
