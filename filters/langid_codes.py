"""One spelling per language for every LID model and every user: ISO 639-1, else ISO 639-3.

Models and users spell languages differently: lid.176 uses Wikipedia codes (``__label__no``,
``__label__sh``, ``__label__als`` for Alemannic), GlotLID and OpenLID ISO 639-3 plus script
(``__label__nob_Latn``), heliport ISO 639-3 with collapsed macrolanguages (``hbs``, ``msa``),
users write ``pt_BR`` or ``zh-Hans``. A wrong mapping looks like a bad model (Norwegian Bokmål
scores 0 when ``no`` is not read as ``nb``), so every code in the project goes through
:func:`normalize_language_code`.

Macrolanguages and their members are mapped on purpose, not by accident of a table:

- the individual language that *is* the written standard of a macrolanguage takes the
  macrolanguage's code (``cmn`` → ``zh``, ``zsm`` → ``ms``, ``kmr`` → ``ku``, ``als_Latn`` →
  ``sq``), so that switching models does not rename languages;
- other members stay apart because the models tell them apart (``yue``, ``wuu``, ``min``, ``ckb``,
  ``pnb``, ``azb``); a job that wants them together says so with ``merge_variants``;
- a macrolanguage label that a model cannot split (heliport's ``msa`` holds Malay *and*
  Indonesian, its ``hbs`` Bosnian, Croatian and Serbian) keeps the macrolanguage's code (``ms``,
  ``hbs``); the langid stage can split it with a second model.

Script is dropped except where one language is written in two scripts that a corpus keeps apart
(Serbian in Cyrillic and Latin, Uzbek in Latin and Cyrillic, Punjabi in Gurmukhi and Shahmukhi,
...): there a non-default script becomes a subtag, ``sr-Latn``, while the default script has none
(``sr``), so ``sr`` keeps meaning what it meant. Most models do not label the script, so the
stage reads it from the text (:func:`dominant_script`), the same way for every model.
"""

from __future__ import annotations

import re

UNKNOWN_LANGUAGE = "und"  # the schema's code for "no language" (pipelines.schema)
LABEL_PREFIX = "__label__"

# ISO 639-3 and 639-2 (terminology and bibliographic) codes of the languages that have an ISO 639-1
# code, from the ISO 639 tables (Debian iso-codes). Serbo-Croatian (hbs) and Norwegian (nor) are
# left out on purpose, see _LEGACY.
_ISO639_PAIRS = """
aar:aa abk:ab afr:af aka:ak alb:sq amh:am ara:ar arg:an arm:hy asm:as ava:av ave:ae aym:ay
aze:az bak:ba bam:bm baq:eu bel:be ben:bn bis:bi bod:bo bos:bs bre:br bul:bg bur:my cat:ca
ces:cs cha:ch che:ce chi:zh chu:cu chv:cv cor:kw cos:co cre:cr cym:cy cze:cs dan:da deu:de
div:dv dut:nl dzo:dz ell:el eng:en epo:eo est:et eus:eu ewe:ee fao:fo fas:fa fij:fj fin:fi
fra:fr fre:fr fry:fy ful:ff geo:ka ger:de gla:gd gle:ga glg:gl glv:gv gre:el grn:gn guj:gu
hat:ht hau:ha heb:he her:hz hin:hi hmo:ho hrv:hr hun:hu hye:hy ibo:ig ice:is ido:io
iii:ii iku:iu ile:ie ina:ia ind:id ipk:ik isl:is ita:it jav:jv jpn:ja kal:kl kan:kn kas:ks
kat:ka kau:kr kaz:kk khm:km kik:ki kin:rw kir:ky kom:kv kon:kg kor:ko kua:kj kur:ku lao:lo
lat:la lav:lv lim:li lin:ln lit:lt ltz:lb lub:lu lug:lg mac:mk mah:mh mal:ml mao:mi mar:mr
may:ms mkd:mk mlg:mg mlt:mt mon:mn mri:mi msa:ms mya:my nau:na nav:nv nbl:nr nde:nd ndo:ng
nep:ne nld:nl nno:nn nob:nb nya:ny oci:oc oji:oj ori:or orm:om oss:os pan:pa per:fa
pli:pi pol:pl por:pt pus:ps que:qu roh:rm ron:ro rum:ro run:rn rus:ru sag:sg san:sa sin:si
slk:sk slo:sk slv:sl sme:se smo:sm sna:sn snd:sd som:so sot:st spa:es sqi:sq srd:sc srp:sr
ssw:ss sun:su swa:sw swe:sv tah:ty tam:ta tat:tt tel:te tgk:tg tgl:tl tha:th tib:bo tir:ti
ton:to tsn:tn tso:ts tuk:tk tur:tr uig:ug ukr:uk urd:ur uzb:uz ven:ve vie:vi vol:vo
wel:cy wln:wa wol:wo xho:xh yid:yi yor:yo zha:za zho:zh zul:zu
"""
_ISO639_1_OF = dict(pair.split(":") for pair in _ISO639_PAIRS.split())

# The individual language that *is* the written standard of a macrolanguage, as GlotLID, OpenLID,
# heliport and FineWeb-2 label it, mapped to the macrolanguage's code that lid.176 uses for the
# same text. Other members (yue, wuu, arz, azb, prs, min, ckb, ...) stay apart.
_STANDARD_VARIETY = {
    "als": "sq",  # Tosk Albanian, the basis of standard Albanian (GlotLID's als_Latn)
    "arb": "ar",
    "ayr": "ay",  # Central Aymara (heliport, GlotLID)
    "azj": "az",
    "cmn": "zh",
    "ekk": "et",
    "gaz": "om",  # West Central Oromo, the written standard (heliport, GlotLID)
    "gug": "gn",
    "khk": "mn",
    "kmr": "ku",  # lid.176's "ku" is Kurmanji (Latin script); Sorani stays ckb
    "knc": "kr",  # Central Kanuri (heliport)
    "kpv": "kv",  # Komi-Zyrian: lid.176's kv is kv.wikipedia.org, written in it
    "lah": "pnb",  # Lahnda: its written standard on the web is Western Punjabi (Shahmukhi)
    "lvs": "lv",
    "npi": "ne",
    "ory": "or",
    "pbt": "ps",
    "pes": "fa",
    "plt": "mg",
    "swh": "sw",
    "twi": "ak",  # Twi (Asante, Akuapem) is written Akan; ISO 639-1's tw is the same, see _LEGACY
    "uzn": "uz",
    "ydd": "yi",
    "zlm": "ms",
    "zsm": "ms",
}

# Deprecated or ambiguous codes, whatever model or user wrote them.
# - iw, in, ji, jw, mo: withdrawn ISO 639-1 codes still emitted by old software (Java, Android).
# - sh: Serbo-Croatian was withdrawn from ISO 639-1; lid.176 still predicts it (for text it cannot
#   assign to bs, hr or sr), so it becomes the ISO 639-3 macrolanguage code hbs, which is also
#   heliport's label for the three and the natural name for a ``merge_variants`` group.
# - no, nor: the Norwegian macrolanguage. lid.176's "no" was trained on no.wikipedia.org, which is
#   written in Bokmål (Nynorsk has its own wiki and label "nn"), Bokmål is ~90% of written
#   Norwegian, and GlotLID and FineWeb-2 label the two standards nob/nno. So "no" means nb here;
#   a job that wants all Norwegian merges nn into nb (``merge_variants: {nb: [nn]}``).
# - bh: the withdrawn "Bihari" code; lid.176's bh is bh.wikipedia.org, which is Bhojpuri.
# - zxx: "no linguistic content" (heliport, for text without letters) is no language either.
_LEGACY = {
    "iw": "he",
    "in": "id",
    "ji": "yi",
    "jw": "jv",
    "mo": "ro",
    "sh": "hbs",
    "no": "nb",
    "nor": "nb",
    "bh": "bho",
    "tw": "ak",  # Twi, a member of the Akan macrolanguage and its written standard
    "zxx": UNKNOWN_LANGUAGE,
}

# lid.176 uses Wikipedia's codes, and one of them collides with ISO 639-3: Wikipedia's "als" is
# Alemannic (ISO gsw) while ISO's als is Tosk Albanian. A code without a script subtag (lid.176,
# users) is read the Wikipedia way unless the caller says the code is ISO; GlotLID's "als_Latn"
# is always read the ISO way.
_WIKIPEDIA_ONLY = {"als": "gsw"}

# Languages written in two or more scripts that corpora keep apart, with the script that their
# bare code means. Text of these languages in another script gets a subtag: ``sr-Latn``.
DEFAULT_SCRIPT = {
    "az": "Latn",  # Cyrillic in older and Russian-published texts
    "bs": "Latn",
    "ckb": "Arab",  # Sorani is also written in Latin
    "ff": "Latn",  # Adlam
    "ha": "Latn",  # Ajami (Arabic)
    "jv": "Latn",  # Javanese script
    "kk": "Cyrl",  # Latin since the 2017 reform
    "ku": "Latn",  # Kurmanji in Cyrillic or Arabic
    "ky": "Cyrl",
    "mn": "Cyrl",  # traditional Mongolian script
    "ms": "Latn",  # Jawi (Arabic)
    "pa": "Guru",  # Shahmukhi (Arabic), though Western Punjabi is pnb
    "sd": "Arab",  # Devanagari
    "sr": "Cyrl",  # Latin is as common on the web
    "tg": "Cyrl",
    "tk": "Latn",
    "tt": "Cyrl",
    "ug": "Arab",
    "uz": "Latn",  # Cyrillic still common
}

# Letters of the scripts that DEFAULT_SCRIPT can tell apart (Unicode blocks, letters only).
_SCRIPT_LETTERS = {
    "Latn": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "Cyrl": re.compile(r"[\u0400-\u052f\u1c80-\u1c8f\ua640-\ua69f]"),
    "Arab": re.compile(r"[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff]"),
    "Guru": re.compile(r"[\u0a00-\u0a7f]"),
    "Deva": re.compile(r"[\u0900-\u097f]"),
    "Mong": re.compile(r"[\u1800-\u18af]"),
    "Java": re.compile(r"[\ua980-\ua9df]"),
    "Adlm": re.compile(r"[\U0001e900-\U0001e95f]"),
}

_SUBTAG_SEPARATOR = re.compile(r"[-_]")


def _is_script(subtag: str) -> bool:
    return len(subtag) == 4 and subtag.isalpha()


def normalize_language_code(code: str, *, iso: bool = False) -> str:
    """The project's one spelling of a language: ISO 639-1 where one exists, else ISO 639-3.

    Accepts fastText labels (``__label__en``), GlotLID/OpenLID labels (``__label__eng_Latn``),
    ISO 639-3 and 639-2/B codes (``deu``, ``ger``) and BCP-47-like tags (``zh-Hans``,
    ``pt_BR``). Region and variant subtags are dropped because every stage keys its rules on the
    language; a script subtag is kept only for the languages of :data:`DEFAULT_SCRIPT` and only
    when it is not their default (``srp_Latn`` → ``sr-Latn``, ``sr-Cyrl`` → ``sr``). ``iso``:
    read a bare code as ISO 639 even where Wikipedia's codes differ (``als`` is then Tosk
    Albanian, not Alemannic). Empty input is ``und``.
    """
    code = code.strip()
    if code.startswith(LABEL_PREFIX):
        code = code[len(LABEL_PREFIX) :]
    subtags = _SUBTAG_SEPARATOR.split(code)
    primary = subtags[0].lower()
    if not primary:
        return UNKNOWN_LANGUAGE
    script = subtags[1].title() if len(subtags) > 1 and _is_script(subtags[1]) else None
    if script is None and not iso and primary in _WIKIPEDIA_ONLY:
        return _WIKIPEDIA_ONLY[primary]
    primary = _LEGACY.get(primary, primary)
    language = _ISO639_1_OF.get(primary) or _STANDARD_VARIETY.get(primary, primary)
    return with_script(language, script)


def with_script(language: str, script: str | None) -> str:
    """``language`` with a script subtag where the script is not the one its bare code means."""
    default = DEFAULT_SCRIPT.get(language)
    if script is None or default is None or script == default:
        return language
    return f"{language}-{script}"


def base_language(code: str) -> str:
    """The language of a project code without its script subtag (``sr-Latn`` → ``sr``)."""
    return code.partition("-")[0]


def dominant_script(text: str) -> str | None:
    """The script most letters of ``text`` are in, among those :data:`DEFAULT_SCRIPT` needs."""
    counts = {script: len(letters.findall(text)) for script, letters in _SCRIPT_LETTERS.items()}
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count else None
