"""The dialogs: quick capture, a person, a promise, a follow-up, departments, import, trash,
the welcome step, a refused journal, dates, resolving an entry, About."""
