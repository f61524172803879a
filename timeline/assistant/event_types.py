"""CAMEO's event types in the editor's language.

The lexicon and the reading rules name each action's type in CAMEO's English words ("Expel or deport
individuals"); those words are data, kept as the codebook writes them. The Suggest page shows them through the
catalogue, so a Russian editor reads «Высылка или депортация лиц». A type an editor writes into a lexicon entry
that the catalogue does not know is shown as written.
"""

from django.utils.functional import Promise
from django.utils.translation import pgettext_lazy

NAMES: dict[str, Promise] = {
    "Accuse": pgettext_lazy("CAMEO event type", "Accuse"),
    "Apologize": pgettext_lazy("CAMEO event type", "Apologize"),
    "Appeal": pgettext_lazy("CAMEO event type", "Appeal"),
    "Appeal to others to meet or negotiate": pgettext_lazy("CAMEO event type", "Appeal to others to meet or negotiate"),
    "Arrest, detain, or charge with legal action": pgettext_lazy(
        "CAMEO event type", "Arrest, detain, or charge with legal action"
    ),
    "Assault": pgettext_lazy("CAMEO event type", "Assault"),
    "Coerce (cyber operations)": pgettext_lazy("CAMEO event type", "Coerce (cyber operations)"),
    "Complain officially": pgettext_lazy("CAMEO event type", "Complain officially"),
    "Consult": pgettext_lazy("CAMEO event type", "Consult"),
    "Cooperate militarily": pgettext_lazy("CAMEO event type", "Cooperate militarily"),
    "De-escalate military engagement": pgettext_lazy("CAMEO event type", "De-escalate military engagement"),
    "Declare truce, ceasefire": pgettext_lazy("CAMEO event type", "Declare truce, ceasefire"),
    "Demand": pgettext_lazy("CAMEO event type", "Demand"),
    "Deny responsibility": pgettext_lazy("CAMEO event type", "Deny responsibility"),
    "Disapprove": pgettext_lazy("CAMEO event type", "Disapprove"),
    "Ease economic sanctions, boycott, embargo": pgettext_lazy(
        "CAMEO event type", "Ease economic sanctions, boycott, embargo"
    ),
    "Employ aerial weapons": pgettext_lazy("CAMEO event type", "Employ aerial weapons"),
    "Engage in diplomatic cooperation": pgettext_lazy("CAMEO event type", "Engage in diplomatic cooperation"),
    "Engage in judicial cooperation": pgettext_lazy("CAMEO event type", "Engage in judicial cooperation"),
    "Engage in material cooperation": pgettext_lazy("CAMEO event type", "Engage in material cooperation"),
    "Engage in negotiation": pgettext_lazy("CAMEO event type", "Engage in negotiation"),
    "Exhibit military posture": pgettext_lazy("CAMEO event type", "Exhibit military posture"),
    "Expel or deport individuals": pgettext_lazy("CAMEO event type", "Expel or deport individuals"),
    "Express intent to cooperate": pgettext_lazy("CAMEO event type", "Express intent to cooperate"),
    "Express intent to cooperate economically": pgettext_lazy(
        "CAMEO event type", "Express intent to cooperate economically"
    ),
    "Express intent to meet or negotiate": pgettext_lazy("CAMEO event type", "Express intent to meet or negotiate"),
    "Express intent to provide material aid": pgettext_lazy(
        "CAMEO event type", "Express intent to provide material aid"
    ),
    "Express intent to yield: ease sanctions": pgettext_lazy(
        "CAMEO event type", "Express intent to yield: ease sanctions"
    ),
    "Fight with conventional military force": pgettext_lazy(
        "CAMEO event type", "Fight with conventional military force"
    ),
    "Grant diplomatic recognition": pgettext_lazy("CAMEO event type", "Grant diplomatic recognition"),
    "Halt negotiations": pgettext_lazy("CAMEO event type", "Halt negotiations"),
    "Host a visit": pgettext_lazy("CAMEO event type", "Host a visit"),
    "Impose administrative sanctions": pgettext_lazy("CAMEO event type", "Impose administrative sanctions"),
    "Impose blockade, restrict movement": pgettext_lazy("CAMEO event type", "Impose blockade, restrict movement"),
    "Impose embargo, boycott, or sanctions": pgettext_lazy("CAMEO event type", "Impose embargo, boycott, or sanctions"),
    "Investigate": pgettext_lazy("CAMEO event type", "Investigate"),
    "Make a visit": pgettext_lazy("CAMEO event type", "Make a visit"),
    "Make statement": pgettext_lazy("CAMEO event type", "Make statement"),
    "Mediate": pgettext_lazy("CAMEO event type", "Mediate"),
    "Praise or endorse": pgettext_lazy("CAMEO event type", "Praise or endorse"),
    "Protest": pgettext_lazy("CAMEO event type", "Protest"),
    "Provide aid": pgettext_lazy("CAMEO event type", "Provide aid"),
    "Provide economic aid": pgettext_lazy("CAMEO event type", "Provide economic aid"),
    "Reduce or break diplomatic relations": pgettext_lazy("CAMEO event type", "Reduce or break diplomatic relations"),
    "Reduce or stop aid": pgettext_lazy("CAMEO event type", "Reduce or stop aid"),
    "Reduce relations": pgettext_lazy("CAMEO event type", "Reduce relations"),
    "Refuse to ease economic sanctions": pgettext_lazy("CAMEO event type", "Refuse to ease economic sanctions"),
    "Reject": pgettext_lazy("CAMEO event type", "Reject"),
    "Reject proposal to meet, discuss or negotiate": pgettext_lazy(
        "CAMEO event type", "Reject proposal to meet, discuss or negotiate"
    ),
    "Return or release persons or property": pgettext_lazy("CAMEO event type", "Return or release persons or property"),
    "Seize by force: territory, vessels and their crews": pgettext_lazy(
        "CAMEO event type", "Seize by force: territory, vessels and their crews"
    ),
    "Seize or damage property": pgettext_lazy("CAMEO event type", "Seize or damage property"),
    "Share intelligence or information": pgettext_lazy("CAMEO event type", "Share intelligence or information"),
    "Sign formal agreement": pgettext_lazy("CAMEO event type", "Sign formal agreement"),
    "Threaten": pgettext_lazy("CAMEO event type", "Threaten"),
    "Threaten non-force: sanctions": pgettext_lazy("CAMEO event type", "Threaten non-force: sanctions"),
    "Threaten to use military force": pgettext_lazy("CAMEO event type", "Threaten to use military force"),
    "Use unconventional mass violence": pgettext_lazy("CAMEO event type", "Use unconventional mass violence"),
    "Veto": pgettext_lazy("CAMEO event type", "Veto"),
    "Yield": pgettext_lazy("CAMEO event type", "Yield"),
    "Yield: keep to an arms-control treaty": pgettext_lazy("CAMEO event type", "Yield: keep to an arms-control treaty"),
    "Yield: refrain from a hostile act": pgettext_lazy("CAMEO event type", "Yield: refrain from a hostile act"),
}


def in_editors_language(event_type: str) -> str:
    return str(NAMES.get(event_type, event_type))
