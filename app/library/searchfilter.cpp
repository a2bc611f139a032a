#include "searchfilter.h"

namespace loopcraft {

void SearchFilter::applyTo(Query &query) const
{
    using Kind = QueryAtom::Kind;
    auto add = [&query](Kind kind, const QString &text = {}) {
        QueryAtom atom;
        atom.kind = kind;
        atom.text = text;
        query.atoms.push_back(atom);
    };
    if (!category.isEmpty())
        add(Kind::Category, category);
    if (difficulty)
        add(Kind::Difficulty, difficultyId(*difficulty));
    if (!tag.isEmpty())
        add(Kind::Tag, tag.toLower());
    switch (status) {
    case Status::Any:
        break;
    case Status::Bookmarked:
        add(Kind::Bookmarked);
        break;
    case Status::Due:
        add(Kind::Due);
        break;
    case Status::New:
        add(Kind::New);
        break;
    case Status::Learning:
        add(Kind::Learning);
        break;
    case Status::Review:
        add(Kind::Review);
        break;
    }
}

} // namespace loopcraft
