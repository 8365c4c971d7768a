"""The user's channel rules: saved in the open workspace (and in the settings, for when none is open) and
applied to every comparison through `Choices.channel_rules`.

Rules are edited in the rules dialog (Analysis > Channel rules…, or from the Sales tab); a rule the Sales tab
suggests for an unassigned medium is added in one click. Each change is saved at once and ends in one
recompute, so every view shows the new classification.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from channelcompare.attribution import RuleSet
from channelcompare.attribution.storage import rules_to_json
from channelcompare.errors import WorkspaceError
from session.workspace import parsed_rules
from ui import errors
from ui.workspace_sync import WorkspaceSync

if TYPE_CHECKING:
    from channelcompare.workspace import Workspace
    from ui.window_shell import WindowShell



class ChannelRules(QObject):
    """Reads, edits and saves the session's channel rules for `window`."""

    def __init__(self, window: WindowShell) -> None:
        super().__init__(window)
        self.window = window
        saved = parsed_rules(window.settings.channel_rules(), "channel rules in the settings")
        window.session.choices.channel_rules = saved

    def current(self) -> RuleSet:
        return self.window.session.choices.channel_rules or RuleSet()

    def edit(self) -> None:
        """Open the rules dialog; OK applies and saves the edited rules."""
        from ui.dialogs.rules_dialog import RulesDialog

        edited = RulesDialog.ask(self.window, self.current())
        if edited is not None:
            self.apply(edited)

    def add_rule(self, rule_json: dict[str, Any]) -> None:
        """Add one rule (a suggested rule, in `rule_to_json` form) after the user's own rules."""
        rules = self.current()
        parsed = parsed_rules({"version": 1, "rules": [rule_json], "code_rules": []}, "suggested rule")
        if parsed is None or parsed.user_rules[0] in rules.user_rules:
            return
        rule = parsed.user_rules[0]
        self.apply(dataclasses.replace(rules, user_rules=rules.user_rules + (rule,)))
        self.window.status.show_message(
            self.tr("Channel rule added: {0}. Edit it in View > Channel rules…").format(rule.name)
        )

    def apply(self, rules: RuleSet) -> None:
        """Use `rules` from now on, as one step Edit > Undo takes back (ui.undo)."""
        from ui.undo import ChangeRules

        before = self.window.session.choices.channel_rules
        self.window.undo_stack.push(ChangeRules(self._use, before, rules))

    def _use(self, rules: RuleSet | None) -> None:
        """Saved at once, then every view recomputed."""
        self.window.session.choices.channel_rules = rules
        self._save(rules or RuleSet())
        if self.window.session.has_data():
            self.window.recompute()

    def _save(self, rules: RuleSet) -> None:
        data = rules_to_json(rules)
        self.window.settings.set_channel_rules(data)
        workspace = self._workspace()
        if workspace is None:
            return
        try:
            workspace.set_channel_rules(data)
        except WorkspaceError as error:
            errors.show_error(self.window, error)

    def _workspace(self) -> Workspace | None:
        sync = self.window.findChild(WorkspaceSync)
        return None if sync is None else sync.workspace
