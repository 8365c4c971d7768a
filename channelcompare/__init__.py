"""channelcompare domain core: canonical model, metrics, statistics and reports. Never imports Qt."""

__version__ = "0.1.0"
APP_NAME = "channelcompare"
ORG_NAME = "channelcompare"
