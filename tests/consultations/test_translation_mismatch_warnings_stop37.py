"""A translation refused for its anchors: `errors` lists the differences only, the parser's
notes come apart in the problem's `warnings` (they were listed among the differences)."""

import httpx

from api.state import AppState
from tests.consultations.test_consultations_api import secretariat_headers
from tests.factories import make_consultation

ENGLISH = (
    "The General Assembly,\n\n1. Decides to establish the Global Dialogue;\n\n"
    "2. Requests the Secretary-General to report;\n\n3. Decides to remain seized.\n"
)
# A title line above the text (skipped as front matter) and the third paragraph left out.
CHINESE = "信息社会审查成果文件草案\n\n大会，\n\n1. 决定设立全球对话；\n\n2. 请秘书长提出报告。\n"


async def test_parser_notes_are_warnings_not_differences(
    client: httpx.AsyncClient, state: AppState
) -> None:
    headers = await secretariat_headers(state)
    consultation = await make_consultation(state)
    created = await client.post(
        f"/v1/consultations/{consultation.id}/documents",
        json={"title": "Dialogue", "language": "en", "format": "text", "content": ENGLISH},
        headers=headers,
    )
    assert created.status_code == 201, created.text

    response = await client.put(
        f"/v1/documents/{created.json()['document']['id']}/versions/1/translations/zh",
        json={"content": CHINESE, "format": "text"},
        headers=headers,
    )

    assert response.status_code == 422, response.text
    problem = response.json()
    messages = [error["msg"] for error in problem["errors"]]
    assert "missing anchors: 3" in messages
    assert not [message for message in messages if message.startswith("line ")]
    [warning] = problem["warnings"]
    assert (warning["line"], warning["excerpt"]) == (1, "信息社会审查成果文件草案")
    assert warning["message"].startswith("front matter skipped")
