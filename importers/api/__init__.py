"""API importers: fetch campaign results over HTTP (requests), mapped to the canonical model.

Nothing here runs unless the user asks for a fetch: the app makes no network request on its own.
"""
