"""Realistic demo data (`dnnd demo`): households with relatives abroad and their overseas persons,
contributions, commendations and consents; partners, twinning pairs across the border and the
activities of a few years, in the office's own province.

Fast enough for 100k households with 200k persons in well under a minute: rows are built by
RecordWriter.prepare_insert (so sync stamps, NFC, search text and sort keys are exactly what a
normal save writes), counters are reserved in one go, rows go in by Core bulk inserts in ONE
transaction, and the audit log gets one entry for the whole batch. The same --seed gives the same data.
Names, places and texts below are Vietnamese content (demo data), not UI: they stay literal.
"""
from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from ..domain.errors import DnndError
from ..domain.messages import translate
from ..domain.progress import CancelToken, ProgressCallback, no_progress
from ..domain.units import communes
from ..domain.vocab import ACTIVITY_TYPES, CONTRIBUTION_PURPOSES, PARTNER_KINDS, RESIDENCE_STATUSES
from ..storage.dialect import module_for
from ..storage.models import (
    Activity,
    ActivityPartner,
    ActivityPerson,
    ActivityTwinning,
    BorderGroup,
    Commendation,
    Consent,
    Contribution,
    Household,
    OverseasPerson,
    Partner,
    PropagandaProduct,
    RelativesAssociation,
    SyncedMixin,
    TrainingCourse,
    Twinning,
)
from .audit import write_audit
from .demo_work_kinds import add_work_kinds
from .operation_log import logged_operation
from .record_writer import RecordWriter

if TYPE_CHECKING:
    from .app_context import AppContext

CHUNK = 5000
DEFAULT_PROVINCE = 15   # Lào Cai, when the office has no province (never the case after setup)

# Family names: the common ones, those with Đ/D that sort apart (Đỗ, Đặng, Đinh vs Dương), and
# those of the northern border peoples (Hmong, Dao, Thái, Giáy).
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Đặng", "Đinh", "Dương", "Bùi", "Ngô", "Hồ",
          "Lò", "Giàng", "Sùng", "Vàng", "Lý", "Hà", "Tòng", "Lương", "Phàn", "Chảo", "Tẩn", "Đào", "Thào")
# Middle and given names covering every tone: ngang, huyền, hỏi, ngã, sắc, nặng.
MIDDLE_M = ("Văn", "Đức", "Hữu", "Quốc", "Minh", "Xuân", "Thành", "Công", "A", "Seo", "Mạnh")
MIDDLE_F = ("Thị", "Ngọc", "Thu", "Mỹ", "Bích", "Diệu", "Thị", "Thị")
GIVEN_M = ("Đức", "Dũng", "Hùng", "Tuấn", "Khải", "Lực", "Mạnh", "Phúc", "Quý", "Sơn", "Thắng", "Vĩnh", "Hải",
           "Chiến", "Dương", "Đạt", "Tú", "Lợi", "Nghĩa", "Bảo", "Chử", "Sử", "Páo", "Lử", "Kiên", "Toàn")
GIVEN_F = ("Hương", "Lan", "Mai", "Ngọc", "Thảo", "Hằng", "Ánh", "Yến", "Dung", "Nga", "Tuyết", "Mỷ", "Vân",
           "Thủy", "Nhung", "Huệ", "Sáu", "Chư", "Mẩy", "Sể", "Loan", "Thơ", "Dịu", "Hiền", "Đào")
VILLAGES = ("Thôn Tân Bảo", "Bản Lếch Mông", "Thôn Trung Đô", "Bản Pắc Mạc", "Thôn Phìn Hồ", "Bản Nậm Giàng",
            "Tổ dân phố 3", "Thôn Bầu Bàng", "Bản Tả Ngảo", "Thôn Cốc Mỳ", "Bản Sín Chải", "Thôn Lũng Pô",
            "Bản Ná Lùng", "Thôn Đoàn Kết", "Tổ dân phố Kim Tân", "Bản Mường Hum", "Thôn Quang Kim", "Bản Dền Thàng")
OLD_DISTRICTS = ("huyện Bát Xát", "huyện Mường Khương", "huyện Bảo Thắng", "thành phố Lào Cai", "huyện Sa Pa")
ETHNICITIES = ("Kinh", "Kinh", "Kinh", "Mông", "Dao", "Giáy", "Tày", "Thái", "Nùng", "Hà Nhì", "Phù Lá")
RELIGIONS = (None, None, None, None, "Phật giáo", "Công giáo", "Tin Lành")

# Where relatives live, weighted as in the seeds' statistics (East Asia, Europe, America, neighbours).
COUNTRY_CITIES = {
    "KR": ("Seoul", "Busan", "Incheon", "Ansan"), "JP": ("Tokyo", "Osaka", "Nagoya", "Fukuoka"),
    "TW": ("Đài Bắc", "Đài Trung", "Cao Hùng"), "US": ("California", "Texas", "Washington", "Virginia"),
    "AU": ("Sydney", "Melbourne"), "DE": ("Berlin", "Leipzig", "Frankfurt"), "CZ": ("Praha", "Cheb"),
    "FR": ("Paris", "Lyon"), "CA": ("Toronto", "Montréal"), "RU": ("Moskva", "Sankt-Peterburg"),
    "GB": ("London", "Birmingham"), "MY": ("Kuala Lumpur",), "CN": ("Hà Khẩu", "Côn Minh", "Quảng Châu"),
    "LA": ("Viêng Chăn", "Luang Prabang", "Phông Sa Lỳ"), "KH": ("Phnôm Pênh", "Siem Reap"),
}
COUNTRY_WEIGHTS = {"KR": 18, "JP": 16, "TW": 12, "US": 10, "AU": 4, "DE": 6, "CZ": 4, "FR": 3, "CA": 3, "RU": 3,
                   "GB": 3, "MY": 3, "CN": 8, "LA": 4, "KH": 3}
WORKPLACES = ("Công ty TNHH điện tử", "Nhà hàng Việt", "Trường đại học", "Xưởng may", "Trang trại nông nghiệp",
              "Bệnh viện", "Công ty xây dựng", "Cửa hàng tạp hóa", "Viện nghiên cứu", *(None,) * 9)
ASPIRATIONS = ("Mong muốn được hỗ trợ thủ tục đầu tư về quê hương", "Muốn con cháu được học tiếng Việt",
               "Đề nghị đơn giản hóa thủ tục hồi hương", "Mong quê hương phát triển du lịch cộng đồng",
               "Sẵn sàng ủng hộ xây dựng nhà Đại đoàn kết", *(None,) * 15)

# Counterpart localities across the land border, and abroad.
LOCALITIES = {
    "CN": ("Hà Khẩu, Vân Nam", "Mông Tự, Vân Nam", "Kim Bình, Vân Nam", "Bình Biên, Vân Nam", "Mã Quan, Vân Nam",
           "Văn Sơn, Vân Nam", "Khai Viễn, Vân Nam", "Hồng Hà, Vân Nam"),
    "LA": ("Phông Sa Lỳ", "Luang Namtha", "Bokeo", "Huaphanh", "Oudomxay", "Luang Prabang", "Xiêng Khoảng"),
    "KH": ("Ratanakiri", "Mondulkiri", "Svay Rieng", "Takeo", "Kampot", "Tbong Khmum"),
}
COUNTERPART_BODIES = {
    "CN": ("Chính quyền trấn Bá Sái", "Hội Hữu nghị huyện Hà Khẩu", "Ủy ban thôn Kiều Đầu", "Hội Phụ nữ châu Hồng Hà"),
    "LA": ("Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Phông Sa Lỳ", "Chính quyền bản Huội Hốc",
           "Hội Liên hiệp Phụ nữ Lào huyện Mường Mày", "Đoàn Thanh niên Nhân dân Cách mạng Lào tỉnh Bokeo"),
    "KH": ("Mặt trận Đoàn kết phát triển Tổ quốc Campuchia tỉnh Ratanakiri", "Hội Khmer – Việt Nam tỉnh Takeo"),
}
ACTIVITY_TITLES = {
    "border_exchange": "Giao lưu nhân dân hai bên biên giới với {loc}",
    "delegation_in": "Đón đoàn {body} sang thăm và làm việc",
    "delegation_out": "Đoàn công tác sang thăm {loc}",
    "meeting": "Hội đàm với {body}",
    "culture_sports": "Giao lưu văn nghệ, thể thao chào mừng Tết cổ truyền với {loc}",
    "aid_support": "Thăm hỏi, tặng quà nhân dân bản giáp biên {loc}",
    "conference": "Hội nghị sơ kết công tác đối ngoại nhân dân khu vực biên giới",
    "propaganda": "Tuyên truyền chủ quyền biên giới, Hiệp định quy chế biên giới tại {village}",
    "overseas_meeting": "Gặp mặt kiều bào và thân nhân kiều bào dịp Tết Nguyên đán",
    "aid_mobilisation": "Vận động kiều bào ủng hộ Quỹ Vì người nghèo",
    "other": "Hoạt động đối ngoại nhân dân khác tại {village}",
}
PARTNER_NAMES = ("Tổ chức Tầm nhìn Thế giới (World Vision)", "Tổ chức Cứu trợ trẻ em (Save the Children)",
                 "Tổ chức Plan International", "Hội Hữu nghị Việt Nam – Lào tỉnh", "Hội Hữu nghị Việt – Trung tỉnh",
                 "Công ty TNHH Hòa Bình Kiều Hương", "Doanh nghiệp kiều bào Đức Việt", "Quỹ Châu Á",
                 "Công ty cổ phần Thép Việt – Trung", "Hội người Việt Nam tại Hàn Quốc", "Tổ chức Oxfam",
                 "Hội Doanh nhân Việt Nam tại Nhật Bản", "Tổ chức Caritas Thụy Sĩ", "Công ty FDI Khải Hoàn")
TWIN_LOCAL = ("Bản Lếch Mông", "Thôn Trung Đô", "Bản Pắc Mạc", "Đồn Biên phòng A Mú Sung", "Xã Bát Xát",
              "Bản Nậm Giàng", "Thôn Lũng Pô", "Đồn Biên phòng Trịnh Tường", "Bản Sín Chải", "Thôn Cốc Mỳ")
TWIN_COUNTER = ("Bản Kiều Đầu", "Thôn Bá Sái", "Bản Huội Hốc", "Bản Mò Cưng", "Trấn Lão Tạp", "Bản Nà Pản")


@dataclass
class DemoResult:
    households: int = 0
    persons: int = 0
    contributions: int = 0
    commendations: int = 0
    consents: int = 0
    partners: int = 0
    twinnings: int = 0
    activities: int = 0
    links: int = 0
    work_records: int = 0

    def to_dict(self) -> dict[str, int]:
        return dict(self.__dict__)


def _weighted(rng: random.Random, weights: dict[str, int]) -> Iterator[str]:
    keys, w = list(weights), list(weights.values())
    while True:
        yield from rng.choices(keys, w, k=1024)


class _Builder:
    """Collects prepared rows; hands out sync counters reserved a block at a time."""

    def __init__(self, rng: random.Random, id_rng: random.Random, w: RecordWriter, today: dt.date):
        self.rng, self.id_rng, self.w, self.today = rng, id_rng, w, today
        self.counter = self.limit = 0
        self.rows: dict[type[SyncedMixin], list[dict[str, Any]]] = {}

    def add(self, model: type[SyncedMixin], values: dict[str, Any]) -> str:
        if self.counter >= self.limit:
            self.counter = self.w.next_counter(CHUNK)
            self.limit = self.counter + CHUNK
        rid = _uid(self.id_rng)
        self.rows.setdefault(model, []).append(self.w.prepare_insert(model, values, self.counter, rid))
        self.counter += 1
        return rid

    def day_between(self, start: dt.date, end: dt.date) -> dt.date:
        return start + dt.timedelta(days=self.rng.randrange(max(1, (end - start).days + 1)))


def _uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _id_stream(seed: int) -> random.Random:
    # Ids come from their own stream, so they depend on the seed only (the same seed twice in one
    # database is detected by its first household id).
    return random.Random(f"dnnd-demo-ids:{seed}")


def _name(rng: random.Random, female: bool) -> str:
    return " ".join((rng.choice(FAMILY), rng.choice(MIDDLE_F if female else MIDDLE_M),
                     rng.choice(GIVEN_F if female else GIVEN_M)))


def _phone(rng: random.Random) -> str:
    # Mobile numbers have 10 digits: 0912 345 678.
    return f"0{rng.choice((9, 8, 3, 7))}{rng.randrange(100):02d} {rng.randrange(1000):03d} {rng.randrange(1000):03d}"


def _money(rng: random.Random, purpose: str) -> int:
    if purpose == "investment":
        return rng.randrange(100, 2000) * 1_000_000
    return rng.choice((5, 10, 20, 30, 50, 100, 200, 500)) * 100_000 * rng.randrange(1, 5)


@logged_operation("demo_data")
def fill_demo(ctx: AppContext, households: int = 1000, activities: int = 200, seed: int = 1,
              progress: ProgressCallback = no_progress, cancel: CancelToken | None = None,
              today: dt.date | None = None) -> DemoResult:
    """Add demo records to the open installation; everything in one transaction."""
    if households < 0 or activities < 0:
        raise DnndError(translate("DemoErrors", "The numbers of households and activities must not be "
                                  "negative."), code="bad_demo_size")
    cancel = cancel or CancelToken()
    today = today or dt.date.today()
    rng = random.Random(seed)
    province = ctx.installation.province_code or DEFAULT_PROVINCE
    commune_codes = [c.code for c in communes(province)]
    own = ctx.installation.unit_code if ctx.installation.unit_code in commune_codes else None
    result = DemoResult()
    making_households = str(translate("DemoProgress", "Making households with relatives abroad…"))
    making_activities = str(translate("DemoProgress", "Making activities…"))
    with ctx.session() as s, module_for(s).search_index_suspended(s.connection()):
        w = RecordWriter(s, ctx)
        n_partners = max(12, activities // 200)
        n_twinnings = max(10, households // 5000)
        if households and s.get(Household, _uid(_id_stream(seed))) is not None:
            raise DnndError(translate("DemoErrors", "Demo data with seed {seed} is already in this database. "
                                      "Use another --seed.").format(seed=seed), code="demo_exists")
        b = _Builder(rng, _id_stream(seed), w, today)
        countries = _weighted(rng, COUNTRY_WEIGHTS)
        person_ids: list[str] = []
        total_steps = households + activities
        for i in range(households):
            female = rng.random() < 0.35
            commune = own if own and rng.random() < 0.4 else rng.choice(commune_codes)
            hid = b.add(Household, {
                "head_name": _name(rng, female), "head_birth_year": rng.randrange(1940, 1990),
                "commune_code": commune, "village": rng.choice(VILLAGES),
                "old_address": f"{rng.choice(VILLAGES)}, {rng.choice(OLD_DISTRICTS)}" if rng.random() < 0.3 else None,
                "phone": _phone(rng) if rng.random() < 0.8 else None, "ethnicity": rng.choice(ETHNICITIES),
                "religion": rng.choice(RELIGIONS), "id_number": f"0{rng.randrange(10**10, 10**11)}",
                "notes": None})
            if rng.random() < 0.3:
                b.add(Consent, {"household_id": hid, "given_date": b.day_between(dt.date(2024, 1, 1), today),
                                "scope": "Quản lý thông tin thân nhân kiều bào phục vụ công tác vận động",
                                "method": rng.choice(("Văn bản có chữ ký", "Đồng ý trực tiếp có người làm chứng")),
                                "withdrawn_date": None, "notes": None})
                result.consents += 1
            for _ in range(rng.choice((1, 2, 2, 3))):
                p_female = rng.random() < 0.5
                country = next(countries)
                birth = rng.randrange(1950, 2004)
                pid = b.add(OverseasPerson, {
                    "household_id": hid, "full_name": _name(rng, p_female),
                    "gender": "female" if p_female else "male", "birth_year": birth,
                    "relation": rng.choice(("child", "child", "grandchild", "sibling", "spouse", "in_law")),
                    "country": country, "city": rng.choice(COUNTRY_CITIES[country]),
                    "residence_status": rng.choice(RESIDENCE_STATUSES).code,
                    "occupation": rng.choice(("business", "intellectual", "student", "worker", "worker", "retired")),
                    "workplace": rng.choice(WORKPLACES), "contact": None,
                    "left_year": rng.randrange(max(birth + 16, 1975), today.year + 1),
                    "aspirations": rng.choice(ASPIRATIONS), "id_number": None, "notes": None})
                result.persons += 1
                if len(person_ids) < 5000:
                    person_ids.append(pid)
                if rng.random() < 0.1:
                    for _ in range(rng.choice((1, 1, 2))):
                        purpose = rng.choice(CONTRIBUTION_PURPOSES).code
                        b.add(Contribution, {
                            "person_id": pid, "household_id": hid, "purpose": purpose,
                            "date": b.day_between(dt.date(today.year - 2, 1, 1), today),
                            "amount_vnd": _money(rng, purpose), "description": None,
                            "contribution_kind": {"investment": "investment", "other": "other"}.get(
                                purpose, "donation")})
                        result.contributions += 1
                if rng.random() < 0.02:
                    b.add(Commendation, {
                        "person_id": pid, "household_id": hid,
                        "date": b.day_between(dt.date(today.year - 3, 1, 1), today),
                        "level": rng.choice(("central", "province", "province_front", "certificate")),
                        "status": rng.choice(("awarded", "awarded", "proposed")),
                        "issuer": "Ủy ban MTTQ Việt Nam tỉnh", "decision_no": f"{rng.randrange(1, 500)}/QĐ-MTTQ",
                        "reason": "Có nhiều đóng góp cho công tác an sinh xã hội ở quê hương"})
                    result.commendations += 1
            result.households += 1
            if i % CHUNK == CHUNK - 1:
                cancel.raise_if_cancelled()
                _flush(s, b)
                progress(i + 1, total_steps, making_households)
        partner_ids = []
        for i in range(n_partners):
            kind = PARTNER_KINDS[i % len(PARTNER_KINDS)].code
            country = rng.choice(("CN", "LA", "KH", "KR", "JP", "US", "DE"))
            partner_ids.append(b.add(Partner, {
                "name": PARTNER_NAMES[i % len(PARTNER_NAMES)] + (f" ({i // len(PARTNER_NAMES) + 1})"
                                                                 if i >= len(PARTNER_NAMES) else ""),
                "kind": kind, "country": country, "address": None, "contact_person": _name(rng, rng.random() < 0.5),
                "phone": _phone(rng), "email": f"lienhe{i}@example.org",
                "cooperation_areas": "Hỗ trợ sinh kế, giáo dục, y tế vùng biên giới", "notes": None}))
        result.partners = n_partners
        twin_ids = []
        for i in range(n_twinnings):
            country = ("CN", "CN", "LA", "KH")[i % 4]
            twin_ids.append(b.add(Twinning, {
                "kind": rng.choice(("village_village", "commune_commune", "border_post_village", "cluster")),
                "local_name": TWIN_LOCAL[i % len(TWIN_LOCAL)] + (f" {i // len(TWIN_LOCAL) + 1}"
                                                                 if i >= len(TWIN_LOCAL) else ""),
                "commune_code": rng.choice(commune_codes),
                "counterpart_name": rng.choice(TWIN_COUNTER), "counterpart_country": country,
                "counterpart_locality": rng.choice(LOCALITIES[country]),
                "signed_date": b.day_between(dt.date(2015, 1, 1), dt.date(today.year - 1, 12, 31)),
                "status": rng.choice(("active", "active", "active", "paused")),
                "agreement_ref": f"{rng.randrange(1, 99)}/TTKN", "notes": None}))
        result.twinnings = n_twinnings
        if households or activities:   # a demo of nothing stays nothing
            result.work_records = add_work_kinds(b, rng, commune_codes, today)
        types = [t.code for t in ACTIVITY_TYPES]
        for i in range(activities):
            kind = types[i % len(types)]
            country = rng.choice(("CN", "CN", "LA", "KH"))
            loc = rng.choice(LOCALITIES[country])
            start = b.day_between(dt.date(today.year - 2, 1, 1), today)
            overseas = kind == "overseas_meeting"
            aid = rng.randrange(10, 500) * 1_000_000 if kind in ("aid_support", "aid_mobilisation") else None
            aid_id = b.add(Activity, {
                "title": ACTIVITY_TITLES[kind].format(loc=loc, body=rng.choice(COUNTERPART_BODIES[country]),
                                                      village=rng.choice(VILLAGES)),
                "activity_type": kind, "start_date": start,
                "end_date": start + dt.timedelta(days=rng.choice((0, 0, 0, 1, 2))),
                "location": rng.choice(VILLAGES), "commune_code": rng.choice(commune_codes),
                "border_area": kind in ("border_exchange", "aid_support", "culture_sports") or rng.random() < 0.3,
                "country": None if overseas else country,
                "counterpart": None if overseas else rng.choice(COUNTERPART_BODIES[country]),
                "counterpart_locality": None if overseas else loc,
                "delegation_direction": {"delegation_in": "in", "delegation_out": "out"}.get(kind, "none"),
                "participants_vn": rng.randrange(10, 300),
                "participants_foreign": 0 if overseas else rng.randrange(0, 150),
                "overseas_participants": rng.randrange(5, 80) if overseas else 0,
                "organisers": ",".join(sorted(rng.sample(("mttq", "hnd", "dtn", "hlhpn", "hccb", "bdbp"), 2))),
                "funding_vnd": aid,
                # Gifts handed out are given; aid mobilised comes from a foreign NGO or business.
                "funding_direction": None if aid is None else ("given" if kind == "aid_support" else "received"),
                "funding_source": None if aid is None else ("domestic" if kind == "aid_support" else
                                                            ("foreign_ngo", "foreign_business")[i % 2]),
                "content": "Trao đổi kinh nghiệm, tăng cường hiểu biết, hữu nghị giữa nhân dân hai bên.",
                "result": "Hoạt động diễn ra an toàn, thiết thực, được nhân dân hai bên đồng tình hưởng ứng.",
                "notes": None})
            if twin_ids and not overseas and rng.random() < 0.4:
                b.add(ActivityTwinning, {"activity_id": aid_id, "twinning_id": rng.choice(twin_ids)})
                result.links += 1
            if partner_ids and rng.random() < 0.2:
                b.add(ActivityPartner, {"activity_id": aid_id, "partner_id": rng.choice(partner_ids)})
                result.links += 1
            if overseas and person_ids:
                for pid in rng.sample(person_ids, min(len(person_ids), rng.randrange(1, 4))):
                    b.add(ActivityPerson, {"activity_id": aid_id, "person_id": pid})
                    result.links += 1
            result.activities += 1
            if i % CHUNK == CHUNK - 1:
                cancel.raise_if_cancelled()
                progress(households + i + 1, total_steps, making_activities)
        cancel.raise_if_cancelled()
        _flush(s, b)
        # Audit details are catalogue texts: the log reads in the language of whoever opens it.
        write_audit(s, ctx, "demo", details=translate(
            "AuditDetails", "Demo data made (seed {seed}): {households} households, {persons} persons abroad, "
            "{contributions} contributions, {commendations} commendations, {consents} consents, {partners} "
            "partners, {twinnings} twinning pairs, {activities} activities, {links} links.").format(
                seed=seed, **result.to_dict()))
    progress(total_steps, total_steps, str(translate("DemoProgress", "Finished.")))
    return result


# Parents before children, so foreign keys hold at every flush.
_ORDER = (Household, Consent, OverseasPerson, Contribution, Commendation, Partner, Twinning, Activity,
          ActivityTwinning, ActivityPartner, ActivityPerson, BorderGroup, RelativesAssociation, TrainingCourse,
          PropagandaProduct)


def _flush(s: Session, b: _Builder) -> None:
    # Core (not ORM) bulk insert: the ORM would split rows by which values are None and lose executemany.
    conn = s.connection()
    for model in _ORDER:
        rows = b.rows.pop(model, None)
        if rows:
            table = model.__table__
            assert isinstance(table, Table)   # (typed as any selectable; every model here maps a table)
            for i in range(0, len(rows), CHUNK):
                conn.execute(insert(table), rows[i:i + CHUNK])
