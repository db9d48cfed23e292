"""More cue phrases: Finnish, Czech, Greek and Vietnamese notes; going without IT, in several languages; plain-English praise for a
date kept; and pulse-survey rows whose 1-5 scores say what the respondents think of IT's delivery.

`cues_languages.py` covers the Romance, Germanic, Turkish and Indonesian notes. Notes also come in Finnish, Czech,
Greek and Vietnamese, and the English-trained classifier reads nothing in them, so these lists carry the same kinds of signal there:
plumbing and cost words (T), data words (I), strategy words (BT), praise or a kept date (proven), a slip or a
disappointment (doubted), a pardon, and trust shown in deeds (co-funding, a standing invitation).
"""

from __future__ import annotations

import re
from statistics import mean

_LEVELS: dict[str, list[str]] = {
    "T": [
        # Finnish
        r"kuluer\w*", r"kulu(?:t|ja|jen|ista)", r"kustannu\w*", r"päättee\w*", r"pääte", r"verkko\w*", r"kannettav\w*", r"alhaalla",
        r"katko\w*", r"tulostin\w*", r"salasan\w*",
        # Czech
        r"výpad(?:ek|ky|ku|ků)", r"síť", r"sítě", r"notebook\w*", r"tiskárn\w*", r"hesl(?:o|a)", r"náklad(?:y|ů|ech)?",
        # Greek
        r"διακοπ(?:ή|ές|ών)", r"δίκτυο", r"εκτυπωτ\w*", r"κωδικ(?:ός|οί) πρόσβασης",
        # Vietnamese
        r"mạng", r"máy tính", r"sự cố", r"máy in", r"chi phí",
    ],
    "I": [
        r"raport\w*", r"ennust\w*", r"analytiik\w*", r"automaattis\w*",
        r"predikc\w*", r"analytik\w*", r"přehled\w*", r"automati\w*",
        r"δεδομέν\w*", r"πρόβλεψ\w*", r"αναφορ(?:ά|ές|ών)", r"ανάλυσ\w*", r"αυτοματοποίησ\w*",
        r"dữ liệu", r"báo cáo", r"dự báo", r"phân tích", r"tự động hóa",
    ],
    "BT": [
        r"liikevaih\w*", r"kilpailij\w*", r"tržb\w*", r"konkuren\w*", r"obchodní model\w*",
        r"στρατηγικ\w*", r"έσοδ(?:α|ων)", r"ανταγωνιστ\w*", r"τιμολόγησ\w*",
        r"chiến lược", r"doanh thu", r"đối thủ",
    ],
    "proven": [
        r"kiitos", r"kiitti", r"(?:hyvää|hienoa|loistavaa) työtä", r"ajallaan", r"ajoissa", r"luotettav\w*", r"toimii hyvin",
        r"včas", r"děkuj\w*", r"díky", r"(?:dobrá|skvělá|výborná) práce", r"spolehliv\w*", r"dodali,? když jste řekli",
        r"στην ώρα (?:του|της|τους)", r"εγκαίρως", r"μπράβο", r"ευχαριστ\w*", r"συγχαρητήρια", r"αξιόπιστ\w*",
        r"đúng hạn", r"cảm ơn", r"(?:tốt|giỏi) lắm", r"đáng tin(?: cậy)?",
        r"(?:το )?χειριστήκατε (?:σωστά|καλά|άψογα)", r"(?:της|του|τους) άρεσε",
        # plain English: "the rollout finished when they said it would, for once"
        r"(?:finished|delivered|done|landed|went live) (?:exactly )?when (?:you|they|we) said (?:it|they|you) would",
        r"(?:it )?just works",
    ],
    "doubted": [
        r"myöhässä", r"viivästy\w*", r"moka\w*", r"pettyn\w*", r"taas kerran",
        r"skluz\w*", r"zpožděn\w*", r"zpozdil\w*", r"posunut\w*", r"pozdě", r"zklama\w*", r"nedodal\w*",
        r"καθυστέρ\w*", r"αργήσ\w*", r"απογοητ\w*",
        r"chậm", r"trễ", r"thất vọng", r"rất bực",
    ],
}
# Going without us, in any language: "hired an agency without IT", "I'm not waiting for you".
_WITHOUT_US = re.compile(
    r"(?<!\w)(?:bez (?:IT|nás)|ilman (?:IT\w*|meitä)|χωρίς (?:το )?(?:IT|εμάς)|sin (?:TI|IT|nosotros)|sem (?:a )?(?:TI|IT|nós)|"
    r"ohne (?:die )?(?:IT|uns)|senza (?:l')?(?:IT|noi)|sans (?:la DSI|l'IT|nous)|zonder (?:IT|ons)|without (?:IT|us)|"
    r"nečekám na vás|nebudu na vás čekat|en odota teitä|emme odota teitä|δεν (?:σας )?περιμένω|no (?:os |les )?espero|"
    r"não (?:vou )?esperar por vocês|ich warte nicht auf euch|non vi aspetto|je ne vous attends pas|i(?:'m| am) not waiting (?:for|on) (?:you|it|us))(?!\w)",
    re.IGNORECASE,
)
# A pardon: "forget it", "let's move on", "that's behind us".
_FORGIVEN = re.compile(
    r"(?<!\w)(?:unohdetaan|unohda se|se on mennyttä|zapomeňme na to|to je za námi|ξεχάστε το|ξέχνα το|πάμε παρακάτω|περασμένα ξεχασμένα)(?!\w)",
    re.IGNORECASE,
)
# Trust shown in deeds: co-funding, a standing place at the partner's table.
_TRUST_SHOWN = re.compile(
    r"(?<!\w)(?:yhteisrahoit\w*|jaetaan kustannukset|spolufinanc\w*|(?:na|o) náklady se podělíme|μοιραστούμε το κόστος|"
    r"συγχρηματοδότ\w*|θέλω το IT (?:σε αυτό το|στο) τραπέζι)(?!\w)",
    re.IGNORECASE,
)
# IT called a mere cost ("for us IT is just a cost item"): the cost-centre view in the partner's words.
_MERE_COST = re.compile(r"(?<!\w)(?:pelkkä kuluerä|jen náklad|μόνο (?:ένα )?κόστος|solo un (?:gasto|costo|coste)|só um custo|nur ein kostenfaktor|just a cost)(?!\w)",
                        re.IGNORECASE)
# No use for information or strategy, in plain English ("not interested in data", "I do not need innovation"): the basics only.
_BASICS_ONLY = re.compile(
    r"\b(?:not interested in|(?:do|does|did)(?:n't| not) (?:need|want|care about)|no (?:need|use) for)\s+(?:any |more |the )?"
    r"(?:data|dashboards?|reports?|reporting|analytics|strategy|innovation|apps?)\b",
    re.IGNORECASE,
)
# "met him ... the third time this year" counts meetings, not failures.
_MEETING_COUNT = re.compile(r"\b(?:met|meet|meeting|visit(?:ed)?|saw|spoke|talked)\b[^.;]{0,80}\b(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) time\b", re.IGNORECASE)
_NEGATION = re.compile(r"(?<!\w)(?:ei|en|emme|ette|eivät|eikä|ne|nikdy|není|δεν|μην|ποτέ|không|chưa|chẳng)\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:\"“”«»()!?]|\.\s")
_COMPILED = {label: [re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for p in patterns] for label, patterns in _LEVELS.items()}
# A survey row: three or more 1-5 scores side by side (tabs and pipes are gone once the sentence is normalised).
_SCORES = re.compile(r"(?<![\w./:-])[1-5](?:(?:\s+|\s*\|\s*)[1-5]){2,}(?![\w./:-])")


def _negated(sentence: str, start: int) -> bool:
    negation = _NEGATION.search(sentence[max(0, start - 60):start])
    return negation is not None and not _CLAUSE_BREAK.search(negation.group(0))


def survey_scores(sentence: str) -> list[int]:
    """The 1-5 scores of a survey row ("... 1 2 2 1 Answer the phone"), or none."""
    match = _SCORES.search(sentence)
    return [int(d) for d in re.findall(r"[1-5]", match.group(0))] if match else []


def regional_cues(sentence: str, found: dict[str, list[str]]) -> None:
    """Add the cues above that occur in `sentence` to `found` (label -> cue texts)."""
    for label, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(sentence):
                cue = match.group(0).lower()
                if _negated(sentence, match.start()):
                    if label == "proven":
                        found.setdefault("doubted", []).append(f"not {cue}")
                    elif label in ("I", "BT"):  # "I need no strategy, I need the terminals to work": the basics only
                        found.setdefault("T", []).append(f"not {cue}")
                    continue
                found.setdefault(label, []).append(cue)
    basics = _BASICS_ONLY.search(sentence)
    if basics:
        found.pop("I", None)
        found.pop("BT", None)
        found.setdefault("T", []).append(basics.group(0).lower())
    if _MEETING_COUNT.search(sentence) and found.get("doubted"):
        found["doubted"] = [c for c in found["doubted"] if " time " not in f" {c} "]
        if not found["doubted"]:
            found.pop("doubted")
    scores = survey_scores(sentence)
    if scores and mean(scores) <= 2.25:
        found.setdefault("doubted", []).append("low survey scores")
    elif scores and mean(scores) >= 3.75:
        found.setdefault("proven", []).append("high survey scores")
    without = _WITHOUT_US.search(sentence)
    if without:
        found.pop("proven", None)
        found.setdefault("doubted", []).append(without.group(0).lower())
    cost = _MERE_COST.search(sentence)
    if cost:
        found.setdefault("T", []).append(cost.group(0).lower())
        found.setdefault("doubted", []).append(cost.group(0).lower())
    if _TRUST_SHOWN.search(sentence):
        found.pop("doubted", None)
        found.setdefault("proven", []).append("trust shown")
        found["trust"] = ["trust said or shown"]
    if _FORGIVEN.search(sentence):
        found.pop("doubted", None)
        found["forgiven"] = ["forgiven"]
