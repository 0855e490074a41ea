"""USB bundles at HQ: import a device's bundle, answer with a signed acknowledgement bundle."""
