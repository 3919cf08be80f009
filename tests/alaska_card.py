"""The package of issue 13 in the demo dossier: Alaska LNG given for tariff relief. It breaks
the absolute red line "Alaska LNG is not a card for tariffs" yet scores well for us."""

from __future__ import annotations

from negoprep.records import model
from negoprep.records.editing import package_item_id
from negoprep.store.store import Store

#: the package's id and name (the same in the English and the Korean demo)
PACKAGE_ID = "p-issue-13-alaska-for-tariffs"
NAME = "Alaska LNG for tariff relief"


def add_alaska_for_tariffs(store: Store, dossier_id: str, *, card_role: str = "give") -> model.Package:
    """Add the package: the demo's "not a card" item in `card_role`, every tariff item got."""
    content = store.content(dossier_id)
    assert content is not None
    card = next(r.rule for r in content.red_lines if r.rule["kind"] == "not_a_card")
    tariffs = card["against_tracks"][0]
    gets = [i.id for i in content.agenda_items if i.track_id == tariffs]
    roles = [(card["item"], card_role)] + [(i, "get") for i in gets]
    items = [
        model.PackageItem(id=package_item_id(PACKAGE_ID, item), dossier_id=dossier_id, package_id=PACKAGE_ID,
                          agenda_item_id=item, role=role, position=n)
        for n, (item, role) in enumerate(roles)
    ]  # fmt: skip
    return store.put(model.Package(id=PACKAGE_ID, dossier_id=dossier_id, name=NAME, origin="theirs", items=items))
