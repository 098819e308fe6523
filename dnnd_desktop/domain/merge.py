"""Merge rules for synced records, on plain dicts (no database). docs/sync.md explains them.

A record state is a dict:

    {"fields":   {field: value},                    # JSON-form values (dates as ISO text)
     "stamps":   {field: [counter, site], "__deleted__": [counter, site]},
     "version":  {site: counter},                   # every write this state has seen, per site
     "deleted":  bool,
     "merged_into_id": str | None,
     "siblings": {field: [entry, ...]}}             # open conflicts: every live value of the field

and an entry is {"value": v, "stamp": [counter, site], ...display metadata (office_id, user, at)}.

Each field is a multi-value register whose causal context is the record's version vector. A write
(counter, site) is *covered* by a version vector V when V[site] >= counter: that state has seen it.
Joining two states keeps a value when both states hold it, or when the other state has not seen it;
a value the other state has seen but no longer holds was overwritten there. More than one value left
means concurrent writes: a conflict, kept with all values. The provisional winner (shown until a
person picks) is the value with the highest (counter, site) stamp, so the result does not depend on
the order of the joins. The join is commutative, associative and idempotent: every order of importing
the same changesets ends in the same state, and importing one twice changes nothing.

Deletion is the register "__deleted__", written by every write to the record: True by a delete, False
by any edit ("this record exists"). Without concurrency it holds one value at the record's latest
stamp. A delete and an edit that had not seen each other both survive the join: a delete-vs-edit
conflict. The provisional outcome is "deleted" (personal data stays wiped until a person decides).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any

DELETED = "__deleted__"

EQUAL, BEFORE, AFTER, CONCURRENT = "equal", "before", "after", "concurrent"

Stamp = tuple[int, str]
# States and entries travel as JSON in changesets (see the module text for their shape), so their
# values stay Any; these names say which of the two a dict is.
State = dict[str, Any]
Entry = dict[str, Any]
StampList = list[Any]  # [counter, site], as stored in JSON


def stamp_key(stamp: Iterable[Any] | None) -> Stamp:
    """Total order of stamps: counter first, then site id (ties between sites broken by the id)."""
    if not stamp:
        return (0, "")
    c, s = stamp
    return (int(c), str(s))


def covers(version: Mapping[str, int], stamp: Iterable[Any]) -> bool:
    """Has a state with this version vector seen the write with this stamp?"""
    c, s = stamp
    return int(version.get(s, 0)) >= int(c)


def compare_versions(a: Mapping[str, int], b: Mapping[str, int]) -> str:
    """EQUAL, BEFORE (a happened before b), AFTER, or CONCURRENT."""
    a_le = all(v <= b.get(k, 0) for k, v in a.items())
    b_le = all(v <= a.get(k, 0) for k, v in b.items())
    if a_le and b_le:
        return EQUAL
    if a_le:
        return BEFORE
    if b_le:
        return AFTER
    return CONCURRENT


def join_versions(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, v in b.items():
        if v > out.get(k, 0):
            out[k] = v
    return out


def meet_versions(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    """Pointwise minimum (what both vectors cover)."""
    out = {}
    for k, v in a.items():
        m = min(v, b.get(k, 0))
        if m > 0:
            out[k] = m
    return out


def exceeds(version: Mapping[str, int], base: Mapping[str, int]) -> bool:
    """Does the version hold a write that `base` does not cover?"""
    return any(v > base.get(k, 0) for k, v in version.items())


def pack_stamps(stamps: Mapping[str, Any]) -> list[Any] | dict[str, Any]:
    """The stored (compact) form of a record's field stamps: one group per write, each site id once.

        [[site, ...], [counter, site_index, field, field, ...], ...]

    A record written once (the common case) stores its site id once and each field name once,
    instead of repeating "[counter, site id]" per field: about a quarter of the size. Empty stamps
    stay {}. The merge rules work on the unpacked dict ({field: [counter, site]})."""
    if not stamps:
        return {}
    sites: list[str] = []
    index: dict[str, int] = {}
    groups: dict[tuple[int, int], list[str]] = {}
    for f, (c, s) in stamps.items():
        i = index.get(s)
        if i is None:
            i = index[s] = len(sites)
            sites.append(s)
        groups.setdefault((int(c), i), []).append(f)
    return [sites, *([c, i, *sorted(fs)] for (c, i), fs in sorted(groups.items()))]


def unpack_stamps(stored: Any) -> dict[str, StampList]:
    """{field: [counter, site]} from the stored form: the compact list (pack_stamps) or the dict
    written before it (rows of older databases are read as they are, never rewritten for this)."""
    if not stored:
        return {}
    if isinstance(stored, dict):
        return {k: [v[0], v[1]] for k, v in stored.items()}
    sites = stored[0]
    out: dict[str, StampList] = {}
    for g in stored[1:]:
        c, s = g[0], sites[g[1]]
        for f in g[2:]:
            out[f] = [c, s]
    return out


def _entry_key(e: Mapping[str, Any]) -> tuple[Stamp, str]:
    return (stamp_key(e["stamp"]), json.dumps(e.get("value"), sort_keys=True, default=str))


def sort_entries(entries: Iterable[Entry]) -> list[Entry]:
    """Highest stamp first: index 0 is the provisional winner."""
    return sorted(entries, key=_entry_key, reverse=True)


def field_live(state: Mapping[str, Any], f: str, meta: Mapping[str, Any] | None = None) -> list[Entry]:
    """The live values of a data field. Stored siblings count only while they still contain the
    current stamp; a later local edit (which saw them all) makes them stale."""
    stamp = state["stamps"].get(f)
    if stamp is None:
        return []
    sib = (state.get("siblings") or {}).get(f)
    if sib and any(stamp_key(e["stamp"]) == stamp_key(stamp) for e in sib):
        return [dict(e) for e in sib]
    return [{"value": state["fields"].get(f), "stamp": list(stamp), **(meta or {})}]


def latest_stamp(version: Mapping[str, int]) -> StampList:
    """The stamp of the latest write a state has seen: with Lamport counters, a local write always
    carries the highest stamp of its record."""
    if not version:
        return [0, ""]
    c, site = max(((int(c), str(site)) for site, c in version.items()))
    return [c, site]


def deleted_live(state: Mapping[str, Any], meta: Mapping[str, Any] | None = None) -> list[Entry]:
    """Live values of the "__deleted__" register. Every write to a record writes this register too
    (False for an edit, True for a delete), so without concurrency it holds one value at the
    record's latest stamp. Stored siblings count while they contain that stamp (a later write, which
    saw them all, makes them stale)."""
    top = latest_stamp(state["version"])
    sib = (state.get("siblings") or {}).get(DELETED)
    if sib and any(stamp_key(e["stamp"]) == stamp_key(top) for e in sib):
        return [dict(e) for e in sib]
    return [{"value": bool(state.get("deleted")), "stamp": top, **(meta or {})}]


def join_live(left: list[Entry], lv: Mapping[str, int], right: list[Entry], rv: Mapping[str, int]) -> list[Entry]:
    """Join of two multi-value registers with their causal contexts (the record version vectors)."""
    lkeys = {_entry_key(e) for e in left}
    rkeys = {_entry_key(e) for e in right}
    out = [e for e in left if _entry_key(e) in rkeys or not covers(rv, e["stamp"])]
    out += [e for e in right if _entry_key(e) not in lkeys and not covers(lv, e["stamp"])]
    return sort_entries(out)


@dataclass
class MergeResult:
    state: State
    changed: bool
    opened: set[str] = dc_field(default_factory=set)     # fields whose conflict is new or has new values
    closed: set[str] = dc_field(default_factory=set)     # fields whose conflict went away
    conflicts: set[str] = dc_field(default_factory=set)  # fields in conflict after the merge


def is_conflict(entries: Iterable[Mapping[str, Any]] | None) -> bool:
    """Several live values that differ. Concurrent writes of the same value are kept as siblings (the
    join needs them) but ask nobody to choose."""
    values = {json.dumps(e.get("value"), sort_keys=True, default=str) for e in (entries or ())}
    return len(values) >= 2


def open_conflicts(state: Mapping[str, Any]) -> dict[str, list[Entry]]:
    """{field: live values} for the fields of a state that need a person to choose."""
    st = normalise_state(state)
    return {f: v for f, v in st["siblings"].items() if is_conflict(v)}


def canonical(state: Mapping[str, Any]) -> State:
    """The replicated part of a state, for equality (display metadata of siblings left out)."""
    return {
        "fields": dict(state["fields"]),
        "stamps": {k: list(stamp_key(v)) for k, v in state["stamps"].items()},
        "version": dict(state["version"]),
        "deleted": bool(state.get("deleted")),
        "merged_into_id": state.get("merged_into_id"),
        "siblings": {f: [[e.get("value"), list(stamp_key(e["stamp"]))] for e in sort_entries(v)]
                     for f, v in (state.get("siblings") or {}).items() if v},
    }


def normalise_state(state: Mapping[str, Any]) -> State:
    """Drop stale siblings (see field_live) so two equal states compare equal."""
    sib = {}
    for f in (state.get("siblings") or {}):
        if f == DELETED:
            live = deleted_live(state)
        else:
            live = field_live(state, f)
        if len(live) >= 2:
            sib[f] = sort_entries(live)
    return {**state, "siblings": sib}


def merge(local: Mapping[str, Any] | None, incoming: Mapping[str, Any], *,
          personal: Iterable[str] = (), wiped: Mapping[str, Any] | None = None,
          local_meta: Mapping[str, Any] | None = None,
          incoming_meta: Mapping[str, Any] | None = None) -> MergeResult:
    """Join a local state with an incoming one. `personal` fields are shown wiped (`wiped[f]`, else
    None) while a tombstone holds a conflict on them. `*_meta` is display metadata (office_id, user,
    at) given to values that do not carry their own."""
    incoming = normalise_state(incoming)
    if local is None:
        state = _mask(dict(incoming), set(personal), wiped or {})
        conflicts = set(open_conflicts(state))
        return MergeResult(state, True, opened=set(conflicts), conflicts=conflicts)
    local = normalise_state(local)
    lv, iv = local["version"], incoming["version"]
    if compare_versions(iv, lv) == EQUAL:  # the same set of writes seen: the same state
        return MergeResult(dict(local), False, conflicts=set(open_conflicts(local)))

    fields_out: dict[str, Any] = {}
    stamps_out: dict[str, StampList] = {}
    siblings: dict[str, list[Entry]] = {}
    names = (set(local["fields"]) | set(incoming["fields"]) | set(local["stamps"]) | set(incoming["stamps"]))
    names.discard(DELETED)
    for f in sorted(names):
        live = join_live(field_live(local, f, local_meta), lv, field_live(incoming, f, incoming_meta), iv)
        if not live:  # never written on either side: keep the local default
            fields_out[f] = local["fields"].get(f, incoming["fields"].get(f))
            continue
        fields_out[f] = live[0]["value"]
        stamps_out[f] = list(live[0]["stamp"])
        if len(live) >= 2:
            siblings[f] = live

    dlive = join_live(deleted_live(local, local_meta), lv, deleted_live(incoming, incoming_meta), iv)
    trues = [e for e in dlive if e["value"] is True]
    deleted = bool(trues)
    merged_into = None
    if deleted:
        sides = [x for x in (local, incoming) if x.get("deleted")]
        side = max(sides, key=lambda x: (stamp_key(x["stamps"].get(DELETED)), x.get("merged_into_id") or ""))
        if side["stamps"].get(DELETED):
            stamps_out[DELETED] = list(side["stamps"][DELETED])
        merged_into = side.get("merged_into_id")
    else:
        cands = [s["stamps"].get(DELETED) for s in (local, incoming) if s["stamps"].get(DELETED)]
        if cands:
            stamps_out[DELETED] = list(max(cands, key=stamp_key))

    if len(dlive) >= 2:
        siblings[DELETED] = dlive
    state = {
        "fields": fields_out, "stamps": stamps_out, "version": join_versions(lv, iv),
        "deleted": deleted, "merged_into_id": merged_into, "siblings": siblings,
    }
    state = _mask(state, set(personal), wiped or {})
    before = canonical(local)
    after = canonical(state)
    old_c = {f: v for f, v in before["siblings"].items() if is_conflict({"value": e[0]} for e in v)}
    new_c = {f: v for f, v in after["siblings"].items() if is_conflict({"value": e[0]} for e in v)}
    opened = {f for f in new_c if old_c.get(f) != new_c[f]}
    closed = {f for f in old_c if f not in new_c}
    return MergeResult(state, before != after, opened, closed, set(new_c))


def _mask(state: State, personal: set[str], wiped: Mapping[str, Any]) -> State:
    if state.get("deleted"):
        for f in state["siblings"]:
            if f in personal:
                state["fields"][f] = wiped.get(f)
    return state
