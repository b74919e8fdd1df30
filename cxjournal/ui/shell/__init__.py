"""What starts the app and keeps it running: the QApplication and main window, menus, the
context and change notices passed to pages, the first paint, one instance per journal, the tray,
reminders, the crash log, translations, the checks made before Qt starts."""
