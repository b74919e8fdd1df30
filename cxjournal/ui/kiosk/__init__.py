"""The counter kiosk: a full-screen window that asks one question with four smileys, for customers
at the counter or (``--staff``) for the staff pulse in the break room, and shows nothing else of the
journal. Leaving it takes the owner's PIN."""
