"""Paragraph parser: a report's figure reads as a box does right below its title ("Figure I" +
"Internet use by region, 2023", "图一" + "2023 年按区域分列的互联网使用情况"): a sentence
ending on the line below ("The figure shows …", "该图显示，…。") is the text going on below the
figure, a paragraph of its own, never the end of the figure's title, in English and Chinese
alike. The figure's source, its unit, its labels and legends, and a title wrapped at the page's
width or after its comma stay the figure's."""

from __future__ import annotations

import pytest

from consultations.parser import parse_document

ONE = (
    "1.     Internet use grew in all regions, although at very different rates across the\n"
    "       developing world.\n\n"
)
TWO = "\n2.     Gaps remain.\n"
CHINESE_ONE = (
    "1.     所有区域的互联网使用都有所增长，但发展中世界特别是最不发达国家的增长速度差异很大。\n\n"
)
CHINESE_TWO = "\n2.     差距依然存在。\n"


def _texts(content: str) -> list[tuple[str, str]]:
    return [(p.anchor, p.text) for p in parse_document(content).paragraphs]


@pytest.mark.parametrize(
    ("content", "figure", "sentence"),
    [
        (
            f"{ONE}Figure I\nInternet use by region, 2023\n"
            f"The figure shows that Africa lags behind.\n{TWO}",
            "Figure I\nInternet use by region, 2023",
            "The figure shows that Africa lags behind.",
        ),
        (
            f"{ONE}                    Figure I\n                    Internet use by region, 2023\n"
            f"                    The figure shows that Africa lags behind.\n{TWO}",
            "Figure I\nInternet use by region, 2023",
            "The figure shows that Africa lags behind.",
        ),
        (
            f"{ONE}Figure 1\nShare of the population using the Internet in least developed "
            "countries and\nsmall island developing States, 2019–2023\n"
            f"The figure shows that the gap has narrowed since 2019.\n{TWO}",
            "Figure 1\nShare of the population using the Internet in least developed countries "
            "and small island developing States, 2019–2023",
            "The figure shows that the gap has narrowed since 2019.",
        ),
        (
            f"{ONE}Figure I: Internet use by region, 2023\n"
            f"The figure shows that Africa lags behind.\n{TWO}",
            "Figure I: Internet use by region, 2023",
            "The figure shows that Africa lags behind.",
        ),
        (
            f"{CHINESE_ONE}图一\n2023 年按区域分列的互联网使用情况\n"
            f"该图显示，非洲落后于其他区域。\n{CHINESE_TWO}",
            "图一\n2023 年按区域分列的互联网使用情况",
            "该图显示，非洲落后于其他区域。",
        ),
        (
            f"{CHINESE_ONE}图 1\n2023 年按区域分列的互联网使用情况\n"
            f"该图显示，非洲落后。\n{CHINESE_TWO}",
            "图 1\n2023 年按区域分列的互联网使用情况",
            "该图显示，非洲落后。",
        ),
    ],
    ids=["english", "layout", "wrapped-title", "caption-with-title", "chinese", "chinese-arabic"],
)
def test_a_sentence_right_below_a_figures_title_is_text_of_its_own(
    content: str, figure: str, sentence: str
) -> None:
    texts = _texts(content)
    assert [anchor for anchor, _ in texts] == ["1", "p-2", "p-3", "2"]
    assert texts[1:3] == [("p-2", figure), ("p-3", sentence)]


@pytest.mark.parametrize(
    ("below", "figure"),
    [
        ("Source: ITU.", "Figure I\nInternet use by region, 2023\nSource: ITU."),
        (
            "(Percentage of population)",
            "Figure I\nInternet use by region, 2023\n(Percentage of population)",
        ),
        ("Africa\nAsia", "Figure I\nInternet use by region, 2023\nAfrica\nAsia"),
    ],
)
def test_a_figures_source_unit_and_legends_stay_the_figures(below: str, figure: str) -> None:
    content = f"{ONE}Figure I\nInternet use by region, 2023\n{below}\n{TWO}"
    assert [text for _, text in _texts(content)][1:-1] == [figure]


@pytest.mark.parametrize(
    ("title", "figure"),
    [
        (
            "Percentage of individuals using the Internet, by region and development status,\n"
            "2019–2023.",
            "Figure III\nPercentage of individuals using the Internet, by region and development "
            "status, 2019–2023.",
        ),
        (
            "Share of Member States reporting progress towards the Sustainable Development\nGoals.",
            "Figure III\nShare of Member States reporting progress towards the Sustainable "
            "Development Goals.",
        ),
    ],
)
def test_a_figures_title_wrapped_to_its_stop_stays_the_title(title: str, figure: str) -> None:
    content = f"{ONE}Figure III\n{title}\nSource: ITU.\n{TWO}"
    assert [text for _, text in _texts(content)][1:-1] == [f"{figure}\nSource: ITU."]


def test_a_sentence_below_a_figures_legends_reads_as_before() -> None:
    content = (
        f"{ONE}Figure I\nInternet use by region, 2023\nAfrica\nAsia\n"
        f"The figure shows that Africa lags behind.\n{TWO}"
    )
    assert [text for _, text in _texts(content)][1:-1] == [
        "Figure I\nInternet use by region, 2023\nAfrica\nAsia\n"
        "The figure shows that Africa lags behind."
    ]
