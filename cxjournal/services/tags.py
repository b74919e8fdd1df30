"""Tags as a whole: each with how many entries carry it, renaming one, and merging one into another.

Two names are the same tag when they differ only in case or accents (``entries.tag_key``), so
renaming a tag to a name another tag already has merges the two. Every entry whose tags change is
indexed again, so that search finds it by its new tag.
"""

from __future__ import annotations

from typing import NamedTuple

from peewee import JOIN, fn

from cxjournal.errors import NotFoundError, ValidationError
from cxjournal.i18n import tr
from cxjournal.names import sort_key
from cxjournal.services.common import action
from cxjournal.services.entries import clean_tag, tag_key, tags_by_key
from cxjournal.store import search
from cxjournal.store.models import Entry, EntryTag, Tag


class TagCount(NamedTuple):
    name: str
    entries: int  # entries not in the trash that carry it


def tag_counts() -> list[TagCount]:
    """Every tag, alphabetically (accents and case ignored), with how many entries carry it."""
    live = (EntryTag.entry == Entry.id) & Entry.deleted_at.is_null()
    query = (
        Tag.select(Tag.name, fn.COUNT(Entry.id).alias("uses"))
        .join(EntryTag, on=EntryTag.tag == Tag.id, join_type=JOIN.LEFT_OUTER)
        .join(Entry, on=live, join_type=JOIN.LEFT_OUTER)
        .group_by(Tag.id, Tag.name)
    )
    return sorted((TagCount(t.name, t.uses) for t in query), key=lambda t: sort_key(t.name))


def _existing(name: str) -> Tag:
    tag = tags_by_key().get(tag_key(clean_tag(name or "")))
    if tag is None:
        raise NotFoundError(tr("There is no tag called “{name}”.").format(name=name))
    return tag


def _tagged(tag: Tag) -> list[int]:
    return [row.entry_id for row in EntryTag.select(EntryTag.entry).where(EntryTag.tag == tag)]


def _merge(source: Tag, target: Tag) -> list[int]:
    """Move ``source``'s entries to ``target`` and drop ``source``; returns the entries moved."""
    moved = _tagged(source)
    already = set(_tagged(target))
    EntryTag.delete().where(EntryTag.tag == source).execute()
    for entry_id in moved:
        if entry_id not in already:
            EntryTag.create(entry=entry_id, tag=target)
    source.delete_instance()
    return moved


@action
def rename_tag(old: str, new: str) -> Tag:
    """Rename a tag on every entry; when another tag already has the new name (case and accents
    aside), the two become one, under that tag's spelling."""
    tag = _existing(old)
    name = clean_tag(new or "")
    if not name:
        raise ValidationError(tr("{label} cannot be empty.").format(label=tr("Tag")), field="tag")
    other = tags_by_key().get(tag_key(name))
    if other is not None and other.id != tag.id:
        search.reindex_entries(_merge(tag, other))
        return other
    tag.name, tag.key = name, tag_key(name)  # the same tag: perhaps only case or accents change
    tag.save()
    search.reindex_entries(_tagged(tag))
    return tag


@action
def merge_tags(source: str, target: str) -> Tag:
    """Put ``target`` on every entry tagged ``source``, and remove ``source``."""
    tag, into = _existing(source), _existing(target)
    if tag.id == into.id:
        raise ValidationError(
            tr("“{a}” and “{b}” are already the same tag.").format(a=source, b=target)
        )
    search.reindex_entries(_merge(tag, into))
    return into


def tagged_entries(name: str) -> list[int]:
    """The entries ``name`` is on (the trash included), for an undo to put it back on them."""
    return sorted(_tagged(_existing(name)))


@action
def split_tag(name: str, out_of: str, entry_ids: list[int], keep: list[int]) -> Tag:
    """Undo a merge of ``name`` into ``out_of``: ``name`` again on ``entry_ids``, and ``out_of``
    left only where it was before (``keep``). A tag named ``name`` made meanwhile is used as is."""
    into = _existing(out_of)
    clean = clean_tag(name or "")
    tag = tags_by_key().get(tag_key(clean)) or Tag.create(name=clean, key=tag_key(clean))
    if tag.id == into.id:
        raise ValidationError(
            tr("“{a}” and “{b}” are already the same tag.").format(a=name, b=out_of)
        )
    had = set(_tagged(tag))
    present = {e.id for e in Entry.select(Entry.id).where(Entry.id.in_(list(entry_ids)))}
    for entry_id in sorted(present - had):
        EntryTag.create(entry=entry_id, tag=tag)
    leave = sorted(present - set(keep))
    if leave:
        EntryTag.delete().where(EntryTag.tag == into, EntryTag.entry.in_(leave)).execute()
    search.reindex_entries(sorted(present))
    return tag
