"""language two-letter codes: tags stored with a three-letter ISO 639 code that has a two-letter
form ("eng-GB", "fra", "zho-Hans") take that form ("en-GB", "fr", "zh-Hans"), as every tag
written since the API normalises them (BCP 47 takes the shortest code, RFC 5646 2.2.1)

Before, "eng" was stored as a language of its own beside "en": a text under "eng" was out of
reach of `?language=en`, and a comment in "eng" out of a filter on "en". Rewritten: the
`language` of documents, versions, version texts, paragraphs, comments and export jobs, and the
`languages` lists of users and consultations (a code that appears twice once normalised is kept
once, where it first appeared). Audit entries and stored Idempotency-Key responses are left as
they were written: the first are hashed into the chain, the second are answered as they were.

A version that holds a text (or paragraphs) under both tags, "eng" and "en", cannot have both
under "en" (one text per version and language): its "eng" texts, paragraphs and the version's
own `language` are left as they are, and the "en" ones stay what `?language=en` serves. Nothing
is dropped, so nobody's translation is lost to a guess at which one is newer; such a version
is left for a person to sort out.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 19:00:00.000000
"""

from collections.abc import Iterable, Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import JSONB

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# ``core.languages.normalize_language_tag``'s three-letter to two-letter codes (pycountry
# 26.2.16) as they were when this migration was written: a copy, not an import, so that the
# migration rewrites the same tags whenever it runs. ISO 639-2/T and ISO 639-3 codes first,
# then the ISO 639-2/B (bibliographic) ones.
_PAIRS = """
    aar:aa abk:ab afr:af aka:ak amh:am ara:ar arg:an asm:as ava:av ave:ae aym:ay aze:az bak:ba
    bam:bm bel:be ben:bn bis:bi bod:bo bos:bs bre:br bul:bg cat:ca ces:cs cha:ch che:ce chu:cu
    chv:cv cor:kw cos:co cre:cr cym:cy dan:da deu:de div:dv dzo:dz ell:el eng:en epo:eo est:et
    eus:eu ewe:ee fao:fo fas:fa fij:fj fin:fi fra:fr fry:fy ful:ff gla:gd gle:ga glg:gl glv:gv
    grn:gn guj:gu hat:ht hau:ha hbs:sh heb:he her:hz hin:hi hmo:ho hrv:hr hun:hu hye:hy ibo:ig
    ido:io iii:ii iku:iu ile:ie ina:ia ind:id ipk:ik isl:is ita:it jav:jv jpn:ja kal:kl kan:kn
    kas:ks kat:ka kau:kr kaz:kk khm:km kik:ki kin:rw kir:ky kom:kv kon:kg kor:ko kua:kj kur:ku
    lao:lo lat:la lav:lv lim:li lin:ln lit:lt ltz:lb lub:lu lug:lg mah:mh mal:ml mar:mr mkd:mk
    mlg:mg mlt:mt mon:mn mri:mi msa:ms mya:my nau:na nav:nv nbl:nr nde:nd ndo:ng nep:ne nld:nl
    nno:nn nob:nb nor:no nya:ny oci:oc oji:oj ori:or orm:om oss:os pan:pa pli:pi pol:pl por:pt
    pus:ps que:qu roh:rm ron:ro run:rn rus:ru sag:sg san:sa sin:si slk:sk slv:sl sme:se smo:sm
    sna:sn snd:sd som:so sot:st spa:es sqi:sq srd:sc srp:sr ssw:ss sun:su swa:sw swe:sv tah:ty
    tam:ta tat:tt tel:te tgk:tg tgl:tl tha:th tir:ti ton:to tsn:tn tso:ts tuk:tk tur:tr twi:tw
    uig:ug ukr:uk urd:ur uzb:uz ven:ve vie:vi vol:vo wln:wa wol:wo xho:xh yid:yi yor:yo zha:za
    zho:zh zul:zu
    alb:sq arm:hy baq:eu bur:my chi:zh cze:cs dut:nl fre:fr geo:ka ger:de gre:el ice:is mac:mk
    mao:mi may:ms per:fa rum:ro slo:sk tib:bo wel:cy
"""
_TWO_LETTER = dict(pair.split(":") for pair in _PAIRS.split())

_BATCH = 500
_JSON = sa.JSON().with_variant(JSONB(), "postgresql")
_PLAIN_COLUMNS = ("documents", "comments", "export_jobs")
_LIST_COLUMNS = ("users", "consultations")


def _two_letter(tag: str) -> str:
    primary, dash, rest = tag.partition("-")
    shorter = _TWO_LETTER.get(primary.lower())
    return tag if shorter is None else f"{shorter}{dash}{rest}"


def _table(name: str, *columns: sa.ColumnClause[object]) -> sa.TableClause:
    return sa.table(name, sa.column("id", sa.Uuid()), *columns)


def _renamed(connection: sa.Connection, table: sa.TableClause) -> dict[str, str]:
    """The tags of ``table``'s ``language`` column that change, with their new form."""
    tags = connection.execute(
        sa.select(table.c.language).where(table.c.language.is_not(None)).distinct()
    ).scalars()
    return {tag: _two_letter(tag) for tag in tags if _two_letter(tag) != tag}


def _chunks(values: Sequence[object]) -> Iterable[Sequence[object]]:
    for start in range(0, len(values), _BATCH):
        yield values[start : start + _BATCH]


def _rename_plain(connection: sa.Connection, name: str) -> None:
    table = _table(name, sa.column("language", sa.String()))
    for old, new in _renamed(connection, table).items():
        connection.execute(table.update().where(table.c.language == old).values(language=new))


def _rename_versions(connection: sa.Connection) -> None:
    """Texts and paragraphs move to the new tag by version, with the version's own language,
    except in a version that already has one of them under the new tag."""
    texts = sa.table(
        "version_texts", sa.column("version_id", sa.Uuid()), sa.column("language", sa.String())
    )
    paragraphs = sa.table(
        "paragraphs", sa.column("version_id", sa.Uuid()), sa.column("language", sa.String())
    )
    versions = _table("document_versions", sa.column("language", sa.String()))
    holders = ((texts, texts.c.version_id), (paragraphs, paragraphs.c.version_id))
    renamed: dict[str, str] = {}
    for table in (texts, paragraphs, versions):
        renamed |= _renamed(connection, table)
    for old, new in renamed.items():
        taken = _versions_holding(connection, holders, new)
        moving = _versions_holding(connection, (*holders, (versions, versions.c.id)), old) - taken
        for chunk in _chunks(sorted(moving, key=str)):
            for table, version_id in (*holders, (versions, versions.c.id)):
                connection.execute(
                    table.update()
                    .where(table.c.language == old, version_id.in_(chunk))
                    .values(language=new)
                )


def _versions_holding(
    connection: sa.Connection,
    holders: Iterable[tuple[sa.TableClause, sa.ColumnClause[object]]],
    tag: str,
) -> set[object]:
    """The ids of the versions with a row under ``tag`` in one of ``holders``."""
    return {
        version_id
        for table, column in holders
        for version_id in connection.execute(
            sa.select(column).where(table.c.language == tag).distinct()
        ).scalars()
    }


def _rename_lists(connection: sa.Connection, name: str) -> None:
    table = _table(name, sa.column("languages", _JSON))
    after = None
    while True:
        query = sa.select(table.c.id, table.c.languages).order_by(table.c.id).limit(_BATCH)
        if after is not None:
            query = query.where(table.c.id > after)
        rows = connection.execute(query).all()
        if not rows:
            break
        for row_id, languages in rows:
            normalised = list(dict.fromkeys(_two_letter(tag) for tag in languages or []))
            if normalised != (languages or []):
                connection.execute(
                    table.update().where(table.c.id == row_id).values(languages=normalised)
                )
        after = rows[-1].id


def upgrade() -> None:
    connection = op.get_bind()
    for name in _PLAIN_COLUMNS:
        _rename_plain(connection, name)
    _rename_versions(connection)
    for name in _LIST_COLUMNS:
        _rename_lists(connection, name)


def downgrade() -> None:
    # Which tags were written with three letters is not kept; "en" is as good a tag to the
    # schema before this revision as "eng" was.
    pass
