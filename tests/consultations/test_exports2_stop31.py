"""A synthesis as a secretariat circulates it (audit of exports, stop 31, F2 and F7): a synthesis
in a translation carries its language in its file name and ``Content-Language`` and cites every
paragraph as the original does; headings are named by their number and title, an annex's too
(in Chinese and Arabic, with references joined by their script's comma:
test_synthesis_language_stop32)."""

from __future__ import annotations

import io
import uuid
import zipfile
from collections.abc import Mapping
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlmodel.ext.asyncio.session import AsyncSession

from api.state import AppState
from consultations.models import Round
from consultations.synthesis_model import SynthesisParagraph
from consultations.synthesis_render import heading_names
from tests.consultations.test_comment_versions_stop31 import first_reading, put_translation
from tests.consultations.test_export_job_language import _scenario as translated_scenario
from tests.consultations.test_reports_helpers import Row, insert_comments
from tests.factories import make_organization

ENGLISH = """Draft outcome document

I. Progress and remaining gaps

1. We welcome the progress made since the adoption of the Compact.

2. We note with concern that:
(a) Digital divides persist between and within countries;
(b) Women remain under-represented in the digital economy;

II. Commitments

3. We commit to close the digital divides by 2030.

Annex I
Terms of reference of the panel

1. The panel shall consist of forty members serving in their personal capacity.

2. Members shall be selected with due regard to gender balance.
"""
FRENCH = """Projet de document final

I. Progrès accomplis et lacunes

1. Nous saluons les progrès accomplis depuis l'adoption du Pacte.

2. Nous notons avec préoccupation que :
a) Les fractures numériques persistent entre les pays et en leur sein ;
b) Les femmes restent sous-représentées dans l'économie numérique ;

II. Engagements

3. Nous nous engageons à combler les fractures numériques d'ici à 2030.

Annexe I
Mandat du groupe

1. Le groupe est composé de quarante membres siégeant à titre personnel.

2. Les membres sont choisis compte dûment tenu de l'équilibre entre les sexes.
"""
CHINESE = """成果文件草案

一、进展和仍然存在的差距

1. 我们欢迎《契约》通过以来取得的进展。

2. 我们关切地注意到：
(a) 国家之间和国家内部的数字鸿沟依然存在；
(b) 妇女在数字经济中的代表性仍然不足；

二、承诺

3. 我们承诺到2030年弥合数字鸿沟。

附件一
小组的职权范围

1. 小组由四十名以个人身份任职的成员组成。

2. 遴选成员时应适当顾及性别平衡。
"""
ARABIC = """مشروع الوثيقة الختامية

أولا - التقدم المحرز والثغرات المتبقية

1 - نرحب بالتقدم المحرز منذ اعتماد الميثاق.

2 - نلاحظ مع القلق ما يلي:
(أ) استمرار الفجوات الرقمية بين البلدان وداخلها؛
(ب) استمرار نقص تمثيل المرأة في الاقتصاد الرقمي؛

ثانيا - الالتزامات

3 - نلتزم بسد الفجوات الرقمية بحلول عام 2030.

المرفق الأول
اختصاصات الفريق

1 - يتألف الفريق من أربعين عضوا يعملون بصفتهم الشخصية.

2 - يُختار الأعضاء مع إيلاء الاعتبار الواجب للتوازن بين الجنسين.
"""
COMMENTED = ("1", "2.a", "annex-1/1")


async def _parsed_round(
    client: httpx.AsyncClient,
    state: AppState,
    language: str,
    content: str,
    translations: Mapping[str, str] = {},
) -> Round:
    """An open round on ``content`` in ``language`` with its ``translations``, imported through
    the API, and a comment on each of ``COMMENTED``."""
    document_id, round_id, _, _, secretariat = await first_reading(client, state, language, content)
    for tag, text in translations.items():
        await put_translation(client, secretariat, document_id, 1, tag, text)
    async with AsyncSession(state.engine) as session:
        round_ = await session.get(Round, uuid.UUID(round_id))
    assert round_ is not None
    ngo = await make_organization(state)
    await insert_comments(state, round_, [Row(ngo.id, anchor=anchor) for anchor in COMMENTED])
    return round_


async def _synthesis(
    client: httpx.AsyncClient, round_: Round, format: str, language: str | None = None
) -> httpx.Response:
    params = {"format": format} | ({"language": language} if language else {})
    response = await client.get(f"/v1/rounds/{round_.id}/synthesis", params=params)
    assert response.status_code == 200, response.text
    return response


def _word_headings(content: bytes) -> list[str]:
    """The text of each paragraph styled Heading 2 (the paragraphs' own headings)."""
    xml = zipfile.ZipFile(io.BytesIO(content)).read("word/document.xml").decode("utf-8")
    headings = []
    for paragraph in xml.split("<w:p>")[1:]:
        if '<w:pStyle w:val="Heading2"/>' in paragraph:
            runs = [run.split(">", 1)[1] for run in paragraph.split("<w:t")[1:]]
            headings.append("".join(run.split("</w:t>", 1)[0] for run in runs))
    return headings


def _references(report: Any) -> dict[str, str | None]:
    return {paragraph["anchor"]: paragraph["reference"] for paragraph in report["paragraphs"]}


# F2 ---------------------------------------------------------------------------------------------


async def test_a_synthesis_in_a_translation_carries_its_language(
    client: httpx.AsyncClient, state: AppState
) -> None:
    s = await translated_scenario(state)  # a Chinese original with a French translation
    url = f"/v1/rounds/{s['round'].id}/synthesis"
    extensions = {"docx": "docx", "markdown": "md", "csv": "csv", "json": "json"}
    for fmt, extension in extensions.items():
        french = await client.get(url, params={"format": fmt, "language": "FR"})
        assert french.headers["content-disposition"].endswith(f'-synthesis.fr.{extension}"')
        assert french.headers["content-language"] == "fr"
        original = await client.get(url, params={"format": fmt})
        assert original.headers["content-disposition"].endswith(f'-synthesis.{extension}"')
        assert original.headers["content-language"] == "zh"
        # Asking for the original language by name is the original synthesis.
        named = await client.get(url, params={"format": fmt, "language": "zh"})
        assert named.headers["content-disposition"] == original.headers["content-disposition"]
    job = await client.post(
        f"/v1/rounds/{s['round'].id}/exports",
        json={"format": "docx", "language": "fr"},
        headers=s["headers"],
    )
    assert job.status_code == 202, job.text
    assert job.json()["filename"].endswith("-synthesis.fr.docx")
    original_job = await client.post(
        f"/v1/rounds/{s['round'].id}/exports", json={"format": "docx"}, headers=s["headers"]
    )
    assert original_job.json()["filename"].endswith("-synthesis.docx")


@pytest.mark.parametrize(
    ("original", "translation", "references", "cited", "translation_labels", "texts", "annex_path"),
    [
        pytest.param(
            ("en", ENGLISH),
            ("fr", FRENCH),
            {"2.a": "Paragraph 2 (a)", "annex-1/1": "Annex I, 1"},
            {"2.a": "Paragraph 2 (a)", "annex-1/1": "Annex I, 1"},
            ("Paragraph 2 a)", "Annexe I, 1"),
            {"2.a": "Les fractures numériques", "annex-1/1": "Le groupe est composé"},
            ["Annexe I Mandat du groupe"],
            id="english-original-french-translation",
        ),
        pytest.param(
            ("zh", CHINESE),
            ("en", ENGLISH),
            {"2.a": "Paragraph 2 (a)", "annex-1/1": "附件一, 1"},
            {"2.a": "Paragraph 2 (a)", "annex-1/1": "附件一，1"},
            ("Annex I, 1",),
            {"2.a": "Digital divides persist", "annex-1/1": "The panel shall consist"},
            ["Annex I Terms of reference of the panel"],
            id="chinese-original-english-translation",
        ),
    ],
)
async def test_a_translated_synthesis_cites_every_paragraph_as_the_original_does(
    client: httpx.AsyncClient,
    state: AppState,
    original: tuple[str, str],
    translation: tuple[str, str],
    references: dict[str, str],
    cited: dict[str, str],
    translation_labels: tuple[str, ...],
    texts: dict[str, str],
    annex_path: list[str],
) -> None:
    """``references`` as the JSON gives them, ``cited`` as Markdown and Word print them (in the
    original's script), never the ``translation_labels`` the translation prints."""
    language, translated_text = translation
    round_ = await _parsed_round(client, state, *original, {language: translated_text})
    in_original = (await _synthesis(client, round_, "json")).json()
    translated = (await _synthesis(client, round_, "json", language)).json()
    assert _references(translated) == _references(in_original)
    assert _references(translated).items() >= references.items()
    # The paragraph texts and the headings are the translation's.
    paragraphs = {paragraph["anchor"]: paragraph for paragraph in translated["paragraphs"]}
    for anchor, opening in texts.items():
        assert paragraphs[anchor]["text"].startswith(opening)
    assert paragraphs["annex-1/1"]["heading_path"] == annex_path
    markdown = (await _synthesis(client, round_, "markdown", language)).text
    word = _word_headings((await _synthesis(client, round_, "docx", language)).content)
    for anchor, name in cited.items():
        assert f"### {name} · `{anchor}`" in markdown
        assert f"{name} [{anchor}]" in word
    for label in translation_labels:
        assert label not in markdown


# F7 ---------------------------------------------------------------------------------------------


async def test_headings_are_named_by_their_number_and_title_in_markdown_and_word(
    client: httpx.AsyncClient, state: AppState
) -> None:
    round_ = await _parsed_round(client, state, "en", ENGLISH)
    markdown = (await _synthesis(client, round_, "markdown")).text
    assert "### I. Progress and remaining gaps · `section-1`" in markdown
    assert "### II. Commitments · `section-2`" in markdown
    assert "### Annex I: Terms of reference of the panel · `annex-1`" in markdown
    # The path above an annex paragraph reads as the annex's own heading does.
    assert "_Annex I: Terms of reference of the panel_" in markdown
    assert "_I. Progress and remaining gaps_" in markdown
    # A heading's title is in its heading line, not quoted again below it.
    assert "> Progress and remaining gaps" not in markdown
    assert "### I · " not in markdown
    word = _word_headings((await _synthesis(client, round_, "docx")).content)
    assert "I. Progress and remaining gaps [section-1]" in word
    assert "Annex I: Terms of reference of the panel [annex-1]" in word
    assert "I [section-1]" not in word
    # Renderings only: the JSON keeps its reference and heading path.
    report = (await _synthesis(client, round_, "json")).json()
    paragraphs = {paragraph["anchor"]: paragraph for paragraph in report["paragraphs"]}
    assert paragraphs["section-1"]["reference"] == "I"
    assert paragraphs["annex-1"]["reference"] == "Annex I"
    assert paragraphs["annex-1/1"]["heading_path"] == ["Annex I Terms of reference of the panel"]


def _uncommented(
    anchor: str,
    label: str | None,
    reference: str | None,
    heading_path: tuple[str, ...],
    text: str,
    heading: bool = False,
) -> SynthesisParagraph:
    return SynthesisParagraph(
        anchor=anchor,
        label=label,
        reference=reference,
        heading_path=heading_path,
        text=text,
        comment_count=0,
        comment_ids=(),
        by_group={},
        by_position={},
        amendments=(),
        clusters=(),
        unclustered_comment_ids=(),
        other_comments=(),
        heading=heading,
    )


def _heading(anchor: str, label: str | None, title: str) -> SynthesisParagraph:
    return _uncommented(anchor, label, label, (), title, heading=True)


def _under(heading_path: tuple[str, ...]) -> SynthesisParagraph:
    return _uncommented("1", "1", "Paragraph 1", heading_path, "Text.")


LABELS = st.sampled_from(
    ["Annex I", "Annex", "Chapter II", "Objective 1", "附件一", "第一章", "建议 1", "المرفق الأول"]
)
TITLES = st.sampled_from(
    ["Terms of reference of the panel", "General provisions", "职权范围", "اختصاصات الفريق"]
)


@given(LABELS, TITLES, st.sampled_from([" ", ""]))
def test_a_heading_printed_on_two_lines_reads_as_number_colon_title(
    label: str, title: str, joiner: str
) -> None:
    printed = f"{label}{joiner}{title}"
    names = heading_names([_heading("annex-1", label, title), _under((printed,))])
    colon = "：" if "\u4e00" <= title[0] <= "\u9fff" or "\u4e00" <= label[-1] <= "\u9fff" else ": "
    assert names["annex-1"] == names[printed] == f"{label}{colon}{title}"


@given(LABELS, TITLES, st.sampled_from([". ", " - ", " – ", "、", "：", ": "]))
def test_a_heading_printed_with_its_punctuation_reads_as_printed(
    label: str, title: str, punctuation: str
) -> None:
    printed = f"{label}{punctuation}{title}"
    names = heading_names([_heading("annex-1", label, title), _under((printed,))])
    assert names["annex-1"] == printed
    assert printed not in names  # a path part printed with its punctuation is shown as it is
