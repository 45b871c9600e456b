"""Cohorts: many exports (a data-donation study's participants, an agency's client accounts) each
summarised by the code of ``community-lens summary``, in parallel on Dask, into one folder of tables.

``inputs`` (paths, globs, folders, manifests) -> ``engine`` (the task; serial, LocalCluster or a cluster)
-> ``flatten`` (a summary as one row of aggregate figures) -> ``percentiles`` -> ``store``
(data/cohorts/NAME/ and the per-export cache); ``build`` runs them in that order.
"""
