"""The section contract: one declared list of optional methods, asked for by name."""

from __future__ import annotations

import pytest

from isoapp.ui.shell import contract


class Notes:
    def flush(self) -> bool:
        return True

    def new_note(self, section_id=None, title="", body="") -> None:
        pass


def test_offers_finds_the_methods_a_section_has():
    assert contract.METHODS == {"self_check", "prepare_screenshot", "print_", "focus_search", "flush", "new_note"}
    assert contract.offers(Notes(), "flush") and contract.offers(Notes(), "new_note")
    assert not contract.offers(Notes(), "print_") and not contract.offers(object(), "flush")


def test_a_name_outside_the_contract_is_refused():
    with pytest.raises(ValueError, match="not part of the section contract"):
        contract.offers(Notes(), "save")


def test_helpers_run_only_what_is_offered():
    class Checked:
        prepared = False

        def self_check(self):
            return [("works", True, "")]

        def prepare_screenshot(self):
            self.prepared = True

    widget = Checked()
    assert contract.self_checks(widget) == [("works", True, "")] and contract.self_checks(Notes()) == []
    contract.prepare_screenshot(widget)
    contract.prepare_screenshot(Notes())  # offers nothing: no error
    assert widget.prepared
