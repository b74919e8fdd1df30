<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>About</name>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>About CX Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>Customer feedback, staff concerns, promises and follow-ups in one journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>Fonts: DejaVu (Bitstream Vera licence). Built with Qt for Python (LGPL).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>Free software under the GNU General Public License, version 3 or later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/about.py" />
      <source>Your journal file:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>CX Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>CX Journal — {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>New entry…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Promises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/main_window.py" />
      <source>Today</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Page</name>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>&amp;Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>&amp;Save as PDF…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Building the report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Cannot print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Cannot save</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Include confidential entries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Language of the app</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Month:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Monthly relationship report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Name or #number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>P&amp;rint…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>PDF files (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Page {number}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Person history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Person:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Report:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Save the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Saved to {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Sent {printed} of {total} pages to the printer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>The printer is not ready.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>The report could not be built: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>The report could not be saved to {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/customers.py" />
      <location filename="../../cxjournal/ui/pages/followups.py" />
      <location filename="../../cxjournal/ui/pages/journal.py" />
      <location filename="../../cxjournal/ui/pages/promises.py" />
      <location filename="../../cxjournal/ui/pages/settings.py" />
      <location filename="../../cxjournal/ui/pages/staff.py" />
      <location filename="../../cxjournal/ui/pages/today.py" />
      <source>This page is coming soon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Week of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Week of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>Weekly follow-up sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/ui/pages/reports.py" />
      <source>{count} pages. Save or print it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <location filename="../../cxjournal/ui/app.py" />
      <source>CX Journal</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source> (archived)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>(anonymous)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Added department {name} (#{id}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Added {name} (#{id}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Archived {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>CX Journal: customer feedback, staff concerns, promises and follow-ups in one journal. Without a command, the window opens.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>Demo journal ready: {people} people, {entries} entries, {promises} promises, {followups} follow-ups ({seconds:.1f} s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Entry #{id} closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Entry #{id} reopened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} set for {due}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Follow-up #{id} snoozed until {when}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Logged entry #{id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>Month {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>Next one: #{id} on {due}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} marked broken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} now due {due} (first promised for {first}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>Promise #{id} recorded, due {due}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>Promises due: {due}, kept on time: {kept}, late: {late}, broken: {broken}, keeping rate: {rate} %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>RFC 5545 rule, e.g. FREQ=MONTHLY;BYDAY=1MO</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>Response recorded on entry #{id}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>Saved {name} (#{id}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>Week of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>Wrote {path}: {pages} page(s).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>add a customer or a staff member</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>add a department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>add a follow-up, once or repeating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>add, list, show, edit or archive people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>agree a new due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>any day of the week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>bring them back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>change a person's details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>close it without action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>comma-separated tags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>company, for a business customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>cxjournal: interrupted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>default: the language setting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>default: this month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>department (staff only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>entry it answers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>entry number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>everything about one person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_demo.py" />
      <source>fill an empty journal with demo data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>full-text search of the journal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>hide a person from everyday lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>hour, tomorrow, next-week, or YYYY-MM-DD HH:MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>how often to check in with its staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/__init__.py" />
      <source>journal file to use (default: $CXJOURNAL_DB, else the user data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>keep it quiet until later</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>list departments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>list entries with filters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>list follow-ups, soonest first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>list or add departments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>list people</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>list promises, soonest due first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>mark an entry resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>mark done (a repeating one is scheduled again)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>name or #id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>name or #id (leave out for an anonymous walk-in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>needed only without --person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>part of a name, email or phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>print the result as JSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>print-ready PDF reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>promises made to customers and staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>record a new journal entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>record a promise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>record a response given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_followups.py" />
      <source>reminders to follow up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>reopen a closed entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>role or job title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>show one entry and its responses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>show one person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>show, answer, resolve or reopen an entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>the figures of a month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>the monthly relationship report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>the promise no longer applies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>the promise was kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>the promise will not be kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_reports.py" />
      <source>this week's follow-up sheet, to pin on the wall</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <location filename="../../cxjournal/cli/cmd_promises.py" />
      <source>when (default now)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_entries.py" />
      <source>when it happened (YYYY-MM-DD HH:MM; default now)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_people.py" />
      <source>{name} is back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/cli/cmd_search.py" />
      <source>{n} entries, {opened} problems opened, {resolved} resolved, first response {first} h (median), resolution {res} h, satisfaction {sat}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>core</name>
    <message>
      <location filename="../../cxjournal/demo.py" />
      <source>A demo needs at least 3 people, 0 entries and 1 month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>A department called “{name}” already exists.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>A promise cannot be settled before it was made.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>A response cannot come before the entry it answers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>An entry cannot be resolved before it happened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>An entry cannot move between customers and staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>Answer yes or no.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>Cannot create the journal {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>Cannot write {path}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <source>Department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Department name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Details</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <source>Entries cannot be sorted by “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>Entry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Give a single repeat rule.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>Give a whole number from 0 (off) to 10000.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Give only the repeat rule (FREQ=...), not a start date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Give the new due date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Made on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>New due date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Nobody called “{name}” is in the journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Only an open promise can be given a new date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Only staff members belong to a department.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>Promise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Satisfaction must be a whole number from 1 to 5, not “{value}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>Say by when the promise is due.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Say when to follow up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>Say which month the report is for.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Say who this is about, or whether it comes from a customer or staff.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Say who: a name or #id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>Say whose history to print.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>Setting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>Several people are called “{name}” ({ids}); use the #id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Snooze until</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>Snooze until a time in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/demo.py" />
      <source>That demo would be too large.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>That entry is about someone else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/demo.py" />
      <source>The demo only fills an empty journal; this one has data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/demo.py" />
      <source>The demo speaks fr or en, not “{lang}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>The due date ({due}) is before the day the promise was made ({made}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>The folder {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <source>The start date is after the end date.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>There is no department called “{name}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>There is no report called “{kind}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>There is no setting called “{key}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>This entry is already closed; reopen it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>This entry is already open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>This follow-up is already done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>This promise is already {state}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/people.py" />
      <source>Unknown detail: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/promises.py" />
      <source>What was promised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/followups.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>cadence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>channel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>check-in cadence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <source>kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>priority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <location filename="../../cxjournal/services/entry_query.py" />
      <location filename="../../cxjournal/services/people.py" />
      <source>side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>state</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entry_query.py" />
      <location filename="../../cxjournal/services/promises.py" />
      <source>status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label} cannot be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label} contains invisible control characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label} is too long ({length} characters; at most {max}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label}: “{value}” is not a valid date (use YYYY-MM-DD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>{label}: “{value}” is not a valid date and time (use YYYY-MM-DD or YYYY-MM-DD HH:MM).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/people.py" />
      <source>{name} already has journal entries as a {side}; the side cannot change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>{name} is a {side}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} cannot be read as a CX Journal ({reason}). It was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is a database of another program, not a CX Journal. It was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is a folder, not a journal file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/building.py" />
      <source>{path} is a folder; give a file name ending in .pdf.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is damaged and cannot be opened ({reason}). It was left untouched. Restore a backup or open another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is locked by another program. Close it and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} is not a CX Journal file (it is not a database). It was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/store/connection.py" />
      <source>{path} was made by a newer version of CX Journal. Update the app to open it; the file was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/common.py" />
      <source>{what} #{id} does not exist or is in the trash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>“{email}” does not look like an email address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/entries.py" />
      <source>“{kind}” is not a kind of {side} entry; choose one of: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>“{phone}” does not look like a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/followups.py" />
      <source>“{rule}” is not a repeat rule CX Journal understands ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/stats.py" />
      <source>“{text}” is not a month; write it as YYYY-MM, for example 2026-11.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/settings.py" />
      <source>“{value}” is not a valid choice; choose one of: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/services/validation.py" />
      <source>“{value}” is not a valid {label}; choose one of: {choices}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>feedback</name>
    <message>
      <location filename="../../cxjournal/ui/feedback.py" />
      <source>Cannot do that</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>All entries of the month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Already late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Anonymous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Archived</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Average satisfaction of customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Average satisfaction of staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Broken promises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Cadence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Complaints opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Complaints resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Complaints: median first response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Concerns: median first response</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Confidential entries are included.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Confidential entries are left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Confidential matters are not shown on this sheet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customer complaints</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customer satisfaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Department</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Department check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Due (first date)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Entries ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Entries from customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Entries from staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <source>Entries per week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Expected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Figure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Figures as of {when}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Figures at the end of the month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Follow-ups ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Generated on {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Highlights</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>In the journal since</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Kept on time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Made</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Median time to first response, customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Median time to first response, staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Median time to resolution, customers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Median time to resolution, staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Missed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Monthly relationship report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Most frequent themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No complaint or concern was open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <source>No data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No department has regular check-ins.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No entry this month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No entry was tagged this month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>No entry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>No follow-up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No praise was recorded this month.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>No promise was overdue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>No promise.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Not done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Nothing due.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Nothing to show.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Open complaints and concerns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Overdue by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Overdue promises</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/typeset.py" />
      <source>Page {page} of {total}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Person history</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Promise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Promise due</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promise-keeping rate</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promise-keeping rate: promises first promised for a day of the month that were kept by that day, among those kept, broken or late; cancelled promises and promises whose day has not come yet are not counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Promises ({count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promises due next month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promises kept on time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Promises kept on time, six months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Resolution:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Response and resolution times are medians over the month's entries that were answered or resolved.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Response, {when}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Satisfaction, six months</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/charts.py" />
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff and customers, month by month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff concerns opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff concerns raised</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff concerns resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Staff satisfaction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Tag</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Tags:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>This month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>This week's follow-ups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>To answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Total</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>Trends</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Waiting for a first answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Weekly follow-up sheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>What staff raised and how fast it was answered, next to how customers felt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>What was said and done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/person_history.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>Who</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>Yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/person_history.py" />
      <source>confidential</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>no figure for {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{change} vs {month}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/weekly_sheet.py" />
      <source>{first} to {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{points} pts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{rate} ({kept} of {count})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/reports/monthly.py" />
      <source>{score} / 5</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Broken</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Check-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Closed without action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Complaint</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Concern</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Customer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Every two weeks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Idea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>In person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>In progress</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Kept</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Monthly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>No check-ins</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Normal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Online review</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Praise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Quarterly</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Resolved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Staff</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Suggestion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Survey</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Urgent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../cxjournal/vocabulary.py" />
      <source>Weekly</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
