"""Sample records of the four work kinds (issue 13): border self-management groups, relatives'
associations, training courses and propaganda products, so the sample office's list pages and the
report figures computed from them (template version 3) have something to show.

    add_work_kinds(b, rng, commune_codes, today) -> int     the number of records added

Written through the demo's builder (services/demo.py), in its transaction; a few dozen records at
most whatever the demo's size: an office keeps tens of these, not thousands."""
from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from ..storage.models import BorderGroup, PropagandaProduct, RelativesAssociation, TrainingCourse

if TYPE_CHECKING:
    from .demo import _Builder

GROUP_VILLAGES = ("Lũng Pô", "A Mú Sung", "Nậm Chạc", "Y Tý", "Trịnh Tường", "Bản Vược", "Bản Qua", "Mường Hum")
LEADERS = ("Vàng Seo Páo", "Lò Văn Hùng", "Sùng A Dìn", "Chảo Láo Lở", "Hoàng Thị Lan", "Ly Seo Chứ")
COURSES = (
    ("Tập huấn công tác đối ngoại nhân dân cho cán bộ Mặt trận cơ sở", "Đối ngoại nhân dân",
     "Cán bộ Mặt trận xã, trưởng ban công tác Mặt trận thôn"),
    ("Bồi dưỡng kỹ năng vận động thân nhân người Việt Nam ở nước ngoài", "Công tác người Việt Nam ở nước ngoài",
     "Chi hội thân nhân kiều bào"),
    ("Tập huấn pháp luật về biên giới quốc gia cho tổ tự quản", "Quản lý, bảo vệ biên giới",
     "Thành viên tổ tự quản đường biên, cột mốc"),
)
PRODUCTS = (
    ("Tin: Giao lưu hữu nghị nhân dân hai bên biên giới dịp Tết", "article", "website"),
    ("Phóng sự: Tổ tự quản đường biên ở Y Tý", "broadcast", "radio_tv"),
    ("Pa nô: Xây dựng biên giới hòa bình, hữu nghị", "poster", "public_place"),
    ("Tờ gấp: Quy chế khu vực biên giới", "leaflet", "meeting"),
    ("Bài đăng: Kiều bào chung tay xây dựng quê hương", "social_post", "social_media"),
    ("Bản tin phát thanh: Chính sách đối với người Việt Nam ở nước ngoài", "other", "loudspeaker"),
)


def add_work_kinds(b: _Builder, rng: random.Random, commune_codes: list[int], today: dt.date) -> int:
    added = 0
    for i, village in enumerate(GROUP_VILLAGES):
        markers = rng.randrange(1, 6)
        first = rng.randrange(80, 160)
        b.add(BorderGroup, {
            "name": f"Tổ tự quản đường biên, cột mốc thôn {village}", "commune_code": rng.choice(commune_codes),
            "village": village, "country": "CN" if i % 3 else "LA",
            "established_date": b.day_between(dt.date(2012, 1, 1), dt.date(today.year - 1, 12, 31)),
            "status": "inactive" if i == len(GROUP_VILLAGES) - 1 else "active",
            "leader": LEADERS[i % len(LEADERS)], "members": rng.randrange(5, 16),
            "households": rng.randrange(10, 45), "border_length_m": rng.randrange(8, 60) * 100,
            "markers": markers, "marker_numbers": ", ".join(str(first + k) for k in range(markers)),
            "activities": "Tuần tra đường biên, cột mốc hằng tháng cùng đồn biên phòng.", "notes": None})
        added += 1
    for i, (name, level, branches) in enumerate((("Hội thân nhân kiều bào", "association", 3),
                                                  ("Chi hội thân nhân kiều bào xã Bản Vược", "branch", None),
                                                  ("Chi hội thân nhân kiều bào xã Y Tý", "branch", None))):
        b.add(RelativesAssociation, {
            "name": name, "level": level, "commune_code": rng.choice(commune_codes),
            "established_date": b.day_between(dt.date(2010, 1, 1), dt.date(today.year - 2, 12, 31)),
            "status": "active", "chair": LEADERS[(i + 2) % len(LEADERS)], "members": rng.randrange(20, 90),
            "branches": branches, "meetings": rng.randrange(1, 5),
            "last_meeting_date": b.day_between(dt.date(today.year, 1, 1), today), "notes": None})
        added += 1
    for title, topic, audience in COURSES:
        start = b.day_between(dt.date(today.year - 1, 1, 1), today)
        b.add(TrainingCourse, {
            "title": title, "topic": topic, "start_date": start, "end_date": start + dt.timedelta(days=1),
            "location": "Hội trường Ủy ban MTTQ", "organiser": "Ban Thường trực Ủy ban MTTQ",
            "audience": audience, "participants": rng.randrange(25, 90), "notes": None})
        added += 1
    for title, product_type, channel in PRODUCTS:
        b.add(PropagandaProduct, {
            "title": title, "product_type": product_type, "channel": channel,
            "date": b.day_between(dt.date(today.year - 1, 1, 1), today),
            "quantity": 1 if product_type in ("article", "broadcast", "social_post") else rng.randrange(5, 200),
            "reach": rng.randrange(500, 20000), "topic": "Đối ngoại nhân dân, biên giới hòa bình", "link": None,
            "notes": None})
        added += 1
    return added
