"""File and API importers: platform exports in, canonical records out. Never imports Qt."""
