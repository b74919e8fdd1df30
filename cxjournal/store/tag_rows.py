"""Making the tags an entry is about to carry, on either engine, and finding their ids.

On a server a counter does not see a tag that only hidden entries carry, nor may it insert into
the tag table itself: the tags are made and found by ``cxjournal_tag_ids``, a function that runs
with the tables' owner's rights (``store.server_policies``). Either way a tag typed on two
computers at once is one tag (``INSERT … ON CONFLICT DO NOTHING``, in one order everywhere so two
such inserts never deadlock).
"""

from __future__ import annotations

from cxjournal.store.models import Tag, db, insert_new, on_server


def ensure_tags(names_by_key: dict[str, str]) -> dict[str, int]:
    """The id of the tag of each key, made (with its name) when missing."""
    keys = sorted(names_by_key)
    if on_server():
        rows = db.execute_sql(
            "SELECT tag_key, tag_id FROM cxjournal_tag_ids(%s, %s)",
            ([names_by_key[key] for key in keys], keys),
        )
        return dict(rows.fetchall())
    insert_new(Tag, Tag.key, [{"name": names_by_key[key], "key": key} for key in keys])
    return {tag.key: tag.id for tag in Tag.select(Tag.id, Tag.key).where(Tag.key.in_(keys))}
