"""Results leave the device: LRS push, signed bundles, and the hub that merges them."""
