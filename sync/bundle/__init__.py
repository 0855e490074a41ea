"""USB bundles on the device: export pending changes for HQ, import HQ's acknowledgement."""
