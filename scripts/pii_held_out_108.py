"""held_out_108 of the PII evaluation set: real phone fields of a country whose register no
earlier part used (the Democratic Republic of the Congo) exactly as published, in layouts no
earlier part has, beside the row's own health zone, health area and address.

The procedure of ``held_out_30``, on another register and other layouts; earlier parts took
national numbers from registers of many countries (the list in ``pii_held_out_46.py`` and the
parts after it); here:

* the values are the phone fields of Kinshasa's leprosy and tuberculosis screening and
  treatment health centres (CSDT/CPLT) as Action Damien's website maps them
  (``scripts/data/pii_cd_csdt.json``, written by ``scripts/cd_csdt_data.py``; source and
  licence in that file): Congolese mobile numbers as the page prints them, the country code in
  brackets and no trunk ``0`` (``(+243) 998 189 705``), a second or third one after `` / ``
  without the code (``(+243) 851 109 360 / 818 288 808``), one a digit short
  (``(+243) 817 901 63``), each number of each copy labelled; the page gives no fax numbers or
  e-mail addresses;
* the text around them is the same row's real fields: its health zone, health area, name and
  address as written (``Av. Kasa-Vubu N°87/BIS, Q/Bisengo, C/Bandalungwa``), with invented
  sample ids, genome positions, read depths, instrument serial numbers, parcel numbers, GUIDs,
  dates and times, unlabelled and scored;
* in layouts no earlier part has, scientific and engineering files, labels in French (the
  country's official language): a VCF 4.2 file of *M. tuberculosis* drug-resistance calls
  whose ``##referringSite`` meta line gives the centre's ``Phone="..."`` and whose
  ``##comment`` repeats it, an ``h5dump -A`` listing of a GeneXpert run's HDF5 export whose
  string attributes (``centre_telephone``, ``rappel_resultats``) hold the number, an IFC4 STEP
  file of the centre's rehabilitation model whose ``IFCTELECOMADDRESS`` and a
  ``Pset_CSDT_Contact`` property give it (non-ASCII text in ``\\X2\\`` escapes, as ISO 10303-21
  writes it), and a ``samtools view -H`` SAM header of a sequenced sputum sample whose ``@RG``
  description and an ``@CO`` line name the referring centre and its number.

Phones are labelled by the policy of ``make_pii_eval.personal_phone``. Each record is seeded
by its own (split, locale, layout, index). Committed with its data before it was ever scored.

    python scripts/pii_held_out_108.py   # rewrites the committed file
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_pii_eval import register_part, register_rows
from pii_held_out_14 import labelled_record, phone_copies

ROOT = Path(__file__).resolve().parent.parent
ROWS = ROOT / "scripts" / "data" / "pii_cd_csdt.json"
DATA = ROOT / "scripts" / "data" / "pii_held_out_108.jsonl.gz"
SPLIT = "held_out_108"

LAYOUTS = ("vcf_header", "h5dump_attributes", "ifc_step", "sam_header")
PHONE = "phone"

# H37Rv (NC_000962.3) positions of well-known resistance mutations: (pos, ref, alt, gene, change)
MUTATIONS = (
    (7582, "A", "G", "gyrA", "D94G"),
    (761155, "C", "T", "rpoB", "S450L"),
    (1673425, "C", "T", "fabG1", "c.-15C>T"),
    (2155168, "C", "G", "katG", "S315T"),
    (4247429, "A", "G", "embB", "M306V"),
)
GENOME = ("NC_000962.3", 4411532)


# the register's data file (read once) and its rows by country (``register_rows``)
data, by_locale = register_rows(ROWS)


def _f(row: dict[str, Any], key: str) -> str:
    """A field as published, stripped ("" where the row has no such field)."""
    return (row["fields"].get(key) or "").strip()


def phone(row: dict[str, Any]) -> str:
    """The row's phone field as published, stripped."""
    return _f(row, "telephone")


def layout_of(row: dict[str, Any], n: int) -> str:
    """The layout of the ``n``-th row, by its index."""
    return LAYOUTS[n % len(LAYOUTS)]


def _slug(row: dict[str, Any]) -> str:
    """The centre's name as a file name: lower-case ASCII words joined by ``_``."""
    plain = unicodedata.normalize("NFKD", _f(row, "nom")).encode("ascii", "ignore").decode()
    return "_".join(re.findall(r"[a-z0-9]+", plain.lower())[:4]) or "csdt"


def _date(rng: random.Random) -> str:
    """An invented day of late 2022."""
    return f"2022-{rng.randint(9, 12):02d}-{rng.randint(1, 28):02d}"


def _time(rng: random.Random) -> str:
    return f"{rng.randint(7, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _sample(rng: random.Random) -> str:
    """An invented specimen id of the national TB laboratory network."""
    return f"KIN-2022-{rng.randint(1000, 9999)}"


def _vcf(value: str) -> str:
    """A double-quoted value of a VCF structured meta line (``"`` and ``\\`` escaped)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def vcf_header(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's referred sample as a VCF 4.2 file of resistance calls: the meta lines (file
    date, source, reference, contig, INFO and FORMAT definitions), a ``##referringSite`` line
    naming the centre, its zone, area, address and ``Phone``, a ``##comment`` repeating the
    number, the header line and one to three calls at real H37Rv positions with invented
    qualities and depths."""
    sample = _sample(rng)
    calls = sorted(rng.sample(MUTATIONS, rng.randint(1, 3)))
    site = ",".join(
        [
            f"ID=CSDT-{rng.randint(100, 999)}",
            f"Name={_vcf(_f(row, 'nom'))}",
            f"HealthZone={_vcf(_f(row, 'zone_de_sante'))}",
            f"HealthArea={_vcf(_f(row, 'aire_de_sante'))}",
            f"Address={_vcf(_f(row, 'adresse'))}",
            f"Phone={_vcf(phone(row))}",
        ]
    )
    lines = [
        "##fileformat=VCFv4.2",
        f"##fileDate={_date(rng).replace('-', '')}",
        "##source=freebayes v1.3.6",
        f"##reference=file:///ref/{GENOME[0]}.fasta",
        f"##contig=<ID={GENOME[0]},length={GENOME[1]}>",
        '##INFO=<ID=DP,Number=1,Type=Integer,Description="Profondeur totale">',
        '##INFO=<ID=GENE,Number=1,Type=String,Description="Gène">',
        '##INFO=<ID=AA,Number=1,Type=String,Description="Changement d\'acide aminé">',
        '##FORMAT=<ID=GT,Number=1,Type=String,Description="Génotype">',
        '##FORMAT=<ID=AD,Number=R,Type=Integer,Description="Profondeur par allèle">',
        f"##referringSite=<{site}>",
        "##comment="
        + _vcf(f"Résistance à communiquer au CSDT {_f(row, 'nom')}, tél. {phone(row)}"),
        "\t".join(["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO", "FORMAT"])
        + f"\t{sample}",
    ]
    for pos, ref, alt, gene, change in calls:
        depth = rng.randint(40, 220)
        alt_reads = rng.randint(depth * 9 // 10, depth)
        info = f"DP={depth};GENE={gene};AA={change}"
        fields = [GENOME[0], str(pos), ".", ref, alt, f"{rng.uniform(300, 4000):.1f}", "PASS"]
        lines.append("\t".join([*fields, info, "GT:AD", f"1:{depth - alt_reads},{alt_reads}"]))
    return "\n".join(lines) + "\n"


def _h5_string(name: str, value: str, indent: str) -> list[str]:
    """One scalar UTF-8 string attribute as ``h5dump`` prints it (``STRSIZE`` in bytes)."""
    shown = value.replace("\\", "\\\\").replace('"', '\\"')
    return [
        f'{indent}ATTRIBUTE "{name}" {{',
        f"{indent}   DATATYPE  H5T_STRING {{",
        f"{indent}      STRSIZE {len(value.encode('utf-8'))};",
        f"{indent}      STRPAD H5T_STR_NULLTERM;",
        f"{indent}      CSET H5T_CSET_UTF8;",
        f"{indent}      CTYPE H5T_C_S1;",
        f"{indent}   }}",
        f"{indent}   DATASPACE  SCALAR",
        f"{indent}   DATA {{",
        f'{indent}   (0): "{shown}"',
        f"{indent}   }}",
        f"{indent}}}",
    ]


def _h5_integer(name: str, value: int, indent: str) -> list[str]:
    return [
        f'{indent}ATTRIBUTE "{name}" {{',
        f"{indent}   DATATYPE  H5T_STD_I32LE",
        f"{indent}   DATASPACE  SCALAR",
        f"{indent}   DATA {{",
        f"{indent}   (0): {value}",
        f"{indent}   }}",
        f"{indent}}}",
    ]


def h5dump_attributes(row: dict[str, Any], rng: random.Random) -> str:
    """A GeneXpert run's HDF5 export as ``h5dump -A`` lists it: the root group's attributes in
    name order (the centre's address, health area, name, phone, health zone, an invented
    instrument serial, cartridge count and run start, a results reminder repeating the number),
    then the ``resultats`` group's datasets (types and shapes, no data under ``-A``)."""
    tests = rng.randint(4, 16)
    strings = {
        "centre_adresse": _f(row, "adresse"),
        "centre_aire_de_sante": _f(row, "aire_de_sante"),
        "centre_nom": _f(row, "nom"),
        "centre_telephone": phone(row),
        "centre_zone_de_sante": _f(row, "zone_de_sante"),
        "debut_serie": f"{_date(rng)}T{_time(rng)}+01:00",
        "instrument_numero_serie": f"{rng.randint(700000, 899999)}",
        "rappel_resultats": f"Résultats MTB/RIF à rappeler au {phone(row)}",
    }
    lines = [f'HDF5 "xpert_{_slug(row)}_{rng.randint(100, 999)}.h5" {{', 'GROUP "/" {']
    for name in sorted([*strings, "nombre_cartouches"]):
        if name == "nombre_cartouches":
            lines += _h5_integer(name, tests, "   ")
        else:
            lines += _h5_string(name, strings[name], "   ")
    lines.append('   GROUP "resultats" {')
    for name, kind in (("ct_mtb", "H5T_IEEE_F32LE"), ("rif_resistance", "H5T_STD_U8LE")):
        lines += [
            f'      DATASET "{name}" {{',
            f"         DATATYPE  {kind}",
            f"         DATASPACE  SIMPLE {{ ( {tests} ) / ( {tests} ) }}",
            "      }",
        ]
    lines += ["   }", "}", "}"]
    return "\n".join(lines) + "\n"


def _step(value: str) -> str:
    """An ISO 10303-21 string: ``'`` doubled, ``\\`` doubled, each run of non-ASCII characters
    as ``\\X2\\`` hex (UTF-16 code units) closed by ``\\X0\\``."""
    out = value.replace("\\", "\\\\").replace("'", "''")
    out = re.sub(
        r"[^\x20-\x7e]+",
        lambda m: "\\X2\\" + m.group().encode("utf-16-be").hex().upper() + "\\X0\\",
        out,
    )
    return f"'{out}'"


GUID = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$"


def _guid(rng: random.Random) -> str:
    """An invented IFC GlobalId: 22 characters of IFC's base-64 alphabet, the first 0 to 3."""
    return rng.choice(GUID[:4]) + "".join(rng.choice(GUID) for _ in range(21))


def ifc_step(row: dict[str, Any], rng: random.Random) -> str:
    """The centre's rehabilitation model as an IFC4 STEP physical file: the header (file name,
    invented time stamp, schema), then the centre's telecom address (the phone field as its one
    telephone number), postal address (its address line, Kinshasa, the health zone as region),
    organisation (name, health area), site (invented GUID and parcel number) and a property
    set ``Pset_CSDT_Contact`` with the phone again, an invented bed count and inspection
    date."""
    name = _slug(row).upper()
    entities = [
        f"IFCTELECOMADDRESS(.OFFICE.,$,$,({_step(phone(row))}),$,$,$,$,$)",
        f"IFCPOSTALADDRESS(.OFFICE.,$,$,$,({_step(_f(row, 'adresse'))}),$,'Kinshasa',"
        f"{_step(_f(row, 'zone_de_sante'))},$,{_step('République Démocratique du Congo')})",
        f"IFCORGANIZATION($,{_step(_f(row, 'nom'))},"
        f"{_step('CSDT/CPLT, aire de santé ' + _f(row, 'aire_de_sante'))},$,(#1,#2))",
        f"IFCSITE('{_guid(rng)}',$,{_step(_f(row, 'nom'))},"
        f"{_step('Zone de santé ' + _f(row, 'zone_de_sante'))},$,$,$,$,.ELEMENT.,$,$,$,"
        f"'SU/{rng.randint(1000, 9999)}/{rng.randint(1985, 2019)}',#2)",
        f"IFCPROPERTYSINGLEVALUE('Telephone',$,IFCLABEL({_step(phone(row))}),$)",
        f"IFCPROPERTYSINGLEVALUE('NombreLits',$,IFCINTEGER({rng.randint(4, 40)}),$)",
        f"IFCPROPERTYSINGLEVALUE('DateInspection',$,IFCDATE('{_date(rng)}'),$)",
        f"IFCPROPERTYSET('{_guid(rng)}',$,'Pset_CSDT_Contact',$,(#5,#6,#7))",
        f"IFCRELDEFINESBYPROPERTIES('{_guid(rng)}',$,$,$,(#4),#8)",
    ]
    stamp = f"{_date(rng)}T{_time(rng)}"
    lines = [
        "ISO-10303-21;",
        "HEADER;",
        "FILE_DESCRIPTION(('ViewDefinition [ReferenceView_V1.2]'),'2;1');",
        f"FILE_NAME('CSDT_{name}_rehabilitation.ifc','{stamp}',('Service technique'),"
        "('Action Damien'),'IfcOpenShell 0.7.0','IfcOpenShell 0.7.0','');",
        "FILE_SCHEMA(('IFC4'));",
        "ENDSEC;",
        "DATA;",
        *(f"#{i}={entity};" for i, entity in enumerate(entities, 1)),
        "ENDSEC;",
        "END-ISO-10303-21;",
    ]
    return "\n".join(lines) + "\n"


def sam_header(row: dict[str, Any], rng: random.Random) -> str:
    """A sequenced sputum sample's BAM header as ``samtools view -H`` prints it: ``@HD``,
    ``@SQ`` of the H37Rv reference, an ``@RG`` whose ``DS`` names the referring centre, its
    address, zone, area and phone, the ``@PG`` lines of the aligner and sorter (invented flow
    cell, lane, barcode and sample id), and ``@CO`` lines naming the centre and repeating its
    number."""
    sample = _sample(rng)
    cell = "H" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTVWXY0123456789") for _ in range(8))
    lane = rng.randint(1, 4)
    group = f"{cell}.{lane}"
    barcode = "".join(rng.choice("ACGT") for _ in range(8))
    described = (
        f"Crachat référé par le CSDT {_f(row, 'nom')}, {_f(row, 'adresse')} "
        f"(ZS {_f(row, 'zone_de_sante')}, AS {_f(row, 'aire_de_sante')}), tél. {phone(row)}"
    )
    lines = [
        "@HD\tVN:1.6\tSO:coordinate",
        f"@SQ\tSN:{GENOME[0]}\tLN:{GENOME[1]}\tAS:H37Rv",
        "\t".join(
            [
                "@RG",
                f"ID:{group}",
                f"SM:{sample}",
                f"LB:{sample}-L{rng.randint(1, 3)}",
                "PL:ILLUMINA",
                f"PU:{group}.{barcode}",
                "CN:INRB Kinshasa",
                f"DT:{_date(rng)}",
                f"DS:{described}",
            ]
        ),
        f"@PG\tID:bwa\tPN:bwa\tVN:0.7.17-r1188\tCL:bwa mem -t {rng.choice((4, 8, 16))} "
        f"-R @RG\\tID:{group}\\tSM:{sample} H37Rv.fa {sample}_R1.fastq.gz {sample}_R2.fastq.gz",
        f"@PG\tID:samtools\tPN:samtools\tPP:bwa\tVN:1.16.1\tCL:samtools sort -@ "
        f"{rng.choice((2, 4))} -o {sample}.bam -",
        f"@CO\tCSDT référent : {_f(row, 'nom')} | zone de santé : {_f(row, 'zone_de_sante')} "
        f"| aire de santé : {_f(row, 'aire_de_sante')}",
        f"@CO\tContact du CSDT : {phone(row)}",
    ]
    return "\n".join(lines) + "\n"


BLOCKS: dict[str, Callable[[dict[str, Any], random.Random], str]] = {
    "vcf_header": vcf_header,
    "h5dump_attributes": h5dump_attributes,
    "ifc_step": ifc_step,
    "sam_header": sam_header,
}


def record(locale: str, n: int) -> dict[str, Any]:
    """The ``n``-th row of the directory in its layout: each copy of its phone field
    labelled."""
    from make_pii_eval import coordinates_rng

    row = by_locale()[locale][n]
    layout = layout_of(row, n)
    rng = coordinates_rng(SPLIT, locale, layout, n)
    block = phone_copies(BLOCKS[layout](row, rng), phone(row), PHONE, row["path"])
    return labelled_record(
        (SPLIT, locale, layout, n), row, block, lambda value: value.startswith("+")
    )


# every row once, the committed records, a rebuild, the command line (``register_part``)
generate, committed, write, main = register_part(DATA, by_locale, record, __doc__)

if __name__ == "__main__":
    main()
