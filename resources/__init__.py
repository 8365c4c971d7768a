"""The files channelcompare ships: sample data, benchmark figures, translations, exchange rates, icons.

A package (and nothing more) so that `importlib.resources` finds these files the same way in a checkout,
in an installed wheel and in a PyInstaller bundle. Code reaches them through `channelcompare.resources`.
"""
