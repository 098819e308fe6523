"""Parts of the Tasks page: the task detail panel (status, progress note, evidence) and the
activity picker used to link activities as evidence."""
