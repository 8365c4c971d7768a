"""The analysis views: self-contained widgets the main window places in its tabs.

Each view only presents a `channelcompare.compare.Comparison` it is given; it reads no file, setting or
thread. User choices go out as signals, for the shell to persist and to recompute with.

- `overview.OverviewView`: `set_comparison(c)`, `set_metric(name)`, `set_split_platforms(bool)`,
  `export_chart(path)`; signals `baselineChanged(str)`, `metricChanged(str)`, `platformsToggled(bool)`.
- `timing.TimingView`: `set_comparison(c)`, `set_channel(key)`, `set_metric(name)`, `export_chart(path)`;
  signals `channelChanged(str)`, `metricChanged(str)`.
- `trends.TrendsView`: `set_comparison(c)`, `set_metric(name)`, `export_chart(path)`; signal `metricChanged(str)`.
- `funnel.FunnelView`: `set_comparison(c)`, `export_chart(path)`.
- `sales_view.SalesView`: `set_comparison(c)`, `export_chart(path)`; signals `rulesRequested()` (open the
  channel-rules editor) and `ruleSuggested(dict)` (a suggested rule, `rule_to_json` form, to add).
- `filter_bar.FilterBar`: `set_available(channels, platforms, period)`, `set_filters(dict)`, `filters()`,
  `reset_filters()`; signal `filtersChanged(dict)` whose keys are `CompareOptions` fields.

`export_chart` writes PNG or SVG by the path's suffix. Shared helpers: `palette` (channel colours and
names), `formatting` (locale-aware numbers, money, dates), `metric_info` (metric names and tooltips).
"""
