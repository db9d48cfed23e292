"""Numpy-only helpers for the consistency check: calibration, clustering, theme labels, language."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from assistant.value_statement.report import AnswerRow, ConsistencyReport, Theme

# Calibration of cosine similarity for all-MiniLM-L6-v2 (int8 ONNX), measured with the real
# embedder on hand-written sentences:
# - FLOOR: 20 unrelated sentences (cats, tax filings, trains, recipes...), 190 pairs:
#   mean 0.039, sd 0.077. So 0 on our scale = "as similar as unrelated sentences".
# - CEILING: 3 sets of 4-6 paraphrases of one sentence ("Technology helps us ship customer
#   orders on time" ...): pairwise means 0.807, 0.853, 0.783, overall 0.81. So 100 = "paraphrases".
# For reference, 8 different same-domain IT-staff answers (network, data, security, cost...)
# averaged 0.297, i.e. 33 on this scale.
SIMILARITY_FLOOR = 0.04
SIMILARITY_CEILING = 0.81

# Average-linkage merge threshold (raw cosine): answers that say the same thing in different
# words sit around 0.5-0.8; different values in the same domain around 0.2-0.35.
CLUSTER_THRESHOLD = 0.45
MAX_CLUSTERED = 1000  # beyond this, the rest join the nearest cluster centroid

STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each either every few for from
    further had has have having he her here hers him his how i if in into is it its itself just me more
    most much my no nor not now of off on once only or other our ours out over own per same she should so
    some such than that the their theirs them then there these they this those through to too under until
    up upon us very via was we were what when where which while who whom why will with within without
    would you your yours etc e.g i.e one two lot lots thing things really well like get gets getting got
    technology technologies tech value values help helps helping helped make makes making made ensure
    ensures ensuring use uses using used way ways let lets allow allows allowing enable enables enabling
    provide provides providing able need needs everything something people new sure great good nobody
    keep keeps keeping give gives giving thanks
    """.split()
)
# Words that, when they carry a theme, show it is about IT activity rather than business value.
IT_CENTRIC_WORDS = frozenset(
    """uptime downtime servers server network networks tickets ticket infrastructure helpdesk laptops
    laptops devices sla slas incidents outages patching patches backups systems running email
    bandwidth hardware software upgrades migration cloud""".split()
)
_BRIDGES = frozenset({"on", "of", "for", "to", "in"})
_TOKEN = re.compile(r"[a-z][a-z0-9'’-]*[a-z0-9]|[a-z]")

_LANGUAGE_HINTS = {
    "Spanish": set("el la los las de del que y en un una por para con es son nuestro nuestra nuestros "
                   "al lo como más pero sus le ya o este esta también tecnología valor".split()),
    "French": set("le la les de des du et est un une pour que qui dans nous notre nos avec sur au aux "
                  "ce cette sont pas plus par technologie valeur".split()),
    "German": set("der die das und ist nicht ein eine zu den mit von wir unser unsere für auf dem des "
                  "sich auch sind im technologie wert".split()),
    "Portuguese": set("o os as de do da dos das e em um uma para com não por nosso nossa são ao mais "
                      "tecnologia valor".split()),
    "Italian": set("il lo la gli le di del della e che un una per con non sono nostro nostra al più "
                   "tecnologia valore".split()),
    "Dutch": set("de het een en van in is dat op te voor met zijn niet ons onze wij we technologie "
                 "waarde".split()),
}
_ENGLISH_HINTS = set(
    "the and of to is are we our it for with that this by on in helps business customers technology "
    "value us make makes what how".split()
)


def calibrate(similarity: float) -> float:
    """Raw cosine similarity -> 0-100 (0 = unrelated sentences, 100 = paraphrases)."""
    scaled = (similarity - SIMILARITY_FLOOR) / (SIMILARITY_CEILING - SIMILARITY_FLOOR) * 100.0
    return float(min(100.0, max(0.0, scaled)))


def tokens(text: str) -> list[str]:
    return [t.replace("’", "'").strip("'") for t in _TOKEN.findall(text.lower())]


def detect_language(text: str) -> str | None:
    """Name of an obviously non-English language, else None (stop-word counts, letters used)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 10 and sum(c.isascii() for c in letters) / len(letters) < 0.5:
        return "another script"
    words = tokens(text)
    if len(words) < 3:
        return None
    english = sum(w in _ENGLISH_HINTS for w in words)
    best, hits = max(((name, sum(w in hints for w in words)) for name, hints in _LANGUAGE_HINTS.items()),
                     key=lambda item: item[1])
    if hits >= 2 and hits > 2 * english:
        return best
    return None


# --- clustering ---------------------------------------------------------------


def _average_linkage(vectors: np.ndarray, threshold: float) -> list[list[int]]:
    """Agglomerative clustering, average linkage on cosine similarity, stop below `threshold`."""
    n = len(vectors)
    sims = (vectors @ vectors.T).astype(np.float64)
    np.fill_diagonal(sims, -np.inf)
    members: list[list[int]] = [[i] for i in range(n)]
    active = np.ones(n, dtype=bool)
    for _ in range(n - 1):
        flat = int(np.argmax(sims))
        a, b = divmod(flat, n)
        if sims[a, b] < threshold:
            break
        size_a, size_b = len(members[a]), len(members[b])
        # Lance-Williams update for average linkage: the merged cluster keeps index a.
        merged = (size_a * sims[a] + size_b * sims[b]) / (size_a + size_b)
        sims[a], sims[:, a] = merged, merged
        sims[a, a] = -np.inf
        sims[b, :], sims[:, b] = -np.inf, -np.inf
        members[a].extend(members[b])
        members[b] = []
        active[b] = False
    clusters = [sorted(members[i]) for i in range(n) if active[i]]
    return sorted(clusters, key=lambda c: (-len(c), c[0]))


def cluster(vectors: np.ndarray, threshold: float = CLUSTER_THRESHOLD) -> list[list[int]]:
    """Clusters of row indices, largest first. Large inputs: cluster a sample, assign the rest."""
    n = len(vectors)
    if n == 0:
        return []
    if n <= MAX_CLUSTERED:
        return _average_linkage(vectors, threshold)
    sample = np.linspace(0, n - 1, MAX_CLUSTERED).astype(int)
    groups = [[int(sample[i]) for i in c] for c in _average_linkage(vectors[sample], threshold)]
    centroids = np.stack([vectors[g].mean(axis=0) for g in groups])
    in_sample = set(sample.tolist())
    rest = [i for i in range(n) if i not in in_sample]
    nearest = np.argmax(vectors[rest] @ centroids.T, axis=1)
    for i, g in zip(rest, nearest, strict=True):
        groups[int(g)].append(i)
    return sorted((sorted(g) for g in groups), key=lambda c: (-len(c), c[0]))


def pairwise(vectors: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean pairwise similarity, and each vector's mean similarity to the others."""
    sims = vectors @ vectors.T
    to_others = (sims.sum(axis=1) - np.diag(sims)) / (len(vectors) - 1)
    return float(to_others.mean()), to_others


def outliers(to_others: np.ndarray, z_limit: float = -1.5) -> np.ndarray:
    """Answers far from the rest: z-score below `z_limit` and clearly below the mean."""
    if len(to_others) < 4 or float(to_others.std()) < 1e-6:
        return np.zeros(len(to_others), dtype=bool)
    z = (to_others - to_others.mean()) / to_others.std()
    return np.asarray((z < z_limit) & (to_others < to_others.mean() - 0.05), dtype=bool)


# --- labels -------------------------------------------------------------------


def terms(text: str) -> list[str]:
    """Content words, bigrams of adjacent content words, and 'x on y' style trigrams, in order."""
    words = tokens(text)
    out: list[str] = []
    for i, word in enumerate(words):
        if word in STOP_WORDS or len(word) < 3:
            continue
        out.append(word)
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt and nxt not in STOP_WORDS and len(nxt) >= 3:
            out.append(f"{word} {nxt}")
        third = words[i + 2] if i + 2 < len(words) else None
        if nxt in _BRIDGES and third and third not in STOP_WORDS and len(third) >= 3:
            out.append(f"{word} {nxt} {third}")
    return out


def _term_scores(groups: list[set[str]], df: Counter[str], member_ids: Sequence[int]) -> dict[str, float]:
    """Share of the cluster using a term minus share of the other answers using it (plus small bonuses)."""
    inside = Counter(term for i in member_ids for term in groups[i])
    n_in, n_out = len(member_ids), len(groups) - len(member_ids)
    scores: dict[str, float] = {}
    for term, count in inside.items():
        share_out = (df[term] - count) / n_out if n_out else 0.0
        idf = math.log((1 + len(groups)) / (1 + df[term]))
        scores[term] = count / n_in - share_out + 0.05 * term.count(" ") + 0.01 * idf
    return scores


def _covered(term: str, chosen: list[str]) -> bool:
    words = set(term.split()) - _BRIDGES
    return any(words & (set(c.split()) - _BRIDGES) for c in chosen)


def _upgrade(term: str, scores: dict[str, float], shares: dict[str, float]) -> str:
    """Prefer a phrase containing a chosen single word ('orders' -> 'orders on time') if a quarter use it."""
    if " " in term:
        return term
    longer = [t for t in scores if " " in t and term in t.split() and shares[t] >= 0.25]
    return max(longer, key=lambda t: (shares[t], scores[t])) if longer else term


def labels(texts: Sequence[str], clusters: Sequence[Sequence[int]], max_terms: int = 3) -> list[str]:
    """Readable label per cluster: its 2-3 most distinctive terms, e.g. 'orders on time · customer data'."""
    term_lists = [terms(t) for t in texts]
    groups = [set(ts) for ts in term_lists]
    df = Counter(term for group in groups for term in group)
    return [_label(texts, term_lists, groups, df, members, max_terms) for members in clusters]


def _label(
    texts: Sequence[str], term_lists: list[list[str]], groups: list[set[str]], df: Counter[str],
    member_ids: Sequence[int], max_terms: int,
) -> str:
    scores = _term_scores(groups, df, member_ids)
    shares = {t: sum(t in groups[i] for i in member_ids) / len(member_ids) for t in scores}
    first_seen: dict[str, int] = {}
    for i in member_ids:
        for pos, term in enumerate(term_lists[i]):
            first_seen.setdefault(term, i * 1000 + pos)
    ranked = sorted(scores, key=lambda t: (-scores[t], first_seen.get(t, 0)))
    chosen: list[str] = []
    for term in ranked:
        term = _upgrade(term, scores, shares)
        if not _covered(term, chosen):
            chosen.append(term)
        if len(chosen) == max_terms or (len(chosen) == 2 and len(" · ".join(chosen)) > 32):
            break
    if chosen:
        return " · ".join(chosen)
    return " ".join(texts[member_ids[0]].split()[:5]) or "(empty)"


def is_it_centric(label_text: str) -> bool:
    return any(word in IT_CENTRIC_WORDS for word in re.split(r"[\s·]+", label_text))


# --- actions ------------------------------------------------------------------


def _quote(text: str, limit: int = 70) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return "“" + (text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…") + "”"


def _answers(count: int) -> str:
    return f"{count} answer" + ("" if count == 1 else "s")


def _reinforce(themes: Sequence[Theme]) -> list[Theme]:
    good = [t for t in themes if not t.it_centric and (t.size >= 2 or t.share >= 0.15)]
    if any(t.alignment is not None for t in themes):
        good = [t for t in good if t.alignment is not None and t.alignment >= 50]
    return good[:3]


def _retire(themes: Sequence[Theme]) -> list[Theme]:
    return [t for t in themes if t.it_centric or (t.alignment is not None and t.alignment < 30)][:4]


def _trap_bullets(rows: Sequence[AnswerRow]) -> list[str]:
    phrases: dict[str, list[str]] = {}
    for row in rows:
        for trap in row.traps:
            found = phrases.setdefault(trap.kind, [])
            if trap.phrase.lower() not in (p.lower() for p in found):
                found.append(trap.phrase)
    out = []
    if "it_metrics" in phrases:
        out.append(f"Take one IT metric from the answers ('{phrases['it_metrics'][0]}') and agree together "
                   "what it meant for a business partner last quarter; use that sentence from now on.")
    if "customers" in phrases:
        out.append("Agree on words: business colleagues are partners, not customers. Ask what changes "
                   "when IT shares their goals instead of serving their requests.")
    if "jargon" in phrases or "feature_talk" in phrases:
        listed = ", ".join(f"'{p}'" for p in (phrases.get("jargon", []) + phrases.get("feature_talk", []))[:3])
        out.append(f"List the jargon and feature talk that appeared ({listed}) and agree a plain business word for each.")
    return out


def build_actions(report: ConsistencyReport) -> tuple[list[str], list[str], list[str]]:
    """Themes to reinforce, themes to retire, and a 4-6 bullet guide for the next staff meeting."""
    reinforce = [
        f"Reinforce {_quote(t.label)} ({_answers(t.size)}, {round(t.share * 100)}%"
        + (f", alignment {t.alignment}" if t.alignment is not None else "")
        + "): it carries the value statement; ask these people to tell their stories to the rest of the team."
        for t in _reinforce(report.themes)
    ]
    retire = [
        f"Retire {_quote(t.label)} ({_answers(t.size)}"
        + (f", alignment {t.alignment}" if t.alignment is not None else "")
        + "): "
        + ("it describes IT activity, not business value." if t.it_centric else "it is far from the value statement.")
        for t in _retire(report.themes)
    ]
    return reinforce, retire, _guide(report)


def _guide(report: ConsistencyReport) -> list[str]:
    if report.consistency_score is not None:
        opening = (f"Open with the result: {report.answer_count} answers, consistency {report.consistency_score}/100 "
                   f"({report.consistency_band}). Read the value statement aloud and ask which parts people "
                   "recognise in their own answer.")
    else:
        opening = "Read the value statement aloud and ask each person to say it back in their own words."
    middle: list[str] = []
    for theme in _reinforce(report.themes)[:1]:
        middle.append(f"Ask two people whose answers fell under {_quote(theme.label)} to tell one recent story "
                      "where that value showed up for a business partner; keep the stories for reuse.")
    for theme in _retire(report.themes)[:1]:
        middle.append(f"Take {_quote(theme.label)} ({_answers(theme.size)}): ask 'What did this change for a business "
                      "partner last quarter?' and rewrite one of these answers together in business terms.")
    far = [r for r in report.rows if r.outlier]
    if far:
        middle.append(f"{len(far)} answer(s) sat far from the rest (e.g. {_quote(far[0].answer, 60)}): "
                      "without naming anyone, ask whether they see something the statement misses.")
    middle.extend(_trap_bullets(report.rows))
    timing = report.answer_time
    if timing and timing.over_3_min:
        middle.append(f"{timing.over_3_min} of {timing.timed} people took over 3 minutes (median {timing.median_s:.0f}s): "
                      "ask what made the value hard to put into words.")
    fillers = [
        "Ask each person which business partner they had in mind, and what that partner would say the value is.",
        "Ask the team for one sentence they would want every business partner to repeat about technology here.",
    ]
    closing = ("Close by having everyone rewrite their answer in one sentence using the statement's words; "
               "rerun this check next quarter and compare the scores.")
    middle = (middle + fillers)[: max(2, min(4, len(middle)))]
    return [opening, *middle, closing]
