"""Pure merge rules (dnnd_desktop.domain.merge): field-by-field joins, conflicts, delete vs edit,
and convergence whatever the order (hypothesis drives random histories over simulated sites)."""
from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd_desktop.domain import merge as m

PERSONAL = {"name"}


class Site:
    """A minimal replica: Lamport counter and record states, writing the way RecordWriter does."""

    def __init__(self, sid: str):
        self.sid, self.counter, self.records = sid, 0, {}

    def tick(self) -> int:
        self.counter += 1
        return self.counter

    def create(self, rid: str, **fields):
        c = self.tick()
        self.records[rid] = {"fields": dict(fields), "stamps": {f: [c, self.sid] for f in fields},
                             "version": {self.sid: c}, "deleted": False, "merged_into_id": None,
                             "siblings": {}}

    def update(self, rid: str, **fields):
        s = self.records[rid]
        if s["deleted"]:
            return
        c = self.tick()
        for f, v in fields.items():
            s["fields"][f] = v
            s["stamps"][f] = [c, self.sid]
        s["version"][self.sid] = c

    def delete(self, rid: str):
        s = self.records[rid]
        if s["deleted"]:
            return
        c = self.tick()
        for f in PERSONAL:
            if s["fields"].get(f) is not None:
                s["fields"][f] = None
                s["stamps"][f] = [c, self.sid]
        s["deleted"] = True
        s["stamps"][m.DELETED] = [c, self.sid]
        s["version"][self.sid] = c

    def resolve(self, rid: str, f: str, keep: int):
        """What ConflictService does: the chosen value as a new write that saw every value."""
        s = self.records[rid]
        sib = m.open_conflicts(s).get(f)
        if not sib:
            return
        c = self.tick()
        chosen = sib[keep % len(sib)]
        if f == m.DELETED:
            s["deleted"] = bool(chosen["value"])
        else:
            s["fields"][f] = chosen["value"]
        s["stamps"][f] = [c, self.sid]
        s["version"][self.sid] = c
        s["siblings"].pop(f, None)

    def receive(self, states: dict):
        for rid, inc in states.items():
            self.observe(inc)
            res = m.merge(self.records.get(rid), inc, personal=PERSONAL)
            self.records[rid] = res.state

    def observe(self, state):
        for c in state["version"].values():
            self.counter = max(self.counter, c)

    def snapshot(self) -> dict:
        return {rid: _copy(s) for rid, s in self.records.items()}

    def dump(self):
        return {rid: m.canonical(m.normalise_state(s)) for rid, s in sorted(self.records.items())}


def _copy(s):
    import copy
    return copy.deepcopy(s)


def test_version_compare_and_cover():
    assert m.compare_versions({"a": 1}, {"a": 1}) == m.EQUAL
    assert m.compare_versions({"a": 1}, {"a": 2}) == m.BEFORE
    assert m.compare_versions({"a": 2, "b": 1}, {"a": 2}) == m.AFTER
    assert m.compare_versions({"a": 2}, {"b": 1}) == m.CONCURRENT
    assert m.covers({"a": 3}, [3, "a"]) and not m.covers({"a": 3}, [1, "b"])
    assert m.stamp_key([5, "b"]) > m.stamp_key([5, "a"]) > m.stamp_key([4, "z"])
    assert m.exceeds({"a": 2}, {"a": 1}) and not m.exceeds({"a": 1}, {"a": 1, "b": 4})


def _pair():
    a, b = Site("a"), Site("b")
    a.create("r", name="An", city="Hà Nội", note=None)
    b.receive(a.snapshot())
    return a, b


def test_different_fields_merge_without_conflict():
    a, b = _pair()
    a.update("r", city="Huế")
    b.update("r", note="ghi chú")
    a.receive(b.snapshot())
    b.receive(a.snapshot())
    assert a.dump() == b.dump()
    r = a.records["r"]
    assert r["fields"]["city"] == "Huế" and r["fields"]["note"] == "ghi chú"
    assert not m.open_conflicts(r)


def test_same_field_concurrent_edits_conflict_with_both_values():
    a, b = _pair()
    a.update("r", city="Huế")
    b.update("r", city="Đà Nẵng")
    a.receive(b.snapshot())
    b.receive(a.snapshot())
    assert a.dump() == b.dump()
    sib = a.records["r"]["siblings"]["city"]
    assert {e["value"] for e in sib} == {"Huế", "Đà Nẵng"}
    # the provisional winner is the highest stamp, on both sides
    assert a.records["r"]["fields"]["city"] == sib[0]["value"]


def test_causally_later_edit_wins_without_conflict():
    a, b = _pair()
    a.update("r", city="Huế")
    b.receive(a.snapshot())
    b.update("r", city="Vinh")
    a.receive(b.snapshot())
    assert a.records["r"]["fields"]["city"] == "Vinh"
    assert not m.open_conflicts(a.records["r"])


def test_field_merge_follows_causality_not_counters():
    """An edit with a lower counter that had seen the other one still wins the field."""
    a, b = _pair()
    for _ in range(10):
        a.update("r", note=str(_))
    a.update("r", city="Huế")          # a's counter is high
    b.receive(a.snapshot())
    b.counter = 0                      # (a site without observe would stamp low)
    c = b.tick()
    s = b.records["r"]
    s["fields"]["city"], s["stamps"]["city"] = "Vinh", [c, "b"]
    s["version"]["b"] = c
    a.receive(b.snapshot())
    assert a.records["r"]["fields"]["city"] == "Vinh" and not m.open_conflicts(a.records["r"])


def test_delete_vs_concurrent_edit_is_a_conflict_and_stays_deleted():
    a, b = _pair()
    a.delete("r")
    b.update("r", city="Huế", name="Bình")
    a.receive(b.snapshot())
    b.receive(a.snapshot())
    assert a.dump() == b.dump()
    r = a.records["r"]
    assert r["deleted"]
    assert {e["value"] for e in r["siblings"][m.DELETED]} == {True, False}
    assert r["fields"]["name"] is None   # personal data stays wiped while the conflict is open


def test_delete_after_seeing_edit_is_no_conflict():
    a, b = _pair()
    b.update("r", city="Huế")
    a.receive(b.snapshot())
    a.delete("r")
    b.receive(a.snapshot())
    assert b.records["r"]["deleted"] and not m.open_conflicts(b.records["r"])


def test_resolution_dominates_both_values_and_travels():
    a, b = _pair()
    c = Site("c")
    c.receive(a.snapshot())
    a.update("r", city="Huế")
    b.update("r", city="Đà Nẵng")
    a.receive(b.snapshot())
    b.receive(a.snapshot())
    c.receive(a.snapshot())
    sib = a.records["r"]["siblings"]["city"]
    loser = 1
    a.resolve("r", "city", loser)
    b.receive(a.snapshot())
    c.receive(b.snapshot())
    for s in (a, b, c):
        assert s.records["r"]["fields"]["city"] == sib[loser]["value"]
        assert not m.open_conflicts(s.records["r"])


def test_undelete_resolution_closes_delete_conflict():
    a, b = _pair()
    a.delete("r")
    b.update("r", city="Huế")
    a.receive(b.snapshot())
    b.receive(a.snapshot())
    keep = next(i for i, e in enumerate(a.records["r"]["siblings"][m.DELETED]) if e["value"] is False)
    a.resolve("r", m.DELETED, keep)
    b.receive(a.snapshot())
    assert not b.records["r"]["deleted"] and not m.open_conflicts(b.records["r"])
    assert a.dump() == b.dump()


def test_merge_is_idempotent_and_reports_unchanged():
    a, b = _pair()
    a.update("r", city="Huế")
    snap = a.snapshot()
    b.receive(snap)
    res = m.merge(b.records["r"], snap["r"], personal=PERSONAL)
    assert not res.changed


# ---------------------------------------------------------------------------------- convergence

FIELDS = ("name", "city", "note")
op = st.one_of(
    st.tuples(st.just("update"), st.integers(0, 2), st.sampled_from(FIELDS), st.sampled_from(["x", "y", "z", None])),
    st.tuples(st.just("delete"), st.integers(0, 2), st.just(""), st.none()),
    st.tuples(st.just("sync"), st.integers(0, 2), st.integers(0, 2), st.none()),
    st.tuples(st.just("resolve"), st.integers(0, 2), st.sampled_from((*FIELDS, m.DELETED)), st.integers(0, 3)),
)


@settings(max_examples=300, deadline=None)
@given(ops=st.lists(op, max_size=25), order_seed=st.randoms(use_true_random=False))
def test_random_histories_converge_in_any_order(ops, order_seed):
    sites = [Site(s) for s in ("a", "b", "c")]
    sites[0].create("r", name="An", city="Hà Nội", note=None)
    sites[1].create("q", name="Bình", city=None, note="n")
    snapshots = []
    for kind, i, x, y in ops:
        s = sites[i]
        if kind == "update":
            for rid in sorted(s.records)[:1 + (len(ops) % 2)]:
                s.update(rid, **{x: y})
        elif kind == "delete":
            for rid in sorted(s.records)[-1:]:
                s.delete(rid)
        elif kind == "sync":
            sites[x].receive(s.snapshot())
        else:
            for rid in list(s.records):
                s.resolve(rid, x, y)
        snapshots.append(s.snapshot())
    snapshots += [s.snapshot() for s in sites]
    # Every snapshot delivered to fresh replicas in two different orders, each twice.
    fresh = []
    for perm in (snapshots, order_seed.sample(snapshots, len(snapshots))):
        f = Site("z")
        for snap in perm + perm[::-1]:
            f.receive(snap)
        fresh.append(f.dump())
    assert fresh[0] == fresh[1]
    # And the sites themselves converge after exchanging everything.
    for a, b in itertools.permutations(sites, 2):
        b.receive(a.snapshot())
    for a, b in itertools.permutations(sites, 2):
        b.receive(a.snapshot())
    dumps = [s.dump() for s in sites]
    assert dumps[0] == dumps[1] == dumps[2] == fresh[0]
