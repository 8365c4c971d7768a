"""Everything Qt. Presents what channelcompare computes; computes nothing itself."""
