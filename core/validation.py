"""Validation errors that name their field although a model-level validator finds them.

A check across fields (an amendment without ``proposed_text``, a rejection without a note) runs
after the fields are read, where pydantic can only report the whole body. Raising
``field_problem("note", "...")`` instead of ``ValueError`` lets the problem document point at the
field (``errors[].loc`` ``["body", "note"]``), as the contract's ``errors: [{loc, msg}]`` wants.
"""

from pydantic_core import PydanticCustomError

FIELD_PROBLEM = "field_problem"


def field_problem(field: str, message: str) -> PydanticCustomError:
    # The message is the template: braces in it would be read as placeholders.
    return PydanticCustomError(
        FIELD_PROBLEM, message.replace("{", "{{").replace("}", "}}"), {"field": field}
    )
