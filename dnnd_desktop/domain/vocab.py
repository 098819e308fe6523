"""Built-in vocabularies. Records store the stable code; labels are catalogue texts (context
"Vocabulary": a natural English name, translated to the Vietnamese term the offices use).

Task packages from the province may add terms (stored in the vocab_terms table, labels as plain
text); these built-in lists are the floor every installation shares, so their codes never change
once released. Country names come from Babel (CLDR) in the reader's language: data, not catalogue
texts.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from .messages import DEFAULT_LANGUAGE, LANGUAGES, Message, Text, current_language, render, translate
from .text import sort_key


@dataclass(frozen=True)
class Term:
    code: str
    label: Text     # a catalogue Message (built-in terms) or plain text (countries, published terms)


def _terms(*pairs: tuple[str, Message]) -> tuple[Term, ...]:
    return tuple(Term(code, label) for code, label in pairs)


def render_label(label: Text, language: str | None = None) -> str:
    """A term's label as text: in `language`, else the current one (plain text stays as it is)."""
    return render(label, language)


def label_texts(label: Text) -> tuple[str, ...]:
    """Every way a label may be typed: each language's text of a catalogue label (imports and
    pickers accept "Lào" and "Laos", "Khác" and "Other")."""
    if isinstance(label, Message):
        return tuple(dict.fromkeys(label.text(language) for language in LANGUAGES))
    return (label,)


# From the seed plans: what offices actually log as people's-diplomacy work.
ACTIVITY_TYPES = _terms(
    ("border_exchange", translate("Vocabulary", "Border exchange")),
    ("delegation_in", translate("Vocabulary", "Receiving a delegation")),
    ("delegation_out", translate("Vocabulary", "Delegation abroad")),
    ("meeting", translate("Vocabulary", "Talks, meetings, working sessions")),
    ("culture_sports", translate("Vocabulary", "Cultural, arts and sports exchange")),
    ("aid_support", translate("Vocabulary", "Visits, gifts and support")),
    ("conference", translate("Vocabulary", "Conferences, workshops, seminars")),
    ("propaganda", translate("Vocabulary", "Information and outreach")),
    ("overseas_meeting", translate("Vocabulary", "Meeting overseas Vietnamese and their relatives")),
    ("aid_mobilisation", translate("Vocabulary", "Mobilising aid and sponsorship")),
    ("other", translate("Vocabulary", "Other")),
)

# Member organisations of the Front named in the seeds (co-organisers of activities).
MEMBER_ORGANISATIONS = _terms(
    ("mttq", translate("Vocabulary", "Vietnam Fatherland Front Committee")),
    ("lhhn", translate("Vocabulary", "Union of Friendship Organisations")),
    ("ldld", translate("Vocabulary", "Labour Federation")),
    ("hnd", translate("Vocabulary", "Farmers' Union")),
    ("dtn", translate("Vocabulary", "Ho Chi Minh Communist Youth Union")),
    ("hlhpn", translate("Vocabulary", "Women's Union")),
    ("hccb", translate("Vocabulary", "Veterans' Association")),
    ("bdbp", translate("Vocabulary", "Border Guard")),
    ("songv", translate("Vocabulary", "Department of Foreign Affairs")),
    ("other", translate("Vocabulary", "Other organisation")),
)

# Relation of the overseas person to the household head in Vietnam.
RELATIONS = _terms(
    ("child", translate("Vocabulary", "Child")),
    ("grandchild", translate("Vocabulary", "Grandchild")),
    ("sibling", translate("Vocabulary", "Sibling")),
    ("parent", translate("Vocabulary", "Parent")),
    ("spouse", translate("Vocabulary", "Spouse")),
    ("in_law", translate("Vocabulary", "Son- or daughter-in-law")),
    ("relative", translate("Vocabulary", "Relative")),
    ("other", translate("Vocabulary", "Other")),
    ("grandparent", translate("Vocabulary", "Grandparent")),
    ("uncle_aunt", translate("Vocabulary", "Uncle or aunt")),
    ("nephew_niece", translate("Vocabulary", "Nephew or niece")),
    ("sibling_in_law", translate("Vocabulary", "Brother- or sister-in-law")),
)

RESIDENCE_STATUSES = _terms(
    ("settled", translate("Vocabulary", "Settled permanently")),
    ("citizen", translate("Vocabulary", "Citizen of the host country")),
    ("worker", translate("Vocabulary", "Fixed-term worker")),
    ("student", translate("Vocabulary", "Studying abroad")),
    ("marriage", translate("Vocabulary", "Married to a foreigner")),
    ("temporary", translate("Vocabulary", "Temporary resident")),
    ("undocumented", translate("Vocabulary", "Undocumented")),
    ("returned", translate("Vocabulary", "Returned home")),
    ("unknown", translate("Vocabulary", "Unknown")),
    ("family_reunion", translate("Vocabulary", "Family reunification")),
    ("business", translate("Vocabulary", "Doing business")),
    ("visiting", translate("Vocabulary", "Visiting relatives, travelling")),
    ("trainee", translate("Vocabulary", "Technical intern trainee")),
)

OCCUPATION_GROUPS = _terms(
    ("business", translate("Vocabulary", "Businessperson")),
    ("intellectual", translate("Vocabulary", "Intellectual, expert")),
    ("student", translate("Vocabulary", "Pupil or student")),
    ("worker", translate("Vocabulary", "Worker")),
    ("retired", translate("Vocabulary", "Retired")),
    ("other", translate("Vocabulary", "Other")),
    ("unknown", translate("Vocabulary", "Unknown")),
)

CONTRIBUTION_PURPOSES = _terms(
    ("poor_fund", translate("Vocabulary", "Fund for the Poor")),
    ("social_welfare", translate("Vocabulary", "Social welfare")),
    ("solidarity_house", translate("Vocabulary", "Great Solidarity houses")),
    ("disaster_relief", translate("Vocabulary", "Disaster and epidemic relief")),
    ("scholarship", translate("Vocabulary", "Education support, scholarships")),
    ("investment", translate("Vocabulary", "Investment and business")),
    ("sea_islands", translate("Vocabulary", "For the homeland's seas and islands")),
    ("other", translate("Vocabulary", "Other")),
)

PARTNER_KINDS = _terms(
    ("foreign_ngo", translate("Vocabulary", "Foreign non-governmental organisation")),
    ("fdi_business", translate("Vocabulary", "Foreign-invested business")),
    ("overseas_business", translate("Vocabulary", "Overseas Vietnamese business")),
    ("friendship_assoc", translate("Vocabulary", "Friendship association")),
    ("cross_border_org", translate("Vocabulary", "Partner organisation across the border")),
    ("front_org", translate("Vocabulary", "Front organisation of the neighbouring country")),
    ("other", translate("Vocabulary", "Other")),
)

TWINNING_KINDS = _terms(
    ("commune_commune", translate("Vocabulary", "Commune – commune")),
    ("village_village", translate("Vocabulary", "Village – village")),
    ("cluster", translate("Vocabulary", "Residential cluster")),
    ("border_post_village", translate("Vocabulary", "Border post – village")),
    ("other", translate("Vocabulary", "Other")),
)

TWINNING_STATUSES = _terms(
    ("active", translate("Vocabulary", "Active")),
    ("paused", translate("Vocabulary", "Paused")),
    ("ended", translate("Vocabulary", "Ended")),
)

COMMENDATION_LEVELS = _terms(
    ("central", translate("Vocabulary", "Certificate of merit of the Front's Central Committee")),
    ("province", translate("Vocabulary", "Provincial certificate of merit")),
    ("province_front", translate("Vocabulary", "Certificate of merit of the provincial Front committee")),
    ("certificate", translate("Vocabulary", "Certificate of commendation")),
    ("medal", translate("Vocabulary", "Commemorative medal")),
    ("other", translate("Vocabulary", "Other")),
)

DELEGATION_DIRECTIONS = _terms(
    ("in", translate("Vocabulary", "Incoming delegation")),
    ("out", translate("Vocabulary", "Outgoing delegation")),
    ("none", translate("Vocabulary", "Neither")),
)

# Where an activity's money went and whose it was, and what a contribution was: closed lists (a report's
# figures depend on them). "tbd" ("cần xác định") marks rows from before these fields existed, and
# new rows with an amount but no answer: shown in lists and filters until a person settles them.
TO_BE_DETERMINED = "tbd"
FUNDING_DIRECTIONS = _terms(
    ("received", translate("Vocabulary", "Mobilised or received")),
    ("given", translate("Vocabulary", "Given or spent")),
    (TO_BE_DETERMINED, translate("Vocabulary", "To be determined")),
)

FUNDING_SOURCES = _terms(
    ("foreign_ngo", translate("Vocabulary", "Foreign non-governmental organisation")),
    ("foreign_business", translate("Vocabulary", "Foreign business")),
    ("foreign_local_gov", translate("Vocabulary", "Foreign local government")),
    ("overseas_vn", translate("Vocabulary", "Overseas Vietnamese")),
    ("domestic", translate("Vocabulary", "Domestic")),
    (TO_BE_DETERMINED, translate("Vocabulary", "To be determined")),
)

# Contribution purposes that are a gift by their nature: a contribution to them is a donation unless
# it says otherwise ("investment" is the purpose that says investment).
DONATION_PURPOSES = ("poor_fund", "social_welfare", "solidarity_house", "disaster_relief", "scholarship",
                     "sea_islands")

CONTRIBUTION_KINDS = _terms(
    ("donation", translate("Vocabulary", "Donation or aid")),
    ("investment", translate("Vocabulary", "Investment or business")),
    ("other", translate("Vocabulary", "Other")),
    (TO_BE_DETERMINED, translate("Vocabulary", "To be determined")),
)

# Whether a border self-management group or a relatives' association is still working: closed (the
# report counts the active ones).
GROUP_STATUSES = _terms(
    ("active", translate("Vocabulary", "Active")),
    ("inactive", translate("Vocabulary", "No longer active")),
)

ASSOCIATION_LEVELS = _terms(
    ("association", translate("Vocabulary", "Association of relatives")),
    ("branch", translate("Vocabulary", "Branch of an association")),
)

# Propaganda products the seed plans name (articles, broadcasts, posters, social-media posts) and the
# channels they go out on; a province may add terms.
PROPAGANDA_TYPES = _terms(
    ("article", translate("Vocabulary", "News item or article")),
    ("broadcast", translate("Vocabulary", "Radio or television report")),
    ("poster", translate("Vocabulary", "Poster, banner or slogan")),
    ("leaflet", translate("Vocabulary", "Leaflet or booklet")),
    ("social_post", translate("Vocabulary", "Social-media post")),
    ("video", translate("Vocabulary", "Video clip")),
    ("other", translate("Vocabulary", "Other")),
)

PROPAGANDA_CHANNELS = _terms(
    ("press", translate("Vocabulary", "Newspaper or magazine")),
    ("radio_tv", translate("Vocabulary", "Radio or television station")),
    ("loudspeaker", translate("Vocabulary", "Commune loudspeakers")),
    ("website", translate("Vocabulary", "Website")),
    ("social_media", translate("Vocabulary", "Social media (Facebook, Zalo…)")),
    ("public_place", translate("Vocabulary", "Public places")),
    ("meeting", translate("Vocabulary", "Meetings and outreach sessions")),
    ("other", translate("Vocabulary", "Other")),
)

from .vocab_aliases import ALIASES  # noqa: E402 - data kept in its own module (Vietnamese words)


def aliases(vocabulary: str) -> dict[str, str]:
    """Everyday words -> code for a vocabulary (empty when it has none)."""
    return ALIASES.get(vocabulary, {})


# What a data subject consents to (issue 14): each is a use of their data the app checks.
CONSENT_PURPOSES = _terms(
    ("keeping", translate("Vocabulary", "Keeping and using the information in the office's work")),
    ("lists", translate("Vocabulary", "Printing and exporting lists (Excel, PDF, Word)")),
    ("sharing", translate("Vocabulary", "Sending to the Front offices above in data packages")),
)

# Vocabulary name -> built-in terms (countries are added below, from Babel).
BUILTIN = {
    "activity_type": ACTIVITY_TYPES,
    "member_org": MEMBER_ORGANISATIONS,
    "relation": RELATIONS,
    "residence_status": RESIDENCE_STATUSES,
    "occupation": OCCUPATION_GROUPS,
    "contribution_purpose": CONTRIBUTION_PURPOSES,
    "partner_kind": PARTNER_KINDS,
    "twinning_kind": TWINNING_KINDS,
    "twinning_status": TWINNING_STATUSES,
    "commendation_level": COMMENDATION_LEVELS,
    "consent_purpose": CONSENT_PURPOSES,
    "propaganda_type": PROPAGANDA_TYPES,
    "propaganda_channel": PROPAGANDA_CHANNELS,
}

# The three neighbours across the land border come first in every country picker.
NEIGHBOURS = ("CN", "LA", "KH")


@lru_cache(maxsize=len(LANGUAGES))
def _territory_names(language: str) -> dict[str, str]:
    return dict(Locale(language).territories)


@dataclass(frozen=True)
class CountryName(Message):
    """A country's name as Babel (CLDR) writes it in the language it is rendered in ("Lào", "Laos"):
    data, not a catalogue text. `source` is the ISO code."""

    def text(self, language: str | None = None) -> str:
        return _territory_names(language or current_language()).get(self.source, self.source)


@lru_cache(maxsize=1)
def countries() -> tuple[Term, ...]:
    """ISO 3166 alpha-2 countries named by Babel (CLDR) in the reader's language; neighbours first,
    then in Vietnamese order (the order officers know)."""
    names = _territory_names(DEFAULT_LANGUAGE)
    codes = [c for c in names if len(c) == 2 and c.isalpha() and c not in {"VN", "ZZ", "EU", "EZ", "UN", "QO"}]
    rest = sorted((c for c in codes if c not in NEIGHBOURS), key=lambda c: sort_key(names[c]))
    return tuple(Term(c, CountryName("Countries", c)) for c in (*NEIGHBOURS, *rest))


def terms(vocabulary: str) -> tuple[Term, ...]:
    if vocabulary == "country":
        return countries()
    return BUILTIN[vocabulary]


def label(vocabulary: str, code: str | None, language: str | None = None) -> str:
    """The label of a code in `language` (default: the current one); unknown codes are shown as
    they are (never lost)."""
    if not code:
        return ""
    for t in terms(vocabulary):
        if t.code == code:
            return render(t.label, language)
    return code


def vocabulary_names() -> tuple[str, ...]:
    return (*BUILTIN, "country")
