"""Cue phrases for notes written in other languages than English (Portuguese, Spanish, Italian, French, German,
Dutch, the Nordic languages, Turkish, Indonesian), and a few plain-English pardons and preferences.

The English cues (`cues.py`) miss a partner who says "you said April and it was even March" in Dutch, or "that's
behind us" in Portuguese. These lists add the same kinds of signal: a kept or missed date, praise or doubt, a
pardon, trust shown in deeds (co-funding, a fixed seat on a committee), and dependence words (outages; data and
forecasts; strategy and revenue). A negated competence cue flips or drops, as in English.
"""

from __future__ import annotations

import re

from assistant.perception.cue_phrases import phrase_cues
from assistant.perception.cues_regional import regional_cues

_LEVELS: dict[str, list[str]] = {
    "T": [
        r"storing(?:en)?", r"pannes?", r"störung(?:en)?", r"ausf[aä]ll(?:e)?", r"ca[ií]das?", r"fora do ar", r"guast[oi]", r"kesinti\w*",
        r"gangguan", r"senhas?", r"contraseñas?", r"passw[oö]rt(?:er)?", r"wachtwoord(?:en)?", r"impressoras?", r"impresoras?",
        r"stampant[ei]", r"imprimantes?", r"drucker", r"internet (?:caiu|ca[ií]do|lento)",
    ],
    "I": [
        r"pain[eé]is", r"painel", r"relat[oó]rios?", r"informes?", r"rapporti", r"berichte?", r"rapportage\w*", r"rapporten",
        r"dados", r"datos", r"dati", r"données", r"daten", r"gegevens", r"cijfers", r"previs(?:ão|ões|iones?|ioni|ione)",
        r"pr[ée]visions?", r"pron[oó]sticos?", r"prognose\w*", r"voorspell\w*", r"an[aá]lises?", r"an[aá]lisis", r"analisi", r"indicadores",
        r"indicatori", r"indicateurs", r"kennzahlen", r"veri", r"raporlar?", r"laporan", r"automatiza\w+", r"automatizz\w+",
        r"automatis\w+", r"otomasi", r"otomasyon", r"tempo real", r"tiempo real", r"tempo reale", r"temps réel", r"echtzeit",
    ],
    "BT": [
        r"estrat[eé]gi\w*", r"strategi\w*", r"stratégi\w*", r"strateji\w*", r"receitas?", r"ingresos", r"fatturato",
        r"chiffre d'affaires", r"umsatz", r"omzet", r"omsætning", r"omsättning", r"pendapatan", r"concorr[eê]n\w*",
        r"competencia", r"concurren\w+", r"wettbewerb\w*", r"rekabet\w*", r"persaingan", r"modelo de neg[oó]cios?",
        r"modello di business", r"geschäftsmodell\w*", r"verdienmodel\w*", r"canal principal", r"nuevo producto",
        r"novo produto", r"nuovo prodotto", r"nouveau produit", r"neues produkt", r"nieuw product",
    ],
    "proven": [
        # a date kept or beaten
        r"antes do (?:prazo|prometido|combinado)", r"(?:no|dentro do) prazo", r"antes (?:del|de lo) (?:plazo|prometido|previsto)",
        r"(?:en|dentro del) plazo", r"a tiempo", r"in anticipo", r"nei tempi", r"puntual[ei]", r"en avance", r"dans les délais",
        r"à temps", r"pünktlich", r"termingerecht", r"fristgerecht", r"früher als (?:versprochen|geplant|zugesagt)", r"op tijd",
        r"eerder dan (?:beloofd|gepland|afgesproken)", r"i tide?", r"før (?:tiden|fristen)", r"före (?:deadline|tidsplanen)",
        r"zamanında", r"erken teslim", r"tepat waktu", r"lebih cepat dari (?:janji|jadwal|target)",
        r"söz verdiğiniz (?:gün|tarih)\w*", r"(?:bir gün bile )?(?:kaymadı|gecikmedi)", r"sesuai (?:janji|jadwal)",
        # the promise itself kept ("you delivered what you promised")
        r"(?:entregaram|cumpriram) o que (?:prometeram|disseram)", r"(?:entregaron|cumplieron|hicieron) lo que (?:prometieron|dijeron)",
        r"(?:avete fatto|avete consegnato) quello che (?:avete promesso|avevate detto)", r"(?:vous avez )?(?:livré|fait) ce que vous (?:aviez )?(?:promis|dit)",
        r"(?:geliefert|gemacht|getan),? was (?:ihr|sie) (?:versprochen|zugesagt|gesagt)", r"(?:geleverd|gedaan) wat (?:jullie|u) (?:beloofd|beloofden|zeiden)",
        r"(?:leverte|gjorde) det (?:dere|ni|i) (?:lovet|lovade|lovede|sa)", r"tidak pernah (?:bikin )?(?:ribet|telat|terlambat|molor)",
        # praise and reliability
        r"parab[eé]ns", r"(?:[oó]timo|excelente|bom) trabalho", r"muito bem", r"cumpriram", r"enhorabuena",
        r"(?:buen|gran|excelente) trabajo", r"cumplieron", r"complimenti", r"(?:ottimo|bel|buon) lavoro", r"bravi",
        r"félicitations", r"(?:bon|excellent) travail", r"gute arbeit", r"gut gemacht", r"super gemacht", r"hervorragend",
        r"zuverlässig", r"verlässlich", r"auf (?:euch|sie|dich) ist verlass", r"(?:frage|fragen|fragt) (?:ich |wir |sie |er )?(?:euch|sie|dich) zuerst",
        r"(?:vraag|vragen|vraagt) (?:ik |we |ze |hij )?(?:jullie|u|jou) eerst", r"(?:confio|confiamos) (?:em|n)(?:a )?vocês", r"confío en (?:vosotros|ustedes)",
        r"mi fido di voi", r"je vous fais confiance", r"ik vertrouw (?:jullie|op jullie)", r"(?:goed|knap|top) (?:werk|gedaan)", r"blij mee", r"(?:zeer|erg|heel|zichtbaar) (?:blij|tevreden)",
        r"beste tot nu toe", r"betrouwbaar", r"bra jobbat", r"godt (?:jobbet|arbejde|arbeid)", r"p[aå]litelig", r"pålidelig",
        r"pålitlig", r"tebrikler", r"harika (?:iş|işti)", r"eline sağlık", r"ellerinize sağlık", r"güvenilir", r"kerja bagus",
        r"bisa diandalkan", r"obrigad[ao]", r"gracias", r"grazie", r"merci", r"danke", r"bedankt", r"dank (?:je|u)wel",
    ],
    "doubted": [
        r"atras(?:ou|aram|ado|ada|ados|adas|o)", r"fora do prazo", r"n[aã]o cumpriram", r"decepcionad[ao]s?",
        r"retras(?:o|ó|aron|ado|ada|ados|adas)", r"fuera de plazo", r"no cumplieron", r"decepcionad[oa]s?",
        r"in ritardo", r"ritard(?:o|ato|ata|ati|ate)", r"delus[oia]", r"en retard",
        r"déçue?s?", r"verspätet", r"verspätung", r"verzögert", r"verzögerung", r"zu spät", r"schon wieder",
        r"enttäuscht", r"nicht eingehalten", r"te laat", r"vertraagd", r"vertraging", r"alweer", r"weer niet", r"teleurgesteld",
        r"teleurstellend", r"forsinket", r"försenad", r"f[oö]r sent", r"skuffet", r"besviken", r"gecikti", r"gecikme\w*",
        r"geç kaldı", r"hayal kırıklığı", r"terlambat", r"telat", r"molor", r"lagi-lagi", r"kecewa",
    ],
}
# Delay words: negated ("não atrasou", "nicht verspätet") they are praise, as "hasn't slipped" is in English.
_DELAY = re.compile(r"^(?:atras|retras|ritard|retard|verspät|verzög|vertraag|te laat|forsink|försen|gecik|terlambat|telat|molor|in ritardo|en retard|zu spät)", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(?:não|nao|nunca|no|non|pas|jamais|nicht|kein\w*|nie|niet|geen|nooit|ikke|inte|aldri|aldrig|değil|tidak|belum|bukan|gak)\W+(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# "you said April, and it was even March": the partner's word on our date, kept or beaten.
_SAID_KEPT = re.compile(
    r"\b(?:zeiden|zei|disseram|disse|dijeron|dijiste|dissero|diceste|avez dit|sagten|sagtet|sagte|sade|sagde|sa|dediniz|bilang)\b"
    r"[^.;]{1,40}?\b(?:het (?:werd|was)|foi|fue|[eè] stato|c'était|es war|es wurde|det (?:blev|ble)|oldu|jadi(?:nya)?)\s+"
    r"(?:zelfs|até|incluso|persino|addirittura|même|sogar|til og med|till och med|hatta|bahkan)\b",
    re.IGNORECASE,
)
# A delay the partner expected and did not get ("I was expecting two months' delay"): no doubt, the date was beaten.
_EXPECTED = re.compile(
    r"\b(?:expected|expecting|bekliyordum|bekliyorduk|esperava|esperaba|aspettavo|m'attendais|erwartet\w*|rechnete mit|verwachtte|"
    r"forventet|förväntade|regnet med|räknade med|kira|mengira)\b",
    re.IGNORECASE,
)
# Praise in plain English that the classifier misses: the one team that answers, quicker than an outside firm.
_BETTER_THAN = re.compile(
    r"\bthe only (?:department|team|function|people|ones?)\b[^.;]{0,25}?\b(?:that|who) (?:answers?|responds?|delivers?|calls? back|picks? up|"
    r"gets? (?:it|things) done|keeps? (?:its|their) word)"
    r"|\b(?:quicker|faster|better|cheaper) than (?:our |the |an? |any )?(?:outside |external )?(?:counsel|lawyers?|law firm|consultan\w+|"
    r"agenc(?:y|ies)|vendors?|suppliers?|contractors?)",
    re.IGNORECASE,
)
# A pardon, in any of the languages (and a few English ones cues.py lacks): the miss no longer speaks of doubt.
_FORGIVEN = re.compile(
    r"\b(?:j[aá] passou|isso passou|p[aá]gina virada|deixa (?:pra|para) l[aá]|agua pasada|ya pas[oó]|p[aá]gina pasada|olv[ií]dalo|"
    r"acqua passata|acqua sotto i ponti|voltiamo pagina|on tourne la page|c'est oublié|c'est du passé|schwamm drüber|"
    r"vergessen wir das|schnee von gestern|zand erover|vergeten en vergeven|glem det|glöm det|det (?:er|är) glemt|geçmişte kaldı|"
    r"unutalım|sudahlah|sudah lewat|lupakan saja|waved (?:it|that|this) (?:off|away)|forget (?:it|that)(?:,? (?:honestly|really|seriously|truly))?(?=\W*$))",
    re.IGNORECASE,
)
# Trust shown in deeds: co-funding, a fixed seat on the partner's committee.
_TRUST_SHOWN = re.compile(
    r"\b(?:co-?financ\w+|cofinanz\w+|kofinanz\w+|mitfinanz\w+|medefinanc\w+|cadeira fixa|assento fixo|asiento (?:fijo|permanente)|"
    r"posto fisso|siège permanent|fest(?:en|er) sitz|vaste (?:plek|zetel|stoel)|fast plass|fast plats|daimi koltuk|kursi tetap)\b",
    re.IGNORECASE,
)
# The partner prefers our work to an outsider's ("I'd sooner take your forecast than an agency's report").
_OUTSIDER = r"(?:consultan\w+|agenc(?:y|ies)|vendors?|contractors?|firms?|consultor\w*|consulent\w*|berater\w*|adviseur\w*)"
_RATHER_US = re.compile(
    rf"\b(?:rather|sooner|prefer|prefiro|prefiero|preferisco|préfère|lieber|liever)\b[^.;]{{0,50}}?\b(?:your|you|us|our|vocês|ustedes|vosotros|voi|vous|euch|jullie)\b"
    rf"[^.;]{{0,50}}?\b(?:than|do que|que|che|als|dan)\b[^.;]{{0,25}}?\b{_OUTSIDER}",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:\"“”()!?]|\.\s")
_COMPILED = {label: [re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE) for p in patterns] for label, patterns in _LEVELS.items()}


def _negated(sentence: str, start: int) -> bool:
    negation = _NEGATION.search(sentence[max(0, start - 80):start])
    return negation is not None and not _CLAUSE_BREAK.search(negation.group(0))  # "não, foi antes do prazo": no reach past a comma


def language_cues(sentence: str, found: dict[str, list[str]]) -> None:
    """Add the cues above that occur in `sentence` to `found` (label -> cue texts), as `cue_hits` does for English."""
    for label, patterns in _COMPILED.items():
        for pattern in patterns:
            for match in pattern.finditer(sentence):
                cue = match.group(0).lower()
                if label in ("doubted", "proven") and _negated(sentence, match.start()):
                    if label == "proven":
                        found.setdefault("doubted", []).append(f"not {cue}")
                    elif _DELAY.match(cue):
                        found.setdefault("proven", []).append(f"not {cue}")
                    continue
                found.setdefault(label, []).append(cue)
    regional_cues(sentence, found)  # Finnish, Czech, Greek; going without IT; survey scores
    phrase_cues(sentence, found)  # the data file's phrases, in twenty-odd languages
    if _EXPECTED.search(sentence) and found.get("proven") and found.get("doubted"):
        found.pop("doubted")  # "on the day you promised; I was expecting a delay": the feared delay is not a miss
    better = _BETTER_THAN.search(sentence)
    if better:
        found.setdefault("proven", []).append(better.group(0).lower())
    kept = _SAID_KEPT.search(sentence)
    if kept:
        found.setdefault("proven", []).append(kept.group(0).lower())
    shown = _TRUST_SHOWN.search(sentence) or _RATHER_US.search(sentence)
    if shown:
        found.pop("doubted", None)
        found.setdefault("proven", []).append(shown.group(0).lower())
        found["trust"] = ["trust said or shown"]
    if _FORGIVEN.search(sentence):
        found.pop("doubted", None)
        found["forgiven"] = ["forgiven"]
