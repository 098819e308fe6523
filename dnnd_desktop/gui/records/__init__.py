"""The record pages' building blocks: paged table model, list page, form dialogs on the compiled
Designer forms, household editor, links editor, attachments panel, personal-data actions."""
