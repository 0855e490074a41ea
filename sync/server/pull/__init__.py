"""Pull: changes in a device's scope since its checkpoint, scope digest and repair."""
