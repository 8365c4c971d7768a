"""Sales attribution: channel rules, the store's share of sales per channel, and platform claims vs the store.

Entry point: `sales_view(records, rules)` returns a `SalesView` (see view.py) with `share_of_sales_json()`
and `claimed_vs_observed_json()` for the `compare` JSON.
"""

from channelcompare.attribution.rules import Condition, Rule, RuleSet
from channelcompare.attribution.view import SalesView, sales_view

__all__ = ["Condition", "Rule", "RuleSet", "SalesView", "sales_view"]
