"""Dialogs: source issues (rejected rows and warnings), column mapping, about."""
