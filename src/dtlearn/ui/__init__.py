"""The Qt interface: a thin client of the services. The only package that imports Qt."""
