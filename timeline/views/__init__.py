"""Public views, one module per kind of page: pages (HTML), downloads (data files)."""
