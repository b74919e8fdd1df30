<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
  <context>
    <name>AccountEventsDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>%n account event(s) about it will be deleted.</source>
      <translation>
        <numerusform>%n account event about it will be deleted.</numerusform>
        <numerusform>%n account events about it will be deleted.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>%n wrong password(s) on {computer}</source>
      <translation>
        <numerusform>%n wrong password on {computer}</numerusform>
        <numerusform>%n wrong passwords in a row on {computer}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>Its name will be blanked in %n event(s) it recorded about other accounts; those events stay.</source>
      <translation>
        <numerusform>Its name will be blanked in %n event it recorded about other accounts; that event stays.</numerusform>
        <numerusform>Its name will be blanked in %n events it recorded about other accounts; those events stay.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/account_events.py" />
      <source>“{name}” forgotten: %n account event(s) changed.</source>
      <translation>
        <numerusform>“{name}” forgotten: %n account event changed.</numerusform>
        <numerusform>“{name}” forgotten: %n account events changed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>AfterSettings</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings_after.py" />
      <source> days later</source>
      <translation>
        <numerusform> day later</numerusform>
        <numerusform> days later</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>CheckinPulseDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/checkin_pulse.py" />
      <source>%n answer(s) so far. Pass the screen on.</source>
      <translation>
        <numerusform>%n answer so far. Pass the screen on.</numerusform>
        <numerusform>%n answers so far. Pass the screen on.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/conflict_dialog.py" />
      <source>Someone else changed %n field(s) while you were editing. Their version is saved; yours is not yet.</source>
      <translation>
        <numerusform>Someone else changed %n field while you were editing. Their version is saved; yours is not yet.</numerusform>
        <numerusform>Someone else changed %n fields while you were editing. Their version is saved; yours is not yet.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DepartmentsDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>%n staff member(s) belong to “{name}”. Which department do they join?</source>
      <translation>
        <numerusform>%n staff member belongs to “{name}”. Which department do they join?</numerusform>
        <numerusform>%n staff members belong to “{name}”. Which department do they join?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/departments_dialog.py" />
      <source>%n staff member(s) belong to “{name}”: add the department they join first.</source>
      <translation>
        <numerusform>%n staff member belongs to “{name}”: add the department they join first.</numerusform>
        <numerusform>%n staff members belong to “{name}”: add the department they join first.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EditHistory</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Redo edit of %n field(s)</source>
      <translation>
        <numerusform>Redo edit of %n field</numerusform>
        <numerusform>Redo edit of %n fields</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/edit_history.py" />
      <source>Undo edit of %n field(s)</source>
      <translation>
        <numerusform>Undo edit of %n field</numerusform>
        <numerusform>Undo edit of %n fields</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EmailDrop</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>%n already in the journal</source>
      <translation>
        <numerusform>%n already in the journal</numerusform>
        <numerusform>%n already in the journal</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>%n e-mail(s) logged</source>
      <translation>
        <numerusform>%n e-mail logged</numerusform>
        <numerusform>%n e-mails logged</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>%n reply(ies) recorded as responses</source>
      <translation>
        <numerusform>%n reply recorded as a response</numerusform>
        <numerusform>%n replies recorded as responses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/email_drop.py" />
      <source>%n sender(s) not in the journal yet. Add them, as customers or as staff?</source>
      <translation>
        <numerusform>%n sender is not in the journal yet. Add them, as a customer or as staff?</numerusform>
        <numerusform>%n senders are not in the journal yet. Add them, as customers or as staff?</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>EntryDetail</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/entry_detail.py" />
      <source>%n change(s)</source>
      <translation>
        <numerusform>%n change</numerusform>
        <numerusform>%n changes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HistoryImportDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Added %n entries.</source>
      <translation>
        <numerusform>Added %n entry.</numerusform>
        <numerusform>Added %n entries.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Added %n new people: {names}</source>
      <translation>
        <numerusform>Added %n new person: {names}</numerusform>
        <numerusform>Added %n new people: {names}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Would add %n entries.</source>
      <translation>
        <numerusform>Would add %n entry.</numerusform>
        <numerusform>Would add %n entries.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/history_dialog.py" />
      <source>Would add %n new people: {names}</source>
      <translation>
        <numerusform>Would add %n new person: {names}</numerusform>
        <numerusform>Would add %n new people: {names}</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HowItWentDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/how_it_went.py" />
      <source>Answered %n out of 5</source>
      <translation>
        <numerusform>Answered %n out of 5</numerusform>
        <numerusform>Answered %n out of 5</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>KeptDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>%n person(s) past your retention periods, kept by your decision until a day or for a reason. Stop keeping someone to see them again in the list of who is due for deletion; nothing is deleted here.</source>
      <translation>
        <numerusform>%n person past your retention periods, kept by your decision until a day or for a reason. Stop keeping someone to see them again in the list of who is due for deletion; nothing is deleted here.</numerusform>
        <numerusform>%n people past your retention periods, kept by your decision until a day or for a reason. Stop keeping someone to see them again in the list of who is due for deletion; nothing is deleted here.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/kept_dialog.py" />
      <source>Stop keeping %n person(s) past the period: {names}? Their day and reason to keep them are cleared, and they are listed again as due for deletion (nothing is deleted until you confirm an erasure).</source>
      <translation>
        <numerusform>Stop keeping %n person past the period: {names}? Their day and reason to keep them are cleared, and they are listed again as due for deletion (nothing is deleted until you confirm an erasure).</numerusform>
        <numerusform>Stop keeping %n people past the period: {names}? Their day and reason to keep them are cleared, and they are listed again as due for deletion (nothing is deleted until you confirm an erasure).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/idle_lock.py" />
      <source>Wrong password, %n times. Wait before trying again.</source>
      <translation>
        <numerusform>Wrong password, %n time. Wait before trying again.</numerusform>
        <numerusform>Wrong password, %n times. Wait before trying again.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LosingTouchSection</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>&lt;b&gt;Losing touch&lt;/b&gt;: %n person(s) past the time to get in touch</source>
      <translation>
        <numerusform>&lt;b&gt;Losing touch&lt;/b&gt;: %n person past the time to get in touch</numerusform>
        <numerusform>&lt;b&gt;Losing touch&lt;/b&gt;: %n people past the time to get in touch</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/losing_touch.py" />
      <source>keep in touch every %n day(s)</source>
      <translation>
        <numerusform>keep in touch every %n day</numerusform>
        <numerusform>keep in touch every %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MissedRemindersDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>%n reminders came due while CX Journal was closed.</source>
      <translation>
        <numerusform>%n reminder came due while CX Journal was closed.</numerusform>
        <numerusform>%n reminders came due while CX Journal was closed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Page</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <source> days before</source>
      <translation>
        <numerusform> day before</numerusform>
        <numerusform> days before</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>%n page(s)</source>
      <translation>
        <numerusform>%n page</numerusform>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>%n pages. Save or print the report.</source>
      <translation>
        <numerusform>%n page. Save or print the report.</numerusform>
        <numerusform>%n pages. Save or print the report.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Blank: fewer than %n rating(s) at that hour.</source>
      <translation>
        <numerusform>Blank: fewer than %n rating at that hour.</numerusform>
        <numerusform>Blank: fewer than %n ratings at that hour.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/insights.py" />
      <source>Last %n month(s)</source>
      <translation>
        <numerusform>Last %n month</numerusform>
        <numerusform>Last %n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>{count} entries</source>
      <translation>
        <numerusform>{count} entry</numerusform>
        <numerusform>{count} entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <source>{count}+ entries</source>
      <translation>
        <numerusform>{count}+ entry</numerusform>
        <numerusform>{count}+ entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>{index}/100 from %n rating(s)</source>
      <translation>
        <numerusform>{index}/100 from %n rating</numerusform>
        <numerusform>{index}/100 from %n ratings</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>{kept} of {settled} on time, %n still open and late</source>
      <translation>
        <numerusform>{kept} of {settled} on time, %n still open and late</numerusform>
        <numerusform>{kept} of {settled} on time, %n still open and late</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PersonView</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>%n open problems</source>
      <translation>
        <numerusform>%n open problem</numerusform>
        <numerusform>%n open problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>%n open promises</source>
      <translation>
        <numerusform>%n open promise</numerusform>
        <numerusform>%n open promises</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/person_view.py" />
      <source>&lt;b&gt;History&lt;/b&gt;: %n items, newest first</source>
      <translation>
        <numerusform>&lt;b&gt;History&lt;/b&gt;: %n item, newest first</numerusform>
        <numerusform>&lt;b&gt;History&lt;/b&gt;: %n items, newest first</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>PrivacySection</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source> month(s)</source>
      <translation>
        <numerusform> month</numerusform>
        <numerusform> months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings_privacy.py" />
      <source>%n person(s) kept past these periods by your decision.</source>
      <translation>
        <numerusform>%n person kept past these periods by your decision.</numerusform>
        <numerusform>%n people kept past these periods by your decision.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RatingsView</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/ratings_view.py" />
      <source>%n rating(s)</source>
      <translation>
        <numerusform>%n rating</numerusform>
        <numerusform>%n ratings</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/reminder_banner.py" />
      <source>+%n more</source>
      <translation>
        <numerusform>+%n more</numerusform>
        <numerusform>+%n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/notifier.py" />
      <source>%n reminders</source>
      <translation>
        <numerusform>%n reminder</numerusform>
        <numerusform>%n reminders</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/notifier.py" />
      <source>and %n more</source>
      <translation>
        <numerusform>and %n more</numerusform>
        <numerusform>and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/resolve_dialog.py" />
      <source>Ask how it went in %n day(s)</source>
      <translation>
        <numerusform>Ask how it went in %n day</numerusform>
        <numerusform>Ask how it went in %n days</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>%n person(s) past your retention rules. Choose people, then erase them for good or keep them. Nothing is deleted until you confirm.</source>
      <translation>
        <numerusform>%n person past your retention rules. Choose people, then erase them for good or keep them. Nothing is deleted until you confirm.</numerusform>
        <numerusform>%n people past your retention rules. Choose people, then erase them for good or keep them. Nothing is deleted until you confirm.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/retention_dialog.py" />
      <source>Erase %n person(s) and everything recorded about them, for good? This cannot be undone.</source>
      <translation>
        <numerusform>Erase %n person and everything recorded about them, for good? This cannot be undone.</numerusform>
        <numerusform>Erase %n people and everything recorded about them, for good? This cannot be undone.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>RetentionNotice</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/retention_notice.py" />
      <source>%n person(s) due for deletion under your retention rules.</source>
      <translation>
        <numerusform>%n person due for deletion under your retention rules.</numerusform>
        <numerusform>%n people due for deletion under your retention rules.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>%n minutes</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>%n seconds</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/sign_in.py" />
      <source>Wrong password, %n times. Wait {wait} before trying again; an owner of the journal will see these attempts.</source>
      <translation>
        <numerusform>Wrong password, %n time. Wait {wait} before trying again; an owner of the journal will see these attempts.</numerusform>
        <numerusform>Wrong password, %n times. Wait {wait} before trying again; an owner of the journal will see these attempts.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TimeLeftSection</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/widgets/time_left.py" />
      <source>&lt;b&gt;Answer in time&lt;/b&gt; (opening hours): %n late</source>
      <translation>
        <numerusform>&lt;b&gt;Answer in time&lt;/b&gt; (opening hours): %n late</numerusform>
        <numerusform>&lt;b&gt;Answer in time&lt;/b&gt; (opening hours): %n late</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>TrashDialog</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>%n items of their history</source>
      <translation>
        <numerusform>%n item of their history</numerusform>
        <numerusform>%n items of their history</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Delete the %n items in the trash for good? This cannot be undone.</source>
      <translation>
        <numerusform>Delete the item in the trash for good? This cannot be undone.</numerusform>
        <numerusform>Delete the %n items in the trash for good? This cannot be undone.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/dialogs/trash_dialog.py" />
      <source>Their %n entries, promises and follow-ups will be deleted too.</source>
      <translation>
        <numerusform>The one entry, promise or follow-up of their history will be deleted too.</numerusform>
        <numerusform>Their %n entries, promises and follow-ups will be deleted too.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>accounts</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/pages/settings_accounts.py" />
      <source> minutes without use</source>
      <translation>
        <numerusform> minute without use</numerusform>
        <numerusform> minutes without use</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/app.py" />
      <source>%n erased people were in it and were removed again (register of erasures).</source>
      <translation>
        <numerusform>%n erased person was in it and was removed again (register of erasures).</numerusform>
        <numerusform>%n erased people were in it and were removed again (register of erasures).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>check</name>
    <message numerus="yes">
      <location filename="../../cxjournal/store/server_check.py" />
      <source>%n entries are missing from the search index.</source>
      <translation>
        <numerusform>%n entry is missing from the search index.</numerusform>
        <numerusform>%n entries are missing from the search index.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/store/server_check.py" />
      <source>This computer's clock is %n minutes off from the server's. The journal follows the server's clock; set this computer's clock right for its other programs.</source>
      <translation>
        <numerusform>This computer's clock is %n minute off from the server's. The journal follows the server's clock; set this computer's clock right for its other programs.</numerusform>
        <numerusform>This computer's clock is %n minutes off from the server's. The journal follows the server's clock; set this computer's clock right for its other programs.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>%n erased people were in it and were removed again (register of erasures).</source>
      <translation>
        <numerusform>%n erased person was in it and was removed again (register of erasures).</numerusform>
        <numerusform>%n erased people were in it and were removed again (register of erasures).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_reminders.py" />
      <source>%n events written to {path}.</source>
      <translation>
        <numerusform>%n event written to {path}.</numerusform>
        <numerusform>%n events written to {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>%n failed sign-ins in a row on {computer}</source>
      <translation>
        <numerusform>%n failed sign-in on {computer}</numerusform>
        <numerusform>%n failed sign-ins in a row on {computer}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>%n follow-ups</source>
      <translation>
        <numerusform>%n follow-up</numerusform>
        <numerusform>%n follow-ups</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_insights.py" />
      <source>%n pairs tested (at least {months} months with data on both sides); a link is not a cause: both sides may follow something else.</source>
      <translation>
        <numerusform>%n pair tested (at least {months} months with data on both sides); a link is not a cause: both sides may follow something else.</numerusform>
        <numerusform>%n pairs tested (at least {months} months with data on both sides); a link is not a cause: both sides may follow something else.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>%n people</source>
      <translation>
        <numerusform>%n person</numerusform>
        <numerusform>%n people</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>%n people past the period are kept by your decision, not listed for deletion (names: --json, or Settings ▸ Privacy).</source>
      <translation>
        <numerusform>%n person past the period is kept by your decision, not listed for deletion (names: --json, or Settings ▸ Privacy).</numerusform>
        <numerusform>%n people past the period are kept by your decision, not listed for deletion (names: --json, or Settings ▸ Privacy).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>%n promises</source>
      <translation>
        <numerusform>%n promise</numerusform>
        <numerusform>%n promises</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>%n staff members moved to {other}.</source>
      <translation>
        <numerusform>%n staff member moved to {other}.</numerusform>
        <numerusform>%n staff members moved to {other}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_attachments.py" />
      <source>Attached %n files to entry #{id}.</source>
      <translation>
        <numerusform>Attached %n file to entry #{id}.</numerusform>
        <numerusform>Attached %n files to entry #{id}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Copied %n rows into {target}. Every table arrived whole: the row counts and checksums match the journal's.</source>
      <translation>
        <numerusform>Copied %n row into {target}. Every table arrived whole: the row counts and checksums match the journal's.</numerusform>
        <numerusform>Copied %n rows into {target}. Every table arrived whole: the row counts and checksums match the journal's.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>Delete the %n items in the trash for good?</source>
      <translation>
        <numerusform>Delete the %n item in the trash for good?</numerusform>
        <numerusform>Delete the %n items in the trash for good?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_trash.py" />
      <source>Deleted %n items for good.</source>
      <translation>
        <numerusform>Deleted %n item for good.</numerusform>
        <numerusform>Deleted %n items for good.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_retention.py" />
      <source>Erased %n people past the period.</source>
      <translation>
        <numerusform>Erased %n person past the period.</numerusform>
        <numerusform>Erased %n people past the period.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Erased {name} and %n entries.</source>
      <translation>
        <numerusform>Erased {name} and %n entry.</numerusform>
        <numerusform>Erased {name} and %n entries.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Loaded %n rows from {path}.</source>
      <translation>
        <numerusform>Loaded %n row from {path}.</numerusform>
        <numerusform>Loaded %n rows from {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Nothing was imported: %n rows have errors. Correct them, or use --skip-invalid to import the others.</source>
      <translation>
        <numerusform>Nothing was imported: %n row has errors. Correct it, or use --skip-invalid to import the others.</numerusform>
        <numerusform>Nothing was imported: %n rows have errors. Correct them, or use --skip-invalid to import the others.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_data.py" />
      <source>Wrote %n files in {path}.</source>
      <translation>
        <numerusform>Wrote %n file in {path}.</numerusform>
        <numerusform>Wrote %n files in {path}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>Wrote {path}: %n pages.</source>
      <translation>
        <numerusform>Wrote {path}: %n page.</numerusform>
        <numerusform>Wrote {path}: %n pages.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_accounts.py" />
      <source>{name} forgotten: %n account events changed.</source>
      <translation>
        <numerusform>{name} forgotten: %n account event changed.</numerusform>
        <numerusform>{name} forgotten: %n account events changed.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>core</name>
    <message numerus="yes">
      <location filename="../../cxjournal/services/agenda.py" />
      <source>%n days</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/targets.py" />
      <source>%n h left</source>
      <translation>
        <numerusform>%n h left</numerusform>
        <numerusform>%n h left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/targets.py" />
      <source>%n min left</source>
      <translation>
        <numerusform>%n min left</numerusform>
        <numerusform>%n min left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/people.py" />
      <source>%n staff members belong to “{name}”; say which department they join instead.</source>
      <translation>
        <numerusform>%n staff member belongs to “{name}”; say which department they join instead.</numerusform>
        <numerusform>%n staff members belong to “{name}”; say which department they join instead.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_rate.py" />
      <source>%n suggestions filed into the journal</source>
      <translation>
        <numerusform>%n suggestion filed into the journal</numerusform>
        <numerusform>%n suggestions filed into the journal</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/insights.py" />
      <source>(ρ = {rho} over %n months, trends removed)</source>
      <translation>
        <numerusform>(ρ = {rho} over %n month, trends removed)</numerusform>
        <numerusform>(ρ = {rho} over %n months, trends removed)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Done: none in the last {days} days, %n earlier</source>
      <translation>
        <numerusform>Done: none in the last {days} days, %n earlier</numerusform>
        <numerusform>Done: none in the last {days} days, %n earlier</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/agenda.py" />
      <source>Done: the %n latest of {total}</source>
      <translation>
        <numerusform>Done: the latest of {total}</numerusform>
        <numerusform>Done: the %n latest of {total}</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/reminders.py" />
      <source>No response after %n hours</source>
      <translation>
        <numerusform>No response after %n hour</numerusform>
        <numerusform>No response after %n hours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/people.py" />
      <source>Note: {names} already have this phone number; the same person twice?</source>
      <translation>
        <numerusform>Note: {names} already has this phone number; the same person twice?</numerusform>
        <numerusform>Note: {names} already have this phone number; the same person twice?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/edits.py" />
      <source>Someone else changed these fields meanwhile ({changed}); nothing was saved: read them again and retry.</source>
      <translation>
        <numerusform>Someone else changed this field meanwhile ({changed}); nothing was saved: read it again and retry.</numerusform>
        <numerusform>Someone else changed these fields meanwhile ({changed}); nothing was saved: read them again and retry.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/happy_index.py" />
      <source>Staff pulse {index}/100 from %n answers.</source>
      <translation>
        <numerusform>Staff pulse {index}/100 from %n answer.</numerusform>
        <numerusform>Staff pulse {index}/100 from %n answers.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/keep_in_touch.py" />
      <source>keep in touch every %n days</source>
      <translation>
        <numerusform>keep in touch every %n day</numerusform>
        <numerusform>keep in touch every %n days</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/targets.py" />
      <source>late by %n h</source>
      <translation>
        <numerusform>late by %n h</numerusform>
        <numerusform>late by %n h</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/services/targets.py" />
      <source>late by %n min</source>
      <translation>
        <numerusform>late by %n min</numerusform>
        <numerusform>late by %n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>data</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>%n erased people were in it and were removed again (register of erasures).</source>
      <translation>
        <numerusform>%n erased person was in it and was removed again (register of erasures).</numerusform>
        <numerusform>%n erased people were in it and were removed again (register of erasures).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/shell/data_actions.py" />
      <source>%n events written to {path}. Import the file again later: your calendar updates them instead of adding copies.</source>
      <translation>
        <numerusform>%n event written to {path}. Import the file again later: your calendar updates it instead of adding a copy.</numerusform>
        <numerusform>%n events written to {path}. Import the file again later: your calendar updates them instead of adding copies.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>email</name>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>%n messages</source>
      <translation>
        <numerusform>%n message</numerusform>
        <numerusform>%n messages</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>%n replies</source>
      <translation>
        <numerusform>%n reply</numerusform>
        <numerusform>%n replies</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>Logged %n e-mails</source>
      <translation>
        <numerusform>Logged %n e-mail</numerusform>
        <numerusform>Logged %n e-mails</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/cli/cmd_email.py" />
      <source>Would log %n e-mails</source>
      <translation>
        <numerusform>Would log %n e-mail</numerusform>
        <numerusform>Would log %n e-mails</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>kiosk</name>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/kiosk/pages.py" />
      <source>%n rating(s) waiting to be saved</source>
      <translation>
        <numerusform>%n rating waiting to be saved</numerusform>
        <numerusform>%n ratings waiting to be saved</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/ui/kiosk/pin.py" />
      <source>Wrong PIN. Try again in %n second(s).</source>
      <translation>
        <numerusform>Wrong PIN. Try again in %n second.</numerusform>
        <numerusform>Wrong PIN. Try again in %n seconds.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n customers</source>
      <translation>
        <numerusform>%n customer</numerusform>
        <numerusform>%n customers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n entries</source>
      <translation>
        <numerusform>%n entry</numerusform>
        <numerusform>%n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n months</source>
      <translation>
        <numerusform>%n month</numerusform>
        <numerusform>%n months</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>%n open problems</source>
      <translation>
        <numerusform>%n open problem</numerusform>
        <numerusform>%n open problems</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>%n open promises</source>
      <translation>
        <numerusform>%n open promise</numerusform>
        <numerusform>%n open promises</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n people are kept past these periods by the owner's decision:</source>
      <translation>
        <numerusform>%n person is kept past these periods by the owner's decision:</numerusform>
        <numerusform>%n people are kept past these periods by the owner's decision:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n staff concerns</source>
      <translation>
        <numerusform>%n staff concern</numerusform>
        <numerusform>%n staff concerns</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n staff members</source>
      <translation>
        <numerusform>%n staff member</numerusform>
        <numerusform>%n staff members</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/privacy_register.py" />
      <source>%n years</source>
      <translation>
        <numerusform>%n year</numerusform>
        <numerusform>%n years</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customers: %n entries</source>
      <translation>
        <numerusform>Customers: %n entry</numerusform>
        <numerusform>Customers: %n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly_happy_map.py" />
      <source>Happy Index of the month: {index}/100 from %n ratings.</source>
      <translation>
        <numerusform>Happy Index of the month: {index}/100 from %n rating.</numerusform>
        <numerusform>Happy Index of the month: {index}/100 from %n ratings.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff: %n entries</source>
      <translation>
        <numerusform>Staff: %n entry</numerusform>
        <numerusform>Staff: %n entries</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{points} pts</source>
      <translation>
        <numerusform>{points} pt</numerusform>
        <numerusform>{points} pts</numerusform>
      </translation>
    </message>
  </context>
</TS>
